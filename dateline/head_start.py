"""What a run loads while its temporary Prefect server boots.

The server takes 5-6 s to boot on one core, and this process waits for it. A run with
new files then needs Great Expectations (about 3.3 CPU-s to import) and, for a few files
processed here, the NER model and lexicons (1.3-2 s). Loaded during the boot, they cost
the run little; loaded after it, they are most of a small run's time.

Whether there is new work is told from the hash memo alone (no bytes read): a file whose
size, mtime and inode the memo does not hold is new or changed. The guess only decides
what to load early; discovery still decides what the run processes.
"""

from __future__ import annotations

import os
from dataclasses import replace

from dateline.settings import IN_PROCESS_FILES, Settings
from dateline.storage.discovery import HashMemo, walk_raw_root


class _StatPeek(HashMemo):
    """A memo that reads no bytes: it counts the files it does not remember."""

    def __init__(self, entries: dict[str, list] | None = None) -> None:
        super().__init__(entries)
        self.unremembered = 0

    def sha256(self, rel: str, path: str, stat: os.stat_result, settled_ns: int) -> str:
        digest = self.remembered(rel, stat)
        self.unremembered += digest is None
        return digest or ""


def unremembered_files(settings: Settings) -> int:
    """How many raw files the hash memo does not hold: the run's likely new work."""
    peek = _StatPeek.load(settings.hash_memo)
    walk_raw_root(settings.raw_root, peek)
    return peek.unremembered


def head_start(settings: Settings) -> Settings:
    """Load what the coming run will need, and return its settings.

    Nothing new: nothing is loaded (a no-op run never imports Great Expectations). A few
    new files (at most `IN_PROCESS_FILES`): the model too (by enriching one built-in
    article, nothing written), and the run processes them on a thread of this process
    instead of starting worker processes. More: the workers load the model themselves,
    and only Great Expectations is loaded here.
    """
    from dateline import validation as validate
    from flows import batches

    new = unremembered_files(settings)
    if not new:
        return settings
    validate.warm_up()
    if new <= IN_PROCESS_FILES:
        settings = replace(settings, in_process_files=IN_PROCESS_FILES)
        batches.warm_up(settings)
    return settings
