"""An entity's name in the warehouse does not depend on which batch finished first."""

from __future__ import annotations

import duckdb

from dateline.storage import changes
from dateline.storage.warehouse import _merge_entities, apply_schema


def _merged(batches: list[list[str]]) -> str:
    """Load one entity named differently by each batch's rows (in this order); its name."""
    connection = duckdb.connect()
    apply_schema(connection)
    connection.execute("BEGIN TRANSACTION")
    changes.open_change(connection)
    rows = [(name,) for batch in batches for name in batch]
    connection.execute(
        """CREATE TEMP TABLE lake_entities AS
           SELECT 'e1' AS entity_id, name, 'ORG' AS type, []::VARCHAR[] AS aliases,
                  NULL::VARCHAR AS country_code, NULL::VARCHAR AS admin1,
                  NULL::DOUBLE AS latitude, NULL::DOUBLE AS longitude,
                  NULL::BIGINT AS geonames_id
           FROM (SELECT unnest(?) AS name)""",
        [[name for (name,) in rows]],
    )
    _merge_entities(connection, "lake_entities")
    return connection.execute("SELECT name FROM entities").fetchone()[0]


def test_the_name_most_batches_chose_wins_whatever_their_order() -> None:
    assert _merged([["Nasdaq"], ["NASDAQ"], ["Nasdaq"]]) == "Nasdaq"
    assert _merged([["NASDAQ"], ["Nasdaq"], ["Nasdaq"]]) == "Nasdaq"
    # a tie: fewer capitals (a headline capitalizes every word), then the first in order
    assert _merged([["Nasdaq"], ["NASDAQ"]]) == _merged([["NASDAQ"], ["Nasdaq"]]) == "Nasdaq"
    assert _merged([["Theo Van Gogh"], ["Theo van Gogh"]]) == "Theo van Gogh"
    assert _merged([["eBay"], ["Ebay"]]) == _merged([["Ebay"], ["eBay"]]) == "Ebay"
