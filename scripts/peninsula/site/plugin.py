"""Datasette plugin: Chinese-aware search functions, readable cells, and the site's pages."""

from __future__ import annotations

import html

from datasette import hookimpl
from markupsafe import Markup

from .. import entities
from ..textnorm import fts_query, match_spans, plain_text

SNIPPET_CHARS = 120


def search_expression(query: str) -> str:
    """What `?_search=` and the ranked search send to FTS5 MATCH (see textnorm.fts_query)."""
    return fts_query(query, entities.synonyms)


def snippet(text: str | None, query: str | None, size: int = SNIPPET_CHARS) -> str:
    """A window of the article's own text (original script) around the first match, with the
    matched words wrapped in <mark>; the rest is HTML-escaped."""
    text = " ".join(plain_text(text or "").split())
    spans = match_spans(text, query or "", entities.synonyms)
    start = max(0, spans[0][0] - size // 3) if spans else 0
    end = min(len(text), start + size)
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: Datasette registers its own escape_fts; ours must be registered after it
    # (see NOTES.md), so `?_search=` and the search box use the Chinese-aware query.
    conn.create_function("escape_fts", 1, search_expression, deterministic=True)
    conn.create_function("peninsula_fts", 1, search_expression, deterministic=True)
    conn.create_function("peninsula_snippet", 2, snippet, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Snippets carry <mark> highlights (already escaped); titles in queries link to articles."""
    if database != "peninsula":
        return None
    if column == "snippet" and isinstance(value, str):
        return Markup(value)
    keys = row.keys() if hasattr(row, "keys") else []
    if table is None and column == "title" and "id" in keys and isinstance(value, str):
        href = datasette.urls.row("peninsula", "articles", row["id"])
        return Markup(f'<a href="{html.escape(href)}">{html.escape(value)}</a>')
    return None
