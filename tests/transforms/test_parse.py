"""Raw wire files to articles: the seed's golden record and one raw file per format variant."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from transforms.article import Article, Caption, Rejection
from transforms.parse import parse_article, parse_batch

FIXTURES = Path(__file__).parents[1] / "fixtures"
RAW = FIXTURES / "raw"
SEED = RAW / "000_6cedf1850dac7222.txt"
SEED_GOLDEN = FIXTURES / "golden" / "000_6cedf1850dac7222.json"
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def parse_fixture(name: str, **options) -> Article:
    """Parse a raw fixture as the flow would, and insist it is an article."""
    data = (RAW / name).read_bytes()
    article = parse_article(data, name, hashlib.sha256(data).hexdigest(), now=NOW, **options)
    assert isinstance(article, Article), article
    return article


def article_record(article: Article) -> dict:
    """The article as a JSON-ready record, with the derived lead, body and word count."""
    record = dataclasses.asdict(article)
    record.update(lead=article.lead, body=article.body, word_count=article.word_count)
    return json.loads(json.dumps(record, default=lambda value: value.isoformat()))


def test_seed_matches_its_golden_record() -> None:
    article = parse_fixture(SEED.name)
    assert article_record(article) == json.loads(SEED_GOLDEN.read_text(encoding="utf-8"))


def test_seed_fields() -> None:
    article = parse_fixture(SEED.name)
    assert (article.source, article.editor, article.title) == ("Xinhua", "huaxia", None)
    assert article.published_local == datetime(2023, 11, 9, 20, 46)
    assert article.published_at == datetime(2023, 11, 9, 12, 46, tzinfo=UTC)
    assert article.source_timezone == "Asia/Shanghai"
    assert (article.dateline_place, article.dateline_date) == ("Hangzhou", date(2023, 11, 9))
    assert article.agency == "Xinhua"
    assert len(article.paragraphs) == 10
    assert article.lead.startswith("The World Internet Conference (WIC) will devote itself")
    assert article.body.endswith('more than ever before," the secretary-general said.')
    assert [mark for mark in ("â", "■", "HANGZHOU") if mark in article.body] == []
    assert article.language == "en"
    assert article.mojibake_repaired  # the end mark arrived as mojibake


# name -> fields the parsed article must have; `lead` and `last` are the opening and the
# closing words of the body, `paragraphs` their count.
VARIANTS: dict[str, dict] = {
    "headline": dict(
        title="Yangtze River Delta to add 1,200 km of intercity rail by 2027",
        source="China Daily", editor="Li Yan", published_local=datetime(2024, 3, 18, 10, 25),
        published_at=datetime(2024, 3, 18, 2, 25, tzinfo=UTC), dateline_place="Shanghai",
        dateline_date=date(2024, 3, 18), agency=None, paragraphs=6,
        lead="The Yangtze River Delta region will add", last="of China's economic output.",
    ),
    "one_line_header": dict(
        source="Xinhua", editor="Yamei", published_local=datetime(2019, 4, 23, 21, 7, 44),
        published_at=datetime(2019, 4, 23, 13, 7, 44, tzinfo=UTC), dateline_place="Qingdao",
        dateline_date=date(2019, 4, 23), agency="Xinhua", paragraphs=5,
        lead="Naval delegations from 13 countries", last="with local residents.",
    ),
    "no_seconds": dict(
        source="Global Times", editor="Wang Qi", published_local=datetime(2022, 9, 14, 18, 40),
        published_at=datetime(2022, 9, 14, 10, 40, tzinfo=UTC), dateline_place="Beijing",
        dateline_date=date(2022, 9, 14), agency=None, paragraphs=5,
        lead="China's online retail sales", last="consumer goods during the period.",
    ),
    "crlf": dict(
        source="Xinhua", editor="Liu Jiaxin", published_local=datetime(2023, 6, 5, 22, 41, 9),
        dateline_place="Nairobi", dateline_date=date(2023, 6, 5), paragraphs=5,
        lead="Kenya on Monday launched", last="in need of food aid.",
    ),
    "utf8_bom": dict(
        source="People's Daily", editor="Zhang Rui", encoding="utf-8",
        published_at=datetime(2023, 5, 20, 0, 15, 30, tzinfo=UTC), dateline_place="Xi'an",
        dateline_date=date(2023, 5, 19), agency="People's Daily", paragraphs=5,
        lead="Leaders of China and five Central Asian", last="in Kazakhstan in 2025.",
    ),
    "utf16_le": dict(
        source="Xinhua", editor="Huang Xin", encoding="utf-16-le", dateline_place="Cairo",
        dateline_date=date(2024, 2, 7), paragraphs=4,
        lead="Egypt's annual urban inflation rate", last="an easing of supply problems.",
    ),
    "cp1252": dict(
        source="AFP", editor="Claire Dubois", encoding="cp1252", source_timezone="UTC",
        published_at=datetime(2023, 10, 3, 14, 12, tzinfo=UTC), dateline_place="Geneva",
        dateline_date=None, agency="AFP", paragraphs=5, mojibake_repaired=False,
        lead="The World Health Organization",
        last="“It’s not too late to close the gap,” Martin said.",
    ),
    "mojibake": dict(
        source="Xinhua", editor="Chen Lin", dateline_place="Lisbon", paragraphs=5,
        dateline_date=date(2023, 9, 4), mojibake_repaired=True,
        lead="Portugal's tourism revenue", last="quality in several regions.",
    ),
    "province_dateline": dict(
        source="Xinhua", editor="Zhu Wenjun", dateline_place="Beidaihe",
        dateline_date=date(2023, 8, 2), agency="Xinhua", paragraphs=4,
        lead="Some 60 experts in science", last="to the country's development.",
    ),
    "country_dateline": dict(
        source="Xinhua", dateline_place="Winnipeg", dateline_date=date(2023, 10, 18),
        published_at=datetime(2023, 10, 18, 22, 12, 5, tzinfo=UTC), agency="Xinhua",
        paragraphs=4, lead="Manitoba's New Democratic Party", last="in the Oct. 3 election.",
    ),
    "united_nations": dict(
        source="Xinhua", dateline_place="United Nations", dateline_date=date(2023, 11, 8),
        agency="Xinhua", paragraphs=4,
        lead="The UN Security Council on Wednesday", last="join the peace process.",
    ),
    "french": dict(
        source="Xinhua", editor="Zhang Jia", dateline_place="Paris", language="fr",
        dateline_date=date(2023, 11, 10), agency="Xinhua", paragraphs=4,
        lead="Le gouvernement français a présenté", last="de récolte de cette année.",
    ),
    "spanish": dict(
        source="Xinhua", editor="Pablo Gómez", dateline_place="Madrid", language="es",
        published_at=datetime(2024, 3, 5, 17, 10, tzinfo=UTC), dateline_date=date(2024, 3, 5),
        agency="Xinhua", paragraphs=4,
        lead="El número de turistas internacionales", last="templado durante el invierno.",
    ),
    "ap_no_date": dict(
        source="AP", editor=None, authors=("John Smith",), source_timezone="America/New_York",
        published_at=datetime(2024, 7, 2, 18, 5, tzinfo=UTC), dateline_place="Washington",
        dateline_date=None, agency="AP", paragraphs=5,
        lead="Airlines will have to refund", last="to travelers in higher fares.",
    ),
    "reuters_single_dash": dict(
        source="Reuters", editor="Mark Potter", authors=("Jane Doe", "Li Wei"),
        source_timezone="UTC", published_at=datetime(2024, 2, 15, 16, 42, tzinfo=UTC),
        dateline_place="New York", dateline_date=None, agency="Reuters", paragraphs=5,
        lead="Wall Street's main indexes rose", last="according to futures pricing.",
    ),
    "feature_no_dateline": dict(
        title="Feature: Young artisans keep Suzhou embroidery alive", source="China Daily",
        dateline_place=None, dateline_date=None, agency=None, paragraphs=6,
        lead="In a quiet courtyard off Pingjiang Road", last="booked out months in advance.",
    ),
    "byline": dict(
        source="Xinhua", authors=("Zhou Xin", "Maria Lopez"), dateline_place="Buenos Aires",
        dateline_date=date(2023, 12, 10), agency="Xinhua", paragraphs=4,
        lead="Javier Milei was sworn in", last="hit low-income households hardest.",
    ),
    "photo_captions": dict(
        source="Xinhua", dateline_place="Shanghai", dateline_date=date(2023, 11, 8), paragraphs=4,
        lead="Exhibitors at the sixth China International Import Expo",
        last="by the close of the expo.",
    ),
    "end_mark_square": dict(
        source="Global Times", agency="Global Times", dateline_place="Chengdu", paragraphs=4,
        lead="The 31st FISU World University Games", last="for the visiting delegations.",
    ),
    "end_mark_enditem": dict(
        source="Xinhua", dateline_place="Jakarta", dateline_date=date(2024, 1, 15), paragraphs=3,
        lead="Indonesia's exports fell", last="acting head of the agency.",
    ),
    "end_mark_end": dict(
        source="Yonhap", source_timezone="Asia/Seoul", agency="Yonhap", dateline_place="Seoul",
        published_at=datetime(2024, 5, 3, 2, 20, tzinfo=UTC), paragraphs=4,
        lead="South Korea's consumer prices rose", last="as fruit supplies recover.",
    ),
    "hard_wrapped": dict(
        source="Xinhua", editor="Yang Yi", dateline_place="Canberra",
        dateline_date=date(2023, 8, 21), paragraphs=4,
        lead="Australian scientists have discovered a new species of giant stick insect in the "
        "rainforests of far north Queensland, the Queensland Museum said on Monday.",
        last="after the high altitude of the forests where it was found.",
    ),
    "year_boundary": dict(
        source="Xinhua", published_local=datetime(2024, 1, 1, 0, 35),
        published_at=datetime(2023, 12, 31, 16, 35, tzinfo=UTC), dateline_place="Sydney",
        dateline_date=date(2023, 12, 31), paragraphs=3,
        lead="More than one million people", last="arrests were made across the city.",
    ),
    "year_boundary_forward": dict(
        source="AP", published_local=datetime(2023, 12, 31, 23, 50),
        published_at=datetime(2024, 1, 1, 4, 50, tzinfo=UTC), dateline_place="Tokyo",
        dateline_date=date(2024, 1, 1), agency="AP", paragraphs=3,
        lead="Crowds packed Tokyo's shrines", last="most popular shrines.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_fixture_parses_to_its_fields(variant: str) -> None:
    expected = dict(VARIANTS[variant])
    article = parse_fixture(f"variant_{variant}.txt")
    paragraphs, lead, last = expected.pop("paragraphs"), expected.pop("lead"), expected.pop("last")
    expected.setdefault("language", "en")
    assert {field: getattr(article, field) for field in expected} == expected
    assert len(article.paragraphs) == paragraphs
    assert article.lead.startswith(lead)
    assert article.body.endswith(last)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_body_holds_no_header_dateline_byline_caption_or_end_mark(variant: str) -> None:
    article = parse_fixture(f"variant_{variant}.txt")
    for leftover in ("Source:", "Editor:", "(Xinhua) --", "■", "Enditem", "(END)", "Xinhua/"):
        assert leftover not in article.body
    assert not article.body.startswith(("by ", "By "))
    assert not article.body.endswith(("Fin", "â"))
    assert all(paragraph == paragraph.strip() and paragraph for paragraph in article.paragraphs)
    assert "\n\n".join(article.paragraphs) == article.body and "  " not in article.body


def test_encodings_decode_to_the_same_typography() -> None:
    cp1252 = parse_fixture("variant_cp1252.txt")
    assert "said Zoé Martin" in cp1252.paragraphs[1]
    assert cp1252.paragraphs[1].startswith("“We are seeing outbreaks")
    assert "schools — but the WHO" in cp1252.paragraphs[3]


def test_mojibake_is_repaired_keeping_curly_quotes() -> None:
    article = parse_fixture("variant_mojibake.txt")
    assert article.paragraphs[2] == (
        "“The summer season has exceeded all our expectations,” said Ana Ribeiro, president of "
        "the Portuguese Hotel Association. “It’s the best July we have ever had.”"
    )
    assert article.paragraphs[3].endswith("arrivals from the United States rose 14 percent.")
    assert "Â" not in article.body and "â€" not in article.body


def test_line_end_and_bom_variants_give_the_ids_of_plain_utf8() -> None:
    crlf = parse_fixture("variant_crlf.txt")
    plain = (RAW / "variant_crlf.txt").read_bytes().replace(b"\r\n", b"\n")
    as_lf = parse_article(plain, "lf.txt", "x", now=NOW)
    with_bom = parse_article(b"\xef\xbb\xbf" + plain, "bom.txt", "y", now=NOW)
    assert crlf.article_id == as_lf.article_id == with_bom.article_id


def test_photo_captions_are_kept_with_their_credits() -> None:
    article = parse_fixture("variant_photo_captions.txt")
    assert article.captions == (
        Caption(
            "Photo taken on Nov. 8, 2023 shows visitors at the food and agricultural products "
            "exhibition area of the sixth CIIE in Shanghai, east China.",
            "Xinhua/Huang Zongzhi",
        ),
        Caption(
            "A visitor tries a virtual reality device at the technical equipment exhibition area "
            "of the sixth CIIE in Shanghai, east China, Nov. 7, 2023.",
            "Xinhua/Fang Zhe",
        ),
        Caption(
            "Workers arrange cheeses at a booth ahead of the expo in Shanghai.",
            "Photo/Xinhua",
        ),
        Caption(
            "A robot barista serves coffee at the expo in Shanghai, Nov. 6, 2023.",
            "Xinhua/Chen Aiping",
        ),
    )


def test_timezone_override_and_default_zone() -> None:
    seed = SEED.read_bytes()
    moved = parse_article(seed, "s", "x", timezones={"xinhua": "Europe/Paris"}, now=NOW)
    assert moved.source_timezone == "Europe/Paris"
    assert moved.published_at == datetime(2023, 11, 9, 19, 46, tzinfo=UTC)
    unknown = seed.replace(b"Source: Xinhua", b"Source: Tiny Gazette")
    article = parse_article(unknown, "u", "x", default_timezone="Asia/Tokyo", now=NOW)
    assert (article.source_timezone, article.published_at.hour) == ("Asia/Tokyo", 11)
    assert parse_article(unknown, "u", "x", now=NOW).source_timezone == "UTC"


def test_parse_batch_splits_articles_from_rejections() -> None:
    files = [
        (name, (RAW / name).read_bytes(), f"sha-{name}")
        for name in (SEED.name, "variant_french.txt")
    ] + [("empty.txt", b"", "sha-empty"), ("page.html", b"<html><body>x</body></html>", "h")]
    articles, rejections = parse_batch(files, now=NOW)
    assert [a.raw_path for a in articles] == [SEED.name, "variant_french.txt"]
    assert [a.raw_sha256 for a in articles] == [f"sha-{SEED.name}", "sha-variant_french.txt"]
    assert [(path, r.reason_code) for path, r in rejections] == [
        ("empty.txt", "empty"),
        ("page.html", "unsupported_format"),
    ]
    assert all(isinstance(r, Rejection) for _, r in rejections)


def test_parse_batch_refuses_a_misconfigured_time_zone_before_reading() -> None:
    with pytest.raises(ValueError, match="Asia/Shangai"):
        parse_batch([(SEED.name, SEED.read_bytes(), "x")], timezones={"Xinhua": "Asia/Shangai"})


def test_same_story_from_two_files_gets_one_id() -> None:
    seed = SEED.read_bytes()
    copy = seed.replace(b"Editor: huaxia", b"Editor: someone else").replace(b". ", b".  ")
    first = parse_article(seed, "a.txt", "1", now=NOW)
    second = parse_article(copy, "b/a.txt", "2", now=NOW)
    assert first.article_id == second.article_id


def test_archive_copy_and_tickers_in_angle_brackets_are_articles() -> None:
    """Agency archives reach back decades, and wire headlines name stock tickers in angle
    brackets: neither is a scraping error or an HTML page."""
    raw = (
        b"ACME <ACM> SAYS IT WILL BUY WIDGET MAKER <P>\n"
        b"Source: Reuters\n1987-03-02 09:15:00\n"
        b"NEW YORK, March 2 - Acme Corp said it agreed to buy a widget maker for 40 mln dlrs.\n"
        b"The deal is expected to close in the second quarter, the company said.\n"
    )
    articles, rejections = parse_batch([("acme.txt", raw, "0" * 64)])
    assert rejections == []
    (article,) = articles
    assert article.title == "ACME <ACM> SAYS IT WILL BUY WIDGET MAKER <P>"
    assert article.published_local == datetime(1987, 3, 2, 9, 15)
