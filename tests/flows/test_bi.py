"""BI tools end to end: a read-only SQLAlchemy connection through duckdb-engine (what
Superset and other Python BI tools use) stays open across a load, which completes; a new
connection sees the new rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import RAW_FIXTURES, SEED
from tests.flows.cli_runs import AS_CLEAN, run_here, run_to_end

pytestmark = pytest.mark.usefixtures("prefect_server")


def test_a_bi_connection_held_open_across_a_load(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    assert run_here(raw, warehouse, **AS_CLEAN)["articles_loaded"] == 1
    engine = sa.create_engine(
        f"duckdb:///{warehouse / 'dateline.duckdb'}", connect_args={"read_only": True}
    )
    count = sa.text("SELECT count(*) FROM articles")
    with engine.connect() as held:
        assert held.execute(count).scalar() == 1
        for path in RAW_FIXTURES.glob("variant_*.txt"):
            shutil.copy(path, raw / path.name)
        load = run_to_end(raw, warehouse)  # the loader never waits for this reader
        assert load.returncode == 0, load.stderr
        assert "loaded 24, duplicates 0" in load.stdout
        assert held.execute(count).scalar() == 1  # its snapshot, as opened
        names = sa.inspect(held).get_table_names()
        assert {"articles", "entities", "mentions", "quotes", "runs"} <= set(names)
    engine.dispose()
    with sa.create_engine(
        f"duckdb:///{warehouse / 'dateline.duckdb'}", connect_args={"read_only": True}
    ).connect() as fresh:
        assert fresh.execute(count).scalar() == 25
        marts = fresh.execute(sa.text("SELECT count(*) FROM topic_daily")).scalar()
        assert marts > 0
