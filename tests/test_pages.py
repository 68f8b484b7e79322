"""The site researchers read, through Datasette's HTTP client: home, article and entity pages,
robots.txt, canned queries, facets, the sanitiser, and the flat-file exports."""

from __future__ import annotations

import csv
import html
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from frictionless import Package

from conftest import ROOT
from peninsula.cli import cli
from peninsula.site.pages import month_series, render_markdown

CHART = "/-/static-plugins/peninsula/chart-4.6.1.umd.min.js"


@pytest.fixture(scope="session")
def sql(db_path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row

    def run(query: str, *params) -> list[sqlite3.Row]:
        return conn.execute(query, params).fetchall()

    return run


@pytest.fixture(scope="session")
def exports(db_path, tmp_path_factory):
    """`peninsula export` run once, as a researcher would."""
    out = tmp_path_factory.mktemp("exports")
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(db_path),
            "--out",
            str(out),
            "--metadata",
            str(ROOT / "metadata.yml"),
        ],
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def site(db_path, metadata, exports):
    return Datasette([str(db_path)], metadata=metadata, static_mounts=[("exports", str(exports))])


def inline_scripts(page: str) -> list[str]:
    """Script tags that are not one of the site's own static files."""
    tags = re.findall(r"<script\b[^>]*>", page, re.I)
    return [t for t in tags if not re.search(r'\bsrc="/-/static(-plugins)?/', t)]


# --- home and about -------------------------------------------------------------------------


async def test_home_shows_coverage_computed_from_the_data(site, sql):
    r = await site.client.get("/")
    assert r.status_code == 200
    page = r.text
    n, outlets, first, last = sql(
        "select count(*), count(distinct outlet), min(coalesce(published, published_earliest)),"
        " max(coalesce(published, published_latest)) from articles"
    )[0]
    assert f"<strong>{n:,}</strong> articles" in page
    assert f"<strong>{outlets:,}</strong> outlets" in page
    assert f"<strong>{first}</strong> to <strong>{last}</strong>" in page
    places = sql("select count(distinct place_id) from place_mentions")[0][0]
    assert places > 0 and f"<strong>{places:,}</strong> places on the map" in page
    for href in ("/peninsula.db", "/peninsula/articles.csv", "/peninsula/articles.json",
                 "/exports/datapackage.json", "/exports/entity_months.csv", "/peninsula/search",
                 "/peninsula/entity_months", "/peninsula/places_by_articles",
                 "/peninsula/place_mentions", "/about"):  # fmt: skip
        assert f'href="{href}' in page
    assert "How to cite" in page and f"({n:,} articles" in page
    assert "Apache-2.0" in page and "copyright of their publishers" in page
    assert "script-src 'self';" in r.headers["content-security-policy"]
    assert inline_scripts(page) == []


async def test_about_page(site, sql):
    r = await site.client.get("/about")
    assert r.status_code == 200
    assert "Method" in r.text and "Limits" in r.text
    assert f"{sql('select count(*) from articles')[0][0]:,} articles" in r.text


async def test_robots_txt_keeps_crawlers_off_expensive_pages(site):
    r = await site.client.get("/robots.txt")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    lines = set(r.text.splitlines())
    for rule in ("Disallow: /peninsula?sql=", "Disallow: /*.csv", "Disallow: /*.json",
                 "Disallow: /peninsula/search", "Disallow: /*_search=", "Disallow: /*_facet",
                 "Disallow: /*_sort", "Allow: /$", "Allow: /peninsula/articles/",
                 "Allow: /peninsula/entities/"):  # fmt: skip
        assert rule in lines


# --- article pages --------------------------------------------------------------------------


def test_markdown_sanitiser_keeps_only_safe_html():
    out = str(
        render_markdown(
            "[a](javascript:alert(1)) [b](/relative) [c](https://ok.example/x)\n\n"
            "![d](data:image/png;base64,AAAA) ![e](http://img.example/e.png)\n\n"
            '<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://x"></iframe>'
        )
    )
    assert 'href="https://ok.example/x"' in out and 'src="http://img.example/e.png"' in out
    assert 'href="javascript' not in out and 'href="/relative"' not in out
    assert 'src="data:' not in out
    assert "<script" not in out and "<iframe" not in out and "<img src=x" not in out
    assert "&lt;script&gt;" in out  # raw HTML in Markdown is shown, not run


async def test_hostile_article_runs_nothing(site, sql):
    (aid,) = sql(
        "select articles.id from articles join sources on sources.id = articles.source_id"
        " where sources.path = 'hostile.html'"
    )[0]
    r = await site.client.get(f"/peninsula/articles/{aid}")
    assert r.status_code == 200
    page = r.text
    assert "平壤方面尚未发表评论" in page and "分析人士认为" in page  # the text is there
    assert inline_scripts(page) == []
    lowered = page.lower()
    for bad in ("onerror", "onmouseover", "onclick", "onload=", "javascript:", "<iframe",
                "<object", "<svg", "<embed", "iframe-loaded", "script-ran"):  # fmt: skip
        assert bad not in lowered, bad
    assert "&lt;script&gt;alert(7)" in page  # shown as text
    assert 'href="http://127.0.0.1:9/more" rel="noopener noreferrer nofollow"' in page
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "frame-src 'none'" in csp
    # where the text came from
    assert "<code>hostile.html</code>" in page and "<dd>html</dd>" in page
    assert "<dd>utf-8</dd>" in page


async def test_article_page_shows_fields_entities_tags_images_links(site, sql):
    a = sql(
        "select * from articles where author is not null and url is not null"
        " and id in (select article_id from links) order by id limit 1"
    )[0]
    r = await site.client.get(f"/peninsula/articles/{a['id']}")
    assert r.status_code == 200
    page = html.unescape(r.text)
    assert a["title"] in page and a["author"] in page and a["outlet"] in page
    assert f'href="{a["url"]}"' in page and a["published"] in page
    assert f"precision: {a['published_precision']}" in page
    for (tag,) in sql("select tag from tags where article_id = ?", a["id"]):
        assert tag in page
    for e in sql("select entity_id from mentions where article_id = ?", a["id"]):
        assert f'href="/peninsula/entities/{e[0]}"' in page
    for im in sql("select caption, credit from images where article_id = ?", a["id"]):
        assert (im["credit"] or "") in page and (im["caption"] or "") in page
    for ln in sql("select title from links where article_id = ?", a["id"]):
        assert ln["title"] in page
    src = sql("select * from sources where id = ?", a["source_id"])[0]
    assert src["path"] in page and src["encoding"] in page


async def test_article_page_lists_attachments_apart_from_related_links(db_path, metadata, tmp_path):
    """A page's files (links of kind attachment) are listed under their own heading."""
    copy = tmp_path / "peninsula.db"
    copy.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(copy)
    article_id, n = conn.execute(
        "select article_id, count(*) from links group by article_id having count(*) > 1 limit 1"
    ).fetchone()
    conn.execute(
        "update links set kind = 'attachment', title = '报告书.pdf' where article_id = ?"
        " and position = 0",
        [article_id],
    )
    conn.commit()
    conn.close()
    r = await Datasette([str(copy)], metadata=metadata).client.get(
        f"/peninsula/articles/{article_id}"
    )
    page = html.unescape(r.text)
    assert page.index("<h2>Attachments</h2>") < page.index("报告书.pdf")
    assert page.index("报告书.pdf") < page.index("<h2>Related links</h2>")


# --- entity pages ---------------------------------------------------------------------------


async def test_entity_page_lists_articles_co_mentions_and_chart(site, sql):
    e = sql(
        "select entity_id from mentions join articles on articles.id = article_id"
        " where length(published) >= 7 group by entity_id order by count(*) desc limit 1"
    )[0][0]
    r = await site.client.get(f"/peninsula/entities/{e}")
    assert r.status_code == 200
    page = r.text
    titles = sql(
        "select title from articles join mentions on mentions.article_id = articles.id"
        " where entity_id = ?",
        e,
    )
    for (title,) in titles:
        assert html.escape(title) in page
    (top,) = sql(
        "select b.entity_id from mentions a join mentions b on a.article_id = b.article_id"
        " where a.entity_id = ? and b.entity_id != a.entity_id"
        " group by b.entity_id order by count(*) desc limit 1",
        e,
    )[0]
    assert f'href="/peninsula/co_mentions?a={e}&amp;b={top}"' in page
    assert f'<script src="{CHART}"></script>' in page
    counts = json.loads(html.unescape(re.search(r"data-counts='([^']*)'", page).group(1)))
    dated = sql(
        "select count(*) from mentions join articles on articles.id = article_id"
        " where entity_id = ? and length(published) >= 7",
        e,
    )[0][0]
    assert sum(counts) == dated
    # the chart's numbers as data: the linked entity_months rows, month by month
    link = f"/peninsula/entity_months?entity_id={e}"
    assert f'href="{link}"' in page
    rows = (await site.client.get(link.replace("?", ".json?") + "&_shape=array&_size=max")).json()
    months = json.loads(html.unescape(re.search(r"data-months='([^']*)'", page).group(1)))
    by_month = {m: n for m, n in zip(months, counts, strict=True) if n}
    assert {row["month"]: row["articles"] for row in rows} == by_month
    assert inline_scripts(page) == []
    chart = await site.client.get(CHART)
    assert chart.status_code == 200 and "Chart" in chart.text


async def test_entity_page_says_when_its_list_stops(site, sql, monkeypatch):
    """An entity named in more articles than the page lists says how many it shows of how many."""
    from peninsula.site import pages

    e, n = sql("select id, articles from entities order by articles desc limit 1")[0]
    assert n >= 2
    monkeypatch.setattr(pages, "LIST_LIMIT", 1)
    page = (await site.client.get(f"/peninsula/entities/{e}")).text
    assert f"The newest 1 of {n:,}:" in page
    assert f'href="/peninsula/mentions?entity_id={e}"' in page
    monkeypatch.setattr(pages, "LIST_LIMIT", n)
    page = (await site.client.get(f"/peninsula/entities/{e}")).text
    assert "The newest" not in page


def test_month_series_fills_gaps():
    assert month_series({"2024-11": 2, "2025-02": 1}) == [
        ("2024-11", 2), ("2024-12", 0), ("2025-01", 0), ("2025-02", 1),
    ]  # fmt: skip
    assert month_series({}) == []


async def test_datasette_pages_keep_a_csp_that_lets_them_work(site):
    r = await site.client.get("/peninsula/place_mentions")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "'unsafe-inline'" in csp and "frame-src 'none'" in csp and "object-src 'none'" in csp


# --- canned queries and facets ---------------------------------------------------------------


async def test_entity_timeline_query(site, sql):
    e = sql("select entity_id from mentions group by entity_id order by count(*) desc")[0][0]
    r = await site.client.get(f"/peninsula/entity_timeline.json?entity={e}&_shape=array")
    assert r.status_code == 200
    rows = r.json()
    total = sql("select count(*) from mentions where entity_id = ?", e)[0][0]
    assert sum(row["articles"] for row in rows) == total
    months = [row["month"] for row in rows]
    assert months == sorted(months)


async def test_co_mentions_query(site, sql):
    a, b = sql("select entity_id from mentions group by entity_id order by count(*) desc limit 2")
    a, b = a[0], b[0]
    r = await site.client.get(f"/peninsula/co_mentions.json?a={a}&b={b}&_shape=array")
    assert r.status_code == 200
    expected = {
        row[0]
        for row in sql(
            "select article_id from mentions where entity_id = ?"
            " intersect select article_id from mentions where entity_id = ?",
            a,
            b,
        )
    }
    assert expected and {row["id"] for row in r.json()} == expected


async def test_places_by_articles_query(site, sql):
    r = await site.client.get("/peninsula/places_by_articles.json?_shape=array")
    assert r.status_code == 200
    rows = r.json()
    assert rows and {row["type"] for row in rows} <= {"place", "country"}
    counts = [row["articles"] for row in rows]
    assert counts == sorted(counts, reverse=True)
    # the stored counts it reads are the plain count of each place's mentions
    named = sql(
        "select entity_id, count(*) from mentions join entities on entities.id = entity_id"
        " where type in ('place', 'country') group by entity_id"
    )
    assert {(row["id"], row["articles"]) for row in rows} == {tuple(r) for r in named}
    pinned = [row for row in rows if row["latitude"] is not None]
    assert pinned and all(row["type"] == "place" for row in pinned)
    popup = json.loads(pinned[0]["popup"])
    assert popup["title"].startswith(pinned[0]["name"])
    assert popup["description"] == f"{pinned[0]['articles']} articles"
    page = await site.client.get(popup["link"])  # the place's own page
    assert page.status_code == 200 and pinned[0]["name"] in page.text


async def test_facets_by_default_and_entity_facets_one_click_away(site):
    r = await site.client.get("/peninsula/articles.json?_size=0")
    assert {"outlet", "language", "year"} <= set(r.json()["facet_results"])
    page = (await site.client.get("/peninsula/articles")).text
    for column in ("people", "places", "orgs", "tags"):
        assert f'href="?_facet_list={column}"' in page
        lean = await site.client.get(f"/peninsula/articles.json?_size=0&_facet_list={column}")
        facet = lean.json()["facet_results"][column]
        assert facet["type"] == "list" and facet["results"]
        assert f"_facet_list={column}" not in facet["toggle_url"]
        assert f"{column}__arraycontains=" in facet["results"][0]["toggle_url"]
        # the lean facet counts exactly what Datasette's own array facet counts
        full = await site.client.get(f"/peninsula/articles.json?_size=0&_facet_array={column}")
        counts = {(x["value"], x["count"]) for x in full.json()["facet_results"][column]["results"]}
        assert {(x["value"], x["count"]) for x in facet["results"]} == counts
    r = await site.client.get("/peninsula/articles.json?_size=0&_facet_list=people")
    people = {row["value"] for row in r.json()["facet_results"]["people"]["results"]}
    assert "Kim Jong Un" in people
    # filtered (here by a search), the counts come from the matching rows, not the whole table
    for column in ("people", "places"):
        q = f"_size=0&_search=北韓&language=zh-Hant&_facet_list={column}"
        lean = (await site.client.get(f"/peninsula/articles.json?{q}")).json()["facet_results"]
        full = await site.client.get(f"/peninsula/articles.json?{q.replace('_list', '_array')}")
        want = {(x["value"], x["count"]) for x in full.json()["facet_results"][column]["results"]}
        assert want and {(x["value"], x["count"]) for x in lean[column]["results"]} == want


def test_entity_names_are_unique_within_an_article_column():
    """The whole-table entity facets read entities.articles by name: that needs one entity per
    name in each of people / places / orgs."""
    from peninsula.entities import TYPE_GROUP, load_gazetteer

    seen: dict[tuple[str, str], str] = {}
    for e in load_gazetteer():
        column = TYPE_GROUP.get(e["type"])
        if column:
            assert (column, e["name"]) not in seen, (e["id"], seen.get((column, e["name"])))
            seen[(column, e["name"])] = e["id"]


# --- exports --------------------------------------------------------------------------------


def test_exports_match_the_database(exports, sql):
    with (exports / "articles.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    db_rows = sql("select * from articles order by rowid")
    assert [r["id"] for r in rows] == [r["id"] for r in db_rows]
    for got, want in zip(rows, db_rows, strict=True):
        assert got["body"] == want["body"] and got["title"] == (want["title"] or "")
        assert json.loads(got["places"]) == json.loads(want["places"])
    lines = (exports / "articles.jsonl").read_text("utf-8").splitlines()
    first = json.loads(lines[0])
    assert len(lines) == len(db_rows) and first["id"] == db_rows[0]["id"]
    assert first["people"] == json.loads(db_rows[0]["people"])
    for table in ("entities", "mentions", "entity_months", "tags", "images", "links", "sources"):
        with (exports / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            assert len(list(csv.DictReader(fh))) == sql(f"select count(*) from {table}")[0][0]


def test_datapackage_is_valid_and_described(exports, metadata):
    package = json.loads((exports / "datapackage.json").read_text("utf-8"))
    paths = {r["path"] for r in package["resources"]}
    assert {"articles.csv", "articles.jsonl", "entities.csv", "mentions.csv"} <= paths
    assert {lic["name"] for lic in package["licenses"]} == {"Apache-2.0", "other-closed"}
    described = metadata["databases"]["peninsula"]["tables"]["articles"]["columns"]
    articles = next(r for r in package["resources"] if r["path"] == "articles.csv")
    fields = {f["name"]: f for f in articles["schema"]["fields"]}
    assert set(fields) == set(described)
    assert fields["year"]["type"] == "integer" and fields["tags"]["type"] == "array"
    assert fields["outlet"]["description"] == " ".join(described["outlet"].split())
    report = Package(str(exports / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])
