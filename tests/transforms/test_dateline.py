"""Datelines: place, province, country, dates in three languages, agencies, and the year."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.dateline import Dateline, infer_dateline_date, parse_dateline, place_title_case

LEAD = "Officials said on Thursday."


@pytest.mark.parametrize(
    ("opening", "place", "region", "country", "month", "day", "agency"),
    [
        ("HANGZHOU, Nov. 9 (Xinhua) -- ", "Hangzhou", None, None, 11, 9, "Xinhua"),
        ("BEIDAIHE (Hebei), Aug. 2 (Xinhua) -- ", "Beidaihe", "Hebei", None, 8, 2, "Xinhua"),
        ("WINNIPEG, Canada, Oct. 18 (Xinhua) -- ", "Winnipeg", None, "Canada", 10, 18, "Xinhua"),
        ("UNITED NATIONS, Nov. 8 (Xinhua) -- ", "United Nations", None, None, 11, 8, "Xinhua"),
        ("BEIJING, Sept. 30 (Xinhua) -- ", "Beijing", None, None, 9, 30, "Xinhua"),
        ("LONDON, December 24 (Xinhua) -- ", "London", None, None, 12, 24, "Xinhua"),
        ("PARIS, 10 novembre (Xinhua) -- ", "Paris", None, None, 11, 10, "Xinhua"),
        ("GENÈVE, 1er février (AFP) - ", "Genève", None, None, 2, 1, "AFP"),
        ("MADRID, 5 de marzo (Xinhua) -- ", "Madrid", None, None, 3, 5, "Xinhua"),
        ("SÃO PAULO, 2 ene (EFE) -- ", "São Paulo", None, None, 1, 2, "EFE"),
        ("NEW DELHI, 9 November (Reuters) - ", "New Delhi", None, None, 11, 9, "Reuters"),
        ("PORTLAND, Ore., Nov. 8 (AP) — ", "Portland", None, "Ore.", 11, 8, "AP"),
        ("WASHINGTON (AP) -- ", "Washington", None, None, None, None, "AP"),
        ("NEW YORK (Reuters) - ", "New York", None, None, None, None, "Reuters"),
        ("Paris (AFP) - ", "Paris", None, None, None, None, "AFP"),
        ("SHANGHAI, March 18 -- ", "Shanghai", None, None, 3, 18, None),
        ("RIO DE JANEIRO, May 1 (Xinhua) -- ", "Rio de Janeiro", None, None, 5, 1, "Xinhua"),
        ("PORT-AU-PRINCE, Jan. 3 (Xinhua) -- ", "Port-au-Prince", None, None, 1, 3, "Xinhua"),
        ("JINGDEZHEN (Jiangxi) (AFP) - ", "Jingdezhen", "Jiangxi", None, None, None, "AFP"),
        ("ŁÓDŹ, Oct 26 (Reuters) - ", "Łódź", None, None, 10, 26, "Reuters"),
        ("LONDON, Ontario, Oct 26 (Reuters) - ", "London", None, "Ontario", 10, 26, "Reuters"),
        ("BRUSSELS, March 27, Reuter - ", "Brussels", None, None, 3, 27, "Reuter"),
        ("TORONTO, Ont., June 1, Reuter - ", "Toronto", None, "Ont.", 6, 1, "Reuter"),
    ],
)
def test_dateline_shapes(opening, place, region, country, month, day, agency) -> None:
    dateline = parse_dateline(opening + LEAD)
    assert dateline == Dateline(place, region, country, month, day, None, agency, len(opening))
    assert (opening + LEAD)[dateline.end :] == LEAD


@pytest.mark.parametrize(
    "paragraph",
    [
        "The World Internet Conference (WIC) will devote itself to cooperation.",
        "In a quiet courtyard off Pingjiang Road, 27-year-old Shen Yue bends over a frame.",
        "UPDATE - adds details from the ministry.",
        "EDITOR'S NOTE -- This story contains graphic details.",
        "China (Beijing) will host the meeting, officials said.",
        "By John Smith",
        "PARIS, Reuter - officials said.",  # an agency after a comma needs a date before it
        "",
    ],
)
def test_story_text_is_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


def test_dateline_with_a_printed_year_keeps_it() -> None:
    dateline = parse_dateline("BEIJING, Nov. 9, 2019 (Xinhua) -- " + LEAD)
    assert infer_dateline_date(dateline, date(2023, 11, 9)) is None  # too far from publication
    assert infer_dateline_date(dateline, date(2019, 11, 10)) == date(2019, 11, 9)


@pytest.mark.parametrize(
    ("opening", "published", "expected"),
    [
        ("SYDNEY, Dec. 31 (Xinhua) -- ", date(2024, 1, 1), date(2023, 12, 31)),
        ("TOKYO, Jan. 1 (AP) -- ", date(2023, 12, 31), date(2024, 1, 1)),
        ("HANGZHOU, Nov. 9 (Xinhua) -- ", date(2023, 11, 9), date(2023, 11, 9)),
        ("WINNIPEG, Canada, Oct. 18 (Xinhua) -- ", date(2023, 10, 19), date(2023, 10, 18)),
        ("ROME, Feb. 29 (ANSA) -- ", date(2024, 3, 1), date(2024, 2, 29)),
        ("ROME, Feb. 29 (ANSA) -- ", date(2023, 3, 1), None),  # no such day near 2023
        ("ROME, Feb. 30 (ANSA) -- ", date(2024, 3, 1), None),
        ("WASHINGTON (AP) -- ", date(2024, 7, 2), None),
    ],
)
def test_dateline_year_is_the_one_closest_to_publication(opening, published, expected) -> None:
    assert infer_dateline_date(parse_dateline(opening + LEAD), published) == expected


@pytest.mark.parametrize(
    ("place", "titled"),
    [
        ("UNITED NATIONS", "United Nations"),
        ("XI'AN", "Xi'an"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("WASHINGTON D.C.", "Washington D.C."),
        ("ST. PETERSBURG", "St. Petersburg"),
        ("LA PAZ", "La Paz"),
    ],
)
def test_place_title_case(place: str, titled: str) -> None:
    assert place_title_case(place) == titled


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("RALEIGH, N.C., March 17 - The bank said", ("Raleigh", "N.C.", 3, 17)),
        ("Toronto, April 2 - The company said", ("Toronto", None, 4, 2)),
        ("Monday, March 4 - The talks resumed", None),
        ("In Paris, May 5 - The talks resumed", None),
    ],
)
def test_archive_wire_datelines(lead: str, expected) -> None:
    """Datelines of agency archives: dotted state abbreviations, title-case places with a
    date and no agency; a sentence that merely opens with a day is none."""
    found = parse_dateline(lead)
    assert (found and (found.place, found.country, found.month, found.day)) == expected
