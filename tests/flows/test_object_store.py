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
from tests.flows.cli_runs import content

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


def dateline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def test_a_run_over_a_bucket_loads_what_a_run_over_the_folder_loads(
    s3, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    run = dateline(
        "run", "--raw", f"s3://{BUCKET}/raw", "--warehouse", str(warehouse),
        "--batch-size", "10", "--workers", "1", "--ner", "rules",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert content(warehouse) == clean
    again = dateline("run", "--raw", f"s3://{BUCKET}/raw", "--warehouse", str(warehouse))
    assert "files seen 26, new 0" in again.stdout, again.stderr


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


def test_a_bucket_that_is_not_there_is_one_line(s3, tmp_path: Path) -> None:
    run = dateline("run", "--raw", "s3://no-such-bucket/raw", "--warehouse", str(tmp_path / "w"))
    assert run.returncode == 2
    assert run.stderr == (
        "dateline: raw location s3://no-such-bucket/raw holds no files "
        "(or its bucket does not exist)\n"
    )
