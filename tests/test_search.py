"""Search as researchers use it: ?_search= on the articles table and the ranked search page."""

from __future__ import annotations

import sqlite3

import pytest
from datasette.app import Datasette

from peninsula import entities
from peninsula.textnorm import fold, fts_query, index_text, query_terms


@pytest.fixture(scope="session")
def ds(db_path, metadata):
    return Datasette([str(db_path)], metadata=metadata)


@pytest.fixture(scope="session")
def bodies(db_path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    return {i: f"{t}\n{b}" for i, t, b in conn.execute("select id, title, body from articles")}


def containing(bodies, *needles) -> set[str]:
    """The articles whose text (folded to simplified, lower-cased) contains every needle, each
    given as a tuple of forms any of which may occur: a substring oracle for the FTS index."""
    folded = {i: fold(t).lower() for i, t in bodies.items()}
    return {
        i
        for i, text in folded.items()
        if all(any(fold(v).lower() in text for v in n) for n in needles)
    }


async def search(ds, q: str) -> set[str]:
    r = await ds.client.get(
        "/peninsula/articles.json", params={"_search": q, "_shape": "array", "_size": "max"}
    )
    assert r.status_code == 200, r.text
    return {row["id"] for row in r.json()}


async def ranked(ds, q: str) -> list[dict]:
    r = await ds.client.get("/peninsula/search.json", params={"q": q, "_shape": "array"})
    assert r.status_code == 200, r.text
    return r.json()


CASES = [
    # (query, needles: each a tuple of forms any of which the article must contain)
    ("韩", [("韩", "韓")]),
    ("半岛", [("半岛",)]),
    ("朝鮮半島", [("朝鲜半岛", "韩半岛", "Korean Peninsula")]),  # one entity, two terms
    ("延伸威懾", [("延伸威懾", "延伸威慑")]),
    ("联络办公室", [("联络办公室",)]),
    ("cookie", [("cookie",)]),  # banners are removed, so nothing is left to find
    ("Lavrov", [("Lavrov", "拉夫罗夫")]),
    ("lavrov", [("Lavrov", "拉夫罗夫")]),
    ("NCG", [("ncg",)]),
    ("金正恩 拉夫羅夫", [("金正恩",), ("拉夫羅夫", "拉夫罗夫")]),
    ('"韩美日安全合作"', [("韩美日安全合作",)]),
]


@pytest.mark.parametrize("q,needles", CASES)
async def test_search_box_finds_exactly_the_articles_containing_the_words(ds, bodies, q, needles):
    want = containing(bodies, *needles)
    assert await search(ds, q) == want
    assert {r["id"] for r in await ranked(ds, q)} == want


async def test_regional_synonyms_expand_to_one_entitys_aliases(ds, bodies):
    north_korea = containing(bodies, entities.synonyms("朝鲜"))
    assert north_korea == containing(bodies, ("朝鲜", "北韩", "North Korea", "朝方", "DPRK"))
    for q in ("北韓", "朝鲜", "北韩", "朝鮮", '"North Korea"'):
        assert await search(ds, q) == north_korea, q
    # the expansion is what makes 北韓 find the simplified-script articles that say 朝鲜
    assert containing(bodies, ("北韩",)) < north_korea
    trump = containing(bodies, ("川普", "特朗普", "Trump"))
    assert await search(ds, "川普") == trump == await search(ds, "特朗普")
    assert containing(bodies, ("川普",)) != containing(bodies, ("特朗普",))
    putin = containing(bodies, ("普京", "普丁"))
    assert putin and await search(ds, "普京") == putin
    # expansion stays inside one entity: 韩国 must not pull in North Korea's names
    assert await search(ds, "韩国") == containing(
        bodies, ("韩国", "韓國", "南韩", "南韓", "South Korea")
    )


async def test_latest_search_is_newest_first(ds, bodies):
    r = await ds.client.get("/peninsula/latest.json", params={"q": "北韓", "_shape": "array"})
    rows = r.json()
    assert {row["id"] for row in rows} == containing(bodies, entities.synonyms("北韩"))
    dates = [row["published"] for row in rows if row["published"]]
    assert dates == sorted(dates, reverse=True) and all("<mark>" in row["snippet"] for row in rows)


async def test_absent_terms_return_nothing(ds):
    assert await search(ds, "火星殖民") == set()
    assert await search(ds, "金正恩 火星殖民") == set()
    assert await ranked(ds, "火星殖民") == []


async def test_ranked_search_shows_readable_results(ds):
    rows = await ranked(ds, "拉夫罗夫")
    assert rows and list(rows[0]) == ["id", "title", "outlet", "published", "snippet"]
    for row in rows:
        assert "<mark>" in row["snippet"]
        # the snippet is the article's own (traditional) script, not the folded index text
        assert "拉夫羅夫" in row["snippet"] or "Lavrov" in row["snippet"]
    html = (await ds.client.get("/peninsula/search", params={"q": "拉夫罗夫"})).text
    assert "<mark>拉夫羅夫</mark>" in html and "/peninsula/articles/" in html


def test_index_text_and_queries_share_one_normalisation():
    assert index_text("北韓 North Korea") == "北 韩 north korea"
    assert fts_query("北韓") == '"北 韩"'
    assert '"特 朗 普"' in fts_query("川普", entities.synonyms)
    assert fts_query('"North Korea" 核') == '"north korea" AND "核"'
    assert query_terms('a "b c"') == ["a", "b c"]
    assert fts_query("") == '""'


def test_synonym_groups_drop_phrases_that_contain_another():
    """朝鲜当局 adds nothing to an OR that has 朝鲜, only cost; 北韩 stays (not inside 朝鲜)."""
    aliases = {"朝鲜": ["朝鲜当局", "北韓", "北韩当局", "North Korea", "North Korean"]}
    query = fts_query("朝鲜", lambda t: aliases.get(t, []))
    assert query == '("north korea" OR "north korean" OR "北 韩" OR "朝 鲜")'
    # containment is by whole tokens: "korean" is not the token "korea"
    assert fts_query("x", lambda t: ["Korea", "Korean"]) == '("korea" OR "korean" OR "x")'


def test_plain_sqlite3_can_search_the_downloaded_db(db_path):
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "select title from articles where seq in"
        " (select rowid from articles_fts where articles_fts match '\"北 韩\"')"
    ).fetchall()
    assert rows
