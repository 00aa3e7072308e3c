"""Re-queue quarantined files: forget their manifest rows so the next run reads them again."""

from __future__ import annotations

from pathlib import Path

from dateline.settings import Settings
from dateline.storage.runlock import run_lock
from dateline.storage.warehouse import publish_database, writer


def requeue_quarantined(warehouse_root: Path, reason_code: str | None = None) -> int:
    """Forget quarantined files (optionally of one reason); the quarantine history stays."""
    settings = Settings(warehouse_root=warehouse_root)
    with run_lock(settings.run_lock, settings.lock_timeout_seconds):
        with writer(settings.writer_database) as connection:
            connection.execute("BEGIN TRANSACTION")
            count = connection.execute(
                "DELETE FROM files WHERE status = 'quarantined' AND (? IS NULL OR reason = ?)",
                [reason_code, reason_code],
            ).fetchone()[0]
            connection.execute("COMMIT")
        publish_database(settings.writer_database, settings.database)
    return count
