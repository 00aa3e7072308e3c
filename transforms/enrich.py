"""Enrich a batch of articles: one statistical NER pass, then every rule-based extractor.

The spaCy model runs once per article over the whole batch (it sets the pipeline's speed);
every other enrichment reads its output or the text. `ner="rules"` skips the model for
bulk backfills.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from transforms.article import Article

STORY_SIGNATURES_SCHEMA = pa.schema(
    [("article_id", pa.string(), False), ("signature", pa.binary(), False)]
)


@dataclass
class Enrichment:
    """The enrichment datasets of one batch, each an Arrow table with a declared schema."""

    entities: pa.Table
    mentions: pa.Table
    quotes: pa.Table
    mentioned_dates: pa.Table
    keywords: pa.Table
    topics: pa.Table
    tone: pa.Table
    datelines: pa.Table
    story_signatures: pa.Table
    seconds: dict[str, float] = field(default_factory=dict)

    def datasets(self) -> dict[str, pa.Table]:
        """The tables published as datasets of their own (tone and datelines join articles)."""
        return {
            "entities": self.entities,
            "mentions": self.mentions,
            "quotes": self.quotes,
            "mentioned_dates": self.mentioned_dates,
            "keywords": self.keywords,
            "topics": self.topics,
            "story_signatures": self.story_signatures,
        }


class TransformError(RuntimeError):
    """A transform raised; `stage` names it (`entities`, `quotes`...) for the quarantine."""

    def __init__(self, stage: str) -> None:
        super().__init__(f"{stage} failed")
        self.stage = stage


class _Stopwatch:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def run(self, stage: str, fn, *args):
        start = time.perf_counter()
        try:
            result = fn(*args)
        except TimeoutError:
            raise  # the batch's time limit (flows.pipeline), not a fault of this stage
        except Exception as error:
            raise TransformError(stage) from error
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
        return result


def enrich(articles: Sequence[Article], ner: str = "model") -> Enrichment:
    """All enrichments of a batch; `ner` is `model` (spaCy + rules) or `rules` (no model)."""
    from transforms import entities, keywords, mentioned_dates, quotes, stories, tone, topics

    clock = _Stopwatch()
    entity_table, mention_table = _entities(articles, ner, clock)
    datelines = clock.run("entities", entities.geocode_datelines, articles)
    quote_table = clock.run("quotes", quotes.extract_quotes, articles, mention_table, entity_table)
    date_table = clock.run("dates", mentioned_dates.extract_mentioned_dates, articles)
    keyword_table = clock.run("keywords", keywords.extract_keywords, articles, mention_table)
    topic_table = clock.run("topics", topics.classify_topics, articles)
    tone_table = clock.run("tone", tone.score_tone, articles)
    signatures = clock.run("stories", _signatures, articles, stories.story_signature)
    return Enrichment(
        entities=entity_table,
        mentions=mention_table,
        quotes=quote_table,
        mentioned_dates=date_table,
        keywords=keyword_table,
        topics=topic_table,
        tone=tone_table,
        datelines=datelines,
        story_signatures=signatures,
        seconds=clock.seconds,
    )


def _entities(articles: Sequence[Article], ner: str, clock: _Stopwatch):
    """(entities, mentions): rules alone, or the model's Docs read inside its memory zone."""
    from transforms import entities

    if ner != "model":
        return clock.run("entities", entities.extract_entities, articles, None)
    from transforms.entities import ner as ner_model

    with ner_model.memory_zone():  # the Docs' strings go with the batch
        docs = clock.run("ner", ner_model.recognize, [article.body for article in articles])
        return clock.run("entities", entities.extract_entities, articles, docs)


def _signatures(articles: Sequence[Article], signature_of) -> pa.Table:
    return pa.table(
        {
            "article_id": [article.article_id for article in articles],
            "signature": [signature_of(article) for article in articles],
        },
        schema=STORY_SIGNATURES_SCHEMA,
    )
