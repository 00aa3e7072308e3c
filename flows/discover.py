"""Discover raw files under the raw root: regular files only; symlinks recorded, never followed."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
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


def walk_raw_root(raw_root: Path) -> list[RawFile]:
    """Every entry under `raw_root`, sorted by path; entries that vanish meanwhile are skipped."""
    found: list[RawFile] = []
    for folder, dirnames, filenames in os.walk(raw_root, followlinks=False):
        dirnames.sort()
        names = sorted(filenames) + sorted(d for d in dirnames if (Path(folder) / d).is_symlink())
        for name in names:
            path = Path(folder) / name
            rel = path.relative_to(raw_root).as_posix()
            if name.startswith(".") and not path.is_symlink():
                continue  # editor swap files and hidden state are not wire copy
            if path.is_symlink():
                target = os.readlink(path)
                digest = hashlib.sha256(f"symlink:{target}".encode()).hexdigest()
                found.append(RawFile(rel, 0, digest, symlink_target=target))
            elif path.is_file():
                try:
                    found.append(RawFile(rel, path.stat().st_size, sha256_of_file(path)))
                except OSError:
                    continue  # vanished while walking: the next run sees it or not
    return sorted(found, key=lambda raw: raw.raw_path)


def new_raw_files(found: list[RawFile], known: dict[str, str]) -> list[RawFile]:
    """Files whose (path, hash) is not in the manifest yet: the work of this run."""
    return [raw for raw in found if known.get(raw.raw_path) != raw.raw_sha256]
