"""Load what a process keeps for its whole life with the cyclic garbage collector paused.

A run's process holds millions of long-lived objects once Prefect, Great Expectations, the
NER model and the gazetteer are loaded. Python's collector makes a full pass over all of
them each time the live objects have grown by a quarter: five passes (1.2 s) while a
one-file run loaded them, and 0.1 s a pass afterwards, several per run or batch, finding
nothing. Loaded with the collector off and then frozen (`gc.freeze`: set aside, never
scanned again), they cost no collection time. What the loading left as cyclic garbage
stays allocated: after a head start, about 16,000 objects (3 MB) that a collection
would have taken 0.6 s to find.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def preloading() -> Iterator[None]:
    """Pause the collector while the block loads; freeze everything alive at its end.

    Paused by a zero threshold rather than `gc.disable()`: spaCy's deserializer (srsly)
    disables and re-enables the collector around each file it reads."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)
