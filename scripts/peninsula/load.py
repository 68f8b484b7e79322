"""Stage 2: converted articles -> SQLite. The schema, the public API, is declared here once."""

from __future__ import annotations

import json

import sqlite_utils

from . import entities
from .textnorm import index_text, plain_text

# table -> (columns with types, primary key, foreign keys)
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
    },
    "problems": {
        "columns": {"path": str, "severity": str, "reason": str},
        "pk": ("path", "reason"),
    },
    "build_info": {"columns": {"key": str, "value": str}, "pk": "key"},
}  # fmt: skip

INDEXES = {
    "articles": [
        ["seq"],
        ["published"], ["year"], ["outlet"], ["language"], ["source_id"], ["category"], ["story_id"],
        ["published_precision"],
    ],
    "tags": [["tag"]],
    "mentions": [["entity_id"]],
    "entities": [["type"]],
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


def create(db: sqlite_utils.Database) -> None:
    """Create every table, index and view of an empty database."""
    for name, spec in SCHEMA.items():
        db[name].create(
            spec["columns"],
            pk=spec["pk"],
            foreign_keys=spec.get("foreign_keys"),
            not_null={"id"} if spec["pk"] == "id" else None,
        )
    for table, indexes in INDEXES.items():
        for cols in indexes:
            db[table].create_index(cols, unique=cols == ["seq"])
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


def _json(values) -> str:
    return json.dumps(values, ensure_ascii=False)


def insert_articles(db: sqlite_utils.Database, articles: list[dict]) -> None:
    """Insert articles in the order given (rowid order = publication order, for fast search)."""
    rows, tags, images, links, mentions, fts = [], [], [], [], [], []
    seq = (db.execute("select max(seq) from articles").fetchone()[0] or 0) + 1
    for n, a in enumerate(articles, seq):
        row = {k: a.get(k) for k in SCHEMA["articles"]["columns"]}
        row["seq"] = n
        fts.append((n, index_text(a["title"] or ""), index_text(plain_text(a["body"]))))
        for k in ("people", "places", "orgs", "tags"):
            row[k] = _json(list(dict.fromkeys(a.get(k) or [])))
        row["year"] = _year(a)
        rows.append(row)
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
    db["articles"].insert_all(rows)
    for table, data in (("tags", tags), ("images", images), ("links", links)):
        db[table].insert_all(data)
    db["mentions"].insert_all(mentions)
    db.conn.executemany("insert into articles_fts(rowid, title, body) values (?, ?, ?)", fts)


def finish(db: sqlite_utils.Database, info: dict) -> None:
    """Counts that depend on every article, then the build's own record."""
    db.execute(
        "update entities set articles = (select count(*) from mentions"
        " where mentions.entity_id = entities.id)"
    )
    db["build_info"].insert_all([{"key": k, "value": str(v)} for k, v in sorted(info.items())])
    db.execute("insert into articles_fts(articles_fts) values ('optimize')")
    db.conn.commit()
