"""One run at a time per warehouse: an advisory file lock the operating system releases on death."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class RunInProgress(RuntimeError):
    """Another run holds the warehouse and did not finish in time."""


@contextmanager
def run_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold the warehouse's run lock, waiting up to `timeout` seconds for another run.

    A killed run's lock is released by the kernel with its file descriptor, so a crash
    never leaves the warehouse locked.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise RunInProgress(
                        f"another run (pid {holder}) is loading this warehouse; "
                        "wait for it to finish or raise --wait"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()
