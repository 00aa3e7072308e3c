"""Analyst query latency: the queries of `queries.sql` on the warehouse, opened read only."""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

import duckdb

QUERIES_SQL = Path(__file__).with_name("queries.sql")
RUNS = 5
_BLOCK = re.compile(r"^-- (query|pick): (\w+)\s*$", re.MULTILINE)


def parse_queries(text: str) -> list[tuple[str, str, str]]:
    """(kind, name, sql) for each `-- query:` or `-- pick:` block, in file order."""
    marks = list(_BLOCK.finditer(text))
    blocks = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        sql = text[mark.end() : following.start() if following else len(text)]
        blocks.append((mark.group(1), mark.group(2), sql.strip().rstrip(";")))
    return blocks


def time_queries(database: Path, sql_path: Path = QUERIES_SQL, runs: int = RUNS) -> dict:
    """Median and first-run milliseconds per query, rows returned, and the picked parameters."""
    params: dict[str, object] = {}
    results: dict[str, dict] = {}
    with duckdb.connect(str(database), read_only=True) as connection:
        for kind, name, sql in parse_queries(sql_path.read_text()):
            used = {key: value for key, value in params.items() if f"${key}" in sql}
            try:
                if kind == "pick":
                    row = connection.execute(sql).fetchone()
                    params[name] = row[0] if row else None
                    continue
                results[name] = _timed(connection, sql, used, runs)
            except duckdb.Error as error:
                results[name] = {"error": f"{type(error).__name__}: {error}"[:300]}
    return {"params": {k: str(v) for k, v in params.items()}, "queries": results}


def _timed(connection: duckdb.DuckDBPyConnection, sql: str, params: dict, runs: int) -> dict:
    timings, rows = [], 0
    for _ in range(runs):
        began = time.perf_counter()
        rows = len(connection.execute(sql, params or None).fetchall())
        timings.append((time.perf_counter() - began) * 1000)
    return {
        "median_ms": round(statistics.median(timings), 2),
        "first_ms": round(timings[0], 2),
        "rows": rows,
    }
