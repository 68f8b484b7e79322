"""Stage 1: one raw file's bytes -> its source record and its articles (plain dicts).

A pure function of the bytes and the file's relative path, so results can be cached by content
hash and computed in any order or process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import date
from functools import partial

from . import clean, dates, entities, fields
from .decode import Unreadable, decode
from .formats import (
    MEDIA_LABEL,
    MEDIA_MARK,
    Doc,
    chat,
    clipping,
    detect,
    docx,
    dump,
    enex,
    facebook,
    feed,
    html,
    is_date_only,
    kindle,
    mhtml,
    pandoc_plain,
    readlist,
    records,
    rss,
    subtitles,
    telegram,
    text,
    weibo,
)
from .textnorm import has_cjk, plain_text

# Bump when conversion rules change, so cached results are recomputed.
CONVERTER_VERSION = "797"
# Larger than any news page (with its markup) by far: such a file is a dump, not an article.
MAX_BYTES = 20_000_000


class ConversionError(ValueError):
    """The file was read but holds no article; the message says why."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def convert(path: str, data: bytes) -> dict:
    """Return {"source": {...}, "articles": [...], "warnings": [...]}; raise on unusable input."""
    digest = sha256(data)
    source = {
        "id": digest[:16],
        "path": path,
        "sha256": digest,
        "bytes": len(data),
        "encoding": None,
        "format": None,
    }
    if len(data) > MAX_BYTES:
        raise Unreadable(
            f"too large ({len(data) / 1e6:.0f} MB; a news page is under {MAX_BYTES // 10**6} MB):"
            " split it into one file per page"
        )
    if docx.is_docx(data):  # a Word document: the text pasted into it
        source["encoding"] = "utf-8"  # a .docx's XML
        try:
            pasted = docx.docx_text(data)
        except Exception as e:  # a damaged document: say so, as for any unreadable file
            raise Unreadable(f"a Word document that cannot be read ({type(e).__name__})") from e
        return _each(source, "docx", [text.parse(pasted)], [], single=True)
    if (mails := mhtml.mbox_messages(data)) is not None:  # a mailbox: each message is read
        return _mailbox(path, source, mails)
    saved = mhtml.saved_page(data)
    decoded = decode(saved.html if saved else data)  # raises Unreadable
    source["encoding"] = decoded.encoding
    raw = decoded.text
    warnings = list(decoded.warnings)
    if docx.is_rtf(raw):  # a WordPad or TextEdit file: its text, read as a copy
        raw = docx.rtf_text(raw)
    fmt = ("text" if saved.plain else saved.kind) if saved else detect(raw)
    if fmt == "clipping" and clipping.front_matter(raw) is None:
        fmt = "text"  # it opens like front matter, but no YAML block closes there
    elif fmt == "clipping" and clipping.editor_only(raw):
        # an editor's settings over a note (Typora's typora-root-url): the note, read as text
        raw, fmt = clipping.front_matter(raw)[1], "text"
    if fmt in ("text", "clipping"):
        raw = pandoc_plain(raw)  # (a document converted by pandoc: its marks)
    if raw.lstrip()[:1] == "{" and (entries := feed.json_items(raw) or feed.reader_items(raw)):
        # a JSON Feed, or a feed reader's export of its items
        return _each(source, "feed", entries, warnings)
    if "<urlset" in raw[:5000] and (stories := feed.sitemap_items(raw)):  # a news sitemap
        return _each(source, "list", stories, warnings)
    if fmt == "text" and (posts := telegram.json_messages(raw)):  # a channel's JSON export
        return _each(source, "list", posts, warnings)
    if fmt == "text" and (rebuilt := dump.page_html(raw)):  # a text browser's dump
        raw, fmt = rebuilt, "html"
    if fmt in ("text", "clipping") and (clips := clipping.clipped_notes(raw)):
        # a notes file of several clippings, each under its heading and source line
        return _each(source, fmt, [text.parse(c) for c in clips], warnings)
    if fmt == "text" and (clipped := kindle.clippings(raw)):  # a Kindle's My Clippings.txt
        return _each(source, "list", clipped, warnings)
    if fmt == "text" and (
        page := clipping.reader_output(raw)
        or clipping.readwise_export(raw)
        or clipping.outline_page(raw)
        or clipping.markdown_page(raw)
    ):
        # a reading tool's Markdown, or a page saved as Markdown without front matter
        return _each(source, "clipping", [page], warnings, single=True)
    if fmt == "text" and (pasted := chat.articles(raw, text.parse)):  # a chat's history
        return _each(source, "chat", pasted, warnings, single=len(pasted) == 1)
    # a scraper's JSON output (or a reader's: Readability's, its content HTML, which detect()
    # takes for a page)
    if (fmt == "text" or raw.lstrip("\ufeff \n")[:1] in ("{", "[")) and (
        scraped := records.scraped(raw)
    ):
        return _each(source, "scraped", scraped, warnings, single=len(scraped) == 1)
    if fmt == "text" and (rows := records.spreadsheet(raw)):  # a table of articles (CSV)
        return _each(source, "table", rows, warnings, single=len(rows) == 1)
    if fmt == "html" and (cited := records.zotero_report(raw)):  # a reference manager's report
        return _each(source, "report", cited, warnings, single=len(cited) == 1)
    if fmt == "text" and (cited := records.citations(raw)):  # a reference manager's RIS
        return _each(source, "ris", cited, warnings, single=len(cited) == 1)
    if fmt == "text" and (cited := records.bibtex(raw)):  # or its BibTeX
        return _each(source, "bibtex", cited, warnings, single=len(cited) == 1)
    if fmt == "text" and subtitles.is_subtitles(raw) and (track := subtitles.parse(raw)):
        return _each(source, "subtitles", [track], warnings, single=True)  # a video's captions
    if fmt == "text":
        raw = text.unwrap(text.without_bbcode(raw))  # (a PDF's or a column's broken lines)
        if post := text.bbs_post(raw) or text.forum_thread(raw) or text.video_transcript(raw):
            # a forum post (its news), or a video page copied with its transcript
            return _each(source, fmt, [post], warnings, single=True)
        # a news database's export (Nexis Uni, LexisNexis, Factiva, WiseNews, CNKI, ProQuest,
        # 【…】), a crawl's (WET)
        if exported := (
            text.database_documents(raw)
            or text.factiva_documents(raw)
            or text.wisenews_documents(raw)
            or text.cnki_documents(raw)
            or text.proquest_documents(raw)
            or text.bracket_records(raw)
            or text.factiva_coded_text(raw)
            or text.warc_documents(raw)
        ):
            return _each(source, fmt, exported, warnings, single=len(exported) == 1)
        if compiled := text.compiled_stories(raw):  # a compilation of whole stories (汇编)
            return _each(source, fmt, compiled, warnings)
        if listed := (
            text.contents_stories(raw) or text.numbered_clippings(raw) or text.addressed_copies(raw)
        ):
            # a digest's stories under its contents, a researcher's numbered clippings, or
            # whole pages copied one under another, each under its address
            return _each(source, fmt, listed, warnings)
        if briefs := text.brief_items(raw):  # a digest of numbered briefs, each with its source
            return _result(source, _brief_articles(source, *briefs), warnings)
        if saved:  # an e-mail with a text part only: its subject, sender and date still count
            # (its subject names the story of a newsletter, not of a sender's note over a paste)
            pasted = text.pasted_under_note(raw)
            mail = text.parse(raw if pasted else _from_headline(raw, saved.subject))
            mail.url = mail.url or saved.location
            _mailed(mail, saved)
            return _each(source, fmt, [mail], warnings, single=True)
    if fmt == "feed":  # an RSS or Atom file: one article per item
        return _each(source, fmt, feed.items(raw), warnings)
    if fmt == "enex":  # an Evernote export: one article per note
        notes = enex.notes(raw)
        return _each(source, fmt, notes, warnings, single=len(notes) == 1)
    if fmt == "html" and (paged := html.paged_text(raw)) and (parts := text.sections(paged)):
        # a word processor's export of stories, one to a page (its cover and contents not)
        return _each(source, fmt, [text.parse(p) for p in parts], warnings)
    if (
        fmt == "html"
        and (coded := html.factiva_pairs(raw))
        and (record := text.factiva_coded(coded))
    ):
        return _each(source, fmt, [record], warnings, single=True)  # Factiva's full record
    if (
        fmt == "html"
        and (printed := html.factiva_print(raw))
        and (exported := text.factiva_documents(printed))
    ):
        return _each(source, fmt, exported, warnings, single=len(exported) == 1)  # its print view
    if fmt == "html" and (pasted := html.docs_text(raw)):  # a Google Docs export: a text copy
        return _each(source, fmt, [text.parse(pasted)], warnings, single=True)
    if fmt == "html" and (post := html.bbs_text(raw)) and (quoted := text.bbs_post(post)):
        return _each(source, fmt, [quoted], warnings, single=True)  # a PTT post's web page
    if fmt == "html" and (thread := html.forum_post(raw)):
        # a forum thread's page: its first post (a story pasted into it), read as a text copy
        first = text.parse(thread[0])
        first.site_name = first.site_name or thread[1]
        return _each(source, fmt, [first], warnings, single=True)
    if fmt == "html" and (posts := telegram.messages(raw)):  # a channel's exported messages
        return _each(source, "list", posts, warnings)
    if fmt == "html" and (saved_links := readlist.links(raw)):  # a read-it-later app's export
        return _each(source, "list", saved_links, warnings)
    if fmt == "html" and (shared := weibo.post(raw) or facebook.post(raw)):  # a post's page
        return _each(source, fmt, [shared], warnings, single=True)
    if fmt == "html" and (quote := html.quoted(raw)):  # a post quoting a story whole
        story = text.parse(quote[0])
        story.republished_url = quote[1]  # (the post's address: the repost's)
        return _each(source, fmt, [story], warnings, single=True)
    if fmt == "rss" and len(entries := rss.entries(raw)) > 1:  # an archive of many entries
        return _each(source, fmt, [rss.parse(e) for e in entries], warnings)
    if saved and not saved.plain:
        page = html.parse(raw, base_url=saved.location, several=True, mailed=True)
        page.url = page.url or saved.location
        _mailed(page, saved)
    else:
        readers = {
            "rss": rss.parse,
            "html": partial(html.parse, several=True),
            "clipping": clipping.parse,
        }
        page = readers[fmt](raw) if fmt != "text" else None
    if page is not None and page.stories:  # whole stories one after another (a topic page)
        stories = [html.parse(story) for story in page.stories]
        for story in stories if saved else []:
            _mailed(story, saved)  # (a newsletter's briefs: sent on the day of their issue)
        return _each(source, fmt, stories, warnings)
    # A list page is recognised by the shape of its text, whatever the format it came in; each
    # shape is looked for only when the ones before it are absent.
    source["format"] = "list"
    if page is not None and page.headlines:
        articles = _headline_articles(source, page)
    elif listed := text.list_items(raw if page is None else plain_text(page.body)):
        articles = _list_articles(source, *listed, page=page)
    elif dated := _longer(
        text.dated_items(raw if page is None else page.body),
        text.outlet_items(raw) if page is None else None,
    ):
        articles = _dated_articles(source, *dated, page=page)
    elif page is None and (parts := text.sections(raw) or text.records(raw)):
        # articles copied one after another: between rule lines, or as labelled records
        return _each(source, fmt, [text.parse(p) for p in parts], warnings)
    else:
        return _each(source, fmt, [page or text.parse(raw)], warnings, single=True)
    if saved and saved.text:  # a newsletter's items: their addresses as its text part prints them
        found = mhtml.text_part_addresses([a["title"] for a in articles], saved.text)
        for article, url in zip(articles, found, strict=True):
            article["url"] = url or article["url"]
    return _result(source, articles, warnings)


def _from_headline(raw: str, subject: str | None) -> str:
    """A newsletter's one story, when the subject names it (after the newsletter's label:
    每日精选｜…): from its headline to its read-more link. The masthead above (the newsletter's
    name, the issue's date) and the footer below (app, unsubscribe, address) are the mail's."""
    headline = re.split(r"[｜|]", subject or "")[-1].strip()
    if len(headline) < 6:
        return raw
    m = re.search(rf"^[ \t]*{re.escape(headline)}[^\n]{{0,40}}$", raw, re.MULTILINE)
    if m is None:
        return raw
    story = raw[m.start() :]
    links = list(mhtml.READ_MORE.finditer(story))
    story = story[: links[0].start()] if len(links) == 1 else story
    # (a pasted page's date and time printed over the headline goes under it, with the story;
    # a newsletter's issue date over it is the mail's)
    above = [ln.strip() for ln in raw[: m.start()].split("\n") if ln.strip()]
    if above and is_date_only(above[-1]) and _CLOCK_TIME.search(above[-1]):
        head, _, rest = story.partition("\n")
        story = f"{head}\n{above[-1]}\n{rest}"
    if noted := next(filter(None, map(_NOTED_ORIGINAL.search, above)), None):
        # (the sender's note over the paste names its page: 原文：https://…)
        story = f"原文链接：{noted['url']}\n{story}"
    return story


_CLOCK_TIME = re.compile(r"\d{1,2}\s*[:：点點时時]\s*\d{2}")
_NOTED_ORIGINAL = re.compile(
    r"(?:原文|原文链接|原文鏈接|链接|鏈接|网址|網址)\s*[:：]\s*(?P<url>https?://[^\s<>]+)"
)


def _mailbox(path: str, source: dict, mails: list[bytes]) -> dict:
    """A mailbox's messages, each read as an e-mail file is, numbered as items of the mailbox;
    a message that holds no article is a warning, not the mailbox's failure."""
    articles: list[dict] = []
    warnings: list[str] = []
    for n, mail in enumerate(mails, 1):
        try:
            result = convert(f"{path}#{n}", mail)
        except (Unreadable, ConversionError) as e:
            warnings.append(f"message {n}: {e}")
            continue
        source["encoding"] = source["encoding"] or result["source"]["encoding"]
        articles += result["articles"]
        warnings += [f"message {n}: {w}" for w in result["warnings"]]
    source["format"] = "email"
    for item, article in enumerate(articles, 1):
        article.update(_base(source, item, single=len(articles) == 1))
    return _result(source, articles, warnings)


def _longer(a: tuple | None, b: tuple | None) -> tuple | None:
    """Of two readings of a list (label, items), the one that finds more items."""
    if a and b:
        return b if len(b[1]) > len(a[1]) else a
    return a or b


def _each(source: dict, fmt: str, docs: list[Doc], warnings: list[str], *, single=False) -> dict:
    """A file read as these Docs: one article each, numbered as items unless `single`."""
    source["format"] = fmt
    articles = [_article(source, d, n, single=single) for n, d in enumerate(docs, 1)]
    return _result(source, articles, warnings)


_WRITER_FROM = re.compile(r"(?P<writer>[^<>@]{2,30}?) from (?P<publication>[^<>@]{2,40})")


# What a forward or a reply puts before a subject: 转：, 轉寄:, Fwd:, FW:, Re:.
_FORWARDED = re.compile(
    r"^(?:(?:转发|轉發|转寄|轉寄|转|轉|回复|回覆|答复|fwd?|re)\s*[:：]\s*)+", re.I
)


def _subject_headline(subject: str) -> str:
    """A mail's subject as the headline of what it carries: without the forward's or the
    reply's prefix, nor the site's name before the headline (转：新华网 习近平抵达平壤…)."""
    subject = _FORWARDED.sub("", subject.strip())
    site, _, rest = subject.partition(" ")
    return rest.strip() if len(rest) >= 6 and fields.known_outlet(site) else subject


def _mailed(page: Doc, saved: mhtml.SavedPage) -> None:
    """An e-mail's subject is the title when the page has no headline; its sender names the
    site, and its date is the page's metadata date."""
    if saved.subject and not page.title:
        page.title, page.title_source = _subject_headline(saved.subject), "headline"
        first, _, rest = page.body.lstrip("\n").partition("\n\n")
        if rest and plain_text(first).strip() == page.title:
            page.body = rest  # (the headline pasted over the story)
    if saved.sender and (by := _WRITER_FROM.fullmatch(saved.sender)):
        # a newsletter's writer and publication (Substack: 宋知远 from 半岛札记)
        page.meta.setdefault("author", by["writer"])
        page.meta.setdefault("account", by["publication"])
        page.site_name = page.site_name or by["publication"]
    if not fields.bare_name(saved.sender or ""):  # (a person forwarding a page names no site)
        page.site_name = page.site_name or saved.sender
    if saved.sent and page.meta.get("pasted"):
        # a story pasted under the sender's note: sent that day, so published no later
        sent = dates.metadata_date(saved.sent)
        if sent.precision == "day":
            page.meta.setdefault("posted", sent.published)
    elif saved.sent:
        page.meta.setdefault("published_time", saved.sent)


def _result(source: dict, articles: list[dict], warnings: list[str]) -> dict:
    articles = [a for a in articles if a["body"].strip() or a["title"]]
    if not articles:
        raise ConversionError("no article text found after removing page furniture")
    if not any(has_cjk(a["title"] or "") or has_cjk(a["body"]) for a in articles):
        warnings.append("no Chinese text: loaded, but search and entities expect Chinese")
    if len(articles) == 1 and not articles[0]["body"].strip():
        warnings.append("no story text found: only the headline and its fields were read")
    return {"source": source, "articles": articles, "warnings": warnings}


def _base(source: dict, item: int, *, single: bool) -> dict:
    return {
        "id": source["id"][:12] if single else f"{source['id'][:12]}-{item:03d}",
        "source_id": source["id"],
        "item": item,
    }


def _article(source: dict, doc: Doc, item: int, *, single: bool = True) -> dict:
    # a news database's record page: its address is the database's copy, not the original's
    database = fields.news_database(doc.url)
    if database:
        doc.republished_url, doc.url = doc.republished_url or doc.url, None
    if archived := fields.archived_original(doc.url):  # a clipped capture's address
        doc.republished_url, doc.url = doc.republished_url or doc.url, archived[0]
        if archived[1]:
            doc.meta.setdefault("posted", archived[1])
    coded = dates.editor_code(doc.body)  # （編輯：陳承中）1140116, taken out with the note
    credited, body_text, writer = fields.source_credit(fields.without_badges(doc.body))
    body_text, topics = clean.split_tag_row(body_text)  # 李在明 南韓大選 金文洙 under the story
    # the end mark (（完）) and the label lines under the story come in either order
    body_text, footer = clean.split_footer(
        clean.strip_end_notes(clean.without_meta_lines(body_text))
    )
    body_text = clean.tidy(clean.strip_end_notes(body_text))
    header = "\n".join([*doc.date_hints, doc.header, *footer, coded or ""])
    # the day a forum post quoting the article was written, or a copy of it saved: it completes
    # a yearless dateline only when the page's metadata states no date (which is better)
    posted = doc.meta.get("posted")
    stated = None  # the metadata's UTC time of the day the page prints
    when = dates.article_date(
        body_text,
        url=doc.url,
        epoch_ms=doc.epoch_ms,
        header=header,
        posted=None if doc.meta.get("published_time") else posted,
    )
    given = doc.meta.get("published_time")
    if (given or when.precision == "month") and dates.in_a_sentence(when, body_text):
        # a day in the story's first sentences is an event the story tells, later (…自11月8日
        # 起至2025年12月31日, a deadline) or earlier (将不再受2018年9月19日签署的北南军事协议约束);
        # the metadata states the day it was published. A month alone in a sentence dates no
        # publication at all. (A day with no metadata to weigh it against stays: the sentence
        # is not looked for.)
        meta = dates.metadata_date(given or "")
        other = meta.precision == "day" and meta.published != when.published
        if other or when.precision == "month":
            # (else the address's day: …/story20240619-3932875)
            when = meta if given else dates.article_date("", url=doc.url)
    elif given and dates.opens_a_paragraph_long_before(
        when, body_text, meta := dates.metadata_date(given)
    ):
        when = meta  # (a lead opening with the day a year before: 普京访朝一周年's 2024年6月19日，)
    if (
        given
        and when.evidence
        and when.evidence.endswith(("body, first full date]", f"{dates.STORY_NUMBER}]"))
    ):
        # a day found only deep in the body (a caption's, an event's) or in the address's story
        # number is weaker than the day the page's metadata states
        meta = dates.metadata_date(given)
        when = meta if meta.precision == "day" else when
    if when.published is None and doc.meta.get("published_time"):
        when = dates.metadata_date(doc.meta["published_time"])
    elif when.precision in ("month", "year") and doc.meta.get("published_time"):
        # a month in the first lines (…在2018年9月平壤峰會期間簽署) is weaker than the day a
        # feed or the page's metadata states
        meta_day = dates.metadata_date(doc.meta["published_time"])
        when = meta_day if meta_day.precision == "day" else when
    elif when.precision == "day" and when.time is None and doc.meta.get("published_time"):
        # the page prints the day; its metadata, the same day with the time (JSON-LD)
        meta = dates.metadata_date(doc.meta["published_time"])
        # (a UTC time may fall on another local day than the one printed: not combined)
        if meta.published == when.published and meta.time and not meta.time.endswith("+00:00"):
            when = dataclasses.replace(when, time=meta.time)
        elif meta.time and meta.time.endswith("+00:00"):
            stated = meta  # told in the outlet's zone once the outlet is known (below)
    if when.precision is None:
        when = dates.republished_bound(doc.republished_url, posted) or when
    outlet = (
        fields.outlet_from_header(header)
        or credited
        or fields.known_outlet(doc.meta.get("provider"))  # a portal's partner (schema.org)
        or fields.outlet_for_domain(doc.url)
        or fields.site_outlet(doc.site_name)
        or doc.meta.get("account")  # a WeChat account's own article: its publisher
        or fields.site_named_outlet(doc.site_name)  # an unlisted paper's own site
    )
    outlet = fields.fuller_name(outlet, doc.site_name)
    when = dates.in_zone(when, fields.zone_of(outlet))  # a UTC time, told as the outlet did
    if (
        stated
        and (local := dates.in_zone(stated, fields.zone_of(outlet))).published == when.published
    ):
        when = dataclasses.replace(when, time=local.time)  # the printed day's time, in UTC
    site_url = doc.meta.get("site_url") or doc.republished_url
    a = _base(source, item, single=single)
    a.update(
        title=_clean_title(doc.title),
        title_source=doc.title_source,
        **_date_fields(when),
        outlet=outlet,
        republisher=database or fields.republisher(doc.site_name, site_url, doc.url, outlet),
        author=_fuller_in_lead(fields.author_from_header(header), body_text)
        or _person(doc.meta.get("author"))
        or writer  # （海外网 邢晓雯） closing the story
        or fields.lead_reporters(body_text)  # （总台记者 吴薇 朴恩静） closing the first paragraph
        or fields.author_from_bio(body_text),
        body=fields.without_bios(body_text),
        url=doc.url,
        republished_url=doc.republished_url,
        language=fields.language(f"{doc.title or ''}\n{body_text}"),
        category=doc.category or doc.meta.get("section"),
        tags=doc.tags or fields.tags_from_header(header) or topics,
        images=doc.images,
        links=doc.links,
    )
    # the writer's name before the headline in a page's title (王立衡：普京访问平壤…): a byline's
    writer = a["author"]
    if writer and (named := re.match(rf"{re.escape(writer)}\s*[：:]\s*", a["title"] or "")):
        a["title"] = a["title"][named.end() :] or a["title"]
    return _with_entities(a)


def _address_day(when: dates.DateResult, url: str | None, text: str = "") -> dates.DateResult:
    """A list item's date, or its address's day when the item's text dates it to none or to a
    day more than one off and without a time (a day its summary names: the meeting 周日(26日),
    the martial law of 2024年12月3日): the address is given the day the story is published,
    and the item the time it prints with that day's month-day (11月29日 23:05)."""
    if not url:
        return when
    at = dates.article_date("", url=url)
    if when.published is None:
        if at.precision == "day" and not at.time and (t := dates.time_on_day(text, at.published)):
            return dataclasses.replace(at, time=t, evidence=f"{at.evidence}; time: item")
        return at
    if when.precision == "day" and at.precision == "day" and not when.time:
        # (a day printed with its time is the item's own: 2024年6月8日 10:12)
        gap = date.fromisoformat(when.published) - date.fromisoformat(at.published)
        return at if abs(gap.days) > 1 else when
    return when


def _list_articles(
    source: dict, page_label: str | None, items: list, page: Doc | None = None
) -> list[dict]:
    """One article per item; a page saved as HTML or from a feed lends its outlet, and its own
    date bounds the newest item (the items cannot be later than the page that lists them)."""
    outlet, reference = None, None
    if page is not None:
        outlet = _page_outlet(page)
        when = dates.article_date("", url=page.url, epoch_ms=page.epoch_ms,
                                  header="\n".join(page.date_hints))  # fmt: skip
        reference = when.published if when.precision == "day" else None
        page_label = page_label or page.title
    results = dates.list_dates([p for _, p in items], reference=reference)
    return [
        _item(
            source,
            n,
            when,
            page_label,
            *text.first_sentence(paragraph),
            outlet=outlet,
            url=None,
            language=fields.language(paragraph),
            category=category,
            body=paragraph + "\n",
        )
        for n, ((category, paragraph), when) in enumerate(zip(items, results, strict=True), 1)
    ]


def _brief_articles(source: dict, issue: str | None, briefs: list[dict]) -> list[dict]:
    """One article per brief of a digest: its 【headline】, its text, the outlet its source note
    names, and the note's month-day in the year that puts it on or before the issue's day (a
    2025-01-02 issue's 12月31日 is 2024-12-31)."""
    source["format"] = "list"
    articles = []
    for n, brief in enumerate(briefs, 1):
        when = dates.NO_DATE
        if issue and (day := dates.month_day_before(brief["when"] or "", issue)):
            evidence = f"{brief['when']} [month-day, the year from the digest's day {issue}]"
            when = dates.DateResult(day, "day", evidence, day, day)
        elif brief.get("url"):
            when = dates.article_date("", url=brief["url"])  # a dated address (/2024/06/02/)
        articles.append(
            _item(
                source,
                n,
                when,
                None,
                brief["title"].strip(),
                "headline",
                outlet=fields.outlet_for_name(brief["source"]) if brief["source"] else None,
                url=brief.get("url"),
                language=fields.language(f"{brief['title']}\n{brief['text']}"),
                category=None,
                body=brief["text"].strip() + "\n" if brief["text"].strip() else "",
            )
        )
    return articles


def _headline_articles(source: dict, page: Doc) -> list[dict]:
    """One row per headline of an index page: its title, link and date, and as body only the
    summary the page prints under it (the page holds none of the story). The page's title is
    each item's tag, as for list pages."""
    outlet = _page_outlet(page)
    day = page.meta.get("page_day")  # 今天是2024年6月3日: the day the page was shown
    texts = [dates.with_page_day(i["text"], day) if day else i["text"] for i in page.headlines]
    results = dates.list_dates(texts, reference=day)
    # an e-paper's contents (丹东日报数字报-2019年05月21日-目录): its stories are the issue's
    title = page.title or ""
    if (paper := _EPAPER_TITLE.search(title)) and (issue := text.issue_day([title])):
        name = paper["paper"]
        outlet = outlet or fields.known_outlet(name) or fields.site_named_outlet(name)
        evidence = f"{title} [the e-paper's issue day, in its title]"
        results = [
            w if w.precision else dates.DateResult(issue, "day", evidence, issue, issue)
            for w in results
        ]
    articles = []
    for n, (item, when) in enumerate(zip(page.headlines, results, strict=True), 1):
        if day and when.evidence and (phrase := dates.relative_phrase(item["text"])):
            evidence = f"{when.evidence}; “{phrase}” read against the page's day {day}"
            when = dataclasses.replace(when, evidence=evidence)
        url, printed, summary, signed = _printed_fields(item)
        when = _address_day(when, url, item["text"])
        if url and not re.match(r"(?:https?:)?//", url):
            url = None  # (a page saved without its address: a relative link is no address)
        named = (
            _listed_outlet(item.get("outlet") or printed) or outlet or fields.outlet_for_domain(url)
        )
        articles.append(
            _item(
                source,
                n,
                dates.in_zone(when, fields.zone_of(named)),  # a UTC time, as the outlet told it
                page.title,
                item["title"],
                "headline",
                outlet=named,
                url=url,
                language=fields.language(f"{item['title']}\n{summary}"),
                category=None,
                body=summary + "\n" if summary else "",
                author=_person(
                    fields.author_from_header(item.get("author") or "") or item.get("author")
                )
                or signed
                or _listed_writer(item["text"].replace(item["title"], " ")),
            )
        )
    return articles


_ITEM_PARTS = re.compile(r"\s+[|｜·•]\s+|\s{2,}")
_WRITER_WORD = re.compile(r"记者|記者|作者|撰文|撰稿")


def _listed_writer(text: str) -> str | None:
    """An index item's writer, where its row of fields names one with the word for a writer
    (政治 | 金贤英 记者 | 2025-11-01 19:52, 作者：王小明 · 3小时前)."""
    for part in _ITEM_PARTS.split(text):
        if (
            len(part) <= 24
            and _WRITER_WORD.search(part)
            and (name := _person(fields.author_from_header(part)))
        ):
            return name
    return None


# What an item of a newsletter prints under its headline: its source and date (韩联社 | 2024年3月
# 14日), the original's address (来源链接：https://…), a button (阅读原文 ›).
_ITEM_SOURCE = re.compile(
    r"(?P<name>[^\s|｜·•\d][^|｜·•\n]{1,14}?)\s*[|｜·•]\s*(?:\d{4}\s*[-/.年]|\d{1,2}\s*月)[^\n]{0,20}"
)
_ITEM_ADDRESS = re.compile(
    r"(?:来源链接|來源連結|原文链接|原文鏈接|原文連結|原文|链接|鏈接|連結|网址|網址|url|link)\s*[:：]\s*"
    r"(?P<url>https?://\S+)",
    re.IGNORECASE,
)


def _printed_fields(item: dict) -> tuple[str | None, str | None, str, str | None]:
    """(address, source, summary, writer) of an index item: the address the item prints beats
    its link when that link is no outlet's (a newsletter's click tracker); the source line,
    the address line, the byline over the summary (特約撰稿人 許嘉文 發自首爾) and the item's
    number leave the summary, and so do buttons."""
    url, source, kept, writer = item["url"], None, [], None
    for part in (item.get("summary") or "").split("\n\n"):
        line = part.strip()
        byline = not kept and not writer and len(line) <= 40 and clean.byline_only(line)
        if byline and (writer := _person(fields.author_from_header(line))):
            continue
        if m := _ITEM_ADDRESS.fullmatch(line):
            if not fields.outlet_for_domain(url) and fields.domain(m["url"]) != fields.domain(url):
                url = m["url"]
            continue
        if line.isdigit():
            continue  # the item's number (01)
        if not kept and (m := _ITEM_SOURCE.fullmatch(line)) and fields.known_outlet(m["name"]):
            source = m["name"]
            continue
        dated = text.date_and_source(line) if len(line) <= 60 else None
        if dated and dated[1] and fields.known_outlet(dated[1]):
            source = source or dated[1]  # 2024年06月04日 11:36 来源：新华网 under the summary
            continue
        if line and not clean.is_boilerplate(line.strip(" ›»>→")):
            kept.append(part)
    return url, source, "\n\n".join(kept).strip(), writer


def _dated_articles(source: dict, label: str | None, items: list, page: Doc | None) -> list[dict]:
    """One article per dated item of a list; its date line dates it and may name its outlet
    (a known one) or its section, and a page saved as HTML lends its own outlet to the rest."""
    page_outlet = page and _page_outlet(page)
    results = dates.list_dates([f"{it['dateline']}\n{it['body']}" for it in items])
    articles = []
    for n, (it, when) in enumerate(zip(items, results, strict=True), 1):
        named = fields.known_outlet(it["source"])
        articles.append(
            _item(
                source,
                n,
                when,
                label or (page and page.title),
                it["title"],
                it["title_source"],
                outlet=named or page_outlet,
                url=it["url"],
                language=fields.language(f"{it['title']}\n{it['body']}"),
                category=None if named else it["source"],
                body=it["body"] + "\n" if it["body"] else "",
                author=it.get("author"),
            )
        )
    return articles


def _listed_outlet(name: str | None) -> str | None:
    """The outlet an item of a list names as its publisher, by its canonical name if known."""
    return fields.known_outlet(name) or name if name else None


_EPAPER_TITLE = re.compile(rf"(?P<paper>[\u4e00-\u9fff]{{2,10}}?)(?:{fields.EPAPER})")


def _page_outlet(page: Doc) -> str | None:
    """The outlet a page of many items names in its header, by its address or as the site's
    name (a known outlet's own section page): its items'."""
    return (
        # (a known one: an item's byline copied into the header names a desk, 兩岸聯合報／記者…)
        fields.known_outlet(fields.outlet_from_header(page.header))
        or fields.outlet_for_domain(page.url)
        or fields.known_outlet(page.site_name)
    )


def _item(source: dict, n: int, when: dates.DateResult, label: str | None, title: str,
          title_source: str, **fields_: str | None) -> dict:  # fmt: skip
    """Item n of a page of many: what every item lacks (author, images, links) left empty, the
    page's label as its tag. `fields_`: outlet, url, language, category, body."""
    a = _base(source, n, single=False)
    a.update(
        title=title,
        title_source=title_source,
        **_date_fields(when),
        republisher=None,
        author=fields_.pop("author", None),
        republished_url=None,
        tags=[label] if label else [],
        images=[],
        links=[],
        **fields_,
    )
    return _with_entities(a)


def _fuller_in_lead(author: str | None, body: str) -> str | None:
    """The byline's one writer, or the lead's credit when it names them with others (作者：大公報
    記者 劉凝哲 over 【大公報訊】記者劉凝哲、實習記者李思琪報道：…)."""
    if not author or "、" in author:
        return author
    lead = fields.lead_paragraph(body)[:80]
    fuller = fields.author_from_header(lead) if author in lead else None
    return fuller if fuller and fuller.startswith(f"{author}、") else author


def _person(name: str | None) -> str | None:
    """A page's author metadata, unless it names an outlet (WeChat pages give the account) or
    is an address (article:author is often the outlet's Facebook page)."""
    name = " ".join((name or "").split())  # (Ming\xa0Pao, Renmin  Ribao)
    if not name or re.search(r"https?://|www\.", name) or fields.known_outlet(name):
        return None  # (an outlet, or its desk: 美国之音中文部)
    if re.fullmatch(r"[A-Za-z_-]{0,6}\d[\w-]{0,10}|[A-Za-z]\w*_\w*", name, re.ASCII):
        # a content system's code for its editor (L_112, F_300) or a login (upm_editor03)
        return None
    if _DESK_ALONE.fullmatch(name) or _BUTTON_WORDS.search(name):
        return None  # a desk named alone (TVBS: 國際中心); a player's button (点击播放)
    # the outlet with its edition (日本经济新闻（中文版：日经中文网）) or its Latin name (有線新聞
    # i-CABLE News), or either around a dash (RFI - 法国国际广播电台; Deutsche Welle (…)), or
    # its Latin name before its service's (AFP 中文服務)
    parts = [
        re.split(r"[（(：:]|\s+(?=[A-Za-z])", name)[0].strip(),
        re.split(r"(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])", name)[0],
        *re.split(r"\s+[-–|｜]\s+|\s*[（(]", name),
        re.split(r"\s*[-－–—|｜]\s*", name)[0],  # (or its channel's: 人民网-国际频道)
    ]
    if any(map(fields.known_outlet, parts)):
        return None
    # a spreadsheet's or export's author with the reporter's title: 澎湃新闻记者 王琳
    name = _REPORTER_TITLE.sub("", name).strip() or name
    name = re.sub(clean.REPORTED_AT, "", name).strip() or name  # 蔡佳芸／綜合報導: where from
    # several writers in one value: Dasl Yoon / Timothy W. Martin, A and B
    return "、".join(n.strip() for n in _WRITERS_APART.split(name) if n.strip())


_BUTTON_WORDS = re.compile(r"点击|點擊|播放|观看|觀看|下载|下載|打开|打開|全屏|倍速")
_DESK_ALONE = re.compile(
    r"(?:国际|國際|社会|社會|政治|财经|財經|地方|大陆|大陸|两岸|兩岸|生活|娱乐|娛樂|体育|體育|综合|綜合)?"
    r"(?:中心|新闻中心|新聞中心|编辑部|編輯部|新闻部|新聞部|国际部|國際部|编译组|編譯組)"
)
_REPORTER_TITLE = re.compile(r"^\S{0,12}?(?:特约记者|特約記者|记者|記者|撰稿人|编译|編譯)\s*(?=\S)")
_WRITERS_APART = re.compile(r"\s+/\s+|\s*／\s*|\s+(?:and|&)\s+")


def _date_fields(when: dates.DateResult) -> dict:
    return {
        "published": when.published,
        "published_precision": when.precision,
        "published_time": when.time,
        "published_earliest": when.earliest,
        "published_latest": when.latest,
        "date_evidence": when.evidence,
    }


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = _REPOST_MARK.sub("", re.sub(r"\s+", " ", _MARKUP.sub("", title)).strip())
    return MEDIA_LABEL.sub("", MEDIA_MARK.sub("", title)).strip() or title.strip() or None


# Markup left as text in a title: a search cache's highlights (<b style="…">平壤</b>)
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


# A blog's or forum's mark of a repost before the headline: [转载], 【转帖】, (转)
# …or a wire's desk before its headline: （国际）尹锡悦宣誓就任韩国总统
_REPOST_MARK = re.compile(
    r"^(?:[\[【(（]\s*(?:转载|轉載|转帖|轉帖|转|轉|国际|國際|国内|國內|时政|時政|财经|財經|社会|社會"
    r"|体育|體育|军事|軍事|经济|經濟|科技|文化|港澳|台港澳)\s*[\]】)）]\s*)+(?=\S)"
)


def _with_entities(a: dict) -> dict:
    """The entities named, and for an article whose own date is unknown (or only bounded from
    above) the bounds the text allows: no older than a dated document or incident it names,
    and within the term of an officeholder it names with the title (总统尹锡悦)."""
    text = f"{a['title'] or ''}\n{plain_text(a['body'])}"
    found = entities.extract_mentions(text)
    a["mentions"] = found
    if a["published_precision"] in (None, "range") and not a["published_earliest"]:
        _bounded(a, entities.dated_bound(found), entities.office_terms(text))
    a.update(entities.group_names(found))
    a["chars"] = len(a["body"])
    return a


def _bounded(a: dict, dated: tuple[str, str] | None, terms: list) -> None:
    """Narrow an undated article's range by what it names; a clash with the bounds it already
    has (or among the terms) leaves it as it was."""
    lo, hi = None, a["published_latest"]
    notes = [a["date_evidence"]]
    if dated:
        lo = dated[0]
        notes.append(dated[1])
    seen = set()
    for first, last, note in terms:
        lo = max(lo or first, first)
        hi = min(hi or last, last) if last else hi
        if (first, last) not in seen:  # one note a term (總統尹錫悅, 尹錫悅總統)
            seen.add((first, last))
            notes.append(note)
    if lo is None or (hi is not None and lo > hi):
        return
    a.update(
        published_precision="range",
        published_earliest=lo,
        published_latest=hi,
        date_evidence="; ".join(dict.fromkeys(n for n in notes if n)),
    )


__all__ = ["convert", "ConversionError", "Unreadable", "CONVERTER_VERSION"]
