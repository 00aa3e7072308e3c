"""The temporary Prefect server's boot: a server that dies or hangs is reported, by name."""

from __future__ import annotations

import sys

import pytest

from flows.prefect_api import TemporaryServer


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
