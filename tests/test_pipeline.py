"""End to end on the seeds: Markdown files, fields against expected.json, the database."""

from __future__ import annotations

import json
import sqlite3

import pytest
import yaml

from conftest import EXPECTED, SEEDS

SINGLE = [name for name, e in EXPECTED.items() if not name.startswith("_") and e["items"] == 1]


def _article(db_path, seed: str, item: int = 1) -> dict:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "select articles.* from articles join sources on sources.id = articles.source_id"
        " where sources.path = ? and item = ?",
        (seed, item),
    ).fetchone()
    assert row is not None, f"{seed} item {item} not loaded"
    return dict(row)


def _same_outlet(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    return bool(got) and (got in want or want in got or got.split(" (")[0] in want)


@pytest.mark.parametrize("seed", SINGLE)
def test_fields_match_expected(db_path, seed):
    want, got = EXPECTED[seed], _article(db_path, seed)
    title = want["title"]
    assert got["title"] in (title, title.lstrip("《"))
    assert got["language"] == want["language"]
    assert _same_outlet(got["outlet"], want.get("outlet"))
    for field in ("author", "url", "republished_url", "category"):
        if field in want:
            assert got[field] == want[field], field
    if want.get("published"):
        assert got["published"] == want["published"]
        assert got["published_precision"] == want["published_precision"]
        assert got["date_evidence"]
    else:
        # The text gives no date: none may be invented (an inferred one would need evidence).
        assert got["published"] is None or got["date_evidence"]


def test_rss_time_and_republisher(db_path):
    rfi = _article(db_path, "003_06dbcd76f913aaa2.txt")
    assert rfi["published_time"] and rfi["published_time"].startswith("14:18")
    soh = _article(db_path, "001_94d666394ab94753.txt")
    assert "bannedbook.org" in soh["republisher"] or "禁闻网" in soh["republisher"]


def test_tags_images_links(db_path):
    conn = sqlite3.connect(db_path)
    soh = _article(db_path, "001_94d666394ab94753.txt")["id"]
    tags = [r[0] for r in conn.execute("select tag from tags where article_id = ?", (soh,))]
    assert sorted(tags) == sorted(EXPECTED["001_94d666394ab94753.txt"]["tags"])
    related = conn.execute(
        "select count(*), sum(url like 'http%') from links where article_id = ? and kind = 'related'",
        (soh,),
    ).fetchone()
    assert related == (6, 6)
    taiwan = _article(db_path, "002_122d0063141b7ec7.txt")["id"]
    credits = [
        r[0]
        for r in conn.execute(
            "select credit from images where article_id = ? order by position", (taiwan,)
        )
    ]
    assert credits == EXPECTED["002_122d0063141b7ec7.txt"]["image_credits"]
    n = conn.execute("select count(*) from links where article_id = ?", (taiwan,)).fetchone()[0]
    assert n == EXPECTED["002_122d0063141b7ec7.txt"]["related_titles"]
    ai = _article(db_path, "000_d4f06ca09401de57.txt")["id"]
    captions = [
        r[0] for r in conn.execute("select caption from images where article_id = ?", (ai,))
    ]
    assert captions == EXPECTED["000_d4f06ca09401de57.txt"]["image_captions"]


@pytest.mark.parametrize("seed", [s for s in EXPECTED if not s.startswith("_")])
def test_markdown_has_no_boilerplate(built, db_path, seed):
    conn = sqlite3.connect(db_path)
    ids = [r[0] for r in conn.execute(
        "select articles.id from articles join sources on sources.id = source_id where path = ?",
        (seed,),
    )]  # fmt: skip
    assert len(ids) == EXPECTED[seed]["items"]
    for aid in ids:
        text = (built / "markdown" / f"{aid}.md").read_text("utf-8")
        lines = [ln.strip("*_#>- ") for ln in text.splitlines()]
        for junk in EXPECTED[seed].get("boilerplate", []):
            if len(junk) <= 4:  # a button word (拒绝) may also be a word of the story
                assert junk not in lines, (seed, junk)
            else:
                assert junk not in text, (seed, junk)
        assert "<script" not in text and "<div" not in text


def test_markdown_front_matter_and_sections(built, db_path):
    aid = _article(db_path, "000_d4f06ca09401de57.txt")["id"]
    text = (built / "markdown" / f"{aid}.md").read_text("utf-8")
    assert text.startswith("---\n")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == EXPECTED["000_d4f06ca09401de57.txt"]["title"]
    for section in EXPECTED["000_d4f06ca09401de57.txt"]["sections"]:
        assert f"## {section}" in text
    assert "cookie" not in text


def test_database_shape(db_path):
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert {"sources", "articles", "tags", "images", "links", "entities", "mentions"} <= tables
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in conn.execute("pragma foreign_key_list(articles)")}
    assert ("sources", "source_id") in fks
    indexed = {r[0] for r in conn.execute("select name from pragma_index_list('articles')")}
    assert any("published" in i for i in indexed)
    n_sources = conn.execute("select count(*) from sources").fetchone()[0]
    assert n_sources == len(list(SEEDS.glob("*.txt"))) + 1  # plus the hostile test page
    # ids are stable: derived from content, so a rebuild of the same bytes gives the same ids
    ids = [r[0] for r in conn.execute("select id from articles")]
    assert all(len(i.split("-")[0]) == 12 for i in ids) and len(set(ids)) == len(ids)


def test_metadata_describes_every_column(db_path, metadata):
    conn = sqlite3.connect(db_path)
    tables = metadata["databases"]["peninsula"]["tables"]
    names = [
        r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")
    ]
    for name in names:
        if name.startswith(("articles_fts", "sqlite_")):
            continue  # the index and its shadow tables; the planner's statistics
        cols = [r[1] for r in conn.execute(f"pragma table_info({name})")]
        described = tables[name]["columns"]
        assert set(cols) == set(described), name
        assert tables[name].get("description") or tables[name].get("description_html")


def test_ids_are_stable_across_builds(tmp_path, db_path):
    from peninsula.build import build

    out = tmp_path / "again"
    seeds = tmp_path / "s"
    seeds.mkdir()
    for f in SEEDS.iterdir():
        (seeds / f.name).write_bytes(f.read_bytes())
    build(seeds, out, jobs=1)
    first = sqlite3.connect(db_path)
    again = sqlite3.connect(out / "peninsula.db")
    q = "select id, title from articles where source_id in (select id from sources where path like '0%') order by id"
    assert first.execute(q).fetchall() == again.execute(q).fetchall()
    assert (
        json.loads(json.dumps(again.execute("select count(*) from articles").fetchone()))[0] == 24
    )


def test_list_page_items_are_articles_with_their_dates(db_path):
    seed = "004_3e500d76565d99df.txt"
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "select a.* from articles a join sources s on s.id = a.source_id"
        " where s.path = ? order by item",
        (seed,),
    ).fetchall()
    assert [r["item"] for r in rows] == list(range(1, 21))
    assert (
        conn.execute("select format from sources where path = ?", (seed,)).fetchone()[0] == "list"
    )
    for r, (item, date, _why) in zip(rows, EXPECTED[seed]["item_dates"], strict=True):
        assert r["item"] == item
        assert r["category"] == "國際政經" and r["title_source"] in (
            "first_sentence",
            "first_clause",
        )
        assert r["body"].startswith(r["title"])
        tags = [t for (t,) in conn.execute("select tag from tags where article_id = ?", (r["id"],))]
        assert tags == ["北韓"]
        if date:
            assert (r["published"], r["published_precision"]) == (date, "day"), item
            assert r["date_evidence"]
        else:
            assert r["published"] is None and r["published_precision"] == "range", item
    # undated items are bounded by their dated neighbours (newest first down the page)
    for i, r in enumerate(rows):
        if r["published"] is None:
            older = next(x["published"] for x in rows[i + 1 :] if x["published"])
            assert r["published_earliest"] == older
            newer = [x["published"] for x in rows[:i] if x["published"]]
            if newer:  # no later than the items above it (an event day may precede its report)
                assert older <= r["published_latest"] <= max(newer)
            else:
                assert r["published_latest"] is None
