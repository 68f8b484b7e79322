"""Fields read from an article's text and furniture: language, outlet, republisher, author.

Each rule reads a place where the field is stated (a dateline, a byline, the site's own address);
a name merely cited in the body ("据《路透社》报导") is a source, not the outlet. When the text
does not say, the field stays None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import parse_qs, urlparse

import opencc
import yaml

from .clean import EPAPER_BAR, INTERN, REPORTED_AT, TAG_LABELS, is_boilerplate
from .textnorm import fold, has_cjk, plain_text

_HAN_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
_HAN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _HAN_RANGES) + "]")
_LATIN = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _script_marks() -> tuple[re.Pattern, re.Pattern]:
    """Patterns for the Han characters that OpenCC t2s changes (traditional-only) and those s2t
    changes (simplified-only), each character converted on its own. Counting them with a regex
    is several times cheaper than converting every article's text twice."""
    chars = [chr(c) for a, b in _HAN_RANGES for c in range(a, b + 1)]
    joined = "\n".join(chars)  # one call each; phrases never span a line break
    marks = []
    for config in ("t2s", "s2t"):
        converted = opencc.OpenCC(config).convert(joined).split("\n")
        assert len(converted) == len(chars), config
        changed = "".join(c for c, o in zip(chars, converted, strict=True) if o != c)
        marks.append(re.compile(f"[{changed}]"))
    return marks[0], marks[1]


_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def language(text: str) -> str | None:
    """zh-Hant / zh-Hans by which script's distinctive characters dominate; en when no Chinese;
    ja or ko when kana or Hangul show the text is Japanese or Korean.
    The first 3,000 characters decide: a script does not change halfway through an article."""
    text = text[:3000]
    han = "".join(_HAN.findall(text))
    # Japanese writes kana between its kanji, Korean writes Hangul: neither is Chinese text.
    kana, hangul = len(_KANA.findall(text)), len(_HANGUL.findall(text))
    if kana >= 5 and kana * 5 >= len(han):
        return "ja"
    if hangul >= 5 and hangul > len(han):
        return "ko"
    latin_words = len(_LATIN.findall(text))
    if len(han) < 20 and latin_words > len(han):
        return "en" if latin_words >= 5 else None
    if not han:
        return None
    traditional, simplified = _script_marks()
    trad_only = traditional.subn("", han)[1]
    if not trad_only:  # nothing traditional: simplified whatever else it has
        return "zh-Hans"
    simp_only = simplified.subn("", han)[1]
    return "zh-Hant" if trad_only > simp_only else "zh-Hans"


@lru_cache(maxsize=1)
def outlets() -> list[dict]:
    text = resources.files("peninsula").joinpath("data/outlets.yml").read_text("utf-8")
    return yaml.safe_load(text)


def domain(url: str | None) -> str:
    try:
        host = urlparse(url or "").netloc.lower().split(":")[0]
    except ValueError:  # not a well-formed address ("http://[")
        return ""
    return host[4:] if host.startswith("www.") else host


# News databases whose record pages researchers save: a record's address is the database's
# copy, not the original article's.
NEWS_DATABASES = {
    "udndata.com": "聯合知識庫 (udndata.com)",
    "cnki.net": "中国知网 (CNKI)",
    "data.people.com.cn": "人民日报图文数据库 (data.people.com.cn)",
    "wisers.net": "慧科 (WiseNews)",  # and its wisesearch.wisers.net
    "nexisuni.com": "Nexis Uni",
    "advance.lexis.com": "Nexis Uni",
    "global.factiva.com": "Factiva",
    "proquest.com": "ProQuest",
}


_DATABASE_HOST = re.compile("|".join(re.escape(d) for d in NEWS_DATABASES), re.IGNORECASE)


def news_database(url: str | None) -> str | None:
    """The news database an address belongs to (kns.cnki.net -> 中国知网), or None."""
    if not url or not _DATABASE_HOST.search(url):  # most addresses: no parsing
        return None
    host = domain(url)
    return next(
        (name for d, name in NEWS_DATABASES.items() if host == d or host.endswith("." + d)), None
    )


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {o["name"]: o["zone"] for o in outlets() if o.get("zone")}


def zone_of(outlet: str | None) -> str | None:
    """The UTC offset the outlet dates its stories in (outlets.yml), or None."""
    return _zones().get(outlet) if outlet else None


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    return frozenset(o["name"] for o in outlets() if o.get("platform"))


def site_outlet(site_name: str | None) -> str | None:
    """The known outlet a site's name names, unless it is a platform of accounts (百家号)."""
    named = known_outlet(site_name)
    return None if named in _platforms() else named


@lru_cache(maxsize=1)
def _domains() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for o in outlets():
        for d in o["domains"]:
            found.setdefault(d, o)  # (the first outlet listing a domain)
    return found


def outlet_for_domain(url: str | None) -> str | None:
    """The outlet whose domain the address is on (the most specific domain listed: a
    paper's app at nfapp.southcn.com before its group's southcn.com)."""
    host = domain(url)
    domains = _domains()
    while host:
        if (o := domains.get(host)) is not None:
            return None if o.get("platform") else o["name"]  # (an account's post: its own)
        host = host.partition(".")[2]
    return None


@lru_cache(maxsize=1)
def _outlet_aliases() -> dict[str, str]:
    # (its display name too: 明報 (Ming Pao), as a site's address names it)
    return {fold(a).lower(): o["name"] for o in outlets() for a in [*o["aliases"], o["name"]]}


# A paper's e-paper, after its name: 黑龙江日报数字报, 丹东日报电子版.
EPAPER = r"数字报|數字報|电子版|電子版|数字版|數字版|电子报|電子報"
# The platform an outlet's name may carry: 央视新闻客户端, 人民日报微博, 环球时报微信公众号.
_PLATFORM = re.compile(
    r"(?:客户端|客戶端|app|网站|網站|官网|官網|官方网站|官方網站|微博|微信公众号|微信公眾號|公众号|公眾號"
    rf"|微信号|微信號|官方账号|官方帳號|新闻网|新聞網|中文网|中文網|资讯|資訊|{EPAPER})$",
    re.IGNORECASE,
)


def known_outlet(name: str | None) -> str | None:
    """The display name of an outlet listed in outlets.yml under this name, also when the name
    carries the platform it was read on (新华社客户端); else None."""
    if not name:
        return None
    key = fold(name).lower()
    aliases = _outlet_aliases()
    # (or its site, by its name and 网: 联合早报网)
    return (
        aliases.get(key)
        or aliases.get(_PLATFORM.sub("", key).strip())
        or aliases.get(key[:-1] if key.endswith("网") and len(key) > 3 else "")
        or aliases.get(_LATIN_TAIL.sub("", key))  # (with its Latin name: 蘋果日報 Apple Daily)
        or aliases.get(_DESK_TAIL.sub("", key))  # (or one of its desks: 新华社国际部)
    )


# An outlet's desk after its name (新华社国际部, 美国之音中文部, 中央社國際新聞中心)
_DESK_TAIL = re.compile(
    r"(?<=..)(?:国际部|國際部|国内部|國內部|编辑部|編輯部|新闻部|新聞部|(?:国际|國際)?(?:新闻中心|新聞中心)"
    r"|中文部|体育部|體育部|经济部|經濟部|摄影部|攝影部|对外部|對外部)$"
)
_LATIN_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])\s+[a-z][a-z .&'-]{1,30}$")


def outlet_for_name(name: str | None) -> str | None:
    """The known display name for an outlet named in a dateline, else the name as written."""
    return (known_outlet(name) or name) if name else None


# 【希望之声2021年7月28日】 / 【大纪元2024年1月2日讯】 / 【新唐人北京时间…】 / 【大纪元】
_BRACKET_DATELINE = re.compile(
    r"【\s*(?P<outlet>[^\d【】\s／/∕]{2,14}?)\s*(?:\d{1,4}\s*[年月日]|[一二三四五六七八九十廿卅]{1,3}日|\d{4}[-/.]\d|\d{1,2}[:：]\d\d|北京时间|北京時間|(?:驻|駐)\S{0,6}?(?:记者|記者)"
    r"|(?:特约|特約)?(?:记者|記者)|综合|綜合|报道|報導|報道|报导|(?:专讯|專訊|讯|訊|电|電)】|(?P<bare>】))"
)
# （中央社記者…台北28日電） / （希望之声记者高健雯综合报导） / 新华社北京7月28日电
_WIRE_DATELINE = re.compile(
    # (an e-paper's bullet before the credit: □本报记者 陶韵文)
    r"(?:^|[（(\[])\s*\**[□■◆◇●]?(?P<outlet>[^\s（(）)【】\d，,。:：／/*□■◆◇●]{2,8}?)(?<![对對向诉訴受答跟给給])"
    r"(?:\s*[／/]\s*|\s+)?(?:特约记者|特約記者|记者|記者"
    r"|驻\S{1,6}记者|駐\S{1,6}記者)"
    # (法新社记者：… asks a question; 美国之音记者：白晓晴　华盛顿 is a byline)
    r"(?!会|會|\s*[:：](?![\u4e00-\u9fff·]{2,4}(?:\s|$)))"
    r"|^[（(【]?(?:据|據)?(?P<wire>[^\s（(）)【】\d，,。]{2,6}?[社网網]|路透)[^\s，,。]{0,6}"
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[电電讯訊]|消息)|\d{1,2}\s*日\s*(?:专|專)?[电電](?=[\s)）]|$))"
    # a paper's own report opening its first paragraph: 新京报讯（记者 周一鸣）5月27日，…
    r"|^(?P<paper>[^\s（(）)【】\d，,。]{2,8}?)[讯訊]\s*[（(]",
    re.MULTILINE,
)
# 记者高健雯综合报导 / 記者廖禹揚東京30日專電 / 作者：林美華 / 文／王小明 — never 记者会 (a press
# conference). What follows the name may be a place, which is split off by _split_place.
_AUTHOR = re.compile(
    r"(?<![对對向诉訴受答跟给給见見])"  # 对记者表示, 会见记者时说 (to reporters) is no byline
    r"(?:特约记者|特約記者|记者|記者|撰稿人|撰稿[・·、]?(?:编辑|編輯)|撰稿|撰文|(?<![\u4e00-\u9fff])作者\s*[，,]|作者(?!单位|單位|系|係|简介|簡介)|采写|採寫"
    r"|(?:驻|駐)[\u4e00-\u9fff]{1,6}?(?:特派员|特派員)"  # 本报驻汉城特派员 林佩芬
    r"|(?<=本报|本報)[\u4e00-\u9fff]{1,6}?(?:特派员|特派員)(?=[ \t\u3000])"  # 本报首尔特派员 陈燕玲
    # (文 alone: not 列印本文 | 轉寄好友, a toolbar's buttons)
    r"|(?<![\u4e00-\u9fff])文\s*[/／|｜]\s*[图圖]|(?:(?<![\u4e00-\u9fff])|(?<=图|圖))文\s*[/／|｜]"
    r"|(?:^|(?<=\s))文(?=\s*[:：])|文字(?=\s*[:：])|编译|編譯"
    # 报导：陈伟杰 (Malaysian papers); 綜合報道：陳嘉欣、林子健 (蘋果日報, under the story)
    r"|(?:^|(?<=\s))(?:综合|綜合)?(?:报导|報導|报道|報道)(?=\s*[:：]))(?!会|會)"
    r"[ \t\u3000]*[：:/／|｜]?[ \t\u3000]*"  # the name on the same line
    # (its title before it: 作者：记者 崔妍洙, 作者：本报记者 孙艳华, 文/北京青年报记者 许晨阳,
    # 文｜特約撰稿人 李在賢)
    r"(?:(?:本报|本報|本台|本刊|本网|本網|[\u4e00-\u9fff]{2,8}?)?(?:特约记者|特約記者|记者|記者|撰稿人)[ \t\u3000]+)?"
    # (a Korean outlet's Chinese service may print its reporter's name in Hangul: 记者 김민수)
    r"(?P<name>[\u4e00-\u9fff·]{2,10}?|[\uac00-\ud7a3]{2,4})"
    # …记者高锋的报道: the 的 is not the name's
    # (or the colon of a broadcast's script, the reporter's turn: 总台记者 赵芮：当地时间…)
    # (a wire's old dateline spells the day: （中央社記者林文彬漢城十三日專電）)
    r"(?=\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日|的?(?:综合|綜合|报导|報導|报道|報道)|编译|編譯|整理|撰"
    r"|[／/∕\s（(）)】,，、|｜：]|$)",
    re.MULTILINE,
)
# (Soo-min Han; Ann-Kathrin Böhm, with Latin-1's letters)
_EN_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|-[A-Za-z][a-zß-öø-ÿ]+){0,3}"
_EN_AND = r"\s*(?:、|,|，|&|\band\b)\s*"
_AUTHOR_EN = re.compile(
    rf"^\s*(?:By|作者\s*[:：]?)\s*(?P<name>{_EN_NAME}(?:{_EN_AND}{_EN_NAME})*)\b", re.MULTILINE
)
# A tag line in the header or under the story: 标签: 朝鲜, 导弹 / 相关主题 朝鲜, 韩国.
_TAG_LINE = re.compile(
    rf"(?:{TAG_LABELS})(?:\s*[:：]\s*|\s+)(?P<tags>.+)$",
    re.MULTILINE,
)


def tags_from_header(header: str) -> list[str]:
    """Tags a copied page printed as a labelled line, split at commas (or spaces)."""
    m = _TAG_LINE.search(header)
    if m is None:
        return []
    # (its words as links, after the label's arrows: 关键词 >>[尹锡悦](https://…),[弹劾](…))
    listed = plain_text(m["tags"]).strip().lstrip(">»›").strip()
    parts = (
        re.split(r"\s*[,，、;；|｜/]\s*", listed)
        if re.search(r"[,，、;；|｜/]", listed)
        else listed.split()
    )
    return [t for t in parts if 0 < len(t) <= 20]


_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,8}")


# A label of a long read's credits block, each over its names (文字 / 林映辰 / 攝影 / 周德昌) or
# before them on its line (文字 陳以樂 / 攝影 林均翰 / 責任編輯 吳雅婷).
CREDIT_LABEL = re.compile(
    r"文字|攝影|摄影|設計|设计|責任編輯|责任编辑|核稿編輯|核稿编辑|編輯|编辑|作者|記者|记者|插畫|插画|數據|数据|影音|剪輯|剪辑"
)
CREDIT_ROW = re.compile(
    rf"(?P<label>{CREDIT_LABEL.pattern})[ \u3000]+(?P<names>[\u4e00-\u9fff·、 ]{{2,16}})"
)
WRITERS = {"文字", "作者", "撰文", "記者", "记者"}


def credited_writers(lines: list[str]) -> list[str]:
    """The writers of a credits block a role a line (two lines or more, a writer's among them):
    文字 陳以樂 / 攝影 林均翰 gives [陳以樂]; anything else, none."""
    rows = [CREDIT_ROW.fullmatch(ln.strip()) for ln in lines]
    if len(rows) < 2 or not all(rows):
        return []
    return [n for r in rows if r["label"] in WRITERS for n in r["names"].replace("、", " ").split()]


def bare_name(line: str) -> str | None:
    """A line that is only a person's name (李东方, 马修·米勒), as a copied page prints its
    writer under the date; None for a place's or an outlet's name or any other line."""
    line = line.strip()
    if not _BARE_NAME.fullmatch(line) or _BODY_END.search(line) or _NOT_A_NAME.search(line):
        return None
    if known_outlet(line) or is_boilerplate(line) or CREDIT_LABEL.fullmatch(line):
        return None  # (nor a share button's word: 推特, 臉書; nor a role's: 文字, 摄影)
    if line[:2] in ("来自", "來自") and fold(line[2:]) in _place_names():
        return None  # the poster's place (凤凰网: 来自北京)
    return None if fold(line) in _place_names() else line


# The commonest Chinese and Korean family names (simplified and traditional), for the few
# readers that must tell a name (方冰) from a column's (早知道) where nothing else does.
_SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗高鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董"
    "潘袁蔡蔣蒋余于杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹"
    "薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤朴裴申權权柳洪全南文安孫卓車车俞"
    # (and the less common that open no common word: 詹, 賴, 莊, 柯, 翁; Korean 閔, 玄, 禹)
    "詹游賴赖莊庄柯翁傅施溫温歐欧簡简涂倪聶聂喬乔齊齐伍闫樊阮紀纪霍翟鮑鲍葛駱骆丘費费邢焦柴滕褚繆缪藍蓝"
    "宮宫甄麥麦冼岑鄺邝顏颜饒饶閔闵玄禹琴卞魯鲁廉咸鄔邬殷"
)


def not_a_person(name: str) -> bool:
    """Words no person's name holds: a desk's (国际新闻组), a credit's (综合讯), a label's."""
    return bool(_NOT_NAMES.search(name))


_LATIN_NAMES = re.compile(rf"(?P<names>{_EN_NAME}(?:{_EN_AND}{_EN_NAME})*)")


def latin_names(line: str) -> str | None:
    """A line that is only writers' names in Latin letters, each of two words or more (Dasl
    Yoon; Youkyung Lee, Sangmi Cha), as a copy prints its byline over the date; joined with
    、. None for one word, an outlet's name or a furniture line."""
    line = line.strip()
    if not (m := _LATIN_NAMES.fullmatch(line)) or known_outlet(line) or is_boilerplate(line):
        return None
    names = re.split(_EN_AND, m["names"])
    return "、".join(names) if all(" " in n or "-" in n for n in names) else None


# A picture's credit alone on its line under its label (Photo : YONHAP News, 照片 : 韩联社).
_BARE_CREDIT = re.compile(
    r"(?:photo|image|图片|圖片|照片)\s*[:：]\s*"
    r"(?P<credit>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff .&/-]{1,40})",
    re.IGNORECASE,
)


def bare_credit(line: str) -> str | None:
    """The credit of a line that is only a picture's labelled credit: an agency in Latin
    letters, or a listed outlet's name (照片 : 韩联社); not a caption under a label (图片：金正恩
    视察工厂)."""
    if not (m := _BARE_CREDIT.fullmatch(line.strip())):
        return None
    credit = m["credit"].strip()
    return credit if credit.isascii() or known_outlet(credit) else None


def likely_person(name: str) -> bool:
    """A bare name (see bare_name) that opens with a common family name."""
    return bool(bare_name(name)) and name[:1] in _SURNAMES


_NOT_A_NAME = re.compile(  # a section's or a label's word
    r"国际|國際|要闻|要聞|时政|時政|评论|評論|社论|社論|观点|觀點|快讯|快訊|独家|獨家|专题|專題|视频|視頻"
    r"|图片|圖片|直播|最新|热门|熱門|推荐|推薦|综合|綜合|资讯|資訊|新闻|新聞|分享|收藏|打印|列印|首页|首頁"
    r"|字體|字体|字級|字级|字号|字號|留言|聽新聞|听新闻|朗讀|朗读|^已?(?:关注|關注)$"  # a toolbar's buttons
    # a field's label a line (作者 / 驻华大使馆 / 日期 / 2023-11-22 / 点击数 / 2187)
    r"|^(?:日期|时间|時間|来源|來源|点击|點擊|浏览|瀏覽|阅读|閱讀|附件|标题|標題|目录|目錄|出处|出處)"
)
# What a body's or an edition's name ends with, never a person's: 外交部, 国防部, 海外版.
_BODY_END = re.compile(r"[部局院会會社报報网網台厅廳署委军軍党黨国國省市县縣版刊]$")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Folded names of places and countries from the gazetteer, to split "廖禹揚東京" into a
    reporter and the place the report was filed from."""
    from .entities import entity_names, load_gazetteer

    names = set()
    for e in load_gazetteer():
        if e["type"] in ("place", "country"):
            names.update(fold(n) for n in entity_names(e) if has_cjk(n))
    return frozenset(names)


def _split_place(run: str) -> str | None:
    """A Chinese name is two to four characters; prefer three, then two, then four, taking the
    split whose remainder is empty or a known place name. A place alone (中央社記者東京3日電,
    the reporter unnamed) is no name."""
    if fold(run) in _place_names():
        return None
    if "·" in run:  # a transliterated foreign name (克里斯蒂安·戴维斯) is whole
        return run
    for n in (3, 2, 4):
        if len(run) >= n and (len(run) == n or fold(run[n:]) in _place_names()):
            return run[:n]
    return run[:3] if len(run) > 4 else None


# A source label among the bylines: 2024年06月02日08:31 | 来源：人民网－国际频道 (the channel
# after the dash is not the outlet). "来源：网络" (the internet) names none.
_SOURCE_LABEL = re.compile(
    # (not a photograph's: 图片来源：KOREA NEWS SERVICE/AP, 圖像來源: Kim Hong-Ji/REUTERS)
    r"(?<!图片|圖片|图像|圖像|照片|图表|圖表|视频|視頻|影片)"
    r"(?:(?:来源|來源|稿源|出处|出處|报纸名称|報紙名稱|刊名)\s*[:：]\s*|(?:来源于|來源於)\s+)"
    # the name ends where another label begins when fields run together (观察者网作者：陈思佳,
    # 国防部网责任编辑：刘上靖)
    # (not 2024-…, nor an address: 来源: https://…)
    r"(?P<name>(?!\d|https?:|www\.)(?:(?!作者|责任编辑|責任編輯|编辑|編輯|责编|責編|记者|記者|时间|時間|发布|發布|日期|·\d)"
    r"[^\s|｜，,。;；()（）－—\-_/]){2,20})"
)
# A bracketed dateline's "outlet" that is a writer's role and name (【編譯陳慧君、記者林宗賢／…】)
_ROLE_IN_NAME = re.compile(r"编译|編譯|、$")
# Several sources named in one source line (来源：韩联社/法新社, 路透社、法新社、韩联社): the page's
# own report compiled from them, which credits none of them with it
_SEVERAL_SOURCES = re.compile(r"[^\s/／、]{2,20}?\s*[/／、]\s*[^\s/／、\d]{2}")
_OUTLET_AFTER = re.compile(
    r"[（(][^\s（()）\d]{1,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電讯訊]\s*"
    r"(?P<outlet>[^\s（()）\d，,。]{2,8})[）)]"
    r"|^\s*《\s*(?P<paper>[^《》\n]{2,14}?)\s*》\s*[（(]?\s*(?:主体|主體)?\s*\d{2,4}\s*"
    r"(?:\(\d{4}\)|（\d{4}）)?\s*[年./-]",
    re.MULTILINE,
)
_NO_OUTLET = re.compile(
    r"网络|網路|網絡|互联网|互聯網|本站|本网|本網|综合|綜合|网友|網友|原创|原創"
    r"|^(?:本报|本報|本台|本刊)(?:讯|訊)?$"  # (来源：本报讯: the page's own, named elsewhere)
    # a platform a video or a post was taken from: 视频…（来源：YouTube）
    r"|youtube|facebook|twitter|instagram|tiktok|telegram|抖音"
    # a ministry's department a release names as its source: 資料來源：亞東太平洋司
    r"|[^公][司处處室科]$",
    re.IGNORECASE,
)


# What an unlisted outlet's name ends with or holds (香港电台, 星洲日报, 某某通讯社).
_DATE_THEN_NAME = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[\s\u3000]+(?P<name>[\u4e00-\u9fff]{2,10})"
)
_OUTLET_WORD = re.compile(
    r"[社网網报報台臺刊]$|电视|電視|新闻|新聞|通讯|通訊|媒体|媒體|之声|之聲|频道|頻道|广播|廣播|时报|時報"
)


_PICTURE_SOURCE = re.compile(
    r"(?:^|\s)(?:图源|圖源|图片来源|圖片來源)\s*[:：]\s*[^\s。，]{2,20}$"
    r"|^(?:资料图|資料圖|资料照|資料照|图|圖)\s*[:：][^。]{2,40}\s(?:视觉中国|視覺中國|东方IC|東方IC|新华社|新華社"
    r"|中新社|美联社|美聯社|路透社|法新社|韩联社|韓聯社|朝中社|共同社)$"
)


def sourced_caption(line: str) -> bool:
    """A photograph's caption in running text, told by its source in brackets at its end:
    one sentence, short, the source a news agency or outlet (…新聞報導。（美聯社）, （朝中社/路透社））.
    (Not the story's last line: …保持克制。（中時新聞網） closes a story with its outlet.)"""
    if len(line) <= 60 and _PICTURE_SOURCE.search(line):
        return True  # a picture's source by its label (资料图 图源：视觉中国)
    m = _CLOSING_SOURCE.search(line) or _SOURCE_AFTER.search(line)
    # (two sentences when the second says what the picture shows: …投誠。圖為南韓士兵…)
    sentences = 2 if "圖為" in line or "图为" in line else 1
    if not m or len(line) > 100 or line.count("。") > sentences:
        return False
    if m.start() < 8 and not (
        _PICTURE_WORD.fullmatch(line[: m.start()].rstrip("。 ")) or line.endswith("DB")
    ):
        return False  # (but a file photo's: 资料照片。东亚日报DB; 代总统崔相穆。/朝鲜日报DB)
    if m.re is _SOURCE_AFTER and re.search(r"\s(?:图|圖)$", line):
        return True  # the credit's word after its name (澎湃: …会谈。视觉中国 图): any source
    source = _NO_REUSE.sub("", m["source"])  # （图片由统一部提供，严禁转载）
    if _SCREEN_GRAB.fullmatch(source):
        return True  # a still from a broadcast: （视频截图）
    if _ANY_SOURCE.search(source):
        # the internet's or a social account's: （互聯網圖片）, （Telegram@V_Zelenskiy_official）
        return True
    if _PICTURE_LABEL.match(source):
        return True  # labelled a picture's, whoever it names: （圖／達志影像美聯社）, （攝影：…）
    if re.search(r"(?:提供|供圖|供图)$", source) or re.search(r"(?:翻攝|翻摄)自?\S", source):
        # supplied by whoever it names: （自由北韓運動聯合提供）; or shot from their screen or
        # page: （圖／翻攝自南韓聯參）
        return True
    # (a file photo's source after its word: 資料照，美聯社)
    parts = [_PICTURE_WORD.sub("", p) for p in re.split(r"\s*[/／、，,]\s*", source)]
    parts = [p for p in parts if p]
    return bool(parts) and all(known_outlet(p) for p in parts)


_ANY_SOURCE = re.compile(
    r"^(?:互联网|互聯網|网络|網絡|网上|網上)(?:图片|圖片|图|圖)$"
    r"|(?:联合|聯合|共同)(?:采访|採訪)(?:团|團)$"  # a pool's (韩联社/联合采访团)
    r"|^(?:图片|圖片|照片)(?:仅限|僅限)\S{1,12}使用$"  # its use restricted (图片仅限韩国国内使用)
    r"|^(?:Telegram|Twitter|X|Facebook|Instagram|IG|FB|Threads|YouTube|微博)\s*[@＠]\s*\S+$",
    re.IGNORECASE,
)
_SCREEN_GRAB = re.compile(r"(?:视频|視頻|影片|电视|電視|直播)?(?:截图|截圖|画面|畫面)")
# The agency's reuse notice after a picture's source (韩联社: …提供，严禁转载).
_NO_REUSE = re.compile(r"\s*[，,]\s*(?:严禁|嚴禁|禁止|请勿|請勿)(?:转载|轉載)(?:复制|複製)?$")
_PICTURE_LABEL = re.compile(r"(?:圖|图|圖片|图片|照片|攝影|摄影)(?:来源|來源)?\s*[／/：:]\s*\S")
_PICTURE_WORD = re.compile(
    r"(?:資料|资料|檔案|档案|示意)?(?:圖片|图片|照片|相片|圖|图|照)$|提供$"
)  # （新華社圖片）, （示意圖／路透）


_CLOSING_SOURCE = re.compile(r"[（(](?P<source>[^()（）]{2,40})[)）]\s*$")
# …or its source after the sentence's full stop: …宣布實施緊急戒嚴。路透社
# (a Korean paper's archive: 东亚日报DB)
_SOURCE_AFTER = re.compile(
    r"(?<=[。！？”」])\s*(?P<source>[\u4e00-\u9fff/／、]{2,12}?)(?:\s*DB|\s+(?:图|圖))?$"
)  # (澎湃's: …试射。 朝中社 图)


def site_named_outlet(site_name: str | None) -> str | None:
    """An unlisted site's own name when it says it is a paper's, an agency's or a news site's
    (澳洲新快网, 星暹日报): its outlet. Never a section's name (国际新闻) or a platform's."""
    name = (site_name or "").strip()
    if not (2 <= len(name) <= 12) or not _SITE_OUTLET.search(name) or _NO_OUTLET.search(name):
        return None
    return None if known_outlet(name) in _platforms() else name


_SITE_OUTLET = re.compile(r"[社网網报報台臺]$|日报|日報|时报|時報")


def looks_like_outlet(name: str | None) -> bool:
    """A name that says it is an outlet (…网, …报, …社, …新闻), known or not."""
    return bool(name) and len(name) <= 20 and bool(_OUTLET_WORD.search(name))


_JOURNAL_ISSUE = re.compile(r"^《(?P<name>[^《》]{2,20})》(?:\d{4}\s*年?\s*第?\s*\d{1,3}\s*期)?$")
# 本报记者 (our reporter) names no outlet.
_THIS_PAPER = re.compile(r"[本我][报報台刊网網站社]")
_FILED = ("报道", "報道", "報導", "报导")


def outlet_from_header(header: str) -> str | None:
    """The outlet named in a dateline at the head of the article, or else by a source label."""
    m = _BRACKET_DATELINE.search(header)
    if m and m["outlet"].endswith((":", "：")):
        m = None  # 【发布日期：2024-06-12】: a label, no outlet
    if m and m["bare"] and not known_outlet(m["outlet"]):
        m = None  # 【朝鲜再次发射导弹】 is a headline in brackets; 【大纪元】 names its outlet
    if m and _ROLE_IN_NAME.search(m["outlet"]):
        m = None  # 【編譯陳慧君、記者林宗賢／綜合九日外電報導】: writers, no outlet
    if m and not known_outlet(m["outlet"]) and fold(m["outlet"]) in _place_names():
        m = None  # 【首爾6月4日電】: where it was filed, no outlet
    if m is None and (m := _WIRE_DATELINE.search(header)) and m["outlet"]:
        name = _without_place(m["outlet"])
        if not known_outlet(name) and not _OUTLET_WORD.search(name):
            m = None  # 申나리 记者: a reporter's name before 记者, as Korean papers print it
        elif name.startswith(("据", "據")):
            m = None  # 据总台记者报道: a source the story cites, not the page's outlet
    paper = m.groupdict().get("paper") if m else None
    if paper and not known_outlet(paper):
        m = None  # (a known paper's name only: 快讯（…）, 简讯（…） are no outlets)
    named = m and (m.group("outlet") or m.groupdict().get("wire") or paper)
    if named and not _THIS_PAPER.match(named):  # (本网首尔…电)
        return outlet_for_name(_without_place(named))
    for m in _SOURCE_LABEL.finditer(header):
        if "\n" in m.group(0) and not known_outlet(m["name"]):
            continue  # 来源：<link lost>\n钟声: the label's value was not kept; the next line is no source
        if _SEVERAL_SOURCES.match(header, m.start("name")):
            break  # 来源：路透社、法新社、韩联社: the wires a page's own report was compiled from
        if not _NO_OUTLET.search(m.group("name")):
            # (an IP location run on to the name: 来源: 新京报<br>北京; a journal with its issue:
            # 来源：《亚太安全与海洋研究》2024年第4期)
            name = _JOURNAL_ISSUE.sub(r"\g<name>", _IP_TAIL.sub("", m.group("name")))
            name = name.strip("[]")  # (a Markdown link's text: 来源：[韩联社](https://…))
            return outlet_for_name(_without_place(name))
        break
    # KCNA's order: (平壤6月3日电 朝中社); a source line 《朝中社》 主体113(2024)年6月3日
    for m in _OUTLET_AFTER.finditer(header):
        if named := known_outlet(m["outlet"] or m["paper"]):
            return named
    # a date line with the outlet after it: 2003年8月29日 19:20　中华新闻网 (a name that says so)
    for line in header.split("\n")[:6]:
        dated = _DATE_THEN_NAME.fullmatch(line.strip())
        if dated and _OUTLET_WORD.search(dated["name"]) and not _NO_OUTLET.search(dated["name"]):
            return outlet_for_name(dated["name"])
    for line in header.split("\n"):
        if named := _paper_row(line):
            return named
    # a byline line led by a known outlet: 新頭殼newtalk | 郭家崴 綜合報導 (a reporter's line,
    # not a site's own "name | section" banner)
    for line in header.split("\n"):
        first = re.split(r"\s*[|｜]\s*", line.strip(), maxsplit=1)
        if len(first) == 2 and _REPORT_WORD.search(first[1]) and (named := known_outlet(first[0])):
            return named
    return None


_ISO_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _paper_row(line: str) -> str | None:
    """The paper a database's row names: the day first (2024-05-28／聯合報／A9版／國際), or the
    paper first, then the day (WiseSearch's: 新京报 | 2024-06-20 | 报章 | A10 | 国际)."""
    slashed = re.split(r"\s*[／/]\s*", line.strip().strip("【】"))
    if len(slashed) >= 3 and _ISO_DAY.fullmatch(slashed[0]):
        return next(filter(None, map(known_outlet, slashed[1:3])), None)
    barred = re.split(r"\s*[|｜]\s*", line.strip())
    if len(barred) >= 3 and _ISO_DAY.fullmatch(barred[1]):
        return known_outlet(barred[0])
    return None


# An account's IP location and the report button run on to its name (网易号): 半岛观察笔记广东举报
# (an IP location names a province, which the gazetteer of places in the news may not hold)
_IP_TAIL = re.compile(
    r"(?<=..)(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南"
    r"|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
    r"(?:举报|舉報)$"
)


def _without_place(name: str) -> str:
    """A dateline's outlet run without the place it was filed from (朝中社平壤 -> 朝中社), when
    what is left is a known outlet or names itself one (韩中时报首尔)."""
    for k in range(2, len(name) - 1):
        if fold(name[k:]) in _place_names() and (
            known_outlet(name[:k]) or _SITE_OUTLET.search(name[:k])
        ):
            return name[:k]
    return name


# Taiwanese bylines without a label: 張三／台北報導.
_AUTHOR_SLASH = re.compile(
    r"(?:^|[〔（(\[【\s])(?P<name>[\u4e00-\u9fff]{2,4})(?:、[\u4e00-\u9fff]{2,4}){0,3}"  # (王嘉源、吳美玲)
    r"\s*[／/∕]\s*[\u4e00-\u9fff]{0,6}\s?(?:報導|报导|報道|报道)",  # (or spaced: / 首爾 報導)
    re.MULTILINE,
)
# More reporters after the first: 记者 张三 李四 / 记者张三、李四 / 张三和李四.
_MORE_NAMES = re.compile(
    # (after a name's bracketed post: 林柏宇（國家安全研究所助理研究員）、黃詠晴（…）)
    r"(?:[（(][^（）()\n]{2,30}[)）])?"
    rf"(?:[ \u3000]+|、|和|与|與|及|[，,]\s*(?=记者|記者|{INTERN})|\s*[·•]\s*(?=[\uac00-\ud7a3]))"
    # 记者 | 杨程晨 实习记者 | 张馨予 (文｜财新周刊 王端，记者 刘卓); 記者蘇宇庭、編譯林奕榮
    rf"(?:(?:{INTERN}|编译|編譯)\s*[|｜:：]?\s*)?"
    r"(?P<name>[\u4e00-\u9fff·]{2,3}|[\uac00-\ud7a3]{2,4})(?=[\s、和与與及（(）)】〕/／∕,，|｜报報*]|$)"  # (or bold: …孙大为**)
)


# (not the photographer's own label after the writer: 报道：黄家伟 摄影：林振辉)
# (not the next credit's label: 文｜林郁庭　攝影｜陳建宏)
_PHOTOGRAPHED = re.compile(r"[ \t\u3000]*[摄攝](?:影)?(?![\u4e00-\u9fff]|\s*[:：/／|｜∕])")


def _asks(text: str, m: re.Match) -> bool:
    """A match of 记者： opening a question (a transcript's 法新社记者：菲律宾方面称…？), not a
    byline in brackets on a line that asks one ((记者 黄钰涵)…有记者问：…？)."""
    named = m.group(0).endswith(m.group("name")) and m.string.startswith("：", m.end("name"))
    if not named and not re.match(r"(?:记者|記者)\s*[:：]", m.group(0).lstrip()):
        return False
    at = m.start()
    end = text.find("\n", at)
    start = text.rfind("\n", 0, at) + 1
    line = text[start : end if end >= 0 else len(text)].rstrip()
    # (a header's lines may be cut short: a clause, then prose no list of names has, asks too:
    # 总台央视记者：今天下午，嫦娥六号探测器在中国文昌航天发射场…)
    if named:  # a named reporter's turn (路透社记者 张三：…？) asks when its line does
        return line.endswith(("？", "?"))
    return len(line) > 30 and (line.endswith(("？", "?")) or bool(_TURN.match(line, at - start)))


_TURN = re.compile(r"\s*(?:记者|記者)\s*[:：][^，,\n]{1,12}[，,][^\n]*?[\u4e00-\u9fff]{12}")


# A second Taiwanese byline after the first: 記者黃思穎／台北報導、記者陳冠宇／綜合報導.
_NEXT_REPORT = re.compile(
    r"\s*[／/]\s*[\u4e00-\u9fff]{0,6}(?:報導|报导|報道|报道)\s*[、，,\s]\s*(?:記者|记者)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})(?=\s*[／/])"
)
# BBC's label for a writer's role in its byline (作者, 李泰恩 職位, BBC中文記者…; 角色，…).
ROLE_LABEL = r"职位|職位|职务|職務|职称|職稱|角色"
_NOT_NAMES = re.compile(
    r"报道|報導|报导|報道|综合|綜合|编译|編譯|整理|摄影|攝影|实习|實習|通讯|通訊|专电|專電"
    r"|中心|编辑部|編輯部|新闻|新聞|国际|國際|小组|小組|记者|記者|特派"  # a desk or the word reporter
    r"|编辑|編輯|责编|責編|校对|校對|审核|審核"  # the next credit's label: 作者 | 徐宁远　编辑 | 张帆
    r"|登录|登錄|登记|登記|修改|输入|輸入"  # a Korean site's date labels (登录 2024.11.05 11:42)
    r"|使馆|使館|^(?:驻|駐)"  # an embassy's notice: 作者 驻华大使馆
    r"|^(?:分享|收藏|打印|列印)"  # the toolbar after an empty label (作者： 分享到：)
    r"|朋友|同志|同仁|们|們"  # a spokesman's greeting: 各位记者朋友
    r"|^(?:消息|报道|報道|获悉|獲悉)"  # 据总台记者消息 (a report, not a name)
    r"|^(?:从|從|就|对|對|还|還|也|又|昨|日前|在|随|隨|来到|來到|走进|走進|近日|今天|今日|当天|當天"
    r"|实地|實地|现场|現場|赶到|趕到|再次|先后|先後|连日|連日|的)"  # 记者从…了解到, 记者在…看到
    r"|^(表示|介绍|介紹|说|說|称|稱|采访|採訪|透露|指出|强调|強調|证实|證實|确认|確認|询问|詢問|提问|提問"
    r"|授权|授權|许可|許可|同意"  # 未经作者授权，禁止转载
    r"|获悉|獲悉|了解|发现|發現|问|問|会见|會見|团|團"
    r"|发布|發布|更新|来源|來源|时间|時間|日期"  # the next field's label: 发布/2024年6月3日
    r"|文章|其他|更多|简介|簡介|资讯|資訊|信息|介绍|介紹"  # 看更多作者文章, 作者简介, 作者資訊 ▸ (a bio box)
    r"|相关|相關|阅读|閱讀"  # a writer's card's button: 第一财经记者 相关阅读
    r"|全部|所有"  # …or: 查看作者全部文章 (the writer's other columns)
    rf"|{ROLE_LABEL}|报道地点|報道地點|报道自|報道自)"  # BBC's byline fields: 作者，李思源 职务，…
    r"|.[摄攝]$"  # a caption's credit: 人民网记者 刘柏涵摄 (photographed by)
    r"|^(?:佚名|匿名|未知|不详|不詳|无名|無名|anonymous|unknown)$"  # no writer named: 作者：佚名
)


# A reporter's note under the story, as translated English papers print it:
# Choe Sang-Hun是时报首尔分社社长 / David E. Sanger为《纽约时报》白宫和国家安全记者.
_BIO = re.compile(
    r"^(?P<name>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3})(?:、[^。]{0,40})?\s*(?:是|为|為)"
    r"\s*(?:《[^》]{1,12}》|时报|時報|本报|本報)[^。]{0,30}?"
    r"(?:记者|記者|社长|社長|撰稿人|专栏作家|專欄作家|编辑|編輯|研究员|研究員)[^\n]*$",
    re.MULTILINE,
)
# …or a writer's Chinese name with the English one (苏珊·朴(Susan Park)是华盛顿智库…高级研究员，…),
# as opinion pages close; or an unnamed note on the author (（作者為香港浸會大學…副教授。）).
_BIO_ZH = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,8})\s*[(（][A-Za-z .'’-]{2,30}[)）]\s*(?:是|为|為)[^。\n]{0,40}?"
    r"(?:记者|記者|撰稿人|专栏作家|專欄作家|编辑|編輯|研究员|研究員|教授|学者|學者|作家|主任|分析师|分析師)"
    r"[^\n]{0,120}$",
    re.MULTILINE,
)
# …or a note in brackets: （孙亦舟，三联生活周刊主笔，长期关注东北亚国际关系与朝鲜半岛问题。）
_BIO_BRACKETED = re.compile(
    r"[（(](?P<name>[\u4e00-\u9fff·]{2,4})[，,][^（()）\n]{0,30}?"
    r"(?:主笔|主筆|记者|記者|编辑|編輯|研究员|研究員|教授|学者|學者|专栏作家|專欄作家|作家|撰稿人|分析师|分析師)"
    r"[^（()）\n]{0,80}[)）]"
)
_AUTHOR_NOTE = re.compile(
    r"[＊*※]?\s*[（(]?\s*(?:作者|笔者|筆者)(?:为|為|是|系|係)[^\n]{2,80}?[)）]?"
)
# …or where its reporters filed from, as 纽约时报中文网 closes: 李恩在(Lee Eun-jae)自首尔报道。
# Jack Rosen自东京报道，他负责报道日本与朝鲜半岛新闻。
_FILED_FROM = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,4}|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3})"
    r"(?:\s*[(（][A-Za-z .'’-]{2,30}[)）])?\s*(?:自|从|從)[\u4e00-\u9fff]{2,6}(?:报道|報導|報道)[，。,]"
    r"[^\n]{0,160}"
)


# A byline in capitals, as Chinese editions of English papers print it: CHOE SANG-HUN,
# DAVID E. SANGER. Two to four words a name; words of a kicker or section label never.
_CAPS_NAME = r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){1,3}"
# (a Chinese name among them: 李恩在, JACK ROSEN)
_CAPS_ITEM = rf"(?:{_CAPS_NAME}|[\u4e00-\u9fff·]{{2,4}})"
_CAPS_BYLINE = re.compile(rf"(?:BY\s+)?{_CAPS_ITEM}(?:\s*(?:,|AND|和|、)\s*{_CAPS_ITEM})*")
_NOT_BYLINE = re.compile(
    r"\b(?:NEWS|BREAKING|UPDATE|LIVE|VIDEO|PHOTOS?|EXCLUSIVE|OPINION|ANALYSIS"
    r"|WORLD|ASIA|KOREA|CHINA|JAPAN|TIMES|POST|PRESS|REUTERS|AGENCY|NEWSWIRE)\b"
)


def outlet_and_writers(line: str) -> tuple[str, str] | None:
    """(the outlet, its writers joined by 、) of a byline of the outlet's name and its writers'
    (美国之音 方冰, 美国之音 詹凯文 王雅兰); not of a column's name (联合早报 早知道)."""
    row = _OUTLET_WRITERS.fullmatch(line)
    if row is None or not known_outlet(row["outlet"]):
        return None
    names = _WRITERS_APART.split(row["names"])
    return (row["outlet"], "、".join(names)) if all(map(likely_person, names)) else None


_OUTLET_WRITERS = re.compile(
    r"(?P<outlet>\S{2,12})[ \t\u3000]+(?P<names>\S{2,4}(?:(?:[ \t\u3000]+|、)\S{2,4}){0,3})"
)
_WRITERS_APART = re.compile(r"[ \t\u3000]+|、")


def caps_byline(line: str) -> str | None:
    """The reporters of a capitals byline line, in title case and joined with 、; else None."""
    if len(line) > 80 or not _CAPS_BYLINE.fullmatch(line) or _NOT_BYLINE.search(line):
        return None
    if not re.search(_CAPS_NAME, line):
        return None  # (Chinese names alone are no capitals byline)
    names = re.split(r"\s*(?:,|\bAND\b|和|、)\s*", re.sub(r"^BY\s+", "", line))
    return "、".join(n.title() for n in names if n)


def author_from_bio(body: str) -> str | None:
    """The reporter named by the note under the story (see _BIO), from its last paragraphs,
    or by a closing byline (see closing_byline)."""
    last = body.rstrip().split("\n\n")
    if name := closing_byline(last[-1]):
        return name
    m = _BIO.search(tail := "\n".join(last[-3:])) or _BIO_ZH.search(tail)
    if m is None:  # (a note in brackets, maybe over the related list)
        notes = (_BIO_BRACKETED.fullmatch(p.strip()) for p in last[-3:])
        m = next((n for n in notes if n and bare_name(n["name"])), None)
    return m["name"] if m else _filed_from(last[-1])


def _filed_from(paragraph: str) -> str | None:
    """The first reporter of a paragraph saying where its reporters filed from (_FILED_FROM):
    a person's name (记者自首尔报道 names none)."""
    m = _FILED_FROM.fullmatch(paragraph.strip())
    if m is None or _NOT_NAMES.search(m["name"]):
        return None
    if not (m["name"].isascii() or bare_name(m["name"])):
        return None
    return m["name"]


def without_bios(body: str) -> str:
    """The body without the notes on its reporters that close it (see _BIO), and without a
    closing byline."""
    paragraphs = body.rstrip().split("\n\n")
    while len(paragraphs) > 1 and (
        _BIO.fullmatch(paragraphs[-1].strip())
        or _BIO_ZH.fullmatch(paragraphs[-1].strip())
        or _AUTHOR_NOTE.fullmatch(paragraphs[-1].strip())
        or _BIO_BRACKETED.fullmatch(paragraphs[-1].strip())
        or _filed_from(paragraphs[-1])
        or closing_byline(paragraphs[-1])
        or _outlets_credited(paragraphs[-1])
    ):
        paragraphs.pop()
    return "\n\n".join(paragraphs) + "\n"


def _outlets_credited(paragraph: str) -> bool:
    """Whether the paragraph only names outlets, as a Korean paper's line under its reporter's
    does (中央日報/中央日報中文網)."""
    text = paragraph.strip()
    parts = re.split(r"\s*[/／|｜·]\s*", text) if len(text) <= 40 else []
    return len(parts) > 1 and all(known_outlet(p) for p in parts)


# A byline closing the story: the paper, the reporter, the place the report was filed from
# (日本经济新闻（中文版：日经中文网）松田高志 首尔).
_CLOSING = re.compile(  # (a Japanese name may have five characters: 细川幸太郎)
    r"(?P<paper>[^\s，。,]{2,30}?)\s*(?P<name>[\u4e00-\u9fff]{2,5})\s+(?P<place>[\u4e00-\u9fff]{2,5})"
)


# A byline of the outlet's name and its writers with the places they wrote from, as Nikkei's
# Chinese edition prints it: 日本经济新闻（中文版：日经中文网）山本晴香、首尔 北川诚 /
# 日本经济新闻编辑委员 铃木健太郎.
_STAFF_TITLE = re.compile(
    r"^(?:[（(][^）)\n]{0,24}[）)])\s*(?:编辑委员|編輯委員|评论员|評論員|特约撰稿人)?\s*"
    r"|^\s*(?:编辑委员|編輯委員|评论员|評論員|特约撰稿人)\s*"
)


_REPORTED_FROM = re.compile(REPORTED_AT)


def _outlet_byline(header: str) -> str | None:
    """The writers a line opening with a known outlet's name names, and nothing else (places
    they wrote from aside)."""
    for line in header.split("\n"):
        line = line.strip()
        if len(line) > 40:
            continue
        start = next((k for k in range(min(12, len(line)), 1, -1) if known_outlet(line[:k])), 0)
        if not start:
            continue
        rest = _STAFF_TITLE.sub("", line[start:], count=1)
        # (or the place they reported from after them: 東森新聞 李宜臻 徐國衡 台北報導)
        reported = _REPORTED_FROM.search(rest)
        untitled = rest == line[start:].lstrip() and not reported
        if untitled and not all(map(likely_person, re.split(r"[、,，\s]+", rest.strip()))):
            # (the outlet's edition or its column names it: 联合早报 早知道 is none; its
            # writer with a common family name is one: 美国之音 吴家和)
            continue
        rest = rest[: reported.start()] if reported else rest
        # (the outlet's name may be set apart by a slash: 民視新聞/蔡宜庭、吳俊德 首爾報導)
        words = [w for w in re.split(r"[、,，\s/／]+", rest) if w]
        if not words or not all(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", w) for w in words):
            continue
        # (a Japanese name may have five characters: 铃木健太郎)
        names = [w for w in words if bare_name(w) or (len(w) == 5 and bare_name(w[:4]))]
        if names:
            return "、".join(names)
    return None


# A commentator or reporter signing under the story: 本网评论员 崔明哲.
_CLOSING_SIGNED = re.compile(
    r"(?:本网|本網|本报|本報|本台)?(?:特约|特約)?(?:评论员|評論員|记者|記者)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})"
)


# Writers in brackets closing a story, a place before a name posted there (朝日新聞):
# （田中祐介、首爾＝北川悟）; or a wire's slashed byline (塔斯社): /塔斯社特派记者 沃罗宁 发自平壤/.
_BRACKETED_NAMES = re.compile(
    r"[（(](?P<names>(?:[^\s、()（）＝=]{1,6}[＝=])?[\u4e00-\u9fff]{2,4}"
    r"(?:、(?:[^\s、()（）＝=]{1,6}[＝=])?[\u4e00-\u9fff]{2,4})*)[)）]"
)
_SLASHED_BYLINE = re.compile(
    r"/\s*[^/\s]{0,12}?(?:记者|記者)\s*(?P<name>[\u4e00-\u9fff·]{2,12})\s*(?:发自|發自)\s*\S{1,8}\s*/"
)


def _closing_names(paragraph: str) -> str | None:
    if slashed := _SLASHED_BYLINE.fullmatch(paragraph):
        return slashed["name"]
    m = _BRACKETED_NAMES.fullmatch(paragraph)
    if m is None or ("＝" not in m["names"] and "=" not in m["names"] and "、" not in m["names"]):
        return None  # (one name alone in brackets may be an outlet's: （中時新聞網）)
    names = [re.sub(r"^.*[＝=]", "", n) for n in m["names"].split("、")]
    if any(known_outlet(n) or _NOT_NAMES.search(n) or fold(n) in _place_names() for n in names):
        return None  # (outlets or places in brackets: （新华社、路透社）, （首尔、东京）)
    return "、".join(names)


# A speech or statement signed under its text by office and name: 大韩民国总统 尹锡悦.
_SIGNED_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{0,10}(?:总统|總統|国家主席|國家主席|总理|總理|首相|长官|長官|部长|部長|外务相|外務相"
    r"|委员长|委員長|大使)\s+(?P<name>[\u4e00-\u9fff·]{2,4})"
)


# A reporter's line closing the story: 星島記者 梁俊傑 紐約報道／綜合外電.
_CLOSING_REPORT = re.compile(
    r"(?P<paper>[^\s，。,]{0,12}?)(?:记者|記者)\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)"
    r"(?:\s+(?:[\u4e00-\u9fff]{2,5}?\s*)?|综合|綜合)"  # (or run on: 明報記者 梁子康綜合報道)
    r"(?:报道|報道|报导|報導)(?:\s*[／/]\s*[\u4e00-\u9fff]{2,6})?"
)


# (or the press pool's, named first: 板门店=共同采访团，成衍澈、金宝协 记者)
_POSTED_PLACE = re.compile(
    r"(?m)^[\u4e00-\u9fff]{1,6}[=＝](?:(?:共同|联合|聯合)(?:采访团|採訪團)\s*[，,、]\s*)?"
    r"(?=[\u4e00-\u9fff])"
)


def closing_byline(paragraph: str) -> str | None:
    """The writer a byline line names as papers print it under a story (see the patterns
    above), or None."""
    text = paragraph.strip()
    if "](" in text:  # a clip's mail as a link: 朴敏熙 记者 [minhee@hani.co.kr](mailto:…)
        text = _LINKED_WORDS.sub(r"\g<words>", text)
    if "=" in text or "＝" in text:  # (where each was posted first: 庆州=郑敏基 记者 …@…)
        text = _POSTED_PLACE.sub("", text)
    if any(rx.fullmatch(text) for rx in _REPORTERS_ALONE):
        # a Korean paper's reporters under the story, each with the mail (申圭振记者 newjin@
        # donga.com·尹尚虎军事专门记者 …; or a line each)
        alone = _named_reporter(text)
        return _named_reporters(text) or (alone["name"] if alone else None)
    if signed := _CLOSING_SIGNED.fullmatch(text) or _SIGNED_OFFICE.fullmatch(text):
        return signed["name"]
    if (m := _CLOSING_REPORT.fullmatch(text)) and bare_name(m["name"]):
        return m["name"]
    if (m := _TITLE_NAME_MAIL.fullmatch(text)) and bare_name(m["name"]):
        return m["name"]  # 韩民族日报: 记者 严智媛 umkija@hani.co.kr
    if (m := _WRITER_THEN_EDITOR.fullmatch(text)) and bare_name(m["name"]):
        return m["name"]  # KBS: 撰稿：金恩珠 | 编辑：崔雨林
    if m := _CLOSING_CREDIT.fullmatch(text):
        # （撰文：梁卓恆、鄧穎詩）; 记者：朴成浩　崔英花　　编辑：金丽 (the editor is no writer)
        names = re.split(r"[、，,\s\u3000]+", m["names"].strip())
        if all(bare_name(n) for n in names):
            return "、".join(names)
    if names := _closing_names(text):
        return names
    m = _CLOSING.fullmatch(text)
    if m and len(m["name"]) == 5 and not bare_name(m["name"][:4]):
        m = None
    if m is None or fold(m["place"]) not in _place_names():
        # (or the place before the name: 日本經濟新聞（中文版：日經中文網）首爾 中村裕)
        m = _PLACE_FIRST.fullmatch(text)
        name = m and m["name"]
        if m is None or fold(m["place"]) not in _place_names():
            return None
        if _NOT_NAMES.search(name) or not (
            bare_name(name) or (len(name) == 5 and bare_name(name[:4]))
        ):
            return None  # (a Japanese name may have five characters: 细川幸太郎)
    paper = re.split(r"[（(：:）)]", m["paper"])
    return m["name"] if any(known_outlet(part) for part in paper if part) else None


_PLACE_FIRST = re.compile(
    r"(?P<paper>[^\s，。,]{2,30}?)\s*(?P<place>[\u4e00-\u9fff]{2,5})\s+(?P<name>[\u4e00-\u9fff]{2,5})"
)


# The writers labelled under the story, maybe with the editor after them: （撰文：梁卓恆、鄧穎詩）,
# 记者：朴成浩　崔英花　　编辑：金丽.
_CLOSING_CREDIT = re.compile(
    r"[（(]?\s*(?:撰文|撰稿|记者|記者)\s*[:：]\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:(?:、|，|,|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,3})"
    # (and the editors after them: 责编：何平  网编：瑞哲)
    r"(?:[ \u3000]+(?:编辑|編輯|责编|責編|网编|網編)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}){0,3}\s*[)）]?"
)
# The writer labelled, then the editor, on a line under the story: 撰稿：金恩珠 | 编辑：崔雨林.
_WRITER_THEN_EDITOR = re.compile(
    r"(?:撰稿|撰文|作者|文)\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[|｜/／]\s*"
    r"(?:编辑|編輯|责编|責編|责任编辑|責任編輯)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}"
)
_REPORT_WORD = re.compile(r"报道|報導|报导|報道|记者|記者|作者")
# A name alone before 綜合報導 on a byline line: 新頭殼newtalk | 郭家崴 綜合報導.
_NAME_REPORTS = re.compile(
    r"(?:^|[|｜]\s*)(?P<name>[\u4e00-\u9fff]{2,4})\s*(?:综合|綜合)(?:报导|報導|报道|報道)(?=\s|$)",
    re.MULTILINE,
)


# A reporter named before 记者 on a line of its own, as Korean papers' Chinese editions print
# it under the story: 申나리 记者 journari@donga.com / 金志恩记者.
_NAME_BEFORE_TITLE = r"[\u4e00-\u9fff\uac00-\ud7a3·]{2,6}"  # (Korean names in hangul too)
_MAIL = r"[\w.+-]+@[\w.-]+"
# (or where they are posted first: 华盛顿特派记者 金东浩 kim.dongho@joongang.co.kr)
_TITLE_NAME_MAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}[，,]\s*)?"  # (the pool first: 平壤联合采访团，记者 徐裕镇 …)
    rf"(?:[\u4e00-\u9fff]{{1,6}}?(?:特派|常驻|常駐)|(?:驻|駐)[\u4e00-\u9fff]{{1,6}}?)?(?:记者|記者)"
    rf"\s*(?P<name>[\u4e00-\u9fff·]{{2,4}})\s+{_MAIL}"
)
# A reporter's post between the name and 记者 (东亚日报: 尹尚虎军事专门记者 ysh1005@donga.com).
_POST = (
    r"(?:(?:军事|軍事|外交|政治|经济|經濟|社会|社會|国际|國際|文化|体育|體育|产业|產業|统一|統一|北韩|北韓)?"
    r"(?:专门|專門|专任|專任|首席|资深|資深|选任|選任|特派|常驻|常駐))?"
)
_LAZY_NAME = r"[\u4e00-\u9fff\uac00-\ud7a3][\u4e00-\u9fff\uac00-\ud7a3·]{1,5}?"
_TITLED = rf"{_LAZY_NAME}{_POST}[ \t]*(?:记者|記者)"
_NAME_REPORTER = re.compile(
    # (or a posted reporter: 文炳基 特派记者, 朴亨埈 特派员; the shortest name before the title)
    rf"^(?P<name>{_NAME_BEFORE_TITLE}?)\s*(?:(?:特派|特约|特約)?(?:记者|記者)|特派员|特派員)(?:\s+{_MAIL})?"
    # (or with the date after it on the line: 金秀妍 记者  发布时间：2025.07.16 09:41)
    r"(?:\s*$|[ \t\u3000]+(?=发布|發布|发表|發表|时间|時間|日期|更新|\d{4}\s*[-/.年]))",
    re.MULTILINE,
)


# A byline's name, then where the reporter works (联合早报: 周殷蕙 / 首尔特约记者).
_NAME_PLACE_REPORTER = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})(?:[ \t\u3000]+|\n)(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?:(?:特约|特約|驻站|駐站)?(?:记者|記者)|特派员|特派員)(?=[ \t\u3000|｜]|$)",  # (首尔特派员)
    re.MULTILINE,
)


def _named_place_reporter(header: str) -> re.Match | None:
    m = _NAME_PLACE_REPORTER.search(header)
    if m is None or fold(m["place"]) not in _place_names() or fold(m["name"]) in _place_names():
        return None
    return None if _outlet_like(m["name"]) else m


# Several of them on one line: 金志勋记者 jhkim@donga.com · 孙孝珍记者 hjson@donga.com.
_NAME_REPORTERS = re.compile(
    rf"^(?:{_TITLED}(?:[ \t]+{_MAIL})?[ \t]*(?:[·•、,，/／|｜][ \t]*|$)){{2,}}$",
    re.MULTILINE,
)
_REPORTER_UNIT = re.compile(rf"(?P<name>{_LAZY_NAME}){_POST}\s*(?:记者|記者)")
# …or a line each: 申振宇记者 niceshin@donga.com · / 孙孝珠记者 sonhj@donga.com (东亚日报)
_REPORTER_LINES = re.compile(
    rf"^(?:{_TITLED}(?:[ \t]+{_MAIL})?[ \t]*[·•]?[ \t]*\n)+{_TITLED}(?:[ \t]+{_MAIL})?[ \t]*$",
    re.MULTILINE,
)


# Names joined with 、 or · before one title: 金振哲、李齐勋 记者 (韩民族日报), 노진석·김하나 记者
# nohjs@joongang.co.kr (中央日报).
_JOINED_REPORTERS = re.compile(
    rf"^(?P<names>{_NAME_BEFORE_TITLE}(?:[、·]{_NAME_BEFORE_TITLE})+)[ \t]*(?:记者|記者)"
    rf"(?:[ \t]+{_MAIL})?[ \t]*$",
    re.MULTILINE,
)


_REPORTERS_ALONE = (_NAME_REPORTERS, _REPORTER_LINES, _JOINED_REPORTERS, _NAME_REPORTER)


def _named_reporters(header: str) -> str | None:
    """The names on a line of _NAME_REPORTERS, or of _JOINED_REPORTERS, joined with 、 (none
    that is an outlet's)."""
    if joined := _JOINED_REPORTERS.search(header):
        # (· parts Korean names only: a foreign name in Chinese keeps its own, 史蒂夫·张)
        names = re.split(r"、|(?<=[\uac00-\ud7a3])·(?=[\uac00-\ud7a3])", joined["names"])
        names = [re.sub(r"(?:记者|記者)$", "", n) for n in names]  # (安勇炫記者、全賢碩記者)
        return "、".join(names) if not any(map(_outlet_like, names)) else None
    m = _NAME_REPORTERS.search(header)
    names = [u["name"] for u in _REPORTER_UNIT.finditer(m.group())] if m else []
    if not names and len(lines := _reporter_lines(header)) > 1:
        names = lines
    return "、".join(names) if names and not any(map(_outlet_like, names)) else None


def _named_reporter(header: str) -> re.Match | None:
    """_NAME_REPORTER, unless the name is an outlet's (新华社记者 on a line of its own)."""
    m = _NAME_REPORTER.search(header)
    if m is None or _outlet_like(m["name"]) or len(_reporter_lines(header)) > 1:
        return None  # (several a line each: _named_reporters)
    return m


def _reporter_lines(header: str) -> list[str]:
    """The different names of _REPORTER_LINES (a line printed twice names one reporter)."""
    m = _REPORTER_LINES.search(header)
    return list(dict.fromkeys(u["name"] for u in _REPORTER_UNIT.finditer(m.group()))) if m else []


def _outlet_like(name: str) -> bool:
    """A known outlet's name, or one a reporter's name never has (…社, …网)."""
    return bool(known_outlet(name) or _OUTLET_WORD.search(name))


# A foreign paper's byline: 英国《金融时报》 克里斯蒂安·戴维斯 首尔报道 (the paper, the reporter,
# the place the report was filed from).
_PAPER_REPORTER_PLACE = re.compile(
    r"》\s*(?P<name>[\u4e00-\u9fff·]{2,12})\s+(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?:报道|報道|报导|報導)\s*$",
    re.MULTILINE,
)


def _paper_reporter(header: str) -> re.Match | None:
    m = _PAPER_REPORTER_PLACE.search(header)
    return m if m and fold(m["place"]) in _place_names() else None


# …or its reporters each with their place, after a comma (FT中文网: 英国《金融时报》 马克斯•塞登
# 莫斯科, 克里斯蒂安•戴维斯 首尔), a transliterated name's dot maybe a bullet.
_PAPER_REPORTERS = re.compile(
    r"》\s*(?P<units>[\u4e00-\u9fff·•・]{2,12}\s+[\u4e00-\u9fff]{2,6}?"
    r"(?:\s*[,，、]\s*[\u4e00-\u9fff·•・]{2,12}\s+[\u4e00-\u9fff]{2,6}?)+)"
    r"(?:报道|報道|报导|報導)?\s*$",
    re.MULTILINE,
)


def _paper_reporters(header: str) -> str | None:
    """The reporters of a foreign paper's byline naming several, each with where they filed
    from (see _PAPER_REPORTERS), when every place is one; joined with 、."""
    if not (m := _PAPER_REPORTERS.search(header)):
        return None
    units = [u.split() for u in re.split(r"\s*[,，、]\s*", m["units"])]
    if not all(fold(place) in _place_names() for _, place in units):
        return None
    return "、".join(re.sub(r"[•・]", "·", name) for name, _ in units)


def _reporter_before_report(header: str) -> re.Match | None:
    """_NAME_REPORTS, unless the name is an outlet's or a place's (中央社綜合報導, 台北 綜合報導)."""
    m = _NAME_REPORTS.search(header)
    if m is None or known_outlet(m["name"]) or fold(m["name"]) in _place_names():
        return None
    return m


# Another byline unit right after a reporter's name: 环球时报特约记者 赵岩.
_NEXT_BYLINE = re.compile(
    rf"[^\s（()）【】，,。、]{{0,12}}?(?:特约记者|特約記者|记者|記者|{INTERN}|特约撰稿人?|特約撰稿人?|撰稿人)[ \t\u3000]*"
    r"(?P<name>[\u4e00-\u9fff·]{2,3})(?=[\s、和与與及）)】〕/／,，|｜]|$)"
)
# …after a space: 南方周末记者 何苇 南方周末实习生 陈卓
# (maybe after where the first was filed: 林語彤 發自首爾 特約撰稿人 崔智媛, 徐文琳 河內報道 …)
_SPACED_BYLINE = re.compile(  # (or after a comma: 端傳媒記者 林靜怡、特約撰稿人 金敏洙)
    r"(?:[ \t\u3000]+(?:(?:发自|發自)\S{1,8}|\S{1,6}(?:报道|報道|報導)))?(?:[ \t\u3000]+|\s*[、，,]\s*)"
    + _NEXT_BYLINE.pattern
)


# A two-character name padded to three characters' width (作者：王 骁), and a paper's byline
# marker (■王 骁, under a 解放军报 or 人民日报 headline).
_PADDED_NAME = re.compile(
    r"(?P<label>(?:作者|记者|記者|撰文)\s*[:：]\s*|^■\s*)"
    r"(?P<a>[\u4e00-\u9fff])[ \u3000]{1,2}(?P<b>[\u4e00-\u9fff])(?![\u4e00-\u9fff])",
    re.MULTILINE,
)
_MARKED_NAME = re.compile(r"^■\s*(?=[\u4e00-\u9fff·]{2,6}\s*$)", re.MULTILINE)


# A columnist's title between the credit and the name: 文/观察者网专栏作者 王立衡 (the name is
# the writer's; the outlet and the title before it are not).
_COLUMNIST = re.compile(
    r"[^\s/／：:（(【]{0,10}(?:专栏作者|專欄作者|特约作者|特約作者|专栏作家|專欄作家|特约评论员|特約評論員)\s*"
)


_ROLE_AFTER_LABEL = re.compile(
    r"(?m)^[ \t]*作者\s*[:：]\s*(?=[^\s:：]{0,12}(?:记者|記者|撰稿|通讯员|通訊員)\s*[\u4e00-\u9fff])"
)
_SPACED_ENUM = re.compile(r"[ \t]*、[ \t]*")
_DAY_FIRST = re.compile(r"(?m)^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s+\d{1,2}:\d{2})?[ \t]+(?=\D)")
_POSTED_AT = re.compile(
    r"【(?:[\u4e00-\u9fff]{1,8}(?:[（(][^）)】]{1,12}[）)])?＝[\u4e00-\u9fff]{2,5}[、，,]?\s*){1,4}】"
)
_NAME_WITH_POST = re.compile(
    r"[●■◆]?\s*(?P<names>[\u4e00-\u9fff·]{2,4})\s*[（(][^（）()]{0,12}"
    r"(?:特派员|特派員|记者|記者|通讯员|通訊員)[)）]"
    r"|[#\s]*◎\s*(?P<marked>[\u4e00-\u9fff·]{2,4})"  # (an op-ed's writer under its marker: ◎ 陳子揚)
)
_NAMES_THEN_TITLE = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3})[ \u3000]*(?:记者|記者)"
    r"(?=\s|$)"  # (then the date and the buttons, on the same line: … 记者 发布 : 2024.06.20)
)
_POSTED_NAME = re.compile(r"＝([\u4e00-\u9fff]{2,5})")


# A TV station's desk, then its reporter over 報導 (三立: 國際中心／蔡佳琪報導); 綜合報導 names none.
_DESK_SLASH = re.compile(
    r"(?:^|\s)[\u4e00-\u9fff]{2,4}中心\s*[／/∕]\s*(?P<name>(?!綜合|综合)[\u4e00-\u9fff]{2,4}?)"
    r"\s*(?:報導|报道|報道|报导)"
)


def author_from_header(header: str) -> str | None:
    """The byline's reporters, as written; several are joined with 、."""
    if "](" in header:  # a clip's byline as a link: [郑恩珠 记者](mailto:jungej@hani.co.kr)
        header = _LINKED_WORDS.sub(r"\g<words>", header)
    if " 、" in header or "、 " in header:
        header = _SPACED_ENUM.sub("、", header)  # (links set apart: 陳宜君 、 許智翔 / 綜合報導)
    if "专栏" in header or "專欄" in header or "特约" in header or "特約" in header:
        header = _COLUMNIST.sub("", header)
    if "作者" in header:  # (作者：南方周末特约撰稿 林晓 南方周末记者 韩晨: the bylines after it)
        header = _ROLE_AFTER_LABEL.sub("", header)
    if " " in header:  # (the day first on the byline's line: 2025/06/05 日本经济新闻… 峯岸博)
        header = _DAY_FIRST.sub("", header)
    if "=" in header or "＝" in header:  # (where it was filed: 庆州=郑敏基 记者)
        header = _POSTED_PLACE.sub("", header)
    if "■" in header or " " in header or "\u3000" in header:
        header = _MARKED_NAME.sub("作者：", _PADDED_NAME.sub(r"\g<label>\g<a>\g<b>", header))
    if (
        len(writers := _WRITER_WITH_ROLE.findall(header)) > 1
    ):  # BBC: 作者, … 職位, … 作者, … 職位, …
        return "、".join(dict.fromkeys(writers))
    if "》" in header and (reporters := _paper_reporters(header)):
        return reporters
    found = [
        *_AUTHOR.finditer(header),
        _AUTHOR_SLASH.search(header),
        _DESK_SLASH.search(header),
        _reporter_before_report(header),
        _paper_reporter(header),
        _named_place_reporter(header),
        _named_reporter(header),
    ]
    # a reporter's question at a press conference (法新社记者：菲律宾方面称…？) is no byline
    found = [m for m in found if m is None or not _asks(header, m)]
    # a photographer's credit: 新华社记者 李学仁 摄
    found = [m for m in found if m is None or not _PHOTOGRAPHED.match(header, m.end("name"))]
    # a translator (编译：王丽萍) is the writer only when no reporter is named
    found.sort(key=lambda m: m is not None and m.group(0).lstrip().startswith(("编译", "編譯")))
    m = next((m for m in found if m and not _NOT_NAMES.search(m.group("name"))), None)
    if m:
        first = _split_place(m.group("name"))
        if first is None or first != m.group("name"):
            return first  # a place followed the name: the byline ends there
        names, at = [first], m.end("name")
        # 〔編譯林孟蓉、記者陳彥廷∕綜合報導〕: the translator named with the reporter is a writer too
        if joint := _JOINT_TRANSLATOR.search(header, 0, m.start()):
            names.insert(0, joint["name"])
        while more := (
            _SPACED_BYLINE.match(header, at)  # (another's title first: 河內報道 is no name)
            or _MORE_NAMES.match(header, at)
            or _NEXT_REPORT.match(header, at)
        ):
            name = more.group("name")
            if again := _NEXT_BYLINE.match(header, more.start("name")):
                # 【环球时报驻韩国特约记者 金旭 环球时报特约记者 赵岩】: another reporter's byline
                name, more = again.group("name"), again
            if _NOT_NAMES.search(name) or fold(name) in _place_names():
                break
            if header.startswith(_FILED, more.end("name")) and not likely_person(name):
                break  # where the report was filed from (本报记者 林建华 清莱报道)
            if name not in names:
                names.append(name)
            at = more.end("name")
        # another writer's byline on the next line (南方周末特约撰稿 朴成浩, 特約撰稿人 崔智媛,
        # 亞洲週刊記者　趙樂　首爾報道)
        for line in header[m.end() :].split("\n")[1:3]:
            if (
                len(line) <= 30
                and (other := _BYLINE_LINE.fullmatch(line.strip()))
                and likely_person(other["name"])
                and other["name"] not in names
            ):
                names.append(other["name"])
        # 【文/观察者网 邵晴】: the desk's outlet before the writer is no writer
        return "、".join(n for n in names if not _outlet_like(n)) or None
    if names := _named_reporters(header):
        return names
    if names := _outlet_byline(header):
        return names
    for line in header.split("\n")[:8]:
        # a name with its post in brackets (● 林伟杰（早报驻北京特派员）), or names before the
        # title, as Korean papers print them (郑永教 朴贤珠 记者)
        m = _NAME_WITH_POST.fullmatch(line.strip()) or _NAMES_THEN_TITLE.match(line.strip())
        names = (m["names"] or m.groupdict().get("marked") or "").split() if m else []
        if names and all(likely_person(n) for n in names):
            return "、".join(names)
    if "＝" in header and (posted := _POSTED_AT.search(header)):
        # a Japanese paper's byline, each writer after the place (【華盛頓＝大野正樹、首爾＝鈴木拓也】)
        names = [n for n in _POSTED_NAME.findall(posted.group(0)) if bare_name(n) or len(n) == 5]
        if names:
            return "、".join(names)
    for line in header.split("\n"):  # DANIEL KESSLER, HYE-JIN LEE (2024年6月3日)
        if names := caps_byline(re.sub(r"\s+\d{4}\s*[年/.-].*$", "", line.strip())):
            return names
    m = _AUTHOR_EN.search(header)
    if m:
        return "、".join(re.split(_EN_AND, m.group("name")))
    # a signed statement: 马修·米勒，国务院发言人
    signed = (_SIGNED.match(line.strip()) for line in header.split("\n"))
    return next((name for m in signed if m and (name := bare_name(m["name"]))), None)


_LINKED_WORDS = re.compile(r"(?<!!)\[(?P<words>[^\[\]\n]{1,40})\]\([^()\s]*\)")


# A writer's byline alone on its line: the outlet and title, the name, maybe where it was filed
_BYLINE_LINE = re.compile(
    r"[^\s，,。]{0,12}?(?:特约记者|特約記者|记者|記者|特约撰稿人?|特約撰稿人?|撰稿人?)[ \t\u3000]*"
    r"(?P<name>[\u4e00-\u9fff·]{2,3})(?:[ \t\u3000]+(?:发自|發自)?\S{0,6}?(?:报道|報道|報導)?)?"
)
# BBC's byline, a writer and a role each: 作者, 李泰恩 職位, BBC中文記者，首爾 作者, 黃思雨 …
_WRITER_WITH_ROLE = re.compile(
    r"(?:^|(?<=\s))作者\s*[,，]\s*(?P<name>[\u4e00-\u9fff·]{2,10}?)"
    # (the last writer's role may be lost: 作者, 沈以诺 / 职务, BBC中文 / 作者, 埃米莉·帕克)
    rf"(?=\s+(?:{ROLE_LABEL}|Role)\s*[,，]|[ \t]*$)",
    re.MULTILINE,
)
_JOINT_TRANSLATOR = re.compile(
    r"(?:编译|編譯)\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*、\s*(?=\S{0,8}$)"
)
_SIGNED = re.compile(r"(?P<name>[^\s，,]{2,10})[，,]\s*\S{0,10}(?:发言人|發言人)$")


# A trailer naming where a reposted text came from: 来源：自由亚洲电台 / 文章來源：大紀元.
_SOURCE_LINE = re.compile(
    r"^\s*[（(]?\s*(?:文章来源|文章來源|本文来源|本文來源|新闻来源|新聞來源|资料来源|資料來源|来源|來源|稿源"
    r"|出处|出處|转自|轉自"
    r"|转载自|轉載自|source)"
    r"\s*[:：]\s*(?P<name>[^\s，。,;；()（）|｜]{2,24}?)"
    # (文章来源：星洲日报·2025.01.15, 来源：自由亚洲电台｜2025年6月5日)
    r"(?:\s*[·•|｜]\s*\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日))?"
    r"(?:\s+作者\s*[:：]\s*[\u4e00-\u9fff·]{2,8})?"  # (网易's: (本文来源：新华网 作者：刘晓光))
    r"\s*[)）]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# A paper's print edition, under its headline or under a portal's copy of its story:
# 《 人民日报 》（ 2024年11月15日 第 17 版）, 《 人民日报 》（ 2024年04月12日 03 版）.
_EDITION = (
    r"《\s*(?P<paper>[^》]{2,12}?)\s*》\s*(?:[（(][^）)\n]{0,30}?"
    r"(?:\d{4}\s*年|第\s*[\d一二三四五六七八九十]+\s*版)[^）)\n]{0,24}[)）]"
    # (or unbracketed, as a paper's site prints it over the headline: 《劳动新闻》 2024年6月20日 第1版)
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*[\d一二三四五六七八九十]+\s*版)"
    # (or unbracketed, its page lettered: 大公報6月4日A12版)
    r"|(?P<page_paper>[\u4e00-\u9fff]{2,6}?)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"(?:第\s*)?[A-Z]{1,2}\s*\d{1,2}\s*版"
    # (or an e-paper's bar of the paper, the day and the page: 吉林日报 | 2023年08月15日 | 第03版：经济)
    rf"|(?P<bar_paper>[\u4e00-\u9fff]{{2,8}}){EPAPER_BAR}(?:\s*[:：·]\s*[^\s|｜]{{1,12}})?"
)
EDITION_LINE = re.compile(_EDITION)
# A line under the story naming where it came from: a portal's partner (本新聞由法新社提供，如有
# 問題請向法新社反映。) or the paper's print edition.
_CREDIT_LINE = re.compile(
    r"^\s*(?:本(?:则|則|篇|条|條)?(?:新闻|新聞|文|内容|內容|文章)由(?P<provider>[^\s，。,]{2,12}?)"
    rf"(?:提供|供稿)[^\n]{{0,40}}|{_EDITION})\s*$\n?",
    re.MULTILINE,
)


# A known outlet in brackets closing the story, alone or with its writer: （中時新聞網）,
# （海外网 邢晓雯）.
_OUTLET_TRAILER = re.compile(
    r"(?:\n\s*|(?<=[。！？”」』]))"  # on its own line, or closing the last paragraph: …等。（光华日报）
    # (or its reporter: （环球时报记者 程雨芊）)
    # (or who compiled it: （编译/海外网 赵健雄）)
    r"[（(]\s*(?:(?:编译|編譯)\s*[/／:：]\s*)?"
    r"(?P<name>[^()（）\s]{2,12}?)(?P<reporter>记者|記者)?(?:报道|報道|報導|报导)?"  # （星島日報報道）
    # (several: （总台记者 孙立伟 刘婧）)
    r"(?:\s+(?P<writer>[\u4e00-\u9fff·]{2,4}"
    r"(?:[ 、](?!编辑|編輯|校对|校對|责编|責編|审核|審核)[\u4e00-\u9fff·]{2,4}){0,3}))?"
    # (and its editors after: （新京报记者 陈曦 编辑 王琳 校对 刘军）)
    r"(?:\s+(?:编辑|編輯|校对|校對|责编|責編|审核|審核)\s*[\u4e00-\u9fff·]{2,4})*\s*[)）]\s*$"
)


# The outlet then its reporters after a slash, where they reported from, closing the story
# (民視: （民視新聞／黃品瑄、李志明 台北報導）).
_SLASHED_TRAILER = re.compile(
    r"\n\s*[（(]\s*(?P<name>[^()（）\s／/]{2,12})\s*[／/]\s*"
    r"(?P<writer>[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,3})"
    r"(?:\s+[\u4e00-\u9fff]{2,4})?\s*(?:报道|報道|報導|报导)\s*[)）]\s*$"
)
# The reporters credited in brackets closing the story's first paragraph (央视网: …即开始履职。
# （总台记者 吴薇 朴恩静）).
_LEAD_REPORTERS = re.compile(
    r"(?<=[。！？”」』])[（(]\s*[^()（）\s]{0,8}?(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff·]{2,4}"
    r"(?:[ 、][\u4e00-\u9fff·]{2,4}){0,3})\s*[)）]$"
)


def lead_paragraph(body: str) -> str:
    """The body's first paragraph of text (not a picture, a caption, a heading or a link)."""
    return next((p.strip() for p in body.split("\n\n") if p.strip() and p[0] not in "!*#["), "")


def lead_reporters(body: str) -> str | None:
    """The reporters a bracketed credit closing the first paragraph names, joined with 、."""
    m = _LEAD_REPORTERS.search(lead_paragraph(body))
    names = re.split(r"[ 、]", m["names"]) if m else []
    return "、".join(names) if names and not any(_NOT_NAMES.search(n) for n in names) else None


# An outlet's badge over a reposted story: its logo or its name linked to its page on the
# portal ([![中央社](…logo.png) *中央社*](…), [参考消息网](http://www.cankaoxiaoxi.com/)).
_BADGE = re.compile(
    r"\s*\[(?:!\[(?P<alt>[^\]\n]{2,20})\]\([^)\s]*\)\s*(?:\*(?P<caption>[^*\n]{2,20})\*\s*)?"
    r"|(?P<name>[^\[\]\n]{2,20}))\]\([^)\s]*\)[ \t]*(?:\n\n|\Z)"
)
# …or its name alone in brackets on a line (〔自由時報〕).
_BRACKETED_OUTLET = re.compile(r"[〔【［\[](?P<name>[^〔〕【】［］\[\]\n]{2,12})[〕】］\]]")


def without_badges(body: str) -> str:
    """The body without the outlets' badges over it (see _BADGE); a link to anything but a
    listed outlet stays."""
    start = 0
    while (m := _BADGE.match(body, start)) and known_outlet(
        (m["alt"] or m["caption"] or m["name"]).strip()
    ):
        start = m.end()
    body = body[start:] if start and body[start:].strip() else body
    # (or its name alone in brackets, maybe under the lead picture: 〔自由時報〕)
    paragraphs = body.split("\n\n")
    for k, paragraph in enumerate(paragraphs[:5]):
        m = _BRACKETED_OUTLET.fullmatch(paragraph.strip())
        if m and known_outlet(m["name"]) and k + 1 < len(paragraphs):
            return "\n\n".join(paragraphs[:k] + paragraphs[k + 1 :])
    return body


def source_credit(body: str) -> tuple[str | None, str, str | None]:
    """The outlet a trailer line credits, the body without that line, and the writer the
    trailer names."""
    if (slashed := _SLASHED_TRAILER.search(body)) and (named := known_outlet(slashed["name"])):
        return named, body[: slashed.start()] + "\n", slashed["writer"]
    end = _OUTLET_TRAILER.search(body)
    # (the desk's words after the names are no name: 本报记者 齐旭 综合报道)
    names = end["writer"].replace("、", " ").split() if end and end["writer"] else []
    writer = "、".join(n for n in names if not _NOT_NAMES.search(n)) or None
    if end and (named := known_outlet(end["name"])):
        return named, body[: end.start()] + "\n", writer
    if end and end["reporter"] and writer and _THIS_PAPER.fullmatch(end["name"]):
        return None, body[: end.start()] + "\n", writer  # （本报记者 齐旭）: the page's own
    if end and end["reporter"] and writer and looks_like_outlet(end["name"]):
        return end["name"], body[: end.start()] + "\n", writer  # （韩中时报记者 王晓燕）
    credits = list(_CREDIT_LINE.finditer(body))
    if credits and (c := credits[-1]).start() > len(body) * 0.5:
        named = outlet_for_name(c["provider"] or c["paper"] or c["page_paper"] or c["bar_paper"])
        return named, body[: c.start()] + body[c.end() :], None
    found = list(_SOURCE_LINE.finditer(body))
    m = found[-1] if found else None  # the last one: trailers sit at the end
    if m is None or m.start() < len(body) * 0.5:
        return None, body, None
    # 来源：综合外电 (compiled from wires) credits no one outlet: the line goes all the same
    several = _SEVERAL_SOURCES.match(m.group("name"))  # (来源：路透社、法新社: the same)
    named = None if several or _NO_OUTLET.search(m["name"]) else outlet_for_name(m["name"])
    rest = body[: m.start()] + body[m.end() :]
    if (end := _OUTLET_TRAILER.search(rest)) and end["writer"]:
        # (over it, the writers' trailer: （编译/海外网 赵健雄） / 本文来源：海外网)
        credited, rest, writer = source_credit(rest)
        return named or credited, rest, writer
    return named, rest, None


@lru_cache(maxsize=1)
def _display_names() -> frozenset[str]:
    return frozenset(_outlet_aliases().values())


# An archive's address holding the original's (a clipper's source: archive.ph/2025.04.04-093112/
# https://www.bbc.com/…, web.archive.org/web/20090406021533/http://…), with the capture's day.
_ARCHIVED = re.compile(
    r"^https?://(?:web\.archive\.org/web/(?P<stamp>\d{8})\d{0,6}(?:[a-z]{2}_)?"
    r"|archive\.(?:ph|today|is|li|md|vn|fo)/(?:(?P<day>\d{4}\.\d\d\.\d\d)-\d{6}|o/[A-Za-z0-9]+))"
    r"/(?P<url>https?://\S+)$"
)


def archived_original(url: str | None) -> tuple[str, str | None] | None:
    """(the original address, the capture's day) an archive's address holds, else None."""
    m = _ARCHIVED.match(url or "")
    if m is None:
        return None
    stamp = m["stamp"]
    day = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}" if stamp else (m["day"] or "").replace(".", "-")
    return m["url"], day or None


def fuller_name(outlet: str | None, site_name: str | None) -> str | None:
    """An unknown outlet named short in a source label (來源：外交部) by the site that holds it
    in its fuller name (中華民國外交部 - 全球資訊網) is that fuller name: 外交部 alone is not
    one ministry. Known outlets keep their canonical names."""
    if not outlet or not site_name or known_outlet(outlet) or outlet in _display_names():
        return outlet
    site = re.split(r"\s+[-|｜–—]\s+", site_name.strip())[0]
    return site if fold(outlet) in fold(site) and len(site) <= 20 else outlet


# (from=: where the reader came from, udn's ?from=udn-ch1_tag, WeChat's ?from=groupmessage;
# BBC's at_medium=email&at_campaign=…, Mailchimp's mc_cid, NYT's smid)
_TRACKING = re.compile(
    r"(?:utm_[a-z]+|(?<![\w])at_[a-z]+\d*|mc_[ce]id|smid|spm|log_from|share_token|fbclid|gclid"
    r"|(?<!\w)from)=[^&#]*&?",
    re.I,
)


# Redirects that wrap the address they lead to: Google Docs' and search's links, Facebook's,
# Zhihu's and Weibo's outbound links.
_REDIRECT = re.compile(
    r"^https?://(?:www\.)?(?:google\.[a-z.]+/url|l\.facebook\.com/l\.php|link\.zhihu\.com/"
    r"|weibo\.cn/sinaurl)\?",
    re.I,
)


def without_tracking(url: str) -> str:
    """An address without the campaign and click parameters a newsletter or an app adds
    (?utm_source=…&utm_medium=…), and without a redirect wrapped around it: the story's own."""
    if _REDIRECT.match(url) or "=http" in url:
        # (or a newsletter's click tracker holding the story's address: url=…, u=https%3A…;
        # no outlet's, or the story's outlet's own: edm.cna.com.tw/c/?…&u=…cna.com.tw…)
        query = parse_qs(urlparse(url).query)
        target = next((query[k][0] for k in ("q", "url", "u", "target") if k in query), None)
        if (
            target
            and target.startswith(("http://", "https://"))
            and (
                _REDIRECT.match(url)
                or (tracker := outlet_for_domain(url)) is None
                or tracker == outlet_for_domain(target)
            )
        ):
            url = target
    if "?" not in url or not _TRACKING.search(url):
        return url
    head, _, rest = url.partition("?")
    query, hash_, fragment = rest.partition("#")
    query = _TRACKING.sub("", query).rstrip("&")
    return head + (f"?{query}" if query else "") + (hash_ + fragment)


def republisher(
    site_name: str | None, site_url: str | None, original_url: str | None, outlet: str | None = None
):
    """The page is a repost when it names an original on another site than its own. A site
    whose name holds the outlet's (中華民國外交部 - 全球資訊網, 來源：外交部) is the outlet's own."""
    if not original_url or not (site_name or site_url):
        return None
    if not site_url and site_name and outlet and fold(outlet) in fold(site_name):
        return None
    if site_url and domain(site_url) == domain(original_url):
        return None
    known = outlet_for_domain(site_url) or outlet_for_name(site_name)
    if known and known in (outlet_for_domain(original_url), outlet):
        return None  # the site's own name for the outlet the original address belongs to
    if known and known != site_name:
        return known
    host = domain(site_url)
    return f"{site_name} ({host})" if site_name and host else site_name or host
