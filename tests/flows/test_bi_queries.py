"""The Evidence dashboards' queries (bi/) run on a real warehouse: a mart change that
would break them fails here, with no npm or browser (`make bi` builds the site itself)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("prefect_server")
CHECK = Path(__file__).parents[2] / "bi" / "check_queries.py"


def test_every_dashboard_query_runs_on_a_real_warehouse(loaded: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(CHECK), str(loaded / "dateline.duckdb")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
