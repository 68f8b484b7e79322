"""Pages saved by a web clipper (Obsidian Web Clipper, MarkDownload, Joplin) as Markdown with a
YAML front matter block: the block holds the page's title, address, author and dates; the
Markdown under it is the article."""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml

from . import _TAG, TITLE_TAIL, Doc, html, rss

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:", re.MULTILINE)

# Front matter keys, as the clippers name them.
_TITLE = ("title",)
_URL = ("source", "url", "link", "original_url", "source_url", "canonical")
_AUTHOR = ("author", "authors", "byline", "creator")
_PUBLISHED = ("published", "date", "pubdate", "date_published", "published_at", "publish_date")
_SAVED = ("created", "clipped", "saved", "date_saved")
_SITE = ("site", "site_name", "publisher", "source_name")
_CLIPPER_TAGS = {"clippings", "clipping", "clipped", "web-clip", "webclip", "readlater"}


def front_matter(text: str) -> tuple[dict, str] | None:
    """(the front matter mapping, the Markdown under it), or None when the text has none."""
    m = _FRONT.match(text)
    if m is None or not _KEY_LINE.search(m["yaml"]):
        return None
    try:
        data = yaml.safe_load(m["yaml"])
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k).lower(): v for k, v in data.items()}, text[m.end() :]


def _first(data: dict, keys: tuple[str, ...]):
    return next((data[k] for k in keys if data.get(k) not in (None, "", [])), None)


def _names(value) -> list[str]:
    """A value or a list of them as plain strings, without wiki-link brackets ([[韩联社]]); a
    mapping gives its name ({name: 李明, url: …})."""
    values = value if isinstance(value, list) else [value]
    values = [v.get("name") if isinstance(v, dict) else v for v in values]
    return [re.sub(r"^\[\[|\]\]$", "", str(v).strip()).strip() for v in values if v]


def _day(value) -> str | None:
    """A front matter date as text: YAML reads 2024-06-03 as a date, a quoted one as a string."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return (str(value).strip() or None) if value else None


def _under_headline(body: str, title: str | None) -> tuple[str | None, str, list[str]]:
    """A clipper that kept the whole page puts the section's link, the headline (# …), the
    date line and the share buttons above the story: the story starts under the headline,
    the lines above it are the dateline's evidence, and the headline is the title when the
    page's title is it with the section and site after it."""
    blocks = re.split(r"\n\s*\n", body.strip())
    for k, block in enumerate(blocks[:6]):
        heading = block.strip()
        if not heading.startswith("# ") or "\n" in heading:
            continue
        heading = heading[2:].strip()
        if (
            title
            and title != heading
            and not (title.startswith(heading) and TITLE_TAIL.fullmatch(title[len(heading) :]))
        ):
            return title, body, []
        # the short lines under the headline (date, share buttons) stay for the reader below
        return heading, "\n\n".join(blocks[k + 1 :]), [b.strip() for b in blocks[:k]]
    return title, body, []


def parse(text: str) -> Doc:
    found = front_matter(text)
    if found is None:
        raise ValueError("not a clipped page: missing its --- front matter ---")
    data, body = found
    title = " ".join(_names(_first(data, _TITLE))) or None
    url = (_names(_first(data, _URL)) or [None])[0]
    # the page's <title> as the clipper kept it: its site's name after it goes (… - BBC News 中文)
    title = html.title_without_site(title) if title else None
    above: list[str] = []
    if not _TAG.search(body):
        title, body, above = _under_headline(body, title)
    doc = (
        html.parse(body, base_url=url, title=title)
        if _TAG.search(body)
        else rss.markdown(body, title)
    )
    doc.header = "\n".join([*above, doc.header])
    doc.url = url if url and url.startswith(("http://", "https://")) else doc.url
    authors = _names(_first(data, _AUTHOR))
    if authors:
        doc.meta["author"] = "、".join(authors)
    if published := _day(_first(data, _PUBLISHED)):
        doc.meta["published_time"] = published
    if saved := _day(_first(data, _SAVED)):
        doc.meta["posted"] = saved[:10]  # clipped that day: the article is no later
    if site := _names(_first(data, _SITE)):
        doc.site_name = site[0]
    tags = [t.lstrip("#") for t in _names(_first(data, ("tags", "keywords")))]
    doc.tags = [t for t in tags if t and t.lower() not in _CLIPPER_TAGS] or doc.tags
    return doc
