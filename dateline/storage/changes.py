"""The change log: which keys each write changed, so one DuckDB file catches up with another.

The loader keeps two files and publishes by pointing readers at the one it just wrote
(`warehouse.py`); the other is a run or two behind. Before the next write it takes the
rows of the keys changed since then from the newer file, so a run costs what it changed,
not the size of the warehouse. Every table is named here with its key, or is copied whole
(small, rewritten by every load), or is bookkeeping; a test checks that none is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa

ARTICLE_TABLES = (
    "paragraphs",
    "captions",
    "mentions",
    "quotes",
    "mentioned_dates",
    "keywords",
    "topics",
)
# kind: (key column, the tables whose rows it names)
KEYED = {
    "article": ("article_id", ("articles", "story_signatures", *ARTICLE_TABLES)),
    "entity": ("entity_id", ("entities",)),
    "file": ("raw_path", ("files", "quarantine")),
    "run": ("run_id", ("runs",)),
}
COPIED_WHOLE = ("curation",)
BOOKKEEPING = ("change_log", "schema_version")
# Rows are inserted in the order their zone maps prune best by.
INSERT_ORDER = {"articles": "published_at, article_id", "mentions": "entity_id, article_id"}
UNNAMED = "*"  # a write that named no keys: the next catch-up copies the whole file
KEEP = 100  # changes kept: a file further behind is copied whole


def position(connection: duckdb.DuckDBPyConnection, database: str | None = None) -> int:
    """The number of the last write applied to `database` (the connection's own by
    default); 0 for a file that has no change log yet."""
    table = f"{database}.change_log" if database else "change_log"
    try:
        return connection.execute(f"SELECT coalesce(max(change_no), 0) FROM {table}").fetchone()[0]
    except duckdb.CatalogException:
        return 0


def open_change(connection: duckdb.DuckDBPyConnection) -> int:
    """Number the next write and mark it as naming no keys, committed before it starts:
    a write that crashes, or that never says what it changed, is copied whole."""
    number = position(connection) + 1
    connection.execute("INSERT INTO change_log VALUES (?, ?, NULL)", [number, UNNAMED])
    return number


def record(
    connection: duckdb.DuckDBPyConnection,
    kind: str,
    keys: Sequence[str] | str,
    parameters: Sequence = (),
) -> None:
    """Log the keys of `kind` the open write changes, inside its transaction: a list, or a
    query selecting one column (with its `parameters`)."""
    assert kind in KEYED, kind
    if isinstance(keys, str):
        source = keys
    else:
        connection.register("change_keys", pa.table({"key": pa.array(list(keys), pa.string())}))
        source = "SELECT key FROM change_keys"
    connection.execute(
        "INSERT INTO change_log SELECT (SELECT max(change_no) FROM change_log), ?, k "
        f"FROM (SELECT DISTINCT * FROM ({source})) AS s(k) WHERE k IS NOT NULL",
        [kind, *parameters],
    )
    if not isinstance(keys, str):
        connection.unregister("change_keys")


def close_change(connection: duckdb.DuckDBPyConnection, number: int) -> None:
    """The write ended: when it named its keys, they replace its mark; old changes go."""
    connection.execute("BEGIN TRANSACTION")
    connection.execute(
        "DELETE FROM change_log WHERE change_no = ? AND kind = ? AND EXISTS "
        "(SELECT 1 FROM change_log WHERE change_no = ? AND kind <> ?)",
        [number, UNNAMED, number, UNNAMED],
    )
    connection.execute("DELETE FROM change_log WHERE change_no <= ?", [number - KEEP])
    connection.execute("COMMIT")


def table_columns(connection: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each table's column list, quoted, in table order (one catalog query, not one a
    table), of the connection's own database."""
    rows = connection.execute(
        "SELECT table_name, list(column_name ORDER BY ordinal_position) "
        "FROM information_schema.columns WHERE table_catalog = current_database() "
        "GROUP BY table_name"
    ).fetchall()
    return {table: ", ".join(f'"{name}"' for name in names) for table, names in rows}


def catch_up(connection: duckdb.DuckDBPyConnection, newer: str) -> bool:
    """Bring the connection's file up to the attached database `newer`, in one
    transaction. False when the change log cannot: a write that named no keys, changes
    older than the log keeps, or another schema; the caller then copies the file."""
    mine, theirs = position(connection), position(connection, newer)
    if theirs <= mine:
        return True
    oldest, unnamed = connection.execute(
        f"SELECT min(change_no), count(*) FILTER (kind = ? AND change_no > ?) "
        f"FROM {newer}.change_log",
        [UNNAMED, mine],
    ).fetchone()
    schemas = connection.execute(
        "SELECT (SELECT version FROM schema_version) = "
        f"(SELECT version FROM {newer}.schema_version)"
    ).fetchone()[0]
    if unnamed or oldest > mine + 1 or not schemas:
        return False
    columns = table_columns(connection)
    connection.execute("BEGIN TRANSACTION")
    try:
        for kind, (key, tables) in KEYED.items():
            connection.execute(
                "CREATE OR REPLACE TEMP TABLE changed_keys AS SELECT DISTINCT key "
                f"FROM {newer}.change_log WHERE change_no > ? AND kind = ?",
                [mine, kind],
            )
            for table in tables:
                changed = f"{key} IN (SELECT key FROM changed_keys)"
                connection.execute(f"DELETE FROM {table} WHERE {changed}")
                connection.execute(
                    f"INSERT INTO {table} ({columns[table]}) SELECT {columns[table]} "
                    f"FROM {newer}.{table} WHERE {changed} "
                    f"ORDER BY {INSERT_ORDER.get(table, key)}"
                )
        for table in COPIED_WHOLE:
            connection.execute(f"DELETE FROM {table}")
            connection.execute(
                f"INSERT INTO {table} ({columns[table]}) "
                f"SELECT {columns[table]} FROM {newer}.{table}"
            )
        connection.execute(
            f"INSERT INTO change_log SELECT * FROM {newer}.change_log WHERE change_no > ?", [mine]
        )
        connection.execute("DELETE FROM change_log WHERE change_no <= ?", [theirs - KEEP])
        connection.execute("DROP TABLE changed_keys")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return True
