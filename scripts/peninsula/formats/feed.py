"""RSS and Atom feeds saved as XML (RSS 2.0, RSS 1.0/RDF, Atom): one article per item, its
text from the item's content or description, dated by the item's own publication date."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import escape, unescape

from bs4 import BeautifulSoup, Tag

from ..clean import is_boilerplate
from ..fields import without_tracking
from ..textnorm import plain_text
from . import _TAG, Doc, html, json_list, weibo
from .text import first_sentence

_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)
_TEXT = ("content:encoded", "encoded", "content", "description", "summary")
_DATES = ("pubDate", "published", "dc:date", "date", "issued", "updated")


def items(text: str) -> list[Doc]:
    """The feed's items as Docs. The channel's title names the site (its known outlet name,
    if any, through the <title> rules of html), the item's link is the article's address,
    its categories are tags, and its own date is the page metadata date."""
    soup = BeautifulSoup(text, "xml")
    channel = soup.find(["channel", "feed"])
    site = child_text(channel, ("title",)) if channel else None
    site = _WEIBO_CHANNEL.sub(r"\g<account>", site) if site else site  # 央视新闻的微博
    generator = child_text(channel, ("generator",)) if channel else None
    docs, seen = [], set()
    for item in soup.find_all(["item", "entry"]):
        key = child_text(item, ("guid", "id")) or _link(item)
        if key and key in seen:
            continue  # the same item listed twice (its guid again)
        seen.add(key)
        title = child_text(item, ("title",))
        if title and _ENTITY.search(title):  # escaped twice (&amp;middot; in CDATA): once more
            title = unescape(title)
        if title and is_boilerplate(title):
            continue  # the site's promotion set as an item (【明報App】訂閱明報網站 首月只需$1)
        doc = _item_doc(child_text(item, _TEXT) or "", _link(item), title, site)
        if _WEIBO_POST.match(_link(item) or ""):  # a Weibo account's feed (RSSHub): posts
            doc.title = None  # (the item's title: the post's text cut short)
            weibo.read_post(_post_text(child_text(item, _TEXT) or ""), doc)
        if when := child_text(item, _DATES):
            doc.meta["published_time"] = when
        author = item.find(["dc:creator", "creator", "author"])
        name = author.find("name") if isinstance(author, Tag) else None
        written = (name or author).get_text(" ", strip=True) if isinstance(author, Tag) else ""
        # (an RSS <author> is an e-mail address; the channel's own name, or a part of it, names
        # no writer (外交部 in 中華民國外交部 - 新聞稿), nor does the site's domain: WWW.SINA.COM.CN)
        if written and "@" not in written and not any(written in x for x in (site, generator) if x):
            doc.meta["author"] = written
        # the channel an item came from (RSS's <source>: a news search's feed, Google News'):
        # its outlet, named after the headline too (李在明当选… - 联合早报)
        source = item.find("source", recursive=False)
        if isinstance(source, Tag) and (named := source.get_text(" ", strip=True)):
            doc.site_name, doc.meta["provider"] = named, named
            if doc.title and doc.title.endswith(f" - {named}"):
                doc.title = doc.title[: -len(named) - 3].strip() or doc.title
        tags = [c.get("term") or c.get_text(strip=True) for c in item.find_all("category")]
        doc.tags = [t for t in dict.fromkeys(tags) if t] or doc.tags
        docs.append(doc)
    return docs


_WEIBO_POST = re.compile(r"https?://(?:www\.|m\.)?weibo\.(?:com|cn)/")
_WEIBO_CHANNEL = re.compile(r"^(?P<account>.{2,30}?)的微博$")


def _post_text(body: str) -> str:
    """An item's HTML as a post's lines: a line break for each <br>, without the markup."""
    return BeautifulSoup(re.sub(r"<br\s*/?>", "\n", body), "lxml").get_text()


def _item_doc(body: str, link: str | None, title: str | None, site: str | None) -> Doc:
    """An item's text read as a page at its address (plain text: its line breaks are its
    paragraphs); the feed's title names the site."""
    if not _TAG.search(body):
        body = "".join(f"<p>{escape(ln.strip())}</p>" for ln in body.split("\n") if ln.strip())
    link = without_tracking(link) if link else link  # (go.rss.sina.com.cn/redirect.php?url=…)
    doc = html.parse(body or "<p></p>", base_url=link, title=title or None)
    doc.url = link or doc.url
    if site:
        doc.site_name = html.site_in_title(site) or doc.site_name
        if not doc.site_name and "mp.weixin.qq.com/" in (link or ""):
            doc.meta.setdefault("account", site.strip())  # a WeChat account's feed: its name
    return doc


def child_text(parent: Tag, names: tuple[str, ...]) -> str | None:
    """The text of the first of these child elements the parent has (in this order)."""
    for name in names:
        el = parent.find(name, recursive=False)
        if isinstance(el, Tag) and el.get_text(strip=True):
            return el.get_text().strip()
    return None


def _link(item: Tag) -> str | None:
    """RSS <link>text</link>; Atom <link href rel="alternate">; else a permalink <guid>. A
    FeedBurner feed's original address (feedburner:origLink) before its proxy's."""
    original = item.find(["feedburner:origLink", "origLink"], recursive=False)
    if isinstance(original, Tag) and original.get_text(strip=True).startswith("http"):
        return original.get_text(strip=True)
    for link in item.find_all("link", recursive=False):
        href = link.get("href") or link.get_text(strip=True)
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
    guid = item.find("guid", recursive=False)
    if isinstance(guid, Tag) and guid.get("isPermaLink", "true") != "false":
        text = guid.get_text(strip=True)
        return text if text.startswith("http") else None
    return None


def json_items(raw: str) -> list[Doc] | None:
    """A JSON Feed (jsonfeed.org): one article per item, as for an RSS item: its title, its
    own address (url; external_url is the page it links to), its content, date, authors and
    tags; the feed's title names the site. None for any other text."""
    head = raw.lstrip()[:500]
    if not head.startswith("{") or "jsonfeed.org/version" not in head:
        return None
    if (found := json_list(raw, "items")) is None:
        return None
    data, entries = found
    site = data.get("title") if isinstance(data.get("title"), str) else None
    docs = []
    for item in (e for e in entries if isinstance(e, dict)):
        body = item.get("content_html") or item.get("content_text") or item.get("summary") or ""
        link = item.get("url") if isinstance(item.get("url"), str) else None
        title = item.get("title") if isinstance(item.get("title"), str) else None
        doc = _item_doc(str(body), link, title, site)
        if not title and (lead := plain_text(doc.body).strip().split("\n")[0]):
            doc.title, doc.title_source = first_sentence(lead)  # a post without a title
        if isinstance(when := item.get("date_published"), str):
            doc.meta["published_time"] = when
        people = item.get("authors") or ([item["author"]] if item.get("author") else [])
        names = [p.get("name") for p in people if isinstance(p, dict) and p.get("name")]
        if names:
            doc.meta["author"] = "、".join(names)
        doc.tags = [t for t in item.get("tags") or [] if isinstance(t, str)] or doc.tags
        docs.append(doc)
    return docs or None


def reader_items(raw: str) -> list[Doc] | None:
    """A feed reader's export of saved items in the Google Reader API's JSON (Inoreader's
    starred, FreshRSS, The Old Reader): one article per item, as for an RSS item: its title,
    address (canonical), content or summary, time (published, Unix seconds), author and the
    reader's labels as tags; the feed it came from (origin) names the site. None for any
    other text."""
    head = raw.lstrip()[:3000]
    if not head.startswith("{") or not _READER_STREAM.search(head):
        return None
    if (found := json_list(raw, "items")) is None:
        return None
    docs = []
    for item in (e for e in found[1] if isinstance(e, dict)):
        text = item.get("content") or item.get("summary") or {}
        body = text.get("content") if isinstance(text, dict) else None
        links = [x.get("href") for x in item.get("canonical") or item.get("alternate") or []]
        link = next((x for x in links if isinstance(x, str)), None)
        origin = item.get("origin") if isinstance(item.get("origin"), dict) else {}
        title = item.get("title") if isinstance(item.get("title"), str) else None
        doc = _item_doc(str(body or ""), link, title, origin.get("title"))
        if isinstance(when := item.get("published"), int) and when > 0:
            doc.meta["published_time"] = datetime.fromtimestamp(when, UTC).isoformat()
        if isinstance(author := item.get("author"), str) and author.strip():
            doc.meta["author"] = author.strip()
        labels = [c.rsplit("/label/", 1)[1] for c in item.get("categories") or [] if "/label/" in c]
        doc.tags = labels or doc.tags
        docs.append(doc)
    return docs or None


# (a stream's id: user/1005893412/state/com.google/starred; an item's: tag:google.com,2005:reader/…)
_READER_STREAM = re.compile(
    r'"id"\s*:\s*"(?:user/[^"/]+/(?:state|label)/|tag:google\.com,2005:reader/)'
)


_NEWS_SITEMAP = re.compile(r"<urlset\b[^>]*sitemap-news")


def sitemap_items(text: str) -> list[Doc] | None:
    """A news sitemap (Google News: a <urlset> of <url>s, each with its news:title,
    news:publication and news:publication_date): one article per story, its headline,
    address, outlet, date and keywords; a sitemap holds no text. None for any other file."""
    if not _NEWS_SITEMAP.search(text[:5000]):
        return None
    docs = []
    for url in BeautifulSoup(text, "xml").find_all("url"):
        news = url.find("news")
        title = child_text(news, ("title",)) if news else None
        if not title:
            continue  # (a sitemap's page without its news entry)
        doc = Doc(title=title, title_source="headline", url=child_text(url, ("loc",)))
        if when := child_text(news, ("publication_date",)):
            doc.meta["published_time"] = when
        if name := child_text(news, ("name",)):
            doc.header = f"来源：{name}"
        if keywords := child_text(news, ("keywords",)):
            doc.tags = [k.strip() for k in re.split(r"[,，、]", keywords) if k.strip()]
        docs.append(doc)
    return docs or None
