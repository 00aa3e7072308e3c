"""Publishing without copying the warehouse: the loader writes the file readers do not
hold, brought up to date from the change log, and links it as `dateline.duckdb`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from dateline.storage import changes
from dateline.storage.warehouse import Warehouse
from tests.flows.cli_runs import AS_CLEAN, content, run_here, run_to_end

pytestmark = pytest.mark.usefixtures("prefect_server")
# While a reader is held here, the loads run the CLI (this process's reader would meet the
# loader's connection); the others run in this process.


def _land(corpus: Path, raw: Path, names: list[str]) -> None:
    raw.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(corpus / name, raw / name)


def _generations(warehouse: Path) -> list[str]:
    return sorted(p.name for p in (warehouse / ".writer" / "generations").iterdir())


def _tables(state: dict) -> dict:
    """The warehouse's tables; the lake's `entities` rows count one per run that met each."""
    return {key: rows for key, rows in state.items() if key != "lake/entities"}


def _published_inode(warehouse: Path) -> int:
    return (warehouse / "dateline.duckdb").stat().st_ino


def test_runs_in_steps_equal_one_run_and_reuse_the_two_files(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse, raw = tmp_path / "wh", tmp_path / "raw"
    names = sorted(p.name for p in corpus.iterdir())
    inodes = []
    for part in (names[:8], names[8:17], names[17:]):
        _land(corpus, raw, part)
        run_here(raw, warehouse, **AS_CLEAN)
        inodes.append(_published_inode(warehouse))
    assert _tables(content(warehouse)) == _tables(clean)
    assert _generations(warehouse) == ["dateline-1.duckdb", "dateline-2.duckdb"]
    # The third run wrote the first run's file in place, caught up with the second's rows:
    # the same inode, no copy.
    assert inodes[0] == inodes[2] != inodes[1]
    # Both files hold every write; the change log numbers them, one change per write.
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert changes.position(db) == 3
        assert db.execute("SELECT count(*) FROM change_log WHERE kind = '*'").fetchone() == (0,)


def test_a_reader_holding_the_older_file_gets_a_copy_then_it_goes(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse, raw = tmp_path / "wh", tmp_path / "raw"
    names = sorted(p.name for p in corpus.iterdir())
    _land(corpus, raw, names[:5])
    run_here(raw, warehouse, **AS_CLEAN)
    bi_tool = duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True)
    try:
        _land(corpus, raw, names[5:15])
        assert run_to_end(raw, warehouse).returncode == 0
        # The file the reader holds is the one the next load would write: it copies instead.
        _land(corpus, raw, names[15:])
        result = run_to_end(raw, warehouse)
        assert result.returncode == 0, result.stderr
        assert _generations(warehouse) == [
            "dateline-1.duckdb", "dateline-2.duckdb", "dateline-3.duckdb"
        ]  # fmt: skip
        assert bi_tool.execute("SELECT count(*) FROM files").fetchone() == (5,)
    finally:
        bi_tool.close()
    assert _tables(content(warehouse)) == _tables(clean)
    # Released, the extra file goes with the next load.
    run_here(raw, warehouse, **AS_CLEAN)
    assert len(_generations(warehouse)) == 2
    assert _tables(content(warehouse)) == _tables(clean)


def test_a_warehouse_from_before_two_files_is_adopted(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    """The single writer file (`.writer/dateline.duckdb`) and its published copy."""
    warehouse, raw = tmp_path / "wh", tmp_path / "raw"
    names = sorted(p.name for p in corpus.iterdir())
    _land(corpus, raw, names[:10])
    run_here(raw, warehouse, **AS_CLEAN)
    generations = warehouse / ".writer" / "generations"
    (published,) = generations.iterdir()
    os.replace(published, warehouse / ".writer" / "dateline.duckdb")
    generations.rmdir()
    (warehouse / "dateline.duckdb").unlink()  # was a link; before, a copy
    shutil.copyfile(warehouse / ".writer" / "dateline.duckdb", warehouse / "dateline.duckdb")
    _land(corpus, raw, names[10:])
    run_here(raw, warehouse, **AS_CLEAN)
    assert _tables(content(warehouse)) == _tables(clean)
    assert not (warehouse / ".writer" / "dateline.duckdb").exists()


def test_every_table_is_caught_up_by_key_copied_whole_or_bookkeeping(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "wh").latest() as db:
        tables = {
            t
            for (t,) in db.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            ).fetchall()
        }
    keyed = {t for _, ts in changes.KEYED.values() for t in ts}
    assert tables == keyed | set(changes.COPIED_WHOLE) | set(changes.BOOKKEEPING)
