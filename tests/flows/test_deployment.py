"""The stock deployment in prefect.yaml, run as the README says: a real `prefect server
start`, `prefect deploy --all`, a process worker and `prefect deployment run`.

Everything runs in subprocesses with an explicit environment naming this module's own
server and a `PREFECT_HOME` in tmp (the worker passes its environment on to the flow run's
process), never the session's server of `tests/conftest.py`.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

from tests.flows.cli_runs import content

ROOT = Path(__file__).resolve().parents[2]
PREFECT = str(Path(sys.executable).with_name("prefect"))  # the virtualenv's CLI
BOOT_SECONDS = 60
RUN_SECONDS = 90
FINAL_STATES = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


class Prefect:
    """A Prefect server of this module, and the CLI commands run against it."""

    def __init__(self, home: Path) -> None:
        self.home = home
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.api = f"http://127.0.0.1:{self.port}/api"
        # os.environ holds the session server's PREFECT_* (tests/conftest.py): drop them.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        self.env.update(
            PREFECT_HOME=str(home),
            PREFECT_API_URL=self.api,
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_SERVER_UI_ENABLED="false",
            PREFECT_CLI_PROMPT="false",  # a `prefect deploy` never waits for an answer
            PREFECT_WORKER_QUERY_SECONDS="1",  # the worker notices a run at once
            PREFECT_LOGGING_LEVEL="WARNING",
            GX_ANALYTICS_ENABLED="false",
        )
        self.background: list[tuple[subprocess.Popen, Path]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen:
        """A long-running `prefect` command in a process group of its own, logged to home."""
        log = self.home / f"{name}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [PREFECT, *args], cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        self.background.append((process, log))
        return process

    def run(self, *args: str) -> str:
        """A `prefect` command, from the project root as the README has it; its output."""
        result = subprocess.run(
            [PREFECT, *args], cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL,
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, f"prefect {' '.join(args)}:\n{result.stdout}{result.stderr}"
        return result.stdout

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + BOOT_SECONDS
        while True:
            server = self.background[0][0]
            assert server.poll() is None, self.logs()
            assert time.monotonic() < deadline, self.logs()
            try:
                if httpx.get(f"{self.api}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:  # not listening yet
                pass
            time.sleep(0.25)

    def logs(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text()[-3000:]}" for _, log in self.background)

    def stop(self) -> None:
        """End the server and the worker with every process they started."""
        for process, _ in reversed(self.background):
            _signal_group(process, signal.SIGTERM)
        for process, _ in reversed(self.background):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)  # the server takes seconds to shut down cleanly
            _signal_group(process, signal.SIGKILL)  # what the group left behind, too
            process.wait()


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # the group has ended already
        os.killpg(process.pid, signum)


@pytest.fixture(scope="module")
def prefect(tmp_path_factory) -> Prefect:
    """`prefect server start` on a free port, with its state in tmp; stopped at the end.

    Not waited for here: it boots while the `clean` run the test compares with loads."""
    server = Prefect(tmp_path_factory.mktemp("prefect-home"))
    try:
        server.start("server", "server", "start", "--host", "127.0.0.1", "--port", str(server.port))
        yield server
    finally:
        server.stop()


def flow_run_state(prefect: Prefect, flow_run_id: str) -> tuple[str, str]:
    """The flow run's state type and message, waiting until it is final."""
    deadline = time.monotonic() + RUN_SECONDS
    while time.monotonic() < deadline:
        state = httpx.get(f"{prefect.api}/flow_runs/{flow_run_id}", timeout=10).json()["state"]
        if state["type"] in FINAL_STATES:
            return state["type"], state["message"]
        time.sleep(0.5)
    raise AssertionError(f"flow run not finished after {RUN_SECONDS} s\n{prefect.logs()}")


def test_the_stock_deployment_loads_what_a_run_loads(
    prefect: Prefect, corpus: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # The direct run to compare with, while the server boots (pytest would set the
    # session's fixtures up before this module's server).
    clean = request.getfixturevalue("clean")
    prefect.wait_until_ready()
    prefect.run("work-pool", "create", "dateline", "--type", "process")
    worker = prefect.start("worker", "worker", "start", "--pool", "dateline")
    prefect.run("deploy", "--all")
    warehouse = tmp_path / "wh"
    # The options `clean` was loaded with (tests/flows/cli_runs.py), as plain parameters.
    out = prefect.run(
        "deployment", "run", "pipeline/dateline", "-p", f"raw={corpus}",
        "-p", f"warehouse={warehouse}", "-p", "ner=rules", "-p", "batch_size=10",
        "-p", "workers=1",
    )  # fmt: skip
    flow_run_id = re.search(r"UUID: ([0-9a-f-]{36})", out).group(1)

    state, message = flow_run_state(prefect, flow_run_id)
    assert state == "COMPLETED", f"{message}\n{prefect.logs()}"
    assert worker.poll() is None, prefect.logs()
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (25,)
        statuses = db.execute("SELECT status, count(*) FROM files GROUP BY 1 ORDER BY 1")
        assert statuses.fetchall() == [("loaded", 25), ("quarantined", 1)]
    assert content(warehouse) == clean
    # The deployment a person sees in the UI: the defaults prefect.yaml gives.
    deployment = httpx.get(f"{prefect.api}/deployments/name/pipeline/dateline", timeout=10)
    parameters = deployment.json()["parameters"]
    assert parameters == {"raw": "raw", "warehouse": "warehouse", "ner": "model",
                          "in_process_files": 100}  # fmt: skip
