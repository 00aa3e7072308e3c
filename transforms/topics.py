"""Topics: which IPTC Media Topics (the 17 top-level `medtop:` codes) an article is about.

Grain: one row per (article, topic), at most `MAX_TOPICS` per article, best first.
Only English articles are classified (the lexicon is English); others get no rows.

Method: a curated term lexicon per topic (`data/iptc_topics.json`, 40-110 lowercase terms
each: words, stems ending in `*`, and phrases of consecutive words whose first word is
exact), counted in the body.

- Every body word (and phrase starting at it) that matches a topic's lexicon is one hit
  for that topic; a word matching several terms of one topic still counts once.
- `score` = hits per 100 body words, so long and short articles compare.
- A topic matched by one word only, however often (`team` in a story about a medical
  team), is left out when any topic has `MIN_DISTINCT_TERMS` different words.
- A topic is kept when its score is at least `MIN_SCORE` and at least `MIN_SHARE` of the
  best topic's score; at most `MAX_TOPICS` are kept, ties broken by code. The best topic
  is always kept when any term matched, so only articles with no hit have no topic.

Labels are IPTC's en-GB preferred labels; `politics` became `politics and government`
in the 2025 release of the vocabulary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

import pyarrow as pa

from transforms.article import Article

TOPICS_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("topic_code", pa.string(), nullable=False),
        pa.field("topic_label", pa.string(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
    ]
)

LANGUAGE = "en"
MIN_SCORE = 1.0  # lexicon hits per 100 words: one topical term in a 100-word brief
MIN_SHARE = 0.4  # of the best topic's score: secondary topics must be substantial too
MAX_TOPICS = 3
MIN_DISTINCT_TERMS = 2  # different lexicon words a topic needs (one repeated word is not)

_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


class _Lexicon:
    """The topic term lists, indexed for matching one body word at a time."""

    def __init__(self, topics: dict[str, dict]) -> None:
        self.codes = sorted(topics)
        self.labels = [topics[code]["label"] for code in self.codes]
        self.words: dict[str, set[int]] = {}  # exact word -> topic indexes
        self.stems: dict[str, set[int]] = {}  # word prefix -> topic indexes
        self.phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # by first word
        for index, code in enumerate(self.codes):
            for term in topics[code]["terms"]:
                parts = tuple(term.split())
                if len(parts) > 1:
                    self.phrases.setdefault(parts[0].rstrip("*"), []).append((parts, index))
                elif term.endswith("*"):
                    self.stems.setdefault(term[:-1], set()).add(index)
                else:
                    self.words.setdefault(term, set()).add(index)
        self.stem_lengths = sorted({len(stem) for stem in self.stems})
        # News vocabulary repeats, so probing every stem length once per distinct word pays.
        self.word_topics = lru_cache(maxsize=1 << 18)(self._word_topics)

    def _word_topics(self, word: str) -> frozenset[int]:
        """Topics whose single-word terms match `word` (exactly or by stem)."""
        found = set(self.words.get(word, ()))
        for length in self.stem_lengths:
            if length > len(word):
                break
            found.update(self.stems.get(word[:length], ()))
        return frozenset(found)

    def phrase_topics(self, words: list[str], start: int) -> set[int]:
        """Topics with a phrase term matching the words from `start` on."""
        found = set()
        for parts, index in self.phrases.get(words[start], ()):
            following = words[start : start + len(parts)]
            if len(following) == len(parts) and all(
                _term_matches(part, word) for part, word in zip(parts, following, strict=True)
            ):
                found.add(index)
        return found


def _term_matches(term: str, word: str) -> bool:
    return word.startswith(term[:-1]) if term.endswith("*") else word == term


@cache
def _lexicon() -> _Lexicon:
    """The packaged lexicon, read once per process."""
    text = resources.files("transforms").joinpath("data/iptc_topics.json").read_text("utf-8")
    return _Lexicon(json.loads(text)["topics"])


def classify_topics(articles: Iterable[Article]) -> pa.Table:
    """One row per (article, topic) kept for it, best first."""
    lexicon = _lexicon()
    columns: dict[str, list] = {"article_id": [], "topic_code": [], "topic_label": [], "score": []}
    for article in articles:
        if article.language != LANGUAGE:
            continue
        for index, score in _kept_topics(article.body):
            columns["article_id"].append(article.article_id)
            columns["topic_code"].append(lexicon.codes[index])
            columns["topic_label"].append(lexicon.labels[index])
            columns["score"].append(score)
    return pa.Table.from_pydict(columns, schema=TOPICS_SCHEMA)


def topic_codes(body: str) -> list[str]:
    """The codes of the topics kept for one body, best first."""
    codes = _lexicon().codes
    return [codes[index] for index, _ in _kept_topics(body)]


# The entity rules ask a batch's topics before this stage classifies them: one count each
# (a batch is at most a few hundred articles).
@lru_cache(maxsize=1024)
def _kept_topics(body: str) -> tuple[tuple[int, float], ...]:
    return tuple(article_topics(body))


def article_topics(body: str, lexicon: _Lexicon | None = None) -> list[tuple[int, float]]:
    """(topic index, score) pairs kept for one body, best first."""
    lexicon = lexicon or _lexicon()
    words = _WORD.findall(body.lower())
    hits = [0] * len(lexicon.codes)
    terms: list[set[str]] = [set() for _ in lexicon.codes]
    for start, word in enumerate(words):
        matched = lexicon.word_topics(word)
        if word in lexicon.phrases:
            matched = matched | lexicon.phrase_topics(words, start)
        for index in matched:
            hits[index] += 1
            terms[index].add(word)
    # One word said again and again (`team` in a story about a medical team) is a passing
    # use, not a subject: a topic needs `MIN_DISTINCT_TERMS` different words of its own,
    # unless no topic has them.
    varied = [len(found) >= MIN_DISTINCT_TERMS for found in terms]
    if not any(varied):
        varied = [True] * len(hits)
    ranked = sorted(
        (
            (100.0 * count / len(words), index)
            for index, count in enumerate(hits)
            if count and varied[index]
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    if not ranked:
        return []
    best = ranked[0][0]
    kept = [
        (index, score)
        for score, index in ranked[:MAX_TOPICS]
        if score >= MIN_SCORE and score >= MIN_SHARE * best
    ]
    return kept or [(ranked[0][1], best)]
