"""Near-duplicate stories: the same report syndicated or reposted gets one story_id.

MinHash (datasketch) over 5-character shingles of the folded body text, with LSH at an
estimated Jaccard similarity of 0.8 or more. Reposts differ only in furniture and a few words,
while different reports on one event share far fewer 5-character runs; 0.8 keeps them apart.
"""

from __future__ import annotations

import re
import zlib

from datasketch import LeanMinHash, MinHash, MinHashLSH

from .textnorm import fold

NUM_PERM = 64
THRESHOLD = 0.8
SHINGLE = 5
# datasketch's permutation scheme, named so cached signatures stay comparable; shingles are
# hashed with CRC-32 (C speed, the same in every process), not datasketch's default SHA-1.
SCHEME = "affine32"
MIN_CHARS = 60  # shorter texts share too little to call them the same story


def _shingles(text: str) -> set[bytes]:
    t = re.sub(r"\W+", "", fold(text).lower())
    return {t[i : i + SHINGLE].encode() for i in range(max(0, len(t) - SHINGLE + 1))}


def with_signature(article: dict) -> dict:
    """Add the article's MinHash signature (a list of ints), or None for a short text."""
    sh = _shingles(article["body"])
    if len(sh) < MIN_CHARS:
        article["minhash"] = None
        return article
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)
    m.update_batch(list(sh))
    article["minhash"] = [int(v) for v in m.hashvalues]
    return article


class Groups:
    """Collect signatures, then group near-duplicates; the earliest report leads its story."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.keys: dict[str, tuple] = {}
        self.parent: dict[str, str] = {}

    def add(self, article: dict, key: tuple) -> None:
        sig = article.get("minhash")
        aid = article["id"]
        self.keys[aid] = key
        if not sig:
            return
        m = LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)
        for other in self.lsh.query(m):
            self._union(aid, other)
        self.lsh.insert(aid, m)

    def _find(self, x: str) -> str:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=lambda i: (self.keys[i], i))
            self.parent[second] = first

    def stories(self) -> dict[str, tuple[str, str | None]]:
        """article id -> (story_id, duplicate_of); the earliest member is the story id."""
        out = {}
        for aid in self.parent:
            root = self._find(aid)
            out[aid] = (root, root)
            out.setdefault(root, (root, None))
        return out
