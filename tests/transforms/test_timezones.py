"""The publisher -> time zone table, its overrides, and the JSON file that extends it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.timezones import (
    SOURCE_TIMEZONES,
    load_timezone_table,
    source_country,
    timezone_name_for,
    zone,
)


@pytest.mark.parametrize(
    ("source", "zone_name"),
    [
        ("Xinhua", "Asia/Shanghai"),
        ("China Daily", "Asia/Shanghai"),
        ("Global Times", "Asia/Shanghai"),
        ("CGTN", "Asia/Shanghai"),
        ("People’s Daily", "Asia/Shanghai"),
        ("PEOPLE'S  DAILY", "Asia/Shanghai"),
        ("AP", "America/New_York"),
        ("Reuters", "UTC"),
        ("AFP", "UTC"),
        ("Tiny Gazette", "UTC"),
    ],
)
def test_built_in_table(source: str, zone_name: str) -> None:
    assert timezone_name_for(source) == zone_name


def test_a_known_publishers_country_is_that_of_its_newsroom() -> None:
    assert [source_country(s) for s in ("BBC", "xinhua", "AP", "Kyodo")] == ["GB", "CN", "US", "JP"]
    # Global wires stamp UTC and report from everywhere; an unknown publisher is nowhere.
    assert [source_country(s) for s in ("Reuters", "AFP", "Tiny Gazette", None)] == [None] * 4


def test_every_built_in_zone_exists() -> None:
    for zone_name in set(SOURCE_TIMEZONES.values()):
        assert zone(zone_name).key == zone_name


def test_overrides_and_default_zone() -> None:
    overrides = {"Xinhua": "Europe/Paris", "Tiny Gazette": "Africa/Nairobi"}
    assert timezone_name_for("xinhua", overrides) == "Europe/Paris"
    assert timezone_name_for("Tiny Gazette", overrides) == "Africa/Nairobi"
    assert timezone_name_for("Reuters", overrides, "Asia/Tokyo") == "UTC"
    assert timezone_name_for("Other", overrides, "Asia/Tokyo") == "Asia/Tokyo"


def test_load_timezone_table_merges_over_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "timezones.json"
    path.write_text(json.dumps({"Reuters": "Europe/London", "Nation Post": "Asia/Bangkok"}))
    table = load_timezone_table(path)
    assert timezone_name_for("Reuters", table) == "Europe/London"
    assert timezone_name_for("Nation Post", table) == "Asia/Bangkok"
    assert timezone_name_for("Xinhua", table) == "Asia/Shanghai"


@pytest.mark.parametrize("content", ['{"Xinhua": "Asia/Shangai"}', '["UTC"]', '{"AP": 5}'])
def test_load_timezone_table_refuses_bad_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "timezones.json"
    path.write_text(content)
    with pytest.raises(ValueError):
        load_timezone_table(path)
