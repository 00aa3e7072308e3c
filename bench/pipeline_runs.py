"""The pipeline as a user runs it: `dateline run` in a subprocess, timed, its memory watched.

Peak memory is the largest sum of PSS (and, beside it, of RSS) over the process and all
its children (batch workers, a local Prefect server); see `PeakWatcher` for how it is
sampled without slowing the run it measures.
"""

from __future__ import annotations

import contextlib
import json
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import corpus
import psutil

BIN = Path(sys.executable).parent
PROJECT = Path(__file__).resolve().parents[1]
DATELINE = BIN / "dateline"
POLL_SECONDS = 0.2
TIMEOUT_SECONDS = 6 * 3600


def pipeline_available() -> bool:
    """Whether `dateline run` is installed in this environment."""
    if not DATELINE.exists():
        return False
    done = subprocess.run([DATELINE, "run", "--help"], capture_output=True, text=True)
    return done.returncode == 0 and "--raw" in done.stdout


def tree_memory(process: psutil.Process) -> dict[str, int]:
    """Bytes held by the process and its descendants now: RSS and PSS, summed, and PSS per role.

    RSS counts a shared page once per process that maps it (libraries, the model file), so
    its sum overstates a process tree; PSS splits each shared page among its sharers and
    sums to what the tree costs the machine.
    """
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {"rss": 0, "pss": 0}
    totals = {"rss": 0, "pss": 0}
    for member in members:
        try:
            info = member.memory_full_info()
            role = _role(member)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        totals["rss"] += info.rss
        totals["pss"] += info.pss
        totals[f"pss_{role}"] = totals.get(f"pss_{role}", 0) + info.pss
    return totals


def _role(member: psutil.Process) -> str:
    command = " ".join(member.cmdline())
    if "uvicorn" in command or "dateline.prefect_server" in command:
        return "prefect_server"
    if "multiprocessing" in command or "spawn_main" in command:
        return "workers"
    return "main"


def tree_rss(process: psutil.Process, cpu: dict[int, tuple[str, float]] | None = None) -> int:
    """RSS summed over the process tree: cheap (one /proc read per process).

    With `cpu`, each member's CPU seconds so far are recorded in it by pid, with its role,
    so a process's last reading before it exits is what it used."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += member.memory_info().rss
            if cpu is not None:
                times = member.cpu_times()
                role = cpu[member.pid][0] if member.pid in cpu else _role(member)
                cpu[member.pid] = (role, times.user + times.system)
    return total


class PeakWatcher:
    """Peak memory of a process tree, watched without taking the CPU it measures.

    PSS comes from the kernel walking each process's page tables (`smaps_rollup`): 15-35 ms
    per process, 0.19 s for a run's tree. Sampled every 0.2 s it took about a quarter of
    the two cores from the run being measured. So the cheap RSS sum is read every poll,
    and PSS only when the RSS sum reaches a new high (PSS peaks where RSS does) and at
    least `PSS_EVERY_S` after the last PSS sample, or `PSS_IDLE_S` after it regardless.
    """

    PSS_EVERY_S, PSS_IDLE_S = 1.0, 10.0

    def __init__(self, process: psutil.Process) -> None:
        self.process = process
        self.peak: dict[str, int] = {"rss": 0, "pss": 0}
        self.last_pss = -self.PSS_IDLE_S
        self.cpu: dict[int, tuple[str, float]] = {}

    def sample(self) -> None:
        rss = tree_rss(self.process, self.cpu)
        now = time.perf_counter()
        new_high = rss > self.peak["rss"]
        self.peak["rss"] = max(self.peak["rss"], rss)
        due = now - self.last_pss >= (self.PSS_EVERY_S if new_high else self.PSS_IDLE_S)
        if not due:
            return
        self.last_pss = now
        full = tree_memory(self.process)
        if full["pss"] > self.peak["pss"]:
            self.peak = {**full, "rss": self.peak["rss"]}

    def figures(self) -> dict:
        peak = dict(self.peak)
        return {
            "peak_rss_mb": round(peak.pop("rss") / 2**20, 1),
            "peak_pss_mb": round(peak.pop("pss") / 2**20, 1),
            "peak_pss_by_role_mb": {k[4:]: round(v / 2**20, 1) for k, v in sorted(peak.items())},
            "cpu_s_by_role": self.cpu_by_role(),
        }

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds each role used, as last sampled (a process's final 0.2 s may be
        missed): where the cores went besides the workers' transforms."""
        totals: dict[str, float] = {}
        for role, seconds in self.cpu.values():
            totals[role] = totals.get(role, 0.0) + seconds
        return {role: round(seconds, 1) for role, seconds in sorted(totals.items())}


def timed_command(command: list[str], log_path: Path) -> dict:
    """Run `command`, watching the memory of its process tree; wall seconds, peaks, exit code."""
    with open(log_path, "w") as log:
        began = time.perf_counter()
        process = psutil.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        watcher = PeakWatcher(process)
        while True:
            watcher.sample()
            try:
                returncode = process.wait(timeout=POLL_SECONDS)
                break
            except psutil.TimeoutExpired:
                if time.perf_counter() - began > TIMEOUT_SECONDS:
                    process.kill()
        seconds = time.perf_counter() - began
    return {
        "seconds": round(seconds, 3),
        **watcher.figures(),
        "returncode": returncode,
        "log": str(log_path),
    }


def run_command(raw: Path, warehouse: Path, workers: int, ner: str | None) -> list[str]:
    """`dateline run` as a user types it; `ner=None` keeps the default (spaCy model) profile."""
    command = [str(DATELINE), "run", "--raw", str(raw), "--warehouse", str(warehouse)]
    command += ["--workers", str(workers)]
    return command + (["--ner", ner] if ner else [])


def run_report(warehouse: Path) -> dict:
    """The newest run report in `<warehouse>/docs/runs/`, or {} when there is none."""
    reports = sorted((warehouse / "docs" / "runs").glob("*.json"), key=lambda p: p.stat().st_mtime)
    if not reports:
        return {}
    report = json.loads(reports[-1].read_text())
    keys = (
        "run_id",
        "status",
        "files_seen",
        "files_new",
        "articles_loaded",
        "duplicates",
        "quarantined",
        "validation_success",
        "seconds_total",
        "stages",
        "quarantine_reasons",
    )
    return {key: report[key] for key in keys if key in report}


def pipeline_run(
    raw: Path,
    warehouse: Path,
    workers: int,
    ner: str | None,
    logs: Path,
    fresh: bool = True,
    options: tuple[str, ...] = (),
) -> dict:
    """One timed `dateline run`; a fresh warehouse unless `fresh` is False.

    A fresh warehouse is first set up by a run over an empty folder (Prefect creates its
    database, about 20 s once per warehouse), timed apart as `setup_s`, so the timed run
    pays what every later run pays."""
    setup_s = None
    if fresh:
        shutil.rmtree(warehouse, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="dateline-bench-empty-") as empty:
            setup = timed_command(
                [*run_command(Path(empty), warehouse, workers, ner), *options],
                logs / "setup.log",
            )
        setup_s = setup["seconds"]
    name = f"{warehouse.name}-{ner or 'model'}-{time.strftime('%H%M%S')}.log"
    result = timed_command([*run_command(raw, warehouse, workers, ner), *options], logs / name)
    result["report"] = report = run_report(warehouse)
    result["setup_s"] = setup_s
    files = report.get("files_seen") or corpus_size(raw)
    result["articles_per_s"] = round(files / result["seconds"], 2) if result["seconds"] else None
    if report.get("seconds_total") is not None:  # process start, Prefect server, shutdown
        result["outside_run_s"] = round(result["seconds"] - report["seconds_total"], 3)
    return result


def scale_out(raw: Path, warehouses: Path, workers: int, logs: Path) -> dict:
    """The rules backfill on a local Dask cluster (`--task-runner dask`) of one worker and
    of `workers`, each on a fresh warehouse: how much a second machine's worth of workers
    buys when the batches run on Dask."""
    runs = {
        count: pipeline_run(raw, warehouses / f"dask-{count}", count, "rules", logs,
                            options=("--task-runner", "dask"))
        for count in sorted({1, workers})
    }  # fmt: skip
    one, many = runs[1], runs[workers]
    speedup = None
    if one.get("returncode") == 0 and many.get("returncode") == 0 and many["seconds"]:
        speedup = round(one["seconds"] / many["seconds"], 3)
    return {"workers": workers, "one_worker": one, "all_workers": many, "speedup": speedup}


def corpus_size(raw: Path) -> int:
    return sum(1 for path in raw.rglob("*") if path.is_file())


# The incremental, served and start-up figures are single runs of 1-12 s that vary by
# 10-30% on a shared machine; their targets sit close to them. Each is the median of this
# many runs, every sample kept.
REPEATS = 3


def incremental(raw: Path, warehouse: Path, workers: int, logs: Path, size: int, seed: int) -> dict:
    """On a loaded warehouse: one new raw file, then a run with nothing new; both timed,
    `REPEATS` times (the median run is reported, with every sample's seconds).

    Each new file is the first article from number N on of the same generator (distinct
    from the corpus) that the warehouse has not seen, and is removed afterwards, so the
    cached corpus stays as it was."""
    new_files, no_ops = [], []
    for _ in range(REPEATS):
        new = _unseen_article(warehouse, size, seed)
        path = raw / new.path
        made_folder = not path.parent.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(new.data)
        try:
            new_files.append(pipeline_run(raw, warehouse, workers, None, logs, fresh=False))
            no_ops.append(pipeline_run(raw, warehouse, workers, None, logs, fresh=False))
        finally:
            path.unlink()
            if made_folder:
                path.parent.rmdir()
    return {"new_file": median_run(new_files), "no_op": median_run(no_ops)}


def median_run(runs: list[dict]) -> dict:
    """The run of median seconds, with every run's seconds as `samples`."""
    ordered = sorted(runs, key=lambda run: run["seconds"])
    return {**ordered[len(ordered) // 2], "samples": [run["seconds"] for run in runs]}


def startup(workers: int, logs: Path) -> dict:
    """Fixed costs: `dateline --version`, importing the CLI, runs over an empty raw folder.

    The first empty run also sets up a new warehouse; the next ones (`REPEATS`, the median
    reported) are the start-up every later run pays, and the one the incremental targets
    allow for."""
    version = _timed([str(DATELINE), "--version"])
    imported = _timed([sys.executable, "-c", "import dateline.cli"])
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as scratch:
        empty, warehouse = Path(scratch) / "raw", Path(scratch) / "warehouse"
        empty.mkdir()
        first = timed_command(run_command(empty, warehouse, workers, None), logs / "new.log")
        again = median_run(
            [
                pipeline_run(empty, warehouse, workers, None, logs, fresh=False)
                for _ in range(REPEATS)
            ]
        )
    return {
        "version_s": version[0],
        "pipeline_version": version[1],
        "import_s": imported[0],
        "empty_run_new_warehouse_s": first["seconds"],
        "empty_run_s": again["seconds"],
        "empty_runs": [first, again],
    }


def _timed(command: list[str]) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT)
    return round(time.perf_counter() - began, 3), (done.stdout or done.stderr).strip()[-80:]


SERVED_EVERY_S = 5
RUN_SECONDS = re.compile(r": (\d+) new, .* \((\d+\.\d) s\)$")


def served(raw: Path, warehouse: Path, workers: int, logs: Path, size: int, seed: int) -> dict:
    """`dateline serve` on a loaded warehouse: its start-up (paid once), then one new file
    and a no-op run as scheduled runs of the warm process, each timed by serve itself,
    `REPEATS` times (medians reported, every sample kept).

    `drop_to_loaded_s` adds the wait for the next tick (at most `SERVED_EVERY_S`)."""
    command = [str(DATELINE), "serve", "--raw", str(raw), "--warehouse", str(warehouse),
               "--workers", str(workers), "--every", str(SERVED_EVERY_S)]  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    written: list[Path] = []
    folders: list[Path] = []
    one_file, loaded, no_op = [], [], []
    with open(logs / f"served-{size}.log", "w") as log:
        began = time.perf_counter()
        process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        threading.Thread(target=_pump, args=(process.stdout, lines, log), daemon=True).start()
        peak = PeakWatcher(process)
        try:
            first = _next_run(lines, process, peak)
            startup_s = round(time.perf_counter() - began, 3)
            for _ in range(REPEATS):
                new = _unseen_article(warehouse, size, seed)
                path = raw / new.path
                if not path.parent.exists():
                    folders.append(path.parent)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(new.data)
                written.append(path)
                dropped = time.perf_counter()
                one_file.append(_next_run(lines, process, peak, new_files=1))
                loaded.append(round(time.perf_counter() - dropped, 3))
                no_op.append(_next_run(lines, process, peak, new_files=0))
        finally:
            process.terminate()
            process.wait(timeout=120)
            for path in written:
                path.unlink(missing_ok=True)
            for folder in reversed(folders):
                folder.rmdir()
    return {
        "every_s": SERVED_EVERY_S,
        "startup_s": startup_s,
        "first_run_s": first,
        "new_file": {"seconds": statistics.median(one_file), "samples": one_file,
                     "drop_to_loaded_s": statistics.median(loaded)},
        "no_op": {"seconds": statistics.median(no_op), "samples": no_op},
        **peak.figures(),
        "returncode": process.returncode,
    }  # fmt: skip


def _unseen_article(warehouse: Path, first: int, seed: int):
    """The first generated article from number `first` on that the warehouse has not seen
    (a reused warehouse holds the ones earlier incremental and served parts loaded)."""
    import duckdb

    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        seen = {path for (path,) in db.execute("SELECT raw_path FROM files").fetchall()}
    number = first
    while (new := corpus.render_file(number, corpus.CorpusOptions(seed=seed))).path in seen:
        number += 1
    return new


def _pump(stream, lines: queue.Queue, log) -> None:
    for line in stream:
        log.write(line)
        log.flush()
        lines.put(line.rstrip("\n"))


def _next_run(lines: queue.Queue, process, peak: PeakWatcher, new_files: int | None = None):
    """Seconds of the next served run (with `new_files` new files), watching memory."""
    deadline = time.perf_counter() + 600
    while time.perf_counter() < deadline:
        peak.sample()
        try:
            line = lines.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if process.poll() is not None:
                raise RuntimeError(f"dateline serve exited {process.returncode}") from None
            continue
        found = RUN_SECONDS.search(line)
        if found and (new_files is None or int(found.group(1)) == new_files):
            return float(found.group(2))
    raise RuntimeError("no served run within 600 s")
