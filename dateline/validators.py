"""Where validation runs: in this process, or, for `dateline serve`, in two of its own.

A served run's validation is mostly Great Expectations' bookkeeping, about 10 ms an
expectation whatever the batch's size, while the serving process waits. Once `start()` is
called, two processes (each loading Great Expectations and the suites once) split the
suites between them and validate at the same time, one core each. The first also writes
the Data Docs, after the second hands its reports over. The serving process never imports
Great Expectations, and the Data Docs (about 0.6 s of Python) no longer take turns with
publish and load on its interpreter lock.

Until `start()` is called (and always in `dateline run`), everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from dateline import validation as validate
from dateline.validation import BatchValidation

# Two halve a small run's validation on two cores (the serving process waits meanwhile);
# each process holds its own Great Expectations (serve's peak PSS grew about 150 MB).
VALIDATOR_PROCESSES = 2

_validators: list[ProcessPoolExecutor] = []


def start() -> None:
    """From now on validate, and write Data Docs, in processes of their own, which start
    loading Great Expectations and the suites at once."""
    if not _validators:
        spawn = multiprocessing.get_context("spawn")  # fork would copy Prefect's threads
        for _ in range(VALIDATOR_PROCESSES):
            pool = ProcessPoolExecutor(1, mp_context=spawn, initializer=_load)
            pool.submit(int)  # spawns it now, not at the first validation
            _validators.append(pool)


def stop() -> None:
    """Validate in this process again; the validator processes exit."""
    while _validators:
        _validators.pop().shutdown()


def warm_up() -> None:
    """Load Great Expectations and the suites here, unless validator processes do it."""
    if not _validators:
        validate.warm_up()


def validate_staged(run_dir: Path, batch_nos: list[int]) -> BatchValidation:
    """Validate staged batches: here, or split across the validator processes."""
    if not _validators:
        return validate.validate_staged(run_dir, batch_nos)
    shares = split_suites(validate.suite_names(), len(_validators))
    first, *others = _validators
    running = [first.submit(validate.validate_staged, run_dir, batch_nos, shares[0])]
    running += [
        pool.submit(_validate_and_hand_over, run_dir, batch_nos, share)
        for pool, share in zip(others, shares[1:], strict=True)
    ]
    outcome = _result(running[0])
    for future in running[1:]:
        other, reports = _result(future)
        outcome.extend(other)  # shares follow the suites' order, so the failures do too
        _result(first.submit(validate.take_over_results, reports))
    return outcome


def build_data_docs(docs_dir: Path) -> None:
    """Write the Data Docs of the reports since the last call: here, or in the first
    validator process, which holds all of them."""
    if not _validators:
        return validate.build_data_docs(docs_dir)
    return _result(_validators[0].submit(validate.build_data_docs, docs_dir))


def split_suites(suites: list[str], parts: int) -> list[list[str]]:
    """The suites in `parts` consecutive runs of about equal expectation counts (the cost
    of a small batch); consecutive, so the failures keep the suites' order. A suite goes
    to the share its first expectation falls in."""
    weights = [len(validate.suite_expectations(suite)) for suite in suites]
    total, shares, done = max(sum(weights), 1), [[] for _ in range(parts)], 0
    for suite, weight in zip(suites, weights, strict=True):
        shares[done * parts // total].append(suite)
        done += weight
    return shares


def _load() -> None:
    from dateline.preload import preloading

    with preloading():
        validate.warm_up()


def _validate_and_hand_over(run_dir: Path, batch_nos: list[int], datasets: list[str]):
    try:
        outcome = validate.validate_staged(run_dir, batch_nos, datasets)
    finally:  # a validation that failed leaves no reports behind for a later run's docs
        reports = validate.hand_over_results()
    return outcome, reports


def _result(future: Future):
    """The result of a call in a validator process. If one died (killed, out of memory),
    this call fails and the next one gets new processes."""
    try:
        return future.result()
    except BrokenProcessPool:
        stop()
        start()
        raise
