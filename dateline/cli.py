"""The `dateline` command: run the pipeline, query and inspect the warehouse, retry refusals.

Every error a person can cause ends in one line on stderr and an exit code:
0 done; 1 the run failed (validation, a bug); 2 a usage error (arguments, paths,
environment, no warehouse where one was named); 3 the warehouse is busy; 130 interrupted
(Ctrl-C); 143 terminated (SIGTERM); 141 the output pipe closed (`| head`), quietly.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from dateline import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_PIPE = 130, 143, 141


class UsageError(Exception):
    """A mistake in what the person asked for: reported in one line, exit 2."""


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so a run stops as on Ctrl-C."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    from dateline.storage.runlock import RunInProgress
    from dateline.storage.warehouse import NoWarehouse, WarehouseBusy

    try:
        return args.handler(args)
    except (UsageError, NoWarehouse, NotADirectoryError) as error:
        return _fail(str(error), EXIT_USAGE)
    except (RunInProgress, WarehouseBusy) as error:
        return _fail(str(error), EXIT_BUSY)
    except BrokenPipeError:
        # The reader went away (`dateline status | head`): stop writing, quietly, and keep
        # Python from complaining about the closed stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except KeyboardInterrupt:
        return _stopped("interrupted", EXIT_INTERRUPTED)
    except Terminated:
        return _stopped("terminated", EXIT_TERMINATED)
    except Exception as error:  # a bug: one line here, the trace in Prefect's log or --verbose
        if getattr(args, "verbose", False):
            raise
        return _fail(f"{args.command} failed: {type(error).__name__}: {error}")


# A process's exit must not outlast this: see `_exit_in_time`.
EXIT_GRACE_SECONDS = 20.0


def entry_point() -> None:
    """The `dateline` console script."""
    signal.signal(signal.SIGTERM, _raise_terminated)
    code = main()
    _exit_in_time(code)
    sys.exit(code)


def _exit_in_time(code: int) -> None:
    """Make sure the process ends within EXIT_GRACE_SECONDS of its work.

    A worker that dies (killed, out of memory) or is stopped by Ctrl-C while it writes to
    one of its pool's queues leaves that queue's lock held for good; at exit,
    multiprocessing waits for the queue's feeder thread, which waits for that lock,
    forever. The run is done and committed by then, and its last line printed: past the
    grace period the process ends without the rest of its clean-up.
    """
    import threading

    def end() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    timer = threading.Timer(EXIT_GRACE_SECONDS, end)
    timer.daemon = True
    timer.start()


def _raise_terminated(signum, frame) -> None:
    raise Terminated


def _stopped(how: str, code: int) -> int:
    _stop_workers()
    return _fail(f"{how}; the warehouse is unchanged by this run", code)


def _stop_workers() -> None:
    """End the run's worker processes now rather than after their batch."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="run the pipeline over the raw folder")
    _warehouse_option(run)
    _pipeline_options(run)
    run.set_defaults(handler=_run)

    again = commands.add_parser(
        "reprocess", help="enrich stored articles again with the current code, from raw files"
    )
    _warehouse_option(again)
    _pipeline_options(again)
    again.add_argument("--since", type=_day, help="published on or after this day, YYYY-MM-DD")
    again.add_argument("--until", type=_day, help="published on or before this day, YYYY-MM-DD")
    again.add_argument("--source", help="only this source, as in articles.source (Xinhua)")
    again.add_argument(
        "--dry-run", action="store_true", help="say what would change and change nothing"
    )
    again.set_defaults(handler=_reprocess)

    serve = commands.add_parser(
        "serve", help="keep the warehouse current: scheduled runs in one long-lived process"
    )
    _warehouse_option(serve)
    _pipeline_options(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument(
        "--every", type=float, default=None, help="seconds between scheduled runs (default 300)"
    )
    when.add_argument(
        "--cron", default=None, help='run at a cron expression\'s ticks, e.g. "0 6 * * 1-5"'
    )
    serve.add_argument(
        "--timezone", default=None, help="IANA time zone of --cron, e.g. Asia/Tokyo (default UTC)"
    )
    serve.add_argument("--runs", type=int, default=None, help="stop after this many runs")
    serve.set_defaults(handler=_serve)

    query = commands.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql")
    _warehouse_option(query)
    query.add_argument(
        "--format",
        choices=("table", "csv", "json", "parquet"),
        default="table",
        help="table (one line per row), csv, json (JSON Lines: one object per row), or "
        "parquet (with --out)",
    )
    query.add_argument("--out", type=Path, help="write the rows to this file instead")
    query.set_defaults(handler=_query)

    status = commands.add_parser("status", help="recent runs and files by status")
    _warehouse_option(status)
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=_status)

    report = commands.add_parser(
        "report", help="one self-contained HTML page of charts over the warehouse"
    )
    _warehouse_option(report)
    report.add_argument(
        "--out", type=Path, help="the page to write (default: <warehouse>/docs/report.html)"
    )
    report.set_defaults(handler=_report)

    retry = commands.add_parser("retry", help="re-queue quarantined files for the next run")
    _warehouse_option(retry)
    retry.add_argument("--reason", help="only files quarantined for this reason code")
    retry.set_defaults(handler=_retry)
    return parser


def _warehouse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--warehouse",
        type=Path,
        default=Path("warehouse"),
        help="warehouse folder (default: warehouse/)",
    )


def _pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--raw", default="raw", help="raw folder, or an object-store URL s3://bucket/prefix"
    )
    parser.add_argument(
        "--lake",
        default=None,
        help="the Parquet lake: a folder or an object-store URL s3://bucket/prefix (default: "
        "WAREHOUSE/lake); with a URL, batches are staged there too",
    )
    parser.add_argument("--batch-size", type=int, default=None, help="most files per batch task")
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: cores)"
    )
    parser.add_argument(
        "--ner",
        choices=("model", "rules"),
        default=None,
        help="entity recognition: spaCy model + rules, or rules only (fast)",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=None,
        help="seconds to wait for another run on this warehouse (default 600)",
    )
    parser.add_argument(
        "--task-runner",
        choices=("process", "dask"),
        default=None,
        help="run the batch tasks on worker processes here, or on Dask (default process)",
    )
    parser.add_argument(
        "--dask-address",
        default=None,
        help="with --task-runner dask: a running scheduler, tcp://host:port (default: a "
        "local cluster of --workers processes); its workers must read --raw and write "
        "--lake at the same locations",
    )
    parser.add_argument("--verbose", action="store_true", help="show Prefect's own log lines")


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"dateline: {message}", file=sys.stderr)
    return code


def _settings(args: argparse.Namespace, **more):
    """Run settings from the command line and environment; mistakes are UsageErrors."""
    from dateline.settings import settings_from_env
    from dateline.storage.landing import check_raw_root
    from dateline.storage.location import check_lake

    if (why := check_raw_root(args.raw)) is not None:
        raise UsageError(why)
    if args.lake is not None and (why := check_lake(args.lake)) is not None:
        raise UsageError(why)
    try:
        settings = settings_from_env(
            raw_root=args.raw,
            lake_root=args.lake,
            warehouse_root=args.warehouse,
            batch_size=args.batch_size,
            workers=args.workers,
            ner=args.ner,
            lock_timeout_seconds=args.wait,
            task_runner=args.task_runner,
            dask_address=args.dask_address,
            **more,
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    settings.warehouse.check_usable()
    return settings


def _prefect(settings, args: argparse.Namespace, full: bool = False):
    """A Prefect API for this process: PREFECT_API_URL's, or a temporary server."""
    from dateline.prefect_api import configure_environment, prefect_api

    try:
        configure_environment(settings.warehouse_root / ".prefect", verbose=args.verbose)
        Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
        return prefect_api(full=full)
    except OSError as error:
        raise UsageError(f"cannot use PREFECT_HOME: {error}") from None


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def _reprocess(args: argparse.Namespace) -> int:
    from dateline import pipeline_version
    from dateline.storage.warehouse import Warehouse, stored_articles

    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    store = Warehouse(args.warehouse).existing()
    if not args.dry_run:
        return _run(args, since=args.since, until=args.until, source=args.source)
    with store.reading() as connection:
        stored = stored_articles(connection, args.since, args.until, args.source)
    print(reprocess_plan(stored, args.raw, pipeline_version()))
    return EXIT_OK


def reprocess_plan(stored, raw_root: str, current: str) -> str:
    """What `dateline reprocess` would do to these stored articles, in a few lines."""
    from dateline.storage.landing import raw_file_sizes

    sizes = raw_file_sizes(raw_root)
    gone = [a for a in stored if sizes.get(a.raw_path) != a.size_bytes]
    versions = Counter(a.pipeline_version for a in stored)
    changing = sum(n for version, n in versions.items() if version != current)
    lines = [
        f"{len(stored)} stored article(s) would be enriched again with pipeline version "
        f"{current}; {changing} of them were made by other versions:"
    ]
    lines += [f"  {version}: {n}" for version, n in sorted(versions.items())]
    if gone:
        lines.append(f"{len(gone)} of them from their stored text: raw file gone or changed")
    return "\n".join(lines)


def _run(args: argparse.Namespace, **selection) -> int:
    """`dateline run`, or with a `selection` of stored articles `dateline reprocess`."""
    from dateline.settings import IN_PROCESS_FILES

    settings = _settings(args, in_process_files=IN_PROCESS_FILES)
    with _prefect(settings, args) as server:
        from dateline.run_summary import format_summary
        from flows.pipeline import ValidationFailed, pipeline, reprocess

        if server is not None:
            # The server boots on one core: load the suites on the other meanwhile, rather
            # than in the flow after it (bench/README.md has what it saves).
            from dateline import validation

            validation.warm_up()
            server.wait_until_ready()
        from dateline.storage.curation import CurationError

        try:
            with _heartbeats(server is None):
                parameters = settings.as_parameters()
                if selection:
                    summary = reprocess(**parameters, **selection)
                else:
                    summary = pipeline(**parameters)
        except CurationError as error:
            raise UsageError(str(error)) from None
        except ValidationFailed as error:
            return _fail(f"validation failed, nothing published: {error}")
        except (KeyboardInterrupt, Terminated):
            raise
        except Exception as error:  # the person reads one line; Prefect keeps the trace
            from dateline.storage.runlock import RunInProgress
            from dateline.storage.warehouse import WarehouseBusy

            if isinstance(error, RunInProgress | WarehouseBusy):
                raise
            return _fail(f"run failed: {type(error).__name__}: {error}")
    print(format_summary(summary))
    return EXIT_OK


def _heartbeats(wanted: bool):
    """Prefect's flow-run heartbeats, which let a server's automations mark a run whose
    process died as crashed; a run's own temporary server runs none, and it dies with the
    run. The engine's heartbeat thread, sleeping in 1 s steps, also delays the run's end."""
    import contextlib

    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if wanted:
        return contextlib.nullcontext()
    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def _serve(args: argparse.Namespace) -> int:
    import threading
    import zoneinfo
    from datetime import timedelta

    from dateline.settings import IN_PROCESS_FILES

    if args.timezone is not None and args.cron is None:
        raise UsageError("--timezone goes with --cron (an --every interval has no time zone)")
    if args.cron is None and args.every is None:
        args.every = 300.0
    if (args.every is not None and args.every < 1) or (args.runs is not None and args.runs < 1):
        raise UsageError("--every must be at least 1 second and --runs at least 1")
    timezone = args.timezone or "UTC"
    # The zones Prefect accepts are exactly these (its check reads the same list); checked
    # here, before a server starts, since Prefect must not be imported yet (`_prefect`).
    if timezone not in zoneinfo.available_timezones():
        raise UsageError(f"--timezone {timezone!r} is not an IANA time zone (e.g. Europe/Paris)")
    settings = _settings(args, in_process_files=IN_PROCESS_FILES)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())  # finish the run in hand, then stop
    with _prefect(settings, args, full=True) as server:
        # Prefect's own schedule types, so its UI shows the deployment's schedule as any
        # other's. Built before the model loads, so a bad --cron fails fast.
        from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule

        if args.cron is None:
            schedule = IntervalSchedule(interval=timedelta(seconds=args.every))
            when = f"every {args.every:g} s"
        else:
            try:
                schedule = CronSchedule(cron=args.cron, timezone=timezone)
            except ValueError:  # pydantic's multi-line report; the person gets one line
                raise UsageError(
                    f"--cron {args.cron!r} is not a cron expression: five fields, minute hour "
                    'day-of-month month day-of-week, e.g. "*/15 * * * *" or "0 6 * * 1-5"'
                ) from None
            when = f'on cron "{args.cron}" ({timezone})'
        from dateline import validation
        from flows.serve import serve
        from transforms.batch import warm_up

        warm_up(settings.ner)  # the model and the suites, loaded once while the server boots
        validation.warm_up()
        if server is not None:
            server.wait_until_ready()
        where = f"; Prefect UI at {server.ui_url}" if server is not None else ""
        print(f"dateline: serving {settings.raw_root} {when}{where}", flush=True)
        runs = serve(settings, schedule, lambda line: print(line, flush=True), stop, args.runs)
    print(f"dateline: serve stopped after {runs} run(s)")
    return EXIT_TERMINATED if stop.is_set() and args.runs is None else EXIT_OK


def _query(args: argparse.Namespace) -> int:
    import duckdb

    from dateline.storage.warehouse import Warehouse

    if not args.sql.strip():
        raise UsageError('no SQL given: dateline query "SELECT ..."')
    if args.format == "parquet" and args.out is None:
        raise UsageError("--format parquet writes a file: add --out FILE")
    with Warehouse(args.warehouse).reading() as connection:
        try:
            if args.format == "parquet":
                relation = connection.sql(args.sql)
                if relation is None:
                    raise UsageError("--format parquet needs a query that returns rows")
                return _write_parquet(relation.to_arrow_table(), args.out)
            cursor = connection.execute(args.sql)
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall() if columns else []
        except duckdb.Error as error:
            return _fail(f"query refused: {str(error).splitlines()[0]}")
    text = render(columns, rows, args.format)
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text + "\n")
    return EXIT_OK


def _write_parquet(table, out: Path) -> int:
    """The rows as Parquet, written by this process: the sealed connection writes no file."""
    import pyarrow.parquet as pq

    try:
        pq.write_table(table, out, compression="zstd")
    except OSError as error:
        raise UsageError(f"cannot write {out}: {error.strerror or error}") from None
    print(f"wrote {table.num_rows} row(s) to {out}")
    return EXIT_OK


def render(columns: list[str], rows: list[tuple], fmt: str) -> str:
    """Rows as an aligned text table (one line per row), CSV, or JSON Lines."""
    if fmt == "json":
        return "\n".join(json.dumps(dict(zip(columns, row)), default=str) for row in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        out = csv.writer(buffer, lineterminator="\n")
        out.writerow(columns)
        out.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines)


def _cell(value) -> str:
    text = "NULL" if value is None else " ".join(str(value).split())  # one line per row
    return text if len(text) <= 60 else text[:57] + "..."


def _status(args: argparse.Namespace) -> int:
    from dateline.storage.warehouse import Warehouse

    with Warehouse(args.warehouse).reading() as connection:
        runs = connection.execute(
            "SELECT run_id, status, files_seen, files_new, articles_loaded, duplicates, "
            "quarantined FROM runs ORDER BY started_at DESC LIMIT 5"
        ).fetchall()
        files = connection.execute(
            "SELECT status, count(*) FROM files GROUP BY status ORDER BY status"
        ).fetchall()
        # Files quarantined now, by reason: a file that loaded after a fix is not counted.
        reasons = connection.execute(
            "SELECT reason, count(*) FROM files WHERE status = 'quarantined' "
            "GROUP BY reason ORDER BY 1"
        ).fetchall()
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    run_columns = ["run_id", "status", "seen", "new", "loaded", "duplicates", "quarantined"]
    if args.format == "json":
        print(json.dumps({
            "articles": articles,
            "files": dict(files),
            "quarantined_now": dict(reasons),
            "recent_runs": [dict(zip(run_columns, run)) for run in runs],
        }))  # fmt: skip
        return EXIT_OK
    print(f"articles: {articles}")
    print("files: " + (", ".join(f"{s} {n}" for s, n in files) or "none"))
    if reasons:
        print("quarantined now: " + ", ".join(f"{r} {n}" for r, n in reasons))
    print("recent runs:")
    print(render(run_columns, runs, "table"))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from dateline.dashboard import write_dashboard
    from dateline.storage.warehouse import Warehouse

    warehouse = Warehouse(args.warehouse).existing()
    out = args.out or warehouse.docs / "report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    print(f"wrote {write_dashboard(warehouse.database, out)}")
    return EXIT_OK


def _retry(args: argparse.Namespace) -> int:
    from dateline.storage.quarantine import requeue_quarantined
    from dateline.storage.warehouse import Warehouse
    from transforms.article import REASON_CODES

    if args.reason is not None and args.reason not in REASON_CODES:
        raise UsageError(
            f"unknown reason code {args.reason!r}; one of: {', '.join(sorted(REASON_CODES))}"
        )
    warehouse = Warehouse(args.warehouse).existing()
    count = requeue_quarantined(warehouse, args.reason, timeout=600.0)
    which = f" for {args.reason}" if args.reason else ""
    print(f"re-queued {count} quarantined file(s){which}; the next `dateline run` reads them again")
    return EXIT_OK


if __name__ == "__main__":
    entry_point()
