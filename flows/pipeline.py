"""The `pipeline` flow: discover, then batches to parse and enrich, validate, publish, load."""

from __future__ import annotations

import math
import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from dateline import __version__
from dateline import run_summary as report
from dateline.settings import Settings
from dateline.storage.discovery import HashMemo, RawFile, new_raw_files, walk_raw_root
from dateline.storage.lake import (
    publish,
    publish_committed,
    publish_started,
    remove_orphans,
)
from dateline.storage.load import (
    FileRecord,
    committed_runs,
    known_article_ids,
    known_files,
    load_run,
    record_failed_run,
)
from dateline.storage.runlock import run_lock
from dateline.storage.stories import assign_run_stories
from dateline.storage.warehouse import needs_publish, publish_database, writer
from dateline.validation import BatchValidation
from dateline.validators import build_data_docs, validate_staged, warm_up
from flows.batches import BatchOutcome, process_batch

# Processed batches are validated together once they hold this many files: the suites
# cost about 0.7 s a run whatever its size plus 0.4 ms an article, and a 100k rules
# backfill validating each 750-file batch spent 338 s of 580 validating. The frames cost
# this process about 27 MB per 1,000 files. A 100k rules backfill validating 1,000 at a
# time spent 176 s validating and peaked at 1,423 MB; at 2,000, 133 s and 1,462 MB (of
# the 1,536 allowed). With the model, 15 CPU-s for 10k files (25 in groups of 1,000).
VALIDATION_GROUP_FILES = 2000
# The smallest batch the tail of a run is cut into (`split_batches`): about 1.5 s of a
# worker's time with the model; a batch costs about 0.2 s besides its files.
TAIL_BATCH_FILES = 25
IO_RETRIES = {"retries": 2, "retry_delay_seconds": [2, 5, 15]}
# Large task inputs (the manifest, a run's files and owners) are passed `quote`d: Prefect
# otherwise walks every element looking for futures, twice per task (about 1 s per 10,000
# entries). They never hold futures.


class ValidationFailed(RuntimeError):
    """A batch failed a batch-level expectation: the run published nothing."""


@task(name="discover", **IO_RETRIES)
def discover(settings: Settings, known: dict[str, str]) -> tuple[int, list[RawFile]]:
    """Walk the raw root; return how many files were seen and those not yet recorded."""
    memo = HashMemo.load(settings.hash_memo)
    found = walk_raw_root(settings.raw_root, memo)
    memo.save(settings.hash_memo)
    return len(found), new_raw_files(found, known)


@task(name="process-batch", **IO_RETRIES)
def process(batch: list[RawFile], settings: Settings, run_id: str, batch_no: int) -> BatchOutcome:
    """Read, parse, normalize and enrich one batch of raw files, staged as Parquet."""
    return process_batch(batch, settings, run_id, batch_no, __version__)


@task(name="validate-batches")
def validate(settings: Settings, run_id: str, batch_nos: list[int]) -> BatchValidation:
    """Run the expectation suites over staged batches, together."""
    return validate_staged(settings.staging_dir / run_id, batch_nos)


@task(name="publish-lake", **IO_RETRIES)
def publish_lake(settings: Settings, run_id: str, owners: dict, stories: dict[str, str]):
    """Move the validated run from staging into the lake, hive-partitioned by day."""
    return publish(settings.staging_dir / run_id, settings.lake_dir, run_id, owners, stories)


@task(name="load-warehouse", **IO_RETRIES)
def load(settings: Settings, published, files: list[FileRecord], run: dict) -> None:
    """Load the run into DuckDB in one transaction, then publish the file to readers."""
    with writer(settings.writer_database, settings.lock_timeout_seconds) as connection:
        load_run(connection, published, files, run, datetime.now(UTC))
    _maybe_fail(settings, "load")
    publish_database(settings.writer_database, settings.database)


def split_batches(files: list, most: int, workers: int) -> list[list]:
    """Batches of at most `most` files, at least one per worker when there are enough, and
    shrinking towards the end so the workers finish together.

    A worker that takes the last full batch keeps working for all of it while the others
    may have nothing left (about 14 s at 250 files with the model). Each batch takes a
    share of the files left, 1 / (2 * workers), at most `most` and at least
    `TAIL_BATCH_FILES` (guided self-scheduling), so the last batches are small.
    """
    if workers == 1:  # nobody to finish together with
        return [files[i : i + most] for i in range(0, len(files), most)]
    batches, start = [], 0
    per_worker = math.ceil(len(files) / workers)
    while start < len(files):
        share = max(TAIL_BATCH_FILES, math.ceil((len(files) - start) / (2 * workers)))
        size = max(1, min(most, per_worker, share))
        batches.append(files[start : start + size])
        start += size
    return batches


def run_workers(settings: Settings, files: int) -> int:
    """How many workers a run of `files` new files gets: one for a small run in a
    long-lived process (`Settings.in_process_files`), else all of them."""
    return 1 if files <= settings.in_process_files else settings.workers


def task_runner(settings: Settings, batches: int, files: int):
    """Worker processes for the CPU-bound NER; one thread for one worker or a small run.

    A small run stays on a thread only where this process has the model loaded
    (`Settings.in_process_files`: `dateline serve`, or `dateline run` after its head
    start). Elsewhere a run of a single batch still gets a worker process: the worker's
    imports and model load then run on one core while this process imports Great
    Expectations on the other, instead of both taking turns on one interpreter lock.
    """
    if run_workers(settings, files) == 1:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=min(settings.workers, batches))


@flow(name="pipeline", log_prints=False, validate_parameters=False)
def pipeline(settings: Settings) -> dict:
    """One run over the raw root; returns the run summary that is also stored in `runs`."""
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    run_id = started_at.strftime("%Y%m%dT%H%M%S") + "-" + str(flow_run.get_id() or "local")[-8:]
    logger = get_run_logger()
    with run_lock(settings.run_lock, settings.lock_timeout_seconds):
        known = _recover(settings)
        seen, new = discover(settings, quote(known))
        _maybe_fail(settings, "discover")
        summary = report.RunSummary(
            run_id, str(flow_run.get_id() or ""), started_at, seen, len(new)
        )
        summary.seconds["discover"] = time.perf_counter() - clock
        batches = split_batches(new, settings.batch_size, run_workers(settings, len(new)))
        outcomes, validations = _process_all(settings, run_id, batches, summary)
        _maybe_fail(settings, "validate")
        failed = [f for v in validations for f in v.failures if f.scope == "batch"]
        if failed:
            summary.finish("failed", False, "; ".join(f.describe() for f in failed), clock)
            _record_failure(settings, summary)
            logger.error("validation failed: %s", summary.message)
            raise ValidationFailed(summary.message)
        with writer(settings.writer_database, settings.lock_timeout_seconds) as warehouse:
            files, owners = _settle_files(warehouse, outcomes, validations)
            stories = assign_run_stories(warehouse, settings, run_id, owners, summary.seconds)
        # Data Docs render on a thread while publish and load run (mostly outside the
        # interpreter lock, in Arrow and DuckDB); the run ends when both are done. Story
        # assignment, in Python like the rendering, comes first: beside it, the two took
        # turns on the interpreter lock.
        with ThreadPoolExecutor(1, thread_name_prefix="data-docs") as docs:
            rendering = validations and docs.submit(_render_docs, settings, summary)
            publish_started(settings.publishing_marks, run_id)
            with summary.timed("publish"):
                published = (
                    publish_lake(settings, run_id, quote(owners), quote(stories)) if owners else {}
                )
            _maybe_fail(settings, "publish")
            summary.count(files)
            summary.finish("completed", all(not v.failures for v in validations), None, clock)
            with summary.timed("load"):
                load(settings, published, quote(files), summary.run_row(__version__))
            publish_committed(settings.publishing_marks, run_id)
            shutil.rmtree(settings.staging_dir / run_id, ignore_errors=True)
            if rendering:
                rendering.result()  # its error, if any, fails the run
        summary.seconds_total = round(time.perf_counter() - clock, 3)
    report.write_run_report(settings.runs_dir, summary)
    create_table_artifact(key="run-summary", table=summary.artifact_rows(), description=run_id)
    if summary.quarantine_reasons:
        create_markdown_artifact(key="run-quarantine", markdown=summary.quarantine_markdown())
    return asdict(summary)


def _render_docs(settings: Settings, summary: report.RunSummary) -> None:
    with summary.timed("data_docs"):
        build_data_docs(settings.docs_dir)


def _recover(settings: Settings) -> dict[str, str]:
    """Read the manifest, publish commits a crash left unpublished, drop orphaned lake files."""
    shutil.rmtree(settings.staging_dir, ignore_errors=True)
    # Before the writer is opened: opening it touches the file, which would look unpublished.
    if needs_publish(settings.writer_database, settings.database):
        publish_database(settings.writer_database, settings.database)
    with writer(settings.writer_database, settings.lock_timeout_seconds) as connection:
        known, runs = known_files(connection), committed_runs(connection)
    remove_orphans(settings.lake_dir, settings.publishing_marks, runs)
    return known


def _process_all(settings: Settings, run_id: str, batches, summary):
    """Run the batch tasks on the task runner, validating each as it completes."""
    outcomes: list[BatchOutcome] = []
    validations: list[BatchValidation] = []
    if not batches:
        return outcomes, validations
    files = sum(map(len, batches))
    group_files = VALIDATION_GROUP_FILES
    progress = report.progress(files, settings.show_progress)
    # The suites load while the workers start and parse; validation joins it first.
    warming = threading.Thread(target=warm_up, name="gx-warm-up", daemon=True)
    warming.start()
    with task_runner(settings, len(batches), files) as runner:
        futures = [
            runner.submit(
                process,
                parameters={
                    "batch": quote(batch),
                    "settings": settings,
                    "run_id": run_id,
                    "batch_no": number,
                },
            )
            for number, batch in enumerate(batches)
        ]
        waiting: list[BatchOutcome] = []  # processed, not yet validated
        for future in as_completed(futures):
            outcome = future.result()
            outcomes.append(outcome)
            waiting.append(outcome)
            summary.add_seconds(outcome.seconds)
            progress.update(len(outcome.files))
            last = len(outcomes) == len(futures)
            if last or sum(len(o.files) for o in waiting) >= group_files:
                warming.join()
                with summary.timed("validate"):
                    batch_nos = sorted(o.batch_no for o in waiting)
                    validations.append(validate(settings, run_id, batch_nos))
                waiting = []
            _maybe_fail(settings, "process")
    progress.close()
    outcomes.sort(key=lambda o: o.batch_no)
    return outcomes, validations


def _settle_files(warehouse, outcomes, validations) -> tuple[list[FileRecord], dict]:
    """Give every new file its final status; return them and the batch owning each new article.

    An article already in the warehouse, or staged by an earlier batch of this run, makes
    the file a duplicate; an article a row-level expectation rejected quarantines its file.
    """
    rejected = {aid: why for v in validations for aid, why in v.rejected_articles.items()}
    candidates = [aid for o in outcomes for aid in o.article_ids]
    already = known_article_ids(warehouse, candidates)
    owners: dict[str, int] = {}
    records: list[FileRecord] = []
    for outcome in outcomes:
        for f in outcome.files:
            if f.status == "article" and f.article_id in rejected:
                detail = rejected[f.article_id]
                records.append(_record(f, "quarantined", "validate", "validation_failed", detail))
            elif (
                f.status == "article" and f.article_id not in already and f.article_id not in owners
            ):
                owners[f.article_id] = outcome.batch_no
                records.append(_record(f, "loaded"))
            elif f.status in ("article", "duplicate"):
                records.append(_record(f, "duplicate"))
            else:
                records.append(_record(f, "quarantined", f.stage, f.reason_code, f.reason_detail))
    return records, owners


def _record(f, status: str, stage=None, reason_code=None, detail=None) -> FileRecord:
    article_id = f.article_id if status != "quarantined" else None
    return FileRecord(
        f.raw_path,
        f.raw_sha256,
        f.size_bytes,
        status,
        article_id,
        reason_code,
        stage,
        reason_code,
        detail,
        f.kept_at,
    )


def _record_failure(settings: Settings, summary) -> None:
    shutil.rmtree(settings.staging_dir / summary.run_id, ignore_errors=True)
    with writer(settings.writer_database, settings.lock_timeout_seconds) as connection:
        record_failed_run(connection, summary.run_row(__version__))
    publish_database(settings.writer_database, settings.database)


def _maybe_fail(settings: Settings, stage: str) -> None:
    """Fault injection for crash tests: die like a killed process right after `stage`."""
    if settings.fail_after == stage:
        os._exit(137)
