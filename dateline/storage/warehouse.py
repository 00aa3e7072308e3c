"""The DuckDB warehouse: one private writer file, published to readers by atomic rename.

DuckDB lets one process write a file or many read it, never both. A BI tool that keeps a
read-only connection open would block the loader forever, so the loader never touches the
file readers open: it commits to `warehouse/.writer/dateline.duckdb` and then publishes a
copy as `warehouse/dateline.duckdb` with `os.replace`. Readers holding the old file keep
reading their snapshot; new readers see the new one. A load never waits for a reader.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parents[2] / "warehouse" / "sql"
# BI drivers bundle older DuckDB releases; files written this way open in DuckDB >= 1.4.
STORAGE_COMPATIBILITY = "v1.4.0"

ARTICLE_TABLES = (
    "paragraphs",
    "captions",
    "mentions",
    "quotes",
    "mentioned_dates",
    "keywords",
    "topics",
)


class WarehouseBusy(RuntimeError):
    """The warehouse file could not be opened in time."""


def schema_statements() -> list[str]:
    """DDL and views from `warehouse/sql/`, applied in file-name order."""
    return [path.read_text() for path in sorted(SQL_DIR.glob("*.sql"))]


WRITER_MEMORY_LIMIT = "512MB"


@contextmanager
def writer(path: Path, timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """The loader's connection to its private file, with the schema applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = _connect(path, read_only=False, timeout=timeout)
    try:
        for statement in schema_statements():
            connection.execute(statement)
        yield connection
    finally:
        connection.close()


@contextmanager
def reader(path: Path, timeout: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published warehouse."""
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `dateline run` first")
    connection = _connect(path, read_only=True, timeout=timeout)
    try:
        yield connection
    finally:
        connection.close()


def _connect(path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, retrying while another process holds its lock."""
    config = (
        {}
        if read_only
        else {
            "storage_compatibility_version": STORAGE_COMPATIBILITY,
            # DuckDB may take 80% of RAM by default; a 100k-article load then peaks near 1 GB in
            # this process. Past the limit it spills to `<file>.tmp`: about 25% slower, flat.
            "memory_limit": WRITER_MEMORY_LIMIT,
        }
    )
    deadline = time.monotonic() + timeout
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() >= deadline:
                if "lock" in str(error).lower():
                    raise WarehouseBusy(
                        f"warehouse busy: {path} is locked by another process; try again shortly"
                    ) from error
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def publish_database(writer_path: Path, published_path: Path) -> None:
    """Copy the committed writer file next to the published one, then rename over it."""
    if not writer_path.exists():
        return
    staging = published_path.with_name(f".{published_path.name}.publishing")
    shutil.copyfile(writer_path, staging)
    with staging.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, published_path)


def needs_publish(writer_path: Path, published_path: Path) -> bool:
    """True when the writer file holds commits readers have not seen (e.g. after a crash)."""
    if not writer_path.exists():
        return False
    if not published_path.exists():
        return True
    return writer_path.stat().st_mtime_ns > published_path.stat().st_mtime_ns
