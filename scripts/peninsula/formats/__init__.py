"""Raw file formats: each module turns one kind of raw text into `Doc`s; `detect` picks one."""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning


@dataclass
class Doc:
    """What a format reader finds in one article, before fields are resolved."""

    title: str | None = None
    title_source: str | None = None  # headline | first_sentence | first_clause
    body: str = ""  # clean Markdown, without the title
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)  # url, caption, credit
    links: list[dict] = field(default_factory=list)  # title, url, kind
    url: str | None = None  # the original article's address
    republisher: str | None = None
    republished_url: str | None = None
    site_name: str | None = None  # the site the file was saved from
    header: str = ""  # datelines and bylines: short paragraphs at the top (see dateline_text)
    date_hints: list[str] = field(default_factory=list)  # date-only lines removed from the body
    bylines: list[str] = field(default_factory=list)  # short meta/byline blocks of the page
    epoch_ms: int | None = None  # feed timestamp of an RSS archive entry
    meta: dict = field(default_factory=dict)  # <meta> values: author, published_time, section
    headlines: list[dict] = field(default_factory=list)  # an index page's items: title, url, text
    stories: list[str] = field(default_factory=list)  # a page of whole stories: each as a page


_RSS_HEAD = re.compile(r"\A\s*<!--\s*\d{10,13}\s*-->\s*\n\s*\[[^\]\n]*\]\([^)\s]*\)\s*\n\s*-{3,}")
# An RSS or Atom feed file: its root element, after an XML declaration and comments.
_FEED_ROOT = re.compile(
    # (after the XML declaration, comments and stylesheet instructions: <?xml-stylesheet …?>)
    r"\A\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.S,
)
# An Evernote export's root element (formats/enex.py).
_ENEX_ROOT = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*<en-export\b", re.S
)
# A clipper's front matter: ---, then a "key:" line (or TOML's: +++, then a "key =" line).
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:---[ \t]*\n[A-Za-z_][\w-]*:|\+\+\+[ \t]*\n[A-Za-z_][\w-]*[ \t]*=)"
)
_TAG = re.compile(
    r"<(?:html|head|body|div|p|span|a|h[1-6]|ul|ol|li|br|img|figure|article|section|table|meta)\b",
    re.IGNORECASE,
)


# A CSV file's header: five or more quoted names a comma apart ("Key","Item Type","Title",…).
_CSV_HEAD = re.compile(r'"[^"<>\n]{1,40}"(?:,"[^"<>\n]{0,40}"){4,}\r?\n')


def detect(text: str) -> str:
    """Name the format from the content: 'rss' archive entry, 'clipping' (Markdown under a YAML
    front matter block), 'feed' (an RSS or Atom XML file), 'html' page or fragment, or 'text'."""
    if _RSS_HEAD.match(text):
        return "rss"
    if _FRONT_MATTER.match(text):
        return "clipping"
    if _FEED_ROOT.match(text[:4000]):
        return "feed"
    if _ENEX_ROOT.match(text[:4000]):
        return "enex"
    if _CSV_HEAD.match(text.lstrip("\ufeff")):
        return "text"  # a table of articles (CSV) whose cells may hold HTML (Zotero's notes)
    head = text[:200_000]
    tags = len(_TAG.findall(head))
    if tags >= 3 and (head.lstrip().startswith("<") or tags * 2000 >= len(head)):
        return "html"
    return "text"


# A line or block that is only a date or time: the dateline of a page or a copied text
# ("2024年6月2日 星期日 10:30", "2024-06-02", "06/02 10:30", "Sun, 02 Jun 2024 10:30:00 GMT").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (a time of day in words: 晚上7点02分, 凌晨3點)
_DATE_CHARS = r"[\s\d０-９年月日/.:：\-–—T+Z,时時分秒上午下午晚早中凌晨傍点點AMPMampm()（）]"
# a time zone printed between the date and the time (2024-12-11 HKT 10:35)
_ZONE = (
    r"(?:HKT|KST|JST|CST|BJT|GMT|UTC|EST|EDT|PST|PDT|CET|CEST|BST"
    r"|(?:北京|美东|美東|首尔|首爾|东京|東京|台北|臺北|香港|莫斯科|平壤|当地|當地)(?:时间|時間))"
)
# A Korean site's labels, also in its Chinese edition's words (등록 / 登录 / 登记 2024-05-27 10:25 KST:
# registered; 입력: entered; 수정 / 修改: modified), one or two on a line.
_SITE_LABEL = (
    r"(?:(?:등록|입력|기사입력|수정|최종수정|승인|업데이트|登录|登錄|登记|登記|修改|Write|Update|Input|Edit"
    r"|更新|更新于|更新於|最后更新|最後更新|发布|發布|發佈|发表|發表)"
    r"\s*[:：]?\s*)"  # (KBS: Write: … Update: …; 2024-12-03 23:15 | 更新 2024-12-04 01:32)
)
# the page's age before its date (2小时前 · 2024-12-03 23:15)
_AGO = r"(?:(?:\d+\s*(?:分钟|分鐘|小时|小時|天)前|昨天|刚刚|剛剛)\s*[·•|｜]\s*)?"
# when the page was last updated, as its age: 更新于 43 分钟前
_UPDATED_AGO = r"(?:更新于|更新於|更新)\s*\d+\s*(?:分钟|分鐘|小时|小時|天)前"
# (a paper's top bar may add the lunar day: 2013年2月13日 星期三 农历癸巳年正月初四)
_LUNAR = r"(?:\s*(?:农历|農曆)[\u4e00-\u9fff]{2,9})?"
# (North Korea's sites add the Juche year after the day: 2024年6月14日 星期五 主体113年)
_JUCHE = r"(?:\s*(?:主体|主體)\d{1,3}年)?"
_DAY = (
    rf"(?:主体|主體|令和|平成)?{_DATE_CHARS}*(?:(?:星期|週|周)[一二三四五六日天])?{_DATE_CHARS}*"
    rf"(?:{_ZONE}{_DATE_CHARS}*)?{_LUNAR}{_JUCHE}"
)
_DATE_ONLY = re.compile(
    # 主体113(2024)年5月31日: North Korea's calendar before the year
    rf"{_AGO}{_SITE_LABEL}?{_DAY}(?:[|｜·•]?\s*{_SITE_LABEL}{_DAY})?"  # (입력 … | 수정 …)
    rf"(?:[/|｜·•]\s*{_UPDATED_AGO})?"  # (路透: 2020年6月16日 / 晚上7点02分 / 更新于 43 分钟前)
    # (labelled as an English edition prints it: Posted March. 07, 2025 08:12, Updated …)
    rf"|((Posted|Updated|Published|Last updated|Modified)( on)?:? )?([A-Za-z]{{3,9}},? )?"
    rf"(\d{{1,2}} {_MONTH} \d{{4}}|{_MONTH} \d{{1,2}}(st|nd|rd|th)?, \d{{4}})"
    r"(,?\s*(at\s*)?\d{1,2}:\d{2}(:\d{2})?\s*([AaPp]\.?[Mm]\.?)?\s*(GMT|UTC|Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?,?"
)
# More than a bare number (a span holding "3000" inside a sentence is not a date).
_DATE_NUMBERS = re.compile(
    rf"\d{{2,4}}\s*年\s*\d|\d{{4}}\s*年|\d{{4}}\D+\d|\d{{1,2}}[/.-]\d{{1,2}}|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|{_MONTH} \d|\d {_MONTH}"
)


def read_html(markup: str, **options) -> BeautifulSoup:
    """Markup parsed as HTML, also when it is XML (a wire's NewsML, XHTML, an Evernote note's
    ENML): read so on purpose, bs4's advice to use an XML parser is no news to the build."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(markup, "lxml", **options)


def pandoc_plain(text: str) -> str:
    """Markdown written by pandoc (a Word document converted) without pandoc's own marks: its
    autolinks (<https://…>), attributes ({width="0.9in"}, {.underline}), empty anchors
    ([]{#_Hlk179896521 .anchor}), escaped bars and hard line breaks (a backslash at the end)."""
    if "]{" not in text and "){" not in text and "<http" not in text:
        return text  # (most texts have none: test first)
    text = _PANDOC_ANCHOR.sub("", text)
    text = _PANDOC_SPAN.sub(r"\g<words>", text)  # [广告]{.underline}: its words
    text = _PANDOC_ATTRS.sub("", text)
    text = _AUTOLINK.sub(r"\g<url>", text)
    text = _SIMPLE_TABLE_RULE.sub("", text)  # (a simple table's rules: its rows stay, as lines)
    return re.sub(r"\\(?=\n)", "", text.replace("\\|", "|"))


_PANDOC_ANCHOR = re.compile(r"\[\]\{#[^{}\n]*\}")
_PANDOC_SPAN = re.compile(r"(?<![!\]])\[(?P<words>[^\[\]\n]+)\]\{[.#][^{}\n]*\}")
_PANDOC_ATTRS = re.compile(r"(?<=[)\]])\{(?:[.#][\w-]+|\w+=)[^{}\n]*\}")
_AUTOLINK = re.compile(r"<(?P<url>https?://[^\s<>]+)>")
_SIMPLE_TABLE_RULE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*\n?", re.MULTILINE)


def is_date_only(text: str) -> bool:
    """True for a short line that holds a date (a year with more, or a month and day) and nothing else:
    the readers keep it as date evidence rather than body text. One rule for every format."""
    text = text.strip()
    return len(text) <= 60 and bool(_DATE_ONLY.fullmatch(text) and _DATE_NUMBERS.search(text))


# What only a caption opens with: 资料图片：…, 资料照片：…, 图为…, 圖：…
CAPTION_START = re.compile(
    r"^(?:资料图片|資料圖片|资料照片|資料照片|档案照片|檔案照片|资料图|資料圖|图为|圖為|图片|圖片|图|圖)\s*[:：]"
    r"|^(?:图为|圖為)"
)
# A portal's mark after the headline that the story has pictures or a video: (图), （组图）, (附视频)
MEDIA_MARK = re.compile(
    r"\s*[(（]\s*(?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|附视频|附視頻|图表|圖表)\s*[)）]$"
)
# A page's label of what the story is before its headline: [视频]…, 【图集】…
MEDIA_LABEL = re.compile(r"^[\[【]\s*(?:视频|視頻|图集|圖集|组图|組圖|直播|音频|音頻)\s*[\]】]\s*")
HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
HANGUL = re.compile(r"[\uac00-\ud7a3]")  # a Korean syllable
BARE_URL = re.compile(r"https?://[^\s<>\"]+")  # an address written out in text
FULL_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")  # a year, month and day


def transcript(said: list[str]) -> str:
    """Spoken lines (a video's transcript, a subtitle track's cues) as a body: joined with
    spaces, ten to a paragraph, as they carry no punctuation to break at."""
    return "\n\n".join(" ".join(said[i : i + 10]) for i in range(0, len(said), 10)) + "\n"


# A forwarded mail's original under the forwarder's note (Outlook, Gmail, Foxmail).
FORWARDED = re.compile(
    r"^[-—_\s]*(?:原始邮件|原始郵件|original message|forwarded message|转发的邮件|轉寄的郵件"
    r"|转发的消息|轉寄的訊息|轉寄訊息)[-—_\s]*$",  # (Thunderbird's: -------- 转发的消息 --------)
    re.IGNORECASE | re.MULTILINE,
)
# A line of hashtags under a post or a story (#朝鲜 #韩国, #北韓#金正恩#南韓): its topics.
# A tag's page on a site (/tag/北韓, /tagging/2/南韓, /keywords_…): its links are tags.
SECTION_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a section's word alone: 國際, 全球
MD_PICTURE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")  # a Markdown picture: ![alt](src)
TAG_HREF = re.compile(r"/(?:tag|tags|tagging|topic|keyword)s?[/_]")
# A writer's page on a site (/author/…, /reporter/1843, 澎湃's /user_3182211, DW's /person-61234970)
WRITER_HREF = re.compile(
    r"//author\.|/(?:author|reporter|journalist|columnist|writer|byline)s?[/_-]|/persons?[/-]|/user_\d"
    r"|/(?:作者|%E4%BD%9C%E8%80%85)/"  # (RFI's: /cn/作者/艾米/, maybe percent-encoded)
    r"|\.\w{2,6}/@[\w.-]+(?:[/?#]|$)",  # (a writer's handle: Medium's, Matters' /@linyizhou)
    # (not a person's topic page: Sputnik's /person_Kim_Jong_un/)
    re.IGNORECASE,
)
HASHTAG_LINE = re.compile(r"(?:#[^#\s]{1,30}#?[ \t]*){1,15}")  # (Weibo's close theirs: #朝鲜#)


def quoted_story(paragraphs: list[str]) -> bool:
    """A news story quoted whole in a post (a 知乎 answer's or a column's blockquote): its own
    headline first (short, no sentence), three paragraphs of a story's text, and its own date
    or source line among its first or last lines. A statement quoted in a story has neither a
    headline nor a source line of its own."""
    if len(paragraphs) < 4:
        return False
    head = paragraphs[0].strip("*_ ")
    if not 6 <= len(head) <= 60 or re.search(r"[。！？!?]$", head):
        return False
    if sum(len(p) >= 40 for p in paragraphs[1:]) < 3:
        return False
    ends = [*paragraphs[1:4], *paragraphs[-3:]]
    return any((len(p) <= 40 and FULL_DATE.search(p)) or _QUOTE_SOURCE.match(p) for p in ends)


_QUOTE_SOURCE = re.compile(r"(?:来源|來源|原文地址|原文链接|原文鏈接|原文網址|原文网址)\s*[:：]")
# An account's follow button over its post or article (+ 关注): chrome, never text.
FOLLOW_BUTTON = re.compile(r"[+＋]\s*(?:关注|關注|订阅|訂閱)")

# What a page's title adds after the headline: its sections and site, each after a bar, dash
# or colon (" | 國際 | 中央社 CNA", " : 国防 : 政治 : 韩民族日报").
# Factiva's field codes (HD headline, BY byline, PD date, SN source, LP and TD the text, …).
FACTIVA_CODES = frozenset({
    "HD", "BY", "WC", "PD", "ET", "SN", "SC", "LA", "CY", "LP", "TD", "CT", "RF", "CO", "IN", "NS",
    "RE", "IPC", "IPD", "PUB", "AN", "SE", "ED", "PG", "CR",
})  # fmt: skip
TITLE_TAIL = re.compile(r"(?:\s*[|｜:：–—-]\s*[^|｜:：]{1,20})+\s*")


def dateline_text(paragraphs: list[str], *, limit: int = 4, short: int = 80, lead: int = 40) -> str:
    """Datelines and bylines: short paragraphs among the first few ("【希望之声2021年7月28日】",
    "作者：林美華 | 2024-06-02") and the opening words of long ones ("（中央社記者…30日專電）…").
    The rest of a long paragraph is the story, whose dates are about its events. One line each."""
    return "\n".join(p if len(p) <= short else p[: _lead_end(p, lead)] for p in paragraphs[:limit])


def _lead_end(paragraph: str, lead: int) -> int:
    """Where a long paragraph's opening words end: after `lead` characters, or after the
    bracketed dateline it opens with when that is longer (【环球时报驻美国特约记者 杨柯 …
    环球时报记者 刘雨涵】: a name cut in two is another name)."""
    if paragraph[:1] in "【（(〔[":
        close = next((k for k, c in enumerate(paragraph[:100]) if c in "】）)〕]"), -1)
        return max(lead, close + 1)
    # (not in the middle of a date or time: …3小时前 （2025/02/27 09:41）)
    run = _DATE_RUN.match(paragraph, lead) if paragraph[lead - 1 : lead].isdigit() else None
    return run.end() if run else lead


_DATE_RUN = re.compile(r"[\d/:.\-年月日时時分]{1,12}(?:\s\d{1,2}:\d{2})?")


_JOPLIN_TAIL = re.compile(r"(?:\n[a-z_]{2,24}:[^\n]*)+\ntype_:[ \t]*\d+[ \t]*\n?\Z")
_JOPLIN_FIELD = re.compile(r"^(?P<key>[a-z_]{2,24}):[ \t]*(?P<value>.*)$", re.MULTILINE)


def joplin_fields(text: str) -> tuple[str, dict[str, str]]:
    """Joplin's raw export: the note, then its fields a line each to the end (id: …,
    created_time: …, source_url: …, type_: 1). The text without them, and its clipped page's
    address (url) and the day it was clipped (created); the text as it is otherwise."""
    tail = _JOPLIN_TAIL.search(text) if "type_:" in text[-40:] else None  # (most texts: no)
    if tail is None:
        return text, {}
    fields = {m["key"]: m["value"].strip() for m in _JOPLIN_FIELD.finditer(tail.group())}
    if "id" not in fields or "created_time" not in fields:
        return text, {}
    found = {"created": fields["created_time"][:10]}
    if fields.get("source_url", "").startswith(("http://", "https://")):
        found["url"] = fields["source_url"]
    return text[: tail.start()].rstrip() + "\n", found


def json_list(raw: str, key: str) -> tuple[dict, list] | None:
    """A JSON object and the list under its key (a JSON Feed's items, a chat export's
    messages), or None when the text is no such object."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    entries = data.get(key) if isinstance(data, dict) else None
    return (data, entries) if isinstance(entries, list) else None


def menu_row(line: str) -> bool:
    """A row of menu words between bars or tabs: 登录 | 注册 | 网站地图, 조선어 | 中文 | English,
    首页<tab>政治<tab>经济 (a menu bar copied from a browser), 首页  日本  政治 (its items
    spaced: three or more)."""
    parts = [p.strip() for p in re.split(r"[|｜\t]", line) if p.strip()]
    if len(parts) > 2 and FULL_DATE.search(parts[-1]):
        # (the day's date after it: 登录 | 注册 | 订阅电子报<tab><tab>2024年11月25日 星期一)
        parts = parts[:-1]
    if len(parts) < 2:
        parts = re.split(r"\s{2,}|\u3000", line.strip())
        parts = parts if len(parts) >= 3 else []
    if len(parts) < 2 and len(words := line.split()) >= 6 and all(len(w) <= 4 for w in words):
        return True  # 搜狐首页 新闻 体育 汽车 房产 旅游: a menu's words copied a space apart
    return len(parts) >= 2 and all(0 < len(p) <= 8 for p in parts)
