"""Topics: IPTC Media Topics from the term lexicon, scored per 100 words."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import pytest

from tests.articles import seed_article, story
from transforms.topics import MAX_TOPICS, MIN_SCORE, TOPICS_SCHEMA, classify_topics

IPTC_LABELS = {
    "medtop:01000000": "arts, culture, entertainment and media",
    "medtop:02000000": "crime, law and justice",
    "medtop:03000000": "disaster, accident and emergency incident",
    "medtop:04000000": "economy, business and finance",
    "medtop:05000000": "education",
    "medtop:06000000": "environment",
    "medtop:07000000": "health",
    "medtop:08000000": "human interest",
    "medtop:09000000": "labour",
    "medtop:10000000": "lifestyle and leisure",
    "medtop:11000000": "politics and government",
    "medtop:12000000": "religion",
    "medtop:13000000": "science and technology",
    "medtop:14000000": "society",
    "medtop:15000000": "sport",
    "medtop:16000000": "conflict, war and peace",
    "medtop:17000000": "weather",
}

BRIEFS = {
    "medtop:15000000": (
        "China's women's volleyball team defeated Brazil 3-1 in the semifinal of the world "
        "championship on Saturday. The coach praised the players, and the team will meet "
        "the United States in the final for the gold medal in front of 18,000 fans."
    ),
    "medtop:07000000": (
        "Health authorities reported 120 new influenza cases on Monday as the outbreak spread "
        "to three provinces. Hospitals opened fever clinics and doctors urged the elderly to "
        "get vaccinated, while patients with severe symptoms received antiviral treatment."
    ),
    "medtop:16000000": (
        "Fighting between government troops and rebel militants killed 14 soldiers near the "
        "border on Tuesday. Artillery shelling and airstrikes continued overnight despite "
        "a ceasefire, and the army said it had repelled an attack on a military base."
    ),
    "medtop:04000000": (
        "China's exports rose 7 percent year on year in October, beating market forecasts, as "
        "trade with Southeast Asia grew. The central bank kept interest rates unchanged, and "
        "economists expect GDP growth of 5 percent as consumer prices stabilize."
    ),
    "medtop:17000000": (
        "The national meteorological center issued an orange alert for rainstorms on Sunday, "
        "forecasting heavy rain and thunderstorms in the south. Temperatures will drop by 8 "
        "degrees Celsius as a cold wave brings snow and gales to the north."
    ),
    "medtop:02000000": (
        "Police arrested three suspects in a bank robbery that left a guard injured. "
        "Prosecutors charged the men with armed robbery and fraud, and a judge denied bail "
        "at the court hearing. The trial is expected to open next month."
    ),
}


def test_lexicon_covers_the_17_top_level_topics_with_iptc_labels():
    text = resources.files("transforms").joinpath("data/iptc_topics.json").read_text("utf-8")
    topics = json.loads(text)["topics"]
    assert {code: topic["label"] for code, topic in topics.items()} == IPTC_LABELS
    for topic in topics.values():
        assert 30 <= len(topic["terms"]) <= 120
        assert all(term == term.lower() for term in topic["terms"])


def test_seed_is_science_and_technology_first():
    rows = classify_topics([seed_article()]).to_pylist()
    assert rows[0]["topic_code"] == "medtop:13000000"
    assert rows[0]["topic_label"] == "science and technology"
    assert [row["topic_code"] for row in rows] == ["medtop:13000000", "medtop:11000000"]
    assert rows[0]["score"] == pytest.approx(100 * 27 / 315)


@pytest.mark.parametrize("code", sorted(BRIEFS))
def test_brief_gets_its_topic_first(code):
    rows = classify_topics([story(BRIEFS[code], article_id=code)]).to_pylist()
    assert rows[0]["topic_code"] == code
    assert rows[0]["topic_label"] == IPTC_LABELS[code]


def test_rows_are_capped_ranked_and_above_the_threshold():
    articles = [story(text, article_id=code) for code, text in BRIEFS.items()]
    table = classify_topics([*articles, seed_article()])
    assert table.schema == TOPICS_SCHEMA
    by_article: dict[str, list[float]] = {}
    for row in table.to_pylist():
        by_article.setdefault(row["article_id"], []).append(row["score"])
    assert set(by_article) == {*BRIEFS, "seed"}
    for scores in by_article.values():
        assert 1 <= len(scores) <= MAX_TOPICS
        assert scores == sorted(scores, reverse=True)
        assert all(score >= MIN_SCORE for score in scores)


def test_stems_and_phrases_match():
    rows = classify_topics([story("The quake's epicentre lay near the coast.")]).to_pylist()
    assert rows[0]["topic_code"] == "medtop:03000000"
    rows = classify_topics([story("Officials discussed climate change.")]).to_pylist()
    assert rows[0]["topic_code"] == "medtop:06000000"


def test_best_topic_is_kept_even_below_the_threshold():
    filler = " ".join(["word"] * 300)
    rows = classify_topics([story(f"{filler} The museum reopened.")]).to_pylist()
    assert [row["topic_code"] for row in rows] == ["medtop:01000000"]
    assert rows[0]["score"] < MIN_SCORE


def test_no_hit_no_topic():
    assert classify_topics([story("It was there."), story()]).num_rows == 0
    assert classify_topics([]).schema == TOPICS_SCHEMA


def test_only_english_articles_get_topics():
    french = dataclasses.replace(
        story(
            "Le gouvernement a présenté un plan de soutien aux agriculteurs "
            "touchés par la sécheresse et la police."
        ),
        language="fr",
    )
    assert classify_topics([french]).num_rows == 0


def test_a_word_repeated_in_passing_does_not_make_a_topic():
    article = story(
        "A medical team of doctors and nurses opened a hospital clinic for patients.",
        "The team treated patients with malaria, and the team trained local nurses.",
        "The team will vaccinate children against measles, the team leader said.",
    )
    rows = classify_topics([article]).to_pylist()
    # `team` five times is sport's only word; health has many different ones.
    assert [row["topic_label"] for row in rows] == ["health"]


def test_a_single_word_still_gives_a_topic_when_nothing_else_matches():
    rows = classify_topics([story("The team arrived. The team left. The team slept.")]).to_pylist()
    assert [row["topic_label"] for row in rows] == ["sport"]


def test_parliamentary_and_consumer_technology_copy_get_their_topics():
    """Westminster words (MPs, Tories, the Commons) and consumer technology (broadband,
    mobile phones, consoles) are their topics' terms too, not only wire-service ones."""
    commons = story(
        "Tory MPs voted against the bill in the Commons on Tuesday, and the Lib Dems said "
        "the manifesto promise would be tested at the general election.",
        article_id="commons",
    )
    gadgets = story(
        "Sales of broadband connections and mobile phones rose, while gamers bought more "
        "consoles and downloaded video games to their laptops over wi-fi.",
        article_id="gadgets",
    )
    firsts = {
        row["article_id"]: row["topic_label"]
        for row in reversed(classify_topics([commons, gadgets]).to_pylist())
    }
    assert firsts == {"commons": "politics and government", "gadgets": "science and technology"}
