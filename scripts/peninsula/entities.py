"""Gazetteer-based entity mentions in Chinese (and some English) news text.

Matching runs on text folded to simplified Chinese (`textnorm.fold`, which keeps character
offsets), with one Aho-Corasick automaton over every alias, leftmost-longest, so that longer
names shadow the short ones inside them (朝鲜半岛 over 朝鲜, 朝中社 over 中朝, 华盛顿邮报 over
华盛顿). Two things a plain alias list cannot do are handled by rule:

* runs of one-character country abbreviations (美韩, 韩美日, 中朝, 俄乌 ...) name each country,
  but only when at least two stand together and neither end is glued to a neighbouring word
  (27日美韩 -> 美韩; 今日中午 -> nothing);
* generic body names (外交部, 国防部, 国务院, 国会 ...) are resolved to the body of the country
  that dominates the document, or dropped when no candidate country is mentioned.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import ahocorasick
import yaml

from peninsula.textnorm import fold

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
DATA_FILE = Path(__file__).parent / "data" / "gazetteer.yml"

# Which JSON column of an article an entity type goes to.
TYPE_GROUP = {
    "person": "people",
    "place": "places",
    "country": "places",
    "organisation": "orgs",
    "outlet": "orgs",
}

# One-character abbreviations that name a country only inside runs such as 美韩 or 韩美日.
ABBREVIATIONS = {
    "中": "china",
    "美": "united-states",
    "日": "japan",
    "韩": "south-korea",
    "朝": "north-korea",
    "俄": "russia",
    "乌": "ukraine",
    "台": "taiwan",
    "英": "united-kingdom",
    "法": "france",
    "德": "germany",
    "印": "india",
    "澳": "australia",
    "越": "vietnam",
    "蒙": "mongolia",
}
_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十〇零两廿卅"
# A run's first abbreviation is dropped when the previous character makes a word with it
# (今日, 27日, 其中, 宪法, 平台, 超越, 港澳 ...).
LEFT_GLUE = {
    "日": _DIGITS + "今昨明当次翌前后每某同本该逐节假生忌终平整全半多几周末旬即择连",
    "中": "其当之心空集期途眼手暗初高谈议话告程习动件划争突机判晤信书文案战报局狱集",
    "法": "宪方做办立司执违合非说想看用语书手算兵刑民税公家变效守依护战打魔佛新",
    "台": "平舞电上下后前讲站阳柜擂炮射烛灯塔楼戏展工操控吧月窗倒出登垮拆搭阵凉观天高阶转机母架",
    "德": "道品美公功仁医武师恩",
    "美": "完优赞审健柔甜精华唯选健",
    "英": "精群菁",
    "印": "打复翻影烙脚手盖刊",
    "越": "超跨穿飞逾优卓翻攀激",
    "澳": "港",
    "朝": "王明清唐今宋元汉历",
    "蒙": "启",
}
# A run's last abbreviation is dropped when it starts a word with the next character
# (日益, 中午, 中东, 法律, 英里, 越来越, 朝着 ...).
RIGHT_GLUE = {
    "日": "益前内后常趋渐夜子报程期落出记历均间晚午起至止光用志",
    "中": "央心午旬期间部东亚文华将校学医途断止转标毒层级型等小",
    "美": "洲女好丽感食景术貌化誉梦",
    "法": "律规案院官治庭人典令理定制宝术子",
    "英": "里文语雄才镑寸尺俊明勇武姿",
    "台": "风上下阶词独",
    "印": "象刷章记花发",
    "越": "来过发野界狱境",
    "澳": "门元洲",
    "蒙": "受面混骗",
    "乌": "云龙鸦黑烟托有",
    "俄": "顷",
    "朝": "着向野代廷夕阳气圣拜晖霞露暮",
    "德": "行性语",
}
# Strings that contain an alias or an abbreviation run but name nothing we track.
BLOCKERS = (
    "统一部署",
    "统一部门",
    "美中不足",
    "中英文",
    "港澳台",
    "美德",
    "中共病毒",
    "石破天惊",
    "集中方",
    "三星上将",
    "三星堆",
    "联合报道",
    "联合报导",
    "中央社会",
    "朝日电视台",
    "朝鲜族",  # China's ethnic Koreans, not North Korea (延边朝鲜族自治州 is Yanbian)
    "北京时间",  # a time zone in datelines, not a mention of the city
)
# Aliases naming two entities at once.
MULTI = {
    "南北韩": ("south-korea", "north-korea"),
    "两韩": ("south-korea", "north-korea"),
    "南北朝鲜": ("south-korea", "north-korea"),
}
# A city before 大学 names a university (北京大学, 华盛顿大学, 上海交通大学), not the place; the
# universities worth tracking are gazetteer entries of their own (首尔大学). Checked on the
# folded (simplified) text.
_UNIVERSITY = re.compile(r"(?:国立|外国语|科技|师范|理工|工业|交通|医科|女子|综合)?大学")
# How far (in characters) around a generic body name to look for its country.
CONTEXT_WINDOW = 150
_DOTS = "·‧・•･"
_LATIN = re.compile(r"[A-Za-z]")
_ALNUM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _ascii_lower(text: str) -> str:
    """Lower-case ASCII only, so string length (and so every offset) stays the same."""
    return _UPPER_RUN.sub(_lower, text)  # (str.translate scans every character in Python)


_UPPER_RUN = re.compile(r"[A-Z]+")


def _lower(m: re.Match) -> str:
    return m.group().lower()


def _fold(text: str) -> str:
    """`textnorm.fold`, falling back to char-by-char if a phrase conversion changed the length."""
    folded = fold(text)
    if len(folded) != len(text):
        folded = "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in text)
    return folded


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[dict, ...]:
    with open(path, encoding="utf-8") as fh:
        return tuple(yaml.load(fh, Loader=_Loader))


def load_gazetteer(path: str | Path | None = None) -> list[dict]:
    """The curated gazetteer (packaged YAML by default); parsed once per path."""
    return list(_load(str(path or DATA_FILE)))


def entity_names(entry: dict) -> list[str]:
    """Every string an entry is known by: English name, both scripts, aliases."""
    names = [entry.get("name"), entry.get("zh_hans"), entry.get("zh_hant")]
    names += entry.get("aliases") or []
    return [str(n) for n in names if n]


def _case_sensitive(alias: str) -> bool:
    """Short all-capital acronyms (US, AP, UN, NIS) must keep their case: 'us' is a pronoun."""
    letters = [c for c in alias if c.isalpha() and c.isascii()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _variants(alias: str) -> set[str]:
    """Folded alias plus its spellings with other middle dots (珍妮·汤恩, 珍妮‧汤恩, 珍妮汤恩)."""
    alias = _fold(alias.strip())
    if not any(d in alias for d in _DOTS):
        return {alias}
    bare = re.sub(f"[{_DOTS}]", "", alias)
    return {re.sub(f"[{_DOTS}]", d, alias) for d in _DOTS} | {bare}


@lru_cache(maxsize=1)
def _index() -> tuple[ahocorasick.Automaton, dict[str, dict], dict[str, list[str]]]:
    """Automaton over all aliases (key: ASCII-lower-cased folded alias), entities by id, and
    generic alias -> candidate ids."""
    entities = {e["id"]: e for e in load_gazetteer()}
    table: dict[str, list[tuple]] = {}
    generic: dict[str, list[str]] = {}

    def add(alias: str, ids: tuple[str, ...], kind: str = "name") -> None:
        for form in _variants(alias):
            if not form or (_LATIN.search(form) and len(form) == 1):
                continue  # a lone Latin letter (X) is only matched through longer aliases
            exact = form if _case_sensitive(form) else None
            table.setdefault(_ascii_lower(form), []).append((ids, exact, kind, form))

    for entry in entities.values():
        for name in entity_names(entry):
            add(name, (entry["id"],))
        for name in entry.get("context_aliases") or []:
            key = _fold(name)
            generic.setdefault(key, []).append(entry["id"])
    for key in generic:
        add(key, (), "generic")
    for blocker in BLOCKERS:
        add(blocker, (), "block")
    for alias, ids in MULTI.items():
        add(alias, ids)

    automaton = ahocorasick.Automaton()
    for key, values in table.items():
        automaton.add_word(key, (len(key), values))
    automaton.make_automaton()
    return automaton, entities, generic


def _candidates(folded: str) -> list[tuple[int, int, tuple, str]]:
    """All valid alias hits as (start, end, ids, kind), before overlap resolution."""
    automaton = _index()[0]
    hits = []
    alnum, n = _ALNUM_CHARS, len(folded)  # a set lookup: this loop runs for every hit
    for end, (length, values) in automaton.iter(_ascii_lower(folded)):
        start, stop = end - length + 1, end + 1
        if folded[start] in alnum and start > 0 and folded[start - 1] in alnum:
            continue
        if folded[end] in alnum and stop < n and folded[stop] in alnum:
            continue
        for ids, exact, kind, _form in values:
            if exact is not None and folded[start:stop] != exact:
                continue
            hits.append((start, stop, ids, kind))
            break
    return hits


def _leftmost_longest(hits: list[tuple]) -> list[tuple]:
    chosen, last_end = [], 0
    for hit in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if hit[0] >= last_end:
            chosen.append(hit)
            last_end = hit[1]
    return chosen


def _abbreviation_runs(folded: str, covered: list[bool]) -> list[tuple[int, int, tuple]]:
    """Runs of ≥2 country abbreviations in text not already claimed by an alias."""
    runs, n = [], len(folded)
    for m in _ABBREVIATION_RUN.finditer(folded):  # only the stretches of abbreviations
        i, end = m.span()
        while i < end:
            if covered[i]:
                i += 1
                continue
            j = i
            while j < end and not covered[j]:
                j += 1
            start, stop = i, j
            if start > 0 and folded[start - 1] in LEFT_GLUE.get(folded[start], ""):
                start += 1
            if stop < n and stop > start and folded[stop] in RIGHT_GLUE.get(folded[stop - 1], ""):
                stop -= 1
            ids = tuple(dict.fromkeys(ABBREVIATIONS[c] for c in folded[start:stop]))
            if len(ids) >= 2:
                runs.append((start, stop, ids))
            i = j
    return runs


_ABBREVIATION_RUN = re.compile(f"[{''.join(ABBREVIATIONS)}]+")


def _resolve_generic(
    hits: list[tuple], entities: dict[str, dict], generic: dict[str, list[str]], folded: str
) -> list[tuple]:
    """Give each generic body name (外交部, 国会 ...) to the candidate whose country is named most
    in the same line within CONTEXT_WINDOW characters (list pages mix countries), nearest first
    on a tie; else the country named most in the whole document; else drop the mention."""

    starts = [h[0] for h in hits]  # hits are sorted: the window is a slice

    def scores(lo: int, hi: int, at: int) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for start, _stop, ids, _kind in hits[bisect_left(starts, lo) : bisect_left(starts, hi)]:
            for eid in ids:  # the slice holds exactly the hits starting in [lo, hi)
                if country := entities.get(eid, {}).get("country"):
                    count, near = found.get(country, (0, -len(folded)))
                    found[country] = (count + 1, max(near, -abs(start - at)))
        return found

    document = scores(0, len(folded), 0)
    out = []
    for start, stop, ids, kind in hits:
        if kind == "generic":
            lo = max(start - CONTEXT_WINDOW, folded.rfind("\n", 0, start) + 1)
            hi = folded.find("\n", stop)
            hi = min(stop + CONTEXT_WINDOW, len(folded) if hi < 0 else hi)
            cands = generic.get(folded[start:stop], [])
            for found in (scores(lo, hi, start), document):
                ranked = sorted((found.get(entities[c].get("country"), (0, 0)), c) for c in cands)
                if ranked and ranked[-1][0][0] > 0:
                    break
            if not ranked or ranked[-1][0][0] == 0:
                continue
            if len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]:
                continue
            ids = (ranked[-1][1],)
        out.append((start, stop, ids, kind))
    return out


def _university(hit: tuple, entities: dict[str, dict], folded: str) -> bool:
    ids = hit[2]
    return (
        len(ids) == 1
        and entities[ids[0]]["type"] == "place"
        and _UNIVERSITY.match(folded, hit[1]) is not None
    )


def extract_mentions(text: str) -> dict[str, dict]:
    """Entity id -> {count, first_offset, surface_forms} for every gazetteer entity in `text`.

    Offsets and surface forms refer to the original (unfolded) text."""
    if not text:
        return {}
    _, entities, generic = _index()
    folded = _fold(text)
    hits = [h for h in _leftmost_longest(_candidates(folded)) if h[3] != "block"]
    covered = [False] * len(folded)
    for start, stop, _ids, _kind in hits:
        covered[start:stop] = [True] * (stop - start)
    hits += [(s, e, ids, "abbrev") for s, e, ids in _abbreviation_runs(folded, covered)]
    hits = _resolve_generic(sorted(hits), entities, generic, folded)
    if "大学" in folded:  # rare: test the hits only then
        hits = [h for h in hits if not _university(h, entities, folded)]

    mentions: dict[str, dict] = {}
    for start, stop, ids, _kind in hits:
        surface = text[start:stop]
        for eid in ids:
            m = mentions.setdefault(eid, {"count": 0, "first_offset": start, "surface_forms": []})
            m["count"] += 1
            m["first_offset"] = min(m["first_offset"], start)
            if surface not in m["surface_forms"]:
                m["surface_forms"].append(surface)
    for m in mentions.values():
        m["surface_forms"].sort()
    return mentions


@lru_cache(maxsize=1)
def _synonym_table() -> dict[str, set[str]]:
    """Lower-cased folded name -> ids of the entities known by it (generated runs excluded)."""
    table: dict[str, set[str]] = {}
    for entry in load_gazetteer():
        for name in entity_names(entry):
            for form in _variants(name):
                table.setdefault(form.lower(), set()).add(entry["id"])
    return table


def synonyms(term: str) -> list[str]:
    """All names of the one entity `term` names (川普 -> 特朗普, 唐纳德·特朗普 ...), for search
    expansion; `[term]` when the term is unknown or ambiguous."""
    key = _fold(term.strip())
    ids = _synonym_table().get(key.lower(), set())
    if len(ids) != 1:
        return [term]
    entry = _index()[1][next(iter(ids))]
    return sorted({_fold(n) for n in entity_names(entry)} | {key, term})


@lru_cache(maxsize=1)
def _offices() -> dict[str, list[tuple[str, str, str | None, str]]]:
    """Title -> (folded name, first day, last day or None, English name) of the officeholders
    the gazetteer gives a term, longest names first."""
    by_title: dict[str, list[tuple[str, str, str | None, str]]] = {}
    for entry in load_gazetteer():
        if not entry.get("office"):
            continue
        title, first, last = entry["office"]
        for name in entity_names(entry):
            key = _fold(name)
            if not _LATIN.search(key):  # an alias holding the title (金总书记) stands alone
                by_title.setdefault("" if title in key else title, []).append(
                    (key, first, last, entry["name"])
                )
    for names in by_title.values():
        names.sort(key=lambda n: -len(n[0]))
    return by_title


def office_terms(text: str) -> list[tuple[str, str | None, str]]:
    """(first day, last day or None, evidence) for each officeholder the text names with the
    title (总统尹锡悦, 尹锡悦总统; never 前总统 or 副总统): the text was written during that
    term. Found from each occurrence of a title, which is rare, not by a scan for every name."""
    if not text:
        return []
    folded = _fold(text)
    out = []
    for alias, first, last, english in _offices().get("", []):
        at = folded.find(alias)
        while at >= 0:
            if folded[at - 1 : at] not in ("前", "副", "原"):
                out.append(_in_office(text[at : at + len(alias)], english, first, last))
                break
            at = folded.find(alias, at + 1)
    holders = [n for title, names in _offices().items() if title for n in names]
    at = folded.find("政府")  # 李在明政府: that government existed, so no earlier than its start
    while at >= 0:
        before_window = folded[max(0, at - 16) : at]
        before = before_window.rstrip()
        for name, first, _, english in holders:
            if before.endswith(name):
                span = text[at - (len(before_window) - len(before)) - len(name) : at + 2]
                out.append((first, None, f"{span} [{english}'s government, from {first}]"))
                break
        at = folded.find("政府", at + 1)
    for title, names in _offices().items():
        if not title:
            continue
        at = folded.find(title)
        while at >= 0:
            stop = at + len(title)
            after_window, before_window = folded[stop : stop + 16], folded[max(0, at - 16) : at]
            after, before = after_window.lstrip(), before_window.rstrip()
            for name, first, last, english in names:
                if after.startswith(name) and folded[at - 1 : at] not in ("前", "副", "原"):
                    span = text[at : stop + len(after_window) - len(after) + len(name)]
                elif before.endswith(name):
                    span = text[at - (len(before_window) - len(before)) - len(name) : stop]
                else:
                    continue
                out.append(_in_office(span, english, first, last))
                break
            at = folded.find(title, at + 1)
    return out


def _in_office(span: str, english: str, first: str, last: str | None) -> tuple:
    """An office term found in the text, with its evidence: 总统尹锡悦 [… in office … to …]."""
    return first, last, f"{span} [{english} in office {first} to {last or 'now'}]"


@lru_cache(maxsize=1)
def _dated_ids() -> frozenset[str]:
    return frozenset(e["id"] for e in load_gazetteer() if e.get("date"))


def dated_bound(mentions: dict[str, dict]) -> tuple[str, str] | None:
    """The newest day among the dated documents and incidents named (the Washington
    Declaration, 2023-04-26), with its evidence: a text that names one cannot be older."""
    entities = _index()[1]
    dated = [(entities[e]["date"], e) for e in mentions.keys() & _dated_ids()]
    if not dated:
        return None
    day, eid = max(dated)
    surface = min(mentions[eid]["surface_forms"], key=str.isascii)  # as the Chinese text has it
    return day, f"{surface} [names the {entities[eid]['name']} of {day}, no earlier]"


def group_names(mentions: dict[str, dict]) -> dict[str, list[str]]:
    """English names per article column (people / places / orgs), in order of first mention."""
    entities = _index()[1]
    groups: dict[str, list[str]] = {"people": [], "places": [], "orgs": []}
    for eid in sorted(mentions, key=lambda e: (mentions[e]["first_offset"], e)):
        entry = entities.get(eid)
        group = TYPE_GROUP.get(entry["type"]) if entry else None
        if group and entry["name"] not in groups[group]:
            groups[group].append(entry["name"])
    return groups
