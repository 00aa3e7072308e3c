"""The quarantine: refused files' bytes kept for inspection, and re-queueing them after a fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from dateline.storage import changes
from dateline.storage.runlock import run_lock
from dateline.storage.warehouse import Warehouse


def keep_quarantined_bytes(data: bytes, sha256: str, raw_path: str, folder: Path) -> str:
    """Keep a refused file's bytes for inspection, content-addressed so no name escapes."""
    suffix = Path(raw_path).suffix[:16] if Path(raw_path).suffix.isascii() else ""
    target = folder / sha256[:2] / f"{sha256}{suffix}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(data)
        shutil.move(partial, target)
    return target.relative_to(folder).as_posix()


def requeue_quarantined(warehouse: Warehouse, reason_code: str | None, timeout: float) -> int:
    """Forget quarantined files (optionally of one reason) so the next run reads them
    again; the quarantine history stays."""
    with run_lock(warehouse.run_lock, timeout), warehouse.writing(timeout) as connection:
        connection.execute("BEGIN TRANSACTION")
        requeued = "FROM files WHERE status = 'quarantined' AND (? IS NULL OR reason = ?)"
        changes.record(
            connection, "file", f"SELECT raw_path {requeued}", [reason_code, reason_code]
        )
        deleted = connection.execute(f"DELETE {requeued}", [reason_code, reason_code])
        count = deleted.fetchall()[0][0]
        connection.execute("COMMIT")
    return count
