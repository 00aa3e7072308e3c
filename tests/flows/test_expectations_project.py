"""`expectations/` is a Great Expectations project: one checkpoint per dataset runs its suite,
then its actions (Data Docs, and any a deployment adds); a run writes nothing into it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Literal

import pyarrow as pa
import pytest
from great_expectations.checkpoint import ValidationAction

from dateline import docs_views, validation
from dateline.validation import SUITES_DIR

RECORDED: list[tuple[str, bool]] = []


class RecordAction(ValidationAction):
    """A deployment's own action (a notification, say): records what the checkpoint passed it."""

    type: Literal["dateline_test_record"] = "dateline_test_record"

    def run(self, checkpoint_result, action_context=None) -> dict:
        RECORDED.append((checkpoint_result.name, checkpoint_result.success))
        return {}


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_each_dataset_has_a_checkpoint_running_its_suite_then_data_docs() -> None:
    suites = sorted(path.stem for path in (SUITES_DIR / "suites").glob("*.json"))
    assert validation.suite_names() == suites
    context = validation.project(Path("unused"))
    for name in suites:
        checkpoint = context.checkpoints.get(name)
        (definition,) = checkpoint.validation_definitions
        assert (definition.suite.name, definition.data.data_asset.name) == (name, name)
        assert [(a.type, a.site_names) for a in checkpoint.actions] == [
            ("update_data_docs", ["dateline"])
        ]


def test_a_validation_runs_the_actions_writes_data_docs_and_leaves_the_project_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "expectations"
    shutil.copytree(SUITES_DIR, project)
    checkpoint_file = project / "checkpoints" / "articles.json"
    checkpoint = json.loads(checkpoint_file.read_text())
    checkpoint["actions"].append({"name": "record", "type": "dateline_test_record"})
    checkpoint_file.write_text(json.dumps(checkpoint))
    monkeypatch.setenv("DATELINE_EXPECTATIONS_DIR", str(project))
    before = _tree_digest(project)
    RECORDED.clear()

    articles = pa.table({"article_id": ["a" * 32, "b" * 31]})  # an id too short, columns missing
    docs = tmp_path / "docs"
    outcome = validation.validate_batch({"articles": articles}, docs)

    assert RECORDED == [("articles", False)]
    assert outcome.rejected_articles["b" * 31].startswith(
        "articles: expect_column_value_lengths_to_equal(article_id) failed on 1 row(s)"
    )
    results = docs / "validations"
    pages = sorted(page.relative_to(results).parts[:2] for page in results.rglob("*.html"))
    assert pages == [("articles", "__none__")]
    assert (docs / "index.html").is_file()
    assert "cdn" not in (docs / "index.html").read_text().lower()  # made to render offline
    assert _tree_digest(project) == before


def test_data_docs_keep_the_newest_validations_of_each_suite(tmp_path: Path) -> None:
    from dateline.docs_site import prune_validations

    for suite, times in {"articles": ["20261201T0900", "20261202T0900", "20261203T0900"],
                         "quotes": ["20261203T0900"]}.items():  # fmt: skip
        for time in times:
            page = tmp_path / "validations" / suite / "__none__" / time / f"lake-{suite}.html"
            page.parent.mkdir(parents=True)
            page.write_text("<html></html>")
    prune_validations(tmp_path, keep=2)
    kept = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.html"))
    assert kept == [
        "validations/articles/__none__/20261202T0900/lake-articles.html",
        "validations/articles/__none__/20261203T0900/lake-articles.html",
        "validations/quotes/__none__/20261203T0900/lake-quotes.html",
    ]


def test_data_docs_templates_are_compiled_once_a_process(tmp_path: Path) -> None:
    """The site's views are Great Expectations' own with a shared Jinja bytecode cache: a
    second validation renders its pages without compiling a template."""
    articles = pa.table({"article_id": ["a" * 32]})
    validation.validate_batch({"articles": articles}, tmp_path / "first")
    compiled = dict(docs_views.COMPILED._code)
    assert len(compiled) > 10  # the page, index and content-block templates
    validation.validate_batch({"articles": articles}, tmp_path / "second")
    assert docs_views.COMPILED._code == compiled
    for docs in (tmp_path / "first", tmp_path / "second"):
        (page,) = (docs / "validations" / "articles").rglob("*.html")
        assert "expect_column_values_to_match_regex" in page.read_text()
        assert "lake-articles.html" in (docs / "index.html").read_text()
