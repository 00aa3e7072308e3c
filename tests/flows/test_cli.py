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
        "quarantined now: empty 1",
    ]
    as_json = json.loads(
        dateline("status", "--warehouse", str(warehouse), "--format", "json").stdout
    )
    assert {k: as_json[k] for k in ("articles", "files", "quarantined_now")} == {
        "articles": 1, "files": {"loaded": 1, "quarantined": 1}, "quarantined_now": {"empty": 1},
    }  # fmt: skip
    assert [run["new"] for run in as_json["recent_runs"]] == [2]

    out = tmp_path / "places.parquet"
    parquet = dateline(
        "query", "SELECT name, country_code FROM entities WHERE type = 'PLACE' ORDER BY 1",
        "--warehouse", str(warehouse), "--format", "parquet", "--out", str(out),
    )  # fmt: skip
    assert parquet.returncode == 0, parquet.stderr
    import pyarrow.parquet as pq

    places = pq.read_table(out).to_pylist()
    assert parquet.stdout == f"wrote {len(places)} row(s) to {out}\n"
    assert {"name": "Zhejiang", "country_code": "CN"} in places

    # The run's Data Docs render offline, and the run has its page, linked from the index.
    docs = warehouse / "docs"
    run_id = as_json["recent_runs"][0]["run_id"]
    assert (docs / "runs" / f"{run_id}.html").exists()
    assert f"{run_id}.html" in (docs / "runs" / "index.html").read_text()
    assert "runs/index.html" in (docs / "index.html").read_text()
    pages = [p.read_text() for p in docs.rglob("*.html")]
    assert not [p for p in pages if "cdn.jsdelivr.net" in p or "unpkg.com" in p]

    report = dateline("report", "--warehouse", str(warehouse))
    assert (report.returncode, report.stderr) == (0, "")
    page = warehouse / "docs" / "report.html"
    assert report.stdout == f"wrote {page}\n"
    assert page.read_text().count("<svg") == 8


def test_query_is_read_only(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    import duckdb

    duckdb.connect(str(warehouse / "dateline.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS a")
    result = dateline("query", "DROP TABLE t", "--warehouse", str(warehouse))
    assert result.returncode == 1
    assert result.stderr.startswith("dateline: query refused:")
    assert "read-only" in result.stderr.lower()


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("COPY t TO '{tmp}/out.csv'", 'Cannot access file "{tmp}/out.csv"'),
        ("SELECT * FROM read_csv('/etc/passwd')", 'Cannot access file "/etc/passwd"'),
        ("INSTALL httpfs", "Cannot access directory"),
        ("LOAD httpfs", "Loading external extensions is disabled"),
        ("SET enable_external_access = true", "the configuration has been locked"),
    ],
)
def test_query_is_sealed_to_the_warehouse(tmp_path: Path, sql: str, why: str) -> None:
    """No file read or written outside the warehouse, no extension, no way to undo that."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    import duckdb

    duckdb.connect(str(warehouse / "dateline.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS a")
    result = dateline("query", sql.format(tmp=tmp_path), "--warehouse", str(warehouse))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("dateline: query refused: ")
    assert why.format(tmp=tmp_path) in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_mistakes_get_one_line_and_a_documented_code(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    import duckdb

    duckdb.connect(str(warehouse / "dateline.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS a")
    (tmp_path / "raw").mkdir()
    (tmp_path / "a-file").write_text("")
    cases = [
        (["query", "  ", "--warehouse", str(warehouse)], 2, "no SQL given"),
        (["retry", "--warehouse", str(tmp_path / "typo")], 2, "no warehouse at"),
        (["retry", "--warehouse", str(warehouse), "--reason", "bogus"], 2,
         "unknown reason code 'bogus'; one of: bad_timestamp, batch_failed, "),
        (["run", "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / "a-file")], 2,
         f"--warehouse {tmp_path / 'a-file'}: {tmp_path / 'a-file'} is a file"),
        (["serve", "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / "a-file")], 2,
         "is a file"),
        (["run", "--raw", str(tmp_path / "raw"), "--warehouse", str(warehouse),
          "--lake", str(tmp_path / "a-file" / "lake")], 2,
         f"--lake {tmp_path / 'a-file' / 'lake'}: {tmp_path / 'a-file'} is a file"),
        (["status", "--warehouse", str(tmp_path / "typo")], 2, "no warehouse at"),
    ]  # fmt: skip
    for args, code, message in cases:
        result = dateline(*args)
        assert (result.returncode, result.stdout) == (code, ""), (args, result.stderr)
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "typo").exists()  # reading commands never create a warehouse


def test_a_closed_pipe_ends_output_quietly(tmp_path: Path) -> None:
    """`dateline query ... | head -1`: the reader went away; no traceback, exit 141."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    import duckdb

    duckdb.connect(str(warehouse / "dateline.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS a")
    process = subprocess.Popen(
        [*DATELINE, "query", "SELECT range FROM range(300000)", "--warehouse", str(warehouse)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout.readline().split() == [b"range"]
    process.stdout.close()
    assert process.wait(timeout=60) == 141
    assert process.stderr.read() == b""


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


def test_a_run_on_its_own_temporary_server_with_a_new_prefect_home(tmp_path: Path) -> None:
    """No PREFECT_API_URL: the run starts its own server, in a PREFECT_HOME that does not
    exist yet (Prefect creates its home itself), and leaves no server behind."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    home = tmp_path / "not" / "yet"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    run = subprocess.Popen(
        [*DATELINE, "run", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**env, "PREFECT_HOME": str(home)},
    )  # fmt: skip
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert "loaded 1, duplicates 0, quarantined 0" in out
    assert err == ""
    assert (home / "server.log").exists()
    import psutil

    # The run's server: `python -m dateline.prefect_server PORT PARENT_PID`, the run's pid.
    ours = [
        p for p in psutil.process_iter(["cmdline"])
        if (p.info["cmdline"] or [])[2:5:2] == ["dateline.prefect_server", str(run.pid)]
    ]  # fmt: skip
    assert not [p for p in ours if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
