"""The landing zone: raw files found under the raw root and read; never modified.

The raw root is a folder, or an object-store location (`s3://bucket/prefix`) read
through pyarrow's file systems, configured by the standard `AWS_*` variables
(`AWS_ENDPOINT_URL` included). Regular files only; symlinks are recorded, never followed.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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


FORMER_MEMO = "raw_hashes.json"


class HashMemo:
    """Hashes of files seen before, keyed by path and valid while (size, mtime, inode) hold.

    Re-hashing every raw file on every run reads every byte again; a scheduled run over
    years of wire copy would spend its time there. As make and rsync do, an unchanged stat
    means unchanged bytes; the batch hashes the bytes it actually reads in any case. Kept
    as a Parquet table and compared with a walk by a join, so a run with nothing new pays
    for a listing and a join, not for Python work per file.
    """

    SCHEMA = pa.schema(
        [("raw_path", pa.string()), ("size_bytes", pa.int64()), ("mtime_ns", pa.int64()),
         ("inode", pa.int64()), ("raw_sha256", pa.string())]
    )  # fmt: skip

    def __init__(self, table: pa.Table | None = None) -> None:
        self.table = table if table is not None else self.SCHEMA.empty_table()
        self.seen: pa.Table | None = None  # what the last walk saw, to save

    @classmethod
    def load(cls, path: Path) -> HashMemo:
        try:
            return cls(pq.read_table(path, schema=cls.SCHEMA))
        except (OSError, ValueError, pa.ArrowException):
            return cls()  # missing or unreadable: every file is hashed again

    def save(self, path: Path) -> None:
        """Write what the last walk saw; a walk that changed nothing writes nothing."""
        if self.seen is None or self.seen.equals(self.table):
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        pq.write_table(self.seen, partial, compression="zstd")
        os.replace(partial, path)
        # The memo's former format, read by no version since the Parquet one.
        path.with_name(FORMER_MEMO).unlink(missing_ok=True)

    def hashed(self, listing: pa.Table, settled_ns: int, hasher) -> pa.Table:
        """The listing (raw_path, size_bytes, mtime_ns, inode, raw_sha256 set for links
        only) with every file's hash: remembered while its stat holds, else `hasher(rel)`.
        Only hashes of files modified before `settled_ns` (not racy) are remembered."""
        keys = ["raw_path", "size_bytes", "mtime_ns", "inode"]
        known = self.table.rename_columns([*keys, "remembered"])
        joined = listing.join(known, keys=keys, join_type="left outer")
        digests = pc.coalesce(joined["raw_sha256"], joined["remembered"]).to_pylist()
        paths = joined["raw_path"].to_pylist()
        for i in (i for i, digest in enumerate(digests) if digest is None):
            digests[i] = hasher(paths[i])
        found = (
            joined.drop_columns(["raw_sha256", "remembered"])
            .append_column("raw_sha256", pa.array(digests, pa.string()))
            .sort_by("raw_path")
        )
        settled = pc.and_(pc.less(found["mtime_ns"], settled_ns), pc.is_valid(found["inode"]))
        self.seen = found.filter(settled).select(self.SCHEMA.names).cast(self.SCHEMA)
        return found


def is_url(location: str | Path) -> bool:
    """Whether a raw root names an object-store location (`s3://...`) rather than a folder."""
    return "://" in str(location)


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
    found = probe_object_store(str(raw_root))
    if isinstance(found, str):
        return found
    if not found:
        return f"raw location {raw_root} holds no files (or its bucket does not exist)"
    return None


def probe_object_store(url: str, bucket_only: bool = False) -> bool | str:
    """Whether the location (or only its bucket) exists, or one line on why it cannot be
    reached."""
    import pyarrow.fs as pafs

    try:
        fs, base = object_store(url)
        found = fs.get_file_info(base.split("/", 1)[0] if bucket_only else base).type
    except (OSError, ValueError) as error:
        return f"cannot reach {url}: {str(error).splitlines()[0]}"
    return found != pafs.FileType.NotFound


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
    """Every entry under `raw_root`, sorted by path (`discover_new` is the run's way)."""
    found = _found(raw_root, memo if memo is not None else HashMemo())
    return [RawFile(**row) for row in found.select(list(_FOUND_COLUMNS)).to_pylist()]


_FOUND_COLUMNS = ("raw_path", "size_bytes", "raw_sha256", "symlink_target")


def discover_new(
    raw_root: str | Path, memo: HashMemo, known: pa.Table
) -> tuple[int, list[RawFile]]:
    """How many entries are under `raw_root`, and those whose (path, hash) is not in
    `known` (raw_path, raw_sha256: the manifest's latest version of each path)."""
    found = _found(raw_root, memo)
    versions = known.rename_columns(["raw_path", "known_sha256"])
    joined = found.join(versions, keys="raw_path", join_type="left outer")
    new = joined.filter(
        pc.invert(pc.fill_null(pc.equal(joined["raw_sha256"], joined["known_sha256"]), False))
    ).sort_by("raw_path")
    return found.num_rows, [RawFile(**row) for row in new.select(list(_FOUND_COLUMNS)).to_pylist()]


def _found(raw_root: str | Path, memo: HashMemo) -> pa.Table:
    """Every entry under the root, hashed through the memo, sorted by path."""
    # Once a walk, from its start: files modified during the walk count as racy too.
    settled_ns = time.time_ns() - int(RACY_SECONDS * 1e9)
    if is_url(raw_root):
        fs, base = object_store(str(raw_root))
        listing = _list_object_store(str(raw_root))
        return memo.hashed(listing, settled_ns, lambda rel: _hash_object(fs, f"{base}/{rel}"))
    root = str(raw_root)
    return memo.hashed(_list_folder(root), settled_ns, lambda rel: sha256_of_file(Path(root) / rel))


def _list_folder(raw_root: str) -> pa.Table:
    """Every entry under a folder: regular files with their stat, symlinks with the hash of
    their target (never followed); entries that vanish meanwhile are skipped.

    `os.scandir` reads each entry's type with its name, so the walk costs one `stat` per
    regular file and nothing per symlink or folder check. The loop is the cost of a run
    with nothing new: it only collects, and the memo's join does the rest.
    """
    paths, sizes, mtimes, inodes, links, digests = [], [], [], [], [], []
    folders = [(raw_root, "")]
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
                    stat = entry.stat(follow_symlinks=False)
                    paths.append(prefix + entry.name)
                    sizes.append(stat.st_size)
                    mtimes.append(stat.st_mtime_ns)
                    inodes.append(stat.st_ino)
                    links.append(None)
                    digests.append(None)
                elif entry.is_symlink():
                    target = os.readlink(entry.path)
                    paths.append(prefix + entry.name)
                    sizes.append(0)
                    mtimes.append(None)
                    inodes.append(None)
                    links.append(target)
                    digests.append(hashlib.sha256(f"symlink:{target}".encode()).hexdigest())
                elif entry.is_dir(follow_symlinks=False):
                    folders.append((entry.path, prefix + entry.name + "/"))
            except OSError:
                continue  # vanished while walking: the next run sees it or not
    return _listing(paths, sizes, mtimes, inodes, digests, links)


def _list_object_store(url: str) -> pa.Table:
    """Every object under the location, relative to it (no inode: 0)."""
    rows = [
        (rel, info.size, info.mtime_ns or 0)
        for rel, info in _objects(url)
        if not rel.rsplit("/", 1)[-1].startswith(".")
    ]
    paths, sizes, mtimes = (list(column) for column in zip(*rows)) if rows else ([], [], [])
    return _listing(paths, sizes, mtimes, [0] * len(paths), [None] * len(paths), None)


def _listing(paths, sizes, mtimes, inodes, digests, links) -> pa.Table:
    return pa.table(
        {
            "raw_path": pa.array(paths, pa.string()),
            "size_bytes": pa.array(sizes, pa.int64()),
            "mtime_ns": pa.array(mtimes, pa.int64()),
            "inode": pa.array(inodes, pa.int64()),
            "raw_sha256": pa.array(digests, pa.string()),
            "symlink_target": pa.array(links if links is not None else [None] * len(paths),
                                       pa.string()),
        }
    )  # fmt: skip


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
