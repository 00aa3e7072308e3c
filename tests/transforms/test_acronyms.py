"""Acronym definitions in wire copy: long form and short form with their offsets."""

from __future__ import annotations

import pytest

from transforms.entities.acronyms import best_long_form, find_definitions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(d.long_form, d.short_form) for d in find_definitions(text)]


def test_seed_lead_defines_the_wic_with_offsets():
    lead = (
        "The World Internet Conference (WIC) will devote itself to creating a new pattern "
        "of international cooperation in cyberspace."
    )
    (definition,) = find_definitions(lead)
    assert (definition.long_form, definition.short_form) == ("World Internet Conference", "WIC")
    assert (definition.long_start, definition.long_end) == (4, 29)
    assert (definition.short_start, definition.short_end) == (31, 34)
    assert lead[definition.long_start : definition.long_end] == definition.long_form


@pytest.mark.parametrize(
    ("text", "long_form", "short_form"),
    [
        ("urged the World Health Organization (WHO) to act", "World Health Organization", "WHO"),
        ("the Shanghai Cooperation Organization (SCO)", "Shanghai Cooperation Organization", "SCO"),
        ("the Democratic Republic of the Congo (DRC)", "Democratic Republic of the Congo", "DRC"),
        ("the Sustainable Development Goals (SDGs) are", "Sustainable Development Goals", "SDGs"),
        ("University of Alabama at Birmingham (UAB)", "University of Alabama at Birmingham", "UAB"),
        ("WHO (World Health Organization) said", "World Health Organization", "WHO"),
        # a short form written as a word: the beginnings of the name's words run together
        (
            "South Africa's Electricity Supply Commission (Escom) said",
            "Electricity Supply Commission",
            "Escom",
        ),
        ("Petroleo Brasileiro SA (Petrobras) said", "Petroleo Brasileiro SA", "Petrobras"),
        ("Consolidated Rail Corp (Conrail) said", "Consolidated Rail Corp", "Conrail"),
        # the last word of a name of three words or more stands for it
        (
            "the promotion World Wonder Ring Stardom (Stardom) announced",
            "World Wonder Ring Stardom",
            "Stardom",
        ),
    ],
)
def test_long_form_before_or_after_the_parenthesis(text, long_form, short_form):
    assert _pairs(text) == [(long_form, short_form)]


@pytest.mark.parametrize(
    "text",
    [
        "BEIDAIHE (Hebei) is a seaside resort",  # a province, one capital
        "the man (right) shakes hands",  # no capitals
        "the figure (2023) rose",  # a year
        "the secretary-general (SG) said",  # a long form must be a name
        "the 28th UN Climate Change Conference (COP28) opened",  # letters do not spell it
        "Labour MP John Smith (Labour) said",  # a party, no run of the name's beginnings
        "the Hebei Province (Hebei) government",  # one word cannot give it all
        "In Luxembourg: US Luxembourg (Luxembourg) 0",  # a club of two words, its country
        "Internet service provider (ISP) Plus.net backed it",  # a term, capitalized once
    ],
)
def test_parentheses_that_define_nothing(text):
    assert find_definitions(text) == []


def test_best_long_form_starts_at_a_word_and_rejects_the_short_form_itself():
    assert best_long_form("IMF", "the International Monetary Fund") == "International Monetary Fund"
    assert best_long_form("WIC", "the WIC meeting") is None


def test_a_short_form_set_off_with_its_long_form_by_commas():
    """`CENTR, the Council of European National Top Level Domain Registries, agrees`: the
    whole appositive spells the short form; `Smith, the Chief Executive,` spells nothing."""
    text = (
        "CENTR, the Council of European National Top Level Domain Registries, agrees. "
        "Smith, the Chief Executive, declined. KPR, the Kenya Ports Review, said so."
    )
    assert [
        (d.long_form, d.short_form, d.short_start, d.long_start) for d in find_definitions(text)
    ] == [
        ("Council of European National Top Level Domain Registries", "CENTR", 0, 11),
        ("Kenya Ports Review", "KPR", 115, 124),
    ]
