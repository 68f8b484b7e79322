"""Datasette plugin: the pages researchers read (home, article, entity, about), robots.txt,
safe Markdown rendering and a Content-Security-Policy header."""

from __future__ import annotations

import datetime
import json
import re

import nh3
from datasette import hookimpl
from datasette.utils import urlsafe_components
from datasette.utils.asgi import Response
from markdown_it import MarkdownIt
from markupsafe import Markup

DATABASE = "peninsula"

# --- Markdown, sanitised -----------------------------------------------------------------

# Raw HTML in the Markdown is shown as text (html=False); nh3 then keeps only these tags and
# attributes, so nothing from a raw file can run script, frame a page or load anything but an
# image.
_MD = MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")
ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del",
    "s", "sub", "sup", "blockquote", "ul", "ol", "li", "code", "pre", "a", "img", "table",
    "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
_WEB_URL = re.compile(r"^https?://", re.I)


def _only_web_urls(tag: str, attribute: str, value: str) -> str | None:
    """Links and images must be absolute http(s) addresses: no relative, data: or other URLs."""
    if attribute in ("href", "src"):
        return value if _WEB_URL.match(value.strip()) else None
    return value


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "svg", "math"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_only_web_urls,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


def render_markdown(text: str | None) -> Markup:
    """Article Markdown -> sanitised HTML, safe to put in a page."""
    return Markup(sanitise(_MD.render(text or "")))


def web_url(value: str | None) -> str | None:
    """The value when it is an http(s) address, else None (for links built in templates)."""
    return value if value and _WEB_URL.match(value) else None


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["markdown"] = render_markdown
    env.filters["web_url"] = web_url
    env.filters["from_json"] = parse_json_list


# --- Content-Security-Policy ---------------------------------------------------------------

STRICT_CSP = (
    "default-src 'self'; img-src * data:; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; frame-src 'none'; object-src 'none'; base-uri 'self'"
)
# Datasette's table, query and map pages carry inline scripts of their own; they show only
# escaped database values, never rendered article HTML.
LOOSE_CSP = STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
STRICT_PATHS = re.compile(rf"^/(|about|{DATABASE}/(articles|entities)/[^/.]+)$")


def csp_for(path: str) -> str:
    """Pages that render article text (and our own pages) get the strict policy."""
    return STRICT_CSP if STRICT_PATHS.match(path) else LOOSE_CSP


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def add_csp(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            policy = csp_for(scope.get("path", "")).encode()

            async def send_with_csp(event):
                if event["type"] == "http.response.start":
                    headers = [
                        h
                        for h in event.get("headers", [])
                        if h[0].lower() != b"content-security-policy"
                    ]
                    headers.append((b"content-security-policy", policy))
                    event = {**event, "headers": headers}
                await send(event)

            await app(scope, receive, send_with_csp)

        return add_csp

    return wrap


# --- Routes: about, robots.txt, static files ------------------------------------------------

ROBOTS = """\
# Article and entity pages are welcome; search, facets, sorting, SQL and bulk formats are
# expensive to compute: download the database instead (/peninsula.db).
User-agent: *
Allow: /$
Allow: /about
Allow: /peninsula/articles/
Allow: /peninsula/entities/
Disallow: /peninsula?sql=
Disallow: /peninsula.json
Disallow: /peninsula/search
Disallow: /*.csv
Disallow: /*.json
Disallow: /*.db
Disallow: /*_search=
Disallow: /*_facet
Disallow: /*_sort
Disallow: /-/
Allow: /-/static
"""


async def robots_txt():
    return Response.text(ROBOTS)


async def about(request, datasette):
    context = {"stats": await coverage(datasette), "metadata": datasette.metadata()}
    return Response.html(await datasette.render_template("about.html", context, request=request))


@hookimpl
def register_routes(datasette):
    return [
        (r"^/robots\.txt$", robots_txt),
        (r"^/about$", about),
    ]


# --- Data for the templates ---------------------------------------------------------------


# The first (last) date: min (max) of coalesce(published, published_earliest (latest)), split
# so each half reads an index (dated articles) or only the undated rows: the plain aggregate
# read every article row, seconds at 1,000,000. The places count reads entities and an index
# of mentions, not the place_mentions view (a join of every mention).
_EARLIEST_OR_LATEST = """(select {f}(coalesce(a, b), coalesce(b, a)) from
  (select (select {f}(published) from articles) as a,
          (select {f}(published_{d}) from articles where published is null) as b))"""


async def coverage(datasette) -> dict | None:
    """Counts for the home and about pages, computed from the data (never written by hand)."""
    try:
        db = datasette.get_database(DATABASE)
    except KeyError:
        return None
    row = (
        await db.execute(
            f"""select count(*) as articles, count(distinct outlet) as outlets,
              {_EARLIEST_OR_LATEST.format(f="min", d="earliest")} as first,
              {_EARLIEST_OR_LATEST.format(f="max", d="latest")} as last,
              (select count(*) from sources) as sources,
              (select count(*) from entities where articles > 0) as entities,
              (select count(*) from entities where latitude is not null
                 and longitude is not null
                 and exists (select 1 from mentions where entity_id = entities.id)) as places,
              (select count(*) from problems where severity = 'error') as problems
            from articles"""
        )
    ).first()
    stats = dict(row)
    stats["languages"] = [
        dict(r)
        for r in await db.execute(
            "select language, count(*) as n from articles group by language order by n desc"
        )
    ]
    stats["build"] = {r["key"]: r["value"] for r in await db.execute("select * from build_info")}
    stats["exports"] = any(path == "exports" for path, _ in datasette.static_mounts)
    stats["today"] = datetime.date.today().isoformat()
    return stats


# An article's copies: its later reposts, or the report it reposts. duplicate_of is the
# story's first report (its story_id), so only that story is searched, through its index.
COPIES = """select id, title, outlet, published from articles
  where story_id = (select story_id from articles where id = :id)
    and (duplicate_of = :id or id = (select duplicate_of from articles where id = :id))"""


async def article_context(db, article_id: str) -> dict:
    """Everything the article page shows besides the row itself."""

    async def rows(sql: str) -> list[dict]:
        return [dict(r) for r in await db.execute(sql, {"id": article_id})]

    entities = await rows(
        """select entities.id, entities.name, entities.name_zh_hans, entities.type,
             mentions.count
           from mentions join entities on entities.id = mentions.entity_id
           where mentions.article_id = :id order by mentions.first_offset"""
    )
    source = await rows(
        """select sources.* from sources join articles on articles.source_id = sources.id
           where articles.id = :id"""
    )
    return {
        "entities": entities,
        "tags": [r["tag"] for r in await rows("select tag from tags where article_id = :id")],
        "images": await rows("select * from images where article_id = :id order by position"),
        "links": await rows("select * from links where article_id = :id order by position"),
        "source": source[0] if source else None,
        "copies": await rows(COPIES),
    }


def month_series(months: dict[str, int]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with zeros, so the chart's time axis is honest."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        key = f"{y:04d}-{m:02d}"
        out.append((key, months.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# The entity page lists an entity's newest articles and counts what is named with it in its
# newest CO_SAMPLE (all of them, for most entities): bounded work for an entity named in most
# of a million articles, where the full self-join of mentions took tens of seconds.
LIST_LIMIT = 500
CO_SAMPLE = 2000


def _newest(entity_articles: int, total: int, limit: int) -> str:
    """FROM clause for an entity's newest articles. Walking articles by date and probing
    mentions costs about limit * total / entity_articles steps; reading the entity's mentions
    and sorting them costs entity_articles: pick the cheaper (SQLite cannot, per entity)."""
    if entity_articles * entity_articles > limit * total:
        return """from articles cross join mentions
             on mentions.article_id = articles.id and mentions.entity_id = :id"""
    return """from mentions join articles on articles.id = mentions.article_id
             where mentions.entity_id = :id"""


async def entity_context(db, entity_id: str) -> dict:
    """Articles naming the entity, the entities most often named with it, and articles a month."""
    params = {"id": entity_id}
    row = (await db.execute("select articles from entities where id = :id", params)).first()
    named = (row[0] if row else 0) or 0  # how many articles name it (the build counts them)
    total = (await db.execute("select count(*) from articles")).first()[0]
    articles = [
        dict(r)
        for r in await db.execute(
            f"""select articles.id, articles.title, articles.published, articles.outlet,
                 mentions.count
               {_newest(named, total, LIST_LIMIT)}
               order by articles.published desc, articles.id limit {LIST_LIMIT}""",
            params,
        )
    ]
    co = [
        dict(r)
        for r in await db.execute(
            f"""with newest as (
                 select articles.id {_newest(named, total, CO_SAMPLE)}
                 order by articles.published desc, articles.id limit {CO_SAMPLE})
               select entities.id, entities.name, entities.name_zh_hans, entities.type,
                 count(*) as articles
               from newest join mentions b on b.article_id = newest.id
               join entities on entities.id = b.entity_id
               where b.entity_id != :id
               group by b.entity_id order by articles desc, entities.name limit 20""",
            params,
        )
    ]
    # counted by the build (entity_months): reading the entity's mentions here took 0.7 s for
    # an entity named in 900,000 articles
    months = {
        r["month"]: r["articles"]
        for r in await db.execute(
            "select month, articles from entity_months where entity_id = :id", params
        )
    }
    undated = named - sum(months.values())
    series = month_series(months)
    return {
        "articles": articles,
        "co_mentioned": co,
        "co_sample": CO_SAMPLE if named > CO_SAMPLE else None,
        "months": [m for m, _ in series],
        "counts": [n for _, n in series],
        "undated": undated,
    }


OUR_TEMPLATES = {
    "index.html",
    "about.html",
    *(f"row-{DATABASE}-{t}.html" for t in ("articles", "entities")),
}


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        if template not in OUR_TEMPLATES:
            return {}
        # Other plugins' inline scripts (datasette-leaflet's, on every page) are not needed
        # here and would break the strict policy these pages are served with.
        extra = {"body_scripts": []}
        if view_name == "index":
            extra["stats"] = await coverage(datasette)
        elif view_name == "row":
            db = datasette.get_database(DATABASE)
            pk = urlsafe_components(request.url_vars["pks"])[0]
            if table == "articles":
                extra["article"] = await article_context(db, pk)
            else:
                extra["entity"] = await entity_context(db, pk)
        return extra

    return inner


def parse_json_list(value: str | None) -> list:
    """A JSON array column as a list (empty on anything else)."""
    try:
        parsed = json.loads(value or "[]")
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []
