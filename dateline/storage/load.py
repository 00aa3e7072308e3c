"""Load a published run into DuckDB: delete the batch's articles, insert them, in one transaction.

The `files` manifest, the quarantine and the run record commit with the data, so a crash
at any point leaves either the whole run or none of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from dateline.storage.warehouse import ARTICLE_TABLES


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
    probe = pa.table({"article_id": pa.array(list(candidates), pa.string())})  # noqa: F841
    rows = connection.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM probe)"
    ).fetchall()
    return {row[0] for row in rows}


def committed_runs(connection: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT run_id FROM runs").fetchall()}


def load_run(
    connection: duckdb.DuckDBPyConnection,
    published: dict[str, list[Path]],
    files: Sequence[FileRecord],
    run: dict,
    loaded_at: datetime,
) -> None:
    """Replace exactly the run's articles and record its files and itself, atomically."""
    connection.execute("BEGIN TRANSACTION")
    try:
        article_files = [str(p) for p in published.get("articles", [])]
        if article_files:
            _replace_articles(connection, published, article_files)
        if published.get("entities"):
            _merge_entities(connection, [str(p) for p in published["entities"]])
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
                   any_value(latitude) AS latitude, any_value(longitude) AS longitude
            FROM read_parquet(?) GROUP BY entity_id
        )
        SELECT i.entity_id, coalesce(e.name, i.name) AS name, i.type,
               list_sort(list_filter(list_distinct(list_concat(coalesce(e.aliases, []), i.aliases)),
                                     lambda a: a <> coalesce(e.name, i.name))) AS aliases,
               coalesce(e.country_code, i.country_code) AS country_code,
               coalesce(e.admin1, i.admin1) AS admin1,
               coalesce(e.latitude, i.latitude) AS latitude,
               coalesce(e.longitude, i.longitude) AS longitude
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
    rows = pa.Table.from_pylist([asdict(record) for record in files])  # noqa: F841
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


def _record_run(connection, run: dict) -> None:
    columns = list(run)
    placeholders = ", ".join("?" for _ in columns)
    connection.execute("DELETE FROM runs WHERE run_id = ?", [run["run_id"]])
    connection.execute(
        f"INSERT INTO runs ({', '.join(columns)}) VALUES ({placeholders})",
        [run[column] for column in columns],
    )
