"""`dateline serve`: scheduled runs of the pipeline flow, executed in one long-lived process.

The schedule is a Prefect deployment (`pipeline/dateline-serve`) with an interval or a cron
schedule in a time zone, so its runs, states and logs are in the Prefect UI, which shows the
schedule as Prefect's own and where it can be paused and a run started by hand. This
process polls the API for runs of that deployment that are due and executes each here,
in-process.

Prefect's own `flow.serve` starts a fresh interpreter for every run, which pays the
imports, Great Expectations and the spaCy model each time. Here they are
loaded once, and a run of a few new files is processed on a thread of this process, where
the model stays loaded; a larger run still fans out to worker processes.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime

import httpx
import prefect
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import DeploymentScheduleCreate
from prefect.client.schemas.responses import SetStateStatus
from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule
from prefect.events import RelatedResource, emit_event
from prefect.events.related import tags_as_related_resources
from prefect.flow_engine import run_flow
from prefect.settings import (
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    get_current_settings,
    temporary_settings,
)
from prefect.states import Cancelled, Pending, Scheduled

from dateline.settings import Settings
from flows.pipeline import pipeline

DEPLOYMENT = "dateline-serve"
POLL_SECONDS = 1.0
MIN_HEARTBEAT_SECONDS = 30  # as Prefect's engine: its setting's lowest value
RETRY_SECONDS = 10

# What `dateline serve` runs on: `--every` seconds, or `--cron` ticks in `--timezone`.
Schedule = IntervalSchedule | CronSchedule


def run_line(state, seconds: float) -> str:
    """One line per served run: what it did, or why it failed."""
    stamp = _stamp()
    if not state.is_completed():
        return f"{stamp} run {state.name.lower()}: {state.message} ({seconds:.1f} s)"
    summary = state.result()
    return (
        f"{stamp} run {summary['run_id']}: {summary['files_new']} new, "
        f"{summary['articles_loaded']} loaded, {summary['duplicates']} duplicates, "
        f"{summary['quarantined']} quarantined ({seconds:.1f} s)"
    )


def register(schedule: Schedule, settings: Settings):
    """Create or update the deployment with `schedule` as its only schedule, and ask for a
    first run now rather than at the next tick; return the deployment's id.

    The first run brings the warehouse up to date when serving starts, whatever the
    schedule; updating the deployment replaces its old schedule and the runs that one had
    put on the calendar (the API does both)."""
    with get_client(sync_client=True) as client:
        flow_id = client.create_flow(pipeline)
        deployment_id = client.create_deployment(
            flow_id,
            DEPLOYMENT,
            schedules=[DeploymentScheduleCreate(schedule=schedule, active=True)],
            paused=False,
            parameters=settings.as_parameters(),
            description=f"dateline serve: {settings.raw_root} into {settings.warehouse_root}",
            tags=["dateline"],
        )
        client.create_flow_run_from_deployment(deployment_id, state=Scheduled())
    schedule_ahead(deployment_id)
    return deployment_id


def schedule_ahead(deployment_id) -> None:
    """Have the API put the schedule's next runs on the calendar now.

    A full Prefect server's scheduler does this every minute; asking as well keeps serve
    working against a server without that service. The API keys each scheduled run by its
    time, so the two never double a run.
    """
    with get_client(sync_client=True) as client:
        response = client.request(
            "POST", "/deployments/{id}/schedule", path_params={"id": deployment_id}, json={}
        )
        response.raise_for_status()


def pause(deployment_id) -> None:
    """Stop scheduling new runs once nobody serves them (as Prefect's own serve does)."""
    with get_client(sync_client=True) as client:
        client.pause_deployment(deployment_id)


def claim_due_run(deployment_id):
    """The newest due run of the deployment, set Pending; older due runs are cancelled.

    Every run covers all new files in the raw root, so after a long run (or a pause) one
    run catches up and the backlog of missed ticks is skipped, not replayed.
    """
    now = datetime.now(UTC)
    with get_client(sync_client=True) as client:
        due = client.get_scheduled_flow_runs_for_deployments([deployment_id], scheduled_before=now)
        if not due:
            return None
        due.sort(key=lambda run: run.next_scheduled_start_time or run.expected_start_time)
        *missed, newest = due
        for run in missed:
            client.set_flow_run_state(
                run.id, Cancelled(message="skipped: a later scheduled run covers it"), force=True
            )
        result = client.set_flow_run_state(newest.id, Pending())
        if result.status != SetStateStatus.ACCEPT:
            return None  # claimed by another serve process, or cancelled meanwhile
        return client.read_flow_run(newest.id)


def execute(flow_run, settings: Settings):
    """Run the pipeline flow for a claimed flow run here; its final Prefect state.

    The run gets a thread of its own. In the main thread Prefect's engine takes SIGTERM
    over for the run's length and crashes the run with a traceback; serve's SIGTERM means
    finish the run in hand, then stop, and only the main thread receives signals.

    This thread, waiting for the run, sends its heartbeats (which let an automation mark
    a run whose process died as crashed). Prefect's engine sends them from a thread of
    its own that sleeps in 1 s steps, and joining it delayed each run's end."""
    every = get_current_settings().flows.heartbeat_frequency
    every = every and max(every, MIN_HEARTBEAT_SECONDS)
    if every:
        heartbeat(flow_run)  # as the engine would at the start (and before the run starts)
    running: Future = Future()

    def run() -> None:
        try:
            running.set_result(_run_without_heartbeats(flow_run, settings))
        except BaseException as error:  # handed to the waiting thread
            running.set_exception(error)

    # A daemon thread: a Ctrl-C abandons the run in hand instead of waiting for it (the
    # next run recovers what it left, as after a crash).
    threading.Thread(target=run, name="served-run", daemon=True).start()
    while True:
        try:
            return running.result(timeout=every)  # no timeout when heartbeats are off
        except TimeoutError:
            heartbeat(flow_run)


def _run_without_heartbeats(flow_run, settings: Settings):
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return run_flow(pipeline, flow_run=flow_run, parameters=settings.as_parameters(),
                        return_type="state")  # fmt: skip


def heartbeat(flow_run) -> None:
    """The event Prefect's engine sends for a running flow run, every heartbeat period."""
    related = [
        {"prefect.resource.id": f"prefect.flow.{flow_run.flow_id}",
         "prefect.resource.role": "flow", "prefect.resource.name": pipeline.name},
        {"prefect.resource.id": f"prefect.deployment.{flow_run.deployment_id}",
         "prefect.resource.role": "deployment"},
    ]  # fmt: skip
    emit_event(
        event="prefect.flow-run.heartbeat",
        resource={
            "prefect.resource.id": f"prefect.flow-run.{flow_run.id}",
            "prefect.resource.name": flow_run.name or "",
            "prefect.version": prefect.__version__,
        },
        related=[*map(RelatedResource.model_validate, related),
                 *tags_as_related_resources(set(flow_run.tags or []))],
    )  # fmt: skip


def serve(
    settings: Settings,
    schedule: Schedule,
    say: Callable[[str], None],
    stop: threading.Event,
    max_runs: int | None = None,
) -> int:
    """Serve scheduled runs until `stop` is set or `max_runs` have run; return how many ran.

    `say` gets one line per run, and one per failed call to the Prefect API: a server that
    restarts or a network that blinks costs a wait and a retry, not the serving process.
    """
    deployment_id = register(schedule, settings)
    runs = 0
    try:
        while not stop.is_set() and (max_runs is None or runs < max_runs):
            try:
                flow_run = claim_due_run(deployment_id)
                if flow_run is None:
                    stop.wait(POLL_SECONDS)
                    continue
                began = time.perf_counter()
                state = execute(flow_run, settings)
                runs += 1
                say(run_line(state, time.perf_counter() - began))
                schedule_ahead(deployment_id)
            except httpx.HTTPError as error:  # connection refused, timeouts, 5xx answers
                say(f"{_stamp()} Prefect API call failed ({error}); retrying in {RETRY_SECONDS} s")
                stop.wait(RETRY_SECONDS)
    finally:
        with contextlib.suppress(httpx.HTTPError):
            pause(deployment_id)
    return runs


def _stamp() -> str:
    return datetime.now().strftime("%H:%M:%S")
