"""Mentioned dates: what counts as a date, and what each resolves to."""

from __future__ import annotations

from datetime import date

import pytest

from tests.articles import seed_article, story
from transforms.mentioned_dates import MENTIONED_DATES_SCHEMA, extract_mentioned_dates

THURSDAY = date(2023, 11, 9)  # the seed's dateline day


def dates_of(*paragraphs: str, dateline_date: date | None = THURSDAY) -> list[tuple]:
    """(text, resolved_date, resolution) of each mentioned date, offsets checked."""
    article = story(*paragraphs, dateline_date=dateline_date)
    table = extract_mentioned_dates([article])
    assert table.schema == MENTIONED_DATES_SCHEMA
    rows = table.to_pylist()
    for row in rows:
        assert article.body[row["char_start"] : row["char_end"]] == row["text"]
    return [(row["text"], row["resolved_date"], row["resolution"]) for row in rows]


def test_seed_mentions_exactly_wednesday_and_november_2014():
    rows = extract_mentioned_dates([seed_article()]).to_pylist()

    assert [
        (r["text"], r["resolved_date"], r["resolution"], r["char_start"], r["char_end"])
        for r in rows
    ] == [
        ("November 2014", date(2014, 11, 1), "month", 482, 495),
        ("Wednesday", date(2023, 11, 8), "day", 631, 640),
    ]
    assert [r["paragraph_index"] for r in rows] == [2, 3]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The report was released on Wednesday.", date(2023, 11, 8)),
        ("The summit opened on Thursday.", date(2023, 11, 9)),
        ("The summit opened on Friday.", date(2023, 11, 3)),
        ("The leaders will meet on Friday.", date(2023, 11, 10)),
        ("The forum is scheduled to open on Monday.", date(2023, 11, 13)),
    ],
)
def test_bare_weekday_is_the_latest_such_day_unless_the_clause_looks_ahead(sentence, expected):
    ((_, resolved, resolution),) = dates_of(sentence)
    assert (resolved, resolution) == (expected, "day")


def test_weekday_modifiers():
    assert dates_of(
        "He left last Monday, returns next Monday, speaks this Friday and this Monday,"
        " and flies on the coming Thursday."
    ) == [
        ("last Monday", date(2023, 11, 6), "day"),
        ("next Monday", date(2023, 11, 13), "day"),
        ("this Friday", date(2023, 11, 10), "day"),
        ("this Monday", date(2023, 11, 6), "day"),
        ("coming Thursday", date(2023, 11, 16), "day"),
    ]


def test_calendar_dates_in_wire_and_iso_styles():
    assert dates_of(
        "Talks held on Nov. 9, 2023, on 9 November 2023, on Nov. 7 and on 2023-11-09"
        " follow those of Wednesday, Nov. 1."
    ) == [
        ("Nov. 9, 2023", date(2023, 11, 9), "day"),
        ("9 November 2023", date(2023, 11, 9), "day"),
        ("Nov. 7", date(2023, 11, 7), "day"),
        ("2023-11-09", date(2023, 11, 9), "day"),
        ("Wednesday, Nov. 1", date(2023, 11, 1), "day"),
    ]


def test_month_day_without_year_takes_the_closest_year_across_new_year():
    assert dates_of("The tally of Dec. 30 stands.", dateline_date=date(2024, 1, 2)) == [
        ("Dec. 30", date(2023, 12, 30), "day")
    ]
    assert dates_of("Voting starts on Jan. 3.", dateline_date=date(2023, 12, 28)) == [
        ("Jan. 3", date(2024, 1, 3), "day")
    ]


def test_months_resolve_to_their_first_day():
    assert dates_of(
        "The first summit was held in November 2014, the second in May and the third last November."
    ) == [
        ("November 2014", date(2014, 11, 1), "month"),
        ("May", date(2023, 5, 1), "month"),
        ("last November", date(2022, 11, 1), "month"),
    ]


def test_years_count_only_after_a_time_word():
    assert dates_of(
        "In 2014 the summit began; since 2015 it has grown, from 2016 to 2019 it doubled,"
        " and by 2035 it aims for mid-2030 goals set at the end of 2023."
    ) == [
        ("2014", date(2014, 1, 1), "year"),
        ("2015", date(2015, 1, 1), "year"),
        ("2016", date(2016, 1, 1), "year"),
        ("2019", date(2019, 1, 1), "year"),
        ("2035", date(2035, 1, 1), "year"),
        ("2030", date(2030, 1, 1), "year"),
        ("2023", date(2023, 1, 1), "year"),
    ]


def test_numbers_names_and_event_years_are_not_dates():
    assert (
        dates_of(
            "At the 2023 WIC Wuzhen Summit, 2,000 people from 120 countries discussed 5G,"
            " IPv6 and the China Internet Development Report 2023. Prices rose 20 percent"
            " to 1,500 yuan, Theresa May noted, and 2023 sales hit 2019 levels."
        )
        == []
    )


def test_relative_days_weeks_months_and_years():
    assert dates_of(
        "Yesterday's talks, today's vote and tomorrow's summit follow last week's forum;"
        " last month was busy, and next year will be too."
    ) == [
        ("Yesterday", date(2023, 11, 8), "day"),
        ("today", date(2023, 11, 9), "day"),
        ("tomorrow", date(2023, 11, 10), "day"),
        ("last week", date(2023, 10, 30), "day"),  # the Monday that opens last week
        ("last month", date(2023, 10, 1), "month"),
        ("next year", date(2024, 1, 1), "year"),
    ]


def test_week_phrases_say_their_period():
    (row,) = extract_mentioned_dates([story("The deal was signed last week.")]).to_pylist()
    assert (row["resolution"], row["period"]) == ("day", "week")


def test_without_a_dateline_the_header_day_is_the_reference():
    assert dates_of("It rained on Wednesday.", dateline_date=None) == [
        ("Wednesday", date(2023, 11, 8), "day")
    ]


def test_paragraph_index_and_impossible_days():
    rows = extract_mentioned_dates(
        [story("Nothing dated here.", "Not on Feb. 30, but on Feb. 28.")]
    ).to_pylist()
    assert [(r["text"], r["paragraph_index"]) for r in rows] == [("Feb. 28", 1)]


def test_no_articles_gives_an_empty_table_with_the_schema():
    table = extract_mentioned_dates([])
    assert table.num_rows == 0 and table.schema == MENTIONED_DATES_SCHEMA


def test_years_after_of_for_to_links_and_before_a_lowercase_noun():
    assert dates_of(
        "Cases exceeded all of 2022. The 2024 harvest, the chairmanship for 2024 and plants"
        " closed in 2011 and 2009 matter halfway to 2030."
    ) == [
        ("2022", date(2022, 1, 1), "year"),
        ("2024", date(2024, 1, 1), "year"),
        ("2024", date(2024, 1, 1), "year"),
        ("2011", date(2011, 1, 1), "year"),
        ("2009", date(2009, 1, 1), "year"),
        ("2030", date(2030, 1, 1), "year"),
    ]


def test_lone_months_near_the_reference_are_the_nearer_one_farther_ones_follow_the_tense():
    may_16 = date(2024, 5, 16)
    assert dates_of(
        "Prices fell from the lows hit in February, and the plant counted jaguars between"
        " January and June. The firm plans to publish results in October.",
        dateline_date=may_16,
    ) == [
        ("February", date(2024, 2, 1), "month"),
        ("January", date(2024, 1, 1), "month"),
        ("June", date(2024, 6, 1), "month"),
        ("October", date(2024, 10, 1), "month"),
    ]
    assert dates_of("The forum opened in December.", dateline_date=may_16) == [
        ("December", date(2023, 12, 1), "month")
    ]


def test_next_year_after_a_month_day_and_fixed_holidays():
    assert dates_of(
        "The law takes effect on May 1 next year; crowds gathered on New Year's Eve, not at"
        " Christmas Island.",
        dateline_date=date(2023, 12, 31),
    ) == [
        ("May 1 next year", date(2024, 5, 1), "day"),
        ("New Year's Eve", date(2023, 12, 31), "day"),
    ]


def test_habitual_weekdays_are_not_dates():
    assert dates_of("Visitors never hear a sound system on a Sunday night or every Friday.") == []
