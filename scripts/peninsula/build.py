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
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from itertools import chain, islice
from pathlib import Path

import click
import sqlite_utils

from . import convert as conv
from . import dedupe, frontmatter, load
from .ledger import Ledger

DB_NAME = "peninsula.db"


@dataclass(slots=True)
class Outcome:
    """What the build loop knows of one raw file while it passes (slots: one is made per file)."""

    path: str
    sha256: str | None = None
    error: str | None = None
    warnings: Sequence[str] = ()
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
    folder, rel, cache_dir = args
    full = os.path.join(folder, rel)
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


def _manifest_path(cache_dir: Path) -> Path:
    return cache_dir / "manifest.jsonl"


def _manifest_head() -> str:
    """The manifest's first line: the cache files it refers to. Another converter, data or
    Python writes other cache files, so its manifest is not used (nothing is taken as known)."""
    return json.dumps({"cache": _cache_key("") + CACHE_SUFFIX}) + "\n"


def _manifest(cache_dir: Path) -> Iterator[list]:
    """The last build's files, one JSON line each ([path, size, mtime, sha256, error,
    warnings]), in path order: read as a stream, never as one object (1,000,000 files)."""
    try:
        f = open(_manifest_path(cache_dir), encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError:
        return
    with f:
        if f.readline() != _manifest_head():
            return
        for line in f:
            try:
                yield json.loads(line)
            except ValueError:
                return  # a torn manifest: the rest is converted (or found in the cache) again


def build(seeds: Path, out: Path, *, jobs: int | None = None, strict: bool = False) -> dict:
    """Build OUT/peninsula.db and OUT/markdown/ from every file under seeds."""
    # The build's own bookkeeping and loading make many live objects (an outcome per raw file,
    # rows per article) and no reference cycles: the collector would only walk them again and
    # again.
    # Conversions turn it back on (_convert_here, the workers' initializer).
    collect = gc.isenabled()
    gc.disable()
    try:
        return _build(seeds, out, jobs=jobs, strict=strict)
    finally:
        if collect:
            gc.enable()


def _build(seeds: Path, out: Path, *, jobs: int | None, strict: bool) -> dict:
    jobs = jobs or os.cpu_count() or 1
    data_hash()  # once, before the fork: the workers inherit it
    pool = _fork_workers(jobs)
    try:
        return _build_with(seeds, out, pool, jobs, strict=strict)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)


def _fork_workers(jobs: int) -> ProcessPoolExecutor | None:
    """The conversion workers, forked now, before the build's own work: a forked process's RSS
    counts every page it shares with its parent, so workers forked later would each seem to hold
    whatever the parent held by then."""
    if jobs <= 1:
        return None
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start)
    list(pool.map(int, range(jobs)))  # the first task forks them all (fork start method)
    return pool


def _build_with(seeds: Path, out: Path, pool, jobs: int, *, strict: bool) -> dict:
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale(out)
    cache_dir = out / "cache"
    cache_dir.mkdir(exist_ok=True)
    _tmp_dir(cache_dir).mkdir(exist_ok=True)
    ledger = Ledger(_tmp_dir(cache_dir) / "ledger.db")
    try:
        return _build_in(ledger, seeds, out, cache_dir, pool, jobs, started, strict=strict)
    finally:
        ledger.close()
        shutil.rmtree(_tmp_dir(cache_dir), ignore_errors=True)


def _build_in(ledger: Ledger, seeds: Path, out: Path, cache_dir: Path, pool, jobs: int,
              started: float, *, strict: bool) -> dict:  # fmt: skip
    n_files, bad_names = ledger.scan(seeds)
    ledger.remember(_manifest(cache_dir))
    info = _previous(out / DB_NAME) or {}
    # built by another converter, schema or data (or not at all): rebuilt in full
    patch = all(info.get(k) == str(v) for k, v in _versions().items())
    found = _Found(files=n_files, ledger=ledger, problems=bad_names)
    n_tasks, tasks = ledger.to_convert()
    fresh = _run(tasks, str(seeds), str(cache_dir), pool, jobs, total=n_tasks)
    manifest_tmp = _tmp_dir(cache_dir) / "manifest.jsonl"
    manifest = open(manifest_tmp, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    manifest.write(_manifest_head())
    arriving = found.sort(_in_order(ledger.plan(), fresh, manifest))

    read = partial(_conversion, str(cache_dir), str(seeds))
    db_tmp = out / f".{DB_NAME}.tmp{os.getpid()}"
    md_dir = out / "markdown"
    md_dir.mkdir(exist_ok=True)
    try:
        if not patch:  # load each conversion as it arrives, while the workers go on
            kept = ((o.path, o.sha256) for o in arriving)
            n_articles, stale = _write(kept, found, out, db_tmp, read, patch=False)
            os.replace(db_tmp, out / DB_NAME)
        else:  # convert the changed files, then patch the previous database (or keep it)
            for _ in arriving:
                pass
            ledger.commit()  # the patch reads the ledger from the database's connection
            state = found.state()
            if all(info.get(k) == str(v) for k, v in state.items()):
                n_articles, stale = int(info["articles"]), set()  # same inputs and problems
            else:
                try:
                    n_articles, stale = _write(ledger.path, found, out, db_tmp, read, patch=True)
                except _FullRebuild:
                    n_articles, stale = _write(ledger.kept(), found, out, db_tmp, read, patch=False)
                os.replace(db_tmp, out / DB_NAME)
    finally:
        arriving.close()  # stops the workers when loading failed
        manifest.close()
        if db_tmp.exists():
            db_tmp.unlink()
    for p in found.problems:
        if p["severity"] != "duplicate":
            click.echo(f"{p['severity']}: {p['path']}: {p['reason']}", err=True)
    # Only now that the new database is in place do the files of removed articles go.
    for aid in stale:
        (md_dir / f"{aid}.md").unlink(missing_ok=True)
    os.replace(manifest_tmp, _manifest_path(cache_dir))
    # two files for each distinct content, and the manifest: anything more is pruned, first
    # the conversions of what the last build had and this one has not (no listing needed)
    for sha in ledger.forgotten():
        for suffix in (CACHE_SUFFIX, ".meta"):
            _cache_file(cache_dir, sha, suffix).unlink(missing_ok=True)
    if _count(cache_dir, "") > 2 * ledger.contents() + 1:
        _prune_cache(cache_dir, ledger)
    summary = {
        "files": n_files,
        "articles": n_articles,
        "problems": sum(1 for p in found.problems if p["severity"] != "duplicate"),
        "converted": found.converted,
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


def _in_order(plan, fresh: Iterator[Outcome], manifest) -> Iterator[Outcome]:
    """Every file's outcome in path order (the last build's or a worker's), each also written
    as a line of the new manifest."""
    for rel, size, mtime, sha, error, warnings in plan:
        if sha is None:
            o = next(fresh)
            o.path = rel
        else:
            o = Outcome(rel, sha, error=error, warnings=warnings)
        if o.sha256:
            row = [rel, size, mtime, o.sha256, o.error, list(o.warnings)]
            manifest.write(json.dumps(row, ensure_ascii=False) + "\n")
        yield o


@dataclass
class _Found:
    """Outcomes sorted as they arrive: the files to load (the first of each content, recorded
    in the ledger) and the problems to report."""

    files: int  # how many files were scanned
    ledger: Ledger
    problems: list[dict] = field(default_factory=list)
    converted: int = 0
    inputs: hashlib._Hash = field(default_factory=hashlib.sha256)  # of the files loaded

    def sort(self, outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
        for o in outcomes:
            self.converted += o.converted
            if o.error:
                if o.sha256:  # its cached error is kept
                    self.ledger.first(o.sha256, o.path, loaded=False)
                self.problems.append({"path": o.path, "severity": "error", "reason": o.error})
                continue
            self.problems += [
                {"path": o.path, "severity": "warning", "reason": w} for w in o.warnings
            ]
            earlier = self.ledger.first(o.sha256, o.path, loaded=True)
            if earlier is not None:
                self.problems.append(
                    {"path": o.path, "severity": "duplicate",
                     "reason": f"same bytes as {earlier}; loaded once"}
                )  # fmt: skip
                continue
            self.inputs.update(f"{o.path}\0{o.sha256}\n".encode())  # in path order
            yield o

    def state(self) -> dict:
        """What the database records about its inputs; equal states give equal databases."""
        reported = json.dumps(
            sorted((p["path"], p["severity"], p["reason"]) for p in self.problems)
        )
        return {
            **_versions(),
            "inputs_sha256": self.inputs.hexdigest(),
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


def _worker_start() -> None:
    """Workers are forked while the build has the collector off (see build), and parsed HTML
    trees are full of reference cycles: it goes back on. What the fork inherited is frozen
    first, so collections never touch, and so copy, those pages."""
    gc.freeze()
    gc.enable()


def _convert_chunk(folder: str, cache_dir: str, rels: list[str]) -> list[Outcome]:
    """Worker: a run of files whose reads are all requested first, so converting one overlaps
    reading the next (on a corpus not in the page cache, each file was a wait for the disk)."""
    for rel in rels:
        _readahead(os.path.join(folder, rel))
    return [_convert_one((folder, rel, cache_dir)) for rel in rels]


def _run(rels: Iterable[str], folder: str, cache_dir: str, pool, jobs: int,
         total: int | None = None) -> Iterator[Outcome]:  # fmt: skip
    """Convert the files (paths under folder; `total` of them) in the pool's workers, or here
    when there is no pool or little to do; outcomes come back in order as they are ready. The
    pool is shut down when conversion ends, so idle workers hold no memory while loading
    finishes."""
    show = sys.stderr.isatty()
    tasks = len(rels) if total is None else total
    if pool is None or tasks < 4:
        it = map(_convert_here, ((folder, rel, cache_dir) for rel in rels))
    else:
        size = max(1, min(64, tasks // (jobs * 8)))
        convert = partial(_convert_chunk, folder, cache_dir)
        it = chain.from_iterable(_in_pool(pool, convert, _chunks(rels, size), ahead=4 * jobs))
    try:
        if show:
            with click.progressbar(it, length=tasks, label="converting", file=sys.stderr) as b:
                yield from b
        else:
            yield from it
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _in_pool(pool, fn, chunks: Iterator[list[str]], *, ahead: int) -> Iterator:
    """fn over the chunks in the pool, results in order, with no more than `ahead` chunks
    waiting: pool.map would take every chunk at once (all the paths, and all the results as
    they finish)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(fn, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _FullRebuild(Exception):
    """The previous database cannot be patched (other converter or data, or its cache is gone)."""


def _cached(cache_dir: Path | str, sha: str) -> dict:
    try:
        return marshal.loads(_cache_file(cache_dir, sha).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        raise _FullRebuild(f"no cached conversion for {sha}") from None


def _conversion(cache_dir: str, seeds: str, sha: str, path: str | None = None) -> dict:
    """The cached conversion of a file's bytes. The manifest's files are not checked against
    the cache one by one (800,000 stats at 1,000,000 files, a quarter of a rebuild); when
    one's cache file has gone, the file (at path) is converted again here."""
    try:
        return _cached(cache_dir, sha)
    except _FullRebuild:
        if path is None:
            raise
        _convert_here((seeds, path, cache_dir))
        return _cached(cache_dir, sha)


def _previous(db_path: Path) -> dict | None:
    """The previous build's record (build_info), if it is a database this build can patch."""
    if not db_path.exists():
        return None
    db = None
    try:
        db = sqlite_utils.Database(db_path)
        info = dict(db.execute("select key, value from build_info").fetchall())
        db.execute("select id, path, sha256 from sources limit 1").fetchall()
        return info
    except Exception:  # an unreadable or foreign file: build afresh
        return None
    finally:
        if db is not None:
            db.close()


def _write(kept, found: _Found, out: Path, db_path: Path, read: Callable[..., dict],
           *, patch: bool) -> tuple[int, set[str]]:  # fmt: skip
    """Write the database (patching a copy of the previous one, or from scratch) and the new
    articles' Markdown files, reading each conversion (`read`) one at a time. A full
    build takes `kept`, the (path, sha256) of each file to load, as they arrive from the
    workers; `found` is complete once `kept` is consumed. A patch takes the ledger's path
    instead, to compare the previous sources with it."""
    if not patch:
        db = sqlite_utils.Database(db_path, recreate=True)
        load.create(db, indexes=False)
        load.load_entities(db)
    else:
        shutil.copyfile(out / DB_NAME, db_path)
        db = sqlite_utils.Database(db_path)
        db.execute("attach database ? as ledger", [str(kept)])
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    db.execute("pragma cache_size = -65536")  # 64 MB: the hot index pages stay in memory
    try:
        return _patch(db, patch, kept, found, out / "markdown", read)
    finally:
        db.close()


def _patch(db, previous: bool, kept, found, md_dir, read) -> tuple[int, set[str]]:
    """Delete the rows of sources that are gone, insert those of new ones, regroup stories
    (`previous`: db is a copy of the previous database; else it is empty).
    Markdown files of new articles are written now (an article's file never changes: its id
    comes from its bytes); the ids whose files must go are returned, to delete once the new
    database is in place. So a killed build leaves every previous file as it was."""
    removed: list[tuple[str, str]] = []  # (source id, sha256)
    renamed: list[tuple[str, str]] = []  # (source id, new path): same bytes, new name
    added: Iterable[tuple[str, str]] = kept  # (path, sha256)
    if previous:  # the previous sources against the current files (the ledger), by id
        removed = db.execute(_REMOVED).fetchall()
        renamed = db.execute(_RENAMED).fetchall()
        db.execute(f"create temp table added as {_ADDED}")  # read while sources change
        added = _rows(db, "select rel, sha256 from temp.added order by rel")  # in path order
    affected: set[str] = set()
    stale: set[str] = set()
    months: dict = defaultdict(Counter)  # entity_months: added, taken away (load.count_months)
    db.conn.execute("begin")
    for sid, sha in removed:
        gone = read(sha)["articles"]
        ids = [a["id"] for a in gone]
        affected |= _story_mates(db, ids)
        stale |= set(ids)
        load.delete_articles(db, gone, months)
        db.execute("delete from sources where id = ?", [sid])
    batch: list[dict] = []
    sources: list[dict] = []
    if not previous:  # a full build: index merges wait for the final optimize
        db.execute("insert into articles_fts(articles_fts, rank) values ('automerge', 0)")
    # Markdown files are written by a thread while SQLite inserts (both release the GIL).
    files: list[tuple[Path, str]] = []
    with ThreadPoolExecutor(max_workers=1) as writer:
        written = []
        for path, sha in added:  # each cached conversion is read once: rows, then Markdown
            result = read(sha, path)
            sources.append({**result["source"], "path": path})
            for a in result["articles"]:
                files.append((md_dir / f"{a['id']}.md", a.pop("markdown")))
                if previous:  # a full build regroups from the bands alone
                    affected.add(a["id"])
            batch += result["articles"]
            if len(batch) >= 1000:
                written.append(writer.submit(_write_files, files))
                load.insert_sources(db, sources)
                load.insert_articles(db, batch, months)
                batch, sources, files = [], [], []
        written.append(writer.submit(_write_files, files))
        load.insert_sources(db, sources)
        load.insert_articles(db, batch, months)
        for w in written:
            w.result()  # raises what the writer raised
    if not previous:
        load.create_indexes(db)
    db.conn.executemany("update sources set path = ? where id = ?", [(p, s) for s, p in renamed])
    dedupe.regroup(db, affected if previous else None)
    db.execute("delete from problems")
    db["problems"].insert_all(found.problems, replace=True)
    n_articles = db.execute("select count(*) from articles").fetchone()[0]
    state = found.state()
    load.finish(db, {**state, "articles": n_articles}, months, optimize=not previous)
    # A full build wrote every article's file, so the folder holds those and any stale ones:
    # only when it holds more must the ids be read to find which (a set of every id).
    if not previous and _count(md_dir, ".md") > n_articles:
        ids = {r[0] for r in db.execute("select id from articles")}
        with os.scandir(md_dir) as names:
            md = (n.name[:-3] for n in names if n.name.endswith(".md"))
            stale = {i for i in md if i not in ids}
    return n_articles, stale


# A patch compares the previous sources with the ledger's loaded contents, by source id (the
# first 16 hex digits of the bytes' SHA-256).
_REMOVED = """select id, sha256 from sources s where not exists (select 1 from ledger.contents c
  where c.source_id = s.id and c.loaded) order by id"""
_RENAMED = """select s.id, c.rel from sources s join ledger.contents c
  on c.source_id = s.id and c.loaded where c.rel != s.path"""
_ADDED = """select rel, sha256 from ledger.contents c where c.loaded and not exists
  (select 1 from main.sources s where s.id = c.source_id)"""


def _rows(db, sql: str) -> Iterator[tuple]:
    """The rows of sql, run only when first asked for (here: inside the transaction)."""
    yield from db.execute(sql)


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


def _count(folder: Path, suffix: str) -> int:
    """How many names in folder end with suffix, counted without listing them all at once."""
    with os.scandir(folder) as entries:
        return sum(1 for e in entries if e.name.endswith(suffix))


def _prune_cache(cache_dir: Path, ledger: Ledger) -> None:
    """Drop cached conversions of files that are gone (and leftovers of killed builds, of other
    converter versions, of other Pythons), so the cache does not grow forever: every name in
    the cache but the manifest and the two files of each content a current file has."""
    manifest = _manifest_path(cache_dir).name
    with os.scandir(cache_dir) as entries:
        for e in entries:
            sha = e.name[:64]
            key = _cache_key(sha)
            if e.name == manifest or (
                e.name in (key + CACHE_SUFFIX, key + ".meta") and ledger.has(sha)
            ):
                continue
            (cache_dir / e.name).unlink(missing_ok=True)


_FRONT = [
    "id", "title", "title_source", "published", "published_precision", "published_time",
    "published_earliest", "published_latest", "date_evidence", "outlet", "republisher",
    "author", "url", "republished_url", "language", "category", "tags", "people", "places",
    "orgs", "images", "links", "source_id", "item",
]  # fmt: skip


def markdown_file(a: dict) -> str:
    """YAML front matter with the article's own fields, then the clean Markdown body, then the
    articles the page recommends. Those are kept out of the body (and so out of its search and
    its entities) but stay part of the document. Story grouping depends on the whole corpus,
    so it lives in the database only."""
    head = frontmatter.dump({k: a.get(k) for k in _FRONT})
    title = f"# {a['title']}\n\n" if a.get("title") else ""
    related = [ln for ln in a.get("links") or [] if ln.get("kind") == "related"]
    listed = ""
    if related:
        label = "相關文章" if a.get("language") == "zh-Hant" else "相关文章"
        items = [
            f"- [{ln['title']}]({ln['url']})" if ln.get("url") else f"- {ln['title']}"
            for ln in related
        ]
        listed = f"\n\n## {label}\n\n" + "\n".join(items)
    body = a["body"].rstrip()
    return (
        f"---\n{head}---\n\n{title}{body}{listed}\n"
        if body or listed
        else f"---\n{head}---\n\n{title}"
    )
