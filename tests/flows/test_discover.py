"""Discovery: the hash memo trusts an unchanged stat and re-hashes anything else."""

from __future__ import annotations

import hashlib
import os
import time

from flows.discover import HashMemo, walk_raw_root

HOUR_AGO = time.time() - 3600


def _write(path, text: str, mtime: float = HOUR_AGO) -> str:
    path.write_text(text)
    os.utime(path, (mtime, mtime))
    return hashlib.sha256(text.encode()).hexdigest()


def test_unchanged_stat_reuses_the_remembered_hash(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw / "a.txt", "BEIJING, May 1 (Xinhua) -- text")
    first = HashMemo()
    walk_raw_root(raw, first)
    planted = dict(first.seen)
    planted["a.txt"] = [*planted["a.txt"][:3], "f" * 64]  # a digest only the memo knows
    [found] = walk_raw_root(raw, HashMemo(planted))
    assert found.raw_sha256 == "f" * 64


def test_changed_bytes_or_mtime_are_hashed_again(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw / "a.txt", "first version")
    memo = HashMemo()
    walk_raw_root(raw, memo)
    same_size = _write(raw / "a.txt", "other version", HOUR_AGO + 60)
    [found] = walk_raw_root(raw, HashMemo(memo.seen))
    assert found.raw_sha256 == same_size
    longer = _write(raw / "a.txt", "a longer third version", HOUR_AGO + 60)
    [found] = walk_raw_root(raw, HashMemo(memo.seen))
    assert found.raw_sha256 == longer


def test_recently_modified_files_are_not_remembered(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw / "old.txt", "old")
    _write(raw / "fresh.txt", "fresh", time.time())
    memo = HashMemo()
    walk_raw_root(raw, memo)
    assert sorted(memo.seen) == ["old.txt"]


def test_memo_round_trips_and_survives_a_corrupt_file(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    digest = _write(raw / "a.txt", "text")
    memo = HashMemo()
    walk_raw_root(raw, memo)
    stored = tmp_path / "state" / "raw_hashes.json"
    memo.save(stored)
    assert HashMemo.load(stored).entries["a.txt"][3] == digest
    stored.write_text("{not json")
    assert HashMemo.load(stored).entries == {}
    assert HashMemo.load(tmp_path / "missing.json").entries == {}


def test_batches_are_capped_and_spread_over_the_workers():
    from flows.pipeline import split_batches

    files = list(range(1000))
    assert [len(b) for b in split_batches(files, 1000, 2)] == [500, 500]
    assert [len(b) for b in split_batches(files, 300, 2)] == [300, 300, 300, 100]
    assert [len(b) for b in split_batches(files[:3], 1000, 2)] == [2, 1]
    assert [len(b) for b in split_batches(files[:1], 1000, 2)] == [1]
    assert split_batches([], 1000, 2) == []
    assert [f for batch in split_batches(files, 1000, 1) for f in batch] == files
