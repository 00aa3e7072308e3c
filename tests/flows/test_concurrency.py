"""Concurrent runs, readers during a load, and older DuckDB readers."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.flows.cli_runs import content, run_to_end, start_run

pytestmark = pytest.mark.usefixtures("prefect_server")


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


def test_warehouse_opens_in_duckdb_1_4(loaded: Path) -> None:
    old_duckdb = Path(__file__).resolve().parents[2] / ".venv-duckdb14" / "bin" / "python"
    assert old_duckdb.exists(), "make test installs DuckDB 1.4 into .venv-duckdb14"
    probe = subprocess.run(
        [str(old_duckdb), "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(duckdb.__version__, c.execute('SELECT count(*) FROM articles').fetchone()[0])",
         str(loaded / "dateline.duckdb")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    version, count = probe.stdout.split()
    assert version.startswith("1.4.") and int(count) > 1
