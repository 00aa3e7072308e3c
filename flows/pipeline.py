"""The `pipeline` flow: discover raw files, transform them in batches, validate, publish, load.

Each step is a task; what they read and write is owned by `dateline.storage`, the
transforms are pure functions in `transforms/`, and the suites are `expectations/suites/*.json`.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import math
import multiprocessing
import signal
import threading
import time
from collections import Counter
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, nullcontext
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote

from dateline import pipeline_version, validation
from dateline import run_summary as report
from dateline.settings import Settings, settings_from_parameters
from dateline.storage import curation, lake
from dateline.storage.landing import (
    HashMemo,
    RawFile,
    discover_new,
    raw_file_sizes,
    read_raw,
)
from dateline.storage.quarantine import keep_quarantined_bytes
from dateline.storage.runlock import run_lock
from dateline.storage.staging import RunStaging
from dateline.storage.warehouse import (
    FileRecord,
    committed_runs,
    known_article_ids,
    known_files,
    load_run,
    record_failed_run,
    stored_article_rows,
    stored_articles,
    stored_signatures,
)
from dateline.validation import BatchValidation
from transforms.article import Rejection
from transforms.batch import FileOutcome, transform_batch
from transforms.stories import assign_stories
from transforms.tables import articles_from_rows
from transforms.timezones import load_timezone_table

# Processed batches are validated together once they hold this many files: a suite run
# costs about the same whatever its size, while the frames cost memory in this process
# (bench/README.md has the trade-off measured).
VALIDATION_GROUP_FILES = 2000
# Quarantine reasons that are the code's failure, not the article's.
CODE_FAILURES = ("transform_error", "batch_failed", "timed_out")
# The smallest batch the tail of a run is cut into (`split_batches`).
TAIL_BATCH_FILES = 25
IO_RETRIES = {"retries": 2, "retry_delay_seconds": [2, 5]}
# Large task inputs (a run's files, its manifest) are passed `quote`d: Prefect otherwise
# walks every element looking for futures. They never hold futures.


class ValidationFailed(RuntimeError):
    """A batch failed a batch-level expectation: the run published nothing."""

    def __init__(
        self, summary: report.RunSummary, validation: list[dict], settings: Settings
    ) -> None:
        super().__init__(summary.message)
        self.summary = summary
        self.validation = validation
        self.settings = settings


@dataclass
class BatchOutcome:
    """What a batch task returns: an outcome per file and seconds per stage."""

    batch_no: int
    files: list[FileOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def article_ids(self) -> list[str]:
        return [f.article_id for f in self.files if f.status == "article" and f.article_id]


@task(name="discover", **IO_RETRIES)
def discover(settings: Settings, known: pa.Table) -> tuple[int, list[RawFile]]:
    """Walk the raw root; return how many files were seen and those not yet recorded."""
    memo = HashMemo.load(settings.warehouse.hash_memo)
    found = discover_new(settings.raw_root, memo, known)
    memo.save(settings.warehouse.hash_memo)
    return found


def not_timed_out(task, task_run, state) -> bool:
    """Retry a batch task unless it ran out of time: it would again (`process_all` splits it)."""
    return not isinstance(state.data, TimeoutError)


@task(name="process-batch", retry_condition_fn=not_timed_out, **IO_RETRIES)
def process_batch(
    raw_files: list[RawFile], settings: Settings, staging: RunStaging, batch_no: int
) -> BatchOutcome:
    """Read, parse, normalize and enrich one batch of raw files; stage its datasets."""
    outcome = BatchOutcome(batch_no)
    readable: list[tuple[str, bytes, str]] = []
    restored = restore_articles(settings, [raw for raw in raw_files if raw.restore])
    for raw in (raw for raw in raw_files if not raw.restore):
        data, refusal = read_raw(raw, settings.raw_root, settings.max_file_bytes)
        if refusal is None:
            # The bytes read are hashed, even if they changed since discovery.
            readable.append((raw.raw_path, data, hashlib.sha256(data).hexdigest()))
        else:
            outcome.files.append(_refused(raw, refusal))
    timezones = load_timezone_table(settings.timezones_file) if settings.timezones_file else None
    batch = transform_batch(
        readable,
        ner=settings.ner,
        run_id=staging.run_id,
        version=pipeline_version(),
        timezones=timezones,
        default_timezone=settings.default_timezone,
        restored=restored,
    )
    refused_bytes = {path: (data, sha) for path, data, sha in readable}
    for f in batch.files:
        if f.status == "quarantined":  # keep what the parser refused, for inspection
            data, sha = refused_bytes[f.raw_path]
            kept = keep_quarantined_bytes(data, sha, f.raw_path, settings.warehouse.quarantine)
            f = replace(f, kept_at=kept)
        outcome.files.append(f)
    staging.stage(batch.tables, batch_no)
    outcome.seconds = batch.seconds
    return outcome


def restore_articles(settings: Settings, raw_files: list[RawFile]) -> list[tuple]:
    """The stored articles of these raw files, as they were parsed, with the files' sizes:
    read from the published warehouse (read-only, as any reader)."""
    if not raw_files:
        return []
    with settings.warehouse.reading() as connection:
        articles, captions = stored_article_rows(connection, [raw.raw_path for raw in raw_files])
    sizes = {raw.raw_path: raw.size_bytes for raw in raw_files}
    return [(a, sizes[a.raw_path]) for a in articles_from_rows(articles, captions)]


@task(name="validate-batches")
def validate(staging: RunStaging, batch_nos: list[int], docs_dir: Path) -> BatchValidation:
    """Run the checkpoints over staged batches, together; their Data Docs go to `docs_dir`."""
    return validation.validate_staged(staging, batch_nos, docs_dir)


@task(name="settle-files")
def settle(
    settings: Settings,
    staging: RunStaging,
    outcomes: list[BatchOutcome],
    validations,
    replacing: bool = False,
) -> tuple[list[FileRecord], dict[str, int], dict[str, str]]:
    """Every file's final status, the batch owning each article to load, and its story.
    An article already stored makes a new file a duplicate, unless the run is `replacing`
    the stored articles (reprocessing)."""
    with settings.warehouse.latest(settings.lock_timeout_seconds) as warehouse:
        candidates = [aid for o in outcomes for aid in o.article_ids]
        stored = set() if replacing else known_article_ids(warehouse, candidates)
        files, owners = settle_files(outcomes, validations, stored)
        stories = _stories(staging, owners, warehouse, settings.story_window_days) if owners else {}
    return files, owners, stories


@task(name="publish-lake", **IO_RETRIES)
def publish_lake(settings: Settings, staging: RunStaging, owners: dict, stories: dict[str, str]):
    """Write the validated run into the lake, hive-partitioned by day."""
    return lake.publish(staging, settings.lake, owners, stories)


@task(name="load-warehouse", **IO_RETRIES)
def load(
    settings: Settings, published, files: list[FileRecord], run: dict, curation, retired=()
) -> None:
    """Load the run into DuckDB in one transaction (curation applied, `retired` articles
    removed), then publish the file to readers."""
    with settings.warehouse.writing(settings.lock_timeout_seconds) as connection:
        load_run(
            connection, published, files, run, datetime.now(UTC), curation, retired, settings.lake
        )


def record_failure(flow, flow_run, state) -> None:
    """on_failure hook: a run that published nothing still leaves its record and reason."""
    error = state.result(raise_on_failure=False)
    if not isinstance(error, ValidationFailed):
        return  # nothing was staged for the record (a bad curation file, say)
    summary, settings = error.summary, error.settings
    with run_lock(settings.warehouse.run_lock, settings.lock_timeout_seconds):
        RunStaging(settings.staging, summary.run_id).remove()
        with settings.warehouse.writing(settings.lock_timeout_seconds) as connection:
            record_failed_run(connection, summary.run_row(pipeline_version()))
    report.write_run_report(settings.warehouse.docs, summary, error.validation, [])


@flow(name="pipeline", on_failure=[record_failure])
def pipeline(
    raw: str = "raw",
    warehouse: str = "warehouse",
    ner: str = "model",
    batch_size: int | None = None,
    workers: int | None = None,
    wait: float | None = None,
    in_process_files: int = 0,
    task_runner: str = "process",
    dask_address: str | None = None,
    lake: str | None = None,
) -> dict:
    """One run over the raw folder into the warehouse; returns the run summary that is also
    stored in `runs`."""
    return run_files(settings_from_parameters(**locals()))


@flow(name="reprocess", on_failure=[record_failure])
def reprocess(
    raw: str = "raw",
    warehouse: str = "warehouse",
    ner: str = "model",
    batch_size: int | None = None,
    workers: int | None = None,
    wait: float | None = None,
    in_process_files: int = 0,
    task_runner: str = "process",
    dask_address: str | None = None,
    lake: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
) -> dict:
    """Enrich stored articles again with the current code, from their raw files: the
    articles published from `since` to `until` (days, both included) of `source`, each
    filter optional. Their rows are replaced in every table in one transaction."""
    parameters = dict(locals())  # the flow's parameters, as `pipeline` takes them
    selection = Selection(*(parameters.pop(name) for name in ("since", "until", "source")))
    return run_files(settings_from_parameters(**parameters), selection)


@dataclass(frozen=True)
class Selection:
    """Which stored articles a reprocessing run takes (each filter optional)."""

    since: str | None = None
    until: str | None = None
    source: str | None = None


@task(name="select-stored")
def select_stored(settings: Settings, selection: Selection):
    """The selected stored articles: those whose raw files are still there at the size
    recorded, and those whose are not (enriched again from their stored text)."""
    store = settings.warehouse
    with store.latest(settings.lock_timeout_seconds) as connection:
        stored = stored_articles(connection, selection.since, selection.until, selection.source)
    sizes = raw_file_sizes(settings.raw_root)
    there = [a for a in stored if sizes.get(a.raw_path) == a.size_bytes]
    gone = [a for a in stored if sizes.get(a.raw_path) != a.size_bytes]
    return there, gone


def run_files(settings: Settings, selection: Selection | None = None) -> dict:
    """The run: the new raw files, or the stored articles `selection` names, through
    transform, validation, lake and warehouse."""
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    run_id = started_at.strftime("%Y%m%dT%H%M%S") + "-" + str(flow_run.get_id() or "local")[-8:]
    store = settings.warehouse
    with run_lock(store.run_lock, settings.lock_timeout_seconds):
        rules = curation.read_rules(store.curation_file)  # a bad line stops the run here
        known = recover(settings)
        there, gone = select_stored(settings, selection) if selection else ([], [])
        stored = [*there, *gone]
        if selection:
            seen = len(stored)
            new = [RawFile(a.raw_path, a.size_bytes, a.raw_sha256) for a in there]
            new += [RawFile(a.raw_path, a.size_bytes, a.raw_sha256, restore=True) for a in gone]
            new.sort(key=lambda raw: raw.raw_path)  # the order discovery takes them in
        else:
            seen, new = discover(settings, quote(known))
        summary = report.RunSummary(
            run_id, str(flow_run.get_id() or ""), started_at, seen, len(new)
        )
        summary.seconds["discover"] = time.perf_counter() - clock
        staging = RunStaging(settings.staging, run_id)
        batches = split_batches(new, settings.batch_size, run_workers(settings, len(new)))
        outcomes, validations = process_all(settings, staging, batches, summary)
        failed = [f for v in validations for f in v.failures if f.scope == "batch"]
        if failed:
            summary.finish("failed", False, "; ".join(f.describe() for f in failed), clock)
            get_run_logger().error("validation failed: %s", summary.message)
            raise ValidationFailed(summary, validation.suite_report(validations), settings)
        replacing = bool(selection)
        files, owners, stories = settle(
            settings, staging, quote(outcomes), quote(validations), replacing
        )
        # Reprocessing: an article the current code failed on (a bug, a dead worker) keeps
        # its stored rows and its file record, as if it had not been selected.
        failed_here = [f for f in files if replacing and f.reason_code in CODE_FAILURES]
        summary.count(files)
        files = [f for f in files if f not in failed_here]
        lake.publish_started(store.publishing_marks, run_id)
        with summary.timed("publish"):
            published = (
                publish_lake(settings, staging, quote(owners), quote(stories)) if owners else {}
            )
        retired = retired_articles(stored, files, owners)
        if stored:  # the older lake files' rows of these articles go once the load commits
            days = {a.published_date for a in stored} | _published_days(published)
            ids = set(owners) | set(retired)
            lake.mark_superseding(store.superseding_marks, run_id, ids, days)
        summary.finish("completed", all(not v.failures for v in validations), None, clock)
        summary.message = _reprocessing_notes(gone, failed_here)
        with summary.timed("load"):
            run_row = summary.run_row(pipeline_version())
            load(settings, published, quote(files), run_row, rules, quote(retired))
        if stored:
            lake.supersede(settings.lake, store.superseding_marks, run_id)
        lake.publish_committed(store.publishing_marks, run_id)
        staging.remove()
        summary.seconds_total = round(time.perf_counter() - clock, 3)
    quarantined = [
        {"raw_path": f.raw_path, "reason_code": f.reason_code, "reason_detail": f.reason_detail}
        for f in files
        if f.status == "quarantined"
    ]
    report.write_run_report(store.docs, summary, validation.suite_report(validations), quarantined)
    create_table_artifact(key="run-summary", table=summary.artifact_rows(), description=run_id)
    if summary.quarantine_reasons:
        create_markdown_artifact(key="run-quarantine", markdown=summary.quarantine_markdown())
    return asdict(summary)


def retired_articles(stored, files: list[FileRecord], owners: dict[str, int]) -> list[str]:
    """Stored articles a reprocessing run takes out: those whose unchanged file now makes
    another article, or none (the current suites refuse it). A changed file is a new
    version beside the old one, as in any run."""
    same = {(f.raw_path, f.raw_sha256) for f in files}
    redone = {a.article_id for a in stored if (a.raw_path, a.raw_sha256) in same}
    return sorted(redone - set(owners))


def _reprocessing_notes(gone: list, failed: list[FileRecord]) -> str | None:
    notes = []
    if gone:
        notes.append(f"{len(gone)} article(s) enriched from their stored text: raw file gone")
    if failed:
        reasons = Counter(f.reason_code for f in failed)
        notes.append(
            f"{len(failed)} article(s) kept as they were, the current code failed on them "
            f"({', '.join(f'{k}: {v}' for k, v in sorted(reasons.items()))})"
        )
    return "; ".join(notes) or None


def _published_days(published: dict[str, list[str]]) -> set[str]:
    """The days (lake partitions) a run's published files fall on."""
    prefix = f"{lake.PARTITION}="
    return {
        part[len(prefix) :]
        for paths in published.values()
        for path in paths
        for part in str(path).split("/")
        if part.startswith(prefix)
    }


def recover(settings: Settings) -> pa.Table:
    """Read the manifest after undoing what a crashed run left: publish its committed load,
    remove its staged batches and the lake files it never committed."""
    store = settings.warehouse
    RunStaging.clear(settings.staging)
    store.publish_pending()
    with store.latest(settings.lock_timeout_seconds) as connection:
        known, runs = known_files(connection), committed_runs(connection)
    lake.remove_orphans(settings.lake, store.publishing_marks, runs)
    lake.finish_superseding(settings.lake, store.superseding_marks, runs)
    return known


def split_batches(files: list, most: int, workers: int) -> list[list]:
    """Batches of at most `most` files, at least one per worker when there are enough, and
    shrinking towards the end so the workers finish together.

    Each batch takes a share of the files left, 1 / (2 * workers), at most `most` and at
    least `TAIL_BATCH_FILES` (guided self-scheduling): a worker that took the last full
    batch would otherwise work on alone.
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
    """One worker for a small run in a process that keeps the model loaded, else all."""
    return 1 if files <= settings.in_process_files else settings.workers


def batch_runner(settings: Settings, batches: int, files: int, workers: int | None = None):
    """Worker processes for the CPU-bound NER, here or on Dask; none for a small run, whose
    batches run in the flow's own thread, where this process keeps the model loaded
    (`dateline serve`)."""
    if run_workers(settings, files) == 1 and settings.in_process_files:
        return nullcontext()
    workers = workers or min(settings.workers, batches)
    if settings.task_runner == "dask":
        return dask_task_runner(settings, workers)
    return ProcessPoolTaskRunner(max_workers=workers, initializer=ignore_interrupts)


def timed(settings: Settings, runner, raw_files: list[RawFile]):
    """The batch task with its time limit where Prefect's timeout can stop it: in a process's
    main thread (a worker process's, or this one's for a small run), where its alarm
    interrupts even a regular expression that backtracks without end. In another thread
    (a served run's, a Dask worker's) it could only warn once the rule returned, so there
    the task has none."""
    here = runner is None and threading.current_thread() is threading.main_thread()
    if not (here or isinstance(runner, ProcessPoolTaskRunner)):
        return process_batch
    limit = settings.batch_timeout(raw.size_bytes for raw in raw_files)
    return process_batch.with_options(timeout_seconds=limit)


def end_pool_workers() -> None:
    """End the worker processes of a pool one of whose workers died. A worker killed while
    it held a lock of the pool's queues would leave the others waiting on it for good, and
    the pool's shutdown waiting on them."""
    for child in multiprocessing.active_children():
        child.terminate()


def ignore_interrupts() -> None:
    """Worker processes leave Ctrl-C to the run, which stops them (no traceback each)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def dask_task_runner(settings: Settings, workers: int):
    """The batch tasks on Dask: the cluster at `dask_address`, or a local cluster of
    `workers` single-threaded worker processes that lives as long as the runner.

    Batches stage to paths under the warehouse, so an external cluster's workers must see
    that folder at the same path (a shared file system).
    """
    # Imported here: `distributed` is heavy, and only Dask runs need it.
    from prefect_dask import DaskTaskRunner

    class PlainDaskTaskRunner(DaskTaskRunner):
        def submit(self, task, parameters, wait_for=None, dependencies=None):
            # Dask rebuilds the tuples it finds in a task's arguments, and Prefect's
            # `quote` is a tuple: the task would get `quote((value,))` instead of the
            # value (prefect-dask issue 43). Passed plain, at the cost of Prefect walking
            # them for futures.
            parameters = {
                name: value.unquote() if isinstance(value, quote) else value
                for name, value in parameters.items()
            }
            return super().submit(task, parameters, wait_for, dependencies)

    if settings.dask_address:
        return PlainDaskTaskRunner(address=settings.dask_address)
    return PlainDaskTaskRunner(
        cluster_class=local_dask_cluster,
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,  # a batch is CPU-bound Python: one per process
            "processes": True,
            "host": "127.0.0.1",  # nothing outside this machine needs to reach it
            # The scheduler's HTTP server on a free port: with None it still takes 8787,
            # and warns on the person's terminal when another cluster holds that port.
            "dashboard_address": ":0",
            # A worker's warnings and errors (a batch cancelled by Ctrl-C, a worker
            # restarted, a heartbeat to a scheduler already closing as the run ends) would
            # land on the run's stderr, whose lines are for the person: the run reports
            # what became of each batch itself.
            "silence_logs": logging.CRITICAL,
            # Each worker imports this module first, whose `dask_setup` ignores Ctrl-C.
            "preload": [__name__],
        },
    )


def local_dask_cluster(**options):
    """A `distributed.LocalCluster` shaped like the process pool.

    A worker holds only the batch it runs (saturation 1), so the shrinking tail batches
    (`split_batches`) go to whichever worker frees first rather than queue behind a busy
    one. A batch whose worker dies fails at once (no allowed failures) instead of being
    run again on up to three more workers, killing each: `process_all` retries it alone,
    as it does after the process pool breaks. The nanny replaces the dead worker.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        return LocalCluster(scheduler_kwargs={"allowed_failures": 0}, **options)


def dask_setup(worker) -> None:
    """Dask's preload hook, run in each local worker process as it starts: Ctrl-C is left
    to the run, which closes the cluster (no traceback from each worker)."""
    ignore_interrupts()


def process_all(settings: Settings, staging: RunStaging, batches, summary):
    """Run the batch tasks, validating groups of them as they complete.

    A batch task that fails after its retries (its worker died, say, which breaks the
    pool for every batch it held) is run again alone on a fresh worker; a batch that
    fails then too has its files quarantined as `batch_failed`, and the run goes on. A
    batch that runs out of time is run again in halves, and halves of those, until the
    file that stalls is alone: it is quarantined as `timed_out`.
    """
    outcomes: list[BatchOutcome] = []
    validations: list[BatchValidation] = []
    if not batches:
        return outcomes, validations
    files = sum(map(len, batches))
    progress = report.progress(files)
    waiting: list[BatchOutcome] = []  # processed, not yet validated
    failed: dict[int, Exception] = {}

    def completed(outcome: BatchOutcome, last: bool) -> None:
        nonlocal waiting
        outcomes.append(outcome)
        waiting.append(outcome)
        summary.add_seconds(outcome.seconds)
        progress.update(len(outcome.files))
        if waiting and (last or sum(len(o.files) for o in waiting) >= VALIDATION_GROUP_FILES):
            with summary.timed("validate"):
                batch_nos = sorted(o.batch_no for o in waiting)
                validations.append(validate(staging, batch_nos, settings.warehouse.docs))
            waiting = []

    pending = dict(enumerate(batches))
    new_numbers = itertools.count(len(batches))

    def ended(runner, numbers: list[int]):
        """Each batch's number with its outcome, or the exception it failed with, as it ends;
        without a runner, one after another in this thread."""
        tasks = {n: timed(settings, runner, pending[n]) for n in numbers}
        parameters = {
            n: {"raw_files": quote(pending[n]), "settings": settings, "staging": staging,
                "batch_no": n}
            for n in numbers
        }  # fmt: skip
        if runner is None:
            for n in numbers:
                try:
                    yield n, tasks[n](**parameters[n])
                except Exception as error:
                    yield n, error
            return
        futures = {runner.submit(tasks[n], parameters=parameters[n]): n for n in numbers}
        for future in as_completed(futures):
            try:
                yield futures[future], future.result()
            except Exception as error:
                yield futures[future], error

    def run(runner, numbers: list[int]) -> None:
        for number, outcome in ended(runner, numbers):
            if isinstance(outcome, Exception):  # recorded as the batch's reason
                failed[number] = outcome
                if isinstance(outcome, BrokenProcessPool):
                    end_pool_workers()
                continue
            failed.pop(number, None)
            del pending[number]
            completed(outcome, last=not pending)

    def halves(number: int) -> list[int]:
        """Replace a pending batch by its two halves; return their numbers."""
        batch = pending.pop(number)
        middle = len(batch) // 2
        del failed[number]
        numbers = [next(new_numbers), next(new_numbers)]
        pending.update(zip(numbers, (batch[:middle], batch[middle:]), strict=True))
        return numbers

    with batch_runner(settings, len(batches), files) as runner:
        run(runner, sorted(pending))
    # Again, one at a time on one worker, so a batch that kills its worker takes no
    # other with it; a fresh worker after each death. A batch that ran out of time would
    # again: its halves run instead (its worker is sound).
    with ExitStack() as retrying:
        runner = None
        queue = sorted(pending)
        while queue:
            number = queue.pop(0)
            if isinstance(failed.get(number), TimeoutError):
                if len(pending[number]) > 1:
                    queue[:0] = halves(number)
                continue
            runner = runner or retrying.enter_context(batch_runner(settings, 1, files, 1))
            run(runner, [number])
            if isinstance(failed.get(number), TimeoutError):
                queue.insert(0, number)
            elif number in failed:
                retrying.close()
                runner = None
    for number, batch in sorted(pending.items()):
        reason = failure(failed[number], settings.batch_timeout(raw.size_bytes for raw in batch))
        completed(BatchOutcome(number, [_refused(raw, reason) for raw in batch]), last=True)
    progress.close()
    outcomes.sort(key=lambda o: o.batch_no)
    return outcomes, validations


def failure(error: Exception, limit: float) -> Rejection:
    """The quarantine record of a batch task that failed even alone."""
    if isinstance(error, TimeoutError):
        detail = f"processing did not end within {limit:.0f} s and was stopped"
        return Rejection("process", "timed_out", detail)
    cause = f"{type(error).__name__}: {error}".strip()
    return Rejection("process", "batch_failed", f"batch task failed: {cause}"[:400])


def settle_files(outcomes, validations, already: set[str]) -> tuple[list[FileRecord], dict]:
    """Give every new file its final status; return them and the batch owning each new article.

    An article already in the warehouse, or staged by an earlier batch of this run, makes
    the file a duplicate; an article a row-level expectation rejected quarantines its file.
    """
    rejected = {aid: why for v in validations for aid, why in v.rejected_articles.items()}
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


def _stories(staging: RunStaging, owners: dict[str, int], warehouse, window_days: float):
    """story_id for every article the run loads: a story of its own, or that of an earlier
    article of the run or stored, published within `window_days` of it."""
    signatures = staging.read_owned("story_signatures", owners, ["article_id", "signature"])
    articles = staging.read_owned("articles", owners, ["article_id", "published_at"])
    published = dict(zip(articles["article_id"].to_pylist(), articles["published_at"].to_pylist()))
    ids = signatures["article_id"].to_pylist()
    batch = sorted(
        {(aid, published[aid], sig) for aid, sig in zip(ids, signatures["signature"].to_pylist())}
    )
    window = timedelta(days=window_days)
    first, last = min(published.values()) - window, max(published.values()) + window
    return assign_stories(batch, stored_signatures(warehouse, first, last))


def _record(f: FileOutcome, status: str, stage=None, reason_code=None, detail=None) -> FileRecord:
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


def _refused(raw: RawFile, rejection: Rejection) -> FileOutcome:
    return FileOutcome(
        raw.raw_path,
        raw.raw_sha256,
        raw.size_bytes,
        "quarantined",
        stage=rejection.stage,
        reason_code=rejection.reason_code,
        reason_detail=rejection.reason_detail,
    )
