"""Where the lake and the staged batches live: a folder, or an object-store prefix.

Both go through pyarrow's file systems (configured for `s3://` by the standard `AWS_*`
variables, `AWS_ENDPOINT_URL` included), so batch workers on other machines write staged
batches where the flow reads them, and the flow publishes the lake there. A folder keeps
its atomic renames (a file is written under a hidden name, then renamed); an object store
has none and needs none, since an object appears whole once written. What a crash leaves
is found by run id, not by name (`lake.remove_orphans`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from dateline.storage.landing import is_url, object_store, probe_object_store

COMPRESSION = "zstd"


@dataclass(frozen=True)
class Location:
    """A folder (`/data/lake`) or an object-store prefix (`s3://bucket/lake`)."""

    where: str

    @classmethod
    def of(cls, where: str | Path) -> Location:
        return cls(str(where) if is_url(where) else str(Path(where).absolute()))

    @property
    def is_url(self) -> bool:
        return is_url(self.where)

    @property
    def filesystem(self) -> pafs.FileSystem:
        return object_store(self.where)[0] if self.is_url else pafs.LocalFileSystem()

    @property
    def base(self) -> str:
        """The location's path in its file system (`bucket/lake` for `s3://bucket/lake`)."""
        return object_store(self.where)[1].rstrip("/") if self.is_url else self.where

    def path(self, *parts: str) -> str:
        return "/".join([self.base, *parts])

    def child(self, *parts: str) -> Location:
        return Location("/".join([self.where.rstrip("/"), *parts]))

    def files(self, prefix: str = "") -> list[str]:
        """Every file under `prefix` (relative to the location), as paths of its file system."""
        selector = pafs.FileSelector(self.path(prefix) if prefix else self.base, recursive=True,
                                     allow_not_found=True)  # fmt: skip
        infos = self.filesystem.get_file_info(selector)
        return sorted(info.path for info in infos if info.type == pafs.FileType.File)

    def folders(self, prefix: str = "") -> list[str]:
        """The names of the folders right under `prefix`."""
        selector = pafs.FileSelector(self.path(prefix) if prefix else self.base,
                                     allow_not_found=True)  # fmt: skip
        infos = self.filesystem.get_file_info(selector)
        return sorted(info.base_name for info in infos if info.type == pafs.FileType.Directory)

    def exists(self, path: str) -> bool:
        return self.filesystem.get_file_info(path).type == pafs.FileType.File

    def write_parquet(self, table: pa.Table, path: str) -> None:
        """Write one Parquet file whole: in a folder under a hidden name, then renamed."""
        fs = self.filesystem
        if self.is_url:
            pq.write_table(table, path, filesystem=fs, compression=COMPRESSION)
            return
        fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
        folder, name = path.rsplit("/", 1)
        partial = f"{folder}/.{name}.partial"
        pq.write_table(table, partial, filesystem=fs, compression=COMPRESSION)
        fs.move(partial, path)

    def read_parquet(self, path: str, columns: list[str] | None = None) -> pa.Table:
        """One file alone (no partition columns from its path)."""
        return pq.ParquetFile(path, filesystem=self.filesystem).read(columns=columns)

    def delete(self, path: str) -> None:
        self.filesystem.delete_file(path)

    def delete_tree(self, prefix: str = "") -> None:
        """Remove everything under `prefix` (the location itself when empty), if anything."""
        target = self.path(prefix) if prefix else self.base
        fs = self.filesystem
        if fs.get_file_info(target).type != pafs.FileType.NotFound:
            fs.delete_dir(target)


def file_in_the_way(folder: Path) -> Path | None:
    """The file standing where `folder` or its nearest existing parent should be a folder
    (so it cannot be made), or None."""
    for candidate in (folder, *folder.absolute().parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def check_lake(where: str) -> str | None:
    """Why the lake location cannot be written (one line), or None. A folder is made when
    needed; an object store's bucket must exist."""
    if not is_url(where):
        blocking = file_in_the_way(Path(where))
        return f"--lake {where}: {blocking} is a file" if blocking else None
    found = probe_object_store(where, bucket_only=True)
    if isinstance(found, str):
        return found
    if not found:
        bucket = object_store(where)[1].split("/", 1)[0]
        return f"lake location {where}: bucket {bucket} does not exist"
    return None
