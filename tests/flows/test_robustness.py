"""No article fails a run, a dead worker costs only its batch, and Ctrl-C stops a run cleanly.

Faults are injected by `tests/faults/sitecustomize.py` into the real CLI's processes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from dateline.cli import main
from flows.pipeline import split_batches
from tests.conftest import RAW_FIXTURES, SEED
from tests.flows.cli_runs import AS_CLEAN, content, run_here, run_to_end

pytestmark = pytest.mark.usefixtures("prefect_server")
FAULTS = str(Path(__file__).parents[1] / "faults")
DATELINE = [sys.executable, "-m", "dateline.cli"]


def faulty(fault: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [FAULTS, os.environ.get("PYTHONPATH")]))
    return {"PYTHONPATH": path, "DATELINE_TEST_FAULT": fault}


def dateline(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*DATELINE, *args], capture_output=True, text=True, timeout=300,
        env={**os.environ, **env},
    )  # fmt: skip


def rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        return db.execute(sql).fetchall()


def test_a_transform_raising_on_one_article_quarantines_it_alone(
    corpus: Path, clean: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    warehouse = tmp_path / "wh"
    # Only the seed's body names the Wuzhen summit.
    run = run_to_end(corpus, warehouse, **faulty("raise:Wuzhen"))
    assert run.returncode == 0, run.stderr
    assert "quarantined 2 (empty: 1, transform_error: 1)" in run.stdout
    assert rows(
        warehouse, "SELECT raw_path, stage, reason_code, reason_detail FROM quarantine "
        "WHERE reason_code = 'transform_error'"
    ) == [(
        "000_6cedf1850dac7222.txt", "keywords", "transform_error",
        "ValueError: injected fault on an article containing 'Wuzhen'",
    )]  # fmt: skip
    loaded = rows(warehouse, "SELECT count(*) FROM articles")[0][0]
    assert loaded == len(clean["articles"]) - 1

    # The rest needs no fault: the CLI's commands and the fixed run in this process.
    assert main(["status", "--warehouse", str(warehouse)]) == 0
    assert "transform_error 1" in capsys.readouterr().out

    assert main(["retry", "--warehouse", str(warehouse), "--reason", "transform_error"]) == 0
    assert capsys.readouterr().out.startswith("re-queued 1 quarantined file(s) for transform_error")
    run_here(corpus, warehouse, **AS_CLEAN)  # the bug fixed: no fault
    # The lake's entities hold a row per run that mentions an entity: the second run
    # wrote again the seed's entities the first had met in other articles.
    now = content(warehouse)
    assert now.pop("lake/entities") > clean["lake/entities"]
    assert now == {k: v for k, v in clean.items() if k != "lake/entities"}
    capsys.readouterr()
    assert main(["status", "--warehouse", str(warehouse)]) == 0
    assert "transform_error" not in capsys.readouterr().out


@pytest.mark.parametrize("copies", [1, 5], ids=["in-process", "worker-processes"])
def test_an_article_that_never_ends_is_stopped_and_quarantined_alone(
    copies: int, tmp_path: Path
) -> None:
    """One copy runs in the command's own process, five (more than a run keeps there) in
    worker processes; either way the seed, in one desk only, stops its batches."""
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    for copy in range(copies):
        seedless = shutil.ignore_patterns(SEED.name) if copy else None
        shutil.copytree(RAW_FIXTURES, raw / f"desk{copy}", ignore=seedless)
    run = subprocess.run(
        [*DATELINE, "run", "--raw", str(raw), "--warehouse", str(warehouse), "--workers", "2",
         "--batch-size", "2", "--ner", "rules"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, **faulty("hang:Wuzhen"), "DATELINE_BATCH_TIMEOUT": "5"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "quarantined 1 (timed_out: 1)" in run.stdout
    # Its batch of 2, then the seed alone ran out of time: 5 s and a second per 5,000 bytes
    # of raw text.
    limit = 5 + SEED.stat().st_size / 5000
    assert rows(
        warehouse, "SELECT raw_path, stage, reason_detail FROM quarantine "
        "WHERE reason_code = 'timed_out'"
    ) == [(
        f"desk0/{SEED.name}", "process",
        f"processing did not end within {limit:.0f} s and was stopped",
    )]  # fmt: skip
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(24,)]


def test_a_worker_killed_mid_batch_quarantines_its_batch_as_batch_failed(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    for copy in range(5):  # 125 files: more than a run keeps on its own thread
        shutil.copytree(RAW_FIXTURES, raw / f"desk{copy}")
    poison = "desk2/variant_french.txt"
    run = subprocess.run(
        [*DATELINE, "run", "--raw", str(raw), "--warehouse", str(warehouse), "--workers", "2",
         "--batch-size", "10", "--ner", "rules"],
        capture_output=True, text=True, timeout=600, env={**os.environ, **faulty(f"kill:{poison}")},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    paths = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file())
    batch = next(b for b in split_batches(paths, 10, 2) if poison in b)
    failed = rows(
        warehouse, "SELECT raw_path, reason_detail FROM quarantine "
        "WHERE reason_code = 'batch_failed' ORDER BY 1"
    )  # fmt: skip
    assert [path for path, _ in failed] == batch
    assert all(detail.startswith("batch task failed: ") for _, detail in failed)
    files = dict(rows(warehouse, "SELECT status, count(*) FROM files GROUP BY 1"))
    assert files == {"loaded": 25, "duplicate": 90, "quarantined": len(batch)}
    assert rows(warehouse, "SELECT count(*) FROM articles")[0][0] == 25


def _children(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def _as_at_a_terminal() -> None:
    """Take Ctrl-C as a command typed at a terminal does: a suite started in the
    background (`make test &`) hands its processes SIGINT ignored, and the run obeys."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(("signum", "code", "word"), [
    (signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated"),
])  # fmt: skip
def test_an_interrupt_stops_a_multi_worker_run_cleanly(
    signum: int, code: int, word: str, tmp_path: Path
) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    for copy in range(6):
        shutil.copytree(RAW_FIXTURES, raw / f"desk{copy}")
    process = subprocess.Popen(
        [*DATELINE, "run", "--raw", str(raw), "--warehouse", str(warehouse), "--workers", "2",
         "--batch-size", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_as_at_a_terminal,
    )  # fmt: skip
    deadline = time.monotonic() + 180
    while not list((warehouse / "staging").rglob("batch-*.parquet")):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    helpers = _children(process.pid)
    assert len(helpers) >= 3  # the Prefect server and two workers at least
    # Ctrl-C at a terminal reaches the whole foreground group; SIGTERM only the run.
    if signum == signal.SIGINT:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    stopped = time.monotonic()
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - stopped < 10
    assert process.returncode == code
    assert err.splitlines() == [f"dateline: {word}; the warehouse is unchanged by this run"]
    assert out == ""
    time.sleep(1)  # the server notices its parent is gone within half a second
    assert [p for p in helpers if p.is_running() and p.status() != psutil.STATUS_ZOMBIE] == []
    assert not (warehouse / "dateline.duckdb").exists() or rows(
        warehouse, "SELECT count(*) FROM articles"
    ) == [(0,)]
    if signum == signal.SIGTERM:
        return  # both stop alike: one rerun shows what they leave is recovered
    rerun = subprocess.run(
        [*DATELINE, "run", "--raw", str(raw), "--warehouse", str(warehouse), "--ner", "rules"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(25,)]


def test_a_process_whose_exit_hangs_still_ends_with_its_exit_code() -> None:
    """What a dead worker's held queue lock does at exit (multiprocessing waits forever),
    stood in for by an exit handler that never returns."""
    script = (
        "import atexit, threading\n"
        "import dateline.cli as cli\n"
        "cli.EXIT_GRACE_SECONDS = 0.5\n"
        "atexit.register(threading.Event().wait)\n"
        "print('done', flush=True)\n"
        "cli._exit_in_time(7)\n"
        "raise SystemExit(7)\n"
    )
    started = time.monotonic()
    command = [sys.executable, "-c", script]
    ended = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (ended.returncode, ended.stdout) == (7, "done\n")
    assert time.monotonic() - started < 30
