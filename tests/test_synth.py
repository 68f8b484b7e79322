"""The benchmark's synthetic corpus: deterministic, every format and encoding, loads as counted."""

from __future__ import annotations

import hashlib
import sqlite3
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
