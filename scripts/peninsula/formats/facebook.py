"""A Facebook post's page saved from the browser: the post's message is the article, read as a
text copy is (a page sharing a story pastes its 【headline】, date and text under a few words of
its own). Facebook is the republisher, the post's address the repost's; the post's time bounds
the story's date from above. Comments, reactions, the link preview and the menus are the page's."""

from __future__ import annotations

import re

from bs4 import Tag

from ..dates import metadata_date
from . import FULL_DATE, Doc, html, read_html, text

_MESSAGE = re.compile(r"data-ad-(?:comet-)?preview=\"message\"")
_POST_URL = re.compile(r"https?://(?:www\.|m\.)?facebook\.com/\S+")


def post(page: str) -> Doc | None:
    """The post of a Facebook page, or None when the page is not one."""
    if not _MESSAGE.search(page) or "facebook.com" not in page[:5000]:
        return None
    soup = read_html(page)
    box = soup.find(attrs={"data-ad-preview": "message"}) or soup.find(
        attrs={"data-ad-comet-preview": "message"}
    )
    if not isinstance(box, Tag):
        return None
    for br in box.find_all("br"):
        br.replace_with("\n")
    for block in box.find_all(["div", "p"]):
        block.insert_after("\n")
    doc = text.parse(box.get_text())
    if (address := html.page_address(soup)) and _POST_URL.fullmatch(address):
        doc.republished_url = address
    doc.site_name = "Facebook"  # (the republisher when the story names its own address)
    # the post's time as the page shows it: an <abbr>'s title (2024年8月20日 星期二 下午3:05), or
    # the tooltip over the post's link (2025年6月4日星期三 上午10:15); with its year
    shown = [x.get("title", "") for x in soup.find_all("abbr", attrs={"data-utime": True})]
    shown += [x.get_text(" ", strip=True) for x in soup.find_all(attrs={"role": "tooltip"})]
    stamp = next((x for x in shown if FULL_DATE.search(x)), None)
    if stamp and any(FULL_DATE.search(x) for x in [*doc.date_hints, doc.header]):
        # the story's own date stands; the post's day bounds it
        doc.meta.setdefault("posted", metadata_date(stamp).published)
    elif stamp:
        doc.meta["published_time"] = stamp  # the message dates nothing: the post's time
    return doc
