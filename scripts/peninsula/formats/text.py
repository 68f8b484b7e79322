"""Plain-text copies of web pages, and list pages holding many news items.

A copy-paste keeps captions, labels and banners as lines of their own; this module sorts the
lines into title, paragraphs, captions, section headings and related titles by their shape.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice, pairwise, takewhile

from ..clean import (
    COMMENTS_LABEL,
    COPY_LINK,
    DATABASE_EDITION,
    EDITORS,
    END_MARK_LINE,
    LATEST_LABEL,
    NEXT_LABEL,
    POPULAR_LABEL,
    PROFILE_LINE,
    RELATED_LABEL,
    RELATED_NOTE_LABEL,
    REPORTED_AT,
    SHARED_VIA,
    TAG_LABELS,
    byline_only,
    date_then_tools,
    ends_story,
    is_boilerplate,
    split_credit,
    strip_end_notes,
    tidy,
)
from ..dates import metadata_date
from ..fields import (
    CREDIT_LABEL,
    CREDIT_ROW,
    EDITION_LINE,
    ROLE_LABEL,
    WRITERS,
    author_from_header,
    bare_credit,
    bare_name,
    caps_byline,
    closing_byline,
    credited_writers,
    known_outlet,
    latin_names,
    likely_person,
    outlet_and_writers,
    outlet_for_domain,
    sourced_caption,
)
from ..textnorm import plain_text
from . import (
    BARE_URL,
    FACTIVA_CODES,
    FOLLOW_BUTTON,
    FORWARDED,
    FULL_DATE,
    HAN,
    HANGUL,
    HASHTAG_LINE,
    MEDIA_LABEL,
    SECTION_WORD,
    Doc,
    dateline_text,
    html,
    is_date_only,
    joplin_fields,
    menu_row,
    transcript,
)

_CRUMBS = re.compile(r"([^\s>＞›»]{1,12}\s*[>＞›»]{1,2}\s*){1,}[^\s>＞›»]{1,12}")  # (人民网>>国际)
_SENTENCE_END = re.compile(r"[。！？!?…」』”\"）)]$|[.]$")
_CREDIT_ONLY = re.compile(
    r"^[（(]\s*(圖|图|圖片|图片|照片|攝影|摄影|photo|credit)\s*[/／:：].{1,60}[)）]$", re.I
)


# --- hard-wrapped copies -------------------------------------------------------------------------

# Characters printed two columns wide (CJK, fullwidth forms): a wrapped line's width is in columns.
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]"
)
_PARAGRAPH_START = re.compile(r"^(?:[\u3000\t]| {2})")  # an indented line opens a paragraph


def _columns(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def _first_word(line: str) -> str:
    """What the wrap could not fit at the end of the line before: a Latin word or one character."""
    m = re.match(r"[A-Za-z0-9'’.,;:!?()-]+", line)
    return m.group() if m else line[:1]


_CLAUSE_MARK = re.compile(r"[，。、；：！？]")
_ENDS = ("。", "！", "？", "!", "?", "…", "」", "』", "”", '"', "）", ")", ".")  # as _SENTENCE_END


def _runs_on(line: str, nxt: str) -> bool:
    """Prose broken at the line's end, not a list of headlines or a table: Chinese punctuation
    inside the line, or a Latin line going on in lower case."""
    return bool(_CLAUSE_MARK.search(line)) or nxt.lstrip()[:1].islower()


def unwrap(text: str) -> str:
    """Join the lines a fixed-width copy (a PDF, a narrow column, a mail) broke inside its
    paragraphs. Such a copy has a wrap width (the widest lines, bar a tenth); a line is full
    when the next line's first word would not have fitted after it. When at least 4 in 10
    lines are full, and most full lines stop mid-sentence and read as prose (_runs_on), a
    full line runs on into the next, unless that one is indented, blank or a date line.
    Copies with one paragraph a line (most) end their lines with sentences, and lists of
    headlines have no clause marks: both are returned unchanged."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # cheap test first: the rule below needs more than a quarter of the lines left open
    filled = [ln.rstrip() for ln in lines if ln.strip()]
    open_ended = sum(1 for ln in filled if not ln.endswith(_ENDS))
    if open_ended < 2 or open_ended < 0.25 * len(filled):
        return text
    widths = [_columns(ln.rstrip()) for ln in lines]
    counted = sorted(w for w in widths if w)
    if len(counted) < 4:
        return text
    wrap = counted[int(0.9 * (len(counted) - 1))]
    full = set()
    for i in range(len(lines) - 1):
        nxt = lines[i + 1].strip()
        if widths[i] and nxt:
            gap = 1 if lines[i].rstrip()[-1:].isascii() and nxt[:1].isascii() else 0
            if widths[i] + gap + _columns(_first_word(nxt)) > wrap - 2:
                full.add(i)
    if (
        wrap < 24
        or len(full) < max(3, 0.4 * len(counted))
        or sum(bool(_SENTENCE_END.search(lines[i].rstrip())) for i in full) > len(full) / 3
        or sum(_runs_on(lines[i], lines[i + 1]) for i in full) < 2 * len(full) / 3
    ):
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in full and not _PARAGRAPH_START.match(line) and not is_date_only(line):
            prev = out[-1].rstrip()
            gap = " " if prev[-1:].isascii() and line[:1].isascii() else ""
            out[-1] = prev + gap + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    text = _INVISIBLE.sub("", text)  # zero-width spaces a copied page's buttons carry
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [ln for ln in lines if ln]


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


# A wire dateline on a line of its own (中央社記者廖禹揚首爾2日專電) opens the story; not a heading.
# A line that is a dateline or a date line, never a sub-heading (新华社 · 2024年11月5日 星期二).
_DATELINE_LINE = re.compile(
    r"记者|記者|\d{1,2}\s*日\s*(专|專)?(电|電|讯|訊)$|^By\s+[A-Z]"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)


# A dateline opening a story's first paragraph: 【明報專訊】, （中央社記者…28日電）.
_LEAD_DATELINE = re.compile(r"^\s*(【[^【】]{1,30}】|[（(][^()（）]{1,40}[电電讯訊][)）])\s*")


# A social post's time and client: 24-6-2 10:15 来自 微博 weibo.com / 6月2日 10:15 來自 iPhone.
_POSTED_FROM = re.compile(
    r"^(?P<yy>\d{2})?(?P<rest>(?:(?<=\d)-|\d{4}-)?\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日)"
    r"(?P<time>\s+\d{1,2}:\d{2})?\s+(?:来自|來自)\s*[^。，]{0,40}$"
)
_TOPIC_WORD = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·](?:[\u4e00-\u9fffA-Za-z0-9·]|-(?!-)){0,11}"
)  # 萬里鏡-1號
_TAG_PAGE = re.compile(r"/(?:tag|tags|tagging|topic|topics|keyword|keywords)[/_=]")
_NOT_SECTIONS = ("正文", "全文", "内文", "內文")  # the crumb naming the page itself
# A line in English alone, no sentence's full stop: a picture's alt text in a Chinese copy.
_ALT_TEXT = re.compile(r"[A-Z][^\u4e00-\u9fff\n。]{10,200}(?<![.!?])")
# A related item's section and day, glued (全球2024年10月14日).
_SECTION_DAY = re.compile(r"[\u4e00-\u9fff]{1,6}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_BRACKETED = re.compile(r"[（(](?P<names>[^()（）]{2,60})[)）]")


def _agencies_line(line: str) -> bool:
    """A line naming only the agencies a story draws on, in brackets (DW: (路透社、美聯社、韓聯社))."""
    m = _BRACKETED.fullmatch(line)
    names = re.split(r"\s*[、,，/／;；]\s*", m["names"].strip()) if m else []
    return len(names) >= 2 and all(known_outlet(n) for n in names)


def _tag_word(line: str) -> bool:
    """A tag's word a line under its label; not the label of the page's next box (讀者迴響)."""
    return (
        bool(_TOPIC_WORD.fullmatch(line))
        and not any(
            label.match(line)
            for label in (COMMENTS_LABEL, RELATED_LABEL, POPULAR_LABEL, LATEST_LABEL)
        )
        and not is_boilerplate(line)  # (an ad's label, a skip link: 廣告, 跳過更多內容部分)
    )


def _bare_tag(line: str) -> bool:
    """A tag's word with no label over it: a short name, no date, no number."""
    return len(line) <= 8 and _tag_word(line) and not line.isdigit() and not is_date_only(line)


_EDITOR_LINE = re.compile(r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]")
_TAG_LABEL_ALONE = re.compile(rf"(?:{TAG_LABELS})\s*[:：﹕]?", re.IGNORECASE)
# Labelled keywords under a copied story: 文章关键词： 朝鲜 韩国 气球.
_TAG_LINE = re.compile(rf"^(?:{TAG_LABELS})\s*[:：﹕]\s*(?P<tags>\S.{{0,80}})$", re.IGNORECASE)
_EDITION_ROW = re.compile(
    r"[^\s/／]{2,12}\s*[/／]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[/／]\s*"
    r"第\s*[\dA-Z]{1,4}\s*版(?:\s*[:：]\s*\S{1,10})?"
    # (or the paper and its page alone: 辽宁日报  04版：国际新闻)
    r"|[^\s/／]{2,12}(?:日报|日報|晚报|晚報|时报|時報|报|報)\s+第?\s*[\dA-Z]{1,4}\s*版(?:\s*[:：]\s*\S{1,10})?"
)
_SOURCE_LINE = re.compile(r"(?:来源|來源)\s*[:：]\s*[^\s，。]{2,16}")
# The page's topic words a space apart under its source line (冬奥会 啦啦队 朝鲜): two may do
# there, where clean.split_tag_row asks three of a row under the story.
_TOPICS_UNDER_SOURCE = re.compile(r"[\u4e00-\u9fff·]{1,8}(?: [\u4e00-\u9fffA-Za-z0-9·]{1,8}){1,5}")
_HANDLE = re.compile(r"^@[A-Za-z0-9_]{2,30}$")  # a social account's handle on its own line
# A topic tag of a social post: #朝鲜半岛局势#.
_HASHTAG = re.compile(r"#([^#\s][^#\n]{0,29})#")
# What a dateline in brackets holds and a headline in brackets does not.
_DATELINE_WORDS = re.compile(r"\d|讯|訊|电|電|记者|記者|报道|報導|報道|报导|综合|綜合")


def _whole_year(m: re.Match) -> str:
    """Weibo prints this year's posts as 24-6-2: the two-digit year is 2000 plus it."""
    return (f"20{m['yy']}" if m["yy"] else "") + m.group(0)[len(m["yy"] or "") :]


_BRACKET_LEAD = re.compile(r"^【[^【】]{4,40}】\s*(?:#[^#\s]{1,30}#\s*)*")


def bracket_headline(line: str) -> str | None:
    """The headline a post prints in brackets before its text (【朝鲜再次发射弹道导弹】), not
    a dateline (【明報專訊】) or an outlet's name (【大纪元】); topic marks (#) are dropped."""
    m = re.match(r"^【([^【】]{4,40})】", line)
    if m is None or _DATELINE_WORDS.search(m.group(1)) or known_outlet(m.group(1)):
        return None
    return m.group(1).replace("#", "").strip() or None


def _is_story_paragraph(line: str) -> bool:
    """A first line that is a paragraph of the story, not a headline: long and ending a
    sentence, or opening with a bracketed dateline."""
    return (
        (len(line) > 60 and bool(_SENTENCE_END.search(line)))
        or (len(line) > 30 and line.endswith("。") and "，" in line)  # no headline ends so
        or bool(_LEAD_DATELINE.match(line) and len(line) > 30)
    )


def _is_heading(line: str, next_line: str | None) -> bool:
    """A short line with no sentence punctuation, followed by a longer paragraph."""
    return (
        len(line) <= 30
        and not line.startswith(("▲", "△", "↑"))  # a picture's caption (▲朝中社13日发布的…)
        and not _SENTENCE_END.search(line)
        and not re.search(r"[，,。:：]", line)
        and not _DATELINE_LINE.search(line)
        and next_line is not None
        and len(next_line) > len(line) * 2
        and not byline_only(line)  # 文 | 李明远: a credit, read as one later
    )


_MD_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
# A related item's line of counts and age: 环球网 1.2万评论 6天前.
_ITEM_META = re.compile(
    r"[\d.]+\s*[万萬]?\s*(?:评论?|評論?|阅读|閱讀|赞|讚)|\d+\s*(?:分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
)
_MD_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]+)\)$")
_ITALIC = re.compile(r"\*[^*]+\*|_[^_]+_")
_MD_LINK = re.compile(r"^(?:[-*]\s+)?\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)$")
_MD_LINK_DATED = re.compile(
    r"^(?:[-*]\s+)?\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)\s+(?P<after>\S.{0,24})$"
)


def _without_export_footer(lines: list[str]) -> list[str]:
    """A Markdown export's own footer after its last rule, set as a quote (> 本条目由 FreshRSS
    自动归档 …), and rule lines themselves: not the article."""
    rules = [k for k, ln in enumerate(lines) if _MD_RULE.match(ln)]
    if rules and all(ln.startswith(">") for ln in lines[rules[-1] + 1 :]):
        lines = lines[: rules[-1]]
    return [ln for ln in lines if not _MD_RULE.match(ln)]


_LABELLED_DATE = re.compile(
    r"(?:(?:发布|發布|發佈|更新|刊登|出版|上稿|发稿|發稿|登录|登錄)?(?:日期|时间|時間)\s*[:：]|(?:发布|發布|更新)\s*/"
    r"|(?:出版|發布|发布|發佈|更新|刊登)\s*[:：]"  # (香港01: 出版：2024-12-05 11:42)
    r"|(?:发布|發布|發佈|更新)(?:日期|时间|時間)\s"
    r"|(?:发送|發送|发稿|發稿)(?:时间|時間)(?=\s*\d))"  # (韩联社, machine-translated: 发送时间2024-01-16)
    r"\s*(?P<date>\S.*)"
)  # (联合早报 prints 发布/2024年5月27日 20:41; 鏡週刊 發布時間 2026.04.21 10:15 臺北時間)


def _labelled_date(line: str) -> bool:
    """A date line with its label: 發布日期：113-05-28, 发布时间：2024-06-03 10:20 (maybe with
    its edit time after it: 发稿时间 : 2025-06-12 18:05 修改时间 : 2025-06-12 19:20)."""
    m = _LABELLED_DATE.fullmatch(line.strip())
    return bool(m and is_date_only(_EDITED_AFTER.sub("", m["date"])))


_EDITED_AFTER = re.compile(r"\s+(?:修改|更新|最后更新|最後更新)(?:时间|時間)?\s*[:：].{6,30}$")


# A press release's contact and attachments under its text: the release has ended.
_CONTACT = re.compile(
    r"^(?:新聞聯絡人|新闻联络人|聯絡人|联络人|聯繫人|联系人|聯絡電話|联络电话|联系电话)\s*[:：]"
    r"|^(?:相關附件|相关附件|附件下載|附件下载|附件)\s*[:：]?\s*$"
)


# A line naming the source, its address on the next line: 来源：自由亚洲电台 (a shared post), a
# reader view's 阅读原文.
_SOURCE_LABEL = re.compile(
    r"^(?:(?:来源|來源|原文|原文網址|原文网址|出处|出處|source)\s*[:：]"
    r"|(?:阅读原文|閱讀原文|查看原文|原文链接|原文鏈接|原文連結)\s*[:：]?\s*$)",
    re.I,
)
_COPIED_TITLE = re.compile(r"(?:原文網址|原文网址)\s*[:：]\s*(?P<title>\S.{5,120})$")
# A rule line between parts of a copy: ----- or ===== (five or more of one character).
_RULE_BODY = r"[ \t]*([-=*_~─━—═])\1{4,}[ \t]*"
# A headline in lenticular brackets, an emoji before it, near the top of a shared post:
# 🔴【朝鲜宣布暂停散发垃圾气球…】 (what comes before it is the channel's, not the story's).
_BRACKET_HEADLINE = re.compile(r"^[^\w【]{0,3}【(?P<title>[^【】]{6,80})】$")


# What a dateline in brackets has and a headline does not: 【大纪元2024年6月2日讯】.
_BRACKETED_DATELINE = re.compile(
    r"(?:讯|訊|电|電|报道|報導|報道|报导)$|记者|記者|\d{1,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*日"
    r"|^(?:文|撰文|编译|編譯|翻译|翻譯)\s*[/／]"  # (or its writer: 【文/观察者网 陈衡】)
)


def _bracket_headline(lines: list[str]) -> list[str]:
    """A shared post's headline in 【】 among its first lines: the lines before it (a day
    separator, the channel's name, Forwarded from …) are not the story."""
    for k, ln in enumerate(lines[:5]):
        if (
            (m := _BRACKET_HEADLINE.match(ln))
            and not _BRACKETED_DATELINE.search(m["title"])
            and not is_boilerplate(ln)  # (a toolbar's: 【字体：大 中 小】)
        ):
            head = lines[:k]
            if all(len(h) <= 40 and not _SENTENCE_END.search(h) for h in head):
                # (the post's time line and an outlet's account name stay, as evidence)
                kept = [h for h in head if _POSTED_FROM.match(h) or known_outlet(h)]
                return [m["title"], *kept, *lines[k + 1 :]]
            if (
                k + 1 < len(lines)
                and is_date_only(lines[k + 1])
                and all(len(h) <= 80 for h in head)
            ):
                # a post sharing a story: the poster's words (今天凌晨又一位…！ / 全文轉貼👇)
                # over its headline in brackets and its date
                return [m["title"], *lines[k + 1 :]]
            break
    return lines


# An outlet's name in another script beside its Chinese name: SETN.com, 한겨레.
_OTHER_SCRIPT_NAME = re.compile(r"[A-Za-z0-9.\-\uac00-\ud7a3 ]+")


def _site_line(line: str) -> str | None:
    """A known outlet's name heading a copied page, alone or with its Latin or Korean name or
    domain, either side (明報新聞網, 三立新聞網 SETN.com, 한겨레 韩民族日报中文网)."""
    if known_outlet(line):
        return line
    name, _, rest = line.partition(" ")
    if rest.isascii() and known_outlet(name):
        return name
    other, _, name = line.rpartition(" ")
    if _OTHER_SCRIPT_NAME.fullmatch(other) and known_outlet(name):
        return name
    name, _, other = line.partition(" ")
    return name if _OTHER_SCRIPT_NAME.fullmatch(other) and known_outlet(name) else None


def _latest(body: list[str], k: int) -> bool:
    """A latest-news label (最新新聞) after the story's last sentence, or after the share
    buttons under it, or after the related list that follows it, opens the site's list of
    other stories: the story has ended."""
    if not LATEST_LABEL.match(body[k]):
        return False
    related = next((i for i in range(1, k) if _related_label(body[i])), None)
    if related and _story_end_over(body, related, 30) is not None:
        return True
    return _story_end_over(body, k, 10) is not None


def _story_end_over(body: list[str], k: int, longest: int) -> int | None:
    """Where the story's text ends above line k, over short lines that hold no sentence (its
    buttons, an app's promotions: `longest` characters at most); None when no sentence ends
    there (the line is within the story, or under a list)."""
    j = k - 1
    while j >= 0 and len(body[j]) <= longest and not _SENTENCE_END.search(body[j]):
        j -= 1
    return j + 1 if j >= 0 and _SENTENCE_END.search(strip_end_notes(body[j])) else None


def _story_again(body: list[str], i: int) -> bool:
    """Lines i and i + 1 are paragraphs of a story, not a related list's summaries (a list
    has a title between two): each long, each closing a sentence."""
    two = body[i : i + 2]
    return len(two) == 2 and all(len(ln) >= 40 and _FULL_STOP.search(ln) for ln in two)


_CREDIT_OVER = re.compile(
    r"[\[【(（]\s*(?:图片来源|圖片來源|图片|圖片|照片|图源|圖源)\s*[:：]\s*(?P<credit>[^\]】)）]{2,20})[\]】)）]"
)
# marks around a label: **相关新闻**, —— 本期更多文章 ——, [关联新闻], >>国际新闻精选：
_DECOR = "*—–-=~ \u3000[]【】>»#"  # (### 延伸閱讀, a Markdown copy's heading)


def _printed_in(line: str) -> bool:
    """A database's line of the story's day, paper and page (【2024-04-11/聯合報/A10版/國際】)."""
    return bool(DATABASE_EDITION.fullmatch(line))


def _related_label(line: str) -> bool:
    """A related list's label alone on its line (延伸閱讀, **相关新闻**)."""
    m = RELATED_LABEL.match(line.strip(_DECOR)) if len(line) <= 24 else None
    return bool(m) and not m["rest"]


# A note's title: the headline, then the outlet and the day it ran in brackets (（人民网 2021.1.11）)
_NOTED_TITLE = re.compile(
    r"(?P<headline>.{6,60}?)\s*[（(][^（）()]{0,16}?\d{4}\s*[./\-年]\s*\d{1,2}(?:\s*[./\-月]\s*\d{1,2}\s*日?)?[)）]"
)
_AD_LABEL = re.compile(r"广告|廣告|推广|推廣|赞助|贊助|AD|Ad|Sponsored")
_BRACKET_LABEL = re.compile(r"【\s*[^\s【】\d]{1,6}\s*】")
# A spokesperson's title and name (國務院發言人 馬修·米勒): a name, not a headline's words after
_SPOKESPERSON_TITLED = (
    r"(?:发言人|發言人)\s+"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·・‧][\u4e00-\u9fff]{1,6})$"
)
_SPOKESPERSON = re.compile(r"\S{0,12}" + _SPOKESPERSON_TITLED)
# (答记者问, 記者會 in a headline are no byline)
_BYLINE_WORDS = re.compile(
    r"(?:记者|記者)(?![问問会會])|编辑|編輯|作者|撰稿|撰文|责编|責編|来源|來源|\s[|｜]\s"
    r"|特派员|特派員|^文\s*[/／|｜]\s*\S"  # 文 / 林诗婷（首尔特派员）
    rf"|{REPORTED_AT}"  # 東森新聞 李宜臻 徐國衡 台北報導
    r"|" + _SPOKESPERSON_TITLED  # (a statement's: 國務院發言人 馬修·米勒)
)
_FULL_STOP = re.compile(r"[。！？!?][”」』\"]?\s*$")


_ISSUE_NUMBER = re.compile(r"\s*第\s*\d{1,5}\s*[号號期]\s*$")  # a paper's issue after its day


# A platform's label alone on its line over the column a post is in (方格子's 發佈於).
_POSTED_IN = re.compile(r"(?:发布于|發佈於|發布於)\s*[:：]?")
# A post's notice that its writer holds its rights: © 本文版权归作者  南山下的猫  所有，….
_WRITERS_RIGHTS = re.compile(
    r"[©Ⓒ]?\s*本(?:文|篇)(?:版权|版權|著作权|著作權)(?:归|歸)作者\s*(?P<name>[^\s，,。]{1,20}?)\s*所有"
)


def _story_start(lines: list[str]) -> int:
    """Where the headline is in a whole page copied (Ctrl+A): the site's menu comes first, a
    run of short lines, then the headline over its date line (alone, or with the outlet:
    2024年06月03日 09:12 环球网). 0 when the copy does not start with a menu. (Read after the
    date lines are taken; _chrome_over_headline, read before, finds the shorter chromes.)"""
    dated = list(
        islice(
            (
                k
                for k, ln in enumerate(lines[:80])
                if len(ln) <= 60  # 登录 : 2018-09-19 17:52  修改 : 2018-09-19 18:30
                and (
                    date_and_source(ln)
                    or _labelled_date(ln)
                    or EDITION_LINE.fullmatch(ln)
                    or date_then_tools(ln)  # (主体113(2024)年6月20日 星期四　　字号：大 中 小)
                )
            ),
            3,  # the first three are enough (see below)
        )
    )
    # the first date line may be the page's (a paper archive's day over its page list), or, at
    # the top, the day its top bar shows with its weekday (主体112(2023)年 8月 21日 星期一)
    later = [d for d in dated if d >= 4]
    if later and dated[0] < 4 and _WEEKDAY_OR_LUNAR.search(lines[dated[0]]):
        dated = later  # (the story's own day under the menu; else the top bar's dates it)
    for d in dated[:3] if dated and dated[0] >= 4 else ():
        if h := _headline_over(lines, d) or _headline_under(lines, d):
            return h
    # (or the story is undated over its text, its date under it or over the headline, tags
    # between, as 星洲网's is: the headline is over the first paragraph, under a menu)
    first = next((k for k, ln in enumerate(lines[:80]) if _is_story_paragraph(ln)), 0)
    end = first + 3 if dated and 4 <= dated[0] < first else dated[0] if dated else first + 3
    told = sum(map(_is_story_paragraph, lines[first:end]))
    if first >= 4 and told >= 3:  # (three paragraphs before any date: the story's own)
        return _headline_over(lines, first)
    if (
        first >= 4
        and dated
        and 1 < dated[0] - first <= 6
        and not _headline_like(lines[dated[0] - 1])
    ):
        # a standfirst and the lead picture between the headline and the date (not a note
        # over a pasted story's headline and date: 谢邀。… / headline / date)
        return _headline_over(lines, first)
    return 0


def _quoted_story(lines: list[str]) -> list[str] | None:
    """A report pasted into a post or an answer (知乎: 谢邀…, the report's headline over its
    date and source line, its text, then a divider and the poster's own views): the report,
    from its headline to the divider (a rule, _NOTE_RULE). None unless the poster wrote a sentence before it and
    the source is a known outlet."""
    for k, ln in enumerate(lines[:60]):
        dated = date_and_source(ln) if len(ln) <= 60 else None
        if not (dated and dated[1] and known_outlet(dated[1]) and 2 <= k < len(lines) - 1):
            continue
        if not _headline_like(lines[k - 1]) or len(lines[k + 1]) < 40:
            return None
        if not any(_SENTENCE_END.search(h) and len(h) > 15 for h in lines[: k - 1]):
            return None
        story = lines[k - 1 :]
        end = next((j for j, s in enumerate(story) if j > 3 and _NOTE_RULE.fullmatch(s)), None)
        return story[:end]
    return None


def _headline_over(lines: list[str], d: int) -> int:
    """The headline's line over date line d, with the site's menu above it; 0 for none."""
    # the headline is over the date line, or over a deck and a byline above it, or a block of
    # credits (文字 / 林映辰 / 攝影 / 周德昌: short lines, not counted)
    tried, credits, skipped = 0, False, False
    for h in range(d - 1, max(d - 24, 0), -1):
        if tried == 3:
            break
        if h < d - 1 and any(len(ln) > 150 for ln in lines[h + 1 : d]):
            break
        if len(lines[h]) <= 4 and (credits := credits or bool(CREDIT_LABEL.fullmatch(lines[h]))):
            continue
        if CREDIT_ROW.fullmatch(lines[h]):
            continue  # or a label and its names a line: 文字 陳以樂 / 攝影 林均翰 / 設計 黃子晴
        if sourced_caption(lines[h]) or not split_credit(lines[h])[0]:
            # the lead picture's caption over the byline (…出席联合记者会。（路透社）), or its
            # credit alone ((图:美联社))
            continue
        headline = lines[h]  # it may end in a quotation (…金正恩的“两国论”), not a full stop
        if _BYLINE_WORDS.search(headline) or outlet_and_writers(headline):
            continue  # 界面新闻编辑 | 刘海川, 美国之音 詹凯文 under the headline
        if (is_boilerplate(headline) and len(headline) > 8) or menu_row(headline):
            continue  # (nor tried: the toolbar between, 字号：大 中 小    打印)
        short = re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", headline) and not is_boilerplate(headline)
        if short and d - h <= 4:
            skipped = True  # (nor a name too short for a headline: its section, 科技前沿; its
            continue  # desk; but then the headline over them must be a headline's length)
        tried += 1
        if skipped and len(headline) < 10:
            continue
        if is_boilerplate(headline):
            continue  # (a menu's word is: the headline is no higher)
        if not 6 <= len(headline) <= 80 or _FULL_STOP.search(headline):
            continue
        if not re.search(r"[\u4e00-\u9fff]{2}", headline):
            continue  # (a menu's Latin word: e-Paper; a Chinese copy's headline has Chinese)
        if _LABELLED_DATE.match(headline):  # 日期: 2004-7-28 21:35    人气: 1,204
            continue
        if _menu_like(lines[:h]):
            return h
    return 0


def _menu_like(menu: list[str]) -> bool:
    """Lines that are a site's menu: mostly short words, buttons, crumbs or the site's name,
    and no paragraph of a story."""
    short = sum(
        len(ln) <= 8
        or is_boilerplate(ln)
        or bool(_CRUMBS.fullmatch(ln))
        or menu_row(ln)
        or bool(_site_line(ln))  # 報導者 The Reporter
        or bool(_WEEKDAY_OR_LUNAR.search(ln) and is_date_only(ln))  # the top bar's day
        or (ln.isascii() and len(ln) <= 24 and len(ln.split()) <= 4)  # an app's: Back to Saves
        for ln in menu
    )
    return short >= 0.8 * len(menu) and not any(_is_story_paragraph(ln) for ln in menu)


def _headline_under(lines: list[str], d: int) -> int:
    """The headline's line right under date line d, a paper's page line (《劳动新闻》 2024年6月20
    日 第1版 / headline / its deck / the text), with the site's menu and toolbar over it; 0 for
    none (a headline over its date line has no toolbar's line right over the date)."""
    h = d + 1
    if h >= len(lines) or not _headline_like(lines[h]) or is_boilerplate(lines[h]):
        return 0
    above = lines[d - 1]
    if _headline_like(above) and not (is_boilerplate(above) or menu_row(above)):
        return 0
    told = any(_is_story_paragraph(ln) for ln in lines[h + 1 : h + 4])
    return h if told and _menu_like(lines[:d]) else 0


# A field of the labelled list an export prints under the headline (an RSS reader's Markdown:
# "- 原文链接: https://…", "- 作者: 章若岚", "**来源**：美国之音中文网").
_FIELD = re.compile(
    r"^(?:[-*]\s+)?(?:\*\*)?(?P<label>[^:：*\s]{1,8}|[A-Za-z_][\w-]{1,20}|[A-Za-z][a-z]+(?: [a-z]+){1,2})"
    r"(?:\*\*)?\s*[:：]"
    r"\s*(?:\*\*)?\s*(?P<value>\S.*)$"
)
_FIELD_ROLES = {
    "title": r"title|headline|标题|標題",  # (a scraper's header: title: …; 标题： opens a labelled record)
    "url": r"来源网址|來源網址|来源链接|來源連結|原文链接|原文鏈接|原文连结|原文連結|原文网址|原文網址|原文|链接|鏈接|連結|网址|網址|url|link|source url",
    "source": r"来源|來源|资料来源|資料來源|媒体|媒體|出处|出處|报纸名称|報紙名稱|刊名|报别|報別|报名|報名|publication|outlet|feed"
    r"|发稿单位|發稿單位|稿源",  # (a wire database's: 发稿单位：新华社国际部)
    "author": r"作者|记者|記者|author|by",
    "date": r"发布时间|發布時間|发表时间|發表時間|发布日期|發布日期|日期|时间|時間|报纸日期|報紙日期|出版日期"
    r"|发布|發布|發佈|发表|發表"  # (a feed-to-Markdown script's - 发布：2023-04-27 08:52:16)
    r"|刊登日期|刊出日期|出刊日期|见报日期|見報日期"
    r"|发稿时间|發稿時間"
    r"|published|date|pubdate",
    "category": r"分类|分類|栏目|欄目|频道|頻道|category|section",
    "tags": r"标签|標籤|关键词|關鍵詞|tags|tag|keywords",
    "saved": r"访问日期|訪問日期|访问时间|訪問時間|浏览日期|瀏覽日期|accessed|收藏时间|收藏時間|归档时间|歸檔時間|保存时间|保存時間|抓取时间|抓取時間|擷取日期|擷取時間|撷取日期|撷取时间|擷取|撷取|saved|archived|clipped"
    r"|下载|下載|下载时间|下載時間|下载日期|下載日期|保存日期|存档日期|存檔日期|存档|存檔|存档时间|存檔時間|复制时间|複製時間|采集|採集|采集时间|採集時間"
    r"|保存|收藏|复制|複製|保存于|保存於|存档于|存檔於|收藏于|收藏於|下载于|下載於"
    r"|剪藏时间|剪藏時間|创建时间|創建時間|created|created time|date created|last edited time"
    r"|整理日期|整理时间|整理時間|抓取日期|录入日期|錄入日期|录入时间|錄入時間",
    # a researcher's own fields over the copy: the project, who entered it, a remark
    "note": r"课题|課題|项目|項目|录入人|錄入人|整理人|收集人|备注|備註|待办|待辦|todo",
}
_FIELD_ROLE = {
    label.lower(): role for role, labels in _FIELD_ROLES.items() for label in labels.split("|")
}
_ISO_IN = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")


def _record_head(lines: list[str]) -> list[str]:
    """A news database's printed record (聯合知識庫): its name, the search and the record's
    place in the results (檢索條件：… / 第 3 筆／共 27 筆) over the record's fields (刊登日期、報別、
    作者…, labels spaced to a width: 報　　別：聯合報). The fields start the lines, their labels
    closed up; the search's lines go (its dates and paper are the search's, not the story's)."""
    for k in range(min(7, len(lines) - 3)):
        fields = [_SPACED_LABEL.sub(_closed_up, ln) for ln in lines[k : k + 3]]
        matched = [m for ln in fields if (m := _FIELD.match(ln))]
        roles = {_FIELD_ROLE.get(m["label"].lower()) for m in matched}
        if len(matched) == 3 and ({"date", "source"} <= roles or {"date", "author"} <= roles):
            rest = [_SPACED_LABEL.sub(_closed_up, ln) for ln in lines[k:]]
            end = next((j for j, ln in enumerate(rest) if not _is_field(ln)), len(rest))
            # (the record's headline under its fields: what is over them is the database's)
            under = rest[end : end + 2]
            headed = (
                len(under) == 2
                and _HEADLINE_RUN.search(under[0]) is not None  # (no rule, no image)
                and len(under[0]) <= 60
                and not _SENTENCE_END.search(under[0])
                and len(under[1]) >= 30
            )
            # (the database's name and search over them: short lines, no field but furniture)
            above = lines[:k]
            if headed and all(
                len(ln) <= 80
                and not _SENTENCE_END.search(ln)
                and (not _is_field(ln) or is_boilerplate(ln))
                for ln in above
            ):
                return rest
            return lines[:k] + rest
    return lines


_SPACED_LABEL = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}(?=[ \u3000]*[:：])")


def _closed_up(m: re.Match) -> str:
    return re.sub(r"[ \u3000]", "", m.group())


def _fields_block(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """The labelled field list under the headline (three fields or more, one per line), by
    role, and the lines without it. Unknown labels in the block (订阅源) go with it."""
    first = _FIELD.match(lines[0]) if lines else None
    start = 0 if first and first["label"].lower() in _FIELD_ROLE else 1  # else the headline
    ruled = start < len(lines) and bool(_RULE.fullmatch(lines[start]))  # (a wire's: ====)
    end = start = start + ruled
    while end < len(lines) and _is_field(lines[end]):
        end += 1
    # (not an empty field; several a line, a wide space apart: 稿件类型：快讯　　发稿单位：…)
    block = [
        m for ln in lines[start:end] for one in _FIELDS_APART.split(ln) if (m := _FIELD.match(one))
    ]
    roles = {_FIELD_ROLE.get(m["label"].lower()) for m in block} - {None}
    # (or two known ones opening the file, one the page's address or the day it was copied:
    # 来源网址：… / 复制时间：…, a researcher's header)
    if len(roles) < 2 or (
        len(block) < 3 and (start > 0 or len(roles) < len(block) or not roles & {"url", "saved"})
    ):
        return {}, lines
    if ruled:
        start -= 1
    # (the rule under the block goes with it: a researcher's header over ===== and the copy)
    end += end < len(lines) and bool(_RULE.fullmatch(lines[end]))
    found = {}
    for m in block:
        if _BARE_ADDRESS.fullmatch(m.group()):  # (the page's address on a line of its own)
            found.setdefault("url", m.group())
        elif role := _FIELD_ROLE.get(m["label"].lower()):
            found.setdefault(role, m["value"].strip().strip("*").strip())
    return found, lines[:start] + lines[end:]


# (a time's label stays with the day's: 發稿日期：113年08月15日　時間：10:02)
_FIELDS_APART = re.compile(r"(?:\u3000|[ \t]{2,})\s*(?=(?!時間|时间)[^\s:：]{1,8}[:：])")
_EMPTY_FIELD = re.compile(r"[A-Za-z_][\w-]{0,20}\s*[:：]\s*|[^\s:：]{1,6}\s*[:：]")


def _is_field(line: str) -> bool:
    """A line of the field list: a known label, or another short one (订阅源: …); never the
    text's label (正文：) nor a sentence that opens with a speaker (韩方表示：…。)."""
    if _EMPTY_FIELD.fullmatch(line):
        return True  # a field left empty in a scraper's header (author: )
    m = _FIELD.match(line)
    if m is None or _TEXT_LABEL.match(line):
        return False
    if len(line) > 200 and _FIELD_ROLE.get(m["label"].lower()) != "url":  # (an address may be long)
        return False
    return m["label"].lower() in _FIELD_ROLE or (
        len(m["value"]) <= 80 and not re.search(r"[。！？!?]$", m["value"])
    )


# A page's <title> kept with the headline: 朝鲜谴责韩中日联合宣言 | 韩联社
_SITE_SUFFIX = re.compile(
    r"(?P<title>.{6,}?)\s+[|｜–—-]\s+(?P<site>[^|｜\s](?:[^|｜]{0,18}[^|｜\s])?)$"
)


def _without_site(title: str) -> tuple[str, str | None]:
    """A page's <title> without the known site's name after it (… | 联合早报), or its name and
    the day after it (… – DW – 2023年5月21日), and that name."""
    if (site := _SITE_SUFFIX.match(title)) and known_outlet(site["site"]):
        # (and a section's name before it: … | 國際 | 中央社 CNA)
        return html.title_without_site(site["title"]) or site["title"], site["site"]
    bare = html.title_without_site(title)
    if bare == title:
        return title, None
    # the site among the parts cut, maybe with its Latin name (… | 國際 | 中央社 CNA)
    words = re.split(r"[\s|｜_–—-]+", title[len(bare) :])
    named = html.site_in_title(title) or next((w for w in words if known_outlet(w)), None)
    return (bare, named) if named else (title, None)


# An e-paper page's list of its headlines over the story, copied with it: 本版标题： / · …
_PAGE_LIST_LABEL = re.compile(
    r"(?:本版|本期)(?:标题|標題|导读|導讀|文章|新闻|新聞)\s*[:：]?|(?:标题|標題)(?:导航|導航)"
)
_BULLET = re.compile(r"[·•．・]\s*\S.{1,60}")


def _without_page_list(lines: list[str]) -> list[str]:
    """Without an e-paper page's list of its headlines (its label and two or more bullets)
    near the top: the page's, not the story's."""
    for k, ln in enumerate(lines[:40]):
        if _PAGE_LIST_LABEL.fullmatch(ln):
            n = k + 1
            while n < len(lines) and _BULLET.fullmatch(lines[n]):
                n += 1
            return lines[:k] + lines[n:] if n - k > 2 else lines
    return lines


_CODED_EDITOR = re.compile(r"\s*[（(]\s*(?:編輯|编辑)\s*[:：][^（）()]{2,16}[)）]\s*\d{7,8}\s*")
_BRACKETED_RELATED = re.compile(r"[【\[]\s*(?P<label>[^【】\[\]]{2,8})\s*[】\]]")


def _without_inline_related(lines: list[str]) -> list[str]:
    """A related box inside the story (【看更多】 / 普丁訪朝前夕投書《勞動新聞》 / the story goes
    on): its bracketed label and the one to three headlines under it, not the story."""
    out, k = [], 0
    while k < len(lines):
        m = _BRACKETED_RELATED.fullmatch(lines[k])
        if m and _related_label(m["label"]) and any(_story_line(ln) for ln in lines[:k]):
            n = k + 1
            while n < len(lines) and n - k <= 3 and _headline_like(lines[n]):
                n += 1
            if n > k + 1 and n < len(lines) and _story_line(lines[n]):
                k = n  # the story goes on under the box
                continue
        # (or the label and its headline on one line: 【延伸閱讀】…被俘（按此看內文）)
        m = _BRACKETED_RELATED.match(lines[k])
        if (
            m
            and _related_label(m["label"])
            and _headline_like(_READ_ON.sub("", lines[k][m.end() :]).strip())
            and any(_story_line(ln) for ln in lines[:k])
            and k + 1 < len(lines)
            and (_story_line(lines[k + 1]) or sourced_caption(lines[k + 1]))  # (or a caption)
        ):
            k += 1
            continue
        # (or its note closing a paragraph: …的事。（相關報導： headline｜更多文章）, 風傳媒's)
        note = _RELATED_NOTE.search(lines[k])
        out.append(
            lines[k][: note.start()] if note and _story_line(lines[k][: note.start()]) else lines[k]
        )
        k += 1
    return out


_RELATED_NOTE = re.compile(rf"\s*[（(]\s*{RELATED_NOTE_LABEL}\s*[:：][^（）()]{{2,100}}[)）]$")
_READ_ON = re.compile(r"[（(](?:按此看內文|按此看内文|点击阅读|點擊閱讀|按此閱讀|按此阅读)[)）]$")


def _story_line(line: str) -> bool:
    """A sentence's worth of the story: no menu's, button's or headline's line."""
    return len(line) > 25 and bool(_FULL_STOP.search(line))


def _without_asides(lines: list[str]) -> list[str]:
    """A note-taking app's callout (Notion's <aside> … </aside>) holds the researcher's note."""
    if "<aside>" not in lines:
        return lines
    out, inside = [], False
    for ln in lines:
        if ln == "<aside>":
            inside = True
        elif ln == "</aside>" and inside:
            inside = False
        elif not inside:
            out.append(ln)
    return out


# A page printed from a browser (Chrome's "Save as PDF", then pdftotext): each page opens with
# the day and time it was printed and the page's title, and closes with its address and the
# page's number.
_PRINT_HEADER = re.compile(
    r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})\s+(?:上午|下午)?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?"
    r"\s+(?P<title>\S.*)"
)
_PRINT_FOOTER = re.compile(r"(?P<url>https?://\S+)\s+\d{1,3}/\d{1,3}")


# …or each on two lines, as a PDF's text copy gives them: the address over the page number, the
# print time over the page's title.
_HEADER_2 = (
    r"^(?P<day>\d{4}/\d{1,2}/\d{1,2}\s+(?:上午|下午)?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)[ \t]*\r?\n"
    r"(?P<title>[^\n]{4,120}?)[ \t]*\r?\n"
)
_FOOTER_2 = r"^(?P<url>https?://\S+)[ \t]*\r?\n[ \t]*(?P<page>\d{1,3}/\d{1,3})[ \t]*\r?\n"
_PRINT_HEADER_2 = re.compile(_HEADER_2, re.M)
_PRINT_FOOTER_2 = re.compile(_FOOTER_2, re.M)
_PAGE_BREAK = re.compile(
    _FOOTER_2 + _HEADER_2.replace("?P<day>", "?:").replace("?P<title>", "?:"), re.M
)


# A video player's controls copied a line each: its button, then its position and length
# (Play Video / 00:00 / / / 01:58).
_PLAYER = re.compile(
    r"^[ \t]*(?:Play Video|Play|播放|播放影片|播放視頻|播放视频)[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*\n(?:[ \t]*\n)?[ \t]*/[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$\n?",
    re.MULTILINE,
)


def _one_line_margins(text: str) -> str:
    """A printout's margins set on two lines each (print time / title, address / page) as the
    one line each _without_print_margins reads; between two pages they go, so a paragraph the
    page break cut is one again."""
    if "/" not in text or not (footers := list(_PRINT_FOOTER_2.finditer(text))):
        return text
    headers = list(_PRINT_HEADER_2.finditer(text))
    if not headers or len({h["title"] for h in headers}) != 1:
        return text
    first, last = headers[0], footers[-1]
    body = text[first.end() : last.start()]
    body = _PAGE_BREAK.sub("", body)  # (a page break inside a paragraph: its two halves meet)
    return (
        f"{text[: first.start()]}{first['day']}  {first['title']}\n{body}"
        f"{last['url']}  {last['page']}\n{text[last.end() :]}"
    )


def _cache_banner(lines: list[str], doc: Doc) -> list[str]:
    """A search engine's cached copy, its banner copied over the page (这是 Google 对 https://…
    的缓存。这是该网页在 2024年7月11日 02:18:40 GMT 的快照。…): the address is the page's, the
    snapshot's day bounds the story's; the banner and its buttons are no text."""
    m = _CACHE_BANNER.match(lines[0]) if lines else None
    if m is None:
        return lines
    doc.url = doc.url or m["url"] or m["en_url"]
    _copied_on(doc, lines[0])  # (the snapshot's day, as a copier's note's)
    chrome, rest = lines[1:8], lines[8:]  # (its buttons and tip under it)
    return [ln for ln in chrome if not (is_boilerplate(ln) or _CACHE_CHROME.fullmatch(ln))] + rest


_CACHE_BANNER = re.compile(
    r"(?:(?:这是|這是)\s*Google\s*(?:对|對)\s*<?(?P<url>https?://[^\s的<>]+)>?\s*(?:的)?"
    r"(?:缓存|快取|網頁快取|网页快照)"
    r"|This is Google's cache of\s+<?(?P<en_url>https?://\S+?)>?\.?(?=\s|$))"
)
# The cached copy's buttons and tip under its banner (Full version, 纯文字版本, Tip: …).
_CACHE_CHROME = re.compile(
    r"Full version|Text-only version|View source|Tip: .{0,120}|Learn more\.?"
    r"|完整版本|完整版|纯文字版本|純文字版本|查看源代码|查看原始碼|查看源代碼|提示：.{0,80}|了解详情|了解詳情"
)


def _without_print_margins(lines: list[str], doc: Doc) -> list[str]:
    """A printout's lines without its pages' margins: the address is the page's, the day it
    was printed an upper bound of the story's, and the page's title (the first header's) the
    first line."""
    footers = [m for ln in lines if (m := _PRINT_FOOTER.fullmatch(ln))]
    if not footers:
        return lines
    doc.url = doc.url or footers[0]["url"]
    headers = [m for ln in lines if (m := _PRINT_HEADER.fullmatch(ln))]
    if headers:
        doc.meta.setdefault("posted", _full_day(headers[0]))
    margins = {m.group(0) for m in footers + headers}
    lines = [ln for ln in lines if ln not in margins]
    if headers and (title := html.title_without_site(headers[0]["title"].strip())):
        # (the page prints its headline too, under its menu: the menu over it is chrome, kept
        # as evidence only; else the title comes first)
        again = next((k for k, ln in enumerate(lines[:40]) if ln == title), None)
        if again is None:
            return [title, *lines]
        doc.date_hints += lines[:again]
        return lines[again:]
    return lines


# A box a page lets screen readers skip (BBC: 跳过 热读 并继续阅读 … 热读 完): not the story.
_SKIP_BOX = re.compile(r"(?:跳过|跳過)\s*(?P<box>\S.{0,11}?)\s*(?:并继续阅读|並繼續閱讀)")


def _without_skipped_boxes(lines: list[str]) -> list[str]:
    """The lines without each skippable box, from its skip link to its end line (热读 完)."""
    out, k = [], 0
    while k < len(lines):
        if m := _SKIP_BOX.fullmatch(lines[k]):
            end = f"{m['box']} 完", f"{m['box']}完", f"{m['box']} 結束", f"{m['box']} 结束"
            k = next((j for j in range(k + 1, min(k + 40, len(lines))) if lines[j] in end), k) + 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _apply_fields(doc: Doc, found: dict[str, str]) -> list[str]:
    """Put an export's fields where the page's own would go; the source label is returned as
    header evidence (来源：…)."""
    # (or the source's with its address: 来源：新华网 http://…)
    if url := re.search(r"https?://\S+", found.get("url", "") or found.get("source", "")):
        doc.url = url.group(0).rstrip(")>")
    if "title" in found:  # a page's <title>: without its site's name (… | 联合早报)
        title = found["title"]
        title, site = _without_site(title)
        doc.site_name = doc.site_name or site
        doc.title, doc.title_source = title, "headline"
    if "author" in found:
        doc.meta["author"] = found["author"]
    if "date" in found:
        doc.date_hints.append(found["date"])
    if "category" in found:
        doc.category = re.split(r"\s*[/>›»|｜]\s*", found["category"])[-1] or None
    if "tags" in found:
        words = re.split(r"[\s,，、;；/／|｜]+", found["tags"])  # (宪法法院 / 弹劾 / 尹锡悦)
        doc.tags = [t.strip("#") for t in words if t.strip("#")]
    if saved := _ISO_IN.search(found.get("saved", "")):
        doc.meta["posted"] = _full_day(saved)
    elif "saved" in found and (day := metadata_date(found["saved"])).precision == "day":
        doc.meta["posted"] = day.published  # Created: June 3, 2024 10:23 AM (Notion)
    return [f"来源：{found['source']}"] if "source" in found else []


# What a platform prints beside a date: the update time in brackets (2024/6/3 15:08（6/3 16:20
# 更新）), the writer's IP location (2024-06-05 18:21·北京, …・IP 属地上海), a label (编辑于 …).
_DATE_EXTRAS = re.compile(
    r"\s*[（(][^（）()]{0,24}(?:更新|updated?)[)）]\s*$"
    r"|\s*[（(]\s*(?:更新|updated?)\s*[:：]?[^（）()]{0,30}[)）]\s*$"  # (更新: 18:22 13.09.2023)
    r"|\s*[·・]?\s*IP\s*(?:属地|屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}$"
    r"|\s*[·・]\s*[\u4e00-\u9fff]{2,8}$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:(?P<edit>编辑于|編輯於|更新于|更新於)|发布于|發布於|发表于|發表於|刊登于|刊登於)\s*"
)
# A row of a page's date parts, spaced dots between them; a reading time among them.
_ROW_PART = re.compile(r"\s+[•·・]\s+")
_SOURCE_ROW = re.compile(
    r"\[(?P<site>[^\[\]\n]{2,30})\]\((?P<url>https?://[^()\s]+)\)(?P<rest>(?:\s+[•·・]\s+[^•·・\n]{2,40}){1,3})"
)
_READING = re.compile(
    r"(?:閱讀時間|阅读时间|閱讀|阅读)\s*[約约]?\s*\d+\s*(?:分鐘|分钟|min)"
    r"|\d+\s*(?:分鐘|分钟)\s*[(（]?(?:閱讀|阅读)(?:時間|时间)?[)）]?"  # 3 分鐘 (閱讀時間)
    r"|(?:閱讀|阅读|瀏覽|浏览)\s*[\d.,]+\s*[萬万]?\+?"
)


def _date_line(line: str) -> tuple[str, bool] | None:
    """(the date, whether it is an edit time) of a line that is a date with a platform's extras
    (see _DATE_EXTRAS); None for any other line, and for a plain date line. A row of parts
    (更新於 01月16日15:32 • 發布於 01月16日15:20, … 下午2:05 · 閱讀時間約 2 分鐘) gives its
    publication date, its edit time only when it has no other."""
    parts = _ROW_PART.split(line.strip())
    if len(parts) > 1:
        found = [_date_line(p) or (p, False) for p in parts if not _READING.fullmatch(p)]
        if found and all(is_date_only(day) for day, _ in found):
            return min(found, key=lambda f: f[1])
    label = _DATE_LABEL.match(line)
    rest = _DATE_EXTRAS.sub("", line[label.end() :] if label else line).strip()
    if rest == line.strip() or not is_date_only(rest):
        return None
    return rest, bool(label and label["edit"])


# A mail's header lines over a story pasted into it (Outlook, Gmail, in Chinese or English).
_MAIL_FIELD = re.compile(
    r"^(?:(?P<date>日期|date|发送时间|發送時間|傳送時間|寄件日期|sent)|寄件者|寄件人|发件人|發件人|from"
    r"|收件者|收件人|to|副本|抄送|cc|主旨|主题|主題|subject|重要性|importance|优先级|優先順序)"
    r"\s*[:：]\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"^(?:[+＋]\s*)?(?:关注|關注|已关注|已關注|关注他|关注她|關注他|關注她|follow)$", re.I
)
_COLUMN = re.compile(r"^(?:首发于|首發於|收录于|收錄於|发表在|發表在)$")  # the next line names it


def _mail_head(lines: list[str], doc: Doc) -> list[str]:
    """Without a pasted mail's header lines (three or more), whose date is the day the copy was
    saved (an upper bound), and without the sender's note above the story: the story starts
    at the headline over its date line."""
    n = _mail_block(lines, 0)
    posted = _sent_day(lines[:n])
    # (or an e-mail's text part: the forwarder's note over the forwarded original's header)
    marked = next((k for k, ln in enumerate(lines[:40]) if FORWARDED.match(ln)), None)
    forward = marked is not None and bool(
        _MAIL_FIELD.match("".join(lines[marked + 1 : marked + 2]))
    )
    # (under a sender's rule, two fields are the forwarded mail's: 主题: … / 日期: …)
    if n < (2 if doc.meta.get("pasted") else 3) and not forward:
        # (or the header under the forwarder's note, with no line marking the forward: an
        # Outlook mail saved as a page, 各位好： / … / 雅婷 / 寄件者: … / 寄件日期: … / 主旨: …)
        start = next(
            (k for k in range(1, min(len(lines), 12) - 2) if _mail_block(lines, k) >= 3), None
        )
        if start is None or any(len(ln) > 120 for ln in lines[:start]):
            return lines
        lines, n = lines[start:], _mail_block(lines, start)
        posted = _sent_day(lines[:n]) or posted
    lines = lines[n:]
    # the original under the forwarder's note: its own header lines, its own sending day
    if (
        fwd := next((k for k, ln in enumerate(lines[:30]) if FORWARDED.match(ln)), None)
    ) is not None:
        lines = lines[fwd + 1 :]
        n = _mail_block(lines, 0)
        posted = _sent_day(lines[:n]) or posted
        lines = lines[n:]
    if posted:
        doc.meta["posted"] = posted
    d = next((k for k, ln in enumerate(lines[:30]) if _story_dated(ln)), None)
    while d is not None and d >= 3 and byline_only(lines[d - 1]):
        d -= 1  # the byline between the headline and its date (作者, 沈怡然 / 职务, BBC中文)
    if d is not None and d >= 2 and 6 <= len(lines[d - 1]) <= 80:
        # (the sender's note over the story may give its address: https://…)
        doc.url = doc.url or next(
            (ln for ln in lines[: d - 1] if _BARE_ADDRESS.fullmatch(ln)), None
        )
        lines = lines[d - 1 :]
    return lines


# A rule a sender sets between the note and what is pasted under it, maybe with words inside
# (---------- 以下為網頁複製內容 ----------, ====, ------ 文章全文 ------).
_PASTE_RULE = re.compile(r"([-=_*~─━—═])\1{4,}\s*(?:[^-=_*~─━—═\s][^\n]{0,20}?\s*\1{3,})?")
_GREETING = re.compile(r"^[^\s。！？]{1,10}[:：，,！!]$|^.{0,8}(?:您好|你好|大家好)[:：，,！!。]?$")


# The words in a rule saying what is pasted under it: -------- 分享内容 --------
_PASTE_WORDS = re.compile(r"分享|转发|轉發|转寄|轉寄|以下|原文|全文|内容|內容|網頁|网页")


def _note_rule(lines: list[str]) -> int | None:
    """The index of the rule a sender set under a short note that opens with a greeting, or
    under any short note when the rule says what it is over (-------- 分享内容 --------)."""
    # (the greeting may come under the sender's masthead and a rule: 國防安全研究院 電子報 /
    # ==== / 親愛的訂閱者您好：)
    greeting = next((k for k, ln in enumerate(lines[:4]) if _GREETING.match(ln)), None)
    if greeting and any(len(ln) > 80 for ln in lines[:greeting]):
        greeting = None
    start = greeting or 0
    found = (k for k, ln in enumerate(lines[:16]) if k > start and _PASTE_RULE.fullmatch(ln))
    rule = next(found, None)
    if rule is None or any(len(ln) > 200 for ln in lines[:rule]) or len(lines) - rule < 4:
        return None
    if greeting is not None and rule >= greeting + 2:
        return rule
    return rule if rule >= 1 and _PASTE_WORDS.search(lines[rule]) else None


def pasted_under_note(text: str) -> bool:
    """Whether a mail's text is a note over a rule over what it pastes (see _note_over_rule)."""
    return _note_rule(_paragraphs(text[:5000])) is not None


def _note_over_rule(lines: list[str], doc: Doc) -> list[str]:
    """A mail's or a note's text whose sender greets, notes and signs a few short lines, then
    sets a rule over what they pasted (各位好， / … / 思涵 / ---- 以下為網頁複製內容 ----): the
    paste is the document, the note only lends the address it gives (原文：https://…), and the
    mail's date is when it was sent, not when the story was. A rule closing the paste, with
    only a few lines under it, ends it (the sender's signature)."""
    if (rule := _note_rule(lines)) is None:
        return lines
    for ln in lines[:rule]:
        if url := BARE_URL.search(ln):
            doc.url = doc.url or url.group().rstrip("。，,.)）")
            break
    doc.meta["pasted"] = True
    pasted = lines[rule + 1 :]
    close = next((k for k, ln in enumerate(pasted) if _PASTE_RULE.fullmatch(ln)), None)
    if close is not None and (
        len(pasted) - close <= 8 or not any(map(_is_story_paragraph, pasted[close + 1 :]))
    ):  # (a few lines under it, or a newsletter's list and footer: no story)
        # (the sender's few lines under it may give the address: 原文链接：http://…, or an
        # app's share, the address alone over 来自网易新闻客户端; a footer's is the site's)
        under = pasted[close + 1 :] if len(pasted) - close <= 8 else []
        bare = (m.group() for ln in under if (m := BARE_URL.fullmatch(ln.strip())))
        doc.url = doc.url or next(filter(None, map(_source_url, under)), None) or next(bare, None)
        pasted = pasted[:close]
    return pasted


def _copied_on(doc: Doc, note: str) -> None:
    """The day a copier's note says the copy was made: no earlier than the story."""
    if day := re.search(_SAVED_DAY, note):
        doc.meta.setdefault("posted", _full_day(day))


def _mail_block(lines: list[str], k: int) -> int:
    """How many mail header fields run from line k."""
    n = k
    while n < len(lines) and _MAIL_FIELD.match(lines[n]):
        n += 1
    return n - k


def _sent_day(fields: list[str]) -> str | None:
    """The day a mail's header fields say it was sent (its last dated field's), if any."""
    posted = None
    for m in filter(None, map(_MAIL_FIELD.match, fields)):
        if m["date"] and (sent := metadata_date(m["value"])).precision == "day":
            posted = sent.published
    return posted


def _story_dated(line: str) -> bool:
    """A story's date line under its headline: a date, or its source and date."""
    if is_date_only(line) or _date_line(line):
        return True
    dated = date_and_source(line)
    return bool(dated and dated[0] and dated[1])


def _without_signature(lines: list[str]) -> list[str]:
    """A mail's or post's signature under its "--" line (in the last few lines) is not the story."""
    for k in range(len(lines) - 1, max(len(lines) - 6, 0), -1):
        if lines[k] in ("--", "-- "):
            return lines[:k]
    return lines


_SOURCE_URL = re.compile(
    # (the label maybe bracketed, or after a digest's arrow or a post's emoji: 【原文链接】https://…,
    # >> 阅读全文：…, 🔗 阅读全文：…)
    # (or after a request: 请支持独立网站，转发请注明本文链接：https://…, 观察者网's)
    r"^(?:(?:>>|»|▶|→|➡\ufe0f?|👉|🔗)\s*)?(?:[^:：\s]{0,12}[，,]\s*)?(?:转发|轉發|转载|轉載)?"
    r"(?:请|請)?(?:注明|註明)?[【\[]?(?:原文(?=\s*[】\]]?\s*[:：])|阅读全文|閱讀全文|全文网址|全文網址|全文|视频地址|視頻地址|原文网址|原文網址|原文链接|原文鏈接|原文連結|原文地址|原网址|原網址|原始網址|原始网址|本文网址|本文網址|本文链接|本文鏈接"
    r"|source link|链接|鏈接|連結|链接地址|鏈接地址|网址|網址|url|link|永久链接|永久連結|permalink"
    r"|(?:詳細|详细)(?:新聞|新闻|內容|内容|報導|报道)?(?:請看|请看|請見|请见)"  # (a post's: 詳細新聞請看：)
    r"|中文版|中文網|中文网|来源网址|來源網址|来源链接|來源連結|來源鏈接|网页地址|網頁地址|页面地址|頁面地址"
    r"|在浏览器中打开|在瀏覽器中打開|在浏览器打开|在瀏覽器打開|open in browser)"  # (a reader app's)
    r"[】\]]?\s*[:：]?\s*(?P<url>https?://\S+)$"  # (原文連結 https://…: a space will do)
    # a share box's copy-link field, copied with the page: 复制链接 https://…; an app's share
    # line: 分享自@今日头条 https://m.toutiao.com/is/…
    rf"|^(?:{COPY_LINK}|分享自\s*@\S{{1,20}})\s*[:：]?\s*(?P<shared>https?://\S+)$"
    # a source line with the address after the outlet: 来源：美国之音 https://…
    r"|^(?:来源|來源|source)\s*[:：]\s*[^\s:：]{2,20}\s+(?P<cited>https?://\S+)$"
    # or the address alone, maybe with the copier's note: 来源：https://x.com/… （整串线程）
    r"|^(?:来源|來源|source)\s*[:：]?\s*(?P<sourced>https?://\S+)(?:\s*[（(][^()（）]{0,30}[)）])?$"
    # or the page's title between the label and the address: 原文網址: 標題 | 國際 | 中央社 CNA https://…
    r"|^(?:原文網址|原文网址|原文連結|原文链接|原文鏈接)\s*[:：]\s*[^\n]{2,100}?\s+(?P<titled>https?://\S+)$",
    re.IGNORECASE,
)


def _source_url(line: str) -> str | None:
    """The address a labelled line gives (原文網址：https://…, 来源：美国之音 https://…)."""
    m = _SOURCE_URL.match(line)
    return (m["url"] or m["shared"] or m["cited"] or m["sourced"] or m["titled"]) if m else None


_NAME_LINE = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def _credits_block(lines: list[str]) -> list[str]:
    """A long read's credits, each label over its names (文字 / 林映辰 / 江思齊 / 攝影 / 周德昌),
    near the top: one byline for the writers (作者：林映辰、江思齊); the other roles go. So do
    credits a role a line (文字 陳以樂 / 攝影 林均翰 / 責任編輯 吳雅婷)."""
    for k, ln in enumerate(lines[:40]):
        end = k
        while end < len(lines) and CREDIT_ROW.fullmatch(lines[end]):
            end += 1
        if writers := credited_writers(lines[k:end]):
            return [*lines[:k], "作者：" + "、".join(writers), *lines[end:]]
        if ln not in WRITERS or k + 1 >= len(lines) or not _credit_name(lines[k + 1]):
            continue
        end, writers, role = k, [], ln
        while end < len(lines) and (CREDIT_LABEL.fullmatch(lines[end]) or _credit_name(lines[end])):
            if CREDIT_LABEL.fullmatch(lines[end]):
                role = lines[end]
            elif role in WRITERS:
                writers.append(lines[end])
            end += 1
        return [*lines[:k], "作者：" + "、".join(writers), *lines[end:]]
    return lines


def _credit_name(line: str) -> bool:
    """A name a line in a credits block; not a share button's word (新浪's 文字 / 收藏 / 微博)."""
    return bool(_NAME_LINE.fullmatch(line)) and not is_boilerplate(line)


_CONTENTS = {"目次", "目录", "目錄", "本文目录", "本文目錄"}


def _without_contents(lines: list[str]) -> list[str]:
    """A table of contents (目次 and the section headings that come again below it)."""
    k = next((k for k, ln in enumerate(lines[:60]) if ln in _CONTENTS), None)
    if k is None:
        return lines
    end = k + 1
    while end < len(lines) and lines[end] in lines[end + 1 :]:
        end += 1
    return [*lines[:k], *lines[end:]] if end > k + 1 else lines


_CLOSE_BAR = re.compile(
    r"(?:[【\[]\s*(?:打印|列印|我要打印|打印本页|打印本頁|收藏|纠错|糾錯)\s*[】\]]\s*)*"
    r"[【\[]\s*(?:关闭|關閉|关闭窗口|關閉窗口)\s*[】\]]\s*"
)


def _told(body: list[str], k: int) -> bool:
    """A story's worth of text (200 characters) before line k: a label there ends it even
    after its editors' line (责编：张蕊 | 编辑：刘欣 / 往期推荐)."""
    return sum(len(ln) for ln in body[:k]) >= 200


# (or set apart by slashes with spaces around them: udn / 全球 / 國際)
_CRUMB_LINE = re.compile(
    r"[^。！？>＞›»\n]{1,32}(?:(?:\s*[>＞›»]{1,2}\s*|\s+/\s+)[^。！？>＞›»\n]{1,16}){1,4}"
)


def _section(crumbs: str) -> str | None:
    """The section a line of crumbs ends in (明報 > 國際 > 正文: 國際), or None."""
    parts = [p.strip() for p in re.split(r"[>›»]|\s/\s", crumbs)]
    # (nor is the edition's day: 明報 > 國際 > 2012年12月13日星期四)
    parts = [p for p in parts if p not in _NOT_SECTIONS and not FULL_DATE.search(p)]
    return parts[-1] if len(parts) > 1 else None


# A researcher's note typed over a copied story: 【摘录】…, …整理，供《半岛动态周报》使用.
_NOTE_LINE = re.compile(
    r"^[【\[]\s*(?:摘录|摘錄|资料整理|資料整理|资料|資料|研究笔记|研究筆記|备忘|備忘)\s*[】\]]"
    r"|(?:整理|摘录|摘錄)\s*[，,]\s*供.{1,30}(?:使用|参考|參考)"
)


# The copier's own note in brackets on what the copy is for (（论文资料-朝鲜对韩政策转向，勿外传）)
_PRIVATE_NOTE = re.compile(
    r"[（(【\[][^（）()【】\[\]\n]{0,30}(?:勿外传|勿外傳|仅供个人|僅供個人|仅供参考|僅供參考|仅供自用|僅供自用"
    r"|内部参考|內部參考|个人收藏|個人收藏)[^（）()【】\[\]\n]{0,20}[)）】\]]"
)
# A researcher's lines over a copy: where it was taken from and when (摘自新华网　2024.6.20整理
# （周晨）, 【剪報】資料來源：中央社 整理：黃筱涵（6/5）), the address, a note (备注：周一例会用。…)
_RESEARCHERS_LINE = re.compile(
    r"(?:摘自|摘錄自|摘录自|选自|選自)\S{1,20}.{0,30}(?:整理|摘录|摘錄)(?:\s*[（(][^()（）]{1,12}[)）])?"
    r"|[【\[](?:剪报|剪報|摘录|摘錄|备注|備註|待办|待辦)[】\]].{0,60}"  # (【備註】待與…比對)
    r"|(?:资料来源|資料來源)\s*[:：]\s*\S{2,16}\s+(?:整理|摘录|摘錄)\s*[:：].{0,30}"
    r"|(?:备注|備註|附注|附註|批注|批註)\s*[:：].{1,200}"
)


def _researchers_head(lines: list[str], doc: Doc, fielded: bool = False) -> list[str]:
    """Without the researcher's lines over the copy (see _RESEARCHERS_LINE), two or more, or
    one over the copy's address or under the fields of their note (資料來源：… / 網址：… /
    【備註】…): the address is the story's, their day the copy's."""
    k = 0
    while k < min(len(lines) - 2, 5) and (
        _RESEARCHERS_LINE.fullmatch(lines[k]) or (k and _source_url(lines[k]))
    ):
        k += 1
    if k < (1 if fielded else 2):
        return lines
    for ln in lines[:k]:
        doc.url = doc.url or _source_url(ln)
        _copied_on(doc, ln)
    return lines[k:]


_COMPILED_BY = re.compile(r"(?:整理|整理人|摘录|摘錄|收集|汇编|彙編)\s*[:：]\s*\S")


# A newspaper page's header, copied from its PDF: 2024年6月20日 星期四 国际 3.
_PAGE_HEADER = re.compile(
    r"(?P<day>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:星期|周|週)[一二三四五六日天]"
    r"\s+\S{1,8}\s+\d{1,3}"
)
# A copier's note of the day the copy was made: （2024/6/20 早上存）, (2024-06-20 保存).
_COPY_NOTE = re.compile(
    r"[（(]\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*"
    r"[^（）()]{0,20}?(?:存|保存|存档|存檔|复制|複製|下载|下載|摘录|摘錄)[^（）()]{0,16}[)）]"
)  # (or longer: （2025-01-08 从浏览器复制保存，整页全选）, （2024年6月20日 上午9:02 從香港電台網站複製）)
# …or any bracketed line saying it was copied or saved: （复制于 2024-06-03 22:41）
_COPIED_NOTE = re.compile(
    r"[（(][^（）()]{0,30}?(?:复制|複製|保存|存档|存檔|下载|下載|摘录|摘錄|剪存|剪藏)[^（）()]{0,30}[)）]"
    # (or a note in square brackets: [備註 2025/11/03 早上從 iPhone「新聞」App 按分享 → 備忘錄…])
    r"|[\[【](?:备注|備註|笔记|筆記)[^\[\]【】\n]{0,120}?(?:复制|複製|保存|存档|存檔|下载|下載|分享|匯出|导出|導出)"
    r"[^\[\]【】\n]{0,120}[\]】]"
)
_BANNER_NOTE = re.compile(r"={3,}[ \t]*\S[^=\n]{0,100}?[ \t]*={3,}")
# The day a copy was saved, in the ROC era or not: 2024-06-21, 113年1月19日
_SAVED_DAY = r"(?P<y>\d{3,4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
# …or its verb first: 存檔 2024-06-21 10:02（手機版網頁複製）, 剪存於 113年1月19日 上午9:07（iPhone）
_SAVED_LINE = re.compile(
    r"(?:存檔|存档|存檔於|存档于|保存|保存於|保存于|複製|复制|複製於|复制于|剪存於|剪存于|剪藏於|剪藏于|收藏於|收藏于"
    r"|摘录于|摘錄於|擷取|撷取|擷取於|撷取于|摘录|摘錄|抄录|抄錄)"  # (摘录于2024年9月10日，备查; 擷取日期：…; 抄錄：2026/3/14)
    # (or where from: 复制自延边日报数字报  2013-3-2 10:41  （备查，第01版）)
    rf"(?:时间|時間|日期|(?:自|從|从)\s*\S{{1,16}}?)?\s*[:：]?\s*{_SAVED_DAY}[^\n。]{{0,40}}"
)
# …or the day first: 106年5月11日 下載 國際版剪報（南韓大選）
_DAY_SAVED = re.compile(
    rf"{_SAVED_DAY}\s*(?:下載|下载|存檔|存档|複製|复制|剪存|剪藏|保存)[^\n。]{{0,40}}"
)
# The researcher's mark over the copied page: （以下为网页复制内容）, 以下是转载全文：
_COPY_START = re.compile(
    r"[（(【\[]?\s*以下(?:为|為|是|内容|內容)[^。，,]{0,12}?(?:复制|複製|转载|轉載|粘贴|粘貼|原文|全文|正文|内容|內容)"
    r"[^。（）()]{0,10}?\s*[:：]?\s*[)）】\]]?"
)  # (or （以下内容由网页复制粘贴，未作修改）)
_SAVED_LABEL = re.compile(rf"(?:{_FIELD_ROLES['saved']})\s*[:：]", re.I)  # (下载：2024-10-11)


def _timed_speech(lines: list[str]) -> list[str]:
    """A video's transcript copied with its time codes (0:04 / 俄罗斯总统普京…, a line each):
    its speech, ten lines to a paragraph, without the codes and sound tags ([音乐]). What comes
    before it stays (a note, the title); what comes after (the description, notes) goes."""
    start = next((k for k, ln in enumerate(lines) if _CLOCK.fullmatch(ln)), None)
    if start is None or sum(1 for ln in lines if _CLOCK.fullmatch(ln)) < 10:
        return lines
    speech, k = [], start
    while k + 1 < len(lines) and _CLOCK.fullmatch(lines[k]):
        if said := _SOUND_TAG.sub("", lines[k + 1]).strip():
            speech.append(said)
        k += 2
    if len(speech) < 10:
        return lines
    return lines[:start] + transcript(speech).strip().split("\n\n")


def _wire_slug(lines: list[str], doc: Doc) -> list[str]:
    """A wire terminal's print of a story: between rules, the service's banner (法新社中文新聞服務
    … [列印 …], its day the print's), then the slug's fields (序號：… 優先：… / 發稿：2006/10/09
    13:40); under the last rule, maybe the priority's word (急電) over the headline. The story
    from its headline; the send time is its date, the banner's service its outlet."""
    if len(lines) < 6 or not _RULE.fullmatch(lines[0]):
        return lines
    k, banner = 1, None
    if not _SLUG_FIELD.match(lines[1]) and _RULE.fullmatch(lines[2]):
        banner, k = lines[1], 3
    fields = list(takewhile(lambda ln: bool(_SLUG_FIELD.match(ln)), lines[k : k + 8]))
    end = k + len(fields)
    if len(fields) < 2 or end + 2 >= len(lines) or not _RULE.fullmatch(lines[end]):
        return lines
    if banner and (site := known_outlet(banner.split()[0])):
        doc.site_name = doc.site_name or site
    doc.date_hints += [f for f in fields if _SENT_FIELD.match(f)]
    rest = lines[end + 1 :]
    return rest[1:] if _PRIORITY.fullmatch(rest[0]) else rest


# A wire slug's fields: 序號：AFP-CT0412   優先：1 急電, 發稿：2006/10/09 13:40 (香港時間)
_SLUG_FIELD = re.compile(
    r"(?:序號|序号|優先|优先|分類|分类|字數|字数|標籤|标签|發稿|发稿|稿號|稿号|電頭|电头|發稿時間|发稿时间)\s*[:：]"
)
_RECORD_NUMBER = re.compile(r"[【\[]\s*\d{1,4}\s*[】\]]")  # an export's number over a record: 【1】
# A database export's lines about the search and the export (检索条件：…, 导出时间：… 导出用户：…)
_SEARCH_LINE = re.compile(
    r"(?:检索|檢索|导出|導出|搜索|搜尋|查询|查詢)(?:条件|條件|结果|結果|时间|時間|用户|用戶|式|词|詞)\s*[:：]"
)
_SENT_FIELD = re.compile(r"(?:發稿|发稿)(?:時間|时间)?\s*[:：]")
_PRIORITY = re.compile(r"急電|急电|快訊|快讯|特急|急稿|優先|优先|更新|詳訊|详讯")


def _slug_title(lines: list[str], doc: Doc) -> list[str]:
    """A wire's slug block over its story (中央社 國際新聞稿 發稿序號… / 發稿日期… / 分類… /
    標題：…): its labelled headline first; the slug's lines are header evidence."""
    for k, ln in enumerate(lines[1:8], 1):
        if len(ln) > 80 or _SENTENCE_END.search(ln):
            break
        if (label := _TITLE_LABEL.match(ln)) and 6 <= len(ln) - label.end() <= 80:
            doc.date_hints += [x for x in lines[:k] if not _RULE.fullmatch(x)]
            rest = lines[k + 1 :]
            return [ln[label.end() :].strip(), *rest[bool(rest and _RULE.fullmatch(rest[0])) :]]
    return lines


def _copy_note(lines: list[str]) -> bool:
    """A researcher's note on a copy, sentences and all: a few short lines naming the page's
    address and the day it was saved (【整理备注】2024-08-20 存档 / 来源：https://… / …再整理。)."""
    return (
        len(lines) <= 8
        and all(len(_URL_IN.sub("", ln)) <= 120 for ln in lines)
        and any(_source_url(ln) or _BARE_ADDRESS.fullmatch(ln) for ln in lines)
        and any(
            _SAVED_LABEL.search(ln) or _DAY_SAVED.search(ln) or _SAVED_LINE.search(ln)
            for ln in lines
        )
    )


def _pasted_twice(lines: list[str]) -> list[str]:
    """A copy pasted twice into the file (maybe under a line saying so: -----（以下为重复粘贴）-----):
    once. The second copy is every line from some line on, the same as the first's."""
    n = len(lines)
    if n < 10 or len(set(lines)) == n:
        return lines  # (most copies repeat no line: test first)
    first: dict[str, int] = {}
    for i, ln in enumerate(lines):
        j = first.setdefault(ln, i)
        if j < i and i >= n / 2 - 1 and j + (n - i) <= i and lines[i:] == lines[j : j + n - i]:
            marker = i > j + (n - i) and lines[i - 1] not in lines[: i - 1]
            return lines[: i - 1] if marker else lines[:i]
    return lines


def _archive_note(lines: list[str], doc: Doc) -> list[str]:
    """The researcher's note over a rule over the copy (【存档】… / 网址：… / 下载：2024-10-11,
    or [原文链接] … over ==== 以下为机器翻译 ====): its address is the copy's, its day when the
    copy was made (no earlier than the story), its source line evidence; the rest of it is
    not the story's."""
    rule = next((k for k, ln in enumerate(lines[:12]) if _NOTE_RULE.fullmatch(ln)), None)
    if not rule or any(len(_URL_IN.sub("", ln)) > 120 for ln in lines[:rule]):
        return lines
    if any(ln.endswith("。") for ln in lines[:rule]) and not _copy_note(lines[:rule]):
        return lines  # (sentences over a rule: a story's own part, unless a note on the copy)
    # [原文链接] https://…, [原文連結](https://…): a labelled address; a note in a Markdown file
    # may be quoted (> 存档：2025-01-08 10:12 / > 链接：https://…)
    # (or the site's name linked after the label: 原文：[聯合新聞網](https://…), the site noted)
    note = [
        _LABELLED_LINK.sub(
            r"\g<label>：\g<url>",
            _BRACKET_FIELD.sub(
                r"\g<label>：", _LABEL_LINK.sub(r"\g<label>：\g<url>", ln.lstrip("> "))
            ),
        )
        for ln in lines[:rule]
    ]
    for ln in lines[:rule]:
        if (linked := _LABELLED_LINK.fullmatch(ln.lstrip("> "))) and known_outlet(linked["site"]):
            doc.site_name = doc.site_name or linked["site"]
    if (
        len(lines[rule].strip()) <= 3
        and not any(ln.startswith(">") for ln in lines[:rule])
        and not any(ln.startswith("#") for ln in lines[rule + 1 : rule + 4])
        and all(_is_field(ln) for ln in note[1:])
    ):
        # a Markdown rule (---) under a headline and its fields: an export's header, whose
        # story follows (the researcher's note has its own words, or the page its headline)
        return lines
    shared = next((m for ln in lines[:rule] if (m := _APP_SHARE.fullmatch(ln))), None)
    # (a note on the copy: 抄錄：2026/3/14 … 複製連結。 / the app's share text / its link)
    noted = _copy_note(lines[:rule])
    if (
        not shared
        and not noted
        and not any(_SOURCE_URL.match(ln) or _SAVED_LABEL.search(ln) for ln in note)
    ):
        return lines  # (a story's own part over a rule, not a note about the copy)
    doc.url = doc.url or (shared and shared["url"])  # 【腾讯新闻】headline https://view.inews…
    if noted and not any(map(_source_url, note)):
        doc.url = doc.url or next((ln for ln in note if _BARE_ADDRESS.fullmatch(ln)), None)
    for ln in note:
        doc.url = doc.url or _source_url(ln)
        if app := SHARED_VIA.search(ln):  # ——来自联合早报App: the app's paper
            doc.site_name = doc.site_name or (known_outlet(app["app"]) and app["app"])
        if _SOURCE_LABEL.match(ln):
            doc.date_hints.append(ln)  # 来源：韩民族日报（한겨레） 등록 2025-06-11 17:42
        if (m := _FIELD.match(ln)) and _FIELD_ROLE.get(m["label"].lower()) in ("title", "date"):
            # the note's own title and date fields (标题：… / 发布日期：2024年6月20日)
            if _FIELD_ROLE[m["label"].lower()] == "title":
                doc.title, doc.title_source = _without_site(m["value"].strip())[0], "headline"
            else:  # (the page's own date line under the note comes first: it may have a time)
                doc.meta.setdefault("published_time", m["value"])
        for field in re.split(r"\s{2,}|\u3000", ln):
            m = _FIELD.match(field.strip())
            if (
                m
                and _FIELD_ROLE.get(m["label"].lower()) == "saved"
                and (d := _ISO_IN.search(m["value"]))
            ):
                doc.meta.setdefault("posted", _full_day(d))
        if saved := _SAVED_LINE.fullmatch(ln):
            doc.meta.setdefault("posted", _full_day(saved))  # 剪存於 113年1月19日 上午9:07
    # (or an app's share over the rule: 【headline】 / https://… / ——来自联合早报App)
    doc.url = doc.url or next((ln for ln in note if _BARE_ADDRESS.fullmatch(ln)), None)
    copy = lines[rule + 1 :]
    if copy and (crumbs := _LINK_CRUMBS.fullmatch(copy[0])):
        # the page's crumbs as links ([udn](…) / [全球](…) / [國際焦點](…)): its section
        doc.category = doc.category or re.findall(r"\[([^\]]+)\]", crumbs.group())[-1]
        copy = copy[1:]
    # the copied page's headline may be set as a heading (## 朝鲜称…), under its crumbs
    return [_HEADING_MARK.sub("", ln) if k < 3 else ln for k, ln in enumerate(copy)]


_URL_IN = re.compile(r"https?://\S+")
# Where a reposted story came from, with its address: 转自新华网，原文地址：http://…
_RELAYED = re.compile(
    r"[【\[]?\s*(?:转自|轉自|转载自|轉載自)\s*(?P<site>[^，,\s]{1,12})(?:[，,]?\s*"
    r"(?:原文地址|原文网址|原文網址|原文链接|原文鏈接|原文連結)\s*[:：]|\s)\s*(?P<url>https?://[^\s】\]]+)"
    r"\s*[】\]]?"  # (in brackets: 【转自联合早报网 http://… 】)
)
# An app's share line: its name in brackets, the headline, the address (【腾讯新闻】… https://…).
_APP_SHARE = re.compile(r"【[^【】]{2,12}】\s*[^\s【】][^【】]{4,80}?\s+(?P<url>https?://\S+)")
_LABEL_LINK = re.compile(r"^\[(?P<label>[^\]]{1,8})\]\((?P<url>https?://[^)\s]+)\)$")
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
_LABELLED_LINK = re.compile(
    r"^(?P<label>[^\s:：\[\]]{1,8})\s*[:：]\s*\[(?P<site>[^\]]{1,20})\]\((?P<url>https?://[^)\s]+)\)$"
)
_LINK_CRUMBS = re.compile(
    r"\[[^\]\n]{1,12}\]\([^)\s]+\)(?:\s*[/>›»|｜]\s*\[[^\]\n]{1,12}\]\([^)\s]+\)){1,5}"
)
# A rule under a note, maybe with words in it: ==== 以下为 DeepL 机器翻译 ====
_NOTE_RULE = re.compile(
    rf"{_RULE_BODY}|[=\-—*]{{3,}}\s*\S.{{0,60}}?\s*[=\-—*]{{3,}}|-{{3}}|\*{{3}}|_{{3}}"
)  # (or a divider with its word: ————————分割线————————)
_BRACKET_FIELD = re.compile(r"^[\[【]\s*(?P<label>[^\]】\s]{1,8})\s*[\]】]\s*(?=\S)")


# A short note naming the copy's address: a label before it, or a copy's words around it (in
# brackets too: [存档 … / 来源网址: https://…], its closing bracket no part of the address).
_NOTED_ADDRESS = re.compile(
    r"(?:[^\s。]{1,8}\s+){1,3}(?P<url>https?://\S+)"
    r"|[（(]?.{0,30}?(?:复制|複製|存|網址|网址|原文|来源|來源)[^\n]{0,20}?[:：\s]\s*(?P<url2>https?://[^\s）)\]】]+)"
    r".{0,40}"
)
_WEIBO_LINK = re.compile(r"\s*O网页链接\s*$")


def _post_under_chrome(lines: list[str]) -> list[str]:
    """A social post's page copied whole (微博: the site's menu, the account's banner, its
    follower count): the post starts at its account's name over its time and client line
    (24-12-14 17:08 来自 微博网页版), under short lines only; a verified badge (V) goes."""
    k = next((k for k, ln in enumerate(lines[:25]) if _POSTED_FROM.match(ln)), None)
    # (the researcher's note of where it was copied from may be longer: 来源链接：https://…)
    if k is None or k < 3 or any(len(ln) > 40 and "://" not in ln for ln in lines[:k]):
        return lines
    above = [ln for ln in lines[:k] if ln.strip() not in ("V", "v")]
    if not above or len(above[-1]) > 20:
        return lines
    noted = [ln for ln in above[:-1] if "://" in ln]
    return [*noted, above[-1], *lines[k:]]


# A WeChat article copied as text: under its headline a row of 原创 (when so marked), the writer
# and the account's name printed twice (the account's and its profile's), then the day, the
# time and the region it was posted from; under that the account's card: its name, its motto,
# 5282篇原创内容, 公众号. A repost is marked 转载 on a line of its own over the row.
_ORIGINAL_MARK = ("原创", "原創")
_REPOST_MARK = ("转载", "轉載")
_CARD_COUNT = re.compile(r"\d+\s*篇原[创創]內?内?容")


def _wechat_head(lines: list[str], doc: Doc) -> list[str]:
    """The copy with its writer's and account's row read (the account as the source) and the
    account's card gone."""
    reposted = len(lines) > 4 and lines[1] in _REPOST_MARK  # 转载 on its own line
    row = 2 if reposted else 1
    if len(lines) < row + 3:
        return lines
    if (dated := FULL_DATE.search(lines[row])) and lines[row].split(maxsplit=1)[
        0
    ] in _ORIGINAL_MARK:
        # the row and the day on one line (原创 林子墨 东北亚观察 2023-07-13 09:30 发表于辽宁)
        head, day, rest = lines[row][: dated.start()], lines[row][dated.start() :], lines[row + 1 :]
    elif FULL_DATE.search(lines[row + 1]):
        head, day, rest = lines[row], lines[row + 1], lines[row + 2 :]
    else:
        return lines
    words = head.split()
    marked = bool(words) and words[0] in _ORIGINAL_MARK
    words = words[1:] if marked else words
    twice = len(words) >= 2 and words[-1] == words[-2]
    words = words[:-1] if twice else words
    if not (marked or twice) or not 1 <= len(words) <= 2 or any(len(w) > 20 for w in words):
        return lines
    account = words[-1]
    if rest and rest[0] in ("收录于合集", "收錄於合集"):
        # the account's collections the article is in (#朝鲜半岛 128个): its topics
        albums = list(takewhile(lambda ln: bool(_ALBUM.fullmatch(ln)), rest[1:]))
        doc.tags += [_ALBUM.fullmatch(ln)["name"] for ln in albums]
        rest = rest[1 + len(albums) :]
    if len(words) == 2:
        doc.meta.setdefault("author", words[0])
    card = next((k for k, ln in enumerate(rest[:6]) if _CARD_COUNT.fullmatch(ln)), None)
    if card is not None:
        end = card + 1 + (card + 1 < len(rest) and rest[card + 1] in ("公众号", "公眾號"))
        start = next((k for k in range(card) if rest[k] == account), card)
        rest = rest[:start] + rest[end:]
    if reposted:  # the account reposts another's story, named under it (来源：环球时报)
        return [lines[0], day, *rest]
    return [lines[0], f"来源：{account}", day, *rest]


_ALBUM = re.compile(r"#\s*(?P<name>\S{1,20}?)\s*\d+\s*[个個]")


_SHARE_LINE = re.compile(
    r"【(?P<title>[^【】]{6,80})】\s*(?P<url>https?://\S+)?\s*"
    r"[（(]\s*(?:分享自|来自|來自)\s*@?\S{1,20}\s*[)）]"
)
# An app's share text in its other forms: 网易新闻：headline https://…, or 【headline】 - 今日头条
# with the address on the next line (or before it: https://m.toutiao.com/is/… 「headline」 - 今日头条)
_APP_COLON_SHARE = re.compile(
    r"(?P<app>[^\s:：【】]{2,8})\s*[:：]\s*(?P<title>\S.{5,80}?)\s+(?P<url>https?://\S+)"
)
_APP_DASH_SHARE = re.compile(
    r"(?:(?P<url>https?://\S+)\s+)?[【「](?P<title>[^【】「」]{6,80})[】」]\s*[-–—|｜]\s*(?P<app>[^\s【】]{2,8})"
)
_APP_NAME = re.compile(r"(?:新闻|新聞|头条|頭條|日报|日報|客户端|客戶端|App|APP)$")


def _app_share(lines: list[str]) -> list[str]:
    """An app's share text over the copied page, written as the share line _SHARE_LINE reads
    (【headline】 https://… （分享自 @app）)."""
    if not lines:
        return lines
    m = _APP_COLON_SHARE.fullmatch(lines[0]) or _APP_DASH_SHARE.fullmatch(lines[0])
    if m is None or not (known_outlet(m["app"]) or _APP_NAME.search(m["app"])):
        return lines
    url, rest = m.groupdict().get("url"), lines[1:]
    if url is None and rest and _BARE_ADDRESS.fullmatch(rest[0]):
        url, rest = rest[0], rest[1:]
    return [f"【{m['title'].strip()}】 {url or ''} （分享自 @{m['app']}）", *rest]


_NAMED_HEADLINE = re.compile(r"【(?P<name>[^【】\s]{2,12})】(?P<title>[^【】]{6,80})")


# A press release's masthead: the issuer's name (maybe in English too), 新 聞 稿, its number
# (第405號) and its labelled fields (發布日期：…, 發布單位：…) over the headline.
_RELEASE_LABEL = re.compile(
    r"新闻稿|新聞稿|新闻公报|新聞公報|新闻发布|新聞發布|press\s*release", re.I
)
_RELEASE_NO = re.compile(r"(?:第\s*[\d-]+\s*[号號]|No\.?\s*\d[\d-]*)")


def _release_head(lines: list[str], doc: Doc) -> list[str]:
    """The copy without a press release's masthead (the issuer its site, its date a hint)."""
    label = next(
        (k for k, ln in enumerate(lines[:6]) if _RELEASE_LABEL.fullmatch(re.sub(r"\s", "", ln))),
        None,
    )
    if label is None or any(len(ln) > 60 for ln in lines[:label]):
        return lines
    rest = lines[label + 1 :]
    while rest and (_RELEASE_NO.fullmatch(rest[0].strip()) or _is_field(rest[0])):
        line = rest.pop(0)
        if re.search(r"日期|時間|时间|date", line, re.I):
            doc.date_hints.append(line)  # 發布日期：113年12月4日
    issuer = next((ln for ln in lines[:label] if HAN.search(ln) and len(ln) <= 20), None)
    doc.site_name = doc.site_name or issuer
    return rest if rest and _headline_like(rest[0]) else lines


def _paper_section(line: str) -> str | None:
    """The paper's name on a banner line with its section's (星島日報　國際版): the name."""
    name, _, section = line.strip().partition("\u3000" if "\u3000" in line else " ")
    section = section.strip()
    return name if section and len(section) <= 6 and known_outlet(name) else None


def _headline_like(line: str) -> bool:
    return 6 <= len(line) <= 80 and not _FULL_STOP.search(line) and not is_date_only(line)


def _read_chrome(doc: Doc, chrome: list[str]) -> None:
    """What the chrome over a headline still tells: the site's name, the section in its
    crumbs, the page's address."""
    for ln in chrome:
        words = ln.split() or [""]
        # (its name with its Latin one, either first: 三立新聞網 SETN.com, udn 聯合新聞網)
        name = (
            next((w for w in words if known_outlet(w)), words[0]) if len(words) <= 2 else words[0]
        )
        if not doc.site_name and (known_outlet(ln) or known_outlet(name)):
            # (the whole line when it names one: 东方网 Oriental Daily News Malaysia)
            doc.site_name = ln if known_outlet(ln) else name
        if _CRUMB_LINE.fullmatch(ln):
            doc.category = _section(ln) or doc.category
        if _BARE_ADDRESS.fullmatch(ln):
            doc.url = doc.url or ln
        doc.url = doc.url or _source_url(ln)  # 原文链接：https://…


def _crumbs_over_headline(lines: list[str]) -> int:
    """The headline's index under the page's crumbs (新华网 > 国际 > 正文): the first line, or
    a line a few short lines down (a researcher's note over the copy: 和韩联社的版本对照着看)
    with the headline's date right under it, or under a whole site menu of one word a line
    (网易首页 / 应用 / 新闻 / 国内 …, sixty lines of it); 0 when there are none."""
    for k, ln in enumerate(lines[:200]):
        if len(ln) > 80 or _SENTENCE_END.search(ln):
            return 0  # the story (or a note of whole sentences) comes first
        if (
            k + 2 < len(lines)
            and _CRUMB_LINE.fullmatch(ln)
            and _headline_like(lines[k + 1])
            and not menu_row(lines[k + 1])  # (the menu under the crumbs, then the day's date)
            and (k == 0 or FULL_DATE.search(lines[k + 2]) or _date_line(lines[k + 2]))
        ):
            return k + 1
        if (
            k + 3 < len(lines)
            and _CRUMB_LINE.fullmatch(ln)
            and FULL_DATE.search(ln)
            and menu_row(lines[k + 1])
            and _headline_like(lines[k + 2])
            and not menu_row(lines[k + 2])
        ):
            return k + 2  # (the crumbs ending in the day, then the menu: 明報 > 國際 > 2012年…)
        if k >= 8 and len(ln) > 16:
            return 0  # more than a menu's words
    return 0


def _chrome_over_headline(lines: list[str]) -> int | None:
    """The headline's index when a copy opens with a page's or an app's chrome (short lines
    of short words: a menu, 阅读模式 退出, the font buttons, the site's name): the first
    line that reads as a headline, itself undated, with a dated line under it (its date, its
    byline or its source). Read before the date lines are taken out; _story_start reads the
    longer menus of whole pages after that."""
    named = -1  # a name's line over its Latin name's (中华人民共和国国防部 / Ministry of …)
    for k, ln in enumerate(lines[:30]):
        if _MASTHEAD.fullmatch(ln) or k == named or is_boilerplate(ln):
            # the paper's name with its Latin one (国际日报 Guoji Ribao); furniture (a cookie
            # notice, a weather widget: 天氣 29°C 相對濕度 82%)
            continue
        if k <= 2 and known_outlet(_MOTTO.split(ln)[0]):
            # the site's name first (or under the page's address): 俄罗斯卫星通讯社, or with its
            # motto or its full name: 劳动新闻 - 朝鲜…机关报, 韩联社 | 韩国联合通讯社 中文
            continue
        if (
            k + 1 < len(lines)
            and _NAME_OVER_LATIN.fullmatch(ln)
            and _LATIN_NAME.fullmatch(lines[k + 1])
        ):
            named = k + 1
            continue
        if (
            k
            and 6 <= len(ln) <= 80
            and not ln.endswith("。")  # (a headline may ask: …会走多远？)
            and _HEADLINE_RUN.search(ln)  # (not the font buttons: 字号 A- A+ 背景)
            and not _date_row(ln)  # (a headline may name its day: 2024年6月27日国防部例行记者会…)
            and (not byline_only(ln) or _day_headline(ln))
            and not _CRUMBS.fullmatch(ln)  # 亚太报道 > 朝鲜: the section's crumbs
            and not _spaced_crumbs(ln)  # 三联生活周刊 2025年第3期 > 封面故事
            and not menu_row(ln)  # 首頁  政治  社會地方
            # (or its date over it, under a menu of three lines or more)
            and (_dated_under(lines, k) or (k > 3 and _date_over(lines, k)))
        ):
            if (
                len(ln) <= 12
                and k + 2 < len(lines)
                and _headline_like(lines[k + 1])
                and not _date_row(lines[k + 1])
                and not re.search(r"[:：]", lines[k + 1])  # (not a credit: 摄影：…)
                and not byline_only(lines[k + 1])
                and (FULL_DATE.search(lines[k + 2]) or _date_line(lines[k + 2]))
            ):
                return k + 1  # a menu's last word (新聞報道重溫) over the headline and its date
            return k
        if (
            _BARE_ADDRESS.fullmatch(ln)
            or _source_url(ln)
            or _CRUMBS.fullmatch(ln)
            or _spaced_crumbs(ln)
            or menu_row(ln)
        ):
            continue  # the page's address, copied with it (or labelled), its crumbs or its menu
        if len(" ".join(ln.split())) > 30 or _SENTENCE_END.search(ln) or _HAN_RUN.search(ln):
            return None  # not chrome: a headline (or a sentence) of its own comes first
    return None


def _headline_twice(lines: list[str]) -> int | None:
    """The headline's second place when a reader app's chrome (its folders, counts, buttons:
    short lines) shows it first in its list and then over the story, its date under it."""
    for k, ln in enumerate(lines[:40]):
        if 6 <= len(ln) <= 80 and not _SENTENCE_END.search(ln):
            ahead = range(k + 1, min(k + 8, len(lines) - 1))
            again = next((j for j in ahead if lines[j] == ln), None)
            if again is not None and (
                is_date_only(lines[again + 1]) or _date_line(lines[again + 1])
            ):
                return again
        if len(ln) > 30:
            return None  # not chrome: a headline (or a sentence) of its own comes first
    return None


_PAPER_NAME = re.compile(r"《[^《》]{2,12}》")
_MOTTO = re.compile(r"\s+[-–—|｜]\s+")
# (maybe with its edition's city: 明報加東版(多倫多) / Ming Pao Canada)
_NAME_OVER_LATIN = re.compile(r"[\u4e00-\u9fff]{2,16}(?:[（(][\u4e00-\u9fff]{2,6}[)）])?")
_LATIN_NAME = re.compile(
    r"(?:The\s+)?[A-Z][A-Za-z.'’&-]*(?:,?\s+(?:of|the|for|and|[A-Z][A-Za-z.'’&-]*)){1,12}"
)  # (Institute of International and Strategic Studies, Peking University)
_WEEKDAY_OR_LUNAR = re.compile(r"星期|礼拜|禮拜|农历|農曆|(?<![\u4e00-\u9fff])周[一二三四五六日]")


def _date_row(line: str) -> bool:
    """A line of a date, not a headline that names its day: what the date leaves is no
    headline's run of six characters (or is a weekday, a lunar date)."""
    if not FULL_DATE.search(line):
        return False
    rest = FULL_DATE.sub("", line)
    return not re.search(r"[\u4e00-\u9fff]{6}", rest) or bool(_WEEKDAY_OR_LUNAR.search(rest))


def _day_headline(line: str) -> bool:
    """A headline opening with its day (2024年6月27日国防部例行记者会文字实录), which the
    meta-line rules read as a date row with a note."""
    return bool(FULL_DATE.match(line)) and not _date_row(line) and not re.search(r"[:：]", line)


def _spaced_crumbs(line: str) -> bool:
    """Crumbs with spaces in them, set apart by " > " (三联生活周刊 2025年第3期 > 封面故事)."""
    return " > " in line and bool(_CRUMB_LINE.fullmatch(line))


_MASTHEAD = re.compile(
    r"[\u4e00-\u9fff]{2,8}\s+(?:The\s+)?[A-Z][A-Za-z.'&-]*(?:\s+[A-Z][A-Za-z.'&-]*){0,4}"
    r"|[A-Z][A-Za-z0-9]{1,10}\s+[\u4e00-\u9fff]{2,8}"  # (or the Latin name first: RTHK 香港電台)
    r"|[\u4e00-\u9fff]{2,10}(?:网|網|电台|電台|日报|日報|新闻|新聞)"  # (or the site's name alone)
)


def _date_over(lines: list[str], k: int) -> str | None:
    """The date line over line k, maybe with the page's buttons between (明報: 2018年6月13日星期三
    / 上一篇 | 下一篇 / the headline); None for none."""
    above = (lines[j] for j in range(k - 1, max(k - 4, -1), -1) if not is_boilerplate(lines[j]))
    line = next(above, "")
    return line if is_date_only(line) else None


def _reader_row_day(line: str) -> str | None:
    """The day closing a feed reader's row of parts (中央社 CNA 國際 / by 中央社 / Nov 2, 2022)."""
    day = line.rsplit(" / ", 1)[1] if " / " in line else ""
    return day if day and is_date_only(day) else None


def _dated_under(lines: list[str], k: int) -> bool:
    """A dated line right under line k, or a few lines down under the writer's short lines
    (知乎: the name, a line about them, 关注他, then 发布于 2024-06-19 23:40)."""
    for j, ln in enumerate(lines[k + 1 : k + 7]):
        if j == 0 and 20 <= len(ln) <= 150 and ln.endswith("。") and not FULL_DATE.search(ln):
            continue  # the standfirst under the headline (DW: its teaser, then the picture…)
        if j and len(ln) <= 120 and not FULL_DATE.search(ln) and split_credit(ln, caption=True)[1]:
            continue  # (…the picture's caption closed by its credit, the writer, the date)
        if len(ln) > 80:
            return False
        # (or a row: 更新於 … • 發布於 01月16日15:20; or an app's day without its year: 11-02 08:41;
        # or only its age: 3小时前; or its update in brackets after it: (更新: 18:22 13.09.2023))
        if (
            FULL_DATE.search(ln)
            or _date_line(ln)
            or is_date_only(ln)
            or date_then_tools(ln)  # 主体113(2024)年6月20日 星期四　　字号：大 中 小　　打印
            or _RELATIVE_TIME.fullmatch(ln)
            or is_date_only(_PAPER_NAME.sub("", ln))  # 主体113(2024)年7月20日 《劳动新闻》
            or _reader_row_day(ln)  # 中央社 CNA 國際 / by 中央社 / Nov 2, 2022
        ):
            return True
        if _SENTENCE_END.search(ln) or len(ln) > 40:
            return False
        if _CRUMBS.fullmatch(ln) or _spaced_crumbs(ln):
            return False  # the page's crumbs: the headline is under them (网易首页 > 网易号 > 正文)
    return False


_BARE_ADDRESS = re.compile(r"https?://\S+")
_HOST_LINE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}", re.IGNORECASE)
_READ_TIME_ROW = re.compile(
    rf"(?P<host>{_HOST_LINE.pattern})\s*[·•|｜]\s*"
    r"(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘|min(?:ute)?s?)\s*(?:阅读|閱讀|read)?",
    re.IGNORECASE,
)
_HEADLINE_RUN = re.compile(r"[\u4e00-\u9fff]{4}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{7}")  # a menu's or a button's words are shorter


def _korean_over_chinese(first: str, second: str) -> bool:
    """A headline in Korean over the same headline in Chinese (a Korean paper's Chinese
    edition copied with the original's headline): the Chinese one is the article's."""
    return (
        len(first) <= 80
        and len(second) <= 80
        and len(HANGUL.findall(first)) > 0.5 * len(first.replace(" ", ""))
        and not HANGUL.search(second)
        and len(HAN.findall(second)) > 0.5 * len(second.replace(" ", ""))
    )


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_DAY_AND_TIME = re.compile(r"\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def _year_rejoined(lines: list[str]) -> list[str]:
    """A date widget's year copied on a line of its own over its month, day and time (2024 /
    12/04 11:06:25): one date line again."""
    out: list[str] = []
    for line in lines:
        if out and _YEAR_ALONE.fullmatch(out[-1]) and _DAY_AND_TIME.fullmatch(line):
            out[-1] = f"{out[-1]}/{line}"
        else:
            out.append(line)
    return out


_LIST_ITEM = re.compile(r"^[-*•]\s+(\S.*)$")


def _ruled_fields(lines: list[str]) -> list[str]:
    """A researcher's fields boxed between rules over the copy (===== / 采集时间：… / 链接：… /
    =====): the fields, read as any fields over a copy are, without the rules."""
    if not lines or not _RULE.fullmatch(lines[0]):
        return lines
    end = next((j for j in range(1, min(len(lines), 10)) if _RULE.fullmatch(lines[j])), None)
    if end is None or end < 2 or not all(_FIELD.match(ln) for ln in lines[1:end]):
        return lines
    return [*lines[1:end], *lines[end + 1 :]]


# Weibo's bar over a post copied from its app (< 微博正文 ...).
_WEIBO_TOP = re.compile(r"[<＜‹]\s*微博正文\s*[.…]{0,3}")


# A Weibo post's stamp under its account's name: 24-12-14 17:21 来自 微博视频号 已编辑
_STAMP = r"\d{2,4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*"
_WEIBO_STAMP = re.compile(rf"{_STAMP}来自")
_WEIBO_STAMP_ANY = re.compile(rf"{_STAMP}(?:来自|$)")  # (a comment's: with its place or not)
_COLLAPSE = ("收起", "收起全文", "收起d")


def _weibo_post(lines: list[str], doc: Doc) -> list[str]:
    """A Weibo page copied as text: the post ends at its collapse button (收起); the counts,
    the comments (each with its own stamp) and the footer under it are not the post's."""
    stamp = next((k for k, ln in enumerate(lines[:15]) if _WEIBO_STAMP.match(ln)), None)
    if stamp is None:
        return lines
    end = next((k for k in range(stamp + 2, len(lines)) if lines[k] in _COLLAPSE), None)
    if end is None or not any(_WEIBO_STAMP_ANY.match(ln) for ln in lines[end:]):
        return lines  # (no comments' stamps under it: the button is no post's end)
    lines = lines[:end]
    # (its topics and its video's label run on after the last sentence: #尹锡悦被弹劾#
    # 中国新闻网的微博视频): tags, and no text
    if tail := _POST_TAIL.search(lines[-1]):
        doc.tags += re.findall(r"#([^#\n]{1,30})#", tail.group())
        lines[-1] = lines[-1][: tail.start()] or lines[-1]
    return lines


_POST_TAIL = re.compile(r"(?:\s*#[^#\n]{1,30}#|\s*\S{1,20}的微博视频)+\s*$")


_COUNT_LABEL = re.compile(
    r"(?:点击数|點擊數|点击量|點擊量|浏览次数|瀏覽次數|阅读数|閱讀數|阅读量|閱讀量|人气|人氣)\s*[:：]?"
)


def _count_rejoined(lines: list[str]) -> list[str]:
    """A count's label over its number, a line each (点击数 / 2187), on one line, as the page
    shows it (then read as the page's counter, no text)."""
    out: list[str] = []
    for ln in lines:
        if out and _COUNT_LABEL.fullmatch(out[-1]) and re.fullmatch(r"[\d,.]+\s*[万萬]?", ln):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def _date_once(line: str) -> str:
    """A date printed twice in a row, its hidden copy with it (DW: 2024年6月19日2024年6月19日),
    once."""
    half = len(line) // 2
    if 8 <= half <= 24 and line[:half] == line[half:] and is_date_only(line[:half]):
        return line[:half]
    return line


_TIME_BEFORE_DAY = re.compile(
    r"(?P<time>\d{1,2}:\d{2})\s+(?P<day>(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})(?=\s|$)"
)


def _day_first(line: str) -> str:
    """A byline line printing the time before the day (中時: 18:52 2018/04/27 中時新聞網 蔡佩珊),
    the day first, as date lines are read."""
    if len(line) <= 60 and (m := _TIME_BEFORE_DAY.match(line)):
        return f"{m['day']} {m['time']}{line[m.end() :]}"
    return line


# The Wayback Machine's toolbar over a page copied from it: its first line names the capture
# (The Wayback Machine - https://web.archive.org/web/20190301021544/https://www.rfa.org/…),
# then the address box, the count of captures, the calendar, About this capture, TIMESTAMPS.
_WAYBACK_TOOLBAR = re.compile(
    r"\s*The Wayback Machine\s*-\s*(?P<capture>https?://web\.archive\.org/web/\S+)\s*\n"
    r"(?:(?:[^\n]*\n){0,40}?[ \t]*TIMESTAMPS[ \t]*\r?\n(?:[ \t]*loading[ \t]*\r?\n)?)?"
)


# A byline's label copied on a line of its own over its value (BBC's: 作者, / 梁宁 / 职位, /
# BBC中文), as the page shows them side by side.
_LABEL_ALONE = re.compile(rf"(?:作者|{ROLE_LABEL}|Role)\s*[,，]")


def _labels_joined(lines: list[str]) -> list[str]:
    """Each label alone on its line (作者,) joined to the value on the next one (作者, 梁宁)."""
    if not any(_LABEL_ALONE.fullmatch(ln) for ln in lines[:40]):
        return lines
    out: list[str] = []
    for ln in lines:
        if out and _LABEL_ALONE.fullmatch(out[-1]) and not _LABEL_ALONE.fullmatch(ln):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


_COLUMN_LABEL = re.compile(r"【[^【】\d]{2,12}】|\[[^\[\]\d]{2,12}\]")


def parse(text: str) -> Doc:
    """A single article copied as text -> Doc."""
    doc = Doc()
    text, noted = joplin_fields(text)  # (Joplin's raw export: the note's fields under it)
    doc.url = noted.get("url")
    if "created" in noted:
        doc.meta["posted"] = noted["created"]
    if "Play" in text or "播放" in text:
        text = _PLAYER.sub("", text)
    if "Wayback Machine" in text[:200] and (
        toolbar := _WAYBACK_TOOLBAR.match(text.lstrip("\ufeff"))
    ):
        # a page copied from the Wayback Machine: the toolbar's lines are no text; its capture's
        # address is the copy's (read as any archive's: the original's address, the day bound)
        doc.url = toolbar["capture"]
        text = text.lstrip("\ufeff")[toolbar.end() :]
    lines = _labels_joined(_pasted_twice(_year_rejoined(_paragraphs(_one_line_margins(text)))))
    if len(lines) > 2 and _RECORD_NUMBER.fullmatch(lines[0]):
        lines = lines[1:]  # an export's number over its record (【1】)
    lines = _weibo_post(_count_rejoined([_day_first(_date_once(ln)) for ln in lines]), doc)
    if lines and _WIKI_TAGS.fullmatch(lines[0]):  # [[ReadItLater]] [[Article]]: a note's tags
        doc.tags += re.findall(r"\[\[([^\]]+)\]\]", lines.pop(0))
    if lines and (heading := re.match(r"#{1,6}\s+(?=\S)", lines[0])):
        lines[0] = lines[0][heading.end() :]  # a Markdown copy's headline: # 标题
        if linked := _MD_LINK.fullmatch(lines[0]):  # # [headline | site](https://…)
            lines[0], doc.url = linked["title"], linked["url"]
    lines = _app_share(_ruled_fields(lines))
    if len(lines) > 3 and (row := _READ_TIME_ROW.fullmatch(lines[1])):
        # a reader app's rows under the headline: the site's host and the reading time
        # (cn.nikkei.com · 约 6 分钟阅读), maybe the day it was saved and its tags (已保存 … ·
        # 标签：韩国, 日韩关系): the site, a bound on the date and the tags; none is story text
        doc.site_name = doc.site_name or outlet_for_domain(f"https://{row['host']}/")
        del lines[1]
        if _SAVED_LINE.search(lines[1]) and len(lines[1]) <= 80:
            saved, _, tagged = lines.pop(1).partition("标签")
            _copied_on(doc, saved)
            doc.tags += [t for t in re.split(r"[,，、]\s*", tagged.lstrip("：: ")) if t]
        if _RULE.fullmatch(lines[1]):
            del lines[1]  # (the app's rule under them)
    if len(lines) > 3 and _HOST_LINE.fullmatch(lines[0]) and _headline_like(lines[1]):
        # a reader view's copy: the site's host over the headline (www.thepaper.cn)
        doc.site_name = doc.site_name or outlet_for_domain(f"https://{lines[0]}/")
        lines = lines[1:]
    for k, ln in enumerate(lines[1:4], 1):
        if row := _SOURCE_ROW.fullmatch(ln):
            # a reader app's row under the headline: the linked site, then its fields
            # ([韩联社中文网](https://…) · 作者: 韩联社 · 2025年6月4日 星期三 03:41)
            doc.url = doc.url or row["url"]
            doc.site_name = doc.site_name or row["site"]
            lines[k : k + 1] = [p for p in _ROW_PART.split(row["rest"].strip(" ·•|｜")) if p]
            break
    for k, ln in enumerate(lines[1:6], 1):  # the date and byline as a list under it
        if (item := _LIST_ITEM.match(ln)) and (is_date_only(item[1]) or byline_only(item[1])):
            lines[k] = item[1]  # (- 2026-02-19 17:05 / - 記者 林嘉慧、張志遠 / 綜合報導)
    lines = _timed_speech(
        _archive_note(_without_print_margins(_cache_banner(lines, doc), doc), doc)
    )
    for k, ln in enumerate(lines[:3]):  # 转自新华网，原文地址：http://… (a forum post's first line)
        if relayed := _RELAYED.fullmatch(ln):
            doc.url = doc.url or relayed["url"]
            doc.site_name = doc.site_name or known_outlet(relayed["site"])
            lines = lines[:k] + lines[k + 1 :]
            break
    lines = _post_under_chrome(lines)
    # a Weibo post's link marker after its last line (…刘军）O网页链接): the link, not text
    lines = [_WEIBO_LINK.sub("", ln) or ln for ln in lines]
    # an export's fields first: its 存檔日期：… is a field, not a note on the copy
    found, lines = _fields_block(_record_head(lines))
    labelled = _apply_fields(doc, found)
    lines = _slug_title(_wire_slug(lines, doc), doc)
    fielded = "title" in found  # (a labelled record's 标题： among them)
    if lines and lines[0].startswith("==="):
        # the researcher's notes set in rules over the copy (====== 从今日头条App复制
        # 2025-12-04 08:47 ====== / ====== 配图3张没复制过来 ======)
        for ln in [ln for ln in lines[:3] if _BANNER_NOTE.fullmatch(ln)]:
            _copied_on(doc, ln)
            lines.remove(ln)
    for k, ln in enumerate(lines[:3]):
        if (
            _COPY_NOTE.fullmatch(ln)
            or _SAVED_LINE.fullmatch(ln)
            or _DAY_SAVED.fullmatch(ln)
            or _COPIED_NOTE.fullmatch(ln)
            or _PRIVATE_NOTE.fullmatch(ln)
        ):
            # （2024/6/20 早上存）, 存檔 2024-06-21 10:02（…）, （复制于 2024-06-03 22:41）: when the
            # copy was made (or no day with a year: （9月10日从中新网复制，…）)
            _copied_on(doc, ln)
            lines = lines[:k] + lines[k + 1 :]
            break
    lines = _researchers_head(lines, doc, fielded=bool(found))
    lines = [ln for k, ln in enumerate(lines) if k > 2 or not _COPY_START.fullmatch(ln)]
    if len(lines) > 3 and _BARE_ADDRESS.fullmatch(lines[0]):
        doc.url = lines.pop(0)  # the page's address pasted over its copy
    lines = _without_inline_related(_without_skipped_boxes(_without_asides(lines)))
    lines = _without_page_list(lines)
    lines = _without_signature(_without_export_footer(_mail_head(_note_over_rule(lines, doc), doc)))
    if doc.meta.get("pasted"):  # (the paste's own fields under the rule: 来源 / 链接 / 发布时间)
        found, lines = _fields_block(lines)
        labelled += _apply_fields(doc, found)
    if (
        len(lines) > 3
        and _COLUMN_LABEL.fullmatch(lines[0])
        and _headline_like(lines[1])
        and (_BYLINE_WORDS.search(lines[2]) or _labelled_date(lines[2]))
    ):
        # a column's or a series' label over the headline and its byline or date line
        # (【國防安全即時評析】 / 川金河內會破局… / 作者：林彥廷): the section, not the headline
        doc.category = lines.pop(0).strip("【】[] ")
    if (
        len(lines) > 4
        and _BARE_ADDRESS.fullmatch(lines[1])
        and len(lines[0]) <= 60
        and (_FULL_STOP.search(lines[0]) or lines[0].endswith(("：", ":")))
        and _headline_like(lines[2])
    ):
        # the page's address under a sender's note (思远，这篇你看看，日经今天下午刚出的。 /
        # https://… / headline; or 王老师好，新华网刚发的稿子，先贴过来：): the note is no headline
        doc.url, lines = doc.url or lines[1], lines[2:]
    if len(lines) > 2 and _COLUMN.match(lines[0]):  # 首发于 / 东北亚观察: a Zhihu column
        doc.category, lines = lines[1], lines[2:]
    if len(lines) > 2 and _NOTE_LINE.search(lines[0]) and _headline_like(lines[1]):
        # the researcher's note over the copied story (【摘录】2024年1月18日 整理，供…使用): its
        # day is when the copy was made, no earlier than the story
        note = lines.pop(0)
        if day := _FULL_DAY.search(note):
            doc.meta.setdefault("posted", _full_day(day))
        compiled = lines.pop(0) if len(lines) > 2 and _COMPILED_BY.match(lines[0]) else ""
        # (then who compiled it when: 【资料】朝鲜导弹 0530 / 整理：陈磊 2024.6.2 用于第三章…)
        _copied_on(doc, compiled)
    lines = _release_head(_wechat_head(lines, doc), doc)
    if len(lines) > 2 and _korean_over_chinese(lines[0], lines[1]):
        lines = lines[1:]  # a translated story's original Korean headline over its Chinese one
    if (
        len(lines) > 3
        and len(lines[0]) <= 4
        and _headline_like(lines[1])
        and (FULL_DATE.search(lines[2]) or is_date_only(lines[2]))
    ):
        doc.category = lines.pop(0)  # the section's word over the headline and its date (國際)
    lines = _byline_under_standfirst(lines)
    if start := _crumbs_over_headline(lines):
        # the page's crumbs over the headline (东方视点网　国际频道 > 朝鲜半岛): the section;
        # the short lines over them are the page's chrome or the researcher's notes
        _read_chrome(doc, lines[:start])
        lines = lines[start:]
    if start := _chrome_over_headline(lines) or _headline_twice(lines):
        # an app's or a site's chrome over the headline (menus, 阅读模式; a feed reader's list
        # and buttons, the headline in its list and again over the story)
        if over := _date_over(lines, start):  # the story's date over its headline (明報)
            doc.date_hints.append(over)
        _read_chrome(doc, lines[:start])
        lines = lines[start:]
    for ln in lines:
        doc.url = doc.url or _source_url(ln)  # 原文網址：https://… under the story
    lines = [ln for ln in lines if not _SOURCE_URL.match(ln)]  # (an address is no story text)
    for k in range(1, min(4, len(lines) - 2)):  # a note app's copy: the address under its title
        if not doc.url and _BARE_ADDRESS.fullmatch(lines[k]):
            doc.url = lines.pop(k)
            break
    for k in range(1, min(4, len(lines) - 2)):
        # a reader view's copy: the site's host under the title (m.cna.com.tw) names its outlet
        if _HOST_LINE.fullmatch(lines[k]) and (site := outlet_for_domain(f"https://{lines[k]}/")):
            doc.site_name = doc.site_name or site
            lines = lines[:k] + lines[k + 1 :]
            break
    if len(lines) > 3 and SHARED_VIA.fullmatch(lines[-1]):
        lines = lines[:-1]  # — 經 now新聞 App 分享: the app's note under a shared story
    for k in range(max(len(lines) - 3, 3), len(lines)):
        # (or with the story's address: 分享自央视新闻客户端 https://…): the address is the
        # story's, the app names its outlet
        if (app := SHARED_VIA.match(lines[k])) and (
            url := _BARE_ADDRESS.fullmatch(lines[k][app.end() :])
        ):
            doc.url = doc.url or url.group()
            doc.site_name = doc.site_name or (known_outlet(app["app"]) and app["app"])
            lines = lines[:k] + lines[k + 1 :]
            break
    if len(lines) > 4 and (_COPY_NOTE.fullmatch(lines[-1]) or _COPIED_NOTE.fullmatch(lines[-1])):
        _copied_on(doc, lines.pop())  # the copier's note under it: （复制于2024-07-02 21:15，备查）
    if len(lines) > 3 and _BARE_ADDRESS.fullmatch(lines[-1]) and not doc.url:
        doc.url = lines.pop()  # the copied page's address, pasted under it
    # the researcher's note with the address, over the copy (早报 中日韩峰会 https://…) or
    # under it (复制自 https://… 2024年11月1日, （…6/5存。網址 https://… ）)
    for k in [*range(min(2, len(lines))), *range(max(len(lines) - 3, 2), len(lines))]:
        if not doc.url and (noted := _NOTED_ADDRESS.fullmatch(lines[k])):
            doc.url = noted["url"] or noted["url2"]
            lines = lines[:k] + lines[k + 1 :]
            break
    kept = []
    for ln in lines:
        found = _date_line(ln) if _DATE_LABEL.match(ln) else None
        if found is None:
            kept.append(ln)
            continue
        when, edited = found  # 编辑于 …: no later than that day; 发布于 …: the date
        if edited:
            day = metadata_date(when)
            doc.meta.setdefault("posted", day.published if day.precision == "day" else None)
        else:
            doc.date_hints.append(when)
    if kept and (shared := _SHARE_LINE.fullmatch(kept[0])):
        # an app's share line: 【headline】 http://t.cn/… （分享自 @新浪新闻）
        doc.url = doc.url or shared["url"]
    lines = _bracket_headline(kept)
    # a platform's "posted in" label alone over its column's name (方格子: 發佈於 / 半島週記):
    # the column is the section, not the writer
    posted_in = next((k for k, ln in enumerate(lines[:30]) if _POSTED_IN.fullmatch(ln)), None)
    if posted_in is not None and posted_in + 1 < len(lines) and len(lines[posted_in + 1]) <= 20:
        doc.category = lines[posted_in + 1]
        name = bare_name(lines[posted_in - 1]) if posted_in else None
        if name:
            doc.meta.setdefault("author", name)  # (the writer's name over it: 林靜宜)
        del lines[posted_in - (1 if name else 0) : posted_in + 2]
    if top := _story_start(lines):
        menu, lines = lines[:top], lines[top:]
        # the story's labelled date over its headline, its tags between (星洲网: 发布: 3:46pm
        # 12/07/2023 / 朝鲜 / 火星-18 / the headline), or the paper's day and issue right over
        # it, its section between (劳动新闻: 主体113(2024)年8月20日 星期二 第232号 / 国际  评论)
        doc.date_hints += [
            ln
            for k, ln in enumerate(menu[-10:], -min(10, len(menu)))
            if _labelled_date(ln)
            or (k >= -3 and is_date_only(_ISSUE_NUMBER.sub("", ln)))
            or (k == -1 and EDITION_LINE.fullmatch(ln))  # 《劳动新闻》 2024年6月20日 第1版
        ]
        # 明報新聞網 heads the page, or follows its skip link (跳至主要內容)
        # (or is its banner's line further down, under the skip links and the search box)
        doc.site_name = (
            next(filter(None, map(_site_line, menu[:3])), None)
            or next((ln for ln in menu[3:30] if known_outlet(ln)), None)
            or doc.site_name  # (named in the chrome over the headline, read before)
        )
        for ln in menu:  # 即時新聞 > 國際 names the section
            if _CRUMBS.fullmatch(ln):
                doc.category = _section(ln) or doc.category
    elif quoted := _quoted_story(lines):
        lines = quoted
    # A line repeated right away is an image caption shown twice (alt text and caption).
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and line == out[-1]:
            continue
        if i + 1 < len(lines) and lines[i + 1] == line and not out:
            doc.images.append({"url": None, "caption": line, "credit": None})
            out.append(line)
            continue
        out.append(line)
    lines = [ln for ln in out if not (doc.images and ln == doc.images[0]["caption"])]
    for ln in lines[:3]:
        if _CRUMBS.fullmatch(ln):
            doc.category = _section(ln)
    tags, kept = [], []
    for ln in lines:
        if m := _TAG_LINE.match(ln):
            tags += re.split(r"[\s、,，;；|｜]+", m["tags"].strip())
        elif HASHTAG_LINE.fullmatch(ln):  # #朝鲜 #韩国 #垃圾气球 under a shared post
            tags += ln.replace("#", " ").split()
        else:
            kept.append(ln)
    lines = kept
    # a tag label alone under the story (its text told before), its words a line each (明報:
    # 相關字詞﹕ / 普京 / 金正恩; ETtoday: 關鍵字：): tags, and the page's from there
    told = 0  # (the text before line k: a story's worth, 200 characters, as _told counts)
    for k, ln in enumerate(lines):
        told, before = told + len(ln), told
        if before < 200:
            continue
        if _TAG_LABEL_ALONE.fullmatch(ln):
            words = list(takewhile(_tag_word, lines[k + 1 : k + 13]))
            if words and any(_FULL_STOP.search(x) for x in lines[:k]):
                tags, lines = tags + words, lines[:k]
                break
        # (or with no label: three words or more a line each under the story's last sentence
        # or its editor's line, 观察者网: …不得转载。 / 责任编辑：张广凯 / 朝鲜 / 导弹 / 金正恩;
        # a promotion between them is furniture: 关注俄罗斯卫星通讯社Telegram频道…)
        if _bare_tag(ln):
            words = list(takewhile(_bare_tag, lines[k : k + 12]))
            prev = next(
                (x for x in reversed(lines[max(k - 3, 0) : k]) if not is_boilerplate(x)), ""
            )
            if len(words) >= 3 and (_FULL_STOP.search(prev) or _EDITOR_LINE.match(prev)):
                tags, lines = tags + words, lines[:k]
                break
    for k in range(1, len(lines)):  # 来源：自由亚洲电台 / https://… (a shared post's source)
        if _SOURCE_LABEL.match(lines[k - 1]) and BARE_URL.fullmatch(lines[k]) and not doc.url:
            doc.url = lines[k]
            if copied := _COPIED_TITLE.match(lines[k - 1]):
                # what udn adds to a copy: 原文網址: headline | 國際 | 聯合新聞網 / https://…
                doc.site_name = doc.site_name or _without_site(copied["title"])[1]
                lines = lines[: k - 1] + lines[k + 1 :]
            break
    lines = _without_contents(_credits_block(lines))
    # a page's 【打印】【关闭】 bar under the story: what follows is the page's
    if "关闭" in text or "關閉" in text:  # few copies have the bar: test first
        end = next(
            (k for k, ln in enumerate(lines) if _CLOSE_BAR.fullmatch(ln) and _told(lines, k)), None
        )
        lines = lines[:end] if end is not None else lines
    # a wire's end mark alone on its line ((完), 【完】), or its editor with the day's code
    # ((編輯：陳承中)1131204): its notices, tags and the page follow
    end = next(
        (
            k
            for k, ln in enumerate(lines)
            if (END_MARK_LINE.fullmatch(ln) or _CODED_EDITOR.fullmatch(ln)) and _told(lines, k)
        ),
        None,
    )
    lines = lines[: end + 1] if end is not None else lines
    # the previous and next stories' links under the story (上一篇 / 下一篇): the page's from there
    end = next(
        (k for k, ln in enumerate(lines) if NEXT_LABEL.fullmatch(ln) and _told(lines, k)), None
    )
    lines = (
        lines[:end] if end is not None and _story_end_over(lines, end, 30) is not None else lines
    )
    # a post's notice that its writer holds its rights, under the post (豆瓣: © 本文版权归作者
    # 南山下的猫 所有，…): it names the writer, and the page's follows
    end = next(
        (k for k, ln in enumerate(lines) if _WRITERS_RIGHTS.match(ln) and _told(lines, k)), None
    )
    if end is not None:
        doc.meta.setdefault("author", _WRITERS_RIGHTS.match(lines[end])["name"])
        lines = lines[:end]
    # an ad's line under its label (广告 / 沪上新盘开放…立即咨询): no story's
    lines = [
        ln
        for k, ln in enumerate(lines)
        if not (k and _AD_LABEL.fullmatch(lines[k - 1]) and 8 <= len(ln) <= 60)
        or _FULL_STOP.search(ln)
        or _related_label(ln)  # (the label of a list after the ad's slot: 相關新聞)
        or _story_dated(ln)  # (or the story's date line after the slot: 发表时间 : 19/06/2024 …)
    ]
    lines = [
        ln
        for ln in lines
        if not (is_boilerplate(ln) and not _related_label(ln)) and not _agencies_line(ln)
    ]  # (a related list's label a button's word too, 更多文章, stays to end the story)
    # a comments label over the story's first paragraph is the toolbar's button (我要留言)
    first = next((k for k, ln in enumerate(lines) if _story_line(ln)), len(lines))
    lines = [ln for k, ln in enumerate(lines) if k > first or not COMMENTS_LABEL.match(ln)]
    # Date-only lines near the top are the dateline: evidence, not body; so is a social post's
    # time and client line (24-6-2 10:15 来自 微博 weibo.com), its two-digit year made whole.
    if lines and _WEIBO_TOP.fullmatch(lines[0]):
        lines = lines[1:]  # Weibo's bar over a post copied from its app: < 微博正文 ...
    posted = next((i for i, ln in enumerate(lines[:4]) if _POSTED_FROM.match(ln)), None)
    if posted == 1 and len(lines[0]) <= 20 and not re.search(r"[，。：:！？]", lines[0]):
        # the account above a post's time line: an outlet's, or the person who wrote the post
        account = lines.pop(0)
        doc.site_name = account if known_outlet(account) else None
        doc.meta["author"] = None if doc.site_name else account
    if posted is not None:  # (the follow button beside the post's account: + 关注)
        lines = [
            ln for k, ln in enumerate(lines) if k > posted + 2 or not FOLLOW_BUTTON.fullmatch(ln)
        ]
    for ln in [ln for ln in lines[:4] if is_date_only(ln) or _POSTED_FROM.match(ln)]:
        doc.date_hints.append(_POSTED_FROM.sub(_whole_year, ln))
        k = lines.index(ln)
        if k and (names := latin_names(lines[k - 1])):  # its writers over it (WSJ: Dasl Yoon)
            doc.meta["author"] = doc.meta.get("author") or names
            del lines[k - 1]
        lines.remove(ln)
    head = []
    for ln in lines[:4]:  # 2024-06-05 18:21·北京
        if found := _date_line(ln):
            doc.date_hints.append(found[0])
        elif printed := _PAGE_HEADER.fullmatch(ln):  # a paper's page header: its issue's day
            doc.date_hints.append(printed["day"])
        elif not head and (edition := EDITION_LINE.fullmatch(ln)) and (day := issue_day([ln])):
            # the paper's page line over the headline, as its e-paper prints it (丹东日报　2023年
            # 7月28日　星期五　第01版：要闻): the issue's day and the paper
            doc.date_hints.append(day)
            paper = edition["bar_paper"] or edition["page_paper"] or edition["paper"]
            doc.site_name = doc.site_name or paper
        elif (dated := date_and_source(ln)) and dated[1] and known_outlet(dated[1].strip("《》")):
            # 主体113(2024).10.9.  《朝中社》 over or under the headline: the story's own day,
            # before a top bar's (2024年6月14日 星期五 主体113年, the day it was read)
            doc.date_hints.insert(0, dated[0])
            labelled.append(f"来源：{dated[1].strip('《》')}")
        else:
            head.append(ln)
    lines = head + lines[4:]
    if doc.date_hints or any(FULL_DATE.search(ln) for ln in lines[:6]):
        # the age beside the date (出版：2024-04-11 09:12 / 2小時前): the date says it
        lines = [ln for k, ln in enumerate(lines) if k > 5 or not _RELATIVE_TIME.fullmatch(ln)]
    if len(lines) > 2 and (known_outlet(lines[0]) or _paper_section(lines[0])):
        # the site's banner line (德国之声中文网), or the paper's with its section (星島日報　國際版)
        doc.site_name = _paper_section(lines[0]) or lines[0]
        lines.pop(0)
        if len(lines) > 2 and is_date_only(lines[0]) and _headline_like(lines[1]):
            doc.date_hints.append(lines.pop(0))  # its date over the headline
    lines = [ln for k, ln in enumerate(lines) if k > 2 or not _HANDLE.match(ln)]  # @bbcchinese
    if not lines:
        return doc
    if doc.title:  # titled by the fields over the text (a scraper's title: …)
        body = lines
        again = next((k for k, ln in enumerate(body[:3]) if ln == doc.title), None)
        if again is not None and all(len(ln) <= 40 for ln in body[:again]):
            body = body[again + 1 :]  # the headline again over the text (and a wire's banner)
    elif shared := _SHARE_LINE.fullmatch(lines[0]):
        # an app's share line over the copied page: 【headline】 http://t.cn/… （分享自 @新浪新闻）
        doc.title, doc.title_source = shared["title"].strip(), "headline"  # (its address: read)
        body = lines[1:]
        words = doc.title.split()
        again = next((k for k, ln in enumerate(body[:12]) if ln.split() == words), None)
        if again is not None and all(len(ln) <= 40 for ln in body[:again]):
            body = body[again + 1 :]  # the page copied under it, from its headline on
    elif (headline := bracket_headline(lines[0])) and len(lines[0]) > len(headline) + 30:
        # a social post's headline in brackets before its text: 【#朝鲜发射导弹#】据韩联社报道…
        # (the headline and the topics after it are not the text: #普京访问朝鲜# 据朝中社…)
        doc.title, doc.title_source = headline, "headline"
        lead = _BRACKET_LEAD.match(lines[0])
        doc.tags += [t for t in re.findall(r"#([^#\s]{1,30})#", lead.group()) if t not in doc.tags]
        body = [lines[0][lead.end() :], *lines[1:]]
    elif (
        (named := _NAMED_HEADLINE.fullmatch(lines[0]))
        and known_outlet(named["name"])
        and _headline_like(named["title"])
    ):
        # an app's share of a story: 【now新聞】北韓首度證實派兵俄羅斯 …, the outlet's name first
        doc.title, doc.title_source = named["title"].strip(), "headline"
        doc.site_name = doc.site_name or named["name"]
        body = lines[1:]
    elif _is_story_paragraph(lines[0]):
        # no headline: the copy starts with the story, which keeps its first paragraph
        doc.title, doc.title_source = first_sentence(_LEAD_DATELINE.sub("", lines[0]))
        body = lines
    else:
        doc.title = _repair_title(_TITLE_LABEL.sub("", lines[0]))
        doc.title_source = "headline"
        doc.title, site = _without_site(doc.title)
        doc.site_name = doc.site_name or site
        body = lines[1:]
        if (
            body
            and _HOST_LINE.fullmatch(body[0])
            and (site := outlet_for_domain(f"https://{body[0]}/"))
        ):
            # a reader view's source under the headline, under its app's menu (Pocket:
            # xinhuanet.com): the site's, as a copy opening with its headline has it (above)
            doc.site_name = doc.site_name or site
            body = body[1:]
        # the headline printed again a few lines on, over the story (a copied page's second
        # title, after its byline and toolbar): not the story
        words = doc.title.split()
        again = next(
            (k for k, ln in enumerate(body[:30]) if MEDIA_LABEL.sub("", ln).split() == words), None
        )  # (or over its video: [视频]“中朝友好年”开幕式在平壤举行)
        if again is None and (noted := _NOTED_TITLE.fullmatch(doc.title)):
            # a note titled by the headline and where and when it ran (…总书记（人民网
            # 2021.1.11）), over its remarks and the page copied from its headline on: the
            # headline is the page's; the remarks over it (their day the copy's) are not text
            bare = noted["headline"].split()
            again = next((k for k, ln in enumerate(body[:8]) if ln.split() == bare), None)
            if again is not None and all(len(ln) <= 60 for ln in body[:again]):
                doc.title = noted["headline"].strip()
                for ln in body[:again]:
                    _copied_on(doc, ln)
                body = body[again + 1 :]
                again = None
        if again is not None and again < 8 and all(len(ln) <= 40 for ln in body[:again]):
            # (the lines over it that are a menu's or a section's words go: 國際)
            body = [
                ln for ln in body[:again] if len(ln) > 8 or byline_only(ln) or bare_name(ln)
            ] + body[again + 1 :]  # (the writer's name alone on its line stays: 葉兵)
        elif again is not None and all(len(ln) <= 12 for ln in body[:again]):
            body = body[again + 1 :]  # over it, a whole page's menu: 跳转到主要内容, 首页, 美国 …
    body = _without_toolbar(body)
    if body and (names := caps_byline(body[0])):
        doc.meta["author"] = names
        body = body[1:]
    elif (
        doc.date_hints
        and len(body) > 1
        and (name := bare_name(body[0]))
        and not _SPOKESPERSON.fullmatch(body[1])  # (新聞聲明 over 國務院發言人 馬修·米勒)
    ):
        doc.meta["author"] = name  # under the date, the writer's name alone on its line
        body = body[1:]
    elif doc.date_hints and len(body) > 2 and _updated(body[0]) and (name := bare_name(body[1])):
        doc.meta["author"] = name  # (or under the update's: 最近更新: 2023年11月22日 10:12)
        body = body[2:]
    # under the headline, the outlet alone or with the date (新京报 2024-06-03 08:12), as
    # aggregators and shared copies print it: evidence, not body
    sources = labelled
    # under the headline, the writer's account and a line about them over a follow button
    # (知乎, 头条): the first line is the author, unless it is a known outlet
    follow = next((k for k, ln in enumerate(body[:4]) if _FOLLOW.match(ln)), None)
    if follow:
        name = body[0]
        if known_outlet(name):
            sources.append(f"来源：{name}")
        elif len(name) <= 20 and not _SENTENCE_END.search(name):
            doc.meta["author"] = name
        # (the line about them may be the date: 2024-05-30 09:12 · 环球网官方账号 · 北京)
        doc.date_hints += [ln for ln in body[1:follow] if FULL_DATE.search(ln)]
        body = body[follow + 1 :]
    while len(body) > 1:
        found = date_and_source(body[0])
        if known_outlet(body[0]):
            sources.append(f"来源：{body.pop(0)}")
        elif day := _reader_row_day(body[0]):
            # a feed reader's row: the feed, its writer, the day (中央社 CNA 國際 / by 中央社 /
            # Nov 2, 2022)
            *parts, _ = body.pop(0).split(" / ")
            doc.date_hints.append(day)
            sources += [f"来源：{p}" for p in parts if known_outlet(p)]
            by = [p[3:] for p in parts if p.startswith("by ") and not known_outlet(p[3:])]
            doc.meta["author"] = doc.meta.get("author") or (by[0] if by else None)
        elif _RELATIVE_TIME.fullmatch(body[0].strip()):
            body.pop(0)  # 3 小時前 under the headline or the date: its age when copied
        elif _READING.search(body[0]) and is_date_only(_READING.sub("", body[0]).strip(" ·•|")):
            doc.date_hints.append(body.pop(0))  # 2024年12月4日 週三 上午10:15 · 3 分鐘 (閱讀時間)
        elif signed := outlet_and_writers(body[0]):
            sources.append(f"来源：{signed[0]}")
            doc.meta["author"] = doc.meta.get("author") or signed[1]
            body.pop(0)
        elif _EDITION_ROW.fullmatch(body[0]):
            sources.append(body.pop(0))  # 经济日报 / 2024-05-28 / 第004版：国际 (a paper's page)
        elif len(body) > 2 and byline_only(body[0]) and known_outlet(body[1]):
            sources.append(body.pop(0))  # 劉靜君∕綜合報導 over the paper's name (中國時報)
        elif found and found[1] and known_outlet(found[1].strip("《》")):
            doc.date_hints.append(found[0])  # 主体112(2023)年8月24日 《我们民族之间》
            sources.append(f"来源：{found[1].strip('《》')}")
            body.pop(0)
        elif found and found[1] and len(found[1]) <= 4 and likely_person(found[1]):
            # the writer's name, then the date (上報: 宋承翰 2023-04-27 07:10:00)
            doc.date_hints.append(found[0])
            doc.meta["author"] = doc.meta.get("author") or found[1]
            body.pop(0)
        elif found and not found[1] and len(body) > 2 and (name := bare_name(body[1])):
            doc.date_hints.append(body.pop(0))  # the date, then the writer's name alone
            doc.meta["author"] = doc.meta.get("author") or name
            body.pop(0)
        elif (
            len(body) > 2
            and _SOURCE_LINE.fullmatch(body[0])
            and _TOPICS_UNDER_SOURCE.fullmatch(body[1])
            and _is_story_paragraph(body[2])
        ):
            # 来源：环球网 over the page's topic words: 冬奥会 啦啦队 朝鲜
            sources.append(body.pop(0))
            doc.tags += [t for t in body.pop(0).split() if t not in doc.tags]
        elif len(body) > 2 and len(body[0]) <= 6 and (spoke := _SPOKESPERSON.fullmatch(body[1])):
            # a statement's kind and its spokesperson under the headline (新聞聲明 / 國務院發言人
            # 馬修·米勒): the section and the author
            kind = body.pop(0)
            doc.category = doc.category or kind
            doc.meta["author"] = doc.meta.get("author") or spoke["name"]
            body.pop(0)
        elif _BRACKET_LABEL.fullmatch(body[0]):  # 【评论】 under the headline: the section
            label = body.pop(0).strip("【】 ")
            doc.category = doc.category or label
        elif (
            found and found[1] and len(found[1]) <= 4 and found[0] and body[0].startswith(found[1])
        ):
            doc.date_hints.append(found[0])  # the section, then the date: 朝鲜 2024-05-27 23:52
            doc.category = doc.category or found[1]
            body.pop(0)
        else:
            break
    if _TITLE_LABEL.match(lines[0]) or fielded:  # a labelled record: the label before its text goes
        body = [_TEXT_LABEL.sub("", ln, count=1) for ln in body]
    # readers' comments copied under the story end it (网友评论（23）, 热门评论), and so does a
    # whole page's list of its most-read stories (熱門文章, 热点推荐)
    cut = next(
        (
            k
            for k, ln in enumerate(body)
            if k > 0
            and (
                # (not 评论(1286) under the byline: a button; but under the writers' credit
                # closing the story: 记者：夏小华 责编：何平 / 请您留言)
                (
                    COMMENTS_LABEL.match(ln)
                    and (
                        _told(body, k)
                        or _SENTENCE_END.search(body[k - 1])
                        or (k > 1 and closing_byline(body[k - 1]))
                    )
                )
                or POPULAR_LABEL.match(ln)
                or _latest(body, k)
                or (_CONTACT.match(ln) and _SENTENCE_END.search(body[k - 1]))
                or (ends_story(ln) and (_SENTENCE_END.search(body[k - 1]) or _told(body, k)))
                or (PROFILE_LINE.match(ln) and _told(body, k))
            )
        ),
        None,
    )
    body = body[:cut] if cut is not None else body
    # a Markdown copy's tag links (- [南韓](https://udn.com/search/tagging/2/南韓)): tags
    tagged = {
        ln: m["title"]
        for ln in body
        if (m := _MD_LINK.match(ln))
        and _TAG_PAGE.search(m["url"])
        and _TOPIC_WORD.fullmatch(m["title"])
    }
    tags += tagged.values()
    body = [ln for ln in body if ln not in tagged]
    # the reporters' line closing the story, over its related list (Korean papers' editions)
    related_at = next((k for k, ln in enumerate(body) if _related_label(ln)), None)
    if related_at and byline_only(body[related_at - 1]):
        sources.append(body.pop(related_at - 1))
    elif related_at and (end := _story_end_over(body, related_at, 30)) is not None:
        # the page's promotions between the story's last sentence and its related list (一手掌握
        # 經濟脈動 / 按我看活動辦法): kept as evidence only; or its topic words, a word a line
        # (北韓 / 南韓 / 金正恩): tags
        between = body[end:related_at]
        topics = 2 <= len(between) <= 8 and all(_TOPIC_WORD.fullmatch(ln) for ln in between)
        if topics and all(len(ln) <= 6 for ln in between):
            tags += between
        else:
            sources += between
        del body[end:related_at]
    # a platform's topic words under the story, a word a line (知乎: 朝鲜 / 韩国 / 朝鲜半岛局势)
    k = len(body)
    while k > 1 and _TOPIC_WORD.fullmatch(body[k - 1]) and not RELATED_LABEL.match(body[k - 1]):
        k -= 1
    if 2 <= len(body) - k <= 8 and _SENTENCE_END.search(body[k - 1]):
        tags += body[k:]
        body = body[:k]
    if len(body) > 2 and len(body[0]) <= 40 and "。" not in body[0] and closing_byline(body[0]):
        # the paper, the writer and the place over the story (日经: 日本经济新闻（中文版：日经
        # 中文网）细谷翔平 首尔), as its papers print it under the story: the byline
        sources.append(body.pop(0))
    for k, line in enumerate(body[:3]):
        if (lead := _LEAD_BYLINE.match(line)) and line[lead.end() :].strip():
            sources.append(lead.group())  # 〔記者林家緯／綜合報導〕美國國務卿…: the writer's
            body[k] = line[lead.end() :].strip()
            break
    blocks: list[str] = []
    for img in doc.images:
        blocks.append(f"*{img['caption']}*")
    related = False
    captioned: set[int] = set()  # lines read as the caption under a credit line
    pictured: set[int] = set()  # lines read as a picture's caption
    for i, line in enumerate(body):
        if i in captioned:
            continue
        nxt = body[i + 1] if i + 1 < len(body) else None
        if i < 6 and nxt and is_date_only(nxt) and (name := bare_name(line)):
            # the writer's name over the date, under the standfirst and the picture (DW)
            doc.meta["author"] = doc.meta.get("author") or name
            doc.date_hints.append(nxt)
            captioned.add(i + 1)
            continue
        if (
            nxt
            and len(line) >= 8
            and nxt.startswith(line)
            and split_credit(nxt, caption=True)[0] == line
        ):
            continue  # a caption twice: the picture's alt text, then with its credit (DW)
        m = RELATED_LABEL.match(line.strip(_DECOR))  # **相关新闻**, —— 本期更多文章 ——
        if m:
            rest = m.group("rest").strip()
            if rest:  # an inline "related: title" line
                doc.links.append({"title": rest, "url": None, "kind": "related"})
                continue
            # (a rule over the list, a database's edition line under the story: 【2024-04-11/…】)
            while (
                blocks and not related and (_RULE.fullmatch(blocks[-1]) or _printed_in(blocks[-1]))
            ):
                doc.date_hints.append(blocks.pop())
            # the story's last paragraph closes with its editor's note (（編輯：陳承中）1140116)
            last = blocks[-1] if blocks and not related else "- "
            if not last.startswith(("- ", "#", "*")) and (closed := strip_end_notes(last)) != last:
                doc.date_hints.append(last[len(closed) :])  # (its day code: evidence)
                blocks[-1] = closed or last
            related = True
            continue
        if related and _story_again(body, i):
            related = False  # two paragraphs in a row: the story goes on under a related box
        if related:
            # in a related block, titles have no closing punctuation; summaries and captions do;
            # an image's alt text equal to the title it illustrates is not a second title
            seen = {link["title"] for link in doc.links}
            # a Markdown copy's item: - [title](https://…), maybe with its age or date after it
            link = _MD_LINK.match(line) or (
                (dated := _MD_LINK_DATED.match(line))
                and (is_date_only(dated["after"]) or _RELATIVE_TIME.fullmatch(dated["after"]))
                and dated
            )
            if not link and (
                is_date_only(line)
                or line.isdigit()
                or _ITEM_META.search(line)
                or _CLOCK.fullmatch(line)
                or (_ROW_PART.search(line) and date_and_source(line))  # 中央社 • 3天前
                or menu_row(line)  # the page's footer: 使用條款 | 隱私權政策
                or _SECTION_DAY.fullmatch(line)  # DW's: 全球2024年10月14日
            ):
                continue  # a related title's date, a rank number, its counts and age
            title, url = (link["title"], link["url"]) if link else (line, None)
            title = _LISTED_DAY.sub("", title)  # 金与正发表谈话 2019年06月29日: its date
            title = _LISTED_SOURCE.sub("", title)  # …（2024-04-11／經濟日報／A6版）: its paper
            # the page's own bullet ( * 朝鲜向俄罗斯派兵…, ．曹國東山再起…)
            title = re.sub(r"^(?:[*•·]\s+|[．・]\s*)", "", title)
            if (
                len(title) <= 4
                or not re.search(r"\w", title)  # a rule (————————)
                or (title.isascii() and len(title) <= 12)
                or _APP_PROMO.search(title)
            ):
                continue  # no headline: a tag word, an app's name and its stores (iOS, Android)
            # (a headline may end in a quotation: …推进“穿梭外交”; a summary ends a sentence)
            quoted = len(title) <= 40 and title.endswith(("”", "」", "』"))
            closed = _FULL_STOP.search(title) or (_SENTENCE_END.search(title) and not quoted)
            if not closed and len(title) <= 120 and title not in seen:
                doc.links.append({"title": title, "url": url, "kind": "related"})
            continue
        if image := _MD_IMAGE.match(line):  # a Markdown copy's image, its caption in italics
            doc.images.append(
                {"url": image["url"], "caption": image["alt"] or None, "credit": None}
            )
            blocks.append(line)
            continue
        if blocks and _MD_IMAGE.match(blocks[-1]) and _caption_line(line):
            caption, credit = split_credit(line.strip("*_"), caption=True)
            doc.images[-1].update(caption=caption or doc.images[-1]["caption"], credit=credit)
            blocks.append(line if _ITALIC.fullmatch(line) else f"*{line}*")  # as captions are
            continue
        if FOLLOW_BUTTON.fullmatch(line):
            continue  # an account's follow button over the story (+ 关注); read as chrome above
        if (over := _CREDIT_OVER.fullmatch(line)) and nxt and len(nxt) <= 100:
            # a picture's credit in brackets over its caption (KBS: [图片来源：KBS新闻] / 3日晚，…)
            doc.images.append({"url": None, "caption": nxt, "credit": over["credit"]})
            blocks.append(f"*{nxt}（{over['credit']}）*")
            captioned.add(i + 1)
            continue
        if bare_credit(line) and not (blocks and _MD_IMAGE.match(blocks[-1])):
            continue  # a picture's credit whose picture was not copied (KBS: Photo : YONHAP News)
        if _CREDIT_ONLY.match(line) and not blocks:
            continue  # (or the lead picture's, over the story: 星洲网's (图:美联社))
        if _CREDIT_ONLY.match(line) and blocks:
            caption, credit = split_credit(blocks[-1].strip("*"))
            _, credit = split_credit(line)
            doc.images.append({"url": None, "caption": caption, "credit": credit})
            blocks[-1] = f"*{caption}（{credit}）*"
            continue
        caption, credit = split_credit(
            line, caption=bool(nxt) and (sourced_caption(line) or _latin_credited(line))
        )
        if credit:
            if blocks and _ALT_TEXT.fullmatch(blocks[-1]):
                blocks.pop()  # the picture's English alt text over its caption (DW's copies)
            doc.images.append({"url": None, "caption": caption, "credit": credit})
            blocks.append(f"*{caption}（{credit}）*")
            pictured.add(i)  # (the day the picture was taken is not the story's)
            continue
        if nxt and _CREDIT_ONLY.match(nxt):  # a caption line: its credit follows
            blocks.append(line)
            continue
        if _is_heading(line, nxt):
            blocks.append(line if line.startswith("#") else f"## {line}")  # (### 论坛 as it is)
            continue
        blocks.append(line)
    # the editors credited under the story, a label over a name (核稿編輯 / 許慧雯): no text
    while (
        len(blocks) > 3
        and CREDIT_LABEL.fullmatch(blocks[-2].lstrip("# "))
        and _credit_name(blocks[-1])
    ):
        sources += [blocks.pop(-2).lstrip("# "), blocks.pop()]
    while len(blocks) > 1 and _RULE.fullmatch(blocks[-1]):
        blocks.pop()  # a rule closing the copy, with nothing under it left (────────────)
    # (nor does furniture take a dateline's place among the first lines: 3 分钟, 广告)
    told = [ln for i, ln in enumerate(body) if i not in pictured and not is_boilerplate(ln)]
    doc.header = "\n".join([*sources, dateline_text([*doc.date_hints, *told])])
    hashtags = [m.strip() for m in _HASHTAG.findall("\n".join(body))]
    doc.tags = list(dict.fromkeys(t for t in [*doc.tags, *tags, *hashtags] if t))
    doc.body = tidy(re.sub(r"(?m)^(- .*)\n\n(?=- )", r"\1\n", "\n\n".join(blocks)))
    return doc


# Words of a toolbar under the headline, a word a line: 首頁 / 國際 / 留言, 字級 小 中 大 特.
# (字體：, 评论(1286), +1)
_TOOL_WORD = re.compile(r"[^\s，,。：:！？!?、【】\[\]（）()]{1,4}(?:[:：]|[（(]\d{1,7}[)）])?")
# (labels of the text's own parts that may stand alone over it)
_PART_LABEL = re.compile(
    r"编者按|編者按|导读|導讀|导语|導語|摘要|提要|按语|按語|前言|引言|背景|更正"
)
# A Taiwanese byline opening the story's first paragraph: 〔記者林家緯／綜合報導〕
_LEAD_BYLINE = re.compile(
    r"[〔【\[（(]\s*(?:記者|记者)[^〔〕【】\[\]（）()\n]{2,30}(?:報導|报导|報道|报道)\s*[〕】\]）)]"
)
_WIKI_TAGS = re.compile(r"(?:\[\[[^\]\n]{1,30}\]\]\s*)+")
_LISTED_DAY = re.compile(
    r"[\s\u3000]+(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2})?$"
)
_LISTED_SOURCE = re.compile(
    r"\s*[（(]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[／/∕][^（）()]{1,30}[)）]$"
)
_APP_PROMO = re.compile(r"(?<![A-Za-z])(?:app|APP|App)$|客户端$|客戶端$")


_UPDATED_LINE = re.compile(
    r"(?:最近|最后|最後)?(?:更新|修改)(?:时间|時間|於|于)?\s*[:：]?\s*(?P<day>\S.*)"
)


def _updated(line: str) -> bool:
    """An update's date line: 最近更新: 2023年11月22日 10:12."""
    m = _UPDATED_LINE.fullmatch(line)
    return bool(m and is_date_only(m["day"]))


def _dated_or_signed(line: str) -> bool:
    """A date line or a byline, as printed under a headline over its toolbar."""
    return bool(_labelled_date(line) or _date_line(line) or byline_only(line))


def _byline_under_standfirst(lines: list[str]) -> list[str]:
    """The byline and date lines printed under the standfirst and its picture's caption
    (RFI: headline / standfirst / caption / 文字 : 夏湘 / 发表时间 : 13/09/2023 - 10:48 / 修改时间
    : …) are moved under the headline, where the readers of a headline's date and byline look:
    two or more of them, a line each, under the copy's first paragraph and one line more, with
    only a menu's short lines over its headline."""
    first = next((k for k, ln in enumerate(lines[:60]) if _is_story_paragraph(ln)), None)
    if first is None or first < 1 or any(len(ln) > 24 for ln in lines[: first - 1]):
        return lines
    # (right under the standfirst, the readers of a deck's byline take them as they are)
    k = end = first + 2
    dated = 0
    while end < len(lines) - 1 and len(lines[end]) <= 60:
        if _dated_or_signed(lines[end]):
            dated += 1
        elif end == k or not (_MINUTES.fullmatch(lines[end]) or is_boilerplate(lines[end])):
            break  # (between them, its reading time and an advert's label: 2 分钟, 广告)
        end += 1
    if dated < 2:
        return lines
    # the dates first, as most pages print them, then the byline
    run = sorted(
        (ln for ln in lines[k:end] if _dated_or_signed(ln)), key=lambda ln: not _story_dated(ln)
    )
    return lines[:first] + run + lines[first:k] + lines[end:]


_MINUTES = re.compile(r"\d{1,2}\s*(?:分钟|分鐘|min)")


def _without_toolbar(body: list[str]) -> list[str]:
    """The story without the toolbar copied between its headline (or its date lines) and its
    text (the crumbs, the comment and font-size buttons whose other words were furniture):
    short words, a line each, two or more of them, or one alone of one or two characters, a
    label without its value (字體：) or a button with its count (评论(1286)); never a writer's
    name or a part's label (编者按)."""
    top = 0
    while top < len(body) - 1 and top < 3 and _dated_or_signed(body[top]):
        top += 1  # 發佈時間：2024/12/04 06:58, a byline: they stay for the fields' readers
    k = top
    while (
        k < len(body) - 1
        and _TOOL_WORD.fullmatch(body[k])
        and not (k == top and bare_name(body[k]))  # (the writer under the date; 留言 no name)
        and not _PART_LABEL.fullmatch(body[k].rstrip(":："))
        and not is_date_only(body[k])
    ):
        k += 1
    run = body[top:k]
    if len(run) >= 2 or (len(run) == 1 and (len(run[0]) <= 2 or run[0][-1] in ":：)）")):
        return body[:top] + body[k:]
    return body


def _latin_credited(line: str) -> bool:
    """One short sentence closed by a picture's credit in Latin letters after a space, as a
    copy prints a caption (…在板门店军事分界线上握手。 Korea Summit Press Pool)."""
    if len(line) > 100 or line.count("。") != 1:
        return False
    credit = split_credit(line, caption=True)[1]
    return bool(credit and credit.isascii() and line.split("。")[1].strip() == credit)


def _caption_line(line: str) -> bool:
    """The line under a Markdown image that captions it: in italics, or short and closed by
    its source in brackets (资料图片（韩联社）)."""
    if _ITALIC.fullmatch(line):
        return True
    if len(line) > 80 or re.search(r"[（(](?:完|全文完|end)[)）]\s*$", line, re.I):
        return False
    return split_credit(line, caption=True)[1] is not None


def _repair_title(title: str) -> str:
    """A copy that lost the title's opening 《 still shows its closing 》."""
    if "》" in title and "《" not in title.split("》", 1)[0]:
        return "《" + title
    return title


# --- several articles in one file -----------------------------------------------------------

_RULE = re.compile(rf"^{_RULE_BODY}$", re.MULTILINE)


# A record's labelled title line, as database exports and copied index cards print it.
_TITLE_LABEL = re.compile(
    r"^[ \t]*(?:标题|標題|题目|題目|题名|題名|篇名|title)[ \t]*[:：][ \t]*(?=\S)", re.I | re.M
)
# The label before a record's text: 正文：韩国联合参谋本部2日说… (知网's 正文快照: its start)
_TEXT_LABEL = re.compile(
    r"^(?:正文|内容|內容|全文|摘要|正文快照|text|body)\s*[:：]\s*", re.IGNORECASE
)
# A database's labels in brackets (知网: 【题名】…【报纸名称】…【正文快照】…): read as label：value.
_BRACKET_LABEL_LINE = re.compile(r"^[ \t]*【(?P<label>[^【】\s]{1,6})】[ \t]*", re.M)
_AD_FIELD = re.compile(r"^[ \t]*(?:推广|推廣|广告|廣告|赞助|贊助)\s*[:：].*$", re.M)
# A digest's numbered headline over its source or date field: 1. 朝鲜炸毁… / 来源：新华社
_NUMBERED_HEAD = re.compile(
    r"^[ \t]*\d{1,2}\s*[.、．)）]\s*(?P<title>\S[^\n]{4,80})\n"
    r"(?=[ \t]*(?:来源|來源|出处|出處|媒体|媒體|时间|時間|日期|发布时间|發布時間)\s*[:：])",
    re.M,
)


def records(text: str) -> list[str] | None:
    """Labelled records one after another (标题：… 来源：… 日期：… 正文：…): one article each,
    when there are two or more and each holds a text of 30 characters or more."""
    if len(_BRACKET_LABEL_LINE.findall(text)) >= 6:
        text = _BRACKET_LABEL_LINE.sub(r"\g<label>：", text)
    # a digest's numbered headlines over their fields (1. headline / 来源：新华社): a record each
    if len(_NUMBERED_HEAD.findall(text)) >= 2:
        text = _NUMBERED_HEAD.sub(r"标题：\g<title>\n", text)
    starts = [m.start() for m in _TITLE_LABEL.finditer(text)]
    if len(starts) < 2:
        return None
    parts = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    # a rule closes a record (the digest's footer under it), and an ad between records is none
    parts = [_AD_FIELD.sub("", _RULE.split(part, maxsplit=1)[0]) for part in parts]
    for part in parts:
        if not any(len(_TEXT_LABEL.sub("", ln)) >= 30 for ln in _paragraphs(part)[1:]):
            return None
    return parts


def sections(text: str) -> list[str] | None:
    """Articles copied one after another into one file, between rule lines (-----, =====):
    each part must read as an article (a headline line, then a paragraph of 30 characters or
    more), else the rules are the article's own section breaks and None is returned. Rules of
    two kinds may be the articles' (=====) and their slug blocks' (-----): each kind is tried
    alone when both together part no articles."""
    found = _sections(_RULE.split(text)[::2])
    kinds = set(_RULE.findall(text))
    for kind in sorted(kinds) if found is None and len(kinds) > 1 else ():
        rule = re.compile(rf"^[ \t]*{re.escape(kind)}{{5,}}[ \t]*$", re.MULTILINE)
        if found := _sections(rule.split(text)):
            break
    return found


def _sections(pieces: list[str]) -> list[str] | None:
    parts = [p for p in pieces if p.strip()]
    if len(parts) > 2 and not _reads_as_article(parts[0]) and len(parts[0].strip()) <= 200:
        parts = parts[1:]  # the file's own title and note over the articles (资料整理 2022.5.16)
    elif parts and _copy_note(_paragraphs(parts[0])):
        parts = parts[1:]  # (or a note on the copy under it: its address, the day it was saved)
    if len(parts) > 2 and not _reads_as_article(parts[-1]) and len(parts[-1].strip()) <= 200:
        parts = parts[:-1]  # and its closing note under them (（完）剪貼 4 篇　最後整理 2024/11/17)
    parts = [p for p in parts if not _contents(p, parts)]
    if len(parts) < 2 or not all(map(_reads_as_article, parts)):
        return None
    return parts


def _contents(part: str, parts: list[str]) -> bool:
    """A part listing two or more of the others' headlines: a cover with its contents (目录)."""
    heads = [" ".join(_paragraphs(p)[0].split()) for p in parts if p is not part and p.strip()]
    flat = " ".join(part.split())
    return sum(len(h) >= 6 and h in flat for h in heads) >= 2


def _reads_as_article(part: str) -> bool:
    """A headline line, then a paragraph of 30 characters or more."""
    lines = _paragraphs(part)
    lines = lines[next((k for k, ln in enumerate(lines) if not _RULE.fullmatch(ln)), 0) :]
    if len(lines) < 2 or len(lines[0]) > 60 or _SENTENCE_END.search(lines[0]):
        return False
    if _related_label(lines[0]):
        return False  # a related list under its label (相關新聞 / ．曹國東山再起…)
    if _source_url(lines[0]) or _BARE_ADDRESS.fullmatch(lines[0]):
        return False  # the researcher's note over a rule: 来源：https://… / 保存于 …
    return any(
        len(ln) >= 30
        and not _field_line(ln)
        and not _SLUG_FIELD.match(ln)  # (a wire slug's: 序號：AFP-CT0877   優先：1 急電 …)
        and not _SEARCH_LINE.match(ln)  # (an export's search: 检索条件：全文="朝鲜 核试验" …)
        and not _BARE_ADDRESS.fullmatch(ln)
        and not _RULE.fullmatch(ln)  # (a rule of another kind: ═════ over a search's lines)
        and not is_boilerplate(ln)  # (a printout's notice: ※本列印稿僅供…不得轉載。※)
        for ln in lines[1:]
    )  # (a share footer's address is no paragraph: 分享自环球TIME / https://…)


def _field_line(line: str) -> bool:
    """A labelled field (网址：https://…, 下载：2024-10-11 14:20): no paragraph of a story."""
    m = _FIELD.match(line)
    return bool(_SOURCE_URL.match(line) or (m and m["label"].lower() in _FIELD_ROLE))


# --- list pages -------------------------------------------------------------------------------

_LABEL_MAX = 12


def _label_lines(lines: list[str]) -> Counter:
    """Short punctuation-free lines: candidate category labels."""
    return Counter(
        ln
        for ln in lines
        if len(ln) <= _LABEL_MAX and not re.search(r"[，,。！？!?：:、；;()（）《》「」]", ln)
    )


def list_items(text: str) -> tuple[str | None, list[tuple[str | None, str]]] | None:
    """If the text is a list page, return (page label, [(category, paragraph), ...]).

    A list page repeats one short label line (a category) before many of its paragraphs, and
    its paragraphs are independent items: at least three labels, most paragraphs long. A single
    article whose body is a bulleted brief repeats no label, so it stays one article.
    """
    lines = _paragraphs(text)
    counts = _label_lines(lines)
    if not counts:
        return None
    label, n = counts.most_common(1)[0]
    paragraphs = [ln for ln in lines if ln not in counts]
    if n < 3 or len(paragraphs) < 3 or n < 0.5 * len(paragraphs):
        return None
    page_label = None
    items: list[tuple[str | None, str]] = []
    category = None
    for ln in lines:
        if ln in counts:
            if counts[ln] == 1 and not items and category is None:
                page_label = ln
            else:
                category = ln
            continue
        if is_boilerplate(ln):
            continue
        items.append((category, ln))
    return page_label, items


# A digest's item: a number, its headline in 【】, its text, and its source with a month-day
# in brackets at the end: 1. 【韩国代总统…】韩国代总统…。（来源：韩联社，12月31日）
_BRIEF = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*、|[①-⑳])\s*"
    r"【(?P<title>[^【】]{4,80})】\s*(?P<text>\S.*?)\s*"
    r"(?:[（(]\s*(?:来源|來源|据|據|source)\s*[:：]?\s*(?P<source>[^，,）)]{1,30})"
    r"(?:\s*[，,]\s*(?P<when>[^）)]{1,20}))?\s*[)）])?$",
    re.IGNORECASE,
)
_FULL_DAY = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def issue_day(head: list[str]) -> str | None:
    """The day a digest's or a list's head lines name (its issue's), as YYYY-MM-DD."""
    issue = _FULL_DAY.search("\n".join(head))
    return _full_day(issue) if issue else None


def _full_day(m: re.Match) -> str:
    """A match naming its year, month and day (2024年1月18日, 2024-1-18; 113年1月19日 in the
    ROC era) as YYYY-MM-DD."""
    year = int(m["y"]) + (1911 if len(m["y"]) == 3 else 0)
    return f"{year}-{int(m['m']):02d}-{int(m['d']):02d}"


# A channel's digest of links: • headline（outlet）, its address on the next line.
_LINKED_BRIEF = re.compile(
    r"^\s*[•·●▪◦\-*]\s*(?P<title>\S.{3,100}?)\s*[（(](?P<source>[^（）()\d]{2,20})[）)]\s*$"
)


def _linked_briefs(lines: list[str]) -> list[dict]:
    items = []
    for k, ln in enumerate(lines[:-1]):
        if (m := _LINKED_BRIEF.match(ln)) and (url := BARE_URL.fullmatch(lines[k + 1])):
            items.append({"title": m["title"], "text": "", "source": m["source"], "when": None,
                          "url": url.group(0)})  # fmt: skip
    return items


# A compilation's story: its numbered heading (一、… or 1. …) over its source note
# （来源：新华社，2024年6月19日）, its text up to the next heading.
_SECTION_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*(?P<title>\S.{4,80})$"
)
_SOURCE_NOTE = re.compile(
    r"^[（(]\s*(?:来源|來源|稿源|出处|出處)\s*[:：]\s*(?P<source>[^，,；;）)]{2,20})"
    r"\s*[，,；;]?\s*(?P<date>[^）)]*)[）)]$"
    # or a digest's outlet and day: 新华网｜2025-01-19
    r"|^(?P<outlet>[^\s｜|]{2,20})\s*[｜|]\s*(?P<day>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)$"
)
# The story's address under its text in a digest: 全文：https://…
_FULL_TEXT_AT = re.compile(
    r"^(?:全文|阅读全文|閱讀全文|原文|原文链接|原文鏈接)\s*[:：]\s*(?P<url>https?://\S+)$"
)
# Or its fields in rows under the heading, as a table converted to text prints them
# (pandoc's simple table: 来源       新华社, between rules of dashes).
_FIELD_ROW = re.compile(
    r"^(?P<label>来源|來源|出处|出處|媒体|媒體|日期|时间|時間|作者|记者|記者|原文链接|原文鏈接|链接|鏈接|网址|網址)"
    r"\s*(?:[:：]\s*|\s{2,})(?P<value>\S.*)$"
)
_TABLE_RULE = re.compile(r"^[-\s]*-{5,}[-\s]*$")
# The compiler's own notes in a story: 【编者按】…, 【研判】…
_COMPILER_NOTE = re.compile(r"^【(?:编者按|編者按|研判|点评|點評|评注|評註|按)】")
_PAGE_NUMBER = re.compile(r"^[—\-－–]\s*\d{1,3}\s*[—\-－–]$")  # — 2 —
# the rule over its distribution list, or that list itself (报送：… 发送：… 共印15份)
_COMPILATION_END = re.compile(
    r"^[━─—=_*\-]{8,}$|^(?:报送|報送|发送|發送|抄送|分送|送)\s*[:：]"
    r"|^[-—–\s]*END[-—–\s]*$"  # (a WeChat post's end mark: - END -)
)


def compiled_stories(text: str) -> list[Doc] | None:
    """A compilation of whole stories (a research office's 汇编): each under a numbered heading
    with its source note under it, read as a labelled copy. The cover, the contents (headings
    with no source note under them), the editor's note, page numbers and the distribution list
    under the closing rule are the compilation's. None unless it holds two or more."""
    lines = [ln for ln in _paragraphs(text) if not _TABLE_RULE.match(ln)]
    starts = [
        k
        for k in range(len(lines) - 1)
        if _SECTION_HEADING.match(lines[k]) and _source_under(lines[k + 1 : k + 3])
    ]
    if len(starts) < 2:
        return None
    docs = []
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        fields = [("标题", _SECTION_HEADING.match(lines[a])["title"])]
        body, url = [], None
        for ln in lines[a + 1 : b]:
            if _COMPILATION_END.match(ln):
                break
            if link := _FULL_TEXT_AT.match(ln):
                url = url or link["url"]
            elif note := _SOURCE_NOTE.match(ln):
                fields.append(("来源", note["source"] or note["outlet"]))
                fields += [("日期", day)] if (day := note["date"] or note["day"]) else []
            elif not body and (row := _FIELD_ROW.match(ln)):
                fields.append((row["label"], row["value"].strip()))
            elif not (_PAGE_NUMBER.match(ln) or _COMPILER_NOTE.match(ln)):
                body.append(ln)
        fields += [("链接", url)] if url else []
        docs.append(labelled_copy(fields, "\n\n".join(body)))
    return docs


# A headline's mark in a digest's contents or over its story: ■, 1．, 一、, 〔三〕, （二）, ④, 【5】
_HEADLINE_MARK = re.compile(
    r"^(?:[■□●◆◇▶►▷•·*#>]+\s*)?"
    r"(?:\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,3}\s*、|[〔（(【\[][一二三四五六七八九十\d]{1,3}[〕）)】\]]"
    r"|[①-⑳])?\s*"
)
# and what a contents line adds after it: dot leaders and a page number (·········1)
_LEADERS = re.compile(r"\s*(?:[·.…．・⋯]{3,}\s*\d{0,3}|\s\d{1,3})$")


def _headline_key(line: str) -> str:
    """A headline as a digest's contents and its story's heading both print it."""
    return " ".join(_LEADERS.sub("", _HEADLINE_MARK.sub("", line, count=1)).split())


_FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]$")  # a compiler's note mark after a headline: …试射[1]
_OWN_SECTION = re.compile(
    r"(?:简评|簡評|点评|點評|述评|述評|按语|按語|编者按|編者按|编后|編後|小结|小結|结语|結語)$"
)


def contents_stories(text: str) -> list[Doc] | None:
    """A digest whose contents list its stories' headlines (本期目录, 本期导读, 节目主要内容):
    three or more headlines in a row, each coming again lower as the heading of its story, in
    the same order. Each story is the text from its heading to the next; the masthead and the
    contents over them are the digest's. A report's contents list its sections, which carry no
    source or date of their own: most parts must (来源：…, 【…电】, a date line)."""
    lines = _paragraphs(text)
    keys = [_headline_key(ln) if len(_WORD_CHARS.findall(ln)) >= 6 else "" for ln in lines]
    if sum(n > 1 for n in Counter(filter(None, keys)).values()) < 3:
        return None  # (no three lines printed twice: no contents)
    for k in range(min(len(lines), 80)):
        found = _headings_below(keys, k)
        if len(found) >= 3:
            break
    else:
        return None
    parts = [
        [keys[a], *_until_rule(lines[a + 1 : b])]
        for a, b in zip(found, [*found[1:], len(lines)], strict=True)
    ]
    for part in parts:  # (the next story's number on a line of its own over its heading: 02)
        while len(part) > 2 and _ITEM_NUMBER.fullmatch(part[-1]):
            part.pop()
    if sum(map(_sourced, parts)) < 0.6 * len(parts):
        return None
    # (the compiler's own section, unsourced, is no story: 三、研究室简评)
    parts = [p for p in parts if _sourced(p) or not _OWN_SECTION.search(p[0])]
    for n, part in enumerate(parts):
        # the story's own headline under the section's, over its date line (…试射[1] / 2018-04-21
        # 09:51:27　来源：新华网): the story's, without the compiler's footnote mark
        own = _FOOTNOTE_MARK.sub("", part[1]) if len(part) > 2 else ""
        if own and _headline_like(own) and FULL_DATE.search(part[2]) and len(part[2]) <= 60:
            parts[n] = [own, *part[2:]]
    # its masthead over the contents: the digest's name and its day
    digest = parse("\n\n".join(lines[:k])) if k else Doc()
    issue = issue_day(lines[:k])
    docs = []
    # (the masthead's date line: 原创 半岛观察 2025年04月28日 07:15 北京)
    dated = next((ln for ln in reversed(lines[:k]) if len(ln) <= 60 and FULL_DATE.search(ln)), "")
    for part in parts:
        if dated and not _source_noted(part):
            # a brief the digest wrote itself (a WeChat account's 早读): the masthead's date
            # line is its own, as if printed under its headline
            part = [part[0], dated, *part[1:]]
        doc = parse("\n\n".join(part))
        doc.site_name = doc.site_name or digest.site_name
        if issue:  # (a story's yearless dateline is in the issue's year, and no later than it)
            doc.meta.setdefault("posted", issue)
        docs.append(doc)
    return docs


# A researcher's list of clippings: each a numbered headline (【1】…, 1. …, （1）…) over its
# source line, the outlet, the day and the address on one line (新华网 | 2024-11-01 22:47 | https://…)
_NUMBERED = re.compile(
    r"^(?:【(?P<a>\d{1,2})】|\[(?P<b>\d{1,2})\]|[（(](?P<c>\d{1,2})[)）]|(?P<d>\d{1,2})\s*[.、．])\s*"
    r"(?P<title>\S.{4,80})$"
)
_LINE_ADDRESS = re.compile(
    r"(?:(?:链接|鏈接|連結|网址|網址|原文|url|link)\s*[:：]?\s*)?(?P<url>https?://\S+)", re.I
)
_LINE_DAY = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"  # (8 Nov 2024)
)


def addressed_copies(text: str) -> list[Doc] | None:
    """Whole pages copied one under another into one file, each under its address alone on a
    line (https://…/202311210362.aspx, then the page from its menu on): each copy is an
    article, read as any copy is. Two or more, each with its headline and date (a page's
    lines, at least two, over its first paragraph) and two paragraphs of a story; else None
    (an address cited on its own line inside one story parts nothing)."""
    lines = text.split("\n")
    starts = [
        k
        for k, ln in enumerate(lines)
        if _BARE_ADDRESS.fullmatch(ln.strip()) and (k == 0 or not lines[k - 1].strip())
    ]
    if len(starts) < 2 or any(ln.strip() for ln in lines[: starts[0]]):
        return None
    parts = ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    for part in parts:
        paragraphs = _paragraphs(part)[1:]  # (under its address)
        first = next((k for k, ln in enumerate(paragraphs) if _is_story_paragraph(ln)), 0)
        over = "\n".join(paragraphs[:first])
        if first < 2 or not FULL_DATE.search(over) or sum(map(_is_story_paragraph, paragraphs)) < 2:
            return None
    return [parse(part) for part in parts]


def numbered_clippings(text: str) -> list[Doc] | None:
    """A researcher's list of clippings (1, 2, 3… in order, three or more): each numbered
    headline over its source line (an address, a day, maybe the outlet) is an article, its
    pasted text under it; an entry with no source line (a placeholder) is none. The list's own
    head (who compiled it, when) dates the copies: no story is later."""
    lines = _paragraphs(text)
    heads = []
    for k, ln in enumerate(lines[:-1]):
        m = _NUMBERED.match(ln)
        source = lines[k + 1]
        if (
            m
            and not _SENTENCE_END.search(m["title"])
            and len(source) <= 200
            and "。" not in source
            and _LINE_ADDRESS.search(source)
            and _LINE_DAY.search(source)
        ):
            heads.append((k, int(m["a"] or m["b"] or m["c"] or m["d"]), m["title"].strip()))
    numbers = [n for _, n, _ in heads]  # (in order: a placeholder's number may be missing)
    if len(heads) < 3 or numbers[0] > 2 or any(b <= a for a, b in pairwise(numbers)):
        return None
    issue = issue_day(lines[: heads[0][0]])
    ends = [k for k, _, _ in heads[1:]] + [len(lines)]
    docs = []
    for (k, _, title), end in zip(heads, ends, strict=True):
        source = lines[k + 1]
        url = _LINE_ADDRESS.search(source)["url"]
        day = _LINE_DAY.search(source).group()
        outlet = " ".join(
            _LINE_DAY.sub(" ", _LINE_ADDRESS.sub(" ", source))
            .replace("|", " ")
            .replace("/", " ")
            .split()
        )
        outlet = re.sub(r"^(?:来源|來源|source)\s*[:：]\s*", "", outlet, flags=re.I)
        body = [
            ln
            for ln in _until_rule(lines[k + 2 : end])
            if not _NUMBERED.match(ln) and not _RESEARCHERS_NOTE.match(ln)
        ]
        fields = [("标题", title), ("日期", day), ("链接", url)]
        fields += [("来源", outlet)] if outlet else []
        doc = labelled_copy(fields, "\n\n".join(body))
        if issue:
            doc.meta.setdefault("posted", issue)
        docs.append(doc)
    return docs


# The researcher's own line among the pasted text: >> 我的备注：…, （后面还有两段…，没贴）
_RESEARCHERS_NOTE = re.compile(
    r"^(?:>>?\s*)?(?:我的)?(?:备注|備註|笔记|筆記|批注|批註)\s*[:：]"
    r"|^[（(][^（）()]{0,40}(?:没贴|沒貼|未贴|未貼|略|占位|佔位|待核实|待核實)[^（）()]{0,10}[)）]$"
)


_WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


_ITEM_NUMBER = re.compile(r"\d{1,2}|[（(【\[]?\d{1,2}[)）】\]]|No\.\s*\d{1,2}")


def _headings_below(keys: list[str], k: int) -> list[int]:
    """Where the contents lines from k on come again, in order, under the contents."""
    found: list[int] = []
    for at in range(k, len(keys)):
        start = found[-1] + 1 if found else at + 1
        later = next((j for j in range(start, len(keys)) if keys[at] and keys[j] == keys[at]), None)
        if later is None or later <= at or (found and at >= found[0]):
            break
        found.append(later)
    return found


def _until_rule(lines: list[str]) -> list[str]:
    """A story's lines up to a rule: what comes under it is the digest's (a notice, a footer)."""
    end = next((k for k, ln in enumerate(lines) if _COMPILATION_END.match(ln)), len(lines))
    return lines[:end]


# A story's source or date under its heading: 来源：…, 【…电】, …9日电, 央视网消息（…）：, 据…报道, or a
# short line with a date (2025-01-15 ｜ 编辑部, 5月27日 23:46)
_STORY_SOURCE = re.compile(
    r"^[【\[（(]?\s*(?:来源|來源|稿源|出处|出處|source)\b|^[【（(][^【】（）()]{2,30}[电電讯訊][】）)]"
    r"|^[^，。,\s]{2,16}(?:消息|讯|訊)\s*[（(：:]|^(?:据|據)[^，。]{2,20}(?:报道|報導|報道|消息)"
    r"|^[^，。,\s]{2,20}?\d{1,2}\s*日\s*(?:专|專)?[电電]",  # 新华社平壤7月9日电
    re.IGNORECASE,
)
_SHORT_DATED = re.compile(
    r"^.{0,20}(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日).{0,30}$"
)


# A news lead telling the day of what it reports in its first words: 韩国共同民主党27日举行…
_LEAD_DAY = re.compile(r"^[^。！？，,]{2,24}?\d{1,2}\s*日(?![电電])")


def _source_noted(part: list[str]) -> bool:
    """A story's source or date in the lines under its heading (a lead telling what another
    outlet reported, 据朝中社28日报道，…, notes no source of the story's own)."""
    return any(
        (_STORY_SOURCE.match(ln) and not (ln.startswith(("据", "據")) and len(ln) >= 40))
        or _SHORT_DATED.match(ln)
        for ln in part[1:3]
    )


def _sourced(part: list[str]) -> bool:
    """A story's source or date under its heading, or a news lead under it (a brief the
    digest wrote itself)."""
    if _source_noted(part):
        return True
    return len(part) > 1 and len(part[1]) >= 40 and bool(_LEAD_DAY.match(part[1]))


def _source_under(lines: list[str]) -> bool:
    """A story's source under its heading: a note, or a 来源 row of its fields (not under the
    next heading: a contents line over the first story)."""
    for ln in lines:
        if _SECTION_HEADING.match(ln):
            return False
        if _SOURCE_NOTE.match(ln):
            return True
        if (row := _FIELD_ROW.match(ln)) and row["label"] in ("来源", "來源", "媒体", "媒體"):
            return True
    return False


def brief_items(text: str) -> tuple[str | None, list[dict]] | None:
    """A digest of numbered briefs (a think tank's 半岛要闻简报): at least three items of the
    shape _BRIEF, holding most of its text; the rest (mail header, contents line, footer) is
    the digest's. Or a channel's digest of linked headlines (_LINKED_BRIEF). Returns (the
    issue's day from its first full date, the items)."""
    lines = _paragraphs(text)
    if len(linked := _linked_briefs(lines)) >= 3:
        return None, linked
    items = [m.groupdict() for ln in lines if (m := _BRIEF.match(ln))]
    long = [ln for ln in lines if len(ln) > 60]  # the digest's paragraphs: most are items
    if len(items) < 3 or len(items) < 0.6 * len(long):
        return None
    first = next((k for k, ln in enumerate(lines) if _BRIEF.match(ln)), 0)
    return issue_day(lines[:first]), items


_POST_HEADLINE = re.compile(r"(?:#[^#\s]{1,30}#\s*)*【(?P<title>[^【】]{6,80})】(?=\S)")


def first_sentence(paragraph: str) -> tuple[str, str]:
    """A title for an item without a headline: its first sentence, or, when that is long, its
    first clauses up to a comma after at least 15 characters (so a bare "據《路透》報導" is
    never a whole title). Commas inside numbers (1,000) do not end a clause. A post opening
    with its headline in brackets, maybe after its topics (#朝鲜发射弹道导弹# 【…】据韩联社…),
    is titled by it."""
    if posted := _POST_HEADLINE.match(paragraph):
        return posted["title"], "headline"
    m = re.search(r"[。！？!?]", paragraph)
    sentence = paragraph[: m.end()] if m else paragraph
    if len(sentence) <= 60:
        return sentence.rstrip("。"), "first_sentence"
    m = re.compile(r"[，；;：:]|,(?!\d{3})").search(sentence, 15)
    clause = sentence[: m.start()] if m and m.start() <= 80 else sentence[:60]
    return clause, "first_clause"


# --- dated headline lists -----------------------------------------------------------------------

# A headline written as Markdown by a page reader: "### [title](url)", "**title**".
_MD_HEADLINE = re.compile(
    r"^(?:#{1,6}\s+)?(?:\*\*)?(?:\[(?P<linked>[^\]]+)\]\((?P<url>[^)\s]+)\)|(?P<plain>.+?))(?:\*\*)?$"
)
# What may stand beside the date on an item's date line: the outlet, maybe labelled.
_LINE_SOURCE = re.compile(r"(?:(?:来源|來源)\s*[:：]\s*)?(?P<name>[^\s\d，,。:：|｜]{2,14})")


_COUNT_PART = re.compile(r"[\d.,]+\s*[万萬]?\s*(?:评论?|評論?|阅读|閱讀|赞|讚|跟贴)")
_SECTION_AFTER = re.compile(r"\d\s*[|｜]\s*\S{1,8}$")  # …00:15 | 朝鲜半岛


_DIGIT_OR_AGE = re.compile(r"\d|昨天|前天|刚刚|剛剛|yesterday", re.IGNORECASE)


def date_and_source(line: str) -> tuple[str, str | None] | None:
    """An item's date line: a date alone, or with its outlet before or after it
    ("2024-06-02 10:30 新浪军事", "来源：环球网 | 2024-06-01"). None for any other line."""
    if not _DIGIT_OR_AGE.search(line):
        return None  # (no number and no age: most lines, told apart at once)
    if is_date_only(line):
        return line, None
    parts = [p for p in re.split(r"\s*[|｜]\s*|\s+[•·‧]\s+|\s+", line.strip()) if p and p != "-"]
    parts = [p for p in parts if not _COUNT_PART.fullmatch(p)]  # 环球时报  3.2万评  2024-12-14
    while len(parts) > 2 and not _DIGIT_OR_AGE.search(parts[-1]) and is_boilerplate(parts[-1]):
        parts.pop()  # a button after it: 第一财经 2024-07-08 20:16:25 听新闻
    if any(FULL_DATE.search(p) for p in parts):  # 國際 ｜ 2小時前 ｜ 2025-04-28 13:05: its age
        parts = [p for p in parts if not _RELATIVE_TIME.fullmatch(p)]
    # the outlet first (来源：环球网 | 2024-06-01), or last (2024-06-02 10:30 新浪军事)
    for first, name, date in ((True, parts[:1], parts[1:]), (False, parts[-1:], parts[:-1])):
        m = _LINE_SOURCE.fullmatch(" ".join(name))
        if m and date and is_date_only(" ".join(date)):
            return " ".join(date), m["name"]
        if m and first and _RELATIVE_TIME.fullmatch(" ".join(date)):
            return "", m["name"]  # 央视新闻 3天前: a time relative to a day the copy lacks
    # a known outlet, the date, then the section: 共同社 - 2024年5月28日 00:15 | 朝鲜半岛
    if (
        len(parts) > 2
        and _SECTION_AFTER.search(line)
        and is_date_only(" ".join(parts[1:-1]))
        and known_outlet(parts[0])
    ):
        return " ".join(parts[1:-1]), parts[0]
    return None


def _headline(line: str) -> tuple[str, str | None] | None:
    """(title, url) of a line that can be an item's headline: short, not a sentence, not a date."""
    m = _MD_HEADLINE.match(line)
    # (in bold inside its link too: [**…**](…), a newsletter's <a><b>…)
    title = (
        (m["linked"] or m["plain"] or "").strip().removeprefix("**").removesuffix("**") if m else ""
    )
    if not 4 <= len(title) <= 60 or title.endswith(("。", ".")) or is_date_only(title):
        return None
    return title, m["url"]


_LINKED_HEADING = re.compile(r"#{1,6}\s+\[")
_PICTURE_ONLY = re.compile(r"\[?!\[[^\]\n]*\]\([^)\s]*\)(?:\]\([^)\s]*\))?")
_DAY_AND_WEEKDAY = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[(（]?\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?"
)


def dated_items(text: str) -> tuple[str | None, list[dict]] | None:
    """If the text is a list of dated news items, return (page label, items).

    An item is a date line (maybe naming the outlet or section) with a headline above it, or
    a headline and summary above it, or only paragraphs under it; a date line alone opening
    items must also give a time or a label, as a chronology's dates do not. Items are
    {title, title_source, url, dateline, source, body}. At least three, and at most two short
    lines (the page's label) before the first, so an article ending in a dated list of
    related stories stays one article.
    """
    # (an item's thumbnail, linked to it, is no line of it: [![](…jpg)](…/view/ACK…))
    lines = [ln for ln in _with_page_day(_paragraphs(text)) if not _PICTURE_ONLY.fullmatch(ln)]
    lines = _without_ads(_without_counts(lines))
    datelines = {i: found for i, ln in enumerate(lines) if (found := date_and_source(ln))}
    if sum(bool(_CLOCK.search(lines[i])) for i in datelines) >= 3:
        # items with times: a day with its weekday alone is the page's top bar (2024/06/03 週一)
        datelines = {i: f for i, f in datelines.items() if not _DAY_AND_WEEKDAY.fullmatch(lines[i])}
    marks = list(datelines)
    if len(marks) < 3:
        return None
    # a results page's pager, related searches and footer after the last item (its summary)
    end = marks[-1] + 1
    while end < len(lines) and not _is_short(lines[end]) and not is_boilerplate(lines[end]):
        end += 1
    tail = lines[end:]  # (the page's own lines after the last item: a menu, or no sentences)
    if _is_menu(tail) or not any(len(ln) > 40 and _FULL_STOP.search(ln) for ln in tail):
        lines = lines[:end]
    spans = (
        _under_headlines(lines, marks)
        or _over_dates(lines, marks)
        or _after_dates(lines, datelines)
    )
    if spans is None:
        return None
    label_end, spans = spans
    menu = lines[:label_end]
    site = None
    if _is_menu(menu) and all(len(body) <= 3 for _, _, body in spans[:-1]):
        # a whole list page copied: its menu lines (the first may name the site), short items
        # (under a skip link: the first lines that are not furniture)
        heads = [ln for ln in menu[:6] if not is_boilerplate(ln)][:2]
        names = [name for ln in heads for name in (ln, *ln.split())]
        site, menu = next((name for name in names if known_outlet(name)), None), []
    elif label_end > 2 or any(len(ln) > 30 for ln in menu):
        return None
    items = []
    for n, (head, mark, body) in enumerate(spans):
        dateline, source = datelines[mark]
        if n == len(spans) - 1:  # the page's own lines after the last item (相关搜索, 下一页)
            body = body[: next((k for k, ln in enumerate(body) if _is_short(ln)), len(body))]
        paragraphs = [ln for ln in body if not is_boilerplate(ln)]
        if head is not None:
            title, url = _headline(lines[head])
            title_source = "headline"
        elif paragraphs:
            (title, title_source), url = first_sentence(paragraphs[0]), None
        else:
            return None
        items.append(
            {
                "title": title,
                "title_source": title_source,
                "url": url,
                "dateline": dateline,
                "source": source or site,
                "body": "\n\n".join(paragraphs),
            }
        )
    if _one_story_among(items):
        return None  # a whole story's page with its latest news around it: one article
    return " ".join(menu) or None, items


def _without_ads(lines: list[str]) -> list[str]:
    """A list without its ads: a label alone (廣告, 贊助) and the one or two lines under it (the
    ad's words, the advertiser), up to the next item's first line: as many lines over its date
    line as the items usually have (headline / summary / date: two; 全球 / headline / summary /
    date: three)."""
    if not any(_AD_LABEL.fullmatch(ln) for ln in lines):
        return lines
    dates = [k for k, ln in enumerate(lines) if date_and_source(ln)]
    gaps = Counter(b - a for a, b in zip(dates, dates[1:], strict=False))
    item = gaps.most_common(1)[0][0] - 1 if gaps else 1  # an item's lines over its date line
    out, k = [], 0
    while k < len(lines):
        if not _AD_LABEL.fullmatch(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        after = next((j for j in dates if j > k), len(lines) + item)
        k = min(k + 3, max(k + 1, after - item))
    return out


_BARE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[万萬kK]?")


def _without_counts(lines: list[str]) -> list[str]:
    """A list without its items' view counts: a bare number under an item's date line
    (2024-04-11 11:35 / 1,024) counts readers, and is no line of the next item."""
    return [
        ln
        for k, ln in enumerate(lines)
        if not (k and _BARE_COUNT.fullmatch(ln) and date_and_source(lines[k - 1]))
    ]


def _one_story_among(items: list[dict]) -> bool:
    """One item holding a whole story (four paragraphs or more, most of the items' text) among
    items with next to none: a story's page copied with a list of the latest news."""
    sizes = [len(i["body"]) for i in items]
    if not sizes:
        return False
    big = max(range(len(items)), key=sizes.__getitem__)
    whole = sum(len(p) >= 40 for p in items[big]["body"].split("\n\n")) >= 4
    return whole and sum(sizes) - sizes[big] < 0.25 * sizes[big]


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")  # a time (whole line: fullmatch)
_PAGE_DAY = re.compile(
    r"(?P<day>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*(?:星期|週|周)[一二三四五六日天])?"
)


def _with_page_day(lines: list[str]) -> list[str]:
    """A rolling list prints only the time for today's items (15:48) under the page's date
    line (2024/06/04 星期二): those times get that day, and the date line goes."""
    day = next((k for k, ln in enumerate(lines[:60]) if _PAGE_DAY.fullmatch(ln)), None)
    if day is None:
        return lines
    clocks = [k for k in range(day + 1, len(lines)) if _CLOCK.fullmatch(lines[k])]
    if len(clocks) < 2:
        return lines
    stamp = _PAGE_DAY.fullmatch(lines[day])["day"]
    out = [f"{stamp} {ln}" if k in set(clocks) else ln for k, ln in enumerate(lines)]
    return out[:day] + out[day + 1 :]


def _is_short(line: str) -> bool:
    """A short line, as it reads: a Markdown link's words, not its address (- [国内](https://…))."""
    if "](" in line:
        line = plain_text(line)
    return len(line) <= 10 and not _SENTENCE_END.search(line)


def _is_menu(lines: list[str]) -> bool:
    """Lines copied from a page's menus: at least four, nearly all short or furniture."""
    # (a menu's row of words, the researcher's note of the day it was taken: 抓取日期：…)
    short = sum(
        _is_short(ln) or is_boilerplate(ln) or menu_row(ln) or bool(_SAVED_LABEL.match(ln))
        for ln in lines
    )
    return len(lines) >= 4 and short >= 0.8 * len(lines)


# A time a news aggregator prints relative to the day it was copied: 1 小时前, 3 天前, 昨天.
_RELATIVE_TIME = re.compile(
    r"\d+\s*(?:分钟|分鐘|小时|小時|天|日|周|週|个月|個月|年)前|昨天|前天|刚刚|剛剛"
    r"|\d+\s*(?:minutes?|mins?|hours?|days?|weeks?|months?)\s+ago|yesterday",
    re.IGNORECASE,
)


def outlet_items(text: str) -> tuple[str | None, list[dict]] | None:
    """If the text is an aggregator's list (Google News and the like), return (page label,
    items): each item is a headline, the outlet's name (a known one) and a time, which is a
    date or relative to a day the copy does not state (then the item has no date). At least
    three items, and at most one label line before them."""
    lines = _paragraphs(text)
    if sum(1 for ln in lines if len(ln) <= 24 and (_is_when(ln) or _GLUED_WHEN.fullmatch(ln))) < 3:
        return None  # most texts are no such list: a cheap test first
    start = 1 if len(lines) > 2 and known_outlet(lines[2]) else 0  # a label line first
    items, i = [], start
    while i + 2 < len(lines) and known_outlet(lines[i + 1]) and _is_when(lines[i + 2]):
        if (headline := _headline(lines[i])) is None:
            return None
        items.append(_aggregated(headline, lines[i + 1], lines[i + 2]))
        i += 3
    if len(items) < 3 or i != len(lines):
        found = _outlet_first_items(lines) or _results_page_items(lines)
        if found and (_story_over(lines, found[1][0]["title"]) or _story_run(lines)):
            return None  # a story's page copied with the list around it: one article
        return found
    return " ".join(lines[:start]) or None, items


def _story_run(lines: list[str]) -> bool:
    """Three long paragraphs of sentences in a row: a story's text, which no list of headlines,
    outlets and times holds (its summaries are a line each between them)."""
    run = 0
    for ln in lines:
        run = run + 1 if len(ln) >= 60 and "。" in ln else 0
        if run == 3:
            return True
    return False


def _story_over(lines: list[str], title: str) -> bool:
    """A story's paragraphs (150 characters of sentences) over the first item: the items are
    its page's related list (澎湃's 相关推荐, each with its outlet and age), not a results page."""
    first = next((k for k, ln in enumerate(lines) if title in ln), 0)
    return sum(len(ln) for ln in lines[:first] if len(ln) > 40 and _FULL_STOP.search(ln)) >= 150


def _results_page_items(lines: list[str]) -> tuple[None, list[dict]] | None:
    """A search results page copied whole (百度资讯): each item a headline, maybe its snippet,
    the outlet and the time, among the page's menus and related searches (which are no items:
    no outlet and time under them). An outlet not on the list counts under a snippet. The
    snippet is not kept: its dates are the events', and the item's time is all that dates it."""
    items, marks = [], 0
    # (搜狗微信 prints the account and the day as one: 环球时报2024-12-3, 观察者网1天前)
    lines = [part for ln in lines for part in _unglued(ln)]
    for j in range(1, len(lines) - 1):
        if not _is_when(lines[j + 1]) or len(lines[j]) > 20:
            continue
        snippet = j >= 2 and len(lines[j - 1]) > 40 and _headline(lines[j - 2]) is not None
        if not (known_outlet(lines[j]) or (snippet and not _PUNCTUATED.search(lines[j]))):
            continue
        marks += 1
        if headline := _headline(lines[j - 2] if snippet else lines[j - 1]):
            items.append(_aggregated(headline, lines[j], lines[j + 1]))
    return (None, items) if len(items) >= 3 and len(items) >= 0.8 * marks else None


_PUNCTUATED = re.compile(r"[，,。：:！!？?、；;]")
_GLUED_WHEN = re.compile(
    rf"(?P<name>[^\s\d，,。：:！!？?、；;]{{2,12}}?)(?P<when>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_RELATIVE_TIME.pattern})",
    re.IGNORECASE,
)


def _unglued(line: str) -> list[str]:
    """A result's source and time printed as one line, as two (its other lines as they are)."""
    m = _GLUED_WHEN.fullmatch(line.strip())
    return [m["name"], m["when"]] if m else [line]


def _aggregated(headline: tuple, outlet: str, when: str, author: str | None = None) -> dict:
    """An aggregator's item: a time relative to a day the copy lacks (3 小时前) dates nothing."""
    return {
        "title": headline[0],
        "title_source": "headline",
        "url": headline[1],
        "dateline": "" if _RELATIVE_TIME.fullmatch(when) else when,
        "source": outlet,
        "body": "",
        "author": author,
    }


# What follows an aggregator's item: its writer, a link to the story's coverage.
_ITEM_AUTHOR = re.compile(r"^(?:作者|记者|記者|by)\s*[:：]?\s*(?P<name>\S.{0,30})$", re.I)
_ITEM_EXTRA = re.compile(
    r"^(?:查看完整报道|查看完整報導|完整报道|完整報導|full coverage|view full coverage)$", re.I
)


def _outlet_first_items(lines: list[str]) -> tuple[str | None, list[dict]] | None:
    """An aggregator's results copied whole (Google News): each item the outlet's name, the
    headline, a time, then maybe its writer (作者：…) and a coverage link, between the page's
    menus and its footer. Five items in a row at least; the lines around them go."""
    best: list[dict] = []
    i = 0
    while i + 2 < len(lines):
        items, j = [], i
        while j + 2 < len(lines) and known_outlet(lines[j]) and _is_when(lines[j + 2]):
            headline = _headline(lines[j + 1])
            if headline is None:
                break
            outlet, when, author = lines[j], lines[j + 2], None
            j += 3
            while j < len(lines) and (_ITEM_EXTRA.match(lines[j]) or _ITEM_AUTHOR.match(lines[j])):
                if m := _ITEM_AUTHOR.match(lines[j]):
                    author = m["name"].strip()
                j += 1
            items.append(_aggregated(headline, outlet, when, author))
        if len(items) > len(best):
            best = items
        i = j if j > i else i + 1
    return (None, best) if len(best) >= 5 else None


def _is_when(line: str) -> bool:
    return is_date_only(line) or bool(_RELATIVE_TIME.fullmatch(line.strip()))


_Spans = tuple[int, list[tuple[int | None, int, list[str]]]]  # label end; (headline, date, body)


def _under_headlines(lines: list[str], marks: list[int]) -> _Spans | None:
    """headline / date line / summary paragraphs."""
    if not all(
        i and _headline(lines[i - 1]) and (k == 0 or marks[k - 1] < i - 1)
        for k, i in enumerate(marks)
    ):
        return None
    ends = [m - 1 for m in marks[1:]] + [len(lines)]
    spans = [(i - 1, i, lines[i + 1 : e]) for i, e in zip(marks, ends, strict=True)]
    if not spans[-1][2] and all(body for _, _, body in spans[:-1]):
        return None  # (each "summary" the next item's headline: headline / summary / date)
    return marks[0] - 1, spans


def _over_dates(lines: list[str], marks: list[int]) -> _Spans | None:
    """headline / summary paragraphs (some items may have none) / date line, the last line
    of the page a date."""
    if marks[-1] != len(lines) - 1:
        return None
    starts = [m + 1 for m in marks[:-1]]
    sizes = Counter(e - s for s, e in zip(starts, marks[1:], strict=True))
    size = sizes.most_common(1)[0][0]
    # (the first item's headline: the first one within the usual size over its date)
    window = range(max(marks[0] - size, 0), marks[0])
    first = next((k for k in window if _headline(lines[k])), max(marks[0] - size, 0))
    # (an item opens at its linked heading, the last in its span: an ad's over it goes,
    # ### [开局一把刀…](https://g.163.com/…) / 广告  网易游戏)
    starts = [
        max((k for k in range(s, e) if _LINKED_HEADING.match(lines[k])), default=s)
        for s, e in zip([first, *starts], marks, strict=True)
    ]
    starts = [_headline_from(lines, s, e) for s, e in zip(starts, marks, strict=True)]
    if any(e - s < 1 or not _headline(lines[s]) for s, e in zip(starts, marks, strict=True)):
        return None
    if size < 2 and not all(_LINKED_HEADING.match(lines[s]) for s in starts):
        return None  # (most items a bare headline over its date: linked headings say so)
    return first, [(s, e, lines[s + 1 : e]) for s, e in zip(starts, marks, strict=True)]


def _headline_from(lines: list[str], s: int, e: int) -> int:
    """Where an item's headline is in its span: past an app prompt left over its section
    (下載…APP / 立即下載) and the section word over it (全球 / 南韓醫界：…)."""
    while e - s > 1 and (
        is_boilerplate(lines[s]) or (SECTION_WORD.fullmatch(lines[s]) and _headline(lines[s + 1]))
    ):
        s += 1
    return s


def _after_dates(lines: list[str], datelines: dict[int, tuple[str, str | None]]) -> _Spans | None:
    """date line (with a time or a label) / paragraphs."""
    if any(src is None and not re.search(r"\d[:：]\d", d) for d, src in datelines.values()):
        return None
    marks = list(datelines)
    ends = [*marks[1:], len(lines)]
    if any(e - i < 2 for i, e in zip(marks, ends, strict=True)):
        return None
    return marks[0], [(None, i, lines[i + 1 : e]) for i, e in zip(marks, ends, strict=True)]


# --- bulletin-board posts (PTT) ---------------------------------------------------------------

# A PTT post's head: 作者 id (nick) 看板 Board / 標題 [新聞] … / 時間 Sun Jun  2 10:15:32 2024.
_BBS_HEAD = re.compile(
    r"\A\s*作者\s*[:：]?\s*(?P<user>\S+)[^\n]*?看板\s*[:：]?\s*(?P<board>\S+)\s*\n"
    r"\s*標題\s*[:：]?\s*(?P<subject>[^\n]*)\n"
    r"\s*時間\s*[:：]?\s*(?P<time>\w{3}\s+(?P<mon>\w{3})\s+(?P<day>\d{1,2})\s+[\d:]{8}\s+(?P<year>\d{4}))"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# The news template's numbered fields: 1.媒體來源: / 4.完整新聞內文: / 5.完整新聞連結 (或短網址):
_BBS_FIELD = re.compile(
    r"^[ \t]*\d[ \t]*[.．、][ \t]*(?P<label>[^:：︰\n]{2,60})[:：︰][ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
# (another board's template: 原文連結 / 原文標題 / 原文來源(媒體/作者) / 原文發布時間 / 原文內容;
# its source is read before its writer, the label naming both)
_BBS_LABELS = {
    "來源": "outlet",
    "記者署名": "author",
    "標題": "title",
    "內文": "body",
    "內容": "body",
    "時間": "time",
}
_BBS_URL = re.compile(r"新聞連結|網址|連結")
_BBS_HINT = re.compile(r"^[ \t]*※[^\n]*\n?", re.MULTILINE)
_BBS_SIGNATURE = re.compile(r"^--\s*$\n(?:.*\n)*?\s*※\s*發信站", re.M)
_LOST_MARK = re.compile(r"^\?(?=[\u4e00-\u9fff])", re.MULTILINE)
_BBS_ADDRESS = re.compile(r"※\s*文章網址\s*[:：]\s*(?P<url>https?://\S+)")


def bbs_post(text: str) -> Doc | None:
    """A PTT post: the news it quotes (the template's outlet, reporter, headline, text and
    address) is the article; PTT is the republisher and the post's own address the repost's.
    The poster's note (備註), the signature and the pushes under it are not the article. The
    post's day bounds the date from above (meta "posted"); the news states its own."""
    head = _BBS_HEAD.match(text)
    if head is None or head["mon"] not in _MONTHS:
        return None
    end = _BBS_SIGNATURE.search(text, head.end())
    content = text[head.end() : end.start() if end else len(text)]
    content = re.sub(r"\A\s*[─—-]{5,}\s*\n", "", content)
    fields: dict[str, str] = {}
    url = None
    marks = list(_BBS_FIELD.finditer(content))
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(content)
        value = (m["rest"] + "\n" + content[m.end() : stop]).strip()
        value = _BBS_HINT.sub("", value).strip()  # the template's own hints (※ 例如蘋果日報)
        kind = next((name for word, name in _BBS_LABELS.items() if word in m["label"]), None)
        if kind:
            fields[kind] = value
        elif _BBS_URL.search(m["label"]) and (found := re.search(r"https?://\S+", value)):
            url = found.group()
    subject = re.sub(r"^\s*(?:Re:\s*|Fw:\s*)*(?:\[[^\]]{1,6}\]\s*)?", "", head["subject"]).strip()
    title = (fields.get("title") or "").split("\n")[0].strip() or subject
    # (the text alone judged for its wrapping: a terminal's capture breaks lines at 78 columns;
    # a marker Big5 has no character for is a ? there: ?不用抽 不用搶 現在用APP看新聞)
    body = _LOST_MARK.sub("►", unwrap(fields.get("body", content if not marks else "")))
    doc = parse(f"{title}\n\n{body}")
    doc.title, doc.title_source = title, "headline"
    doc.url = url
    doc.site_name = "PTT"
    address = _BBS_ADDRESS.search(text, end.start()) if end else None
    doc.republished_url = address["url"] if address else None
    signed = (fields.get("author") or "").split("\n")[0]
    # (the reporter's name, also out of a dateline: 中央社記者鍾佳容首爾12日專電)
    byline = author_from_header(signed) or re.sub(r"^(?:記者|记者)\s*", "", signed).strip()
    # (a poster's note on the source: 俄羅斯衛星通訊社（原文簡體，自行轉繁）)
    outlet = fields["outlet"].split()[0] if fields.get("outlet") else None
    outlet = outlet and re.sub(r"[（(][^）)]*[）)]$", "", outlet)
    posted = fields.get("time", "").split("\n")[0]
    _evidence(
        doc, outlet, f"作者：{byline}" if byline else "", f"發布時間：{posted}" if posted else ""
    )
    doc.meta["posted"] = _iso_day(head["year"], head["mon"], head["day"])
    return doc


# A thread of a Discuz-style forum copied as text (most Chinese forums): each floor is its
# label (楼主, 沙发, 5#), the poster, "发表于 2024-6-3 21:15:07 | 只看该作者", the post, and
# "回复 使用道具 举报". Other forums print the first post's line as 楼主：name  发表于 …, and a
# post ends at the poster's signature or at the next floor's line (2楼  name  发表于 …).
_FLOOR_POSTED = re.compile(
    r"^[ \t]*(?P<op>(?:楼主|樓主)\s*[:：]\s*\S+\s+)?(?:发表于|發表於)\s*"
    r"(?P<day>\d{4}-\d{1,2}-\d{1,2})(?:[^\n]*)$",
    re.MULTILINE,
)
# …or the poster's name on the line, before its toolbar (半岛观察员  发表于 2018-4-27 20:03 |
# 只看该作者 | 倒序浏览), each floor's under its label (沙发, 板凳, 5#) on the line over it.
_POSTER_POSTED = re.compile(
    r"^[ \t]*[^\s|｜]{1,20}[ \t]+(?:发表于|發表於)\s*(?P<day>\d{4}-\d{1,2}-\d{1,2})"
    r"[^\n]*?[|｜]\s*(?:只看该作者|只看該作者)[^\n]*$",
    re.MULTILINE,
)
_LABELLED_BRACKET = re.compile(rf"【\s*(?:{EDITORS}|来源|來源|作者|记者|記者)\s*[:：]")
_FLOOR_LABEL = re.compile(r"(?:沙发|沙發|板凳|地板|地下室|\d{1,4}\s*(?:楼|樓|#))\s*")
_FLOOR_END = re.compile(
    r"^[ \t]*(?:(?:回复|回覆)\s+(?:使用道具\s+)?(?:举报|舉報)[ \t]*"
    r"|(?:签名|簽名)\s*[:：].*|\d+\s*[楼樓]\s+\S+\s+(?:发表于|發表於)\s*\d{4}-.*)$",
    re.MULTILINE,
)
# Where a quoted article ends and the poster's own words begin.
_QUOTE_END = re.compile(r"[（(]\s*(?:全文完|完)\s*[)）]")
_THREAD_TAG = re.compile(r"^\s*(?:\[[^\]]{1,6}\]\s*)+|\s*\[(?:复制链接|複製連結)\]\s*$")
_THREAD_STATS = re.compile(r"^(?:查看|瀏覽|浏览)\s*[:：]\s*\d+")


# A video page copied whole (YouTube): the views-and-day line under the channel, and the
# transcript panel, a timestamp line over each line of speech.
_VIEWS_LINE = re.compile(
    r"^(?:[\d,.]+\s*[万萬]?\s*次(?:观看|觀看)"
    r"|(?:观看次数|觀看次數)\s*[:：]\s*[\d,.]+\s*[万萬]?\s*次)"  # (zh-TW: 觀看次數：94,562次)
    r"\s+(?P<day>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?P<tags>(?:\s+#\S+)*)\s*$"
)
# Where a video's description ends: the channel's links (★訂閱TVBS NEWS頻道：…), the button
# folding it (顯示較少), or the channel's card again.
_DESCRIPTION_END = re.compile(r"^(?:★|☆|▶|►|顯示較少|显示较少|Show less$)")
_SUBSCRIBERS = re.compile(r"^[\d,.]+\s*[万萬]?\s*位?(?:订阅者|訂閱者)$")
_TRANSCRIPT = re.compile(r"^(?:转写文稿|轉錄稿|文字记录|文字記錄|Transcript)$", re.IGNORECASE)
_SOUND_TAG = re.compile(
    r"\[(?:音乐|音樂|掌声|掌聲|笑声|笑聲|Music|Applause|Laughter)\]", re.IGNORECASE
)


def video_transcript(text: str) -> Doc | None:
    """A video's page copied with its transcript open: the video's title (over the channel's
    name and subscriber count), the channel as outlet, the day on the views line, and the
    speech as the body (timestamps, description, counters and comments are the page's)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    views = next((k for k, ln in enumerate(lines[:80]) if _VIEWS_LINE.match(ln)), None)
    subs = next((k for k, ln in enumerate(lines[:80]) if _SUBSCRIBERS.match(ln)), None)
    starts = [k for k, ln in enumerate(lines) if _TRANSCRIPT.match(ln)]
    if views is None or subs is None or subs < 2:
        return None
    if not starts:
        return _video_description(lines, views, subs)
    speech, k = [], starts[-1] + 1
    while k < len(lines) and not _CLOCK.fullmatch(lines[k]) and k < starts[-1] + 4:
        k += 1  # the panel's search box
    while k + 1 < len(lines) and _CLOCK.fullmatch(lines[k]):
        if said := _SOUND_TAG.sub("", lines[k + 1]).strip():  # [音乐], [掌声]: no speech
            speech.append(said)
        k += 2
    if len(speech) < 5:
        return None
    channel, title = lines[subs - 1], lines[subs - 2]
    doc = Doc(title=title, title_source="headline", body=transcript(speech))
    day = _VIEWS_LINE.match(lines[views])["day"]
    doc.header = f"来源：{channel}\n{day}"
    doc.site_name = channel
    return doc


def _video_description(lines: list[str], views: int, subs: int) -> Doc | None:
    """A video's page copied with its description open and no transcript (a news channel's
    report): the description under the views line is the text, to the channel's links; its
    hashtags are tags. The title loses the channel's name and handle after it (｜TVBS新聞
    @TVBSNEWS01). None unless the description tells a story (two sentences or more)."""
    end = next(
        (k for k in range(views + 1, len(lines)) if _DESCRIPTION_END.match(lines[k])), len(lines)
    )
    told = [ln for ln in lines[views + 1 : end] if not HASHTAG_LINE.fullmatch(ln)]
    rows = [ln for ln in lines[views + 1 : end] if HASHTAG_LINE.fullmatch(ln)]
    if sum(ln.count("。") for ln in told) < 2:
        return None
    channel, title = lines[subs - 1], lines[subs - 2]
    title = re.sub(r"\s*@\S+$", "", title)
    title = re.sub(r"\s*[｜|]\s*[^｜|]{1,16}$", "", title) or title
    doc = parse("\n\n".join([title, *told]))
    doc.title, doc.title_source = title, "headline"
    found = _VIEWS_LINE.match(lines[views])
    for tag in " ".join([found["tags"], *rows]).split():  # (the views line's, the rows')
        if (word := tag.strip("#")) and word not in doc.tags:
            doc.tags.append(word)
    doc.header = "\n".join(filter(None, [f"来源：{channel}", found["day"], doc.header]))
    doc.site_name = channel
    return doc


def _dated_line(line: str) -> bool:
    """A short line holding a date (alone or with its source): a quoted article's date line."""
    return len(line) <= 40 and date_and_source(line) is not None


# A forum post copied with its markup (BBCode): [b]…[/b], [size=2], [color=#999999],
# [align=center], [quote]…[/quote], [url=…]…[/url], [img]…[/img], and Discuz's note of an edit
# ([i=s] 本帖最后由 … 编辑 [/i]).
_BB_EDIT = re.compile(r"\[i=s\][^\[\]]*\[/i\]")
_BB_URL = re.compile(r"\[url=(?P<href>[^\]\s]+)\](?P<text>[^\[]*)\[/url\]", re.IGNORECASE)
_BB_IMG = re.compile(r"\[img(?:=[^\]]*)?\][^\[]*\[/img\]", re.IGNORECASE)
_BB_TAG = re.compile(
    r"\[/?(?:b|i|u|s|size|color|font|align|quote|list|\*|hr|backcolor|indent|p|float|url"
    r"|code|hide|sup|sub|left|center|right)(?:=[^\]\n]*)?\]",
    re.IGNORECASE,
)


def without_bbcode(text: str) -> str:
    """A text without its forum markup, when it has some (four tags or more): a link gives
    its words (its address, when they are the address), a picture nothing."""
    if "[/" not in text or len(_BB_TAG.findall(text, 0, 20_000)) < 4:
        return text
    text = _BB_IMG.sub("", _BB_EDIT.sub("", text))
    text = _BB_URL.sub(lambda m: m["text"].strip() or m["href"], text)
    return _BB_TAG.sub("", text)


def forum_thread(text: str) -> Doc | None:
    """A forum thread: the first post is the article, or the news it quotes (from its
    【headline】 on, the poster's note above it dropped); the replies are not. The first post's
    day bounds the date from above (meta "posted"); the crumbs give the section."""
    first = _FLOOR_POSTED.search(text)
    ends = [m.start() for m in _FLOOR_END.finditer(text) if first and m.start() > first.end()]
    named = False
    if first is None or len(ends) < 2:
        # (or each floor's poster named on its posted line: the next floor's, under its
        # label, ends the first post)
        floors = list(_POSTER_POSTED.finditer(text))
        if len(floors) < 2:
            return None
        first, named = floors[0], True
        above = text.rfind("\n", 0, max(floors[1].start() - 1, 0)) + 1
        label = _FLOOR_LABEL.fullmatch(text[above : floors[1].start()].strip())
        ends = [above if label else floors[1].start()]
    head = _paragraphs(text[: first.start()])
    if not named and not first["op"]:
        head = head[:-1]  # the poster's name is the last line
    crumbs = next((ln for ln in head if _CRUMBS.fullmatch(ln)), None)
    candidates = [
        _THREAD_TAG.sub("", ln).strip()
        for ln in head
        if ln != crumbs and not _THREAD_STATS.match(ln) and len(ln) >= 6
    ]
    post = [ln for ln in _paragraphs(text[first.end() : ends[0]]) if not _THREAD_STATS.match(ln)]
    end = next((k for k, ln in enumerate(post) if _QUOTE_END.fullmatch(ln.strip())), None)
    post = post[:end] if end else post  # the poster's comment under the quoted article
    quoted = next(
        (
            k
            for k, ln in enumerate(post)
            if bracket_headline(ln) == ln.strip("【】") and not _LABELLED_BRACKET.match(ln)
        ),
        None,
    )  # (not a credit in brackets: 【编辑:王琴】)
    title = candidates[0] if candidates else ""
    if quoted is not None:  # 【朝鲜国防省：…】 heads the news the poster quotes
        title, post = post[quoted].strip("【】"), post[quoted + 1 :]
    elif dated := next((k for k in range(1, min(len(post), 5)) if _dated_line(post[k])), None):
        # the quoted article's headline over its date line (转自环球网，原文如下： above it)
        title, post = post[dated - 1], post[dated:]
    if title != (candidates[0] if candidates else "") and (
        cited := next((k for k, ln in enumerate(post) if k > 2 and _source_url(ln)), None)
    ):
        post = post[: cited + 1]  # the quoted article's address closes it (原文：http://…)
    doc = parse("\n\n".join([title, *post]))
    if crumbs:
        doc.category = re.split(r"\s*[>›»]\s*", crumbs)[-1]
    doc.meta["posted"] = "-".join(f"{int(x):02d}" for x in first["day"].split("-"))
    return doc


def _evidence(doc: Doc, publication: str | None, *lines: str) -> None:
    """Put what an export or a post labels (the publication, a byline) before the header the
    text parser found, as lines the outlet and author rules read (来源：…)."""
    # a publication named in English is read by its listed name (Lianhe Zaobao (Singapore))
    publication = publication and (known_outlet(publication) or publication)
    found = [f"来源：{publication}" if publication else "", *lines, doc.header]
    doc.header = "\n".join(x for x in [*doc.date_hints, *found] if x)


def _iso_day(year: str, month: str, day: str) -> str:
    """An ISO day from an English month's name or abbreviation (Jun, June)."""
    return f"{year}-{_MONTHS.index(month[:3]) + 1:02d}-{int(day):02d}"


# --- news database exports (Nexis Uni) --------------------------------------------------------

_END_OF_DOCUMENT = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE)
# (LexisNexis Academic's older export: "1 of 3 DOCUMENTS" over each, its labels in capitals)
_OF_DOCUMENTS = re.compile(r"^[ \t]*\d+ of \d+ DOCUMENTS[ \t]*$", re.MULTILINE)
_BODY_MARK = re.compile(r"^[ \t]*(?:Body|BODY:)[ \t]*$", re.MULTILINE)
_VENDOR_LINE = re.compile(r"^(?:copyright\b|all rights reserved$)", re.IGNORECASE)
_EXPORT_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z-]{2,20}):\s*(?P<value>.*)$")
# The index lines under the text (a body paragraph may also open with "Word:").
_EXPORT_TAIL = re.compile(
    r"^(?:Classification|Graphic|Notes"
    r"|(?:Language|Publication-Type|Subject|Geographic|Organization|Person|Industry|Company"
    r"|Ticker|Document-Type|Journal-Code|Terms|Load-Date|Graphic|Notes"
    r"|LANGUAGE|PUBLICATION-TYPE|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|LOAD-DATE|GRAPHIC):.*)$"
)


def database_documents(text: str) -> list[Doc] | None:
    """A news database's export (Nexis Uni): documents that each end with "End of Document".
    Each opens with its headline, the publication and the date, then labelled lines (Section:,
    Byline:, Length:) and a "Body" line; the text runs to "Classification" or the labelled
    index lines (Subject:, Load-Date:) under it, which are not the article. The
    publication names the outlet, Section the category, and the day the database loaded the
    document bounds its date from above."""
    if not _BODY_MARK.search(text):
        return None
    if _OF_DOCUMENTS.search(text):
        parts = _OF_DOCUMENTS.split(text)[1:]  # (the cover before the first)
    elif _END_OF_DOCUMENT.search(text):
        parts = _END_OF_DOCUMENT.split(text)
    else:
        return None
    docs = []
    for k, part in enumerate(parts):
        if not part.strip():
            continue
        mark = _BODY_MARK.search(part)
        if mark is None and k == len(parts) - 1:
            continue  # the vendor's footer after the last document (| About LexisNexis | …)
        if mark is None:
            return None
        docs.append(_database_document(_paragraphs(part[: mark.start()]), part[mark.end() :]))
    return docs or None


_EXPORT_DAY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\b|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)


def _database_document(head: list[str], rest: str) -> Doc:
    # the first document comes under the export's cover page (User Name:, Job Number:, its
    # list of documents, the search): the headline is the line over the publication, over the day
    day = next((k for k, line in enumerate(head) if _EXPORT_DAY.match(line)), None)
    if day is not None and day >= 2:
        head = head[day - 2 :]
    labels: dict[str, str] = {}
    top = []
    for line in head:
        if m := _EXPORT_LABEL.match(line):
            labels[m["label"].lower()] = m["value"].strip()
        elif not _VENDOR_LINE.match(line):
            top.append(line)
    if labels.get("headline"):  # (LexisNexis Academic's: HEADLINE: over the byline)
        top = [labels["headline"], *top]
    body = []
    for line in _paragraphs(rest):
        if _EXPORT_TAIL.match(line):
            if m := _EXPORT_LABEL.match(line):
                labels.setdefault(m["label"].lower(), m["value"].strip())
            continue
        if not _VENDOR_LINE.match(line):  # (the copyright again under the document)
            body.append(line)
    title = top[0] if top else None
    doc = parse("\n".join([title or "", *body]))
    doc.title, doc.title_source = title, "headline" if title else None
    publication = top[1] if len(top) > 1 else None
    # the line under the publication is the date, with a weekday, time and zone (GMT+8)
    doc.date_hints = [ln for ln in top[2:3] if re.search(r"(?:19|20)\d\d", ln)]
    byline = labels.get("byline", "")
    if byline and not re.search(r"记者|記者|^By\b", byline, re.IGNORECASE):
        byline = f"作者：{byline}"  # the name alone (Byline: 金惠珍)
    _evidence(doc, publication, byline)
    # (SECTION: 中国; Pg. 18: the page is the print's)
    doc.category = labels.get("section", "").split(";")[0].strip() or doc.category
    loaded = re.match(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})$", labels.get("load-date", ""))
    if loaded and loaded[1][:3] in _MONTHS:
        doc.meta["posted"] = _iso_day(loaded[3], loaded[1], loaded[2])
    return doc


# ProQuest's text export: a report's cover and contents, then "Document 1 of 2" over each
# document: its headline, Author:, Publication info:, "Full text:" over the text, then the
# index's labelled lines (Subject:, Title:, Publication date:, ProQuest document ID:, …).
_PROQUEST_PART = re.compile(r"^[ \t]*Document[ \t]+\d+[ \t]+of[ \t]+\d+[ \t]*$", re.MULTILINE)
_FULL_TEXT = re.compile(r"^[ \t]*Full text:[ \t]*", re.MULTILINE)
_PROQUEST_INDEX = re.compile(
    r"^(?:Subject|Location|People|Company / organization|Identifier / keyword|Credit|Caption"
    r"|Illustration|Title|Publication title|Publication date|Section|Copyright|Database"
    r"|Source type|Document type|Language of publication|ProQuest document ID):"
)
_PROQUEST_FIELD = re.compile(
    r"^(?P<label>Author|Publication title|Publication date|Section):\s*(?P<value>\S.*)$"
)


def proquest_documents(text: str) -> list[Doc] | None:
    """The documents of a ProQuest export, or None for any other text. The report's cover (the
    day it was made), the document's links, abstract and index lines, the database's ID and
    copyright are ProQuest's, not the article's; the publication title names the outlet."""
    if "ProQuest" not in text[:400] or not _FULL_TEXT.search(text):
        return None
    docs = []
    for part in _PROQUEST_PART.split(text)[1:]:
        found = _FULL_TEXT.search(part)
        if found is None:
            continue
        head, lines = _paragraphs(part[: found.start()]), _paragraphs(part[found.end() :])
        end = next((k for k, ln in enumerate(lines) if _PROQUEST_INDEX.match(ln)), len(lines))
        labels = {
            m["label"]: m["value"].strip()
            for ln in head + lines[end:]
            if (m := _PROQUEST_FIELD.match(ln))
        }
        day = re.fullmatch(
            r"([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})", labels.get("Publication date", "")
        )
        fields = [
            ("标题", head[0] if head else ""),
            ("日期", _iso_day(day[3], day[1], day[2]) if day and day[1] in _MONTHS else ""),
            ("作者", labels.get("Author", "")),
        ]
        doc = labelled_copy([f for f in fields if f[1]], "\n".join(lines[:end]))
        # (World Journal; New York, N.Y.: the title is its name, read as listed: 世界日報)
        _evidence(doc, labels.get("Publication title", "").split(";")[0].strip() or None)
        doc.category = labels.get("Section") or doc.category
        docs.append(doc)
    return docs or None


def labelled_copy(fields: list[tuple[str, str]], body: str) -> Doc:
    """A record's fields (标题, 日期, 来源, 作者, 链接, 关键词: label, value) over its text, read
    as a labelled copy is (标题：… first, then the others, a blank line, the text)."""
    ordered = sorted(fields, key=lambda f: f[0] != "标题")
    lines = [f"{label}：{value}" for label, value in ordered]
    return parse("\n".join(lines) + "\n\n" + body.strip() + "\n")


# WiseNews (慧科) prints each document under "文件 1 / 3", its labelled fields between two rules,
# its text, then a rule, its document number and the vendor's copyright.
_WISENEWS_PART = re.compile(
    r"^[ \t]*(?:文件|Document)[ \t]*\d+[ \t]*(?:/|之|of)[ \t]*\d+[ \t]*$", re.MULTILINE
)
_RULE_LINE = re.compile(r"^[ \t]*[-=]{10,}[ \t]*$", re.MULTILINE)
_WISENEWS_FIELDS = {
    "媒體": "来源",
    "媒体": "来源",
    "日期": "日期",
    "標題": "标题",
    "标题": "标题",
    "作者": "作者",
    "記者": "作者",
    "记者": "作者",
}


def wisenews_documents(text: str) -> list[Doc] | None:
    """The documents of a WiseNews (慧科) export, or None for any other text. The print date,
    the user and the search on its cover, its page, word count and document number and the
    vendor's copyright are the export's, not the article's."""
    if "慧科" not in text[:300] and "WiseNews" not in text[:300]:
        return None
    if _WISENEWS_PAGE_END.search(text):
        return _wisenews_pages(text)
    parts = _WISENEWS_PART.split(text)[1:]
    if not parts:  # (or its print of the unlabelled layout: the documents between rules)
        docs = [
            doc
            for piece in _RULE_LINE.split(text)[1:]
            if (doc := _wisenews_lines(_paragraphs(piece)))
        ]
        return docs or None
    docs = []
    for part in parts:
        pieces = [p for p in _RULE_LINE.split(part) if p.strip()]
        if pieces and (doc := _wisenews_lines(_paragraphs(pieces[0]))):  # (the footer after)
            docs.append(doc)
            continue
        if len(pieces) < 2:
            continue
        fields, section = [], None
        for line in _paragraphs(pieces[0]):
            label, _, value = line.partition(":")
            label, value = label.strip(), value.strip()
            if label in _WISENEWS_FIELDS and value:
                fields.append((_WISENEWS_FIELDS[label], value))
            elif label in ("版面", "版次") and "|" in value:
                section = next((v.strip() for v in reversed(value.split("|")) if v.strip()), None)
        doc = labelled_copy(fields, pieces[1])
        doc.category = doc.category or section
        docs.append(doc)
    return docs or None


# WiseNews's other layout: the paper and the day (明報 | 2024-01-17), the kind, page and section
# with the byline (報章 | A20 | 國際 | By 明報記者 林嘉欣), the headline, the word count, the text,
# then the document number and the vendor's and the paper's copyright.
_PAPER_DAY = re.compile(
    r"(?P<paper>[^|｜\s\d][^|｜]{1,19}?)\s*[|｜]\s*(?P<day>\d{4}-\d{1,2}-\d{1,2})"
)
_DOC_NUMBER = re.compile(r"^(?:文章編號|文章编号|Document No\.?)\s*[:：]", re.I)
_WORD_COUNT_LINE = re.compile(r"(?:字數|字数|Words?)\s*[:：]\s*[\d,]+", re.I)


# Its clipping printed to PDF and copied: each page over the vendor's notice and its number
# (本內容經慧科的電子服務提供… / 第 2 頁，共 5 頁), the next under its running head (WiseNews 慧科新聞);
# each document under its paper, day and kind a line each (明報 / 2018-04-28 / 報章).
_WISENEWS_KINDS = "報章|报章|網站|网站|雜誌|杂志|期刊|通訊社|通讯社"  # (a document's kind)
_WISENEWS_PAGE_END = re.compile(
    r"\s*\n[ \t]*本[內内]容[經经]慧科[^\n]*\n[ \t]*第\s*\d+\s*[頁页]\s*[，,]\s*共\s*\d+\s*[頁页][ \t]*\n"
    r"[\s\f]*(?:WiseNews[^\n]*\n)?\s*"
)
_WISENEWS_HEAD = re.compile(
    r"^[ \t]*[^\s|｜\d][^\n|｜]{1,19}\n[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]*\n"
    rf"[ \t]*(?:{_WISENEWS_KINDS})[ \t]*\n",
    re.M,
)


def _wisenews_pages(text: str) -> list[Doc] | None:
    """The documents of a WiseNews clipping printed to PDF and copied as text: without the
    pages' notices and heads (a paragraph running across a page joined again), its lines
    unwrapped, one document under each paper / day / kind head (the cover's contents not)."""
    # (a page that ends mid-sentence runs on: its last line and the next page's first are one)
    text = _WISENEWS_PAGE_END.sub(
        lambda m: "\n\n" if text[: m.start()].rstrip().endswith(_ENDS) else "\n", text
    )
    starts = [m.start() for m in _WISENEWS_HEAD.finditer(text)]
    text = unwrap(text[starts[0] :]) if starts else ""  # (its lines' width is the documents')
    starts = [m.start() for m in _WISENEWS_HEAD.finditer(text)]
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    docs = [doc for piece in pieces if (doc := _wisenews_lines(_paragraphs(piece)))]
    return docs or None


def _wisenews_lines(lines: list[str]) -> Doc | None:
    """A document in WiseNews's unlabelled layout, or None for any other lines."""
    if len(lines) > 4 and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", lines[1]):
        lines = [f"{lines[0]} | {lines[1]}", *lines[2:]]  # (the paper and the day a line each)
    if len(lines) > 4 and re.fullmatch(_WISENEWS_KINDS, lines[1]):
        lines = [lines[0], f"{lines[1]} | {lines[2]}", *lines[3:]]  # (and the kind: 報章)
    if lines and (head := _PAPER_DAY.match(lines[0])) and lines[0][head.end() :].strip(" |｜"):
        # (or one row: 環球時報 | 2017-09-04 | 第01版 | 要聞 | 字數：607 |)
        lines = [head.group(), lines[0][head.end() :].strip(" |｜"), *lines[1:]]
    if len(lines) < 4 or not (head := _PAPER_DAY.fullmatch(lines[0])):
        return None
    place = [p.strip() for p in re.split(r"[|｜]", lines[1])]
    place = [p for p in place if not _WORD_COUNT_LINE.fullmatch(p)]
    byline = next((p for p in place if re.match(r"By\b|撰文|作者|記者|记者", p, re.I)), "")
    section = next((p for p in reversed(place) if p and p != byline), None)
    rest = lines[2:]
    title = rest.pop(0)
    if rest and _WORD_COUNT_LINE.fullmatch(rest[0]):
        rest.pop(0)
    end = next((k for k, ln in enumerate(rest) if _DOC_NUMBER.match(ln)), len(rest))
    if end and _WORD_COUNT_LINE.fullmatch(rest[end - 1]):
        end -= 1  # (or the word count over the document number)
    doc = parse("\n".join([title, *rest[:end]]))
    doc.title, doc.title_source = title, "headline"
    doc.date_hints = [head["day"]]
    writer = re.sub(r"^By\s+", "", byline, flags=re.I)
    writer = f"作者：{writer}" if likely_person(writer) else writer  # (By 何雅雯: the name alone)
    _evidence(doc, head["paper"].strip(), writer)
    doc.category = section if section and not re.fullmatch(r"[A-Z]?\d+", section) else doc.category
    return doc


# CNKI's (中国知网) field export: each record's fields labelled in English and Chinese
# (Title-题名: …, Author-作者: 王若曦;赵一鸣;, Source-报纸中文名: 经济日报, PubTime-发表时间: …), its
# text the summary's, or the reading view's copied under a marked rule after the records.
_CNKI_FIELD = re.compile(
    r"^(?P<en>[A-Za-z]{2,20})-(?P<zh>[\u4e00-\u9fff]{1,8})\s*[:：][ \t]*(?P<value>.*)$", re.M
)
_CNKI_ROLES = {
    "title": "标题",
    "author": "作者",
    "source": "来源",
    "pubtime": "日期",
    "keyword": "关键词",
}
_COPIED_BELOW = re.compile(r"^[=\-─━]{3,}[^\n]*(?:复制|複製)[^\n]*[=\-─━]{3,}[ \t]*$", re.M)


_CNKI_FULL_TEXT = re.compile(r"^(?:正文|全文)[ \t]*[:：][ \t]*$", re.M)
# the rule between records, numbered: ---  第2条  ---
_NUMBERED_RULE = re.compile(r"^[ \t]*[-=─━]{3,}[^\n]{0,20}[-=─━]{3,}[ \t]*$", re.M)
# the database's notice under the last record: 本文献由中国知网提供，仅供个人学习研究使用…, © …
_CNKI_NOTICE = re.compile(
    r"^[^\n]*(?:中国知网|中國知網|CNKI)[^\n]*提供[^\n]*$|^[ \t]*©[^\n]*$", re.M
)


def cnki_documents(text: str) -> list[Doc] | None:
    """The records of a CNKI field export, or None for any other text. The export's header (its
    search, its time) is not a record's."""
    if "知网" not in text[:300] and "CNKI" not in text[:300]:
        return None
    text = text.replace("\r\n", "\n")
    copied = _COPIED_BELOW.search(text)
    fields_part = text[: copied.start()] if copied else text
    records = re.split(r"^(?=SrcDatabase-)", fields_part, flags=re.M)
    docs = []
    for record in records:
        found = {m["en"].lower(): m["value"].strip() for m in _CNKI_FIELD.finditer(record)}
        if not found.get("title"):
            continue
        fields = [
            (label, found[key].strip(";；").replace(";", "、").replace("；", "、"))
            for key, label in _CNKI_ROLES.items()
            if found.get(key)
        ]
        body = found.get("summary", "")
        if full := _CNKI_FULL_TEXT.search(record):  # (a full-text export: 正文： over the text)
            body = _CNKI_NOTICE.sub("", _NUMBERED_RULE.sub("", record[full.end() :]))
        elif copied and len(records) <= 2:  # one record: the reading view copied under it
            body = text[copied.end() :]
        doc = labelled_copy(fields, body)
        doc.category = found.get("column") or doc.category
        docs.append(doc)
    return docs or None


# A database record's fields in brackets (中国重要报纸全文数据库: 【篇名】…, 【作者】…, 【报纸名称】…,
# 【报纸日期】…, 【栏目】…, then 【正文】 and the text), one record or several, each opened by its title.
_RECORD_FIELD = re.compile(r"^[ \t]*【(?P<label>[^】\n]{1,8})】[ \t]*(?P<value>.*)$", re.M)
_BRACKET_ROLES = {
    "篇名": "标题", "题名": "标题", "題名": "标题", "标题": "标题", "標題": "标题",
    "作者": "作者", "责任者": "作者", "責任者": "作者",
    "报纸名称": "来源", "報紙名稱": "来源", "报纸": "来源", "報紙": "来源", "刊名": "来源",
    "来源": "来源", "來源": "来源", "媒体": "来源", "媒體": "来源", "出处": "来源", "出處": "来源",
    "报纸日期": "日期", "報紙日期": "日期", "日期": "日期", "发表日期": "日期", "發表日期": "日期",
    "出版日期": "日期", "发表时间": "日期", "發表時間": "日期",
    "关键词": "关键词", "關鍵詞": "关键词", "关键字": "关键词", "關鍵字": "关键词",
}  # fmt: skip
_BRACKET_TEXT = ("正文", "全文", "内容", "內容", "原文")
_BRACKET_COLUMN = ("栏目", "欄目", "版名")
_RECORD_RULE = re.compile(r"^[ \t]*[-=─━_]{5,}", re.M)


def bracket_records(text: str) -> list[Doc] | None:
    """The records of a database export whose fields are labelled in brackets, or None for any
    other text: at least a title, two other known fields and the text's label. The fields
    after the text (【下载次数】, 【相似文献】) and the vendor's lines under a rule are not it."""
    fields = list(_RECORD_FIELD.finditer(text))
    roles = [_BRACKET_ROLES.get(m["label"].strip()) for m in fields]
    if roles.count("标题") < 1 or len(set(roles) - {None}) < 3:
        return None
    if not any(m["label"].strip() in _BRACKET_TEXT for m in fields):
        return None
    docs, found, column, body = [], [], None, ""
    for k, (m, role) in enumerate(zip(fields, roles, strict=True)):
        label, value = m["label"].strip(), m["value"].strip()
        if role == "标题" and any(r == "标题" for r, _ in found):
            docs.append(_bracket_record(found, column, body))
            found, column, body = [], None, ""
        if role and value:
            found.append((role, value.strip(";；").replace(";", "、").replace("；", "、")))
        elif label in _BRACKET_COLUMN and value:
            column = value
        elif label in _BRACKET_TEXT:
            end = fields[k + 1].start() if k + 1 < len(fields) else len(text)
            part = text[m.end() : end]
            rule = _RECORD_RULE.search(part)
            body = value + "\n" + (part[: rule.start()] if rule else part)
    if found:
        docs.append(_bracket_record(found, column, body))
    return docs


def _bracket_record(found: list[tuple[str, str]], column: str | None, body: str) -> Doc:
    doc = labelled_copy(found, body)
    doc.category = column or doc.category
    return doc


# Common Crawl's text extract (WET): records under WARC/1.0 headers; a conversion record holds
# one page's text, its address in WARC-Target-URI and the day it was crawled in WARC-Date.
_WARC_RECORD = re.compile(r"^WARC/1\.0[ \t]*$", re.M)
_WARC_HEADER = re.compile(r"^(?P<name>WARC-[A-Za-z-]+|Content-[A-Za-z-]+):[ \t]*(?P<value>.*)$")


def warc_documents(text: str) -> list[Doc] | None:
    """One article per conversion record of a WET extract, or None for any other text: its
    address the record's target, the crawl's day an upper bound (never its date)."""
    if not text.startswith("WARC/1.0"):
        return None
    docs = []
    for record in _WARC_RECORD.split(text):
        head, _, body = record.strip("\n").partition("\n\n")
        fields = {
            m["name"].lower(): m["value"].strip()
            for ln in head.split("\n")
            if (m := _WARC_HEADER.match(ln))
        }
        if fields.get("warc-type") != "conversion" or not body.strip():
            continue
        doc = parse(body)
        doc.url = fields.get("warc-target-uri") or doc.url
        if crawled := _ISO_IN.search(fields.get("warc-date", "")):
            doc.meta.setdefault("posted", _full_day(crawled))
        docs.append(doc)
    return docs or None


# Factiva's full record with its index: each field under its code (HD headline, BY byline, PD
# date, ET time, SN source, LP lead paragraphs, TD text, NS/RE/IPD index terms, AN number).
_CODED_LINE = re.compile(r"^[ \t]*(?P<code>[A-Z]{2,3})(?:[ \t\u00a0]+(?P<value>\S.*)|[ \t]*)$")


def factiva_coded(pairs: list[tuple[str, str]]) -> Doc | None:
    """A Factiva record from its coded fields (code, text), or None without a headline and a
    text: its headline, byline, source, date and time as a labelled copy's fields, its text
    the lead and the rest; the index terms, word count and document number are the database's."""
    fields: dict[str, str] = {}
    for code, value in pairs:
        fields[code] = f"{fields[code]}\n\n{value}" if code in fields else value
    if not fields.get("HD") or not (fields.get("LP") or fields.get("TD")):
        return None
    day = " ".join(v for v in (fields.get("PD"), fields.get("ET")) if v)
    labelled = [("标题", fields["HD"]), ("日期", day), ("来源", fields.get("SN", ""))]
    if fields.get("BY"):
        labelled.append(("作者", re.sub(r"^By\s+", "", fields["BY"], flags=re.I)))
    body = "\n\n".join(v for v in (fields.get("LP"), fields.get("TD")) if v)
    doc = labelled_copy([(k, v) for k, v in labelled if v], body)
    doc.category = fields.get("IPD") or doc.category
    return doc


def factiva_coded_text(text: str) -> list[Doc] | None:
    """Factiva's coded records saved as text (RTF or a copy): a code opening each field's line,
    its text running on until the next; None unless the codes are there (HD, SN, LP or TD)."""
    headed = re.search(r"^[ \t]*HD\b", text, re.M)
    if not headed or not re.search(r"^[ \t]*(?:LP|TD)\b", text, re.M):
        return None
    records: list[list[tuple[str, str]]] = []
    for line in text.split("\n"):
        m = _CODED_LINE.match(line)
        if m and m["code"] in FACTIVA_CODES:
            if m["code"] == "HD" or not records:
                records.append([])
            records[-1].append((m["code"], (m["value"] or "").strip()))
        elif records and records[-1] and line.strip():
            code, value = records[-1][-1]
            records[-1][-1] = (code, f"{value}\n\n{line.strip()}" if value else line.strip())
    docs = [doc for record in records if (doc := factiva_coded(record))]
    return docs or None


# Factiva's article format: headline, byline, word count, date, time, source name, source
# code, language, copyright, then the text; each document closes with "Document <number>".
_FACTIVA_END = re.compile(
    r"^[ \t]*(?:Document|文件|文檔)[ \t]+[A-Za-z0-9]{16,}[ \t]*$", re.MULTILINE
)
_WORD_COUNT = re.compile(r"^\d[\d,]*\s*(?:words|字)$")
_FACTIVA_INDEX = re.compile(r".{4,}?,\s*\d[\d,]*\s*(?:words|字),\s*\S")
_COPYRIGHT = re.compile(r"^(?:\(c\)|©|copyright)|版权所有|版權所有", re.IGNORECASE)


def factiva_documents(text: str) -> list[Doc] | None:
    """Documents of a Factiva export (see _FACTIVA_END), or None for any other text."""
    parts = _FACTIVA_END.split(text)
    if len(parts) < 2:
        return None
    docs = []
    for k, part in enumerate(parts):
        lines = _paragraphs(part)
        while not k and lines and _FACTIVA_INDEX.match(lines[0]):
            # the export's index over the first document: each headline, its word count, day
            # and source on a line, then its lead (unless the next entry follows at once)
            lines = lines[1 if len(lines) > 1 and _FACTIVA_INDEX.match(lines[1]) else 2 :]
        count = next((i for i, ln in enumerate(lines[:4]) if _WORD_COUNT.match(ln)), None)
        if (count is None or count == 0) and k == len(parts) - 1:
            continue  # the export's search summary under the last document, or nothing
        if count is None or count == 0:
            return None
        title, byline = lines[0], " ".join(lines[1:count])
        if known_outlet(byline):
            byline = ""  # (the publication in the writer's place: 日经中文网)
        if byline and not re.search(r"记者|記者|^By\b", byline, re.IGNORECASE):
            byline = f"作者：{byline}"  # the name alone (林晓莉)
        i = count + 1
        date_lines = lines[i : i + 1]
        i += 1
        if i < len(lines) and _CLOCK.fullmatch(lines[i]):
            date_lines.append(lines[i])
            i += 1
        publication = lines[i] if i < len(lines) else None
        while i < len(lines) and not _COPYRIGHT.search(lines[i]) and i < count + 7:
            i += 1  # source name, source code, language
        body = (
            lines[i + 1 :] if i < len(lines) and _COPYRIGHT.search(lines[i]) else lines[count + 4 :]
        )
        doc = parse("\n".join([title, *body]))
        doc.title, doc.title_source = title, "headline"
        doc.date_hints = [" ".join(date_lines)]
        _evidence(doc, publication, byline)
        docs.append(doc)
    return docs
