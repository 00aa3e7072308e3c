"""The DuckDB warehouse: one owner for its files, its writer connection and its loads.

DuckDB lets one process write a file or many read it, never both. A BI tool that keeps a
read-only connection open would block the loader forever, so the loader never touches the
file readers open: it commits to `<warehouse>/.writer/dateline.duckdb` and then publishes
a copy as `<warehouse>/dateline.duckdb` with `os.replace`. Readers holding the old file
keep reading their snapshot; new readers see the new one. A load never waits for a reader.

A load replaces exactly the run's articles in one transaction, with the `files`
manifest, the quarantine and the run record, so a crash leaves the whole run or none.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from dateline.storage import curation

SQL_DIR = Path(__file__).resolve().parents[2] / "warehouse" / "sql"
# BI drivers bundle older DuckDB releases; files written this way open in DuckDB >= 1.4.
STORAGE_COMPATIBILITY = "v1.4.0"
# DuckDB may take 80% of RAM by default. Past this limit a load spills to `<file>.tmp`:
# slower, with flat memory.
WRITER_MEMORY_LIMIT = "512MB"
# A query from the command line reads the warehouse and nothing else: no files, no
# extensions, and no setting that could undo that.
SEALED = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}

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


class NoWarehouse(FileNotFoundError):
    """A command that reads a warehouse was pointed where there is none."""


@dataclass(frozen=True)
class Warehouse:
    """A warehouse folder and every file dateline keeps in it."""

    root: Path

    @property
    def database(self) -> Path:
        """The published DuckDB file that readers and BI tools open read-only."""
        return self.root / "dateline.duckdb"

    @property
    def writer_database(self) -> Path:
        """The loader's private copy; committed to, then published by atomic rename."""
        return self.root / ".writer" / "dateline.duckdb"

    @property
    def lake(self) -> Path:
        return self.root / "lake"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def publishing_marks(self) -> Path:
        """One empty file per run from the start of its lake publish to its commit."""
        return self.root / ".writer" / "publishing"

    @property
    def superseding_marks(self) -> Path:
        """One file per reprocessing run, from before its commit until the lake holds no
        older rows of its articles: which articles, on which days."""
        return self.root / ".writer" / "superseding"

    @property
    def hash_memo(self) -> Path:
        """Hashes of raw files by (size, mtime, inode), so unchanged files are not re-read."""
        return self.root / ".writer" / "raw_hashes.json"

    @property
    def run_lock(self) -> Path:
        return self.root / ".run.lock"

    @property
    def curation_file(self) -> Path:
        """The entity corrections a person keeps (`DATELINE_CURATION_FILE` names another)."""
        return Path(os.environ.get(curation.FILE_ENV) or self.root / curation.FILE_NAME)

    def check_usable(self) -> None:
        """Raise NotADirectoryError with a readable message when the root is a file."""
        for folder in (self.root, *self.root.parents):
            if folder.exists():
                if not folder.is_dir():
                    raise NotADirectoryError(f"--warehouse {self.root}: {folder} is a file")
                return

    def existing(self) -> Warehouse:
        """This warehouse, if a run ever published one here (commands that read it)."""
        if not self.database.is_file():
            raise NoWarehouse(
                f"no warehouse at {self.root} (no {self.database.name}); check --warehouse, "
                "or run `dateline run` first"
            )
        return self

    @contextmanager
    def writing(
        self, timeout: float = 30.0, publish: bool = True
    ) -> Iterator[duckdb.DuckDBPyConnection]:
        """The loader's connection, schema applied. What it committed is published to
        readers when the block ends without an error (unless only read: `publish=False`)."""
        with writer(self.writer_database, timeout) as connection:
            yield connection
        if publish:
            publish_database(self.writer_database, self.database)

    @contextmanager
    def reading(self, timeout: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
        """A sealed, read-only connection to the published warehouse."""
        with reader(self.existing().database, timeout) as connection:
            yield connection

    def publish_pending(self) -> None:
        """Publish commits a crash left unpublished. Call before opening the writer:
        opening it touches the file, which would then look unpublished."""
        if needs_publish(self.writer_database, self.database):
            publish_database(self.writer_database, self.database)


def schema_statements() -> list[str]:
    """DDL and views from `warehouse/sql/`, applied in file-name order."""
    return [path.read_text() for path in sorted(SQL_DIR.glob("*.sql"))]


def apply_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Apply `warehouse/sql/` when it changed since it was last applied, in one transaction.

    The descriptions (`COMMENT ON`) make the files hundreds of statements: applied on every
    open, they would cost each run far more than its load."""
    statements = schema_statements()
    version = hashlib.sha256("\0".join(statements).encode()).hexdigest()
    try:
        applied = connection.execute("SELECT version FROM schema_version").fetchall()
    except duckdb.CatalogException:
        applied = []
    if applied == [(version,)]:
        return
    connection.execute("BEGIN TRANSACTION")
    try:
        for statement in statements:
            connection.execute(statement)
        connection.execute("DELETE FROM schema_version")
        connection.execute("INSERT INTO schema_version VALUES (?)", [version])
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


@contextmanager
def writer(path: Path, timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writing connection to `path`, with the schema applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    config = {
        "storage_compatibility_version": STORAGE_COMPATIBILITY,
        "memory_limit": WRITER_MEMORY_LIMIT,
    }
    connection = _connect(path, read_only=False, timeout=timeout, config=config)
    try:
        apply_schema(connection)
        yield connection
    finally:
        connection.close()


@contextmanager
def reader(path: Path, timeout: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection that can read this file and nothing else."""
    if not path.is_file():
        raise NoWarehouse(f"no warehouse at {path}: run `dateline run` first")
    connection = _connect(path, read_only=True, timeout=timeout, config=SEALED)
    try:
        yield connection
    finally:
        connection.close()


def _connect(path: Path, read_only: bool, timeout: float, config: dict):
    """Open a DuckDB file, retrying while another process holds its lock."""
    deadline = time.monotonic() + timeout
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"warehouse busy: {path} is locked by another process; try again shortly"
                ) from error
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


@dataclass(frozen=True)
class FileRecord:
    """A row of `files`, plus its quarantine details when refused."""

    raw_path: str
    raw_sha256: str
    size_bytes: int
    status: str
    article_id: str | None
    reason: str | None
    stage: str | None = None
    reason_code: str | None = None
    reason_detail: str | None = None
    kept_at: str | None = None


def stored_signatures(
    connection: duckdb.DuckDBPyConnection, first: datetime, last: datetime
) -> list[tuple]:
    """(article_id, story_id, signature) of the stored articles published between `first`
    and `last`: the ones a run's new articles may join the story of."""
    return connection.execute(
        "SELECT s.article_id, s.story_id, s.signature FROM story_signatures AS s "
        "JOIN articles AS a USING (article_id) WHERE a.published_at BETWEEN ? AND ?",
        [first, last],
    ).fetchall()


@dataclass(frozen=True)
class StoredArticle:
    """A loaded article and the raw file it came from: what `dateline reprocess` redoes."""

    article_id: str
    raw_path: str
    raw_sha256: str
    size_bytes: int
    pipeline_version: str
    published_date: str  # its lake partition, YYYY-MM-DD


def stored_articles(
    connection: duckdb.DuckDBPyConnection,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
) -> list[StoredArticle]:
    """The loaded articles published from `since` to `until` (days, both included) of
    `source` (each filter optional), with their raw files."""
    rows = connection.execute(
        "SELECT a.article_id, f.raw_path, f.raw_sha256, f.size_bytes, a.pipeline_version, "
        "CAST(CAST(a.published_at AS DATE) AS VARCHAR) "
        "FROM articles AS a JOIN files AS f ON f.article_id = a.article_id "
        "AND f.status = 'loaded' "
        "WHERE (CAST(? AS DATE) IS NULL OR CAST(a.published_at AS DATE) >= CAST(? AS DATE)) "
        "AND (CAST(? AS DATE) IS NULL OR CAST(a.published_at AS DATE) <= CAST(? AS DATE)) "
        "AND (CAST(? AS VARCHAR) IS NULL OR a.source = ?) "
        "ORDER BY f.raw_path",  # the order discovery takes them in: the same batches
        [since, since, until, until, source, source],
    ).fetchall()
    return [StoredArticle(*row) for row in rows]


def stored_article_rows(
    connection: duckdb.DuckDBPyConnection, raw_paths: Sequence[str]
) -> tuple[list[dict], list[dict]]:
    """The `articles` rows loaded from these raw files (as loaded: their latest loaded
    version), and those articles' `captions` rows in order."""
    connection.register("wanted", pa.table({"raw_path": pa.array(raw_paths, pa.string())}))
    loaded = (
        "FROM articles AS a JOIN files AS f ON f.article_id = a.article_id "
        "AND f.status = 'loaded' WHERE f.raw_path IN (SELECT raw_path FROM wanted)"
    )
    articles = connection.sql(
        f"SELECT a.* {loaded} "
        "QUALIFY row_number() OVER (PARTITION BY f.raw_path ORDER BY f.first_seen_at DESC) = 1"
    ).to_arrow_table()
    captions = connection.sql(
        f"SELECT * FROM captions WHERE article_id IN (SELECT a.article_id {loaded}) "
        "ORDER BY article_id, caption_index"
    ).to_arrow_table()
    connection.unregister("wanted")
    return articles.to_pylist(), captions.to_pylist()


def known_files(connection: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """raw_path -> hash of its latest recorded version."""
    rows = connection.execute(
        "SELECT raw_path, arg_max(raw_sha256, first_seen_at) FROM files GROUP BY raw_path"
    ).fetchall()
    return dict(rows)


def known_article_ids(connection: duckdb.DuckDBPyConnection, candidates: Sequence[str]) -> set[str]:
    """The subset of `candidates` already loaded."""
    if not candidates:
        return set()
    connection.register("probe", pa.table({"article_id": pa.array(list(candidates), pa.string())}))
    rows = connection.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM probe)"
    ).fetchall()
    connection.unregister("probe")
    return {row[0] for row in rows}


def committed_runs(connection: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT run_id FROM runs").fetchall()}


def load_run(
    connection: duckdb.DuckDBPyConnection,
    published: dict[str, list[Path]],
    files: Sequence[FileRecord],
    run: dict,
    loaded_at: datetime,
    curation_rules: Sequence[curation.Rule] = (),
    retired: Sequence[str] = (),
) -> None:
    """Replace exactly the run's articles and record its files and itself, atomically.
    `retired` articles (of files a reprocessing run made into other articles, or refused)
    leave every table in the same transaction."""
    connection.execute("BEGIN TRANSACTION")
    try:
        if retired:
            _delete_articles(connection, retired)
        article_files = [str(p) for p in published.get("articles", [])]
        if article_files:
            _replace_articles(connection, published, article_files)
        if published.get("entities"):
            _merge_entities(connection, [str(p) for p in published["entities"]])
        # After the run's rows are in, so curation also covers what this run brought.
        curation.apply(connection, curation_rules, run["run_id"], loaded_at)
        _record_files(connection, files, run["run_id"], loaded_at)
        _record_run(connection, run)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def record_failed_run(connection: duckdb.DuckDBPyConnection, run: dict) -> None:
    """A run that published nothing still leaves its record (and its reason)."""
    connection.execute("BEGIN TRANSACTION")
    _record_run(connection, run)
    connection.execute("COMMIT")


def _columns(connection: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each table's column list, quoted, in table order (one catalog query, not one a table)."""
    rows = connection.execute(
        "SELECT table_name, list(column_name ORDER BY ordinal_position) "
        "FROM information_schema.columns GROUP BY table_name"
    ).fetchall()
    return {table: ", ".join(f'"{name}"' for name in names) for table, names in rows}


def _delete_articles(connection, article_ids: Sequence[str]) -> None:
    connection.register("retired", pa.table({"article_id": pa.array(article_ids, pa.string())}))
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        connection.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM retired)"
        )
    connection.unregister("retired")


def _replace_articles(connection, published: dict[str, list[Path]], article_files: list[str]):
    connection.execute(
        "CREATE OR REPLACE TEMP TABLE run_articles AS "
        "SELECT article_id FROM read_parquet(?, hive_partitioning = true)",
        [article_files],
    )
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        connection.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM run_articles)"
        )
    order = {"articles": "published_at, article_id", "mentions": "entity_id, article_id"}
    table_columns = _columns(connection)
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        paths = [str(p) for p in published.get(table, [])]
        if not paths:
            continue
        columns = table_columns[table]
        connection.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} "
            f"FROM read_parquet(?, hive_partitioning = true, union_by_name = true) "
            f"ORDER BY {order.get(table, 'article_id')}",
            [paths],
        )


def _merge_entities(connection, paths: list[str]) -> None:
    """Upsert the run's entities; aliases accumulate across runs, the first name stays."""
    connection.execute(
        """
        CREATE OR REPLACE TEMP TABLE run_entities AS
        WITH incoming AS (
            SELECT entity_id, any_value(name) AS name, any_value(type) AS type,
                   flatten(list(aliases)) AS aliases,
                   any_value(country_code) AS country_code, any_value(admin1) AS admin1,
                   any_value(latitude) AS latitude, any_value(longitude) AS longitude,
                   any_value(geonames_id) AS geonames_id
            FROM read_parquet(?) GROUP BY entity_id
        )
        SELECT i.entity_id, coalesce(e.name, i.name) AS name, i.type,
               list_sort(list_filter(list_distinct(list_concat(coalesce(e.aliases, []), i.aliases)),
                                     lambda a: a <> coalesce(e.name, i.name))) AS aliases,
               coalesce(e.country_code, i.country_code) AS country_code,
               coalesce(e.admin1, i.admin1) AS admin1,
               coalesce(e.latitude, i.latitude) AS latitude,
               coalesce(e.longitude, i.longitude) AS longitude,
               coalesce(e.geonames_id, i.geonames_id) AS geonames_id
        FROM incoming AS i LEFT JOIN entities AS e USING (entity_id)
        """,
        [paths],
    )
    connection.execute(
        "DELETE FROM entities WHERE entity_id IN (SELECT entity_id FROM run_entities)"
    )
    connection.execute("INSERT INTO entities SELECT * FROM run_entities ORDER BY entity_id")


def _record_files(connection, files: Sequence[FileRecord], run_id: str, loaded_at: datetime):
    if not files:
        return
    connection.register("rows", pa.Table.from_pylist([asdict(record) for record in files]))
    connection.execute(
        "DELETE FROM files WHERE (raw_path, raw_sha256) IN "
        "(SELECT (raw_path, raw_sha256) FROM rows)"
    )
    connection.execute(
        "INSERT INTO files SELECT raw_path, raw_sha256, size_bytes, status, article_id, reason, "
        "?, ? FROM rows ORDER BY raw_path",
        [loaded_at, run_id],
    )
    connection.execute(
        "DELETE FROM quarantine WHERE (raw_path, raw_sha256) IN "
        "(SELECT (raw_path, raw_sha256) FROM rows)"
    )
    connection.execute(
        "INSERT INTO quarantine SELECT raw_path, raw_sha256, stage, reason_code, reason_detail, "
        "kept_at, ?, ? FROM rows WHERE status = 'quarantined' ORDER BY raw_path",
        [run_id, loaded_at],
    )
    connection.unregister("rows")


def _record_run(connection, run: dict) -> None:
    columns = list(run)
    placeholders = ", ".join("?" for _ in columns)
    connection.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
    connection.execute(
        f"INSERT INTO runs ({', '.join(columns)}) VALUES ({placeholders})",
        [run[column] for column in columns],
    )
