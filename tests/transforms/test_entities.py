"""Entities and mentions of wire stories, with and without the spaCy model."""

from __future__ import annotations

import pytest

from tests.articles import seed_article, story
from transforms.article import Article
from transforms.entities import (
    ENTITIES_SCHEMA,
    MENTIONS_SCHEMA,
    extract_entities,
    geocode_datelines,
)

SEED_PARAGRAPHS = list(seed_article().paragraphs)

# Short stories of other desks: (dateline place, paragraphs).
STORIES = {
    "un": ("United Nations", [
        "UN Secretary-General Antonio Guterres on Tuesday urged donors to fund the World "
        "Health Organization (WHO), which has cut staff in Geneva.",
        "The secretary-general said the WHO needed 1.5 billion U.S. dollars this year.",
    ]),
    "kenya": ("Nairobi", [
        "Kenyan President William Ruto met farmers in Nakuru on Friday, the Kenya "
        "Meteorological Department (KMD) said.",
        "Ruto said the KMD expects the long rains to start in March.",
    ]),
    "europe": ("Paris", [
        "French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday.",
        "Macron said the European Union must spend more on defense, according to Reuters.",
    ]),
    "springfield": ("Springfield", [
        "Illinois will spend 40 million dollars to replace lead pipes, Gov. Helen Marsh said "
        "Tuesday.",
        "Marsh spoke at a water plant in Springfield run by the Illinois Environmental "
        "Protection Agency.",
    ]),
    "drones": ("Shenzhen", [
        "Meituan, the food delivery giant, has used drones in Shenzhen since 2021, said Tian Yu, "
        "founder of Autoflight.",
        'The city released the "Low-Altitude Economy Action Plan" on Wednesday.',
    ]),
    "victoria": (None, [
        "Rents in Victoria, the capital of British Columbia, rose 8 percent, Statistics Canada "
        "said.",
        "Housing Minister Ravi Kahlon said Canada needs more homes.",
    ]),
}  # fmt: skip

# What each story names, as (type, canonical name, country code), both profiles.
EXPECTED = {
    "un": {
        ("PERSON", "Antonio Guterres", None),
        ("ORG", "United Nations", None),  # a known short form, spelled out
        ("ORG", "World Health Organization", None),
        ("PLACE", "Geneva", "CH"),
        ("PLACE", "United States", "US"),
    },
    "kenya": {
        ("PERSON", "William Ruto", None),
        ("ORG", "Kenya Meteorological Department", None),
        ("PLACE", "Nakuru", "KE"),
    },
    "europe": {
        ("PERSON", "Emmanuel Macron", None),
        ("PERSON", "Olaf Scholz", None),
        ("PLACE", "Paris", "FR"),
        ("ORG", "European Union", None),
        ("ORG", "Reuters", None),
    },
    "springfield": {
        ("PERSON", "Helen Marsh", None),
        ("PLACE", "Illinois", "US"),
        ("PLACE", "Springfield", "US"),
        ("ORG", "Illinois Environmental Protection Agency", None),
    },
    "drones": {
        ("ORG", "Meituan", None),
        ("ORG", "Autoflight", None),
        ("PERSON", "Tian Yu", None),
        ("PLACE", "Shenzhen", "CN"),
        ("WORK", "Low-Altitude Economy Action Plan", None),
    },
    "victoria": {
        ("PLACE", "Victoria", "CA"),
        ("PLACE", "British Columbia", "CA"),
        ("PLACE", "Canada", "CA"),
        ("PERSON", "Ravi Kahlon", None),
    },
}


def article_from(
    paragraphs: list[str], dateline_place: str | None = None, article_id: str = "story"
) -> Article:
    """An article from body paragraphs with the given dateline place."""
    return story(*paragraphs, article_id=article_id, dateline_place=dateline_place)


# Found only with the model: no rule has evidence for them.
MODEL_ONLY = {"victoria": {("ORG", "Statistics Canada", None)}}


@pytest.fixture(scope="module")
def recognize():
    """The spaCy model, loaded once for this module."""
    from transforms.entities import ner

    ner.load_model()
    return ner.recognize


@pytest.fixture(scope="module", params=["model", "rules"])
def profile(request, recognize):
    """Run `extract_entities` with the model's Docs or in the rules-only profile."""

    def run(articles: list[Article]):
        docs = recognize([a.body for a in articles]) if request.param == "model" else None
        return extract_entities(articles, docs)

    run.name = request.param
    return run


def _entities_by_name(entities) -> dict[tuple[str, str], dict]:
    return {(row["type"], row["name"]): row for row in entities.to_pylist()}


def _mentions_of(mentions, entity_id: str) -> list[tuple[str, int, int, int]]:
    rows = [m for m in mentions.to_pylist() if m["entity_id"] == entity_id]
    return [(m["text"], m["char_start"], m["char_end"], m["paragraph_index"]) for m in rows]


def test_seed_entities(profile):
    entities, mentions = profile([article_from(SEED_PARAGRAPHS, "Hangzhou", "seed")])
    found = _entities_by_name(entities)
    ren = found[("PERSON", "Ren Xianliang")]
    assert ren["aliases"] == ["Ren"]
    assert len(_mentions_of(mentions, ren["entity_id"])) >= 5
    wic = found[("ORG", "World Internet Conference")]
    assert wic["aliases"] == ["WIC"]
    assert len(_mentions_of(mentions, wic["entity_id"])) >= 6
    assert ("ORG", "Xinhua") in found
    for place in ("Zhejiang", "China"):
        assert found[("PLACE", place)]["country_code"] == "CN"
    assert found[("PLACE", "Zhejiang")]["aliases"] == ["Zhejiang Province"]
    # `Wuzhen` and `WIC` in `WIC Wuzhen Summit` are part of the event's name only.
    assert ("PLACE", "Wuzhen") not in found
    assert len(_mentions_of(mentions, wic["entity_id"])) == 6
    assert ("WORK", "China Internet Development Report 2023") in found
    assert ("WORK", "World Internet Development Report 2023") in found
    # One event, one entity: the edition year is left out of its name.
    summit = found[("EVENT", "WIC Wuzhen Summit")]
    assert summit["aliases"] == ["2023 WIC Wuzhen Summit"]
    assert len(_mentions_of(mentions, summit["entity_id"])) == 2
    assert ("EVENT", "2023 WIC Wuzhen Summit") not in found


REPORT = "China Internet Development Report 2023"


def test_seed_mentions_exact_text_and_offsets(profile):
    article = article_from(SEED_PARAGRAPHS, "Hangzhou", "seed")
    entities, mentions = profile([article])
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    rows = {
        (m["text"], m["char_start"], m["char_end"], m["paragraph_index"], names[m["entity_id"]])
        for m in mentions.to_pylist()
    }
    assert {
        ("World Internet Conference", 4, 29, 0, "World Internet Conference"),
        ("WIC", 31, 34, 0, "World Internet Conference"),
        ("Ren Xianliang", 125, 138, 0, "Ren Xianliang"),
        ("WIC", 165, 168, 0, "World Internet Conference"),
        ("Xinhua", 206, 212, 0, "Xinhua"),
        ("Ren", 341, 344, 1, "Ren Xianliang"),
        ("2023 WIC Wuzhen Summit", 386, 408, 1, "WIC Wuzhen Summit"),
        ("China", 417, 422, 1, "China"),
        ("Zhejiang Province", 425, 442, 1, "Zhejiang"),
        ("China Internet Development Report 2023", 649, 687, 3, REPORT),
        ("the secretary-general", 1409, 1430, 6, "Ren Xianliang"),
        ("the secretary-general", 2141, 2162, 9, "Ren Xianliang"),
    } <= rows  # fmt: skip
    body = article.body
    assert all(body[m["char_start"] : m["char_end"]] == m["text"] for m in mentions.to_pylist())


def test_seed_drops_numbers_dates_and_lower_case(profile):
    _entities, mentions = profile([article_from(SEED_PARAGRAPHS, "Hangzhou")])
    texts = {m["text"] for m in mentions.to_pylist()}
    assert not texts & {"2023", "first", "November 2014", "Wednesday", "5", "5G", "the past decade"}
    assert all(any(ch.isupper() for ch in text) or text.startswith("the ") for text in texts)


@pytest.mark.parametrize("story", sorted(STORIES))
def test_stories_of_other_desks(profile, story):
    place, paragraphs = STORIES[story]
    entities, _mentions = profile([article_from(paragraphs, place, story)])
    found = {
        (row["type"], row["name"], row["country_code"])
        for row in entities.to_pylist()
        if row["type"] != "OTHER"
    }
    expected = EXPECTED[story] | (
        MODEL_ONLY.get(story, set()) if profile.name == "model" else set()
    )
    assert found == expected


def test_title_and_surname_mentions_point_at_the_person(profile):
    entities, mentions = profile([article_from(STORIES["un"][1], "United Nations", "un")])
    guterres = _entities_by_name(entities)[("PERSON", "Antonio Guterres")]
    assert ("The secretary-general", 139, 160, 1) in _mentions_of(mentions, guterres["entity_id"])
    assert guterres["aliases"] == []  # a title is a mention, never an alias
    entities, mentions = profile([article_from(STORIES["kenya"][1], "Nairobi", "kenya")])
    ruto = _entities_by_name(entities)[("PERSON", "William Ruto")]
    assert [m[0] for m in _mentions_of(mentions, ruto["entity_id"])] == ["William Ruto", "Ruto"]


def test_one_entity_one_id_across_articles_and_batches(profile):
    stories = [article_from(p, place, key) for key, (place, p) in sorted(STORIES.items())]
    seed = article_from(SEED_PARAGRAPHS, "Hangzhou", "seed")
    entities, mentions = profile([seed, *stories])
    again, _ = profile([*reversed(stories), seed])
    assert entities.equals(again)  # deterministic, whatever the order of the batch
    ids = entities.column("entity_id").to_pylist()
    assert len(ids) == len(set(ids))
    assert set(mentions.column("entity_id").to_pylist()) == set(ids)
    assert entities.schema.equals(ENTITIES_SCHEMA)
    assert mentions.schema.equals(MENTIONS_SCHEMA)
    for row in entities.to_pylist():
        assert row["aliases"] == sorted(row["aliases"]) and row["name"] not in row["aliases"]


def test_geocode_datelines():
    articles = [article_from(SEED_PARAGRAPHS, "Hangzhou", "seed")] + [
        article_from(paragraphs, place, key) for key, (place, paragraphs) in STORIES.items()
    ]
    rows = {r["article_id"]: r for r in geocode_datelines(articles).to_pylist()}
    hangzhou = rows["seed"]
    assert (hangzhou["dateline_country_code"], hangzhou["dateline_admin1"]) == ("CN", "Zhejiang")
    assert hangzhou["dateline_latitude"] == pytest.approx(30.29, abs=0.01)
    assert hangzhou["dateline_geonames_id"] == 1808926  # https://www.geonames.org/1808926
    assert rows["un"]["dateline_geonames_id"] is None  # a site: no GeoNames id
    assert rows["springfield"]["dateline_admin1"] == "Illinois"  # the body names Illinois
    assert rows["europe"]["dateline_country_code"] == "FR"
    assert rows["drones"]["dateline_admin1"] == "Guangdong"
    united_nations = rows["un"]  # headquarters: no country, but on the map in New York
    assert united_nations["dateline_country_code"] is None
    assert united_nations["dateline_latitude"] == pytest.approx(40.75, abs=0.01)
    assert rows["victoria"]["dateline_country_code"] is None  # no dateline at all
    assert list(rows) == [a.article_id for a in articles]


def test_a_place_without_context_is_in_the_publishers_country(profile):
    """No dateline and no country named: the publisher's newsroom decides (BBC: GB)."""
    body = "Thousands of fans queued outside the stadium in Newcastle on Saturday, police said."
    for source, expected in [
        ("BBC", ("Newcastle upon Tyne", "GB")),
        ("Tiny Gazette", ("Newcastle", "AU")),
    ]:
        article = story(body, article_id=source, source=source, agency=None, dateline_place=None)
        entities, _mentions = profile([article])
        places = [
            (r["name"], r["country_code"]) for r in entities.to_pylist() if r["type"] == "PLACE"
        ]
        assert places == [expected], (source, places)


def test_a_feature_the_gazetteer_lacks_has_its_country(recognize):
    body = (
        "Floods on the Yangtze and the Yellow River forced 20,000 people from their homes, "
        "and fishing was halted in the Bohai Sea, officials said on Monday."
    )
    article = story(body, dateline_place=None)
    entities, _mentions = extract_entities([article], recognize([body]))
    places = {(r["name"], r["country_code"]) for r in entities.to_pylist() if r["type"] == "PLACE"}
    assert places == {("Yangtze", "CN"), ("Yellow River", "CN"), ("Bohai Sea", "CN")}


def test_a_states_ap_abbreviation_is_the_state(recognize):
    body = "Caterpillar Inc, based in Peoria, Ill., said on Monday it would cut 500 jobs."
    entities, mentions = extract_entities([story(body)], recognize([body]))
    by_id = {r["entity_id"]: r for r in entities.to_pylist()}
    found = [(m["text"], by_id[m["entity_id"]]) for m in mentions.to_pylist()]
    places = [(text, e["name"], e["country_code"]) for text, e in found if e["type"] == "PLACE"]
    assert places == [("Peoria", "Peoria", "US"), ("Ill", "Illinois", "US")]


def test_a_dateline_without_context_is_in_the_publishers_country():
    body = "The city council approved the budget on Monday."
    articles = [
        story(body, article_id=source, source=source, agency=source, dateline_place="Birmingham")
        for source in ("AP", "BBC", "Reuters")
    ]
    rows = geocode_datelines(articles).to_pylist()
    assert [(r["dateline_country_code"], r["dateline_admin1"]) for r in rows] == [
        ("US", "Alabama"), ("GB", "England"), ("GB", "England")  # Reuters: the larger one
    ]  # fmt: skip


def test_docs_must_match_articles():
    with pytest.raises(ValueError, match="docs"):
        extract_entities([article_from(["A story."])], [])


def test_model_keeps_only_the_entity_recognizer(recognize):
    from transforms.entities.ner import load_model

    assert load_model().pipe_names == ["ner"]
    (doc,) = recognize(["Ren Xianliang spoke in Hangzhou."])
    assert [ent.text for ent in doc.ents]


@pytest.mark.parametrize("piece", ["of China", "for Asia Pacific", "on Trade"])
def test_head_type_of_a_piece_without_head(piece):
    """Real Xinhua copy cut candidates that open with a connector; they have no head word."""
    from transforms.entities.rules import head_type

    assert head_type(piece) is None


def _typed_names(entities) -> set[tuple[str, str]]:
    return {(row["type"], row["name"]) for row in entities.to_pylist()}


def test_companies_by_their_legal_form_and_no_units_or_currencies(profile):
    article = article_from(
        [
            "Shares of Acme Corp rose 3 percent and Globex Inc gained 2 percent by 1400 GMT,"
            " while Fiat Co fell.",
            "The Euro weakened against the dollar, traders at Barclays Bank said.",
        ],
        "London",
    )
    found = _typed_names(profile([article])[0])
    assert {("ORG", "Acme Corp"), ("ORG", "Globex Inc"), ("ORG", "Fiat Co")} <= found
    assert ("ORG", "Barclays Bank") in found
    assert not {name for _, name in found} & {"GMT", "Euro", "Shares of Acme Corp"}


def test_company_of_a_country_is_two_names(profile):
    article = article_from(["Kia Motors Corp of South Korea will build a plant in Slovakia."])
    found = _typed_names(profile([article])[0])
    assert {("ORG", "Kia Motors Corp"), ("PLACE", "South Korea")} <= found


def test_nationality_and_group_adjectives_are_not_entities(profile):
    article = article_from(
        [
            "Chinese and Kenyan officials met American and Palestinian envoys in Nairobi.",
            "Kurdish rebels and Palestinians attended, and American sprinter Dennis Mitchell"
            " spoke.",
        ],
        "Nairobi",
    )
    entities, mentions = profile([article])
    texts = {m["text"] for m in mentions.to_pylist()}
    assert not texts & {"Chinese", "Kenyan", "American", "Palestinian", "Kurdish", "Palestinians"}
    assert ("PERSON", "Dennis Mitchell") in _typed_names(entities)


def test_known_short_forms_link_to_their_long_form_across_articles(profile):
    first = article_from(["The EU and NATO met the U.N. envoy; the IMF and OPEC sent staff."])
    second = article_from(
        ["The European Union and the United Nations said the UN would help."],
        article_id="second",
    )
    entities, mentions = profile([first, second])
    names = {row["entity_id"]: (row["type"], row["name"]) for row in entities.to_pylist()}
    by_text = {(m["article_id"], m["text"]): names[m["entity_id"]] for m in mentions.to_pylist()}
    assert by_text[("story", "EU")] == ("ORG", "European Union")
    assert by_text[("story", "NATO")] == ("ORG", "North Atlantic Treaty Organization")
    assert by_text[("story", "U.N.")] == ("ORG", "United Nations")
    assert by_text[("story", "IMF")] == ("ORG", "International Monetary Fund")
    assert by_text[("story", "OPEC")][1] == "Organization of the Petroleum Exporting Countries"
    assert by_text[("second", "European Union")] == ("ORG", "European Union")
    assert by_text[("second", "United Nations")] == ("ORG", "United Nations")
    assert by_text[("second", "UN")] == ("ORG", "United Nations")
    # one entity id for the EU in both articles, and for the UN in all three forms
    assert len({row for row in names.values() if row[1] == "United Nations"}) == 1
    eu_ids = {e for e, (_, n) in names.items() if n == "European Union"}
    assert len(eu_ids) == 1


def test_a_partys_nicknames_are_the_party(profile):
    article = article_from(
        ["Tory leader Michael Howard attacked the Lib Dems; the Tories and the Liberal "
         "Democrats both want votes, said Lib Dem spokesman Ed Davey."]
    )  # fmt: skip
    entities, mentions = profile([article])
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    parties = {m["text"]: names[m["entity_id"]] for m in mentions.to_pylist()}
    assert parties == {
        "Tory": "Conservative Party",
        "Tories": "Conservative Party",
        "Michael Howard": "Michael Howard",
        "Lib Dems": "Liberal Democrats",
        "Liberal Democrats": "Liberal Democrats",
        "Lib Dem": "Liberal Democrats",
        "Ed Davey": "Ed Davey",
    }


def test_an_acronym_inside_a_longer_name_is_not_its_own_mention(profile):
    article = article_from(
        [
            "The World Internet Conference (WIC) opened the 2024 WIC Wuzhen Summit.",
            "The WIC Wuzhen Summit ends on Friday, the WIC said.",
        ],
        "Hangzhou",
    )
    entities, mentions = profile([article])
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    rows = [(m["text"], names[m["entity_id"]]) for m in mentions.to_pylist()]
    assert [text for text, name in rows if name == "World Internet Conference"] == [
        "World Internet Conference",
        "WIC",
        "WIC",
    ]
    assert [text for text, name in rows if name == "WIC Wuzhen Summit"] == [
        "2024 WIC Wuzhen Summit",
        "WIC Wuzhen Summit",
    ]
    assert "Wuzhen" not in names.values()


def test_earnings_table_labels_are_no_entities() -> None:
    """`NOTE:`, `Shr`, `Revs` and `Avg` open the lines of earnings tables on the wire."""
    from transforms.entities import extract_entities

    article = story(
        "Acme Corp reported its results for the first quarter.",
        "Shr 1.10 dlrs vs 95 cts",
        "Revs 400 mln vs 370 mln",
        "Avg shrs 36.4 mln vs 36.8 mln",
        "NOTE: Acme Corp is based in Chicago.",
    )
    entities, _ = extract_entities([article], None)
    assert sorted(zip(entities["name"].to_pylist(), entities["type"].to_pylist())) == [
        ("Acme Corp", "ORG"), ("Chicago", "PLACE"),
    ]  # fmt: skip


def test_amounts_in_earnings_tables_are_no_innings_scores(profile) -> None:
    """`Sales 13.6 mln`: a decimal or a thousands group is an amount, so the word before it
    is a table's label, not a team (a town called Sales exists)."""
    article = story(
        "Acme Corp reported its results for the first quarter.",
        "Net 1,062,000 vs 585,000",
        "Sales 13.6 mln vs 9,262,000",
        "Sales 1.41 billion vs 885.2 mln",
    )
    _, mentions = profile([article])
    assert _typed_mentions(mentions) == {("ORG", "Acme Corp")}


RESULTS_DESK = [
    "Results of second division soccer matches played on Saturday:",
    "Grimsby 3 Barnsley 1",
    "Queen of South 0 Stirling Albion 2",
    "Standings (tabulate under played, won, drawn, lost, points):",
    "Barnsley 5 4 1 0 13",
    "DENVER 71 64 .526 4 1/2",
    "BOSTON AT DENVER",
    "France 2 Wales 0",
    "At Taunton: Hampshire 301 and 122-4, Somerset 280. Essex beat Kent by six wickets.",
    "The mayor of Taunton said on March 18. that the county would build 4 new schools.",
]


def test_teams_in_results_lines_are_organizations_and_national_teams_places(profile) -> None:
    _, mentions = profile([article_from(RESULTS_DESK, "London", "results")])
    typed = {(m["text"], m["entity_type"]) for m in mentions.to_pylist()}
    teams = {"Grimsby", "Barnsley", "Queen of South", "Stirling Albion", "DENVER", "BOSTON"}
    teams |= {"Hampshire", "Somerset", "Essex", "Kent"}
    assert {(team, "ORG") for team in teams} <= typed
    assert ("France", "PLACE") in typed and ("Wales", "PLACE") in typed
    assert ("Taunton", "PLACE") in typed
    assert not {text for text, kind in typed if kind == "ORG"} - teams - {"Standings"}
    assert not [m for m in mentions.to_pylist() if "\n" in m["text"]]


def test_tickers_in_brackets_are_not_entities_and_bracketed_names_are(profile) -> None:
    article = article_from(
        [
            "Shares of Halden Foods <HALD.L> rose, and <Norvik Shipping Ltd> said it would buy "
            "<NVK> stock."
        ],
        "London",
        "tickers",
    )
    _, mentions = profile([article])
    texts = {m["text"] for m in mentions.to_pylist()}
    assert "Norvik Shipping Ltd" in texts
    assert not texts & {"HALD.L", "NVK", "<Norvik Shipping Ltd", "Norvik Shipping Ltd>"}


def test_a_portfolio_before_a_name_is_not_part_of_it(recognize) -> None:
    article = article_from(
        ["Chancellor of the Exchequer Nigel Lawson said sterling was stable."], "London", "uk"
    )
    _, mentions = extract_entities([article], recognize([article.body]))
    assert ("Nigel Lawson", "PERSON") in {
        (m["text"], m["entity_type"]) for m in mentions.to_pylist()
    }


def _typed_mentions(mentions) -> set[tuple[str, str]]:
    return {(m["entity_type"], m["text"]) for m in mentions.to_pylist()}


def _linked(profile, *paragraphs: str, dateline: str = "Glasgow") -> list[tuple[str, str, str]]:
    """Each mention's text with its entity's name and type, in order."""
    entities, found = profile([article_from(list(paragraphs), dateline)])
    named = {row["entity_id"]: (row["name"], row["type"]) for row in entities.to_pylist()}
    return [(m["text"], *named[m["entity_id"]]) for m in found.to_pylist()]


def _linked_mentions(recognize, paragraphs: list[str]) -> list[tuple[str, str]]:
    """(entity name, type) of each mention of an article of these paragraphs, in order."""
    article = article_from(paragraphs)
    entities, mentions = extract_entities([article], recognize([article.body]))
    named = {row["entity_id"]: (row["name"], row["type"]) for row in entities.to_pylist()}
    return [named[m["entity_id"]] for m in mentions.to_pylist()]


def test_business_words_in_any_language_make_an_organization(profile) -> None:
    article = article_from(
        [
            "<Gruppo Valdora> will sell its stake in Banque Ornelle, chairman Paolo Renzetti said.",
            "Valdora also owns Corvane Insurance, Teleo SpA and BankNordia, and Renzetti met "
            "Kevin McAllister of CenTrust.",
        ],
        "Milan",
        "valdora",
    )
    _, mentions = profile([article])
    typed = _typed_mentions(mentions)
    organizations = {"Gruppo Valdora", "Banque Ornelle", "Corvane Insurance", "Teleo SpA"}
    organizations |= {"BankNordia", "CenTrust"}
    assert {("ORG", name) for name in organizations} <= typed
    assert ("PERSON", "Paolo Renzetti") in typed
    assert ("ORG", "Kevin McAllister") not in typed  # an inner capital alone is no business
    assert not {name for kind, name in typed if kind == "PERSON"} & organizations


def test_a_company_without_its_business_word_is_the_company(recognize) -> None:
    # The model calls both `Gruppo Valdora` and the later `Valdora` people.
    article = article_from(
        ["<Gruppo Valdora> will sell shares.", "Valdora also owns Teleo SpA."], "Milan", "short"
    )
    _, mentions = extract_entities([article], recognize([article.body]))
    assert _typed_mentions(mentions) == {
        ("ORG", "Gruppo Valdora"),
        ("ORG", "Valdora"),
        ("ORG", "Teleo SpA"),
    }


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name ending in a trade word is shortened to the words before it
        (
            ["Shares in Halvorsen Airlines fell on Monday.", "Halvorsen said it would cut jobs."],
            [("Halvorsen Airlines", "ORG"), ("Halvorsen Airlines", "ORG")],
        ),
        # a short name two businesses share is neither
        (
            ["Reliance Energy and Reliance Industries split.", "Reliance said it was final."],
            [("Reliance Energy", "ORG"), ("Reliance Industries", "ORG"), ("Reliance", "ORG")],
        ),
        # a region a utility is named after stays the region
        (
            ["New England Electric System will spend more.", "Its lines run into New England."],
            [("New England Electric System", "ORG"), ("New England", "PLACE")],
        ),
    ],
)
def test_a_company_named_without_its_trade_word(recognize, paragraphs, expected) -> None:
    assert _linked_mentions(recognize, paragraphs) == expected


def test_an_english_county_is_a_place_in_britain(recognize) -> None:
    # GeoNames' extracts hold no counties: `Kent` was a town in the US, `Devon` a person.
    article = article_from(
        ["A protester was hurt after a clash in Kent.", "A Devon man won the lottery in England."]
    )
    entities, _ = extract_entities([article], recognize([article.body]))
    located = {row["name"]: (row["type"], row["country_code"]) for row in entities.to_pylist()}
    assert located == {
        "Kent": ("PLACE", "GB"),
        "Devon": ("PLACE", "GB"),
        "United Kingdom": ("PLACE", "GB"),
    }


def test_a_county_that_plays_as_a_team_is_the_team_throughout_its_match_report(recognize):
    article = article_from(
        [
            "Leicestershire beat Somerset by an innings on Friday.",
            "After bowling Somerset out for 83, Leicestershire extended their lead.",
        ]
    )
    _, mentions = extract_entities([article], recognize([article.body]))
    assert _typed_mentions(mentions) == {("ORG", "Leicestershire"), ("ORG", "Somerset")}


def test_a_company_name_before_a_verb_is_no_adjective(recognize) -> None:
    article = article_from(
        ["Shares of Mitsubishi rose after Mitsubishi announced a merger; the Swahili "
         "translation is due."],
        "Tokyo",
        "verbs",
    )  # fmt: skip
    _, mentions = extract_entities([article], recognize([article.body]))
    types = {(m["text"], m["entity_type"]) for m in mentions.to_pylist()}
    assert types == {("Mitsubishi", "ORG"), ("Swahili", "OTHER")}


def test_numbers_time_zones_currencies_and_units_are_no_part_of_a_name(profile) -> None:
    article = article_from(
        [
            "Wheat season begins June 1.",
            "Farmer Reserve 1,400 1,300 564",
            "Revs 27.3 mln dlrs vs 25.9 mln dlrs",
            "Corn fetched 226.56 U.S. Dlrs per tonne at 1500 GMT March 22, up from 1.96 dlrs "
            "per mln Btu.",
        ],
        "Chicago",
        "figures",
    )
    _, mentions = profile([article])
    names = {m["text"] for m in mentions.to_pylist()}
    assert not {name for name in names if any(ch.isdigit() for ch in name)}
    assert not names & {"GMT", "Btu", "Dlrs", "U.S. Dlrs", "Revs", "GMT March 22", "March 22"}


def _with_model_entities(body: str, entities: list[tuple[str, str]]):
    """A Doc of `body` holding exactly these (text, label) entities, as the model might; a
    text listed again is its next occurrence."""
    from transforms.entities.ner import load_model

    doc = load_model().make_doc(body)
    spans, after = [], {}
    for text, label in entities:
        start = body.index(text, after.get(text, 0))
        after[text] = start + len(text)
        spans.append(doc.char_span(start, start + len(text), label=label))
    doc.ents = spans
    return doc


def test_a_title_alone_is_no_person(recognize) -> None:
    article = article_from(
        ["The bank's Vice President for Asia spoke. The Rt Rev Dr Tom Hale agreed."], None, "t"
    )
    doc = _with_model_entities(
        article.body,
        [("Vice President", "PERSON"), ("Rt Rev Dr", "PERSON"), ("Tom Hale", "PERSON")],
    )
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {("PLACE", "Asia"), ("PERSON", "Tom Hale")}


def test_a_name_joined_by_a_capital_preposition_is_a_body(recognize) -> None:
    article = article_from(
        ["Reporters Without Borders and the Campaign For Clean Rivers spoke."], None, "w"
    )
    doc = _with_model_entities(
        article.body,
        [("Without Borders", "PERSON"), ("Campaign For Clean Rivers", "PERSON")],
    )
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {
        ("ORG", "Reporters Without Borders"),
        ("ORG", "Campaign For Clean Rivers"),
    }


def test_capitals_a_body_s_head_an_office_and_a_party_are_no_person(recognize) -> None:
    article = article_from(
        [
            "Union Pacific and the FRN desk spoke. Party Co-Chairman Liam Fox sat with the"
            " Tory Party Co-Chairman. Labour MP Jo Hale and Lena Hale MP met in H.K. today."
        ],
        None,
        "p",
    )
    doc = _with_model_entities(
        article.body,
        [
            ("Union Pacific", "PERSON"),
            ("FRN", "PERSON"),
            ("Liam Fox", "PERSON"),
            ("Tory Party Co-Chairman", "PERSON"),
            ("Labour", "PERSON"),
            ("Jo Hale", "PERSON"),
            ("Lena Hale", "PERSON"),
            ("H.K.", "PERSON"),
        ],
    )
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {
        ("ORG", "Union Pacific"),
        ("ORG", "FRN"),
        ("PERSON", "Liam Fox"),
        ("ORG", "Tory Party"),
        ("ORG", "Labour"),
        ("PERSON", "Jo Hale"),
        ("PERSON", "Lena Hale"),
        ("OTHER", "H.K"),  # its full stop is cut as the end of the sentence
    }


def test_a_name_ends_at_a_dash(recognize) -> None:
    """The model takes in the dash that opens an aside: `Alan Beith - who chairs`."""
    article = article_from(
        ["Liberal Democrat Alan Beith - who chairs the committee - said the plan would fail."]
    )
    doc = _with_model_entities(article.body, [("Alan Beith -", "PERSON")])
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {("PERSON", "Alan Beith")}


def test_a_peer_is_the_rank_and_the_name_and_an_office_of_a_place_no_person(profile) -> None:
    """`Lord Nicholls of Birkenhead` is one person (Birkenhead is his title's, no place of
    the story); `the Lord Mayor of London`: London is the office's place, not a person."""
    article = article_from(
        [
            "Lord Nicholls of Birkenhead said detention without trial was unlawful.",
            "Baroness Kennedy of The Shaws agreed, and the Lord Mayor of London said nothing.",
        ]
    )
    _, mentions = profile([article])
    assert _typed_mentions(mentions) == {
        ("PERSON", "Lord Nicholls of Birkenhead"),
        ("PERSON", "Baroness Kennedy of The Shaws"),
        ("PLACE", "London"),
    }


def test_after_a_titles_of_come_the_office_place_then_the_person(profile) -> None:
    article = article_from(
        [
            "Mayor of London Sadiq Khan met Secretary of State Antony Blinken on Monday.",
            "Chancellor of the Exchequer Nigel Lawson spoke later, as did Secretary of State for "
            "Culture Tessa Jowell and Karen Thomson, Chief Executive of AOL UK.",
        ]
    )
    _, mentions = profile([article])
    people_and_places = {(t, text) for t, text in _typed_mentions(mentions) if t != "ORG"}
    assert people_and_places == {
        ("PLACE", "London"),
        ("PERSON", "Sadiq Khan"),
        ("PERSON", "Antony Blinken"),
        ("PERSON", "Nigel Lawson"),
        ("PERSON", "Tessa Jowell"),
        ("PERSON", "Karen Thomson"),
    }


def test_a_given_name_the_model_misses_after_a_role_stays_with_the_surname(recognize):
    """The model takes only `Avila` of `forecaster Lixion Avila`; the rules' longer name
    keeps its given name, as it does not keep a portfolio (`Exchequer Nigel Lawson`)."""
    paragraphs = [
        '"The storm is getting stronger," said hurricane forecaster Pellion Avila.',
        "Chancellor of the Exchequer Nigel Lawson said sterling was stable.",
    ]
    assert _linked_mentions(recognize, paragraphs) == [
        ("Pellion Avila", "PERSON"),
        ("Nigel Lawson", "PERSON"),
    ]


def test_a_body_before_an_office_with_no_name_after_it_is_the_body(profile) -> None:
    article = article_from(
        [
            "The Zorvan President said output would rise. Zorvan agreed to cut output.",
            "Football Manager consumed my weekends, and the Finance Minister said nothing.",
        ],
        None,
        "office",
    )
    _, mentions = profile([article])
    typed = _typed_mentions(mentions)
    assert ("ORG", "Zorvan") in typed
    assert not {name for kind, name in typed if kind == "PERSON"}
    assert not {name for _, name in typed} & {"Football", "Zorvan President"}


def test_capitals_cued_as_a_person_or_a_work_are_a_body(profile) -> None:
    article = article_from(
        [
            "A senior QRTA official said the QRTA report was late, said internet provider "
            "XLN. Buyers wanted better HDTV."
        ],
        None,
        "capitals",
    )
    _, mentions = profile([article])
    typed = _typed_mentions(mentions)
    assert {("ORG", "QRTA"), ("ORG", "XLN")} <= typed
    assert not {name for kind, name in typed if kind != "ORG"} & {"QRTA", "XLN", "HDTV"}
    assert "HDTV" not in {name for _, name in typed}


def test_well_known_agencies_parties_and_title_case_short_forms_are_bodies(recognize) -> None:
    article = article_from(
        [
            "The Lib Dems and the Tories met Opec and Nato officials. The USDA spoke.",
            "Dome Petroleum Ltd sold assets; Nova said it could bid for Dome.",
        ],
        None,
        "bodies",
    )
    doc = _with_model_entities(
        article.body,
        [
            ("Lib Dems", "PERSON"),
            ("Tories", "PERSON"),
            ("Opec", "PERSON"),
            ("USDA", "WORK_OF_ART"),
            ("Nova", "ORG"),
        ],
    )
    doc.ents = [*doc.ents, doc.char_span(len(article.body) - 5, len(article.body) - 1, "GPE")]
    entities, mentions = extract_entities([article], [doc])
    typed = _typed_mentions(mentions)
    bodies = {"Lib Dems", "Tories", "Opec", "Nato", "USDA", "Dome Petroleum Ltd", "Nova", "Dome"}
    assert typed == {("ORG", name) for name in bodies}
    names = set(entities["name"].to_pylist())
    assert "Organization of the Petroleum Exporting Countries" in names
    assert "United States Department of Agriculture" in names


def test_an_office_s_brief_and_an_award_s_name_are_no_entities(profile) -> None:
    article = article_from(
        [
            "Home Secretary Carl Dunmore and Transport Commissioner Ida Berne met. Dunmore will"
            " be named World Player of the Year, and Children's Minister Pia Holt spoke."
        ],
        None,
        "briefs",
    )
    _, mentions = profile([article])
    typed = _typed_mentions(mentions)
    assert {("PERSON", "Carl Dunmore"), ("PERSON", "Ida Berne"), ("PERSON", "Pia Holt")} <= typed
    assert not {name for _, name in typed} & {"Home", "Transport", "Children", "Year"}


def test_a_party_word_before_a_member_s_name_is_no_part_of_it(recognize) -> None:
    article = article_from(["Tory Liam Fox and Republican Ann Lee spoke in London."], None, "m")
    doc = _with_model_entities(
        article.body, [("Tory Liam Fox", "PERSON"), ("Republican Ann Lee", "PERSON")]
    )
    _, mentions = extract_entities([article], [doc])
    people = {name for kind, name in _typed_mentions(mentions) if kind == "PERSON"}
    assert people == {"Liam Fox", "Ann Lee"}


def test_awards_are_no_people_and_their_ceremonies_events(recognize) -> None:
    article = article_from(
        ["Hilary Swank won an Oscar on Sunday. The Oscars drew 40 million viewers, and "
         "Labour said the Grammys were next. Labour wants more arts funding."]
    )  # fmt: skip
    _, mentions = extract_entities([article], recognize([article.body]))
    assert _typed_mentions(mentions) == {
        ("PERSON", "Hilary Swank"),
        ("OTHER", "Oscar"),
        ("EVENT", "Oscars"),
        ("EVENT", "Grammys"),
        ("ORG", "Labour"),
    }


def test_economic_indicators_are_no_entities(profile) -> None:
    article = article_from(
        ["GNP rose 1.1 pct in the first quarter, and the PPI was flat, the ministry said."]
    )
    _, mentions = profile([article])
    assert not {name for _, name in _typed_mentions(mentions)} & {"GNP", "PPI"}


def test_a_persons_surname_before_a_noun_is_the_person(recognize) -> None:
    """`the Reagan administration`: a name ending like a nationality (`Swahili translation`)
    is still the person the article names in full."""
    article = article_from(
        ["President Ronald Reagan met Yasuhiro Nakasone on Monday. The Reagan administration "
         "opposes the tax, and a Swahili translation was issued."]
    )  # fmt: skip
    entities, mentions = extract_entities([article], recognize([article.body]))
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    found = {(m["text"], m["entity_type"], names[m["entity_id"]]) for m in mentions.to_pylist()}
    assert ("Reagan", "PERSON", "Ronald Reagan") in found
    assert ("Swahili", "OTHER", "Swahili") in found
    titled = article_from(["President Reagan spoke. The Reagan administration opposes the tax."])
    _, mentions = extract_entities([titled], recognize([titled.body]))
    assert [(m["text"], m["entity_type"]) for m in mentions.to_pylist()] == [
        ("Reagan", "PERSON"),
        ("Reagan", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a middle initial does not end a name
        (
            "President George W. Bush said markets were driven by fear.",
            {("PERSON", "George W. Bush")},
        ),
        # a body or a title run on into a person the model names is two names
        (
            '"The market is starting," said the chairman of Chrysler LLC Jim Press.',
            {("ORG", "Chrysler LLC"), ("PERSON", "Jim Press")},
        ),
        (
            "After the leak, CEO of the Refugee Council Enver Solomon told Sky News so.",
            {("ORG", "Refugee Council"), ("PERSON", "Enver Solomon"), ("ORG", "Sky News")},
        ),
        # a month that is also a surname, after a title
        ("Prime Minister Theresa May said so.", {("PERSON", "Theresa May")}),
        # firms named after their founders
        (
            "Smith Barney said Bear Stearns and Morgan Stanley fell.",
            {("ORG", "Smith Barney"), ("ORG", "Bear Stearns"), ("ORG", "Morgan Stanley")},
        ),
        # a rank or an occupation before a name is its title
        ("Sergeant Keith McDonald said so.", {("PERSON", "Keith McDonald")}),
        # an Arabic article joined to a name is part of it; a cardinal's title is no name
        (
            "President Bashar al-Assad met Cardinal Pietro Rossi on Monday.",
            {("PERSON", "Bashar al-Assad"), ("PERSON", "Pietro Rossi")},
        ),
        # letters after a name for an office or an honour are no part of it
        (
            "Prosecutor Kama Melly QC and Keith Vaz MP spoke.",
            {("PERSON", "Kama Melly"), ("PERSON", "Keith Vaz")},
        ),
        # a common given name and a surname the model calls a body is a person
        (
            "Former Ambassador to the United Nations Nikki Haley wrote so.",
            {("ORG", "United Nations"), ("PERSON", "Nikki Haley")},
        ),
        # copy that lost a full stop runs a name into the next sentence's article
        (
            '"It is real," said analyst Vadim Mitroshin The dispute goes on.',
            {("PERSON", "Vadim Mitroshin")},
        ),
        # platforms named on their own are organizations, and no part of a name before them
        (
            "The video was removed by Facebook after it spread on Twitter.",
            {("ORG", "Facebook"), ("ORG", "Twitter")},
        ),
        (
            "It is over, wrote student protester Joshua Wong on Twitter.",
            {("PERSON", "Joshua Wong"), ("ORG", "Twitter")},
        ),
        # `whose` follows a person as often as a body
        (
            "Talk show host Jerry Springer, whose programme inspired the opera, said so.",
            {("PERSON", "Jerry Springer")},
        ),
        # a local legislator's or councillor's title is no part of the name
        (
            "Newly elected Assemblywoman Selena Torres met Councillor Jim Hale.",
            {("PERSON", "Selena Torres"), ("PERSON", "Jim Hale")},
        ),
        # a body the model runs into the name of the person who speaks for it
        (
            "Hong Kong director of Amnesty International Man-kei Tam said so.",
            {("PLACE", "Hong Kong"), ("ORG", "Amnesty International"), ("PERSON", "Man-kei Tam")},
        ),
        # a plain name before `insists` or `admits` is who speaks, whom the model missed
        (
            "Marcel Desailly insists there is no chance of a repeat when Chelsea play Barcelona.",
            {("PERSON", "Marcel Desailly"), ("ORG", "Chelsea"), ("PLACE", "Barcelona")},
        ),
        # a name set between commas after a role holds it, whatever the model calls it
        (
            "Following the vote, a United States Department of State spokesperson, Morgan "
            "Ortagus, indicated the United States was disappointed.",
            {
                ("ORG", "United States Department of State"),
                ("PERSON", "Morgan Ortagus"),
                ("PLACE", "United States"),
            },
        ),
    ],
)
def test_names_the_wikinews_and_bbc_rounds_fixed(recognize, paragraph, expected) -> None:
    article = article_from([paragraph])
    _, mentions = extract_entities([article], recognize([article.body]))
    assert _typed_mentions(mentions) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "The coach of the Blues, former prop Dai Young, backed the choice.",
                '"He is improving all the time," Young told BBC Sport.',
            ],
            [
                ("Blues", "ORG"),
                ("Dai Young", "PERSON"),
                ("Dai Young", "PERSON"),
                ("BBC Sport", "ORG"),
            ],
        ),
        (
            [
                '"It was a source of doubt," says Deutsche Bank\'s Simon Champion.',
                '"Carnival has a strong record," Mr Champion added.',
            ],
            [("Deutsche Bank", "ORG"), ("Simon Champion", "PERSON"), ("Simon Champion", "PERSON")],
        ),
        # the nationality before the name is no part of it
        (
            ["American Dennis Mitchell won the race.", '"I felt strong," Mitchell said.'],
            [("Dennis Mitchell", "PERSON"), ("Dennis Mitchell", "PERSON")],
        ),
        # a body whose last word is a place speaks by that word: it stays a body
        (
            [
                "U.S. firms including Martin Marietta plan launches.",
                "Marietta said it would build.",
            ],
            [("United States", "PLACE"), ("Martin Marietta", "ORG"), ("Marietta", "PLACE")],
        ),
    ],
)
def test_a_name_whose_surname_speaks_alone_is_a_person(recognize, paragraphs, expected) -> None:
    # The model calls `Dai Young` a body and `Simon Champion` a place; the article then
    # quotes `Young` or `Mr Champion` alone, which only a person's surname does.
    assert _linked_mentions(recognize, paragraphs) == expected


def test_a_given_name_after_an_offices_place_stays_with_the_surname(recognize) -> None:
    # Another Khan in the article must not take the mayor's surname for his own.
    article = article_from(
        [
            "Usman Khan was shot by police on the bridge. Khan had been released.",
            "The attack was condemned by Mayor of London Sadiq Khan on Friday. Khan spoke.",
        ]
    )
    entities, mentions = extract_entities([article], recognize([article.body]))
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    found = [(m["text"], names[m["entity_id"]]) for m in mentions.to_pylist()]
    assert [pair for pair in found if "Khan" in pair[0]] == [
        ("Usman Khan", "Usman Khan"),
        ("Khan", "Usman Khan"),
        ("Sadiq Khan", "Sadiq Khan"),
        ("Khan", "Sadiq Khan"),  # a surname two people share: the one named last
    ]


def test_a_companys_short_name_is_the_company_its_article_names_in_full(recognize) -> None:
    article = article_from(
        ["Hughes Tool Co approved the merger with Baker. Hughes Tool shareholders meet today."]
    )
    entities, mentions = extract_entities([article], recognize([article.body]))
    names = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    found = {(m["text"], names[m["entity_id"]]) for m in mentions.to_pylist()}
    assert {("Hughes Tool Co", "Hughes Tool Co"), ("Hughes Tool", "Hughes Tool Co")} <= found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a title that opens a company's name is no officer's rank
        (
            ["General Host Corp said it raised its offer for Dalton Inc.", "General Host said no."],
            [("General Host Corp", "ORG"), ("Dalton Inc", "ORG"), ("General Host Corp", "ORG")],
        ),
        # a possessive that opens a company's name is part of its short name
        (
            [
                "Hadley's Freight Services Inc cut its rating on Dalton Corp.",
                "Hadley's said the costs rose.",
            ],
            [
                ("Hadley's Freight Services Inc", "ORG"),
                ("Dalton Corp", "ORG"),
                ("Hadley's Freight Services Inc", "ORG"),
            ],
        ),
        (["Lloyd's said losses grew."], [("Lloyd's", "ORG")]),
        # `and Co` ends a firm's name; a limited partnership is a firm
        (
            ["Sam Ortiz, analyst at Brandt Hollis and Co, said it is better."],
            [("Sam Ortiz", "PERSON"), ("Brandt Hollis and Co", "ORG")],
        ),
        (
            [
                "Harlow Partners L.P., a Chicago investment adviser, said it raised its stake.",
                "Harlow said it bought shares.",
            ],
            [
                ("Harlow Partners L.P.", "ORG"),
                ("Chicago", "PLACE"),
                ("Harlow Partners L.P.", "ORG"),
            ],
        ),
        # a role after a comma that goes on to speak is the speaker, no appositive
        (
            ["Brazil won, against the 25 pct sought by New Delhi, the trade official said."],
            [("Brazil", "PLACE"), ("New Delhi", "PLACE")],
        ),
        # a newspaper set after its description, and a magazine by its head word
        (
            ['"Prices will rise," he told Oslo\'s business daily, Dagens Naeringsliv.'],
            [("Oslo", "PLACE"), ("Dagens Naeringsliv", "ORG")],
        ),
        (["The album captured the mood, Q Magazine said."], [("Q Magazine", "ORG")]),
        # the leader of an administration is a person, not a nationality
        (["The Reagan administration gave mixed signals."], [("Reagan", "PERSON")]),
        # a party member's state is a place, and the two words name no one
        (
            ["Questions came from Wright, a Texas Democrat, who called the meeting."],
            [("Wright", "PERSON"), ("Texas", "PLACE")],
        ),
        # a thing's abbreviation is no body, nor is a company form on its own
        (["Prices include VAT, and the DJ played on."], []),
        (["Talks with the firm Ltd ended."], []),
        # a report is its body's when the body speaks; else it may be named after someone
        (
            ["Rates rose, the Bundesbank said.", "Data in the Bundesbank report showed it."],
            [("Bundesbank", "ORG"), ("Bundesbank", "ORG")],
        ),
        (["Japan cited the Maekawa report."], [("Japan", "PLACE"), ("Maekawa", "WORK")]),
        # a common given name and a surname the model misses; an owner after `said` is
        # not who speaks
        (
            ['"We are honoured," said Sky Networks\' Sophie Turner Laing.'],
            [("Sky Networks", "ORG"), ("Sophie Turner Laing", "PERSON")],
        ),
        # a common noun opening a sentence is no town; a table's capitals are no body
        (
            [
                "Half of street crime involves a mobile. Mobile phone sales will grow.",
                "EXPORTS TOTAL 3 MLN TONNES AND MORE. More was sold, and the total rose.",
            ],
            [],
        ),
        (
            ["Airbus Industrie said it would build more. Airbus said orders rose."],
            [("Airbus Industrie", "ORG"), ("Airbus Industrie", "ORG")],
        ),
        # `Dr` without its full stop is an honorific: the surname after it is the person's
        (
            ["Mark Tuffy, of the games firm, spoke.", "Costs will rise, thinks Dr Tuffy."],
            [("Mark Tuffy", "PERSON"), ("Mark Tuffy", "PERSON")],
        ),
        # a company's short name the model missed is the company; a nationality is not
        (
            [
                "<Russo Securities Inc> said it acted as a broker.",
                "Russo filled orders for David Sofer.",
                "British Airways said the British government agreed.",
            ],
            [
                ("Russo Securities Inc", "ORG"),
                ("Russo Securities Inc", "ORG"),
                ("David Sofer", "PERSON"),
                ("British Airways", "ORG"),
            ],
        ),
        # what follows a title's `for` is its portfolio; a title before a common noun or
        # a body's head word names no one
        (
            ["Australian Minister for Trade Negotiations Michael Duffy said it was agreed."],
            [("Michael Duffy", "PERSON")],
        ),
        (
            ["If the Tories won the General Election, the election would be void."],
            [("Conservative Party", "ORG"), ("General Election", "EVENT")],
        ),
        # a portfolio joined by `and`; a province's name is a surname after a given name
        (
            [
                "Philippine Secretary of Trade and Industry Jose Concepcion, who two days ago"
                " expressed doubts, said he was pleased.",
                "Concepcion told Reuters in an interview it went well.",
            ],
            [("Jose Concepcion", "PERSON"), ("Jose Concepcion", "PERSON"), ("Reuters", "ORG")],
        ),
        (["President Bush met General Motors."], [("Bush", "PERSON"), ("General Motors", "ORG")]),
        # a nationality's noun is no one; an age is no name; a side's nickname is a body
        (
            [
                "Welshman Jimmy Watkins won. The 27-year-old, who trains in Cardiff, was"
                " fourth. The 31-year-old Scot was suspended.",
                "Henry will captain the side as the Gunners seek victory.",
            ],
            [
                ("Jimmy Watkins", "PERSON"),
                ("Cardiff", "PLACE"),
                ("Henry", "PERSON"),
                ("Gunners", "ORG"),
            ],
        ),
        # a known place that does things (`, who`) is its side, no person
        (
            [
                "Julian White is in the form of his life for England.",
                "Leicester, who signed White from Bristol when the West Country side were"
                " relegated, have been rewarded.",
            ],
            [
                ("Julian White", "PERSON"),
                ("United Kingdom", "PLACE"),
                ("Leicester", "PLACE"),
                ("Julian White", "PERSON"),
                ("Bristol", "PLACE"),
                ("West Country", "PLACE"),
            ],
        ),
        # `broadcaster` before one word is a body's cue, before a full name a person's;
        # the side someone plays for is a body
        (
            [
                "Satellite broadcaster BSkyB is planning new services.",
                "Veteran broadcaster John Humphrys agreed.",
                "Desailly, who is now playing for Al-Gharafa in Qatar, says so.",
            ],
            [
                ("BSkyB", "ORG"),
                ("John Humphrys", "PERSON"),
                ("Desailly", "PERSON"),
                ("Al-Gharafa", "ORG"),
                ("Qatar", "PLACE"),
            ],
        ),
        (
            ["The British Chambers of Commerce welcomed it, and so did Guy Chambers."],
            [("British Chambers of Commerce", "ORG"), ("Guy Chambers", "PERSON")],
        ),
        # a role inside one span of the model's: the name after it is the person
        (
            ["Barcelona star Ronaldinho said the game was special."],
            [("Barcelona", "PLACE"), ("Ronaldinho", "PERSON")],
        ),
        # one word that admits what `he` did is a person's name
        (
            [
                "Federer had been in patchy form until then - mixing 19 unforced errors with"
                " 19 winners.",
                "Federer admitted he was under extra pressure after extending his winning"
                " streak to a career-best 24.",
            ],
            [("Federer", "PERSON"), ("Federer", "PERSON")],
        ),
        # a short form in the body's own language, right after its English name
        (
            [
                "The 25-nation Latin American Economic System (SELA) presented a document.",
                "SELA called for new efforts to break the circle.",
            ],
            [("Latin American Economic System", "ORG")] * 3,
        ),
        # `boss` is a title; `Companies` heads a body's name
        (
            ["Balco boss Victor Conte denied it.", "The Richards Companies made a profit."],
            [("Balco", "ORG"), ("Victor Conte", "PERSON"), ("Richards Companies", "ORG")],
        ),
        # a shadow chancellor is not whom `the chancellor` means
        (
            [
                "Cuts proposed by shadow chancellor Oliver Letwin were deep, Gordon Brown said.",
                "The chancellor said the plans were costed.",
            ],
            [("Oliver Letwin", "PERSON"), ("Gordon Brown", "PERSON")],
        ),
        # a firm named after its founders is a body whatever role stands before it, and
        # copy shortens it to the first founder's name
        (
            [
                "Unocal Corp is raising 450 mln dlrs, said lead manager Merrill Lynch Capital"
                " Markets.",
                "Merrill said the notes sold well.",
            ],
            [
                ("Unocal Corp", "ORG"),
                ("Merrill Lynch Capital Markets", "ORG"),
                ("Merrill Lynch Capital Markets", "ORG"),
            ],
        ),
        # Reuters writes `&` out; a rating agency's grade is no body
        (
            [
                "Among the ratings under review is Chrysler's BBB grading for senior debt.",
                "Chrysler would remain investment grade, S and P said.",
            ],
            [("Chrysler", "ORG"), ("Chrysler", "ORG"), ("Standard & Poor's", "ORG")],
        ),
        # a company goes by the first word of its name
        (
            [
                "Foster Wheeler Corp said an audit of its unit revealed discrepancies.",
                "Foster said officers made the operations appear more profitable.",
            ],
            [("Foster Wheeler Corp", "ORG"), ("Foster Wheeler Corp", "ORG")],
        ),
        # a name's particle, capitalized to open a sentence, is still the same name's
        (
            [
                "Yesterday, Bill de Blasio ended his campaign for president.",
                "De Blasio made the announcement live on television.",
            ],
            [("Bill de Blasio", "PERSON"), ("Bill de Blasio", "PERSON")],
        ),
        # and so is a surname's Arabic article (`Al-Majid` after `Ali Hassan al-Majid`)
        (
            [
                "A cousin of the former leader, Ali Hamid al-Rashdan, was sentenced on Sunday.",
                "Al-Rashdan is reported to have thanked the court as he left.",
            ],
            [("Ali Hamid al-Rashdan", "PERSON"), ("Ali Hamid al-Rashdan", "PERSON")],
        ),
        # an initial may open the name of one who speaks
        (
            ['Speaking to newspaper Star of Mysore, B Shiva Parvathi said, "It is a proud day."'],
            [("Star of Mysore", "ORG"), ("B Shiva Parvathi", "PERSON")],
        ),
        # a player's position is a title
        (
            ['"The boys are behind him," said McIntyre. Keeper Tony Bullock agreed.'],
            [("McIntyre", "PERSON"), ("Tony Bullock", "PERSON")],
        ),
        # a utility without its trade word is that utility
        (
            [
                "Middle South Utilities Inc said the court granted a stay.",
                "Middle South said the stay brings stability.",
            ],
            [("Middle South Utilities Inc", "ORG"), ("Middle South Utilities Inc", "ORG")],
        ),
        # a short form no parenthesis defines is the body whose initials spell it; not
        # a body of its own (`the EC's Executive Commission`) nor a ticker
        (
            [
                "The European Community is close to bankruptcy, the EC's Executive Commission"
                " said.",
                "General Motors Corp <GM> said GM would cut jobs.",
            ],
            [
                ("European Community", "ORG"),
                ("European Community", "ORG"),
                ("Executive Commission", "ORG"),
                ("General Motors Corp", "ORG"),
                ("General Motors Corp", "ORG"),
            ],
        ),
        # a short form written as a word
        (
            ["South Africa's Electricity Supply Commission (Escom) said Escom would borrow."],
            [
                ("South Africa", "PLACE"),
                ("Electricity Supply Commission", "ORG"),
                ("Electricity Supply Commission", "ORG"),
                ("Electricity Supply Commission", "ORG"),
            ],
        ),
        # states of older copy are places; a comma lost after one leaves the person
        (
            [
                "Agriculture Secretary Richard Lyng declined to comment.",
                "Asked about an offer to the Soviet Union Lyng said he had no comment on West"
                " Germany.",
            ],
            [
                ("Richard Lyng", "PERSON"),
                ("Soviet Union", "PLACE"),
                ("Richard Lyng", "PERSON"),
                ("West Germany", "PLACE"),
            ],
        ),
        # a body's last word, capitalized after `the`, is the one body named so before
        (
            [
                "The EC's Executive Commission said in a report the budget was near bankruptcy.",
                "The Commission blamed governments. The Supreme Court ruled, and the Court"
                " said the Commission of the European Communities should pay.",
            ],
            [
                ("EC", "ORG"),
                ("Executive Commission", "ORG"),
                ("Executive Commission", "ORG"),
                ("Supreme Court", "ORG"),
                ("Supreme Court", "ORG"),
                ("Commission of the European Communities", "ORG"),
            ],
        ),
        # and so is that last word when the model already found it as a body of its own
        (
            [
                "The Pan-Arctic Parliament threatened to block spending plans for next year.",
                "The Parliament voted unanimously in favour of a resolution against haggling.",
            ],
            [("Pan-Arctic Parliament", "ORG"), ("Pan-Arctic Parliament", "ORG")],
        ),
        # a country's office names no one
        (
            ["Reform should be a theme of lending, the unidentified U.S. Official said."],
            [("United States", "PLACE")],
        ),
        # fields joined by `and` after `of` stay in the body's name; an Arabic article
        # joined to a surname and a weekday after a given name are part of the person's
        (
            [
                "The chairman of the Kuwait Chamber of Commerce and Industry, Abdul-Aziz"
                " al-Saqr, said the visitors had submitted 40 proposals.",
                '"England have the ability," said England sevens coach Mike Friday.',
            ],
            [
                ("Kuwait Chamber of Commerce and Industry", "ORG"),
                ("Abdul-Aziz al-Saqr", "PERSON"),
                ("United Kingdom", "PLACE"),
                ("United Kingdom", "PLACE"),
                ("Mike Friday", "PERSON"),
            ],
        ),
        # a company named `A and B` and called so again is one; a utility's short name is
        # the utility; a party's words are no part of the person's name
        (
            [
                "Gulf and Western Inc said it has no liability under a lawsuit filed by Niagara"
                " Mohawk Power Corp and other owners.",
                '"Niagara Mohawk appears to be trying to shift their responsibilities," Gulf and'
                " Western said. Liberal Democrat David Laws said it was serious.",
            ],
            [
                ("Gulf and Western Inc", "ORG"),
                ("Niagara Mohawk Power Corp", "ORG"),
                ("Niagara Mohawk Power Corp", "ORG"),
                ("Gulf and Western Inc", "ORG"),
                ("David Laws", "PERSON"),
            ],
        ),
        (
            [
                "The Conservative Party said so.",
                "Meanwhile, senior Conservative MP Sir Teddy Taylor warned that it could be"
                " controversial.",
            ],
            [("Conservative Party", "ORG"), ("Teddy Taylor", "PERSON")],
        ),
        # a body's short form before a common given name and a surname: two names
        (
            [
                "The deadline should help growth, president of the French employers'"
                " federation CNPF Francois Perigot said. Perigot added more.",
            ],
            [("CNPF", "ORG"), ("Francois Perigot", "PERSON"), ("Francois Perigot", "PERSON")],
        ),
        # a company the story calls by its name without its ending is that company, also
        # when a title opens the name (`General`) or `and` joins two words of it
        (
            [
                "GenCorp Inc rejected the offer from General Acquisition Co, a partnership of"
                " Wagner and Brown. General Acquisition said it was ready to talk.",
                "Bell and Howell Co said it expects earnings to grow. The buyer will pay Bell"
                " and Howell for the unit.",
            ],
            [
                ("GenCorp Inc", "ORG"),
                ("General Acquisition Co", "ORG"),
                ("Wagner and Brown", "ORG"),
                ("General Acquisition Co", "ORG"),
                ("Bell and Howell Co", "ORG"),
                ("Bell and Howell Co", "ORG"),
            ],
        ),
        # a team's position between the club and the player is no part of the name (and
        # in a sports story the town before it is the club)
        (
            [
                'He added: "We are never good enough." Meanwhile, Perpignan centre'
                " Jean-Philippe Granclaude is delighted to have received his first call-up to"
                " the France squad.",
            ],
            [("Perpignan", "ORG"), ("Jean-Philippe Granclaude", "PERSON"), ("France", "PLACE")],
        ),
        # a party's words and a member's letters are no part of the name; copy that
        # capitalizes a plural noun after `U.S.` names the country alone
        (
            [
                "Lib Dem MP Lembit Opik said it was wrong. Mr Opik agreed.",
                "Ministers were disturbed by U.S. Moves towards protectionism. Any such moves"
                " would harm the talks.",
            ],
            [
                ("Lembit Opik", "PERSON"),
                ("Lembit Opik", "PERSON"),
                ("United States", "PLACE"),
            ],
        ),
        # a price or a date after a name is no part of it
        (
            [
                "Chrysler Corp agreed to buy American Motors Corp for 1.5 billion dlrs."
                " American Motors said the deal was fair.",
            ],
            [
                ("Chrysler Corp", "ORG"),
                ("American Motors Corp", "ORG"),
                ("American Motors Corp", "ORG"),
            ],
        ),
        # a member's letters after a party name no body; a weekday surname stays the
        # player's before a possessive
        (
            [
                "The committee, chaired by Labour MP Jean Corston, said the MPs were worried.",
                'Mike Friday\'s England side won in Dubai. "We are thankful," said Friday.',
            ],
            [
                ("Labour", "ORG"),
                ("Jean Corston", "PERSON"),
                ("Mike Friday", "PERSON"),
                ("United Kingdom", "PLACE"),
                ("Dubai", "PLACE"),
            ],
        ),
        # a capitalized occupation or team position opening a sentence is a title
        (
            [
                "Financier Carl Lindner, who holds a stake in Taft Broadcasting Co, told the"
                " Securities and Exchange Commission he may seek control.",
            ],
            [
                ("Carl Lindner", "PERSON"),
                ("Taft Broadcasting Co", "ORG"),
                ("Securities and Exchange Commission", "ORG"),
            ],
        ),
        # a theatre named after a person is a place, and no long name of that person
        (
            [
                "Johnny Carson, the talk show host, has died. Carson gave money to the school's"
                " Johnny Carson Theater.",
            ],
            [
                ("Johnny Carson", "PERSON"),
                ("Johnny Carson", "PERSON"),
                ("Johnny Carson Theater", "PLACE"),
            ],
        ),
        # a broker's trade the copy capitalized opens no firm's name
        (
            [
                "And London Broker Hoare Govett said in its report that the dollar would fall.",
            ],
            [("London", "PLACE"), ("Hoare Govett", "ORG")],
        ),
        # two names joined by `and` after a person's `of` are the firm the person is with,
        # and a given name the model does not know stays with its surname
        (
            [
                '"We will get a positive day," Thom Brown of Butcher and Singer said. Brown'
                " said the market needs a pause.",
            ],
            [("Thom Brown", "PERSON"), ("Butcher and Singer", "ORG"), ("Thom Brown", "PERSON")],
        ),
        # `and Co`, `and Sons` end a firm's name even before its legal form; two such
        # firms are cut between them; a firm of two names set off by a comma is one; the
        # surname of the man a firm is named after is the firm
        (
            [
                "The managers are Dillon Read and Co Inc and Alex Brown and Sons Inc, with"
                " Bear, Stearns and Co Inc.",
                "Frank B. Hall and Co Inc said its loss narrowed. Moody's cited a lawsuit"
                " against Hall.",
            ],
            [
                ("Dillon Read and Co Inc", "ORG"),
                ("Alex Brown and Sons Inc", "ORG"),
                ("Bear, Stearns and Co Inc", "ORG"),
                ("Frank B. Hall and Co Inc", "ORG"),
                ("Moody's", "ORG"),
                ("Frank B. Hall and Co Inc", "ORG"),
            ],
        ),
        # `den` joins a Dutch name
        (
            ['Festival director Sandra den Hamer said: "The festival reflects what happens."'],
            [("Sandra den Hamer", "PERSON")],
        ),
        # a body's head opens no one's name, though the body speaks (`Bank Negara said`)
        (
            [
                "UAB called for a rights issue last year, the central bank, Bank Negara, said in"
                " a statement.",
                "Bank Negara said it subsequently took up the shares.",
            ],
            [("UAB", "ORG"), ("Bank Negara", "ORG"), ("Bank Negara", "ORG")],
        ),
        # a people's word and a title name no one, and a country's office only the country
        (
            [
                "But the outgoing European Commissioner said his remarks needed context.",
                '"A major loophole has been closed," a senior U.S. Official here commented.',
            ],
            [("United States", "PLACE")],
        ),
        # a common given name and a surname the model calls a place after `in` is a person
        (
            [
                "They have depth, fine players, a gifted coach in Jose Mourinho and money no"
                " rival can match. Mourinho had his say on it."
            ],
            [("Jose Mourinho", "PERSON"), ("Jose Mourinho", "PERSON")],
        ),
        # a person `of` a country is the person, and the country a place
        (
            [
                "The chairman of the talks, Manaspas Xuto of Thailand, said it was vital to"
                " settle the main issues."
            ],
            [("Manaspas Xuto", "PERSON"), ("Thailand", "PLACE")],
        ),
        # a title before a given name and a surname that heads firms' names is a person's
        (
            [
                "Lawyer David Steel told the opening session of the inquiry that this was the"
                " only explanation. Steel said the doors were open."
            ],
            [("David Steel", "PERSON"), ("David Steel", "PERSON")],
        ),
        # `X of Y` after the story named X is X, of a firm (the one it named in full)
        (
            [
                "Dealers were cautious, said James McGroarty of Discount Corp in New York."
                ' "The market has to bear in mind that time marches on," said McGroarty of'
                " Discount."
            ],
            [
                ("James McGroarty", "PERSON"),
                ("Discount Corp", "ORG"),
                ("New York City", "PLACE"),
                ("James McGroarty", "PERSON"),
                ("Discount Corp", "ORG"),
            ],
        ),
        # a name before `magazine` is a publisher's, no place's (but not the descriptor in
        # `Satellite broadcaster BSkyB`)
        (
            ["The article in Progressive magazine also said the telephone had been monitored."],
            [("Progressive", "ORG")],
        ),
        # two initials open a name; a word the model calls a place that no gazetteer knows,
        # right before a person's name, is part of it
        (
            [
                '"The bonds are making inroads," said R. P. Goenka, president of the'
                ' federation. "The tax should go," Goenka said.',
            ],
            [("R. P. Goenka", "PERSON"), ("R. P. Goenka", "PERSON")],
        ),
        (
            ["Ard Jan Vetham, the principal consultant, said the survey showed it. He said so."],
            [("Ard Jan Vetham", "PERSON")],
        ),
        # `Speaker` is a title; the office of a body names no one
        (
            [
                "The House should override the veto by a wide margin, House Speaker Jim Wright"
                ' said. "I would like to see a Speaker of the House of Lords," he added.'
            ],
            [
                ("House", "ORG"),
                ("House", "ORG"),
                ("Jim Wright", "PERSON"),
                ("House of Lords", "ORG"),
            ],
        ),
        # a club's last word alone is the club, when no other club of the story ends so
        (
            [
                "Glazer owns a 28% stake in Manchester United. United's statement said the"
                " board had received a proposal."
            ],
            [("Glazer", "PERSON"), ("Manchester United", "ORG"), ("Manchester United", "ORG")],
        ),
        # one word no gazetteer knows that has done something of `her` is a person
        (
            [
                "Zvonareva has lost both her games so far, having crashed out on Wednesday."
                ' "Sometimes not everything works," she said.'
            ],
            [("Zvonareva", "PERSON")],
        ),
        # a drugmaker is a company
        (
            [
                "Swiss drugmaker Novartis has announced purchases to grow its Sandoz unit."
                " Novartis said that it would merge a number of departments."
            ],
            [("Novartis", "ORG"), ("Sandoz", "ORG"), ("Novartis", "ORG")],
        ),
        # military ranks without their stops are titles, no part of the name
        (
            [
                "Lt Col Eric Schnaible of the PCO told the agency the withdrawal was agreed."
                " Gen Pinochet, who ruled Chile, said nothing."
            ],
            [
                ("Eric Schnaible", "PERSON"),
                ("PCO", "ORG"),
                ("Pinochet", "PERSON"),
                ("Chile", "PLACE"),
            ],
        ),
        # a portfolio of a word or two after a title's `of`, then a name of two
        (
            [
                "Colombia has secured its loans, Director of Public Credit Mauricio Cabrera"
                " said. Secretary of Defense Caspar Weinberger agreed."
            ],
            [
                ("Colombia", "PLACE"),
                ("Mauricio Cabrera", "PERSON"),
                ("Caspar Weinberger", "PERSON"),
            ],
        ),
        # a trade word ends a company's name though it speaks; a body's name after its
        # kind and a comma; a person after a firm's possessive
        (
            [
                "Digital Equipment said it is taking several initiatives.",
                "A feed compounder will go to court, a spokesman for the trade association,"
                " Het Comite, told Reuters.",
                'Geoffrey Dennis of James Capel was wary. "Markets are still in danger," said'
                " Capel's Dennis.",
            ],
            [
                ("Digital Equipment", "ORG"),
                ("Het Comite", "ORG"),
                ("Reuters", "ORG"),
                ("Geoffrey Dennis", "PERSON"),
                ("James Capel", "ORG"),
                ("Geoffrey Dennis", "PERSON"),
            ],
        ),
        (
            [
                "Geoffrey Dennis, an economist at brokers James Capel, said the dollar would"
                ' fall. "It provides a more realistic assessment of the economy," said'
                " Capel's Dennis. But he added that markets are still in danger."
            ],
            [
                ("Geoffrey Dennis", "PERSON"),
                ("James Capel", "PERSON"),
                ("James Capel", "PERSON"),
                ("Geoffrey Dennis", "PERSON"),
            ],
        ),
        # a referee and a magistrate are titles, no part of a name
        (
            [
                '"I deal with fact," said Poll. Referee Graham Poll added: "I gave the'
                ' signal." Magistrate Lee Gilmore said she understood.'
            ],
            [("Graham Poll", "PERSON"), ("Graham Poll", "PERSON"), ("Lee Gilmore", "PERSON")],
        ),
        # a member of a body named by party is no one's name; the body is
        (
            [
                "Baker spoke with Senator Pete Domenici of New Mexico, the senior Republican on"
                " the Senate Budget Committee."
            ],
            [
                ("Baker", "PERSON"),
                ("Pete Domenici", "PERSON"),
                ("New Mexico", "PLACE"),
                ("Senate Budget Committee", "ORG"),
            ],
        ),
        # `arap` is a particle inside a name, as `de` and `van` are
        (
            [
                "Foreign aid will barely cover the debt payments, President Daniel arap Moi"
                " said. Moi spoke to businessmen in Nairobi."
            ],
            [
                ("Daniel arap Moi", "PERSON"),
                ("Daniel arap Moi", "PERSON"),
                ("Nairobi", "PLACE"),
            ],
        ),
        # a name before the kind of institute it is names the institute, no place
        (
            [
                "The Ifo economic research institute in Munich forecast a smaller surplus."
                " Ifo said the fall would be modest."
            ],
            [("Ifo", "ORG"), ("Munich", "PLACE"), ("Ifo", "ORG")],
        ),
        # a peer written with and without her given name is one person
        (
            [
                "What it means for us as humans worries Baroness Susan Greenfield. At a meeting"
                " of fashion experts in London, neuroscientist Baroness Greenfield warned that"
                " we cannot sleepwalk into the future."
            ],
            [("Susan Greenfield", "PERSON"), ("London", "PLACE"), ("Susan Greenfield", "PERSON")],
        ),
        # a company's ending with a stop ends the sentence before a pronoun; the name
        # drops the stop; `Leslie of Discount Corp.` is the person and the firm
        (
            [
                '"It strengthens the index," said William LeFevre, analyst at Advest Inc. He'
                " said the new stocks were better.",
                '"Rates could rise soon," said Allan Leslie of Discount Corp.',
                '"The jury is still out," said Leslie of Discount Corp. He said pressures were'
                " rising.",
            ],
            [
                ("William LeFevre", "PERSON"),
                ("Advest Inc", "ORG"),
                ("Allan Leslie", "PERSON"),
                ("Discount Corp", "ORG"),
                ("Allan Leslie", "PERSON"),
                ("Discount Corp", "ORG"),
            ],
        ),
        # the surname the model names alone before a firm with no company ending, and a
        # portfolio's `for` before a name of three words the model gives whole
        (
            [
                '"The Fed is keeping policy at dead center," said John Williams of Bankers Trust'
                ' Co. "Borrowings were low," said Williams of Bankers Trust.',
                "UAE Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said today"
                " the two countries agreed.",
            ],
            [
                ("Federal Reserve", "ORG"),
                ("John Williams", "PERSON"),
                ("Bankers Trust Co", "ORG"),
                ("John Williams", "PERSON"),
                ("Bankers Trust Co", "ORG"),
                ("United Arab Emirates", "PLACE"),
                ("Rashid Abdulla al-Nuaimi", "PERSON"),
            ],
        ),
        # a surname after a title, then `of` and a town: the person and where he lives
        (
            [
                "Darvin Pruitt says he bought the album for his son.",
                '"It should be taken off the shelves," said Mr Pruitt of Brownsville.',
            ],
            [("Darvin Pruitt", "PERSON"), ("Darvin Pruitt", "PERSON"), ("Brownsville", "PLACE")],
        ),
        # an appositive that calls a name a business makes it an organization
        (
            [
                "Mentmore Abbey said on Tuesday that merger discussions were taking place.",
                "Mentmore Abbey, the UK stationery and housewares business formerly known as"
                " Platignum, said it was making the statement.",
            ],
            [
                ("Mentmore Abbey", "ORG"),
                ("Mentmore Abbey", "ORG"),
                ("United Kingdom", "PLACE"),
                ("Platignum", "ORG"),
            ],
        ),
        # `concern` before a name is a firm's word; after one (`, the concern, which`) it
        # is a subject of its own
        (
            [
                "Engineering concern Stork started the day well as the shares attracted interest.",
                "In a filing with the Securities and Exchange Commission, the concern, which"
                " comprises Paragon Associates, said it bought the stake.",
            ],
            [
                ("Stork", "ORG"),
                ("Securities and Exchange Commission", "ORG"),
                ("Paragon Associates", "ORG"),
            ],
        ),
        # a compass point and a people's adjective are no person cut off a name by `and`,
        # and no firm after a surname's `of`
        (
            [
                "News of a meeting between U.S. Treasury Secretary James Baker and West German"
                " Finance Minister Gerhard Stoltenberg soothed markets. The dollar fell on"
                " criticism by Baker of West German monetary policy."
            ],
            [
                ("U.S. Treasury", "ORG"),
                ("James Baker", "PERSON"),
                ("Gerhard Stoltenberg", "PERSON"),
                ("James Baker", "PERSON"),
            ],
        ),
        # two particles inside a name
        (
            [
                "PRI president Jorge de la Vega, speaking in Saltillo, said the party would never"
                " permit it. Coach Louis van der Merwe said the team would win."
            ],
            [
                ("PRI", "ORG"),
                ("Jorge de la Vega", "PERSON"),
                ("Saltillo", "PLACE"),
                ("Louis van der Merwe", "PERSON"),
            ],
        ),
        # the word opening a quotation is no part of the country after it; `the daily`
        # before a name makes it a newspaper
        (
            [
                '"Intense United States and NATO efforts bore fruit: Greece will stay in its own'
                ' waters," said the daily Gunes.'
            ],
            [
                ("United States", "PLACE"),
                ("North Atlantic Treaty Organization", "ORG"),
                ("Greece", "PLACE"),
                ("Gunes", "ORG"),
            ],
        ),
        # an accountant's title is no part of the name
        (
            [
                '"Peer review will not stop all bad audits," SEC Chief Accountant Clarence'
                " Sampson told the five commissioners."
            ],
            [("Securities and Exchange Commission", "ORG"), ("Clarence Sampson", "PERSON")],
        ),
        # a city's radio is a broadcaster; a country's television is no body
        (
            [
                "Tehran radio, monitored by the British Broadcasting Corporation, said the attack"
                ' was launched last night near Haj Omran. It had already achieved "considerable'
                ' victories," the radio said. US television showed the front.'
            ],
            [
                ("Tehran radio", "ORG"),
                ("British Broadcasting Corporation", "ORG"),
                ("Haj Omran", "PERSON"),
                ("United States", "PLACE"),
            ],
        ),
        # a name with a spokesman of its own is a body, though a report is named after it
        (
            [
                "A Moulinex spokesman said a copy of the report by Paris auditors Syndex had"
                " caused the stock to fall. The Syndex report said the target would be hard to"
                ' reach. A Syndex spokesman said yesterday that the auditors were "shocked by the'
                ' leak of a confidential document" and blamed malice.'
            ],
            [
                ("Moulinex", "ORG"),
                ("Paris", "PLACE"),
                ("Syndex", "ORG"),
                ("Syndex", "ORG"),
                ("Syndex", "ORG"),
            ],
        ),
        # `International` ends a body's name, never a person's; a firm's name short of one
        # of its endings is the firm
        (
            [
                '"The problem is that in these waters you can expect one working day out of four,"'
                " said Daan Kaakebeen of Dutch salvage experts Smit Tak International of"
                " Rotterdam.",
                "Amnesty International said the law breaches rights. Amnesty urged the government"
                " to think again. Salomon Brothers Inc led the issue, and Salomon Brothers said"
                " demand was strong.",
            ],
            [
                ("Daan Kaakebeen", "PERSON"),
                ("Smit Tak International", "ORG"),
                ("Rotterdam", "PLACE"),
                ("Amnesty International", "ORG"),
                ("Amnesty International", "ORG"),
                ("Salomon Brothers Inc", "ORG"),
                ("Salomon Brothers Inc", "ORG"),
            ],
        ),
        # A nationality and a religious style before a name are no part of it (nor is the
        # nationality a short form of it later); `dal` joins a name like `del`
        (
            [
                "The Catholic Information office in Nairobi said the missionaries were held in"
                " a prison in south Sudan.",
                "It said Australian Sister Maureen Carey, 52, and Italian Brother Raniero"
                " Iacomella, 28, were held inside the compound. An Australian foreign ministry"
                " official said the charges were a matter for concern.",
                "Lawyer Cesare dal Maso told ANSA that Stevanin confessed to beheading the body"
                " of a fourth woman.",
                "Dal Maso declined to comment on the alleged fifth murder.",
            ],
            [
                ("Catholic Information", "ORG"),
                ("Nairobi", "PLACE"),
                ("Sudan", "PLACE"),
                ("Maureen Carey", "PERSON"),
                ("Raniero Iacomella", "PERSON"),
                ("Cesare dal Maso", "PERSON"),
                ("ANSA", "ORG"),
                ("Stevanin", "PERSON"),
                ("Cesare dal Maso", "PERSON"),
            ],
        ),
        # The article opening a sentence is no part of the body's name
        (
            [
                "A Public Transport Corporation spokesman said the train collided with a truck"
                " loaded with concrete pylons in the Melbourne suburb of Preston.",
            ],
            [
                ("Public Transport Corporation", "ORG"),
                ("Melbourne", "PLACE"),
                ("Preston", "PLACE"),
            ],
        ),
        # A relative named in full is named so again: the surname alone is the one the
        # story is about; `Gazeta` opens a newspaper's name
        (
            [
                "O.J. Simpson said on Thursday he was financially broken by his defence against"
                " murder charges.",
                "The former football star was found not guilty last October of the murders of"
                " his former wife, Nicole Brown Simpson, and her friend, Ronald Goldman.",
                '"I would love to speak about everything," said Simpson, who vowed after his'
                " acquittal to find the killers.",
                "Gazeta Shqiptare said the book was the first major document published in the"
                " Albanian language.",
            ],
            [
                ("O.J. Simpson", "PERSON"),
                ("Nicole Brown Simpson", "PERSON"),
                ("Ronald Goldman", "PERSON"),
                ("O.J. Simpson", "PERSON"),
                ("Gazeta Shqiptare", "ORG"),
            ],
        ),
        # An initial after a title opens the name; a trainer's title and a hyphenated
        # office are no part of it
        (
            [
                "The Reserve bank of India governor C. Rangarajan said on Thursday that he"
                " expected the cash reserve ratio to be reduced.",
                "Trainer Berti Vogts named his squad on Friday.",
                '"It would seem that the subject of extradition is unworthy of an opinion from'
                ' the government," Deputy Prosecutor-General Adolfo Salamanca said.',
            ],
            [
                ("India", "PLACE"),
                ("C. Rangarajan", "PERSON"),
                ("Berti Vogts", "PERSON"),
                ("Adolfo Salamanca", "PERSON"),
            ],
        ),
        # a given name borne by men and women, then a firm after `of`: a person and the
        # firm; a participle opening a sentence and `anti-` are no part of a name, and a
        # description that runs on into its verb is no title of the name before it
        (
            [
                '"Prices look firm," Pat Hollis of Dean Witter said. Bankers told anti-Funaro'
                " jokes. Commenting on Funaro, a foreign banker here recently told Reuters"
                " he would go.",
            ],
            [
                ("Pat Hollis", "PERSON"),
                ("Dean Witter", "ORG"),
                ("Funaro", "PERSON"),
                ("Funaro", "PERSON"),
                ("Reuters", "ORG"),
            ],
        ),
        # an award is OTHER, the ceremony that gives awards an EVENT, though a given name
        # opens it
        (
            [
                "Sprinter Joanna Hayes won the Jesse Owens Award and the Mercury Music Prize went"
                " to a rapper at the Soul Train Music Awards.",
            ],
            [
                ("Joanna Hayes", "PERSON"),
                ("Jesse Owens Award", "OTHER"),
                ("Mercury Music Prize", "OTHER"),
                ("Soul Train Music Awards", "EVENT"),
            ],
        ),
        # an age before a name is no part of it
        (
            [
                "Mark Philippoussis beat Pete Sampras on Tuesday.",
                "The 19-year-old Philippoussis, who beat Sampras in January, stayed calm.",
            ],
            [
                ("Mark Philippoussis", "PERSON"),
                ("Pete Sampras", "PERSON"),
                ("Mark Philippoussis", "PERSON"),
                ("Pete Sampras", "PERSON"),
            ],
        ),
        # `People's` goes on into the name it opens
        (
            [
                "China on Tuesday reaffirmed its support for a global nuclear test ban treaty.",
                "\"Although the final draft of the treaty probably didn't totally satisfy any"
                " country, it was in general balanced,\" the official People's Daily newspaper"
                " said in a commentary.",
            ],
            [("China", "PLACE"), ("People's Daily", "ORG")],
        ),
        # A name right after `-based`, `-owned` or `-listed` is a business's
        (
            [
                "Paris-based Euronext, owner of Liffe in London, has also said it is interested"
                " in bidding for the LSE.",
                "The shipyard is a wholly-owned subsidiary of Singapore-listed Van Der Horst.",
            ],
            [
                ("Paris", "PLACE"),
                ("Euronext", "ORG"),
                ("Liffe", "ORG"),
                ("London", "PLACE"),
                ("LSE", "ORG"),
                ("Singapore", "PLACE"),
                ("Van Der Horst", "ORG"),
            ],
        ),
        # A given name after a relative's noun is a person's, though a town has it too; a
        # name's last word set after it in brackets stands for it; an under-secretary's
        # portfolio is no body
        (
            [
                "Walter Munk, the oceanographer, died on Friday at his home in La Jolla.",
                'His wife Mary said "We thought he would live forever."',
                "Japanese wrestler Hana Kimura has died, the wrestling promotion World Wonder Ring"
                " Stardom (Stardom) announced yesterday.",
                "Kimura was signed for Stardom at the time of her death. Stardom's official"
                ' statement read "We are very sorry to report that our Hana Kimura has passed'
                ' away."',
                "Anne Patterson, the U.S. Under-Secretary of State for Economic Affairs, will"
                " visit Lagos on Monday.",
            ],
            [
                ("Walter Munk", "PERSON"),
                ("La Jolla", "PLACE"),
                ("Mary", "PERSON"),
                ("Hana Kimura", "PERSON"),
                ("World Wonder Ring Stardom", "ORG"),
                ("World Wonder Ring Stardom", "ORG"),
                ("Hana Kimura", "PERSON"),
                ("World Wonder Ring Stardom", "ORG"),
                ("World Wonder Ring Stardom", "ORG"),
                ("Hana Kimura", "PERSON"),
                ("Anne Patterson", "PERSON"),
                ("United States", "PLACE"),
                ("Lagos", "PLACE"),
            ],
        ),
        # A paper the appositive calls one is a body; `Will` after a title opens a name
        (
            [
                "The Indian Express, the country's biggest selling paper, said the budget was"
                " bad for growth.",
                '"Why not put the money in Australia where entry is cheap?" said Lloyds Bank'
                " chief economist Will Buttrose.",
            ],
            [
                ("Indian Express", "ORG"),
                ("Australia", "PLACE"),
                ("Lloyds Bank", "ORG"),
                ("Will Buttrose", "PERSON"),
            ],
        ),
        # `Broadcasting` ends a body's name (the copy's own typo kept)
        (
            [
                'Cidatel Broadcasting said Stern had transformed his show into a "continuous'
                ' infomercial promoting Sirius".',
            ],
            [("Cidatel Broadcasting", "ORG"), ("Stern", "PERSON")],
        ),
    ],
)
def test_names_of_business_and_press_copy(recognize, paragraphs, expected) -> None:
    assert _linked_mentions(recognize, paragraphs) == expected


def test_a_son_named_after_his_fathers_surname_is_his_own_person(recognize) -> None:
    """The model calls `Otis Ferry` a product; later it takes only `Ferry` of the name."""
    paragraphs = [
        "Police arrested eight men. Those charged included Otis Ferry, the 22-year-old son of"
        " rock star Bryan Ferry.",
        "They will appear at court on 21 December, a police spokesman said. Otis Ferry, a"
        ' former Eton pupil and joint leader of the South Shropshire Hunt, said: "I have no'
        ' regrets."',
    ]
    ferries = [m for m in _linked_mentions(recognize, paragraphs) if "Ferry" in m[0]]
    assert ferries == [
        ("Otis Ferry", "PERSON"),
        ("Bryan Ferry", "PERSON"),
        ("Otis Ferry", "PERSON"),
    ]


def test_a_region_abroad_written_like_the_company_is_the_company(recognize):
    """Under a Washington dateline `Southland` after `Southland Corp` is the company, not
    the New Zealand region; `Texas` after `Texas Instruments Inc` under Dallas stays the
    state, and a region the story places something in stays a place."""

    def linked(dateline: str, body: str) -> list[tuple[str, str, str]]:
        article = article_from([body], dateline_place=dateline)
        entities, mentions = extract_entities([article], recognize([article.body]))
        named = {row["entity_id"]: (row["name"], row["type"]) for row in entities.to_pylist()}
        return [(m["text"], *named[m["entity_id"]]) for m in mentions.to_pylist()]

    assert linked(
        "Washington",
        "Southland Corp said the SEC ordered an inquiry into trading of Southland stock."
        " Southland did not elaborate.",
    ) == [
        ("Southland Corp", "Southland Corp", "ORG"),
        ("SEC", "Securities and Exchange Commission", "ORG"),
        ("Southland", "Southland Corp", "ORG"),
        ("Southland", "Southland Corp", "ORG"),
    ]
    assert linked("Dallas", "Texas Instruments Inc said sales rose. Texas will see rain.")[-1] == (
        "Texas", "Texas", "PLACE"
    )  # fmt: skip
    assert linked(
        "Washington", "Southland Corp said it would build a plant in Southland next year."
    )[-1] == ("Southland", "Southland", "PLACE")


def test_firms_joined_by_an_ampersand_and_what_opens_or_closes_their_sentence(profile):
    """`&` joins a firm's name; a participle compound opening the sentence is no part of
    it; the full stop after `Co.` closing a paragraph is the sentence's; and the firm
    before a lower-case role and a name is whom that person works for."""
    assert _linked(
        profile,
        "Family-controlled Douglas & Lomason, which makes seats, is for sale.",
        "Bonds fell, said Alan Ackerman, a strategist at Fahnestock & Co.",
        dateline="New York",
    ) == [
        ("Douglas & Lomason", "Douglas & Lomason", "ORG"),
        ("Alan Ackerman", "Alan Ackerman", "PERSON"),
        ("Fahnestock & Co", "Fahnestock & Co", "ORG"),
    ]
    assert _linked(
        profile,
        "The launch was minor, said Halvard Research consultant John Mercado.",
        dateline="New York",
    ) == [
        ("Halvard Research", "Halvard Research", "ORG"),
        ("John Mercado", "John Mercado", "PERSON"),
    ]


def test_a_title_word_before_a_papers_name_describes_the_paper(profile):
    article = article_from(
        ["The official International Business newspaper published the demands today."]
    )
    assert _typed_names(profile([article])[0]) == {("ORG", "International Business")}


def test_a_citys_resident_is_no_one_named(profile):
    article = article_from(
        [
            "Richard Dunne wants to stay in Manchester. But the 25-year-old Dubliner said"
            " little else."
        ]
    )
    names = {name for _type, name in _typed_names(profile([article])[0])}
    assert "Richard Dunne" in names and "Dubliner" not in names


def test_a_club_with_and_without_its_fc_is_one_club(profile):
    assert _linked(
        profile,
        "Manager Alan Baird quit Dunmorrow Rovers on Tuesday.",
        "Dunmorrow lost their first two games of the season.",
        'A club statement said: "The directors of Dunmorrow Rovers FC thank him."',
    ) == [
        ("Alan Baird", "Alan Baird", "PERSON"),
        ("Dunmorrow Rovers", "Dunmorrow Rovers FC", "ORG"),
        ("Dunmorrow", "Dunmorrow Rovers FC", "ORG"),
        ("Dunmorrow Rovers FC", "Dunmorrow Rovers FC", "ORG"),
    ]


def test_a_name_before_its_trade_in_lower_case_is_a_firm_every_time(profile):
    assert _linked(
        profile,
        "Veracruzana brokerage on Monday raised its growth forecast, a statement said.",
        "Veracruzana kept its inflation forecast unchanged.",
        "A Tokyo brokerage disagreed.",
    ) == [
        ("Veracruzana", "Veracruzana", "ORG"),
        ("Veracruzana", "Veracruzana", "ORG"),
        ("Tokyo", "Tokyo", "PLACE"),
    ]


def test_a_companys_ending_alone_is_no_name(profile):
    assert _linked(
        profile,
        "Den Nordiske Bank af 1899 A/S said it was issuing certificates of deposit.",
    ) == [("Den Nordiske Bank", "Den Nordiske Bank", "ORG")]


def test_a_word_for_a_body_used_as_a_verb_makes_no_name_a_body():
    """A name after `fund` or `label` as verbs is no body's name, there or where the story
    names it again; after `rival` as a noun it is (rules only: the model reads such names
    its own way)."""
    article = article_from(
        [
            "Ministers were asked to fund Malawa treatments and to label Kivu products.",
            "Malawa spreads fast, and Kivu sells well.",
        ],
        "Glasgow",
    )
    entities, found = extract_entities([article], None)
    assert (entities.num_rows, found.num_rows) == (0, 0)
    # (a noun's `to`: `sold to rival Kestrane`)
    rival = article_from(["The unit was sold to rival Kestrane last year."], "Glasgow")
    assert _typed_names(extract_entities([rival], None)[0]) == {("ORG", "Kestrane")}


def test_concern_ends_a_bodys_name(profile):
    assert _linked(
        profile, "Parties cannot take older voters for granted, says Elder Concern."
    ) == [("Elder Concern", "Elder Concern", "ORG")]


def test_a_name_its_spokesman_or_a_plural_verb_follows_is_a_body(profile):
    found = _linked(
        profile,
        'An Orvale spokesman told BBC Sport: "The coach must fit our profile."',
        "Two former players are in charge of Orvale, who are third in the league.",
    )
    assert [(text, kind) for text, _name, kind in found if text == "Orvale"] == [
        ("Orvale", "ORG"),
        ("Orvale", "ORG"),
    ]


def test_a_firms_first_words_are_a_firm_and_a_desk_signs_off_without_its_number(profile):
    """`Harlow Treaty` is a company, not a treaty; which one is left open, as a parent's
    name opens its units' names too. A place the gazetteer knows stays a place, and the
    person a firm is named after a person."""
    assert _linked(
        profile,
        "Harlow Treaty Mutual Corp said it ended talks to buy Denbrook Insurance Co.",
        "Harlow Treaty said it would keep looking for a buyer.",
        "New South Wales Treasury Corp will sell bonds guaranteed by New South Wales.",
        '"We are pleased," said Dana Whitlow of administrators Dana Whitlow & Partners.',
        "-- Boston Newsdesk 617-555-0142",
        "-- Belgrade Newsroom +381 11 555 4254",
        "The man was jailed for 15 years, the Hong Kong Standard said.",
    ) == [
        ("Harlow Treaty Mutual Corp", "Harlow Treaty Mutual Corp", "ORG"),
        ("Denbrook Insurance Co", "Denbrook Insurance Co", "ORG"),
        ("Harlow Treaty", "Harlow Treaty", "ORG"),
        ("New South Wales Treasury Corp", "New South Wales Treasury Corp", "ORG"),
        ("New South Wales", "New South Wales", "PLACE"),
        ("Dana Whitlow", "Dana Whitlow", "PERSON"),
        ("Dana Whitlow & Partners", "Dana Whitlow & Partners", "ORG"),
        ("Boston Newsdesk", "Boston Newsdesk", "ORG"),
        ("Belgrade Newsroom", "Belgrade Newsroom", "ORG"),
        ("Hong Kong Standard", "Hong Kong Standard", "ORG"),
    ]


def test_a_town_that_plays_in_a_sports_story_is_its_side(profile):
    """`Bolton boss`, `beat Leeds`: in a sports story a town the words around it make a
    side is an organization; where a match is played stays a place, and so does the town
    in a story that is not about sport."""
    sport = _linked(
        profile,
        "Bolton boss Dara Kell praised his strikers after they beat Leeds 2-1 in the league"
        " on Saturday in front of a crowd of 20,000 fans in Manchester.",
        "The coach said the squad had scored in every game this season and the players"
        " deserved their place in the championship table.",
    )
    assert [(text, kind) for text, _, kind in sport] == [
        ("Bolton", "ORG"),
        ("Dara Kell", "PERSON"),
        ("Leeds", "ORG"),
        ("Manchester", "PLACE"),
    ]
    council = _linked(profile, "Leeds council raised its rates by 3% on Monday, its leader said.")
    assert [(text, kind) for text, _, kind in council] == [("Leeds", "PLACE")]
    # (a town that acts in a story of a sport without sides hosts it)
    games = _linked(
        profile,
        "Athens prepared for the marathon as the champion athletes arrived to"
        " defend their gold medals in the sprint and the relay.",
    )
    assert [(text, kind) for text, _, kind in games] == [("Athens", "PLACE")]


def test_the_entrants_of_a_results_list_are_of_the_lists_kind():
    """`5. Tegla Loroupe (Kenya) 15:08.79` among runners is a runner, whatever the model
    called her; a nation in a list of clubs stays a place, and a list of three is too short
    to say."""
    from transforms.entities import linking
    from transforms.entities.gazetteer import load_gazetteer
    from transforms.entities.spans import RANK_MODEL, ArticleSpans, Span

    def typed(lines: list[str], types: list[str]) -> list[str]:
        body = "\n".join(lines)
        article = ArticleSpans(body, load_gazetteer(), [])
        for line, kind in zip(lines, types, strict=True):
            name = line.split(". ", 1)[1].split(" (", 1)[0]
            start = body.index(name)
            article.spans.append(Span(start, start + len(name), kind, RANK_MODEL, "model"))
        linking._list_entrants(article)
        return [span.type for span in article.spans]

    runners = [
        "1. Gabriela Sazbo (Romania) 15:04.95",
        "2. Gete Wamu (Ethiopia) 15:05.21",
        "3. Rose Cheruyot (Kenya) 15:05.41",
        "4. Annemari Sandvik (Finland) 15:06.33",
        "5. Tegla Lorupe (Kenya) 15:08.79",
        "6. Gunhild Halvorsen (Norway) 15:09.00",
    ]
    kinds = ["PERSON", "PERSON", "PERSON", "PLACE", "ORG", "PERSON"]
    assert typed(runners, kinds) == ["PERSON"] * 6
    # (two to one or more: four people among six entrants, not three)
    kinds = ["PERSON", "PERSON", "PERSON", "PLACE", "ORG", "ORG"]
    assert typed(runners, kinds) == kinds
    assert typed(runners[:3], ["PERSON", "PERSON", "ORG"]) == ["PERSON", "PERSON", "ORG"]
    clubs = [
        "1. Benetton (Italy) 12",
        "2. Dinamo Kursk (Russia) 10",
        "3. Real Vallo (Spain) 9",
        "4. Sporting Lagos (Portugal) 7",
        "5. Portugal (Portugal) 5",
    ]
    assert typed(clubs, ["PERSON", "ORG", "ORG", "ORG", "PLACE"]) == [
        "ORG",
        "ORG",
        "ORG",
        "ORG",
        "PLACE",
    ]


def test_the_players_of_an_individual_sports_result_line_are_people(profile):
    """`8 - Lindsay Davenport (U.S.) beat ...`: a seeding before a name, the player's nation
    in brackets; both players are people, their nations places."""
    found = _linked(
        profile,
        "Results from the national championships on Friday (prefix number denotes seeding):",
        "8 - Dalla Kovenport (Croatia) beat Annika-Gael Sidow (France) 6-0 6-3",
        "Sandrina Testrud (France) beat 15 - Ines Gorrocha (Argentina) 4-6 6-2 6-1",
    )
    assert [(text, kind) for text, _, kind in found] == [
        ("Dalla Kovenport", "PERSON"),
        ("Croatia", "PLACE"),
        ("Annika-Gael Sidow", "PERSON"),
        ("France", "PLACE"),
        ("Sandrina Testrud", "PERSON"),
        ("France", "PLACE"),
        ("Ines Gorrocha", "PERSON"),
        ("Argentina", "PLACE"),
    ]


def test_a_surname_shared_with_kin_and_a_person_a_cue_word_calls_a_body(recognize):
    """`First Lady Melania Trumbo`, `his niece Mary Trumbo`: relatives named in full are
    named so again, and the surname alone is the one the story is about; `First Lady` is
    no part of a name; `on Twitter West` is West, where he spoke; `rival Joe Baden` and
    `developer Donald Trumbo` are people, though the word before names kinds of bodies.
    (The model's reading: the rules alone know too few given names for Melania.)"""

    def model(articles: list[Article]):
        return extract_entities(articles, recognize([a.body for a in articles]))

    found = _linked(
        model,
        "President Donald Trumbo spoke at the rally. First Lady Melania Trumbo also spoke.",
        "His niece Mary Trumbo released a book on Monday. Trumbo called it a lie.",
        "His main rival Joe Baden said the book was fair. Rapper Kanye Westley held a rally in"
        " Charleston. The next day on Twitter Westley accused his critics of lying.",
        "In 1988 the property developer Donald Trumbo bought the hotel.",
        "Baden's son Hunter was named in the report. Hunter Baden denied it. Baden called it a"
        " smear.",
    )
    people = [(text, name) for text, name, kind in found if kind == "PERSON"]
    assert people == [
        ("Donald Trumbo", "Donald Trumbo"),
        ("Melania Trumbo", "Melania Trumbo"),
        ("Mary Trumbo", "Mary Trumbo"),
        ("Trumbo", "Donald Trumbo"),
        ("Joe Baden", "Joe Baden"),
        ("Kanye Westley", "Kanye Westley"),
        ("Westley", "Kanye Westley"),
        ("Donald Trumbo", "Donald Trumbo"),
        ("Baden", "Joe Baden"),
        ("Hunter", "Hunter Baden"),
        ("Hunter Baden", "Hunter Baden"),
        ("Baden", "Joe Baden"),
    ]


def test_a_captions_image_credit_is_no_part_of_the_name(profile):
    found = _linked(
        profile,
        "Wikinews asked three pundits for their predictions.",
        "Tom Tancredo Image: US Congress.",
        "Tancredo said he expects a close race.",
    )
    people = [(text, name) for text, name, kind in found if kind == "PERSON"]
    assert people == [("Tom Tancredo", "Tom Tancredo"), ("Tancredo", "Tom Tancredo")]


def test_a_full_name_the_model_calls_a_body_is_the_person_its_surname_names(recognize):
    """`victory over Ivo Linar`, a place to the model, which calls `as Linar won` a person:
    the full name is that person's; `Frenchman Bernard Clement`, a body to the model, is
    one of a people and a person's name after it."""

    def model(articles: list[Article]):
        return extract_entities(articles, recognize([a.body for a in articles]))

    found = _linked(
        model,
        "Lleyton Hewson gave himself the perfect preparation for next week's Australian Open"
        " with victory over Ivo Linar in the final of the Sydney International.",
        "The defending champion brushed aside the Czech qualifier 7-5 6-0. The Australian world"
        " number three strolled to the first five games of the match but was shocked as Linar"
        " won the next five. He is set to meet Frenchman Bernard Clement in the first round of"
        " the Australian Open.",
    )
    people = [(text, name) for text, name, kind in found if kind == "PERSON"]
    assert people == [
        ("Lleyton Hewson", "Lleyton Hewson"),
        ("Ivo Linar", "Ivo Linar"),
        ("Linar", "Ivo Linar"),
        ("Bernard Clement", "Bernard Clement"),
    ]


def test_a_cricket_scorecards_batsmen_and_bowlers_are_people(profile):
    """A batting line (`D. Cork c Moin Khanzada b Wasim Akbar 0`), a bowling list
    (`Bowling: Lewin 9-1-49-0, Mullaly 9-3-28-0`) and an innings summary's scorers (`(C.
    Hoopman 77, ...; M. Lynd 4-80)`): every name is a person, the figures no part of it,
    a surname alone the player named with an initial (not County Cork)."""
    found = _linked(
        profile,
        "LONDON, Aug 23 - Scoreboard on the second day of the third test:",
        "England first innings",
        "G. Thorby lbw b Mohammad Akbar 54",
        "D. Cork c Moin Khanzada b Wasim Akbar 0",
        "C. Lewin not out 5",
        "A. Mullaly run out 24",
        "Bowling: Lewin 9-1-49-0, Mullaly 9-3-28-0, Cork 7-1-38-0",
        "Thorby 6-1-17-0",
        "Kent 323-5 declared (C. Hoopman 77, D. Fulford 64; M. Lynd 4-80).",
    )
    people = [(text, name) for text, name, kind in found if kind == "PERSON"]
    assert people == [
        ("G. Thorby", "G. Thorby"),
        ("Mohammad Akbar", "Mohammad Akbar"),
        ("D. Cork", "D. Cork"),
        ("Moin Khanzada", "Moin Khanzada"),
        ("Wasim Akbar", "Wasim Akbar"),
        ("C. Lewin", "C. Lewin"),
        ("A. Mullaly", "A. Mullaly"),
        ("Lewin", "C. Lewin"),
        ("Mullaly", "A. Mullaly"),
        ("Cork", "D. Cork"),
        ("Thorby", "G. Thorby"),
        ("C. Hoopman", "C. Hoopman"),
        ("D. Fulford", "D. Fulford"),
        ("M. Lynd", "M. Lynd"),
    ]


def test_a_peoples_quality_is_no_name(profile):
    """`Britishness`, which the model calls a person: a people's word with `-ness`."""
    found = _linked(
        profile,
        "Political editor Mark Mardell said Britishness had long been a theme of the"
        " chancellor's speeches.",
    )
    assert [text for text, _, _ in found if "Brit" in text] == []


def test_a_plain_name_that_speaks_is_a_person_whatever_the_model_called_it(recognize) -> None:
    """`"...," Jim Luce said`, `Barack Obama tweeted`: a work or a place to the small model,
    but no work or place speaks; a title that does not speak (`The Joshua Pine`) stays a
    work."""
    article = article_from(
        [
            '"The organization I founded has a community center," Jim Lucan said.',
            'On her death, Baran Obeda tweeted, "She helped define an era."',
            "Their album The Joshua Pine topped the charts.",
        ],
        None,
        "t",
    )
    doc = _with_model_entities(
        article.body,
        [
            ("Jim Lucan", "WORK_OF_ART"),
            ("Baran Obeda", "GPE"),
            ("Joshua Pine", "WORK_OF_ART"),
        ],
    )
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {
        ("PERSON", "Jim Lucan"),
        ("PERSON", "Baran Obeda"),
        ("WORK", "Joshua Pine"),
    }


def test_a_name_after_a_quoted_title_in_the_models_span_starts_after_it(recognize) -> None:
    """`Spokesperson of the "Refuge" Dimitri Verdonck said`: the model's span runs on from
    the title; the name starts after its closing mark."""
    article = article_from(
        ['Spokesperson of the "Haven" Dimitri Vardel said the shelter opens in July.'], None, "t"
    )
    doc = _with_model_entities(article.body, [('Haven" Dimitri Vardel', "WORK_OF_ART")])
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {("PERSON", "Dimitri Vardel")}


def test_a_name_may_open_on_a_capital_beyond_latin_1(recognize) -> None:
    """`Justice Minister Mehmet Ali Şahin`, two pieces to the model: `Ş` is a capital, so
    the name is one."""
    article = article_from(
        ["Justice Minister Kemal Ali Şener said the inquiry was judicial."], None, "t"
    )
    doc = _with_model_entities(article.body, [("Kemal Ali", "PERSON"), ("Şener", "PERSON")])
    _, mentions = extract_entities([article], [doc])
    assert _typed_mentions(mentions) == {("PERSON", "Kemal Ali Şener")}


def test_a_given_name_the_model_cuts_off_is_part_of_the_name(recognize):
    """The model finds `Vaskell` alone in `Anders Vaskell played`; `Anders` is no English
    word, so it is the given name, and the later `Vaskell` is the same person. `Sprinters`
    before a name is a word (a plural), and `Yesterday` is one too; `Dockhauler` is two."""
    article = story(
        "Anders Vaskell played the record on his show.",
        "Stelios Treddick said the airline would fight the case.",
        "Sprinters Malcom Pallowe withdrew. Yesterday Vaskell left.",
        "Dockhauler Edvin Marrack withdrew on Sunday.",
    )
    entities, mentions = extract_entities([article], recognize([article.body]))
    names = {r["entity_id"]: (r["name"], r["type"]) for r in entities.to_pylist()}
    assert [(m["text"], *names[m["entity_id"]]) for m in mentions.to_pylist()] == [
        ("Anders Vaskell", "Anders Vaskell", "PERSON"),
        ("Stelios Treddick", "Stelios Treddick", "PERSON"),
        ("Malcom Pallowe", "Malcom Pallowe", "PERSON"),
        ("Vaskell", "Anders Vaskell", "PERSON"),
        ("Edvin Marrack", "Edvin Marrack", "PERSON"),
    ]


def _typed_in_order(body: str, entities: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(type, text) of each mention of a one-paragraph story, in order, the model's
    entities being exactly `entities`."""
    article = article_from([body], None, "t")
    _, mentions = extract_entities([article], [_with_model_entities(article.body, entities)])
    return [(m["entity_type"], m["text"]) for m in mentions.to_pylist()]


def test_a_common_word_opening_a_sentence_is_no_place_nor_part_of_a_name(recognize) -> None:
    """The model reads a capitalized common word that opens a sentence as a place
    (`Broadband`, `Goalscorer`: a compound of two words). It is none, and it is no part of
    the person's name after it; a word the story also capitalizes inside a sentence is a
    name (`Cooper`), and so is a place mid-sentence (`Newton` of `Newton Aycroft`)."""
    body = (
        'Varnholt won on Saturday. Goalscorer Jimmy Floyd Vandelmoer added: "It was fine."'
        "\nBroadband prices fell.\nCooper, Pallowe and Tessin played. Tessin rounded Cooper."
        "\nThe firm makes mowers in Newton Aycroft and sells them."
    )
    found = _typed_in_order(
        body,
        [
            ("Varnholt", "GPE"), ("Goalscorer", "GPE"), ("Jimmy Floyd Vandelmoer", "PERSON"),
            ("Broadband", "GPE"), ("Cooper", "GPE"), ("Tessin", "PERSON"),
            ("Newton", "GPE"), ("Aycroft", "PERSON"),
        ],
    )  # fmt: skip
    assert found == [
        ("PLACE", "Varnholt"),
        ("PERSON", "Jimmy Floyd Vandelmoer"),
        ("PLACE", "Cooper"),
        ("PERSON", "Tessin"),
        ("PERSON", "Newton Aycroft"),
    ]


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(recognize) -> None:
    """Where the sentence's first word is capitalized, an occupation before a person's name
    is no part of it (`Backbencher`, two words in one; `Singers`, a plural); a title keeps
    its own rules (`Detective`). A firm's name that opens with such a word keeps it."""
    body = (
        "Backbencher Stephen Marrack said the plan was dead.\n"
        "Singers Jennifer Vandelmoer and Tessa Pallowe wed.\n"
        "Detective Richard Tessin agreed.\n"
        "Dockbuster Freight Corp said it would appeal."
    )
    found = _typed_in_order(
        body,
        [
            ("Backbencher Stephen Marrack", "PERSON"), ("Singers Jennifer Vandelmoer", "PERSON"),
            ("Tessa Pallowe", "PERSON"), ("Detective Richard Tessin", "PERSON"),
            ("Dockbuster Freight Corp", "ORG"),
        ],
    )  # fmt: skip
    assert found == [
        ("PERSON", "Stephen Marrack"),
        ("PERSON", "Jennifer Vandelmoer"),
        ("PERSON", "Tessa Pallowe"),
        ("PERSON", "Richard Tessin"),
        ("ORG", "Dockbuster Freight Corp"),
    ]


def test_a_product_named_as_apple_names_its_own_is_no_organization(recognize) -> None:
    """The model takes `iPod` for a firm; a name written so is its maker's product."""
    found = _typed_in_order(
        "Sales of the iVarn rose at Lindau Corp, and iLindau grew.",
        [("iVarn", "ORG"), ("Lindau Corp", "ORG"), ("iLindau", "ORG")],
    )
    assert found == [
        ("OTHER", "iVarn"),
        ("ORG", "Lindau Corp"),
        ("OTHER", "iLindau"),
    ]


def test_a_person_to_the_model_right_after_the_is_a_thing_or_a_group(recognize) -> None:
    """`the Varn Mini` (a product), `the Marrackbeu` (a ground): no one is named so; a
    plural is a team or a band (`the Pallowes`). A given name or what is a person's after
    the name keeps the person (`the John Vandelmoer trust`, `the Tessin administration`)."""
    body = (
        "Sales of the Varn Mini rose at the Marrackbeu. The Pallowes won again."
        " Critics of the Tessin administration met the John Vandelmoer trust."
    )
    found = _typed_in_order(
        body,
        [
            ("Varn Mini", "PERSON"), ("Marrackbeu", "PERSON"), ("Pallowes", "PERSON"),
            ("Tessin", "PERSON"), ("John Vandelmoer", "PERSON"),
        ],
    )  # fmt: skip
    assert found == [
        ("OTHER", "Varn Mini"),
        ("OTHER", "Marrackbeu"),
        ("ORG", "Pallowes"),
        ("PERSON", "Tessin"),
        ("PERSON", "John Vandelmoer"),
    ]


def test_a_body_run_into_a_persons_name_by_a_lost_comma_is_cut_from_it(recognize) -> None:
    """`According to Amnesty International Iason Athanasiadis-Fowden, reporter for`: the
    copy lost a comma; the body the story names on its own is no part of the person's
    name, and the two are different entities. A firm's own longer name keeps its words
    (`Lindau Watch Holdings SA`)."""
    body = (
        "Lindau Watch said reporters were held. According to Lindau Watch Iason"
        " Pallowe-Breyer, reporter for the Varnholt Times, was arrested. Lindau Watch"
        " Holdings SA, the owner, said nothing."
    )
    found = _typed_in_order(
        body,
        [
            ("Lindau Watch", "ORG"), ("Lindau Watch Iason Pallowe-Breyer", "ORG"),
            ("Varnholt Times", "ORG"), ("Lindau Watch Holdings SA", "ORG"),
        ],
    )  # fmt: skip
    assert found == [
        ("ORG", "Lindau Watch"),
        ("ORG", "Lindau Watch"),
        ("PERSON", "Iason Pallowe-Breyer"),
        ("ORG", "Varnholt Times"),
        ("ORG", "Lindau Watch Holdings SA"),
    ]


def test_a_long_name_the_model_cut_in_two_is_one_person(recognize) -> None:
    """`Hashim Ahmad al-Tal`, two persons to the model one space apart, is one; not where
    the model took a joining word or a possessive into the first (`Lil Varn and` +
    `Pallowe`), nor where the second is a full name opening with a given name."""
    body = (
        "He met Hashim Ahmad al-Tal on Monday. Lil Varn and Pallowe sang."
        " Sex Pistol John Lindau spoke, and Tessa Varn's Breyer sold well."
    )
    found = _typed_in_order(
        body,
        [
            ("Hashim", "PERSON"), ("Ahmad al-Tal", "PERSON"), ("Lil Varn and", "PERSON"),
            ("Pallowe", "PERSON"), ("Sex Pistol", "PERSON"), ("John Lindau", "PERSON"),
            ("Tessa Varn's", "PERSON"), ("Breyer", "PERSON"),
        ],
    )  # fmt: skip
    assert found == [
        ("PERSON", "Hashim Ahmad al-Tal"),
        ("PERSON", "Lil Varn"),
        ("PERSON", "Pallowe"),
        ("PERSON", "Sex Pistol"),
        ("PERSON", "John Lindau"),
        ("PERSON", "Tessa Varn"),
        ("PERSON", "Breyer"),
    ]


def test_a_solicitor_set_off_after_a_name_makes_a_person_and_associates_a_firm(
    recognize,
) -> None:
    """`Borg Palm, Kazemi's solicitor, stated`: a solicitor or a barrister is a person's
    role, so the name the model missed is a person; `analyst Tessa Varn Associates'
    review` is the analysts' firm, not a person the title names."""
    found = _typed_in_order(
        "Tomas Breyer, Pallowe's solicitor, stated Pallowe was pleased. The outlook is"
        " dull, according to analyst Tessa Varn Associates' 1987 review.",
        [("Pallowe", "PERSON")],
    )
    assert found == [
        ("PERSON", "Tomas Breyer"),
        ("PERSON", "Pallowe"),
        ("ORG", "Tessa Varn Associates"),
    ]


def test_a_titled_person_of_a_country_is_the_person_and_the_country(recognize) -> None:
    """`King Hamad of Bahrain`: the model's person after a title, and the country he is
    of, are two names."""
    found = _typed_in_order(
        "Tomas Breyer met King Varno of Bahrain on Monday.",
        [("Tomas Breyer", "PERSON"), ("Varno", "PERSON"), ("Bahrain", "GPE")],
    )
    assert found == [
        ("PERSON", "Tomas Breyer"),
        ("PERSON", "Varno"),
        ("PLACE", "Bahrain"),
    ]


def test_a_firm_of_two_names_written_again_is_one_firm(recognize) -> None:
    """`Duff and Phelps said`, again later: a firm to the model's one half and a person
    to the other is one firm; two people the model types alike stay two."""
    found = _typed_in_order(
        "Varnholt and Pallowe said the debt was on watch. Later Varnholt and Pallowe said"
        " it again. Tessa Lindau and Jasper Breyer spoke, and Tessa Lindau and Jasper"
        " Breyer left.",
        [
            ("Varnholt", "ORG"), ("Pallowe", "PERSON"),
            ("Tessa Lindau", "PERSON"), ("Jasper Breyer", "PERSON"),
        ],
    )  # fmt: skip
    assert found == [
        ("ORG", "Varnholt and Pallowe"),
        ("ORG", "Varnholt and Pallowe"),
        ("PERSON", "Tessa Lindau"),
        ("PERSON", "Jasper Breyer"),
    ]


def test_a_name_the_model_reads_as_a_body_and_a_place_no_gazetteer_knows_is_a_body(
    recognize,
) -> None:
    """`BT's competitors` and `plans by BT`: the model calls the one name a body and a
    place in turns; with no place of that name, it is a body throughout. A known place
    (`Chelsea`), or one the story writes after `in` (`first in Tower Hamlets borough`),
    keeps the vote as it was."""
    found = _typed_in_order(
        "Varnotel said prices would fall. Rivals of Varnotel agreed, and Varnotel shares rose"
        " in Chelsea, where Chelsea fans met Chelsea officials. Lindwick voted, and the party"
        " came first in Lindwick borough, where Lindwick turnout was low.",
        [
            ("Varnotel", "GPE"), ("Varnotel", "ORG"), ("Varnotel", "GPE"),
            ("Chelsea", "GPE"), ("Chelsea", "GPE"), ("Chelsea", "ORG"),
            ("Lindwick", "ORG"), ("Lindwick", "GPE"), ("Lindwick", "GPE"),
        ],
    )  # fmt: skip
    assert found == [
        ("ORG", "Varnotel"),
        ("ORG", "Varnotel"),
        ("ORG", "Varnotel"),
        ("PLACE", "Chelsea"),
        ("PLACE", "Chelsea"),
        ("PLACE", "Chelsea"),
        ("PLACE", "Lindwick"),
        ("PLACE", "Lindwick"),
        ("PLACE", "Lindwick"),
    ]


def test_a_name_after_a_trades_people_is_their_firm(recognize) -> None:
    """`Telecom analysts Ovum welcomed the move`: analysts or stockbrokers before a name
    are its firm's people, so the name is a firm; before a given name they are people."""
    found = _typed_in_order(
        "Telecom analysts Varnovum welcomed the move, and economists Tessa Lindau agreed.",
        [("Varnovum", "GPE"), ("Tessa Lindau", "PERSON")],
    )
    assert found == [("ORG", "Varnovum"), ("PERSON", "Tessa Lindau")]


def test_a_role_and_a_name_the_model_took_for_a_work_is_the_person(recognize) -> None:
    """`Motorist Dom Lawson, whose car was missed, said`: one work of art to the model;
    the person after the role word. A work whose first word is no role stays one."""
    found = _typed_in_order(
        "Motorist Varn Lawick, whose car was missed, said it was close. He read Motorway"
        " Blues Again.",
        [("Motorist Varn Lawick", "WORK_OF_ART"), ("Motorway Blues Again", "WORK_OF_ART")],
    )
    assert found == [("PERSON", "Varn Lawick"), ("WORK", "Motorway Blues Again")]


def test_a_dutch_company_named_with_nv_first_is_a_body(recognize) -> None:
    """`NV Philips Gloeilampenfabrieken said`: `NV` opens a Dutch company's name as `Cie`
    opens a French one's; its short name after is the company, not a person."""
    found = _typed_in_order(
        "NV Varnholt Gloeiwerken said it planned to pool sales. Varnholt will cover Europe.",
        [("Varnholt", "ORG")],
    )
    assert found == [
        ("ORG", "NV Varnholt Gloeiwerken"),
        ("ORG", "Varnholt"),
        ("PLACE", "Europe"),
    ]


def test_each_side_of_a_cup_draws_fixture_may_be_a_tie_still_to_be_played(recognize) -> None:
    """`Southampton or Brentford v Manchester United`: a cup draw lists a tie not yet
    played as one side; each team named there is a team, which the model had read as a
    person (`Nottingham Forest`) or ran into one name with `v`."""
    found = _typed_in_order(
        "Newcastle v Tottenham or Varnham Forest\nSouthampton or Brentwick v Varnley United",
        [("Varnham Forest", "PERSON"), ("Brentwick v Varnley United", "ORG")],
    )
    assert found == [
        ("ORG", "Newcastle"),
        ("ORG", "Tottenham"),
        ("ORG", "Varnham Forest"),
        ("ORG", "Southampton"),
        ("ORG", "Brentwick"),
        ("ORG", "Varnley United"),
    ]


def test_two_names_joined_by_or_are_two_even_as_one_span_of_the_model(recognize) -> None:
    """`Bolton host Arsenal or Sheffield United`: the model's one body is two."""
    found = _typed_in_order(
        "Bolton host Varnsby or Tolworth United in the next round.",
        [("Bolton", "ORG"), ("Varnsby or Tolworth United", "ORG")],
    )
    assert found == [("ORG", "Bolton"), ("ORG", "Varnsby"), ("ORG", "Tolworth United")]


def test_a_name_after_a_firms_role_and_with_is_the_firm(recognize) -> None:
    """`an analyst with Scrimgeour Vickers in London`: the analyst's firm, a person to the
    model; with `and` inside, still one firm (`economist with National and City Brokers`).
    Other words before `with` say nothing (`connected better with Morientes' cross`)."""
    found = _typed_in_order(
        "But mud sticks, said John Varley, an analyst with Varnick Tolle in London. Kevin"
        " Barrow, economist with Varnley and City Brokers, agreed. The striker connected"
        " better with Varnientes' cross.",
        [("John Varley", "PERSON"), ("Varnick Tolle", "PERSON"), ("Varnientes", "PERSON")],
    )
    assert found == [
        ("PERSON", "John Varley"),
        ("ORG", "Varnick Tolle"),
        ("PLACE", "London"),
        ("PERSON", "Kevin Barrow"),
        ("ORG", "Varnley and City Brokers"),
        ("PERSON", "Varnientes"),
    ]


def test_a_long_surname_one_letter_off_a_full_names_is_that_person(recognize) -> None:
    """`Heminghaus added` after `Roger Hemminghaus, vice president, said`: a typing slip
    (a letter left out, added, changed, or two swapped) in a long surname alone is the
    person named in full; two slips, a short name or a plural are not (`Varns`, `the
    Tollworths`)."""
    body = (
        "Roger Vemminghaus, vice president, said margins would return. Veminghaus added that"
        " profit would rise. Vemminhgaus agreed. Vemingaus did not. Ian Varn and Tessa"
        " Tollworth spoke. Varns said no. The Tollworths said yes."
    )
    article = article_from([body], None, "t")
    people = [
        ("Roger Vemminghaus", "PERSON"),
        ("Veminghaus", "PERSON"),
        ("Vemminhgaus", "PERSON"),
        ("Vemingaus", "PERSON"),
        ("Ian Varn", "PERSON"),
        ("Tessa Tollworth", "PERSON"),
        ("Varns", "PERSON"),
        ("Tollworths", "PERSON"),
    ]
    entities, mentions = extract_entities([article], [_with_model_entities(article.body, people)])
    named = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    assert [(m["text"], named[m["entity_id"]]) for m in mentions.to_pylist()] == [
        ("Roger Vemminghaus", "Roger Vemminghaus"),
        ("Veminghaus", "Roger Vemminghaus"),
        ("Vemminhgaus", "Roger Vemminghaus"),
        ("Vemingaus", "Vemingaus"),
        ("Ian Varn", "Ian Varn"),
        ("Tessa Tollworth", "Tessa Tollworth"),
        ("Varns", "Varns"),
        ("Tollworths", "Tollworths"),
    ]


def test_a_surname_of_a_body_the_model_names_opening_a_paragraph_is_the_person(recognize):
    """`Joensson of Goldman Sachs said` after `Mats Joensson`: the rules' one run is the
    person, named by the surname, and the firm the model names (not one unknown body)."""
    found = _typed_in_order(
        "Inflation worries people, said Mats Joensson, an economist. Barrett agreed."
        "\nJoensson of Varn Sachs said there was a lot of demand.",
        [("Mats Joensson", "PERSON"), ("Barrett", "PERSON"), ("Varn Sachs", "ORG")],
    )
    assert found == [
        ("PERSON", "Mats Joensson"),
        ("PERSON", "Barrett"),
        ("PERSON", "Joensson"),
        ("ORG", "Varn Sachs"),
    ]


def test_a_name_ending_in_executive_is_a_body_and_a_title_alone_is_no_one(recognize) -> None:
    """`The Scottish Executive said`, `the Health and Safety Executive`: a body, whole; but
    `Chief Executive John Varley` is a title and a person."""
    found = _typed_in_order(
        "The Scottish Executive said ministers would be told. The Health and Safety Executive"
        " said the site was safe. Chief Executive John Varley said profits rose.",
        [],
    )
    assert found == [
        ("ORG", "Scottish Executive"),
        ("ORG", "Health and Safety Executive"),
        ("PERSON", "John Varley"),
    ]


def test_a_bodys_head_before_of_and_a_place_is_no_ones_surname(recognize) -> None:
    """`Bank of Tokyo`, where the model read `Dai-Ichi Kangyo Bank` as a person: `Bank`
    is a body's head, no surname, so the name stays one body (not the person `Bank` and the
    place `Tokyo`)."""
    found = _typed_in_order(
        "Dai-Ichi Varn Bank raised its stake. The Bank of Tokyo has seven branches here.",
        [("Dai-Ichi Varn Bank", "PERSON"), ("Bank of Tokyo", "ORG")],
    )
    assert found == [("ORG", "Dai-Ichi Varn Bank"), ("ORG", "Bank of Tokyo")]


def test_a_given_name_after_a_kin_word_is_no_one_the_story_names_later(recognize) -> None:
    """`introduced by his son Nick, a trainee vicar` and `politics student Nick Vaughan`
    later: the son is not Nick Vaughan; `Biden's son Hunter` is the `Hunter Biden` named
    later, whose family name stands before the kin word, and `His wife Sharon` after Ozzy
    Osbourne the `Sharon Osbourne` named later."""
    body = (
        "The speech was introduced by his son Nick, a trainee vicar. Tessa Varnby's son"
        " Hunter spoke too. Politics student Nick Vaughan cheered. Hunter Varnby waved."
        " Ozzy Tolbourne was robbed. His wife Sharon called police. Sharon Tolbourne wept."
    )
    article = article_from([body], None, "t")
    people = [("Nick", "PERSON"), ("Hunter", "PERSON"), ("Nick Vaughan", "PERSON")]
    people += [("Hunter Varnby", "PERSON"), ("Ozzy Tolbourne", "PERSON"), ("Sharon", "PERSON")]
    people += [("Sharon Tolbourne", "PERSON")]
    entities, mentions = extract_entities([article], [_with_model_entities(article.body, people)])
    named = {row["entity_id"]: row["name"] for row in entities.to_pylist()}
    linked = [(m["text"], named[m["entity_id"]]) for m in mentions.to_pylist()]
    assert linked == [
        ("Nick", "Nick"),
        ("Hunter", "Hunter Varnby"),
        ("Nick Vaughan", "Nick Vaughan"),
        ("Hunter Varnby", "Hunter Varnby"),
        ("Ozzy Tolbourne", "Ozzy Tolbourne"),
        ("Sharon", "Sharon Tolbourne"),
        ("Sharon Tolbourne", "Sharon Tolbourne"),
    ]


def test_wikinews_title_chains_before_names_leave_the_person(recognize) -> None:
    """`Immunologist Kristian Andersen` opening a paragraph (no given name ends in
    `-ist`), `Senator from Vermont Bernie Sanders` (the place, then the person the story
    calls `Sanders`), `Deputy Prime Minister for Finance and Minister of Economy Richard
    Sulik` (a portfolio is no one)."""
    found = _typed_in_order(
        "Immunologist Varn Andersen of Tolworth Research said the virus spreads."
        "\nSallow spoke. On Monday, United States Senator from Vermont Varnie Sallow endorsed"
        " Biden.\nDeputy Prime Minister for Finance and Minister of Economy Richard Varnik"
        " failed.",
        [
            ("Immunologist Varn Andersen", "PERSON"),
            ("Tolworth Research", "ORG"),
            ("Sallow", "PERSON"),
            ("United States", "GPE"),
            ("Vermont Varnie Sallow", "ORG"),
            ("Biden", "PERSON"),
            ("Richard Varnik", "PERSON"),
        ],
    )
    assert found == [
        ("PERSON", "Varn Andersen"),
        ("ORG", "Tolworth Research"),
        ("PERSON", "Sallow"),
        ("PLACE", "United States"),
        ("PLACE", "Vermont"),
        ("PERSON", "Varnie Sallow"),
        ("PERSON", "Biden"),
        ("PERSON", "Richard Varnik"),
    ]


def test_a_short_title_the_model_reads_as_a_person_is_no_one(recognize) -> None:
    """`Atty. Gen. Edwin Meese`: the model's `Atty` is a title's short form."""
    found = _typed_in_order(
        "He learned of it when Atty. Gen. Varn Meeson told him.",
        [("Atty", "PERSON"), ("Varn Meeson", "PERSON")],
    )
    assert found == [("PERSON", "Varn Meeson")]


def test_a_review_is_a_body_and_where_it_is_published_no_part_of_its_name(recognize) -> None:
    """`the official Peking Review said` (no person for the title before it); `the
    UK-published China Review`; `the Air Force for Acquisition Darleen Druyun`: a portfolio
    after a body's `for`, then the person."""
    found = _typed_in_order(
        "China needs thrift, the official Tolworth Review said. The Varn-published Pallow"
        " Review agreed. Boeing hired Deputy Undersecretary of the Air Force for Acquisition"
        " Marleth Druvon.",
        [
            ("Tolworth Review", "ORG"),
            ("Varn", "GPE"),
            ("Boeing", "ORG"),
            ("the Air Force for Acquisition Marleth Druvon", "PERSON"),
        ],
    )
    assert found == [
        ("PLACE", "China"),
        ("ORG", "Tolworth Review"),
        ("PLACE", "Varn"),
        ("ORG", "Pallow Review"),
        ("ORG", "Boeing"),
        ("PERSON", "Marleth Druvon"),
    ]


def test_the_name_set_off_after_an_office_of_a_place_is_its_holder(recognize) -> None:
    """`The current president of Namibia, Hage Geingob, expressed ...`: a person, though
    the model calls the name a body; `Research Fellow Martin How`: a fellow's name."""
    found = _typed_in_order(
        "The current president of Namibia, Hage Tolwob, expressed his sadness. Tolwob"
        " tweeted. Research Fellow Martin Pallow said stripes dazzle flies.",
        [("Namibia", "GPE"), ("Hage Tolwob", "ORG")],
    )
    assert found == [
        ("PLACE", "Namibia"),
        ("PERSON", "Hage Tolwob"),
        ("PERSON", "Tolwob"),
        ("PERSON", "Martin Pallow"),
    ]


def test_a_titles_portfolio_is_no_body_before_the_holders_name(recognize) -> None:
    """`Secretary of State Colin Powell`: `State` is the title's portfolio, not a body,
    though the model calls it one."""
    found = _typed_in_order(
        "He met Secretary of State Colin Pallow, then Secretary of Defense Robert Tolwin."
        " Varn Tessel, US Secretary of State was visiting.",
        [
            ("State", "ORG"),
            ("Colin Pallow", "PERSON"),
            ("Robert Tolwin", "PERSON"),
            ("Varn Tessel", "PERSON"),
            ("US", "GPE"),
            ("State", "ORG"),
        ],
    )
    assert found == [
        ("PERSON", "Colin Pallow"),
        ("PERSON", "Robert Tolwin"),
        ("PERSON", "Varn Tessel"),
        ("PLACE", "US"),
    ]
