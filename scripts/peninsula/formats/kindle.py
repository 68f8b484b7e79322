"""A Kindle's clippings file (My Clippings.txt): the highlights a reader made in documents,
one entry each between lines of ==========, under the document's title and its author in
brackets. A news story sent to the Kindle names its outlet there (新华网), or carries the
site's name after its headline; a book names a person, and is not a story.

One article per story: its highlights in the order read, a highlight that a later one holds
whole (made again, wider) once; the reader's notes and bookmarks are not the story's. The day
a highlight was made bounds the date from above; the story's own date is not in the file.
"""

from __future__ import annotations

import re

from ..dates import metadata_date
from ..fields import known_outlet, looks_like_outlet
from . import Doc
from .html import site_in_title, title_without_site

_SEPARATOR = re.compile(r"^={10}\s*$", re.MULTILINE)
# The entry's second line: what it is, where, and when it was added (Chinese or English).
_ENTRY = re.compile(
    r"^-\s*(?:您在|Your\s+)(?P<what>.*?)\s*\|\s*(?:添加于|添加於|Added on)\s*(?P<added>.+)$", re.I
)
_HIGHLIGHT = re.compile(r"标注|標註|highlight", re.I)
_BY = re.compile(r"^(?P<title>.+?)\s*[（(](?P<by>[^()（）]{1,40})[)）]\s*$")


def clippings(text: str) -> list[Doc] | None:
    """The stories of a clippings file, or None when the text is not one (two entries or more
    of the Kindle's shape)."""
    entries = [e.strip().lstrip("\ufeff").strip() for e in _SEPARATOR.split(text)]
    parsed = []
    for entry in entries:
        lines = [ln.strip().lstrip("\ufeff") for ln in entry.split("\n")]
        if len(lines) >= 2 and (m := _ENTRY.match(lines[1])):
            parsed.append((lines[0], m["what"], m["added"], "\n".join(lines[2:]).strip()))
    if len(parsed) < 2 or len(parsed) < 0.8 * len([e for e in entries if e]):
        return None
    stories: dict[str, dict] = {}
    for heading, what, added, highlight in parsed:
        story = stories.setdefault(heading, {"added": added, "highlights": []})
        if _HIGHLIGHT.search(what) and highlight:
            story["highlights"].append(highlight)
    docs = []
    for heading, story in stories.items():
        doc = _story(heading, story["highlights"], story["added"])
        if doc is not None:
            docs.append(doc)
    return docs or None


def _story(heading: str, highlights: list[str], added: str) -> Doc | None:
    """A document's highlights as a story, or None for a book (its author a person) or for a
    document without highlights."""
    m = _BY.match(heading)
    title, by = (m["title"], m["by"].strip()) if m else (heading, "")
    site = site_in_title(title)
    if not highlights or not (known_outlet(by) or looks_like_outlet(by) or site):
        return None
    kept = [
        h for k, h in enumerate(highlights) if not any(h in later for later in highlights[k + 1 :])
    ]
    doc = Doc(title=title_without_site(title), title_source="headline")
    doc.body = "\n\n".join(kept) + "\n"
    doc.site_name = by if known_outlet(by) or looks_like_outlet(by) else site
    doc.meta["account"] = doc.site_name  # (its outlet, known or not)
    if (day := metadata_date(added)).precision == "day":
        doc.meta["posted"] = day.published  # the day the reader highlighted it: no earlier
    return doc
