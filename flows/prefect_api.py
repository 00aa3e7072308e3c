"""A Prefect API for the run: the configured server, or a temporary local one.

With no `PREFECT_API_URL`, Prefect would start a temporary server inside the flow call,
and each task-runner worker process would start its own. dateline starts one itself,
exports its address so workers share it, flushes the logs and stops it quietly.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from pathlib import Path


def configure_environment(prefect_home: Path, verbose: bool = False) -> None:
    """Pin Prefect's state to a folder of ours and keep its console output short."""
    prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    # The person reads dateline's summary; Prefect's own lines (and tracebacks) go to the
    # API and its UI, and to the console only with --verbose.
    os.environ.setdefault(
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if verbose else "CRITICAL"
    )
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "0")


@contextmanager
def prefect_api() -> Iterator[str]:
    """Yield the API URL the flow reports to, starting a temporary server when none is set.

    Call it before anything imports Prefect: Prefect reads `PREFECT_API_URL` once, at
    import, in every thread that ships logs and events.
    """
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    os.environ["PREFECT_API_URL"] = url  # for this process and the task-runner workers
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer(port=port)
    try:
        with open(os.devnull, "w") as quiet, redirect_stderr(quiet):
            server.start(timeout=120)
        yield url
    finally:
        _flush_logs()
        os.environ.pop("PREFECT_API_URL", None)
        logging.getLogger("prefect").setLevel(logging.CRITICAL)
        with open(os.devnull, "w") as quiet, redirect_stderr(quiet):
            server.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _flush_logs() -> None:
    """Send queued logs and events while the server still listens."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=10)
