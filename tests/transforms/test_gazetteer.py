"""Offline geocoding: countries, admin1 regions and cities, ambiguity settled by context."""

from __future__ import annotations

import pytest

from transforms.entities.gazetteer import (
    admin1_name,
    ap_state,
    feature_country,
    geocode,
    name_key,
    short_name,
)


def _where(name: str, countries=(), regions=()) -> tuple:
    place = geocode(name, countries, regions)
    assert place is not None, name
    return place.kind, place.country_code, place.admin1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hangzhou", ("city", "CN", "Zhejiang")),
        ("Wuzhen", ("city", "CN", "Zhejiang")),
        ("Zhejiang", ("admin1", "CN", "Zhejiang")),
        ("Zhejiang Province", ("admin1", "CN", "Zhejiang")),
        ("Hebei", ("admin1", "CN", "Hebei")),
        ("Jilin Province", ("admin1", "CN", "Jilin")),
        ("Xizang Autonomous Region", ("admin1", "CN", "Tibet")),
        ("China", ("country", "CN", None)),
        ("China's", ("country", "CN", None)),
        ("the United States", ("country", "US", None)),
        ("U.S.", ("country", "US", None)),
        ("Democratic Republic of Congo", ("country", "CD", None)),
        ("Nairobi", ("city", "KE", "Nairobi")),
        ("Paris", ("city", "FR", "Ile-de-France")),
        ("New York", ("city", "US", "New York")),
        ("Washington", ("city", "US", "Washington, D.C.")),
        ("Beidaihe", ("city", "CN", "Hebei")),  # a town under 15,000: from the 1,000+ table
    ],
)
def test_names_without_context(name, expected):
    assert _where(name) == expected


def test_a_country_has_its_capitals_coordinates_and_a_region_its_towns_mean():
    china, beijing = geocode("China"), geocode("Beijing")
    assert (china.latitude, china.longitude) == (beijing.latitude, beijing.longitude)
    zhejiang = geocode("Zhejiang")
    assert 27 < zhejiang.latitude < 31.5 and 118 < zhejiang.longitude < 123


def test_springfield_is_resolved_by_the_region_the_article_names():
    assert _where("Springfield") == ("city", "US", "Missouri")  # the largest
    assert _where("Springfield", ["US"], ["Illinois"]) == ("city", "US", "Illinois")
    assert _where("Springfield", ["US"], ["Massachusetts"]) == ("city", "US", "Massachusetts")


@pytest.mark.parametrize(
    ("name", "countries", "regions", "expected"),
    [
        ("Victoria", ["CA"], [], ("city", "CA", "British Columbia")),
        ("Paris", ["US"], ["Texas"], ("city", "US", "Texas")),
        ("Paris", ["US"], [], ("city", "FR", "Ile-de-France")),  # a world city wins
        ("Birmingham", ["US"], [], ("city", "US", "Alabama")),  # a big enough namesake
        ("Georgia", [], [], ("country", "GE", None)),
        ("Georgia", ["US"], [], ("admin1", "US", "Georgia")),
        ("Lebanon", ["US"], [], ("country", "LB", None)),  # a town never beats a country
        ("Ontario", ["CA", "US"], ["Ontario"], ("admin1", "CA", "Ontario")),
        ("Hyderabad", ["PK"], [], ("city", "PK", "Sindh")),
        ("Cairo", ["US"], ["Illinois"], ("city", "US", "Illinois")),
    ],
)
def test_ambiguous_names_follow_the_articles_countries(name, countries, regions, expected):
    assert _where(name, countries, regions) == expected


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        # a county of the article's country over a bigger namesake city abroad
        ("Kent", ["GB"], ("GB", "England")),
        ("Surrey", ["GB"], ("GB", "England")),
        ("County Cork", [], ("IE", "Munster")),
        # abroad, the namesake city still wins
        ("Kent", ["US"], ("US", "Washington")),
        ("Surrey", [], ("CA", "British Columbia")),
        # one name, several counties: the one with the largest town
        ("Orange County", ["US"], ("US", "California")),
    ],
)
def test_second_level_regions_from_the_towns_table(name, countries, expected):
    place = geocode(name, countries)
    assert place is not None
    assert (place.country_code, place.admin1) == expected


def test_a_county_lies_at_its_towns_mean_and_a_city_of_its_name_is_the_city():
    kent = geocode("Kent", ["GB"])
    assert 51 < kent.latitude < 51.5 and 0.2 < kent.longitude < 1.2
    assert geocode("Bedford", ["GB"]).geonames_id != 0  # the town, not the borough


def test_a_city_is_found_by_the_name_it_goes_by():
    """GeoNames' official `Newcastle upon Tyne`, `Frankfurt am Main`: wire copy writes the
    head of the name, which GeoNames lists among the city's alternate names."""
    assert geocode("Newcastle", ["GB"]).name == "Newcastle upon Tyne"
    assert geocode("Newcastle").country_code == "AU"  # the larger namesake, with no context
    assert (geocode("Frankfurt").name, geocode("Frankfurt").admin1) == (
        "Frankfurt am Main",
        "Hesse",
    )
    assert geocode("Acapulco").name == "Acapulco de Juárez"
    assert _where("Brandenburg") == ("admin1", "DE", "Brandenburg")  # a region keeps its name
    assert short_name("Rostov-on-Don", ["Rostov", "Rostov-na-Donu"]) == "Rostov"
    assert short_name("Frankfurt (Oder)", ["Frankfurt"]) == "Frankfurt"
    assert short_name("Feira de Santana", ["Feira"]) is None  # a common word alone
    assert short_name("Gold Coast", ["Gold"]) is None  # `Coast` does not go on a name
    assert short_name("Kingston upon Hull", ["Hull"]) is None  # not the head


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        ("Bombay", [], ("Mumbai", "IN")),
        ("Calcutta", [], ("Kolkata", "IN")),  # not the town of that name in South Africa
        ("Peking", [], ("Beijing", "CN")),
        ("Kiev", [], ("Kyiv", "UA")),  # the city, not the region GeoNames names so
        ("Odessa", [], ("Odesa", "UA")),
        ("Odessa", ["US"], ("Odessa", "US")),  # Texas, in an American story
        ("St. Petersburg", [], ("Saint Petersburg", "RU")),
        ("St. Petersburg", ["US"], ("St. Petersburg", "US")),
        ("Mecca", [], ("Makkah", "SA")),
        ("Korea", [], ("South Korea", "KR")),
        ("Macedonia", [], ("North Macedonia", "MK")),  # a country, not a town in Ohio
    ],
)
def test_names_english_copy_uses_for_places_geonames_names_otherwise(name, countries, expected):
    place = geocode(name, countries)
    assert (place.name, place.country_code) == expected


def test_well_known_features_in_one_country():
    assert [feature_country(n) for n in ("Yangtze", "the Bohai Sea", "SIBERIA")] == [
        "CN", "CN", "RU"
    ]  # fmt: skip
    assert feature_country("Mekong") is None  # shared by six countries


def test_common_words_are_no_regions_or_accented_villages():
    assert geocode("Gulf") is None  # Papua New Guinea's province: `the Gulf` is not it
    assert geocode("Capital") is None
    assert geocode("Bank") is None  # `Bānk`, a town in India, only in a story about India
    assert geocode("Bank", ["IN"]).name == "Bānk"
    assert geocode("Tikrit") is None and geocode("Tikrit", ["IQ"]).name == "Tikrīt"
    assert geocode("Zurich").name == "Zürich"  # a city is known without its accents


def test_ap_state_abbreviations_take_their_stop():
    assert _where(ap_state("Ill", ".")) == ("admin1", "US", "Illinois")
    assert _where(ap_state("N.Y", ".")) == ("admin1", "US", "New York")  # the state
    assert _where(ap_state("Wash", ".")) == ("admin1", "US", "Washington")
    assert ap_state("Ill", " ") is None  # `Ill health`: a word


def test_unknown_and_unsafe_names_give_none():
    assert geocode("Ren Xianliang") is None
    assert geocode("United Nations") is None
    assert geocode("Baltic", ["GE", "PL"]) is None  # a small town abroad is a guess too far
    assert geocode("South") is None  # compass-named regions are never matched


def test_name_keys_and_admin1_names():
    assert name_key("The Hague") == name_key("Hague")
    assert name_key("Côte d'Ivoire") == "cote d'ivoire"
    assert name_key("Democratic Republic of the Congo") == "democratic republic of congo"
    assert admin1_name("Zhejiang Sheng") == "Zhejiang"
    assert admin1_name("Guangxi Zhuangzu Zizhiqu") == "Guangxi"
    assert admin1_name("Tibet Autonomous Region") == "Tibet"


def test_build_cache_round_trips_and_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    from transforms.entities.gazetteer import _cache_path, load_gazetteer

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    built = load_gazetteer.__wrapped__()
    cache = _cache_path()
    assert cache.parent == tmp_path and cache.exists()
    cached = load_gazetteer.__wrapped__()
    assert _state(cached) == _state(built)
    assert cached.geocode("Hangzhou") == built.geocode("Hangzhou")
    cache.write_bytes(b"not a pickle")
    rebuilt = load_gazetteer.__wrapped__()
    assert rebuilt.geocode("Beidaihe") == built.geocode("Beidaihe")
    assert _state(load_gazetteer.__wrapped__()) == _state(built)


def _state(gazetteer) -> dict:
    state = gazetteer.__getstate__()
    return {**state, "_numbers": state["_numbers"].tobytes()}  # NaN != NaN
