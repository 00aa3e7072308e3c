"""bench/topic_score.py: an article's first topic against its section's."""

from __future__ import annotations

from pathlib import Path

import duckdb

from bench import topic_score


def test_first_topic_against_the_section(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "dateline.duckdb")) as db:
        db.execute("CREATE TABLE articles (article_id VARCHAR)")
        db.execute("CREATE TABLE files (raw_path VARCHAR, status VARCHAR, article_id VARCHAR)")
        db.execute(
            "CREATE TABLE topics (article_id VARCHAR, topic_code VARCHAR, topic_label VARCHAR, "
            "score DOUBLE)"
        )
        db.execute("INSERT INTO articles VALUES ('a'), ('b'), ('c'), ('d')")
        db.execute(
            "INSERT INTO files VALUES ('sport/1.txt', 'loaded', 'a'), "
            "('tech/2.txt', 'loaded', 'b'), ('tech/3.txt', 'loaded', 'c'), "
            "('tech/4.txt', 'duplicate', 'c'), ('politics/5.txt', 'loaded', 'd')"
        )
        db.execute(
            "INSERT INTO topics VALUES ('a', 'medtop:15000000', 'sport', 3.0), "
            "('b', 'medtop:04000000', 'economy, business and finance', 2.0), "
            "('b', 'medtop:13000000', 'science and technology', 1.5), "
            "('c', 'medtop:13000000', 'science and technology', 4.0)"
        )
    result = topic_score.score(tmp_path, topic_score.BBC_SECTIONS)
    assert result == {
        "articles": 4,
        "accuracy": 0.5,
        "by_section": {"politics": 0.0, "sport": 1.0, "tech": 0.5},
        "confusion": {
            "tech -> economy, business and finance": 1,
            "politics -> None": 1,
        },
    }
