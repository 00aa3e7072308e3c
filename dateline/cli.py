"""The `dateline` command: run the pipeline, query and inspect the warehouse, retry refusals."""

from __future__ import annotations

import argparse
import atexit
import csv
import io
import json
import os
import sys
from pathlib import Path

from dateline import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("dateline: interrupted; the warehouse is unchanged by this run", file=sys.stderr)
        return EXIT_FAILED


def entry_point() -> None:
    """The `dateline` console script: `main`, then leave without tearing the interpreter
    down. Freeing the objects of spaCy's model, Great Expectations and Prefect one by one
    took about 2.5 s after a run had finished; the exit handlers (log flushing among them)
    still run, and every file the run wrote is closed by then."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__)
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="run the pipeline over the raw folder")
    _warehouse_option(run)
    _pipeline_options(run)
    run.set_defaults(handler=_run)

    serve = commands.add_parser(
        "serve", help="keep the warehouse current: scheduled runs in one long-lived process"
    )
    _warehouse_option(serve)
    _pipeline_options(serve)
    serve.add_argument(
        "--every", type=float, default=300.0, help="seconds between scheduled runs (default 300)"
    )
    serve.add_argument("--runs", type=int, default=None, help="stop after this many runs")
    serve.set_defaults(handler=_serve)

    query = commands.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql")
    _warehouse_option(query)
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(handler=_query)

    status = commands.add_parser("status", help="recent runs and files by status")
    _warehouse_option(status)
    status.set_defaults(handler=_status)

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
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="raw root (default: raw/)")
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
    parser.add_argument("--verbose", action="store_true", help="show Prefect's own log lines")


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"dateline: {message}", file=sys.stderr)
    return code


def _settings(args: argparse.Namespace, **more):
    """Run settings from the command line; a usage error names what to fix."""
    from dateline.settings import settings_from_env

    if not args.raw.is_dir():
        raise ValueError(f"raw folder {args.raw} does not exist; pass --raw DIR")
    return settings_from_env(
        raw_root=args.raw,
        warehouse_root=args.warehouse,
        batch_size=args.batch_size,
        workers=args.workers,
        ner=args.ner,
        lock_timeout_seconds=args.wait,
        **more,
    )


def _run(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args, show_progress=True)
    except ValueError as error:
        return _fail(str(error), EXIT_USAGE)
    from dateline.prefect_api import configure_environment, prefect_api

    configure_environment(settings.warehouse_root / ".prefect", verbose=args.verbose)
    with prefect_api() as server:
        return _run_pipeline(settings, server)


def _run_pipeline(settings, server) -> int:
    from dateline.preload import preloading

    with preloading():  # modules, suites and model, kept for the whole run
        # These imports overlap the temporary server's boot. Prefect serializes a run's
        # parameters with FastAPI's encoder, whose import (0.7 s) would otherwise come after.
        import fastapi.encoders  # noqa: F401

        from dateline.head_start import head_start
        from dateline.run_summary import format_summary
        from dateline.storage.runlock import RunInProgress
        from dateline.storage.warehouse import WarehouseBusy
        from flows.pipeline import ValidationFailed, pipeline

    try:
        if server is None:
            summary = pipeline(settings)
        else:
            with preloading():
                settings = head_start(settings)  # while the server boots
            server.wait_until_ready()
            with _without_heartbeats():
                summary = pipeline(settings)
    except ValidationFailed as error:
        return _fail(f"validation failed, nothing published: {error}")
    except (RunInProgress, WarehouseBusy) as error:
        return _fail(str(error), EXIT_BUSY)
    except Exception as error:
        return _fail(f"run failed: {type(error).__name__}: {error}")
    print(format_summary(summary))
    return EXIT_OK


def _without_heartbeats():
    """Prefect settings for a run on the temporary server: no flow-run heartbeats.

    Heartbeats let an automation on the server mark a run whose process died as crashed
    (Prefect's zombie-run detection). The temporary server runs no services, so nothing
    acts on them there, and it dies with the run. Ending the heartbeat thread also cost
    each run up to 1 s (it sleeps in 1 s steps). `dateline serve` keeps them."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def _serve(args: argparse.Namespace) -> int:
    from dateline.settings import IN_PROCESS_FILES

    if args.every < 1 or (args.runs is not None and args.runs < 1):
        return _fail("--every must be at least 1 second and --runs at least 1", EXIT_USAGE)
    try:
        settings = _settings(args, in_process_files=IN_PROCESS_FILES)
    except ValueError as error:
        return _fail(str(error), EXIT_USAGE)
    from dateline.prefect_api import configure_environment, prefect_api

    configure_environment(settings.warehouse_root / ".prefect", verbose=args.verbose)
    with prefect_api(full=True) as server:
        return _serve_pipeline(settings, server, args)


def _serve_pipeline(settings, server, args: argparse.Namespace) -> int:
    import signal
    import threading

    from dateline.preload import preloading

    with preloading():
        from dateline import validators
        from flows import batches
        from flows.serve import serve

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())  # finish the current run, then stop
    try:
        validators.start()
        with preloading():
            batches.warm_up(settings)  # while the server boots
        if server is not None:
            server.wait_until_ready()
        where = f"; Prefect UI at {server.ui_url}" if server is not None else ""
        print(f"dateline: serving {settings.raw_root} every {args.every:g} s{where}", flush=True)
        runs = serve(settings, args.every, lambda line: print(line, flush=True), stop, args.runs)
    except KeyboardInterrupt:
        runs = None
    except Exception as error:
        return _fail(f"serve failed: {type(error).__name__}: {error}")
    finally:
        validators.stop()
    print(f"dateline: serve stopped{'' if runs is None else f' after {runs} run(s)'}")
    return EXIT_OK


def _query(args: argparse.Namespace) -> int:
    from dateline.storage.warehouse import WarehouseBusy, reader

    try:
        with reader(args.warehouse / "dateline.duckdb") as connection:
            cursor = connection.execute(args.sql)
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
    except FileNotFoundError as error:
        return _fail(str(error))
    except WarehouseBusy as error:
        return _fail(str(error), EXIT_BUSY)
    except Exception as error:
        return _fail(f"query failed: {str(error).splitlines()[0]}")
    print(render(columns, rows, args.format))
    return EXIT_OK


def render(columns: list[str], rows: list[tuple], fmt: str) -> str:
    """Rows as an aligned text table, CSV, or JSON lines."""
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
    text = "NULL" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _status(args: argparse.Namespace) -> int:
    from dateline.storage.warehouse import WarehouseBusy, reader

    try:
        with reader(args.warehouse / "dateline.duckdb") as connection:
            runs = connection.execute(
                "SELECT run_id, status, files_seen, files_new, articles_loaded, duplicates, "
                "quarantined FROM runs ORDER BY started_at DESC LIMIT 5"
            ).fetchall()
            files = connection.execute(
                "SELECT status, count(*) FROM files GROUP BY status ORDER BY status"
            ).fetchall()
            reasons = connection.execute(
                "SELECT reason_code, count(*) FROM quarantine GROUP BY reason_code ORDER BY 1"
            ).fetchall()
            articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except FileNotFoundError as error:
        return _fail(str(error))
    except WarehouseBusy as error:
        return _fail(str(error), EXIT_BUSY)
    run_columns = ["run_id", "status", "seen", "new", "loaded", "duplicates", "quarantined"]
    print(f"articles: {articles}")
    print("files: " + (", ".join(f"{s} {n}" for s, n in files) or "none"))
    if reasons:
        print("quarantine: " + ", ".join(f"{r} {n}" for r, n in reasons))
    print("recent runs:")
    print(render(run_columns, runs, "table"))
    return EXIT_OK


def _retry(args: argparse.Namespace) -> int:
    from dateline.prefect_api import configure_environment

    configure_environment(args.warehouse / ".prefect")
    from dateline.storage.requeue import requeue_quarantined
    from dateline.storage.runlock import RunInProgress
    from dateline.storage.warehouse import WarehouseBusy

    try:
        count = requeue_quarantined(args.warehouse, args.reason)
    except (RunInProgress, WarehouseBusy) as error:
        return _fail(str(error), EXIT_BUSY)
    print(f"re-queued {count} quarantined file(s); the next `dateline run` reads them again")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
