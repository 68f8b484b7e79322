"""A read-it-later app's export of saved links (Pocket's ril_export.html): one article per
link, with no text of its own. The link's text is the page's title with the site's name after
it; the day the link was saved (time_added) bounds the article's date from above. The tags
are the researcher's labels for the reading list, not the article's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bs4 import BeautifulSoup

from . import Doc, html

_SAVED_LINK = re.compile(r"<a\s[^>]*\btime_added=\"\d{9,10}\"")


def links(page: str) -> list[Doc] | None:
    """The export's links as Docs, or None when the page is not such an export (at least
    two links carrying the time they were saved)."""
    if len(_SAVED_LINK.findall(page[:200_000])) < 2:
        return None
    docs = []
    for a in BeautifulSoup(page, "lxml").find_all("a", attrs={"time_added": True}):
        url = (a.get("href") or "").strip()
        if not url.startswith(("http://", "https://")):
            continue
        text = " ".join(a.get_text().split())
        doc = Doc(url=url)
        if text and text != url:
            doc.title, doc.title_source = html.title_without_site(text), "headline"
            doc.site_name = html.site_in_title(text)
        else:
            doc.body = f"<{url}>\n"  # saved without a title: the address is all there is
        stamp = a["time_added"]
        if stamp.isdigit():
            doc.meta["posted"] = datetime.fromtimestamp(int(stamp), UTC).date().isoformat()
        docs.append(doc)
    return docs or None
