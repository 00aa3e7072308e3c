"""Shared test set-up: Prefect state in a temporary home, one Prefect server per session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="dateline-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

FIXTURES = Path(__file__).parent / "fixtures"
RAW_FIXTURES = FIXTURES / "raw"
SEED = RAW_FIXTURES / "000_6cedf1850dac7222.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The end-to-end files first. `make test` hands whole files to its two workers in
    collection order (`--dist loadfile --no-loadscope-reorder`): the long runs of the CLI
    start early, and the many short unit tests even out the end. xdist's own order (most
    tests first) would leave one worker alone on the longest file at the end."""
    items.sort(key=lambda item: not item.nodeid.startswith("tests/flows/"))


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect API for the whole session; subprocess runs of the CLI report to it too."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        from prefect.settings import PREFECT_API_URL

        url = PREFECT_API_URL.value()
        os.environ["PREFECT_API_URL"] = url
        yield url
        os.environ.pop("PREFECT_API_URL", None)
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
