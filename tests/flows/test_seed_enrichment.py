"""The seed article's enrichment, as analysts see it in DuckDB after a real run."""

from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pytest

from bench import realcheck
from tests.conftest import SEED
from tests.flows.cli_runs import run_here


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, prefect_server):
    root = tmp_path_factory.mktemp("seed")
    (root / "raw").mkdir()
    shutil.copy(SEED, root / "raw" / SEED.name)
    run_here(root / "raw", root / "wh")
    return root / "wh"


@pytest.fixture(scope="module")
def db(warehouse):
    connection = duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True)
    yield connection
    connection.close()


def entity(db, name: str) -> tuple:
    return db.execute(
        "SELECT e.type, e.aliases, e.country_code, count(m.entity_id) FROM entities e "
        "LEFT JOIN mentions m USING (entity_id) WHERE e.name = ? GROUP BY ALL",
        [name],
    ).fetchone()


def test_people_and_organizations_with_aliases(db) -> None:
    person_type, person_aliases, _, person_mentions = entity(db, "Ren Xianliang")
    assert (person_type, "Ren" in person_aliases) == ("PERSON", True)
    assert person_mentions >= 5
    org_type, org_aliases, _, org_mentions = entity(db, "World Internet Conference")
    assert (org_type, "WIC" in org_aliases) == ("ORG", True)
    assert org_mentions >= 6
    assert entity(db, "Xinhua")[0] == "ORG"


def test_places_are_geocoded_in_china(db) -> None:
    for place in ("Zhejiang", "China"):
        kind, _, country, mentions = entity(db, place)
        assert (kind, country) == ("PLACE", "CN") and mentions >= 1
    assert entity(db, "Wuzhen") is None  # only inside `WIC Wuzhen Summit`, part of its name
    assert db.execute(
        "SELECT dateline_place, dateline_country_code, round(dateline_latitude), "
        "round(dateline_longitude) FROM articles"
    ).fetchone() == ("Hangzhou", "CN", 30.0, 120.0)


def test_reports_are_works(db) -> None:
    works = {
        name for (name,) in db.execute("SELECT name FROM entities WHERE type = 'WORK'").fetchall()
    }
    assert works == {
        "China Internet Development Report 2023",
        "World Internet Development Report 2023",
    }


def test_exactly_two_quotes_by_the_secretary_general(db) -> None:
    rows = db.execute(
        "SELECT quote_index, speaker_name, speaker_text, verb, left(text, 20) "
        "FROM quote_speakers ORDER BY quote_index"
    ).fetchall()
    assert rows == [
        (0, "Ren Xianliang", "the secretary-general", "according to", "The lack of consensu"),
        (1, "Ren Xianliang", "the secretary-general", "said", "To solve the problem"),
    ]  # fmt: skip


def test_mentioned_dates_resolve_against_the_dateline(db) -> None:
    assert db.execute(
        "SELECT text, resolved_date, resolution FROM mentioned_dates ORDER BY char_start"
    ).fetchall() == [
        ("November 2014", date(2014, 11, 1), "month"),
        ("Wednesday", date(2023, 11, 8), "day"),
    ]


def test_topics_keywords_and_tone(db) -> None:
    topics = dict(db.execute("SELECT topic_code, topic_label FROM topics").fetchall())
    assert topics["medtop:13000000"] == "science and technology"
    keywords = [k for (k,) in db.execute("SELECT keyword FROM keywords ORDER BY rank").fetchall()]
    assert keywords == [
        "WIC Wuzhen Summit", "internet development", "WIC", "governance",
        "digital infrastructure", "international cooperation", "digital governance", "cyberspace",
    ]  # fmt: skip
    assert db.execute(
        "SELECT round(tone, 4), round(positive_score, 4), round(negative_score, 4), "
        "round(polarity, 4), story_id = article_id FROM articles"
    ).fetchone() == (3.4921, 4.4444, 0.9524, 5.3968, True)


def test_realcheck_counts_speakers_by_what_names_them(warehouse, capsys) -> None:
    # Every quotation has a speaker phrase: the report tells the ones that name an entity
    # (the seed's two, both `the secretary-general`, Ren Xianliang) from unnamed ones.
    assert realcheck.report(warehouse / "dateline.duckdb", seed=1, show=2) == 0
    printed = capsys.readouterr().out
    assert "  speaker an entity 2, a phrase only 0, none 0\n" in printed
    assert "  the secretary-general | Ren Xianliang | said |" in printed
