"""Crashes, concurrent runs and readers: the warehouse always ends as a clean run leaves it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import RAW_FIXTURES

pytestmark = pytest.mark.usefixtures("prefect_server")

# Columns that name the run or the clock rather than the data.
RUN_COLUMNS = {
    "articles": "EXCLUDE (run_id)",
    "files": "EXCLUDE (run_id, first_seen_at)",
    "quarantine": "EXCLUDE (run_id, quarantined_at)",
}


def start_run(raw: Path, warehouse: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--warehouse",
         str(warehouse), "--batch-size", "3", "--workers", "1", "--ner", "rules"],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def run_to_end(raw: Path, warehouse: Path, **env: str) -> subprocess.CompletedProcess:
    process = start_run(raw, warehouse, **env)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def content(warehouse: Path) -> dict:
    """Every table's rows without run ids and load times, and the lake's rows per dataset."""
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        tables = [t for (t,) in db.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_name <> 'runs'").fetchall()]  # fmt: skip
        state = {
            t: db.execute(f"SELECT * {RUN_COLUMNS.get(t, '')} FROM {t} ORDER BY ALL").fetchall()
            for t in tables
        }
        lake = warehouse / "lake"
        for dataset in sorted(p.name for p in lake.iterdir() if p.is_dir()):
            files = [str(p) for p in (lake / dataset).rglob("*.parquet")]
            state[f"lake/{dataset}"] = db.execute(
                "SELECT count(*) FROM read_parquet(?, union_by_name = true)", [files]
            ).fetchone()
    return state


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    shutil.copytree(RAW_FIXTURES, raw)
    (raw / "empty.txt").write_bytes(b"")
    return raw


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory) -> dict:
    warehouse = tmp_path_factory.mktemp("clean") / "wh"
    result = run_to_end(corpus, warehouse)
    assert result.returncode == 0, result.stderr
    return content(warehouse)


@pytest.mark.parametrize("stage", ["discover", "process", "validate", "publish", "load"])
def test_crash_after_a_stage_then_rerun_equals_a_clean_run(
    stage: str, corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    crashed = run_to_end(corpus, warehouse, DATELINE_FAIL_AFTER=stage)
    assert crashed.returncode == 137
    rerun = run_to_end(corpus, warehouse)
    assert rerun.returncode == 0, rerun.stderr
    assert content(warehouse) == clean


def test_sigkill_mid_run_then_rerun_equals_a_clean_run(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    process = start_run(corpus, warehouse)
    deadline = time.monotonic() + 120
    while not list((warehouse / "staging").rglob("batch-*.parquet")):
        assert process.poll() is None and time.monotonic() < deadline, "run ended before staging"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    rerun = run_to_end(corpus, warehouse)
    assert rerun.returncode == 0, rerun.stderr
    assert content(warehouse) == clean


def test_two_runs_at_once_load_once(corpus: Path, clean: dict, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    first, second = start_run(corpus, warehouse), start_run(corpus, warehouse)
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), outputs
    news = sorted(out.splitlines()[1] for out, _ in outputs)
    assert news[0].endswith("new 0")  # whichever ran second found nothing new
    assert content(warehouse) == clean


def test_second_run_gives_up_with_a_clear_message(corpus: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    warehouse.mkdir()
    import fcntl

    with (warehouse / ".run.lock").open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        held.write("4242")
        held.flush()
        result = run_to_end(corpus, warehouse, DATELINE_LOCK_TIMEOUT="1")
    assert result.returncode == 3
    assert result.stderr.strip() == (
        "dateline: another run (pid 4242) is loading this warehouse; "
        "wait for it to finish or raise --wait"
    )


def test_reader_holding_the_warehouse_never_blocks_a_load(corpus: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(corpus / "000_6cedf1850dac7222.txt", raw)
    assert run_to_end(raw, warehouse).returncode == 0
    bi_tool = duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True)
    try:
        shutil.copytree(corpus, raw, dirs_exist_ok=True)
        result = run_to_end(raw, warehouse)
        assert result.returncode == 0, result.stderr
        assert bi_tool.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    finally:
        bi_tool.close()
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM articles").fetchone()[0] > 1


def test_warehouse_opens_in_duckdb_1_4(corpus: Path, tmp_path: Path) -> None:
    old_duckdb = Path(__file__).resolve().parents[2] / ".venv-duckdb14" / "bin" / "python"
    assert old_duckdb.exists(), "make test installs DuckDB 1.4 into .venv-duckdb14"
    warehouse = tmp_path / "wh"
    assert run_to_end(corpus, warehouse).returncode == 0
    probe = subprocess.run(
        [str(old_duckdb), "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(duckdb.__version__, c.execute('SELECT count(*) FROM articles').fetchone()[0])",
         str(warehouse / "dateline.duckdb")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    version, count = probe.stdout.split()
    assert version.startswith("1.4.") and int(count) > 1
