"""The landing zone: raw files found under the raw root and read; never modified.

The raw root is a folder, or an object-store location (`s3://bucket/prefix`) read
through pyarrow's file systems, configured by the standard `AWS_*` variables
(`AWS_ENDPOINT_URL` included). Regular files only; symlinks are recorded, never followed.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

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
    # Reprocessing a stored article whose raw file is gone or changed: its stored text.
    restore: bool = False


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

    def sha256(self, rel: str, path: str, stat, settled_ns: int, hasher=None) -> str:
        """The file's hash: remembered while its stat holds, else read and hashed (by
        `hasher(path)`, a local file by default). It is remembered for the next walk only
        if modified before `settled_ns` (not racy)."""
        digest = self.remembered(rel, stat) or (hasher or _hash_local)(path)
        if stat.st_mtime_ns < settled_ns:
            self.seen[rel] = [stat.st_size, stat.st_mtime_ns, stat.st_ino, digest]
        return digest


def _hash_local(path: str) -> str:
    return sha256_of_file(Path(path))


def is_url(location: str | Path) -> bool:
    """Whether a raw root names an object-store location (`s3://...`) rather than a folder."""
    return "://" in str(location)


class _ObjectStat(NamedTuple):
    """What the hash memo compares, for an object (no inode: 0)."""

    st_size: int
    st_mtime_ns: int
    st_ino: int = 0


@lru_cache(maxsize=8)
def object_store(url: str):
    """(file system, base path) of an object-store location, once per process."""
    import pyarrow.fs as pafs

    return pafs.FileSystem.from_uri(url)


def check_raw_root(raw_root: str | Path) -> str | None:
    """Why the raw root cannot be read (one line), or None."""
    if not is_url(raw_root):
        if Path(raw_root).is_dir():
            return None
        return f"raw folder {raw_root} does not exist or is not a folder; pass --raw DIR"
    import pyarrow.fs as pafs

    try:
        fs, base = object_store(str(raw_root))
        found = fs.get_file_info(base).type
    except (OSError, ValueError) as error:
        return f"cannot reach {raw_root}: {str(error).splitlines()[0]}"
    if found == pafs.FileType.NotFound:
        return f"raw location {raw_root} holds no files (or its bucket does not exist)"
    return None


def raw_file_sizes(raw_root: str | Path) -> dict[str, int]:
    """The size of every regular file under the raw root, by relative path: one listing
    (one walk, or one object-store listing), nothing read or hashed."""
    if is_url(raw_root):
        return {rel: info.size for rel, info in _objects(str(raw_root))}
    sizes = {}
    for folder, _, names in os.walk(raw_root):
        for name in names:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not os.path.islink(path):
                sizes[Path(os.path.relpath(path, raw_root)).as_posix()] = os.path.getsize(path)
    return sizes


def walk_raw_root(raw_root: str | Path, memo: HashMemo | None = None) -> list[RawFile]:
    """Every entry under `raw_root`, sorted by path; entries that vanish meanwhile are skipped.

    `os.scandir` reads each entry's type with its name, so the walk costs one `stat` per
    regular file (for the hash memo) and nothing per symlink or folder check. The loop is
    the cost of a run with nothing new: keep it lean.
    """
    memo = memo if memo is not None else HashMemo()
    # Once a walk, from its start: files modified during the walk count as racy too.
    settled_ns = time.time_ns() - int(RACY_SECONDS * 1e9)
    if is_url(raw_root):
        return _walk_object_store(str(raw_root), memo, settled_ns)
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


def _walk_object_store(url: str, memo: HashMemo, settled_ns: int) -> list[RawFile]:
    """Every object under the location, as files relative to it; hashed as in a folder."""

    fs, _ = object_store(url)
    found: list[RawFile] = []
    for rel, info in _objects(url):
        if rel.rsplit("/", 1)[-1].startswith("."):
            continue
        stat = _ObjectStat(info.size, info.mtime_ns or 0)
        digest = memo.sha256(rel, info.path, stat, settled_ns, lambda path: _hash_object(fs, path))
        found.append(RawFile(rel, info.size, digest))
    found.sort(key=attrgetter("raw_path"))
    return found


def _objects(url: str):
    """(path relative to the location, file info) of every object under it."""
    import pyarrow.fs as pafs

    fs, base = object_store(url)
    for info in fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True)):
        if info.type == pafs.FileType.File:
            yield info.path[len(base) :].lstrip("/"), info


def _hash_object(fs, path: str) -> str:
    digest = hashlib.sha256()
    with fs.open_input_stream(path) as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def new_raw_files(found: list[RawFile], known: dict[str, str]) -> list[RawFile]:
    """Files whose (path, hash) is not in the manifest yet: the work of this run."""
    return [raw for raw in found if known.get(raw.raw_path) != raw.raw_sha256]


def read_raw(raw: RawFile, raw_root: str | Path, max_bytes: int) -> tuple[bytes, Rejection | None]:
    """The file's bytes, or why they cannot be read; large files are refused before reading."""
    if is_url(raw_root):
        return _read_object(raw, str(raw_root), max_bytes)
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
            return b"", _too_large(size, max_bytes)
        return path.read_bytes(), None
    except FileNotFoundError:
        return b"", Rejection(
            "discover", "unreadable", "file disappeared between discovery and reading"
        )
    except OSError as error:
        return b"", Rejection("discover", "unreadable", f"cannot read the file: {error.strerror}")


def _too_large(size: int, max_bytes: int) -> Rejection:
    return Rejection(
        "discover",
        "too_large",
        f"{size:,} bytes is over the {max_bytes:,}-byte limit; raise "
        "DATELINE_MAX_FILE_BYTES if this is really one article",
    )


def _read_object(raw: RawFile, url: str, max_bytes: int) -> tuple[bytes, Rejection | None]:
    import pyarrow.fs as pafs

    fs, base = object_store(url)
    path = f"{base}/{raw.raw_path}"
    try:
        info = fs.get_file_info(path)
        if info.type != pafs.FileType.File:
            return b"", Rejection(
                "discover", "unreadable", "object disappeared between discovery and reading"
            )
        if info.size > max_bytes:
            return b"", _too_large(info.size, max_bytes)
        with fs.open_input_stream(path) as stream:
            return stream.readall(), None
    except OSError as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        return b"", Rejection("discover", "unreadable", f"cannot read the object: {detail}")
