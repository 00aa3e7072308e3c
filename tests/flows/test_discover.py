"""Discovery: the hash memo trusts an unchanged stat and re-hashes anything else."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from dateline.storage.landing import HashMemo, walk_raw_root

HOUR_AGO = time.time() - 3600


def _write(path, text: str, mtime: float = HOUR_AGO) -> str:
    path.write_text(text)
    os.utime(path, (mtime, mtime))
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def _walked(raw) -> HashMemo:
    memo = HashMemo()
    walk_raw_root(raw, memo)
    return memo


def test_unchanged_stat_reuses_the_remembered_hash(raw):
    _write(raw / "a.txt", "BEIJING, May 1 (Xinhua) -- text")
    planted = dict(_walked(raw).seen)
    planted["a.txt"] = [*planted["a.txt"][:3], "f" * 64]  # a digest only the memo knows
    [found] = walk_raw_root(raw, HashMemo(planted))
    assert found.raw_sha256 == "f" * 64


def test_changed_bytes_or_mtime_are_hashed_again(raw):
    _write(raw / "a.txt", "first version")
    memo = _walked(raw)
    same_size = _write(raw / "a.txt", "other version", HOUR_AGO + 60)
    [found] = walk_raw_root(raw, HashMemo(memo.seen))
    assert found.raw_sha256 == same_size
    longer = _write(raw / "a.txt", "a longer third version", HOUR_AGO + 60)
    [found] = walk_raw_root(raw, HashMemo(memo.seen))
    assert found.raw_sha256 == longer


def test_recently_modified_files_are_not_remembered(raw):
    _write(raw / "old.txt", "old")
    _write(raw / "fresh.txt", "fresh", time.time())
    assert sorted(_walked(raw).seen) == ["old.txt"]


def test_memo_round_trips_and_survives_a_corrupt_file(raw, tmp_path):
    digest = _write(raw / "a.txt", "text")
    stored = tmp_path / "state" / "raw_hashes.json"
    _walked(raw).save(stored)
    assert HashMemo.load(stored).entries["a.txt"][3] == digest
    again = HashMemo.load(stored)
    walk_raw_root(raw, again)
    os.utime(stored, (HOUR_AGO, HOUR_AGO))
    again.save(stored)  # nothing changed: not written again
    assert stored.stat().st_mtime == pytest.approx(HOUR_AGO)
    stored.write_text("{not json")
    assert HashMemo.load(stored).entries == {}
    assert HashMemo.load(tmp_path / "missing.json").entries == {}
