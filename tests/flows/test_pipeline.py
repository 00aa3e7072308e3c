"""The pipeline flow end to end on real raw files, through a real Prefect run and DuckDB file."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED
from tests.flows.cli_runs import run_here as run

pytestmark = pytest.mark.usefixtures("prefect_server")


def snapshot(database: Path, skip: tuple[str, ...] = ("runs", "change_log")) -> dict[str, list]:
    """Every base table's rows, in a stable order (not the runs, nor the loader's log of writes)."""
    with duckdb.connect(str(database), read_only=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
            if name not in skip
        ]
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}


@pytest.fixture
def seed_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    return raw


def test_seed_article_lands_in_every_table(seed_raw: Path, tmp_path: Path) -> None:
    summary = run(seed_raw, tmp_path / "wh")
    assert (summary["files_seen"], summary["files_new"], summary["articles_loaded"]) == (1, 1, 1)
    assert (summary["duplicates"], summary["quarantined"], summary["status"]) == (0, 0, "completed")
    with duckdb.connect(str(tmp_path / "wh" / "dateline.duckdb"), read_only=True) as db:
        db.execute("SET TimeZone = 'UTC'")
        row = db.execute(
            "SELECT source, editor, title, authors, published_at, published_local, "
            "source_timezone, dateline_place, dateline_date, agency, language, "
            "paragraph_count, raw_path, story_id = article_id FROM articles"
        ).fetchone()
        assert row == (
            "Xinhua", "huaxia", None, [], datetime(2023, 11, 9, 12, 46, tzinfo=UTC),
            datetime(2023, 11, 9, 20, 46), "Asia/Shanghai", "Hangzhou", date(2023, 11, 9),
            "Xinhua", "en", 10, SEED.name, True,
        )  # fmt: skip
        lead, body = db.execute("SELECT lead, body FROM articles").fetchone()
        assert lead.startswith("The World Internet Conference (WIC) will devote itself")
        assert body.endswith('more than ever before," the secretary-general said.')
        assert "â" not in body and "■" not in body and "HANGZHOU" not in body
        assert db.execute("SELECT count(*) FROM paragraphs").fetchone() == (10,)
        assert db.execute(
            "SELECT bool_and(substr(a.body, p.char_start + 1, p.char_end - p.char_start) = p.text)"
            " FROM paragraphs p JOIN articles a USING (article_id)"
        ).fetchone() == (True,)
        assert db.execute("SELECT status, raw_path FROM files").fetchall() == [
            ("loaded", SEED.name)
        ]
        assert db.execute("SELECT status, articles_loaded FROM runs").fetchall() == [
            ("completed", 1)
        ]
    lake = sorted(p.relative_to(tmp_path / "wh" / "lake").parts[:2] for p in
                  (tmp_path / "wh" / "lake").rglob("*.parquet"))  # fmt: skip
    assert ("articles", "published_date=2023-11-09") in lake
    assert ("paragraphs", "published_date=2023-11-09") in lake
    assert not (tmp_path / "wh" / "staging" / summary["run_id"]).exists()


def test_second_run_changes_nothing(seed_raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    run(seed_raw, warehouse)
    before = snapshot(warehouse / "dateline.duckdb")
    lake_before = sorted((warehouse / "lake").rglob("*.parquet"))
    again = run(seed_raw, warehouse)
    assert (again["files_seen"], again["files_new"], again["articles_loaded"]) == (1, 0, 0)
    assert snapshot(warehouse / "dateline.duckdb") == before
    assert sorted((warehouse / "lake").rglob("*.parquet")) == lake_before


def test_whitespace_only_copy_is_a_duplicate(seed_raw: Path, tmp_path: Path) -> None:
    text = SEED.read_bytes().decode("utf-8")
    respaced = text.replace(" ", "  ").replace("\n", "\r\n")
    (seed_raw / "copy with spaces.txt").write_text(respaced, encoding="utf-8", newline="")
    summary = run(seed_raw, tmp_path / "wh")
    assert (summary["articles_loaded"], summary["duplicates"]) == (1, 1)
    with duckdb.connect(str(tmp_path / "wh" / "dateline.duckdb"), read_only=True) as db:
        rows = db.execute("SELECT raw_path, status, article_id FROM files ORDER BY 1").fetchall()
        (loaded_id,) = db.execute("SELECT article_id FROM articles").fetchone()
    assert rows == [
        (SEED.name, "loaded", loaded_id),
        ("copy with spaces.txt", "duplicate", loaded_id),
    ]


def test_duplicate_in_a_later_run_is_recorded_against_the_loaded_article(
    seed_raw: Path, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    run(seed_raw, warehouse)
    (seed_raw / "later").mkdir()
    shutil.copy(SEED, seed_raw / "later" / "again.txt")
    summary = run(seed_raw, warehouse)
    assert (summary["files_new"], summary["duplicates"], summary["articles_loaded"]) == (1, 1, 0)
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert db.execute(
            "SELECT f.status, f.article_id = a.article_id FROM files f, articles a "
            "WHERE f.raw_path = 'later/again.txt'"
        ).fetchall() == [("duplicate", True)]
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_batches_are_capped_and_spread_over_the_workers():
    from flows.pipeline import split_batches

    files = list(range(1000))
    # Each batch takes a quarter of what is left (two workers), then the tail is cut into
    # batches of 25 files, so both workers finish within a small batch of each other.
    tail = [250, 188, 141, 106, 79, 59, 45, 33, 25, 25, 25, 24]
    assert [len(b) for b in split_batches(files, 1000, 2)] == tail
    assert [len(b) for b in split_batches(files * 3, 300, 2)] == [300] * 7 + [
        225, 169, 127, 95, 71, 54, 40, 30, 25, 25, 25, 14
    ]  # fmt: skip
    assert [len(b) for b in split_batches(files[:40], 1000, 2)] == [20, 20]
    assert [len(b) for b in split_batches(files[:3], 1000, 2)] == [2, 1]
    assert [len(b) for b in split_batches(files[:1], 1000, 2)] == [1]
    assert split_batches([], 1000, 2) == []
    assert [f for batch in split_batches(files, 1000, 1) for f in batch] == files


@pytest.mark.parametrize(
    ("stamp", "joins"), [("2023-11-12 08:00:00", True), ("2023-11-19 21:00:00", False)]
)
def test_an_update_joins_a_stored_story_within_the_window(
    seed_raw: Path, tmp_path: Path, stamp: str, joins: bool
) -> None:
    """A later run's update joins the stored story when published within the story window
    (7 days by default), and starts its own story after it."""
    warehouse = tmp_path / "wh"
    run(seed_raw, warehouse)
    update = SEED.read_text(encoding="utf-8").replace("2023-11-09 20:46:00", stamp)
    update = update.replace("will devote itself", "is devoting itself")
    (seed_raw / "update.txt").write_text(update, encoding="utf-8")
    assert run(seed_raw, warehouse)["articles_loaded"] == 1
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        stories = db.execute(
            "SELECT raw_path, story_id = first_value(article_id) OVER (ORDER BY published_at) "
            "FROM articles ORDER BY published_at"
        ).fetchall()
    assert stories == [(SEED.name, True), ("update.txt", joins)]
