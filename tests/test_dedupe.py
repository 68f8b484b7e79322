"""Story signatures: the written-out MinHash must give datasketch's values exactly."""

import random
import zlib

from datasketch import MinHash

from peninsula import dedupe


def datasketch_values(shingles: list[bytes]) -> list[int]:
    m = MinHash(num_perm=dedupe.NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
    m.update_batch(shingles)
    return [int(v) for v in m.hashvalues]


def test_minhash_equals_datasketch():
    rng = random.Random(0)
    alphabet = "朝鲜韩国美国日本中国俄罗斯金正恩尹锡悦会谈导弹半岛和平abcXYZ0123 "
    for n in (1, 2, 60, 500, 3000):
        shingles = list({"".join(rng.choices(alphabet, k=5)).encode() for _ in range(n)})
        assert dedupe.minhash(shingles) == datasketch_values(shingles)


def test_near_duplicates_share_a_band_and_others_do_not():
    rng = random.Random(1)
    words = [chr(0x4E00 + rng.randrange(2000)) for _ in range(800)]
    text = "".join(words)
    repost = text[:400] + "记者报道" + text[400:]
    other = "".join(rng.sample(words, len(words)))
    a, b, c = (dedupe.signature(t) for t in (text, repost, other))
    assert set(dedupe.bands(a)) & set(dedupe.bands(b))
    assert dedupe.similarity(dedupe.pack(a), dedupe.pack(b)) >= dedupe.THRESHOLD
    assert dedupe.similarity(dedupe.pack(a), dedupe.pack(c)) < 0.3
    assert dedupe.signature("太短") is None
