"""RSS and Atom feeds saved as XML (RSS 2.0, RSS 1.0/RDF, Atom): one article per item, its
text from the item's content or description, dated by the item's own publication date."""

from __future__ import annotations

from html import escape

from bs4 import BeautifulSoup, Tag

from . import _TAG, Doc, html

_TEXT = ("content:encoded", "encoded", "content", "description", "summary")
_DATES = ("pubDate", "published", "dc:date", "date", "issued", "updated")


def items(text: str) -> list[Doc]:
    """The feed's items as Docs. The channel's title names the site (its known outlet name,
    if any, through the <title> rules of html), the item's link is the article's address,
    its categories are tags, and its own date is the page metadata date."""
    soup = BeautifulSoup(text, "xml")
    channel = soup.find(["channel", "feed"])
    site = child_text(channel, ("title",)) if channel else None
    docs = []
    for item in soup.find_all(["item", "entry"]):
        title = child_text(item, ("title",))
        body = child_text(item, _TEXT) or ""
        if not _TAG.search(body):  # plain text: its line breaks are its paragraphs
            body = "".join(f"<p>{escape(ln.strip())}</p>" for ln in body.split("\n") if ln.strip())
        link = _link(item)
        doc = html.parse(body or "<p></p>", base_url=link, title=title or None)
        doc.url = link or doc.url
        if site:
            doc.site_name = html.site_in_title(site) or doc.site_name
        if when := child_text(item, _DATES):
            doc.meta["published_time"] = when
        author = item.find(["dc:creator", "creator", "author"])
        name = author.find("name") if isinstance(author, Tag) else None
        written = (name or author).get_text(" ", strip=True) if isinstance(author, Tag) else ""
        if written and "@" not in written:  # an RSS <author> is an e-mail address
            doc.meta["author"] = written
        tags = [c.get("term") or c.get_text(strip=True) for c in item.find_all("category")]
        doc.tags = [t for t in dict.fromkeys(tags) if t] or doc.tags
        docs.append(doc)
    return docs


def child_text(parent: Tag, names: tuple[str, ...]) -> str | None:
    """The text of the first of these child elements the parent has (in this order)."""
    for name in names:
        el = parent.find(name, recursive=False)
        if isinstance(el, Tag) and el.get_text(strip=True):
            return el.get_text().strip()
    return None


def _link(item: Tag) -> str | None:
    """RSS <link>text</link>; Atom <link href rel="alternate">; else a permalink <guid>."""
    for link in item.find_all("link", recursive=False):
        href = link.get("href") or link.get_text(strip=True)
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
    guid = item.find("guid", recursive=False)
    if isinstance(guid, Tag) and guid.get("isPermaLink", "true") != "false":
        text = guid.get_text(strip=True)
        return text if text.startswith("http") else None
    return None
