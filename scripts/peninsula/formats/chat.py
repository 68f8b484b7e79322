"""A chat's exported history (WhatsApp, LINE: one message per timestamped line) in which
someone pasted a news article: each such message is an article, read as a text copy; the
chat around it (comments, media placeholders, system lines) is not.
"""

from __future__ import annotations

import re
from collections import Counter

from . import Doc

# A message's first line: 2024/6/18 21:03 - 张明: … (Android), [2024/6/18 21:03:15] 张明: …
# (iOS); the sender's name ends at the first colon. (A date line inside a pasted article,
# 2024-06-20 10:05 来源：澎湃新闻, has neither the dash nor the brackets.)
# (or the day first, as Hong Kong's and Britain's phones write it: 5/12/2024 上午8:14 - 陳嘉欣: …)
_STAMP = (
    r"(?:(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}))[,，]?\s+"
    r"(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?"
)
_ANDROID = re.compile(rf"^\u200e?{_STAMP}\s+-\s*(?P<rest>.*)$")
_IOS = re.compile(rf"^\u200e?\[{_STAMP}\]\s*(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<name>[^:：\n]{1,30})[:：]\s?(?P<said>.*)$")
# The forwarding note a pasted article opens with: 转发自：澎湃新闻 / Forwarded from …
_FORWARDED = re.compile(
    r"^\[?(?:转发自|轉發自|forwarded from)\s*[:：]?\s*(?P<name>[^\]]+)\]?$", re.I
)  # (Telegram's in brackets: [Forwarded from 联合早报 Lianhe Zaobao])
_ADDRESS = re.compile(r"https?://\S+")
_LONG = 200  # characters: a pasted article, not a comment


# LINE: a "[LINE] 與…的聊天記錄" header, a line for each day (2025/06/04（三）), then
# "13:10<tab>陳怡君<tab>text"; a message of several lines is quoted ("…", quotes doubled inside).
_LINE_HEAD = re.compile(r"^\ufeff?\[LINE\]")
_LINE_DAY = re.compile(
    r"^(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})\s*(?:[(（][^()（）\t]{1,9}[)）]|星期.)?\s*$"
)
_LINE_MESSAGE = re.compile(
    r"^(?:(?:上午|下午|午前|午後)\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?\t(?P<name>[^\t]{1,30})\t(?P<said>.*)$"
)
# A desktop exporter's WeChat history: "2023-08-19 21:03:45 张伟" alone, the message under it.
_HEADER_ONLY = re.compile(rf"^\ufeff?{_STAMP}[ \t]+(?P<name>[^\s:：\-–\[][^:：\t]{{0,29}}?)[ \t]*$")
# Telegram Desktop's copy of messages: "Zhang Wei, [19.06.24 21:07]" over each message (the
# day first, the year maybe of two digits).
_TELEGRAM_HEAD = re.compile(
    r"^\ufeff?(?P<name>[^\[\],\n]{1,40}), \[(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{2}|\d{4})"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*$"
)
# WeChat's chat record copied on a desktop: the day between rules (—————  2018-06-12  —————),
# then "周志强  17:02" over each message.
_WECHAT_DAY = re.compile(
    r"^[—\-─=]{3,}\s*(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?\s*[—\-─=]{3,}$"
)
_WECHAT_HEAD = re.compile(r"^(?P<name>\S[^\t:：]{0,29}?)(?: {2,}|\t)\d{1,2}:\d{2}(?::\d{2})?$")
# A message's note that it answers another ([In reply to Zhang Wei], 回复 张伟：)
_REPLY = re.compile(r"^\[(?:In reply to|回复|回覆)\s*[^\]]{1,40}\]$", re.I)


def _message(line: str) -> re.Match | None:
    return _ANDROID.match(line) or _IOS.match(line)


def _day(m: re.Match) -> str:
    if m["y"]:
        return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    day, month = int(m["d2"]), int(m["m2"])
    if month > 12:  # (an American phone's month first: 12/25/2024)
        day, month = month, day
    return f"{int(m['y2']):04d}-{month:02d}-{day:02d}"


def messages(text: str) -> list[tuple[str, str]] | None:
    """(day, text) of each message that has a sender, or None when the text is not a chat's
    history (its first line and at least five lines start with a timestamp, or LINE's or a
    WeChat exporter's layout)."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    if _LINE_HEAD.match(first):
        return _line_messages(lines)
    if _HEADER_ONLY.match(first) and (headed := _headed_messages(lines)):
        return headed
    if _TELEGRAM_HEAD.match(first):
        return _telegram_messages(lines)
    if any(_WECHAT_DAY.match(ln.strip()) for ln in lines[:5]) and (
        copied := _wechat_messages(lines)
    ):
        return copied
    if not _message(first) or sum(bool(_message(ln)) for ln in lines) < 5:
        return None
    out: list[list[str]] = []
    for line in lines:
        if m := _message(line):
            sender = _SENDER.match(m["rest"])
            out.append([_day(m), sender["said"] if sender else None])
        elif out and out[-1][1] is not None:
            out[-1][1] += "\n" + line  # a message goes on over the lines under it
    return [(day, said) for day, said in out if said is not None]


def _line_messages(lines: list[str]) -> list[tuple[str, str]] | None:
    """LINE's export: each message under the day line before it; a quoted message of several
    lines without its quotes."""
    out: list[list[str]] = []
    day, quoted = None, False
    for line in lines:
        if quoted:
            out[-1][1] += "\n" + line
            quoted = not line.rstrip().endswith('"') or line.rstrip().endswith('""')
        elif (m := _LINE_MESSAGE.match(line)) and day:
            said = m["said"]
            quoted = said.startswith('"') and not (len(said) > 1 and said.rstrip().endswith('"'))
            out.append([day, said])
        elif m := _LINE_DAY.match(line.strip()):
            day = _day(m)
        elif out and line.strip():
            out[-1][1] += "\n" + line
    if len(out) < 5:
        return None
    return [(d, _unquoted(said)) for d, said in out]


def _unquoted(said: str) -> str:
    said = said.strip()
    if len(said) > 1 and said.startswith('"') and said.endswith('"'):
        return said[1:-1].replace('""', '"')
    return said


def _headed_messages(lines: list[str]) -> list[tuple[str, str]] | None:
    """A WeChat exporter's history: a message is the lines under its time and sender. A line
    like it inside a pasted article (2024-06-20 10:05 新华社) is not a message's head unless
    its name also heads other messages."""
    heads = {k: m for k, line in enumerate(lines) if (m := _HEADER_ONLY.match(line.strip()))}
    senders = Counter(m["name"] for m in heads.values())
    heads = {k: m for k, m in heads.items() if senders[m["name"]] >= 2}
    if len(heads) < 5:
        return None
    starts = sorted(heads)
    ends = [*starts[1:], len(lines)]
    return [
        (_day(heads[a]), "\n".join(lines[a + 1 : b]).strip())
        for a, b in zip(starts, ends, strict=True)
    ]


def _telegram_messages(lines: list[str]) -> list[tuple[str, str]] | None:
    """Telegram Desktop's copy: a message is the lines under its sender and time, without the
    note that it answers another."""
    heads = {k: m for k, line in enumerate(lines) if (m := _TELEGRAM_HEAD.match(line.strip()))}
    if len(heads) < 2:
        return None
    starts = sorted(heads)
    out = []
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        m = heads[a]
        year = m["y2"] if len(m["y2"]) == 4 else f"20{m['y2']}"
        said = [ln for ln in lines[a + 1 : b] if not _REPLY.match(ln.strip())]
        out.append((f"{year}-{int(m['m2']):02d}-{int(m['d2']):02d}", "\n".join(said).strip()))
    return out


def _wechat_messages(lines: list[str]) -> list[tuple[str, str]] | None:
    """WeChat's chat record copied on a desktop: each message under its sender and time, on the
    day of the rule over it. Five messages of senders heading two or more make the layout (a
    line of a pasted story, 新华社  17:02, does not)."""
    day, heads = None, {}
    for k, line in enumerate(lines):
        if m := _WECHAT_DAY.match(line.strip()):
            day = _day(m)
        elif day and (m := _WECHAT_HEAD.match(line.strip())):
            heads[k] = (day, m["name"])
    senders = Counter(name for _, name in heads.values())
    if sum(n for n in senders.values() if n >= 2) < 5:
        return None  # (once the layout is plain, a sender heading one message heads it too)
    starts = sorted(heads)
    ends = [*starts[1:], len(lines)]
    return [
        (heads[a][0], "\n".join(ln for ln in lines[a + 1 : b] if not _WECHAT_DAY.match(ln.strip())))
        for a, b in zip(starts, ends, strict=True)
    ]


def articles(text: str, parse) -> list[Doc] | None:
    """The articles pasted into a chat's history, each read by `parse` (text.parse); the
    day it was posted bounds its date from above. None when none was pasted."""
    found = messages(text)
    if found is None:
        return None
    docs, shared = [], {}
    for day, said in found:
        if len(said.replace("\n", "")) < _LONG:
            # an app's share of a story (its headline, its address): the address of the story
            # pasted whole after it under that headline
            lines = [ln.strip() for ln in said.strip().split("\n") if ln.strip()]
            if len(lines) >= 2 and _ADDRESS.fullmatch(lines[1]):
                shared[lines[0]] = lines[1]
            continue
        lines = said.strip().split("\n")
        source = None
        if m := _FORWARDED.match(lines[0].strip()):
            source, lines = m["name"].strip(), lines[1:]
        address = None
        if lines and _ADDRESS.fullmatch(lines[-1].strip()):  # a shared story ends with its link
            address, lines = lines[-1].strip(), lines[:-1]
        doc = parse("\n".join(lines))
        doc.url = doc.url or address or shared.get(doc.title or "")
        if source and not doc.site_name:
            doc.site_name = source
        doc.meta.setdefault("posted", day)
        docs.append(doc)
    return docs or None
