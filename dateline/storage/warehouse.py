"""The DuckDB warehouse: one owner for its files, its writer connection and its loads.

DuckDB lets one process write a file or many read it, never both. A BI tool that keeps a
read-only connection open would block the loader forever, so the loader never writes the
file readers open. It keeps two files under `<warehouse>/.writer/generations/`: readers
open `<warehouse>/dateline.duckdb`, a hard link to one of them, and a load writes the
other, first bringing it up to date with the keys the change log (`changes.py`) says the
runs since changed, then renames a new link over the published name. Readers holding the
old file keep reading their snapshot; new readers see the new one. A load never waits for
a reader and costs what the run changed: a file a reader still holds is not written, and
the loader copies the newest file instead (the only copy of the whole warehouse).

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

from dateline.storage import changes, curation
from dateline.storage.changes import ARTICLE_TABLES, INSERT_ORDER
from dateline.storage.lake import UNPARTITIONED, partition_scheme
from dateline.storage.location import Location, file_in_the_way

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
    def generations(self) -> Path:
        """The loader's DuckDB files: the published one and the one the next load writes."""
        return self.root / ".writer" / "generations"

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
        return self.root / ".writer" / "raw_hashes.parquet"

    @property
    def run_lock(self) -> Path:
        return self.root / ".run.lock"

    @property
    def curation_file(self) -> Path:
        """The entity corrections a person keeps (`DATELINE_CURATION_FILE` names another)."""
        return Path(os.environ.get(curation.FILE_ENV) or self.root / curation.FILE_NAME)

    def check_usable(self) -> None:
        """Raise NotADirectoryError with a readable message when the root is a file."""
        if blocking := file_in_the_way(self.root):
            raise NotADirectoryError(f"--warehouse {self.root}: {blocking} is a file")

    def existing(self) -> Warehouse:
        """This warehouse, if a run ever published one here (commands that read it)."""
        if not self.database.is_file():
            raise NoWarehouse(
                f"no warehouse at {self.root} (no {self.database.name}); check --warehouse, "
                "or run `dateline run` first"
            )
        return self

    @contextmanager
    def writing(self, timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
        """The loader's connection, schema applied, to a file no reader has open, up to
        date. What it commits is published to readers when the block ends without an error.
        A write says what it changed with `changes.record`; one that does not is copied
        whole into the other file by the next load."""
        positions = self.publish_pending()
        published = self._published_generation()
        connection, target = self._open_target(published, positions, timeout)
        try:
            number = changes.open_change(connection)
            yield connection
            changes.close_change(connection, number)
            connection.execute("CHECKPOINT")
        finally:
            connection.close()
        publish(target, self.database)
        self._remove_spares(keep={target, published})

    @contextmanager
    def latest(self, timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection to the newest committed state (the published file, after
        `publish_pending`), schema up to date: the loader's own reads during a run."""
        newest = _newest(self._positions())
        if newest is None:  # a new warehouse: an empty file, published by its first load
            newest = self._new_generation()
            with writer(newest, timeout):
                pass
        elif not _schema_current(newest):  # new code: its first write upgrades the file
            with self.writing(timeout):
                pass
            newest = _newest(self._positions())
        connection = _connect(newest, read_only=True, timeout=timeout, config={})
        try:
            yield connection
        finally:
            connection.close()

    @contextmanager
    def reading(self, timeout: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
        """A sealed, read-only connection to the published warehouse."""
        with reader(self.existing().database, timeout) as connection:
            yield connection

    def publish_pending(self) -> dict[Path, int]:
        """Publish what a crash left committed but unpublished (the newest file). Returns
        each file's position (writes it holds), read once for the write that follows."""
        self._adopt_single_writer_file()
        positions = self._positions()
        newest = _newest(positions)
        if newest is None or self._published_generation() == newest:
            return positions
        published = _position(self.database) if self.database.exists() else 0
        if published >= positions[newest]:
            return positions  # nothing new, or published by copy (no hard links here)
        with writer(newest, timeout=30.0) as connection:  # replays the WAL a crash left
            connection.execute("CHECKPOINT")
        publish(newest, self.database)
        return positions

    def _generation_files(self) -> list[Path]:
        return sorted(
            self.generations.glob("dateline-*.duckdb"), key=lambda p: int(p.stem.split("-")[1])
        )

    def _new_generation(self) -> Path:
        files = self._generation_files()
        number = int(files[-1].stem.split("-")[1]) + 1 if files else 1
        self.generations.mkdir(parents=True, exist_ok=True)
        return self.generations / f"dateline-{number}.duckdb"

    def _positions(self) -> dict[Path, int]:
        """How many writes each of the loader's files holds (each opened read-only once)."""
        return {path: _position(path) for path in self._generation_files()}

    def _published_generation(self) -> Path | None:
        """The file `dateline.duckdb` is a link to, if any."""
        if not self.database.exists():
            return None
        for path in self._generation_files():
            if os.path.samefile(path, self.database):
                return path
        return None

    def _open_target(
        self, published: Path | None, positions: dict[Path, int], timeout: float
    ) -> tuple[duckdb.DuckDBPyConnection, Path]:
        """A writer connection to a file readers do not hold, caught up with the newest:
        the one least behind, else a copy of the newest."""
        newest = _newest(positions)
        spare = [p for p in positions if p != published]
        for path in sorted(spare, key=positions.get, reverse=True):
            connection = _open_writer(path, timeout=0)
            if connection is None:
                continue  # a reader opened it while it was published, and holds it
            if newest in (None, path) or _caught_up(connection, newest):
                return connection, path
            connection.close()  # further behind than the change log reaches
            _copy_database(newest, path)
            return _open_writer(path, timeout), path
        path = self._new_generation()
        if newest is not None:
            _copy_database(newest, path)
        return _open_writer(path, timeout), path

    def _remove_spares(self, keep: set[Path | None]) -> None:
        """Files beyond the two in use, made while readers held them, once released."""
        for path in self._generation_files():
            if path in keep:
                continue
            connection = _open_writer(path, timeout=0, schema=False)
            if connection is not None:
                connection.close()
                path.unlink()
                Path(f"{path}.wal").unlink(missing_ok=True)

    def _adopt_single_writer_file(self) -> None:
        """A warehouse from before two files: its writer file becomes the first of them."""
        old = self.root / ".writer" / "dateline.duckdb"
        if not old.exists():
            return
        if not self.database.exists() or old.stat().st_mtime_ns > self.database.stat().st_mtime_ns:
            with writer(old, timeout=30.0, schema=False) as connection:
                connection.execute("CHECKPOINT")
            _copy_database(old, self.database)
        self.generations.mkdir(parents=True, exist_ok=True)
        os.replace(old, self._new_generation())


def schema_statements() -> list[str]:
    """DDL and views from `warehouse/sql/`, applied in file-name order."""
    return [path.read_text() for path in sorted(SQL_DIR.glob("*.sql"))]


def schema_fingerprint() -> str:
    return hashlib.sha256("\0".join(schema_statements()).encode()).hexdigest()


def apply_schema(connection: duckdb.DuckDBPyConnection) -> None:
    """Apply `warehouse/sql/` when it changed since it was last applied, in one transaction.

    The descriptions (`COMMENT ON`) make the files hundreds of statements: applied on every
    open, they would cost each run far more than its load."""
    statements = schema_statements()
    version = schema_fingerprint()
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
def writer(
    path: Path, timeout: float = 30.0, schema: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writing connection to `path`, with the schema applied."""
    connection = _open_writer(path, timeout, schema)
    try:
        yield connection
    finally:
        connection.close()


def _open_writer(
    path: Path, timeout: float, schema: bool = True
) -> duckdb.DuckDBPyConnection | None:
    """A writing connection; None when `timeout` is 0 and another process holds the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    config = {
        "storage_compatibility_version": STORAGE_COMPATIBILITY,
        "memory_limit": WRITER_MEMORY_LIMIT,
    }
    try:
        connection = _connect(path, read_only=False, timeout=timeout, config=config)
    except WarehouseBusy:
        if timeout:
            raise
        return None
    if schema:
        try:
            apply_schema(connection)
        except BaseException:
            connection.close()
            raise
    return connection


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


def _newest(positions: dict[Path, int]) -> Path | None:
    """The file holding the most writes (the newest committed state)."""
    return max(positions, key=positions.get) if positions else None


def _position(path: Path) -> int:
    """How many writes the file holds (read-only: a reader may hold it)."""
    with reader(path, timeout=30.0) as connection:
        return changes.position(connection)


def _schema_current(path: Path) -> bool:
    with reader(path, timeout=30.0) as connection:
        try:
            applied = connection.execute("SELECT version FROM schema_version").fetchall()
        except duckdb.CatalogException:
            return False
    return applied == [(schema_fingerprint(),)]


def _caught_up(connection: duckdb.DuckDBPyConnection, newest: Path) -> bool:
    """Bring the writer's file up to `newest` from the change log; False if it cannot."""
    connection.execute(f"ATTACH '{newest}' AS newest (READ_ONLY)")
    try:
        return changes.catch_up(connection, "newest")
    finally:
        connection.execute("DETACH newest")


def _copy_database(source: Path, target: Path) -> None:
    """Replace `target` with a copy of the checkpointed `source`, and drop the log of
    writes a crash left for the old `target`: replayed on the copy, it would corrupt it."""
    partial = target.with_name(f".{target.name}.copying")
    shutil.copyfile(source, partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    Path(f"{target}.wal").unlink(missing_ok=True)
    os.replace(partial, target)


def publish(generation: Path, published: Path) -> None:
    """Point new readers at `generation`: a hard link renamed over the published name (a
    copy where the file system has no hard links). Open readers keep their file."""
    staging = published.with_name(f".{published.name}.publishing")
    staging.unlink(missing_ok=True)
    try:
        os.link(generation, staging)
    except OSError:
        shutil.copyfile(generation, staging)
    os.replace(staging, published)


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


def known_files(connection: duckdb.DuckDBPyConnection) -> pa.Table:
    """(raw_path, raw_sha256) of the latest recorded version of each path."""
    return connection.sql(
        "SELECT raw_path, arg_max(raw_sha256, first_seen_at) AS raw_sha256 FROM files "
        "GROUP BY raw_path"
    ).to_arrow_table()


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
    published: dict[str, list[str]],
    files: Sequence[FileRecord],
    run: dict,
    loaded_at: datetime,
    curation_rules: Sequence[curation.Rule] = (),
    retired: Sequence[str] = (),
    lake: Location | None = None,
) -> None:
    """Replace exactly the run's articles and record its files and itself, atomically.
    `retired` articles (of files a reprocessing run made into other articles, or refused)
    leave every table in the same transaction. `published` are the run's lake files, in
    `lake` (a folder when None)."""
    scan = _LakeScan(connection, published, lake)
    connection.execute("BEGIN TRANSACTION")
    try:
        if retired:
            _delete_articles(connection, retired)
        if published.get("articles"):
            _replace_articles(connection, published, scan)
        if published.get("entities"):
            _merge_entities(connection, scan("entities"))
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


def _delete_articles(connection, article_ids: Sequence[str]) -> None:
    connection.register("retired", pa.table({"article_id": pa.array(article_ids, pa.string())}))
    changes.record(connection, "article", "SELECT article_id FROM retired")
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        connection.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM retired)"
        )
    connection.unregister("retired")


class _LakeScan:
    """The SQL that reads one dataset's published files of the run: DuckDB's own reader
    for a folder; for an object store (DuckDB reads none without an extension that cannot
    be installed here), pyarrow's dataset, registered with the connection."""

    def __init__(self, connection, published: dict[str, list[str]], lake: Location | None):
        self.connection, self.published, self.lake = connection, published, lake

    def __call__(self, dataset: str) -> str:
        paths = self.published.get(dataset, [])
        if self.lake is None or not self.lake.is_url:
            listed = ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths)
            hive = "" if dataset in UNPARTITIONED else ", hive_partitioning = true"
            return f"read_parquet([{listed}]{hive}, union_by_name = true)"
        import pyarrow.dataset as ds

        partitioned = dataset not in UNPARTITIONED
        self.connection.register(
            f"lake_{dataset}",
            ds.dataset(
                paths,
                format="parquet",
                filesystem=self.lake.filesystem,
                partitioning=partition_scheme() if partitioned else None,
                partition_base_dir=self.lake.path(dataset),
            ),
        )
        return f"lake_{dataset}"


def _replace_articles(connection, published: dict[str, list[str]], scan: _LakeScan):
    connection.execute(
        f"CREATE OR REPLACE TEMP TABLE run_articles AS SELECT article_id FROM {scan('articles')}"
    )
    changes.record(connection, "article", "SELECT article_id FROM run_articles")
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        connection.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM run_articles)"
        )
    table_columns = changes.table_columns(connection)
    for table in ("articles", "story_signatures", *ARTICLE_TABLES):
        if not published.get(table):
            continue
        columns = table_columns[table]
        connection.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {scan(table)} "
            f"ORDER BY {INSERT_ORDER.get(table, 'article_id')}"
        )


def _merge_entities(connection, source: str) -> None:
    """Upsert the run's entities; aliases accumulate across runs, the first name stays.

    Each batch names an entity by the form it met first (`Nasdaq`, `NASDAQ`: one id); the
    run takes the name most of its batches chose, on a tie the one with fewer capitals
    (`Theo van Gogh` over a headline's `Theo Van Gogh`), then the first in order: the same
    files give the same names whichever batch finished first."""
    connection.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE run_entities AS
        WITH named AS (
            SELECT entity_id, first(name ORDER BY batches DESC,
                                    length(regexp_replace(name, '[^A-Z]', '', 'g')), name) AS name
            FROM (SELECT entity_id, name, count(*) AS batches FROM {source} GROUP BY ALL)
            GROUP BY entity_id
        ), incoming AS (
            SELECT entity_id, any_value(n.name) AS name, any_value(type) AS type,
                   flatten(list(aliases)) AS aliases,
                   any_value(country_code) AS country_code, any_value(admin1) AS admin1,
                   any_value(latitude) AS latitude, any_value(longitude) AS longitude,
                   any_value(geonames_id) AS geonames_id
            FROM {source} JOIN named AS n USING (entity_id) GROUP BY entity_id
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
        """
    )
    changes.record(connection, "entity", "SELECT entity_id FROM run_entities")
    connection.execute(
        "DELETE FROM entities WHERE entity_id IN (SELECT entity_id FROM run_entities)"
    )
    connection.execute("INSERT INTO entities SELECT * FROM run_entities ORDER BY entity_id")


def _record_files(connection, files: Sequence[FileRecord], run_id: str, loaded_at: datetime):
    if not files:
        return
    connection.register("rows", pa.Table.from_pylist([asdict(record) for record in files]))
    changes.record(connection, "file", "SELECT raw_path FROM rows")
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
    changes.record(connection, "run", [run["run_id"]])
    columns = list(run)
    placeholders = ", ".join("?" for _ in columns)
    connection.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
    connection.execute(
        f"INSERT INTO runs ({', '.join(columns)}) VALUES ({placeholders})",
        [run[column] for column in columns],
    )
