"""A researcher's table of articles (a spreadsheet saved as CSV or TSV, one row per article)
and a reference manager's citations (RIS, one record per article, as Zotero or EndNote export).

Each record is rewritten as the labelled text a copy of a database record is (标题：… / 日期：… /
来源：… / 作者：… / 链接：…, then the text) and read by the text reader, so its fields are read
by the same rules as any labelled copy (a reporter's title dropped from 记者 孙一然, a dateline
in the text, the date's precision)."""

from __future__ import annotations

import csv
import io
import re

from . import Doc, text

# The column names a collection spreadsheet uses for each field (lower-cased).
_COLUMNS = {
    "title": {"标题", "標題", "题目", "題目", "新闻标题", "新聞標題", "title", "headline"},
    "date": {
        "日期",
        "时间",
        "時間",
        "发布时间",
        "發布時間",
        "发布日期",
        "發布日期",
        "date",
        "published",
    },
    "source": {"来源", "來源", "媒体", "媒體", "出处", "出處", "source", "outlet", "publication"},
    "author": {"作者", "记者", "記者", "author", "byline"},
    "url": {"链接", "鏈接", "連結", "网址", "網址", "原文链接", "原文鏈接", "url", "link"},
    "tags": {"关键词", "關鍵詞", "标签", "標籤", "keywords", "tags"},
    "body": {"正文", "内容", "內容", "全文", "文本", "body", "text", "content", "full text"},
}
_LABELS = {
    "title": "标题",
    "date": "日期",
    "source": "来源",
    "author": "作者",
    "url": "链接",
    "tags": "关键词",
}


def _labelled(fields: dict[str, str], body: str) -> Doc:
    """A record read as the labelled copy it is (see text.labelled_copy)."""
    return text.labelled_copy(
        [(_LABELS[k], v) for k, v in fields.items() if v and k in _LABELS], body
    )


def spreadsheet(raw: str) -> list[Doc] | None:
    """The rows of a CSV or TSV table whose header names a title and a text column; a row with
    neither is skipped (a spreadsheet's trailing empty rows). None for any other text."""
    head = raw.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if head.count("\t") >= 2 else "," if head.count(",") >= 2 else None
    if delimiter is None:
        return None
    # a long article's cell, beyond csv's 128 KB default (only ever raised)
    csv.field_size_limit(max(csv.field_size_limit(), len(raw) + 1))
    try:
        rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=delimiter))
    except csv.Error:  # a cell over csv's size limit, a stray NUL: read as a text copy
        return None
    names = [c.strip().lower() for c in rows[0]]
    roles = {}
    for role, known in _COLUMNS.items():
        if (k := next((k for k, n in enumerate(names) if n in known), None)) is not None:
            roles[role] = k
    if "title" not in roles or "body" not in roles:
        return None
    docs = []
    for row in rows[1:]:
        cells = {role: row[k].strip() if k < len(row) else "" for role, k in roles.items()}
        if not (cells["title"] or cells["body"]):
            continue
        docs.append(_labelled(cells, cells["body"]))
    return docs or None


_RIS_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?$")
_RIS_ROLES = {
    "TI": "title",
    "T1": "title",
    "AU": "author",
    "A1": "author",
    "DA": "date",
    "PY": "date",
    "Y1": "date",
    "T2": "source",
    "JO": "source",
    "JF": "source",
    "UR": "url",
    "KW": "tags",
    "AB": "body",
    "N2": "body",
}


def citations(raw: str) -> list[Doc] | None:
    """The records of an RIS file (TY  - NEWS … ER  -): title, authors, date, publication,
    address, keywords, and the abstract as the text (an RIS record holds no full text). Access
    dates (Y2), databases (DB) and the researcher's notes (N1) are not the article's."""
    if not re.match(r"\ufeff?\s*TY  - ", raw):
        return None
    docs, record = [], {}
    for line in raw.replace("\r\n", "\n").split("\n"):
        m = _RIS_LINE.match(line.rstrip())
        if not m:
            continue
        tag, value = m["tag"], (m["value"] or "").strip()
        if tag == "ER":
            if record:
                docs.append(_citation(record))
            record = {}
        elif (role := _RIS_ROLES.get(tag)) and value:
            record.setdefault(role, []).append(value)
    if record:
        docs.append(_citation(record))
    return docs or None


def _citation(record: dict[str, list[str]]) -> Doc:
    # a date is written 2025/01/07/ (RIS's year/month/day/other); the fullest one is kept
    dates = [d.strip("/").split("/")[:3] for d in record.get("date", [])]
    day = "/".join(max(dates, key=len)) if dates else ""
    fields = {
        "title": record.get("title", [""])[0],
        "date": day,
        "source": record.get("source", [""])[0],
        "author": "、".join(record.get("author", [])),
        "url": record.get("url", [""])[0],
        "tags": "；".join(record.get("tags", [])),
    }
    return _labelled(fields, "\n\n".join(record.get("body", [])))
