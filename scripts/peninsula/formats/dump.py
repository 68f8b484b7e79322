"""A page as a text browser printed it (`lynx -dump`): headings flush left, paragraphs
indented and wrapped, each link marked [12] before its text, and the links' addresses listed
under "References" at the end.

The dump is rebuilt as the HTML page it came from (headings, paragraphs joined again, a line
opening with a link as that link, list items) and read by the HTML reader, so its menus,
related lists and footer go by the same rules as any page's. The page's own address is the
one the references name with several #anchors (its skip links and section jumps).
"""

from __future__ import annotations

import html as entities
import re
from collections import Counter

from ..clean import is_boilerplate
from . import WRITER_HREF, is_date_only

_REFERENCES = re.compile(r"^(?:References|Visible links:?)\s*$", re.MULTILINE)
_REFERENCE = re.compile(r"^\s*(?P<n>\d+)\.\s+(?P<url>\S+)\s*$")
_MARK = re.compile(r"\[(?P<n>\d+)\]")
_LEAD_MARK = re.compile(r"^\[(?P<n>\d+)\](?P<text>\S.*)$")
_ITEM = re.compile(r"^(?:\*|\+|o|-|\d+\.)\s+(?P<text>\S.*)$")
_BUTTON = re.compile(r"^\((?:BUTTON|IMAGE|FORM|INLINE)\)", re.I)
_SEGMENT = re.compile(r"\[(?P<n>\d+)\](?P<text>[^\[]*)")
_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:\?|$)", re.I)
_WIDE = re.compile(
    r"[\u00b7\u1100-\u115f\u2010-\u2027\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]"
)
_HAN_END = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$")
_HAN_START = re.compile(r"^[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def _references(text: str) -> tuple[str, dict[int, str]] | None:
    """(the page's text, its numbered link addresses), or None when the text is not such a
    dump (a References list of three or more addresses, and marks in the text before it)."""
    listed = list(_REFERENCES.finditer(text))
    if not listed:
        return None
    found = listed[-1]  # the last one: a page may print the word itself
    refs = {}
    for line in text[found.end() :].splitlines():
        if m := _REFERENCE.match(line):
            refs[int(m["n"])] = m["url"]
    page = text[: found.start()]
    if len(refs) < 3 or len(_MARK.findall(page)) < 3:
        return None
    return page, refs


def page_html(text: str) -> str | None:
    """The dump rebuilt as HTML (None for any other text): see the module's note."""
    found = _references(text)
    if found is None:
        return None
    page, refs = found
    blocks = re.split(r"\n[ \t]*\n", page.replace("\r\n", "\n"))
    # the width lynx wrapped at (about 78 columns): the commonest width of the long lines
    widths = Counter(w for ln in page.split("\n") if (w := _display_width(ln)) >= 40)
    width = widths.most_common(1)[0][0] if widths else 78
    head = "".join(f'<link rel="canonical" href="{entities.escape(u)}">' for u in _own(refs))
    out: list[str] = []
    heading_seen = False
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if lines[0].lstrip().startswith("#"):  # the page's <link rel=alternate> line
            continue
        flush = not lines[0].startswith((" ", "\t"))
        if flush and len(lines) == 1:  # a heading: the first is the page's headline
            tag = "h2" if heading_seen else "h1"
            if not heading_seen:  # what came before it is the site's: skip links, menus
                out = [f"<nav>{''.join(out)}</nav>"] if out else []
            heading_seen = True
            out.append(f"<{tag}>{_inline(lines[0].strip(), refs)}</{tag}>")
            continue
        out.extend(_block(lines, refs, width))
    return f"<html><head>{head}</head><body>{chr(10).join(_asides(out))}</body></html>"


def _block(lines: list[str], refs: dict[int, str], width: int) -> list[str]:
    """A block of indented lines as HTML: a line goes on into the next only when it filled the
    dump's width (a wrapped paragraph); a shorter one ended its own element (a byline over its
    date, a caption, a list's items)."""
    out: list[str] = []
    items: list[str] = []
    joined = ""
    for k, ln in enumerate(lines):
        if joined:  # a wrapped line goes on without a space between Chinese characters
            glue = "" if _HAN_END.search(joined) or _HAN_START.search(ln) else " "
            joined += glue + ln.strip()
        else:
            joined = ln.strip()
        if k + 1 < len(lines) and _display_width(ln) >= width - 6:
            continue
        if _BUTTON.match(joined):
            pass
        elif item := _ITEM.match(joined):
            items.append(f"<li>{_inline(item['text'], refs)}</li>")
        else:
            if items:
                out.append(f"<ul>{''.join(items)}</ul>")
                items = []
            out.append(f"<p>{_inline(joined, refs)}</p>")
        joined = ""
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return out


def _asides(elements: list[str]) -> list[str]:
    """A section under a later heading holding only rows of links (更多相关内容, 热门报道,
    the footer's links) is the page's, not the story's: set aside."""
    out: list[str] = []
    k = 0
    while k < len(elements):
        if not elements[k].startswith("<h2>"):
            out.append(elements[k])
            k += 1
            continue
        end = next((j for j in range(k + 1, len(elements)) if elements[j].startswith("<h2>")), None)
        section = elements[k : end or len(elements)]
        links = all(_aside_row(el) for el in section[1:])
        out.append(f"<aside>{''.join(section)}</aside>" if links else "".join(section))
        if links and out[-2:-1] and out[-2].startswith("<p><a "):  # its skip link
            out[-2:] = [out[-1]]
        k = end or len(elements)
    return out


def _aside_row(element: str) -> bool:
    """A row of links, or a date or a notice among them (a related item's date, ©)."""
    if element.startswith(("<ul><li><a ", "<p><a ")):
        return True
    words = entities.unescape(re.sub(r"<[^>]+>", "", element)).strip()
    return is_date_only(words) or is_boilerplate(words)


def _display_width(line: str) -> int:
    """Columns a line takes in a terminal: a Chinese character takes two (so do the quotes
    and dots a Chinese terminal draws wide)."""
    return len(line) + len(_WIDE.findall(line))


def _inline(text: str, refs: dict[int, str]) -> str:
    """A line's marks. A line that opens with one is a row of links (a menu's item, a
    headline in a list, share buttons): each mark links the words up to the next; an image's
    is an image; a writer's page's is the byline. Marks inside a sentence are dropped."""
    if not _LEAD_MARK.match(text) or "。" in text:  # (a sentence opening with a link)
        return entities.escape(_MARK.sub("", text))
    parts = []
    for m in _SEGMENT.finditer(text):
        words, url = m["text"].strip(), refs.get(int(m["n"]), "")
        if _IMAGE.search(url):
            parts.append(f'<img src="{entities.escape(url)}" alt="{entities.escape(words)}">')
        elif WRITER_HREF.search(url):
            parts.append(f'<span class="author">{entities.escape(words)}</span>')
        else:
            parts.append(f'<a href="{entities.escape(url)}">{entities.escape(words)}</a>')
    return " ".join(parts)


def _own(refs: dict[int, str]) -> list[str]:
    """The page's own address: the one its references name with two or more #anchors."""
    anchored = Counter(
        url.split("#", 1)[0] for url in refs.values() if "#" in url and url.startswith("http")
    )
    return [url for url, n in anchored.most_common(1) if n >= 2]
