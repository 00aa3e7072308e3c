"""`dateline serve`: scheduled runs of a real Prefect deployment, executed in one process."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dateline.settings import Settings
from flows.pipeline import batch_runner
from tests.flows.cli_runs import content

RUN_LINE = re.compile(
    r"^\d\d:\d\d:\d\d run \d{8}T\d{6}-[0-9a-f]{8}: (\d+) new, (\d+) loaded, (\d+) duplicates, "
    r"(\d+) quarantined \(\d+\.\d s\)$"
)


def start_serve(raw: Path, warehouse: Path, *more: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "serve", "--raw", str(raw), "--warehouse",
         str(warehouse), "--ner", "rules", "--workers", "1", *more],
        env=os.environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def deployment_runs(since=None) -> tuple[bool, list[tuple]]:
    """Whether the serve deployment is paused, and its runs' (id, state, message), oldest
    first, of those expected to start `since` then."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("pipeline/dateline-serve")
        runs = client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
            sort=FlowRunSort.EXPECTED_START_TIME_ASC,
        )
    if since is not None:
        runs = [run for run in runs if run.expected_start_time >= since]
    return deployment.paused, [(run.id, run.state.type.value, run.state.message) for run in runs]


def heartbeats(flow_run_ids: list) -> dict:
    """When each flow run's heartbeat events occurred, by run id (events land after a
    short delay, so this waits up to 20 s for each run to have one)."""
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter

    ids = {f"prefect.flow-run.{run_id}": run_id for run_id in flow_run_ids}
    wanted = EventFilter(
        event=EventNameFilter(name=["prefect.flow-run.heartbeat"]),
        resource=EventResourceFilter(id=list(ids)),
    )
    deadline = time.monotonic() + 20
    while True:
        with get_client(sync_client=True) as client:
            events = client.read_events(filter=wanted, limit=50).events
        occurred = {run_id: [] for run_id in flow_run_ids}
        for event in events:
            occurred[ids[event.resource.id]].append(event.occurred)
        if all(occurred.values()) or time.monotonic() > deadline:
            return occurred


def start_time(flow_run_id):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(flow_run_id).start_time


@pytest.mark.usefixtures("prefect_server")
def test_served_runs_load_what_a_run_loads_then_stop(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    warehouse = tmp_path / "wh"
    process = start_serve(corpus, warehouse, "--every", "2", "--runs", "2", "--batch-size", "10")
    out, err = process.communicate(timeout=300)

    assert process.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == f"dateline: serving {corpus} every 2 s"
    counts = [RUN_LINE.match(line).groups() for line in lines[1:3]]
    assert counts == [("26", "25", "0", "1"), ("0", "0", "0", "0")]
    assert lines[3:] == ["dateline: serve stopped after 2 run(s)"]
    assert "Traceback" not in err
    assert content(warehouse) == clean

    paused, runs = deployment_runs()
    assert paused  # nobody serves it now, so nothing more is scheduled
    completed = [run_id for run_id, state, _ in runs if state == "COMPLETED"]
    assert len(completed) == 2
    # One heartbeat per run (a run is shorter than the period): serve's own, sent before
    # the run started, and not Prefect's engine's (sent once the run is running) as well.
    for run_id, occurred in heartbeats(completed).items():
        assert len(occurred) == 1 and occurred[0] <= start_time(run_id)


@pytest.mark.usefixtures("prefect_server")
def test_sigterm_finishes_the_run_in_hand_then_stops(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    process = start_serve(raw, tmp_path / "wh", "--every", "1")
    assert process.stdout.readline().startswith("dateline: serving ")
    assert RUN_LINE.match(process.stdout.readline().rstrip("\n"))
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)

    assert process.returncode == 143, err
    assert re.fullmatch(r"(.*\n)*dateline: serve stopped after \d+ run\(s\)\n", out)
    assert "Traceback" not in err


@pytest.mark.usefixtures("prefect_server")
def test_sigterm_in_the_middle_of_a_run_lets_it_finish(
    corpus: Path, clean: dict, tmp_path: Path
) -> None:
    """SIGTERM while a run has staged batches: the run completes and loads everything,
    then serve stops (Prefect's engine would otherwise crash the run with a traceback)."""
    warehouse = tmp_path / "wh"
    process = start_serve(corpus, warehouse, "--every", "60", "--batch-size", "10")
    deadline = time.monotonic() + 120
    while not any((warehouse / "staging").glob("*")) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)

    assert process.returncode == 143, err
    lines = out.splitlines()
    assert RUN_LINE.match(lines[1]).groups() == ("26", "25", "0", "1")
    assert lines[2:] == ["dateline: serve stopped after 1 run(s)"]
    assert "Traceback" not in err
    assert content(warehouse) == clean


@pytest.mark.usefixtures("prefect_server")
def test_missed_ticks_are_skipped_and_the_newest_run_is_claimed() -> None:
    from prefect.client.schemas.schedules import IntervalSchedule

    from flows.serve import claim_due_run, pause, register

    began = datetime.now(UTC)
    deployment_id = register(IntervalSchedule(interval=timedelta(seconds=1)), Settings())
    time.sleep(3.5)  # the first run (asked for now) and three ticks fall due
    claimed = claim_due_run(deployment_id)
    pause(deployment_id)

    assert claimed.state.type.value == "PENDING"
    _, runs = deployment_runs(since=began)
    due = [(state, message) for _, state, message in runs if state != "SCHEDULED"]
    assert len(due) >= 4
    assert due[:-1] == [("CANCELLED", "skipped: a later scheduled run covers it")] * (len(due) - 1)
    assert due[-1][0] == "PENDING"


def deployment_schedules() -> list:
    """The serve deployment's schedules, as the Prefect API holds them."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("pipeline/dateline-serve")
    return [schedule.schedule for schedule in deployment.schedules]


@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize(
    ("options", "timezone"), [(["--timezone", "Asia/Shanghai"], "Asia/Shanghai"), ([], "UTC")]
)
def test_a_cron_schedule_in_its_time_zone_is_the_deployments(
    options: list[str], timezone: str, tmp_path: Path
) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    raw = tmp_path / "raw"
    raw.mkdir()
    # The run asked for at start, then stop: the schedule is registered by then.
    process = start_serve(raw, tmp_path / "wh", "--cron", "30 6 * * 1-5", *options, "--runs", "1")
    out, err = process.communicate(timeout=120)

    assert process.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == f'dateline: serving {raw} on cron "30 6 * * 1-5" ({timezone})'
    assert RUN_LINE.match(lines[1]).groups() == ("0", "0", "0", "0")
    # Exactly the cron in its zone, replacing the schedule other tests registered.
    assert deployment_schedules() == [CronSchedule(cron="30 6 * * 1-5", timezone=timezone)]


@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--cron", "61 * * * *"], "--cron '61 * * * *' is not a cron expression"),
        (["--cron", "every morning"], "--cron 'every morning' is not a cron expression"),
        (["--cron", "H 6 * * *"], "--cron 'H 6 * * *' is not a cron expression"),
        (["--cron", "0 6 * * *", "--timezone", "Mars/Olympus"], "not an IANA time zone"),
        (["--cron", "0 6 * * *", "--timezone", "utc"], "not an IANA time zone"),
        (["--every", "60", "--timezone", "UTC"], "--timezone goes with --cron"),
        (["--timezone", "UTC"], "--timezone goes with --cron"),
    ],
)
def test_a_bad_schedule_is_a_one_line_usage_error(
    options: list[str], message: str, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    process = start_serve(raw, tmp_path / "wh", *options)
    out, err = process.communicate(timeout=120)

    assert process.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("dateline: ") and message in err, err
    assert out == ""


def test_every_and_cron_exclude_each_other(tmp_path: Path) -> None:
    process = start_serve(tmp_path, tmp_path / "wh", "--every", "60", "--cron", "0 6 * * *")
    _, err = process.communicate(timeout=60)

    assert process.returncode == 2
    assert "not allowed with argument" in err


def test_small_runs_of_a_long_lived_process_stay_in_the_runs_thread() -> None:
    from prefect.task_runners import ProcessPoolTaskRunner

    served = Settings(workers=2, in_process_files=100)
    with batch_runner(served, 1, 100) as runner:
        assert runner is None  # the batches run in the flow's own thread
    assert isinstance(batch_runner(served, 2, 101), ProcessPoolTaskRunner)
    assert isinstance(batch_runner(Settings(workers=2), 1, 1), ProcessPoolTaskRunner)
