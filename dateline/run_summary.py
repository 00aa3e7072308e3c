"""The run summary: counted once, stored in `runs`, written as JSON, shown to the person."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class RunSummary:
    """What one run did; every new file is counted in exactly one outcome."""

    run_id: str
    flow_run_id: str
    started_at: datetime
    files_seen: int
    files_new: int
    articles_loaded: int = 0
    duplicates: int = 0
    quarantined: int = 0
    status: str = "running"
    validation_success: bool | None = None
    message: str | None = None
    finished_at: datetime | None = None
    seconds_total: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)
    quarantine_reasons: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the wall time of a main-process stage to `seconds`."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add_seconds({stage: time.perf_counter() - started})

    def add_seconds(self, seconds: dict[str, float]) -> None:
        """Add stage seconds; a batch's stages are CPU-bound seconds summed over workers."""
        for stage, value in seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + value

    def count(self, files) -> None:
        """Count final file statuses and check they reconcile with the files found new."""
        statuses = Counter(record.status for record in files)
        self.articles_loaded = statuses["loaded"]
        self.duplicates = statuses["duplicate"]
        self.quarantined = statuses["quarantined"]
        self.quarantine_reasons = dict(
            sorted(Counter(r.reason_code for r in files if r.status == "quarantined").items())
        )
        accounted = self.articles_loaded + self.duplicates + self.quarantined
        if accounted != self.files_new or len(files) != self.files_new:
            raise RuntimeError(
                f"run {self.run_id} does not reconcile: {self.files_new} new files but "
                f"{accounted} accounted for; nothing was loaded"
            )

    def finish(self, status: str, validation_success: bool | None, message, clock: float) -> None:
        self.status = status
        self.validation_success = validation_success
        self.message = message
        self.finished_at = datetime.now(UTC)
        self.seconds_total = round(time.perf_counter() - clock, 3)

    def run_row(self, version: str) -> dict:
        """The row of the `runs` table."""
        return {
            "run_id": self.run_id,
            "flow_run_id": self.flow_run_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at or datetime.now(UTC),
            "status": self.status,
            "files_seen": self.files_seen,
            "files_new": self.files_new,
            "articles_loaded": self.articles_loaded,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "validation_success": self.validation_success,
            "message": self.message,
            "pipeline_version": version,
        }

    def artifact_rows(self) -> list[dict]:
        """The run summary as a two-column table for the Prefect UI."""
        rows = [
            ("files seen", self.files_seen),
            ("new files", self.files_new),
            ("articles loaded", self.articles_loaded),
            ("duplicates", self.duplicates),
            ("quarantined", self.quarantined),
            ("validation", _validation_word(self.validation_success)),
            ("seconds", self.seconds_total),
        ]
        rows += [(f"quarantined: {code}", n) for code, n in self.quarantine_reasons.items()]
        return [{"measure": name, "value": str(value)} for name, value in rows]

    def quarantine_markdown(self) -> str:
        lines = ["| reason | files |", "|---|---|"]
        lines += [f"| {code} | {n} |" for code, n in self.quarantine_reasons.items()]
        return "\n".join(lines)

    def as_json(self) -> str:
        payload = asdict(self)
        payload["stages"] = {k: round(v, 3) for k, v in payload.pop("seconds").items()}
        return json.dumps(payload, default=str, sort_keys=True)


def _validation_word(success: bool | None) -> str:
    return {True: "passed", False: "rows rejected", None: "nothing to validate"}[success]


def write_run_report(
    docs_dir: Path, summary: RunSummary, validation: list[dict], quarantined: list[dict]
) -> Path:
    """The run's JSON record (for benchmarks and audits) and its HTML page under
    `<docs>/runs/`, linked from the runs index and the Data Docs."""
    from dateline import docs_site

    runs_dir = docs_dir / "runs"
    runs_dir.mkdir(parents=True, exist_ok=True)
    path = runs_dir / f"{summary.run_id}.json"
    path.write_text(summary.as_json() + "\n")
    page = json.loads(summary.as_json()) | {
        "validation": validation,
        "quarantined_files": quarantined,
    }
    docs_site.write_run_page(docs_dir, page)
    docs_site.write_runs_index(docs_dir)
    return path


def format_summary(summary: dict) -> str:
    """The few lines a person reads after `dateline run`."""
    reasons = summary.get("quarantine_reasons") or {}
    quarantine = f" ({', '.join(f'{k}: {v}' for k, v in reasons.items())})" if reasons else ""
    lines = [
        f"run {summary['run_id']}: {summary['status']} in {summary['seconds_total']:.1f}s",
        f"  files seen {summary['files_seen']}, new {summary['files_new']}",
        f"  loaded {summary['articles_loaded']}, duplicates {summary['duplicates']}, "
        f"quarantined {summary['quarantined']}{quarantine}",
        f"  validation: {_validation_word(summary['validation_success'])}",
    ]
    if summary.get("message") and summary["status"] == "completed":
        lines.append(f"  {summary['message']}")
    return "\n".join(lines)


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def progress(total: int):
    """A progress bar over files on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="articles", leave=False, file=sys.stderr)
