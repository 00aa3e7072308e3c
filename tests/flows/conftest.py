"""Fixtures for the tests that run the real CLI: a corpus and the warehouse a clean run leaves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import RAW_FIXTURES
from tests.flows.cli_runs import AS_CLEAN, content, run_here


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    shutil.copytree(RAW_FIXTURES, raw)
    (raw / "empty.txt").write_bytes(b"")
    return raw


@pytest.fixture(scope="session")
def clean_warehouse(prefect_server: str, corpus: Path, tmp_path_factory) -> Path:
    """The warehouse a run over the corpus leaves; tests change only copies (`loaded`).
    Loaded in this process: the runs of the CLI in a process of its own (over a bucket, on
    Dask, after a crash) are compared with it."""
    warehouse = tmp_path_factory.mktemp("clean") / "wh"
    result = run_here(corpus, warehouse, **AS_CLEAN)
    assert (result["articles_loaded"], result["quarantined"]) == (25, 1), result
    return warehouse


@pytest.fixture(scope="session")
def clean(clean_warehouse: Path) -> dict:
    return content(clean_warehouse)


@pytest.fixture
def loaded(clean_warehouse: Path, tmp_path: Path) -> Path:
    """A warehouse of the test's own, as a run over the corpus leaves it: a copy (it holds
    no absolute paths), which costs a fraction of a run."""
    warehouse = tmp_path / "wh"
    shutil.copytree(clean_warehouse, warehouse)
    return warehouse
