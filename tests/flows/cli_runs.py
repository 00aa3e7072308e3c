"""Runs of the real CLI, in a subprocess or in this process, and the warehouse they leave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from dateline.cli import main

# Columns that name the run or the clock rather than the data.
RUN_COLUMNS = {
    "articles": "EXCLUDE (run_id)",
    "files": "EXCLUDE (run_id, first_seen_at)",
    "quarantine": "EXCLUDE (run_id, quarantined_at)",
}


# The options of `start_run` (and of the `clean` warehouse), for `run_here`.
AS_CLEAN = {"ner": "rules", "batch_size": 10}


def start_run(raw: Path, warehouse: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "run", "--raw", str(raw), "--warehouse",
         str(warehouse), "--batch-size", "10", "--workers", "1", "--ner", "rules"],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def run_here(raw: Path, warehouse: Path, **options) -> dict:
    """The pipeline flow called in this process, on a run as small as `dateline run` keeps
    in its own process: the model stays loaded from one test to the next (worker
    processes have tests of their own, in test_robustness and test_object_store)."""
    from dateline.settings import IN_PROCESS_FILES
    from flows.pipeline import pipeline

    options.setdefault("workers", 1)
    options.setdefault("in_process_files", IN_PROCESS_FILES)
    return pipeline(raw=str(raw), warehouse=str(warehouse), **options)


def cli_here(capsys, *args: str) -> tuple[int, str, str]:
    """The CLI's `main` in this process (a fault injected or a kill needs a process of its
    own, `start_run`): exit code, standard output, standard error."""
    capsys.readouterr()
    code = main(list(args))
    return code, *capsys.readouterr()


def run_to_end(raw: Path, warehouse: Path, **env: str) -> subprocess.CompletedProcess:
    process = start_run(raw, warehouse, **env)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def content(warehouse: Path) -> dict:
    """Every table's rows without run ids and load times, and the lake's rows per dataset
    (the loader's change log is bookkeeping: it numbers writes, which differ by history)."""
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        tables = [t for (t,) in db.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_name NOT IN ('runs', 'change_log')"
        ).fetchall()]  # fmt: skip
        state = {
            t: db.execute(f"SELECT * {RUN_COLUMNS.get(t, '')} FROM {t} ORDER BY ALL").fetchall()
            for t in tables
        }
        lake = warehouse / "lake"
        datasets = sorted(p.name for p in lake.iterdir() if p.is_dir()) if lake.is_dir() else []
        for dataset in datasets:
            files = [str(p) for p in (lake / dataset).rglob("*.parquet")]
            state[f"lake/{dataset}"] = db.execute(
                "SELECT count(*) FROM read_parquet(?, union_by_name = true)", [files]
            ).fetchone()
    return state
