"""The build's record of every raw file, kept on disk in a temporary SQLite database.

A build needs a few facts per raw file: its path, size and modification time, what the last
build found in it, and which file first had each content. Held as Python objects these cost
about 0.8 KB per file (some 650 MB at 1,000,000 articles, most of the build's peak memory);
in a SQLite file they cost disk and the page cache, so the build's memory no longer grows with
the number of files. Rows come back in path order (primary keys), the order a build walks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

_SCHEMA = """
create table files (rel text primary key, size integer, mtime integer) without rowid;
create table manifest (rel text primary key, size integer, mtime integer, sha256 text,
  error text, warnings text) without rowid;
create table contents (sha256 text primary key, rel text, loaded integer, source_id text)
  without rowid;
"""

# Every scanned file in path order, with what the last build found in it when its size and
# time are unchanged (sha256 null: convert it).
_PLAN = """select f.rel, f.size, f.mtime, m.sha256, m.error, m.warnings from files f
  left join manifest m on m.rel = f.rel and m.size = f.size and m.mtime = f.mtime
  order by f.rel"""


class Ledger:
    """One build's per-file records (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode = off", "synchronous = off", "cache_size = -32768"):
            self.conn.execute(f"pragma {pragma}")
        self.conn.executescript(_SCHEMA)
        self.conn.execute("begin")

    def close(self) -> None:
        self.conn.close()
        self.path.unlink(missing_ok=True)

    def commit(self) -> None:
        """Index the loaded contents by source id and commit, so that the database being
        patched can attach the ledger and compare its sources with them in SQL."""
        self.conn.execute("create index contents_source on contents(source_id) where loaded")
        self.conn.execute("commit")

    def scan(self, seeds: Path) -> tuple[int, list[dict]]:
        """Record every regular file under seeds (dot-files and dot-folders skipped): how many
        were found, and a problem for each whose name cannot be stored (not valid UTF-8)."""
        bad: list[dict] = []

        def walk() -> Iterator[tuple[str, int, int]]:
            stack = [(str(seeds), "")]
            while stack:
                folder, prefix = stack.pop()
                with os.scandir(folder) as entries:
                    for e in entries:
                        if e.name.startswith("."):
                            continue
                        rel = prefix + e.name
                        if e.is_dir(follow_symlinks=False):
                            stack.append((e.path, rel + "/"))
                            continue
                        try:
                            rel.encode("utf-8")
                        except UnicodeEncodeError:
                            bad.append(_bad_name(rel))
                            continue
                        try:
                            st = e.stat()
                            yield rel, st.st_size, st.st_mtime_ns
                        except OSError:  # a dangling link: reading it will say why
                            yield rel, -1, -1

        self.conn.executemany("insert into files values (?, ?, ?)", walk())
        (n,) = self.conn.execute("select count(*) from files").fetchone()
        return n + len(bad), bad

    def remember(self, manifest: Iterable[list]) -> None:
        """What the last build found: its manifest lines [path, size, mtime, sha256, error,
        warnings]."""
        rows = (
            (m[0], m[1], m[2], m[3], m[4], json.dumps(m[5]) if m[5] else None)
            for m in manifest
            if isinstance(m, list) and len(m) == 6
        )
        self.conn.executemany("insert or ignore into manifest values (?, ?, ?, ?, ?, ?)", rows)

    def plan(self) -> Iterator[tuple[str, int, int, str | None, str | None, list]]:
        """Every file in path order: (path, size, mtime, sha256, error, warnings), sha256 None
        for a file to convert."""
        for rel, size, mtime, sha, error, warnings in self.conn.execute(_PLAN):
            yield rel, size, mtime, sha, error, json.loads(warnings) if warnings else []

    def to_convert(self) -> tuple[int, Iterator[str]]:
        """How many files need converting, and their paths in path order (read as needed)."""
        sql = f"select rel from ({_PLAN}) where sha256 is null"
        (n,) = self.conn.execute(f"select count(*) from ({sql})").fetchone()
        return n, (rel for (rel,) in self.conn.execute(sql))

    def first(self, sha: str, rel: str, loaded: bool) -> str | None:
        """Record that file rel has this content; the path of an earlier file with the same
        bytes, if there was one (then rel is a duplicate)."""
        cur = self.conn.execute(
            "insert into contents values (?, ?, ?, ?) on conflict do nothing",
            [sha, rel, loaded, sha[:16]],
        )
        if cur.rowcount:
            return None
        return self.conn.execute("select rel from contents where sha256 = ?", [sha]).fetchone()[0]

    def kept(self) -> Iterator[tuple[str, str]]:
        """(path, sha256) of the files to load: the first of each content, in path order."""
        sql = "select rel, sha256 from contents where loaded order by rel"
        return iter(self.conn.execute(sql))

    def contents(self) -> int:
        """How many distinct contents the current files have (errors included)."""
        return self.conn.execute("select count(*) from contents").fetchone()[0]

    def forgotten(self) -> list[str]:
        """Contents the last build's files had and no current file has."""
        sql = """select distinct sha256 from manifest m
          where not exists (select 1 from contents c where c.sha256 = m.sha256)"""
        return [sha for (sha,) in self.conn.execute(sql)]

    def has(self, sha: str) -> bool:
        """Whether a current file has this content."""
        sql = "select 1 from contents where sha256 = ?"
        return self.conn.execute(sql, [sha]).fetchone() is not None


def _bad_name(rel: str) -> dict:
    shown = os.fsencode(rel).decode("utf-8", "backslashreplace")
    reason = "file name is not valid UTF-8, so it cannot be stored: rename the file"
    return {"path": shown, "severity": "error", "reason": reason}
