"""Crashes at every stage and a real SIGKILL: a rerun leaves the warehouse a clean run leaves."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.flows.cli_runs import AS_CLEAN, content, run_here, run_to_end, start_run
from tests.flows.test_robustness import faulty

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.mark.parametrize("stage", ["process", "publish", "load"])
def test_crash_after_a_stage_then_rerun_equals_a_clean_run(
    stage: str, corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    crashed = run_to_end(corpus, warehouse, **faulty(f"after:{stage}"))
    assert crashed.returncode == 137
    run_here(corpus, warehouse, **AS_CLEAN)  # the rerun, in this process
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
    run_here(corpus, warehouse, **AS_CLEAN)  # the rerun, in this process
    assert content(warehouse) == clean
