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
  in Python, which is what makes signatures cheap.
- `assign_stories(batch, known)`: articles are taken in (published_at, article_id)
  order, so the result does not depend on input order. Each joins the story of its most
  similar known or earlier article at or above the threshold (ties: smallest article_id),
  else starts a story of its own. An article already in `known` keeps its story.

Candidates come from banded LSH over the signatures (42 bands of 3 rows: a pair at
Jaccard 0.5 shares a band with probability 0.996, at 0.1 with 0.04; datasketch's own
choice for 0.5, 25 bands of 5, would miss 45% of pairs right at the threshold) and are
then checked against the threshold. The known signatures are indexed in bulk with numpy:
O(n log n) for one sort of n * 42 band keys, ~1.5 s and ~150 MB of arrays at 100k known stories on
one core; each lookup costs O(42 log n + candidates), so a batch never scans `known`.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from transforms.article import Article

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SIMILARITY_THRESHOLD = 0.5
LSH_BANDS, LSH_ROWS = 42, 3
SIGNATURE_BYTES = NUM_PERM * 4

_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?*…-–—/"
_WORD_MIXER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant: a multiplicative hash


@cache
def _permutations() -> np.ndarray:
    """The MinHash permutations for (NUM_PERM, SEED, SCHEME), generated once and shared."""
    from datasketch import MinHash  # imports scipy (about 1 s): only where signatures are made

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash() -> MinHash:
    """An empty MinHash that takes shingles already hashed to uint32."""
    from datasketch import MinHash

    return MinHash(
        num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int, permutations=_permutations()
    )


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
    """The article body's MinHash as `SIGNATURE_BYTES` bytes (128 little-endian uint32)."""
    minhash = _minhash()
    minhash.update_batch(shingle_hashes(article.body).tolist())
    return minhash.hashvalues.astype("<u4").tobytes()


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


# Fewest stories added one by one before they are folded into the sorted arrays.
FOLD_AT_LEAST = 4096


def _band_keys(values: np.ndarray) -> np.ndarray:
    """(n, LSH_BANDS) uint64 keys: each band's rows hashed together with the band number."""
    bands = values[:, : LSH_BANDS * LSH_ROWS].astype(np.uint64).reshape(-1, LSH_BANDS, LSH_ROWS)
    keys = np.broadcast_to(np.arange(LSH_BANDS, dtype=np.uint64), bands.shape[:2]).copy()
    for row in range(LSH_ROWS):
        keys = keys * _WORD_MIXER + bands[:, :, row]
    return keys


class _StoryIndex:
    """Banded LSH over signatures: the known ones in one sorted array, new ones in a dict.

    Known stories are indexed in bulk (one sort of n * LSH_BANDS keys) because a Python
    insert per story, as datasketch's MinHashLSH does, measured ~0.4 ms each: 40 s at 100k.
    """

    def __init__(self, ids: list[str], values: np.ndarray) -> None:
        self._index(ids, values)

    def _index(self, ids: list[str], values: np.ndarray) -> None:
        """Sort every row's band keys; rows added later go to a dict until folded in."""
        self.ids, self.values = ids, values
        self.bulk_size = len(ids)
        keys = _band_keys(values).ravel()
        self.order = np.argsort(keys)  # order among equal keys is irrelevant: rows form a set
        self.sorted_keys = keys[self.order]
        self.added_rows: dict[int, list[int]] = {}  # band key -> rows added one by one
        self.added_values: list[np.ndarray] = []

    def add(self, article_id: str, values: np.ndarray) -> None:
        row = len(self.ids)
        self.ids.append(article_id)
        self.added_values.append(values)
        for key in _band_keys(values[None, :])[0].tolist():
            self.added_rows.setdefault(key, []).append(row)
        if len(self.added_values) >= max(FOLD_AT_LEAST, self.bulk_size // 4):
            self._fold()

    def _fold(self) -> None:
        """Move the added rows into the sorted arrays. The dict costs about 700 MB at 100k
        new stories; folding when it reaches a quarter of the arrays keeps the re-sorts to
        a few times the final size in all."""
        self._index(self.ids, np.vstack([self.values, np.stack(self.added_values)]))

    def nearest(self, values: np.ndarray) -> str | None:
        """The most similar indexed article at or above the threshold (ties: smallest id)."""
        best: tuple[float, str] | None = None
        for row in self._candidates(_band_keys(values[None, :])[0]):
            stored = (
                self.values[row]
                if row < self.bulk_size
                else self.added_values[row - self.bulk_size]
            )
            score = np.count_nonzero(stored == values) / NUM_PERM
            ranked = (-score, self.ids[row])
            if score >= SIMILARITY_THRESHOLD and (best is None or ranked < best):
                best = ranked
        return best[1] if best else None

    def _candidates(self, keys: np.ndarray) -> set[int]:
        """Rows sharing at least one band key with the query."""
        starts = np.searchsorted(self.sorted_keys, keys, side="left")
        stops = np.searchsorted(self.sorted_keys, keys, side="right")
        rows = set()
        for band in np.flatnonzero(stops > starts).tolist():
            rows.update((self.order[starts[band] : stops[band]] // LSH_BANDS).tolist())
        for key in keys.tolist():
            rows.update(self.added_rows.get(key, ()))
        return rows


def _is_empty(values: np.ndarray) -> bool:
    """A body without words: it can be no one's version."""
    return bool((values == np.iinfo(np.uint32).max).all())


def assign_stories(
    batch: Sequence[tuple[str, datetime, bytes]],
    known: Sequence[tuple[str, str, bytes]],
) -> dict[str, str]:
    """article_id -> story_id for every article of `batch`.

    `batch` holds (article_id, published_at, signature) of new articles; `known` holds
    (article_id, story_id, signature) of articles assigned in earlier runs.
    """
    story_of: dict[str, str] = {}
    ids, signatures = [], []
    for article_id, story_id, signature in known:
        if article_id not in story_of:
            _check_length(signature)
            story_of[article_id] = story_id
            ids.append(article_id)
            signatures.append(signature)
    values = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(-1, NUM_PERM)
    index = _StoryIndex(ids, values.astype(np.uint32))
    assigned = {}
    for article_id, _, signature in sorted(batch, key=lambda row: (row[1], row[0])):
        if article_id not in story_of:
            own = _values(signature)
            nearest = None if _is_empty(own) else index.nearest(own)
            story_of[article_id] = story_of[nearest] if nearest else article_id
            if not _is_empty(own):
                index.add(article_id, own)
        assigned[article_id] = story_of[article_id]
    return assigned
