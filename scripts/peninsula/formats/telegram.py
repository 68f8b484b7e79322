"""A Telegram channel's HTML export (messages.html from Telegram Desktop): one article per
message, dated by the message's own timestamp."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from . import Doc, html
from .text import bracket_headline, first_sentence

_MARK = re.compile(r'class="message default')
# title="02.06.2024 10:15:32 UTC+08:00" on the message's date
_STAMP = re.compile(
    r"(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4}) (?P<time>\d{2}:\d{2}:\d{2})(?: UTC(?P<tz>[+-]\d{2}:\d{2}))?"
)


def messages(page: str) -> list[Doc] | None:
    """The export's messages as Docs, or None when the page is not such an export. A message
    that continues its sender's run ("joined") has no name of its own: the run's name is its
    channel. Service lines (a day's heading) and messages without text are skipped."""
    if not _MARK.search(page[:200_000]):
        return None
    soup = BeautifulSoup(page, "lxml")
    docs, channel = [], None
    for box in soup.select("div.message.default"):
        name = box.select_one(".from_name")
        if name is not None:
            channel = " ".join(name.get_text().split())
        text = box.select_one(".text")
        stamp = box.select_one(".date.details")
        found = _STAMP.search(stamp.get("title") or "") if isinstance(stamp, Tag) else None
        if text is None or not text.get_text(strip=True):
            continue
        docs.append(_message(text, found, channel))
    return docs or None


def _message(text: Tag, stamp: re.Match | None, channel: str | None) -> Doc:
    doc = html.parse(f"<html><body><div>{text.decode_contents()}</div></body></html>")
    lead = next((p for p in doc.body.split("\n\n") if p.strip()), "")
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", lead).strip()
    headline = bracket_headline(plain)
    doc.title, doc.title_source = (headline, "headline") if headline else first_sentence(plain)
    links = [a["href"] for a in text.find_all("a", href=True) if a["href"].startswith("http")]
    doc.url = doc.url or (links[-1] if links else None)  # the story the message points to
    doc.site_name = channel
    doc.meta["site_url"] = "https://t.me/"  # a repost names its republisher "channel (t.me)"
    if stamp:
        zone = stamp["tz"] or ""
        doc.date_hints = [f"{stamp['y']}-{stamp['m']}-{stamp['d']}T{stamp['time']}{zone}"]
        doc.header = "\n".join([*doc.date_hints, doc.header])
    return doc
