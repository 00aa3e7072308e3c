"""Validate a batch of datasets with the Great Expectations suites kept in `expectations/`.

Each expectation carries `meta.scope`: `row` expectations that fail quarantine just the
articles whose rows fail; a failed `batch` expectation (uniqueness, say) fails the batch,
and nothing of the run is published. Great Expectations is imported lazily: a run with
nothing new never pays for it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from dateline.storage.staging import RunStaging

SUITES_DIR = Path(__file__).resolve().parents[1] / "expectations"


def suites_dir() -> Path:
    """The suites in force: `expectations/`, or `DATELINE_EXPECTATIONS_DIR` to try stricter ones."""
    return Path(os.environ.get("DATELINE_EXPECTATIONS_DIR") or SUITES_DIR)


ROW_KEY = "article_id"
DATA_DOCS_KEPT = 100  # validation pages kept per suite in the Data Docs site
BODIES = "articles"  # the dataset whose bodies the offsets of the others point into


@dataclass(frozen=True)
class Failure:
    """One expectation that failed on a dataset of a batch."""

    dataset: str
    expectation: str
    column: str
    unexpected_count: int
    scope: str
    notes: str = ""
    observed: str | None = None

    def describe(self) -> str:
        """One line naming the dataset, the expectation and how much of the batch failed."""
        what = (
            f"observed {self.observed}"
            if self.observed is not None and not self.unexpected_count
            else f"on {self.unexpected_count} row(s)"
        )
        notes = f" - {self.notes}" if self.notes else ""
        return f"{self.dataset}: {self.expectation}({self.column}) failed {what}{notes}"


@dataclass
class BatchValidation:
    """The outcome of validating one batch: failures, and the articles row failures condemn."""

    failures: list[Failure] = field(default_factory=list)
    rejected_articles: dict[str, str] = field(default_factory=dict)  # article_id -> why
    evaluated: int = 0
    suites: dict[str, int] = field(default_factory=dict)  # expectations evaluated per suite

    @property
    def batch_failed(self) -> bool:
        return any(failure.scope == "batch" for failure in self.failures)

    def extend(self, other: BatchValidation) -> None:
        self.failures.extend(other.failures)
        for article_id, why in other.rejected_articles.items():
            self.rejected_articles.setdefault(article_id, why)
        self.evaluated += other.evaluated
        for suite, evaluated in other.suites.items():
            self.suites[suite] = self.suites.get(suite, 0) + evaluated


def suite_report(validations: list[BatchValidation]) -> list[dict]:
    """Per suite: expectations evaluated, how many failed and why (for the run's page)."""
    rows: dict[str, dict] = {}
    for outcome in validations:
        for suite, evaluated in outcome.suites.items():
            row = rows.setdefault(
                suite, {"suite": suite, "evaluated": 0, "failed": 0, "failures": []}
            )
            row["evaluated"] += evaluated
        for failure in outcome.failures:
            row = rows.setdefault(
                failure.dataset,
                {"suite": failure.dataset, "evaluated": 0, "failed": 0, "failures": []},
            )
            row["failed"] += 1
            row["failures"].append(failure.describe())
    return [rows[name] for name in sorted(rows)]


def suite_names() -> list[str]:
    """The datasets with a checkpoint (named after its dataset, running its suite)."""
    return sorted(path.stem for path in (suites_dir() / "checkpoints").glob("*.json"))


def validate_staged(
    staging: RunStaging,
    batch_nos: list[int],
    docs_dir: Path,
    datasets: Collection[str] | None = None,
) -> BatchValidation:
    """Validate several staged batches with one run of each checkpoint (of `datasets` only,
    if given), their Data Docs written under `docs_dir`.

    A suite run costs about the same whatever its size (Great Expectations' bookkeeping
    per expectation), so batches share a run. Datasets keyed by article are read
    together, an article's duplicate copies left out. The others (entities: one entity
    is a row in every batch that mentions it) are read together too, each row tagged with
    its `batch_no`, so their suite checks uniqueness within a batch.
    """
    suites = set(suite_names())
    wanted = suites if datasets is None else suites & {*datasets, BODIES}
    earlier = staging.earlier_copies(batch_nos)
    tables = {
        name: table
        for name in staging.datasets()
        if name in wanted and (table := staging.read_group(name, earlier)) is not None
    }
    return validate_batch(tables, docs_dir, datasets=datasets)


def validate_batch(
    tables: dict[str, pa.Table],
    docs_dir: Path,
    now: datetime | None = None,
    datasets: Collection[str] | None = None,
) -> BatchValidation:
    """Run each dataset's checkpoint (of `datasets` only, if given) over the batch's Arrow
    tables (as pandas frames). Spans are checked against the bodies in `tables["articles"]`.

    The checkpoints' actions run too: Data Docs under `docs_dir` (made to render with no
    network, `dateline.docs_site`), and whatever notifications a deployment added.
    """
    from dateline import docs_site

    now = now or datetime.now(UTC)
    parameters = {"max_published_at": (now + timedelta(days=2)).isoformat()}
    docs_site.prune_validations(docs_dir, DATA_DOCS_KEPT)
    context = project(docs_dir)
    outcome = BatchValidation()
    for dataset in suite_names():
        if datasets is not None and dataset not in datasets:
            continue
        table = tables.get(dataset)
        if table is None or table.num_rows == 0:
            continue
        frame = _frame_for(dataset, table, tables)
        checkpoint = context.checkpoints.get(dataset)
        checkpoint_result = checkpoint.run(
            batch_parameters={"dataframe": frame}, expectation_parameters=parameters
        )
        for result in checkpoint_result.run_results.values():
            outcome.evaluated += len(result.results)
            outcome.suites[dataset] = outcome.suites.get(dataset, 0) + len(result.results)
            for item in result.results:
                if item.success:
                    continue
                failure = _failure(dataset, item)
                outcome.failures.append(failure)
                if failure.scope == "row" and ROW_KEY in frame.columns:
                    definition = checkpoint.validation_definitions[0]
                    for article_id in _failing_articles(definition, item, frame, parameters):
                        outcome.rejected_articles.setdefault(article_id, failure.describe())
    if outcome.suites:
        docs_site.make_offline(docs_dir)
    return outcome


def project(docs_dir: Path):
    """The Great Expectations project in `suites_dir()`, its Data Docs site set to `docs_dir`.

    A new context per validation: its results store is in memory, so a long-lived process
    (`dateline serve`) keeps no run's results once that run's Data Docs are written.
    """
    gx = _great_expectations()
    return gx.get_context(
        context_root_dir=str(suites_dir()),
        runtime_environment={"dateline_data_docs": str(docs_dir.resolve())},
    )


def warm_up() -> None:
    """Import Great Expectations and load every checkpoint (its suite and expectations),
    ahead of the first validation. A checkpoint that fails to load is reported by the
    validation that needs it, not here."""
    with contextlib.suppress(Exception):
        context = project(Path.cwd())  # loading writes no Data Docs
        for dataset in suite_names():
            context.checkpoints.get(dataset)


def _frame_for(dataset: str, table: pa.Table, tables: dict[str, pa.Table]):
    """The pandas frame a suite sees: the columns it checks (and the article key), offset
    datasets with their article's body checks."""
    spans = {"char_start", "char_end", "text"}.issubset(table.column_names)
    if spans and BODIES in tables:
        table = _with_body_checks(table, tables[BODIES])
    checked = _checked_columns(dataset)
    if checked is not None:  # columns no expectation reads are not converted or hashed
        table = table.select([c for c in table.column_names if c in checked or c == ROW_KEY])
    return _widened(table).to_pandas()


def _widened(table: pa.Table) -> pa.Table:
    """Integers as int64: Great Expectations compares an int64 or float64 column with its
    bounds in one vectorized step, but any other width value by value in Python: about a
    tenth of the time validating 1,000 articles, on the offsets of mentions and paragraphs."""
    schema = pa.schema(
        field.with_type(pa.int64()) if pa.types.is_integer(field.type) else field
        for field in table.schema
    )
    return table if schema == table.schema else table.cast(schema)


def suite_expectations(dataset: str) -> list[dict]:
    """The expectations of a dataset's suite, as written in its JSON file."""
    return _suite_spec(dataset)["expectations"]


@cache
def _suite_spec(dataset: str) -> dict:
    """The suite of a dataset as written in its JSON file, read once."""
    return json.loads((suites_dir() / "suites" / f"{dataset}.json").read_text())


@cache
def _checked_columns(dataset: str) -> frozenset[str] | None:
    """The columns the dataset's suite names; None if an expectation is about the whole
    table (its columns, say) or has a row condition (which may name any column): the
    suite then sees every column."""
    checked: set[str] = set()
    for expectation in suite_expectations(dataset):
        kwargs = expectation.get("kwargs", {})
        named = [kwargs.get(key) for key in ("column", "column_A", "column_B")]
        named += kwargs.get("column_list") or []
        if not any(named) or kwargs.get("row_condition"):
            return None
        checked.update(name for name in named if name)
    return frozenset(checked)


def _with_body_checks(table: pa.Table, articles: pa.Table) -> pa.Table:
    """Add `body_length` and `text_matches_body` (text == body[char_start:char_end])."""
    bodies = dict(zip(articles["article_id"].to_pylist(), articles["body"].to_pylist()))
    lengths, matches = [], []
    for article_id, start, end, text in zip(
        table["article_id"].to_pylist(),
        table["char_start"].to_pylist(),
        table["char_end"].to_pylist(),
        table["text"].to_pylist(),
    ):
        body = bodies.get(article_id)
        lengths.append(len(body) if body is not None else None)
        matches.append(body is not None and body[start:end] == text)
    table = table.append_column("body_length", pa.array(lengths, pa.int64()))
    return table.append_column("text_matches_body", pa.array(matches, pa.bool_()))


def _failure(dataset: str, item: Any) -> Failure:
    config = item.expectation_config
    kwargs = config.kwargs
    columns = kwargs.get("column_list") or [kwargs.get("column_A"), kwargs.get("column_B")]
    column = kwargs.get("column") or ",".join(name for name in columns if name)
    meta = config.meta or {}
    observed = item.result.get("observed_value")
    return Failure(
        dataset=dataset,
        expectation=config.type,
        column=column,
        unexpected_count=int(item.result.get("unexpected_count") or 0),
        scope=meta.get("scope", "batch"),
        notes=meta.get("notes", ""),
        observed=None if observed is None else str(observed),
    )


def _failing_articles(definition: Any, item: Any, frame: Any, parameters: dict) -> list[str]:
    """Re-run one failed row expectation with the complete format to learn which articles fail."""
    batch = definition.batch_definition.get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(
        item.expectation_config.to_domain_obj(),
        expectation_parameters=parameters,
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_KEY]},
    )
    return sorted({row[ROW_KEY] for row in result.result.get("unexpected_index_list") or []})


@cache
def _great_expectations():
    """Great Expectations, imported on first use: a run with nothing new never pays for it."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations

    return great_expectations
