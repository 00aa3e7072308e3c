"""Story clustering for a run: new articles join stories already in the warehouse or start one."""

from __future__ import annotations

import time

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from dateline.settings import Settings
from transforms.stories import assign_stories

STORED_SIGNATURES = "SELECT article_id, story_id, signature FROM story_signatures"


def assign_run_stories(
    warehouse: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str,
    owners: dict[str, int],
    seconds: dict[str, float],
) -> dict[str, str]:
    """story_id for every article the run loads (`owners`), against the signatures stored
    in the warehouse (the loader's connection)."""
    if not owners:
        return {}
    import pyarrow.dataset as ds  # imports pandas: not on a run with nothing new

    started = time.perf_counter()
    staged = settings.staging_dir / run_id / "story_signatures"
    signatures = ds.dataset(staged, format="parquet").to_table(
        filter=pc.field("article_id").isin(pa.array(list(owners), pa.string()))
    )
    articles = ds.dataset(settings.staging_dir / run_id / "articles", format="parquet").to_table(
        columns=["article_id", "published_at"]
    )
    published = dict(zip(articles["article_id"].to_pylist(), articles["published_at"].to_pylist()))
    ids = signatures["article_id"].to_pylist()
    batch = sorted(
        {(aid, published[aid], sig) for aid, sig in zip(ids, signatures["signature"].to_pylist())}
    )
    known = warehouse.execute(STORED_SIGNATURES).fetchall()
    stories = assign_stories(batch, known)
    seconds["stories"] = seconds.get("stories", 0.0) + time.perf_counter() - started
    return stories
