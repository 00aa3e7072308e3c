"""Validation before publish: a bad row quarantines its article; a bad batch publishes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dateline.storage.location import Location
from dateline.storage.quarantine import requeue_quarantined
from dateline.storage.staging import RunStaging
from dateline.storage.warehouse import Warehouse
from dateline.validation import SUITES_DIR
from tests.conftest import SEED
from tests.flows.cli_runs import run_here

pytestmark = pytest.mark.usefixtures("prefect_server")

ODD = (
    "Source: Xinhua\nEditor: x\n2023-11-09 20:00:00\n"
    "BEIJING, Nov. 9 (Xinhua) -- The tag â€x stays odd in this copy, officials said.\n"
)


def test_a_failing_row_quarantines_only_its_article(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    (raw / "odd.txt").write_text(ODD, encoding="utf-8")
    summary = run_here(raw, tmp_path / "wh")
    assert (summary["status"], summary["articles_loaded"], summary["quarantined"]) == (
        "completed", 1, 1,
    )  # fmt: skip
    assert summary["validation_success"] is False
    with duckdb.connect(str(tmp_path / "wh" / "dateline.duckdb"), read_only=True) as db:
        quarantine = db.execute(
            "SELECT raw_path, stage, reason_code, reason_detail FROM quarantine"
        ).fetchall()
        assert quarantine == [(
            "odd.txt", "validate", "validation_failed",
            "articles: expect_column_values_to_not_match_regex(body) failed on 1 row(s)"
            " - no mojibake left in the body",
        )]  # fmt: skip
        orphans = db.execute(
            "SELECT count(*) FROM mentions WHERE article_id NOT IN "
            "(SELECT article_id FROM articles)"
        ).fetchone()
        assert orphans == (0,)
        assert db.execute("SELECT raw_path FROM articles").fetchall() == [(SEED.name,)]


def test_batches_validated_together_count_each_article_and_entity_once(tmp_path: Path) -> None:
    """One file per batch and one validation for the three batches: the seed's respaced
    copy (the same article in another batch) and an update of it (the same people and
    places in another batch) must not trip the suites' uniqueness expectations."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    shutil.copy(SEED, raw / SEED.name)
    (raw / "b copy.txt").write_text(text.replace(" ", "  "), encoding="utf-8")
    update = text.replace("will devote itself", "is devoting itself")
    (raw / "c update.txt").write_text(update, encoding="utf-8")
    warehouse = tmp_path / "wh"
    summary = run_here(raw, warehouse, batch_size=1)
    assert (summary["status"], summary["validation_success"]) == ("completed", True)
    assert (summary["articles_loaded"], summary["duplicates"]) == (2, 1)
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert db.execute("SELECT raw_path, status FROM files ORDER BY 1").fetchall() == [
            (SEED.name, "loaded"), ("b copy.txt", "duplicate"), ("c update.txt", "loaded"),
        ]  # fmt: skip
        shared = db.execute(
            "SELECT count(*) FROM (SELECT entity_id FROM mentions "
            "GROUP BY entity_id HAVING count(DISTINCT article_id) = 2)"
        ).fetchone()[0]
        assert shared == 8
    results = sorted(
        p.relative_to(warehouse / "docs" / "validations").parts[0]
        for p in (warehouse / "docs" / "validations").rglob("*.html")
    )
    assert results.count("articles") == 1 and results.count("entities") == 1


def test_an_entity_twice_in_one_batch_fails_the_group_but_once_per_batch_does_not(
    tmp_path: Path,
) -> None:
    """Entities are validated a group at a time, each row tagged with its batch: one entity
    in two batches is expected, twice in one batch is a broken entity register."""
    import pyarrow as pa

    from dateline.validation import validate_staged

    def entities(ids: list[str]) -> pa.Table:
        return pa.table({
            "entity_id": ids, "name": ["Li Qiang"] * len(ids), "type": ["PERSON"] * len(ids),
            "country_code": pa.nulls(len(ids), pa.string()),
            "latitude": pa.nulls(len(ids), pa.float64()),
            "longitude": pa.nulls(len(ids), pa.float64()),
        })  # fmt: skip

    staging = RunStaging(Location.of(tmp_path), "run")
    for batch_no, ids in enumerate([["e1", "e2"], ["e1"], ["e3", "e3"]]):
        staging.stage({"entities": entities(ids)}, batch_no)
    docs = tmp_path / "docs"
    assert validate_staged(staging, [0, 1], docs).failures == []
    failures = validate_staged(staging, [0, 1, 2], docs).failures
    found = [(f.dataset, f.expectation, f.column, f.scope, f.unexpected_count) for f in failures]
    assert found == [
        ("entities", "expect_compound_columns_to_be_unique", "batch_no,entity_id", "batch", 2)
    ]


def test_a_validation_group_keeps_each_articles_rows_from_its_first_batch(tmp_path: Path) -> None:
    import pyarrow as pa

    staging = RunStaging(Location.of(tmp_path), "run")
    staged = {
        0: ["a", "b"],
        1: ["b", "c"],  # b again: a duplicate of batch 0's copy
        2: ["a", "d"],
    }
    for batch_no, ids in staged.items():
        articles = pa.table({"article_id": ids, "batch": [batch_no] * len(ids)})
        paragraphs = pa.table({"article_id": ids * 2, "batch": [batch_no] * 2 * len(ids)})
        staging.stage({"articles": articles, "paragraphs": paragraphs}, batch_no)
    earlier = staging.earlier_copies([2, 0, 1])
    rows = staging.read_group("paragraphs", earlier).sort_by("article_id").to_pylist()
    assert [(r["article_id"], r["batch"]) for r in rows] == [
        ("a", 0), ("a", 0), ("b", 0), ("b", 0), ("c", 1), ("c", 1), ("d", 2), ("d", 2),
    ]  # fmt: skip
    group = staging.read_group("articles", staging.earlier_copies([1, 2]))
    assert sorted(group["article_id"].to_pylist()) == ["a", "b", "c", "d"]


def test_a_failing_batch_publishes_nothing_and_says_why(tmp_path: Path) -> None:
    suites = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, suites)
    strict = json.loads((suites / "suites" / "articles.json").read_text())
    strict["expectations"].append({
        "type": "expect_table_row_count_to_be_between",
        "kwargs": {"min_value": 2},
        "meta": {"scope": "batch", "notes": "a batch holds at least two articles"},
    })  # fmt: skip
    (suites / "suites" / "articles.json").write_text(json.dumps(strict))
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    result = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "run", "--raw", str(raw), "--warehouse",
         str(warehouse), "--workers", "1", "--ner", "rules"],
        capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "DATELINE_EXPECTATIONS_DIR": str(suites)},
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "dateline: validation failed, nothing published: articles: "
        "expect_table_row_count_to_be_between() failed observed 1 - "
        "a batch holds at least two articles\n"
    )
    assert not list((warehouse / "lake").rglob("*.parquet"))
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM files").fetchone() == (0,)
        assert db.execute("SELECT status FROM runs").fetchall() == [("failed",)]


def test_retry_requeues_quarantined_files_after_a_fix(tmp_path: Path, monkeypatch) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    monkeypatch.setenv("DATELINE_MAX_FILE_BYTES", "1000")
    assert run_here(raw, warehouse)["quarantined"] == 1
    assert requeue_quarantined(Warehouse(warehouse), "too_large", timeout=10) == 1
    monkeypatch.delenv("DATELINE_MAX_FILE_BYTES")
    summary = run_here(raw, warehouse)
    assert (summary["files_new"], summary["articles_loaded"]) == (1, 1)
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        assert db.execute("SELECT status FROM files").fetchall() == [("loaded",)]


def test_a_suite_sees_only_the_columns_it_checks_and_the_article_key() -> None:
    """Columns no expectation names are neither converted to pandas nor hashed by Great
    Expectations; the offset checks are derived before the text columns are dropped."""
    import pyarrow as pa

    from dateline.validation import _checked_columns, _frame_for

    articles = pa.table({"article_id": ["a"], "body": ["Li Qiang spoke."], "title": ["T"]})
    mentions = pa.table({
        "article_id": ["a"], "entity_id": ["e"], "entity_type": ["PERSON"], "text": ["Li Qiang"],
        "char_start": [0], "char_end": [8], "paragraph_index": [0], "method": ["rules"],
    })  # fmt: skip
    frame = _frame_for("mentions", mentions, {"articles": articles, "mentions": mentions})
    assert list(frame.columns) == [
        "article_id", "entity_id", "entity_type", "char_start", "char_end",
        "body_length", "text_matches_body",
    ]  # fmt: skip
    assert frame["text_matches_body"].tolist() == [True]
    assert "title" not in _checked_columns("articles")


def test_narrow_integers_are_checked_as_int64_and_a_bad_offset_still_fails(tmp_path: Path) -> None:
    """Offsets are int32 in the lake; the suites see int64 (Great Expectations compares
    those in one vectorized step) and still reject a negative offset."""
    import pyarrow as pa

    from dateline.validation import _frame_for, validate_batch

    body = "Li Qiang spoke. Wang Yi spoke."
    articles = pa.table({"article_id": ["a", "b"], "body": [body, body]})
    mentions = pa.table({
        "article_id": ["a", "b"], "entity_id": ["e1", "e2"], "entity_type": ["PERSON"] * 2,
        "text": ["Li Qiang", "Wang Yi"], "char_start": pa.array([0, -1], pa.int32()),
        "char_end": pa.array([8, 23], pa.int32()),
    })  # fmt: skip
    tables = {"mentions": mentions}
    assert str(_frame_for("mentions", mentions, tables)["char_start"].dtype) == "int64"
    tables["articles"] = articles
    # The bare articles fail their own suite: not looked at.
    outcome = validate_batch(tables, tmp_path / "docs")
    failed = {
        (f.expectation, f.column, f.unexpected_count)
        for f in outcome.failures
        if f.dataset == "mentions"
    }
    assert failed == {
        ("expect_column_values_to_be_between", "char_start", 1),
        ("expect_column_values_to_be_in_set", "text_matches_body", 1),
    }


def test_a_suite_with_a_row_condition_or_a_table_expectation_sees_every_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.validation import _checked_columns, _suite_spec

    def forget_suites() -> None:
        _suite_spec.cache_clear()
        _checked_columns.cache_clear()

    conditioned = {"column": "score", "min_value": 0, "row_condition": 'topic_code=="x"'}
    suites = {
        "topics": {"type": "expect_column_values_to_be_between", "kwargs": conditioned},
        "keywords": {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}},
        "captions": {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "text"}},
    }
    for name, expectation in suites.items():
        spec = {"name": name, "expectations": [expectation]}
        (tmp_path / "suites").mkdir(exist_ok=True)
        (tmp_path / "suites" / f"{name}.json").write_text(json.dumps(spec))
    monkeypatch.setenv("DATELINE_EXPECTATIONS_DIR", str(tmp_path))
    forget_suites()
    try:
        checked = [_checked_columns(name) for name in suites]
    finally:
        forget_suites()
    assert checked == [None, None, frozenset({"text"})]
