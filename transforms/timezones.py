"""Which IANA time zone a publisher's header timestamp is printed in.

Wire sites print the wall-clock time of the newsroom that published the story, with no
offset. The table below maps a `Source:` header to that newsroom's zone. Keys are matched
case-insensitively after collapsing spaces and straightening apostrophes, so `People's
Daily`, `PEOPLE’S DAILY` and `people's  daily` are one source.

Choices worth knowing:
- Chinese state media (Xinhua, China Daily, Global Times, CGTN, People's Daily, ...) print
  Beijing time: `Asia/Shanghai`.
- AP prints New York time (its headquarters), so `America/New_York`, with daylight saving.
- Reuters and AFP stamp their wires in UTC (GMT on their feeds), so `UTC`.
- Other national agencies print the capital's time (dpa Berlin, EFE Madrid, Kyodo Tokyo...).
- An unknown source falls back to the default zone (`UTC` unless configured).

The table is configuration, not code: callers pass an override mapping (source -> zone) and
a default zone, and `load_timezone_table` merges a JSON object file over the defaults.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "UTC"

SOURCE_TIMEZONES: Mapping[str, str] = MappingProxyType(
    {
        # Chinese state media: Beijing time.
        "xinhua": "Asia/Shanghai",
        "xinhuanet": "Asia/Shanghai",
        "xinhua news agency": "Asia/Shanghai",
        "china daily": "Asia/Shanghai",
        "chinadaily.com.cn": "Asia/Shanghai",
        "global times": "Asia/Shanghai",
        "cgtn": "Asia/Shanghai",
        "people's daily": "Asia/Shanghai",
        "people's daily online": "Asia/Shanghai",
        "china news service": "Asia/Shanghai",
        "chinanews": "Asia/Shanghai",
        "ecns": "Asia/Shanghai",
        "cctv": "Asia/Shanghai",
        # US wires: New York newsroom time.
        "ap": "America/New_York",
        "associated press": "America/New_York",
        "the associated press": "America/New_York",
        "upi": "America/New_York",
        "bloomberg": "America/New_York",
        # Global wires stamped in UTC.
        "reuters": "UTC",
        "thomson reuters": "UTC",
        "afp": "UTC",
        "agence france-presse": "UTC",
        "agence france presse": "UTC",
        # National agencies: the capital's time.
        "dpa": "Europe/Berlin",
        "efe": "Europe/Madrid",
        "ansa": "Europe/Rome",
        "tass": "Europe/Moscow",
        "ria novosti": "Europe/Moscow",
        "kyodo": "Asia/Tokyo",
        "kyodo news": "Asia/Tokyo",
        "yonhap": "Asia/Seoul",
        "pti": "Asia/Kolkata",
        "press trust of india": "Asia/Kolkata",
        "bernama": "Asia/Kuala_Lumpur",
        "antara": "Asia/Jakarta",
        "anadolu agency": "Europe/Istanbul",
        "prensa latina": "America/Havana",
        "bbc": "Europe/London",
        "the guardian": "Europe/London",
    }
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SPACES = re.compile(r"\s+")


def source_key(source: str) -> str:
    """The lookup key of a publisher name: case-folded, single-spaced, straight apostrophes."""
    return _SPACES.sub(" ", source.translate(_APOSTROPHES)).strip().casefold()


@lru_cache(maxsize=1024)
def source_country(source: str | None) -> str | None:
    """The country of a known publisher's newsroom, from its time zone (BBC: GB, Xinhua:
    CN, AP: US); None for an unknown publisher and for the global wires stamped in UTC."""
    zone_name = SOURCE_TIMEZONES.get(source_key(source)) if source else None
    return _zone_countries().get(zone_name) if zone_name else None


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO 3166 country, from the tz database's own `zone.tab`."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and line[0] != "#")
    return {row[2]: row[0] for row in rows if len(row) >= 3}


def timezone_name_for(
    source: str,
    overrides: Mapping[str, str] | None = None,
    default_zone: str = DEFAULT_TIMEZONE,
) -> str:
    """The IANA zone name for a publisher: overrides first, then the table, then the default."""
    table = _merged_table(frozenset(overrides.items())) if overrides else SOURCE_TIMEZONES
    return table.get(source_key(source), default_zone)


@lru_cache(maxsize=32)
def _merged_table(overrides: frozenset[tuple[str, str]]) -> Mapping[str, str]:
    # Cached on the override items, so a batch pays for normalizing its table once.
    table = dict(SOURCE_TIMEZONES)
    table.update({source_key(source): name for source, name in overrides})
    return MappingProxyType(table)


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The `ZoneInfo` for a zone name; raises ValueError naming the bad zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"{name!r} is not an IANA time zone name") from error


def check_timezones(overrides: Mapping[str, str] | None, default_zone: str) -> None:
    """Raise ValueError when the default or an override is not an IANA zone.

    Called once per batch so a typo in configuration fails the run loudly instead of
    quarantining every article of the misconfigured source.
    """
    zone(default_zone)
    for source, name in (overrides or {}).items():
        try:
            zone(name)
        except ValueError as error:
            raise ValueError(f"time zone table, source {source!r}: {error}") from None


def load_timezone_table(path: str | Path) -> dict[str, str]:
    """The default table with a JSON object file of `{"Source": "Area/City"}` merged over it.

    Raises ValueError when the file is not a JSON object of strings or names an unknown zone.
    """
    overrides = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(overrides, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in overrides.items()
    ):
        raise ValueError(f"{path}: expected a JSON object mapping source names to zone names")
    check_timezones(overrides, DEFAULT_TIMEZONE)
    table = dict(SOURCE_TIMEZONES)
    table.update({source_key(source): name for source, name in overrides.items()})
    return table
