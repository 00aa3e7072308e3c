"""The temporary Prefect server's boot: a server that dies or hangs is reported, by name."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.prefect_api import TemporaryServer


def test_a_server_that_exits_while_booting_is_reported_with_its_log(tmp_path):
    server = TemporaryServer(tmp_path / "server.log")
    server.launch([sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(RuntimeError, match=r"exited while starting; see .*server\.log"):
        server.wait_until_ready()


def test_a_server_that_never_answers_times_out(tmp_path):
    server = TemporaryServer(tmp_path / "server.log")
    server.launch([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with pytest.raises(RuntimeError, match="did not start within 1 s"):
            server.wait_until_ready(timeout=1)
    finally:
        server.stop()
    assert server._process is None  # stopped, not left behind


def test_waiting_for_a_server_never_launched_is_an_error(tmp_path):
    with pytest.raises(RuntimeError, match="not launched"):
        TemporaryServer(tmp_path / "server.log").wait_until_ready()


def _running(pid: int) -> bool:
    """Whether `pid` still runs (an exited process its new parent has not reaped is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def test_a_killed_run_does_not_leave_its_server_running(tmp_path):
    """A run killed outright (SIGKILL: no clean-up runs) must not leave its temporary
    server behind: the real server process notices its parent is gone and stops."""
    launcher = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from dateline.prefect_api import TemporaryServer\n"
        "server = TemporaryServer(Path(sys.argv[1]))\n"
        "server.launch()\n"
        "print(server._process.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", launcher, str(tmp_path / "server.log")],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert done.returncode == -9
    server = int(done.stdout)
    deadline = time.monotonic() + 30
    while _running(server) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(server)


def test_the_server_is_out_of_reach_of_a_terminal_ctrl_c(tmp_path):
    """The run handles Ctrl-C and stops the server when done with it: the server runs in a
    session of its own, so the terminal's SIGINT to the run's group does not reach it."""
    server = TemporaryServer(tmp_path / "server.log")
    server.launch([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert os.getsid(server._process.pid) == server._process.pid
        assert os.getpgid(server._process.pid) != os.getpgid(0)
    finally:
        server.stop()
