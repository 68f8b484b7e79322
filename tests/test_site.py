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


async def test_articles_sorted_newest_first_with_facets(ds):
    r = await ds.client.get("/peninsula/articles.json?_shape=objects")
    data = r.json()
    dates = [row["published"] for row in data["rows"] if row["published"]]
    assert len(dates) > 10 and dates == sorted(dates, reverse=True)
    facets = data["facet_results"]
    assert {"outlet", "language"} <= set(facets)
