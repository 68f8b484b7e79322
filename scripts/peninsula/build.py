"""The whole build: raw files -> cached conversions -> Markdown folder and SQLite database.

Conversions are cached by content hash and converter version, run in parallel processes, and
kept on disk rather than in memory; a full build loads each one as it arrives. The database is
written to a temporary path (a patched copy of the previous one when only some files changed)
and moved into place when complete; Markdown files are named by article id, which comes from
the bytes, so a file is written once and never changed, and files of removed articles go only
after the new database is in place. A killed build leaves the previous result whole.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path

import click
import sqlite_utils

from . import convert as conv
from . import dedupe, frontmatter, load

DB_NAME = "peninsula.db"


@dataclass
class Outcome:
    """What the build loop keeps per file: small, so memory stays flat as the corpus grows."""

    path: str
    sha256: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    converted: bool = False  # False when the cache answered


@lru_cache(maxsize=1)
def data_hash() -> str:
    """Hash of the reviewed data files (gazetteer, outlets): a change re-converts everything."""
    h = hashlib.sha256()
    data = resources.files("peninsula").joinpath("data")
    for f in sorted(data.iterdir(), key=lambda f: f.name):
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def _cache_key(sha: str) -> str:
    return f"{sha}-{conv.CONVERTER_VERSION}-{data_hash()[:12]}"


# Conversions are cached with marshal: several times faster to write and read back than JSON,
# for a cache only this build reads. Its format belongs to the Python version, hence the tag.
CACHE_SUFFIX = f".{sys.implementation.cache_tag}.marshal"


def _cache_file(cache_dir: Path | str, sha: str, suffix: str = CACHE_SUFFIX) -> Path:
    """The cached conversion of a file's bytes, or its error and warnings (.meta, JSON)."""
    return Path(cache_dir) / f"{_cache_key(sha)}{suffix}"


def _tmp_dir(cache_dir: Path | str) -> Path:
    """Where cache files are written before their rename: outside the cache, so finding the
    leftovers of a killed build does not mean listing the whole cache."""
    return Path(cache_dir).parent / ".cache.tmp"


def _convert_one(args: tuple[str, str, str]) -> Outcome:
    """Worker: read, convert (or reuse the cache), write the cache file. Never raises."""
    full, rel, cache_dir = args
    out = Outcome(path=rel)
    try:
        data = Path(full).read_bytes()
    except OSError as e:
        out.error = f"unreadable file: {e.strerror or e}"
        return out
    out.sha256 = conv.sha256(data)
    cache = _cache_file(cache_dir, out.sha256)
    meta = _cache_file(cache_dir, out.sha256, ".meta")  # small to read; written last
    if meta.exists() and cache.exists():
        cached = json.loads(meta.read_text("utf-8"))
        out.error, out.warnings = cached["error"], cached["warnings"]
        return out
    out.converted = True
    try:
        result = conv.convert(rel, data)
        for a in result["articles"]:
            load.prepare(a)
            a["markdown"] = markdown_file(a)
        out.warnings = result["warnings"]
    except (conv.Unreadable, conv.ConversionError) as e:
        out.error = str(e)
        result = {"error": out.error}
    except Exception as e:  # a converter bug must not stop the build; it is reported
        out.error = f"conversion failed: {type(e).__name__}: {e}"
        result = {"error": out.error}
    _write_whole(cache, marshal.dumps(result))
    meta_json = json.dumps({"error": out.error, "warnings": out.warnings}, ensure_ascii=False)
    _write_whole(meta, meta_json.encode())
    return out


def _write_whole(path: Path, data: bytes) -> None:
    """Write whole or not at all: a killed build never leaves half a cache file."""
    tmp = _tmp_dir(path.parent) / f"{path.name}.{os.getpid()}"
    tmp.write_bytes(data)
    os.replace(tmp, path)


def scan(seeds: Path) -> list[tuple[str, str, int, int]]:
    """Every regular file under seeds (dot-files and dot-folders skipped) as (full path, path
    relative to seeds, size, mtime in ns), sorted by relative path."""
    files = []
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
                    st = e.stat()
                    files.append((e.path, rel, st.st_size, st.st_mtime_ns))
                except OSError:  # a dangling link: reading it will say why
                    files.append((e.path, rel, -1, -1))
    return sorted(files, key=lambda f: f[1])


def _manifest_path(cache_dir: Path) -> Path:
    return cache_dir / "manifest.json"


def _known(files, cache_dir: Path) -> tuple[dict[str, Outcome], list, set[str]]:
    """Files whose size and modification time match the last build need not be read again:
    the manifest gives their hash, and the cache their conversion. Also returns the names in
    the cache, listed once per build (it holds two files per raw file)."""
    try:
        manifest = json.loads(_manifest_path(cache_dir).read_text("utf-8"))
    except (OSError, ValueError):
        manifest = {}
    cached = set(os.listdir(cache_dir))
    known, todo = {}, []
    for full, rel, size, mtime in files:
        m = manifest.get(rel)
        if m and m[0] == size and m[1] == mtime and _cache_key(m[2]) + CACHE_SUFFIX in cached:
            known[rel] = Outcome(rel, m[2], error=m[3], warnings=m[4])
        else:
            todo.append((full, rel, str(cache_dir)))
    return known, todo, cached


def _save_manifest(files, outcomes: list[Outcome], cache_dir: Path) -> None:
    stats = {rel: (size, mtime) for _, rel, size, mtime in files}
    manifest = {
        o.path: [*stats[o.path], o.sha256, o.error, o.warnings] for o in outcomes if o.sha256
    }
    _write_whole(_manifest_path(cache_dir), json.dumps(manifest, ensure_ascii=False).encode())


def build(seeds: Path, out: Path, *, jobs: int | None = None, strict: bool = False) -> dict:
    """Build OUT/peninsula.db and OUT/markdown/ from every file under seeds."""
    # The build's own bookkeeping and loading make many live objects (a tuple per raw file, rows
    # per article) and no reference cycles: the collector would only walk them, again and again.
    # Conversions turn it back on (_convert_here, the workers' initializer).
    collect = gc.isenabled()
    gc.disable()
    try:
        return _build(seeds, out, jobs=jobs, strict=strict)
    finally:
        if collect:
            gc.enable()


def _build(seeds: Path, out: Path, *, jobs: int | None, strict: bool) -> dict:
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale(out)
    cache_dir = out / "cache"
    cache_dir.mkdir(exist_ok=True)
    _tmp_dir(cache_dir).mkdir(exist_ok=True)
    files = scan(seeds)
    jobs = jobs or os.cpu_count() or 1
    known, tasks, cached = _known(files, cache_dir)
    info, sources = _previous(out / DB_NAME) or ({}, None)
    if any(info.get(k) != str(v) for k, v in _versions().items()):
        sources = None  # built by another converter, schema or data: rebuilt in full
    outcomes: list[Outcome] = []
    found = _Found(files=len(files))
    arriving = found.sort(_in_order(files, known, _run(tasks, jobs), outcomes))

    db_tmp = out / f".{DB_NAME}.tmp{os.getpid()}"
    md_dir = out / "markdown"
    md_dir.mkdir(exist_ok=True)
    try:
        if sources is None:  # load each conversion as it arrives, while the workers go on
            n_articles, stale = _write(arriving, found, out, db_tmp, cache_dir, None)
            os.replace(db_tmp, out / DB_NAME)
        else:  # convert the changed files, then patch the previous database (or keep it)
            for _ in arriving:
                pass
            state = found.state()
            if all(info.get(k) == str(v) for k, v in state.items()):
                n_articles, stale = int(info["articles"]), set()  # same inputs and problems
            else:
                try:
                    n_articles, stale = _write(found.kept, found, out, db_tmp, cache_dir, sources)
                except _FullRebuild:
                    n_articles, stale = _write(found.kept, found, out, db_tmp, cache_dir, None)
                os.replace(db_tmp, out / DB_NAME)
    finally:
        arriving.close()  # stops the workers when loading failed
        if db_tmp.exists():
            db_tmp.unlink()
    for p in found.problems:
        if p["severity"] != "duplicate":
            click.echo(f"{p['severity']}: {p['path']}: {p['reason']}", err=True)
    # Only now that the new database is in place do the files of removed articles go.
    for aid in stale:
        (md_dir / f"{aid}.md").unlink(missing_ok=True)
    _save_manifest(files, outcomes, cache_dir)
    keep = {_manifest_path(cache_dir).name}
    for o in outcomes:
        if o.sha256:
            key = _cache_key(o.sha256)  # names only: no Path objects for every file
            keep |= {key + CACHE_SUFFIX, key + ".meta"}
    _prune_cache(cache_dir, cached - keep)
    shutil.rmtree(_tmp_dir(cache_dir), ignore_errors=True)
    summary = {
        "files": len(files),
        "articles": n_articles,
        "problems": sum(1 for p in found.problems if p["severity"] != "duplicate"),
        "converted": sum(1 for o in outcomes if o.converted),
        "seconds": round(time.monotonic() - started, 2),
    }
    click.echo(
        f"{summary['files']} files, {summary['articles']} articles, {summary['problems']} problems,"
        f" {summary['converted']} converted, {summary['seconds']} s",
        err=True,
    )
    if strict and summary["problems"]:
        raise click.ClickException(f"--strict: {summary['problems']} problems")
    return summary


def _in_order(files, known: dict[str, Outcome], fresh: Iterator[Outcome], seen: list[Outcome]):
    """Every file's outcome in scan order (the cache's or a worker's), also appended to seen."""
    for _, rel, _, _ in files:
        o = known.get(rel) or next(fresh)
        seen.append(o)
        yield o


@dataclass
class _Found:
    """Outcomes sorted as they arrive: the files to load (the first of each content) and the
    problems to report."""

    files: int  # how many files were scanned
    kept: list[Outcome] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)

    def sort(self, outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
        for o in outcomes:
            if o.error:
                self.problems.append({"path": o.path, "severity": "error", "reason": o.error})
                continue
            self.problems += [
                {"path": o.path, "severity": "warning", "reason": w} for w in o.warnings
            ]
            if o.sha256 in self.seen:
                self.problems.append(
                    {"path": o.path, "severity": "duplicate",
                     "reason": f"same bytes as {self.seen[o.sha256]}; loaded once"}
                )  # fmt: skip
                continue
            self.seen[o.sha256] = o.path
            self.kept.append(o)
            yield o

    def state(self) -> dict:
        """What the database records about its inputs; equal states give equal databases."""
        inputs = hashlib.sha256(
            "".join(
                f"{o.path}\0{o.sha256}\n" for o in sorted(self.kept, key=lambda o: o.path)
            ).encode()
        ).hexdigest()
        reported = json.dumps(
            sorted((p["path"], p["severity"], p["reason"]) for p in self.problems)
        )
        return {
            **_versions(),
            "inputs_sha256": inputs,
            "problems_sha256": hashlib.sha256(reported.encode()).hexdigest(),
            "files": self.files,
        }


def _versions() -> dict:
    """A previous database built with these can be patched instead of rebuilt."""
    return {
        "converter_version": conv.CONVERTER_VERSION,
        "schema_version": load.SCHEMA_VERSION,
        "data_sha256": data_hash(),
    }


def _convert_here(task: tuple[str, str, str]) -> Outcome:
    """_convert_one in this process, with the collector on (loading turns it off)."""
    was = gc.isenabled()
    gc.enable()
    try:
        return _convert_one(task)
    finally:
        if not was:
            gc.disable()


def _readahead(path: str) -> None:
    """Ask the kernel to start reading a file now, without waiting for it."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # _convert_one reports it
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
    finally:
        os.close(fd)


def _convert_chunk(tasks: list[tuple[str, str, str]]) -> list[Outcome]:
    """Worker: a run of files whose reads are all requested first, so converting one overlaps
    reading the next (on a corpus not in the page cache, each file was a wait for the disk)."""
    for full, _, _ in tasks:
        _readahead(full)
    return [_convert_one(t) for t in tasks]


def _run(tasks: list, jobs: int) -> Iterator[Outcome]:
    """Convert in worker processes; outcomes come back in task order as they are ready."""
    show = sys.stderr.isatty()
    if jobs <= 1 or len(tasks) < 4:
        it = map(_convert_here, tasks)
        pool = None
    else:
        # gc.enable: workers are forked while the build has the collector off (see build), and
        # parsed HTML trees are full of reference cycles
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=gc.enable)
        size = max(1, min(64, len(tasks) // (jobs * 8)))
        chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        it = chain.from_iterable(pool.map(_convert_chunk, chunks))
    try:
        if show:
            with click.progressbar(it, length=len(tasks), label="converting", file=sys.stderr) as b:
                yield from b
        else:
            yield from it
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)


class _FullRebuild(Exception):
    """The previous database cannot be patched (other converter or data, or its cache is gone)."""


def _cached(cache_dir: Path, sha: str) -> dict:
    try:
        return marshal.loads(_cache_file(cache_dir, sha).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        raise _FullRebuild(f"no cached conversion for {sha}") from None


def _previous(db_path: Path) -> tuple[dict, dict[str, tuple[str, str]]] | None:
    """The previous build's record and sources, {id: (path, sha256)}, read once."""
    if not db_path.exists():
        return None
    db = None
    try:
        db = sqlite_utils.Database(db_path)
        info = dict(db.execute("select key, value from build_info").fetchall())
        sources = {i: (p, h) for i, p, h in db.execute("select id, path, sha256 from sources")}
        return info, sources
    except Exception:  # an unreadable or foreign file: build afresh
        return None
    finally:
        if db is not None:
            db.close()


def _write(kept: Iterable[Outcome], found: _Found, out: Path, db_path: Path, cache_dir: Path,
           previous: dict | None) -> tuple[int, set[str]]:  # fmt: skip
    """Write the database (patching a copy of the previous one when its sources are given)
    and the new articles' Markdown files, reading each conversion from the cache, one at a
    time. A full build takes `kept` as it arrives from the workers; `found` is complete once
    `kept` is consumed."""
    if previous is None:
        db = sqlite_utils.Database(db_path, recreate=True)
        load.create(db, indexes=False)
        load.load_entities(db)
        previous = {}
    else:
        shutil.copyfile(out / DB_NAME, db_path)
        db = sqlite_utils.Database(db_path)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    db.execute("pragma cache_size = -65536")  # 64 MB: the hot index pages stay in memory
    try:
        return _patch(db, previous, kept, found, out / "markdown", cache_dir)
    finally:
        db.close()


def _patch(db, previous, kept, found, md_dir, cache_dir) -> tuple[int, set[str]]:
    """Delete the rows of sources that are gone, insert those of new ones, regroup stories.
    Markdown files of new articles are written now (an article's file never changes: its id
    comes from its bytes); the ids whose files must go are returned, to delete once the new
    database is in place. So a killed build leaves every previous file as it was."""
    if previous:
        current = {o.sha256[:16]: o for o in kept}
        removed = sorted(previous.keys() - current.keys())
        added: Iterable[Outcome] = [o for sid, o in current.items() if sid not in previous]
    else:
        current, removed, added = {}, [], kept
    affected: set[str] = set()
    stale: set[str] = set()
    db.conn.execute("begin")
    for sid in removed:
        gone = _cached(cache_dir, previous[sid][1])["articles"]
        ids = [a["id"] for a in gone]
        affected |= _story_mates(db, ids)
        stale |= set(ids)
        load.delete_articles(db, gone)
        db.execute("delete from sources where id = ?", [sid])
    batch: list[dict] = []
    sources: list[dict] = []
    if not previous:  # a full build: index merges wait for the final optimize
        db.execute("insert into articles_fts(articles_fts, rank) values ('automerge', 0)")
    # Markdown files are written by a thread while SQLite inserts (both release the GIL).
    files: list[tuple[Path, str]] = []
    with ThreadPoolExecutor(max_workers=1) as writer:
        written = []
        for o in added:  # each cached conversion is read once: rows, then its Markdown files
            result = _cached(cache_dir, o.sha256)
            sources.append({**result["source"], "path": o.path})
            for a in result["articles"]:
                files.append((md_dir / f"{a['id']}.md", a.pop("markdown")))
                affected.add(a["id"])
            batch += result["articles"]
            if len(batch) >= 1000:
                written.append(writer.submit(_write_files, files))
                load.insert_sources(db, sources)
                load.insert_articles(db, batch)
                batch, sources, files = [], [], []
        written.append(writer.submit(_write_files, files))
        load.insert_sources(db, sources)
        load.insert_articles(db, batch)
        for w in written:
            w.result()  # raises what the writer raised
    if not previous:
        load.create_indexes(db)
    for sid, o in current.items():  # same bytes, new name
        if sid in previous and previous[sid][0] != o.path:
            db.execute("update sources set path = ? where id = ?", [o.path, sid])
    dedupe.regroup(db, affected if previous else None)
    db.execute("delete from problems")
    db["problems"].insert_all(found.problems, replace=True)
    n_articles = db.execute("select count(*) from articles").fetchone()[0]
    state = found.state()
    load.finish(db, {**state, "articles": n_articles}, optimize=not previous)
    if not previous:  # a full build: whatever else is in the folder is not in this result
        ids = {r[0] for r in db.execute("select id from articles")}
        stale = {n[:-3] for n in os.listdir(md_dir) if n.endswith(".md")} - ids
    return n_articles, stale


def _write_files(files: list[tuple[Path, str]]) -> None:
    for path, text in files:
        path.write_text(text, "utf-8")


def _story_mates(db, ids: list[str]) -> set[str]:
    """Articles that shared a story with articles about to be removed: their story may change."""
    sql = (
        "select id from articles where story_id in"
        " (select story_id from articles where id in ({q})) and id not in ({q})"
    )
    return {r[0] for r in dedupe.rows_for(db, sql, ids, repeat=2)}


def _remove_stale(out: Path) -> None:
    """Temporary outputs of a build that was killed: never read, safe to delete."""
    for name in os.listdir(out):
        if name.startswith(".") and ".tmp" in name:
            p = out / name
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def _prune_cache(cache_dir: Path, names: set[str]) -> None:
    """Drop cached conversions of files that are gone (and leftovers of killed builds, of other
    converter versions, of other Pythons), so the cache does not grow forever."""
    for name in names:
        (cache_dir / name).unlink(missing_ok=True)


_FRONT = [
    "id", "title", "title_source", "published", "published_precision", "published_time",
    "published_earliest", "published_latest", "date_evidence", "outlet", "republisher",
    "author", "url", "republished_url", "language", "category", "tags", "people", "places",
    "orgs", "images", "links", "source_id", "item",
]  # fmt: skip


def markdown_file(a: dict) -> str:
    """YAML front matter with the article's own fields, then the clean Markdown body. Story
    grouping depends on the whole corpus, so it lives in the database only."""
    head = frontmatter.dump({k: a.get(k) for k in _FRONT})
    title = f"# {a['title']}\n\n" if a.get("title") else ""
    return f"---\n{head}---\n\n{title}{a['body']}"
