"""A researcher's table of articles (a spreadsheet saved as CSV or TSV, one row per article)
and a reference manager's citations (RIS, one record per article, as Zotero or EndNote export).

Each record is rewritten as the labelled text a copy of a database record is (标题：… / 日期：… /
来源：… / 作者：… / 链接：…, then the text) and read by the text reader, so its fields are read
by the same rules as any labelled copy (a reporter's title dropped from 记者 孙一然, a dateline
in the text, the date's precision)."""

from __future__ import annotations

import csv
import io
import json
import re

from ..fields import outlet_for_domain
from . import Doc, clipping, html, readlist, text

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
    "source": {
        "来源",
        "來源",
        "媒体",
        "媒體",
        "出处",
        "出處",
        "報別",
        "报别",
        "報名",
        "报名",
        "刊名",
        "source",
        "outlet",
        "publication",
        "publication title",
    },
    "author": {"作者", "记者", "記者", "author", "byline"},
    "url": {"链接", "鏈接", "連結", "网址", "網址", "原文链接", "原文鏈接", "url", "link"},
    "tags": {
        "关键词",
        "關鍵詞",
        "关键字",
        "關鍵字",
        "标签",
        "標籤",
        "keywords",
        "tags",
        "manual tags",
    },
    "body": {
        "正文",
        "内容",
        "內容",
        "内文",
        "內文",
        "全文",
        "文本",
        "body",
        "text",
        "content",
        "full text",
    },
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
    # (the header may come under a report's title and search lines: its first five lines)
    heads = raw.lstrip("\ufeff").split("\n", 5)[:5]
    delimiter = (
        "\t" if any(h.count("\t") >= 2 for h in heads)
        else "," if any(h.count(",") >= 2 for h in heads)
        else None
    )  # fmt: skip
    if delimiter is None:
        return None
    # a long article's cell, beyond csv's 128 KB default (only ever raised)
    csv.field_size_limit(max(csv.field_size_limit(), len(raw) + 1))
    try:
        rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=delimiter))
    except csv.Error:  # a cell over csv's size limit, a stray NUL: read as a text copy
        return None
    found = _header(rows)
    if found is None:
        return None
    top, names, roles = found
    rows = rows[top:]
    if "title" in roles and "url" in roles and "body" not in roles:
        return _saved_links(rows, names, roles)
    notes = names.index("notes") if "notes" in names else None  # (Zotero's export)
    docs = []
    for row in rows[1:]:
        cells = {role: row[k].strip() if k < len(row) else "" for role, k in roles.items()}
        if notes is not None and notes < len(row) and "<" in row[notes]:
            # a child note holding the page copied in it is the text, when longer than the
            # abstract (a researcher's short notes are not the article's)
            copied = _note_text(row[notes])
            if len(copied) > max(100, len(cells.get("body", ""))):
                cells["body"] = copied
        if not (cells["title"] or cells.get("body")):
            continue
        docs.append(_labelled(cells, cells.get("body", "")))
    return docs or None


def _header(rows: list[list[str]]) -> tuple[int, list[str], dict[str, int]] | None:
    """The header row (its place, its names, each role's column), maybe under a report's own
    title and period lines (a monitoring service's export); a summary column is the text
    when no column holds the whole text."""
    for top, row in enumerate(rows[:5]):
        names = [c.strip().lower() for c in row]
        roles = {}
        for role, known in _COLUMNS.items():
            k = next((k for k, n in enumerate(names) if n in known), None)
            if k is None and role != "body":  # a scraper's name for it (published_at, link…)
                k = next((k for k, n in enumerate(names) if _key(n) in _KEYS.get(role, ())), None)
            if k is not None:
                roles[role] = k
        if "title" not in roles and names and names[0] == "name":
            roles["title"] = 0  # (a Notion database's first column, its pages' titles: Name)
        summary = next((k for k, n in enumerate(names) if n in _SUMMARY), None)
        if "body" not in roles and summary is not None and not _SAVED & set(names):
            roles["body"] = summary  # (a reading list's excerpt is the reader's, not a text)
        if "title" in roles and ("body" in roles or "url" in roles):
            return top, names, roles
    return None


_SUMMARY = {"摘要", "内容摘要", "內容摘要", "summary", "abstract", "abstract note", "excerpt"}


# A reading list's column for when a link was saved (Instapaper: Timestamp, Unix seconds).
_SAVED = {"timestamp", "time_added", "saved", "saved at", "saved_at", "added", "created", "收藏时间"}  # fmt: skip


def _saved_links(rows: list[list[str]], names: list[str], roles: dict) -> list[Doc] | None:
    """A table of saved links with no text column (Instapaper's export: URL, Title, Selection,
    Folder, Timestamp; a list of headlines with their dates and sources): one article per
    link, as a read-it-later app's export is read. The reader's highlights (Selection) and
    folders are not the article's."""
    saved = next((k for k, n in enumerate(names) if n in _SAVED), None)
    docs = []
    for row in rows[1:]:
        cells = {role: row[k].strip() if k < len(row) else "" for role, k in roles.items()}
        if not cells["url"].startswith(("http://", "https://")):
            continue
        when = row[saved] if saved is not None and saved < len(row) else ""
        doc = readlist.saved_link(cells["url"], " ".join(cells["title"].split()), when)
        if cells.get("date"):  # (a headline list's 發布時間 column: 2025/1/15 10:52)
            doc.date_hints.append(cells["date"])
        doc.site_name = doc.site_name or cells.get("source") or None
        doc.tags += [t for t in re.split(r"[,，、;；]\s*", cells.get("tags", "")) if t]
        docs.append(doc)
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


def zotero_report(raw: str) -> list[Doc] | None:
    """The items of a Zotero report (a page of <li class="item …">: the title, a table of
    fields, tags, child notes): each read as a citation is, its text the longest child note
    (a page copied into it), under the note's own label (全文（网页复制…）). Access, added and
    modified dates and the researcher's other notes are not the article's."""
    if 'class="report' not in raw[:5000] and "class='report" not in raw[:5000]:
        return None
    soup = html._soup(raw)
    docs = []
    for item in soup.select("ul.report > li.item"):
        heading = item.find(["h2", "h3"])
        record: dict[str, list[str]] = (
            {"title": [heading.get_text(" ", strip=True)]} if heading else {}
        )
        for row in item.select("table tr"):
            label, value = row.find("th"), row.find("td")
            role = (
                _ZOTERO_ROLES.get(label.get_text(strip=True).lower()) if label and value else None
            )
            if role and (text := value.get_text(" ", strip=True)):
                record.setdefault(role, []).append(text)
        record["tags"] = [li.get_text(strip=True) for li in item.select("ul.tags > li")]
        notes = [_note_text(note) for note in item.select("ul.notes > li")]
        record["body"] = [max(notes, key=len, default="")]
        if record.get("title"):
            docs.append(_citation(record))
    return docs or None


def _note_text(note) -> str:
    """A Zotero note's paragraphs (its HTML), without its own label over a page copied into it
    (全文（网页复制，快照打不开时备用）, 全文摘录：)."""
    if isinstance(note, str):
        note = html._soup(note)
    paragraphs = [p.get_text(" ", strip=True) for p in note.find_all(["p", "h1", "h2", "h3", "li"])]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and len(paragraphs[0]) <= 40 and not paragraphs[0].endswith("。"):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


# A Zotero report's field labels (Chinese or English interface), by role.
_ZOTERO_ROLES = {
    "url": "url", "出版物": "source", "publication": "source", "网站标题": "source",
    "website title": "source", "报纸": "source", "日期": "date", "date": "date", "作者": "author",
    "author": "author", "记者": "author",
}  # fmt: skip


# A BibTeX entry (@article{key, …}) and its fields (name = {value} or "value").
_BIB_ENTRY = re.compile(r"^@(?P<type>\w+)\s*\{\s*[^,\s]*\s*,", re.M)
_BIB_FIELD = re.compile(
    r'(?P<name>\w+)\s*=\s*(?:\{(?P<braced>(?:[^{}]|\{[^{}]*\})*)\}|"(?P<quoted>[^"]*)"|(?P<bare>\w+))'
)
_BIB_ROLES = {
    "title": "title", "author": "author", "date": "date", "year": "year", "month": "month",
    "journal": "source", "journaltitle": "source", "publisher": "source", "url": "url",
    "keywords": "tags", "abstract": "body",
}  # fmt: skip


def bibtex(raw: str) -> list[Doc] | None:
    """The entries of a BibTeX file (JabRef, Zotero) read as citations are (see citations):
    braces that protect a title's words and escapes (\\%) go, authors are joined by "and";
    access dates (urldate), comments and @Comment/@String blocks are not the article's."""
    starts = [
        m
        for m in _BIB_ENTRY.finditer(raw)
        if m["type"].lower() not in ("comment", "string", "preamble")
    ]
    if not starts:
        return None
    docs = []
    for m, end in zip(starts, [*(s.start() for s in starts[1:]), len(raw)], strict=True):
        record: dict[str, list[str]] = {}
        for f in _BIB_FIELD.finditer(raw, m.end(), end):
            role = _BIB_ROLES.get(f["name"].lower())
            value = f["braced"] if f["braced"] is not None else f["quoted"] or f["bare"] or ""
            value = re.sub(r"\\([%&$#_])", r"\1", value.replace("{", "").replace("}", "")).strip()
            if role == "author":
                record["author"] = [a.strip() for a in re.split(r"\s+and\s+", value) if a.strip()]
            elif role and value:
                record.setdefault(role, []).append(value)
        if "date" not in record and "year" in record:
            record["date"] = ["/".join([record["year"][0], *record.get("month", [])])]
        if record.get("title"):
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


# A scraper's keys for each field (lower-cased, without _ - : and spaces), most telling first:
# Scrapy items (pub_time, source, content), Firecrawl and similar page metadata (ogTitle,
# sourceURL, publishedTime), newspaper-style exports (publish_date, text), Pocket's API export
# (resolved_title, given_url, domain_metadata's name).
_KEYS = {
    "title": ("headline", "ogtitle", "title", "resolvedtitle", "giventitle", "标题", "標題", "新闻标题"),
    "date": (
        "pubtime", "publishtime", "publishedtime", "publishedat", "articlepublishedtime", "datepublished",
        "publishdate", "pubdate", "published", "releasetime", "date", "time", "发布时间",
        "發布時間", "日期", "时间",
    ),
    "source": (
        "source", "outlet", "publication", "sitename", "ogsitename", "media", "domainmetadata",
        "来源", "來源", "媒体",
    ),
    "author": ("author", "authors", "byline", "作者", "记者"),
    "url": (
        "url", "ogurl", "canonical", "link", "sourceurl", "resolvedurl", "givenurl", "shareurl", "weburl",
        "articleurl", "链接", "网址",
    ),
    "tags": ("tags", "keywords", "关键词", "标签"),
    "body": ("content", "text", "body", "articlebody", "fulltext", "正文", "内容", "全文"),
}  # fmt: skip
_DOMAIN_NAME = re.compile(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.I)


def _domain_outlet(host: str) -> str:
    """A source named by its domain: the outlet at that address, else none (the article's
    address then names it)."""
    return outlet_for_domain(f"https://{host.lower()}/") or ""


# When a collecting tool saw or saved a link (not when it was published).
_SEEN = ("seendate", "timestamp", "timeadded", "saved", "savedat", "indexeddate", "crawltime")
_KEY_NOISE = re.compile(r"[\s_:-]+")


def _key(name: str) -> str:
    return _KEY_NOISE.sub("", name).lower()


def _value(value) -> str:
    """A field's value as text: a list joined (authors, tags), a mapping's name."""
    if isinstance(value, dict):
        value = value.get("name") or ""
    if isinstance(value, list):
        return "、".join(v for v in (_value(x) for x in value) if v)
    if value is None or isinstance(value, bool):  # (not `in (None, True, False)`: 0 == False)
        return ""
    return _VALUE_LABEL.sub("", str(value).strip())  # 来源：人民网: a scraper kept the label


_VALUE_LABEL = re.compile(
    r"^(?:来源|來源|作者|记者|記者|标题|標題|日期|时间|時間|发布时间|發布時間)\s*[:：]\s*"
)


def scraped(raw: str) -> list[Doc] | None:
    """The articles of a scraper's JSON output: a JSON document or JSON Lines (Scrapy's
    exporters, Firecrawl's response, a list of records), each record with a title and a text
    (or a page as Markdown, read as a clipped page: menus and all). The crawl's own times
    (crawl_time, scrapeId) are not the article's. None for any other text."""
    stripped = raw.lstrip("\ufeff").strip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        found = [json.loads(stripped)]
    except ValueError:
        try:
            found = [json.loads(line) for line in stripped.splitlines() if line.strip()]
        except ValueError:
            return None
    docs = [doc for item in found for doc in _records(item, depth=0)]
    return docs or None


def _records(item, depth: int) -> list[Doc]:
    """The records in a JSON value: a mapping with a title and a text (its "metadata"
    mapping's fields count as its own), or those found in its values, a few levels down."""
    if depth > 3:
        return []
    if isinstance(item, list):
        return [doc for x in item for doc in _records(x, depth + 1)]
    if not isinstance(item, dict):
        return []
    flat = {_key(k): v for k, v in item.items() if not isinstance(v, list)}
    for nested in ("metadata", "meta"):
        if isinstance(item.get(nested), dict):
            for k, v in item[nested].items():
                flat.setdefault(_key(k), v)
    for k in ("authors", "tags", "keywords"):
        if isinstance(item.get(k), list):
            flat[k] = item[k]
    markdown = item.get("markdown") if isinstance(item.get("markdown"), str) else None
    fields = {
        role: next((v for k in keys if (v := _value(flat.get(_key(k))))), "")
        for role, keys in _KEYS.items()
    }
    if _DOMAIN_NAME.fullmatch(fields["source"]):  # NewsAPI's source name: Rfi.fr, Voachinese.com
        fields["source"] = _domain_outlet(fields["source"])
    if fields["source"].startswith(("http://", "https://")):  # trafilatura's source: the page
        fields["url"] = fields["url"] or fields["source"]
        fields["source"] = _value(flat.get("sourcehostname")) or _value(flat.get("sitename"))
    if fields["title"] and fields["url"] and not (markdown or fields["body"]):
        # a link with its title (GDELT's article list, a reading list): its date if given,
        # else the day it was seen or saved as the upper bound
        seen = next((v for k in _SEEN if (v := _value(flat.get(k)))), "")
        doc = readlist.saved_link(fields["url"], fields["title"], seen)
        if fields["date"]:
            doc.meta["published_time"] = fields["date"]
        return [doc]
    if fields["title"] and (markdown or fields["body"]):
        if markdown:  # a page as Markdown, its metadata beside it
            data = {"title": fields["title"], "url": fields["url"], "published": fields["date"]}
            data.update({"author": fields["author"], "site_name": fields["source"]})
            return [clipping.clipped({k: v for k, v in data.items() if v}, markdown)]
        fields["title"] = html.title_without_site(fields["title"])
        body = fields["body"]
        if _MARKUP.match(body):  # (Readability's content: the story as HTML)
            body = html.parse(f"<html><body>{body}</body></html>").body
        return [_labelled(fields, body)]
    docs = [doc for v in item.values() for doc in _records(v, depth + 1)]
    # (a wrapper's address for the record it holds: {"url": …, "readability": {…}})
    for doc in docs:
        doc.url = doc.url or fields["url"] or None
    return docs


_MARKUP = re.compile(r"\s*<(?:div|p|article|section|figure|h[1-6])\b", re.I)
