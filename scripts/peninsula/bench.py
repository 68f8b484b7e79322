"""`peninsula bench`: build, rebuild and serve synthetic corpora, measured against targets.

For each size: a full build (wall time, peak memory of the whole process tree, database size),
the floor (the same texts inserted with sqlite-utils into a plain FTS5 index), an incremental
rebuild after one file changes, search latencies through Datasette's HTTP interface, and a
bounded load test on 127.0.0.1. Corpora and outputs live in OUT/bench/<size>/ and are reused;
results go to OUT/bench.json (merged by size) and a table is printed with the targets.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from statistics import quantiles
from urllib.parse import quote

import click
import httpx
import psutil
import sqlite_utils
import yaml

from . import synth

ROOT = Path(__file__).resolve().parents[2]
# Served with the Makefile's DATASETTE_OPTS settings (read from it, so they cannot drift): the
# latencies are those of `make serve`.
DATASETTE_SETTINGS = re.findall(r"--setting (\S+) (\S+)", (ROOT / "Makefile").read_text("utf-8"))
MAP_QS = "_size=max&_labels=on&_extra=count&_extra=next_url&_shape=objects"
QUERIES = {
    "search 1 char 韩": "/peninsula/articles.json?_search=韩",
    "search 2 chars 朝鲜": "/peninsula/articles.json?_search=朝鲜",
    "search 4 chars 朝鲜半岛": "/peninsula/articles.json?_search=朝鲜半岛",
    "search English Lavrov": "/peninsula/articles.json?_search=Lavrov",
    "search synonym 川普": "/peninsula/articles.json?_search=川普",
    "ranked search q=朝鲜": "/peninsula/search.json?q=朝鲜",
    "newest-first search q=朝鲜": "/peninsula/latest.json?q=朝鲜",
    "articles page + facets": "/peninsula/articles",
    "articles page + people facet": "/peninsula/articles?_facet_array=people",
    # the lean list facet the site links to (site/facets.py): same counts, fewer columns read
    "articles page + people list facet": "/peninsula/articles?_facet_list=people",
    # the same search without facets and suggestions: what the search itself costs
    "search 朝鲜 without facets": "/peninsula/articles.json?_search=朝鲜&_nofacet=1&_nosuggest=1",
    "home page": "/",
    # the entity named in most articles: its page lists, counts co-mentions and a timeline
    "entity page North Korea": "/peninsula/entities/north-korea",
    # what datasette-cluster-map fetches first: the map of places (one pin per place), and
    # the first 1,000 pins of the map of every mention (with the count it shows)
    "map of places (data)": f"/peninsula/places_by_articles.json?{MAP_QS}",
    "map of every mention (data)": f"/peninsula/place_mentions.json?{MAP_QS}",
}
# pages, not searches: a budget of 500 ms (the target for the faceted articles page)
PAGES = ("articles page", "home page", "entity page", "map of")
QUERY_BUDGET_S = 60  # per query: stop repeating a slow page after a minute (>= 5 samples)
LOAD_TERMS = [
    "朝鲜",
    "韩国",
    "金正恩",
    "平壤",
    "拉夫罗夫",
    "川普",
    "北韓",
    "导弹",
    "峰会",
    "Lavrov",
]
SUMMARY = re.compile(r"(\d+) files, (\d+) articles, (\d+) problems, (\d+) converted, ([\d.]+) s")
MB = 1024 * 1024


# --- measuring ----------------------------------------------------------------------------------


def _pss(pid: int) -> int | None:
    """Proportional set size (pages shared by n processes count 1/n in each), from Linux's
    /proc/PID/smaps_rollup: cheap enough to poll; None where there is none."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _tree_memory(p: psutil.Process) -> tuple[int, int | None]:
    """RSS and PSS summed over a process and all its children (the build's workers). Summed
    RSS counts a page shared by the forked workers once per process; PSS counts it once."""
    rss, pss = 0, 0
    try:
        procs = [p, *p.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, None
    for q in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            rss += q.memory_info().rss
            part = _pss(q.pid)
            pss = None if part is None or pss is None else pss + part
    return rss, pss


def monitored(cmd: list[str], log: Path) -> dict:
    """Run cmd, polling the process tree's RSS every 0.2 s; return wall time, peak, output.
    The disk is synced first, so a step does not pay for writing out the previous one's files."""
    os.sync()
    started = time.perf_counter()
    peak, peak_pss = 0, 0
    with log.open("w") as out:
        p = psutil.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        while p.poll() is None:
            rss, pss = _tree_memory(p)
            peak = max(peak, rss)
            peak_pss = None if pss is None or peak_pss is None else max(peak_pss, pss)
            time.sleep(0.2)
    seconds = time.perf_counter() - started
    text = log.read_text("utf-8", errors="replace")
    if p.returncode != 0:
        raise click.ClickException(f"{' '.join(cmd)} failed ({p.returncode}):\n{text[-2000:]}")
    m = SUMMARY.search(text)
    keys = ["files", "articles", "problems", "converted"]
    summary = dict(zip(keys, map(int, m.groups()[:4]), strict=True))
    pss_mb = None if peak_pss is None else round(peak_pss / MB)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak / MB), "peak_pss_mb": pss_mb,
            **summary}  # fmt: skip


def _build_cmd(corpus: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "peninsula.cli", "build", "--seeds", str(corpus), "--out",
            str(out), "--jobs", str(jobs)]  # fmt: skip


def floor(corpus: Path, db_path: Path) -> dict:
    """The least any build must do: decode the raw texts, insert them, index them with FTS5."""
    os.sync()  # as for the build (see monitored)
    started = time.perf_counter()
    db = sqlite_utils.Database(db_path, recreate=True)
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")

    def rows():
        for root, _, names in os.walk(corpus):
            for name in sorted(names):
                if not name.startswith("."):
                    data = Path(root, name).read_bytes()
                    yield {"path": name, "text": data.decode(synth.encoding_of(name))}

    db["raw"].insert_all(rows(), batch_size=500)
    db["raw"].enable_fts(["text"])  # FTS5, default tokenizer (unicode61)
    db.close()
    return {"seconds": round(time.perf_counter() - started, 2), "db_mb": _mb(db_path)}


def _mb(path: Path) -> float:
    return round(path.stat().st_size / MB, 1)


def _pct(values: list[float], q: int) -> float:
    """q-th percentile in milliseconds."""
    if len(values) == 1:
        return round(values[0] * 1000, 1)
    return round(quantiles(values, n=100, method="inclusive")[q - 1] * 1000, 1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`datasette serve -i DB --inspect-file F` on a free loopback port, for one size."""

    def __init__(self, db: Path, inspect: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        settings = [a for k, v in DATASETTE_SETTINGS for a in ("--setting", k, v)]
        cmd = [sys.executable, "-m", "datasette", "serve", "-i", str(db), "--inspect-file",
               str(inspect), "--metadata", "metadata.yml", *settings, "-h", "127.0.0.1",
               "-p", str(self.port)]  # fmt: skip
        self.log = open(db.parent / "datasette.log", "w")  # noqa: SIM115 (closed in stop)
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise click.ClickException(f"datasette exited; see {self.log.name}")
            try:
                if httpx.get(self.base + "/-/versions.json", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise click.ClickException("datasette did not answer within 120 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def latencies(base: str, repeat: int) -> dict:
    """p50/p95 of each query (after one untimed request that warms the page cache)."""
    out = {}
    with httpx.Client(base_url=base, timeout=60) as c:
        for name, path in QUERIES.items():
            first = time.perf_counter()
            r = c.get(path)
            first = time.perf_counter() - first
            times, bad = [], int(r.status_code != 200)
            budget = time.perf_counter() + QUERY_BUDGET_S
            for _ in range(repeat):
                if len(times) >= 5 and time.perf_counter() > budget:
                    break  # a slow page: enough samples for its median
                t = time.perf_counter()
                r = c.get(path)
                times.append(time.perf_counter() - t)
                bad += r.status_code != 200
            out[name] = {
                "first_ms": round(first * 1000, 1),
                "p50_ms": _pct(times, 50),
                "p95_ms": _pct(times, 95),
                "requests": len(times),
                "errors": bad,
            }
        shown = c.get("/peninsula/articles.json?_facet_list=people").json()["facet_results"]
        out["facets_timed_out"] = [f for f in [*_configured_facets(), "people"] if f not in shown]
    return out


def _configured_facets() -> list[str]:
    """The articles table's facets in metadata.yml; Datasette 0.65's JSON leaves out the ones
    that hit facet_time_limit_ms, so a missing facet is one that timed out."""
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text("utf-8"))
    facets = meta["databases"]["peninsula"]["tables"]["articles"].get("facets", [])
    return [f if isinstance(f, str) else next(iter(f.values())) for f in facets]


def _load_paths(db: Path) -> list[str]:
    """The load test's mix: article, entity and home pages, table search (JSON and HTML),
    ranked and newest-first search, the faceted articles page."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("select id from articles order by random() limit 300")]
    named = [r[0] for r in conn.execute("select id from entities order by articles desc limit 20")]
    conn.close()
    paths = [f"/peninsula/articles/{i}" for i in ids[:200]]
    paths += [f"/peninsula/entities/{quote(e)}" for e in named] + ["/"] * 10
    for t in LOAD_TERMS:
        q = quote(t)
        paths += [f"/peninsula/articles.json?_search={q}"] * 8
        paths += [f"/peninsula/search.json?q={q}"] * 3
        paths += [f"/peninsula/latest.json?q={q}"] * 3
        paths += [f"/peninsula/articles?_search={q}"] * 3
    paths += ["/peninsula/articles"] * 30
    return paths


async def _load(base: str, paths: list[str], clients: int, seconds: float) -> dict:
    times: list[float] = []
    errors: dict[str, int] = {}
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker(k: int) -> None:
            rng = random.Random(k)
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                try:
                    r = await client.get(rng.choice(paths))
                    why = None if 200 <= r.status_code < 300 else f"HTTP {r.status_code}"
                except httpx.HTTPError as e:
                    why = type(e).__name__
                times.append(time.perf_counter() - t)
                if why:
                    errors[why] = errors.get(why, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(times),
        "requests_per_s": round(len(times) / elapsed, 1),
        "p50_ms": _pct(times, 50),
        "p99_ms": _pct(times, 99),
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }


# --- one size -----------------------------------------------------------------------------------


def corpus_for(size: int, seed: int, root: Path) -> tuple[Path, dict]:
    """The size's synthetic corpus, generated once per size and seed."""
    corpus = root / "corpus"
    manifest = corpus / synth.MANIFEST
    if manifest.exists():
        stats = json.loads(manifest.read_text("utf-8"))
        if (stats["requested"], stats["seed"], stats["version"]) == (
            size,
            seed,
            synth.SYNTH_VERSION,
        ):
            return corpus, {**stats, "generate_seconds": None}
    shutil.rmtree(corpus, ignore_errors=True)
    started = time.perf_counter()
    stats = synth.generate(corpus, size, seed=seed)
    return corpus, {**stats, "generate_seconds": round(time.perf_counter() - started, 1)}


def _change_one(corpus: Path) -> tuple[Path, bytes]:
    """Append a sentence to the first UTF-8 text file; return it and its old bytes."""
    for f in sorted(corpus.rglob("*-text.utf-8.txt")):
        old = f.read_bytes()
        f.write_bytes(old + "补充报道：此文于今日更新，加入了新的细节。\n".encode())
        return f, old
    raise click.ClickException("no UTF-8 text file to change in the corpus")


def bench_size(size: int, out: Path, *, seed: int, jobs: int, repeat: int, clients: int,
               load_seconds: float, reuse_build: bool) -> dict:  # fmt: skip
    root = out / "bench" / str(size)
    root.mkdir(parents=True, exist_ok=True)
    click.echo(f"== {size:,} articles: corpus in {root / 'corpus'}", err=True)
    corpus, gen = corpus_for(size, seed, root)
    res: dict = {"size": size, "corpus": gen}
    build_dir = root / "build"
    db = build_dir / "peninsula.db"
    if not (reuse_build and db.exists()):
        shutil.rmtree(build_dir, ignore_errors=True)
        click.echo("full build…", err=True)
        full = monitored(_build_cmd(corpus, build_dir, jobs), root / "build.log")
        full["articles_per_s"] = round(full["articles"] / full["seconds"], 1)
        full["db_mb"] = _mb(db)
        full["db_to_raw"] = round(db.stat().st_size / gen["bytes"], 2)
        res["build"] = full
        click.echo("floor (sqlite-utils insert + plain FTS5)…", err=True)
        res["floor"] = floor(corpus, root / "floor.db")
        res["build"]["floor_ratio"] = round(full["seconds"] / res["floor"]["seconds"], 1)
        click.echo("incremental rebuild…", err=True)
        changed, old = _change_one(corpus)
        try:
            inc = monitored(_build_cmd(corpus, build_dir, jobs), root / "rebuild.log")
        finally:
            changed.write_bytes(old)  # the corpus stays as generated
        res["incremental"] = inc
    click.echo("datasette inspect + serve…", err=True)
    inspect = build_dir / "inspect-data.json"
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "datasette", "inspect", str(db), "--inspect-file", str(inspect)],
        check=True,
        cwd=ROOT,
    )
    res["inspect_seconds"] = round(time.perf_counter() - t, 2)
    server = Server(db, inspect)
    try:
        click.echo(f"latencies ({repeat} requests each)…", err=True)
        res["search"] = latencies(server.base, repeat)
        click.echo(f"load test: {clients} clients for {load_seconds:g} s…", err=True)
        res["load"] = asyncio.run(_load(server.base, _load_paths(db), clients, load_seconds))
    finally:
        server.stop()
    return res


# --- report -------------------------------------------------------------------------------------


def _check(value, limit, *, le=True) -> str:
    if value is None:
        return ""
    return "met" if (value <= limit if le else value >= limit) else "MISSED"


def table(res: dict) -> list[tuple[str, str, str, str]]:
    """(measure, figure, target, met/missed) rows for one size."""
    size = res["size"]
    search_ms = 200 if size >= 1_000_000 else 50
    rows = []
    b, f, inc = res.get("build"), res.get("floor"), res.get("incremental")
    if b:
        rows += [
            ("raw corpus", f"{res['corpus']['files']:,} files, "
             f"{res['corpus']['bytes'] / MB:,.0f} MB", "", ""),
            ("full build wall time", f"{b['seconds']:,.1f} s", "< 300 s",
             _check(b["seconds"], 300)),
            ("full build throughput", f"{b['articles_per_s']:,.0f} articles/s", "", ""),
            ("peak RSS (process tree)", f"{b['peak_rss_mb']:,} MB", "< 1024 MB",
             _check(b["peak_rss_mb"], 1024)),
            *([("peak PSS (shared pages once)", f"{b['peak_pss_mb']:,} MB", "", "")]
              if b.get("peak_pss_mb") else []),
            ("database size", f"{b['db_mb']:,.0f} MB = {b['db_to_raw']}x raw", "", ""),
            ("floor: sqlite-utils + FTS5", f"{f['seconds']:,.1f} s", "", ""),
            ("build / floor", f"{b['floor_ratio']}x", "<= 5x", _check(b["floor_ratio"], 5)),
            ("incremental rebuild (1 file)", f"{inc['seconds']:,.1f} s, {inc['converted']} "
             "converted", "< 10 s, 1 converted",
             _check(inc["seconds"], 10) if inc["converted"] == 1 else "MISSED"),
            ("incremental rebuild peak RSS", f"{inc['peak_rss_mb']:,} MB", "< 1024 MB",
             _check(inc["peak_rss_mb"], 1024)),
        ]  # fmt: skip
    rows.append(("datasette inspect", f"{res['inspect_seconds']:,.1f} s", "", ""))
    for name, s in res["search"].items():
        if name == "facets_timed_out":
            rows.append(("facets timed out (facet_time_limit_ms)", ", ".join(s) or "none", "", ""))
            continue
        limit = 500 if name.startswith(PAGES) else search_ms
        figure = f"p50 {s['p50_ms']:,.0f} / p95 {s['p95_ms']:,.0f} ms"
        ok = _check(s["p95_ms"], limit) if not s["errors"] else "MISSED"
        rows.append((name, figure, f"p95 < {limit} ms", ok))
    ld = res["load"]
    rows += [
        (f"load: {ld['clients']} clients, {ld['seconds']:g} s",
         f"{ld['requests_per_s']:,.1f} req/s, p50 {ld['p50_ms']:,.0f} / p99 {ld['p99_ms']:,.0f} ms",
         "", ""),
        ("load: errors", f"{ld['errors']} of {ld['requests']:,}", "0", _check(ld["errors"], 0)),
    ]  # fmt: skip
    return rows


def print_table(res: dict) -> None:
    rows = table(res)
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    click.echo(f"\n{res['size']:,} articles")
    for r in rows:
        click.echo(f"  {r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}")


def machine() -> dict:
    import datasette.version

    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "commit": commit,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "datasette": datasette.version.__version__,
    }


def run(out: Path, sizes: list[int], **options) -> dict:
    """Benchmark every size; merge the results into OUT/bench.json and print the tables."""
    path = out / "bench.json"
    report = json.loads(path.read_text("utf-8")) if path.exists() else {"sizes": {}}
    report["machine"] = machine()
    for size in sizes:
        res = bench_size(size, out, **options)
        for key in ("build", "floor", "incremental"):  # kept from the last run with --reuse-build
            if key not in res and key in report["sizes"].get(str(size), {}):
                res[key] = report["sizes"][str(size)][key]
        res["measured"] = time.strftime("%Y-%m-%d %H:%M")
        report["sizes"][str(size)] = res
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
        print_table(res)
    return report
