"""HTML pages and fragments: reduce to the article, read its furniture for fields, then Markdown.

Navigation, crumbs, tag links, related lists and self-links carry fields (category, tags,
related links, original and republished URLs), so they are read before they are removed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from html import unescape
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdownify import MarkdownConverter

from ..clean import (
    END_MARK_IN,
    END_MARK_LINE,
    LATEST_LABEL,
    POPULAR_LABEL,
    RELATED_LABEL,
    RELATED_NOTE_LABEL,
    SHARED_VIA,
    TAG_LABELS,
    cut_at_story_end,
    ends_story,
    is_boilerplate,
    split_credit,
    tidy,
)
from ..dates import ROC_DATE_LABEL, article_date, metadata_date
from ..fields import (
    bare_name,
    credited_writers,
    domain,
    known_outlet,
    likely_person,
    not_a_person,
    outlet_for_name,
    site_named_outlet,
    sourced_caption,
    without_tracking,
)
from . import (
    BARE_URL,
    CAPTION_START,
    FACTIVA_CODES,
    FULL_DATE,
    HAN,
    HANGUL,
    HASHTAG_LINE,
    MEDIA_MARK,
    TAG_HREF,
    TITLE_TAIL,
    WRITER_HREF,
    Doc,
    dateline_text,
    is_date_only,
    menu_row,
    quoted_story,
    read_html,
)

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "input",
    "select", "textarea", "svg", "template", "link", "nav", "aside", "footer", "header", "video",
    "audio", "canvas", "map",
})  # fmt: skip
# class/id words of page furniture (matched as whole words inside class and id values)
_FURNITURE = re.compile(
    r"(^|[\s_-])(breadcrumbs?|crumbs?|switcher|gtranslate|notranslate|notice|share|sharing|social"
    r"|banner|ads?|advert\w*|adslot\w*|sponsor\w*|promo|self-promo|related|recommend\w*|comments?"
    r"|cmt|discuss|tie|prev|prev-?next|pre-next"  # comments (js_cmt_area, 网易's tie-area), …
    r"|sidebar|footer|header|nav|navbar|menu|cookies?|consent|newsletter|subscribe|popup|modal"
    r"|ai[_-]?(?:summary|abstract|digest)"  # a machine's summary over the story (TVBS: AI摘要)
    r"|gnb|lnb|snb"  # Korean sites' global, local and side navigation bars
    r"|navi|gnavi|lnavi|snavi"  # and Japanese sites' (an embassy's: <div id="gnavi">)
    r"|toolbar|tools?|btn|pagination|pager|texttj|print|author-bio|tags?|tag-list|copyright|disclaimer"
    r"|most-viewed|most-read|mostviewed|mostread|popular|ranking|hot|hot-news|hotnews)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
_RELATED = re.compile(r"related|recommend|相关|相關|more[-_]?news|also", re.IGNORECASE)
_BREADCRUMB = re.compile(r"breadcrumb|crumb", re.IGNORECASE)
_CONTAINER = re.compile(
    r"(^|\s)(entry-content|article-content|post-content|article-body|story-body|entry|content"
    r"|article|post|story|main-content|detail|ozoom|fontzoom"  # (what 字号 buttons resize)
    r"|(?:story|article|arti|news|post|entry)(?:text|body|content|txt))(\s|$)",  # (RFA: storytext)
    re.IGNORECASE,
)
_A, _P = frozenset({"a"}), frozenset({"p"})
_TEXT_HOLDERS = frozenset({"div", "font"})
_BLOCKS = frozenset({"p", "div", "li"})
_LISTS = frozenset({"ul", "ol", "div", "section"})
_LABELS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "strong", "b"})
_BULLETS = re.compile(r"[\s‧・·•]+")
_BYLINE_TAGS = frozenset({"div", "p", "span", "time", "section", "ul", "li", "founder-author"})
_DATE_TAGS = frozenset({"div", "p", "span", "time"})
_HOLDERS = frozenset({"p", "div", "img"})
_IMG, _FIGURE = frozenset({"img"}), frozenset({"figure"})
_TITLE_TAG, _BODY_TAG = frozenset({"title"}), frozenset({"body"})
_FOUNDER_TAGS = frozenset({"founder-title", "founder-content"})
_FOUNDER_LINE = re.compile(r"^font0[1-3]$")
_IN_ARTICLE = ["article", "main"]
_TEXT_BLOCKS = frozenset({"p", "div", "li", "section", "ul", "ol", "blockquote"})
_HEADING_TAGS = frozenset({"h2", "h3", "p", "div", "span", "td", "font"})
# The last segment of a <title>: "朝鲜发射导弹_国际新闻_环球网", "北韓射飛彈 - 國際 - 自由時報電子報".
# (a bare dash inside a Latin word is the word's: J-Alert)
_TITLE_SEGMENT = re.compile(
    r"(\s*(?:[|｜_]|--|——|\s[-–—:]\s|(?<![A-Za-z0-9])[-–—－]|[-–—－](?![A-Za-z0-9]))\s*)"
    r"([^|｜_–—:\-－]{1,30})$"
)
# Segments that name a site or a section, not the story.
_SITE_WORD = re.compile(
    r"(网|網|报|報|新闻|新聞|频道|頻道|中文|News|台|社|\.com|\.cn)$"
    r"|^(国际|國際|国内|國內|时政|時政|要闻|要聞|新闻|新聞|两岸|兩岸|军事|軍事|财经|財經|社会|社會|评论|評論"
    r"|全球|世界|亚洲|亞洲|即时|即時)"  # (udn: … | 國際焦點 | 全球 | 聯合新聞網)
    r"\S{0,6}$"  # (a section's short name: 国际新闻; not a headline: 国际调查团：“天安”舰…)
)


def title_without_site(title: str) -> str:
    """A <title> without its site and section names. The last segment after a | or _ goes, as
    sites put their name there; further ones (and any after a bare dash, which a headline may
    use itself: 美朝峰会-特朗普-金正恩) only when they look like a site or section name."""
    return _title_parts(title)[0]


def site_in_title(title: str) -> str | None:
    """The known outlet's name a page or feed title carries, among its segments or whole."""
    if found := _title_parts(title)[1] or (title if known_outlet(title) else None):
        return found
    first = _LEADING_SITE.split(title, maxsplit=1)  # 朝鲜中央通讯社 | 文章 | headline
    if len(first) == 2 and (site := _names_site(first[0])):
        return site  # (联合早报网 zaobao.com -- 朝鲜半岛风云)
    words = first[0].split() if len(first) == 2 else []
    if len(words) == 2 and _SITE_WORD.search(words[1]) and (site := _names_site(words[0])):
        return site  # the site and its section (自由時報電子報 國際 :: headline)
    # an unlisted paper's name closing the title: …_国际新闻_星暹日报
    last = _LEADING_SITE.split(title)[-1]
    return last if last != title and site_named_outlet(last) else None


_LEADING_SITE = re.compile(
    r"\s*[|｜_]\s*|\s+[-–—]\s+|\s*--+\s*|\s+::\s+"
)  # (old sites: …--延边日报)


def _title_parts(title: str) -> tuple[str, str | None]:
    """(the <title> without its site and section names, the known outlet's name among them)."""
    first, outlet = True, None
    title = _PRINT_PREFIX.sub("", title)
    while (m := _TITLE_SEGMENT.search(title)) and m.start() > 0:
        # a bare dash or a spaced colon may be the headline's own: cut only at a known name
        segment = m.group(2).strip()
        bare = m.group(1) in ("-", "–", "—", "－") or m.group(1).strip() == ":"
        outlet = outlet or (segment if known_outlet(segment) else None)
        named = outlet_for_name(segment) != segment or _SITE_WORD.search(segment)
        # a Chinese segment after an underscore (…_外交学人_澎湃新闻): headlines never use one
        underscored = m.group(1).strip() == "_" and HAN.search(segment)
        site = title[: m.start()].strip()
        # (or the site's name first of several: 中華民國外交部 - 全球資訊網 - 新聞稿 - headline)
        site = site if known_outlet(site) else _LEADING_SITE.split(site, maxsplit=1)[0]
        if (
            first
            and not named
            and len(HAN.findall(segment)) >= 6  # a headline's words (not 每日明報 daily news)
            and known_outlet(site)
        ):
            return segment, site  # the site's name first: 中時電子報 - 北韓砲擊延坪島…
        if not named and not underscored and (bare or not first):
            break
        if not named and len(site) <= 6 and len(HAN.findall(segment)) >= 10:
            break  # a column's label before the headline: 一文读懂｜朝俄签署…，条约都写了什么？
        title, first = title[: m.start()], False
    # (a portal's keywords, each after a bare bar, go with its name: …大楼|朝鲜|开城_新浪新闻)
    if outlet and (tagged := _TITLE_KEYWORDS.fullmatch(title.strip())):
        title = tagged["head"]
    # (and a portal's mark that the story has pictures: 中国…紧急呼吁(图) -- 博讯新闻网)
    return MEDIA_MARK.sub("", _PRINT_PREFIX.sub("", title)).strip(), outlet


_TITLE_KEYWORDS = re.compile(r"(?P<head>[^|]{8,}?)(?:\|[\u4e00-\u9fffA-Za-z0-9]{1,8}){1,5}")


# A print view's word before the headline: 打印 - 戴维营峰会之后… (上观新闻's 打印本页); or after
# the site's name, its <title> naming nothing else: 东亚日报 中文版 :: 打印.
_PRINT_PREFIX = re.compile(
    r"^\s*(?:\S{2,12}\s*(?=[列打]印版))?(?:打印|列印|打印本页|打印页面|打印頁面|打印版|列印版|Print)"
    r"\s*(?:--|[-–—|｜:：])\s*"  # (or after the site's name: 中時新聞網 列印版 -- headline)
    r"|\s*(?:::|[-–—|｜:：])\s*(?:打印|列印|打印本页|列印本頁|打印版|列印版|Print)\s*$",
    re.I,
)


def _join(base: str | None, href: str) -> str:
    """href made absolute against base; as written when either is not a well-formed address."""
    try:
        return without_tracking(urljoin(base or "", href))
    except ValueError:  # "http://[" and the like, found on real pages
        return href


def _item_url(base: str | None, href: str) -> str:
    """A listed story's address; a protocol-relative one (//world.huanqiu.com/…) on a page
    saved without its own address is taken as https."""
    joined = _join(base, href)
    return "https:" + joined if joined.startswith("//") else joined


def _path(href: str) -> str | None:
    try:
        return urlparse(href).path
    except ValueError:
        return None


def _gone(el: Tag) -> bool:
    """True once decompose() removed the element. (bs4's `decomposed` property falls back to a
    subtree search on live elements, which made every check a walk of the whole page.)"""
    return el.__dict__.get("_decomposed", False)


def _find(root: Tag, names: frozenset[str] | None = None) -> list[Tag]:
    """`root.find_all(names)` (every tag when names is None), in document order, without
    bs4's general filter machinery: several times faster on the walks this module makes."""
    return [
        el for el in root.descendants if isinstance(el, Tag) and (not names or el.name in names)
    ]


def _first(root: Tag, names: frozenset[str]) -> Tag | None:
    """`root.find(names)`: the first descendant tag with one of these names."""
    return next((el for el in root.descendants if isinstance(el, Tag) and el.name in names), None)


class _Tag(Tag):
    """A Tag whose find_parent by name walks the parents directly. markdownify asks every tag
    whether it is inside a <pre>, and bs4's general filter made that a measurable share of
    converting a page."""

    def find_parent(self, name=None, attrs=None, **kwargs):  # noqa: D102 (bs4's signature)
        if attrs or kwargs or not isinstance(name, str | list | frozenset):
            return super().find_parent(name, attrs, **kwargs)
        names = {name} if isinstance(name, str) else name
        parent = self.parent
        while parent is not None:
            if parent.name in names:
                return parent
            parent = parent.parent
        return None


def _soup(html: str) -> BeautifulSoup:
    return read_html(html, element_classes={Tag: _Tag})


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


_MD_LINKED = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_#>]+")


def _plain(markdown: str) -> str:
    """Markdown block -> its words (links and emphasis markers dropped), for dateline rules."""
    if "](" in markdown:
        markdown = _MD_LINKED.sub(r"\1", markdown)
    return _MD_MARKS.sub("", markdown).strip()


def _text(el: Tag) -> str:
    """Visible text with inline tags joined as written (no spaces added inside Chinese)."""
    return re.sub(r"\s+", " ", el.get_text()).strip()


def _class_list(el: Tag) -> list[str]:
    cls = el.get("class") or []
    return [cls] if isinstance(cls, str) else cls


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _classes(el: Tag) -> str:
    """Class, id and title as one string of words; camelCase parts are split with a hyphen
    (index-module_authorTxt_V6ZGe -> …author-Txt…), as CSS-module class names write words."""
    if el.attrs is None:
        return ""
    words = " ".join([*_class_list(el), el.get("id") or "", el.get("title") or ""])
    return _CAMEL.sub("-", words)


def _meta(soup: BeautifulSoup) -> dict:
    wanted = {
        "og:title": "title", "og:url": "url", "og:site_name": "site_name",
        # (a government site's Dublin Core or its publishing system's: 外交部, 国务院)
        "dc.title": "title", "articletitle": "title",
        "article:published_time": "published_time", "datepublished": "published_time",
        "pubdate": "published_time", "date": "published_time", "publishdate": "published_time",
        "publish_date": "published_time", "publish-date": "published_time",
        "og:release_date": "published_time", "dc.date": "published_time",
        "dc.date.issued": "published_time", "sailthru.date": "published_time",
        "parsely-pub-date": "published_time", "originalpublicationdate": "published_time",
        "author": "author",
        "article:author": "author", "article:section": "section", "og:description": "description",
        "source-url": "url",  # an Evernote export's clip: the clipped page's address
        "mediaid": "provider",  # a portal's account that posted it (搜狐号, 新浪: 中国新闻周刊)
        # a Chinese government site's publishing system (an embassy's, a ministry's)
        "sitename": "site_name", "columnname": "section",
        "url": "url",  # (its page's address: 外交部's <meta name="Url" content="https://…">)
    }  # fmt: skip
    out: dict = {}
    found = _find(soup, _META_TAGS)  # one walk of the page for the five kinds of tag
    for m in found:
        if m.name != "meta":
            continue
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key in wanted and m.get("content") and wanted[key] not in out:
            if wanted[key] == "author" and not re.search(r"[^\W\d_]", m["content"]):
                continue  # a staff number (人民网: <meta name="author" content="102683">)
            if key == "url" and not re.search(r"^https?://[^/\s]+/\S", m["content"].strip()):
                continue  # (a site's home, not a page's address)
            out[wanted[key]] = m["content"].strip()
        if key == "exporter-version" and "evernote" in (m.get("content") or "").lower():
            out["exported"] = True  # (its author is the note's owner, not the story's writer)
    if out.pop("exported", False):
        out.pop("author", None)
    base = next((el for el in found if el.name == "base" and el.has_attr("href")), None)
    if base and base["href"].strip().startswith(("http://", "https://")):
        out["base"] = base["href"].strip()  # the address relative links resolve against
    canonical = next((el for el in found if el.name == "link" and _canonical_rel(el)), None)
    # (unless it names a section's list, og:url the story: a template's mistake, CNA's
    # <link rel="canonical" href="…/list/aopl.aspx">)
    if (
        canonical
        and canonical.get("href")
        and not (_LIST_ADDRESS.search(canonical["href"]) and "url" in out)
    ):
        out["url"] = canonical["href"].strip()
    # (or, with neither, a WordPress page's short link to itself: <link rel="shortlink"
    # href="http://news.seehua.com/?p=1184562">)
    short = next(
        (el for el in found if el.name == "link" and "shortlink" in el.get("rel", ())), None
    )
    if "url" not in out and short and short.get("href", "").startswith(("http://", "https://")):
        out["url"] = short["href"].strip()
    scripts = [el for el in found if el.name == "script" and el.get("type") == _LD_JSON]
    for key, value in _json_ld(scripts).items():
        out.setdefault(key, value)
    t = next((el for el in found if el.name == "time" and el.has_attr("datetime")), None)
    if t and "published_time" not in out:
        out["published_time"] = t["datetime"].strip()
    return out


_META_TAGS = frozenset({"meta", "base", "link", "script", "time"})
# A blog post's trackback data, in a comment of its page (Movable Type, TypePad):
# <rdf:Description rdf:about="…/000231.html" dc:title="…" dc:creator="阿傑" dc:date="2006-…" />
_TRACKBACK = re.compile(r"<rdf:Description\b(?P<attrs>[^>]*\bdc:title=[^>]*)>", re.S)
_TRACKBACK_FIELD = re.compile(
    r'\b(rdf:about|dc:identifier|dc:title|dc:creator|dc:date|dc:subject)="([^"]*)"'
)
_TRACKBACK_KEYS = {
    "rdf:about": "url",
    "dc:identifier": "url",
    "dc:title": "title",
    "dc:creator": "author",
    "dc:date": "published_time",
    "dc:subject": "section",
}


def _trackback(head: str) -> dict:
    """The post's address, title, writer, time and category from its trackback data."""
    out: dict = {}
    if m := _TRACKBACK.search(head):
        for key, value in _TRACKBACK_FIELD.findall(m["attrs"]):
            if value.strip():
                out.setdefault(_TRACKBACK_KEYS[key], unescape(value.strip()))
    if not str(out.get("url", "")).startswith(("http://", "https://")):
        out.pop("url", None)
    return out


_LD_JSON = "application/ld+json"


# A section's list page, not a story's: …/list/aopl.aspx, …/list_25429, …/index.html
_LIST_ADDRESS = re.compile(r"/(?:list|lists|index|category|section)(?:[/_.-][^/]*)?/?$", re.I)


def _canonical_rel(el: Tag) -> bool:
    """rel="canonical", alone or among other values (bs4 reads rel as a list)."""
    rel = el.get("rel")
    return rel == "canonical" or (isinstance(rel, list) and "canonical" in rel)


_LD_TYPES = re.compile(r"Article|NewsArticle|ReportageNewsArticle|BlogPosting|WebPage", re.I)


def _json_ld(scripts: list[Tag]) -> dict:
    """schema.org article data (<script type="application/ld+json">): headline, datePublished,
    articleBody, a person author and the publisher's name. Unreadable blocks are skipped:
    they are the page's, not ours to fix."""
    found: dict = {}
    for script in scripts:
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items += [i for d in list(items) if isinstance(d, dict) for i in d.get("@graph") or []]
        for item in items:
            if not isinstance(item, dict) or not _LD_TYPES.search(str(item.get("@type", ""))):
                continue
            pairs = (
                ("headline", "title"),
                ("datePublished", "published_time"),
                ("articleBody", "story"),
            )
            for key, name in pairs:
                if isinstance(item.get(key), str) and item[key].strip():
                    found.setdefault(name, item[key].strip())
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("site_name", publisher["name"].strip())
            # a portal's copy names the outlet that wrote it: provider (Yahoo, MSN), or an
            # organisation as its author (LINE TODAY)
            provider = item.get("provider")
            if isinstance(provider, dict) and isinstance(provider.get("name"), str):
                found.setdefault("provider", provider["name"].strip())
            authors = item.get("author")
            people = []  # (all of them: two writers are two Persons)
            for author in authors if isinstance(authors, list) else [authors]:
                if not isinstance(author, dict) or not isinstance(author.get("name"), str):
                    continue
                if author.get("@type") == "Organization":
                    found.setdefault("provider", author["name"].strip())
                if author.get("@type") == "Person" and author["name"].strip():
                    people.append(author["name"].strip())
            if people:
                found.setdefault("author", "、".join(dict.fromkeys(people)))
    return found


_HANGUL_ONLY = re.compile(r"[^\u4e00-\u9fff]*[\uac00-\ud7a3][^\u4e00-\u9fff]*")


def _korean(title: str | None) -> bool:
    """A title in Korean (a few Hanja may be among its words: 北, 동해상으로 …)."""
    return len(HANGUL.findall(title or "")) >= 4


def _translated_heading(soup: BeautifulSoup) -> Tag | None:
    """The first h2 or h3 in Chinese (no Hangul) long enough to be a headline."""
    for h in soup.find_all(("h2", "h3")):
        text = _text(h)
        if len(text) >= 8 and HAN.search(text) and not HANGUL.search(text):
            return h
    return None


_HEADLINE_BADGE = re.compile(r"直播|LIVE|Live|实时|實時|快讯|快訊|独家|獨家|更新|最新")


def _title(soup: BeautifulSoup, meta: dict, above: list[str], below: list[str]) -> str | None:
    """The h1; without one, the page's own title (og:title, JSON-LD headline, <title>), unless
    the first h2 is that headline. An h2 that is not ("相关内容") heads some other section. A
    <title> that is only the site's name gives way to the first h2 or h3. The text printed above
    the h1 goes into `above` (see _above_headline), a date line under the headline into `below`."""
    founder = _first(soup, _FOUNDER_TAGS)
    if founder is not None and founder.name == "founder-content":
        # its older pages: the headline among the blocks classed font01–font03 over the text
        # with its kicker and subtitle: the one set in bold, else font01
        lines = founder.find_all_previous(class_=_FOUNDER_LINE, limit=4)
        bold = [el for el in lines if _first(el, _BOLD) is not None]
        founder = next((el for el in lines if "font01" in el["class"]), None)
        founder = bold[0] if len(bold) == 1 else founder
    if founder is not None and len(_text(founder)) >= 4:
        return _text(founder)  # an e-paper (Founder's system): <founder-title> is the headline
    named = title_without_site(meta["title"]) if meta.get("title") else None
    title_tag = _first(soup, _TITLE_TAG)
    shown = (
        title_without_site(_text(title_tag))
        if title_tag and title_tag.get_text(strip=True)
        else None
    )
    if not named or (_HANGUL_ONLY.fullmatch(named) and shown and HAN.search(shown)):
        named = shown  # (a translated page keeps its metadata's Korean title: 북 "…" 주장)
    h1 = next((h for h in soup.find_all("h1") if not _is_logo(h)), None)
    for button in h1.find_all(class_=_BUTTON_CLASS) if h1 else ():
        button.decompose()  # a button inside the headline (新华网: <span class="btn-audio">播报)
    badge = h1.find(True) if h1 else None
    if badge is not None and badge.name in ("span", "em", "i", "b", "strong", "mark"):
        opens = (
            not (badge.previous_sibling or "").strip() and len(_text(h1)) > len(_text(badge)) + 4
        )
        if opens and _HEADLINE_BADGE.fullmatch(_text(badge)):
            badge.decompose()  # a live page's badge opening it (BBC: <span>直播</span>…)
    if h1 and h1.get_text(strip=True):
        text = _text(h1)
        translated = _korean(named) and not HANGUL.search(text)
        if (
            named
            and text not in named
            and named not in text
            and not known_outlet(named)
            and not translated  # (the h1 translated from the Korean page's title: the headline)
            and _BOARD_HEADLINE not in (h1.get("class") or ())  # (a board's 标题 row: _board_view)
        ):
            # the h1 is the site's banner (中华人民共和国驻大韩民国大使馆) when another block
            # prints the page's own title
            block = next((el for el in _find(soup, _HEADING_TAGS) if _text(el) == named), None)
            if block is not None and _first(block, _SPLITS) is None:
                block.decompose()
                return named
        above.extend(_text_above(h1))
        below.extend(_date_under(h1))
        _english_headline_under(h1)
        h1.decompose()
        head, site = _title_parts(text)  # a reader view's h1 is the page's <title>: …｜星島日報
        return head if site and head else text
    if _korean(named) and (heading := _translated_heading(soup)) is not None:
        # a Korean page a browser translated: its headline's translation is the page's, its
        # metadata keeps the Korean title
        text = _text(heading)
        below.extend(_date_under(heading))
        heading.decompose()
        return text
    site_only = bool(named and _names_site(named))  # <title>韩民族日报</title>
    if named and len(named) <= 4 and not site_only:
        # a board's name as the page's title (公告 | 大韩民国驻中国大使馆): the notice's own
        # heading is the first long one
        heading = _titled_heading(soup)
        if heading is not None:
            text = _text(heading)
            below.extend(_date_under(heading))
            heading.decompose()
            return text
    heading = _first_heading(soup) if site_only else soup.find("h2")
    if heading is not None and _first_of_linked(heading):
        heading = None  # a list's first headline (udn's tag page without an h1)
    if heading is None and named and len(named) <= 8:
        # a short <title> naming the site (寶島日報 -- 國際新聞) over an old page's font headline
        font = _first_heading(soup)
        if font is not None and font.name == "font":
            heading, site_only = font, True
    if heading is None and named and len(named) >= 8:
        # an old print view's headline in a big font, the <title>'s after the site's name: the
        # date line under it (it stays, to be cut from the body with what is over it)
        font = _first_heading(soup)
        if font is not None and font.name == "font" and _text(font) == named:
            below.extend(_date_under(font))
            return named
    text = _text(heading) if heading else ""
    # (a <title> of the site's name first, the headline cut short: 中华新闻网--六方会谈在北京闭幕)
    page_title = title_tag.get_text() if title_tag else ""
    if text and (
        not named
        or site_only
        or text in named
        or named in text
        or (len(text) >= 8 and text[:8] in page_title)  # (not a section's name: 新聞稿)
    ):
        above.extend(_text_above(heading))  # (a print view's section over it: 即時 > 國際)
        below.extend(_date_under(heading))
        heading.decompose()
        return text
    if named and (printed := _printed_part(soup, named)) is not None:
        below.extend(_date_under(printed))
        text = _text(printed)
        printed.decompose()
        return text
    return named or None


_TITLE_PARTS = re.compile(r"\s*(?:--+|——|[-–—|｜_：]|\s(?:::|>|»)\s)\s*")  # (udn 國際焦點：…)


def _printed_part(soup: BeautifulSoup, title: str) -> Tag | None:
    """The block printing one part of a <title> whose other part is an unlisted site's name
    (…半岛战略-察哈尔学会, 千龙新闻网--金大中抵达平壤…) alone: the headline, else None."""
    parts = [p for p in _TITLE_PARTS.split(title) if len(p) >= 6]
    if not parts or parts == [title]:
        return None
    for part in sorted(parts, key=len, reverse=True):
        for s in soup.find_all(string=lambda t, part=part: t.strip() == part):
            if s.parent is not None and s.parent.name not in ("title", "script", "style", "a"):
                return s.parent
    return None


def _english_headline_under(h1: Tag) -> None:
    """A bilingual page's headline in English set under the Chinese one (FT中文网's 双语阅读:
    <h2 class="story-headline-english">What North Korea gets…</h2>): the headline's, not text."""
    nxt = h1.find_next_sibling()
    if (
        nxt is not None
        and nxt.name in ("h2", "h3", "h4")
        and HAN.search(_text(h1))
        and _LATIN_HEADLINE.fullmatch(_text(nxt))
    ):
        nxt.decompose()


_LATIN_HEADLINE = re.compile(r"[A-Z][A-Za-z0-9 ,.:;'‘’\"“”?!&$%()–—-]{8,150}")  # (‘Complete …’)
_BUTTON_CLASS = re.compile(r"(^|[\s_-])(btn|button|audio|listen)($|[\s_-])", re.IGNORECASE)


def _first_of_linked(heading: Tag) -> bool:
    """A heading that is one link, like three or more others of its tag: the first item of a
    list of other stories' headlines."""

    def linked(h: Tag) -> bool:
        a = h.find("a")
        return a is not None and _text(a) == _text(h) and _real_href(a.get("href"))

    return linked(heading) and sum(map(linked, heading.find_all_next(heading.name, limit=8))) >= 3


# What follows a site's name in a <title> naming only the site: 中央社即時新聞, 明報網站
# mingpao.com, 联合早报网 zaobao.com.
_SITE_TAIL = re.compile(
    r"\s*(?:[a-z0-9-]+\.)+(?:com|net|org|cn|hk|tw|sg|kr|jp)\s*$"
    r"|(?:即時新聞|即时新闻|新聞網|新闻网|網站|网站|電子報|电子报|電子版|电子版|中文版|中文網|中文网|中文)$",
    re.IGNORECASE,
)


def _names_site(title: str) -> str | None:
    """The known outlet's name a <title> is, maybe with its domain or a generic word after it
    (明報網站 mingpao.com -> 明報)."""
    while title and not known_outlet(title):
        shorter = _SITE_TAIL.sub("", title).strip()
        if shorter == title:
            return None
        title = shorter
    return title or None


def _text_above(h1: Tag, limit: int = 600) -> list[str]:
    """The page's strings before the headline (nearest last), up to `limit` characters."""
    found, size = [], 0
    for s in h1.previous_elements:
        if type(s) is not NavigableString:
            continue
        if s.parent is None or s.parent.name in ("title", "script", "style", "[document]"):
            continue
        if text := s.strip():
            found.append(text)
            size += len(text)
            if size > limit:
                break
    return found[::-1]


# The site named in its footer's copyright line, when its <title> does not name it.
_COPYRIGHT_OWNER = re.compile(r"(?P<owner>[\u4e00-\u9fff]{3,30})\s*(?:版权所有|版權所有)")
_INLINE = frozenset({"span", "time", "font", "b", "i", "em", "strong", "small", "a"})
_CLOCK_ONLY = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# A full date, also in the Juche era's form 主体113(2024)年5月31日.
_FULL_DATE_LINE = re.compile(
    r"(?:\d{4}|民[國国]\s*\d{2,3})\s*[)）]?\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)  # (or in the ROC era: 中國時報　中華民國115年3月2日 星期一　A11版)


def _strings_after(el: Tag):
    """The page's visible strings after el in document order, outside el itself."""
    inside = set(map(id, el.descendants))
    for s in el.next_elements:
        if type(s) is not NavigableString or id(s) in inside or s.parent is None:
            continue
        if s.parent.name not in ("script", "style"):
            yield s


def _line_of(s: NavigableString) -> Tag | None:
    """The block a string sits in, above the inline tags around it (span, em, a…)."""
    line = s.parent
    while line is not None and line.name in _INLINE and line.parent is not None:
        line = line.parent
    return line


def _date_under(headline: Tag) -> list[str]:
    """A short date line among the first two strings under the headline: the story's date, even
    bare and outside the story's container (an old table layout's right-aligned cell); else
    the line right over it (明報's old pages: <font>2011年12月20日 星期二</font><h2>…)."""
    found = []
    strings = _strings_after(headline)
    for s in strings:
        if text := s.strip():
            if len(text) <= 40 and _FULL_DATE_LINE.search(text):
                # the whole line: its time may be a span of its own (<span>2024年08月19日 星期一
                # </span> <span>14:05</span>)
                line = _line_of(s)
                whole = " ".join(line.get_text(" ").split()) if line is not None else ""
                rest = whole.replace(text, "", 1).strip() if text in whole else ""
                # (and the reporter's line over it: 澎湃新闻记者 沈怡然; or the writer's name
                # alone in its block, over the date line in one box: 澎湃's <p>徐博文</p>)
                reporters = [f for f in found if _REPORTER_ALONE.fullmatch(f)]
                if found and (named := _name_over(found[-1], line)) is not None:
                    reporters.append(f"作者：{_text(named)}")
                    named.decompose()
                # (or the desk's byline under it: 鄭允和∕綜合報導)
                after = next((t for n in strings if (t := n.strip())), "")
                reporters += [after] if _DESK_BYLINE.fullmatch(after) else []
                return [*reporters, whole if _CLOCK_ONLY.fullmatch(rest) else text]
            found.append(text)
            if len(found) == 2:
                break
    return _date_over(headline)


def _name_over(text: str, date_line: Tag | None) -> Tag | None:
    """The block right over the date line's holding a person's name alone (their box under the
    headline: <div class="news_about"><p>徐博文</p><p>2018-06-14 10:08 来源：澎湃新闻</p>)."""
    if date_line is None or not likely_person(text) or len(text) > 4:
        return None
    before = date_line.find_previous_sibling(True)
    if before is None or before.name not in ("p", "div", "span") or _first(before, _A):
        return None  # (not a channel's link over the date: <a><p>某某频道</p></a>)
    return before if _text(before) == text else None


def _date_over(headline: Tag) -> list[str]:
    """The short date line right over the headline, beside it in its block (not a page-top
    widget's today)."""
    prior = headline.find_previous(string=_VISIBLE)
    line = _line_of(prior) if prior is not None else None
    before = prior.strip() if prior is not None else ""
    if (
        line is not None
        and headline.parent in (line, line.parent)  # (its block, or a block beside it)
        and not _TODAY_CLASS.search(_classes(prior.parent))
        and not _TODAY_CLASS.search(_classes(line))
        and len(before) <= 24
        and is_date_only(before)
        and FULL_DATE.search(before)
    ):
        return [before]
    return []


_VISIBLE = re.compile(r"\S")


def _above_headline(body: str, above: list[str]) -> str:
    """The body without its first blocks when they are short text printed above the headline:
    a note a researcher typed over a copied story (【资料整理 2023-08-21｜…】), a kicker. The
    story starts under its headline; images and blocks with links stay."""
    printed = "".join(_plain("".join(above)).split())  # (its marks dropped as the blocks' are)
    blocks = body.lstrip("\n").split("\n\n")
    k = 0
    while k < min(len(blocks) - 1, 3):
        words = "".join(_plain(blocks[k]).split())
        if not words or "](" in blocks[k] or len(words) > 120 or words not in printed:
            break
        k += 1
    return "\n\n".join(blocks[k:]) if k else body


# A headline set in a classed paragraph (<p class="ArticleTitle">, news_title); never a subtitle.
_TITLE_CLASS = re.compile(
    r"(^|[\s_-])(article|news|post|entry|story|detail|content|main|art)[_-]?title($|[\s_-])",
    re.IGNORECASE,
)


_TITLE_ID = re.compile(r"(?:new|news|article|story|art|post|detail|content|main)?[_-]?title", re.I)


def _titled_heading(soup: BeautifulSoup) -> Tag | None:
    """The first h2–h4 whose class names it the title (bo_tit, view-title), long enough to
    be a headline and holding no link."""
    return next(
        (
            h
            for h in soup.find_all(_GENERIC_TITLE_HEADINGS)
            if len(_text(h)) >= 8
            and _TITLE_NAMED.search(_classes(h))
            and not h.find("a")
            and h.find_parent("a") is None  # (inside a link: a card's, another story's)
        ),
        None,
    )


def _first_heading(soup: BeautifulSoup) -> Tag | None:
    """The first h2, h3 or short headline-classed text block: the headline of a page whose
    <title> is only the site's name. A heading whose class names it the title (h4.tit) comes
    first: the h2 over it may be the section's banner (新闻)."""
    if (titled := _titled_heading(soup)) is not None:
        return titled
    linked: set[str] | None = None  # the words of the page's links, read once when needed
    for el in _find(soup, _HEADING_TAGS):
        if el.name in ("h2", "h3") and el.find_parent("a") is None:
            return el  # (a heading inside a link is a card's: another story's headline)
        if el.name == "font" and (el.get("size") or "").strip() in ("4", "5", "6", "7", "+1", "+2"):
            # an old page's headline: <font size="4"><b>…, not the site's banner over its menu
            # (nor, in a link, a newsletter's first item: <a><font size="4"><b>…)
            if 4 <= len(_text(el)) <= 100 and not _menu_follows(el) and el.find_parent("a") is None:
                return el
            continue
        if (
            _TITLE_CLASS.search(_classes(el))
            and _first(el, _SPLITS) is None
            and 4 <= len(_text(el)) <= 100
        ):
            linked = {_text(a) for a in _find(soup, _A)} if linked is None else linked
            if _text(el) in linked:
                continue  # the section's banner, a word of the menu (<td class=newstitle>焦點新聞)
            return el
        if (
            (
                _classes(el).strip().lower() in ("title", "headline")
                or _TITLE_ID.fullmatch(
                    el.get("id") or ""
                )  # <span id="newtitle" class="insubject1">
            )
            and 8 <= len(_text(el)) <= 100
            and el.find("a") is None
            and _first(el, _SPLITS) is None
        ):
            return el  # a print view's <div class="title">: no section's banner, no link
        if _bold_centred(el):
            return el  # an old page's cell holding only the headline, bold and centred
    return None


def _bold_centred(el: Tag) -> bool:
    """A centred cell or paragraph that holds only a bold line of a headline's length
    (<td align="center"><strong>普京訪朝簽全面戰略夥伴條約</strong></td>), in no link."""
    if el.name not in ("td", "p", "div") or el.get("align", "").lower() != "center":
        return False
    tags = [c for c in el.contents if isinstance(c, Tag)]
    loose = any(isinstance(c, NavigableString) and c.strip() for c in el.contents)
    return (
        len(tags) == 1
        and tags[0].name in ("strong", "b")
        and not loose
        and 6 <= len(_text(el)) <= 60
        and el.find_parent("a") is None
    )


_WORD = re.compile(r"\w")
_GENERIC_TITLE_HEADINGS = ["h2", "h3", "h4"]
_TITLE_NAMED = re.compile(r"tit|subject|headline", re.IGNORECASE)  # bo_tit, view-title


def _menu_follows(el: Tag, strings: int = 8) -> bool:
    """Most of the next few strings after `el` are links: a banner over the site's menu, where a
    headline is followed by its date line and its story."""
    after = []
    for s in _strings_after(el):
        if _WORD.search(s):  # words, not the menu's separators
            after.append(s.find_parent("a") is not None)
            if len(after) == strings:
                break
    return len(after) >= 4 and sum(after) > len(after) / 2


def _is_logo(h1: Tag) -> bool:
    """A site's logo set as an h1: a link to the site's home and nothing else, or a logo class,
    or a blog's name (陈伟国的博客)."""
    if "logo" in _classes(h1).lower() or _BLOG_NAME.fullmatch(_text(h1)):
        return True
    links = _find(h1, _A)
    return (
        len(links) == 1
        and _path((links[0].get("href") or "").strip()) in ("", "/")
        and _norm(links[0].get_text()) == _norm(h1.get_text())
    )


def _breadcrumb(soup: BeautifulSoup, doc: Doc) -> None:
    """Site name is the crumb's home link; category is the last crumb that is a link."""
    tags = _find(soup)
    classed = [el for el in tags if _BREADCRUMB.search(" ".join(_class_list(el)))]
    for el in classed + [el for el in tags if _BREADCRUMB.search(el.get("id") or "")]:
        if _gone(el):
            continue
        crumbs = [a for a in _find(el, _A) if a.get("href", "#") != "#" and _crumb_ok(a)]
        if here := el.find(string=_PAGE_CRUMB):  # 网易号 > 正文 申请入驻: the crumbs end at 正文
            before = {id(a) for a in here.find_all_previous("a")}
            crumbs = [a for a in crumbs if id(a) in before]
        if crumbs:
            home = crumbs[0]
            if _path(home["href"]) in ("", "/"):
                name = home.get_text(strip=True)
                if not _HOME_WORD.fullmatch(name):  # 首頁 names no site
                    doc.site_name = doc.site_name or name
                doc.meta.setdefault("site_url", home["href"])
                crumbs = crumbs[1:]
            if crumbs:
                doc.category = crumbs[-1].get_text(strip=True)
        el.decompose()


_PAGE_CRUMB = re.compile(r"^\W*(?:正文|全文|内文|內文)\s*$")  # the crumb naming the page itself
# (a section's generic name, 新聞, names no site either)
_HOME_WORD = re.compile(
    r"首页|首頁|主页|主頁|home|homepage|新聞|新闻|news|(新聞|新闻)(首頁|首页)", re.IGNORECASE
)


def _crumb_ok(a: Tag) -> bool:
    """Language-switcher links sit inside some crumbs; they carry onclick handlers or titles."""
    return not a.get("onclick") and "nturl" not in (a.get("class") or [])


def _tags(root: Tag, doc: Doc) -> None:
    """Tag links become tags; in running text their words stay, unlinked. Pages often put the
    tag list just after the article's container, so its parent is read when it has none. A
    block of nothing but hashtags (#李在明#韩国大选, links or not) gives tags too."""
    _tag_links(root, doc)
    if not doc.tags and root.parent is not None and root.name != "body":
        _tag_links(root.parent, doc)
    marked = {
        id(b): b for s in root.find_all(string=_HASH_MARK) if (b := s.find_parent(_HASHTAG_HOLDERS))
    }
    for block in marked.values():  # (only the blocks holding a # at all)
        if _gone(block) or block.find(_BLOCKS) is not None:
            continue
        text = _text(block)
        if text.count("#") >= 2 and _HASHTAGS_ONLY.fullmatch(text):
            doc.tags += [t for t in re.findall(r"[#＃]([^\s#＃]{1,16})", text) if t not in doc.tags]
            block.decompose()


# The blocks a keywords box may be (澎湃: <div class="keywordsBox"><span>#李在明</span>…), and
# its words: hashtags, maybe closed by a # of their own (#朝鲜试射导弹#).
_HASHTAG_HOLDERS = ["div", "p"]
_HASH_MARK = re.compile("[#＃]")
_HASHTAGS_ONLY = re.compile(r"(?:\s*[#＃][^\s#＃]{1,16}[#＃]?)+\s*")


_HASHTAG_LINK = re.compile(r"[#＃][^\s#＃]{1,12}")
_TAG_LABEL = re.compile(rf"^\s*(?:{TAG_LABELS})\s*[:：]?", re.IGNORECASE)
_LABELLED_BLOCKS = frozenset({"div", "p", "span", "li", "section"})


def _tag_links(root: Tag, doc: Doc) -> None:
    """Links marked as tags (rel=tag, a /tag/ address) give tags and stay as plain words; a
    labelled block of them (_tag_block) gives its tags and leaves the body."""
    links = _find(root, _A)
    blocks: dict[int, Tag] = {}
    for a in links:  # the link's holder, or a section a few levels up that opens with a label
        el = a.parent
        for _ in range(3):
            if el is None or el is root:
                break
            blocks[id(el)] = el
            el = el.parent
    labelled = [
        block
        for block in blocks.values()
        if _TAG_LABEL.match(next(block.stripped_strings, "")) and _tag_block(block)
    ]
    holders: dict[int, tuple[Tag, list[str]]] = {}  # a tag link's holder, with its links' words
    for a in links:
        rel = a.get("rel") or []
        href = a.get("href") or ""
        tagged = "tag" in rel or TAG_HREF.search(href)
        # (or a hashtag's link, wherever it leads: <a href="/news/searchresult/北韓">#北韓</a>)
        tagged = tagged or _HASHTAG_LINK.fullmatch(a.get_text(strip=True))
        if tagged and a.parent is not None and id(a.parent) not in holders:
            words = [
                t for link in _find(a.parent, _A) if (t := link.get_text(strip=True).lstrip("#＃"))
            ]
            holders[id(a.parent)] = (a.parent, words)
        if tagged or any(a.parent is block for block in labelled):
            text = a.get_text(strip=True).lstrip("#＃")  # (#尹錫悅)
            if text and text not in doc.tags:
                doc.tags.append(text)
            a.unwrap()
    for block in labelled:
        if not _gone(block):
            block.decompose()
    # a line of nothing but links, a tag among them (the section's link beside it): all tags
    for holder, words in holders.values():
        if _gone(holder) or holder.name not in _LABELLED_BLOCKS or holder is root:
            continue
        rest = re.sub(r"[\s,，、|｜/;；#＃]", "", _text(holder))
        if 0 < len(words) <= 6 and all(len(w) <= 12 for w in words) and rest == "".join(words):
            doc.tags.extend(w for w in words if w not in doc.tags)
            holder.decompose()


def _tag_block(block: Tag) -> bool:
    """A block of links opened by a tag label (关键词：<a>韩国</a> <a>尹锡悦</a>): nothing but
    the label, the links and separators, so a sentence that mentions tags is not one."""
    if block.name not in _LABELLED_BLOCKS:
        return False
    label = _TAG_LABEL.match(_text(block))
    if label is None:
        return False
    rest = re.sub(r"[\s,，、|｜/;；]", "", _text(block)[label.end() :])
    linked = re.sub(r"[\s,，、|｜/;；]", "", "".join(a.get_text() for a in _find(block, _A)))
    return bool(linked) and rest == linked


def _related(root: Tag, doc: Doc, base: str | None) -> None:
    """Lists of other articles become related links and leave the body."""
    for el in _find(root, _LISTS):
        if _gone(el):
            continue
        # (named by its class, or by its label: BBC's <section aria-labelledby="related-inline">)
        if not _RELATED.search(f"{_classes(el)} {el.get('aria-labelledby') or ''}"):
            continue
        _take_links(el, doc, base)
        el.decompose()
    boxes: dict[int, Tag] = {}  # the boxes around links, outer ones first, each tested once
    for a in _find(root, _A):
        chain, el = [], a.parent
        while el is not None and el is not root and len(chain) < 3:
            chain.append(el)
            el = el.parent
        boxes.update((id(b), b) for b in reversed(chain) if b.name in _CARD_TAGS)
    for box in boxes.values():
        if not _gone(box) and _teaser_card(box):  # another story's card inside this one
            _take_links(box, doc, base)
            box.decompose()
    for p in _find(root, _LABELS):
        if _gone(p):
            continue
        text = _text(p)
        if p.name == "b" and (p.parent is None or _text(p.parent) != text):
            # (a bold word in a sentence; an old page's label is bold alone: <b>…</b>, or with
            # its bulleted links after it in one block: <font><b>相關新聞：</b><br>‧<a>…</a></font>)
            holder = p.parent
            label = RELATED_LABEL.match(text.strip("【】[] "))
            if label and not label["rest"] and _link_only(holder, label=text):
                _take_links(holder, doc, base)
                holder.decompose()
            continue
        if _ARROW.match(text) and _link_only_after_arrow(p):
            _take_links(p, doc, base)  # ► a headline linking to another story
            p.decompose()
            continue
        if POPULAR_LABEL.match(text) or _ABOUT_LABEL.match(text) or LATEST_LABEL.match(text):
            # 熱門新聞 over the site's most-read list (not related); 文章信息 over the byline
            sib = _after_label(p, text)
            if sib is not None and _ABOUT_LABEL.match(text) and len(_text(sib)) <= 200:
                doc.bylines.insert(0, re.sub(r"\s+", " ", sib.get_text(" ")).strip())
                sib.decompose()  # the byline's fields (作者，李思源): evidence, not story
                continue
            if sib is not None and sib.name in ("ol", "ul") and _short_items(sib):
                sib.decompose()  # (its list of plain words: 1. 康芮颱風最新路徑 2. 萬聖節活動)
                continue
            _link_lists_after(sib, doc, base, related=False)
            continue
        m = RELATED_LABEL.match(text.strip("【】[] "))  # (in brackets: 【延伸閱讀】)
        if not m:
            continue
        if m.group("rest"):
            if ends_story(text) and (block := _appended_story(p)) is not None:
                for el in [block, *block.find_next_siblings(True)]:
                    el.decompose()  # another story appended whole under its headline
            _take_links(p, doc, base) or doc.links.append(
                {
                    "title": m.group("rest").strip().lstrip("】]：: \u3000"),
                    "url": None,
                    "kind": "related",
                }
            )
            p.decompose()
            continue
        # a label alone: the link-only paragraphs or list right after it are the related items
        # (or, with no bullets nor links, every short line to the end: _unlinked_list)
        sib = _after_label(p, text)
        if _link_only(sib) or _listed_headline(sib) or not _unlinked_list(sib, doc):
            _link_lists_after(sib, doc, base, related=True)


def _unlinked_list(first: Tag | None, doc: Doc) -> bool:
    """A related label's list pasted without its links (a page copied into a mail or a
    document): when every block from `first` to the end is a short line with no sentence in
    it (a headline; the sender's signature under the list), they all go, and those before the
    first empty block are related headlines. False, and nothing taken, for any other."""
    if first is None or first.name not in ("p", "div"):
        return False
    blocks = [first, *first.find_next_siblings(True)]
    lines = [_text(el) for el in blocks]
    if (
        not lines[0]
        or sum(map(bool, lines)) < 2
        or any(el.find("a") is not None for el in blocks)
        or any(len(line) > 40 or _SENTENCE.search(line) for line in lines)
    ):
        return False
    for line in itertools.takewhile(bool, lines):
        doc.links.append({"title": line, "url": None, "kind": "related"})
    for el in blocks:
        el.decompose()
    return True


def _appended_story(label: Tag) -> Tag | None:
    """The block of a bracketed label with another story's headline and no link (参考消息's
    【延伸阅读】韩媒：…), when paragraphs of text follow it: where that story, printed whole
    after this one, starts (as STORY_END reads it in a copy). None for a note among the
    story's paragraphs linking its headline."""
    block = label.parent if label.name in ("strong", "b") and label.parent is not None else label
    if block.find("a") is not None or _text(block) != _text(label):
        return None
    after = next((el for el in block.find_next_siblings(True) if _text(el)), None)
    return block if after is not None and _PROSE_RUN.search(_text(after)) else None


# A file a page offers for download: named by its link text or its address (and, anywhere in
# the page, the cheap test that there may be one).
_FILE_EXT = r"\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|rar|7z|rtf|odt)"
_FILE_NAME = re.compile(rf"{_FILE_EXT}$", re.IGNORECASE)
_FILE_NAME_WORDS = re.compile(rf"{_FILE_EXT}\b", re.IGNORECASE)
# What else a box of attachments says: its label, the files' sizes, download and preview buttons.
_FILE_BOX_WORDS = re.compile(
    r"相关附件|相關附件|附件下载|附件下載|附件|下载|下載|预览|預覽|첨부파일|첨부|내려받기|미리보기|바로보기"
    r"|attachments?|download|preview|view|\d+(?:\.\d+)?\s*[kmg]?b\b|[\s:：|｜/,，、()（）\[\]【】-]",
    re.IGNORECASE,
)


def _attachments(root: Tag, doc: Doc, base: str | None) -> None:
    """Files a page offers (a press release's report, a statement's original) are its
    attachments: links of kind "attachment", not lines of the story. A file named inside a
    sentence stays where it is."""
    for a in _find(root, _A):
        if _gone(a) or not _real_href(href := (a.get("href") or "").strip()):
            continue
        if not (_FILE_NAME.search(_text(a)) or _FILE_NAME.search(_path(href) or "")):
            continue
        box, el = None, a.parent
        while el is not None and el is not root and el.name != "body":
            files = [f for f in _find(el, _A) if _FILE_NAME.search(_text(f))] or [a]
            rest = _text(el)
            for f in files:
                rest = rest.replace(_text(f), "", 1)
            if _FILE_BOX_WORDS.sub("", rest):
                break
            box, el = el, el.parent
        if box is None:
            continue
        for f in [f for f in _find(box, _A) if _FILE_NAME.search(_text(f))] or [a]:
            doc.links.append(
                {
                    "title": _text(f) or None,
                    "url": _join(base, f["href"].strip()),
                    "kind": "attachment",
                }
            )
        box.decompose()


_CARD_TAGS = frozenset({"div", "aside"})


def _teaser_card(el: Tag) -> bool:
    """A card for another story set among the paragraphs: its links all lead to one address,
    one of them with the headline, and the rest of its text is at most a date (30 五月, 08:41)."""
    if _first(el, _P):  # first: a story's container answers at once
        return False
    links = [a for a in _find(el, _A) if _real_href(a.get("href"))]
    if not links or len({a["href"].strip() for a in links}) != 1:
        return False
    titled = [t for a in links if (t := _text(a))]
    text = _text(el)
    if len(titled) != 1 or not 6 <= len(titled[0]) <= 80 or len(text) > 100:
        return False
    rest = text.replace(titled[0], "", 1).strip()
    return (
        not rest
        or is_date_only(rest)
        or bool(re.fullmatch(r"[\d\s,，:：.\u4e00-\u9fff]{1,16}", rest) and re.search(r"\d", rest))
    )


def _short_items(lst: Tag) -> bool:
    """A list of short items, none a sentence: a most-read list's searches or headlines."""
    items = [_text(li) for li in lst.find_all("li", recursive=False)]
    return bool(items) and all(0 < len(t) <= 40 and not t.endswith("。") for t in items)


def _link_lists_after(sib: Tag | None, doc: Doc, base: str | None, *, related: bool) -> None:
    """Remove the link-only blocks or lists from sib on, taking their links as related ones
    when they are (not a most-read or latest-news list); or the blocks of a list a clip kept
    without its links, each a bulleted or numbered headline (· 韩国情报机构：…, 1　美国大选…)."""
    while sib is not None and (_link_only(sib) or (listed := _listed_headline(sib))):
        nxt = sib.find_next_sibling()
        if related and _link_only(sib):
            _take_links(sib, doc, base)
        elif related:
            doc.links.append({"title": listed, "url": None, "kind": "related"})
        sib.decompose()
        sib = nxt


def _listed_headline(el: Tag) -> str | None:
    """A block holding one bulleted or numbered headline and no other block (its age after it
    goes: 2小时前), as a list copied without its links is; None for any other block."""
    if not isinstance(el, Tag) or el.find(_BLOCKS) is not None:
        return None
    m = _LISTED_HEADLINE.fullmatch(_text(el))
    return m["title"].strip() if m and not _SENTENCE.search(m["title"]) else None


_LISTED_HEADLINE = re.compile(
    r"(?:[·•・．]|\d{1,2}[\s\u3000.、])\s*(?P<title>\S.{3,58}?)(?:[\s\u3000]+\d{1,2}\s*(?:分钟|分鐘|小时|小時|天)前)?"
)


def _after_label(label: Tag, text: str) -> Tag | None:
    """Remove a section's label and return what follows it: after the label's wrapper when
    the label is all the wrapper holds (<div><h2>相关内容</h2></div><ul>…)."""
    while label.find_next_sibling() is None and label.parent is not None:
        if _text(label.parent) != text:
            break
        label = label.parent
    sib = label.find_next_sibling()
    while sib is not None and sib.name == "br":  # (an old page's: <b>…</b><br><font>‧<a>…)
        sib = sib.find_next_sibling()
    label.decompose()
    return sib


_ABOUT_LABEL = re.compile(r"^\s*(?:文章信息|文章資訊|文章資料|article information)\s*$", re.I)
_ARROW = re.compile(r"^\s*[►▶➤➜→»▸]")


def _link_only_after_arrow(el: Tag) -> bool:
    """One link, and nothing else but the arrow in front of it."""
    links = _find(el, _A)
    rest = _ARROW.sub("", _norm(el.get_text())).strip()
    return len(links) == 1 and rest == _norm(links[0].get_text()).strip() and bool(rest)


def _link_only(el: Tag, label: str = "") -> bool:
    """Links and nothing else (but the label over them, if given), or a list whose every item
    is one link with its date."""
    if not isinstance(el, Tag):
        return False
    links = _find(el, _A)
    if links and _norm("".join(a.get_text() for a in links)) == _norm(el.get_text()):
        return True
    # (each link after its bullet: ‧<a>…</a><br>‧<a>…</a>, an old page's list)
    rest = _BULLETS.sub("", el.get_text()).replace(_BULLETS.sub("", label), "", 1)
    if links and rest == _BULLETS.sub("", "".join(a.get_text() for a in links)):
        return True
    items = el.find_all("li", recursive=False) if el.name in _LIST_TAGS else []
    return bool(items) and all(_dated_link(li) for li in items)


def _dated_link(li: Tag) -> bool:
    links = _find(li, _A)
    if len(links) != 1:
        return False
    rest = _norm(li.get_text()).replace(_norm(links[0].get_text()), "", 1)
    return not rest or is_date_only(rest)


_TRAILING_LABEL = re.compile(rf"[（(]\s*{RELATED_NOTE_LABEL}\s*[:：]\s*$")


def _trailing_related(root: Tag, doc: Doc, base: str | None) -> None:
    """A paragraph closed by its related links in brackets (風傳媒: …「現身」。（相關報導：
    <a>…</a>｜<a>更多文章</a>）): the links are related links, and the bracket leaves the text."""
    for a in _find(root, _A):
        label = a.previous_sibling
        if (
            _gone(a)
            or not isinstance(label, NavigableString)
            or not _TRAILING_LABEL.search(str(label))
            or a.parent is None
            or a.parent.name != "p"
        ):
            continue
        after, closed = [], False
        for sib in a.next_siblings:  # the links, parted by ｜ / 、, then the closing bracket
            if isinstance(sib, NavigableString):
                if re.fullmatch(r"[\s｜|/、，,]*", str(sib)):
                    after.append(sib)
                    continue
                closed = bool(re.fullmatch(r"[\s｜|/、，,]*[)）]\s*", str(sib)))
                after.append(sib)
                break
            if sib.name != "a":
                break
            after.append(sib)
        if not closed:
            continue
        kept = _TRAILING_LABEL.sub("", str(label))
        if len(kept.strip()) < 20 and not label.previous_sibling:
            continue  # (a paragraph of links alone is another rule's)
        for link in [a, *after]:
            if getattr(link, "name", None) == "a" and _text(link) and not _more(link):
                doc.links.append(
                    {"title": _text(link), "url": _join(base, link["href"]), "kind": "related"}
                )
        for sib in after:
            sib.extract()
        a.extract()
        label.replace_with(kept.rstrip())


def _more(a: Tag) -> bool:
    """A link to more of the section, not to a story (更多文章)."""
    return bool(re.fullmatch(r"(?:更多|看更多|more)\S{0,4}", _text(a), re.I))


# The record a Founder (方正) content system leaves in a comment on the pages it makes: <!--
# enpproperty <articleid>…</articleid><date>2025-06-05</date>…/enpproperty-->.
_ENP_DATE = re.compile(r"<!--\s*enpproperty\b(?:(?!-->).){0,300}?<date>(?P<date>[^<]{8,30})</date>")


def _take_links(el: Tag, doc: Doc, base: str | None) -> bool:
    found = False
    for a in _find(el, _A):
        title = _text(a)
        href = a.get("href")
        if title and href and not href.startswith(("#", "javascript:")):
            doc.links.append({"title": title, "url": _join(base, href), "kind": "related"})
            found = True
    return found


def _icon_buttons(root: Tag) -> None:
    """A button drawn as an icon beside its word (<a><img …>举报</a>): furniture, whose icon
    would otherwise stand as a picture in the story."""
    for a in _find(root, _A):
        if not _gone(a) and a.find("img") is not None:
            words = _text(a)
            if 0 < len(words) <= 8 and is_boilerplate(words):
                a.decompose()


def _self_links(root: Tag, doc: Doc) -> None:
    """A paragraph whose only link repeats the title points at this article somewhere:
    on another site it is the original; on the page's own site it is the republished copy."""
    title = _norm(doc.title)
    if not title:
        return
    site = domain(doc.meta.get("site_url") or doc.meta.get("url"))
    for p in _find(root, _BLOCKS):
        if _gone(p):
            continue
        links = [a for a in _find(p, _A) if a.get("href")]  # most blocks have none: test first
        if len(links) != 1 or _first(p, _BLOCKS) or _norm(links[0].get_text()) != title:
            continue
        href = links[0]["href"]
        if not href.startswith(("http://", "https://", "//")):
            continue  # this page's place in its own list of stories (本版新闻), no address
        if site and domain(href) == site:
            doc.republished_url = doc.republished_url or href
        else:
            doc.url = doc.url or href
        p.decompose()


# A read-it-later app's link to the page it shows (Pocket's "View Original"); the words alone
# are the cheap test of a page's text before its links are looked at.
_VIEW_ORIGINAL_WORDS = re.compile(
    r"view original|查看原文|查看原網頁|查看原网页|原文網頁|原文网页|visitWebsiteButton"
    r"|原文連結|原文链接|原文鏈接|原始連結|原始链接",  # (a reader's link alone: rss2html's 原文連結)
    re.I,
)
_VIEW_ORIGINAL = re.compile(rf"^\s*(?:{_VIEW_ORIGINAL_WORDS.pattern})\s*$", re.I)
_VISIT_WEBSITE = re.compile(r"visit-?website", re.I)  # Feedly's link to the entry's page


# A reader app's relative time with the publication time in its hover text (Feedly:
# <span class="ago" title="Published: Wed, 24 Jan 2024 15:42:18 GMT&#10;Received: …">2d</span>);
# the first is the entry's, later ones are other entries'.
_PUBLISHED_TITLE = re.compile(r"title=\"Published:\s*(?P<when>[^\"\n]{10,40}?)\s*(?:\n|\"|&#10;)")


def _view_original(soup: BeautifulSoup, doc: Doc) -> None:
    """The original's address, from the app's link to it; the page is the app's copy."""
    for a in soup.find_all("a", href=True, limit=400):
        shown = _VIEW_ORIGINAL.match(a.get_text()) or _VISIT_WEBSITE.search(_classes(a))
        if shown and _real_href(a["href"]):
            href = a["href"]
            if doc.meta.get("url") and domain(doc.meta["url"]) != domain(href):
                doc.republished_url = doc.republished_url or doc.meta["url"]
            doc.url, doc.meta["url"] = href, href
            a.decompose()
            return


def _newsml(soup: BeautifulSoup, doc: Doc) -> None:
    """A wire's NewsML-G2 file: its first item's creation time and its author (<creator>, not
    the translator or editor among the <contributor>s)."""
    item = soup.find("newsitem")
    if item is None:
        return
    if created := item.find(["firstcreated", "contentcreated", "versioncreated"]):
        doc.meta.setdefault("published_time", _text(created))
    creator = item.find("creator")
    if creator is not None and (name := creator.find("name")) is not None:
        doc.meta.setdefault("author", _text(name))
    for fields in soup.find_all(["header", "rightsinfo", "itemmeta", "contentmeta"]):
        if fields.find_parent("inlinexml") is None:
            fields.decompose()  # the items' fields: not the story


def _notion_properties(table: Tag, doc: Doc) -> None:
    """A Notion page exported as HTML: its properties table (URL: the clipped page's
    address; Created: the day it was clipped, which bounds the story's date) is not the
    story."""
    for row in table.find_all("tr"):
        kind = " ".join(row.get("class") or [])
        label = _text(row.find("th") or row).lower()
        value = _text(row.find("td") or row).lstrip("@")
        if "property-row-url" in kind and (a := row.find("a", href=True)):
            doc.meta.setdefault("url", a["href"])
        elif "property-row-created_time" in kind:
            day = metadata_date(value)
            if day.precision == "day":
                doc.meta.setdefault("posted", day.published)
        elif "property-row-date" in kind and _NOTION_PUBLISHED.search(label):
            doc.meta.setdefault("published_time", value)  # (the researcher's 发布日期 field)
        elif "property-row-select" in kind and _NOTION_OUTLET.search(label) and known_outlet(value):
            doc.meta.setdefault("provider", value)  # (媒体: 美国之音)
    table.decompose()


def _notion_clip(soup: BeautifulSoup) -> str | None:
    """A page clipped into a Notion page, exported: the page's title is the researcher's name
    for it (2024-10 朝鲜派兵俄罗斯（VOA）); the clipped page's headline is the first heading in
    the page's body with a date line a few blocks under it. That headline, with the
    researcher's blocks over it (a callout, a marker, the page's crumbs) taken out."""
    body = soup.find(class_="page-body")
    blocks = [el for el in body.children if isinstance(el, Tag)][:10] if body else []
    for k, el in enumerate(blocks):
        if el.name in ("h1", "h2", "h3") and any(
            is_date_only(_text(b)) and FULL_DATE.search(_text(b)) for b in blocks[k + 1 : k + 4]
        ):
            headline = _text(el)
            for before in blocks[: k + 1]:
                before.decompose()
            return headline or None
    return None


_NOTION_PUBLISHED = re.compile(r"发布|發布|發佈|刊登|出版|published|publication date|^date$|^日期$")
_NOTION_OUTLET = re.compile(r"媒体|媒體|来源|來源|出处|出處|outlet|source|publication|publisher")


# The page printing its own address (a print view's footer): 本文链接：http://…
_PAGE_ADDRESS = re.compile(
    r"(?:(?:本文链接|本文鏈接|本文地址|本文网址|本文網址|本页地址|本頁地址|本页网址|本頁網址"
    r"|原文网址|原文網址|原文链接|原文鏈接|原文連結|原文地址"
    r"|(?:这篇报道|這篇報道|本文)(?:来自|來自)[^<>：:\n]{0,20})\s*[:：]\s*"  # (a print view's)
    # (OneNote's under a pasted page: 已从 <…> 粘贴, 来自 <…> 插入)
    r"|(?:已从|已從|来自|來自|Pasted from)\s*(?:&lt;)?\s*(?:</span>\s*)?(?=<a\s|https?://))"
    r"(?:<[^>]*>\s*)*(?P<url>https?://[^\s<>\"']+)"
)


# A share button's link carrying the page's address: …/sharer.php?u=https://…, …?url=https%3A…
_SHARED = re.compile(r"[?&](?:u|url)=(?P<url>https?(?::|%3A)[^&#\s\"']+)", re.IGNORECASE)


def _shared_address(soup: BeautifulSoup) -> str | None:
    """The address the page's share buttons send (and a copy button's data-url), when the page
    names none of its own: the page's. The one most of them send, if it is an article's."""
    found: Counter = Counter()
    for a in _find(soup, _A):
        if m := _SHARED.search(a.get("href") or ""):
            found[unquote(m["url"])] += 1
    for el in soup.find_all(attrs={"data-url": True}):
        if str(el["data-url"]).startswith(("http://", "https://")):
            found[str(el["data-url"])] += 1
    if not found:
        return None
    url = found.most_common(1)[0][0]
    return url if _path(url) not in (None, "", "/") else None


_FORM_URL_NAME = re.compile(r"^(?:news|article|page|story|source)_?url$", re.IGNORECASE)


def _pasted_address(soup: BeautifulSoup) -> str | None:
    """The address a mail's sender pasted under the page they pasted (maybe over the note of
    the app they shared it from: 来自网易新闻客户端): the page's."""
    links = [a for a in _find(soup, _A) if _text(a).startswith(("http://", "https://"))]
    if not links or (last := links[-1]).get("href") != _text(last):
        return None
    after = "".join(t for t in last.find_all_next(string=True) if last not in t.parents).strip()
    return last["href"] if not after or SHARED_VIA.fullmatch(after) else None


def _form_address(soup: BeautifulSoup) -> str | None:
    """The story's address a comment form posts in a hidden field (新华网's old pages: <input
    type="hidden" name="newsurl" value="http://news.xinhuanet.com/…/content_3511768.htm">)."""
    field = soup.find("input", attrs={"type": "hidden", "name": _FORM_URL_NAME})
    value = (field.get("value") or "").strip() if field is not None else ""
    return value if value.startswith(("http://", "https://")) else None


def _canonical(doc: Doc) -> None:
    """The page's own address (canonical, og:url) is the original's, unless the page names an
    original elsewhere: then the page is a repost and its own address is the repost's."""
    own = doc.meta.get("url")
    if not own:
        return
    own = without_tracking(own)  # (a saved page's address with an app's ?log_from=…)
    if doc.url and domain(doc.url) != domain(own):
        doc.republished_url = doc.republished_url or own
        if _path(own) is not None:  # a well-formed address
            doc.meta.setdefault("site_url", f"{urlparse(own).scheme}://{urlparse(own).netloc}/")
    else:
        doc.url = doc.url or own


# A link to a site's front page: /, ./, index.html, https://host/.
_HOME_HREF = re.compile(r"^(?:https?://[^/]+)?(?:\.?/|/?index\.\w+)?$|^https?://[^/]+$")


def _furniture(root: Tag) -> None:
    """Elements classed as furniture go, and so does a logo (_logo_link). Not a wrapper named
    so that holds most of the page's text (a print view's print_wrap): that is the page."""
    total = None
    for el in _find(root):
        if _gone(el) or el.attrs is None:
            continue
        if el.name in ("body", "html", "article", "main"):
            continue
        classes = _classes(el)
        if _FURNITURE.search(classes) or _AUTHOR_CARD.search(classes) or _logo_link(el):
            if el.name in _WRAPPERS:
                total = total if total is not None else len(_text(root))
                if len(_text(el)) > max(150, 0.6 * total):
                    continue
            el.decompose()


_WRAPPERS = frozenset({"div", "section", "table", "td", "center"})


def _logo_link(el: Tag) -> bool:
    """A link to the front page holding an image alone, or an image its file or class names a
    logo (a print view's masthead: <img src="…/zb-print-logo.gif" alt="聯合早報">)."""
    if el.name == "img":  # (a linked one is a badge or a home link: read as those)
        named = _LOGO.search(f"{_classes(el)} {(el.get('src') or '').rsplit('/', 1)[-1]}")
        return bool(named) and el.find_parent("a") is None
    home = el.name == "a" and _HOME_HREF.match((el.get("href") or "").strip() or "#")
    return bool(home) and el.find("img") is not None and not _text(el)


_LOGO = re.compile(r"logo", re.IGNORECASE)


# Class names built of parts (post_body, art_con, article-main): a part that says content and
# none that says furniture (post_side, post_comment, article-info).
_CONTENT_PARTS = frozenset({
    "content", "body", "article", "post", "story", "entry", "text", "txt", "con", "cont", "detail",
    "main", "zw",
})  # fmt: skip
_FURNITURE_PARTS = frozenset({
    "side", "sidebar", "nav", "menu", "comment", "comments", "footer", "header", "related",
    "relate", "recommend", "ad", "ads", "share", "list", "hot", "rank", "title", "info", "tag",
    "tags", "next", "prev", "statement", "copyright",
})  # fmt: skip


_USUAL, _COMPOUND = 0.5, 0.9


def _furniture_named(el: Tag) -> bool:
    """A block whose class names furniture and no content (side-box, row footer, prev-next)."""
    for name in _classes(el).lower().split():
        parts = set(re.split(r"[_-]", name))
        if parts & _FURNITURE_PARTS and not parts & _CONTENT_PARTS:
            return True
    return False


def _container_share(el: Tag) -> float | None:
    """How much of the page's paragraph text an element must hold to be taken as the article:
    half for the usual containers (<article>, <main>, itemprop=articleBody, content classes);
    nine tenths for a compound class name, which may also wrap only the story after its lead
    (t-content__body); None for any other element."""
    if el.name in ("article", "main") or el.get("itemprop") == "articleBody":
        return _USUAL
    classes = _classes(el)
    if _CONTAINER.search(classes):
        return _USUAL
    for name in classes.lower().split():
        parts = set(re.split(r"[_-]", name))
        if len(parts) > 1 and parts & _CONTENT_PARTS and not parts & _FURNITURE_PARTS:
            return _COMPOUND
    return None


_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
_CELLS = frozenset({"td", "th"})
_CELL_BLOCKS = frozenset({"div", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "br"})


def _layout_tables(soup: BeautifulSoup) -> None:
    """Tables that lay out a page (one cell, or a cell holding paragraphs, an image, a long
    text or another table) become plain blocks, so the article in a cell is read as
    paragraphs. Data tables, whose cells are short values, stay tables; one whose every cell
    is furniture goes."""
    for table in reversed(soup.find_all("table")):
        if _gone(table):
            continue
        cells = [c for c in table.find_all(_CELLS) if c.find_parent("table") is table]
        texts = [t for c in cells if (t := _text(c))]
        if 0 < len(texts) <= 3 and table.find("table") is None and all(map(is_boilerplate, texts)):
            table.decompose()  # a bar of buttons set as a table (Forwarded this email? | READ IN APP)
            continue
        laid_out = len(cells) <= 1 or any(
            c.find(_CELL_BLOCKS) is not None or c.find("img") is not None or len(_text(c)) > 150
            for c in cells
        )  # a lone cell, or one holding blocks, an image (a logo) or a long text
        if laid_out:
            own = [el for el in table.find_all(_TABLE_PARTS) if el.find_parent("table") is table]
            for el in [table, *own]:
                el.name = "div"


def _layout_lists(soup: BeautifulSoup) -> None:
    """Lists that lay out a page (an item holding a heading and paragraphs of a story, 观察者网's
    li.left-main) become plain blocks, so the story is not written as a list item."""
    held: Counter = Counter()  # (from the paragraphs up: a page has few, and many items)
    items: dict[int, Tag] = {}
    for p in _find(soup, _P):
        if len(_text(p)) >= 40 and (li := p.find_parent("li")) is not None:
            held[id(li)] += 1
            items[id(li)] = li
    for key, count in held.items():
        li = items[key]
        if count >= 3 and _first(li, _H_TAGS) is not None:
            lst = li.parent
            li.name = "div"
            if lst is not None and lst.name in _LIST_TAGS:
                lst.name = "div"


_LIST_TAGS = frozenset({"ul", "ol", "table", "tbody"})
_ITEM_HEADINGS = frozenset({"h2", "h3", "h4"})
_LINK_HOLDERS = frozenset({"div", "p"})  # a newsletter's headline: a block of one link


def _link_alone(el: Tag) -> bool:
    """A block holding one real link and no other text (an e-mail's linked headline)."""
    links = _find(el, _A)
    return (
        len(links) == 1
        and _real_href(links[0].get("href"))
        and _text(el) == _text(links[0])
        and _first(el, _BLOCKS) is None
    )


def _headlines(root: Tag, base: str | None) -> list[dict]:
    """The items of a page that is a list of other articles' headlines (an index or rolling
    news page): a list of at least 5 items of one link each, or at least 3 sibling blocks each
    under a linked heading (with a date and a summary), which hold most of the page's text.
    An article's related list is a small part of its page, so it never qualifies. A page with
    no prose outside links may also be a long list among menus, or of cards (_cards)."""
    best: list[dict] = []
    # every list of items, for the summaries' one; lists alike under one parent are one list
    # parted by an ad (人民网's two <ul class="list_14">)
    alike: dict[tuple, list[tuple[Tag, list[dict]]]] = {}
    for lst in _find(root, _LIST_TAGS):
        # (an old page's list is a table, a row an item: <tr><td>・<a>…</a> (2003/08/29 18:40))
        entries = lst.find_all("tr" if lst.name in ("table", "tbody") else "li", recursive=False)
        if lst.name in ("table", "tbody"):  # (not its label's row, nor its more-link's)
            entries = [tr for tr in entries if tr.find("a") and not is_boilerplate(_text(tr))]
        items = []
        for li in entries:
            if item := _index_item(li, li, base):
                items.append(item)
        if items and len(items) >= 0.8 * len(entries):
            key = (id(lst.parent), lst.name, tuple(_class_list(lst)))
            alike.setdefault(key, []).append((lst, items))
            # (or each in a wrapper of one class under one parent: a rolling list's days,
            # <div class="dataList"><h3>2024年6月20日</h3><ul>…</ul></div> one after another)
            wrapper = lst.parent
            if wrapper is not None and wrapper.parent is not None and _class_list(wrapper):
                wrapped = (id(wrapper.parent), _class_list(wrapper)[0], lst.name, key[2])
                alike.setdefault(wrapped, []).append((lst, items))
                heading = _first(wrapper, _H_TAGS)
                if heading is not None and FULL_DATE.search(day := _text(heading)):
                    for item in items:  # (its items print only their time: 10:32)
                        if _CLOCK_FIRST.match(item["text"]):
                            item["text"] = f"{day} {item['text']}"
    lists: list[tuple[list[Tag], list[dict]]] = []
    for group in alike.values():
        items = [item for _, part in group for item in part]
        if len(items) >= 5:
            lists.append(([lst for lst, _ in group], items))
            best = items if len(items) > len(best) else best
    if len(teasers := _teasers(root, base)) > len(best):
        best = teasers
    size = len(_text(root))
    if best and sum(len(i["text"]) for i in best) >= 0.6 * size:
        return best
    first = _prose(root)
    standfirst: set[int] = set()
    if first is not None and (intro := _topic_standfirst(first)) is not None:
        # a topic page's own standfirst under its heading is no story's text, nor the list's
        standfirst = {id(s) for s in intro.descendants}
        first = _prose(root, outside=standfirst)
        size -= len(_text(intro))
    if first:  # an article's page (cheap: its first paragraph answers), or
        # cards whose summaries are the only prose, holding most of the text (联合早报's section
        # page): looked for only when the first prose is a summary under a headline's link
        if not _under_headline_link(first):
            return []
        # a list of items with summaries, the page's only prose (人民网's section page)
        for group, items in lists:
            inside = {id(s) for lst in group for s in lst.descendants}
            if any(lst in first.parents for lst in group) and not _prose(root, outside=inside):
                return items
        held: list[Tag] = []
        cards = _cards(root, base, held)
        share = sum(len(i["text"]) for i in cards) / max(size, 1)
        if cards and (share >= 0.6 or (len(cards) >= 8 and share >= 0.3)):
            inside = {id(el) for card in held for el in card.descendants}
            if not _prose(root, outside=inside):
                return cards
        return _lead_over_lists(root, first, alike, base, standfirst)
    if len(cards := _cards(root, base)) > len(best):
        best = cards
    # cards holding most of the page's text, or a long list with a menu, a sidebar and a
    # footer around it
    share = sum(len(i["text"]) for i in best) / max(size, 1)
    if best and (share >= 0.6 or (len(best) >= 8 and share >= 0.3)):
        return best
    return []


def _lead_over_lists(
    root: Tag, summary: NavigableString, alike: dict, base: str | None, standfirst: set[int]
) -> list[dict]:
    """A topic page's lead story, its linked headline over its summary and time, over lists
    of dated headlines (新华网's 专题: 最新报道, then 评论分析), the summary being the page's
    only prose but for the topic's standfirst (ids in `standfirst`): the lead's item and every
    list's, in the page's order; else []."""
    block = _line_of(summary)
    holder = block.parent if block is not None else None
    heading = block.find_previous_sibling(True) if block is not None else None
    if holder is None or holder is root or heading is None or heading.name not in _H_TAGS:
        return []
    if (lead := _index_item(holder, heading, base)) is None or holder.find(_LIST_TAGS):
        return []
    lists = {id(lst): (lst, items) for group in alike.values() for lst, items in group}
    dated = [(lst, items) for lst, items in lists.values()
             if all(FULL_DATE.search(i["text"]) for i in items)]  # fmt: skip
    if not dated or len(dated) < len(lists) or sum(len(items) for _, items in dated) < 4:
        return []
    inside = {id(s) for el in (holder, *(lst for lst, _ in dated)) for s in el.descendants}
    inside |= standfirst
    if _prose(root, outside=inside) is not None:
        return []
    order = {id(el): k for k, el in enumerate(root.descendants)}
    parts = sorted([(holder, [lead]), *dated], key=lambda part: order[id(part[0])])
    return [item for _, items in parts for item in items]


# --- pages of several whole stories ---------------------------------------------------------------

_NOT_STORY_BLOCKS = frozenset({"p", "span", "a", "td", "tr", "li", "ul", "ol", "table", "tbody"})
_STORIES_MIN = 200  # a story's paragraph text, at least: a teaser's summary is shorter
# A database's document counter over each story: 文件 1 / 3, 1 / 5, Document 2 / 7.
_COUNTER = re.compile(r"(?:文件|文章|Document)?\s*\d{1,4}\s*/\s*\d{1,4}", re.I)
# Labels a print view gives its fields in a table of two cells.
_FIELD_LABELS = {
    "标题": "title", "標題": "title", "题目": "title", "題目": "title",
    "媒体": "来源", "媒體": "来源", "报章名称": "来源", "報章名稱": "来源", "来源": "来源",
    "來源": "来源", "出处": "来源", "出處": "来源", "刊物": "来源",
    "日期": "日期", "出版日期": "日期", "发布日期": "日期", "發佈日期": "日期", "时间": "日期",
    "時間": "日期", "作者": "作者", "记者": "作者", "記者": "作者",
}  # fmt: skip


def _whole_stories(soup: BeautifulSoup, page: str) -> list[str]:
    """A page showing several whole stories one after another (a portal's topic page, a news
    database's print view) -> each story as a page of its own, else []. Stories are sibling
    blocks alike (one tag and first class under one parent), each with a dated line over 200
    characters or more of paragraphs, together holding most of the page's paragraph text. A
    single story's sections carry no date of their own, and teasers no whole text."""
    found = _find(soup, _P)
    if not found or Counter(id(p.parent) for p in found).most_common(1)[0][1] >= 0.7 * len(found):
        return []  # most paragraphs in one block: one story's (cheap, before their text is read)
    paragraphs = [(p, len(p.get_text(strip=True))) for p in found]
    total = sum(n for _, n in paragraphs)
    if total < 2 * _STORIES_MIN:
        return []
    groups: dict[tuple, list[Tag]] = {}
    held: dict[int, int] = {}  # each block's paragraph text, in one pass
    for p, n in paragraphs:
        for depth, el in enumerate(p.parents):
            if depth > 6 or el.name in ("body", "html", "[document]") or el.parent is None:
                break  # (a story's block is near its paragraphs)
            if el.name not in _NOT_STORY_BLOCKS:
                held[id(el)] = held.get(id(el), 0) + n
                key = (id(el.parent), el.name, (_class_list(el) or [""])[0])
                group = groups.setdefault(key, [])
                if not group or group[-1] is not el:
                    group.append(el)
    best: list[Tag] = []
    for blocks in groups.values():
        sizes = [held[id(b)] for b in blocks]
        if len(blocks) < 2 or min(sizes) < _STORIES_MIN or sum(sizes) < 0.6 * total:
            continue  # (checked first: most groups are no such stories)
        if len(blocks) > len(best) and all(map(_whole_story, blocks)):
            best = blocks
    base = _saved_from(page)
    return [_story_page(b, base) for b in best]


_BRIEF_HEADINGS = frozenset({"h2", "h3"})


def _headed_stories(soup: BeautifulSoup, page: str) -> list[str]:
    """A mailed newsletter's briefs (端傳媒's 每日簡報), each story whole in the mail under a
    headline that links nowhere -> each brief as a page of its own, else []. Briefs are sibling
    blocks alike (one tag and first class under one parent), each its heading over paragraphs
    of its own, at least three with a heading unlinked (a featured story's block, linked, is
    one of them), together holding most of the mail's paragraph text. A brief prints no date
    of its own: the mail's day is its. Digests of linked headlines are lists (_headlines)."""
    groups: dict[tuple, list[Tag]] = {}
    for heading in _find(soup, _BRIEF_HEADINGS):
        block = heading.parent
        if block is None or block.parent is None or block.name in _NOT_STORY_BLOCKS:
            continue
        group = groups.setdefault(
            (id(block.parent), block.name, (_class_list(block) or [""])[0]), []
        )
        if not group or group[-1] is not block:  # (by identity: alike blocks are equal)
            group.append(block)
    total = sum(len(p.get_text(strip=True)) for p in _find(soup, _P))
    for blocks in groups.values():
        unlinked = [b for b in blocks if _first(b, _BRIEF_HEADINGS).find("a") is None]
        if len(unlinked) < 3:
            continue
        held = [sum(len(p.get_text(strip=True)) for p in _find(b, _P)) for b in blocks]
        if min(held) >= 80 and sum(held) >= 0.6 * total:
            base = _saved_from(page)
            return [_story_page(b, base) for b in blocks]
    return []


_STORY_DATE = re.compile(r"(?:19|20)\d\d\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}")


def _whole_story(block: Tag) -> bool:
    """A block with a dated line before its first paragraph (a story's length of them)."""
    first = _first(block, _P)
    before = []
    for s in block.descendants:
        if s is first:
            break
        if isinstance(s, NavigableString) and not isinstance(s, Comment):
            before.append(str(s))
    return bool(_STORY_DATE.search(" ".join(before)))


def _story_page(block: Tag, base: str | None) -> str:
    """One story's block as a page: its print view's fields (标题, 媒体 in two cells) as a
    headline and a source line, its counter gone, the link of its headline as its address."""
    fields, first = [], _first(block, _P)
    for row in block.find_all("tr"):
        cells = row.find_all(["td", "th"], recursive=False)
        label = _text(cells[0]).rstrip(":：") if len(cells) == 2 else ""
        if not label or len(label) > 8:
            continue
        if (role := _FIELD_LABELS.get(label)) == "title":
            fields.insert(0, f"<h1>{_text(cells[1])}</h1>")
        elif role:  # over the story's first paragraph, where a page prints its source and date
            fields.append(f"<p>{role}：{_text(cells[1])}</p>")
        row.decompose()  # (its number, page and word count are the database's)
    for markup in fields:
        first.insert_before(_soup(markup).body.contents[0])
    for el in block.find_all(True):
        if el.name in ("div", "p", "span") and _COUNTER.fullmatch(_text(el)):
            el.decompose()
    heading = _first(block, _H_TAGS)
    if heading is None:  # a print view's headline, set in a classed block
        heading = next(
            (el for el in block.find_all(True) if _HEADLINE_CLASS.search(_classes(el))), None
        )
        if heading is not None:
            heading.name = "h1"
    if heading is not None:  # the headline over the fields, as a page prints it
        block.insert(0, heading.extract())
    link = heading.find("a", href=True) if heading is not None else None
    url = (
        _join(base, link["href"].strip()) if link is not None and _real_href(link["href"]) else None
    )
    head = f'<link rel="canonical" href="{url}">' if url else ""
    return f"<html><head>{head}</head><body>{block}</body></html>"


_HEADLINE_CLASS = re.compile(r"(^|[\s_-])(headline|title)($|[\s_-])", re.I)


# A page break a word processor writes inline (Word's "Web Page, Filtered" export).
_PAGE_BREAK = re.compile(r"style=[\"'][^\"']*page-break-(?:before|after)\s*:\s*always", re.I)
_PAGE_LINES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li"})


def paged_text(page: str) -> str | None:
    """A word processor's export with page breaks, as text: one line a paragraph, a rule line
    (==========) at each break (a compilation of stories puts each on a page of its own; see
    text.sections). None for a page without breaks."""
    if not _PAGE_BREAK.search(page):
        return None
    pages: list[list[str]] = [[]]
    for el in _soup(page).find_all(True):
        inside = el.find_parent(_PAGE_LINES) is not None  # (its line took its break)
        breaks = "" if inside else _breaks(el)
        if "before" in breaks and pages[-1]:
            pages.append([])
        if el.name in _PAGE_LINES and not inside:
            if any("before" in _breaks(inner) for inner in el.find_all(True)) and pages[-1]:
                pages.append([])  # (Word may set the break inside the next page's heading)
            if line := _text(el):
                pages[-1].append(line)
        if "after" in breaks:
            pages.append([])
    pages = [p for p in pages if p]
    return "\n\n==========\n\n".join("\n\n".join(p) for p in pages) if len(pages) > 1 else None


def _breaks(el: Tag) -> str:
    style = (el.get("style") or "").lower().replace(" ", "")
    if "page-break" not in style:
        return ""
    return " ".join(w for w in ("before", "after") if f"page-break-{w}:always" in style)


_MICRODATA_ITEM = re.compile(r"itemtype=[\"']?https?://schema\.org/(?:News)?Article\b", re.I)


def _microdata_items(soup: BeautifulSoup, base: str | None) -> list[dict]:
    """A page of schema.org Articles marked up as microdata (a Google Alerts mail, a search's
    results): each item's linked name, its publisher (the outlet), its description and its
    datePublished, when at least two such items, none holding a story's text, hold most of the
    page's text. A redirect around an item's link (google.com/url?url=…) is removed."""
    scopes = [
        el
        for el in soup.find_all(attrs={"itemtype": _MICRODATA_ITEM_TYPE})
        if el.has_attr("itemscope") and not el.find(attrs={"itemprop": "articleBody"})
    ]
    items = []
    ids = {id(el) for el in scopes}
    for scope in scopes:
        link = scope.find(attrs={"itemprop": "url"})
        name = scope.find(attrs={"itemprop": ("name", "headline")})
        href = (link.get("href") or link.get("content") or "") if link is not None else ""
        if name is None or not _real_href(href) or any(id(p) in ids for p in scope.parents):
            continue
        title = _text(name)
        if not 6 <= len(title) <= 100:
            continue
        publisher = scope.find(attrs={"itemprop": ("publisher", "sourceOrganization")})
        outlet = publisher.find(attrs={"itemprop": "name"}) if publisher is not None else None
        about = scope.find(attrs={"itemprop": "description"})
        when = scope.find(attrs={"itemprop": "datePublished"})
        shown = (when.get("content") or when.get("datetime") or _text(when)) if when else ""
        items.append({
            "title": title,
            "url": _item_url(base, href.strip()),
            "text": f"{shown}\n{_text(scope)}" if shown else _text(scope),
            "summary": _text(about) if about is not None else "",
            "outlet": (outlet.get("content") or _text(outlet)) if outlet is not None else None,
        })  # fmt: skip
    body = _first(soup, _BODY_TAG) or soup
    if len(items) < 2 or sum(len(i["text"]) for i in items) < 0.6 * len(_text(body)):
        return []
    return items


_MICRODATA_ITEM_TYPE = re.compile(r"^https?://schema\.org/(?:News)?Article/?$", re.I)


def _wider_list(soup: BeautifulSoup, root: Tag, base: str | None, found: list[dict]) -> list[dict]:
    """A list page's items when the container holding the most paragraph text is a box beside
    them (its pictures' captions, a ranking): the whole page's list, if the box holds under a
    third of the page's text and the page's list is longer than the box's (`found`)."""
    body = _first(soup, _BODY_TAG)
    if body is None or root is body or len(_text(root)) >= 0.3 * len(_text(body)):
        return []
    wider = _headlines(body, base)
    return wider if len(wider) > len(found) else []


_TRACKER = re.compile(r"(?:link|links|click|clicks|email|mail|t|trk|track|go|r)\.", re.I)
_LINKED_H1 = re.compile(r"<h[12]\b[^>]*>\s*<a\s", re.I)


_BLOG_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,8})(?:的博客|的部落格|的BLOG|的blog|的网志|的網誌)"
)


def _headline_link(soup: BeautifulSoup) -> str | None:
    """The address the page's one <h1> links to, when it is a post's own page (its path has a
    name; not the site's front page, a search or a redirect)."""
    heads = soup.find_all("h1", limit=2)
    if not heads and soup.title is not None:
        # (or its one <h2>, the page's <title> again: a blog's mail of a new post, WordPress's)
        h2s = soup.find_all("h2", limit=2)
        heads = h2s if len(h2s) == 1 and _text(h2s[0]) == _text(soup.title) else []
    if len(heads) == 1 and _BLOG_NAME.fullmatch(_text(heads[0])):
        return None  # a blog's name over its post (陈伟国的博客), linking the blog's front page
    link = heads[0].find("a", href=True) if len(heads) == 1 else None
    href = (link["href"] or "").strip() if link is not None else ""
    if not href.startswith(("http://", "https://")) or _HOME_HREF.match(href):
        return None
    if "redirect" in href or "?" in href or len(urlparse(href).path.strip("/")) < 8:
        return None
    if _TRACKER.match(urlparse(href).netloc) or "eyJ" in href:  # a mail's click tracker
        return None
    return href if _text(link) == _text(heads[0]) else None


_PROSE_RUN = re.compile(r"[^\s]{50}")


def _holds_prose(el: Tag) -> bool:
    """A block with paragraphs of text in it, unlike a search, login or comment form."""
    return sum(len(p.get_text(strip=True)) for p in el.find_all("p", limit=200)) > 60


def _prose(root: Tag, outside: set[int] | None = None) -> NavigableString | None:
    """The first text outside links with a run of 50 characters without a space: a story's
    paragraph (a list page's dates, labels and spaced-out copyright lines have none).
    `outside`: ids of elements whose text does not count."""
    return next(
        (
            s
            for s in root.descendants
            if type(s) is NavigableString  # lazily: an article's first paragraph answers
            and _PROSE_RUN.search(s)
            and s.find_parent("a") is None
            and s.parent.name not in ("script", "style")
            and (not outside or id(s) not in outside)
        ),
        None,
    )


def _topic_standfirst(text: NavigableString) -> Tag | None:
    """The block of text when it is a short standfirst right after the page's main heading
    (a topic page's 专题｜金正恩访问俄罗斯 and its banner, then what the topic is; the heading
    may be taken out as the title), in a box of their own: not an article's lead over its
    related cards, else None."""
    block = text.parent
    if len(_text(block)) > 200 or block.parent is None:
        return None
    before = [el for el in block.find_previous_siblings(True) if _text(el)]
    if len(_text(block.parent)) <= 300:
        return block if all(el.name == "h1" for el in before) else None
    # (or in a box of its own right under the banner, which holds the heading, maybe taken
    # out, and a short line without links: 新华网's <div id="banner"><h1>朝韩首脑会晤</h1>
    # <p>板门店 · 2018年4月27日</p></div>)
    banner = before[0] if before else None
    if banner is None or block.find_previous_sibling(True) is not banner or banner.find("a"):
        return None
    heading = banner.find("h1")
    return block if len(_text(banner)) <= (len(_text(heading)) if heading else 0) + 40 else None


def _under_headline_link(text: NavigableString) -> bool:
    """The text's block follows a link with a headline's length (a card's summary), which is
    all its holder says (not a row of share buttons: Facebook 分享 LINE 電郵) or, in a heading,
    with its source and time beside it (a search result's <h2><a>…</a> <span>中新网
    2024-12-03 23:10:05</span></h2>). The block may open a wrapper under the heading
    (<div class="r-info"><p class="content">…)."""
    block = _line_of(text)
    for _ in range(2):
        for sib in block.find_previous_siblings(limit=2) if block is not None else ():
            if isinstance(sib, Tag) and sib.name in _HEADLINE_HOLDERS:
                link = sib if sib.name == "a" else sib.find("a")
                if link is not None and len(title := _text(link)) >= 6:
                    extra = 40 if sib.name in _H_TAGS else 10
                    return len(_text(sib)) <= len(title) + extra and not is_boilerplate(title)
        if block is None or block.parent is None or block.find_previous_sibling() is not None:
            break
        block = block.parent
    return False


_HEADLINE_HOLDERS = frozenset({"a", "h2", "h3", "h4", "h5", "div", "p"})


def _styled_headlines(root: Tag) -> list[Tag]:
    """An e-mail's items styled inline, their headlines in no heading: a headline-long link
    opening its block (but for a short number over it) whose address a button under it
    (閱讀全文 ›) links again, or styled bold (中央社's: font-weight:bold)."""
    found = []
    for a in _find(root, _A):
        block, href = a.parent, (a.get("href") or "").strip()
        if block is None or block.name != "div" or not _real_href(href):
            continue
        before = a.find_previous_sibling()
        if before is not None and len(_text(before)) > 4 or not 6 <= len(_text(a)) <= 100:
            continue
        buttons = [
            b
            for b in block.find_all("a", recursive=False)
            if b is not a
            and (b.get("href") or "").strip() == href
            and not _headline_sized(_text(b))
        ]
        if buttons or _BOLD_STYLE.search(a.get("style") or ""):
            found.append(a)
    return found


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def _headline_sized(text: str) -> bool:
    """Not a button's words (阅读原文 ›, 查看网页版); an empty link (a card's cover) still counts."""
    text = text.strip(" ›»>→")
    return not text or (len(text) >= 6 and not is_boilerplate(text))


def _teasers(root: Tag, base: str | None) -> list[dict]:
    """Sibling blocks that each open with one linked heading: title, link, the block's text
    (for its date) and its summary paragraphs, without the date lines."""
    groups: dict[int, list[dict]] = {}
    held = [
        a.parent for a in _find(root, _A) if a.parent is not None and a.parent.name in _LINK_HOLDERS
    ]
    # (a lone link that is a button, 阅读原文 › under each item, is no heading)
    alone = (el for el in held if _link_alone(el) and _headline_sized(_text(el)))
    headings = [*_find(root, _ITEM_HEADINGS), *alone, *_styled_headlines(root)]
    # a block opened by one heading each: several in one block are a list of links in it
    # (its text is not each item's)
    shared = Counter(id(h.parent) for h in headings)
    # how many headings each element holds: an item's block is the widest holding only its
    # own (an old page's table per item: its time row, title row and text row)
    holds = Counter(id(el) for h in headings for el in h.parents)
    for heading in headings:
        block = heading.parent
        if block is None or block is root or block.parent is None or shared[id(block)] > 1:
            continue
        while (
            block.parent is not root
            and block.parent.parent is not None
            and (holds[id(block.parent)] == 1)
        ):
            block = block.parent
        if _text(block) == _text(heading) and (rows := _rows_under(block, holds)):
            block = _wrapped([block, *rows])  # (an e-mail's rows: the headline's, its summary's)
        if item := _index_item(block, heading, base):
            # the list holding the item blocks, above any wrapper of one (a table's row)
            holder = block.parent
            while holder.parent is not None and len(holder.find_all(True, recursive=False)) == 1:
                holder = holder.parent
            groups.setdefault(id(holder), []).append(item)
    items = max(groups.values(), key=len, default=[])
    return items if len(items) >= 3 else []


def _rows_under(block: Tag, holds: Counter) -> list[Tag]:
    """The sibling blocks under a block holding only its headline, up to a rule or the next
    headline's block (an e-mail's table rows: the headline's row, then its summary's): [] if
    they hold no paragraph."""
    rows = []
    for sib in block.find_next_siblings(True):
        if holds[id(sib)] or ((sib.name == "hr" or sib.find("hr") is not None) and not _text(sib)):
            break
        rows.append(sib)
    return rows if any(_text(p) for row in rows for p in _find(row, _P)) else []


def _wrapped(blocks: list[Tag]) -> Tag:
    """The blocks moved, in order, into one new block where the first was."""
    soup = next(el for el in blocks[0].parents if isinstance(el, BeautifulSoup))
    wrapper = blocks[0].wrap(soup.new_tag("div"))
    for el in blocks[1:]:
        wrapper.append(el.extract())
    return wrapper


_CLOCK_FIRST = re.compile(r"\s*\d{1,2}:\d{2}(?!\d)")
_CARD_ITEMS = frozenset({"div", "li", "article", "section", "dl"})
_SOURCE_TAGS = frozenset({"div", "span", "p", "cite", "em", "small"})


def _cards(root: Tag, base: str | None, held: list[Tag] | None = None) -> list[dict]:
    """Sibling cards of one class (at least five), each another story's: its headline link
    (the longest link text), maybe an image linking the same address, a summary, a section
    label and a time (a client-rendered index page). The chosen cards go into `held`."""
    groups: dict[tuple[int, str], list[Tag]] = {}
    for el in _find(root, _CARD_ITEMS):
        # (a definition list needs no class to be an item: <dl><dt>picture<dd>headline…)
        if ((classes := _class_list(el)) or el.name == "dl") and el.parent is not None:
            # by the first class: a lead card adds its own (article-card card-lg)
            groups.setdefault((id(el.parent), classes[0] if classes else el.name), []).append(el)
            if el.name == "article":  # <article> cards in clusters of a few (Google News)
                groups.setdefault((0, classes[0]), []).append(el)
                # (all of them, a cluster's lead card classed apart from the rest)
                groups.setdefault((0, ""), []).append(el)
    best: list[dict] = []
    for cards in groups.values():
        if len(cards) < 5:
            continue
        items = [item for card in cards if (item := _card_item(card, base))]
        if len(items) >= 0.8 * len(cards) and len(items) > len(best):
            # the lead card over the grid, a block of its own (澎湃: div.big_card before it)
            lead = cards[0].parent.find_previous_sibling()
            first = (
                _card_item(lead, base)
                if lead is not None and lead.name in _CARD_ITEMS and _first(lead, _H_TAGS)
                else None
            )
            if first and first["url"] not in {i["url"] for i in items}:
                items, cards = [first, *items], [lead, *cards]
            best = items
            if held is not None:
                held[:] = cards
    return best


def _card_item(card: Tag, base: str | None) -> dict | None:
    links = [a for a in _find(card, _A) if _real_href(a.get("href"))]
    titled = [(len(_text(a)), a) for a in links]
    if not titled:
        return None
    _, headline = max(titled, key=lambda t: t[0])
    href = headline["href"].strip()
    if len(same := [a for a in links if a["href"].strip() == href]) > 1:
        # (its picture, headline and summary each linked: the headline is the marked one)
        headline = _story_headline(same, card)
    others = [
        a
        for n, a in titled
        if a is not headline and n > 8 and a["href"].strip() != href and not _source_name(_text(a))
    ]  # (a link to the item's source is no other story's: Feedly's 联合早报 - 国际)
    # a link around the whole card (image, headline, summary, date), or one of several to the
    # same story (its image, its heading, its summary): the heading is the title
    heading = next(
        (h for _, a in titled if a["href"].strip() == href and (h := _first(a, _H_TAGS))), headline
    )
    if others or not 6 <= len(_text(heading)) <= 100 or _AD_ITEM.search(_classes(card)):
        return None
    # a line of its own naming a known outlet: the source an aggregator's card shows
    source = _listed_source(card) or next(
        (n for a in links if a is not headline and (n := _source_name(_text(a)))), None
    )
    stamp = card.find("time", attrs={"datetime": True})  # (its text may be relative: 3小时前)
    # (its parts apart: a time beside a count is no longer time, 09:41 and 1.2万; its date
    # line first, before a date its picture's caption or its summary names)
    text = " ".join(sorted(card.stripped_strings, key=lambda s: not is_date_only(s)))
    text = f"{stamp['datetime']} {text}" if stamp is not None else text
    return {"title": _text(heading), "url": _item_url(base, href), "text": text,
            "summary": _summary(card, heading), "outlet": source,
            "author": _item_writer(card)}  # fmt: skip


_WRITER_CLASS = re.compile(r"(?:^|[-_])(?:author|byline|writer|reporter)(?:s|[-_]?name)?$", re.I)


def _item_writer(card: Tag) -> str | None:
    """The writer a list item names in a block classed so, before its date: <div
    class="author"><a>鄭又嘉</a><span class="date">…, <div class="nl-byline">CHOE SANG-HUN
    2024年12月4日 (not a date printed first)."""
    block = card.find(class_=_WRITER_CLASS)
    name = re.split(r"\d", _text(block))[0].strip() if block is not None else ""
    return name if 2 <= len(name) <= 60 else None


def _source_name(text: str) -> str | None:
    """The outlet a source label names, maybe with its feed's section or its Latin name
    (联合早报 - 国际, DW 德国之声 | 中文, 自由亚洲电台 RFA)."""
    if len(text) > 30:
        return None
    name = re.split(r"\s+[-|｜/]\s+", text)[0]
    return (
        known_outlet(text)
        or known_outlet(name)
        or next((found for part in name.split() if (found := known_outlet(part))), None)
    )


_AD_ITEM = re.compile(r"(^|[\s_-])(ad|ads|advert\w*|sponsor\w*|promo)($|[\s_-])", re.I)
_H_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _index_item(block: Tag, holder: Tag, base: str | None) -> dict | None:
    """An index page's item: the one real link in holder (the item itself, or its heading) as
    title and address, the block's text (for its date) and its summary outside the headline
    (the link, or the heading). None unless there is one link with a headline's length."""
    if _AD_ITEM.search(_classes(block)):
        return None  # an advertisement set among the items (li.item.ad-item)
    links = [a for a in holder.find_all("a") if _real_href(a.get("href"))]
    if holder.name == "a":  # the headline is the link itself (an e-mail's styled item)
        links = [holder]
    # (a section's or a tag's word linking elsewhere is the item's label: 國際, 兩岸)
    words = {id(a) for a in links if len(_text(a)) <= 4 and a.find("img") is None}
    links = [a for a in links if id(a) not in words] or links
    if len({a["href"].strip().split("#")[0] for a in links}) == 1 and len(links) > 1:
        # an image, the headline and its comments, all linking the story: the headline is
        # the bold or titled one, else the longest text
        links = [_story_headline(links, block)]
    # a link around the whole card (image, headline, source, time): its heading is the title
    heading = _first(links[0], _H_TAGS) if len(links) == 1 else None
    title = _text(heading or links[0]) if len(links) == 1 else ""
    if not 6 <= len(title) <= 100 or is_boilerplate(title):  # 在浏览器中查看 (view in browser)
        return None
    headline = links[0] if holder is block else holder
    return {"title": title, "url": _item_url(base, links[0]["href"].strip()), "text": _text(block),
            "summary": _summary(block, headline), "outlet": _listed_source(block),
            "author": _item_writer(block)}  # fmt: skip


_TITLED = re.compile(r"tit|headline", re.I)
_HEADLINE_MARKS = frozenset({"strong", "b", *_H_TAGS})


def _story_headline(links: list[Tag], block: Tag) -> Tag:
    """Of several links to one story in a list item (its picture, its headline, its summary,
    its comments), the headline: the one set bold or in a heading, or classed a title
    (div.list-titles), when only one is; else the longest text (a summary linked too is
    longer than the headline, so it is the last resort)."""

    def titled(a: Tag) -> bool:
        if a.find(_HEADLINE_MARKS) is not None or a.find(class_=_TITLED) is not None:
            return True  # (bold or classed a title inside the link: <a><span class="tit">)
        for el in (a, *a.parents):
            if el is block:
                return False
            if el.name in _HEADLINE_MARKS or _TITLED.search(" ".join(_class_list(el))):
                return True
        return False

    marked = [a for a in links if titled(a) and 6 <= len(_text(a)) <= 100]
    return marked[0] if len(marked) == 1 else max(links, key=lambda a: len(_text(a)))


def _listed_source(block: Tag) -> str | None:
    """A line of its own in an item naming a known outlet: the source a list shows (搜狗微信's
    account, an aggregator's outlet)."""
    return next(
        (
            t
            for el in block.find_all(_SOURCE_TAGS)
            if not el.find(True) and known_outlet(t := _text(el))
        ),
        None,
    )


def _summary(item: Tag, headline: Tag) -> str:
    """The paragraphs of a list item outside its headline, without date lines."""
    around = {id(el) for el in (headline, *headline.parents)}
    texts = [
        _without_button(p)
        for p in _find(item, _P)
        if id(p) not in around and headline not in p.parents
    ]
    return "\n\n".join(t for t in texts if t and not is_date_only(t))


def _without_button(p: Tag) -> str:
    """A summary's text without the short link closing it (…共同目标。[详细], 阅读全文›)."""
    text = _text(p)
    links = p.find_all("a")
    button = _text(links[-1]) if links else ""
    if button and len(button) <= 6 and text.endswith(button) and len(text) > len(button) + 20:
        return text[: -len(button)].rstrip()
    return text


def _real_href(href: str | None) -> bool:
    href = (href or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:", "data:", "vbscript:"))


def _main(soup: BeautifulSoup) -> Tag:
    """The container holding the most paragraph text (one pass over the paragraphs)."""
    body = _first(soup, _BODY_TAG) or soup
    totals: dict[int, int] = {}
    elements: dict[int, Tag] = {}
    shares: dict[int, float | None] = {}
    total = 0
    paragraphs = [(p, len(p.get_text(strip=True))) for p in _find(body, _P)]
    in_p = sum(n for _, n in paragraphs)
    if in_p < 200:  # paragraphs may be set as <div class="paragraph">, each its text alone
        # (or an old page's text in one <font>, its paragraphs parted by <br><br>)
        divs = [(d, n) for d in _find(body, _TEXT_HOLDERS) if (n := _own_text(d)) > 40]
        if (own := sum(n for _, n in divs)) >= 150 and own > 3 * in_p:
            paragraphs = divs
    anywhere: dict[int, int] = {}  # every block's paragraph text, for a page without names
    for p, n in paragraphs:
        total += n
        for parent in p.parents:
            if parent is body:
                break
            key = id(parent)
            anywhere[key] = anywhere.get(key, 0) + n
            elements[key] = parent
            if key not in shares:
                shares[key] = _container_share(parent)
            if shares[key] is not None:
                totals[key] = totals.get(key, 0) + n
    # a container that misses most of the page's paragraphs is a teaser box, not the article;
    # a compound one with a paragraph before it wraps the story without its lead
    held = [
        k
        for k in totals
        if (totals[k] >= shares[k] * total or _most_of_story(totals[k], total))
        and (shares[k] == _USUAL or not _lead_before(elements[k]))
    ]
    for p, n in paragraphs if paragraphs and paragraphs[0][0].name == "div" else []:
        # a text div named as the story's may hold it all, its paragraphs parted by <br>
        # (东亚日报's <div class="article_txt">)
        share = _container_share(p)
        if share and n >= share * total and (share == _USUAL or not _lead_before(p)):
            elements[id(p)], totals[id(p)] = p, n
            held.append(id(p))
    if not held and totals:
        # none holds its share of the page: of the text outside the sidebar and the footer?
        aside = {k for k, el in elements.items() if _furniture_named(el)}
        outside = total - sum(n for p, n in paragraphs if any(id(el) in aside for el in p.parents))
        held = [
            k
            for k in totals
            if outside < total
            and totals[k] >= shares[k] * outside
            and k not in aside
            and (shares[k] == _USUAL or not _lead_before(elements[k]))
        ]
    if not held:
        # no container named at all (class names a build tool hashed: _3ygOc): the innermost
        # block with nine tenths of the paragraph text
        whole = [k for k, n in anywhere.items() if total >= 300 and n >= _STORY_SHARE * total]
        # (a list page's few paragraphs, a sidebar's or a footer's, are no story)
        if totals or not whole or total < 0.3 * len(_text(body)) or _headlines(body, None):
            return body
        inner = _innermost(whole, elements)
        # a list of items is read from around it (_headlines looks inside the root)
        if inner.name in _LIST_TAGS or inner.name in ("table", "tbody"):
            return body
        # the story's photo beside its text block: the block holding both (not the page's
        # whole wrapper, its menus and lists around them: an Evernote clip's inline styles)
        if (
            inner.parent not in (None, body)
            and any(
                _photo(img) for sib in _previous_blocks(inner) for img in [sib, *_find(sib, _IMG)]
            )
            and _few_links_beside(inner)
        ):
            return inner.parent
        return inner
    root = elements[max(held, key=lambda k: totals[k])]
    # (a held <article> inside it with most of its text is the story's own: the wrapper adds
    # only its boxes, comments, the writer's card and the footer, 今日头条's main-content)
    inner = [k for k in held if elements[k].name == "article" and root in elements[k].parents]
    if inner and (k := max(inner, key=lambda k: totals[k])) and totals[k] >= 0.7 * totals[id(root)]:
        root = elements[k]
    # (a held block inside it with all but a few words of its text, and no lead or picture
    # before it, is the story's: the rest is the titles of boxes around it, 熱門推播 and 今日熱門
    # over their lists)
    inner = [
        k
        for k in held
        if root in elements[k].parents
        and totals[k] >= 0.97 * totals[id(root)]
        and not _lead_or_photo_before(elements[k], root)
    ]
    if inner:
        root = elements[min(inner, key=lambda k: totals[k])]
    root = _story_column(root)
    # a container of text divs holds the story's text alone: its photo is beside it
    if (
        paragraphs
        and paragraphs[0][0].name == "div"
        and root.parent not in (None, body)
        and any(_first(sib, _IMG) or sib.name == "img" for sib in _previous_blocks(root))
    ):
        root = root.parent
    # one card of a list of many (a rolling news page whose items have summaries): the list
    # is read from around it (_headlines looks inside the root)
    for item in [root, *root.parents][:5]:  # the card may be a few levels up
        lst = item.parent
        if lst is None or lst.parent is None or item.name not in _CARD_ITEMS:
            continue
        first = (_class_list(item) or [None])[0]
        alike = [
            el
            for el in lst.find_all(item.name, recursive=False)
            if (_class_list(el) or [None])[0] == first
        ]
        if len(alike) >= 5 and len(_headlines(lst.parent, None)) >= 5:
            return lst.parent
    return root


_SIDE_PARTS = frozenset({"side", "sidebar", "right", "aside", "rail"})


def _story_column(root: Tag) -> Tag:
    """Of a page's two columns, the story's: when every block in root but one is a side
    column by its name (side-container, cs_right, detailRight: a stock box, a ranking) and
    that one holds nine tenths of root's paragraph text. Else root."""
    blocks = [el for el in root.find_all(True, recursive=False) if _text(el)]
    main = [
        el
        for el in blocks
        if el.name != "aside"
        and not any(
            _SIDE_PARTS & {w.lower() for w in re.findall(r"[A-Za-z][a-z]*", name)}
            for name in _class_list(el)
        )
    ]
    if len(blocks) < 2 or len(main) != 1:
        return root
    held = sum(len(p.get_text(strip=True)) for p in _find(main[0], _P))
    total = sum(len(p.get_text(strip=True)) for p in _find(root, _P))
    return main[0] if held >= 0.9 * total else root


_STORY_SHARE = 0.9  # of the paragraphs' text, in a block no class name calls the story's


def _few_links_beside(block: Tag) -> bool:
    """Its parent holds, besides it, no list and three links at most (a byline's, a
    section's): an article's wrapper, not the page's with its menus and link lists."""
    inside = {id(el) for el in block.descendants}
    outside = [el for el in _find(block.parent, _LINKS_AND_LISTS) if id(el) not in inside]
    return not any(el.name != "a" for el in outside) and len(outside) <= 3


def _most_of_story(held: int, total: int) -> bool:
    """A compound-named block with no lead before it may hold less than its share when it
    holds a story's worth and most of the page's text: the rest is the head, a caption,
    the foot and the footer's lines (an old page of 韩民族日报)."""
    return held >= 300 and held >= 0.6 * total


def _innermost(keys: list[int], blocks: dict[int, Tag]) -> Tag:
    """The deepest of these blocks. Each holds most of the same text, so they nest: the
    deepest is the one that holds the least besides it."""
    return max((blocks[k] for k in keys), key=lambda el: len(list(el.parents)))


_NOT_PHOTO = re.compile(r"avatar|logo|icon|head_?img|portrait", re.IGNORECASE)


def _photo(img: Tag) -> bool:
    """An image that is a photo of the story: not a link's (an author's avatar links to their
    page) and not named as an avatar, logo or icon."""
    return (
        img.name == "img"
        and img.find_parent("a") is None
        and not _NOT_PHOTO.search(f"{_classes(img)} {img.get('src') or ''}")
    )


def _previous_blocks(el: Tag) -> list[Tag]:
    return [s for s in el.find_previous_siblings(limit=4) if isinstance(s, Tag)]


def _own_text(el: Tag) -> int:
    """Characters of text directly in el, not in its child elements."""
    return sum(len(t.strip()) for t in el.find_all(string=True, recursive=False))


def _lead_before(el: Tag) -> bool:
    """True when a paragraph of text comes before el in its parent: a sentence or a long line,
    not a photo's caption beside its image, nor the head's date and byline lines."""
    for sib in el.find_previous_siblings():
        if not isinstance(sib, Tag) or sib.name in ("img", "h1") or _first(sib, _PHOTO_OR_HEAD):
            continue
        for p in [sib] if sib.name == "p" else _find(sib, _P):
            if len(text := _text(p)) > 24 or text.endswith(("。", "！", "？")):
                return True
    return False


_PHOTO_OR_HEAD = frozenset({"img", "h1"})


def _lead_or_photo_before(el: Tag, root: Tag) -> bool:
    """True when a lead paragraph or a picture comes before el inside root."""
    for block in [el, *el.parents]:
        if block is root:
            return False
        if _lead_before(block) or any(
            sib.name == "img" or _first(sib, _IMG) for sib in block.find_previous_siblings()
        ):
            return True
    return False


_LINKS_AND_LISTS = frozenset({"a", "ul", "ol"})


def _images(root: Tag, doc: Doc, soup: BeautifulSoup, base: str | None) -> None:
    """Figures and images become an image line plus a caption line with its credit."""
    loose = [img for img in _find(root, _IMG) if img.find_parent("figure") is None]
    for fig in _find(root, _FIGURE):
        img = fig.find("img")
        credit = None
        if (label := fig.find(string=_SOURCE_LABEL)) is not None:  # 图像来源，Getty Images
            source = label.find_next(string=True)
            credit = source.strip() if source else None
            label.extract()
            if source:
                source.extract()
        cap_el = fig.find("figcaption")
        caption = _text(cap_el) if cap_el else (img.get("alt", "") if img else "")
        caption = _CAPTION_LABEL.sub("", caption)  # 图像加注文字，… (BBC's hidden labels)
        if credit:
            caption = f"{caption}（图片来源：{credit}）"
        _replace_image(fig, img, caption, doc, soup, base)
    for img in loose:
        if _gone(img):  # inside a block an earlier image's caption took with it
            continue
        while (
            img.parent is not None and img.parent.name in _STYLE_WRAPPERS and not _text(img.parent)
        ):
            img.parent.unwrap()  # (<i class="pic-con"><img></i>: no emphasis to write around it)
        caption = (img.get("alt") or img.get("title") or "").strip()
        if not caption and _ICON_FILE.search(img.get("src") or ""):
            img.decompose()  # a drawn icon (ipLocation.svg beside where a post was sent from)
            continue
        # (with alt text too: <p class="f_center"><img alt="…"><br>the printed caption</p>)
        beside = _caption_beside(img)
        below = None if beside else _caption_below(img, alt=bool(caption))
        if beside is not None:
            caption = _text(beside)
            for child in list(beside.contents):
                if child is not img and img not in getattr(child, "descendants", ()):
                    child.extract()
        if below is not None:
            caption = _text(below)
            below.decompose()
        elif caption and (again := _caption_again(img, caption)) is not None:
            again.decompose()
            below = again
        # a link to the picture itself: the caption goes under the picture, unlinked
        link, captioned = img.parent, beside is not None or below is not None
        if (
            captioned
            and link is not None
            and link.name == "a"
            and _IMAGE_FILE.search(link.get("href") or "")
        ):
            link.unwrap()
        _replace_image(img, img, caption, doc, soup, base)
    for el in root.find_all(class_=_CAPTION_BOX):
        # a caption whose picture did not come with the page (東森: a video box over
        # <div class="img-caption">▲…（圖／翻攝自朝鮮中央電視台）</div>): a picture's caption
        text = _text(el) if not _gone(el) and el.find("img") is None else ""
        if 0 < len(text) <= 150 and split_credit(text, caption=True)[1]:
            _replace_image(el, None, text.lstrip("▲△■ "), doc, soup, base)


_CAPTION_BOX = re.compile(  # (文匯報: pic-desc)
    r"^(?:img|pic|photo|image)?[_-]?caption$|^(?:img|pic|photo|image)[_-]?(?:desc|txt|text)$",
    re.IGNORECASE,
)


# (or a button's picture: common/img/print.gif)
# (or a style sheet's drawing, kept in its folder: /cnews/css13/img/end_i.gif)
_ICON_FILE = re.compile(
    r"\.svg(?:[?#]|$)|/(?:print|btn\w*|icon\w*)\.(?:gif|png)(?:[?#]|$)|/css\d*/\S*\.gif(?:[?#]|$)",
    re.I,
)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:[?#]|$)", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^\s*(?:图像加注文字|圖像加註文字|image caption)\s*[，,]\s*", re.I)
_SOURCE_LABEL = re.compile(r"^\s*(?:图像来源|圖像來源|image source)\s*[，,]\s*$", re.I)
_HOLDER_NAMES = ("p", "div", "section")  # blocks that hold an image or its caption
_INLINE_WRAPPERS = frozenset({"a", "i", "span", "em", "strong", "b"})
_STYLE_WRAPPERS = _INLINE_WRAPPERS - {"a"}
_CENTERED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"caption|legend|pic|img|photo|desc|note|图|圖", re.IGNORECASE)


def _caption_beside(img: Tag) -> Tag | None:
    """The paragraph holding an image and, under it (after a <br>, or centred), a short caption
    (<p class="f_center"><img><br>资料图</p>); None when text comes before the image."""
    holder = img.parent
    while holder is not None and holder.name == "a":
        holder = holder.parent
    if holder is None or holder.name not in _HOLDER_NAMES or len(holder.find_all("img")) != 1:
        return None
    text = _text(holder)
    # (a picture's block by its class may set the caption in a <dd> (<div class="media pic"><img>
    # <dd>…), or in a paragraph when it credits a source: <div class="photo"><a><img></a><p>…
    # 首爾民眾在國會外歡呼。（法新社）</p></div>)
    pictured = _CAPTION_CLASS.search(_classes(holder))
    if not text or len(text) > 100:
        return None
    if _first(holder, _P) is not None and not (pictured and sourced_caption(text)):
        return None
    for el in holder.descendants:
        if el is img:
            break
        if isinstance(el, NavigableString) and el.strip():
            return None
    centred = _CENTERED.search(holder.get("style") or "") or "center" in _classes(holder).lower()
    return holder if centred or pictured or holder.find("br") is not None else None


def _after_lone_image(img: Tag) -> Tag | None:
    """The element after the block an image stands alone in, when it holds no image itself:
    where a caption printed under the image is."""
    holder = img.parent
    while holder is not None and holder.name in _INLINE_WRAPPERS and not _text(holder):
        holder = holder.parent  # (the picture wrapped inline: <p><i class="pic-con"><img></i></p>)
    if holder is None or holder.name not in _HOLDER_NAMES or _text(holder):
        return None
    nxt = holder.find_next_sibling()
    for _ in range(2):  # (a cell alone in its row, as an old page's table of photo and caption)
        if nxt is not None or holder.parent is None or holder.parent.name not in _HOLDER_NAMES:
            break
        holder = holder.parent
        nxt = None if _text(holder) else holder.find_next_sibling()
    return None if nxt is None or nxt.find("img") is not None else nxt


def _caption_again(img: Tag, caption: str) -> Tag | None:
    """The paragraph after an image's own, or the element right after the image or its link,
    that repeats its alt text as a visible caption (<a href="….jpg"><img alt="…"></a>
    <span class="ph_b">…</span>)."""
    said = _norm(caption).strip()
    linked = img.parent is not None and img.parent.name == "a" and not _text(img.parent)
    for nxt in (_after_lone_image(img), (img.parent if linked else img).find_next_sibling()):
        if nxt is not None and _norm(_text(nxt)).strip() == said:
            return nxt
    return None


def _caption_below(img: Tag, *, alt: bool = False) -> Tag | None:
    """The caption of an image alone in its paragraph is often the next paragraph: short, and
    centred or classed as a caption, or ending in a photo credit (新华社记者李贺摄). Or it is
    the image's next sibling in one wrapper, classed as a caption or only a credit
    (<img><p class="imgDesc">…</p>, <img><p>Photo : YONHAP News</p>). An image with alt text
    takes only a next paragraph set in italics as its caption (feeds: <img alt><p><em>…)."""
    if alt:
        # (the image may be wrapped in its link: <a href="….jpg"><img alt></a><p class="caption">)
        linked = img.parent is not None and img.parent.name == "a" and not _text(img.parent)
        nxt = (img.parent if linked else img).find_next_sibling()
        if (
            nxt is None
            and (below := _after_lone_image(img)) is not None
            and len(_text(below)) <= 60
        ):
            # (or the next block when the image is alone in its own, if short: <div
            # class="itemImage"><img></div><div class="itemImageCaption">…; a gallery's long
            # descriptions under each picture stay)
            nxt = below
        # (or a span classed as one: <img alt="…"><span class="img_descr">…</span>)
        spanned = nxt is not None and nxt.name == "span" and _CAPTION_CLASS.search(_classes(nxt))
        # (or a figure's caption out of a figure: <div class="main-figure"><img><figcaption>)
        spanned = spanned or (nxt is not None and nxt.name == "figcaption")
        if nxt is None or (nxt.name not in _HOLDER_NAMES and not spanned) or len(_text(nxt)) > 200:
            return None
        styled = (
            (nxt.name == "p" and _italic_only(nxt))
            or nxt.name == "figcaption"
            or _CAPTION_CLASS.search(_classes(nxt))
        )
        return nxt if styled else None
    nxt = _after_lone_image(img)
    beside = nxt is None
    if beside:
        nxt = img.find_next_sibling()
        while nxt is not None and nxt.name == "br":  # (<img><br><span class="picdesc">…)
            nxt = nxt.find_next_sibling()
        if nxt is None or nxt.find("img"):
            return None
    if nxt.name not in _HOLDER_NAMES and not (
        nxt.name in ("span", "font")
        # (an old page's: <img><br><font size="2">资料图：…（自由亚洲电台资料图）</font>; or
        # classed a caption after the image's block: <div><img></div><span class="contentImg">)
        and (_CAPTION_CLASS.search(_classes(nxt)) or (beside and CAPTION_START.match(_text(nxt))))
    ):
        return None
    text = _text(nxt)
    if not text or len(text) > 150:
        return None
    if beside:
        credit_only = not split_credit(text, caption=True)[0]
        # (or a sentence closed by its source, as archive.today's inlined page prints it:
        # <div><img><p style="…">…画面。（韩联社）</p></div>)
        captioned = credit_only or _CAPTION_CLASS.search(_classes(nxt)) or sourced_caption(text)
        return nxt if captioned else None
    styled = _CENTERED.search(nxt.get("style") or "") or nxt.get("align") == "center"
    if styled or _CAPTION_CLASS.search(_classes(nxt)) or split_credit(text)[1]:
        return nxt
    if sourced_caption(text):  # …島上民宅冒出濃煙。（美聯社）
        return nxt
    if len(text) <= 80 and split_credit(text, caption=True)[1]:
        return nxt  # a short line crediting its source as captions do: …截圖。網上圖片
    return nxt if CAPTION_START.match(text) else None


def _italic_only(el: Tag) -> bool:
    """All of the element's text is inside <em> or <i>."""
    italic = "".join(_text(i) for i in el.find_all(["em", "i"]) if not i.find_parent(["em", "i"]))
    return bool(italic) and _norm(italic) == _norm(el.get_text())


# Lazy-loading pages put the real address in a data attribute and a placeholder in src.
_LAZY_SRC = ("data-src", "data-original", "data-lazy-src", "data-url", "data-actualsrc")


# A lazy loader's stand-in image: /static/images/blank.gif, spacer.gif, 1x1.png, loading.gif
_PLACEHOLDER = re.compile(
    r"/(?:blank|spacer|pixel|1x1|transparent|loading|grey|placeholder)\.(?:gif|png|jpg|svg)$", re.I
)


def _img_src(img: Tag) -> str | None:
    """The image's address: src, unless it is a placeholder (data: URI, missing) and a lazy
    loader's attribute holds the real one."""
    src = (img.get("src") or "").strip()
    if not src or src.startswith("data:") or _PLACEHOLDER.search(src) or _SAVED_COPY.match(src):
        src = next((img[a].strip() for a in _LAZY_SRC if (img.get(a) or "").strip()), "")
    return None if not src or src.startswith("data:") or _SAVED_COPY.match(src) else src


# A browser's saved copy of a picture beside the page (./标题_files/1.jpg, file:///C:/…): its
# original address is lost, and joined to the page's it would name a file the site never had.
_SAVED_COPY = re.compile(r"(?!https?:|//)(?:\./)?[^/?#]*_files/|file:", re.IGNORECASE)


def _replace_image(el, img, caption, doc, soup, base) -> None:
    src = _img_src(img) if img is not None else None
    url = _join(base, src) if src else None
    caption, credit = split_credit(caption or "", caption=True)
    if not (url or caption) or _APP_BANNER.match(caption) or (src and _QR_CODE.search(src)):
        el.decompose()  # an app banner (打开央视新闻客户端), a QR code to scan
        return
    doc.images.append({"url": url, "caption": caption or None, "credit": credit})
    new = soup.new_tag("div")
    if url:
        p = soup.new_tag("p")
        p.append(soup.new_tag("img", src=url, alt=caption or ""))
        new.append(p)
    if caption or credit:
        p = soup.new_tag("p")
        em = soup.new_tag("em")
        em.string = caption + (f"（{credit}）" if credit else "")
        p.append(em)
        new.append(p)
    el.replace_with(new)


_APP_BANNER = re.compile(r"(?!.*。)(?:打开|打開|下载|下載|扫码|掃碼|扫一扫|掃一掃).{0,24}$")
_QR_CODE = re.compile(r"(?:^|[/_.-])(?:ewm|qrcode|qr[_-]?code|erweima|wxcode)(?:[_.-]|$)", re.I)
_BYLINE = re.compile(
    r"(^|[\s_-])(meta|post-meta|entry-meta|byline|author|date|time|pubtime|publish\w*|dateline"
    r"|updatetime|info|source|article-info|timestamp|ip|location|credits?|reporters?|writers?|journalists?|zuozhe)($|[\s_-])",
    re.IGNORECASE,
)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_UPDATE_LABEL = re.compile(
    r"(?:最后更新|最後更新|更新|修改|updated?|modified)\s*(?:时间|時間|于|於|on|at)?\s*[:：]?\s*$",
    re.I,
)


def _time(t: Tag) -> None:
    """A <time> before it is read as evidence: an update time (class updated or modified,
    without published) is not the publication date and goes; one that shows a relative time
    (2小时前, "3 hours ago") shows its machine-readable datetime instead."""
    classes = _classes(t).lower()
    # (WordPress marks the entry's own date "entry-date updated": that is its date)
    if re.search(r"updated|modified", classes) and not re.search(r"published|entry-date", classes):
        t.decompose()
        return
    # labelled as one by the words before it (最后更新：<time>) or by its short holder's class
    before = t.previous_sibling
    holder = t.parent
    if (isinstance(before, NavigableString) and _UPDATE_LABEL.search(before)) or (
        holder is not None
        and re.search(r"updated|modified", _classes(holder).lower())
        and len(_text(holder)) <= 60
    ):
        t.decompose()
        return
    stamp = (t.get("datetime") or "").strip()
    if _ISO_DAY.match(stamp) and not FULL_DATE.search(_text(t)):
        t.string = stamp
    elif t.find(True) is not None:  # its parts in spans, digits meeting digits: a space apart
        parts = [p.strip() for p in t.strings if p.strip()]  # (08:22 2023/08/31, not 08:222023)
        if any(a[-1].isdigit() and b[0].isdigit() for a, b in itertools.pairwise(parts)):
            t.string = " ".join(parts)


_TODAY_CLASS = re.compile(r"(^|[\s_-])today($|[\s_-])", re.I)


def _bylines(soup: BeautifulSoup, doc: Doc) -> None:
    """Short blocks marked as meta/byline/date anywhere on the page (often outside the article
    container): their text holds the author and date, so it joins the dateline evidence."""
    for el in _find(soup, _BYLINE_TAGS):
        classes = "founder-author" if el.name == "founder-author" else _classes(el)  # (e-paper's)
        if _gone(el) or not _BYLINE.search(classes) or _TODAY_CLASS.search(classes):
            continue  # (a top bar's today: TodayDate, date-today)
        # fields of the block (date, source, author) are often spans run together: keep a gap
        text = re.sub(r"\s+", " ", el.get_text(" ")).strip()
        if _listed_story_date(el, text) or RELATED_LABEL.match(text):
            continue  # (关联信息 …: other pages' titles with their dates)
        if text and len(text) <= 120 and text not in doc.bylines:
            doc.bylines.append(text)


def _unrepeated(bylines: list[str]) -> list[str]:
    """Byline blocks without those an earlier one holds (an info bar, then its source span
    again): only four are read as the dateline, and the reporter's may be fifth. Date lines
    stay (their order tells the story's date from a top bar's day)."""
    bare = [re.sub(r"\s+", "", b) for b in bylines]
    return [
        b
        for i, b in enumerate(bylines)
        if is_date_only(b) or not any(bare[i] in other for other in bare[:i])
    ]


def _listed_story_date(el: Tag, text: str) -> bool:
    """The date of another story in a list of links (related news, previous and next)."""
    li = el if el.name == "li" else el.find_parent("li")
    if li is None:  # a link, a line break, then its date: <a>六方會談在北京復會</a><br><span>
        before = el.find_previous_sibling(lambda t: t.name != "br")
        return (
            before is not None
            and before.name == "a"
            and _real_href(before.get("href"))
            and len(_text(before)) >= 6
            and bool(_LEADING_DATE.match(text))
        )
    return is_date_only(text) and any(_real_href(a.get("href")) for a in li.find_all("a", limit=3))


_LEADING_DATE = re.compile(r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


# An element holding only the author's name: <a class="author__Name">, <span class="author">.
_AUTHOR_NAME_CLASS = re.compile(
    r"(^|[\s_-])(authors?|byline)([_-]{0,2}(name|nick|nickname))?($|[\s_-])", re.IGNORECASE
)


def _not_inline(tag: Tag) -> bool:
    return tag.name not in ("a", "span")


_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff·]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
_NAME_TAGS = frozenset({"a", "span", "div", "p"})
_AUTHORISH = re.compile(r"author|byline|/user_\d", re.IGNORECASE)


_BOARD_TITLE_CELL = re.compile(r"<th[^>]*>\s*(?:标题|標題|题目|題目|제목)\s*</th>")
_BOARD_TITLES = frozenset({"标题", "標題", "题目", "題目", "제목"})
_BOARD_HEADLINE = "peninsula-board-headline"  # (the class of the headline _board_view writes)
_BOARD_DATE = re.compile(r"发布日期|發布日期|发表日期|發表日期|日期|登录日|登錄日|등록일|时间|時間")


def _board_view(soup: BeautifulSoup) -> None:
    """A notice board's page (a ministry's press releases: 统一部): a table of labelled rows
    (标题 / 发布日期 / 浏览次数 / 担当部门 / 附件) around the cell of the text. Written as the
    headline, the date and the text; the board's other rows go."""
    for th in soup.find_all("th", limit=40):
        if _text(th) not in _BOARD_TITLES or (cell := th.find_next_sibling("td")) is None:
            continue
        table = th.find_parent("table")
        texts = [
            td for td in (table.find_all("td") if table else ()) if len(td.find_all("p")) >= 2
        ]  # (the text's cell: paragraphs, not a row's value)
        if not texts:
            continue
        page = soup.new_tag("div")
        headline = soup.new_tag("h1", attrs={"class": _BOARD_HEADLINE})
        headline.string = _text(cell)
        page.append(headline)
        for label in table.find_all("th"):
            if _BOARD_DATE.fullmatch(_text(label)) and (day := label.find_next_sibling("td")):
                line = soup.new_tag("p")
                line.string = _text(day)
                page.append(line)
        text = texts[0].extract()
        text.name = "div"
        page.append(text)
        table.replace_with(page)
        return


def _credits_list(soup: BeautifulSoup) -> list[str]:
    """The writers of a credits list, a role and its names a pair (報導者: <dt>文字</dt>
    <dd>林雨潔、張宏安</dd> <dt>攝影</dt><dd>…</dd>), read as a credits block is, a role and its
    names a line (fields.credited_writers)."""
    for dl in soup.find_all("dl", limit=12):
        rows = [
            f"{_text(dt)} {_text(dd) if (dd := dt.find_next_sibling('dd')) else ''}"
            for dt in dl.find_all("dt", recursive=False)
        ]
        if writers := credited_writers(rows):
            return writers
    return []


def _author_name(soup: BeautifulSoup, doc: Doc) -> None:
    """The author's name set alone in an author-classed element, as page metadata (a byline
    block that prints the name beside a line about the reporter names no one by rule)."""
    if known_outlet(doc.meta.get("author")):
        del doc.meta["author"]  # <meta name="author" content="联合早报">: the outlet, no writer
    if writers := _credits_list(soup):
        doc.meta.setdefault("author", "、".join(writers))
        return
    for el in _find(soup, _NAME_TAGS):
        raw = f"{' '.join(el.get('class') or ())} {el.get('id') or ''}".lower()
        if "author" not in raw and "byline" not in raw:
            continue  # cheap test first: most elements have neither word
        if "quote" in raw:
            continue  # the person a quote box quotes (article__quote-author: 金正恩)
        if (
            _AUTHOR_NAME_CLASS.search(_classes(el))
            and not el.find(_not_inline)
            and not _in_comments(el)  # (a reader's name over their comment)
        ):
            name = _text(el).strip(" ·•|｜,，")  # dw.com · 魏蘇珊 (Pocket's byline)
            name = _ROLE_BEFORE_NAME.sub("", name)  # 首尔特派员　藤原健太
            if (
                _NAME_SHAPE.fullmatch(name)
                and not known_outlet(name)
                and not not_a_person(name)
                and (bare_name(name) or not HAN.search(name))  # (廣告, 作者資訊 ▸: no name)
            ):
                doc.meta.setdefault("author", name)
                return
    # a link to the author's page above the story (百家号: author.baidu.com/home?app_id=…)
    for el in soup.descendants:
        if isinstance(el, NavigableString):
            if len(el.strip()) > 60 and el.parent is not None and el.parent.name == "p":
                return  # the story has begun
        elif el.name == "a" and WRITER_HREF.search(el.get("href") or ""):
            name = _text(el).strip()
            if _NAME_SHAPE.fullmatch(name) and not known_outlet(name):
                doc.meta.setdefault("author", name)
                return


def _writer_lists(root: Tag, doc: Doc) -> None:
    """A list whose items are each one link to a writer's page (美国之音: - [林楓](/author/…)):
    the byline, not text."""
    for lst in _find(root, _LIST_TAGS):
        items = lst.find_all("li", recursive=False)
        links = [li.find("a") for li in items]
        if not items or not all(
            a is not None
            and WRITER_HREF.search(a.get("href") or "")
            and _text(a) == _text(li)
            and _NAME_SHAPE.fullmatch(_text(a))
            for a, li in zip(links, items, strict=True)
        ):
            continue
        doc.bylines.append("作者：" + "、".join(_text(a) for a in links))
        lst.decompose()
        return


def _credit_rows(root: Tag, doc: Doc) -> None:
    """A long read's credits a role a line in one block over the text (文字 許雅晴 / 攝影 鄭宇辰
    / 設計 黃柏翰, the names often linked to their pages): the writers are the byline; the block
    goes."""
    for el in _find(root, _P)[:6]:
        if writers := credited_writers(_broken_lines(el)):
            doc.bylines.append("作者：" + "、".join(writers))
            el.decompose()
            return


def _broken_lines(el: Tag) -> list[str]:
    """An element's text split at its <br>s and newlines (its links' words kept in their line)."""
    parts = [
        "\n" if isinstance(d, Tag) else str(d)
        for d in el.descendants
        if type(d) is NavigableString or (isinstance(d, Tag) and d.name == "br")
    ]
    return "".join(parts).split("\n")


def factiva_pairs(page: str) -> list[tuple[str, str]] | None:
    """A Factiva full record's coded rows (<td class="index"><b>HD</b></td><td>…</td>) as
    (code, text) pairs, paragraphs apart; None for any other page."""
    if "articleParagraph" not in page and ">HD<" not in page:
        return None
    pairs = []
    for td in _soup(page).find_all("td", class_="index"):
        code, value = _text(td), td.find_next_sibling("td")
        if code in FACTIVA_CODES and value is not None:
            paragraphs = [_text(p) for p in value.find_all("p")] or [_text(value)]
            pairs.append((code, "\n\n".join(p for p in paragraphs if p)))
    return pairs or None


def factiva_print(page: str) -> str | None:
    """Factiva's print view (its stories one after another, each a block of its fields a line
    each, its paragraphs and its document number) as the text Factiva exports, for
    text.factiva_documents; None for any other page."""
    if "articleParagraph" not in page or "factiva" not in page[:3000].lower():
        return None
    blocks = [
        div
        for div in _soup(page).find_all("div", class_="article")
        if div.find(class_=re.compile("articleParagraph", re.I)) is not None
    ]
    lines = [
        _text(el)
        for block in blocks
        for el in block.find_all(["div", "p"])
        if el.find(["div", "p"]) is None and _text(el)
    ]
    return "\n\n".join(lines) or None


def _in_comments(el: Tag) -> bool:
    """Inside the readers' comments (a block whose class or id says so)."""
    for parent in el.parents:
        if parent.name in ("body", "[document]"):
            return False
        if "comment" in f"{' '.join(parent.get('class') or ())} {parent.get('id') or ''}".lower():
            return True
    return False


_ROLE_BEFORE_NAME = re.compile(
    r"^\S{0,10}?(?:特派员|特派員|记者|記者|撰稿人|通讯员|通訊員|评论员|評論員)[\s\u3000]*(?=\S)"
)


_KEEPS_BLOCK = frozenset({"h1", "h2", "h3", "img", "p", "figure", "table", "ul", "ol"})
_DATE_BOXES = _DATE_TAGS | {"tr"}
# What a publication line has and a page-top "today" widget (2024年6月5日 星期三) has not.
_LATIN_DAY = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}")
_PUBLISHED_CUE = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}|来源|來源|作者|记者|記者|编辑|編輯|发布|發布|發佈"
)


# A page's top bar naming the day it was shown: 今天是2024年6月3日 星期一.
_TODAY = re.compile(
    r"(?:今天是|今日是|今天|今日)\s*[:：]?\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)


_TOPBAR_DAY = re.compile(
    r">\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:星期|周|週)[一二三四五六日天]\s*<"
)


def _page_day(soup: BeautifulSoup, doc: Doc) -> None:
    """The day the page was shown, from its "today is" line: what a list's relative times
    (2小时前, 昨天 21:40) and yearless dates are read against."""
    for s in soup.find_all(string=_TODAY, limit=3):
        if len(s.strip()) <= 30 and (m := _TODAY.search(s)):
            try:
                doc.meta["page_day"] = date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                continue
            s.extract()
            return


def _opening(root: Tag, size: int = 400) -> str:
    """The first `size` characters or so of root's text, without reading all of it."""
    found, n = [], 0
    for s in root.descendants:
        if type(s) is NavigableString:
            found.append(s)
            n += len(s)
            if n >= size:
                break
    return " ".join(found)


# A day in the ROC era with its three-digit year: 113年10月07日
_ROC_DAY = re.compile(r"(?<!\d)1[0-3]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ROC_LABEL = re.compile(r"發布|發佈|发布|刊登|出版|日期")
# A Taiwanese office's date field, its year of two digits (the ROC era): 發布日期 99年11月23日
_ROC_OFFICE_DAY = re.compile(rf"{ROC_DATE_LABEL}\s*[:：|｜]?\s*\d{{2}}\s*年\s*\d{{1,2}}\s*月")


def _date_box_before(root: Tag, doc: Doc) -> None:
    """The title's date and source line, printed between the title and the article's
    container (2024年06月03日08:12 | 来源：人民网): the nearest short block with a full date and
    a time or a label, among the blocks before the container and before its parent."""
    if root.name == "body":
        return
    if FULL_DATE.search(_opening(root)):
        return  # the container prints its own date (a ticker's time above it is another story's)
    # the day alone right over the text (令和6年10月31日), when the text begins with no date of
    # its own and the day is no top bar's today
    nearest = root.find_previous_sibling()
    text = _text(nearest) if nearest is not None and nearest.name in _DATE_BOXES else ""
    if (
        is_date_only(text)
        and not _TODAY_CLASS.search(_classes(nearest))
        and article_date("", header=text).precision == "day"
        and article_date("", header=_opening(root)).precision is None
    ):
        doc.bylines.insert(0, text)
        return
    for level in (root, root.parent):
        for sib in level.find_previous_siblings() if level is not None else ():
            for el in [sib, *reversed(_find(sib, _DATE_BOXES))]:
                if el.name not in _DATE_BOXES or _first(el, _KEEPS_BLOCK) or _labelled_update(el):
                    continue
                # a print view's fields in a table row: 来源：新华社 | 作者：… | 发布时间：…
                text = " ".join(el.get_text(" ").split()) if el.name == "tr" else _text(el)
                # (or as an English edition prints it: Posted April. 22, 2024 07:51,)
                day = (
                    FULL_DATE.search(text)
                    or _ROC_OFFICE_DAY.search(text)
                    # (labelled: 發布時間：113年10月07日 10:30; not a broadcast's 整點新聞 113年…)
                    or (_ROC_DAY.search(text) if _ROC_LABEL.search(text) else None)
                    or (_LATIN_DAY.search(text) if is_date_only(text) else None)
                )
                if (
                    len(text) <= 100
                    and day
                    and _PUBLISHED_CUE.search(text)
                    # (not a quote widget's: 行情更新：2024-07-05 11:30)
                    and not _UPDATE_LABEL.search(text, 0, day.start())
                ):
                    if text not in doc.bylines:
                        doc.bylines.insert(0, text)
                    return


def _dated(doc: Doc) -> bool:
    """Whether the page has dated the story already: its metadata, a date line, a byline's."""
    return (
        "published_time" in doc.meta
        or bool(doc.date_hints)
        or any(map(FULL_DATE.search, doc.bylines))
    )


def _date_box_under(root: Tag, doc: Doc) -> None:
    """The story's date printed under its container (RTHK: <div class="createddate">2024-11-13
    HKT 15:42</div>), when the page dates it nowhere else."""
    if _dated(doc):
        return
    under = root.find_next_sibling()
    text = _text(under) if under is not None and under.name in _DATE_TAGS else ""
    if is_date_only(text) and FULL_DATE.search(text) and not _labelled_update(under):
        doc.date_hints.append(text)
        under.decompose()


def _date_in_title(page_title: str, doc: Doc) -> None:
    """The day closing the page's <title> (DW: 普京访问平壤… – DW – 2024年6月19日), when the
    page dates the story nowhere else: a reader's or a print view's copy keeps only that."""
    if _dated(doc):
        return
    if day := _TITLE_DAY.search(page_title):
        doc.date_hints.append(day["day"])


_TITLE_DAY = re.compile(
    r"(?:\s[-–—|｜_]\s|[|｜_])\s*"
    r"(?P<day>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)


def _date_box_after(root: Tag, doc: Doc) -> None:
    """An old page's labelled date and writer in the table row under the story's cell
    (【作者：金春花 李东浩】【发布日期：2024-06-12】【点击：1342】), when nothing dated the story
    above it: the nearest short block after the container (or its row) with a full date and a
    label. It goes last among the bylines (a date over the story counts first)."""
    if root.name == "body" or FULL_DATE.search(_opening(root)):
        return
    if any(FULL_DATE.search(line) for line in doc.bylines):
        return
    for level in (root, root.parent):
        for sib in list(level.find_next_siblings())[:2] if level is not None else ():
            text = " ".join(sib.get_text(" ").split())
            if len(text) <= 120 and FULL_DATE.search(text) and _LABELLED_DATE.search(text):
                doc.bylines.append(text)
                return


_LABELLED_DATE = re.compile(r"(?:发布|發布|發佈|刊发|刊發|更新)?(?:日期|时间|時間)\s*[:：]")


def _byline_before(root: Tag, doc: Doc) -> None:
    """An old page's byline set in a table row of its own over the story's cell (■明報記者 陳子晴
    河內報道): a short line naming a reporter who reported, among the few blocks before it."""
    if root.name == "body":
        return
    for level in (root, root.parent):
        for sib in list(level.find_previous_siblings())[:4] if level is not None else ():
            text = _text(sib)
            if len(text) <= 40 and _REPORTED_BY.search(text):
                doc.bylines.append(text)
                return
            if len(text) <= 60 and _FULL_DATE_LINE.search(text) and _BRACKET_BYLINE.search(text):
                doc.bylines.append(text)  # 2010-11-24　中國時報　【黃正忠∕綜合報導】
                return
            if len(text) <= 80 and len(_CREDIT_FIELD.findall(text)) >= 2:
                doc.bylines.append(text)  # 责编：李嘉宝　｜　作者：何思远　｜　来源：人民日报海外版
                return
            # a reporter's line of its own in the head over the story (澎湃新闻记者 沈怡然)
            for el in sib.find_all(_BYLINE_TAGS) if len(text) <= 400 else ():
                if not el.find(True) and _REPORTER_ALONE.fullmatch(line := _text(el)):
                    doc.bylines.append(line)
                    return


_REPORTED_BY = re.compile(
    r"(?:记者|記者).{1,16}(?:报道|報道|报导|報導)$"
    r"|^[\u4e00-\u9fff·、]{2,20}\s*[∕/／]\s*\S{0,6}(?:报道|報道|报导|報導)$"  # 王嘉源、吳美玲∕綜合報導
)


def _after_end_mark(root: Tag) -> None:
    """A wire's end mark alone in its block (（完）) under a story's worth of text: whatever
    follows it in the container is not the story (a reposter's own comment, the desk's notes)."""
    told = 0
    for el in _find(root, _END_MARK_BLOCKS):
        if _gone(el):
            continue
        text = _text(el)
        if END_MARK_LINE.fullmatch(text) and told >= 200:
            node = el
            while node is not root and node is not None:
                for sib in list(node.next_siblings):
                    sib.extract()
                node = node.parent
            return
        if el.name == "p":
            told += len(text)


_END_MARK_BLOCKS = frozenset({"p", "div"})


def _repost_note(root: Tag, doc: Doc) -> None:
    """A reposter's note over the story naming where it came from and its writer (知乎:
    本文转载自《联合早报》，作者：王劭宁…): the header's, not the story's."""
    for el in _find(root, _NOTE_BLOCKS)[:6]:
        text = _text(el)
        if text and len(text) <= 150 and _REPOST_NOTE.match(text) and not _first(el, _NOTE_BLOCKS):
            doc.bylines.insert(0, text)  # (first: it names the story's own writer and outlet)
            el.decompose()
            return


_NOTE_BLOCKS = frozenset({"p", "blockquote", "div"})
_REPOST_NOTE = re.compile(
    r"^\s*[（(【]?\s*(?:本文|此文|文章)?(?:转载自|轉載自|转自|轉自)\s*[《「]?[^》」，,。\s]{2,16}[》」]?"
)
# A writer's name over the desk's kind of story: 鄭允和∕綜合報導, 林宜萱／編譯
_DESK_BYLINE = re.compile(
    r"[\u4e00-\u9fff]{2,4}\s*[／/∕]\s*(?:綜合報導|综合报道|編譯|编译|專題報導|专题报道|特稿|外電報導|外电报道)"
)
_REPORTER_ALONE = re.compile(
    r"[\u4e00-\u9fff]{0,10}(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}(?:\s*[ 、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3}"
)
# a labelled field of a story's credits, in a line of two or more (its block unnamed)
_CREDIT_FIELD = re.compile(
    r"(?:^|[|｜\s])(?:作者|来源|來源|责编|責編|责任编辑|責任編輯|编辑|編輯|记者|記者)\s*[:：]\s*\S"
)
_BRACKET_BYLINE = re.compile(r"【[^【】]{2,16}(?:报道|報道|报导|報導)】")


def _meta_above_story(root: Tag) -> None:
    """Meta blocks (byline, date, info classes) above the story's first text, holding no
    heading, image, paragraph or real link (an author's block may hold the last two): their
    text is already evidence (_bylines)."""
    found: list[Tag] = []
    for el in root.descendants:
        if isinstance(el, Tag):
            if el.name in _BYLINE_TAGS and _BYLINE.search(_classes(el)):
                found.append(el)
        elif len(el.strip()) > 40 and not any(f in el.parents for f in found):
            break  # the story has begun
    for el in found:
        # an author's block may link the author's page, show the author's photo and set the
        # name as a paragraph
        author = _AUTHOR_CLASS.search(_classes(el))
        if (
            not _gone(el)
            and len(_text(el)) <= 120
            and not _first(el, _KEEPS_BLOCK - _AUTHOR_KEEPS if author else _KEEPS_BLOCK)
            and (author or not any(_real_href(a.get("href")) for a in _find(el, _A)))
        ):
            el.decompose()


_AUTHOR_CLASS = re.compile(r"(^|[\s_-])(author|byline)($|[\s_-])", re.IGNORECASE)
_AUTHOR_KEEPS = frozenset({"p", "img"})
# The author's card under the story (photo, name, a line about them, "more by"): not the story.
_AUTHOR_CARD = re.compile(
    r"(^|[\s_-])author[_-]{0,2}(card|box|bio|profile|intro|more|about|info[_-]{0,2}(block|box|card))"
    r"($|[\s_-])",
    re.IGNORECASE,
)


# A list of labelled fields (發布日期：112-08-19 / 資料來源：外交部 / 點閱次數：4,817): the page's
# record of the story, above or under it, not the story. Its text joins the dateline evidence.
_FIELD_ITEM = re.compile(
    r"(?P<label>[^\s:：，,]{1,6})\s*[:：，,]\s*(?:\S.{0,40})?"
    r"|(?:报道自|報道自|发自|發自)\s*\S{1,10}"  # (BBC's: 作者, 章雨宁 / 职务, BBC中文 / 报道自 首尔)
)
_FIELD_LABEL = re.compile(
    r"(?:發布|发布|發佈|更新|上稿|建立|公告)?(?:日期|時間|时间)|(?:資料|资料)?(?:來源|来源)"
    r"|(?:發布|发布)?(?:單位|单位)|作者|記者|记者|(?:責任|责任)?(?:編輯|编辑)|職位|职位|職務|职务|角色"
    r"|报道自|報道自|报道地点|報道地點"  # (BBC's: 作者， / 角色， / 报道自，)
    r"|Author|Role"  # (or its English labels: 作者, … / Role, BBC首尔记者)
    r"|(?:點閱|点阅|瀏覽|浏览|點擊|点击|閱讀|阅读)(?:次數|次数|數|数)?|人氣|人气|編號|编号|文號|文号"
    r"|類別|类别|分類|分类|標籤|标签|關鍵字|关键字|關鍵詞|关键词"
)


_FIELD_WORDS = re.compile(
    r"(?:日期|時間|时间|來源|来源|單位|单位|作者|記者|记者|編輯|编辑|職位|职位|角色|次數|次数|編號|编号"
    r"|文號|文号|類別|类别|分類|分类|標籤|标签|關鍵字|关键字|關鍵詞|关键词|人氣|人气)\s*(?:</\w+>\s*)?[:：，,]"
)


def _field_lists(root: Tag, doc: Doc) -> None:
    for lst in _find(root, _LIST_TAGS):
        if _gone(lst):
            continue
        items = [_text(li) for li in lst.find_all("li", recursive=False)]
        shapes = [_FIELD_ITEM.fullmatch(t) for t in items]
        # (its date an item of its own: <li><time>2024年1月16日</time></li>)
        if len(items) < 2 or not all(
            m or is_date_only(t) for m, t in zip(shapes, items, strict=True)
        ):
            continue
        if sum(bool(m and m["label"] and _FIELD_LABEL.fullmatch(m["label"])) for m in shapes) < 2:
            continue
        doc.bylines.append(" ".join(items))
        label = lst.find_previous_sibling()
        if label is not None and _ABOUT_LABEL.match(_text(label)):
            label.decompose()  # (its label, 文章信息, labels no more: not the next paragraph)
        lst.decompose()


def _date_lines(root: Tag, doc: Doc) -> None:
    """Short blocks that are only a date or time are the dateline: keep as evidence, not body."""
    for el in _find(root, _DATE_TAGS):
        if _gone(el):
            continue
        text = _text(el)
        if _CLOCK_ONLY.fullmatch(text) and el.parent is not None and el.parent.name == "time":
            doc.date_hints.append(text)  # <time><span>14:12</span><span>2025/06/04</span></time>
            el.decompose()
            continue
        if not is_date_only(text) or _listed_story_date(el, text):
            continue  # (a related story's date in its list: <li><a>…</a><span>2023年12月26日)
        if _labelled_update(el):  # <span>資料更新時間：</span><span>113-06-21 09:14</span>
            el.decompose()
            continue
        if not _first(el, _HOLDERS):
            doc.date_hints.append(text)
            el.decompose()
    # the date and source set in bold in a short info line over the story (环球网: <strong
    # class="timeSummary">2013-02-13 07:35</strong><strong>环球时报</strong>)
    for el in _find(root, _BOLD):
        line = el.parent
        if _gone(el) or line is None or len(_text(line)) > 80 or "。" in _text(line):
            continue
        bolds = [b for b in line.find_all(_BOLD, recursive=False) if not _gone(b)]
        if is_date_only(_text(el)) and any(b is el for b in bolds):
            doc.date_hints.append(_text(el))
            for b in bolds:
                if b is el or known_outlet(_text(b)):
                    if b is not el:
                        doc.bylines.append(f"来源：{_text(b)}")
                    b.decompose()


_BOLD = frozenset({"strong", "b"})


def _labelled_update(el: Tag) -> bool:
    """A date whose label just before it (a string or a short block) says it is an update."""
    before = el.previous_sibling
    while isinstance(before, NavigableString) and not before.strip():
        before = before.previous_sibling
    if isinstance(before, Tag):
        before = _text(before) if len(before.get_text()) <= 20 else ""
    return isinstance(before, str) and bool(_UPDATE_LABEL.search(before))


# App-store addresses: a paragraph that only links there is an app promotion.
_APP_STORE = re.compile(r"//(play\.google\.com|apps\.apple\.com|itunes\.apple\.com)([/?#]|$)", re.I)


# Blocks inside a block, or line breaks: a block holding them is tested line by line later.
_SPLITS = _TEXT_BLOCKS | {"br", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
_SENTENCE = re.compile(r"[。！？]|[.!?](?:\s|$)")


def _boilerplate_blocks(root: Tag) -> None:
    """Remove furniture blocks. A block of several lines is tested whole only when it holds no
    sentence: a short story's container with a copyright line in it would otherwise read as
    that line (.*版权所有.*) and be lost; its lines are tested one by one later."""
    for el in _find(root, _TEXT_BLOCKS):
        if _gone(el):
            continue
        text = _text(el)
        if (
            _app_promo(el)
            or _button_row(el)
            or (
                is_boilerplate(text) and (not _SENTENCE.search(text) or _first(el, _SPLITS) is None)
            )
        ):
            el.decompose()


def _summary_box(el: Tag) -> bool:
    """A box over the story summing it up under its label (<div class="intro"><span>摘要
    </span><p>…</p></div>): the page's description, not the story's first paragraph."""
    if el.name not in ("div", "section"):
        return False
    first = next((s for s in el.strings if s.strip()), None)
    return (
        first is not None
        and first.parent is not el
        and _SUMMARY_LABEL.fullmatch(first.strip())
        and len(_text(el)) <= 300
    )


_SUMMARY_LABEL = re.compile(r"(?:摘要|导读|導讀|核心提示|内容提要|內容提要)\s*[:：]?")
_BOXES = frozenset({"div", "section"})


def _button_row(el: Tag) -> bool:
    """A row of buttons and counts set side by side with no space between them, each
    furniture alone (<a>+1</a><span>2367</span><a>收藏</a><a>我要举报</a>: +12367收藏我要举报)."""
    if len(el.contents) < 3 or any(
        isinstance(c, NavigableString) and c.strip() for c in el.contents
    ):
        return False
    words = [_text(c) for c in el.contents if isinstance(c, Tag)]
    words = [w for w in words if w]
    return (
        len(words) >= 3
        and all(len(w) <= 8 and (_COUNT.fullmatch(w) or is_boilerplate(w)) for w in words)
        and not all(_COUNT.fullmatch(w) for w in words)
    )


_COUNT = re.compile(
    r"[+＋]?\d[\d,.]*(?:\s+\d[\d,.]*)?\s*[万萬kKwW]?"
)  # (+1 248: a like and its count)


def _app_promo(el: Tag) -> bool:
    links = _find(el, _A)
    return (
        bool(links)
        and all(_APP_STORE.search(a.get("href") or "") for a in links)
        and _link_only(el)
    )


# A researcher's or a site's line naming the story's address: 原文链接：https://…
_SOURCE_LINK_LABEL = re.compile(
    r"^\s*(?:原文|原文链接|原文鏈接|原文网址|原文網址|原文地址|原文連結|本文链接|本文網址|source)\s*[:：]",
    re.I,
)


_SOURCE_LINK_WORDS = re.compile(r"原文|本文链接|本文網址|source\s*[:：]", re.I)


def _source_link(root: Tag, doc: Doc, base: str | None) -> None:
    """The story's address from a "原文链接：" line with one link (a note in a saved copy),
    when the page names none; the line is not story."""
    for p in _find(root, _P):
        if _gone(p) or not _SOURCE_LINK_LABEL.match(_text(p)):
            continue
        links = [a for a in p.find_all("a") if _real_href(a.get("href"))]
        if len(links) == 1 and len(_text(p)) <= 300:
            doc.url = doc.url or _join(base, links[0]["href"].strip())
            p.decompose()


def _links(root: Tag, base: str | None) -> None:
    """Keep real links (absolute); unwrap script links and in-page anchors."""
    for a in _find(root, _A):
        href = (a.get("href") or "").strip()
        if not _real_href(href):
            a.unwrap()
        else:
            a.attrs = {"href": _join(base, href)}


class _Md(MarkdownConverter):
    def convert_img(self, el, text, *args, **kwargs):  # keep images even inside paragraphs
        alt = (el.get("alt") or "").replace("]", "")
        return f"![{alt}]({el.get('src', '')})"


_BREAKS = re.compile(r"(?:[ \t]*  \n[ \t\xa0\u3000]*){2,}")


def _to_markdown(root: Tag) -> str:
    # Text that looks like markup ("&lt;script&gt;" in the page) must stay text in Markdown: a
    # tag needs its "<"; a ">" is markup only opening a line (a quote), and stays as it is in
    # the text (人民网>>国际, 朝鲜 > 韩国)
    for s in [s for s in root.descendants if type(s) is NavigableString]:
        opens = s.previous_sibling is None and s.lstrip().startswith(">")  # (its block's first)
        if "<" in s or opens:
            text = s.replace("<", "&lt;")
            s.replace_with(text.replace(">", "&gt;", 1) if opens else text)
    md = _Md(heading_style="ATX", bullets="-", strip=["span", "font"]).convert_soup(root)
    # <br><br> between runs of text is how older pages make paragraphs
    md = _BREAKS.sub("\n\n", md)
    lines, prev = [], None
    for line in md.split("\n"):
        text = line.strip()
        if text and (is_boilerplate(text) or text == prev or _furniture_item(text)):
            continue
        lines.append(line.rstrip())
        if text:
            prev = text
    return tidy("\n".join(lines))


def _furniture_item(text: str) -> bool:
    """A list item that is a toolbar's button or a counter (- 友善列印, - 點閱次數：2,154)."""
    return text[:2] in ("- ", "* ") and len(text) <= 40 and is_boilerplate(text[2:])


_PREPARED = frozenset({"time", "textarea", "amp-img", "script"})


def _headed(header: Tag) -> bool:
    """A <header> holding the article's headline (an h1 that is no logo), not the site's."""
    return (h1 := header.find("h1")) is not None and not _is_logo(h1) and len(_text(h1)) >= 6


_TRANSLATE_BOX = re.compile(r"^goog-(?:gt|te)-")


def _prepare(soup: BeautifulSoup) -> list[str]:
    """One walk before the page is read: comments go; a story hidden in a textarea is parsed;
    an AMP image becomes an image (its fallback children go); times are settled (_time).
    Returns the page's JSON app state (__NEXT_DATA__ and the like), for a page whose story
    a script renders (_app_story)."""
    comments, found, states = [], [], []
    for el in soup.descendants:
        if isinstance(el, Comment):
            comments.append(el)
        elif isinstance(el, Tag) and el.name in _PREPARED:
            found.append(el)
    for c in comments:
        c.extract()
    for el in found:
        if _gone(el):
            continue  # inside an element removed before it
        if el.name == "script":
            if el.get("type") == "application/json" or el.get("id") == "__NEXT_DATA__":
                states.append(el.string or "")
            elif (code := el.string or "") and (m := _STATE_ASSIGN.match(code)):
                states.append(code[m.end() :].strip().rstrip(";"))  # window.__INITIAL_STATE__ = {…}
        elif el.name == "textarea":
            _textarea_story(soup, el)
        elif el.name == "amp-img":
            el.name = "img"
            el.clear()
        else:
            _time(el)
    return states


def _cf_email(code: str) -> str | None:
    """An address Cloudflare coded into a page: hex bytes, the first the key the rest are
    XORed with. None when the code is not one."""
    try:
        raw = bytes.fromhex(code)
        text = bytes(b ^ raw[0] for b in raw[1:]).decode("utf-8")
    except (ValueError, IndexError, UnicodeDecodeError):
        return None
    return text if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text) else None


def _cf_emails(soup: BeautifulSoup) -> None:
    """Cloudflare hides a page's e-mail addresses ("[email protected]") and a script shows
    them: the address goes back in its place, so a closing 记者 line reads as it does on screen."""
    for el in soup.find_all(attrs={"data-cfemail": True}):
        if _gone(el) or not (address := _cf_email(el["data-cfemail"])):
            continue
        link = el.find_parent("a")
        target = link if link is not None and "email-protection" in link.get("href", "") else el
        target.replace_with(address)


# A page of frames saved without them: the <noframes> block holds the page for browsers
# without frames (the parser would read it as raw text). Its own <body> tags go.
_FRAMESET = re.compile(r"<frameset\b", re.IGNORECASE)
_FRAMESET_PAGE = re.compile(
    r"<noframes[^>]*>\s*(?:<body[^>]*>)?(?P<inner>.*?)(?:</body>\s*)?</noframes>",
    re.IGNORECASE | re.DOTALL,
)

# A word processor's comments in its HTML export: the anchor in the text (Google Docs
# <sup><a href="#cmnt1">[a]</a></sup>, Word's <a href="#_msocom_1">[A1]</a>) and the comment
# itself at the end (<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>…</p></div>). Both are the
# researcher's, not the story's.
_DOC_COMMENT = re.compile(r"""href=["']?#(?:cmnt|_msocom_|_msoanchor_)\w""")


def _note_over_copy(soup: BeautifulSoup, doc: Doc) -> None:
    """A researcher's note over the page they pasted, parted from it by a line saying the
    original follows (OneNote: ———— 以下为网页原文 ————, Foxmail's ---- 转发内容 ----) or by a
    forwarded mail's header: the note, its title and its day go (and under a header, the
    sender's own short note too: _note_under_header)."""
    if (mark := _original_mark(soup)) is None:
        return
    if _FORWARDED_FIELD.match(_text(mark)):
        _note_under_header(mark, doc)
    node = mark
    while node is not None and node.name not in ("body", "[document]"):
        for sib in list(node.previous_siblings):
            sib.extract()
        node = node.parent
    mark.decompose()


def _note_under_header(header: Tag, doc: Doc) -> None:
    """Under a forwarded mail's header, the sender's short note and the page's address over
    the pasted page's headline and its date line (王老师好，…先贴过来： / http://… /
    朝韩领导人签署… / 2018-09-19 13:28:12　来源：新华网): the note goes, the address is the
    page's, and the line over the date heads the page."""
    while header.find_next_sibling(_NOTE_MARK_BLOCKS) is None and header.parent is not None:
        header = header.parent  # (the fields' paragraph in its bordered box)
    blocks = [el for el in header.find_next_siblings(True, limit=8) if _text(el)]
    head = next(
        (
            k
            for k in range(len(blocks) - 1)
            if 6 <= len(_text(blocks[k])) <= 80
            and len(_text(blocks[k + 1])) <= 60
            and FULL_DATE.match(_text(blocks[k + 1]))
        ),
        None,
    )
    if head is None or head > 3 or any(len(_text(el)) > 120 for el in blocks[:head]):
        return
    for el in blocks[:head]:
        if BARE_URL.fullmatch(_text(el)):
            doc.meta.setdefault("url", _text(el))
        el.decompose()
    blocks[head].name = "h1"


def _original_mark(soup: BeautifulSoup) -> Tag | None:
    """The block saying the original follows (———— 以下为网页原文 ————), if the page has one,
    or the header fields of the last mail a mail forwards (寄件者: … 寄件日期: … 主旨: …)."""
    return next(
        (el for el in _find(soup, _NOTE_MARK_BLOCKS) if _ORIGINAL_BELOW.fullmatch(_text(el))), None
    ) or next(
        (
            el
            for el in reversed(_find(soup, _NOTE_MARK_BLOCKS))
            if len(text := _text(el)) <= 400 and len(set(_FORWARDED_FIELD.findall(text))) >= 3
        ),
        None,
    )


def _evernote_note(soup: BeautifulSoup, doc: Doc) -> None:
    """Evernote's export of a note as a page: the note's fields in a table over the clip
    (创建时间、更新时间、作者、来源、标签) are the note's: the address it names is the page's,
    the day it was made bounds the story's, the tags are kept, the table goes."""
    for table in soup.find_all("table", limit=3):
        rows = {
            _text(cells[0]).rstrip(":："): cells[1]
            for tr in table.find_all("tr")
            if len(cells := tr.find_all("td")) == 2
        }
        if len(rows) < 2 or not set(rows) <= _NOTE_FIELDS:
            continue
        for label, cell in rows.items():
            value = _text(cell)
            if label in ("来源", "來源", "Source", "URL") and value.startswith(
                ("http://", "https://")
            ):
                doc.meta.setdefault("url", value)
            elif label in ("创建时间", "建立時間", "Created") and (
                day := metadata_date(value).published
            ):
                doc.meta.setdefault("posted", day[:10])
            elif label in ("标签", "標籤", "Tags"):
                doc.tags += [t.strip() for t in re.split(r"[,，、]", value) if t.strip()]
        table.decompose()
        return


_NOTE_FIELDS = frozenset({
    "创建时间", "建立時間", "更新时间", "更新時間", "作者", "来源", "來源", "标签", "標籤", "位置",
    "Created", "Updated", "Author", "Source", "URL", "Tags", "Location",
})  # fmt: skip
_NOTE_MARK_BLOCKS = frozenset({"p", "div"})
_ORIGINAL_BELOW_WORDS = re.compile(
    r"[—\-=─━_*·]{2,}\s*以下(?:为|為|是)"  # (the mark's start)
    r"|[—\-=─━_*]{4,}\s*(?:转发内容|轉發內容|轉寄內容)"  # (Foxmail's forward)
    r"|(?:寄件者|发件人|發件人|From)(?:<[^<>]*>)*\s*[:：].{0,300}?(?:寄件日期|发送时间|發送時間|Sent)(?:<[^<>]*>)*\s*[:：]",
    re.S,
)
# A forwarded mail's header fields (Outlook's: 寄件者: / 寄件日期: / 收件者: / 主旨:).
_FORWARDED_FIELD = re.compile(
    r"(寄件者|发件人|發件人|From|寄件日期|发送时间|發送時間|Sent|收件者|收件人|To|主旨|主题|主題|Subject)"
    r"\s*[:：]"
)
_ORIGINAL_BELOW = re.compile(
    r"[—\-=─━_*·\s]*以下(?:为|為|是)\s*\S{0,8}?(?:原文|全文|正文|网页|網頁|页面|頁面)\S{0,4}?[—\-=─━_*·\s]*"
    r"|[—\-=─━_*\s]{4,}(?:转发内容|轉發內容|轉寄內容)[—\-=─━_*\s]{4,}"  # (------ 转发内容 ------)
)


def _doc_comments(soup: BeautifulSoup) -> None:
    for a in soup.find_all("a", href=re.compile(r"^#(?:cmnt|_msocom_|_msoanchor_)\w")):
        if _gone(a):
            continue
        if a["href"].startswith("#cmnt_ref") or a["href"].startswith("#_msoanchor_"):
            # the comment's own text: its paragraph, or the block holding only that paragraph
            block = a.find_parent(["p", "div"])
            while block is not None and block.parent is not None and block.parent.name == "div":
                if len(block.parent.find_all(["p", "div"], recursive=False)) != 1:
                    break
                block = block.parent
            (block or a).decompose()
        else:
            holder = a.parent if a.parent is not None and a.parent.name == "sup" else a
            holder.decompose()


_TEMPLATE_FIELD = re.compile(r"\{\{\s*\w+[^{}]*\}\}")


def _textarea_story(soup: BeautifulSoup, area: Tag) -> None:
    """Some portals (环球网) ship the story as escaped HTML in a hidden <textarea> that a script
    renders: parse such markup in place, where other textareas (forms) are dropped."""
    markup = area.get_text()
    if not re.search(r"<p[\s>]", markup, re.IGNORECASE) or _TEMPLATE_FIELD.search(markup):
        return  # (a script's template for a list's items: {{title}}, {{summary}})
    story = soup.new_tag("div")
    parsed = BeautifulSoup(markup, "lxml")
    for child in list((parsed.body or parsed).contents):
        story.append(child.extract())
    area.replace_with(story)


_STORY_KEYS = ("content", "body", "articlebody", "article_body", "text", "html", "story")
_TITLE_KEYS = ("title", "headline")
_TIME_KEYS = ("publishtime", "publish_time", "publishedat", "published_at", "pubdate",
              "datepublished", "publishdate", "releasedate", "release_date", "ptime", "createtime",
              "date")  # fmt: skip
_SOURCE_KEYS = ("source", "sourcename", "source_name", "media", "medianame")


# A publication time the page's script data holds as a Unix time ("publish_time":1748913522),
# where the page prints it without a year (发布时间：06-03 09:18).
_EPOCH_STAMP = re.compile(
    r"[\"'](?:publish_?time|publishTime|pub_?time|pubTime|ptime)[\"']\s*:\s*[\"']?(?P<epoch>1\d{9}(?:\d{3})?)\b"
)


# A WeChat official account's article (mp.weixin.qq.com), saved: the account's name and the
# time it was sent (Unix seconds) are in the page's script, the page shows them by script.
_WECHAT_ACCOUNT = re.compile(
    r"\bvar nickname\s*=\s*(?:htmlDecode\()?[\"'](?P<name>[^\"'\n]{1,40})[\"']"
)
_WECHAT_SENT = re.compile(r"\bvar ct\s*=\s*[\"'](?P<epoch>1\d{9})[\"']")
# The writer in a WeChat article's meta row: <span class="rich_media_meta rich_media_meta_text">郑宇航</span>
_WECHAT_WRITER = re.compile(
    r"<span class=\"rich_media_meta rich_media_meta_text\"\s*>\s*(?P<name>[^<>\s]{2,20})\s*</span>"
)


def _wechat(doc: Doc, html: str, account: str) -> None:
    """A WeChat article's account is its publisher (the outlet, 澎湃新闻, or whoever runs it):
    not 微信公众平台, the platform's name in og:site_name. It was sent at `ct`, in China's time
    as the app shows it."""
    doc.meta["account"] = account
    doc.site_name = account
    if (writer := _WECHAT_WRITER.search(html)) and writer["name"] != account:
        doc.meta.setdefault("author", writer["name"])  # the writer the row names before it
    if sent := _WECHAT_SENT.search(html):
        local = datetime.fromtimestamp(int(sent["epoch"]), tz=UTC) + timedelta(hours=8)
        doc.meta["published_time"] = f"{local:%Y-%m-%dT%H:%M:%S}+08:00"


def _stamped(doc: Doc, html: str, epoch: int) -> None:
    """The script's time, when the page prints the same day and minute in China's time (so the
    time is the story's and its zone is known): no time is guessed from a bare number."""
    local = datetime.fromtimestamp(epoch, tz=UTC) + timedelta(hours=8)
    shown = re.compile(rf"(?<!\d){local:%m}\s*[-/月]\s*{local:%d}\s*日?\s+{local:%H:%M}(?!\d)")
    if shown.search(html):
        doc.meta["published_time"] = f"{local:%Y-%m-%dT%H:%M:%S}+08:00"


# A page showing only the start of its story, the rest behind a button.
_TRUNCATED = re.compile(r"展开全文|展開全文|阅读全文|閱讀全文|查看全文|继续阅读全文|加载中|加載中")
# A script that hands the app its state: window.__INITIAL_STATE__ = {…};
_STATE_ASSIGN = re.compile(
    r"\s*window\.(?:__INITIAL_STATE__|__PRELOADED_STATE__|__INITIAL_DATA__)\s*=\s*(?=\{)"
)


def _app_story(doc: Doc, states: list[str]) -> None:
    """The story of a page a script renders, from data the page carries: JSON-LD's articleBody
    (already in the metadata), else the app state's longest text under a story key, with the
    title, time and source beside it. Text is kept as the data has it: HTML is converted, and
    plain text keeps its line breaks as paragraphs."""
    story, beside = doc.meta.get("story"), {}
    for state in states:
        try:
            data = json.loads(state)
        except ValueError:
            continue
        for holder, text in _story_texts(data):
            if len(_plain_html(text)) > len(_plain_html(story or "")):
                story, beside = text, holder
    if not story or len(_plain_html(story)) < 20:
        return
    if re.search(r"<(p|div|br)\b", story, re.IGNORECASE):
        inner = parse(story, title=doc.title)
        doc.body, doc.images, doc.links = (
            inner.body,
            doc.images + inner.images,
            doc.links + inner.links,
        )
    else:
        doc.body = tidy("\n\n".join(p.strip() for p in story.split("\n") if p.strip()))
    lower = {str(k).lower(): v for k, v in beside.items()}
    title = next((lower[k] for k in _TITLE_KEYS if isinstance(lower.get(k), str)), None)
    if title and (
        not doc.title
        or doc.title_source != "headline"
        or title.startswith(doc.title)
        or known_outlet(doc.title)  # the <title> names only the site (新华社客户端)
    ):
        doc.title, doc.title_source = title.strip(), "headline"
    when = next((lower[k] for k in _TIME_KEYS if isinstance(lower.get(k), str)), None)
    if when:
        doc.meta.setdefault("published_time", when)
    source = next((lower[k] for k in _SOURCE_KEYS if isinstance(lower.get(k), str)), None)
    if source:
        doc.bylines.append(f"来源：{source.strip()}")
    doc.header = "\n".join(filter(None, [dateline_text(doc.bylines), doc.header]))


def _story_texts(data, depth: int = 0):
    """(the object holding it, the text) for every long string under a story key."""
    if depth > 12:
        return
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and str(key).lower() in _STORY_KEYS and len(value) > 40:
                yield data, value
            elif isinstance(value, (dict, list)):
                yield from _story_texts(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _story_texts(value, depth + 1)


_DOCS_BODY = re.compile(r"<body[^>]*\bclass=\"[^\"]*\bdoc-content\b")
# (or Word's "Save as Web Page", its tables aside: a table is read as a page's)
_WORD_PAGE = re.compile(r"name=\"?Generator\"?\s+content=\"Microsoft Word", re.IGNORECASE)
_COMMENT_REF, _COMMENT = re.compile(r"^cmnt_ref\d+$"), re.compile(r"^cmnt\d+$")


def docs_text(page: str) -> str | None:
    """A Google Docs document exported as HTML (<body class="… doc-content">), or a Word one
    saved as a web page, as the text a researcher pasted into it, a paragraph a line: the
    document's own title and notes and the pasted page, read as any text copy is; reviewers'
    comments and their marks ([a]) go. None for any other page."""
    head = page[:20000]
    word = _WORD_PAGE.search(head)
    if not (_DOCS_BODY.search(head) or word):
        return None
    soup = _soup(page)
    for row in soup.find_all("tr"):
        # a label and its value in a row (原文链接 | https://…): one line, as a field is written
        cells = row.find_all(["td", "th"], recursive=False)
        if len(cells) == 2 and 0 < len(label := _text(cells[0])) <= 8 and _text(cells[1]):
            line = soup.new_tag("p")
            line.string = f"{label.rstrip('：:')}：{_text(cells[1])}"
            row.replace_with(line)
    for mark in soup.find_all("a", id=_COMMENT_REF):  # (<sup><a id="cmnt_ref1">[a]</a></sup>)
        (mark.find_parent("sup") or mark).decompose()
    for mark in soup.find_all("a", id=_COMMENT):  # (the comment: <div><p><a id="cmnt1">…)
        if not _gone(mark):
            (mark.find_parent("p") or mark).decompose()  # (its paragraph, never a wrapper)
    for br in soup.find_all("br"):  # (a line break inside a paragraph: a mail's header fields)
        br.replace_with("\ue000")
    blocks = [_text(el) for el in soup.find_all(["p", "h1", "h2", "h3", "h4", "li"])]
    lines = [ln.strip() for block in blocks for ln in block.split("\ue000")]
    return "\n".join(ln for ln in lines if ln) + "\n"


_BBS_PAGE = re.compile(r"class=\"[^\"]*\bbbs-content\b")


def bbs_text(page: str) -> str | None:
    """A PTT post's web page (ptt.cc) as the post its terminal shows: the head's fields
    (作者 … 看板 … / 標題 … / 時間 …) over its text; None for any other page."""
    if not _BBS_PAGE.search(page[:50000]) or "article-meta-tag" not in page:
        return None
    soup = _soup(page)
    first = soup.find(class_="article-metaline")
    main = first.find_parent(class_="bbs-content") if first else None
    if main is None:
        return None
    head = {}
    for line in main.find_all(class_=re.compile(r"^article-metaline")):
        tag, value = line.find(class_="article-meta-tag"), line.find(class_="article-meta-value")
        if tag and value:
            head[tag.get_text(strip=True)] = value.get_text(" ", strip=True)
        line.decompose()
    if not {"作者", "看板", "標題", "時間"} <= head.keys():
        return None
    return (
        f"作者 {head['作者']} 看板 {head['看板']}\n標題 {head['標題']}\n時間 {head['時間']}\n"
        + main.get_text()
    )


# A forum thread's posts: 天涯's floors (atl-item, the first one the host's), Discuz's
# (postmessage_…), 百度贴吧's (d_post_content).
_FORUM_POST = re.compile(r"class=\"[^\"]*\b(?:atl-item|d_post_content)\b|id=\"postmessage_\d+")


def forum_post(page: str) -> tuple[str, str | None] | None:
    """A forum thread's page: its first post's text (a story pasted into it, with the poster's
    own lines), and the forum's name closing the page's <title>; None for any other page."""
    if len(_FORUM_POST.findall(page, 0, 500_000)) < 2:
        return None
    soup = _soup(page)
    first = soup.select_one(".atl-item .bbs-content, [id^=postmessage_], .d_post_content")
    if first is None:
        return None
    for br in first.find_all("br"):
        br.replace_with("\n")
    post = first.get_text()
    # the poster's own words under a rule after the pasted story (----- / 楼主说两句：…)
    if (rules := list(_POST_RULE.finditer(post))) and rules[-1].start() > len(post) / 2:
        post = post[: rules[-1].start()]
    title = soup.title.get_text(strip=True) if soup.title else ""
    parts = _LEADING_SITE.split(title)
    return post, parts[-1] if len(parts) > 1 else None


def quoted(page: str) -> tuple[str, str | None] | None:
    """A post that quotes a news story whole, in a blockquote (a 知乎 answer, a column, a blog)
    or between marks (————以下为原文———— … ————原文结束————, B站's 专栏): the story's
    paragraphs, and the page's address (the repost's); None for any other page."""
    marked = _ORIGINAL_BELOW_WORDS.search(page) is not None
    if "<blockquote" not in page and not marked:
        return None
    soup = _soup(page)
    if marked and quoted_story(lines := _between_marks(soup)):
        if printed := _PAGE_ADDRESS.search(page):  # (OneNote's 已从 <…> 粘贴: furniture)
            lines.append(f"原文链接：{unescape(printed['url'])}")
        return "\n\n".join(lines), page_address(soup)
    for quote in soup.find_all("blockquote"):
        if quote.find_parent("blockquote") is not None:
            continue
        for br in quote.find_all("br"):
            br.replace_with("\n")
        blocks = quote.find_all(_QUOTED_BLOCKS) or [quote]
        lines = [
            ln.strip()
            for b in blocks
            if not b.find(["p", "div"])
            for ln in b.get_text().split("\n")
            if ln.strip()
        ]
        if quoted_story(lines):
            return "\n\n".join(lines), page_address(soup)
    return None


def _between_marks(soup: BeautifulSoup) -> list[str]:
    """The lines a post quotes between its marks (————以下为原文———— … ————原文结束————)."""
    start = _original_mark(soup)
    lines: list[str] = []
    for el in start.find_all_next(_QUOTED_BLOCKS) if start is not None else ():
        if el.find(["p", "div"]) is not None:
            continue  # (a container: its blocks come next)
        line = _text(el)
        if _ORIGINAL_END.fullmatch(line):
            break
        if line:
            lines.append(line)
    return lines


def page_address(soup: BeautifulSoup) -> str | None:
    """The address a page's metadata names as its own (canonical, og:url, its short link)."""
    return _meta(soup).get("url")


_QUOTED_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4"})
_ORIGINAL_END = re.compile(
    r"[—\-=─━_*·\s]*(?:原文结束|原文結束|原文完|以上为原文|以上為原文|转载结束|轉載結束)[—\-=─━_*·\s]*"
)


_POST_RULE = re.compile(r"^[\s\u3000]*(?:-{10,}|={10,}|_{10,})[\s\u3000]*$", re.M)


def _plain_html(text: str) -> str:
    return re.sub(r"<[^>]+>|\s+", "", text)


# A page saved from the Wayback Machine: its toolbar or canonical link names the capture, and
# every address on the page is rewritten to go through the archive (/web/<stamp>im_/https://…).
_WAYBACK = re.compile(
    r"https?://web\.archive\.org/web/(?P<stamp>\d{14})(?P<kind>[a-z]{2}_)?/(?P<url>https?://[^\s\"'<>]+)"
)
# An archived file the page loads (its style sheet, scripts, pictures), not the page itself.
_LOADED_FILE = re.compile(r"\.(?:css|js|png|jpe?g|gif|ico|svg|woff2?)(?:[?#]|$)", re.I)
_WAYBACK_PREFIX = re.compile(
    r"(?:(?:https?:)?//web\.archive\.org)?/web/\d{14}(?:[a-z]{2}_)?/(?=https?://)"
)
_WAYBACK_TOOLBAR = re.compile(r"^(wm-ipp|wm-capinfo|donato)")
# What the archive inserts into every capture (a page that only cites a capture has none).
_WAYBACK_MARK = re.compile(
    r"WAYBACK TOOLBAR|id=[\"']wm-ipp|web-static\.archive\.org|archive\.org/_static/"
    r"|archive\.org/includes/"
)


# An older toolbar's form names the original address (<input id="wmtbURL" value="http://…">)
# while the page's links are relative to the archive (/web/20111220031522/http://…).
_WAYBACK_FORM_URL = re.compile(r"id=[\"']wmtbURL[\"'][^>]*?value=[\"'](?P<url>https?://[^\"']+)")
_WAYBACK_STAMP = re.compile(r"/web/(\d{14})(?:[a-z]{2}_)?/https?://")


def _capture(head: str) -> tuple[str, str, str] | None:
    """(the original address, the capture's address, its stamp) of a Wayback Machine copy."""
    if not _WAYBACK_MARK.search(head):
        return None
    form = _WAYBACK_FORM_URL.search(head)
    captures = (
        m
        for m in _WAYBACK.finditer(head)
        if m["kind"] in (None, "id_") and not _LOADED_FILE.search(m["url"])
    )  # (not the style sheet a page's head links first: /web/20090406021533cs_/…/content.css)
    if form is None and (capture := next(captures, None)):
        return capture["url"], capture.group(0), capture["stamp"]
    stamps = Counter(_WAYBACK_STAMP.findall(head)).most_common(1)
    if form is None or not stamps:
        return None
    stamp = stamps[0][0]  # (every rewritten link carries the capture's own stamp)
    return form["url"], f"https://web.archive.org/web/{stamp}/{form['url']}", stamp


def _holds_story(el: Tag) -> bool:
    """The element holds the headline and paragraphs: a page's whole story (an unclosed <div>
    of the archive's toolbar swallowing the rest of the page), not the toolbar."""
    return el.find("h1") is not None and len(el.find_all("p", limit=4)) >= 4


def _archived(doc: Doc, soup: BeautifulSoup, capture: tuple[str, str, str]) -> None:
    """An archived copy: the original address is the article's, the capture's the repost's,
    and the capture day bounds the date from above. The archive's toolbar is not the page."""
    for el in soup.find_all(id=_WAYBACK_TOOLBAR):
        # (a toolbar left open by a damaged capture holds the page: not that one)
        if not _gone(el) and not _holds_story(el):
            el.decompose()
    doc.url, doc.republished_url, stamp = capture
    doc.site_name = "Wayback Machine"
    doc.meta["posted"] = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"


def _search_cache(doc: Doc, soup: BeautifulSoup) -> None:
    """A search engine's cached copy (Google's, Bing's): its banner names the original address
    (the article's) and the snapshot's day (which bounds the story's); the banner is no text."""
    banner = soup.find(id=_CACHE_BANNER)
    if banner is None:
        return
    link = banner.find("a", href=_real_href)
    if link is not None and "google." not in link["href"]:
        doc.url = doc.meta["url"] = link["href"]
    day = re.search(
        r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[A-Z][a-z]{2} \d{1,2}, \d{4}|\d{4}/\d{1,2}/\d{1,2}",
        _text(banner),
    )
    if day and (when := metadata_date(day.group())).precision == "day":
        doc.meta["posted"] = when.published
    doc.site_name = doc.site_name or ("Bing cache" if "b_cache" in banner["id"] else "Google cache")
    banner.decompose()


_CACHE_BANNER = re.compile(r"google-cache-hdr$|^b_cacheHdr$")


# archive.today (archive.ph, .is, .li, .md, .vn, .fo): its header over every capture, and its
# links rewritten through it (https://archive.ph/o/AbCdE/https://www.cna.com.tw/…).
_ARCHIVE_TODAY_MARK = re.compile(
    r"archive\.today<br|webpage capture</span>"
    r"|property=\"og:site_name\" content=\"archive\.(?:ph|today|is|li|md|vn|fo)\""
)
_ARCHIVE_HOST = re.compile(r"^https?://archive\.(?:ph|today|is|li|md|vn|fo)/")
_ARCHIVE_TODAY_LINK = re.compile(
    r"(?:https?:)?//archive\.(?:ph|today|is|li|md|vn|fo)/o/[A-Za-z0-9]+/(?=https?://)"
)


def _archived_today(doc: Doc, soup: BeautifulSoup) -> None:
    """An archive.today capture: the original address is the article's (the header's "Saved
    from"), the capture's the repost's; its day bounds the date from above, and the capture
    time it puts in the page's date metadata is not the article's."""
    original = soup.find("meta", attrs={"itemprop": "url"})
    header = soup.find(id="HEADER")
    saved = soup.find("input", attrs={"name": "q"}) or next(
        (  # (or the header's first field holding an address: Saved from <input value="…">)
            field
            for field in (header.find_all("input") if header is not None else [])
            if _real_href(value := field.get("value") or "") and not _ARCHIVE_HOST.search(value)
        ),
        None,
    )
    url = (original or {}).get("content") or (saved or {}).get("value")
    if url and _real_href(url):
        doc.republished_url = doc.meta.get("url")
        doc.url = url
        doc.meta["url"] = url
    for key in ("published_time", "modified_time"):
        doc.meta.pop(key, None)
    stamp = soup.find(attrs={"itemprop": "dateCreated"})  # 3 Jun 2024 02:15:09 UTC
    if stamp and (day := metadata_date(stamp.get_text())).precision == "day":
        doc.meta["posted"] = day.published
    doc.site_name = "archive.today"
    if header is not None:
        header.decompose()
    # the archive drops class names, so no container names itself: the story's is the
    # innermost block holding nine tenths of the paragraphs' text
    paragraphs = [(p, len(p.get_text(strip=True))) for p in soup.find_all("p")]
    total = sum(n for _, n in paragraphs)
    held: dict[int, int] = {}
    blocks: dict[int, Tag] = {}
    for p, n in paragraphs:
        for parent in p.parents:
            held[id(parent)] = held.get(id(parent), 0) + n
            blocks[id(parent)] = parent
    inner = [
        k for k in held if total and held[k] >= _STORY_SHARE * total and blocks[k].name == "div"
    ]
    if inner:
        _innermost(inner, blocks)["itemprop"] = "articleBody"


_EDITOR_LABEL = re.compile(r"(?:编辑|編輯|责编|責編|编审|編審)\s*[:：/／]\s*")
_READER_APP = re.compile(
    r"^https?://(?:www\.)?(?:inoreader\.com|feedly\.com|theoldreader\.com|newsblur\.com"
    r"|feedbin\.com|bazqux\.com)/",
    re.I,
)
# The note a browser writes atop a saved page: <!-- saved from url=(0073)http://www.news.cn/… -->
# (or the header of HTML copied to Windows' clipboard: Version:0.9 / StartHTML:… / SourceURL:…)
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d+\)(?P<url>https?://[^\s>]+?)\s*-->"
    r"|^Version:\d\.\d\s[^<]{0,300}?^SourceURL:(?P<clip>https?://\S+)",
    re.I | re.M,
)


def _saved_from(head: str) -> str | None:
    """The address a browser's note or a clipboard's header names atop a saved page; not IE's
    placeholder for a page saved from a mail (http://internet.e-mail)."""
    saved = _SAVED_FROM.search(head[:2000])
    url = saved and (saved["url"] or saved["clip"])
    return url if url and _real_href(url) and "://internet.e-mail" not in url else None


def _edited_by(head: str, name: str) -> bool:
    """The page names `name` as its editor (编辑：王晓彤). One fixed pattern: a pattern per
    name would be compiled anew for nearly every page."""
    return any(head.startswith(name, m.end()) for m in _EDITOR_LABEL.finditer(head))


def parse(
    html: str,
    *,
    base_url: str | None = None,
    title: str | None = None,
    several: bool = False,
    mailed: bool = False,
) -> Doc:
    """An HTML page, fragment or feed body -> Doc with clean Markdown. `several`: a page may
    show several whole stories, then returned as Doc.stories alone; `mailed`: the page is an
    e-mail's, whose briefs may be stories without dates of their own."""
    if not re.search(r"<(html|body)\b", html[:5000], re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"
    if _FRAMESET.search(html):  # a frameset saved alone: its <noframes> block is the page
        html = _FRAMESET_PAGE.sub(lambda m: f"<body>{m['inner']}</body>", html, count=1)
    head = html[:50_000]
    capture = _capture(head)
    if capture:
        html = _WAYBACK_PREFIX.sub("", html)
    today = bool(_ARCHIVE_TODAY_MARK.search(head))
    if today:
        html = _ARCHIVE_TODAY_LINK.sub("", html)
    soup = _soup(html)
    doc = Doc()
    if (
        several
        and (dated := _STORY_DATE.search(html))
        and _STORY_DATE.search(html, dated.end())
        and (stories := _whole_stories(soup, html))
    ):
        doc.stories = stories  # read one by one (most pages show one date: a cheap test first)
        return doc
    if several and mailed and (stories := _headed_stories(soup, html)):
        doc.stories = stories  # a newsletter's briefs
        return doc
    if "data-cfemail" in html:  # addresses a script decodes on screen: rare, test first
        _cf_emails(soup)
    # (before the page's links to itself are unwrapped; few headlines are links: test first)
    linked = _headline_link(soup) if _LINKED_H1.search(html) else None
    h1 = soup.find("h1") if "博客" in head or "部落格" in head else None
    if h1 is not None and (blog := _BLOG_NAME.fullmatch(_text(h1))):
        doc.bylines.append(f"作者：{blog['name']}")  # a blog's owner writes its posts
    states = _prepare(soup)  # before the metadata, which falls back on the first <time datetime>
    if "goog-gt-tt" in html or "goog-te-" in html:  # a page a browser translated, then saved
        for el in soup.find_all(id=_TRANSLATE_BOX):
            el.decompose()  # the translator's box (its h1 原文, "original text") is not the page's
    doc.meta = _meta(soup)
    if "rdf:Description" in head:  # a blog's trackback data in a comment (Movable Type's)
        for key, value in _trackback(head).items():
            doc.meta.setdefault(key, value)
    if "<newsItem" in head:  # a wire's NewsML-G2 file
        _newsml(soup, doc)
    if _DOC_COMMENT.search(html):  # a word processor's export with comments: rare, test first
        _doc_comments(soup)
    if _ORIGINAL_BELOW_WORDS.search(html):  # (rare: test first)
        _note_over_copy(soup, doc)
    if "Evernote" in head and "exporter-version" in head:
        _evernote_note(soup, doc)
    if "<th" in html and _BOARD_TITLE_CELL.search(html):  # (rare: test first)
        _board_view(soup)
    if (name := doc.meta.get("author")) and _edited_by(head, name):
        del doc.meta["author"]  # the page's author metadata names its editor (编辑：王晓彤)
    if saved := _saved_from(head):
        doc.meta.setdefault("url", saved)  # the browser's note of where it was saved from
    if capture:
        _archived(doc, soup, capture)
    elif today:
        _archived_today(doc, soup)
    elif "google-cache-hdr" in head or "b_cacheHdr" in head:
        _search_cache(doc, soup)
    if "property-row" in html and (props := soup.find("table", class_="properties")):
        _notion_properties(props, doc)  # (before layout tables are taken apart)
        title = title or _notion_clip(soup)
    _breadcrumb(soup, doc)
    # (read before the forms go; taken only when nothing better names the address, below)
    posted = _form_address(soup) if "url" not in doc.meta and "hidden" in html else None
    for el in _find(soup, _DROP_TAGS):
        # an article's own <header> holds its headline and byline, not the site's banner
        # (or one holding a headline that is no logo: <header class="title-article01"><h1>)
        if el.name == "header" and (el.find_parent(_IN_ARTICLE) is not None or _headed(el)):
            el.unwrap()
        elif el.name == "form" and _holds_prose(el):
            el.unwrap()  # ASP.NET pages wrap the whole page in one <form>
        elif not _gone(el):
            el.decompose()
    _layout_tables(soup)
    _layout_lists(soup)
    above: list[str] = []
    below: list[str] = []
    doc.title = title or _title(soup, doc.meta, above, below)
    doc.bylines[:0] = [line for line in below if line not in doc.bylines]
    doc.title_source = "headline" if doc.title else None
    # a site's name among the <title>'s segments, or as the whole <title>
    title_tag = _first(soup, _TITLE_TAG)
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    doc.site_name = doc.site_name or doc.meta.get("site_name") or site_in_title(page_title)
    if not doc.site_name and (owner := _COPYRIGHT_OWNER.search(html)):
        # 中华人民共和国驻大韩民国大使馆 版权所有
        doc.site_name = owner["owner"] if known_outlet(owner["owner"]) else None
    base = base_url or doc.meta.get("base") or doc.meta.get("url") or doc.meta.get("site_url")
    _self_links(soup, doc)
    _icon_buttons(soup)
    _bylines(soup, doc)
    if _AUTHORISH.search(html):  # most pages never say author or byline in their markup
        _author_name(soup, doc)
    if _VIEW_ORIGINAL_WORDS.search(html):  # most pages have no such link: test first
        _view_original(soup, doc)
    if "url" not in doc.meta and (printed := _PAGE_ADDRESS.search(html)):
        # no canonical link: the address the page prints (read in the markup: &amp; is &)
        doc.meta["url"] = unescape(printed["url"])
        for a in _find(soup, _A):  # (its link, on a line of its own under the label: not text)
            before = a.previous_sibling
            while isinstance(before, NavigableString) and not before.strip():
                before = before.previous_sibling
            if (
                a.get("href") == doc.meta["url"]
                and _text(a) == doc.meta["url"]
                and getattr(before, "name", None) == "br"
            ):
                a.decompose()
    if linked and ("url" not in doc.meta or _READER_APP.search(doc.meta["url"])):
        # a mailed post's headline links to the post (Substack); a feed reader's article view
        # (saved from inoreader.com) links its headline to the original
        doc.meta["url"] = linked
    if "url" not in doc.meta and "reader-domain" in html:  # Firefox's reader view, saved
        shown = soup.select_one("a.reader-domain[href]")
        if shown is not None and shown["href"].startswith(("http://", "https://")):
            doc.meta["url"] = shown["href"]
        credits = soup.select_one(".reader-credits")  # (the byline it read: 黎婉婷)
        if credits is not None and 2 <= len(_text(credits)) <= 40:
            doc.meta.setdefault("author", _text(credits))
    if "url" not in doc.meta and _SHARED.search(html) and (shared := _shared_address(soup)):
        doc.meta["url"] = shared
    if "url" not in doc.meta and posted:
        doc.meta["url"] = posted  # the address a comment form posts with the comment
    if "url" not in doc.meta and mailed and (pasted := _pasted_address(soup)):
        doc.meta["url"] = pasted
    _canonical(doc)
    if (
        "published_time" not in doc.meta
        and "enpproperty" in html
        and (enp := _ENP_DATE.search(html))
    ):
        doc.meta["published_time"] = enp["date"].strip()  # (Founder's CMS: its record's day)
    if "published_time" not in doc.meta and (shown := _PUBLISHED_TITLE.search(html)):
        doc.meta["published_time"] = shown["when"]  # a reader app's "2d", its time on hover
    if "var nickname" in html and (account := _WECHAT_ACCOUNT.search(html)):
        _wechat(doc, html, account["name"])
    if "published_time" not in doc.meta and (stamp := _EPOCH_STAMP.search(html)):
        _stamped(doc, html, int(stamp["epoch"][:10]))
    if _TODAY.search(html):  # 今天是2024年6月3日, rarely on a page: test first
        _page_day(soup, doc)
    root = _main(soup)
    if (
        "account" in doc.meta
        and (content := soup.find(id="js_content"))
        and root in content.parents
    ):
        root = content  # a WeChat article's text, without its account's name and card over it
    _date_box_before(root, doc)
    _date_box_under(root, doc)
    _byline_before(root, doc)
    if "转载" in html or "轉載" in html or "转自" in html or "轉自" in html:  # (test first)
        _repost_note(root, doc)
    _date_box_after(root, doc)
    _date_in_title(page_title, doc)
    _writer_lists(root, doc)
    _credit_rows(root, doc)
    listed = _MICRODATA_ITEM.search(html) and _microdata_items(soup, base)
    doc.headlines = listed or _headlines(root, base)
    if (
        not listed
        and _prose(root) is None
        and (wider := _wider_list(soup, root, base, doc.headlines))
    ):
        doc.headlines = wider  # (the container found is a side box: a list beside it is longer)
    if doc.headlines and "page_day" not in doc.meta and (shown := _TOPBAR_DAY.search(html)):
        # a list page's top bar shows today with its weekday (2024年06月19日 星期三): its
        # items' yearless times (06-19 14:05) are read against it
        with contextlib.suppress(ValueError):  # (a day that does not exist)
            doc.meta["page_day"] = date(
                int(shown["y"]), int(shown["m"]), int(shown["d"])
            ).isoformat()
    _meta_above_story(root)
    if _FIELD_WORDS.search(html):  # a label with its colon somewhere: test first
        _field_lists(root, doc)
    if _SUMMARY_LABEL.search(html):  # (test first; before the tags, as its label may be one)
        for el in _find(root, _BOXES):
            if not _gone(el) and _summary_box(el):
                el.decompose()
    _tags(root, doc)
    if _FILE_NAME_WORDS.search(html):  # most pages offer no file: test first
        _attachments(root, doc, base)
    _related(root, doc, base)
    _trailing_related(root, doc, base)
    _furniture(root)
    _date_lines(root, doc)
    _images(root, doc, soup, base)
    if _SOURCE_LINK_WORDS.search(html):  # most pages name no source link: test first
        _source_link(root, doc, base)
    if END_MARK_IN.search(html):  # (test first)
        _after_end_mark(root)
    _boilerplate_blocks(root)
    _links(root, base)
    doc.body = cut_at_story_end(_to_markdown(root))
    if above:
        doc.body = _above_headline(doc.body, above)
    if len(_plain(doc.body)) < 20:  # the page is a shell a script fills: its data has the story
        _app_story(doc, states)
    elif states and _TRUNCATED.search(html):  # the page shows the story's start ("展开全文")
        shown = dataclasses.replace(doc, meta=dict(doc.meta), bylines=list(doc.bylines))
        _app_story(doc, states)
        if len(_plain(doc.body)) <= len(_plain(shown.body)):
            doc = shown  # the data holds no more of it
    # the story's first lines count in full however many byline blocks came before them
    headline = _plain(doc.title or "")
    blocks = doc.body.split("\n\n")
    # images and their captions (the italic line under an image) are not datelines
    images = {k for k, b in enumerate(blocks) if b.lstrip().startswith(("![", "[!["))}
    captions = {
        k + 1
        for k in images
        if k + 1 < len(blocks) and _CAPTION_LINE.fullmatch(blocks[k + 1].strip())
    }
    skip = images | captions
    paragraphs = [
        p for k, b in enumerate(blocks) if (p := _plain(b)) and p != headline and k not in skip
    ]
    story = dateline_text(_label_with_value(paragraphs))
    # a day with its weekday alone (2025年3月14日 星期五) is a top bar's "today" more often than
    # the story's date: any other byline's date comes first
    doc.bylines.sort(key=lambda line: bool(_WEEKDAY_ONLY.fullmatch(line.strip())))
    if below:  # the line under the headline holds the spans the byline blocks repeat
        doc.bylines = [b for b in doc.bylines if b == below[0] or b not in below[0]]
    doc.bylines = _unrepeated(doc.bylines)
    doc.header = "\n".join(filter(None, [dateline_text(doc.bylines), story]))
    if title and doc.body.lstrip("# \n").startswith(title):
        doc.body = doc.body.split("\n", 1)[-1].lstrip("\n") or doc.body
    elif doc.title and "\n" in doc.body.strip():
        # the headline printed again as the body's first line (a bold line in older pages)
        first, rest = doc.body.lstrip("\n").split("\n", 1)
        printed = _plain(first).strip()
        if printed.split() == _plain(doc.title).split():  # \u3000 or a space
            doc.body = rest.lstrip("\n")
        elif (
            first.startswith("#")
            and len(printed) >= 6
            and doc.title.startswith(printed)
            and TITLE_TAIL.fullmatch(doc.title[len(printed) :])
        ):  # the <title> is the printed headline with sections after it (… : 国防 : 政治)
            doc.title, doc.body = printed, rest.lstrip("\n")
    # the section's link over the story ([全球](https://www.dwnews.com/全球))
    # or a short link to a section's page ([国际](https://www.sinchew.com.my/category/国际))
    category = (doc.category or doc.meta.get("section") or "").strip()
    lead, _, rest = doc.body.lstrip("\n").partition("\n\n")
    if (
        doc.title  # an article's page (a list page's label names its items' topic)
        and rest
        and lead.strip()
        and (lead.strip() == category or _SECTION_WORD.fullmatch(lead.strip()))
    ):
        doc.category, doc.body = doc.category or lead.strip(), rest  # 政治, over the story
    elif rest and menu_row(lead):  # a site's menu copied as one line over the story
        doc.body = rest
    first = _ONE_LINK_LINE.match(doc.body.lstrip("\n"))
    if first and (
        first["text"].strip() == category
        or (len(first["text"].strip()) <= 6 and _SECTION_HREF.search(first["href"]))
    ):
        doc.category = doc.category or first["text"].strip()
        doc.body = doc.body.lstrip("\n")[first.end() :].lstrip("\n")
        # the headline printed under the section's link (a heading the title was not read from)
        lead, _, rest = doc.body.partition("\n\n")
        printed = " ".join(_plain(lead.lstrip("# ")).split())
        if (
            rest
            and len(printed) >= 6
            and " ".join(_plain(doc.title or "").split()).startswith(printed)
        ):
            doc.body = rest.lstrip("\n")
    doc.body = _from_repeated_headline(doc.body, doc.title)
    # a video's caption over the story: its title with the site's name (…核武化｜民視新聞)
    lead, _, rest = doc.body.lstrip("\n").partition("\n\n")
    if rest and (titled := _TITLED_LINE.fullmatch(_plain(lead))) and known_outlet(titled["site"]):
        doc.body = rest
    # a line of hashtags closing the story (#北韓#金正恩#南韓): its tags
    story, _, last = doc.body.rstrip().rpartition("\n\n")
    if story and HASHTAG_LINE.fullmatch(last.strip()):
        doc.tags += [t for t in last.replace("#", " ").split() if t not in doc.tags]
        doc.body = story + "\n"
    # a button set inside the last paragraph: …解除紧急戒严。[返回搜狐，查看更多](https://…)
    if (tail := _TAIL_LINK.search(doc.body)) and is_boilerplate(tail["text"]):
        doc.body = doc.body[: tail.start()].rstrip() + "\n"
    return doc


_TITLED_LINE = re.compile(r"[^\n]{6,60}?\s*[|｜]\s*(?P<site>[^\s|｜]{2,12})")
_TAIL_LINK = re.compile(r"(?<=[。！？”」])\s*\[(?P<text>[^\]\n]{2,20})\]\([^)\s]*\)\s*$")


# A section's name printed alone over the story (KBS World: 政治).
_SECTION_WORD = re.compile(
    r"政治|经济|經濟|社会|社會|国际|國際|国内|國內|朝鲜|朝鮮|北韓|韩国|韓國|南韓|外交|军事|軍事|两岸|兩岸"
    r"|时政|時政|要闻|要聞|财经|財經|文化|体育|體育|科技|评论|評論|观点|觀點|社论|社論|国防|國防"
)
_SECTION_HREF = re.compile(
    r"/(?:category|categories|channel|section|sections|column|topics?)/|/arti/[a-z]+/?$|/z/\d+/?$"
    r"|^https?://[^/]+/(?:[a-z-]+/)?[a-z-]+/?$",  # a section's index: /world, /nk, /news/world
    re.I,
)


def _label_with_value(paragraphs: list[str]) -> list[str]:
    """A label printed over its value (作者： / 韩冬, a record's fields in two elements) as one
    line, as bylines are read."""
    out: list[str] = []
    for p in paragraphs:
        if out and len(out[-1]) <= 8 and out[-1].endswith(("：", ":")) and len(p) <= 40:
            out[-1] += p
        else:
            out.append(p)
    return out


def _from_repeated_headline(body: str, title: str | None) -> str:
    """A record page prints its fields (报纸名称：… 正文快照：…) and then the headline again
    over the full text: the story starts under that heading, when most of the text follows it.
    So does a page without markup names (an archive.today capture) under its menu's short
    lines, where the headline is a line like any other."""
    if not title or len(title) < 6:
        return body
    blocks = body.split("\n\n")
    wanted = " ".join(title.split())
    short = len(_plain(blocks[0])) <= 40  # every block so far a short line (a menu)
    for k, block in enumerate(blocks[1:40], 1):
        # (a plain line: not an image whose alt text is the headline)
        heading = block.startswith("#") or (short and "](" not in block)
        if heading and " ".join(_plain(block.lstrip("# ")).split()) == wanted:
            after = sum(len(_plain(b)) for b in blocks[k + 1 :])
            if after >= 0.6 * sum(len(_plain(b)) for b in blocks):
                return "\n\n".join(blocks[k + 1 :])
            break
        short = short and len(_plain(block)) <= 40
    return body


_WEEKDAY_ONLY = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(（]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）]?"
)
_CAPTION_LINE = re.compile(r"\*[^*\n].*\*")  # the italic line _replace_image puts under an image
_ONE_LINK_LINE = re.compile(r"\[(?P<text>[^\]\n]{1,12})\]\((?P<href>[^)\s]*)\)[ \t]*(?:\n|$)")
