"""Arrow schemas and batch builders for the article-grain datasets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

import pyarrow as pa

from transforms.article import PARAGRAPH_SEPARATOR, Article, Caption

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("source", pa.string(), False),
        ("editor", pa.string()),
        ("title", pa.string()),
        ("authors", pa.list_(pa.string()), False),
        ("published_at", pa.timestamp("us", tz="UTC"), False),
        ("published_local", pa.timestamp("us"), False),
        ("published_date", pa.date32(), False),
        ("source_timezone", pa.string(), False),
        ("dateline_place", pa.string()),
        ("dateline_date", pa.date32()),
        ("agency", pa.string()),
        ("lead", pa.string(), False),
        ("body", pa.string(), False),
        ("language", pa.string(), False),
        ("word_count", pa.int32(), False),
        ("paragraph_count", pa.int32(), False),
        ("encoding", pa.string(), False),
        ("mojibake_repaired", pa.bool_(), False),
        ("raw_path", pa.string(), False),
        ("raw_sha256", pa.string(), False),
        ("pipeline_version", pa.string(), False),
        ("run_id", pa.string(), False),
    ]
)

PARAGRAPHS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("paragraph_index", pa.int32(), False),
        ("text", pa.string(), False),
        ("char_start", pa.int32(), False),
        ("char_end", pa.int32(), False),
    ]
)

CAPTIONS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string(), False),
        ("caption_index", pa.int32(), False),
        ("text", pa.string(), False),
        ("credit", pa.string()),
    ]
)


def articles_table(articles: Sequence[Article], run_id: str, pipeline_version: str) -> pa.Table:
    """One row per article, in batch order."""
    rows = {name: [] for name in ARTICLES_SCHEMA.names}
    for article in articles:
        published_at = article.published_at.astimezone(UTC)
        values = {
            "article_id": article.article_id,
            "source": article.source,
            "editor": article.editor,
            "title": article.title,
            "authors": list(article.authors),
            "published_at": published_at,
            "published_local": article.published_local,
            "published_date": published_at.date(),
            "source_timezone": article.source_timezone,
            "dateline_place": article.dateline_place,
            "dateline_date": article.dateline_date,
            "agency": article.agency,
            "lead": article.lead,
            "body": article.body,
            "language": article.language,
            "word_count": article.word_count,
            "paragraph_count": len(article.paragraphs),
            "encoding": article.encoding,
            "mojibake_repaired": article.mojibake_repaired,
            "raw_path": article.raw_path,
            "raw_sha256": article.raw_sha256,
            "pipeline_version": pipeline_version,
            "run_id": run_id,
        }
        for name, value in values.items():
            rows[name].append(value)
    return pa.table(rows, schema=ARTICLES_SCHEMA)


def paragraphs_table(articles: Sequence[Article]) -> pa.Table:
    """One row per body paragraph, with its offsets into `articles.body`."""
    rows = {name: [] for name in PARAGRAPHS_SCHEMA.names}
    for article in articles:
        for index, (text, (start, end)) in enumerate(
            zip(article.paragraphs, article.paragraph_spans(), strict=True)
        ):
            for name, value in zip(
                PARAGRAPHS_SCHEMA.names, (article.article_id, index, text, start, end), strict=True
            ):
                rows[name].append(value)
    return pa.table(rows, schema=PARAGRAPHS_SCHEMA)


def captions_table(articles: Sequence[Article]) -> pa.Table:
    """One row per photo caption kept out of the body."""
    rows = {name: [] for name in CAPTIONS_SCHEMA.names}
    for article in articles:
        for index, caption in enumerate(article.captions):
            for name, value in zip(
                CAPTIONS_SCHEMA.names,
                (article.article_id, index, caption.text, caption.credit),
                strict=True,
            ):
                rows[name].append(value)
    return pa.table(rows, schema=CAPTIONS_SCHEMA)


def articles_from_rows(rows: Sequence[dict], captions: Sequence[dict] = ()) -> list[Article]:
    """Articles rebuilt from their stored `articles` and `captions` rows (the inverse of
    `articles_table` and `captions_table`): what reprocessing enriches when the raw file is
    gone. The body splits back into its paragraphs."""
    by_article: dict[str, list[Caption]] = {}
    for row in captions:
        by_article.setdefault(row["article_id"], []).append(Caption(row["text"], row["credit"]))
    return [
        Article(
            article_id=row["article_id"],
            source=row["source"],
            editor=row["editor"],
            title=row["title"],
            authors=tuple(row["authors"] or ()),
            published_at=row["published_at"].astimezone(UTC),
            published_local=row["published_local"],
            source_timezone=row["source_timezone"],
            dateline_place=row["dateline_place"],
            dateline_date=row["dateline_date"],
            agency=row["agency"],
            paragraphs=tuple(row["body"].split(PARAGRAPH_SEPARATOR)),
            captions=tuple(by_article.get(row["article_id"], ())),
            language=row["language"],
            raw_path=row["raw_path"],
            raw_sha256=row["raw_sha256"],
            encoding=row["encoding"],
            mojibake_repaired=row["mojibake_repaired"],
        )
        for row in rows
    ]
