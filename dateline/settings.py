"""Run settings: where the raw files and the warehouse live, and how a run is shaped."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.storage.landing import is_url
from dateline.storage.location import Location
from dateline.storage.warehouse import Warehouse

NER_PROFILES = ("model", "rules")
# Most files per batch task. A worker's memory grows with its batch, the model's more
# than the rules'; these keep a large rules backfill's memory flat (bench/README.md).
# The last batches of a run are cut smaller so the workers finish together
# (`flows.pipeline.split_batches`), and batches are validated in groups, so small
# batches cost no extra validation.
BATCH_SIZES = {"model": 250, "rules": 750}
# Runs with at most this many new files are processed in the flow's own thread, in the
# command's process: starting worker processes (their imports and the model) would cost more than
# the files; `dateline serve` keeps the model loaded between its runs.
IN_PROCESS_FILES = 100
# Where the batch tasks run: Prefect's process pool on this machine, or Dask (a local
# `distributed` cluster, or an existing one at `dask_address`).
TASK_RUNNERS = ("process", "dask")
# A batch task may run this long per byte of raw text on top of its `batch_timeout_seconds`:
# a tenth of the pace of a slow machine, so only an article that sets some rule running
# without end meets the limit, while a long article still borrows its batch's time.
TIMEOUT_SECONDS_PER_BYTE = 1 / 5_000
# The longest a batch task may be given: the alarm behind the limit takes no more than
# about 30 years, and a week is already no limit a person would wait out.
MAX_BATCH_TIMEOUT = 7 * 86_400


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; passed to the flow's tasks, never read from globals."""

    raw_root: Path | str = Path("raw")  # a folder, or an object-store URL (s3://bucket/prefix)
    warehouse_root: Path = Path("warehouse")
    batch_size: int | None = None  # most files per batch task; None: the profile's default
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    ner: str = "model"
    max_file_bytes: int = 5_000_000
    default_timezone: str = "UTC"
    timezones_file: Path | None = None
    lock_timeout_seconds: float = 600.0
    # A batch task still running after this, plus `TIMEOUT_SECONDS_PER_BYTE` of its text,
    # is stopped; its files run again in halves until the article that stalls is alone,
    # and quarantined `timed_out`. It covers a worker's start (its imports, the model).
    batch_timeout_seconds: float = 60.0
    # An article joins the story of a stored one published at most this long before or
    # after it: matching against every stored story would grow with the warehouse.
    story_window_days: float = 7.0
    # Runs with at most this many new files process them in the flow's own thread, in the
    # calling process, where the model stays loaded (`dateline serve`); 0: never.
    in_process_files: int = 0
    task_runner: str = "process"
    # A running Dask scheduler, tcp://host:port; None starts a local cluster of `workers`.
    # Its workers must read the raw files and write staged batches where this process
    # reads them: at the same paths, or in object storage (`raw_root`, `lake_root`).
    dask_address: str | None = None
    # The lake: a folder or an object-store URL (s3://bucket/prefix); None: <warehouse>/lake.
    # With a URL, batches are staged under it too (`<lake>/_staging/`).
    lake_root: Path | str | None = None

    def __post_init__(self) -> None:
        if not is_url(self.raw_root):
            object.__setattr__(self, "raw_root", Path(self.raw_root))
        object.__setattr__(self, "warehouse_root", Path(self.warehouse_root))
        if self.timezones_file is not None:
            object.__setattr__(self, "timezones_file", Path(self.timezones_file))
        if self.lake_root is not None and not is_url(self.lake_root):
            object.__setattr__(self, "lake_root", Path(self.lake_root))
        if self.batch_size is None:
            object.__setattr__(self, "batch_size", BATCH_SIZES.get(self.ner, 500))
        if self.batch_size < 1:
            raise ValueError("--batch-size must be at least 1")
        if self.workers < 1:
            raise ValueError("--workers must be at least 1")
        if not 0 < self.batch_timeout_seconds <= 86_400:  # NaN fails this too
            raise ValueError("DATELINE_BATCH_TIMEOUT must be more than 0 and at most 86400 seconds")
        if self.ner not in NER_PROFILES:
            raise ValueError(f"--ner must be one of {', '.join(NER_PROFILES)}")
        if self.task_runner not in TASK_RUNNERS:
            raise ValueError(f"--task-runner must be one of {', '.join(TASK_RUNNERS)}")
        # An address given with the process runner would be silently unused.
        if self.dask_address and self.task_runner != "dask":
            raise ValueError("--dask-address is used only with --task-runner dask")
        if self.dask_address:
            # The batch tasks read and write these paths on an external cluster's workers,
            # which run in folders of their own: a relative path would name other files.
            for name in ("raw_root", "warehouse_root", "timezones_file", "lake_root"):
                if getattr(self, name) is not None and not is_url(getattr(self, name)):
                    object.__setattr__(self, name, getattr(self, name).absolute())

    def batch_timeout(self, sizes: Iterable[int]) -> float:
        """How long a batch task of raw files of these sizes may run (a file over
        `max_file_bytes` is refused unread, so it counts as that much)."""
        raw_bytes = sum(min(size, self.max_file_bytes) for size in sizes)
        limit = self.batch_timeout_seconds + raw_bytes * TIMEOUT_SECONDS_PER_BYTE
        return min(limit, MAX_BATCH_TIMEOUT)

    @property
    def warehouse(self) -> Warehouse:
        return Warehouse(self.warehouse_root)

    @property
    def lake(self) -> Location:
        return Location.of(self.lake_root if self.lake_root is not None else self.warehouse.lake)

    @property
    def staging(self) -> Location:
        """Where batch tasks stage: beside the lake when it is in object storage (so workers
        elsewhere can write there), else the warehouse's own folder."""
        if self.lake.is_url:
            return self.lake.child("_staging")
        return Location.of(self.warehouse.staging)

    def as_parameters(self) -> dict:
        """The `pipeline` flow's parameters for these settings: plain values, as a
        deployment shows them and a person types them in the Prefect UI."""
        return {
            "raw": str(self.raw_root),
            "warehouse": str(self.warehouse_root),
            "ner": self.ner,
            "batch_size": self.batch_size,
            "workers": self.workers,
            "wait": self.lock_timeout_seconds,
            "in_process_files": self.in_process_files,
            "task_runner": self.task_runner,
            "dask_address": self.dask_address,
            "lake": None if self.lake_root is None else str(self.lake_root),
        }


ENVIRONMENT = {
    "batch_size": ("DATELINE_BATCH_SIZE", int),
    "workers": ("DATELINE_WORKERS", int),
    "ner": ("DATELINE_NER", str),
    "max_file_bytes": ("DATELINE_MAX_FILE_BYTES", int),
    "default_timezone": ("DATELINE_DEFAULT_TIMEZONE", str),
    "timezones_file": ("DATELINE_TIMEZONES_FILE", Path),
    "lock_timeout_seconds": ("DATELINE_LOCK_TIMEOUT", float),
    "batch_timeout_seconds": ("DATELINE_BATCH_TIMEOUT", float),
    "story_window_days": ("DATELINE_STORY_WINDOW_DAYS", float),
    "task_runner": ("DATELINE_TASK_RUNNER", str),
    "dask_address": ("DATELINE_DASK_ADDRESS", str),
}


def settings_from_env(**overrides) -> Settings:
    """Settings with `DATELINE_*` environment overrides, then explicit ones.

    A malformed value raises ValueError naming the variable."""
    values = {}
    for key, (variable, cast) in ENVIRONMENT.items():
        if os.environ.get(variable):
            try:
                values[key] = cast(os.environ[variable])
            except ValueError:
                raise ValueError(
                    f"{variable}={os.environ[variable]!r} is not a valid value"
                ) from None
    values.update({key: value for key, value in overrides.items() if value is not None})
    return Settings(**values)


def settings_from_parameters(
    raw: str,
    warehouse: str,
    wait: float | None = None,
    lake: str | None = None,
    **parameters,
) -> Settings:
    """The settings a flow's plain parameters name (the inverse of `Settings.as_parameters`),
    with `DATELINE_*` environment overrides for what they leave out."""
    return settings_from_env(
        raw_root=raw,
        warehouse_root=warehouse,
        lock_timeout_seconds=wait,
        lake_root=lake,
        **parameters,
    )
