"""A chat's exported history (WhatsApp, LINE: one message per timestamped line) in which
someone pasted a news article: each such message is an article, read as a text copy; the
chat around it (comments, media placeholders, system lines) is not.
"""

from __future__ import annotations

import re

from . import Doc

# A message's first line: 2024/6/18 21:03 - 张明: … (Android), [2024/6/18 21:03:15] 张明: …
# (iOS); the sender's name ends at the first colon. (A date line inside a pasted article,
# 2024-06-20 10:05 来源：澎湃新闻, has neither the dash nor the brackets.)
_STAMP = (
    r"(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[,，]?\s+"
    r"(?:(?:上午|下午|晚上|凌晨)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?"
)
_ANDROID = re.compile(rf"^\u200e?{_STAMP}\s+-\s*(?P<rest>.*)$")
_IOS = re.compile(rf"^\u200e?\[{_STAMP}\]\s*(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<name>[^:：\n]{1,30})[:：]\s?(?P<said>.*)$")
# The forwarding note a pasted article opens with: 转发自：澎湃新闻 / Forwarded from …
_FORWARDED = re.compile(r"^(?:转发自|轉發自|forwarded from)\s*[:：]?\s*(?P<name>.+)$", re.I)
_LONG = 200  # characters: a pasted article, not a comment


def _message(line: str) -> re.Match | None:
    return _ANDROID.match(line) or _IOS.match(line)


def messages(text: str) -> list[tuple[str, str]] | None:
    """(day, text) of each message that has a sender, or None when the text is not a chat's
    history (its first line and at least five lines start with a timestamp)."""
    lines = text.split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    if not _message(first) or sum(bool(_message(ln)) for ln in lines) < 5:
        return None
    out: list[list[str]] = []
    for line in lines:
        if m := _message(line):
            sender = _SENDER.match(m["rest"])
            day = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
            out.append([day, sender["said"] if sender else None])
        elif out and out[-1][1] is not None:
            out[-1][1] += "\n" + line  # a message goes on over the lines under it
    return [(day, said) for day, said in out if said is not None]


def articles(text: str, parse) -> list[Doc] | None:
    """The articles pasted into a chat's history, each read by `parse` (text.parse); the
    day it was posted bounds its date from above. None when none was pasted."""
    found = messages(text)
    if found is None:
        return None
    docs = []
    for day, said in found:
        if len(said.replace("\n", "")) < _LONG:
            continue
        lines = said.strip().split("\n")
        source = None
        if m := _FORWARDED.match(lines[0].strip()):
            source, lines = m["name"].strip(), lines[1:]
        doc = parse("\n".join(lines))
        if source and not doc.site_name:
            doc.site_name = source
        doc.meta.setdefault("posted", day)
        docs.append(doc)
    return docs or None
