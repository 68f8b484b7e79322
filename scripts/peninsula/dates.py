"""Dates of Chinese-language news articles and of list-page items, with the evidence for each.

Pure functions: no I/O and no wall clock, so a build gives the same dates whatever day it runs.
General-purpose parsers (dateparser, htmldate) misread relative Chinese forms such as 週日(27 日)
or 當地時間 26 日 (see NOTES.md, "Extraction"), so the rules here are the project's own.

Conventions:
- Text is NFKC-normalised first (full-width digits and brackets become ASCII).
- Slash dates with the year last are read day-first (18/03/2021 = 18 March), the European/RFI
  convention; they are read month-first when the second number cannot be a month, or when an
  American time zone follows (03/07/2025 09:12 ET: 7 March).
- A date is never guessed: a lone "26 日" in an article, or a list whose years nothing anchors,
  gives no date.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from .entities import office_terms

MIN_YEAR, MAX_YEAR = 1990, 2100  # plausible window for inferred (yearless) dates
LEAD_CHARS = 200  # a date this close to the start of an article is taken as its dateline
FEED_LAG_DAYS = 7  # a feed item is fetched within days of publication; older body dates are events


@dataclass(frozen=True)
class DateResult:
    published: str | None  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | None
    precision: str | None  # 'day' | 'month' | 'year' | 'range' | None
    evidence: str | None  # the text span it came from + the rule
    earliest: str | None = None  # 'YYYY-MM-DD' lower bound
    latest: str | None = None  # 'YYYY-MM-DD' upper bound
    time: str | None = None  # 'HH:MM' or 'HH:MM:SS', with '+09:00'-style zone when given


NO_DATE = DateResult(None, None, None)


# --------------------------------------------------------------------------- text clean-up

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_MD_TARGET = re.compile(r"\]\([^)\s]*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_SPACE = re.compile(r"\s+")


# The pictures opening a body, each maybe with its caption in italics under it.
_PICTURE_LINES = re.compile(r"\A(?:\s*\[?!\[[^\n]*\n(?:\s*\*[^*\n][^\n]*\*[ \t]*(?:\n|$))?)+")


def _clean(text: str) -> str:
    """Visible text only: markup and URLs go, because dates in links belong to other pages."""
    text = _COMMENT.sub(" ", text or "")
    text = _TAG.sub(" ", text)
    text = _MD_TARGET.sub("]", text)
    text = _URL.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = _JUCHE_DOTTED.sub(r"\1年\2月\3日", text)
    text = _JUCHE.sub(_juche_year, text)
    if "和" in text or "成" in text:  # a Japanese era's year (令和6年 is 2024): rare, test first
        text = _JAPANESE_ERA.sub(_japanese_year, text)
    return _SPACE.sub(" ", text).strip()


# North Korea's calendar: 主体113年 is 2024 (1911 + 113), often printed 主体113(2024)年.
_JUCHE = re.compile(r"主[体體]\s*(\d{1,3})\s*(?:\(\s*(\d{4})\s*\))?\s*年")


# Japan's era years, as the Foreign Ministry's Chinese pages print them: 令和6年5月28日.
_JAPANESE_ERA = re.compile(r"(?P<era>令和|平成|昭和)\s*(?P<n>\d{1,2}|元)\s*年")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}


def _japanese_year(m: re.Match) -> str:
    return f"{_ERA_START[m['era']] + (1 if m['n'] == '元' else int(m['n']))}年"


# KCNA's own dateline form: [主体113(2024).6.30.]
_JUCHE_DOTTED = re.compile(
    r"主[体體]\s*\d{1,3}\s*\(\s*(\d{4})\s*\)\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?"
)


def _juche_year(m: re.Match) -> str:
    return f"{m[2] or 1911 + int(m[1])}年"


# --------------------------------------------------------------------------- explicit dates


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    span: str
    year: int
    month: int
    day: int | None  # None: month precision
    time: str | None
    form: str


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}


def _cn_int(s: str) -> int:
    """Chinese numerals as written in dates: 二〇二一 (digit by digit) or 二十八 (with 十)."""
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


_WEEKDAY_TAG = r"(?:\s*\(?\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]\s*\)?)?"
_CJK_TIME = (
    # (the time may follow a bar or a slash: 2019年2月28日 / 下午4点18分; labelled as when it
    # was posted: 2024年5月3日星期五 | 上載時間：05:30, not when it was updated)
    _WEEKDAY_TAG + r"(?:\s*(?:[/／|｜]\s*)?"
    r"(?:(?:上載|上传|上傳|發佈|發布|发布|刊出|刊登)?(?:時間|时间)\s*[:：]\s*)?"  # (a wire's slug: 時間：10:02)
    r"(?P<ampm>上午|下午|晚上|晚间|晚間|凌晨|早上|中午)?\s*"
    r"(?P<h>\d{1,2})\s*[:時时点點]\s*(?P<mi>\d{2})(?:\s*[:分]\s*(?P<s>\d{2})(?!\d))?"
    r"(?:\s*(?P<suffix>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"  # 2016年1月6日 3:55 PM
)
_LATIN_TIME = (
    _WEEKDAY_TAG  # (a weekday between: 18/10/2024 (星期五) 18:26)
    + r"(?:\s*(?:-|,|T|at|\||｜)?\s*(?:(?:HKT|KST|JST|BJT|CST)\s+)?"  # 2024-12-11 HKT 10:35
    r"(?P<half>上午|下午|晚上|晚间|晚間|凌晨|早上|中午)?\s*"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?"
)
# An American time zone after a date and time: the page writes dates month first.
_US_ZONE = re.compile(
    r"\s*[(（]?(?:(?:ET|EST|EDT|PT|PST|PDT)\b|(?:美東|美东|美西|美國東部|美国东部|美國西部|美国西部)(?:時間|时间))"
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH_NAME = r"(?P<mname>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"

# 中央社's code after its editor's note, the story's day in the ROC era: （編輯：陳承中）1140116
_EDITOR_CODE = re.compile(
    r"(?:[（(](?:編輯|编辑|譯者|译者|核稿)\s*[:：/／][^（）()]{1,20}[)）]|[（(]完[)）])"
    r"\s*(?P<y>1[0-3]\d|[89]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"  # (or after （完）: ８９０６１３)
)
# A Taiwanese office's date label, whose year may have two digits: 發布日期：99年11月23日 (2010)
ROC_DATE_LABEL = r"(?:發布|發佈|公告|發文|發稿)日期"
_ROC_LABEL = re.compile(rf"{ROC_DATE_LABEL}\s*[:：|｜]?\s*$")
# A time before the day, as some pages print it: 06:30 2025-06-04, 星洲网's 3:46pm 12/07/2023
_TIME_FIRST = (
    r"(?:(?<!\d)(?<!\d:)(?P<bh>[01]?\d|2[0-3]):(?P<bmi>[0-5]\d)\s*(?P<bampm>[AaPp]\.?[Mm]\.?)?\s+)?"
)
_EXPLICIT = [
    (
        "year-month-day",
        re.compile(
            r"(?<!\d)(?:(?P<roc>民[國国])\s*)?(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*"
            r"(?P<d>\d{1,2})\s*[日号號]" + _CJK_TIME
        ),
    ),
    (
        # a Korean document's spaced dots: 2024. 1. 16.(二)
        "YYYY. M. D.",
        re.compile(
            r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})(?!\d)\.?"
            + _LATIN_TIME
        ),
    ),
    (
        "year-month-day (Chinese numerals)",
        re.compile(
            r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*"
            r"(?P<d>[一二三四五六七八九十]{1,3})\s*[日号號]" + _CJK_TIME
        ),
    ),
    (
        "year-month",
        re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)"),
    ),
    (
        "YYYY-MM-DD",
        re.compile(
            # (a slash after it may be a field separator: 2024-05-28／聯合報／A9版; the time
            # may come first: 06:30 2025-06-04 HKT)
            _TIME_FIRST
            # (a dot may close it, as 朝中社 prints its day: 2023.08.21.)
            + r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d|\.\d|/\d)"
            + _LATIN_TIME
        ),
    ),
    (
        # Taiwan's official form, the year of the Republic of China era: 113-06-03, 113/6/3
        "YYY-MM-DD (ROC era)",
        re.compile(
            # with dots only as 民國113.6.3 or 113.06.03 (a version number reads 112.5.3)
            r"(?<![\d/.-])(?:(?P<roc>民[國国])\s*)?(?P<y>1[0-3]\d)"
            r"(?:(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|\.(?P<m2>\d\d)\.(?P<d2>\d\d)"
            r"|(?<=[國国]\d{3})\.(?P<m3>\d{1,2})\.(?P<d3>\d{1,2}))(?![\d/.])" + _LATIN_TIME
        ),
    ),
    ("editor's code YYYMMDD (ROC era)", _EDITOR_CODE),
    (
        # the year apart from month/day, as pages that style each part print it: 2024 06/02
        "YYYY MM/DD",
        re.compile(
            r"(?<![\d/.-])(?P<y>\d{4})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?![\d/.])"
            + _LATIN_TIME
        ),
    ),
    (
        "DD/MM/YYYY (day first)",
        re.compile(
            # (the time may come first, as 俄罗斯卫星通讯社 prints it: 17:21 19.06.2024)
            _TIME_FIRST
            + r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/.])"
            + _LATIN_TIME
        ),
    ),
    (
        "day month year",
        re.compile(
            r"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?<![\d])(?P<d>\d{1,2})\s+"
            + _MONTH_NAME
            + r",?\s+(?P<y>\d{4})(?!\d)"
            + _LATIN_TIME
        ),
    ),
    (
        "month day, year",
        re.compile(
            r"\b"
            + _MONTH_NAME
            + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)"
            + _LATIN_TIME
        ),
    ),
]


def _fmt_time(g: dict) -> str | None:
    """'HH:MM[:SS][+HH:MM]' from regex groups; 下午/PM move the hour past noon."""
    if not g.get("h"):
        return None
    h, mi = int(g["h"]), int(g["mi"])
    ampm = (g.get("ampm") or g.get("half") or g.get("suffix") or "").lower()
    if h < 12 and (ampm[:1] == "p" or ampm in ("下午", "晚上", "晚间", "晚間")):
        h += 12
    if h == 12 and (ampm[:1] == "a" or ampm in ("上午", "凌晨")):
        h = 0  # (上午12:35 is 00:35)
    if h > 23 or mi > 59:
        return None
    out = f"{h:02d}:{mi:02d}" + (f":{int(g['s']):02d}" if g.get("s") else "")
    zone = g.get("zone")
    if zone:
        out += "+00:00" if zone in ("Z", "GMT", "UTC") else f"{zone[:3]}:{zone[-2:]}"
    return out


def _explicit(text: str) -> list[_Match]:
    """Every explicit (year-bearing) date in text, in order of position, validated."""
    found: list[_Match] = []
    for form, rx in _EXPLICIT:
        for m in rx.finditer(text):
            g = m.groupdict()
            if g.get("bh") and not g.get("h"):  # the time before the day
                g["h"], g["mi"], g["ampm"] = g["bh"], g["bmi"], g["bampm"]
            if form.endswith("(ROC era)"):  # its three spellings of month and day
                g["m"] = g["m"] or g["m2"] or g["m3"]
                g["d"] = g["d"] or g["d2"] or g["d3"]
            try:
                if form.endswith("(Chinese numerals)"):
                    y, mo, d = _cn_int(g["y"]), _cn_int(g["m"]), _cn_int(g["d"])
                else:
                    y = int(g["y"])
                    mo = _MONTHS[g["mname"][:3].lower()] if g.get("mname") else int(g["m"])
                    d = int(g["d"]) if g.get("d") else None
            except (KeyError, ValueError):
                continue
            if (
                g.get("roc")
                or form.endswith("(ROC era)")
                or (form == "year-month-day" and len(g["y"]) == 3 and 60 <= y <= 150)
                or (len(g["y"]) == 2 and _ROC_LABEL.search(text, max(0, m.start() - 10), m.start()))
            ):
                y += 1911  # Republic of China era (Taiwan): 民國113年, or 113年6月2日 alone
            elif y < 1000:
                continue
            read = form
            if form.startswith("DD/MM") and d is not None and mo > 12 >= d:
                mo, d, read = d, mo, "MM/DD/YYYY (month first)"  # 03/18/2021: only so
            elif form.startswith("DD/MM") and d is not None and _US_ZONE.match(text, m.end()):
                # 03/07/2025 09:12 ET: an American page writes the month first
                mo, d, read = d, mo, "MM/DD/YYYY (month first)"
            try:
                date(y, mo, 1 if d is None else d)
            except ValueError:
                continue
            if not 1900 <= y <= MAX_YEAR:
                continue
            found.append(
                _Match(m.start(), m.end(), m.group(0).strip(), y, mo, d, _fmt_time(g), read)
            )
    # earliest first; at one position the longest (most precise) form wins
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[_Match] = []
    for x in found:
        if not out or x.start >= out[-1].end:
            out.append(x)
    return out


def _result(m: _Match, rule: str) -> DateResult:
    if m.day is None:
        first = date(m.year, m.month, 1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return DateResult(
            f"{m.year:04d}-{m.month:02d}",
            "month",
            f"{m.span} [{m.form}, {rule}]",
            first.isoformat(),
            last.isoformat(),
        )
    iso = date(m.year, m.month, m.day).isoformat()
    return DateResult(iso, "day", f"{m.span} [{m.form}, {rule}]", iso, iso, m.time)


def _first(text: str, *, months: bool) -> _Match | None:
    """The first full date in text; a month-only date when months allows and no full one exists."""
    matches = _explicit(text)
    full = [m for m in matches if m.day is not None]
    if full:
        return full[0]
    return next(iter(matches), None) if months else None


# --------------------------------------------------------------------------- article dates


def republished_bound(url: str | None, posted: str | None = None) -> DateResult | None:
    """A repost's own address (…/20210729/…), or the day it was posted or saved (ISO: a forum
    post's day, a clipper's or an archive's capture day), dates the repost, so an article that
    states no date of its own is no later than that day: a range with only its upper bound."""
    found = _url_date(url) if url else None
    if found is not None and found.precision == "day":
        span = found.evidence.split(" [", 1)[0]
        how = "url, no later than its repost"
        return DateResult(None, "range", f"{span} [{how}]", None, found.latest)
    if posted:
        return DateResult(
            None, "range", f"{posted} [posted or saved that day, no later]", None, posted
        )
    return None


def _recalled(day: date, fed: date) -> bool:
    """A date in a feed item's text more than FEED_LAG_DAYS before the item's feed time is an
    event the story recalls, not its publication date."""
    return day < fed - timedelta(days=FEED_LAG_DAYS)


_ISO_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?")


def metadata_date(value: str) -> DateResult:
    """The date a page's metadata states (article:published_time, JSON-LD datePublished),
    for a page whose text states none; the evidence says where it came from."""
    if basic := _ISO_BASIC.fullmatch(value.strip()):  # 20240603T1012+0800, ISO 8601's basic form
        y, mo, d, h, mi, sec, zone = basic.groups()
        zone = "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[3:]}" if zone else ""
        value = f"{y}-{mo}-{d}T{h}:{mi}{':' + sec if sec else ''}{zone}"
    m = _first(_clean(value), months=True)
    if m and m.time in ("00:00", "00:00:00"):
        m = replace(m, time=None)  # a day's placeholder time, no zone (date_published: … 00:00:00)
    return _result(m, "page metadata") if m else NO_DATE


_CLAUSE = re.compile(r"[，。；！？]")


def in_a_sentence(when: DateResult, text: str) -> bool:
    """Whether the day was read from a sentence of the story (a paragraph that goes on well
    past it), not from a date line or a dateline opening the story. A month alone, anywhere in
    a sentence (尹錫悅因2024年12月宣布緊急戒嚴…), is an event's: datelines give the day."""
    if when.precision not in ("day", "month") or not when.evidence:
        return False
    span = when.evidence.rsplit(" [", 1)[0]
    for line in text.splitlines():
        at = line.find(span)
        if at > 0 and when.precision == "month" and _CLAUSE.search(line[:at]):
            return True  # (after a clause, however short the sentence: …访朝是在2000年7月。)
        if at <= 0 or len(line) < 40:
            continue
        if _CLAUSE.search(line[:at]) or (when.precision == "month" and _CLAUSE.search(line)):
            return True  # (a dateline's day comes before the first clause ends)
    return False


def opens_a_paragraph_long_before(when: DateResult, text: str, stated: DateResult) -> bool:
    """Whether the day was read from the words opening a paragraph of the story (2024年6月19日，
    俄罗斯总统普京访问平壤…) and falls more than FEED_LAG_DAYS before the day the metadata
    states: the anniversary's event the lead recalls, not the publication."""
    if when.precision != "day" or stated.precision != "day" or not when.evidence:
        return False
    if not _recalled(date.fromisoformat(when.published), date.fromisoformat(stated.published)):
        return False
    span = when.evidence.rsplit(" [", 1)[0]
    return any(
        line.startswith(span) and line[len(span) : len(span) + 1] in ("，", ",")
        for line in text.splitlines()
    )


def in_zone(when: DateResult, zone: str | None) -> DateResult:
    """A date stated with a time in UTC (a page's metadata: 2024-11-01T17:26Z), told in the
    outlet's own zone (+08:00 for a Hong Kong paper: 2 November, 01:26): its day is the one
    the outlet printed. Any other date is returned as it is."""
    if not zone or zone == "+00:00" or when.precision != "day" or not when.published:
        return when
    if not (when.time or "").endswith("+00:00"):
        return when
    try:
        utc = datetime.fromisoformat(f"{when.published}T{when.time}")
        local = utc.astimezone(_tzinfo(zone))
    except (ValueError, KeyError):
        return when
    day = local.date().isoformat()
    offset = local.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}"  # (+0800 -> +08:00)
    clock = local.strftime("%H:%M:%S" if when.time.count(":") > 2 else "%H:%M") + offset
    told = zone if zone == offset else f"{zone}, {offset}"  # (America/New_York, -04:00)
    evidence = f"{when.evidence}; in the outlet's time ({told})"
    return DateResult(day, "day", evidence, day, day, clock)


_OFFSET = re.compile(r"[+-]\d\d:\d\d")


def _tzinfo(zone: str) -> tzinfo:
    """A fixed offset (+08:00) or a named zone that keeps summer time (America/New_York)."""
    if _OFFSET.fullmatch(zone):
        hours, minutes = int(zone[:3]), int(zone[0] + zone[4:6])
        return timezone(timedelta(hours=hours, minutes=minutes))
    return ZoneInfo(zone)


_BRACKET_DATELINE = re.compile(r"【[^【】]{0,60}】")  # 【希望之声2021年7月28日】
_DAY_DATELINE = re.compile(  # (記者…/台北 28 日電), 新华社北京7月28日电
    r"(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日\s*(?:[電电讯訊]|專電|专电)(?=\s*[()】〕]|\s|$)"
)
_URL_DATE = [
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    # (its day not the start of a slug: 共同网's /2019/05/8c3d1a7e2f54.html names May only)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})([/_.-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\dA-Za-z])"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?!\d)"),
]
# A news system's story number: the day, then its serial (中央社 202312190045.aspx, 中時
# 20250604001234-260408, 韩联社 ACK20240116003100881); weaker than the page's metadata.
_URL_SERIAL = re.compile(
    r"(?<!\d)(?P<y>199\d|20[0-3]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{4,9}(?!\d)"
)
STORY_NUMBER = "article url's story number"


def _url_date(url: str) -> DateResult | None:
    """A date in the article's own URL path or query (/20210318-..., /2021/07/28/, ?date=...)."""
    for rx in _URL_DATE:
        for m in rx.finditer(url):
            y, mo = int(m["y"]), int(m["m"])
            d = int(m["d"]) if "d" in rx.groupindex else None
            if d and "/" in m.group(0) and re.match(r"\.[A-Za-z]{3,5}\b", url[m.end() :]):
                d = None  # (a page named by digits: Blogger's /2017/11/15.html, from 火星-15型)
            try:
                date(y, mo, 1 if d is None else d)
            except ValueError:
                continue
            return _result(_Match(0, 0, m.group(0), y, mo, d, None, "url"), "article url")
    if m := _URL_MONTH_NAME.search(url):  # 自由時報's old archive: /2013/new/dec/14/today-int1.htm
        y, mo, d = int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"])
        with contextlib.suppress(ValueError):
            date(y, mo, d)
            return _result(_Match(0, 0, m.group(0), y, mo, d, None, "url"), "article url")
    for m in _URL_SERIAL.finditer(url):
        with contextlib.suppress(ValueError):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            date(y, mo, d)
            return _result(_Match(0, 0, m.group(0), y, mo, d, None, "url"), STORY_NUMBER)
    return None


_URL_MONTH_NAME = re.compile(
    rf"/(?P<y>(?:19|20)\d{{2}})/(?:[a-z]{{1,8}}/)?(?P<mon>{'|'.join(_MONTHS)})/(?P<d>\d{{1,2}})/",
    re.IGNORECASE,
)


def _short_year(url: str, month: int, day: int) -> date | None:
    """The day an address's path gives with its year in one or two digits (/4/4/23/), when its
    month and day are the dateline's: a short number alone is too weak to read as a year."""
    if m := re.search(rf"/(?P<y>\d{{1,2}})/0?{month}/0?{day}/", url):
        with contextlib.suppress(ValueError):
            return date(2000 + int(m["y"]), month, day)
    return None


def _epoch_date(epoch_ms: int) -> tuple[date, str]:
    dt = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    return dt.date(), dt.strftime("%H:%M:%S") + "+00:00"


def _before(limit: date, *, day: int, month: int | None) -> date | None:
    """The latest date on or before limit with that day (and month): a dateline's yearless date."""
    for back in range(0, 400 if month else 62):
        d = limit - timedelta(days=back)
        if d.day == day and (month is None or d.month == month):
            return d
    return None


# A date labelled as an update ("更新时间：2024-06-05 09:00", "Updated: June 5, 2024") is not the
# publication date when the header states another.
_UPDATED = re.compile(
    r"(?:最后更新|最後更新|更新|修改|修订|修訂|최종수정|수정|업데이트|last updated|updated|modified)\s*(?:时间|時間|日期|于|於|on|at)?"
    r"\s*[:：]?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})?"
    r"[ \t\d年月日/.:：\-–—T+Z,时時分秒上午下午APMapm()（）]{0,30}",  # (not past its line's end)
    re.IGNORECASE,
)


def editor_code(text: str) -> str | None:
    """中央社's editor's note with its day code, wherever the story's text has it (it closes
    the story, so the readers take it out with the editor's note): header evidence."""
    raw = text[-3000:]
    tail = raw.translate(_HALF_WIDTH_DIGITS)  # (its digits may be full-width: ８９０６１３)
    m = _EDITOR_CODE.search(tail) if re.search("編輯|编辑|譯者|译者|核稿|完", tail) else None
    return raw[m.start() : m.end()] if m else None  # (as printed)


_HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


_YEARLESS_TIME = re.compile(
    r"(?<![\d年/.-])(?P<m>\d{1,2})\s*(?:月|-|/)\s*(?P<d>\d{1,2})\s*日?\s*"
    r"(?P<h>\d{1,2})(?::|\s*[时時点點]\s*)(?P<mi>\d{2})(?!\d)"  # 15:20, 19时42分
)


def _yearless_time(header: str, month: int, day: int) -> str | None:
    """The time of a yearless day and time in the header (發布於 01月16日15:20) on that day."""
    for t in _YEARLESS_TIME.finditer(header):
        if (int(t["m"]), int(t["d"])) == (month, day) and int(t["h"]) < 24:
            return f"{int(t['h']):02d}:{t['mi']}"
    return None


def time_on_day(text: str, day: str) -> str | None:
    """The time text prints with the yearless month-day of day ('YYYY-MM-DD'): a list item's
    (11月29日 23:05) when its address gives the year."""
    d = date.fromisoformat(day)
    return _yearless_time(text, d.month, d.day)


def article_date(
    text: str,
    *,
    url: str | None = None,
    epoch_ms: int | None = None,
    header: str | None = None,
    posted: str | None = None,
) -> DateResult:
    """The publication date of one article, most trustworthy source first.

    1. header (title/dateline lines); 2. a bracketed dateline anywhere (【outlet 2021年7月28日】);
    3. a date in the first LEAD_CHARS of the text; 4. the article's own url; 5. a yearless
    dateline ((記者…台北 28 日電)) completed from the url/feed date or the day a copy was
    `posted` or saved (forum post, clipping, archive capture); 6. the first full date in the
    body, unless it is after the feed timestamp or more than FEED_LAG_DAYS before it (an
    event the story recalls); 7. the feed timestamp (UTC).
    The url outranks a date deep in the body because body dates are often about other events.
    """
    if header:
        # (an update label is removed line by line: its date never runs into the next line's)
        m = _first(_clean(_UPDATED.sub(" ", header)), months=True) or _first(
            _clean(header), months=True
        )
        if m and m.day and not m.time:  # the day from a code, its time printed without the year
            m = replace(m, time=_yearless_time(header, m.month, m.day))
        if m:
            return _result(m, "header")
    body = _clean(text)
    for b in _BRACKET_DATELINE.finditer(body):
        m = _first(b.group(0), months=True)
        if m:
            return _result(m, "dateline")
    feed = _epoch_date(epoch_ms) if epoch_ms is not None else None
    # (the lead picture and its caption are not the lead: a caption's day is the picture's)
    lead = _clean(_PICTURE_LINES.sub("", text)) if text.lstrip().startswith(("![", "[![")) else body
    m = _first(lead[:LEAD_CHARS], months=False)
    if m and not (feed and m.day and _recalled(date(m.year, m.month, m.day), feed[0])):
        return _result(m, "lead")
    from_url = _url_date(url) if url else None
    if from_url and from_url.precision == "day":
        day = date.fromisoformat(from_url.published)
        if header and (at := _yearless_time(header, day.month, day.day)):
            # the url's day, printed with its time: 6月10日 19时42分
            return replace(from_url, time=at, evidence=f"{from_url.evidence}; time: header")
        return from_url
    dl = _DAY_DATELINE.search(body)
    if dl and dl["m"] and url and (short := _short_year(url, int(dl["m"]), int(dl["d"]))):
        # the address's path with the year short, then the dateline's month and day (大紀元:
        # /b5/4/4/23/n519436.htm for 【大紀元4月23日訊】): the year is the address's
        iso = short.isoformat()
        return DateResult(iso, "day", f"{dl.group(0)} [dateline day, year from url]", iso, iso)
    if dl and (from_url or feed or posted):
        if from_url:
            ref, how = date.fromisoformat(from_url.latest), "url"
        elif feed:
            ref, how = feed[0] + timedelta(days=1), "feed timestamp"
        else:
            ref, how = date.fromisoformat(posted), "the day it was posted or saved"
        month = int(dl["m"]) if dl["m"] else None
        d = _before(ref, day=int(dl["d"]), month=month)
        if d:
            iso = d.isoformat()
            return DateResult(
                iso, "day", f"{dl.group(0)} [dateline day, month from {how}]", iso, iso
            )
    for m in _explicit(body):
        if m.day is None:
            continue
        if feed and date(m.year, m.month, m.day) > feed[0] + timedelta(days=1):
            continue  # a future event, not the publication date
        if feed and _recalled(date(m.year, m.month, m.day), feed[0]):
            continue  # a past event (the 2018 agreement), long before the item was fed
        return _result(m, "body, first full date")
    if from_url:
        return from_url
    if feed:
        iso = feed[0].isoformat()
        return DateResult(iso, "day", f"<!--{epoch_ms}--> [feed timestamp, UTC]", iso, iso, feed[1])
    return NO_DATE


# --------------------------------------------------------------------------- list pages

_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEK = r"(?:周|週|星期|禮拜|礼拜)"
_WEEKDAY_DAY = [  # 周日(27 日), 上周五(11 日); and the reverse 27 日(周日)
    re.compile(
        r"(?P<rel>上|下|本|這|这)?\s*"
        + _WEEK
        + r"\s*(?P<wd>[一二三四五六日天])\s*\(\s*(?P<d>\d{1,2})\s*日?\s*\)"
    ),
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})\s*日\s*\(\s*(?P<rel>上|下|本)?"
        + _WEEK
        + r"\s*(?P<wd>[一二三四五六日天])\s*\)"
    ),
]
# report lag for a weekday form: the ordering of a list is by report day, the date is the event's
_LAG = {"上": (1, 13), "下": (-13, -1)}
_DAY_ONLY = [  # 今 (4) 日, 昨(3)日; 當地時間 26 日; 本月 5 日
    re.compile(r"(?P<rel>[今昨前])\s*\(\s*(?P<d>\d{1,2})\s*\)\s*日"),
    re.compile(r"(?P<rel>當地時間|当地时间|本月)\s*(?P<d>\d{1,2})\s*日"),
]
_DAY_OFFSET = {"今": (0, 0), "昨": (1, 1), "前": (2, 2)}  # report day minus event day
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]")
_YEAR_WORD = re.compile(
    r"(?<![\d~〜至到-])(?P<y>(?:19|20)\d{2})\s*年(?!\s*\d|\s*(?:代|以|前|後|后|起|至|到|間|间))"
)
_COUNT = re.compile(r"第?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<unit>天|週年|周年)")
# Start dates of events that news counts days or anniversaries from (simplified and traditional).
_EVENTS = [
    (
        re.compile(r"俄[烏乌](?:戰爭|战争)|[烏乌]克[蘭兰](?:戰爭|战争)|入侵[烏乌]克[蘭兰]"),
        date(2022, 2, 24),
    ),
    (re.compile(r"韓戰|韩战|朝鮮戰爭|朝鲜战争|抗美援朝"), date(1950, 6, 25)),
    (re.compile(r"停戰|停战"), date(1953, 7, 27)),
    (re.compile(r"以哈戰爭|以哈战争|加薩戰爭|加沙战争"), date(2023, 10, 7)),
    (re.compile(r"(?:北韓|北韩|朝鮮|朝鲜)建(?:國|国|政)"), date(1948, 9, 9)),
    (re.compile(r"(?:勞動黨|劳动党)(?:成立|建黨|建党)"), date(1945, 10, 10)),
    (re.compile(r"光復節|光复节|(?:朝鮮|朝鲜|韓國|韩国)光(?:復|复)"), date(1945, 8, 15)),
    (re.compile(r"金日成(?:誕辰|诞辰)"), date(1912, 4, 15)),
    (re.compile(r"金正日(?:誕辰|诞辰)"), date(1942, 2, 16)),
    (re.compile(r"金正日(?:逝世|去世)"), date(2011, 12, 17)),
    (re.compile(r"金日成(?:逝世|去世)"), date(1994, 7, 8)),
    (re.compile(r"延坪(?:島|岛)"), date(2010, 11, 23)),
    (re.compile(r"天安(?:艦|舰)"), date(2010, 3, 26)),
    (re.compile(r"板門店宣言|板门店宣言"), date(2018, 4, 27)),
    (re.compile(r"新加坡(?:峰會|峰会|首腦會談|首脑会谈)"), date(2018, 6, 12)),
]
W_YEAR, W_COUNT, W_MENTION = 1, 5, 1  # anchor weights, per day outside the anchor's interval
_FAR = date(MAX_YEAR, 12, 31)  # an open term's end


@dataclass
class _Anchor:
    lo: date
    hi: date
    weight: int
    note: str

    def cost(self, d: int) -> int:
        return self.weight * max(0, self.lo.toordinal() - d, d - self.hi.toordinal())


@dataclass
class _Item:
    kind: str | None = None  # 'weekday' | 'full' | 'month-day' | 'day' | None
    span: str = ""
    cands: list[int] = field(default_factory=list)  # date ordinals, ascending
    lag: tuple[int, int] = (0, 0)  # report day minus event day
    day: int = 0  # for kind 'day'
    time: str | None = None
    anchors: list[_Anchor] = field(default_factory=list)


@lru_cache(maxsize=256)
def _weekday_cands(weekday: int, day: int) -> tuple[int, ...]:
    """Every date in the window that is that day of month and that weekday."""
    out = []
    for y in range(MIN_YEAR, MAX_YEAR + 1):
        for m in range(1, 13):
            try:
                d = date(y, m, day)
            except ValueError:
                continue
            if d.weekday() == weekday:
                out.append(d.toordinal())
    return tuple(out)


def _month_len(year: int, month: int) -> int:
    return ((date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)).day


def _month_day_cands(month: int, day: int) -> list[int]:
    out = []
    for y in range(MIN_YEAR, MAX_YEAR + 1):
        if day <= _month_len(y, month):
            out.append(date(y, month, day).toordinal())
    return out


def _anchors(text: str) -> list[_Anchor]:
    """Hints at an item's year: 'YYYY 年<event>', counts from known events (1,000 天, 75 週年),
    an officeholder named with the title (總統尹錫悅: during that term)."""
    out = [
        _Anchor(date.fromisoformat(first), date.fromisoformat(last) if last else _FAR, W_YEAR, note)
        for first, last, note in office_terms(text)
    ]
    for m in _YEAR_WORD.finditer(text):
        y = int(m["y"])
        if MIN_YEAR <= y <= MAX_YEAR:
            out.append(_Anchor(date(y, 1, 1), date(y, 12, 31), W_YEAR, m.group(0)))
    for m in _COUNT.finditer(text):
        window = text[max(0, m.start() - 14) : m.start()]
        hits = [(k.end(), start) for rx, start in _EVENTS for k in rx.finditer(window)]
        if not hits:
            continue
        start = max(hits)[1]  # the event named nearest the number: 韓戰停戰 70 週年 is the truce
        n = int(m["n"].replace(",", ""))
        if m["unit"] == "天":
            d, slack = start + timedelta(days=n), 1
        else:
            try:
                d, slack = start.replace(year=start.year + n), 10
            except ValueError:
                continue
        if MIN_YEAR <= d.year <= MAX_YEAR:
            lo, hi = d - timedelta(days=slack), d + timedelta(days=slack)
            out.append(_Anchor(lo, hi, W_COUNT, f"{window.strip()}{m.group(0)} = {d}"))
    return out


def _parse_item(raw: str) -> _Item:
    """The item's own date form (weekday+day > full date > month+day > day only; a full date
    with its time first) and anchors."""
    text = _clean(raw)
    item = _Item(anchors=_anchors(text))
    full = [m for m in _explicit(text) if m.day is not None]
    taken = [(m.start, m.end) for m in full]
    weekday_hits = [
        m
        for rx in _WEEKDAY_DAY
        for m in rx.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)  # 2024年11月20日(周三)
        and _weekday_cands(_WD[m["wd"]], int(m["d"]))
    ]
    if weekday_hits and not any(m.time for m in full):  # (a stamp with its time is the item's)
        m = min(weekday_hits, key=lambda h: h.start())
        item.kind, item.span = "weekday", m.group(0)
        item.cands = list(_weekday_cands(_WD[m["wd"]], int(m["d"])))
        item.lag = _LAG.get(m["rel"] or "", (0, 0))
    if item.kind:
        mentioned = full
    elif full:
        m, mentioned = full[0], full[1:]
        d = date(m.year, m.month, m.day)
        item.kind, item.span, item.cands, item.time = "full", m.span, [d.toordinal()], m.time
    else:
        mentioned = []
        md = next(
            (m for m in _MONTH_DAY.finditer(text) if _month_day_cands(int(m["m"]), int(m["d"]))),
            None,
        )
        if md:
            item.kind, item.span = "month-day", md.group(0)
            item.cands = _month_day_cands(int(md["m"]), int(md["d"]))
        else:
            hits = [m for rx in _DAY_ONLY for m in rx.finditer(text) if 1 <= int(m["d"]) <= 31]
            if hits:
                m = min(hits, key=lambda h: h.start())
                item.kind, item.span, item.day = "day", m.group(0), int(m["d"])
                item.lag = _DAY_OFFSET.get(m["rel"], (0, 1))
    for m in mentioned:  # another dated event: the item is probably within a year of it
        d = date(m.year, m.month, m.day)
        item.anchors.append(
            _Anchor(d - timedelta(days=365), d + timedelta(days=365), W_MENTION, m.span)
        )
    return item


_Elem = tuple[list[int], list[int], tuple[int, int]]  # candidate ordinals, their costs, report lag


def _solve(elems: list[_Elem]) -> tuple[float, list[int | None]]:
    """Cheapest date per element, newest first, and None where the optimum is not unique.

    Cost = time spanned (top date - bottom date, a telescoping sum of gaps) + anchor costs, with
    the hard rule that report days never increase down the list (lag = report day - event day).
    A forward and a backward pass (prefix/suffix minima over sorted candidates, O(k log k) per
    element) give the best total through every candidate, so ties, e.g. the same weekday pattern
    28 years apart with nothing to fix the year, are seen and left undated.
    """
    if not elems:
        return 0.0, []
    n = len(elems)
    fwd: list[list[float]] = [list(map(float, elems[0][1]))]
    for q in range(1, n):
        (xp, _, (_, hi_p)), (xq, pq, (lo_q, _)) = elems[q - 1], elems[q]
        suffix = [math.inf] * (len(xp) + 1)  # min over c' >= xp[j] of F(c') + c'
        for j in range(len(xp) - 1, -1, -1):
            suffix[j] = min(suffix[j + 1], fwd[q - 1][j] + xp[j])
        fwd.append([pq[j] - c + suffix[bisect_left(xp, c + lo_q - hi_p)] for j, c in enumerate(xq)])
    bwd: list[list[float]] = [[] for _ in range(n)]
    bwd[-1] = list(map(float, elems[-1][1]))
    for p in range(n - 2, -1, -1):
        (xp, pp, (_, hi_p)), (xq, _, (lo_q, _)) = elems[p], elems[p + 1]
        prefix = [math.inf]  # prefix[j + 1] = min over c'' <= xq[j] of B(c'') - c''
        for j, c in enumerate(xq):
            prefix.append(min(prefix[-1], bwd[p + 1][j] - c))
        bwd[p] = [pp[j] + c + prefix[bisect_right(xq, c + hi_p - lo_q)] for j, c in enumerate(xp)]
    best = min(fwd[-1])
    chosen: list[int | None] = []
    for (xs, pens, _), f, b in zip(elems, fwd, bwd, strict=True):
        hits = [c for c, fv, bv, pv in zip(xs, f, b, pens, strict=True) if fv + bv - pv == best]
        chosen.append(hits[0] if len(hits) == 1 and best < math.inf else None)
    return best, chosen


def _solve_robust(elems: list[_Elem], fixed: set[int]) -> list[int | None]:
    """_solve, and if the list cannot be ordered (a pinned or misfiled item), drop the one element
    whose removal costs least (an explicit date keeps its day all the same: a digest's items
    need not be in order); failing that, keep only the elements in fixed (explicit dates)."""
    best, chosen = _solve(elems)
    if best < math.inf:
        return chosen
    tries = []
    for k in range(len(elems)):
        b, c = _solve(elems[:k] + elems[k + 1 :])
        if b < math.inf:
            tries.append((b, k, [*c[:k], elems[k][0][0] if k in fixed else None, *c[k:]]))
    if tries:
        return min(tries, key=lambda t: t[:2])[2]
    return [elems[k][0][0] if k in fixed else None for k in range(len(elems))]


_RULE = {"weekday": "weekday+day", "full": "explicit date", "month-day": "month+day"}


# Times a page prints relative to the day it was shown: 昨天 21:40, 前天, 2小时前, 刚刚.
_RELATIVE_DAY = re.compile(
    r"(?P<word>今天|今日|昨天|昨日|前天)|(?P<n>\d{1,2})\s*(?:小时|小時|分钟|分鐘)前|刚刚|剛剛"
)


def relative_phrase(text: str) -> str | None:
    """The first relative time in text (昨天, 2小时前), for evidence."""
    m = _RELATIVE_DAY.search(text)
    return m.group(0) if m else None


def month_day_before(text: str, limit: str) -> str | None:
    """The day a month-day (12月31日) names, in the year that puts it on or before `limit`
    ('YYYY-MM-DD'): the latest such day. None when the text names no month-day."""
    m = _MONTH_DAY.search(text)
    if not m:
        return None
    d = _before(date.fromisoformat(limit), day=int(m["d"]), month=int(m["m"]))
    return d.isoformat() if d else None


def with_page_day(text: str, day: str) -> str:
    """Text whose relative times are written as dates of the page's day ('YYYY-MM-DD'):
    昨天 21:40 -> 2024年06月02日 21:40; 2小时前 -> 2024年06月03日 (the day it was shown); a
    yearless 06-19 14:05 as 6月19日 14:05, which the page's day then dates."""
    today = date.fromisoformat(day)

    def absolute(m: re.Match) -> str:
        back = {"昨天": 1, "昨日": 1, "前天": 2}.get(m["word"] or "", 0)
        return f"{today.fromordinal(today.toordinal() - back):%Y年%m月%d日}"

    # a list's yearless numeric time (06-19 14:05) as the month-day it is (6月19日 14:05)
    text = _NUMERIC_MONTH_DAY.sub(lambda m: f"{int(m['m'])}月{int(m['d'])}日 {m['t']}", text)
    return _RELATIVE_DAY.sub(absolute, text)


_NUMERIC_MONTH_DAY = re.compile(
    r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])\s+(?P<t>\d{1,2}:\d{2})(?!\d)"
)


def list_dates(items: list[str], *, reference: str | None = None) -> list[DateResult]:
    """Dates of the items of a list page ordered newest first.

    Items stating a weekday+day, a month+day or a full date get the cheapest consistent dates
    (see _solve); anchors (a year named in the item, N 天 / N 週年 since a known event, another
    full date) fix the years, and reference ('YYYY-MM-DD') bounds the newest item. An item with
    a day only (今 (4) 日) is dated when exactly one such day lies between its dated neighbours.
    Other items get precision 'range' with the neighbours' bounds.
    """
    parsed = [_parse_item(t) for t in items]
    elems: list[_Elem] = []
    where: list[int | None] = []
    if reference:
        elems.append(([date.fromisoformat(reference).toordinal()], [0], (0, 0)))
        where.append(None)
    for i, it in enumerate(parsed):
        if it.kind in _RULE:
            elems.append((it.cands, [sum(a.cost(c) for a in it.anchors) for c in it.cands], it.lag))
            where.append(i)
    fixed = {k for k, i in enumerate(where) if i is not None and parsed[i].kind == "full"}
    dated: dict[int, int] = {}
    for i, c in zip(where, _solve_robust(elems, fixed), strict=True):
        if i is not None and c is not None:
            dated[i] = c
    ref = date.fromisoformat(reference).toordinal() if reference else None

    def bounds(j: int) -> tuple[int | None, int | None]:
        """Report-day bounds for item j from the dated items around it."""
        below = [
            dated[i] + min(parsed[i].lag[0], 0) for i in range(j + 1, len(parsed)) if i in dated
        ]
        above = [dated[i] + parsed[i].lag[1] for i in range(j) if i in dated]
        return (below[0] if below else None), min(above, default=ref)

    for j, it in enumerate(parsed):
        if it.kind != "day":
            continue
        lo, hi = bounds(j)
        if lo is None or hi is None:
            continue  # a day with no month: without both neighbours it is a guess
        fits = [
            c
            for c in range(lo - it.lag[1], hi - it.lag[0] + 1)
            if date.fromordinal(c).day == it.day
        ]
        if len(fits) == 1:
            dated[j] = fits[0]

    out = []
    for j, it in enumerate(parsed):
        if j in dated:
            iso = date.fromordinal(dated[j]).isoformat()
            notes = [a.note for a in it.anchors if a.cost(dated[j]) == 0]
            if it.kind == "day":
                rule = "day only, month from neighbours"
            else:
                rule = _RULE[it.kind] + (", event day" if it.lag != (0, 0) else "") + ", list order"
            if it.kind != "full":  # an explicit date needs no anchor
                rule += "".join(f"; anchor {n}" for n in notes)
            time = it.time if it.kind == "full" else None
            out.append(DateResult(iso, "day", f"{it.span} [{rule}]", iso, iso, time))
            continue
        lo, hi = bounds(j)
        if lo is None and hi is None:
            out.append(NO_DATE)
            continue
        why = f"{it.span} [ambiguous; " if it.kind else "["
        out.append(
            DateResult(
                None,
                "range",
                why + "between dated neighbours in list order]",
                date.fromordinal(lo).isoformat() if lo is not None else None,
                date.fromordinal(hi).isoformat() if hi is not None else None,
            )
        )
    return out
