"""The site in a real browser: headless Chromium (Debian's, never `playwright install`) against
a real `datasette serve` of the test build. Every page must load without a console error or an
uncaught exception, and nothing may be fetched from outside 127.0.0.1 but images."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import sync_playwright

from conftest import ROOT

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]  # fmt: skip
TILE = ROOT / "scripts" / "peninsula" / "site" / "static" / "tile.png"
TIMEOUT_MS = 20_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db_path, metadata, tmp_path_factory):
    """`datasette serve` of the test build; the map's tiles come from the site itself."""
    meta = json.loads(json.dumps(metadata))
    meta["plugins"]["datasette-cluster-map"]["tile_layer"] = "/-/static-plugins/peninsula/tile.png"
    meta_path = tmp_path_factory.mktemp("serve") / "metadata.yml"
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True), "utf-8")
    port = _free_port()
    log = (meta_path.parent / "datasette.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "-i", str(db_path),
         "--metadata", str(meta_path), "--setting", "sql_time_limit_ms", "3000",
         "--setting", "default_page_size", "50", "-h", "127.0.0.1", "-p", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(Path(log.name).read_text()) from None
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(10)
    log.close()


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's sync API keeps an event loop marked as running while it is
    # open, which would stop the async tests of later modules from running.
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


class Tab:
    """A page that records console errors, uncaught exceptions and requests leaving the site
    (images are answered with the local tile; anything else is refused)."""

    def __init__(self, browser, base: str):
        self.base = base
        self.errors: list[str] = []
        self.outside: list[tuple[str, str]] = []
        self.context = browser.new_context()
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def _route(self, route):
        request = route.request
        if request.url.startswith(self.base + "/"):
            return route.continue_()
        self.outside.append((request.url, request.resource_type))
        if request.resource_type == "image":
            return route.fulfill(status=200, content_type="image/png", body=TILE.read_bytes())
        return route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path, wait_until="load")
        assert response.status == 200, path
        return self.page


@pytest.fixture
def tab(browser, server):
    t = Tab(browser, server)
    yield t
    t.context.close()


@pytest.fixture(scope="session")
def sql(db_path):
    conn = sqlite3.connect(db_path)
    return lambda query, *params: conn.execute(query, params).fetchall()


def test_home_page_loads(tab, sql):
    page = tab.open("/")
    assert page.locator("h1").first.inner_text() == "Peninsula"
    n = sql("select count(*) from articles")[0][0]
    assert page.locator(".peninsula-counts li").first.inner_text().split()[0] == f"{n:,}"
    assert tab.errors == [] and tab.outside == []
    with urllib.request.urlopen(tab.base + "/peninsula.db") as r:  # the download link works
        assert r.read(16) == b"SQLite format 3\x00"


def test_canned_query_page_with_map(tab):
    page = tab.open("/peninsula/places_by_articles")
    assert page.locator("table.rows-and-columns tbody tr").count() > 0
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", state="attached")
    assert tab.errors == [] and tab.outside == []


def test_search_box_finds_articles(tab, server):
    page = tab.open("/peninsula/articles")
    page.fill("input#_search", "北韓")
    with page.expect_navigation():
        page.press("input#_search", "Enter")
    assert "_search=" in page.url
    api = f"{server}/peninsula/articles.json?_search={urllib.parse.quote('北韓')}&_size=0"
    expected = json.load(urllib.request.urlopen(api))["filtered_table_rows_count"]
    assert expected > 0
    assert page.locator("table.rows-and-columns tbody tr").count() == min(expected, 50)
    assert tab.errors == []


def test_article_page_renders(tab, sql):
    aid, title = sql("select id, title from articles where author is not null order by id")[0]
    page = tab.open(f"/peninsula/articles/{aid}")
    assert page.locator("h1").inner_text() == title
    assert page.locator(".peninsula-body p").count() > 1
    assert page.locator("a[href^='/peninsula/entities/']").count() > 0
    assert tab.errors == []
    assert {kind for _, kind in tab.outside} <= {"image"}


def test_entity_page_draws_its_chart(tab, sql):
    eid, dated = sql(
        "select entity_id, count(*) from mentions join articles on articles.id = article_id"
        " where length(published) >= 7 group by entity_id order by count(*) desc limit 1"
    )[0]
    page = tab.open(f"/peninsula/entities/{eid}")
    page.wait_for_function("() => window.Chart && Chart.getChart('entity-months')")
    total = page.evaluate(
        "() => Chart.getChart('entity-months').data.datasets[0].data.reduce((a, b) => a + b, 0)"
    )
    assert total == dated
    drawn = page.evaluate(
        """() => { const c = document.getElementById('entity-months');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   return c.width > 0 && d.some((v, i) => i % 4 === 3 && v > 0); }"""
    )
    assert drawn
    assert tab.errors == [] and tab.outside == []


def test_map_shows_markers(tab):
    page = tab.open("/peninsula/place_mentions")
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", state="attached")
    assert page.locator(".leaflet-marker-icon, .marker-cluster").count() > 0
    page.wait_for_selector("img.leaflet-tile-loaded", state="attached")  # the local tile
    assert page.locator("img.leaflet-tile-loaded").count() > 0
    assert tab.errors == [] and tab.outside == []


def test_hostile_article_runs_nothing(tab, sql):
    (aid,) = sql(
        "select articles.id from articles join sources on sources.id = articles.source_id"
        " where sources.path = 'hostile.html'"
    )[0]
    page = tab.open(f"/peninsula/articles/{aid}")
    page.get_by_text("平壤方面尚未发表评论").hover()
    page.get_by_text("bold", exact=True).click()
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.locator("iframe, object, embed, svg").count() == 0
    probes = [(url, kind) for url, kind in tab.outside if "127.0.0.1:9/" in url]
    assert probes and all(kind == "image" for _, kind in probes)  # the article's image only
    assert tab.errors == []


def test_ranked_search_and_sql_pages_work_under_the_csp(tab):
    page = tab.open("/peninsula/search?q=" + urllib.parse.quote("北韓"))
    assert page.locator("table.rows-and-columns tbody tr mark").count() > 0
    page = tab.open("/peninsula?sql=" + urllib.parse.quote("select count(*) from articles"))
    page.wait_for_selector(".cm-editor, .CodeMirror, textarea#sql-editor", state="attached")
    assert page.locator("table.rows-and-columns tbody tr").count() == 1
    assert tab.errors == [] and tab.outside == []
