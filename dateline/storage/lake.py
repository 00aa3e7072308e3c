"""The Parquet lake: a run's validated batches, published hive-partitioned by day.

The lake is a folder or an object-store prefix (`location.py`). In a folder every file is
written under a hidden name (readers skip dot files) and renamed, so a crash never leaves
a half-written Parquet file where readers look; an object appears whole once written.
Published files are named after their run; files of a run the warehouse never committed
are orphans and are removed on the next run, found by their run id. A reprocessing run's
articles leave the older runs' files once it has committed (`supersede`), so the lake
holds each article once, as the warehouse does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dateline.storage.location import COMPRESSION, Location

if TYPE_CHECKING:
    from dateline.storage.staging import RunStaging

PARTITION = "published_date"
# Datasets without a publication day (a dimension shared by all articles).
UNPARTITIONED = frozenset({"entities"})


def publish(
    staging: RunStaging, lake: Location, owners: dict[str, int], story_ids: dict[str, str]
) -> dict[str, list[str]]:
    """Move a validated run into the lake: one file per run per day.

    `owners` maps each article to load onto the batch whose rows carry it; rows of other
    articles (duplicates, rejected by validation) are left out. Returns the published
    files per dataset, the input of the warehouse load.
    """
    kept: dict[int, list[str]] = {}
    for article_id, batch_no in owners.items():
        kept.setdefault(batch_no, []).append(article_id)
    published: dict[str, list[str]] = {}
    for dataset in staging.datasets():
        files = staging.batch_files(dataset)
        stories = story_ids if dataset in ("articles", "story_signatures") else None
        batches = _published_batches(staging, files, kept, stories)
        schema = next(batches)
        published[dataset] = _write_partitioned(schema, batches, lake, dataset, staging.run_id)
    return published


def _published_batches(staging: RunStaging, files: list[str], kept, story_ids):
    """Yield the schema, then each staged file's kept rows: memory stays one file deep."""
    fs = staging.folder.filesystem
    schema = pq.read_schema(files[0], filesystem=fs)
    if story_ids is not None:
        schema = schema.append(pa.field("story_id", pa.string()))
    yield schema
    for path in files:
        table = staging.folder.read_parquet(path)
        if "article_id" in table.column_names:
            batch_no = int(path.rsplit("/", 1)[-1].split(".")[0].split("-")[1])
            owned = pa.array(kept.get(batch_no, []), pa.string())
            table = table.filter(pc.is_in(table["article_id"], value_set=owned))
        if story_ids is not None:
            ids = table["article_id"].to_pylist()
            table = table.append_column(
                "story_id", pa.array([story_ids.get(i, i) for i in ids], pa.string())
            )
        yield from table.to_batches()


def _write_partitioned(
    schema: pa.Schema, batches, lake: Location, dataset: str, run_id: str
) -> list[str]:
    """Write one file per partition (in a folder under a hidden name, then renamed into
    view); the paths written, in the lake's file system."""
    import pyarrow.dataset as ds  # imports pandas: not on a run with nothing new

    options = ds.ParquetFileFormat().make_write_options(compression=COMPRESSION)
    partitioning = None
    if dataset not in UNPARTITIONED and PARTITION in schema.names:
        partitioning = partition_scheme()
    hidden = "" if lake.is_url else "."
    written: list[str] = []
    ds.write_dataset(
        batches,
        lake.path(dataset),
        schema=schema,
        format="parquet",
        filesystem=lake.filesystem,
        file_options=options,
        partitioning=partitioning,
        basename_template=f"{hidden}{run_id}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
        # An object store has no folders: creating one per partition costs requests and
        # leaves empty marker objects.
        create_dir=not lake.is_url,
        file_visitor=lambda file: written.append(file.path),
    )
    if not hidden:
        return sorted(written)
    files = []
    for path in sorted(written):
        folder, name = path.rsplit("/", 1)
        lake.filesystem.move(path, f"{folder}/{name[1:]}")
        files.append(f"{folder}/{name[1:]}")
    return files


def partition_scheme():
    """Hive partitions by publication day, as written and read back."""
    import pyarrow.dataset as ds

    return ds.partitioning(pa.schema([(PARTITION, pa.date32())]), flavor="hive")


def publish_started(markers: Path, run_id: str) -> None:
    """Mark the run as publishing until its warehouse commit; a crash leaves the mark."""
    markers.mkdir(parents=True, exist_ok=True)
    (markers / run_id).touch()


def publish_committed(markers: Path, run_id: str) -> None:
    """The warehouse committed the run: its lake files are no longer at risk."""
    (markers / run_id).unlink(missing_ok=True)


def remove_orphans(lake: Location, markers: Path, committed_runs: set[str]) -> list[str]:
    """Delete lake files of runs that began publishing but never committed (a crash).

    Only runs that left a mark are looked for, so a run after a clean one lists no
    lake folder at all.
    """
    removed: list[str] = []
    for marker in sorted(markers.iterdir()) if markers.is_dir() else []:
        run_id = marker.name
        if run_id not in committed_runs:
            for path in lake.files():
                name = path.rsplit("/", 1)[-1]
                if name.lstrip(".").startswith(f"{run_id}-"):  # .hidden ones too
                    lake.delete(path)
                    removed.append(path)
        marker.unlink()
    return removed


def mark_superseding(markers: Path, run_id: str, article_ids: Collection[str], days) -> None:
    """Record, before a reprocessing run commits, which articles its files replace."""
    markers.mkdir(parents=True, exist_ok=True)
    record = {"article_ids": sorted(article_ids), "days": sorted(days)}
    partial = markers / f".{run_id}.partial"
    partial.write_text(json.dumps(record))
    os.replace(partial, markers / f"{run_id}.json")


def supersede(lake: Location, markers: Path, run_id: str) -> int:
    """Drop the marked articles' rows from other runs' files on the marked days: the run's
    own files hold them now. A file is rewritten atomically, or removed when nothing is
    left in it; redoing it changes nothing. Returns how many files changed."""
    marker = markers / f"{run_id}.json"
    record = json.loads(marker.read_text())
    ids = pa.array(record["article_ids"], pa.string())
    changed = 0
    datasets = [d for d in lake.folders() if d not in UNPARTITIONED and not d.startswith("_")]
    for dataset in datasets:
        for day in record["days"]:
            for path in lake.files(f"{dataset}/{PARTITION}={day}"):
                name = path.rsplit("/", 1)[-1]
                if name.startswith((".", f"{run_id}-")) or not name.endswith(".parquet"):
                    continue
                table = lake.read_parquet(path)  # the file alone: no partition column
                if "article_id" not in table.column_names:
                    continue
                keep = pc.invert(pc.is_in(table["article_id"], value_set=ids))
                if pc.all(keep).as_py():
                    continue
                kept = table.filter(keep)
                if kept.num_rows:
                    lake.write_parquet(kept, path)
                else:
                    lake.delete(path)
                changed += 1
    marker.unlink()
    return changed


def finish_superseding(lake: Location, markers: Path, committed_runs: set[str]) -> None:
    """After a crash: finish superseding for runs that committed; forget the others (their
    own files are orphans, and the older files still hold the warehouse's rows)."""
    for marker in sorted(markers.glob("*.json")) if markers.is_dir() else []:
        run_id = marker.stem
        if run_id in committed_runs:
            supersede(lake, markers, run_id)
        else:
            marker.unlink()
