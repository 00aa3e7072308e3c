"""Tone: GDELT-style emotional tone of each article, from the VADER lexicon.

Grain: one row per article (the tone columns of `articles`).

The dictionary is `vader_lexicon.txt` as shipped inside the `vaderSentiment` package
(about 7,500 words and emoticons, each with the mean valence that raters gave it on a
-4..+4 scale), read once per process. Words are the body's whitespace-separated tokens
that hold a letter or digit, the same words `Article.word_count` counts, lowercased and
stripped of surrounding punctuation.

- A word carries tone when its valence is at least `MIN_VALENCE` in size. Milder entries
  (`important` 0.8, `challenges` 0.3, `exclusive` 0.5) are mostly wire boilerplate.
- Negation: a toned word within `NEGATION_WINDOW` words after one of VADER's own negation
  words (`not`, `never`, `without`, `didn't`...) counts on the opposite side.
- `positive_score` / `negative_score`: percent of words with positive / negative tone.
- `tone` = positive_score - negative_score (GDELT's Tone, -100..+100).
- `polarity` = positive_score + negative_score: the percent of words carrying any tone,
  GDELT's Polarity, a measure of how emotionally charged the text is.
An article without words scores 0 on every column. Only English is scored: on another
language the English lexicon would find a few stray matches and read as near-neutral, so
those articles get NULL in all four columns instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

import pyarrow as pa
from vaderSentiment.vaderSentiment import NEGATE

from transforms.article import Article, words_of

TONE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("tone", pa.float64()),  # NULL when the article is not in English
        pa.field("positive_score", pa.float64()),
        pa.field("negative_score", pa.float64()),
        pa.field("polarity", pa.float64()),
    ]
)

LANGUAGE = "en"
MIN_VALENCE = 1.0
NEGATION_WINDOW = 3  # VADER looks three words back for a negation too

_NEGATIONS = frozenset(NEGATE)
_UNSCORED = (None, None, None, None)
_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?*…-–—/"


@cache
def _valence() -> dict[str, float]:
    """Word -> mean valence for the lexicon words that carry tone, read once."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    valence = {}
    for line in text.splitlines():
        word, mean, *_ = line.split("\t")
        if abs(float(mean)) >= MIN_VALENCE:
            valence[word] = float(mean)
    return valence


def score_tone(articles: Iterable[Article]) -> pa.Table:
    """One row per article: tone, positive_score, negative_score and polarity in percent."""
    columns: dict[str, list] = {name: [] for name in TONE_SCHEMA.names}
    for article in articles:
        scored = article.language == LANGUAGE
        tone, positive, negative, polarity = article_tone(article.body) if scored else _UNSCORED
        columns["article_id"].append(article.article_id)
        columns["tone"].append(tone)
        columns["positive_score"].append(positive)
        columns["negative_score"].append(negative)
        columns["polarity"].append(polarity)
    return pa.Table.from_pydict(columns, schema=TONE_SCHEMA)


def article_tone(body: str) -> tuple[float, float, float, float]:
    """(tone, positive_score, negative_score, polarity) of one body, in percent of words."""
    valence = _valence()
    words = [token.strip(_PUNCTUATION).replace("’", "'").lower() for token in words_of(body)]
    positive = negative = 0
    last_negation = -NEGATION_WINDOW - 1
    for position, word in enumerate(words):
        if word in _NEGATIONS:
            last_negation = position
            continue
        value = valence.get(word)
        if value is None:
            continue
        if position - last_negation <= NEGATION_WINDOW:
            value = -value
        if value > 0:
            positive += 1
        else:
            negative += 1
    if not words:
        return 0.0, 0.0, 0.0, 0.0
    positive_score = 100.0 * positive / len(words)
    negative_score = 100.0 * negative / len(words)
    return (
        positive_score - negative_score,
        positive_score,
        negative_score,
        positive_score + negative_score,
    )
