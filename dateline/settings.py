"""Run settings: where the raw files and the warehouse live, and how a run is shaped."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

NER_PROFILES = ("model", "rules")
# Stages after which a run can be told to abort (fault injection for crash tests).
STAGES = ("discover", "process", "validate", "publish", "load")
# Most files per batch task. A worker's memory grows with its batch: with the model about
# 230 MB more at 1,000 files than at 500, with rules about 90 MB more at 2,000 than at
# 1,000 and 20 MB more at 1,000 than at 750. At 750 a 100k rules backfill stays under
# 1.5 GB. Model batches are smaller still (a worker peaks lower), and the last batches
# of a run are cut smaller again so the workers finish together (`split_batches`).
# Batches are validated in groups (see `flows.pipeline.VALIDATION_GROUP_FILES`), so small
# batches cost no extra validation.
# A run splits its new files into at least one batch per worker, so a small run still
# keeps every core busy.
BATCH_SIZES = {"model": 250, "rules": 750}
# Runs with at most this many new files stay on a thread of the calling process, which
# loads the model while the Prefect server boots (`dateline run`) or keeps it loaded
# (`dateline serve`). Two fresh worker processes take about 6 s to import and load the
# model, which one warm core spends on about 100 articles.
IN_PROCESS_FILES = 100


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; passed to the flow, never read from globals."""

    raw_root: Path = Path("raw")
    warehouse_root: Path = Path("warehouse")
    batch_size: int | None = None  # most files per batch task; None: the profile's default
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    ner: str = "model"
    max_file_bytes: int = 5_000_000
    default_timezone: str = "UTC"
    timezones_file: Path | None = None
    lock_timeout_seconds: float = 600.0
    fail_after: str | None = None
    show_progress: bool = False
    # Runs with at most this many new files process them on a thread of the calling
    # process, where the model is loaded (`dateline.head_start`, `dateline serve`); 0: never.
    in_process_files: int = 0

    def __post_init__(self) -> None:
        if self.batch_size is None:
            object.__setattr__(self, "batch_size", BATCH_SIZES.get(self.ner, 500))
        if self.batch_size < 1:
            raise ValueError("--batch-size must be at least 1")
        if self.workers < 1:
            raise ValueError("--workers must be at least 1")
        if self.ner not in NER_PROFILES:
            raise ValueError(f"--ner must be one of {', '.join(NER_PROFILES)}")
        if self.fail_after is not None and self.fail_after not in STAGES:
            raise ValueError(f"fail-after stage must be one of {', '.join(STAGES)}")

    @property
    def lake_dir(self) -> Path:
        return self.warehouse_root / "lake"

    @property
    def staging_dir(self) -> Path:
        return self.warehouse_root / "staging"

    @property
    def quarantine_dir(self) -> Path:
        return self.warehouse_root / "quarantine"

    @property
    def docs_dir(self) -> Path:
        return self.warehouse_root / "docs"

    @property
    def runs_dir(self) -> Path:
        return self.docs_dir / "runs"

    @property
    def database(self) -> Path:
        """The published DuckDB file that readers and BI tools open read-only."""
        return self.warehouse_root / "dateline.duckdb"

    @property
    def writer_database(self) -> Path:
        """The loader's private copy; committed to, then published by atomic rename."""
        return self.warehouse_root / ".writer" / "dateline.duckdb"

    @property
    def publishing_marks(self) -> Path:
        """One empty file per run from the start of its lake publish to its commit."""
        return self.warehouse_root / ".writer" / "publishing"

    @property
    def hash_memo(self) -> Path:
        """Hashes of raw files by (size, mtime, inode), so unchanged files are not re-read."""
        return self.warehouse_root / ".writer" / "raw_hashes.json"

    @property
    def run_lock(self) -> Path:
        return self.warehouse_root / ".run.lock"


def settings_from_env(**overrides) -> Settings:
    """Settings with `DATELINE_*` environment overrides, then explicit ones."""
    env = {
        "batch_size": ("DATELINE_BATCH_SIZE", int),
        "workers": ("DATELINE_WORKERS", int),
        "ner": ("DATELINE_NER", str),
        "max_file_bytes": ("DATELINE_MAX_FILE_BYTES", int),
        "default_timezone": ("DATELINE_DEFAULT_TIMEZONE", str),
        "timezones_file": ("DATELINE_TIMEZONES_FILE", Path),
        "lock_timeout_seconds": ("DATELINE_LOCK_TIMEOUT", float),
        "fail_after": ("DATELINE_FAIL_AFTER", str),
    }
    values = {key: cast(os.environ[var]) for key, (var, cast) in env.items() if os.environ.get(var)}
    values.update({key: value for key, value in overrides.items() if value is not None})
    return Settings(**values)
