"""A read-it-later app's export of saved links (Pocket's ril_export.html): one article per
link, with no text of its own. The link's text is the page's title with the site's name after
it; the day the link was saved (time_added) bounds the article's date from above. The tags
are the researcher's labels for the reading list, not the article's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from . import Doc, html, read_html

_SAVED_LINK = re.compile(r"<a\s[^>]*\btime_added=\"\d{9,10}\"")


def links(page: str) -> list[Doc] | None:
    """The export's links as Docs, or None when the page is not such an export (at least
    two links carrying the time they were saved)."""
    if len(_SAVED_LINK.findall(page[:200_000])) < 2:
        return None
    docs = []
    for a in read_html(page).find_all("a", attrs={"time_added": True}):
        url = (a.get("href") or "").strip()
        if url.startswith(("http://", "https://")):
            docs.append(saved_link(url, " ".join(a.get_text().split()), a["time_added"]))
    return docs or None


def saved_link(url: str, text: str, saved: str) -> Doc:
    """One saved link: its title without the site's name (which names the outlet), its
    address, and the day it was saved (Unix seconds, or a date) as the date's upper bound."""
    doc = Doc(url=url)
    if text and text != url:
        doc.title, doc.title_source = html.title_without_site(text), "headline"
        doc.site_name = html.site_in_title(text)
    else:
        doc.body = f"<{url}>\n"  # saved without a title: the address is all there is
    saved = saved.strip()
    if saved.isdigit() and 9 <= len(saved) <= 10:
        doc.meta["posted"] = datetime.fromtimestamp(int(saved), UTC).date().isoformat()
    elif day := _DAY.match(saved):  # 2024-06-19, 2024/06/19, GDELT's 20240619T031500Z
        doc.meta["posted"] = f"{day['y']}-{day['m']}-{day['d']}"
    return doc


_DAY = re.compile(r"(?P<y>\d{4})[-/]?(?P<m>\d{2})[-/]?(?P<d>\d{2})(?!\d)")
