"""Stage 2: converted articles -> SQLite. The schema, the public API, is declared here once."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from datetime import date

import sqlite_utils

from . import dedupe, entities
from .textnorm import index_text, plain_text

# Bump when the tables or what is derived at load time (e.g. story bands) change: a previous
# database with another version is rebuilt from the cache instead of patched.
SCHEMA_VERSION = "7"

# table -> (columns with types, primary key, foreign keys). The two largest tables keyed by a
# composite primary key are WITHOUT ROWID: the rows live in the key's b-tree, not in a table plus
# an index that repeats the key (mentions: 80 MB less at 100,000 articles, and faster to load).
SCHEMA: dict[str, dict] = {
    "sources": {
        "columns": {
            "id": str, "path": str, "sha256": str, "bytes": int, "encoding": str, "format": str,
        },
        "pk": "id",
    },
    "articles": {
        "columns": {
            "id": str, "seq": int, "source_id": str, "item": int, "title": str, "title_source": str,
            "published": str, "year": int, "published_precision": str, "published_time": str,
            "published_earliest": str, "published_latest": str, "date_evidence": str,
            "outlet": str, "republisher": str, "author": str, "url": str,
            "republished_url": str, "language": str, "category": str, "tags": str, "people": str,
            "places": str, "orgs": str, "story_id": str, "duplicate_of": str, "body": str,
            "chars": int,
        },
        "pk": "id",
        "foreign_keys": [("source_id", "sources", "id")],
    },
    "tags": {
        "columns": {"article_id": str, "tag": str},
        "pk": ("article_id", "tag"),
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "images": {
        "columns": {"article_id": str, "position": int, "url": str, "caption": str, "credit": str},
        "pk": ("article_id", "position"),
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "links": {
        "columns": {"article_id": str, "position": int, "title": str, "url": str, "kind": str},
        "pk": ("article_id", "position"),
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "entities": {
        "columns": {
            "id": str, "type": str, "name": str, "name_zh_hans": str, "name_zh_hant": str,
            "aliases": str, "description": str, "kind": str, "latitude": float,
            "longitude": float, "country": str, "geonames_id": int, "articles": int,
        },
        "pk": "id",
    },
    "mentions": {
        "columns": {
            "article_id": str, "entity_id": str, "count": int, "first_offset": int,
            "surface_forms": str,
        },
        "pk": ("article_id", "entity_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("entity_id", "entities", "id")],
        "without_rowid": True,
    },
    "entity_months": {
        "columns": {"entity_id": str, "month": str, "articles": int},
        "pk": ("entity_id", "month"),
        "foreign_keys": [("entity_id", "entities", "id")],
        "without_rowid": True,
    },
    "story_signatures": {
        "columns": {"article_id": str, "signature": bytes},
        "pk": "article_id",
    },
    "story_bands": {
        "columns": {"band": int, "article_id": str},
        "pk": ("band", "article_id"),
        "without_rowid": True,
    },
    "problems": {
        "columns": {"path": str, "severity": str, "reason": str},
        "pk": ("path", "reason"),
    },
    "build_info": {"columns": {"key": str, "value": str}, "pk": "key"},
}  # fmt: skip

# The facets shown on every articles page (metadata.yml). Search results are found by seq
# (articles_fts.rowid), so an index on seq that also holds these columns lets each facet count
# a search's matches without reading the long article rows: about 4x faster at 100,000.
FACETS = ["outlet", "language", "year", "published_precision"]
# The same columns first, then seq: a search matching much of the table counts its facets
# faster by reading this index in group order (each entry's seq checked against the matches)
# than by looking up every match and sorting (site/facets.py picks one by the match count).
FACET_SCAN_INDEX = "idx_articles_" + "_".join([*FACETS, "seq"])

INDEXES = {
    "articles": [
        ["seq"], ["seq", *FACETS], [*FACETS, "seq"],
        ["published"], ["year"], ["outlet"], ["language"], ["source_id"], ["category"], ["story_id"],
        ["published_precision"],
        ["id", "published"],  # entity pages: mentions -> date without the long rows
    ],
    "tags": [["tag"]],
    "mentions": [["entity_id"]],
    "entities": [["type"]],
    "story_bands": [["article_id"]],
}  # fmt: skip

PLACE_MAP_VIEW = """
create view place_mentions as
select
  articles.id as article_id,
  articles.title as title,
  articles.published as published,
  articles.outlet as outlet,
  entities.id as place_id,
  entities.name as place,
  entities.latitude as latitude,
  entities.longitude as longitude,
  json_object(
    'title', entities.name || ': ' || coalesce(articles.title, articles.id),
    'description', coalesce(articles.published, '') || ' ' || coalesce(articles.outlet, ''),
    'link', '/peninsula/articles/' || articles.id
  ) as popup
from mentions
join entities on entities.id = mentions.entity_id
join articles on articles.id = mentions.article_id
where entities.latitude is not null and entities.longitude is not null
"""

# Index text is folded and spaced (textnorm.index_text); it is not stored, only indexed, so
# snippets are made from the article's own text (see site/plugin.py). Its rowid is articles.seq
# (publication order, so newest-first search stops early): a stored key, unlike rowid, survives
# a researcher's VACUUM.
FTS_SQL = """
create virtual table articles_fts using fts5(title, body, content='', tokenize='unicode61')
"""


def create(db: sqlite_utils.Database, *, indexes: bool = True) -> None:
    """Create every table, index and view of an empty database. A full build creates the
    indexes after loading (create_indexes): one sort each instead of an update per row."""
    for name, spec in SCHEMA.items():
        sql = db.create_table_sql(
            name,
            spec["columns"],
            pk=spec["pk"],
            foreign_keys=spec.get("foreign_keys"),
            not_null={"id"} if spec["pk"] == "id" else None,
        ).strip()
        db.execute(sql.rstrip(";") + (" WITHOUT ROWID" if spec.get("without_rowid") else ""))
    if indexes:
        create_indexes(db)
    db.execute(FTS_SQL)
    db.execute(PLACE_MAP_VIEW)


def load_entities(db: sqlite_utils.Database) -> None:
    rows = []
    for e in entities.load_gazetteer():
        rows.append(
            {
                "id": e["id"],
                "type": e["type"],
                "name": e["name"],
                "name_zh_hans": e.get("zh_hans"),
                "name_zh_hant": e.get("zh_hant"),
                "aliases": json.dumps(e.get("aliases") or [], ensure_ascii=False),
                "description": e.get("description"),
                "kind": e.get("kind"),
                "latitude": e.get("latitude") if _on_map(e) else None,
                "longitude": e.get("longitude") if _on_map(e) else None,
                "country": e.get("country"),
                "geonames_id": e.get("geonames_id"),
                "articles": 0,
            }
        )
    db["entities"].insert_all(rows)


def _on_map(e: dict) -> bool:
    """Countries are not drawn as a pin at their centroid unless marked `map: true`."""
    return e["type"] != "country" or bool(e.get("map"))


def _year(a: dict) -> int | None:
    """The year of publication when known: from the date, or from bounds within one year."""
    if a.get("published"):
        return int(a["published"][:4])
    lo, hi = a.get("published_earliest"), a.get("published_latest")
    if lo and hi and lo[:4] == hi[:4]:
        return int(lo[:4])
    return None


# json.dumps(values, ensure_ascii=False) without building an encoder on every call
_json = json.JSONEncoder(ensure_ascii=False).encode


# seq = days since 1900-01-01 (20 bits) then 43 bits of the id's hash: publication order, and the
# same value whatever order or history the build had (incremental or full).
_EPOCH = date(1900, 1, 1).toordinal()


def seq_for(article: dict) -> int:
    day = article.get("published_earliest") or article.get("published") or ""
    try:
        days = date.fromisoformat((day + "-01-01")[:10]).toordinal() - _EPOCH if day else 0
    except ValueError:
        days = 0
    h = int(hashlib.sha256(article["id"].encode()).hexdigest()[:12], 16) & (2**43 - 1)
    return (min(max(days, 0), 2**20 - 1) << 43) | h


def create_indexes(db: sqlite_utils.Database) -> None:
    for table, indexes in INDEXES.items():
        for cols in indexes:
            db[table].create_index(cols, unique=cols == ["seq"])


def prepare(article: dict) -> dict:
    """What loading needs that only depends on the article: computed in the conversion
    workers (in parallel) and cached with it."""
    article["seq"] = seq_for(article)
    article["index_title"] = index_text(article["title"] or "")
    article["index_body"] = index_text(plain_text(article["body"]))
    sig = dedupe.signature(article["body"])
    article["signature"] = sig
    return article


def month_of(article: dict) -> str | None:
    """The article's month of publication ("YYYY-MM"), when its date is known to the month."""
    published = article.get("published") or ""
    return published[:7] if len(published) >= 7 else None


def count_months(articles: list[dict], months: dict[str, Counter], sign: int = 1) -> None:
    """Add (sign -1: take away) the articles to the per-entity month counts of entity_months,
    kept in memory while a build inserts and deletes: one upsert per (entity, month) at the
    end, instead of grouping every mention again (88 s at 1,000,000 articles). A Counter per
    entity, its months interned: under 10 MB for 200,000 pairs, against 45 MB with (entity,
    month) keys."""
    for a in articles:
        if month := month_of(a):
            month = sys.intern(month)
            for eid in a["mentions"]:
                months[eid][month] += sign


def insert_articles(db: sqlite_utils.Database, articles: list[dict], months: dict) -> None:
    """Insert prepared articles with their tags, images, links, mentions and index rows, and
    count them in `months` (see count_months)."""
    count_months(articles, months)
    rows, tags, images, links, mentions, fts, sigs, bands = [], [], [], [], [], [], [], []
    for a in articles:
        row = {k: a.get(k) for k in SCHEMA["articles"]["columns"]}
        for k in ("people", "places", "orgs", "tags"):
            row[k] = _json(list(dict.fromkeys(a.get(k) or [])))
        row["year"] = _year(a)
        row["story_id"], row["duplicate_of"] = a["id"], None  # until dedupe.regroup
        rows.append(row)
        fts.append((a["seq"], a["index_title"], a["index_body"]))
        tags += [{"article_id": a["id"], "tag": t} for t in dict.fromkeys(a["tags"])]
        images += [{"article_id": a["id"], "position": i, **im} for i, im in enumerate(a["images"])]
        links += [{"article_id": a["id"], "position": i, **ln} for i, ln in enumerate(a["links"])]
        for eid, m in a["mentions"].items():
            mentions.append(
                {
                    "article_id": a["id"],
                    "entity_id": eid,
                    "count": m["count"],
                    "first_offset": m["first_offset"],
                    "surface_forms": _json(m["surface_forms"]),
                }
            )
        if a.get("signature"):
            sigs.append((a["id"], dedupe.pack(a["signature"])))
            bands += [(b, a["id"]) for b in dedupe.bands(a["signature"])]
    for table, data in (
        ("articles", rows), ("tags", tags), ("images", images), ("links", links),
        ("mentions", mentions),
    ):  # fmt: skip
        _insert(db, table, data)
    db.conn.executemany("insert into articles_fts(rowid, title, body) values (?, ?, ?)", fts)
    db.conn.executemany("insert into story_signatures values (?, ?)", sigs)
    db.conn.executemany("insert into story_bands values (?, ?)", bands)


def insert_sources(db: sqlite_utils.Database, sources: list[dict]) -> None:
    _insert(db, "sources", sources)


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Plain executemany in schema column order: sqlite-utils' insert_all inspects the table on
    every call, which dominates when a build inserts a few rows per article."""
    cols = list(SCHEMA[table]["columns"])
    sql = f"insert into {table} ({', '.join(cols)}) values ({', '.join('?' * len(cols))})"
    db.conn.executemany(sql, [[r.get(c) for c in cols] for r in rows])


def delete_articles(db: sqlite_utils.Database, articles: list[dict], months: dict) -> None:
    """Remove articles (as cached when they were loaded) and every row that belongs to them.
    The index is contentless, so its rows are deleted with the text they were indexed from."""
    count_months(articles, months, -1)
    ids = [(a["id"],) for a in articles]
    db.conn.executemany(
        "insert into articles_fts(articles_fts, rowid, title, body) values ('delete', ?, ?, ?)",
        [(a["seq"], a["index_title"], a["index_body"]) for a in articles],
    )
    for table in ("tags", "images", "links", "mentions", "story_signatures", "story_bands"):
        db.conn.executemany(f"delete from {table} where article_id = ?", ids)
    db.conn.executemany("delete from articles where id = ?", ids)


def finish(db: sqlite_utils.Database, info: dict, months: dict, *, optimize: bool) -> None:
    """Counts that depend on every article, then the build's own record. `months`: what the
    build added to (or took from) each entity's month counts."""
    db.execute(
        "update entities set articles = (select count(*) from mentions"
        " where mentions.entity_id = entities.id)"
    )
    db.conn.executemany(
        "insert into entity_months values (?, ?, ?) on conflict (entity_id, month)"
        " do update set articles = articles + excluded.articles",
        sorted(
            (eid, month, n) for eid, counts in months.items() for month, n in counts.items() if n
        ),
    )
    db.execute("delete from entity_months where articles <= 0")
    db.execute("delete from build_info")
    db["build_info"].insert_all([{"key": k, "value": str(v)} for k, v in sorted(info.items())])
    if optimize:  # worth it once, not on every small rebuild (which keeps the copied statistics)
        # merge the index into one segment, and give the query planner table statistics (without
        # them it counts a search's facets through the single-column indexes, row by row)
        db.execute("insert into articles_fts(articles_fts) values ('optimize')")
        # back to FTS5's default, for the small rebuilds that patch this database
        db.execute("insert into articles_fts(articles_fts, rank) values ('automerge', 4)")
        db.execute("analyze")
    db.conn.commit()
