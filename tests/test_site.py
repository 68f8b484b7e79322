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


@pytest.mark.parametrize("word, scans", [("朝鲜", True), ("拉夫罗夫", False)])
async def test_a_common_word_counts_its_facets_from_the_facet_index(db_path, metadata, word, scans):
    """A search matching a fifth of the articles or more reads the facet index in group order
    (same counts: the test above); a rarer word looks up its matches."""
    from peninsula.load import FACET_SCAN_INDEX

    traced = Datasette([str(db_path)], metadata=metadata, settings={"trace_debug": True})
    r = await traced.client.get(f"/peninsula/articles.json?_search={word}&_trace=1")
    assert r.status_code == 200 and r.json()["rows"]
    sqls = [t["sql"] for t in r.json()["_trace"]["traces"]]
    grouped = [s for s in sqls if "count(*) from (select" in s and "group by" in s]
    assert len(grouped) == 1
    assert (FACET_SCAN_INDEX in grouped[0]) == scans


async def test_articles_sorted_newest_first_with_facets(ds):
    r = await ds.client.get("/peninsula/articles.json?_shape=objects")
    data = r.json()
    dates = [row["published"] for row in data["rows"] if row["published"]]
    assert len(dates) > 10 and dates == sorted(dates, reverse=True)
    facets = data["facet_results"]
    assert {"outlet", "language"} <= set(facets)
