"""Files that are not articles: each gets a stable reason code, and nothing ever raises."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.article import REASON_CODES, Article, Rejection
from transforms.parse import parse_article

SEED = Path(__file__).parents[1] / "fixtures" / "raw" / "000_6cedf1850dac7222.txt"
NOW = datetime(2025, 1, 1, tzinfo=UTC)
HEADER = "Source: Xinhua\nEditor: huaxia\n{stamp}\n"
LEAD = "BEIJING, Nov. 9 (Xinhua) -- China and Kenya signed a trade deal on Thursday."

HOSTILE: dict[str, tuple[bytes, str, str]] = {  # name -> (bytes, stage, reason_code)
    "zero bytes": (b"", "decode", "empty"),
    "whitespace only": (b"  \n\t\r\n   \n", "decode", "empty"),
    "zero-width spaces only": ("\u200b\ufeff\n\u200b".encode(), "normalize", "empty"),
    "UTF-16 whitespace": (b"\xff\xfe" + " \n \n".encode("utf-16-le"), "decode", "empty"),
    "random bytes": (random.Random(0).randbytes(4096), "decode", "not_text"),
    "mostly NUL": (b"\x00" * 900 + b"Source: Xinhua\n", "decode", "not_text"),
    "broken UTF-16": (b"\xff\xfe\x00\xd8\x41", "decode", "not_text"),
    "HTML page": (
        b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "parse", "unsupported_format",
    ),
    "plain prose": (b"Just some notes.\nNot a wire story.\n", "parse", "unsupported_format"),
    "no Source": (b"Editor: huaxia\n2023-11-09 20:46:00\n" + LEAD.encode(), "parse", "no_header"),
    "empty Source": (b"Source:\nEditor: x\n2023-11-09 20:46:00\n" + LEAD.encode(), "parse",
                     "no_header"),
    "header under prose": (
        b"line one\nline two\nline three\n" + HEADER.format(stamp="2023-11-09 20:46").encode()
        + LEAD.encode(), "parse", "no_header",
    ),
    "header without body": (HEADER.format(stamp="2023-11-09 20:46:00").encode(), "parse",
                            "no_body"),
    "only an end mark": (HEADER.format(stamp="2023-11-09 20:46").encode() + "■".encode(),
                         "parse", "no_body"),
    "no timestamp": (b"Source: Xinhua\nEditor: huaxia\n" + LEAD.encode(), "parse",
                     "bad_timestamp"),
    "impossible timestamp": (HEADER.format(stamp="2023-02-30 25:61").encode() + LEAD.encode(),
                             "parse", "bad_timestamp"),
    "date without time": (HEADER.format(stamp="2023-11-09").encode() + LEAD.encode(), "parse",
                          "bad_timestamp"),
    "year 1815": (HEADER.format(stamp="1815-06-18 10:00:00").encode() + LEAD.encode(), "parse",
                  "implausible_date"),
    "year 2099": (HEADER.format(stamp="2099-01-01 10:00:00").encode() + LEAD.encode(), "parse",
                  "implausible_date"),
    "year 1": (HEADER.format(stamp="0001-01-01 00:00").encode() + LEAD.encode(), "parse",
               "implausible_date"),
    "year 9999": (HEADER.format(stamp="9999-12-31 23:59").encode() + LEAD.encode(), "parse",
                  "implausible_date"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_rejected_with_a_stable_reason(name: str) -> None:
    data, stage, reason_code = HOSTILE[name]
    rejection = parse_article(data, f"{name}.txt", "sha", now=NOW)
    assert isinstance(rejection, Rejection), rejection
    assert (rejection.stage, rejection.reason_code) == (stage, reason_code)
    assert len(rejection.reason_detail) > 30  # says what is wrong and what to do


def test_rejection_details_name_the_problem() -> None:
    impossible = parse_article(HOSTILE["impossible timestamp"][0], "x", "y", now=NOW)
    assert "2023-02-30 25:61" in impossible.reason_detail
    future = parse_article(HOSTILE["year 2099"][0], "x", "y", now=NOW)
    assert "2099-01-01" in future.reason_detail
    no_source = parse_article(HOSTILE["no Source"][0], "x", "y", now=NOW)
    assert "Source:" in no_source.reason_detail and "editor" in no_source.reason_detail


def test_a_few_stray_nul_bytes_are_dropped() -> None:
    data = (HEADER.format(stamp="2023-11-09 21:00:00") + LEAD).replace("trade", "tr\x00ade")
    article = parse_article(data.encode(), "nul.txt", "x", now=NOW)
    assert isinstance(article, Article)
    assert "trade deal" in article.lead


def test_story_two_days_ahead_is_accepted_but_not_three() -> None:
    ahead = HEADER.format(stamp="2025-01-03 07:00:00") + LEAD  # Beijing: 23:00 UTC on Jan 2
    assert isinstance(parse_article(ahead.encode(), "x", "y", now=NOW), Article)
    too_far = HEADER.format(stamp="2025-01-04 09:00:00") + LEAD
    assert parse_article(too_far.encode(), "x", "y", now=NOW).reason_code == "implausible_date"


def test_editor_with_shell_and_sql_metacharacters_is_kept_verbatim() -> None:
    editor = "Robert'); DROP TABLE articles;-- $(rm -rf /) `reboot` && echo pwned | tee /etc/x"
    data = f"Source: Xinhua\nEditor: {editor}\n2023-11-09 22:00:00\n{LEAD}\n".encode()
    article = parse_article(data, "x", "y", now=NOW)
    assert article.editor == editor


def test_unknown_configured_zone_is_a_rejection_not_an_exception() -> None:
    article = parse_article(SEED.read_bytes(), "x", "y", timezones={"Xinhua": "Mars/Olympus"})
    assert (article.stage, article.reason_code) == ("parse", "bad_timestamp")
    assert "Mars/Olympus" in article.reason_detail


def assert_article_or_rejection(result: Article | Rejection) -> None:
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        assert result.reason_code in REASON_CODES
        assert result.reason_code != "unreadable", result.reason_detail  # the parser's defect
    else:
        assert result.paragraphs and all(result.paragraphs)
        assert result.published_at.tzinfo is UTC


# DATELINE_FUZZ_EXAMPLES=5000 runs a deeper search than the default 200 examples.
FAST = settings(
    max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FAST
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    assert_article_or_rejection(parse_article(data, "fuzz.txt", "sha", now=NOW))


wire_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
) | st.sampled_from(
    [
        LEAD,
        "by Xinhua writers Zhou Xin and Maria Lopez",
        "Photo taken on Nov. 8 shows a street. (Xinhua/Li Wei)",
        "■",
        "Enditem",
        "Fin",
        "PARIS, 10 novembre (AFP) -",
        "WINNIPEG, Canada, Feb. 30 (Xinhua) --",
        "â€œquotedâ€ Â ",
        "\r\n\r\n",
        "",
    ]
)


@FAST
@given(
    stamp=st.datetimes(),
    headline=st.sampled_from(["", "A headline\n", "Feature: two | pipes\n"]),
    body=st.lists(wire_text, max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "utf-8-sig"]),
)
def test_near_valid_articles_never_raise(
    stamp: datetime, headline: str, body: list[str], encoding: str
) -> None:
    text = f"{headline}Source: Xinhua| {stamp:%Y-%m-%d %H:%M:%S}|Editor: x\n" + "\n".join(body)
    data = text.encode(encoding, errors="replace")
    assert_article_or_rejection(parse_article(data, "fuzz.txt", "sha", now=NOW))
