"""The marts on a warehouse built by the real CLI from the seed article and a few variants."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import RAW_FIXTURES, SEED

ROOT = Path(__file__).resolve().parents[1]
SEED_ID = "9ba0eff5c3278d1f59d240ecdaaa8970"
SEED_DAY = date(2023, 11, 9)
SEED_TONE = pytest.approx(3.492063492063492)
REN, WIC = "4516b5209b5ab29a", "fbfed34c166754a3"  # Ren Xianliang, World Internet Conference
# A UN dateline (a site with no country), a body naming its dateline city (Winnipeg), a
# town dateline (Beidaihe), a French article (no tone, no topics) and a photo caption.
VARIANTS = (
    "variant_united_nations.txt",
    "variant_country_dateline.txt",
    "variant_province_dateline.txt",
    "variant_photo_captions.txt",
    "variant_french.txt",
)
_BUILT: dict[str, Path] = {}


def fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse file of one `dateline run` over the fixtures, built once a process:
    the seed, the variants, a copy of the seed (a duplicate) and an empty file (quarantined)."""
    if "path" not in _BUILT:
        root = tmp_path_factory.mktemp("marts")
        raw = root / "raw"
        raw.mkdir()
        for name in (SEED.name, *VARIANTS):
            shutil.copy(RAW_FIXTURES / name, raw / name)
        shutil.copy(SEED, raw / "seed_copy.txt")
        (raw / "empty.txt").write_bytes(b"")
        (root / "prefect").mkdir()
        # The console script, as users run it; beside this interpreter in the venv.
        command = [str(Path(sys.executable).with_name("dateline")), "run", "--raw", str(raw),
                   "--warehouse", str(root / "wh")]  # fmt: skip
        env = {**os.environ, "PREFECT_HOME": str(root / "prefect")}
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        _BUILT["path"] = root / "wh" / "dateline.duckdb"
    return _BUILT["path"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(fixture_warehouse(tmp_path_factory)), read_only=True)
    yield connection
    connection.close()


def _rows(db: duckdb.DuckDBPyConnection, sql: str, *parameters) -> list[tuple]:
    return db.execute(sql, list(parameters)).fetchall()


def _one(db: duckdb.DuckDBPyConnection, sql: str, *parameters):
    return db.execute(sql, list(parameters)).fetchone()[0]


# Entities of the seed whose extraction is settled; the rules for names inside longer names
# (`Wuzhen` in `WIC Wuzhen Summit`) are still moving, so the tests count those by relation.
SEED_ENTITIES = [
    ("Ren Xianliang", "PERSON", "Xinhua", 7, 1, SEED_TONE),
    ("China", "PLACE", "Xinhua", 2, 1, SEED_TONE),
    ("Zhejiang", "PLACE", "Xinhua", 1, 1, SEED_TONE),
    ("Xinhua", "ORG", "Xinhua", 1, 1, SEED_TONE),
]
CHINA = "773003477fd92be7"


def _seed_entity_count(db) -> int:
    return _one(db, "SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = ?", SEED_ID)


def test_entity_daily_counts_the_seed_entities(db):
    rows = _rows(
        db,
        "SELECT name, type, source, mentions, articles, avg_tone FROM entity_daily WHERE day = ?",
        SEED_DAY,
    )
    for expected in SEED_ENTITIES:
        assert expected in rows
    # The seed is its day's only article: one row per entity it names.
    assert len(rows) == _seed_entity_count(db)
    mentions = _one(db, "SELECT count(*) FROM mentions WHERE article_id = ?", SEED_ID)
    assert _one(db, "SELECT sum(mentions) FROM entity_daily WHERE day = ?", SEED_DAY) == mentions


def test_entity_pairs_holds_each_unordered_pair_once(db):
    assert _rows(
        db,
        "SELECT name_a, name_b, articles, mentions FROM entity_pairs "
        "WHERE day = ? AND entity_a = ? AND entity_b = ?",
        SEED_DAY,
        REN,
        CHINA,
    ) == [("Ren Xianliang", "China", 1, 9)]
    reversed_pair = "SELECT count(*) FROM entity_pairs WHERE entity_a = ? AND entity_b = ?"
    assert _one(db, reversed_pair, CHINA, REN) == 0
    # n entities in the seed, its day's only article: n choose 2 pairs, each once.
    n = _seed_entity_count(db)
    assert _rows(
        db,
        "SELECT count(*), count(DISTINCT (entity_a, entity_b)), bool_and(entity_a < entity_b) "
        "FROM entity_pairs WHERE day = ?",
        SEED_DAY,
    ) == [(n * (n - 1) // 2, n * (n - 1) // 2, True)]


def test_stories_summarizes_the_seed_story(db):
    [story] = _rows(db, "SELECT * FROM stories WHERE story_id = ?", SEED_ID)
    published = datetime(2023, 11, 9, 12, 46, tzinfo=UTC)
    story_id, first, last, articles, sources, headline, top = story
    # The seed's copy is a duplicate file, not a second article.
    assert (story_id, first, last, articles, sources) == (
        SEED_ID,
        published,
        published,
        1,
        ["Xinhua"],
    )
    # No title line: the lead stands in.
    assert headline.startswith("The World Internet Conference (WIC) will devote itself")
    # The story's only article is its day's only one: its five most mentioned entities.
    assert top == [
        name
        for (name,) in _rows(
            db,
            "SELECT name FROM entity_daily WHERE day = ? ORDER BY mentions DESC, name LIMIT 5",
            SEED_DAY,
        )
    ]
    assert {"Ren Xianliang", "World Internet Conference", "China"} <= set(top)
    assert _rows(db, "SELECT count(*), sum(articles) FROM stories") == [(6, 6)]


def test_article_places_puts_the_seed_on_the_map(db):
    rows = _rows(
        db,
        "SELECT name, entity_id IS NULL, place_kind, country_code, admin1, latitude, longitude, "
        "geonames_id, is_dateline, mentions FROM article_places WHERE article_id = ?",
        SEED_ID,
    )
    hangzhou = ("Hangzhou", True, "city", "CN", "Zhejiang", 30.29365, 120.16142, 1808926)
    assert (*hangzhou, True, 0) in rows
    assert ("China", False, "country", "CN", None, 39.9075, 116.39723, 1814991, False, 2) in rows
    zhejiang = ("Zhejiang", False, "region_or_city", "CN", "Zhejiang", 29.3634, 120.34875, None)
    assert (*zhejiang, False, 1) in rows  # GeoNames ids: countries and cities, not regions
    assert [row[0] for row in rows if row[8]] == ["Hangzhou"]


def test_article_places_datelines_without_country_and_named_in_the_body(db):
    datelines = _rows(
        db,
        "SELECT name, place_kind, country_code, mentions FROM article_places "
        "WHERE is_dateline ORDER BY name",
    )
    assert ("United Nations", "site", None, 0) in datelines
    # WINNIPEG, Canada: the body names Winnipeg too, and that is one row, not two.
    assert ("Winnipeg", "city", "CA", 1) in datelines
    assert _rows(db, "SELECT count(*) FROM article_places WHERE name = 'Winnipeg'") == [(1,)]
    assert _rows(db, "SELECT count(*) FROM article_places WHERE is_dateline") == [(6,)]


def test_topic_daily_counts_the_seed_topics(db):
    assert _rows(
        db,
        "SELECT topic_code, topic_name, articles, avg_tone FROM topic_daily "
        "WHERE day = ? ORDER BY topic_code",
        SEED_DAY,
    ) == [
        ("medtop:11000000", "politics and government", 1, SEED_TONE),
        ("medtop:13000000", "science and technology", 1, SEED_TONE),
    ]
    # The French article has no topics: English only.
    assert _rows(db, "SELECT sum(articles) FROM topic_daily") == [(6,)]


def test_every_analyst_query_runs_on_the_marts(db):
    text = (ROOT / "docs" / "analyst-queries.md").read_text()
    queries = re.findall(r"```sql\n(.*?)```", text, re.S)
    assert len(queries) >= 7
    for query in queries:
        query = query.replace("$entity_id", f"'{WIC}'").replace("$speaker_id", f"'{REN}'")
        assert db.execute(query).fetchall() is not None, query
