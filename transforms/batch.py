"""One batch of raw files into every dataset: parse, normalize, enrich, with no I/O.

Every file of the batch gets exactly one outcome. A rule that raises on one article (a
bug met in real copy) must not cost the others of its batch: parsing is per file, and
the batch's enrichment is built whole; only when that raises are the articles that make
it raise found, by halving, and the batch is built again without them. Each of those is
quarantined as `transform_error`, naming the stage that raised.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from transforms.article import Article, Rejection
from transforms.enrich import TransformError, enrich
from transforms.parse import parse_batch
from transforms.tables import articles_table, captions_table, paragraphs_table


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What became of one raw file in its batch (before run-wide duplicate checks)."""

    raw_path: str
    raw_sha256: str
    size_bytes: int
    status: str  # article | duplicate | quarantined
    article_id: str | None = None
    stage: str | None = None
    reason_code: str | None = None
    reason_detail: str | None = None
    kept_at: str | None = None


@dataclass
class Batch:
    """A transformed batch: its datasets, an outcome per file, and seconds per stage."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    files: list[FileOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def refuse(self, raw_path: str, sha256: str, size: int, rejection: Rejection) -> None:
        self.files.append(
            FileOutcome(
                raw_path,
                sha256,
                size,
                "quarantined",
                stage=rejection.stage,
                reason_code=rejection.reason_code,
                reason_detail=rejection.reason_detail,
            )
        )


def transform_batch(
    files: Sequence[tuple[str, bytes, str]],
    *,
    ner: str,
    run_id: str,
    version: str,
    timezones: Mapping[str, str] | None = None,
    default_timezone: str = "UTC",
    restored: Sequence[tuple[Article, int]] = (),
) -> Batch:
    """Parse `(raw_path, bytes, sha256)` files and build every dataset of their articles,
    and of the `restored` (article, raw file size) pairs: stored articles whose raw file is
    gone, enriched again as they were parsed."""
    batch = Batch()
    started = time.perf_counter()
    sizes = {path: len(data) for path, data, _ in files}
    sizes |= {article.raw_path: size for article, size in restored}
    hashes = {path: sha256 for path, _, sha256 in files}
    articles, rejections = parse_batch(
        files, timezones=timezones, default_timezone=default_timezone
    )
    articles = [*articles, *(article for article, _ in restored)]
    batch.seconds["parse"] = time.perf_counter() - started
    for raw_path, rejection in rejections:
        batch.refuse(raw_path, hashes[raw_path], sizes[raw_path], rejection)
    articles = _first_of_each(articles, batch, sizes)
    if not articles:
        return batch
    try:
        batch.tables = _tables(articles, ner, run_id, version, batch.seconds)
        return batch
    except TimeoutError:
        raise  # the batch's time limit (flows.pipeline): it halves the batch itself
    except Exception:  # a bug in some rule: find the articles it raises on
        pass
    failed = _failing(articles, ner)
    for article, rejection in failed:
        batch.files = [f for f in batch.files if f.raw_path != article.raw_path]
        batch.refuse(article.raw_path, article.raw_sha256, sizes[article.raw_path], rejection)
    failing = {article.article_id for article, _ in failed}
    kept = [article for article in articles if article.article_id not in failing]
    if kept:
        batch.tables = _tables(kept, ner, run_id, version, batch.seconds)
    return batch


def _failing(articles: list[Article], ner: str) -> list[tuple[Article, Rejection]]:
    """The articles whose enrichment raises: halves that raise are halved again."""
    try:
        _tables(articles, ner, "isolation", "isolation", {})
        return []
    except TimeoutError:
        raise
    except Exception as error:
        if len(articles) == 1:
            return [(articles[0], transform_error(error))]
    middle = len(articles) // 2
    return _failing(articles[:middle], ner) + _failing(articles[middle:], ner)


def transform_error(error: Exception, stage: str = "tables") -> Rejection:
    """The quarantine record of a transform that raised: stage, exception and message."""
    if isinstance(error, TransformError):
        stage, error = error.stage, error.__cause__ or error
    message = " ".join(str(error).split())[:300]
    return Rejection(stage, "transform_error", f"{type(error).__name__}: {message}".rstrip(": "))


def _first_of_each(articles: list[Article], batch: Batch, sizes: dict[str, int]):
    """Keep the first file of each article id; later files in the batch are duplicates."""
    kept: dict[str, Article] = {}
    for article in articles:
        status = "duplicate" if article.article_id in kept else "article"
        kept.setdefault(article.article_id, article)
        batch.files.append(
            FileOutcome(
                article.raw_path,
                article.raw_sha256,
                sizes.get(article.raw_path, 0),
                status,
                article.article_id,
            )
        )
    return list(kept.values())


def _tables(
    articles: Sequence[Article], ner: str, run_id: str, version: str, seconds: dict[str, float]
) -> dict[str, pa.Table]:
    enrichment = enrich(articles, ner=ner)
    started = time.perf_counter()
    article_rows = articles_table(articles, run_id, version)
    for extra in (enrichment.tone, enrichment.datelines):
        for name in extra.column_names:
            if name != "article_id":
                article_rows = article_rows.append_column(extra.schema.field(name), extra[name])
    tables = {
        "articles": article_rows,
        "paragraphs": paragraphs_table(articles),
        "captions": captions_table(articles),
        **enrichment.datasets(),
    }
    # Children carry their article's publication day: the lake's partition.
    days = pa.table(
        {"article_id": article_rows["article_id"], "published_date": article_rows["published_date"]}
    )
    for name, table in tables.items():
        if name not in ("articles", "entities") and "article_id" in table.column_names:
            tables[name] = table.join(days, "article_id", join_type="left outer")
    seconds.update(enrichment.seconds)
    seconds["tables"] = time.perf_counter() - started
    return tables


WARM_UP_ARTICLE = (
    b"Source: Xinhua\nEditor: dateline\n2024-01-02 10:00:00\n"
    b"BEIJING, Jan. 2 (Xinhua) -- The Ministry of Commerce said on Tuesday that trade with "
    b'Brazil grew 5 percent in 2023. "We expect more growth," said Li Ming, a ministry official.'
)


def warm_up(ner: str) -> None:
    """Transform one built-in article, so a long-lived process has every model and lexicon
    loaded before its first real batch."""
    transform_batch([("warm-up.txt", WARM_UP_ARTICLE, "0" * 64)], ner=ner, run_id="", version="")
