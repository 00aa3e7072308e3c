"""Batch tasks on Dask, on a local cluster or an external one, give the warehouse a run on
this machine's process pool gives."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flows.cli_runs import content

pytestmark = pytest.mark.usefixtures("prefect_server")

# The real CLI, except that no run stays on the command's own thread: the corpus is
# smaller than the runs kept there, and these runs must reach the cluster. The run says
# whether Dask was used at all (`distributed` is imported only for it).
CLI = (
    "import sys\n"
    "import dateline.settings\n"
    "dateline.settings.IN_PROCESS_FILES = 0\n"
    "from dateline.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('dask used' if 'distributed' in sys.modules else 'dask not used')\n"
    "sys.exit(code)\n"
)


def dask_run(raw: Path, warehouse: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CLI, "run", "--raw", str(raw), "--warehouse", str(warehouse),
         "--ner", "rules", "--batch-size", "10", "--task-runner", "dask", *options],
        capture_output=True, text=True, timeout=300, env={**os.environ},
    )  # fmt: skip


@contextlib.contextmanager
def port_taken(port: int):
    """The port held, as another Dask cluster's dashboard would hold it (if something else
    holds it already, the run meets the same)."""
    with socket.socket() as sock:
        with contextlib.suppress(OSError):
            sock.bind(("", port))
            sock.listen()
        yield


def test_a_local_dask_cluster_gives_the_warehouse_of_a_local_run(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    with port_taken(8787):  # Dask's default dashboard port, in use elsewhere
        run = dask_run(corpus, warehouse, "--workers", "2")
    assert run.returncode == 0, run.stderr
    assert run.stdout.rstrip().endswith("dask used")
    assert run.stderr == ""  # the cluster's own log lines stay off the person's terminal
    assert content(warehouse) == clean


def test_an_external_dask_cluster_gives_the_warehouse_of_a_local_run(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    from distributed import LocalCluster

    warehouse = tmp_path / "wh"
    # A real cluster of two single-threaded worker processes, reached by its address
    # only, as a cluster on other machines would be (these share the file system).
    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        run = dask_run(corpus, warehouse, "--dask-address", cluster.scheduler_address)
        ran = {prefix for prefix in cluster.scheduler.task_prefixes}
        workers_left = len(cluster.scheduler.workers)
    assert run.returncode == 0, run.stderr
    assert "process_batch" in ran  # the batches ran on this cluster, not in the run's process
    assert workers_left == 2  # the run left the cluster as it found it
    assert content(warehouse) == clean


def test_a_dask_address_without_the_dask_runner_is_a_usage_error(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from dateline.cli import main

    args = ["run", "--raw", str(corpus), "--warehouse", str(tmp_path / "wh")]
    assert main([*args, "--dask-address", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == (
        "dateline: --dask-address is used only with --task-runner dask\n"
    )
    assert not (tmp_path / "wh").exists()  # refused before anything started


def test_small_runs_stay_in_the_runs_thread_and_large_ones_go_to_dask() -> None:
    from prefect_dask import DaskTaskRunner

    from dateline.settings import Settings
    from flows.pipeline import batch_runner

    served = Settings(workers=2, in_process_files=100, task_runner="dask")
    with batch_runner(served, 1, 100) as runner:
        assert runner is None  # the batches run in the flow's own thread
    local = batch_runner(served, 5, 101)  # the cluster starts only when a batch is submitted
    assert isinstance(local, DaskTaskRunner)
    assert (local.cluster_kwargs["n_workers"], local.cluster_kwargs["threads_per_worker"]) == (2, 1)
    assert batch_runner(served, 5, 101, workers=1).cluster_kwargs["n_workers"] == 1  # retry alone
    address = "tcp://127.0.0.1:8786"
    external = batch_runner(Settings(task_runner="dask", dask_address=address), 5, 500)
    assert isinstance(external, DaskTaskRunner) and external.address == address
