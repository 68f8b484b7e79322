"""The benchmark's synthetic corpus: deterministic, every format and encoding, loads as counted."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import yaml

from peninsula import synth
from peninsula.build import build

FORMATS = {"html", "fragment", "rss", "text", "list"}
ENCODINGS = {"utf-8", "utf-8-sig", "gb18030", "big5hkscs", "utf-16"}


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*")):
        if f.is_file() and not f.name.startswith("."):
            h.update(f.relative_to(folder).as_posix().encode() + f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synth")
    return out, synth.generate(out, 400, seed=7)


def test_same_seed_same_bytes(tmp_path, corpus):
    folder, stats = corpus
    again = synth.generate(tmp_path / "again", 400, seed=7)
    assert again == stats
    assert _digest(tmp_path / "again") == _digest(folder)
    other = synth.generate(tmp_path / "other", 400, seed=8)
    assert _digest(tmp_path / "other") != _digest(folder)
    assert other["articles"] == 400


def test_every_format_and_encoding(corpus):
    folder, stats = corpus
    assert stats["articles"] == 400
    assert set(stats["formats"]) == FORMATS
    assert set(stats["encodings"]) == ENCODINGS
    files = [f for f in folder.rglob("*") if f.is_file() and not f.name.startswith(".")]
    assert len(files) == stats["files"]
    assert sum(f.stat().st_size for f in files) == stats["bytes"]
    for f in files:  # each file decodes in the encoding its name gives
        text = f.read_bytes().decode(synth.encoding_of(f))
        assert len(text) > 200
    assert (folder / synth.MANIFEST).exists()


def test_formats_look_like_their_kind(corpus):
    folder, _ = corpus

    def first(fmt: str) -> str:
        f = sorted(folder.rglob(f"*-{fmt}.utf-8.*"))[0]
        return f.read_text("utf-8")

    assert first("rss").startswith("<!--")
    assert "<footer" in first("html") and "<nav" in first("html")
    assert 'class="breadcrumb"' in first("fragment")
    page = first("text").splitlines()
    assert any(line.startswith("【") for line in page)


def test_build_loads_the_counted_articles(tmp_path):
    seeds = tmp_path / "corpus"
    stats = synth.generate(seeds, 60, seed=3)
    summary = build(seeds, tmp_path / "out", jobs=1)
    assert summary["files"] == stats["files"]
    assert summary["articles"] == 60
    assert summary["problems"] == 0
    conn = sqlite3.connect(tmp_path / "out" / "peninsula.db")
    n, dated, first, last = conn.execute(
        "select count(*), count(published), min(published), max(published) from articles"
    ).fetchone()
    assert n == 60 and dated == 60
    assert "2000-01-01" <= first <= last <= "2026-12-31"
    formats = {r[0] for r in conn.execute("select distinct format from sources")}
    assert formats <= {"html", "rss", "text", "list"}
    assert conn.execute("select count(*) from sources").fetchone()[0] == stats["files"]


def test_search_facets_are_counted_from_an_index(corpus, tmp_path):
    """The articles page's facets over a search's matches are counted in one GROUP BY
    (site/facets.py) that reads a covering index, not the long article rows (the difference
    between ~50 ms and ~200 ms per pass at 100,000)."""
    from peninsula.load import FACETS

    metadata = yaml.safe_load((Path(__file__).parent.parent / "metadata.yml").read_text())
    facets = metadata["databases"]["peninsula"]["tables"]["articles"]["facets"]
    assert [f["grouped"] for f in facets] == FACETS
    build(corpus[0], tmp_path / "out", jobs=2)
    conn = sqlite3.connect(tmp_path / "out" / "peninsula.db")
    assert conn.execute("select count(*) from sqlite_stat1").fetchone()[0] > 0
    cols = ", ".join(FACETS)
    plan = " ".join(
        r[-1]
        for r in conn.execute(
            f"explain query plan select {cols}, count(*) from"
            " (select * from articles where seq in"
            "  (select rowid from articles_fts where articles_fts match '\"朝 鲜\"'))"
            f" group by {', '.join(str(i + 1) for i in range(len(FACETS)))}"
        )
    )
    assert "COVERING INDEX" in plan, plan


# --- site queries that must stay bounded as the corpus grows ------------------------------------


@pytest.fixture(scope="module")
def synth_db(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth-build")
    build(corpus[0], out, jobs=2)
    return out / "peninsula.db"


class _Rows(list):
    def first(self):
        return self[0] if self else None


class _Db:
    """The part of Datasette's Database the page helpers use, over a plain connection."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    async def execute(self, sql: str, params=None) -> _Rows:
        return _Rows(self.conn.execute(sql, params or {}).fetchall())


@pytest.mark.parametrize("limit, sample", [(500, 2000), (5, 20)])
def test_entity_page_lists_and_counts_what_the_plain_queries_do(synth_db, monkeypatch, limit,
                                                                 sample):  # fmt: skip
    """Whichever plan pages._newest picks, the entity page shows the entity's newest articles,
    the entities named with it in its newest `sample`, and every article in the month counts."""
    import asyncio

    from peninsula.site import pages

    monkeypatch.setattr(pages, "LIST_LIMIT", limit)
    monkeypatch.setattr(pages, "CO_SAMPLE", sample)
    db = _Db(synth_db)
    total = db.conn.execute("select count(*) from articles").fetchone()[0]
    entities = db.conn.execute("select id, articles from entities where articles > 0").fetchall()
    plans = {pages._newest(n, total, k) for _, n in entities for k in (limit, sample)}
    if limit == 5:
        assert len(plans) == 2  # both plans are exercised
    for eid, named in entities:
        ctx = asyncio.run(pages.entity_context(db, eid))
        newest = [
            dict(r)
            for r in db.conn.execute(
                """select articles.id, articles.title, articles.published, articles.outlet,
                     mentions.count
                   from mentions join articles on articles.id = mentions.article_id
                   where mentions.entity_id = ? order by articles.published desc, articles.id""",
                (eid,),
            )
        ]
        assert len(newest) == named
        assert ctx["articles"] == newest[:limit]
        counts: dict[str, int] = {}
        for a in newest[:sample]:
            for (other,) in db.conn.execute(
                "select entity_id from mentions where article_id = ? and entity_id != ?",
                (a["id"], eid),
            ):
                counts[other] = counts.get(other, 0) + 1
        names = dict(db.conn.execute("select id, name from entities").fetchall())
        expected = sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:20]
        assert [(c["id"], c["articles"]) for c in ctx["co_mentioned"]] == expected
        assert ctx["co_sample"] == (sample if named > sample else None)
        dated = [a["published"][:7] for a in newest if len(a["published"] or "") >= 7]
        assert {m: n for m, n in zip(ctx["months"], ctx["counts"], strict=True) if n} == Counter(
            dated
        )
        assert ctx["undated"] == named - len(dated)


def test_article_page_copies_are_found_through_the_story(synth_db):
    """An article's copies (its later reposts, or the report it reposts) are what the plain
    condition finds, read through the story_id index rather than a scan of every article."""
    import asyncio

    from peninsula.site import pages

    db = _Db(synth_db)
    copied = 0
    for (aid,) in db.conn.execute("select id from articles").fetchall():
        copies = asyncio.run(pages.article_context(db, aid))["copies"]
        plain = db.conn.execute(
            """select id from articles where duplicate_of = :id
               or id = (select duplicate_of from articles where id = :id)""",
            {"id": aid},
        ).fetchall()
        assert sorted(c["id"] for c in copies) == sorted(r[0] for r in plain)
        copied += bool(copies)
    assert copied > 0  # the corpus has reposts
    plan = " ".join(
        r[-1] for r in db.conn.execute("explain query plan " + pages.COPIES, {"id": "x"})
    )
    assert "SCAN articles" not in plan, plan


def test_home_page_dates_span_dated_and_undated_articles():
    """The home page's first and last dates, read through indexes, equal the plain aggregate
    over coalesce(published, published_earliest/latest), undated articles included."""
    from peninsula.site import pages

    conn = sqlite3.connect(":memory:")
    conn.execute("create table articles (published, published_earliest, published_latest)")
    conn.execute("create index p on articles(published)")
    cases = [
        [("2003-05", "2003-05-01", "2003-05-31"), (None, "2001-01-01", "2009-12-31")],
        [("2003-05", "2003-05-01", "2003-05-31"), (None, "2004-01-01", "2004-12-31")],
        [("2003-05-02", "2003-05-02", "2003-05-02"), (None, None, None)],
        [(None, "1999", "2000")],
        [(None, None, None)],
    ]
    for rows in cases:
        conn.execute("delete from articles")
        conn.executemany("insert into articles values (?, ?, ?)", rows)
        for f, d in (("min", "earliest"), ("max", "latest")):
            got = conn.execute("select " + pages._EARLIEST_OR_LATEST.format(f=f, d=d)).fetchone()
            plain = conn.execute(
                f"select {f}(coalesce(published, published_{d})) from articles"
            ).fetchone()
            assert got == plain, (rows, f)
