"""Benchmark of the dateline pipeline against its I/O floor and the bare NER model.

For each size, on the same generated corpus (cached under bench/out/corpus-N) and the
same cores: the I/O floor, the NER model alone, `dateline run` end to end (spaCy model
and `--ner rules` profiles), an incremental run and a no-op run; once per invocation the
fixed start-up; after the largest size, analyst query latency. Prints a table and PASS or
FAIL per target, and appends one JSON line per invocation.

    python bench/run.py --sizes 1000,10000 [--workers 2] [--json-out bench/out/results.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure
import pipeline_runs
import query_timing
import scorecard

BENCH = Path(__file__).resolve().parent
PARTS = ("floor", "ner", "model", "rules", "dask", "incremental", "served", "startup", "queries")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7, help="corpus seed")
    parser.add_argument("--out", type=Path, default=BENCH / "out", help="corpora, warehouses, logs")
    parser.add_argument("--json-out", type=Path, default=BENCH / "out" / "results.jsonl")
    parser.add_argument("--ner-batch-size", type=int, default=256)
    parser.add_argument("--skip", default="", help=f"comma-separated parts to skip: {PARTS}")
    args = parser.parse_args(argv)
    args.sizes = sorted({int(size) for size in args.sizes.split(",")})
    args.out = args.out.resolve()
    args.skip = {part for part in args.skip.split(",") if part}
    if unknown := args.skip - set(PARTS):
        parser.error(f"unknown parts to skip: {sorted(unknown)}")
    return args


def measure_size(size: int, args: argparse.Namespace, has_pipeline: bool) -> dict:
    """Every per-size figure for a corpus of `size` articles."""
    out, skip, logs = args.out, args.skip, args.out / "logs"
    root, stamp = measure.cached_corpus(out, size, args.seed)
    result: dict = {"corpus": stamp}
    floor_file = out / f"floor-{size}.parquet"
    if not {"floor", "ner"} <= skip:
        _say(f"{size}: I/O floor")
        result["floor"] = measure.io_floor(root, floor_file)
    if "ner" not in skip:
        _say(f"{size}: NER model alone on {args.workers} processes")
        texts = measure.bodies(floor_file)
        result["ner_only"] = measure.ner_only(texts, args.workers, args.ner_batch_size)
        del texts  # free the bodies before the pipeline runs share the machine
    if not has_pipeline:
        return result
    result["pipeline"] = {}
    for profile in ("model", "rules"):
        if profile not in skip:
            _say(f"{size}: dateline run ({profile})")
            warehouse = warehouse_dir(args, size, profile)
            ner = None if profile == "model" else "rules"
            result["pipeline"][profile] = pipeline_runs.pipeline_run(
                root, warehouse, args.workers, ner, logs
            )
    if "ner" not in skip and "model" not in skip:
        # The machine's speed drifts over the minutes a run takes (the bare model measured
        # 62 and 68 articles/s an hour apart here): the model is timed again after the
        # pipeline, and the ratio is to the mean of both (`scorecard.ner_rate`).
        _say(f"{size}: NER model alone again, after the pipeline")
        texts = measure.bodies(floor_file)
        result["ner_only_after"] = measure.ner_only(texts, args.workers, args.ner_batch_size)
        del texts
    if "dask" not in skip and args.workers > 1:
        _say(f"{size}: rules backfill on Dask, 1 and {args.workers} workers")
        result["scale_out"] = pipeline_runs.scale_out(
            root, args.out / "warehouses" / str(size), args.workers, logs
        )
    loaded = result["pipeline"].get("model", {}).get("returncode") == 0 or (
        "model" in skip and (warehouse_dir(args, size, "model") / "dateline.duckdb").exists()
    )  # with --skip model, the incremental parts reuse the warehouse an earlier run left
    if "incremental" not in skip and loaded:
        _say(f"{size}: one new file, then a no-op run")
        result["incremental"] = pipeline_runs.incremental(
            root, warehouse_dir(args, size, "model"), args.workers, logs, size, args.seed
        )
    if "served" not in skip and loaded:
        _say(f"{size}: dateline serve: one new file, then a no-op run")
        result["served"] = pipeline_runs.served(
            root, warehouse_dir(args, size, "model"), args.workers, logs, size, args.seed
        )
    return result


def warehouse_dir(args: argparse.Namespace, size: int, profile: str) -> Path:
    return args.out / "warehouses" / f"{size}-{profile}"


def query_latency(args: argparse.Namespace, results: dict) -> dict:
    """Analyst queries on the warehouse of the largest size (model profile, else rules)."""
    size = max(results)
    for profile in ("model", "rules"):
        database = warehouse_dir(args, size, profile) / "dateline.duckdb"
        if database.exists() and results[size].get("pipeline", {}).get(profile):
            _say(f"{size}: analyst queries ({profile} warehouse)")
            return {"size": size, "profile": profile} | query_timing.time_queries(database)
    return {}


def host() -> dict:
    """What the figures were measured on; the load average tells if the machine was shared."""
    return {
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def git_commit() -> str | None:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=BENCH, capture_output=True, text=True
    )
    return done.stdout.strip() or None


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when a target fails."""
    args = parse_args(argv)
    (args.out / "logs").mkdir(parents=True, exist_ok=True)
    record: dict = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "host": host(),
        "workers": args.workers,
        "seed": args.seed,
        "sizes": args.sizes,
    }
    has_pipeline = pipeline_runs.pipeline_available()
    if not has_pipeline:
        _say("`dateline run` is not installed: measuring the baselines only")
    if has_pipeline and "startup" not in args.skip:
        _say("start-up: --version, import, a run over an empty raw folder")
        record["startup"] = pipeline_runs.startup(args.workers, args.out / "logs")
    results = {size: measure_size(size, args, has_pipeline) for size in args.sizes}
    record["results"] = {str(size): figures for size, figures in results.items()}
    if has_pipeline and "queries" not in args.skip:
        record["queries"] = query_latency(args, results)
    record["ratios"] = scorecard.ratios(results)
    record["growth"] = scorecard.growth(results)
    record["targets"] = scorecard.targets(record, results)
    record["host"]["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(scorecard.render(record, results))
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.json_out, "a") as handle:
        handle.write(json.dumps(record, default=str) + "\n")
    return 1 if any(t["status"] == "FAIL" for t in record["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())
