"""RSS-to-Markdown archive entries: `<!--epoch ms-->`, `[title](url)`, a `------` rule, HTML body."""

from __future__ import annotations

import re

from . import Doc, html

_HEAD = re.compile(
    r"\A\s*<!--\s*(?P<epoch>\d{10,13})\s*-->\s*\n\s*\[(?P<title>[^\]\n]*)\]\((?P<url>[^)\s]*)\)"
    r"\s*\n\s*-{3,}\s*\n?"
)


def parse(text: str) -> Doc:
    m = _HEAD.match(text)
    if not m:
        raise ValueError("not an RSS archive entry: missing <!--epoch-->, [title](url), ------")
    title, url = m.group("title").strip(), m.group("url").strip()
    epoch = int(m.group("epoch"))
    if epoch < 10**12:  # seconds, not milliseconds
        epoch *= 1000
    doc = html.parse(text[m.end() :], base_url=url, title=title or None)
    doc.url = url or doc.url
    doc.epoch_ms = epoch
    return doc
