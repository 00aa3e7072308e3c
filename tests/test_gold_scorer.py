"""The scoring arithmetic of bench/score_enrichment.py on tiny hand-built cases, and the
consistency of the gold annotations with their articles (no model is run here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.score_enrichment import (
    SCORED_TYPES,
    Counts,
    DateMention,
    Entity,
    Facts,
    Quote,
    entity_counts,
    find_quote,
    load_annotation,
    match_dates,
    match_entities,
    mention_counts,
    normalize_name,
    score,
    speaker_is_right,
    split_dirs,
)

GOLD = Path(__file__).parent / "gold"
REN = Entity("Ren Xianliang", "PERSON", mentions=("Ren Xianliang", "Ren", "Ren"))
WIC = Entity("World Internet Conference", "ORG", mentions=("World Internet Conference", "WIC"))
ZHEJIANG = Entity("Zhejiang Province", "PLACE", ("Zhejiang",), "CN", ("Zhejiang Province",))
SUMMIT = Entity("WIC Wuzhen Summit", "EVENT", mentions=("WIC Wuzhen Summit",))


def test_counts_give_precision_recall_and_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2) + Counts(tp=1, fp=1, fn=0)
    assert (counts.tp, counts.fp, counts.fn) == (4, 2, 2)
    assert counts.precision == pytest.approx(4 / 6)
    assert counts.recall == pytest.approx(4 / 6)
    assert counts.f1 == pytest.approx(4 / 6)
    assert Counts().f1 == 0.0


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("The World Internet Conference", "world internet conference"),
        ("China's", "china"),
        ("U.S.", "u s"),
        ("Córdoba", "cordoba"),
        ('the "China Internet Development Report 2023', "china internet development report 2023"),
        ("Ngugi wa Thiong\u2019o", "ngugi wa thiong'o"),
    ],
)
def test_names_compare_without_case_accents_articles_or_possessives(written, key) -> None:
    assert normalize_name(written) == key


def test_a_predicted_alias_finds_the_gold_name() -> None:
    predicted = [Entity("WIC", "ORG", also=("World Internet Conference",))]
    assert match_entities([WIC], predicted) == [(0, 0)]


def test_a_gold_variant_finds_the_predicted_name() -> None:
    predicted = [Entity("Zhejiang", "PLACE", country_code="CN")]
    assert match_entities([ZHEJIANG], predicted) == [(0, 0)]


def test_a_surname_alone_does_not_find_the_full_name() -> None:
    assert match_entities([REN], [Entity("Ren", "PERSON")]) == []


def test_the_type_must_agree() -> None:
    assert match_entities([REN], [Entity("Ren Xianliang", "PLACE")]) == []


def test_matching_is_one_to_one_and_prefers_the_name_over_an_alias() -> None:
    by_alias = Entity("WIC Secretariat", "ORG", also=("World Internet Conference",))
    by_name = Entity("World Internet Conference", "ORG", also=("WIC",))
    assert match_entities([WIC], [by_alias, by_name]) == [(0, 1)]
    twice = [by_name, Entity("World Internet Conference", "ORG")]
    assert match_entities([WIC, REN], twice) == [(0, 0)]


def test_entity_counts_per_type_with_unscored_types_ignored() -> None:
    predicted = [
        Entity("Ren Xianliang", "PERSON", also=("Ren",)),
        Entity("Ren", "PERSON"),  # surname split off: a false positive
        Entity("WIC Wuzhen Summit", "ORG"),  # an event typed ORG: a false positive
        Entity("Zhejiang Province", "PLACE"),
        Entity("Wuzhen", "EVENT"),  # not a scored type
    ]
    counts = entity_counts([REN, WIC, ZHEJIANG, SUMMIT], predicted)
    assert set(counts) == set(SCORED_TYPES)
    assert (counts["PERSON"].tp, counts["PERSON"].fp, counts["PERSON"].fn) == (1, 1, 0)
    assert (counts["ORG"].tp, counts["ORG"].fp, counts["ORG"].fn) == (0, 1, 1)
    assert (counts["PLACE"].tp, counts["PLACE"].fp, counts["PLACE"].fn) == (1, 0, 0)
    assert (counts["WORK"].tp, counts["WORK"].fp, counts["WORK"].fn) == (0, 0, 0)


def test_mention_counts_compare_multisets_of_typed_text() -> None:
    predicted = [
        ("PERSON", "Ren Xianliang"),
        ("PERSON", "Ren"),
        ("ORG", "WIC"),
        ("ORG", "WIC"),  # one WIC too many
        ("PLACE", "Zhejiang Province"),
    ]
    counts = mention_counts([REN, WIC, ZHEJIANG], predicted)
    assert (counts["PERSON"].tp, counts["PERSON"].fp, counts["PERSON"].fn) == (2, 0, 1)
    assert (counts["ORG"].tp, counts["ORG"].fp, counts["ORG"].fn) == (1, 1, 1)
    assert (counts["PLACE"].tp, counts["PLACE"].fp, counts["PLACE"].fn) == (1, 0, 0)


def test_a_quote_is_found_by_its_start_whatever_the_quote_marks() -> None:
    predicted = [Quote("\u201cThe lack of consensus on digital governance\u201d")]
    assert find_quote("The lack of consensus", predicted) is predicted[0]
    assert find_quote("To solve the problem", predicted) is None


def test_the_speaker_is_right_by_name_alias_or_gold_variant() -> None:
    gold = Quote("We went", ("Maximo Pacheco",), "said")
    pacheco = Entity("Maximo Pacheco", "PERSON", ("Máximo Pacheco",))
    assert speaker_is_right(gold, Quote("We went", ("Pacheco", "MAXIMO PACHECO")), [])
    assert speaker_is_right(gold, Quote("We went", ("Máximo Pacheco",)), [pacheco])
    assert not speaker_is_right(gold, Quote("We went", ("Pacheco",)), [pacheco])
    assert not speaker_is_right(gold, Quote("We went", ()), [pacheco])
    assert not speaker_is_right(gold, None, [pacheco])


def test_dates_match_same_text_first_then_one_inside_the_other() -> None:
    gold = [
        DateMention("Tuesday", "2024-02-13", "day"),
        DateMention("2024", "2024-01-01", "year"),
        DateMention("Tuesday", "2024-02-13", "day"),
    ]
    early = DateMention("early 2024", "2024-01-01", "year")
    tuesday = DateMention("Tuesday", "2024-02-13", "day")
    assert match_dates(gold, [early, tuesday]) == [tuesday, early, None]


def test_score_adds_up_a_small_article() -> None:
    gold = Facts(
        slug="tiny",
        entities=(REN, WIC, ZHEJIANG),
        quotes=(
            Quote("The lack of consensus", ("Ren Xianliang",), "according to"),
            Quote("To solve the problem", ("Ren Xianliang",), "said"),
        ),
        dates=(
            DateMention("Wednesday", "2023-11-08", "day"),
            DateMention("2014", "2014-01-01", "year"),
        ),
        non_quotes=("World Internet Development Report 2023",),
        dateline_country="CN",
    )
    predicted = Facts(
        entities=(
            Entity("Ren Xianliang", "PERSON", ("Ren",)),
            Entity("World Internet Conference", "ORG", ("WIC",)),
            Entity("Zhejiang", "PLACE", country_code="KR"),
        ),
        quotes=(
            Quote("The lack of consensus on", ("Ren Xianliang", "Ren"), "according to"),
            Quote("To solve the problem of", ("Ren",), "said"),
            Quote("World Internet Development Report 2023,"),
        ),
        dates=(DateMention("Wednesday", "2023-11-15", "day"),),
        dateline_country="CN",
    )
    figures = score([gold], [predicted]).figures()
    assert figures["entity_f1"] == 1.0
    assert figures["quote_recall"] == 1.0
    assert figures["quote_speaker_accuracy"] == 0.5
    assert figures["quote_verb_accuracy"] == 1.0
    assert figures["titles_taken_as_quotes"] == 1.0
    assert figures["place_country_accuracy"] == 0.0
    assert figures["dateline_country_accuracy"] == 1.0
    assert figures["date_recall"] == 0.5
    assert figures["date_accuracy"] == 0.0


def test_an_annotation_of_quotations_only_scores_quotations_only() -> None:
    gold = load_annotation(
        "wn",
        {"quotes": [{"text_startswith": "Cool clock", "speaker": "Barack Obama",
                     "speaker_variants": ["Obama"], "verb": None}]},
    )  # fmt: skip
    assert gold.quotes_only and gold.quotes[0].speakers == ("Barack Obama", "Obama")
    predicted = Facts(
        entities=(Entity("Barack Obama", "PERSON"), Entity("White House", "ORG")),
        quotes=(Quote("Cool clock, Ahmed.", ("Obama",)),),
        dates=(DateMention("Monday", "2015-09-14", "day"),),
    )
    report = score([gold], [predicted])
    figures = report.figures()
    assert figures["quote_speaker_accuracy"] == 1.0 and figures["quote_recall"] == 1.0
    # the system's entities and dates are neither right nor wrong: nothing was annotated
    assert all(counts == Counts() for counts in report.entities.values())
    assert report.tallies["date_recall"] == [] and report.errors == []


SPLITS = ("dev", "wikinews", "test", "test-quotes")


def _gold_pairs(splits: tuple[str, ...] = SPLITS) -> list[tuple[Path, Path]]:
    articles = sorted(a for s in splits for a in (GOLD / s / "articles").glob("*.txt"))
    return [(a, a.parent.parent / "annotations" / f"{a.stem}.json") for a in articles]


def _text(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return _plain(text)


def _plain(text: str) -> str:
    """Curly quotation marks and apostrophes made straight, whitespace runs one space."""
    return " ".join(text.translate(str.maketrans("\u201c\u201d\u2019", '""\'')).split())


def test_the_gold_set_has_thirty_articles_each_annotated() -> None:
    pairs = _gold_pairs(("dev",))
    assert len(pairs) >= 30
    assert all(annotation.exists() for _, annotation in pairs)


def test_the_frozen_test_split_has_forty_articles_each_annotated() -> None:
    pairs = _gold_pairs(("test",))
    assert len(pairs) >= 40
    assert all(annotation.exists() for _, annotation in pairs)
    assert all(a.stem.startswith("test_") for a, _ in pairs)


def test_the_wikinews_split_has_quotations_only_and_no_test_article() -> None:
    pairs = _gold_pairs(("wikinews",))
    frozen = set(re.findall(r"MEANTIME \(doc (\d+)\)", (GOLD / "README.md").read_text()))
    assert len(pairs) >= 50 and len(frozen) == 34
    for article, annotation in pairs:
        gold = load_annotation(article.stem, json.loads(annotation.read_text()))
        assert gold.quotes_only and (gold.quotes or gold.non_quotes), article.stem
        assert not gold.entities and article.stem.removeprefix("wn_") not in frozen


def test_the_frozen_quotations_split_shares_no_article_with_another() -> None:
    pairs = _gold_pairs(("test-quotes",))
    others = {a.name for a, _ in _gold_pairs(("dev", "wikinews", "test"))}
    assert len(pairs) >= 38 and sum(_quote_count(a) for _, a in pairs) >= 130
    for article, annotation in pairs:
        gold = load_annotation(article.stem, json.loads(annotation.read_text()))
        assert gold.quotes_only and (gold.quotes or gold.non_quotes), article.stem
        assert article.name not in others and article.stem.startswith("wn_20")


def _quote_count(annotation: Path) -> int:
    return len(json.loads(annotation.read_text())["quotes"])


def test_no_file_is_left_outside_the_splits() -> None:
    assert not list(GOLD.glob("articles/*")) and not list(GOLD.glob("annotations/*"))
    for split in SPLITS:
        articles = {p.stem for p in (GOLD / split / "articles").glob("*.txt")}
        annotations = {p.stem for p in (GOLD / split / "annotations").glob("*.json")}
        assert articles == annotations, split


def test_the_scorer_reads_each_split_apart() -> None:
    assert [name for name, _ in split_dirs(GOLD, "all")] == [*SPLITS]
    assert split_dirs(GOLD, "test") == [("test", GOLD / "test")]


@pytest.mark.parametrize("pair", _gold_pairs(), ids=lambda pair: pair[0].stem)
def test_each_annotation_agrees_with_its_article(pair: tuple[Path, Path]) -> None:
    article, annotation = pair
    data = json.loads(annotation.read_text())
    gold = load_annotation(article.stem, data)
    text = _text(article)
    for entity in gold.entities:
        assert entity.type in {*SCORED_TYPES, "EVENT", "OTHER"}, entity
        assert entity.mentions, entity
        for form in set(entity.mentions):
            found = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
            assert found >= entity.mentions.count(form), (entity.name, form)
        if entity.type == "PLACE":
            assert "country_code" in next(e for e in data["entities"] if e["name"] == entity.name)
    speakers = {e.name for e in gold.entities if e.type in ("PERSON", "ORG")}
    for quote in gold.quotes:
        assert _plain(quote.text) in text, quote
        assert gold.quotes_only or set(quote.speakers) <= speakers, quote
    for title in gold.non_quotes:
        assert f'"{title}' in text, title
    for date in gold.dates:
        assert date.text in text and date.resolution in ("day", "month", "year"), date
    names = [(e.type, normalize_name(e.name)) for e in gold.entities]
    assert len(names) == len(set(names)), "one entry per (type, name)"
