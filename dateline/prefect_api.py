"""A Prefect API for the run: the configured server, or a temporary local one.

With no `PREFECT_API_URL`, Prefect would start a temporary server inside the flow call,
and each task-runner worker process would start its own. dateline starts one itself,
exports its address so workers share it, and stops it when the process exits.

The temporary server is the same uvicorn app Prefect's own temporary server runs, started
by `dateline.prefect_server`. dateline launches it before importing Prefect, so the server
boots on one core while the run imports its modules on the other; the flow waits for it
only when it is about to start.
"""

from __future__ import annotations

import atexit
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_BOOT_TIMEOUT = 120.0
UI_PORT = 4200  # Prefect's own default, when it is free


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


class TemporaryServer:
    """A Prefect API server in a child process, for one run, or with its UI and background
    services (the scheduler among them) for the life of `dateline serve`."""

    def __init__(self, log_path: Path, full: bool = False) -> None:
        self.port = _free_port(UI_PORT if full else 0)
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.ui_url = f"http://127.0.0.1:{self.port}" if full else None
        self.log_path = log_path
        self.full = full
        self._process: subprocess.Popen | None = None
        self._booted: threading.Thread | None = None
        self._boot_error: str | None = None

    def launch(self, command: list[str] | None = None) -> None:
        """Start booting; return at once. `command` replaces the server's (for tests)."""
        command = command or [
            sys.executable,
            "-m",
            "dateline.prefect_server",
            str(self.port),
            str(os.getpid()),
            *(["--full"] if self.full else []),
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # a Ctrl-C at the terminal is the run's to handle
            )
        self._booted = threading.Thread(target=self._watch_boot, name="server-boot", daemon=True)
        self._booted.start()

    def wait_until_ready(self, timeout: float = SERVER_BOOT_TIMEOUT) -> None:
        """Block until the server answers its health check and its first API call.

        The first API call after the health check is slow (the server finishes
        setting up on it). A thread makes it as soon as the server is up, so a run that is
        still loading its own modules then does not wait for it."""
        if self._booted is None:
            raise RuntimeError("the temporary Prefect server was not launched")
        self._booted.join(timeout)
        if self._booted.is_alive():
            raise RuntimeError(self._late(timeout))
        if self._boot_error:
            raise RuntimeError(self._boot_error)

    def _watch_boot(self, timeout: float = SERVER_BOOT_TIMEOUT) -> None:
        """Poll until the server answers (the boot thread); record why it did not."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                self._boot_error = (
                    f"the temporary Prefect server exited while starting; see {self.log_path}, "
                    "or point PREFECT_API_URL at a running `prefect server start`"
                )
                return
            try:
                for path in ("/health", "/admin/version"):
                    with urllib.request.urlopen(f"{self.url}{path}", timeout=5) as response:
                        response.read()
                return
            except (OSError, http.client.HTTPException):  # refused, reset, timed out, 5xx
                time.sleep(0.2)
        self._boot_error = self._late(timeout)

    def _late(self, timeout: float) -> str:
        return (
            f"the temporary Prefect server did not start within {timeout:.0f} s; "
            f"see {self.log_path}"
        )

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None


@contextmanager
def prefect_api(full: bool = False) -> Iterator[TemporaryServer | None]:
    """Yield the temporary server being started, or None when `PREFECT_API_URL` is set.

    `full` starts it with the UI and the background services, for `dateline serve`.

    Call it before anything imports Prefect: Prefect reads `PREFECT_API_URL` once, at
    import, in every thread that ships logs and events. Call `wait_until_ready()` on the
    server before the flow starts.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield None
        return
    home = Path(os.environ["PREFECT_HOME"])
    server = TemporaryServer(home / "server.log", full)
    os.environ["PREFECT_API_URL"] = server.url  # for this process and the task-runner workers
    server.launch()
    # Stopped at exit, after Prefect has sent the run's last logs and events: exit
    # handlers run last-registered first, and Prefect registers its own when it starts
    # sending, later than this.
    atexit.register(server.stop)
    yield server


def _free_port(preferred: int = 0) -> int:
    """`preferred` if it is free, else any free port."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
        except OSError:
            probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
