"""Builds that never lose data: encodings, hostile files, atomic, reproducible, incremental."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from peninsula.build import build
from peninsula.cli import cli
from peninsula.convert import convert
from peninsula.decode import Unreadable, decode

GOOD = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")


def _copy_seeds(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in GOOD:
        (dest / f.name).write_bytes(f.read_bytes())


def _hostile(dest: Path) -> dict[str, str]:
    """Write every kind of bad file; return name -> a word the problem reason must contain."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "empty.txt").write_bytes(b"")
    (dest / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (dest / "archive.txt").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    (dest / "nul bytes.txt").write_bytes(b"\x00" * 3000)
    (dest / "random.bin").write_bytes(os.urandom(5000))
    (dest / "huge-line.txt").write_bytes(b"a" * 50_000_000)
    (dest / "unreadable.txt").symlink_to(dest / "does-not-exist")
    # a name in GBK, not UTF-8 (北韩): no database column can hold it as it is
    with open(os.fsencode(dest) + b"/gbk \xb1\xb1\xba\xab.txt", "wb") as f:
        f.write(GOOD[0].read_bytes())
    return {
        "empty.txt": "empty",
        "image.txt": "binary",
        "archive.txt": "binary",
        "nul bytes.txt": "binary",
        "random.bin": "binary",
        "huge-line.txt": "too large",
        "unreadable.txt": "unreadable",
        r"gbk \xb1\xb1\xba\xab.txt": "not valid UTF-8",  # named with the bytes escaped
    }


def _odd_but_good(dest: Path) -> None:
    """Files with odd names or damage that still hold an article: they must load."""
    html = (SEEDS / "001_94d666394ab94753.txt").read_text("utf-8")
    (dest / "-leading dash.txt").write_text(html[: len(html) // 2], "utf-8")  # truncated HTML
    (dest / "北韓 新聞 (copy).txt").write_bytes(
        (SEEDS / "002_122d0063141b7ec7.txt").read_bytes()[:4000].decode("utf-8", "ignore").encode()
        + b"\x00 tail"
    )
    story = (SEEDS / "003_06dbcd76f913aaa2.txt").read_text("utf-8")
    (dest / "cut gbk.txt").write_bytes(story.encode("gb18030") + "鲜".encode("gb18030")[:1])
    (dest / "english only.txt").write_text(
        "Seoul and Washington launch talks\n\nOfficials from both allies met on Tuesday to "
        "discuss the alliance and the peninsula, according to people familiar with it.\n",
        "utf-8",
    )


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk", "big5", "big5hkscs"]
)
def test_encodings_decode_to_the_same_text(encoding):
    for f in GOOD:
        text = f.read_text("utf-8")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # this seed has characters the encoding cannot hold
        decoded = decode(data)
        assert decoded.text.lstrip("\ufeff") == text, (f.name, encoding, decoded.encoding)
    assert decode("朝鲜半岛局势 北韓核武".encode("gb18030") * 20).encoding == "gb18030"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5hkscs"])
def test_a_cut_off_character_or_a_stray_byte_keeps_the_text(encoding):
    line = (
        "朝鮮半島局勢緊張，美韓舉行聯合軍演。"
        if encoding == "big5hkscs"
        else "朝鲜半岛局势紧张，美韩举行联合军演。"
    )
    text = "\n".join([line] * 40)
    data = text.encode(encoding)
    cut = len(text[:100].encode(encoding))  # a character boundary
    for damaged in (data[:-1], data[:cut] + b"\x80" + data[cut:]):
        decoded = decode(damaged)
        assert decoded.encoding == encoding
        assert decoded.text.count("\ufffd") == 1
        assert "replaced" in decoded.warnings[-1]
        assert decoded.text.replace("\ufffd", "") in (text[:-1], text)


def test_a_short_gbk_copy_holding_a_zero_width_space_is_read():
    """A web page's zero-width spaces kept in a GBK copy (Notepad's ANSI) are four-byte GB18030
    characters, on which detection gives up: the strict reading that gives common Chinese
    characters wins. Big5 bytes of the same kind are read as Big5."""
    simplified = "".join(
        f"{line}\u200b\r\n"
        for line in ["如何看待朝鲜驻古巴大使馆参赞叛逃韩国？", "据韩国媒体报道，这是近年来叛逃的最高级别朝鲜外交官之一。",
                     "关注问题", "他表示，朝鲜当局对外交官的管控越来越严格，但仍有人选择离开。"]
    )  # fmt: skip
    decoded = decode(simplified.encode("gb18030"))
    assert decoded.encoding == "gb18030" and decoded.text == simplified.replace("\r\n", "\n")
    traditional = "南韓總統今天在首爾會見美國國務卿，雙方就北韓問題交換意見。\n" * 2
    assert decode(traditional.encode("big5")).text == traditional


@pytest.mark.parametrize("source", ["utf-8", "gb18030", "big5hkscs"])
@pytest.mark.parametrize("misread_as", ["sloppy-windows-1252", "latin-1"])
def test_mojibake_is_read_back_from_the_bytes_it_was_made_of(source, misread_as):
    """A text some tool decoded with a Western code page and saved again as UTF-8."""
    tried = 0
    for f in GOOD:
        text = f.read_text("utf-8")
        try:
            garbled = text.encode(source).decode(misread_as)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue  # a character the encoding cannot hold, or a byte the code page lacks
        decoded = decode(garbled.encode("utf-8"))
        assert decoded.text == text, (f.name, source, misread_as)
        assert "mojibake" in decoded.warnings[-1]
        assert decoded.encoding == "utf-8"
        tried += 1
    assert tried >= 2


def test_western_text_is_not_taken_for_mojibake():
    french = "Le président a déclaré à Séoul que « la paix » était là, à Pyongyang. " * 20
    mixed = "朝鲜半岛局势紧张，美韩举行联合军演。" * 20 + "café, résumé, naïve, Séoul. " * 10
    for text in (french, mixed):
        decoded = decode(text.encode("utf-8"))
        assert decoded.text == text and not decoded.warnings


@pytest.mark.parametrize("para, line", [("\u2029", "\u2028"), ("\x0c", "\x0b")])
def test_other_line_breaks_are_newlines(para, line):
    """Unicode's separators, a word processor's manual break, a PDF copy's page break."""
    text = "朝鲜半岛局势紧张" + line + "美韩举行联合军演。" + para + "第二段。"
    assert decode(text.encode("utf-8")).text.split("\n\n") == [
        "朝鲜半岛局势紧张\n美韩举行联合军演。",
        "第二段。",
    ]


def test_unusable_bytes_are_named():
    for data, word in [(b"", "empty"), (b"\x89PNG\r\n" + b"\x00" * 100, "PNG"), (b" \n", "empty")]:
        with pytest.raises(Unreadable, match=word):
            decode(data)


def test_hostile_folder_builds_and_reports_each_bad_file_once(tmp_path):
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    for f in GOOD[:3]:  # the same seeds re-encoded
        text = f.read_text("utf-8")
        (seeds / f"gb-{f.name}").write_bytes(text.encode("gb18030"))
    (seeds / "big5-004.txt").write_bytes(
        (SEEDS / "004_3e500d76565d99df.txt").read_text("utf-8").encode("big5hkscs")
    )
    bad = _hostile(seeds / "bad")
    _odd_but_good(seeds)
    result = CliRunner().invoke(
        cli, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--jobs", "2"]
    )
    assert result.exit_code == 0, result.output
    db = tmp_path / "out" / "peninsula.db"
    problems = _rows(db, "select path, severity, reason from problems where severity = 'error'")
    by_path = {Path(p).name: reason for p, _, reason in problems}
    assert len(problems) == len(by_path) == len(bad)
    for name, word in bad.items():
        assert word in by_path[name], (name, by_path[name])
        assert name in result.output  # one line naming the file and the reason
    summary = result.output.strip().splitlines()[-1]
    assert "articles" in summary and f"{len(bad) + 3} problems" in summary  # + NUL, English, cut
    loaded = {Path(p).name for (p,) in _rows(db, "select path from sources")}
    assert {"-leading dash.txt", "北韓 新聞 (copy).txt", "english only.txt"} <= loaded
    assert "cut gbk.txt" in loaded
    # re-encoded copies load with the same text as the originals
    encodings = dict(_rows(db, "select path, encoding from sources"))
    assert encodings["big5-004.txt"].startswith("big5")
    assert encodings[f"gb-{GOOD[0].name}"] == encodings["cut gbk.txt"] == "gb18030"
    same = _rows(
        db,
        "select count(*) from articles a join sources s on s.id = a.source_id"
        " join articles b on b.body = a.body and b.id != a.id"
        " where s.path like 'gb-%' or s.path like 'big5-%'",
    )[0][0]
    assert same == 3 + 20
    # --strict turns problems into a failing exit
    strict = CliRunner().invoke(
        cli, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "o2"), "--strict"]
    )
    assert strict.exit_code != 0


def _dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_two_builds_are_identical(tmp_path):
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    build(seeds, tmp_path / "a", jobs=2)
    build(seeds, tmp_path / "b", jobs=1)
    assert _dump(tmp_path / "a" / "peninsula.db") == _dump(tmp_path / "b" / "peninsula.db")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a" / "markdown").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b" / "markdown").iterdir()}
    assert a == b and len(a) == 24


def test_incremental_rebuild_converts_only_what_changed(tmp_path):
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    out = tmp_path / "out"
    first = build(seeds, out, jobs=1)
    assert first["converted"] == len(GOOD)
    assert build(seeds, out, jobs=1)["converted"] == 0
    changed = seeds / GOOD[0].name
    changed.write_text(changed.read_text("utf-8") + "\n补充：韩国统一部周三发表声明。\n", "utf-8")
    assert build(seeds, out, jobs=1)["converted"] == 1
    _same_content(out / "peninsula.db", _fresh(seeds, tmp_path / "fresh1"))
    (seeds / GOOD[-1].name).unlink()  # the list page: its 20 rows must go
    summary = build(seeds, out, jobs=1)
    assert summary["converted"] == 0 and summary["articles"] == 4
    assert _rows(out / "peninsula.db", "select count(*) from articles")[0][0] == 4
    assert len(list((out / "markdown").iterdir())) == 4
    _same_content(out / "peninsula.db", _fresh(seeds, tmp_path / "fresh2"))
    moved = seeds / f"renamed-{GOOD[1].name}"  # same bytes, new name: only its path changes
    (seeds / GOOD[1].name).rename(moved)
    assert build(seeds, out, jobs=1)["converted"] == 0
    assert moved.name in {r[0] for r in _rows(out / "peninsula.db", "select path from sources")}
    _same_content(out / "peninsula.db", _fresh(seeds, tmp_path / "fresh3"))
    # the cache keeps the conversion and error record of each current file, and the manifest
    assert (
        sorted(p.suffix for p in (out / "cache").iterdir())
        == [".jsonl"] + [".marshal"] * 4 + [".meta"] * 4
    )


TABLES = ["sources", "articles", "tags", "images", "links", "entities", "mentions",
          "entity_months", "problems", "build_info", "story_signatures", "story_bands"]  # fmt: skip


MONTHS = """select entity_id, substr(published, 1, 7), count(*) from mentions
  join articles on articles.id = mentions.article_id where length(published) >= 7 group by 1, 2"""


def test_rebuild_recovers_a_lost_cache_file(tmp_path):
    """The manifest is trusted without checking each cache file: a conversion whose cache
    file was deleted is made again when it is needed, and the result is still exact."""
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    out = tmp_path / "out"
    build(seeds, out, jobs=1)
    for f in (out / "cache").glob("*.marshal"):
        f.unlink()  # every conversion lost, the manifest kept
    changed = seeds / GOOD[0].name
    changed.write_text(changed.read_text("utf-8") + "\n补充：韩国统一部周三发表声明。\n", "utf-8")
    (seeds / GOOD[-1].name).unlink()
    summary = build(seeds, out, jobs=1)
    assert summary["articles"] == 4 and summary["problems"] == 0
    _same_content(out / "peninsula.db", _fresh(seeds, tmp_path / "fresh"))
    (out / "peninsula.db").unlink()  # a full build from the manifest alone
    for f in (out / "cache").glob("*.marshal"):
        f.unlink()
    assert build(seeds, out, jobs=1)["articles"] == 4
    _same_content(out / "peninsula.db", tmp_path / "fresh" / "peninsula.db")


def _fresh(seeds: Path, out: Path) -> Path:
    build(seeds, out, jobs=1)
    return out / "peninsula.db"


def _same_content(patched: Path, fresh: Path) -> None:
    """An incremental build must hold exactly what a build from scratch holds."""
    for table in TABLES:
        assert sorted(_rows(patched, f"select * from {table}")) == sorted(
            _rows(fresh, f"select * from {table}")
        ), table
    # and what a build from scratch counted by month is the plain aggregate of its mentions
    months = sorted(_rows(fresh, "select * from entity_months"))
    assert months and months == sorted(_rows(fresh, MONTHS))
    for q in ('"北 韩"', '"朝 鲜"', '"补 充"', "lavrov"):
        sql = f"select rowid from articles_fts where articles_fts match '{q}' order by rowid"
        assert _rows(patched, sql) == _rows(fresh, sql), q


def test_duplicates_load_once_and_reposts_share_a_story(tmp_path):
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    (seeds / "again.txt").write_bytes(GOOD[1].read_bytes())
    repost = GOOD[3].read_text("utf-8").replace("韩联社", "韩国联合通讯社")
    (seeds / "repost.txt").write_text(
        repost.replace("<!--1616093909000-->", "<!--1616180309000-->")
    )
    build(seeds, tmp_path / "out", jobs=1)
    db = tmp_path / "out" / "peninsula.db"
    assert _rows(db, "select count(*) from sources")[0][0] == len(GOOD) + 1
    dup = _rows(db, "select path, reason from problems where severity = 'duplicate'")
    assert len(dup) == 1 and GOOD[1].name in dup[0][1]
    rows = _rows(
        db,
        "select s.path, a.id, a.story_id, a.duplicate_of from articles a"
        " join sources s on s.id = a.source_id where a.title like '韩防长%' order by s.path",
    )
    (orig, oid, ostory, odup), (copy, cid, cstory, cdup) = rows
    assert ostory == cstory == oid and odup is None and cdup == oid
    others = _rows(db, "select count(distinct story_id) from articles")[0][0]
    assert others == 24  # every other article is its own story


def test_killed_build_leaves_previous_result_whole(tmp_path):
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    out = tmp_path / "out"
    build(seeds, out, jobs=1)
    before = _dump(out / "peninsula.db")
    md_before = {p.name: p.read_bytes() for p in (out / "markdown").iterdir()}
    # many new files so the build is still running when it is killed
    text = GOOD[0].read_text("utf-8")
    for i in range(400):
        (seeds / f"extra-{i:04d}.txt").write_text(
            text + f"\n第{i}段补充内容，仅供测试。\n", "utf-8"
        )
    for delay in (0.5, 1.5, 3.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "peninsula.cli", "build", "--seeds", str(seeds),
             "--out", str(out), "--jobs", "2"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.returncode == 0:
            break  # finished before the kill: the new result is whole, nothing more to check
        assert _dump(out / "peninsula.db") == before
        # every previous file is still there, unchanged (new ones may have been added)
        assert {p: (out / "markdown" / p).read_bytes() for p in md_before} == md_before
    summary = build(seeds, out, jobs=2)  # and the next build recovers
    assert summary["articles"] == 24 + 400
    assert not list(out.glob(".*.tmp*"))
    assert len(list((out / "markdown").iterdir())) == 24 + 400


def _collector_state(task):
    import gc

    from peninsula.build import Outcome

    return Outcome(path=task[1], warnings=[str(gc.isenabled())])


@pytest.mark.parametrize("jobs", [1, 2])
def test_conversion_runs_with_the_garbage_collector_on(monkeypatch, jobs):
    """Loading turns the collector off; conversion (parsed HTML is full of reference cycles)
    must not inherit that, in worker processes or in this one, or memory grows with the corpus."""
    import gc

    from peninsula import build as b

    monkeypatch.setattr(b, "_convert_one", _collector_state)  # forked workers see it too
    was = gc.isenabled()
    gc.disable()
    pool = b._fork_workers(jobs)  # forked with the collector off, as in a build
    try:
        outcomes = list(b._run(iter([f"r{i}" for i in range(8)]), "f", "c", pool, jobs, total=8))
    finally:
        if was:
            gc.enable()
        if pool:
            pool.shutdown()
    assert [o.warnings for o in outcomes] == [["True"]] * 8
    assert [o.path for o in outcomes] == [f"r{i}" for i in range(8)]


def test_conversion_takes_paths_as_it_goes():
    """The pool is fed a few chunks ahead of the results taken, never every path at once:
    memory must not grow with the number of files."""
    from concurrent.futures import Future

    from peninsula.build import _chunks, _in_pool

    submitted = []

    class Pool:
        def submit(self, fn, chunk):
            submitted.append(chunk)
            f = Future()
            f.set_result(fn(chunk))
            return f

    paths = (f"p{i}" for i in range(1000))
    results = _in_pool(Pool(), len, _chunks(paths, 10), ahead=4)
    assert next(results) == 10 and len(submitted) == 4
    assert next(paths) == "p40"  # the paths are read only as chunks are submitted
    assert sum(results) == 10 * 3 + 959 and len(submitted) == 4 + 96  # p40 was taken


def test_full_build_removes_what_is_not_its_result(tmp_path):
    """A full build over an old output folder leaves only its own Markdown files and the
    cache entries of the current files (with counts equal, nothing is listed twice)."""
    seeds = tmp_path / "seeds"
    _copy_seeds(seeds)
    out = tmp_path / "out"
    build(seeds, out, jobs=1)
    (out / "peninsula.db").unlink()  # the next build is a full one
    (out / "markdown" / "000000000000.md").write_text("an article no longer in the seeds")
    (out / "cache" / "0000-old-version.marshal").write_bytes(b"")
    summary = build(seeds, out, jobs=1)
    assert summary["converted"] == 0
    assert len(list((out / "markdown").iterdir())) == summary["articles"]
    assert not (out / "cache" / "0000-old-version.marshal").exists()
    assert len(list((out / "cache").iterdir())) == 2 * len(GOOD) + 1


def test_time_inside_a_removed_update_time_is_skipped():
    page = (
        "<html><body><time class='updated'>更新 <time datetime='2024-06-03'>x</time></time>"
        "<article><h1>朝鲜发射导弹</h1><p>韩国联合参谋本部2日说，朝鲜当天上午向东部海域发射了一枚短程弹道导弹。</p>"
        "</article></body></html>"
    )
    (a,) = convert("t.html", page.encode())["articles"]
    assert a["title"] == "朝鲜发射导弹" and a["published"] is None


@pytest.mark.parametrize(
    "date, published",
    [
        (b"Sun, 02 Jun 2024 08:00:00 +0800\xe3\x80", "2024-06-02"),  # bytes after the date
        (b"Sun, 32 Jun 2024 08:00:00 +0800", None),  # no such day
        (b"x", None),
    ],
)
def test_mail_with_a_broken_date_header_is_still_read(date, published):
    """Also with a subject in an encoding whose name is not one (utf\xff-8)."""
    mail = (
        b"From: a <a@example.com>\nSubject: =?utf\xff-8?b?5pyd6bKc?=\nDate: " + date + b"\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        + "朝鲜发射导弹\n\n韩国联合参谋本部2日说，朝鲜当天上午发射了一枚短程弹道导弹。\n".encode()
    )
    (a,) = convert("m.eml", mail)["articles"]
    assert a["title"] == "朝鲜发射导弹" and a["published"] == published
