"""Pages saved by a web clipper (Obsidian Web Clipper, MarkDownload, Joplin) as Markdown with a
YAML front matter block: the block holds the page's title, address, author and dates; the
Markdown under it is the article."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime

import yaml

from ..clean import is_boilerplate
from ..dates import metadata_date
from ..fields import domain, known_outlet, likely_person, outlet_for_domain
from . import (
    _TAG,
    FULL_DATE,
    HAN,
    MD_PICTURE,
    SECTION_WORD,
    TITLE_TAIL,
    Doc,
    html,
    is_date_only,
    joplin_fields,
    quoted_story,
    rss,
    text,
)

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*:", re.MULTILINE)
_TOML_FRONT = re.compile(
    r"\A\ufeff?\+\+\+[ \t]*\n(?P<toml>[A-Za-z_][\w-]*[ \t]*=.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL
)

# Front matter keys, as the clippers name them.
_TITLE = ("title",)
# (the original's own field first: a clip of an archived copy names both, source: the capture)
_URL = ("original_url", "source", "url", "link", "source_url", "canonical")
_AUTHOR = ("author", "authors", "byline", "creator")
_PUBLISHED = ("published", "date", "pubdate", "date_published", "published_at", "publish_date")
_SAVED = ("created", "clipped", "saved", "date_saved")
_SITE = ("site", "site_name", "publisher", "source_name")
_CLIPPER_TAGS = {
    "clippings",
    "clipping",
    "clipped",
    "web-clip",
    "webclip",
    "readlater",
    "剪报",
    "剪報",
}


def editor_only(text: str) -> bool:
    """Front matter holding only an editor's settings (Typora's typora-copy-images-to: …,
    Obsidian's cssclasses): over the researcher's own note, not a clipper's fields."""
    found = front_matter(text)
    return found is not None and all(
        k.startswith("typora-") or k in ("cssclass", "cssclasses") for k in found[0]
    )


def front_matter(text: str) -> tuple[dict, str] | None:
    """(the front matter mapping, the Markdown under it), or None when the text has none.
    YAML between --- lines, or TOML between +++ lines (Hugo's, and tools writing for it)."""
    m = _FRONT.match(text)
    if m is not None and _KEY_LINE.search(m["yaml"]):
        try:
            data = yaml.safe_load(m["yaml"])
        except yaml.YAMLError:
            return None
    elif (m := _TOML_FRONT.match(text)) is not None:
        try:
            data = tomllib.loads(m["toml"])
        except tomllib.TOMLDecodeError:
            return None
    else:
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


def _saved_day(data: dict) -> str | None:
    """The ISO day a clip was saved, however the tool wrote it (2025-06-05T09:12, or Logseq's
    [[Jun 5th, 2025]]); None when no day can be read."""
    saved = _day(_first(data, _SAVED))
    when = metadata_date(saved) if saved else None
    return when.published if when and when.precision == "day" else None


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
    for k, block in enumerate(blocks[:40]):
        # (further down only under a page's chrome: logo, menu, login, crumbs; the blocks over
        # it tested once, the first six together, then each as the loop passes it)
        if k >= 6 and not _chrome(blocks[:6] if k == 6 else [blocks[k - 1]]):
            break
        heading = block.strip()
        if "\n" not in heading and title and heading in (f"## {title}", f"**{title}**"):
            heading = f"# {title}"  # the headline set as ## or bold (the page's <title> names it)
        if not heading.startswith("# ") or "\n" in heading:
            continue
        heading = heading[2:].strip()
        if (
            title
            and title != heading
            and not (title.startswith(heading) and TITLE_TAIL.fullmatch(title[len(heading) :]))
        ):
            return title, body, []
        # the short lines under the headline (date, share buttons) stay for the reader below;
        # MarkDownload's excerpt under it (> ## Excerpt) is the page's description
        rest = _EXCERPT.sub("", "\n\n".join(blocks[k + 1 :]), count=1)
        # (the section's word under it, a link in the crumbs above, over the date: 國際)
        first, _, after = rest.partition("\n\n")
        word = first.strip()
        linked = f"[{word}]" in "\n".join(blocks[:k])
        # (not the writer's name over the date: 周以宁)
        dated = FULL_DATE.search(after[:60]) and not likely_person(word)
        if SECTION_WORD.fullmatch(word) and (linked or dated):
            rest = after
        # a headline that is the page's <title> keeps its site's name: it goes (… - 風傳媒)
        heading = heading if title else html.title_without_site(heading)
        headline, rest = _from_headline_again(rest, heading)
        return headline, rest, [b.strip() for b in blocks[:k]]
    return title, body, []


def _quoted_block(body: str) -> str | None:
    """The paragraphs of a Markdown quote (> lines) that is a news story quoted whole."""
    for block in _QUOTE_BLOCK.finditer(body):
        lines = [re.sub(r"^>[ \t]?", "", ln) for ln in block.group().split("\n")]
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
        if quoted_story(paragraphs):
            paragraphs[0] = paragraphs[0].strip("*_ ")  # (its headline in bold)
            return "\n\n".join(paragraphs)
    return None


_QUOTE_BLOCK = re.compile(r"(?:^>[^\n]*(?:\n|$))+", re.M)
# A link's address (and its title: (https://… "中央社 CNA")), for a line read by its words
_LINK_ADDRESS = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")


def _from_headline_again(body: str, heading: str) -> tuple[str, str]:
    """The page under its <title> (MarkDownload's # 标题 | 联合早报), its chrome (logo, menu,
    login, crumbs: links and short words) over the headline printed again (# 标题): the story
    starts under the headline, and the printed headline is the title when the <title> is it
    with a site's name after it (… | 有線寬頻 i-CABLE)."""
    blocks = re.split(r"\n\s*\n", body.strip())
    for j, block in enumerate(blocks[:40]):
        printed = re.sub(r"^#{1,2}\s+", "", block.strip())
        if setext := _SETEXT.fullmatch(block.strip()):  # (a reader view's: the headline over ===)
            printed = setext["text"].strip()
        elif not block.lstrip().startswith("#") or not printed:
            continue
        if printed == heading or (
            heading.startswith(printed) and _SITE_AFTER.fullmatch(heading[len(printed) :])
        ):
            if j and _chrome(blocks[:j]):
                return printed, "\n\n".join(blocks[j + 1 :])
            return heading, body
    return heading, body


_SITE_AFTER = re.compile(r"\s*[|｜_–—-]\s*[^|｜_\n]{2,30}")


def _chrome(blocks: list[str]) -> bool:
    """A page's chrome: links and short words (logo, menu, login, crumbs), or furniture (a
    cookie notice)."""
    lines = _LINK_ADDRESS.sub("]", "\n".join(blocks)).split("\n")
    return all(
        len(ln.strip()) <= 40 or is_boilerplate(ln.strip()) or _LINKS_ONLY.fullmatch(ln.strip())
        for ln in lines
    )


def _chrome_over_story(body: str) -> tuple[str, list[str]]:
    """A clipped page with no headline in it (the clipper's title names it) whose chrome is
    over the story: the writer's links and buttons (Medium: [林一舟](…) / Follow / 7 min read /
    Jun 20, 2024 / Listen / Share). The story starts at its first paragraph; the blocks over it,
    with a link among them, are the dateline's evidence."""
    blocks = re.split(r"\n\s*\n", body.strip())
    first = next((k for k, b in enumerate(blocks[:30]) if _STORY_PARAGRAPH.search(b)), 0)
    over = blocks[:first]
    if first < 3 or "](" not in "\n".join(over) or not _chrome(over):
        return body, []
    # (the lead picture among them stays the story's; the writer's linked name is the byline)
    pictures = [b for b in over if MD_PICTURE.fullmatch(b.strip())]
    rest = [
        f"作者：{'、'.join(names)}" if (names := rss.writer_links(b.strip())) else b.strip()
        for b in over
        if b not in pictures
    ]
    return "\n\n".join(pictures + blocks[first:]), rest


def _headed(body: str) -> bool:
    """Whether a heading (# or ##) stands over the story's first paragraph."""
    lead = _STORY_PARAGRAPH.search(body)
    return bool(re.search(r"^#{1,2}\s+\S", body[: lead.start() if lead else len(body)], re.M))


# A paragraph of story text: a sentence's worth of Chinese ending in a full stop.
_STORY_PARAGRAPH = re.compile(
    r"^(?=[^\n]*[\u4e00-\u9fff]{4})[^\n#>\[!|*-][^\n]{20,}[。！？”」]\s*$", re.M
)


# A row of nothing but links, their addresses taken out: a menu ([**新闻**] [**美国**] …).
_LINKS_ONLY = re.compile(r"(?:\[[^\]\n]{1,24}\][ \t]*[|｜/·•]?[ \t]*)+")


_EXCERPT = re.compile(
    r"\A\s*>\s*#{1,6}\s*Excerpt[ \t]*\n(?:>.*(?:\n|\Z))*\s*(?:-{3,}[ \t]*(?:\n|\Z))?"
)


def parse(text: str) -> Doc:
    found = front_matter(text)
    if found is None:
        raise ValueError("not a clipped page: missing its --- front matter ---")
    return clipped(found[0], _list_items_alone(_without_notes_over(found[1])))


def _without_notes_over(body: str) -> str:
    """The clipped page without the researcher's notes over it in an Obsidian note: callouts
    (> [!note] 我的笔记 …) and rules, then maybe a heading saying the clip follows (## 原文)."""
    rest = body.lstrip()
    if not _CALLOUT.match(rest):
        return body
    while m := _CALLOUT.match(rest) or _MD_RULE.match(rest):
        rest = rest[m.end() :].lstrip()
    return _CLIP_FOLLOWS.sub("", rest, count=1)


# A heading over the clip in a researcher's note: ## 原文, ## 原文剪藏, ## Clipped
_CLIP_FOLLOWS = re.compile(
    r"\A#{1,4}[ \t]*(?:原文|原文剪藏|剪藏|剪报|剪報|Clip(?:ped)?|Original)[ \t]*\n", re.I
)


# Jina Reader's output (r.jina.ai/<address>): labelled lines, then the page as Markdown.
_READER_HEAD = re.compile(
    r"\A\ufeff?Title:[ \t]*(?P<title>[^\n]*)\n\s*URL Source:[ \t]*(?P<url>\S+)[ \t]*\n"
    r"(?P<more>(?:\s*[A-Z][A-Za-z ]{2,30}:[^\n]*\n)*?)\s*Markdown Content:[ \t]*\n"
)
_READER_FIELD = re.compile(r"^[ \t]*(?P<key>[A-Z][A-Za-z ]{2,30}):[ \t]*(?P<value>[^\n]*)$", re.M)
# A setext heading (the headline underlined with ===, a section with ---): written as # / ##
_SETEXT = re.compile(r"^(?P<text>[^\n#>*|-][^\n]*)\n(?P<rule>={2,}|-{2,})[ \t]*$", re.MULTILINE)


def reader_output(text: str) -> Doc | None:
    """A page as a reading tool (Jina Reader) gave it: Title, URL Source and Published Time
    lines over "Markdown Content:", then the page, menus and all, read as a clipped page.
    None for any other text."""
    m = _READER_HEAD.match(text)
    if m is None:
        return None
    data = {"title": m["title"], "url": m["url"]}
    for field in _READER_FIELD.finditer(m["more"]):
        if field["key"].lower() == "published time":
            data["published"] = field["value"].strip()
    body = _SETEXT.sub(
        lambda h: ("# " if h["rule"][0] == "=" else "## ") + h["text"].strip(), text[m.end() :]
    )
    # ![Image 2: 美日韩三国…](…): the tool numbers the images before their alt text
    body = _READER_IMAGE.sub("![", body)
    return clipped(data, _list_items_alone(body))


_READER_IMAGE = re.compile(r"!\[Image \d+(?::[ \t]*|(?=\]))")


def outline_page(text: str) -> Doc | None:
    """An outliner's page (Logseq, Roam): its properties a line each (title:: …, source:: …,
    created:: [[…]]; Roam's bulleted: - Source:: …), then every paragraph a bullet, indented
    under the bullet it belongs to. A page whose story hangs under one bullet (- ## headline,
    or - 原文) is that bullet's story: the other bullets are the researcher's notes. Otherwise
    each bullet is a paragraph. None for any other text."""
    lines = text.lstrip("\ufeff").split("\n")
    data: dict = {}
    k = 0
    while k < len(lines) and (prop := _PROPERTY.match(lines[k])):
        data[prop[1].lower()] = prop[2].strip()
        k += 1
    if len(data) < 2 or not {"title", "source", "url"} & set(data):
        return None
    for key, value in data.items():
        words = _WIKI_TAG.findall(value)
        if key == "tags":
            data[key] = (
                [a or b for a, b in words]
                if words and "," not in value
                else [_WIKI_LINK.sub(r"\1", t).strip() for t in value.split(",")]
            )
        else:
            data[key] = _WIKI_LINK.sub(r"\1", value).strip()
    nodes = _outline_nodes(lines[k:])
    # the one top bullet holding most of the text, with bullets under it: the story
    tops = [i for i, (depth, _) in enumerate(nodes) if depth == 0] + [len(nodes)]
    trees = [nodes[a:b] for a, b in zip(tops, tops[1:], strict=False)]
    total = sum(_cjk_count(t) for _, t in nodes) or 1
    story = max(trees, key=lambda tree: sum(_cjk_count(t) for _, t in tree), default=[])
    if len(story) > 1 and sum(_cjk_count(t) for _, t in story) >= 0.6 * total:
        head, nodes = story[0][1], [(depth - 1, t) for depth, t in story[1:]]
        heading = re.fullmatch(r"#{1,6}\s+(.+)|\*\*([^*\n]+)\*\*", head.strip())
        first = re.fullmatch(r"\*\*([^*\n]+)\*\*", nodes[0][1].strip())
        if heading is None and first is not None:  # (- 原文 / - **headline** under it)
            heading, nodes = first, nodes[1:]
        if heading is not None:
            # the headline over the story; the page's title is the researcher's name for it
            nodes.insert(0, (0, f"# {heading[1] or heading[2]}"))
            data.pop("title", None)
    # a top bullet a paragraph, the bullets under it a list under it
    body = "".join(f"\n- {t}" if depth else f"\n\n{t}\n" for depth, t in nodes)
    return clipped(data, re.sub(r"(?m)^(- .*)\n(?!- |\n)", r"\1\n\n", body).strip())


# A property line of an outliner's page or block (title:: …, - Source:: …, collapsed:: false).
_PROPERTY = re.compile(r"^(?:- )?([\w-]+)::[ \t]*(.*)$")
# A tag in an outliner's property (#李在明, #[[日韩关系]]).
_WIKI_TAG = re.compile(r"#\[\[([^\]]+)\]\]|#([^\s#,\[]+)")
# A reference to another block (((6673b8e2-…))): no text of the page.
_BLOCK_REF = re.compile(r"\(\([\w-]{6,}\)\)")
# A wiki link to a page ([[朝鲜半岛时间线 2024]]): its page's name is the text.
_WIKI_LINK = re.compile(r"\[\[([^\]]*)\]\]")


def _cjk_count(line: str) -> int:
    return len(HAN.findall(line))


def _outline_nodes(lines: list[str]) -> list[tuple[int, str]]:
    """An outline's bullets as (depth, text): a line under a bullet, not a bullet itself, is
    its text's next line, unless it is the block's property (collapsed:: false)."""
    nodes: list[tuple[int, str]] = []
    widths: list[int] = []
    for line in lines:
        if bullet := re.match(r"([ \t]*)- (.*)$", line):
            width = len(bullet[1].replace("\t", "    "))
            while widths and widths[-1] >= width:
                widths.pop()
            nodes.append((len(widths), bullet[2]))
            widths.append(width)
        elif line.strip() and nodes and not _PROPERTY.match(line.strip()):
            nodes[-1] = (nodes[-1][0], nodes[-1][1] + "\n" + line.strip())
    cleaned = [(d, _WIKI_LINK.sub(r"\1", _BLOCK_REF.sub("", t)).strip()) for d, t in nodes]
    return [(d, t) for d, t in cleaned if t]


def readwise_export(text: str) -> Doc | None:
    """A Readwise export: # title, the cover, ## Metadata as a list (- Author: [[中央社]],
    - URL: …, - Published: …, - Date Saved: …), the reader's ## Highlights, then the page under
    ## Full Document, read as a clipped page. None for any other text."""
    m = _READWISE_HEAD.match(text.lstrip("\ufeff"))
    if m is None:
        return None
    data = {"title": m["title"].strip()}
    for field in _READWISE_FIELD.finditer(m["fields"]):
        key = _READWISE_KEYS.get(field["key"].strip().lower())
        if key and field["value"].strip():
            data[key] = field["value"].strip()
    if "tags" in data:
        data["tags"] = re.findall(r"\[\[([^\]]+)\]\]", data["tags"]) or data["tags"].split()
    return clipped(data, text.lstrip("\ufeff")[m.end() :])


_READWISE_HEAD = re.compile(
    r"#[ \t]+(?P<title>[^\n]+)\n\s*(?:!\[[^\n]*\n\s*)?##[ \t]+Metadata[ \t]*\n"
    r"(?P<fields>(?:[ \t]*[-*][ \t]+[A-Za-z][A-Za-z ]{1,20}:[^\n]*\n)+)"
)
_READWISE_FIELD = re.compile(
    r"^[ \t]*[-*][ \t]+(?P<key>[A-Za-z][A-Za-z ]{1,20}):(?P<value>[^\n]*)$", re.M
)
_READWISE_KEYS = {
    "author": "author", "full title": "title", "url": "url", "published": "published",
    "date saved": "saved", "document tags": "tags",
}  # fmt: skip


_H1 = re.compile(r"^#[ \t]+\S.*$", re.MULTILINE)
_MD_LINK = re.compile(r"\]\((?:https?:)?/[^)\s]*\)")
_LINK_URL = re.compile(r"\]\((https?://[^)\s]+)\)")


def markdown_page(text: str) -> Doc | None:
    """A whole page saved as Markdown without front matter (Joplin's web clipper, a browser's
    Markdown save): the site's links (logo, menu, crumbs) over one # headline, then the
    story; read as a clipped page. Joplin may put the page's <title> as a # line over it all,
    and the clipper its source and the day it clipped (来源：https://… / 剪藏：2023-04-17)
    under it. None for any other text (a copy opening with its # headline is a text copy)."""
    text, noted = joplin_fields(text.lstrip("\ufeff"))
    top = _H1.match(text)
    start = top.end() if top else 0
    h1 = _H1.search(text, start, start + 6000)
    # (a Notion page's title is the headline again over the page it keeps: fewer links over it)
    again = top is not None and h1 is not None and h1.group().strip() == top.group().strip()
    if (
        h1 is None
        or len(_MD_LINK.findall(text, start, h1.start())) < (1 if again else 3)
        or _H1.search(text, h1.end())
    ):
        return None
    data = {"title": top.group().lstrip("# ").strip()} if top else {}
    data |= {"source" if k == "url" else k: v for k, v in noted.items()}
    if top and (props := _PROPERTIES.match(text, start)):
        data |= _notion_properties(props["block"])  # (Created: the clip time, not the story's)
        start = props.end()
    # the site's own links over the headline (logo, menu, crumbs) name it by their address
    hosts = {domain(u) for u in _LINK_URL.findall(text, start, h1.start())}
    if len(hosts) == 1 and (site := outlet_for_domain(f"https://{hosts.pop()}")):
        data["site"] = site
    body = text[start:]
    top = body.find("\n", 400)  # (the first lines whole: an address is never cut short)
    top = len(body) if top < 0 else top
    notes = [
        *_CLIP_FIELD.finditer(body, 0, top),
        *_CLIP_FIELD.finditer(body, max(top, len(body) - 400)),
    ]
    for m in notes:
        data["source" if m["url"] else "created"] = m["url"] or m["day"]
        body = body.replace(m.group(), "")
    return clipped(data, _list_items_alone(body))


# A Notion page's properties under its title, a line each (Created: July 31, 2025 10:05 AM /
# Tags: 关税 / URL: https://…): two or more, English names as Notion writes them.
# (or named in Chinese: 来源: 联合早报 / 状态: 待整理)
_PROPERTY_LINE = r"(?P<key>[A-Z][A-Za-z ]{1,24}|[\u4e00-\u9fff]{2,6}):[ \t]*(?P<value>[^\n]*)"
_PROPERTIES = re.compile(rf"\s*\n(?P<block>(?:{_PROPERTY_LINE}\n){{2,}})(?=\s*\n|\Z)")
_PROPERTY_KEYS = {
    "url": "source",
    "source": "source",
    "created": "created",
    "created time": "created",
    "date created": "created",
    "tags": "tags",
    "author": "author",
    "authors": "author",
    "published": "published",
    "date": "published",
    "来源": "site",
    "來源": "site",
    "作者": "author",
}


def _notion_properties(block: str) -> dict:
    """The properties a clipper's fields map to; the day a note was created as a day (the
    article is no later), the rest as they are."""
    data = {}
    for m in re.finditer(_PROPERTY_LINE, block):
        key, value = _PROPERTY_KEYS.get(m["key"].strip().lower()), m["value"].strip()
        if key == "site" and value.startswith(("http://", "https://")):
            key = "source"
        if key == "created":
            value = metadata_date(value).published
        elif key == "tags":
            value = [t for t in re.split(r"\s*[,，、]\s*", value) if t]
        if key and value:
            data[key] = value
    return data


# The clipper's source and day under the page: 来源：https://… / 剪藏：2023-04-17 22:08
_CLIP_FIELD = re.compile(
    r"^[ \t]*(?:>[ \t]*)?"  # (or quoted over the page: > 剪藏于 2025-06-05 09:12 / > 原文链接：…)
    r"(?:(?:来源|來源|原文|原文链接|原文鏈接|原文网址|原文網址|source|url)\s*[:：]\s*(?P<url>https?://\S+)"
    r"|(?:剪藏|收藏|保存|下载|下載|clipped|saved)(?:于|於)?\s*[:：]?\s*(?P<day>\d{4}-\d{1,2}-\d{1,2})[^\n]*)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+\.)[ \t]+\S")


def _list_items_alone(body: str) -> str:
    """A list's items one to a line: the lines indented under an item (a related story's date
    or writer) and the blank lines between items go, so a list is one block."""
    out: list[str] = []
    in_list = False
    for line in body.split("\n"):
        if _LIST_ITEM.match(line):
            out.append(line)
            in_list = True
        elif in_list and (not line.strip() or line.startswith(("  ", "\t"))):
            continue
        else:
            if in_list:
                out.append("")
            in_list = False
            out.append(line)
    return "\n".join(out)


_WORDS = re.compile(r"[^\W\d_]{10}")
# A highlight's link back to its place in the reader: ([View Highlight](…)), ([Location 12](…)).
_HIGHLIGHT_LINK = re.compile(
    r"\s*\(\[(?:View Highlight|Location[^\]]*|Page[^\]]*)\]\([^)\n]*\)\)", re.I
)


def _highlights(part: str) -> str:
    """A reader's highlights as paragraphs, in order: each top-level bullet's words, without
    its link back to the reader; the reader's notes under them (indented) and the export's
    own headings (## New highlights added …) are not the story's."""
    out = []
    for line in part.splitlines():
        if m := re.match(r"[-*]\s+(.+)", line):
            out.append(_HIGHLIGHT_LINK.sub("", m[1]).strip())
    return "\n\n".join(out) + "\n"


_HIGHLIGHTS_HEAD = re.compile(
    r"^#{1,3}\s*(?:Highlights(?:\s*(?:&|and)\s*Notes)?|划线|劃線|高亮|标注|標註)\s*$", re.M | re.I
)
# A reader's entry header under the headline (Feedly): **Source:** …, **Published:** …, **Link:** …
_ENTRY_FIELD = re.compile(
    r"^\*\*(?P<label>[^*:：\n]{1,20})[:：]?\*\*\s*[:：]?\s*(?P<value>\S.*?)\s*$"
)
_ENTRY_ROLES = {
    "source": "来源", "来源": "来源", "來源": "来源", "feed": "来源",
    "published": "发布时间", "date": "发布时间", "发布时间": "发布时间", "發布時間": "发布时间",
    "author": "作者", "作者": "作者", "link": "url", "url": "url", "原文": "url", "链接": "url",
}  # fmt: skip
# What a reader app prints around the entry: its AI summary (> **✨ Feedly AI 摘要**), its
# buttons as code (`Mark as read` · `Share`), a rule under them.
_AI_SUMMARY = re.compile(
    r"\A>\s*\**\W{0,3}\s*\S{0,12}\s*(?:AI\s*(?:摘要|总结|總結|summary)|summary)", re.I
)
_CODE_BUTTONS = re.compile(r"(?:`[^`\n]{1,24}`\s*[·•|]?\s*){2,}")


def _entry_fields(body: str) -> tuple[dict[str, str], str]:
    """A reader app's entry header under the headline (two labelled lines or more: the
    source, its day, its address), by role, and the body without it and the app's summary
    and buttons around it."""
    blocks = re.split(r"\n\s*\n", body.strip())
    for k, block in enumerate(blocks[:3]):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        found = [m for ln in lines if (m := _ENTRY_FIELD.match(ln))]
        if len(found) < 2 or len(found) < len(lines):
            continue
        fields: dict[str, str] = {}
        for m in found:
            role = _ENTRY_ROLES.get(m["label"].strip().lower())
            value = re.sub(r"^\[[^\]]*\]\((?P<u>[^)\s]+)\)$", r"\g<u>", m["value"])
            if role and value:
                fields.setdefault(role, value)
        if not fields:
            return {}, body
        rest = blocks[k + 1 :]
        while rest and (
            _AI_SUMMARY.match(rest[0].strip())
            or _CODE_BUTTONS.fullmatch(rest[0].strip())
            or re.fullmatch(r"-{3,}|\*{3,}", rest[0].strip())
        ):
            rest = rest[1:]
        return fields, "\n\n".join([*blocks[:k], *rest])
    return {}, body


_CONTENT_HEAD = re.compile(
    r"^#{1,3}\s*(?:(?:Full\s+)?(?:Content|Document)|正文|全文)\s*$\n?", re.M | re.I
)  # (Readwise: ## Full Document)
_READ_ORIGINAL = re.compile(
    r"\[(?:Read Original|阅读原文|閱讀原文|原文)\]\((?P<url>https?://[^)\s]+)\)", re.I
)


# An e-paper page's title: the paper, the day and the page (解放军报-2023年10月25日-第04版：要闻).
_EPAPER_PAGE = re.compile(
    r"(?P<paper>[\u4e00-\u9fff]{2,8})\s*[-_|｜]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*[-_|｜]\s*第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：·]\s*\S{1,12})?"
)


def clipped(data: dict, body: str) -> Doc:
    """A page kept as Markdown (or HTML) with its fields in a mapping (a clipper's front
    matter, a reading tool's header or a scraper's metadata)."""
    title = " ".join(_names(_first(data, _TITLE))) or None
    # (the first field holding an address: source: 联合早报 names the outlet, url: the page)
    urls = [u for k in _URL for u in _names(data.get(k)) if u.startswith(("http://", "https://"))]
    url = urls[0] if urls else None
    # the page's <title> as the clipper kept it: its site's name after it goes (… - BBC News 中文)
    title = html.title_without_site(title) if title else None
    named = None
    if title and known_outlet(title) and re.search(r"^#\s+\S", body, re.M):
        named, title = title, None  # (a paper's page titled by its name: the # headline's)
    elif title and (page := _EPAPER_PAGE.fullmatch(title)) and re.search(r"^##?\s+\S", body, re.M):
        # an e-paper's page titled by the paper, the day and the page (解放军报-2023年10月25日-
        # 第04版：要闻): the headline is the page's heading
        named, title = page["paper"], None
        if not re.search(r"^#\s+\S", body, re.M):  # (set as ##: the page's first is the story's)
            body = re.sub(r"^##(?=\s+\S)", "#", body, count=1, flags=re.M)
    above: list[str] = []
    entry_day = None
    if (content := _CONTENT_HEAD.search(body)) and (
        _HIGHLIGHTS_HEAD.search(body, 0, content.start())
        or _READ_ORIGINAL.search(body, 0, content.start())
    ):
        # a read-later app's export (Omnivore): the reader's highlights and notes, then the
        # page under ## Content; the original's address is its [Read Original] link
        original = _READ_ORIGINAL.search(body, 0, content.start())
        url = url or (original["url"] if original else None)
        body = body[content.end() :]
    if not _TAG.search(body) and (story := _quoted_block(body)):
        # a column or an answer quoting a news story whole (> **headline** / > date / > text):
        # the story is the article, the column's page the repost
        doc = text.parse(story)
        doc.republished_url = url
        if saved := _saved_day(data):
            doc.meta["posted"] = saved
        return doc
    if not _TAG.search(body):
        page = body
        title, body, above = _under_headline(body, title)
        if title and not _headed(page):
            body, above = _chrome_over_story(body)  # (no headline in the page kept)
        fields, body = _entry_fields(body)
        url = url or fields.pop("url", None)
        # (the day the reader states is its metadata; the day the page prints comes first)
        entry_day = fields.pop("发布时间", None)
        above += [f"{label}：{value}" for label, value in fields.items()]
        if own := _HIGHLIGHTS_HEAD.search(body):
            # the reader's highlights and notes under the story; with no story over them (a
            # Readwise export without its document), the highlights are all the text there is
            over = body[: own.start()]
            body = (
                over if _WORDS.search(MD_PICTURE.sub("", over)) else _highlights(body[own.end() :])
            )
    doc = (
        html.parse(body, base_url=url, title=title)
        if _TAG.search(body)
        else rss.markdown(body, title)
    )
    doc.header = "\n".join([*above, doc.header])
    doc.site_name = doc.site_name or named
    doc.url = url if url and url.startswith(("http://", "https://")) else doc.url
    authors = _names(_first(data, _AUTHOR))
    if len(authors) == 1 and known_outlet(authors[0]):
        # (Obsidian's author: [[中国新闻周刊]]): the outlet, and the byline under the headline
        # names the writer
        doc.meta.setdefault("provider", authors[0])
    elif authors:
        doc.meta["author"] = "、".join(authors)
    if published := _day(_first(data, _PUBLISHED)) or entry_day:
        doc.meta["published_time"] = published
    if saved := _saved_day(data):
        doc.meta["posted"] = saved  # clipped that day: the article is no later
    if site := _names(_first(data, _SITE)):
        doc.site_name = site[0]
    tags = [t.lstrip("#") for t in _names(_first(data, ("tags", "keywords")))]
    doc.tags = [t for t in tags if t and t.lower() not in _CLIPPER_TAGS] or doc.tags
    return doc


# --- a notes file of several clippings -----------------------------------------------------------

_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"#{1,6}\s+\S")
# A clipping's source line under its heading (来源：新华网　日期：2024-11-01　链接：https://…),
# maybe quoted (> 来源：[新华网](https://…)).
_FIELD_LABEL = r"(?:来源|來源|出处|出處|媒体|媒體|日期|时间|時間|发布时间|發布時間|发布|發布|发表|發表|链接|鏈接|連結|原文|网址|網址|作者|source|date|published|url|link)"
_SOURCE_FIELD = re.compile(
    rf"^(?:>\s*)?(?:[-*+]\s+)?\**{_FIELD_LABEL}\**\s*[:：]", re.I
)  # (- 来源：…)
_SOURCE_CALLOUT = re.compile(
    r"^>\s*\[!(?:quote|cite|source|info|abstract)\][-+]?\s*(?P<rest>\S.*)$", re.I
)
_URL_ONLY = re.compile(r"https?://\S+")
_TABLE_ROW = re.compile(r"\|(?P<label>[^|]{1,12})\|(?P<value>[^|]*)\|")
_ITALIC_SOURCE = re.compile(r"[*_](?P<name>[^*_]{2,20})[*_][ \t\u3000]*(?P<rest>\S.{0,40})")
_FIELD_AFTER = re.compile(rf"[ \t\u3000]+(?={_FIELD_LABEL}\s*[:：])", re.I)
_LINKED_NAME = re.compile(r"\[(?P<name>[^\]]{1,30})\]\((?P<url>https?://[^)\s]+)\)")
# The researcher's own marks in an Obsidian note: %%comments%%, ==highlights==, ![[embeds]],
# callouts (> [!note] …), and a heading of their own notes (#### 批注) down to the next rule.
_COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
_HIGHLIGHT = re.compile(r"==(?=\S)(?P<text>[^=\n]+?)==")
_EMBED = re.compile(r"^!\[\[[^\]]*\]\]\s*$", re.MULTILINE)
_CALLOUT = re.compile(r"^>\s*\[![^\]]+\].*(?:\n>.*)*", re.MULTILINE)
_OWN_NOTES = re.compile(
    r"^#{2,6}\s*(?:批注|批註|笔记|筆記|备注|備註|我的|想法|感想|评注|評註|notes?\b).*",
    re.MULTILINE | re.I,
)


def clipped_notes(text: str) -> list[str] | None:
    """The clippings of a notes file (Obsidian, Typora) that holds several, between Markdown
    rules: each opens with a heading and a source or date line under it. Parts that do not
    (the note's title and info, a to-do list) are the researcher's, and so are the marks made
    inside a clipping (see _COMMENT to _OWN_NOTES). Each clipping is returned as a text copy:
    heading, one field a line, then the story. None unless at least two."""
    found = front_matter(text)
    body = found[1] if found else text
    clips = [c for p in _MD_RULE.split(body) if (c := _clipping(p))]
    for level in sorted(set(_HEADING_MARKS.findall(body)), key=len) if len(clips) < 2 else ():
        # (or no rules between them: each under a heading of one level, ## 1. …, ## 2. …)
        starts = [m.start() for m in re.finditer(rf"^{level}\s", body, re.M)]
        parts = [
            _MD_RULE.split(body[a:b], maxsplit=1)[0]  # (a rule closes the last: the footer)
            for a, b in zip(starts, [*starts[1:], len(body)], strict=True)
        ]
        if len(found := [c for p in parts if (c := _clipping(p))]) >= 2:
            clips = found
            break
    numbers = [int(m["n"]) if (m := _NUMBERED_HEADING.match(c)) else 0 for c in clips]
    if numbers and numbers == list(range(numbers[0], numbers[0] + len(clips))) and numbers[0]:
        # a digest's numbered headings (## 1. 韩美发表…, ## 2. …): the number is no headline's
        clips = [_NUMBERED_HEADING.sub(r"\g<marks>", c, count=1) for c in clips]
    return clips if len(clips) >= 2 else None


_HEADING_MARKS = re.compile(r"^(#{1,6})\s", re.M)
_NUMBERED_HEADING = re.compile(r"(?P<marks>#{1,6}\s+)(?P<n>\d{1,3})[.、．]\s*(?=\S)")


def _clipping(part: str) -> str | None:
    lines = [ln.strip() for ln in part.strip().split("\n")]
    if len(lines) > 2 and _NUMBER_HEADING.fullmatch(lines[0]):  # ## 01 over ### the headline
        part = "\n".join(lines[1:]).strip()
        lines = [ln.strip() for ln in part.split("\n")]
    if not lines or not _HEADING.match(lines[0]):
        return None
    fields = [ln for ln in lines[1:5] if ln]
    if fields and (found := _source_block(lines, lines.index(fields[0]))):
        made, end = found
        if not made:
            return None  # (a callout of the note's own: > [!info] 說明)
        part = "\n".join([lines[0], *made, "", *lines[end:]])
        lines = [ln.strip() for ln in part.split("\n")]
        fields = made
    if not fields or not _SOURCE_FIELD.match(fields[0]):
        return None
    text = _OWN_NOTES.split(_CALLOUT.sub("", _COMMENT.sub("", part.strip())))[0]
    text = _HIGHLIGHT.sub(r"\g<text>", _EMBED.sub("", text))
    out, head, told = [], True, 0  # (told: the field lines, the story's after them)
    for ln in text.split("\n")[1:]:
        if head and ln.strip() and not _SOURCE_FIELD.match(ln.strip()):
            head, told = False, len(out)
        if head and ln.strip():
            field = re.sub(r"^>\s*|^[-*+]\s+", "", ln.strip())
            field = re.sub(r"^\*\*([^*]+)\*\*", r"\1", field)  # (its label in bold: **来源**：)
            field = _ANGLED.sub(r"\g<url>", field)  # Link: <https://…>
            for one in _FIELD_AFTER.split(field):
                if linked := _LINKED_NAME.search(one):  # 来源：[新华网](https://…)
                    out += [one[: linked.start()] + linked["name"], f"链接：{linked['url']}"]
                else:
                    out.append(one)
        elif not head:
            # its read-more link (a digest's [阅读原文](https://…)): the original's address
            out.append(
                f"原文链接：{m['url']}" if (m := _READ_ORIGINAL.fullmatch(ln.strip())) else ln
            )
    labelled, story = (out[:told], out[told:]) if not head else (out, [])
    opens = next((ln for ln in story if ln.strip()), "")
    if (
        opens.startswith(">")
        and sum(ln.startswith(">") for ln in story) >= sum(map(bool, story)) / 2
    ):
        # the story quoted whole (> …): the lines outside the quote are the clipper's notes
        story = [ln.lstrip(">").strip() for ln in story if ln.startswith(">") or not ln]
    heading = _MARKED.sub("", lines[0])
    return "\n".join([heading, *labelled, *story]).strip() + "\n"


_MARKED = re.compile(r"\s*[⭐★☆🌟]+\s*$")  # the clipper's mark on a heading: ## 韩国通过弹劾案 ⭐


def _source_block(lines: list[str], k: int) -> tuple[list[str], int] | None:
    """The field lines a clipping's source block at line k gives, and the line after it: a
    table of fields (| 媒体 | 韩联社 |), an italic source with its date (*BBC News 中文*
    2024年12月5日) or a callout (> [!quote] 中央社　2024/04/11 16:20 / > https://…, no fields
    when it holds no address or date: the note's own); None for a source written as fields."""
    italic = _ITALIC_SOURCE.fullmatch(lines[k])
    if _TABLE_ROW.fullmatch(lines[k]):
        end = next(
            (j for j in range(k, len(lines)) if not _TABLE_ROW.fullmatch(lines[j])), len(lines)
        )
        rows = [_TABLE_ROW.fullmatch(ln) for ln in lines[k:end]]
        made = [
            f"{r['label'].strip()}：{r['value'].strip()}"
            for r in rows
            if set(r["label"]) - set("-: ")
        ]
        return made, end
    if italic and FULL_DATE.search(italic["rest"]):
        return [f"来源：{italic['name']} {italic['rest']}".strip()], k + 1
    if FULL_DATE.search(lines[k]) and is_date_only(lines[k]) and _told(lines[k + 1 :]):
        # a digest's item: its date alone (2023-11-22 07:35) over its story (not a related
        # list's card: a headline and its day, no text)
        return [f"日期：{lines[k]}"], k + 1
    if cited := _SOURCE_CALLOUT.match(lines[k]):
        end = next(
            (j for j in range(k + 1, len(lines)) if not lines[j].startswith(">")), len(lines)
        )
        quoted = [cited["rest"], *(ln.lstrip("> ").strip() for ln in lines[k + 1 : end])]
        if not any(_URL_ONLY.fullmatch(q) or FULL_DATE.search(q) for q in quoted):
            return [], end
        return [f"链接：{q}" if _URL_ONLY.fullmatch(q) else f"来源：{q}" for q in quoted if q], end
    return None


def _told(lines: list[str]) -> bool:
    """Whether the lines hold a paragraph of story: a sentence of some length."""
    return any(len(ln) >= 40 and "。" in ln for ln in lines)


_ANGLED = re.compile(r"<(?P<url>https?://[^>\s]+)>")
_NUMBER_HEADING = re.compile(r"#{1,6}\s*\d{1,2}\.?")
