"""One batch of raw files through read, parse, normalize and enrich, staged as Parquet.

This runs inside a task-runner worker (a process of its own): it returns only a small
summary, so a run's memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from dateline.preload import preloading
from dateline.settings import Settings
from dateline.storage.discovery import RawFile
from dateline.storage.lake import stage_batch
from transforms.article import Article, Rejection
from transforms.enrich import enrich
from transforms.parse import parse_batch
from transforms.tables import articles_table, captions_table, paragraphs_table
from transforms.timezones import load_timezone_table


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
class BatchOutcome:
    """The summary a batch task returns: file outcomes, staged articles, stage timings."""

    batch_no: int
    files: list[FileOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def article_ids(self) -> list[str]:
        return [f.article_id for f in self.files if f.status == "article" and f.article_id]


def process_batch(
    raw_files: Sequence[RawFile], settings: Settings, run_id: str, batch_no: int, version: str
) -> BatchOutcome:
    """Read, parse, enrich and stage one batch; every file gets exactly one outcome."""
    if settings.ner not in _WARMED:  # a worker's first batch: load the models for good
        with preloading():
            warm_up(settings)
    outcome = BatchOutcome(batch_no)
    started = time.perf_counter()
    readable: list[tuple[str, bytes, str]] = []
    sizes: dict[str, int] = {}
    for raw in raw_files:
        data, refusal = read_raw(raw, settings)
        if refusal is not None:
            outcome.files.append(quarantined(raw.raw_path, raw.raw_sha256, raw.size_bytes, refusal))
            continue
        sha256 = hashlib.sha256(data).hexdigest()  # the bytes read, even if changed since discovery
        sizes[raw.raw_path] = len(data)
        readable.append((raw.raw_path, data, sha256))
    outcome.seconds["read"] = time.perf_counter() - started

    started = time.perf_counter()
    articles, rejections = parse_batch(readable, **_parse_options(settings))
    outcome.seconds["parse"] = time.perf_counter() - started
    by_path = {path: (data, sha) for path, data, sha in readable}
    for raw_path, rejection in rejections:
        data, sha256 = by_path[raw_path]
        kept = keep_quarantined_bytes(data, sha256, raw_path, settings.quarantine_dir)
        outcome.files.append(quarantined(raw_path, sha256, len(data), rejection, kept))

    articles = _first_of_each(articles, outcome, sizes)
    if articles:
        tables, seconds = build_tables(articles, settings.ner, run_id, version)
        outcome.seconds.update(seconds)
        started = time.perf_counter()
        stage_batch(tables, settings.staging_dir / run_id, batch_no)
        outcome.seconds["stage"] = time.perf_counter() - started
    return outcome


def read_raw(raw: RawFile, settings: Settings) -> tuple[bytes, Rejection | None]:
    """The file's bytes, or why they cannot be read; large files are refused before reading."""
    if raw.symlink_target is not None:
        return b"", Rejection(
            "discover",
            "symlink",
            f"symbolic link to {raw.symlink_target!r} is not followed; copy the file into the "
            "raw folder instead",
        )
    path = settings.raw_root / raw.raw_path
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            return b"", Rejection(
                "discover",
                "too_large",
                f"{size:,} bytes is over the {settings.max_file_bytes:,}-byte limit; raise "
                "DATELINE_MAX_FILE_BYTES if this is really one article",
            )
        return path.read_bytes(), None
    except FileNotFoundError:
        return b"", Rejection(
            "discover", "unreadable", "file disappeared between discovery and reading"
        )
    except OSError as error:
        return b"", Rejection("discover", "unreadable", f"cannot read the file: {error.strerror}")


def quarantined(
    raw_path: str, sha256: str, size: int, rejection: Rejection, kept: str | None = None
) -> FileOutcome:
    return FileOutcome(
        raw_path=raw_path,
        raw_sha256=sha256,
        size_bytes=size,
        status="quarantined",
        stage=rejection.stage,
        reason_code=rejection.reason_code,
        reason_detail=rejection.reason_detail,
        kept_at=kept,
    )


def keep_quarantined_bytes(data: bytes, sha256: str, raw_path: str, folder: Path) -> str:
    """Keep a refused file's bytes for inspection, content-addressed so no name escapes."""
    suffix = Path(raw_path).suffix[:16] if Path(raw_path).suffix.isascii() else ""
    target = folder / sha256[:2] / f"{sha256}{suffix}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(data)
        shutil.move(partial, target)
    return target.relative_to(folder).as_posix()


def build_tables(
    articles: Sequence[Article], ner: str, run_id: str, version: str
) -> tuple[dict[str, pa.Table], dict[str, float]]:
    """Every dataset of a batch; children carry their article's publication day."""
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
    days = pa.table(
        {"article_id": article_rows["article_id"], "published_date": article_rows["published_date"]}
    )
    for name, table in tables.items():
        if name not in ("articles", "entities") and "article_id" in table.column_names:
            tables[name] = table.join(days, "article_id", join_type="left outer")
    seconds = dict(enrichment.seconds)
    seconds["tables"] = time.perf_counter() - started
    return tables, seconds


def _first_of_each(articles: list[Article], outcome: BatchOutcome, sizes: dict[str, int]):
    """Keep the first file of each article id; later files in the batch are duplicates."""
    kept: dict[str, Article] = {}
    for article in articles:
        size = sizes.get(article.raw_path, 0)
        if article.article_id in kept:
            outcome.files.append(
                FileOutcome(
                    article.raw_path, article.raw_sha256, size, "duplicate", article.article_id
                )
            )
            continue
        kept[article.article_id] = article
        outcome.files.append(
            FileOutcome(article.raw_path, article.raw_sha256, size, "article", article.article_id)
        )
    return list(kept.values())


def _parse_options(settings: Settings) -> dict:
    timezones = load_timezone_table(settings.timezones_file) if settings.timezones_file else None
    return {"timezones": timezones, "default_timezone": settings.default_timezone}


WARM_UP_ARTICLE = (
    b"Source: Xinhua\nEditor: dateline\n2024-01-02 10:00:00\n"
    b"BEIJING, Jan. 2 (Xinhua) -- The Ministry of Commerce said on Tuesday that trade with "
    b'Brazil grew 5 percent in 2023. "We expect more growth," said Li Ming, a ministry official.'
)


_WARMED: set[str] = set()  # the NER profiles this process has loaded


def warm_up(settings: Settings) -> None:
    """Parse and enrich one built-in article, so a process has every model and lexicon
    loaded before its first real batch. Nothing is written."""
    articles, _ = parse_batch(
        [("warm-up.txt", WARM_UP_ARTICLE, "0" * 64)], **_parse_options(settings)
    )
    build_tables(articles, settings.ner, "warm-up", "warm-up")
    _WARMED.add(settings.ner)
