"""`dateline reprocess`: stored articles enriched again with the current code, their rows
replaced in every table and in the lake, once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from dateline import pipeline_version
from dateline.cli import main
from dateline.storage.warehouse import Warehouse
from dateline.validation import SUITES_DIR
from tests.flows.cli_runs import cli_here, content, run_to_end
from tests.flows.test_robustness import dateline, faulty

pytestmark = pytest.mark.usefixtures("prefect_server")
OLD = "0.0.9+0123456789ab"


def rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        return db.execute(sql).fetchall()


def _as_if_older_code(warehouse: Path, where: str = "TRUE") -> None:
    """What older code left: another pipeline version, and one keyword fewer per article."""
    with Warehouse(warehouse).writing(30) as db:
        db.execute(f"UPDATE articles SET pipeline_version = '{OLD}' WHERE {where}")
        db.execute(
            "DELETE FROM keywords WHERE rank = 1 AND article_id IN "
            f"(SELECT article_id FROM articles WHERE {where})"
        )


def _lake_articles(warehouse: Path) -> list[tuple]:
    files = [str(p) for p in (warehouse / "lake" / "articles").rglob("*.parquet")]
    with duckdb.connect() as db:
        return db.execute(
            "SELECT article_id, count(*) FROM read_parquet(?) GROUP BY ALL ORDER BY ALL", [files]
        ).fetchall()


def reprocess(capsys: pytest.CaptureFixture, *args: str) -> str:
    """`dateline reprocess` in this process (fault injection needs its own, `dateline`):
    its standard output, once it ended well."""
    code, out, err = cli_here(capsys, "reprocess", *args)
    assert code == 0, err
    return out


def test_a_dry_run_says_which_versions_would_change_and_changes_nothing(
    corpus: Path, loaded: Path, capsys: pytest.CaptureFixture
) -> None:
    _as_if_older_code(loaded, "source = 'Xinhua'")
    before = content(loaded)
    args = ["reprocess", "--raw", str(corpus), "--warehouse", str(loaded), "--dry-run"]
    assert main([*args, "--source", "Xinhua"]) == 0
    xinhua = rows(loaded, "SELECT count(*) FROM articles WHERE source = 'Xinhua'")[0][0]
    assert capsys.readouterr().out == (
        f"{xinhua} stored article(s) would be enriched again with pipeline version "
        f"{pipeline_version()}; {xinhua} of them were made by other versions:\n"
        f"  {OLD}: {xinhua}\n"
    )
    assert main([*args, "--since", "2023-11-09", "--until", "2023-11-08"]) == 2
    assert "--since 2023-11-09 is after --until 2023-11-08" in capsys.readouterr().err
    assert content(loaded) == before


def test_reprocessing_replaces_the_rows_older_code_made_everywhere_once(
    corpus: Path, loaded: Path, clean: dict, capsys: pytest.CaptureFixture
) -> None:
    _as_if_older_code(loaded)
    assert content(loaded) != clean
    reprocess(
        capsys, "--raw", str(corpus), "--warehouse", str(loaded), "--workers", "1",
        "--ner", "rules", "--batch-size", "10",
    )  # fmt: skip
    now = content(loaded)
    # The lake's entities hold a row per run that mentions an entity (see test_robustness).
    assert now.pop("lake/entities") > clean["lake/entities"]
    assert now == {k: v for k, v in clean.items() if k != "lake/entities"}
    assert rows(loaded, "SELECT DISTINCT pipeline_version FROM articles") == [(pipeline_version(),)]
    assert all(copies == 1 for _, copies in _lake_articles(loaded))


def test_an_article_the_current_suites_refuse_leaves_and_a_gone_raw_file_is_restored(
    corpus: Path,
    loaded: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    suites = tmp_path / "expectations"
    shutil.copytree(SUITES_DIR, suites)
    strict = json.loads((suites / "suites" / "articles.json").read_text())
    strict["expectations"].append({
        "type": "expect_column_values_to_be_between",
        "kwargs": {"column": "word_count", "min_value": 90},
        "meta": {"scope": "row", "notes": "a story of 90 words or more"},
    })  # fmt: skip
    (suites / "suites" / "articles.json").write_text(json.dumps(strict))
    monkeypatch.setenv("DATELINE_EXPECTATIONS_DIR", str(suites))
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "000_6cedf1850dac7222.txt").unlink()  # the seed: 315 words, kept by the suite
    short = dict(rows(loaded, "SELECT article_id, word_count < 90 FROM articles"))
    seed = rows(loaded, "SELECT article_id FROM files WHERE raw_path = '000_6cedf1850dac7222.txt'")
    refused = sorted(a for a, is_short in short.items() if is_short)
    assert refused and seed[0][0] not in refused

    out = reprocess(
        capsys, "--raw", str(raw), "--warehouse", str(loaded), "--workers", "1", "--ner", "rules"
    )
    assert "1 article(s) enriched from their stored text: raw file gone" in out
    assert f"quarantined {len(refused)} (validation_failed: {len(refused)})" in out
    left = {a for (a,) in rows(loaded, "SELECT article_id FROM articles")}
    assert left == set(short) - set(refused)
    seed_version = f"SELECT pipeline_version FROM articles WHERE article_id = '{seed[0][0]}'"
    assert rows(loaded, seed_version) == [(pipeline_version(),)]
    for table in ("paragraphs", "mentions", "keywords", "topics", "story_signatures"):
        found = rows(loaded, f"SELECT DISTINCT article_id FROM {table}")
        assert not {a for (a,) in found} & set(refused), table
    assert {a for a, _ in _lake_articles(loaded)} == left


def test_a_reprocessing_run_killed_after_its_commit_is_finished_by_the_next_run(
    corpus: Path, loaded: Path, clean: dict
) -> None:
    args = ["reprocess", "--raw", str(corpus), "--warehouse", str(loaded), "--workers", "1",
            "--ner", "rules", "--batch-size", "10"]  # fmt: skip
    killed = dateline(*args, **faulty("after:load"))
    assert killed.returncode == 137
    assert any(copies == 2 for _, copies in _lake_articles(loaded))  # old and new rows
    assert run_to_end(corpus, loaded).returncode == 0  # recovers, then finds nothing new
    assert all(copies == 1 for _, copies in _lake_articles(loaded))
    now = content(loaded)
    now.pop("lake/entities")
    assert now == {k: v for k, v in clean.items() if k != "lake/entities"}


def test_with_every_raw_file_gone_the_stored_text_gives_the_same_warehouse(
    loaded: Path, clean: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """The lake and the warehouse keep each article as it was parsed: reprocessing needs
    no raw file to enrich it again."""
    _as_if_older_code(loaded)
    empty = tmp_path / "gone"
    empty.mkdir()
    assert main(["reprocess", "--raw", str(empty), "--warehouse", str(loaded), "--dry-run"]) == 0
    stored = rows(loaded, "SELECT count(*) FROM articles")[0][0]
    assert capsys.readouterr().out.endswith(
        f"{stored} of them from their stored text: raw file gone or changed\n"
    )
    out = reprocess(
        capsys, "--raw", str(empty), "--warehouse", str(loaded), "--workers", "1",
        "--ner", "rules", "--batch-size", "10",
    )  # fmt: skip
    assert f"{stored} article(s) enriched from their stored text" in out
    now = content(loaded)
    now.pop("lake/entities")
    assert now == {k: v for k, v in clean.items() if k != "lake/entities"}


def test_an_article_the_current_code_fails_on_keeps_its_stored_rows(
    corpus: Path, loaded: Path, clean: dict
) -> None:
    result = dateline(
        "reprocess", "--raw", str(corpus), "--warehouse", str(loaded), "--workers", "1",
        "--ner", "rules", "--batch-size", "10", **faulty("raise:Wuzhen"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (
        "1 article(s) kept as they were, the current code failed on them (transform_error: 1)"
        in result.stdout
    )
    assert rows(loaded, "SELECT status FROM files WHERE raw_path = '000_6cedf1850dac7222.txt'") == [
        ("loaded",)
    ]
    now = content(loaded)
    now.pop("lake/entities")
    assert now == {k: v for k, v in clean.items() if k != "lake/entities"}
