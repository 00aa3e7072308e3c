"""Keywords: YAKE-style ranking per article, independent of the rest of the batch."""

from __future__ import annotations

import dataclasses

from tests.articles import seed_article, story
from transforms.keywords import KEYWORDS_SCHEMA, extract_keywords


def keywords_of(table, article_id: str) -> list[str]:
    return [row["keyword"] for row in table.to_pylist() if row["article_id"] == article_id]


def test_seed_top_keywords():
    table = extract_keywords([seed_article()])
    keywords = keywords_of(table, "seed")
    assert keywords[:5] == [
        "WIC Wuzhen Summit",
        "Internet Development Report",
        "internet development",
        "WIC",
        "World Internet",
    ]
    assert "digital" in keywords
    assert len(keywords) == 8


def test_schema_ranks_and_relative_scores():
    table = extract_keywords([seed_article()], top_n=5)
    assert table.schema == KEYWORDS_SCHEMA
    rows = table.to_pylist()
    assert [row["rank"] for row in rows] == [1, 2, 3, 4, 5]
    scores = [row["score"] for row in rows]
    assert scores[0] == 1.0
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)


def test_sub_phrase_seen_only_inside_a_better_keyword_is_skipped():
    keywords = keywords_of(extract_keywords([seed_article()], top_n=20), "seed")
    assert "WIC Wuzhen Summit" in keywords
    assert "Wuzhen Summit" not in keywords  # never occurs without WIC
    assert "WIC" in keywords  # occurs five more times on its own


def test_stopwords_reporting_verbs_and_numbers_are_not_keywords():
    keywords = keywords_of(extract_keywords([seed_article()], top_n=50), "seed")
    lowered = {word for keyword in keywords for word in keyword.lower().split()}
    assert not lowered & {"said", "the", "will", "wednesday", "november", "2023", "2014"}


def test_keywords_do_not_depend_on_the_rest_of_the_batch():
    flood = story(
        "Heavy rain flooded the river valley on Sunday. Flood water cut roads.",
        "Rescuers evacuated villagers as the flood crest passed the valley.",
        article_id="flood",
    )
    alone = extract_keywords([seed_article()])
    together = extract_keywords([flood, seed_article()])
    assert keywords_of(together, "seed") == keywords_of(alone, "seed")
    # Words repeated through the story outrank the one-off words of the lead.
    assert keywords_of(together, "flood")[:2] == ["valley", "flood"]


def test_ties_break_alphabetically():
    table = extract_keywords([story("Zebra and apple.")])
    assert [row["keyword"] for row in table.to_pylist()] == ["apple", "Zebra"]
    assert [row["score"] for row in table.to_pylist()] == [1.0, 1.0]


def test_spelling_follows_mid_sentence_use():
    article = story("Digital trade grows. Officials praised digital trade and digital trade rules.")
    assert keywords_of(extract_keywords([article]), "a1")[0] == "digital trade"


def test_empty_batches_and_bodies_give_no_rows():
    assert extract_keywords([]).num_rows == 0
    assert extract_keywords([]).schema == KEYWORDS_SCHEMA
    table = extract_keywords([story(), story("It was said that they will.", article_id="a2")])
    assert table.num_rows == 0


def test_only_english_articles_get_keywords():
    french = dataclasses.replace(
        story(
            "Le gouvernement a présenté un plan de soutien aux agriculteurs "
            "touchés par la sécheresse."
        ),
        language="fr",
    )
    assert extract_keywords([french]).num_rows == 0
