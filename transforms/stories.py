"""Stories: `story_id` groups the versions of one story across files and runs.

Grain: one `story_id` per article. A story's id is the article_id of its first version.

Two versions are the same story when the estimated Jaccard similarity of their bodies'
word 5-shingles is at least `SIMILARITY_THRESHOLD` (0.5). An update that adds a
paragraph and edits a few words, or a new lead on the same copy, stays well above it
(typically 0.7-0.9); two different reports on one event share only stock phrases and
stay near 0. A short brief and its long expansion can fall below it: Jaccard compares
the whole of both texts.

- `story_signature(article)`: a datasketch MinHash (128 permutations, seed 1, the
  `affine32` scheme) of the lowercased body's 5-word shingles, serialised as 128
  little-endian uint32 values (512 bytes). The pipeline stores it, so later runs compare
  new articles against old stories without re-reading old bodies. Shingles are hashed
  with numpy (a CRC-32 per word, combined over five words) rather than SHA-1 per shingle
  in Python, and the MinHash is computed with numpy from datasketch's permutations rather
  than by its `update_batch` (a Python call per shingle), about half the time.
  datasketch itself is used only by the tests that hold these values equal to its own.
- `assign_stories(batch, known)`: articles are taken in (published_at, article_id)
  order, so the result does not depend on input order. Each joins the story of its most
  similar known or earlier article at or above the threshold (ties: smallest article_id),
  else starts a story of its own. An article already in `known` keeps its story; a new
  empty body starts its own and is no one's candidate.

Candidates come from banded LSH over the signatures (42 bands of 3 rows: a pair at
Jaccard 0.5 shares a band with probability 0.996, at 0.1 with 0.04; datasketch's own
choice for 0.5, 25 bands of 5, would miss 45% of pairs right at the threshold) and are
then checked against the threshold, all in numpy: one sort of the band keys of known and
new articles; each new article paired with the known and earlier ones sharing a key
(known ones are never paired among themselves); the pairs scored a chunk at a time; the
best partner of each kept; then one pass in order follows partners to story ids. The
cost grows with the pairs: k versions sharing every band make k^2 / 2 pairs, each found
once per band; memory stays bounded: the pairs are made a chunk of rows at a time.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import cache

import numpy as np

from transforms.article import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SIMILARITY_THRESHOLD = 0.5
LSH_BANDS, LSH_ROWS = 42, 3
SIGNATURE_BYTES = NUM_PERM * 4

_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?*…-–—/"
_WORD_MIXER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant: a multiplicative hash
_EMPTY = np.iinfo(np.uint32).max  # every value of an empty set's MinHash


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The MinHash permutations (a, b) datasketch draws for (NUM_PERM, SEED, SCHEME): numpy's
    RandomState(SEED) draws the odd multipliers a, then the offsets b, below 2^32.

    Drawn here, as datasketch does, rather than by `datasketch.MinHash`: importing
    datasketch imports scipy, a heavy import in every worker and in a small run's process.
    A test holds the two equal."""
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which affine32 applies to each input hash first."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


def shingle_hashes(body: str) -> np.ndarray:
    """32-bit hashes of the body's lowercased word 5-shingles (the whole text if shorter)."""
    words = [word for word in (token.strip(_PUNCTUATION) for token in body.lower().split()) if word]
    if not words:
        return np.empty(0, np.uint32)
    crc = np.fromiter(map(zlib.crc32, map(str.encode, words)), np.uint64, len(words))
    size = min(SHINGLE_WORDS, len(words))
    count = len(words) - size + 1
    shingles = np.zeros(count, np.uint64)
    for offset in range(size):  # polynomial hash over each run of `size` words
        shingles = shingles * _WORD_MIXER + crc[offset : offset + count]
    return ((shingles >> np.uint64(32)) ^ (shingles & np.uint64(0xFFFFFFFF))).astype(np.uint32)


def story_signature(article: Article) -> bytes:
    """The article body's MinHash as `SIGNATURE_BYTES` bytes (128 little-endian uint32).

    The values datasketch's `MinHash.update_batch` computes for scheme affine32, without
    its Python call per shingle: min over shingles of a * fmix32(hash) + b mod 2^32 per
    permutation; a body without words keeps the initial all-uint32-max values."""
    hashes = shingle_hashes(article.body)
    if not len(hashes):
        return np.full(NUM_PERM, _EMPTY, "<u4").tobytes()
    a, b = _permutations()
    # One row per permutation: the min then runs along contiguous memory (~30% faster).
    return (a[:, None] * _fmix32(hashes) + b[:, None]).min(axis=1).astype("<u4").tobytes()


def story_signatures(articles: Sequence[Article]) -> list[bytes]:
    """`story_signature` for each article of a batch, in order."""
    return [story_signature(article) for article in articles]


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(_values(first) == _values(second))) / NUM_PERM


def _values(signature: bytes) -> np.ndarray:
    _check_length(signature)
    return np.frombuffer(signature, dtype="<u4").astype(np.uint32)


def _check_length(signature: bytes) -> None:
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError(f"story signature of {len(signature)} bytes, expected {SIGNATURE_BYTES}")


def _band_keys(values: np.ndarray) -> np.ndarray:
    """(n, LSH_BANDS) uint64 keys: each band's rows hashed together with the band number."""
    keys = np.broadcast_to(np.arange(LSH_BANDS, dtype=np.uint64), (len(values), LSH_BANDS)).copy()
    for row in range(LSH_ROWS):  # the row-th value of every band: a strided view, no copy
        keys = keys * _WORD_MIXER + values[:, row : LSH_BANDS * LSH_ROWS : LSH_ROWS]
    return keys


# Pairs made and scored at a time: bounds the arrays (a scored pair gathers 1 KB of values).
PAIRS_PER_CHUNK = 200_000


def _earlier_pairs(values: np.ndarray, first_new: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(row, partner) for each row >= first_new and each earlier row sharing a band key with
    it, each pair once, in chunks of whole rows of about PAIRS_PER_CHUNK pairs before
    deduplication (a row alone can exceed it: up to LSH_BANDS pairs per earlier row)."""
    keys = _band_keys(values).ravel()  # row-major: entry e is row e // LSH_BANDS
    # Sort the keys with each entry's number in the low bits: equal keys come out in entry
    # (so row) order, and np.sort is ~10x faster than argsort on uint64. Cutting those bits
    # can put different keys in one group: pairs are checked against the full keys below.
    bits = np.uint64(max(len(keys) - 1, 1).bit_length())
    tagged = np.sort(keys >> bits << bits | np.arange(len(keys), dtype=np.uint64))
    order = (tagged & ((np.uint64(1) << bits) - np.uint64(1))).astype(np.int64)
    groups = tagged >> bits
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    del tagged, groups
    position = np.empty_like(order)
    position[order] = np.arange(len(order))
    group_start = np.repeat(starts, np.diff(np.r_[starts, len(order)]))[position]  # per entry
    earlier = position - group_start  # entries before this one in its group
    del position
    # Only new rows look up: known rows sharing keys cost nothing among themselves.
    earlier[: first_new * LSH_BANDS] = 0
    pairs_before = np.r_[0, np.cumsum(earlier.reshape(-1, LSH_BANDS).sum(axis=1))]
    low, rows = first_new, len(values)
    while low < rows:
        limit = pairs_before[low] + PAIRS_PER_CHUNK
        high = max(low + 1, int(np.searchsorted(pairs_before, limit, "right")) - 1)
        entries = slice(low * LSH_BANDS, high * LSH_BANDS)
        counts = earlier[entries]
        offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        partners = order[np.repeat(group_start[entries], counts) + offsets]
        queries = np.repeat(np.arange(entries.start, entries.stop), counts)
        # The full keys must match, and a partner must be an earlier row (a row's own
        # bands share a key only by a 64-bit collision; this rules it out).
        shared = (keys[queries] == keys[partners]) & (partners // LSH_BANDS < queries // LSH_BANDS)
        # A pair sharing several bands, once (sort and compare: np.unique is 40x slower here).
        pairs = np.sort(queries[shared] // LSH_BANDS * rows + partners[shared] // LSH_BANDS)
        pairs = pairs[np.diff(pairs, prepend=-1) > 0]
        yield pairs // rows, pairs % rows
        low = high


def _best_partners(values: np.ndarray, first_new: int, ids: list[str]) -> list[int]:
    """For each row from first_new on, its most similar earlier row at or above the
    threshold (ties: smallest article_id), or -1; -1 for the rows before."""
    rows = len(values)
    by_id = np.array(sorted(range(rows), key=ids.__getitem__), dtype=np.int64)
    id_rank = np.empty(rows, np.int64)
    id_rank[by_id] = np.arange(rows)
    # One code ranks a row's candidates: fewest differing values, then smallest article_id.
    none = np.iinfo(np.int64).max
    best = np.full(rows, none)
    for queries, partners in _earlier_pairs(values, first_new):
        for start in range(0, len(queries), PAIRS_PER_CHUNK):  # one row's pairs can be many
            query = queries[start : start + PAIRS_PER_CHUNK]
            partner = partners[start : start + PAIRS_PER_CHUNK]
            same = np.count_nonzero(values[query] == values[partner], axis=1)
            close = same / NUM_PERM >= SIMILARITY_THRESHOLD
            code = (NUM_PERM - same[close]) * rows + id_rank[partner[close]]
            np.minimum.at(best, query[close], code)
    return np.where(best < none, by_id[best % rows], -1).tolist()


def _is_empty(values: np.ndarray) -> np.ndarray:
    """Rows of bodies without words: they can be no one's version."""
    return (values == _EMPTY).all(axis=1)


def assign_stories(
    batch: Sequence[tuple[str, datetime, bytes]],
    known: Sequence[tuple[str, str, bytes]],
) -> dict[str, str]:
    """article_id -> story_id for every article of `batch`.

    `batch` holds (article_id, published_at, signature) of new articles; `known` holds
    (article_id, story_id, signature) of articles assigned in earlier runs.
    """
    story_of: dict[str, str] = {}
    signatures = []
    for article_id, story_id, signature in known:
        if article_id not in story_of:
            _check_length(signature)
            story_of[article_id] = story_id
            signatures.append(signature)
    first_new = len(story_of)
    ordered = sorted(batch, key=lambda row: (row[1], row[0]))
    for article_id, _, signature in ordered:
        if article_id not in story_of:
            _check_length(signature)
            story_of[article_id] = article_id  # a story of its own, unless it joins one below
            signatures.append(signature)
    values = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(-1, NUM_PERM)
    # A new empty body neither looks up nor is looked up (a known one stays indexed).
    indexed = np.r_[np.ones(first_new, bool), ~_is_empty(values[first_new:])]
    values = values[indexed]
    ids = [article_id for article_id, kept in zip(story_of, indexed.tolist()) if kept]
    parents = _best_partners(values, first_new, ids)
    for row in range(first_new, len(ids)):  # parents come earlier: one pass resolves chains
        if parents[row] >= 0:
            story_of[ids[row]] = story_of[ids[parents[row]]]
    return {article_id: story_of[article_id] for article_id, _, _ in ordered}
