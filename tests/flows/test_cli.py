"""The `dateline` command as a person runs it: a subprocess, a real Prefect flow run, real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

DATELINE = [sys.executable, "-m", "dateline.cli"]


def dateline(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*DATELINE, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=os.environ
    )


@pytest.mark.usefixtures("prefect_server")
def test_run_query_status_end_to_end(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse"
    (raw / "2023" / "11").mkdir(parents=True)
    shutil.copy(SEED, raw / "2023" / "11" / SEED.name)
    (raw / "empty.txt").write_bytes(b"")

    result = dateline(  # two batches on two worker processes
        "run", "--raw", str(raw), "--warehouse", str(warehouse), "--workers", "2",
        "--batch-size", "1",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("run ") and ": completed in " in lines[0]
    assert lines[1:] == [
        "  files seen 2, new 2",
        "  loaded 1, duplicates 0, quarantined 1 (empty: 1)",
        "  validation: passed",
    ]
    assert "Traceback" not in result.stderr

    query = dateline(
        "query", "SELECT source, dateline_place, paragraph_count FROM articles",
        "--warehouse", str(warehouse), "--format", "csv",
    )  # fmt: skip
    assert query.returncode == 0, query.stderr
    assert query.stdout == "source,dateline_place,paragraph_count\nXinhua,Hangzhou,10\n"

    as_json = dateline(
        "query", "SELECT raw_path, status FROM files ORDER BY 1",
        "--warehouse", str(warehouse), "--format", "json",
    )  # fmt: skip
    assert [json.loads(line) for line in as_json.stdout.splitlines()] == [
        {"raw_path": "2023/11/000_6cedf1850dac7222.txt", "status": "loaded"},
        {"raw_path": "empty.txt", "status": "quarantined"},
    ]

    status = dateline("status", "--warehouse", str(warehouse))
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[:3] == [
        "articles: 1",
        "files: loaded 1, quarantined 1",
        "quarantine: empty 1",
    ]


def test_query_is_read_only(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    import duckdb

    duckdb.connect(str(warehouse / "dateline.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS a")
    result = dateline("query", "DROP TABLE t", "--warehouse", str(warehouse))
    assert result.returncode == 1
    assert result.stderr.startswith("dateline: query failed:")
    assert "read-only" in result.stderr.lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--raw", "missing-folder"], "raw folder missing-folder does not exist"),
        (["run", "--batch-size", "0"], "--batch-size must be at least 1"),
        (["query", "SELECT 1", "--warehouse", "nowhere"], "no warehouse at nowhere"),
    ],
)
def test_bad_arguments_get_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "raw").mkdir()
    result = dateline(*args, cwd=tmp_path)
    assert result.returncode in (1, 2)
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
