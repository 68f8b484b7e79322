"""Evernote exports (.enex): one article per note, its text the page the web clipper saved
into the note. The researcher's own lines around the clip, their tags and their account name
are not the article's; the note's creation day is the day it was clipped, an upper bound."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from . import Doc, html, read_html
from .feed import child_text

# The web clipper marks the block it saved, with the page's address and title.
_CLIPPED = re.compile(r"--en-clipped-content\s*:")
_CLIPPED_TITLE = re.compile(r"--en-clipped-source-title\s*:\s*(?P<title>[^;]+)")
_STAMP = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})T")


def notes(text: str) -> list[Doc]:
    soup = BeautifulSoup(text, "xml")
    docs = []
    for note in soup.find_all("note"):
        content = note.find("content")
        enml = content.get_text() if isinstance(content, Tag) else ""
        attributes = note.find("note-attributes")
        url = child_text(attributes, ("source-url",)) if isinstance(attributes, Tag) else None
        page = read_html(enml)
        for media in page.find_all("en-media", type=re.compile(r"^image/")):
            media.name, media.attrs = "img", {}  # a picture kept in the note: its caption is one
        enml = str(page) if page.find("img") else enml
        clip = page.find(style=_CLIPPED)
        site_title = None
        if isinstance(clip, Tag):
            if m := _CLIPPED_TITLE.search(clip.get("style", "")):
                site_title = m["title"].strip()
            enml = str(clip)  # the clip alone: not the researcher's notes around it
        # the note is titled by the page's <title>: the site's name after it goes (… | 联合早报)
        title = child_text(note, ("title",))
        doc = html.parse(
            enml or "<p></p>", base_url=url, title=html.title_without_site(title) if title else None
        )
        doc.url = doc.url or url
        if title and not site_title:
            doc.site_name = doc.site_name or html.site_in_title(title)
        if site_title:
            doc.site_name = doc.site_name or html.site_in_title(site_title)
        if (created := child_text(note, ("created",))) and (m := _STAMP.match(created)):
            doc.meta.setdefault("posted", f"{m['y']}-{m['m']}-{m['d']}")
        docs.append(doc)
    return docs
