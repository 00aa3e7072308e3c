"""The landing zone: raw files found under the raw root and read; never modified.

Regular files only; symlinks are recorded, never followed.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from transforms.article import Rejection

HASH_CHUNK = 1 << 20
# A file modified this recently may change again within its timestamp's granularity
# (whole seconds on some file systems), so its hash is not remembered ("racy" entries).
RACY_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class RawFile:
    """One file found in the landing zone (the grain of `files`)."""

    raw_path: str  # relative to the raw root, POSIX separators
    size_bytes: int
    raw_sha256: str
    symlink_target: str | None = None  # set when the entry is a symlink (never followed)


def sha256_of_file(path: Path) -> str:
    """Hash a file in chunks so memory stays flat whatever its size."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class HashMemo:
    """Hashes of files seen before, keyed by path and valid while (size, mtime, inode) hold.

    Re-hashing every raw file on every run reads every byte again; a scheduled run over
    years of wire copy would spend its time there. As make and rsync do, an unchanged stat
    means unchanged bytes; the batch hashes the bytes it actually reads in any case.
    """

    def __init__(self, entries: dict[str, list] | None = None) -> None:
        self.entries = entries or {}
        self.seen: dict[str, list] = {}

    @classmethod
    def load(cls, path: Path) -> HashMemo:
        try:
            return cls(json.loads(path.read_text())["files"])
        except (OSError, ValueError, KeyError, TypeError):
            return cls()  # missing or unreadable: every file is hashed again

    def save(self, path: Path) -> None:
        """Write what this walk saw; a walk that changed nothing writes nothing."""
        if self.seen == self.entries:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps({"version": 1, "files": self.seen}))
        os.replace(partial, path)

    def remembered(self, rel: str, stat: os.stat_result) -> str | None:
        """The hash remembered for `rel` while its (size, mtime, inode) hold, else None."""
        entry = self.entries.get(rel)
        if (
            entry is not None
            and len(entry) == 4
            and entry[0] == stat.st_size
            and entry[1] == stat.st_mtime_ns
            and entry[2] == stat.st_ino
        ):
            return entry[3]
        return None

    def sha256(self, rel: str, path: str, stat: os.stat_result, settled_ns: int) -> str:
        """The file's hash: remembered while its stat holds, else read and hashed. It is
        remembered for the next walk only if modified before `settled_ns` (not racy)."""
        digest = self.remembered(rel, stat) or sha256_of_file(Path(path))
        if stat.st_mtime_ns < settled_ns:
            self.seen[rel] = [stat.st_size, stat.st_mtime_ns, stat.st_ino, digest]
        return digest


def walk_raw_root(raw_root: Path, memo: HashMemo | None = None) -> list[RawFile]:
    """Every entry under `raw_root`, sorted by path; entries that vanish meanwhile are skipped.

    `os.scandir` reads each entry's type with its name, so the walk costs one `stat` per
    regular file (for the hash memo) and nothing per symlink or folder check. The loop is
    the cost of a run with nothing new: keep it lean.
    """
    memo = memo if memo is not None else HashMemo()
    # Once a walk, from its start: files modified during the walk count as racy too.
    settled_ns = time.time_ns() - int(RACY_SECONDS * 1e9)
    found: list[RawFile] = []
    folders = [(str(raw_root), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # vanished or unreadable folder: the next run sees it or not
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False):
                    if entry.name[0] == ".":
                        continue  # editor swap files and hidden state are not wire copy
                    rel = prefix + entry.name
                    stat = entry.stat(follow_symlinks=False)
                    digest = memo.sha256(rel, entry.path, stat, settled_ns)
                    found.append(RawFile(rel, stat.st_size, digest))
                elif entry.is_symlink():
                    target = os.readlink(entry.path)
                    digest = hashlib.sha256(f"symlink:{target}".encode()).hexdigest()
                    found.append(RawFile(prefix + entry.name, 0, digest, symlink_target=target))
                elif entry.is_dir(follow_symlinks=False):
                    folders.append((entry.path, prefix + entry.name + "/"))
            except OSError:
                continue  # vanished while walking: the next run sees it or not
    found.sort(key=attrgetter("raw_path"))
    return found


def new_raw_files(found: list[RawFile], known: dict[str, str]) -> list[RawFile]:
    """Files whose (path, hash) is not in the manifest yet: the work of this run."""
    return [raw for raw in found if known.get(raw.raw_path) != raw.raw_sha256]


def read_raw(raw: RawFile, raw_root: Path, max_bytes: int) -> tuple[bytes, Rejection | None]:
    """The file's bytes, or why they cannot be read; large files are refused before reading."""
    if raw.symlink_target is not None:
        return b"", Rejection(
            "discover",
            "symlink",
            f"symbolic link to {raw.symlink_target!r} is not followed; copy the file into the "
            "raw folder instead",
        )
    path = raw_root / raw.raw_path
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return b"", Rejection(
                "discover",
                "too_large",
                f"{size:,} bytes is over the {max_bytes:,}-byte limit; raise "
                "DATELINE_MAX_FILE_BYTES if this is really one article",
            )
        return path.read_bytes(), None
    except FileNotFoundError:
        return b"", Rejection(
            "discover", "unreadable", "file disappeared between discovery and reading"
        )
    except OSError as error:
        return b"", Rejection("discover", "unreadable", f"cannot read the file: {error.strerror}")
