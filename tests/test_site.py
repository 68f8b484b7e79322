"""Datasette as researchers reach it: JSON, CSV and search through its HTTP client."""

from __future__ import annotations

import csv
import io

import pytest
from datasette.app import Datasette


@pytest.fixture(scope="session")
def ds(db_path, metadata):
    return Datasette([str(db_path)], metadata=metadata, immutables=[])


async def test_articles_json_and_csv(ds):
    r = await ds.client.get("/peninsula/articles.json?_shape=array&_size=max")
    assert r.status_code == 200
    rows = r.json()
    assert len(rows) == 25
    titles = {row["title"] for row in rows}
    assert "消息人士：朝鲜和韩国就峰会和重开联络办公室进行磋商" in titles
    r = await ds.client.get("/peninsula/articles.csv?_size=max")
    assert r.status_code == 200
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == 25 and "published" in table[0]


@pytest.mark.parametrize(
    "query",
    ["", "_search=朝鲜", "_search=朝鲜&language=zh-Hans", "language=zh-Hant", "_search=nomatch"],
)
async def test_grouped_facets_count_like_datasette_column_facets(ds, query):
    """The page's facets, counted together (site/facets.py), give the values, counts, order
    and links of Datasette's own column facet asked for the same columns."""
    cols = ["outlet", "language", "year", "published_precision"]
    extra = "&".join(f"_facet={c}" for c in cols)
    r = await ds.client.get(f"/peninsula/articles.json?{query}&{extra}&_facet_size=3")
    assert r.status_code == 200
    facets = r.json()["facet_results"]
    for col in cols:
        pair = [f for f in facets.values() if f["name"] == col]
        assert sorted(f["type"] for f in pair) == ["column", "grouped"], col
        assert pair[0]["results"] == pair[1]["results"], col
        assert pair[0]["truncated"] == pair[1]["truncated"], col
    if query:
        assert any(f["results"] for f in facets.values()) == (query != "_search=nomatch")


async def test_articles_sorted_newest_first_with_facets(ds):
    r = await ds.client.get("/peninsula/articles.json?_shape=objects")
    data = r.json()
    dates = [row["published"] for row in data["rows"] if row["published"]]
    assert len(dates) > 10 and dates == sorted(dates, reverse=True)
    facets = data["facet_results"]
    assert {"outlet", "language"} <= set(facets)
