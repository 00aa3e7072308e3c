"""The data dictionary is current, complete, and the warehouse holds every lake column."""

from __future__ import annotations

import re

import duckdb
import pyarrow as pa
import pytest

from dateline import data_dictionary
from transforms.article import REASON_CODES
from transforms.enrich import STORY_SIGNATURES_SCHEMA
from transforms.entities import DATELINES_SCHEMA, ENTITIES_SCHEMA, MENTIONS_SCHEMA
from transforms.keywords import KEYWORDS_SCHEMA
from transforms.mentioned_dates import MENTIONED_DATES_SCHEMA
from transforms.quotes import QUOTES_SCHEMA
from transforms.tables import ARTICLES_SCHEMA, CAPTIONS_SCHEMA, PARAGRAPHS_SCHEMA
from transforms.tone import TONE_SCHEMA
from transforms.topics import TOPICS_SCHEMA

STORY_ID = pa.schema([("story_id", pa.string())])  # added to these two datasets at publish


def _merged(*schemas: pa.Schema) -> pa.Schema:
    """One dataset's schema from its parts (tone and datelines join articles on article_id)."""
    fields = {}
    for schema in schemas:
        for field in schema:
            fields.setdefault(field.name, field)
    return pa.schema(list(fields.values()))


# Each lake dataset and the schema its Parquet files have.
LAKE = {
    "articles": _merged(ARTICLES_SCHEMA, DATELINES_SCHEMA, TONE_SCHEMA, STORY_ID),
    "paragraphs": PARAGRAPHS_SCHEMA,
    "captions": CAPTIONS_SCHEMA,
    "entities": ENTITIES_SCHEMA,
    "mentions": MENTIONS_SCHEMA,
    "quotes": QUOTES_SCHEMA,
    "mentioned_dates": MENTIONED_DATES_SCHEMA,
    "keywords": KEYWORDS_SCHEMA,
    "topics": TOPICS_SCHEMA,
    "story_signatures": _merged(STORY_SIGNATURES_SCHEMA, STORY_ID),
}


@pytest.fixture(scope="module")
def relations() -> dict[str, data_dictionary.Relation]:
    return {r.name: r for r in data_dictionary.load(data_dictionary.SQL_DIR)}


def test_committed_dictionary_is_current():
    assert data_dictionary.OUTPUT.read_text() == data_dictionary.render(data_dictionary.SQL_DIR)


def test_check_mode_reports_a_stale_file(tmp_path):
    stale = tmp_path / "dictionary.md"
    stale.write_text("old\n")
    assert data_dictionary.main(["--check", "--out", str(stale)]) == 1
    assert data_dictionary.main(["--out", str(stale)]) == 0
    assert data_dictionary.main(["--check", "--out", str(stale)]) == 0


def test_the_reason_codes_described_are_the_codes_quarantine_uses(relations):
    (reason,) = [c for c in relations["quarantine"].columns if c.name == "reason_code"]
    described = re.findall(r"[a-z]+(?:_[a-z]+)*", reason.comment.split(":", 1)[1])
    assert [code for code in described if code in REASON_CODES] == list(REASON_CODES)


def test_every_table_view_and_column_is_described(relations):
    assert len(relations) >= 21
    for relation in relations.values():
        assert relation.comment.strip(), relation.name
        assert relation.grain, f"{relation.name}: the file's first line must state its grain"
        for column in relation.columns:
            assert column.comment.strip(), f"{relation.name}.{column.name}"


def test_every_lake_column_is_in_the_warehouse_with_its_type(relations):
    for dataset, schema in LAKE.items():
        warehouse = {c.name: c.data_type for c in relations[dataset].columns}
        # DuckDB's own reading of the Arrow types: what the loader's INSERT converts from.
        lake_types = duckdb.from_arrow(schema.empty_table()).dtypes
        for field, lake_type in zip(schema, lake_types, strict=True):
            assert field.name in warehouse, f"{dataset}.{field.name} is not in the warehouse"
            assert warehouse[field.name] == str(lake_type), f"{dataset}.{field.name}"


def test_migrations_bring_an_old_warehouse_to_the_new_schema(relations):
    """A warehouse created by the first release's DDL ends with the same columns."""
    connection = duckdb.connect(":memory:")
    connection.execute(
        "CREATE TABLE mentions (article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, "
        "text VARCHAR NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, "
        "paragraph_index INTEGER NOT NULL);"
        "CREATE TABLE quotes (article_id VARCHAR NOT NULL, quote_index INTEGER NOT NULL, "
        "text VARCHAR NOT NULL, speaker_entity_id VARCHAR, speaker_text VARCHAR, verb VARCHAR, "
        "char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, "
        "paragraph_index INTEGER NOT NULL);"
        "CREATE TABLE mentioned_dates (article_id VARCHAR NOT NULL, text VARCHAR NOT NULL, "
        "resolved_date DATE NOT NULL, resolution VARCHAR NOT NULL, char_start INTEGER NOT NULL, "
        "char_end INTEGER NOT NULL);"
        "INSERT INTO mentions VALUES ('a', 'e', 'Ren', 0, 3, 0);"
    )
    for _ in range(2):  # every writer open applies the files again
        for path in sorted(data_dictionary.SQL_DIR.glob("*.sql")):
            connection.execute(path.read_text())
    for table in ("mentions", "quotes", "mentioned_dates"):
        rows = connection.execute(
            "SELECT column_name, data_type, coalesce(comment, '') FROM duckdb_columns() "
            "WHERE table_name = ? ORDER BY column_index",
            [table],
        ).fetchall()
        expected = [(c.name, c.data_type, c.comment) for c in relations[table].columns]
        assert rows == expected
    assert connection.execute("SELECT entity_type, method FROM mentions").fetchall() == [
        (None, None)
    ]


def test_a_warehouse_without_each_added_column_migrates(relations):
    """Every table created without the columns the migrations add (as a warehouse from
    before them was) applies every DDL file, twice, and ends with the same columns and
    descriptions: no file describes a column before the migration adds it."""
    added = re.findall(
        r"ALTER TABLE (\w+) ADD COLUMN IF NOT EXISTS (\w+)",
        "\n".join(path.read_text() for path in data_dictionary.SQL_DIR.glob("*.sql")),
    )
    assert len(added) == 11
    statements = []
    for path in sorted(data_dictionary.SQL_DIR.glob("*.sql")):
        text = path.read_text()
        for table, column in added:
            if f"CREATE TABLE IF NOT EXISTS {table} (" in text:
                text = re.sub(rf"\n    {column} [^\n]*", "", text)
        text = re.sub(r",(\n    --[^\n]*)*\n\);", "\n);", text)
        statements.append(text)
    old = duckdb.connect(":memory:")
    for text in statements:
        if "CREATE TABLE" in text:
            old.execute(text.split(";", 1)[0] + ";")  # the table as the first release made it
    assert old.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE column_name = 'dateline_geonames_id'"
    ).fetchone() == (0,)
    for _ in range(2):
        for path in sorted(data_dictionary.SQL_DIR.glob("*.sql")):
            old.execute(path.read_text())
    for table in {table for table, _ in added}:
        rows = old.execute(
            "SELECT column_name, coalesce(comment, '') FROM duckdb_columns() "
            "WHERE table_name = ? ORDER BY column_name",
            [table],
        ).fetchall()
        assert rows == sorted((c.name, c.comment) for c in relations[table].columns)
