"""Validation before publish: a bad row quarantines its article; a bad batch publishes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dateline.settings import Settings
from dateline.storage.requeue import requeue_quarantined
from dateline.validation import SUITES_DIR
from flows.pipeline import pipeline
from tests.conftest import SEED

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
    summary = pipeline(Settings(raw_root=raw, warehouse_root=tmp_path / "wh", workers=1))
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
    summary = pipeline(Settings(raw_root=raw, warehouse_root=warehouse, workers=1, batch_size=1))
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
        assert shared == 10
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

    from dateline.storage.lake import stage_batch
    from dateline.validation import validate_staged

    def entities(ids: list[str]) -> pa.Table:
        return pa.table({
            "entity_id": ids, "name": ["Li Qiang"] * len(ids), "type": ["PERSON"] * len(ids),
            "country_code": pa.nulls(len(ids), pa.string()),
            "latitude": pa.nulls(len(ids), pa.float64()),
            "longitude": pa.nulls(len(ids), pa.float64()),
        })  # fmt: skip

    for batch_no, ids in enumerate([["e1", "e2"], ["e1"], ["e3", "e3"]]):
        stage_batch({"entities": entities(ids)}, tmp_path, batch_no)
    assert validate_staged(tmp_path, [0, 1]).failures == []
    failures = validate_staged(tmp_path, [0, 1, 2]).failures
    found = [(f.dataset, f.expectation, f.column, f.scope, f.unexpected_count) for f in failures]
    assert found == [
        ("entities", "expect_compound_columns_to_be_unique", "batch_no,entity_id", "batch", 2)
    ]


def test_a_validation_group_keeps_each_articles_rows_from_its_first_batch(tmp_path: Path) -> None:
    import pyarrow as pa

    from dateline.storage.lake import earlier_copies, read_staged_group, stage_batch

    staged = {
        0: ["a", "b"],
        1: ["b", "c"],  # b again: a duplicate of batch 0's copy
        2: ["a", "d"],
    }
    for batch_no, ids in staged.items():
        articles = pa.table({"article_id": ids, "batch": [batch_no] * len(ids)})
        paragraphs = pa.table({"article_id": ids * 2, "batch": [batch_no] * 2 * len(ids)})
        stage_batch({"articles": articles, "paragraphs": paragraphs}, tmp_path, batch_no)
    earlier = earlier_copies(tmp_path, [2, 0, 1])
    rows = read_staged_group(tmp_path, "paragraphs", earlier).sort_by("article_id").to_pylist()
    assert [(r["article_id"], r["batch"]) for r in rows] == [
        ("a", 0), ("a", 0), ("b", 0), ("b", 0), ("c", 1), ("c", 1), ("d", 2), ("d", 2),
    ]  # fmt: skip
    group = read_staged_group(tmp_path, "articles", earlier_copies(tmp_path, [1, 2]))
    assert sorted(group["article_id"].to_pylist()) == ["a", "b", "c", "d"]


def test_a_failing_batch_publishes_nothing_and_says_why(tmp_path: Path) -> None:
    suites = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, suites)
    strict = json.loads((suites / "articles.json").read_text())
    strict["expectations"].append({
        "type": "expect_table_row_count_to_be_between",
        "kwargs": {"min_value": 2},
        "meta": {"scope": "batch", "notes": "a batch holds at least two articles"},
    })  # fmt: skip
    (suites / "articles.json").write_text(json.dumps(strict))
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


def test_retry_requeues_quarantined_files_after_a_fix(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    small = Settings(raw_root=raw, warehouse_root=warehouse, workers=1, max_file_bytes=1000)
    assert pipeline(small)["quarantined"] == 1
    assert requeue_quarantined(warehouse, "too_large") == 1
    larger = Settings(raw_root=raw, warehouse_root=warehouse, workers=1)
    summary = pipeline(larger)
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


def test_narrow_integers_are_checked_as_int64_and_a_bad_offset_still_fails() -> None:
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
    outcome = validate_batch(tables)  # the bare articles fail their own suite: not looked at
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
        (tmp_path / f"{name}.json").write_text(json.dumps(spec))
    monkeypatch.setenv("DATELINE_EXPECTATIONS_DIR", str(tmp_path))
    forget_suites()
    try:
        checked = [_checked_columns(name) for name in suites]
    finally:
        forget_suites()
    assert checked == [None, None, frozenset({"text"})]


def test_suites_run_without_loading_scipy_stats_which_still_loads_on_use() -> None:
    """Great Expectations imports `scipy.stats` for distribution tests no suite runs; it is
    deferred, and whoever does use it gets the real module."""
    script = (
        "import sys\n"
        "from flows.batches import build_tables\n"
        "from dateline.validation import validate_batch\n"
        "from transforms.parse import parse_batch\n"
        "articles, _ = parse_batch([('seed.txt', open(sys.argv[1], 'rb').read(), '0' * 64)])\n"
        "tables, _ = build_tables(articles, 'rules', 'run', 'test')\n"
        "tables.pop('entities')  # its suite checks a batch_no the staged copy carries\n"
        "outcome = validate_batch(tables)\n"
        "print(outcome.evaluated, outcome.failures, 'scipy.stats._stats_py' in sys.modules)\n"
        "from scipy import stats\n"
        "print(stats.norm.cdf(0.0), 'scipy.stats._stats_py' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(SEED)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["55 [] False", "0.5 True"]


def test_validator_processes_split_the_suites_and_write_the_data_docs(tmp_path: Path) -> None:
    """`dateline serve` validates in two processes of its own, each with a share of the
    suites: the same outcome as in one process, the Data Docs written with the reports of
    both, and Great Expectations never imported by the serving process. If one dies, the
    call that finds it dead fails and the next gets new processes."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dateline import validators\n"
        "from flows.batches import process_batch\n"
        "from dateline.storage.discovery import walk_raw_root\n"
        "from dateline.settings import Settings\n"
        "settings = Settings(raw_root=Path(sys.argv[1]), warehouse_root=Path(sys.argv[2]),"
        " ner='rules')\n"
        "validators.start()\n"
        "process_batch(walk_raw_root(settings.raw_root), settings, 'run', 0, 'test')\n"
        "outcome = validators.validate_staged(settings.staging_dir / 'run', [0])\n"
        "validators.build_data_docs(settings.docs_dir)\n"
        "print(outcome.evaluated, outcome.failures, 'great_expectations' in sys.modules)\n"
        "import os, signal\n"
        "from concurrent.futures.process import BrokenProcessPool\n"
        "for pid in list(validators._validators[1]._processes): os.kill(pid, signal.SIGKILL)\n"
        "try:\n"
        "    validators.validate_staged(settings.staging_dir / 'run', [0])\n"
        "except BrokenProcessPool:\n"
        "    print('the call that found it dead failed')\n"
        "print(validators.validate_staged(settings.staging_dir / 'run', [0]).evaluated)\n"
        "validators.stop()\n"
    )
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    done = subprocess.run(
        [sys.executable, "-c", script, str(raw), str(tmp_path / "wh")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "62 [] False", "the call that found it dead failed", "62",
    ]  # fmt: skip
    docs = tmp_path / "wh" / "docs"
    pages = {p.relative_to(docs / "validations").parts[0] for p in docs.rglob("*.html")
             if "validations" in p.parts}  # fmt: skip
    assert (docs / "index.html").exists()
    # Each process's share: the second one's reports reached the first one's Data Docs.
    assert pages == {"articles", "entities", "keywords", "mentioned_dates", "mentions",
                     "paragraphs", "quotes", "topics"}  # fmt: skip


def test_suites_split_into_consecutive_shares_of_about_equal_cost() -> None:
    from dateline.validation import suite_names
    from dateline.validators import split_suites

    assert split_suites(suite_names(), 2) == [
        ["articles", "captions", "entities", "keywords"],  # 33 expectations
        ["mentioned_dates", "mentions", "paragraphs", "quotes", "topics"],  # 32
    ]
    assert split_suites(suite_names(), 1) == [suite_names()]
    assert split_suites(["articles"], 2) == [["articles"], []]
