"""Raw files in object storage: `--raw s3://bucket/prefix` against a real S3 API server on
loopback (moto's), configured by the standard AWS_* variables as in production."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.pipeline import pipeline
from tests.flows.cli_runs import cli_here, content

pytestmark = pytest.mark.usefixtures("prefect_server")
BUCKET = "wire"


@pytest.fixture(scope="module")
def s3(corpus: Path) -> Iterator:
    """A loopback S3 API server holding the corpus under `s3://wire/raw/`."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    settings = {
        "AWS_ACCESS_KEY_ID": "dateline-test",
        "AWS_SECRET_ACCESS_KEY": "dateline-test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://{host}:{port}",
    }
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    client = boto3.client("s3")
    client.create_bucket(Bucket=BUCKET)
    for path in sorted(corpus.rglob("*")):
        if path.is_file():
            key = f"raw/{path.relative_to(corpus).as_posix()}"
            client.put_object(Bucket=BUCKET, Key=key, Body=path.read_bytes())
    try:
        yield client
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def test_a_run_over_a_bucket_loads_what_a_run_over_the_folder_loads(
    s3, clean: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    warehouse = tmp_path / "wh"
    code, _, err = cli_here(
        capsys, "run", "--raw", f"s3://{BUCKET}/raw", "--warehouse", str(warehouse),
        "--batch-size", "10", "--workers", "1", "--ner", "rules",
    )  # fmt: skip
    assert code == 0, err
    assert content(warehouse) == clean
    _, out, err = cli_here(
        capsys, "run", "--raw", f"s3://{BUCKET}/raw", "--warehouse", str(warehouse)
    )
    assert "files seen 26, new 0" in out, err


def test_worker_processes_read_the_bucket_and_a_changed_object_is_a_new_version(
    s3, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "wh"
    first = pipeline(raw=f"s3://{BUCKET}/raw", warehouse=str(warehouse), workers=2, ner="rules")
    assert (first["files_new"], first["quarantined"]) == (26, 1)  # empty.txt
    body = s3.get_object(Bucket=BUCKET, Key="raw/variant_byline.txt")["Body"].read()
    s3.put_object(Bucket=BUCKET, Key="raw/variant_byline.txt", Body=body + b"\nEnditem\n")
    s3.put_object(Bucket=BUCKET, Key="raw/huge.txt", Body=b"x" * 2_000)
    monkeypatch.setenv("DATELINE_MAX_FILE_BYTES", "1500")
    second = pipeline(raw=f"s3://{BUCKET}/raw", warehouse=str(warehouse), workers=2, ner="rules")
    assert second["files_new"] == 2
    assert second["quarantine_reasons"] == {"too_large": 1}
    s3.delete_object(Bucket=BUCKET, Key="raw/huge.txt")
    s3.put_object(Bucket=BUCKET, Key="raw/variant_byline.txt", Body=body)  # as the others found it


def test_a_bucket_that_is_not_there_is_one_line(
    s3, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = cli_here(
        capsys, "run", "--raw", "s3://no-such-bucket/raw", "--warehouse", str(tmp_path / "w")
    )
    assert code == 2
    assert err == (
        "dateline: raw location s3://no-such-bucket/raw holds no files "
        "(or its bucket does not exist)\n"
    )


def _keys(s3, prefix: str, markers: bool = False) -> list[str]:
    """The objects under `prefix`; the empty folder markers pyarrow writes only if asked."""
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    keys = [o["Key"] for page in pages for o in page.get("Contents", [])]
    return [key for key in keys if markers or not key.endswith("/")]


def _lake_rows(s3, prefix: str) -> dict[str, tuple[int]]:
    """Rows per dataset of the Parquet objects under `prefix`, and nothing left staged."""
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs = pafs.S3FileSystem(endpoint_override=os.environ["AWS_ENDPOINT_URL"])
    rows: dict[str, int] = {}
    for key in _keys(s3, prefix):
        if key[len(prefix) :].startswith("_staging/"):
            continue
        dataset = key[len(prefix) :].split("/", 1)[0]
        rows[f"lake/{dataset}"] = (
            rows.get(f"lake/{dataset}", 0)
            + pq.ParquetFile(f"{BUCKET}/{key}", filesystem=fs).metadata.num_rows
        )
    return {name: (count,) for name, count in sorted(rows.items())}


def test_workers_on_dask_stage_and_publish_to_the_bucket(s3, clean: dict, tmp_path: Path) -> None:
    """Raw files, staged batches and the lake in the bucket, batches on a local Dask
    cluster of two worker processes: the warehouse a folder run gives, nothing on disk but
    the DuckDB files, nothing left staged."""
    warehouse = tmp_path / "wh"
    run = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "run", "--raw", f"s3://{BUCKET}/raw", "--lake",
         f"s3://{BUCKET}/lake", "--warehouse", str(warehouse), "--batch-size", "5",
         "--workers", "2", "--ner", "rules", "--task-runner", "dask"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    tables = {k: v for k, v in content(warehouse).items() if not k.startswith("lake/")}
    assert tables == {k: v for k, v in clean.items() if not k.startswith("lake/")}
    # The lake's entities hold one row per batch that met an entity: two workers cut the
    # batches otherwise than one.
    lake_rows = _lake_rows(s3, "lake/")
    assert lake_rows.pop("lake/entities")[0] >= clean["lake/entities"][0]
    assert lake_rows == {
        k: v for k, v in clean.items() if k.startswith("lake/") and k != "lake/entities"
    }
    assert not (warehouse / "lake").exists() and not (warehouse / "staging").exists()
    assert _keys(s3, "lake/_staging/") == []
    # A partition is a key prefix, no folder object: publishing wrote none.
    published = [k for k in _keys(s3, "lake/", markers=True) if not k.startswith("lake/_staging")]
    assert [k for k in published if k.endswith("/")] == []


def test_a_crash_after_publishing_to_the_bucket_leaves_no_orphans_nor_does_reprocessing(
    s3, clean: dict, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """The rerun after a crash, then a reprocessing run over what it loaded: each time the
    bucket's lake holds each article once (one scenario: both need a loaded bucket lake)."""
    from tests.flows.test_robustness import faulty

    warehouse, lake = tmp_path / "wh", f"s3://{BUCKET}/crash-lake"
    options = ["--raw", f"s3://{BUCKET}/raw", "--warehouse", str(warehouse), "--lake", lake,
               "--ner", "rules", "--workers", "1", "--batch-size", "10"]  # fmt: skip
    env = {**os.environ, **faulty("after:publish")}
    crashed = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "run", *options],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert crashed.returncode == 137
    assert _lake_rows(s3, "crash-lake/")  # the crashed run's objects are there
    code, _, err = cli_here(capsys, "run", *options)
    assert code == 0, err
    assert _lake_rows(s3, "crash-lake/") == {
        k: v for k, v in clean.items() if k.startswith("lake/")
    }

    code, _, err = cli_here(capsys, "reprocess", *options)
    assert code == 0, err
    tables = {k: v for k, v in content(warehouse).items() if not k.startswith("lake/")}
    assert tables == {k: v for k, v in clean.items() if not k.startswith("lake/")}
    rows = _lake_rows(s3, "crash-lake/")
    rows.pop("lake/entities")  # one row per run that met an entity
    assert rows == {
        k: v for k, v in clean.items() if k.startswith("lake/") and k != "lake/entities"
    }


def test_a_lake_bucket_that_is_not_there_is_one_line(
    s3, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = cli_here(
        capsys, "run", "--raw", f"s3://{BUCKET}/raw", "--lake", "s3://no-such-bucket/lake",
        "--warehouse", str(tmp_path / "w"),
    )  # fmt: skip
    assert code == 2
    assert err == (
        "dateline: lake location s3://no-such-bucket/lake: bucket no-such-bucket does not exist\n"
    )
