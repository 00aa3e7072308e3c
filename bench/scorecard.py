"""Ratios, targets and the printed table of one benchmark invocation."""

from __future__ import annotations

import itertools

MODEL_VS_NER_MIN = 0.80  # full pipeline keeps >= 80% of the bare NER model's throughput
PEAK_RSS_MAX_MB = 1536.0  # 1.5 GiB for the whole process tree
GROWTH_SLACK = 1.1  # 10x the articles may cost at most 11x the time
INCREMENTAL_MAX_S = 3.0  # plus the fixed start-up of an empty run
# `dateline serve`, on the largest warehouse: a run with one new file, and one with none.
SERVED_NEW_FILE_MAX_S = 3.0
SERVED_NO_OP_MAX_S = 1.5
# Backfills scale out instead of a single-machine rate: N Dask workers >= 0.85 N x one.
SCALE_OUT_MIN = 0.85
QUERY_MAX_MS = 200.0


def _rate(figures: dict, *path: str) -> float | None:
    for key in path:
        figures = figures.get(key) or {}
    return figures.get("articles_per_s") if isinstance(figures, dict) else None


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 3) if numerator and denominator else None


def ner_rate(figures: dict) -> float | None:
    """The bare model's articles/s: the mean of its runs before and after the pipeline's,
    when both were measured."""
    rates = [r for r in (_rate(figures, "ner_only"), _rate(figures, "ner_only_after")) if r]
    return round(sum(rates) / len(rates), 1) if rates else None


def ratios(results: dict) -> dict:
    """Throughput ratios per size: pipeline over NER-only and over the I/O floor."""
    out = {}
    for size, figures in results.items():
        ner, floor = ner_rate(figures), _rate(figures, "floor")
        model, rules = _rate(figures, "pipeline", "model"), _rate(figures, "pipeline", "rules")
        out[str(size)] = {
            "model_vs_ner": _ratio(model, ner),
            "model_vs_floor": _ratio(model, floor),
            "rules_vs_ner": _ratio(rules, ner),
            "rules_vs_floor": _ratio(rules, floor),
        }
    return out


def growth(results: dict) -> dict:
    """Wall-time growth between consecutive sizes, next to the growth in articles."""
    sizes = sorted(results)
    out = {}
    for small, large in itertools.pairwise(sizes):
        row: dict = {"size_ratio": round(large / small, 3)}
        for profile in ("model", "rules"):
            before = (results[small].get("pipeline") or {}).get(profile) or {}
            after = (results[large].get("pipeline") or {}).get(profile) or {}
            row[profile] = _ratio(after.get("seconds"), before.get("seconds"))
        out[f"{small}->{large}"] = row
    return out


def _target(name: str, value: float | None, limit: float, at_most: bool) -> dict:
    if value is None:
        status = "SKIP"
    else:
        status = "PASS" if (value <= limit if at_most else value >= limit) else "FAIL"
    return {"name": name, "value": value, "limit": limit, "status": status}


def _peak_memory(results: dict, key: str = "peak_pss_mb") -> float | None:
    peaks = []
    for figures in results.values():
        runs = list((figures.get("pipeline") or {}).values())
        runs += list((figures.get("incremental") or {}).values())
        runs.append(figures.get("served") or {})
        peaks += [run[key] for run in runs if run.get(key)]
    return max(peaks) if peaks else None


def targets(record: dict, results: dict) -> list[dict]:
    """PASS, FAIL or SKIP (not measured) per target, on the largest size measured."""
    largest = results[max(results)]
    size_ratios = ratios(results)[str(max(results))]
    startup = (record.get("startup") or {}).get("empty_run_s")
    incremental = largest.get("incremental") or {}
    found = [
        _target(
            "pipeline >= 80% of NER-only throughput",
            size_ratios["model_vs_ner"],
            MODEL_VS_NER_MIN,
            at_most=False,
        ),
        _target(
            "peak memory (PSS of the process tree) < 1.5 GB (MB)",
            _peak_memory(results),
            PEAK_RSS_MAX_MB,
            at_most=True,
        ),
    ]
    for step, row in record.get("growth", {}).items():
        limit = round(GROWTH_SLACK * row["size_ratio"], 3)
        found.append(_target(f"cost {step} <= {limit}x", row.get("model"), limit, at_most=True))
    if startup is not None:
        limit = round(INCREMENTAL_MAX_S + startup, 3)
        for kind, label in (("new_file", "one new file"), ("no_op", "no-op run")):
            seconds = (incremental.get(kind) or {}).get("seconds")
            found.append(_target(f"{label} <= 3 s + start-up (s)", seconds, limit, at_most=True))
    served = largest.get("served") or {}
    for kind, label, limit in (
        ("new_file", "one new file", SERVED_NEW_FILE_MAX_S),
        ("no_op", "no-op run", SERVED_NO_OP_MAX_S),
    ):
        seconds = (served.get(kind) or {}).get("seconds")
        found.append(_target(f"served: {label} <= {limit} s (s)", seconds, limit, at_most=True))
    if scale_out := largest.get("scale_out"):
        limit = round(SCALE_OUT_MIN * scale_out["workers"], 2)
        found.append(
            _target(
                f"Dask: {scale_out['workers']} workers >= {limit}x one (rules backfill)",
                scale_out["speedup"],
                limit,
                at_most=False,
            )
        )
    for name, timing in ((record.get("queries") or {}).get("queries") or {}).items():
        found.append(
            _target(f"query {name} < 200 ms", timing.get("median_ms"), QUERY_MAX_MS, at_most=True)
        )
    return found


def _fmt(value: object, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}" if isinstance(value, float) else str(value)


def render(record: dict, results: dict) -> str:
    """The compact table a person reads after the benchmark."""
    head = (
        "size",
        "floor a/s",
        "NER a/s",
        "NER tok/s",
        "model a/s",
        "s",
        "PSS MB",
        "rules a/s",
        "s",
        "PSS MB",
        "model/NER",
        "model/floor",
    )
    lines = [f"dateline benchmark, {record['workers']} workers, host {record['host']}", ""]
    lines.append(" ".join(f"{h:>11}" for h in head))
    for size, figures in sorted(results.items()):
        model = (figures.get("pipeline") or {}).get("model") or {}
        rules = (figures.get("pipeline") or {}).get("rules") or {}
        ratio = ratios(results)[str(size)]
        row = (
            size,
            _rate(figures, "floor"),
            ner_rate(figures),
            (figures.get("ner_only") or {}).get("tokens_per_s"),
            model.get("articles_per_s"),
            model.get("seconds"),
            model.get("peak_pss_mb"),
            rules.get("articles_per_s"),
            rules.get("seconds"),
            rules.get("peak_pss_mb"),
            ratio["model_vs_ner"],
            ratio["model_vs_floor"],
        )
        cells = [_fmt(v) for v in row[:10]] + [f"{v:.3g}" if v else "-" for v in row[10:]]
        lines.append(" ".join(f"{cell:>11}" for cell in cells))
    lines += ["", *_details(record, results), ""]
    lines += [
        f"{t['status']:<5} {t['name']}: {_fmt(t['value'], 2)} (limit {t['limit']:g})"
        for t in record["targets"]
    ]
    return "\n".join(lines)


def _details(record: dict, results: dict) -> list[str]:
    lines = []
    for size, figures in sorted(results.items()):
        if figures.get("ner_only_after"):
            before, after = _rate(figures, "ner_only"), _rate(figures, "ner_only_after")
            lines.append(f"{size} bare NER model: {before} articles/s before, {after} after")
        for profile, run in (figures.get("pipeline") or {}).items():
            stages = (run.get("report") or {}).get("stages") or {}
            roles = run.get("peak_pss_by_role_mb", {})
            memory = ", ".join(f"{k} {v:.0f}" for k, v in roles.items())
            lines.append(
                f"{size} {profile}: peak PSS {run.get('peak_pss_mb', '-')} MB ({memory}), "
                f"RSS sum {run.get('peak_rss_mb', '-')} MB"
            )
            if cpu := run.get("cpu_s_by_role"):
                used = ", ".join(f"{k} {v:.0f}" for k, v in cpu.items())
                lines.append(f"{size} {profile}: CPU s {used}")
            counts = {
                k: run.get("report", {}).get(k)
                for k in ("articles_loaded", "duplicates", "quarantined")
            }
            staged = " ".join(f"{k} {v:.1f}" for k, v in stages.items())
            failed = f" EXIT {run['returncode']} see {run['log']}" if run["returncode"] else ""
            outside = f"outside the run {run.get('outside_run_s', '-')} s"
            lines.append(
                f"{size} {profile}: {counts}, {outside}; stages s: {staged or '-'}{failed}"
            )
        if incremental := figures.get("incremental"):
            lines.append(
                f"{size} incremental: one new file {_median(incremental['new_file'])}, "
                f"no-op {_median(incremental['no_op'])}"
            )
        if served := figures.get("served"):
            lines.append(
                f"{size} served (every {served['every_s']} s): start-up {served['startup_s']} s, "
                f"one new file {_median(served['new_file'])} (loaded "
                f"{served['new_file']['drop_to_loaded_s']} s after it was written), no-op "
                f"{_median(served['no_op'])}, peak PSS {served['peak_pss_mb']} MB"
            )
        if scale := figures.get("scale_out"):
            one, many = scale["one_worker"], scale["all_workers"]
            lines.append(
                f"{size} rules backfill on Dask: 1 worker {one.get('seconds')} s, "
                f"{scale['workers']} workers {many.get('seconds')} s, speedup {scale['speedup']}"
            )
    if startup := record.get("startup"):
        lines.append(
            f"start-up: --version {startup['version_s']} s, import {startup['import_s']} s, "
            f"empty run {_median(startup['empty_runs'][-1])} (new warehouse "
            f"{startup['empty_run_new_warehouse_s']} s)"
        )
    for growth_step, row in record.get("growth", {}).items():
        lines.append(f"growth {growth_step}: {row}")
    if queries := record.get("queries"):
        timings = " ".join(
            f"{k} {v.get('median_ms', 'ERR')}" for k, v in queries["queries"].items()
        )
        lines.append(f"queries ms ({queries['size']}, {queries['profile']}): {timings}")
    return lines


def _median(run: dict) -> str:
    """`12.1 s`, or with several samples `12.1 s (median of 11.8, 12.1, 13.0)`."""
    samples = run.get("samples") or []
    listed = f" (median of {', '.join(map(str, samples))})" if len(samples) > 1 else ""
    return f"{run['seconds']} s{listed}"
