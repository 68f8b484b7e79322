"""Near-duplicate stories: the same report syndicated or reposted gets one story_id.

MinHash (datasketch's "affine32" scheme, 64 permutations) over 5-character shingles of the
folded text. Candidates share one of 8 bands of 8 hash values (LSH, whose threshold curve turns
near 0.77); a pair is the same story when the estimated Jaccard similarity is 0.8 or more.
Reposts differ only in furniture and a few words, while two reports of one event share far fewer
5-character runs, so 0.8 keeps them apart.

The bands and signatures live in the database (story_bands, story_signatures), so a rebuild
after one changed file regroups only the stories it touches.
"""

from __future__ import annotations

import re
import struct
import zlib

import numpy as np

from .textnorm import fold

NUM_PERM = 64
BANDS, ROWS = 8, 8
THRESHOLD = 0.8
SHINGLE = 5
MIN_SHINGLES = 60  # shorter texts share too little to call them the same story
# MinHash as datasketch computes it with scheme="affine32", seed 1 and CRC-32 shingle hashes (C
# speed, the same in every process), written out here: importing datasketch pulls in scipy, which
# cost every build 0.6 s however small. tests/test_dedupe.py checks the values equal datasketch's.
_rng = np.random.RandomState(1)
_A = _rng.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _rng.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer: spreads the CRC-32 values before the affine permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def minhash(shingles: list[bytes]) -> list[int]:
    """The smallest value of each permutation a*h+b (mod 2^32) over the shingles' hashes."""
    h = _fmix32(np.fromiter(map(zlib.crc32, shingles), dtype=np.uint32, count=len(shingles)))
    return (h[:, None] * _A + _B).min(axis=0).tolist()


def signature(text: str) -> list[int] | None:
    """The MinHash signature of a text, or None when it is too short to compare."""
    t = re.sub(r"\W+", "", fold(text).lower())
    shingles = {t[i : i + SHINGLE].encode() for i in range(max(0, len(t) - SHINGLE + 1))}
    if len(shingles) < MIN_SHINGLES:
        return None
    return minhash(list(shingles))


def bands(sig: list[int]) -> list[int]:
    """One integer per band (band number, CRC-32 of its values): articles sharing any band are
    candidate duplicates; a chance CRC collision is caught by the similarity check."""
    return [
        (b << 32) | zlib.crc32(struct.pack(f"<{ROWS}Q", *sig[b * ROWS : (b + 1) * ROWS]))
        for b in range(BANDS)
    ]


def pack(sig: list[int]) -> bytes:
    return struct.pack(f"<{NUM_PERM}Q", *sig)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    va, vb = struct.unpack(f"<{NUM_PERM}Q", a), struct.unpack(f"<{NUM_PERM}Q", b)
    return sum(x == y for x, y in zip(va, vb, strict=True)) / NUM_PERM


def regroup(db, affected: set[str] | None = None) -> None:
    """Recompute story_id and duplicate_of for the stories that `affected` articles belong to
    (all articles when None). The earliest report (by date, then source path and item) leads.

    None is for a fresh load, where every article is still its own story (as inserted): only
    articles in a verified pair are read and written, so memory does not grow with the corpus."""
    if affected is None:
        pairs = []
        candidates = db.execute(_CANDIDATES)
        while chunk := candidates.fetchmany(50_000):  # reposts make many: never all at once
            pairs += _verified(db, chunk)
        members = {x for pair in pairs for x in pair}
    elif affected:
        members = _components(db, set(affected))
        pairs = _pairs(db, members)
    else:
        return
    keys = _keys(db, members)
    story = {a: a for a in members}
    for component in _union(members, pairs).values():
        head = min(component, key=lambda i: keys[i])
        for a in component:
            story[a] = head
    db.conn.executemany(
        "update articles set story_id = ?, duplicate_of = ? where id = ?",
        [(s, None if s == a else s, a) for a, s in story.items()],
    )


def rows_for(db, sql: str, ids, *, repeat: int = 1) -> list[tuple]:
    """Run `sql`, whose `{q}` stands for a list of placeholders (used `repeat` times), over ids
    in chunks of 500: SQLite limits the number of parameters of one statement."""
    ids = sorted(ids)
    rows: list[tuple] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        q = ",".join("?" * len(chunk))
        rows += db.execute(sql.format(q=q), chunk * repeat).fetchall()
    return rows


_NEIGHBOURS = (
    "select a.article_id, b.article_id from story_bands a"
    " join story_bands b on b.band = a.band and b.article_id != a.article_id"
)


# every candidate pair once (a < b), for a fresh load
_CANDIDATES = (
    "select distinct a.article_id, b.article_id from story_bands a"
    " join story_bands b on b.band = a.band and b.article_id > a.article_id"
)


def _neighbours(db, ids: set[str]) -> list[tuple[str, str]]:
    return rows_for(db, _NEIGHBOURS + " where a.article_id in ({q})", ids)


def _components(db, seeds: set[str]) -> set[str]:
    """The articles whose story may change: the seeds, their old story-mates, and everything
    reachable from them through pairs that pass the similarity check (never through mere
    candidates, which would pull in much of the corpus)."""
    stories = {r[0] for r in rows_for(db, "select story_id from articles where id in ({q})", seeds)}
    found = set(seeds) | {
        r[0] for r in rows_for(db, "select id from articles where story_id in ({q})", stories)
    }
    frontier = set(found)
    while frontier:
        nxt = {b for a, b in _verified(db, _neighbours(db, frontier))} - found
        found |= nxt
        frontier = nxt
    return {r[0] for r in rows_for(db, "select id from articles where id in ({q})", found)}


def _pairs(db, members: set[str]) -> list[tuple[str, str]]:
    """Pairs among members that pass the similarity check."""
    pairs = _verified(db, _neighbours(db, members))
    return [(a, b) for a, b in pairs if a < b and b in members]


def _verified(db, candidates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Candidate pairs whose signatures agree at the threshold."""
    candidates = sorted(set(candidates))
    needed = {x for pair in candidates for x in pair}
    sql = "select article_id, signature from story_signatures where article_id in ({q})"
    sigs = dict(rows_for(db, sql, needed))
    return [(a, b) for a, b in candidates if similarity(sigs[a], sigs[b]) >= THRESHOLD]


def _keys(db, members: set[str]) -> dict[str, tuple]:
    sql = (
        "select articles.id, published, published_earliest, sources.path, item"
        " from articles join sources on sources.id = articles.source_id"
        " where articles.id in ({q})"
    )
    return {
        aid: (published or earliest or "", path, item, aid)
        for aid, published, earliest, path, item in rows_for(db, sql, members)
    }


def _union(members: set[str], pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    parent = {a: a for a in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in sorted(pairs):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for a in members:
        groups.setdefault(find(a), []).append(a)
    return groups
