"""Keywords: YAKE-style ranking per article, independent of the rest of the batch."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from transforms.article import Article
from transforms.keywords import KEYWORDS_SCHEMA, extract_keywords

SEED = Path(__file__).parents[1] / "fixtures" / "raw" / "000_6cedf1850dac7222.txt"


def story(*paragraphs: str, article_id: str = "a1") -> Article:
    return Article(
        article_id=article_id,
        source="Xinhua",
        editor=None,
        title=None,
        authors=(),
        published_at=datetime(2023, 11, 9, 12, 46, tzinfo=UTC),
        published_local=datetime(2023, 11, 9, 20, 46),
        source_timezone="Asia/Shanghai",
        dateline_place=None,
        dateline_date=None,
        agency="Xinhua",
        paragraphs=paragraphs,
    )


def seed_article() -> Article:
    """The seed file's story as the parser gives it: dateline and end mark removed."""
    lines = SEED.read_text(encoding="utf-8").splitlines()[3:]
    lines[0] = lines[0].split(" -- ", 1)[1]
    lines[-1] = lines[-1].rsplit(" â", 1)[0]
    return story(*lines, article_id="seed")


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
