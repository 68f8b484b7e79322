"""A Telegram channel's export from Telegram Desktop, as HTML (messages.html) or as JSON
(result.json): one article per message, dated by the message's own timestamp."""

from __future__ import annotations

import html as markup
import itertools
import re
from datetime import UTC, datetime
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag

from ..clean import is_boilerplate
from . import FULL_DATE, HASHTAG_LINE, Doc, html, json_list, read_html
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
    soup = read_html(page)
    docs, channel = [], None
    for box in soup.select("div.message.default"):
        name = box.select_one(".from_name")
        if name is not None:
            channel = " ".join(name.get_text().split())
        text = box.select_one(".text")
        stamp = box.select_one(".date.details")
        found = _STAMP.search(stamp.get("title") or "") if isinstance(stamp, Tag) else None
        if text is None or not text.get_text(strip=True) or _promotion(text) or _chatter(text):
            continue
        when = (
            f"{found['y']}-{found['m']}-{found['d']}T{found['time']}{found['tz'] or ''}"
            if found
            else None
        )
        if is_boilerplate(_first_line(text)):
            continue  # the channel's promotion (【早报App】随时随地掌握全球大事…)
        docs.append(_message(text, when, channel))
    return docs or None


def _first_line(text: Tag) -> str:
    """A message's text up to its first line break."""
    words = itertools.takewhile(lambda node: getattr(node, "name", None) != "br", text.children)
    return "".join(node.get_text() for node in words).strip()


def _promotion(text: Tag) -> bool:
    """A message whose links all lead to Telegram (its backup channel, its bot): the channel's
    own notice, no story."""
    hosts = {urlparse(a["href"]).netloc for a in text.find_all("a", href=True)}
    return bool(hosts) and hosts <= {"t.me", "telegram.me"}


def _chatter(text: Tag) -> bool:
    """A line or two of the channel's own (今日快讯到此结束，明早见。晚安！): no story, as it
    points to none and is too short to be a brief."""
    linked = any(a["href"].startswith("http") for a in text.find_all("a", href=True))
    return not linked and len(text.get_text(strip=True)) < 30  # (a brief has two sentences)


def json_messages(raw: str) -> list[Doc] | None:
    """A JSON export's messages as Docs, or None when the text is not such an export. Service
    entries (a pinned message) and messages without text are skipped; one naming no story
    (no link, no headline over a paragraph: the channel's own promotion) too. A message's
    time is its local time with the offset its Unix time gives."""
    if not raw.lstrip().startswith("{") or '"messages"' not in raw[:2000]:
        return None
    if (found := json_list(raw, "messages")) is None:
        return None
    export, entries = found
    docs = []
    for m in entries:
        if not isinstance(m, dict) or m.get("type") != "message":
            continue
        pieces = m.get("text")
        pieces = [pieces] if isinstance(pieces, str) else pieces or []
        body = "".join(_piece(p) for p in pieces if isinstance(p, (str, dict)))
        links = re.findall(r'<a href="([^"]+)"', body)
        if not any(urlparse(u).netloc not in ("t.me", "telegram.me") for u in links):
            continue  # no story it points to: the channel's own promotion, or no text
        page = BeautifulSoup(f"<div>{body.replace(chr(10), '<br>')}</div>", "lxml").div
        channel = m.get("forwarded_from") or m.get("from") or export.get("name")
        doc = _message(page, _local_time(m), channel)
        if isinstance(signed := m.get("author"), str) and signed.strip():
            doc.meta.setdefault("author", signed.strip())  # a signed post: its writer's name
        docs.append(doc)
    return docs or None


def _piece(p: str | dict) -> str:
    """One piece of a message's text as HTML: plain text, or an entity (bold, a link)."""
    if isinstance(p, str):
        return markup.escape(p)
    text = markup.escape(str(p.get("text") or ""))
    kind = p.get("type")
    if kind == "text_link" and p.get("href"):
        return f'<a href="{markup.escape(p["href"])}">{text}</a>'
    if kind == "link":
        return f'<a href="{text}">{text}</a>'
    return f"<b>{text}</b>" if kind == "bold" else text


def _local_time(m: dict) -> str | None:
    """2024-06-17T21:14:05+08:00 from the local "date" and the Unix "date_unixtime"."""
    try:
        local = datetime.fromisoformat(m["date"])
        utc = datetime.fromtimestamp(int(m["date_unixtime"]), UTC).replace(tzinfo=None)
    except (KeyError, TypeError, ValueError):
        return m.get("date") if isinstance(m.get("date"), str) else None
    minutes = round((local - utc).total_seconds() / 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"{local.isoformat()}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# A message's bold first line: its headline (**普京抵达平壤 金正恩机场迎接**).
_BOLD_LEAD = re.compile(r"\*\*(?P<title>[^*\n]{4,80})\*\*")
# An emoji opening a line (🔗 来源：…, 📢 …): the channel's decoration.
# (or a flag: 🇰🇷, two regional letters)
_LEAD_EMOJI = re.compile(
    r"(?m)^(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)[ \t]*"
)


def _message(text: Tag, stamp: str | None, channel: str | None) -> Doc:
    """A message as a Doc: a bold first line (or a bracketed one) is the headline, else its
    first sentence; the last link names the story; a line of hashtags gives the tags."""
    doc = html.parse(f"<html><body><div>{text.decode_contents()}</div></body></html>")
    paragraphs = [p for p in _LEAD_EMOJI.sub("", doc.body).split("\n\n") if p.strip()]
    lead = paragraphs[0] if paragraphs else ""
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", lead).strip()
    if bold := _BOLD_LEAD.fullmatch(plain):
        title = bold["title"].strip()  # (in brackets too: **【…】**)
        doc.title, doc.title_source = bracket_headline(title) or title, "headline"
        paragraphs = paragraphs[1:]  # the headline is not the story's first paragraph
    elif headline := bracket_headline(plain):
        doc.title, doc.title_source = headline, "headline"
    else:
        doc.title, doc.title_source = first_sentence(plain)
    dated = re.sub(r"^[*_]+|[*_]+$", "", paragraphs[0].strip()) if paragraphs else ""
    if len(dated) <= 60 and FULL_DATE.search(dated) and not dated.endswith("。"):
        # the story's source and time over it (*来源：韩联社｜2025-06-03 20:12*): its date;
        # the message's time only bounds it
        paragraphs, doc.header = paragraphs[1:], "\n".join([dated, doc.header])
        doc.meta["posted"], stamp = stamp[:10] if stamp else None, None
    kept = []
    for line in "\n\n".join(paragraphs).split("\n"):
        if HASHTAG_LINE.fullmatch(line.strip()):
            doc.tags += line.replace("#", " ").split()
        else:
            kept.append(line)
    doc.body = "\n".join(kept).strip() + "\n"
    links = [a["href"] for a in text.find_all("a", href=True) if a["href"].startswith("http")]
    rest, _, last = doc.body.rstrip().rpartition("\n\n")
    if links and rest and last.strip() in (f"<{links[-1]}>", f"[{links[-1]}]({links[-1]})"):
        doc.body = rest + "\n"  # the story's address under it: its url, not its text
    doc.url = doc.url or (links[-1] if links else None)  # the story the message points to
    doc.site_name = channel
    doc.meta["site_url"] = "https://t.me/"  # a repost names its republisher "channel (t.me)"
    if stamp:
        doc.date_hints = [stamp]
        doc.header = "\n".join([*doc.date_hints, doc.header])
    return doc
