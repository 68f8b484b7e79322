"""A news video's subtitle track (SubRip .srt or WebVTT .vtt): the spoken report as the body.

A TV news item's track opens with the programme's cues (its name, the day it aired, the
anchor's lead-in), shows the item's headline as a caption in brackets (【…】), and closes with
the reporter's sign-off (总台记者 王晓宁 莫斯科报道) and a channel's promotion. Cues carry no
punctuation and a sentence runs across them, so they are joined as a transcript is read
(formats.transcript, as for a video page's transcript).
"""

from __future__ import annotations

import re

from ..clean import is_boilerplate
from . import Doc, is_date_only, transcript

# A cue's timing line: 00:00:03,040 --> 00:00:05,720 (SubRip) or 00:03.040 --> 00:05.720 (WebVTT)
_TIMING = re.compile(
    r"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}.*$"
)
_SRT_START = re.compile(r"\A\ufeff?\s*1\s*\n(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->")
_VTT_START = re.compile(r"\A\ufeff?WEBVTT\b")
_CUE_TAG = re.compile(r"</?(?:[bius]|c(?:\.[\w.]+)?|v(?:\s[^>]*)?|font[^>]*)>|\{\\[^}]*\}")
# The programme's cue: the channel, then the programme's name (央视新闻频道《朝闻天下》).
_PROGRAMME = re.compile(r"^(?P<channel>[^\s《》]{2,16})\s*《[^《》]{1,20}》")
# A channel's promotion closing the track: 更多资讯 请关注央视新闻客户端.
_PROMO = re.compile(
    r"(?:更多|关注|關注|下载|下載|订阅|訂閱).{0,12}(?:客户端|客戶端|公众号|公眾號|频道|頻道|APP|App)"
)
# The item's headline shown as a caption: 【普京抵达平壤 开始对朝鲜进行国事访问】.
_CAPTION = re.compile(r"【(?P<title>[^【】]{4,60})】")
# The reporter's sign-off: 总台记者 王晓宁 莫斯科报道 / 央视记者李明 首尔报道.
_SIGN_OFF = re.compile(
    r"^\S{0,8}(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}(?:\s*[\u4e00-\u9fff]{2,6}(?:报道|報導|报导|報道))?$"
)


def is_subtitles(text: str) -> bool:
    return bool(_SRT_START.match(text) or _VTT_START.match(text))


def cues(text: str) -> list[str]:
    """Each cue's text (its lines joined with a space), in order, markup tags removed."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.lstrip("\ufeff")):
        lines = [ln.strip() for ln in block.strip().split("\n")]
        timing = next((k for k, ln in enumerate(lines) if _TIMING.match(ln)), None)
        if timing is None:
            continue  # WEBVTT header, NOTE and STYLE blocks
        said = " ".join(_CUE_TAG.sub("", ln).strip() for ln in lines[timing + 1 :])
        if said := " ".join(said.split()):
            out.append(said)
    return out


def parse(text: str) -> Doc | None:
    """The track as a Doc: the bracketed headline caption is the title (the programme's cues
    before it are not the report), a date cue among the first ones dates it, and the
    reporter's sign-off names the author. None when the file holds no cue."""
    said = cues(text)
    if not said:
        return None
    doc = Doc()
    channel, dates = None, []
    for c in said[:4]:  # the programme's cue (央视新闻频道《朝闻天下》 2024年6月19日), a date cue
        if (m := _PROGRAMME.match(c)) and channel is None:
            channel, c = m["channel"], c[m.end() :].strip()
        if c and is_date_only(c):
            dates.append(c)
    caption = next((k for k, c in enumerate(said[:6]) if _CAPTION.fullmatch(c)), None)
    if caption is not None:
        doc.title, doc.title_source = _CAPTION.fullmatch(said[caption])["title"], "headline"
        body = said[caption + 1 :]  # the programme's cues before it are not the report
    else:
        body = [c for c in said if not is_date_only(c) and not _PROGRAMME.match(c)]
    byline = []
    while body and (
        _SIGN_OFF.match(body[-1]) or _PROMO.search(body[-1]) or is_boilerplate(body[-1])
    ):
        last = body.pop()
        if _SIGN_OFF.match(last):
            byline.append(last)
    if not doc.title and body:
        doc.title, doc.title_source = body[0], "first_clause"  # a cue is a clause at most
    doc.site_name = channel
    doc.header = "\n".join([*([f"来源：{channel}"] if channel else []), *dates, *byline])
    doc.date_hints = dates
    doc.body = transcript(body)
    return doc
