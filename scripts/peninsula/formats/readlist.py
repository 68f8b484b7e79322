"""A read-it-later app's export of saved links (Pocket's ril_export.html), or a bookmarks file
(Netscape's format, which browsers and Raindrop export): one article per link. The link's text
is the page's title with the site's name after it; the day the link was saved (time_added,
ADD_DATE) bounds the article's date from above. A bookmark's excerpt (<DD>) is its only text.
The tags are the researcher's labels for the reading list, not the article's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from . import Doc, html, read_html

_SAVED_LINK = re.compile(r"<a\s[^>]*\b(?:time_added|add_date)=\"\d{9,10}\"", re.I)
# A bookmark's excerpt: the text after <DD>, up to the next bookmark or the folder's end.
_EXCERPT = re.compile(r"\s*<dd>(?P<text>.*?)(?=<dt>|</dl>|\Z)", re.I | re.S)


def links(page: str) -> list[Doc] | None:
    """The export's links as Docs, or None when the page is not such an export (at least
    two links carrying the time they were saved)."""
    if len(_SAVED_LINK.findall(page[:200_000])) < 2:
        return None
    docs = []
    for found in _SAVED_LINK.finditer(page):
        end = page.lower().find("</a>", found.end())
        end = len(page) if end < 0 else end
        a = read_html(page[found.start() : end] + "</a>").a
        url = (a.get("href") or "").strip()
        if not url.startswith(("http://", "https://")):
            continue
        saved = a.get("time_added") or a.get("add_date") or ""
        doc = saved_link(url, " ".join(a.get_text().split()), saved)
        if excerpt := _EXCERPT.match(page, end + 4):
            doc.body = " ".join(read_html(excerpt["text"]).get_text().split())
            doc.body = f"{doc.body}\n" if doc.body else ""
        docs.append(doc)
    return docs or None


def saved_link(url: str, text: str, saved: str) -> Doc:
    """One saved link: its title without the site's name (which names the outlet), its
    address, and the day it was saved (Unix seconds, or a date) as the date's upper bound."""
    doc = Doc(url=url)
    if text and text != url:
        doc.title, doc.title_source = html.title_without_site(text), "headline"
        doc.site_name = html.site_in_title(text)
        _, found, rest = text.partition(doc.title)
        if found and (day := _TITLE_DAY.search(rest)):  # (DW's: … – DW – 2022年10月30日)
            doc.date_hints.append(day.group())
    else:
        doc.body = f"<{url}>\n"  # saved without a title: the address is all there is
    saved = saved.strip()
    if saved.isdigit() and 9 <= len(saved) <= 10:
        doc.meta["posted"] = datetime.fromtimestamp(int(saved), UTC).date().isoformat()
    elif day := _DAY.match(saved):  # 2024-06-19, 2024/06/19, GDELT's 20240619T031500Z
        doc.meta["posted"] = f"{day['y']}-{day['m']}-{day['d']}"
    return doc


# A day among the site's segments after the headline.
_TITLE_DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}(?!\d)")
_DAY = re.compile(r"(?P<y>\d{4})[-/]?(?P<m>\d{2})[-/]?(?P<d>\d{2})(?!\d)")
