"""Text normalisation shared by indexing and querying: the one place both sides use.

Search works on text folded to simplified Chinese (OpenCC t2s) with every Han character as its
own token, so that any substring of one or more characters matches through plain FTS5 unicode61,
and a researcher's plain sqlite3 can query the index with no extension (see NOTES.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Traditional -> simplified, character for character (OpenCC t2s keeps lengths here)."""
    if not text:
        return text
    return _t2s().convert(text)


# Han ideographs (incl. extensions and compatibility), kana and hangul: each is one token.
_CJK = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK_CHAR = re.compile(f"([{_CJK}])")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SPACES = re.compile(r"\s+")


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_MARKS = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)|[*`]{1,3}")


def plain_text(markdown: str) -> str:
    """The words of a Markdown text: link and image addresses and markup dropped, so that
    neither search nor entity matching sees a URL ("bannedbook.org") as article text."""
    text = _MD_LINK.sub(r"\1", markdown or "")
    return _MD_MARKS.sub("", text)


def has_cjk(text: str) -> bool:
    return bool(_CJK_CHAR.search(text or ""))


def index_text(text: str) -> str:
    """The form written to the full-text index: folded, NFKC, lower-cased, one token per Han char."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", fold(text)).lower()
    # one call per run of Han characters, not per character: this runs on every article
    text = _CJK_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", text)
    return " ".join(text.split())


def term_tokens(term: str) -> list[str]:
    """Tokens of one query term, the same way the index was tokenised (unicode61 word chars)."""
    return re.findall(r"\w+", index_text(term))


_QUERY_TERM = re.compile(r'"([^"]*)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """Split a researcher's query into terms: "quoted phrases" stay whole, else whitespace."""
    return [a or b for a, b in _QUERY_TERM.findall(query or "") if (a or b).strip()]


def _phrase(variant: str) -> str | None:
    tokens = term_tokens(variant)
    return '"' + " ".join(tokens) + '"' if tokens else None


def _minimal(phrases: set[str]) -> list[str]:
    """Drop phrases that contain another phrase of the group (token-wise): a document matching
    "朝 鲜 当 局" already matches "朝 鲜", so the longer one only costs time in an OR."""

    def inner(p: str) -> str:
        return " " + p.strip('"') + " "

    return sorted(p for p in phrases if not any(q != p and inner(q) in inner(p) for q in phrases))


def fts_query(query: str, synonyms=None) -> str:
    """A researcher's query -> an FTS5 MATCH expression over the index text.

    Every term must match (AND); each term is a phrase of its tokens (北韓 -> "北 韩"), or a
    group of phrases when `synonyms(term)` names other aliases of the same entity.
    """
    parts = []
    for term in query_terms(query):
        variants = synonyms(term) if synonyms else [term]
        phrases = _minimal({p for v in [term, *variants] if (p := _phrase(v))})
        if phrases:
            parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
    # An empty query matches nothing rather than raising a syntax error.
    return " AND ".join(parts) if parts else '""'


def match_spans(text: str, query: str, synonyms=None) -> list[tuple[int, int]]:
    """Character spans in the original text where a query term or synonym occurs (for
    highlighting): found on the folded, lower-cased text, whose offsets match the original."""
    hay = fold(text).lower()
    spans = []
    for term in query_terms(query):
        variants = synonyms(term) if synonyms else [term]
        for v in {term, *variants}:
            needle = fold(v).lower().strip()
            if not needle:
                continue
            start = hay.find(needle)
            while start != -1:
                spans.append((start, start + len(needle)))
                start = hay.find(needle, start + len(needle))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
