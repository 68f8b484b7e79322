"""A synthetic corpus for benchmarks: real seed paragraphs recombined into many raw files.

Every supported format (HTML page with furniture, HTML fragment, RSS archive entry, plain-text
copy, list page) and encoding is written, so a benchmark exercises the same code paths as real
input. Text comes from the repo's seeds (sentences and paragraphs, in both scripts) with entity
names swapped from the gazetteer, explicit dates across 2000-2026, and ~3% reposts that differ
by a few characters. Files are written as they are made (memory stays flat), and the same seed
gives the same bytes.
"""

from __future__ import annotations

import html
import json
import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import opencc

from .entities import load_gazetteer

SYNTH_VERSION = 2
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MANIFEST = ".synth.json"  # dot file: `peninsula build` skips it

_FIRST_DAY = date(2000, 1, 1).toordinal()
_LAST_DAY = date(2026, 12, 31).toordinal()
_SWAP_P = 0.3  # share of entity names replaced: common names (朝鲜) stay common, as in news
_REPOST_P = 0.03
_FILES_PER_DIR = 1000

# file share of each format; a list page holds 10-25 articles, so ~1.4% of files ~ 20% of articles
_FORMATS = [("html", 0.26), ("fragment", 0.20), ("rss", 0.20), ("text", 0.326), ("list", 0.014)]
# encodings per script (a traditional file is never gb18030; a simplified one never big5)
_ENCODINGS = {
    "hans": [("utf-8", 0.68), ("utf-8-sig", 0.08), ("gb18030", 0.16), ("utf-16", 0.08)],
    "hant": [("utf-8", 0.55), ("utf-8-sig", 0.07), ("big5hkscs", 0.28), ("utf-16", 0.10)],
}
_EXT = {"html": "html", "fragment": "htm", "rss": "md", "text": "txt", "list": "txt"}

# (name in simplified, name in traditional, domain): outlets of outlets.yml
_OUTLETS = [
    ("希望之声", "希望之聲", "soundofhope.org"),
    ("大纪元", "大紀元", "epochtimes.com"),
    ("新唐人", "新唐人", "ntdtv.com"),
    ("美国之音", "美國之音", "voachinese.com"),
    ("自由亚洲电台", "自由亞洲電台", "rfa.org"),
    ("德国之声", "德國之聲", "dw.com"),
    ("联合早报", "聯合早報", "zaobao.com.sg"),
    ("中央社", "中央社", "cna.com.tw"),
    ("法广", "法廣", "rfi.fr"),
    ("明报", "明報", "mingpao.com"),
    ("自由时报", "自由時報", "ltn.com.tw"),
    ("韩联社", "韓聯社", "yna.co.kr"),
]
_CATEGORIES = {
    "hans": ["国际", "朝鲜半岛", "国际政经", "亚洲", "时事", "评论", "两岸"],
    "hant": ["國際", "朝鮮半島", "國際政經", "亞洲", "時事", "評論", "兩岸"],
}
_PAGE_LABELS = {
    "hans": ["朝鲜", "韩国", "朝鲜半岛", "国际新闻", "即时新闻"],
    "hant": ["北韓", "南韓", "朝鮮半島", "國際新聞", "即時新聞"],
}
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建文辉力健晨雯雪琳凯"
_REPOST_CHARS = "的了在是和与及也都又就还将被把向"
_ENTITY_TYPES = ("person", "place", "country", "organisation")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?」”]*")
# relative day forms of list items (周日(27 日), 今 (4) 日): replaced by an explicit date
_RELATIVE_DAY = re.compile(
    r"[上下本]?(?:周|週|星期)[一二三四五六日天]\s*[(（]\s*\d{1,2}\s*日\s*[)）]"
    r"|[今昨]\s*[(（]\s*\d{1,2}\s*[)）]\s*日|當地時間\s*\d{1,2}\s*日|当地时间\s*\d{1,2}\s*日"
)


# --- text pools ---------------------------------------------------------------------------------


def _seed_paragraphs(seeds: Path) -> list[str]:
    """Prose paragraphs of every seed file (markup removed; labels, captions and notices left out)."""
    out: list[str] = []
    for f in sorted(seeds.iterdir()):
        if not f.is_file():
            continue
        text = f.read_text("utf-8", errors="replace")
        if "<p" in text:
            text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
            blocks = re.findall(r"<p[^>]*>(.*?)</p>", text, flags=re.S | re.I)
            lines = [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in blocks]
        else:
            lines = text.splitlines()
        for line in lines:
            line = " ".join(line.split())
            cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
            if cjk >= 30 and not re.search(r"翻墙|翻牆|转载|轉載|cookie|原文链接|禁网|禁闻", line):
                out.append(line)
    return out


class _Pool:
    """Paragraphs and sentences of one script, cut into text and entity slots for fast swapping."""

    def __init__(self, paragraphs: list[str], names: dict[str, list[str]], script: str) -> None:
        self.script = script
        self.names = names  # type -> names in this script
        by_len = sorted({n for ns in names.values() for n in ns}, key=len, reverse=True)
        self.kind = {n: t for t, ns in names.items() for n in ns}
        rx = re.compile("|".join(map(re.escape, by_len)))
        sentences = [s.strip() for p in paragraphs for s in _SENTENCE.findall(p)]
        self.paragraphs = [self._template(p, rx) for p in paragraphs]
        self.sentences = [self._template(s, rx) for s in sentences if len(s) >= 12]
        self.headlines: list[list] = []

    def _template(self, text: str, rx: re.Pattern) -> list:
        """['text', ('person', '金正恩'), 'text', ...]: slots are filled per article."""
        parts: list = []
        pos = 0
        for m in rx.finditer(text):
            parts += [text[pos : m.start()], (self.kind[m.group(0)], m.group(0))]
            pos = m.end()
        parts.append(text[pos:])
        return parts

    def fill(self, template: list, rng: random.Random) -> str:
        out = []
        for part in template:
            if isinstance(part, str):
                out.append(part)
            elif rng.random() < _SWAP_P:
                out.append(rng.choice(self.names[part[0]]))
            else:
                out.append(part[1])
        return "".join(out)


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _pools(seeds: Path) -> dict[str, _Pool]:
    """Simplified and traditional pools: every seed paragraph in both scripts (OpenCC)."""
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    paras = _seed_paragraphs(seeds)
    hans = list(dict.fromkeys(t2s.convert(p) for p in paras))
    hant = [p for p in dict.fromkeys(s2t.convert(p) for p in paras) if _encodable(p, "big5hkscs")]
    names: dict[str, dict[str, list[str]]] = {"hans": {}, "hant": {}}
    for e in load_gazetteer():
        if e["type"] not in _ENTITY_TYPES:
            continue
        for script, key in (("hans", "zh_hans"), ("hant", "zh_hant")):
            n = e.get(key)
            if n and len(n) >= 2 and _encodable(n, "big5hkscs" if script == "hant" else "gb18030"):
                names[script].setdefault(e["type"], []).append(n)
    pools = {"hans": _Pool(hans, names["hans"], "hans"), "hant": _Pool(hant, names["hant"], "hant")}
    for script, pool in pools.items():
        conv = t2s if script == "hans" else s2t
        heads = [conv.convert(h) for h in _seed_headlines(seeds)]
        rx = re.compile("|".join(map(re.escape, sorted(pool.kind, key=len, reverse=True))))
        pool.headlines = [pool._template(h, rx) for h in heads if _encodable(h, "big5hkscs")]
    return pools


def _seed_headlines(seeds: Path) -> list[str]:
    """Titles of the seed articles and of the related articles they link to."""
    heads = []
    for f in sorted(seeds.iterdir()):
        text = f.read_text("utf-8", errors="replace") if f.is_file() else ""
        heads += re.findall(r"<h[12][^>]*>([^<]{6,60})</h[12]>", text)
        heads += re.findall(r"<li><a [^>]*>(.{6,80}?)</a></li>", text)
        heads += re.findall(r"^\[([^\]]{6,80})\]\(", text, flags=re.M)
        first = text.lstrip().split("\n", 1)[0]
        if "<" not in first and 6 <= len(first) <= 60:
            heads.append(first)
    heads = [re.sub(r"<[^>]+>", "", h).strip() for h in heads]
    return [h for h in dict.fromkeys(heads) if sum("\u4e00" <= c <= "\u9fff" for c in h) >= 6]


# --- articles -----------------------------------------------------------------------------------


def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _author(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2)))


def _title(pool: _Pool, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4 and pool.headlines:
        return pool.fill(rng.choice(pool.headlines), rng)
    sentence = pool.fill(rng.choice(pool.sentences), rng)
    clause = re.split(r"[，,；;：:。！？]", sentence)[0].strip()
    if len(clause) < 8:
        clause = sentence.rstrip("。")[:30]
    return clause[:40] if r < 0.8 else f"{rng.choice(pool.names['place'])}消息：{clause[:34]}"


def _article(pools: dict[str, _Pool], rng: random.Random) -> dict:
    """One article's content; rendered to a format by _render."""
    script = "hant" if rng.random() < 0.35 else "hans"
    pool = pools[script]
    day = date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))
    paras = []
    for _ in range(rng.randint(4, 14)):
        if rng.random() < 0.75:
            paras.append(pool.fill(rng.choice(pool.paragraphs), rng))
        else:  # a paragraph of sentences from different reports
            paras.append("".join(pool.fill(rng.choice(pool.sentences), rng) for _ in range(3)))
    tag_names = pool.names["country"][:8] + pool.names["person"][:12]
    return {
        "script": script,
        "title": _title(pool, rng),
        "paras": paras,
        "day": day,
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "outlet": rng.randrange(len(_OUTLETS)),
        "author": _author(rng),
        "category": rng.choice(_CATEGORIES[script]),
        "tags": rng.sample(tag_names, 3),
        "caption": pool.fill(rng.choice(pool.sentences), rng).rstrip("。")[:50],
        "related": [_title(pool, rng) for _ in range(rng.randint(0, 4))],
    }


def _repost(a: dict, rng: random.Random) -> dict:
    """The same story on another site: a few characters changed, posted the same or next day."""
    paras = list(a["paras"])
    for _ in range(rng.randint(2, 4)):
        i = rng.randrange(len(paras))
        p = paras[i]
        j = rng.randrange(len(p))
        paras[i] = p[:j] + rng.choice(_REPOST_CHARS) + p[j + 1 :]
    day = a["day"] + timedelta(days=rng.randint(0, 1))
    return {**a, "paras": paras, "day": day, "outlet": rng.randrange(len(_OUTLETS))}


def _list_items(pools: dict[str, _Pool], rng: random.Random, n: int) -> dict:
    """A list page: items newest first, each one to three sentences with its explicit date."""
    script = "hant" if rng.random() < 0.5 else "hans"
    pool = pools[script]
    day = date.fromordinal(rng.randint(_FIRST_DAY + 400, _LAST_DAY))
    items = []
    for _ in range(n):
        day -= timedelta(days=rng.randint(0, 3))
        text = "".join(pool.fill(rng.choice(pool.sentences), rng) for _ in range(rng.randint(1, 3)))
        text = _RELATIVE_DAY.sub("", text)
        lead = rng.choice(["", "據報導，", "消息指出，"] if script == "hant" else ["", "据报道，"])
        items.append(f"{_cn_date(day)}，{lead}{text}")
    return {"script": script, "items": items}


# --- formats ------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _outlet(a: dict) -> tuple[str, str]:
    hans, hant, domain = _OUTLETS[a["outlet"]]
    return (hant if a["script"] == "hant" else hans), domain


def _url(a: dict, n: int) -> str:
    _, domain = _outlet(a)
    d = a["day"]
    return f"https://www.{domain}/news/{d:%Y%m%d}/{n}.html"


def _dateline(a: dict) -> str:
    name, _ = _outlet(a)
    reporter = "記者" if a["script"] == "hant" else "记者"
    report = "報導" if a["script"] == "hant" else "报导"
    return f"【{name}{_cn_date(a['day'])}】（{name}{reporter}{a['author']}{report}）"


def _related_html(a: dict, n: int) -> str:
    if not a["related"]:
        return ""
    _, domain = _outlet(a)
    items = "".join(
        f'<li><a href="https://www.{domain}/news/{n + k + 1}.html">{_esc(t)}</a></li>'
        for k, t in enumerate(a["related"])
    )
    return f'<aside class="related"><h3>相关文章</h3><ul>{items}</ul></aside>'


def _html_page(a: dict, n: int, charset: str) -> str:
    """A whole page: head with meta, nav, ads, crumbs, the article, related list, footer."""
    name, domain = _outlet(a)
    paras = "\n".join(f"<p>{_esc(p)}</p>" for p in a["paras"])
    tags = "".join(f'<a rel="tag" href="/tag/{quote(t)}">{_esc(t)}</a> ' for t in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="{charset}">
<title>{_esc(a["title"])} | {_esc(name)}</title>
<meta property="og:site_name" content="{_esc(name)}">
<meta property="article:published_time" content="{a["day"]:%Y-%m-%d}T{a["time"]}:00+08:00">
<meta name="author" content="{_esc(a["author"])}">
<link rel="canonical" href="{_url(a, n)}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{}}</script>
<style>.ad-slot {{ min-height: 90px }}</style></head>
<body><header class="site-header"><nav class="navbar"><ul>
<li><a href="/">首页</a></li><li><a href="/world/">国际</a></li><li><a href="/asia/">亚洲</a></li>
<li><a href="/opinion/">评论</a></li></ul></nav></header>
<div class="banner-ads"><div id="ad-top" class="ad-slot">广告</div></div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/c/{n % 7}/">{_esc(a["category"])}</a> &gt; 正文</div>
<main><article class="post">
<h1>{_esc(a["title"])}</h1>
<p>{_esc(_dateline(a))}</p>
<figure><img src="https://img.{domain}/{n}.jpg" alt="{_esc(a["caption"])}">
<figcaption>{_esc(a["caption"])}（图片来源：{_esc(name)}）</figcaption></figure>
<div class="article-content">
{paras}
</div>
<div class="tags">标签：{tags}</div>
</article></main>
{_related_html(a, n)}
<div class="share">分享到：<a href="#">Facebook</a> <a href="#">Twitter</a></div>
<footer class="footer"><p>© {a["day"].year} {_esc(name)} 版权所有</p>
<p><a href="/about/">关于我们</a> | <a href="/privacy/">隐私政策</a></p></footer>
<script src="https://www.{domain}/static/app.js"></script></body></html>
"""


def _html_fragment(a: dict, n: int) -> str:
    """The body of a repost site's page, as saved: crumbs, notice, entry, related, ad slots."""
    paras = "\n".join(f" <p>{_esc(p)}</p>" for p in a["paras"])
    related = "".join(
        f"<li><a href='https://www.bannedbook.org/bnews/{n}/{k}.html'>{_esc(t)}</a></li>\n"
        for k, t in enumerate(a["related"])
    )
    return f"""<!-- 面包屑导航 --> <div class="breadcrumb"><div class='breadcrumb-sub'>\
<a href="https://www.bannedbook.org/" class="home">禁闻网</a> &gt; \
<a href="https://www.bannedbook.org/bnews/comments/" class="category">{_esc(a["category"])}</a> \
&gt; 正文</div></div>
<h2>{_esc(a["title"])}</h2>
 <p class="notice"><b>大陆网友注意：本文中的链接未翻墙状态下打不开，请勿点击。</b></p>
  <div class="entry"> <p>{_esc(_dateline(a))}</p>
{paras}
 <ul class='op-related-articles' title='相关阅读'>{related}</ul>
<p>原文链接：<a class="src_link" href="{_url(a, n)}">{_esc(a["title"])}</a></p>
 <div id="archive-pix-1" class="banner-ads"><div id="{n}x728x90_ADSLOT2"></div></div>
  </div>
<!--END ENTRY-->
"""


def _rss(a: dict, n: int) -> str:
    """An RSS-to-Markdown archive entry: feed timestamp, [title](url), rule, HTML body."""
    hh, mm = a["time"].split(":")
    d = a["day"]
    epoch = (d.toordinal() - date(1970, 1, 1).toordinal()) * 86400 + int(hh) * 3600 + int(mm) * 60
    _, domain = _outlet(a)
    lead, *rest = a["paras"]
    body = "".join(f"<p>{_esc(p)}</p>" for p in rest)
    return (
        f"<!--{(epoch - 8 * 3600) * 1000}-->\n[{a['title']}]({_url(a, n)})\n------\n\n"
        f"<div>{d:%d/%m/%Y} - {a['time']}</div>"
        f'<img src="https://s.{domain}/media/{n}.jpg"><p><strong>{_esc(lead)}</strong></p>'
        f'<div class="t-content__body u-clearfix">{body}</div>'
    )


def _text(a: dict, n: int, rng: random.Random) -> str:
    """A copy-pasted page: caption twice, title, dateline, paragraphs, related titles, banner."""
    hant = a["script"] == "hant"
    lines = []
    if rng.random() < 0.5:
        lines += [a["caption"], a["caption"], ""]
    lines += [a["title"], "", _dateline(a), ""]
    for i, p in enumerate(a["paras"]):
        lines += [p, ""]
        if i == 1 and rng.random() < 0.3:
            lines += [a["caption"], "(圖/Twitter @" + ("MOFA" if hant else "Xinhua") + ")", ""]
    if a["related"]:
        lines += ["相關文章" if hant else "相关文章", ""] + a["related"] + [""]
    lines += ["此网站使用 cookie", "拒绝"]
    return "\n".join(lines) + "\n"


def _list_page(page: dict, rng: random.Random) -> str:
    """A page label, then items each under a category label (one category on most of them)."""
    n = len(page["items"])
    main, other = rng.sample(_CATEGORIES[page["script"]], 2)
    labels: list[str | None] = [main] * n
    for k in rng.sample(range(1, n), n // 6 + n // 12):  # a few under another label or none
        labels[k] = other if rng.random() < 0.67 else None
    lines = [rng.choice(_PAGE_LABELS[page["script"]])]
    for label, item in zip(labels, page["items"], strict=True):
        lines += [label, item] if label else [item]
    return "\n".join(lines) + "\n"


# --- the corpus ---------------------------------------------------------------------------------


def _encode(text: str, encoding: str) -> tuple[bytes, str]:
    """Bytes in the chosen encoding; a text the legacy codec cannot hold falls back to utf-8."""
    try:
        return text.encode(encoding), encoding
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def generate(out_dir: str | Path, n_articles: int, seed: int = 0) -> dict:
    """Write raw files holding about n_articles articles under out_dir; return counts.

    File names say the format and encoding (`000/000123-rss.gb18030.md`), so a benchmark can
    decode them without detection. The counts are also written to out_dir/.synth.json.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pools = _pools(SEEDS)
    s2t = opencc.OpenCC("s2t")
    stats = {
        "version": SYNTH_VERSION,
        "seed": seed,
        "requested": n_articles,
        "articles": 0,
        "files": 0,
        "bytes": 0,
        "reposts": 0,
        "formats": Counter(),
        "encodings": Counter(),
    }
    recent: list[dict] = []  # the last few articles, for reposts
    n = 0
    while stats["articles"] < n_articles:
        left = n_articles - stats["articles"]
        fmt = _pick(rng, _FORMATS)
        if fmt == "list" and left < 10:
            fmt = "text"
        if fmt == "list":
            page = _list_items(pools, rng, min(left, rng.randint(10, 25)))
            text, script, count = _list_page(page, rng), page["script"], len(page["items"])
        else:
            if recent and rng.random() < _REPOST_P:
                a = _repost(rng.choice(recent), rng)
                stats["reposts"] += 1
            else:
                a = _article(pools, rng)
                recent = [*recent[-63:], a]
            script, count = a["script"], 1
            encoding = _pick(rng, _ENCODINGS[script])
            if fmt == "html":
                text = _html_page(a, n, encoding.replace("-sig", ""))
            elif fmt == "fragment":
                text = _html_fragment(a, n)
            elif fmt == "rss":
                text = _rss(a, n)
            else:
                text = _text(a, n, rng)
        if fmt == "list":
            encoding = _pick(rng, _ENCODINGS[script])
        if script == "hant":  # page furniture is written in simplified; a Taiwan site's is not
            text = s2t.convert(text)
        data, encoding = _encode(text, encoding)
        path = out / f"{n // _FILES_PER_DIR:04d}" / f"{n:07d}-{fmt}.{encoding}.{_EXT[fmt]}"
        if n % _FILES_PER_DIR == 0:
            path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        n += 1
        stats["files"] += 1
        stats["articles"] += count
        stats["bytes"] += len(data)
        stats["formats"][fmt] += 1
        stats["encodings"][encoding] += 1
    stats["formats"] = dict(sorted(stats["formats"].items()))
    stats["encodings"] = dict(sorted(stats["encodings"].items()))
    (out / MANIFEST).write_text(json.dumps(stats, ensure_ascii=False, indent=1), "utf-8")
    return stats


def encoding_of(path: str | Path) -> str:
    """The encoding a generated file was written in, from its name."""
    return Path(path).name.split(".")[-2]
