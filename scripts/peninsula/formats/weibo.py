"""A Weibo post page saved from weibo.com or m.weibo.cn: the post is the article. Its
【headline】 is the title, its #topics# are tags, its account (an outlet's, such as 央视新闻)
is the outlet, the time element's full date is the date; the repost and comment feeds, the
counters and the site's menus are not the story."""

from __future__ import annotations

import re

from bs4 import Tag

from . import Doc, read_html
from .html import _SAVED_FROM

_POST_TEXT = re.compile(r"detail_wbtext|weibo-text|wbpro-feed-ogText")
_TIME = re.compile(r"time")
_NAME = re.compile(r"head_name|m-text-cut|name")
_TOPIC = re.compile(r"#([^#\n]{1,30})#")
_HEADLINE = re.compile(r"【(?P<title>[^【】]{4,80})】")
# What Weibo prints inside a post's text: a link's label, the expand and collapse buttons.
_POST_FURNITURE = re.compile(r"\s*(?:O?网页链接|展开全文c?|收起全文d?|收起|展开)\s*")
_STAMP = re.compile(r"(?P<y>\d{2}|\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+(?P<t>\d{1,2}:\d{2}))?")


def read_post(text: str, doc: Doc) -> None:
    """A post's text (its lines broken where the post breaks them) read into doc: its
    【headline】 is the title (else its first sentence), its #topics# are tags, its lines the
    paragraphs."""
    text = _POST_FURNITURE.sub(" ", text).strip()
    doc.tags = list(dict.fromkeys(t.strip() for t in _TOPIC.findall(text)))
    text = _TOPIC.sub("", text).strip()
    if m := _HEADLINE.search(text):
        doc.title, doc.title_source = m["title"].strip(), "headline"
        text = (text[: m.start()] + text[m.end() :]).strip()
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    if not doc.title and paragraphs:
        first = re.split(r"(?<=[。！？])", paragraphs[0])[0]
        doc.title, doc.title_source = first, "first_sentence"
    doc.body = "\n\n".join(paragraphs) + "\n"


def post(html: str) -> Doc | None:
    """The post of a Weibo page, or None when the page is not one."""
    if not _POST_TEXT.search(html):  # a page sharing to Weibo has none of its post classes
        return None
    head = html[:3000]
    soup = read_html(html)
    box = soup.find(class_=_POST_TEXT)
    if not isinstance(box, Tag):
        return None
    for br in box.find_all("br"):
        br.replace_with("\n")
    doc = Doc()
    read_post(box.get_text(), doc)
    account = None
    header = box.find_previous(class_=_NAME)
    if isinstance(header, Tag):
        named = header.find(attrs={"title": True})
        account = (named["title"] if named else header.get_text(strip=True)) or None
    when = box.find_previous(class_=_TIME)
    if isinstance(when, Tag):
        stamp = when.get("title") or when.get_text(" ", strip=True)
        if m := _STAMP.search(stamp):
            year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
            iso = f"{year}-{int(m['m']):02d}-{int(m['d']):02d}"
            doc.meta["published_time"] = f"{iso} {m['t']}" if m["t"] else iso
    if saved := _SAVED_FROM.search(head):
        doc.url = saved["url"]
    doc.header = f"来源：{account}" if account else ""  # the account posting it is its source
    return doc
