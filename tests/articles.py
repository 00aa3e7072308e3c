"""Articles for transform tests: built from paragraphs, or the seed parsed from its raw file."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime
from functools import cache

from tests.conftest import SEED
from transforms.article import Article
from transforms.parse import parse_article


def story(*paragraphs: str, article_id: str = "a1", **fields) -> Article:
    """An Article as the parser makes it (dateline already removed), stamped like the seed."""
    article = Article(
        article_id=article_id,
        source="Xinhua",
        editor=None,
        title=None,
        authors=(),
        published_at=datetime(2023, 11, 9, 12, 46, tzinfo=UTC),
        published_local=datetime(2023, 11, 9, 20, 46),
        source_timezone="Asia/Shanghai",
        dateline_place="Hangzhou",
        dateline_date=date(2023, 11, 9),
        agency="Xinhua",
        paragraphs=tuple(paragraphs),
    )
    return dataclasses.replace(article, **fields)


@cache
def seed_article(article_id: str = "seed") -> Article:
    """The seed raw file through the real parser, under a short id."""
    data = SEED.read_bytes()
    parsed = parse_article(data, SEED.name, hashlib.sha256(data).hexdigest())
    assert isinstance(parsed, Article), parsed
    return dataclasses.replace(parsed, article_id=article_id)
