"""Fault injection for the tests, installed in every process of a run under test.

A test puts this folder on `PYTHONPATH` and names a fault in `DATELINE_TEST_FAULT`;
Python imports this module at start-up, in the run's process and in each worker it
spawns, and the fault is patched into the real code. Nothing of it ships with dateline.

- `after:process` / `after:publish` / `after:load`: die like a killed process (exit 137)
  once the run's batches are staged, its lake files written, or its load committed.
- `raise:MARKER`: keyword extraction raises on a batch holding an article whose body
  contains MARKER (a bug in one rule meeting one article).
- `hang:MARKER`: keyword extraction never ends on a batch holding an article whose body
  contains MARKER (a regular expression backtracking without end).
- `kill:MARKER`: a worker process dies (exit 137) on a batch holding a file whose path
  contains MARKER (killed, out of memory).
"""

from __future__ import annotations

import multiprocessing
import os
import re

FAULT = os.environ.get("DATELINE_TEST_FAULT", "")


def _die_after(module, name: str) -> None:
    original = getattr(module, name)

    def dying(*args, **kwargs):
        result = original(*args, **kwargs)
        os._exit(137)
        return result

    setattr(module, name, dying)


def _die_before(module, name: str) -> None:
    def dying(*args, **kwargs):
        os._exit(137)

    setattr(module, name, dying)


def _install(fault: str) -> None:
    kind, _, argument = fault.partition(":")
    if fault == "after:process":
        from dateline import validation

        _die_before(validation, "validate_staged")
    elif fault == "after:publish":
        from dateline.storage import lake

        _die_after(lake, "publish")
    elif fault == "after:load":
        from dateline.storage import warehouse

        _die_after(warehouse, "load_run")
    elif kind == "raise":
        from transforms import keywords

        original = keywords.extract_keywords

        def raising(articles, *rest):
            if any(argument in article.body for article in articles):
                raise ValueError(f"injected fault on an article containing {argument!r}")
            return original(articles, *rest)

        keywords.extract_keywords = raising
    elif kind == "hang":
        from transforms import keywords

        original_keywords = keywords.extract_keywords

        def hanging(articles, *rest):
            if any(argument in article.body for article in articles):
                re.match(r"(a+)+$", "a" * 64 + "!")  # 2**64 ways to fail to match
            return original_keywords(articles, *rest)

        keywords.extract_keywords = hanging
    elif kind == "kill":
        from transforms import batch

        original_batch = batch.transform_batch

        def killing(files, **options):
            in_worker = multiprocessing.parent_process() is not None
            if in_worker and any(argument in path for path, _, _ in files):
                os._exit(137)
            return original_batch(files, **options)

        batch.transform_batch = killing


if FAULT:
    _install(FAULT)
