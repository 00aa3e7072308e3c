"""Tone: GDELT-style percentages of toned words, from the VADER lexicon."""

from __future__ import annotations

import dataclasses

import pytest

from tests.articles import seed_article, story
from transforms.tone import TONE_SCHEMA, score_tone


def tone_of(*paragraphs: str) -> dict:
    return score_tone([story(*paragraphs)]).to_pylist()[0]


def test_seed_tone():
    row = score_tone([seed_article()]).to_pylist()[0]
    rounded = {name: round(value, 4) for name, value in row.items() if name != "article_id"}
    # 315 words: 14 positive (peaceful, safe, effective, sharing...), 3 negative (problems...)
    assert rounded == {
        "tone": 3.4921,
        "positive_score": 4.4444,
        "negative_score": 0.9524,
        "polarity": 5.3968,
    }


def test_percent_of_words_and_identities():
    row = tone_of("Good news, bad news and a table.")  # 7 words: good +1.9, bad -2.5
    assert row["positive_score"] == pytest.approx(100 / 7)
    assert row["negative_score"] == pytest.approx(100 / 7)
    assert row["tone"] == pytest.approx(0.0)
    assert row["polarity"] == pytest.approx(200 / 7)


def test_mild_words_carry_no_tone():
    row = tone_of("An important exclusive interview on challenges.")  # valence 0.8, 0.5, 0.3
    assert row["polarity"] == 0.0


def test_negation_flips_a_word_within_three_words():
    assert tone_of("The talks were good.")["tone"] > 0
    assert tone_of("The talks were not good.")["tone"] < 0
    assert tone_of("The talks were not at all very good.")["tone"] > 0  # four words back


def test_case_and_punctuation_do_not_hide_words():
    assert tone_of('"Terrible," he said.')["negative_score"] == pytest.approx(100 / 3)


def test_empty_body_scores_zero():
    table = score_tone([story()])
    assert table.schema == TONE_SCHEMA
    row = table.to_pylist()[0]
    assert row == {
        "article_id": "a1",
        "tone": 0.0,
        "positive_score": 0.0,
        "negative_score": 0.0,
        "polarity": 0.0,
    }


def test_other_languages_are_not_scored():
    french = dataclasses.replace(
        story(
            "Le gouvernement a présenté un plan de soutien aux agriculteurs "
            "touchés, terrible par la sécheresse."
        ),
        language="fr",
    )
    row = score_tone([french]).to_pylist()[0]
    assert row == {
        "article_id": "a1",
        "tone": None,
        "positive_score": None,
        "negative_score": None,
        "polarity": None,
    }
