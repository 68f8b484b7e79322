"""Flat-file exports of the database: CSV (and JSON Lines for articles) with a Frictionless
`datapackage.json`, for researchers who do not want SQLite."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import yaml

from .load import SCHEMA

# name of the file -> (table, format); CSV for every table, JSON Lines for articles as well.
FILES = {
    "articles.csv": ("articles", "csv"),
    "articles.jsonl": ("articles", "jsonl"),
    "sources.csv": ("sources", "csv"),
    "entities.csv": ("entities", "csv"),
    "mentions.csv": ("mentions", "csv"),
    "entity_months.csv": ("entity_months", "csv"),
    "tags.csv": ("tags", "csv"),
    "images.csv": ("images", "csv"),
    "links.csv": ("links", "csv"),
}
# Columns holding a JSON array: written as arrays in JSON Lines, as JSON text in CSV
# (Table Schema type "array" is exactly that).
JSON_COLUMNS = {"tags", "people", "places", "orgs", "aliases", "surface_forms"}
TYPES = {str: "string", int: "integer", float: "number"}

LICENSES = [
    {
        "name": "Apache-2.0",
        "path": "https://www.apache.org/licenses/LICENSE-2.0",
        "title": "Code that builds the dataset, and the structured fields it derives",
    },
    {
        "name": "other-closed",
        "title": "Article texts remain the copyright of their publishers; collected for research",
    },
]
TEXT_TABLES = {"articles", "images", "links"}  # carry publishers' text


def _field_type(table: str, column: str) -> str:
    return "array" if column in JSON_COLUMNS else TYPES[SCHEMA[table]["columns"][column]]


def _schema(table: str, descriptions: dict) -> dict:
    spec = SCHEMA[table]
    cols = descriptions.get(table, {}).get("columns", {})
    fields = []
    for column in spec["columns"]:
        field = {"name": column, "type": _field_type(table, column)}
        if cols.get(column):
            field["description"] = " ".join(str(cols[column]).split())
        fields.append(field)
    schema: dict = {"fields": fields}
    pk = spec["pk"]
    schema["primaryKey"] = [pk] if isinstance(pk, str) else list(pk)
    fks = [
        {"fields": [col], "reference": {"resource": f"{other}-csv", "fields": [other_col]}}
        for col, other, other_col in spec.get("foreign_keys", [])
        if f"{other}.csv" in FILES
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def _rows(conn: sqlite3.Connection, table: str):
    """Rows in rowid order (articles: publication order), or primary key order for a table
    WITHOUT ROWID, streamed: memory stays flat."""
    spec = SCHEMA[table]
    columns = list(spec["columns"])
    order = ", ".join(spec["pk"]) if spec.get("without_rowid") else "rowid"
    for row in conn.execute(f"select {', '.join(columns)} from {table} order by {order}"):
        yield dict(zip(columns, row, strict=True))


def _write(conn: sqlite3.Connection, table: str, fmt: str, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=list(SCHEMA[table]["columns"]))
            writer.writeheader()
            writer.writerows(_rows(conn, table))
            return
        for row in _rows(conn, table):
            for k in JSON_COLUMNS & row.keys():
                row[k] = json.loads(row[k]) if row[k] else []
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def export(db_path: Path, out: Path, metadata_path: Path | None = None) -> dict:
    """Write every file of FILES and the datapackage.json describing them; returns the package."""
    meta = {}
    if metadata_path and metadata_path.exists():
        meta = yaml.safe_load(metadata_path.read_text("utf-8")) or {}
    tables_meta = meta.get("databases", {}).get("peninsula", {}).get("tables", {})
    out.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    build = dict(conn.execute("select key, value from build_info").fetchall())
    resources = []
    try:
        for name, (table, fmt) in FILES.items():
            _write(conn, table, fmt, out / name)
            resource = {
                "name": name.replace(".", "-"),
                "path": name,
                "profile": "tabular-data-resource",
                "format": fmt,
                "mediatype": "text/csv" if fmt == "csv" else "application/jsonl",
                "encoding": "utf-8",
                "description": " ".join(
                    str(tables_meta.get(table, {}).get("description", table)).split()
                ),
                "schema": _schema(table, tables_meta),
                "licenses": LICENSES if table in TEXT_TABLES else LICENSES[:1],
            }
            if fmt == "jsonl":
                # JSON arrays are real arrays here, so foreign keys point at the CSV twins.
                resource["schema"].pop("primaryKey", None)
            resources.append(resource)
    finally:
        conn.close()
    package = {
        "profile": "tabular-data-package",
        "name": "peninsula",
        "title": meta.get("title", "Peninsula"),
        "description": "Chinese-language news about the Korean Peninsula, as clean Markdown and structured fields.",
        "version": build.get("converter_version", ""),
        "homepage": meta.get("source_url", ""),
        "licenses": LICENSES,
        "sources": [{"title": "Raw files as collected", "path": meta.get("source_url", "")}],
        # Ties the files to one build: the same inputs always give the same hash.
        "peninsula:inputs_sha256": build.get("inputs_sha256", ""),
        "resources": resources,
    }
    (out / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return package
