"""A Prefect API for the run: the configured server, or a temporary local one.

With no `PREFECT_API_URL`, Prefect would start a temporary server inside the flow call,
and each task-runner worker process would start its own. dateline starts one itself,
exports its address so workers share it, flushes the logs and stops it quietly.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from pathlib import Path


def configure_environment(prefect_home: Path, verbose: bool = False) -> None:
    """Pin Prefect's state to a folder of ours and keep its console output short."""
    os.environ.setdefault("PREFECT_HOME", str(prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "0")


@contextmanager
def prefect_api() -> Iterator[str]:
    """Yield the API URL the flow reports to, starting a temporary server when none is set."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    with open(os.devnull, "w") as quiet, redirect_stderr(quiet):
        server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield server.api_url
    finally:
        _flush_logs()
        os.environ.pop("PREFECT_API_URL", None)
        logging.getLogger("prefect").setLevel(logging.CRITICAL)
        with open(os.devnull, "w") as quiet, redirect_stderr(quiet):
            server.stop()


def _flush_logs() -> None:
    try:
        from prefect.logging.handlers import APILogHandler

        APILogHandler.flush()
    except Exception:
        pass
