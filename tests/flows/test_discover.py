"""Discovery: the hash memo trusts an unchanged stat and re-hashes anything else."""

from __future__ import annotations

import hashlib
import os
import time

import pyarrow as pa
import pytest

from dateline.storage.landing import HashMemo, discover_new, walk_raw_root

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


def _remembered(memo: HashMemo) -> dict[str, str]:
    return dict(zip(memo.seen["raw_path"].to_pylist(), memo.seen["raw_sha256"].to_pylist()))


def test_unchanged_stat_reuses_the_remembered_hash(raw):
    _write(raw / "a.txt", "BEIJING, May 1 (Xinhua) -- text")
    seen = _walked(raw).seen
    # a digest only the memo knows
    planted = seen.set_column(4, "raw_sha256", pa.array(["f" * 64], pa.string()))
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
    assert sorted(_remembered(_walked(raw))) == ["old.txt"]


def test_memo_round_trips_and_survives_a_corrupt_file(raw, tmp_path):
    digest = _write(raw / "a.txt", "text")
    stored = tmp_path / "state" / "raw_hashes.parquet"
    stored.parent.mkdir()
    (stored.parent / "raw_hashes.json").write_text("{}")  # the memo's former format
    _walked(raw).save(stored)
    assert sorted(path.name for path in stored.parent.iterdir()) == ["raw_hashes.parquet"]
    assert HashMemo.load(stored).table["raw_sha256"].to_pylist() == [digest]
    again = HashMemo.load(stored)
    walk_raw_root(raw, again)
    os.utime(stored, (HOUR_AGO, HOUR_AGO))
    again.save(stored)  # nothing changed: not written again
    assert stored.stat().st_mtime == pytest.approx(HOUR_AGO)
    stored.write_text("not parquet")
    assert HashMemo.load(stored).table.num_rows == 0
    assert HashMemo.load(tmp_path / "missing.parquet").table.num_rows == 0


def test_new_files_are_those_the_manifest_lacks_at_their_hash(raw):
    old = _write(raw / "old.txt", "kept")
    _write(raw / "changed.txt", "second version")
    _write(raw / "new.txt", "arrived")
    (raw / "link.txt").symlink_to(raw / "old.txt")
    paths, hashes = ["old.txt", "changed.txt", "gone.txt"], [old, "0" * 64, "1" * 64]
    known = pa.table({"raw_path": paths, "raw_sha256": hashes})
    seen, new = discover_new(raw, HashMemo(), known)
    assert seen == 4
    assert [(f.raw_path, f.symlink_target) for f in new] == [
        ("changed.txt", None), ("link.txt", str(raw / "old.txt")), ("new.txt", None)
    ]  # fmt: skip
