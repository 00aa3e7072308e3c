"""Hostile and odd raw files: each ends in one status with a stable reason; good files load."""

from __future__ import annotations

import codecs
import os
import random
import shutil
from pathlib import Path

import duckdb
import pytest

from dateline.settings import Settings
from dateline.storage.landing import RawFile, sha256_of_file
from dateline.storage.staging import RunStaging
from flows.pipeline import process_batch
from tests.conftest import SEED
from tests.flows.cli_runs import run_here

SEED_TEXT = SEED.read_text(encoding="utf-8")
GOOD_HEADER = "Source: Xinhua\nEditor: huaxia\n{stamp}\n"
BODY = (
    "BEIJING, Nov. 9 (Xinhua) -- China and Kenya signed an agreement on Thursday to expand "
    "trade in farm products, officials said.\nThe deal covers tea, coffee and avocados."
)
INJECTION = "Robert'); DROP TABLE articles;-- $(rm -rf /) `reboot` && echo pwned | tee /etc/x"


def write(raw: Path, name: str, data: bytes | str) -> None:
    path = raw / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def hostile_folder(raw: Path, outside: Path) -> None:
    write(raw, "good.txt", SEED.read_bytes())
    write(raw, "empty.txt", b"")
    write(raw, "whitespace.txt", b"  \n\t\r\n   \n")
    write(raw, "random.bin", random.Random(7).randbytes(4096))
    write(
        raw,
        "utf16.txt",
        codecs.BOM_UTF16_LE + SEED_TEXT.replace("20:46:00", "20:47:00").encode("utf-16-le"),
    )
    write(raw, "header_only.txt", GOOD_HEADER.format(stamp="2023-11-09 20:46:00"))
    write(raw, "impossible_time.txt", GOOD_HEADER.format(stamp="2023-02-30 25:61:00") + BODY)
    write(raw, "future.txt", GOOD_HEADER.format(stamp="2099-01-01 10:00:00") + BODY)
    write(raw, "before_1850.txt", GOOD_HEADER.format(stamp="1815-06-18 10:00:00") + BODY)
    write(
        raw,
        "page.html",
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
    )
    write(
        raw,
        "nul_bytes.txt",
        (GOOD_HEADER.format(stamp="2023-11-09 21:00:00") + BODY).replace("trade", "tr\x00ade"),
    )
    write(
        raw,
        "injection.txt",
        f"Source: Xinhua\nEditor: {INJECTION}\n2023-11-09 22:00:00\n"
        f"BEIJING, Nov. 9 (Xinhua) -- A reader wrote {INJECTION} in a comment, police said.\n",
    )
    write(
        raw,
        "dir with spaces/Nachrichten über Zürich.txt",
        GOOD_HEADER.format(stamp="2023-11-09 23:00:00") + BODY.replace("Kenya", "Switzerland"),
    )
    write(
        raw,
        "a/b/c/deep.txt",
        GOOD_HEADER.format(stamp="2023-11-10 08:00:00") + BODY.replace("Kenya", "Chile"),
    )
    (outside / "secret.txt").write_text(
        "Source: Xinhua\nEditor: x\n2023-11-09 20:00:00\nThe vault code is zq-outside-marker.\n"
    )
    os.symlink(outside / "secret.txt", raw / "link_outside.txt")
    with (raw / "huge.txt").open("wb") as handle:  # 60 MB, refused by size before it is read
        handle.write(GOOD_HEADER.format(stamp="2023-11-09 20:46:00").encode())
        chunk = (BODY + "\n").encode() * 1000
        while handle.tell() < 60_000_000:
            handle.write(chunk)


EXPECTED = {  # raw_path -> (status, reason_code)
    "good.txt": ("loaded", None),
    "empty.txt": ("quarantined", "empty"),
    "whitespace.txt": ("quarantined", "empty"),
    "random.bin": ("quarantined", "not_text"),
    "utf16.txt": ("loaded", None),
    "header_only.txt": ("quarantined", "no_body"),
    "impossible_time.txt": ("quarantined", "bad_timestamp"),
    "future.txt": ("quarantined", "implausible_date"),
    "before_1850.txt": ("quarantined", "implausible_date"),
    "page.html": ("quarantined", "unsupported_format"),
    "nul_bytes.txt": ("loaded", None),
    "injection.txt": ("loaded", None),
    "dir with spaces/Nachrichten über Zürich.txt": ("loaded", None),
    "a/b/c/deep.txt": ("loaded", None),
    "link_outside.txt": ("quarantined", "symlink"),
    "huge.txt": ("quarantined", "too_large"),
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, prefect_server):
    root = tmp_path_factory.mktemp("hostile")
    raw, outside = root / "raw", root / "outside"
    raw.mkdir()
    outside.mkdir()
    hostile_folder(raw, outside)
    summary = run_here(raw, root / "wh")
    connection = duckdb.connect(str(root / "wh" / "dateline.duckdb"), read_only=True)
    yield summary, connection, root
    connection.close()


@pytest.mark.parametrize("raw_path", sorted(EXPECTED))
def test_each_hostile_file_gets_its_status(hostile_run, raw_path: str) -> None:
    _, db, _ = hostile_run
    rows = db.execute("SELECT status, reason FROM files WHERE raw_path = ?", [raw_path]).fetchall()
    assert rows == [EXPECTED[raw_path]]


def test_run_reconciles_and_completes(hostile_run) -> None:
    summary, db, _ = hostile_run
    assert summary["status"] == "completed"
    assert summary["files_seen"] == summary["files_new"] == len(EXPECTED)
    loaded = sum(1 for status, _ in EXPECTED.values() if status == "loaded")
    assert (summary["articles_loaded"], summary["duplicates"]) == (loaded, 0)
    assert summary["quarantined"] == len(EXPECTED) - loaded
    assert db.execute("SELECT count(*) FROM quarantine").fetchone() == (len(EXPECTED) - loaded,)


def test_quarantined_bytes_are_kept_for_inspection(hostile_run) -> None:
    _, db, root = hostile_run
    kept = dict(db.execute("SELECT raw_path, kept_at FROM quarantine").fetchall())
    random_copy = root / "wh" / "quarantine" / kept["random.bin"]
    assert random_copy.read_bytes() == (root / "raw" / "random.bin").read_bytes()
    assert kept["huge.txt"] is None and kept["link_outside.txt"] is None
    details = dict(db.execute("SELECT raw_path, reason_detail FROM quarantine").fetchall())
    size = (root / "raw" / "huge.txt").stat().st_size
    assert size > 60_000_000
    assert details["huge.txt"] == (
        f"{size:,} bytes is over the 5,000,000-byte limit; "
        "raise DATELINE_MAX_FILE_BYTES if this is really one article"
    )


def test_metacharacters_are_stored_verbatim(hostile_run) -> None:
    _, db, _ = hostile_run
    editor, body = db.execute(
        "SELECT editor, body FROM articles WHERE raw_path = 'injection.txt'"
    ).fetchone()
    assert editor == INJECTION
    assert INJECTION in body
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 6


def test_symlink_target_is_never_read(hostile_run) -> None:
    _, db, _ = hostile_run
    assert db.execute(
        "SELECT count(*) FROM articles WHERE body LIKE '%zq-outside-marker%'"
    ).fetchone() == (0,)


def test_file_that_vanishes_or_changes_after_discovery(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "changes.txt")
    discovered = [
        RawFile("gone.txt", 10, "0" * 64),
        RawFile("changes.txt", SEED.stat().st_size, sha256_of_file(raw / "changes.txt")),
    ]
    (raw / "changes.txt").write_text(SEED_TEXT.replace("Hangzhou", "Hangzhou city"))
    settings = Settings(raw_root=raw, warehouse_root=tmp_path / "wh", ner="rules")
    staging = RunStaging(settings.staging, "run-1")
    outcome = process_batch.fn(discovered, settings, staging, 0)
    by_path = {f.raw_path: f for f in outcome.files}
    assert (by_path["gone.txt"].status, by_path["gone.txt"].reason_code) == (
        "quarantined", "unreadable",
    )  # fmt: skip
    assert "disappeared" in by_path["gone.txt"].reason_detail
    assert by_path["changes.txt"].status == "article"
    assert by_path["changes.txt"].raw_sha256 == sha256_of_file(raw / "changes.txt")
