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
    assert keywords == [
        "WIC Wuzhen Summit",
        "internet development",
        "WIC",
        "governance",
        "digital infrastructure",
        "international cooperation",
        "digital governance",
        "cyberspace",
    ]
    # Fragments of names (`World Internet`, `Internet Development Report`), a surname
    # (`Ren`) and words that say nothing alone (`development`, `digital`) are not keywords.
    assert not {"World Internet", "Internet Development Report", "Ren", "development"} & set(
        keywords
    )


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
    # a batch of one story that is a name and a verb has no phrase at all
    assert extract_keywords([story("Colin Powell agreed.")]).num_rows == 0


def test_only_english_articles_get_keywords():
    french = dataclasses.replace(
        story(
            "Le gouvernement a présenté un plan de soutien aux agriculteurs "
            "touchés par la sécheresse."
        ),
        language="fr",
    )
    assert extract_keywords([french]).num_rows == 0


def test_fillers_and_vague_words_are_not_keywords_alone():
    article = story(
        "People expect the new plan to end delays next year, bringing relief to people.",
        "The new plan sets new rules for people in the port, and delays will end.",
        "People said the new port rules will end delays, bringing people relief.",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "a1")
    assert not {"people", "new", "end", "next", "bringing"} & {k.lower() for k in keywords}
    assert "delays" in keywords and "port" in keywords


def test_names_stay_whole_and_surnames_are_not_keywords():
    article = story(
        "The Asian Infrastructure Investment Bank approved a loan for rail links, Ortega said.",
        "Rail links matter, Ortega said. The Asian Infrastructure Investment Bank agreed.",
        "Ortega told reporters the rail links would open in 2026.",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "a1")
    assert "rail links" in keywords
    assert "Ortega" not in keywords  # a surname: `Ortega said`
    # `Infrastructure Investment` and `Asian Infrastructure` are pieces of one name.
    assert not {"Infrastructure Investment", "Asian Infrastructure", "Investment Bank"} & set(
        keywords
    )


def test_spelling_prefers_lower_case_use_over_a_title():
    article = story(
        "The Digital Trade Report says digital trade grew.",
        "Officials expect digital trade to slow.",
    )
    keywords = keywords_of(extract_keywords([article]), "a1")
    assert "digital trade" in keywords and "Digital Trade" not in keywords


def test_country_names_are_left_to_the_entity_tables():
    article = story(
        "Kenya and Ethiopia signed a water deal. Kenya will build dams.",
        "Kenya said the dams would store water for farms in Kenya.",
    )
    keywords = keywords_of(extract_keywords([article]), "a1")
    assert "Kenya" not in keywords and "water" in keywords


def test_wire_abbreviations_and_company_forms_are_no_keywords() -> None:
    """Earnings copy abbreviates (`pct`, `mln dlrs`, `cts a shr`) and names firms with their
    legal form; neither is what the story is about."""
    article = story(
        "Acme Corp said first quarter net profit rose 12 pct to 40 mln dlrs, or 1.10 dlrs a "
        "shr, against 35 mln dlrs, on revs up 8 pct.",
        "Shr 1.10 dlrs vs 95 cts. Net 40 mln vs 35 mln. Revs 400 mln vs 370 mln. "
        "Avg shrs 36.4 mln vs 36.8 mln.",
        "Acme Corp makes industrial valves and pumps for refineries.",
    )
    words = {
        w.lower() for k in extract_keywords([article])["keyword"].to_pylist() for w in k.split()
    }
    assert not words & {"pct", "mln", "dlrs", "cts", "vs", "shr", "shrs", "revs", "avg", "corp"}


def test_bracketed_tickers_are_no_keywords_and_brackets_leave_names() -> None:
    article = story(
        "<Dorvale Holdings> filed suit to compel <DRVL.O> to sell its option on shares of "
        "<Pacific Basin Corp>.",
        "The suit asks <DRVL.O> to honour the option on <Pacific Basin Corp> shares, the "
        "filing showed. <DRVL.O> shares fell.",
        article_id="tickers",
    )
    assert keywords_of(extract_keywords([article]), "tickers") == [
        "Pacific Basin", "shares", "option", "suit", "filing",
    ]  # fmt: skip


def test_time_zones_and_units_are_no_keywords_however_often_repeated() -> None:
    """A market report stamps every price with its time zone and unit; neither is a topic."""
    article = story(
        "Brent crude rose to 81 dlrs a barrel at 1200 GMT, and output reached 9.8 mln bpd.",
        "At 1500 GMT Brent traded higher; refiners bought 20,000 tonnes of diesel at 1600 GMT.",
        "Brent closed firm at 1700 GMT as refiners bought more diesel.",
    )
    keywords = extract_keywords([article])["keyword"].to_pylist()
    assert {"Brent", "diesel"} <= set(keywords)
    assert not {w.lower() for k in keywords for w in k.split()} & {"gmt", "bpd", "tonnes"}


def test_number_words_and_dividend_notice_labels_are_no_keywords() -> None:
    """A dividend notice is labels and figures: `Qtly div eight cts vs eight cts prior`, also
    with the desk's other spelling `Qtlry`; `div` alone says what the notice is."""
    article = story(
        "Qtly div eight cts vs eight cts prior. Qtlry div eight cts.",
        "Pay April 30. Record April 10. Nine mths div 24 cts vs 24 cts.",
        article_id="div",
    )
    keywords = keywords_of(extract_keywords([article]), "div")
    assert keywords == ["div"]


def test_an_amount_is_no_phrase_of_a_keyword() -> None:
    """`3.5 billion lindars` gives the currency, not `billion lindars`."""
    article = story(
        "Varnholt is issuing a 12 billion lindar eurobond, paying 5 pct.",
        "Its lindar deposits rose to 3.5 billion lindars from 2.9 billion lindars.",
        "The 4 billion lindars bond is listed.",
        article_id="amount",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "amount")
    assert keywords == ["lindars", "lindar", "eurobond", "Varnholt", "deposits", "bond"]


def test_verbs_are_no_keywords_and_phrases_end_in_a_noun() -> None:
    """Short market copy repeats its verbs (`rose`, `reached`); keywords name things."""
    article = story(
        "Copper rose to a record and reached 9,800 dlrs as smelters reached quotas.",
        "Copper stocks fell; traders expects copper demand grew as stocks rose again.",
        "Stocks acquired by smelters rose, and the proposed merger of smelters stalled.",
        article_id="verbs",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "verbs")
    assert {"copper", "smelters", "stocks"} <= set(keywords)
    words = {word.lower() for keyword in keywords for word in keyword.split()}
    assert not words & {"rose", "reached", "fell", "grew", "expects", "acquired", "stalled"}


def test_dotted_short_forms_keep_their_last_full_stop() -> None:
    article = story(
        "The U.N. Security Council met. U.N. aid reached Gaza, U.N. staff said.",
        "The U.N. will vote on aid to Gaza.",
        article_id="un",
    )
    keywords = keywords_of(extract_keywords([article]), "un")
    assert "U.N." in keywords and "U.N" not in keywords


def test_figures_with_their_units_are_no_keywords() -> None:
    article = story(
        "Profits hit $671.7bn, or 14.3p a share, in the 1980s; 3G phones sold well.",
        "The 21st year of 3G phones: profits hit $671.7bn again.",
        article_id="figures",
    )
    keywords = keywords_of(extract_keywords([article]), "figures")
    assert "3G phones" in keywords
    assert not {"$671.7bn", "14.3p", "1980s", "21st"} & set(keywords)


def test_scores_are_the_same_to_the_last_digit_whatever_the_batch() -> None:
    """An article's words get their ids from the batch's vocabulary; the statistics must
    not depend on that order, or a reprocessed article's scores would move."""
    report = story(
        "seller output china port demand traders copper output port market stocks zinc zinc "
        "cargo market stocks cargo price market smelter supply port traders union china port "
        "traders smelter market port buyer smelter strike smelter port copper demand port mine "
        "port strike strike union market buyer copper union demand union zinc quota buyer buyer "
        "china output strike cargo traders market traders.",
        article_id="report",
    )
    other = story(
        "union strike demand port price stocks zinc output seller traders china quota tonnes "
        "supply buyer mine cargo copper smelter market.",
        article_id="other",
    )
    alone = extract_keywords([report]).to_pylist()
    together = extract_keywords([other, report]).to_pylist()
    assert [(r["keyword"], r["score"]) for r in alone] == [
        (r["keyword"], r["score"]) for r in together if r["article_id"] == "report"
    ]


def test_the_end_of_a_body_is_one_sentence_end_and_no_empty_word() -> None:
    from transforms.keywords import _tokenize

    tokens = _tokenize(["Copper prices rose.", "Zinc fell. "])
    assert tokens.surface.to_pylist() == ["Copper", "prices", "rose", ".", "Zinc", "fell", "."]


def test_adjectives_peoples_words_verbs_and_adverbs_alone_are_no_keywords():
    article = story(
        "British and Japanese officials agreed on Monday to an economic plan. The plan was "
        "agreed reportedly after talks, and officials reportedly held back. The economic plan "
        "is annual, and the Conservatives backed the economic plan, British officials said.",
        "Japanese trade officials agreed. The Conservatives won support, reportedly.",
        article_id="plan",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "plan")
    assert "economic plan" in keywords  # a modifier inside a phrase stays
    assert "Conservatives" in keywords  # a party is a topic
    assert not {
        "British",
        "Japanese",
        "economic",
        "agreed",
        "reportedly",
        "annual",
        "held",
        "won",
        "back",
    } & set(keywords)


def test_earnings_table_labels_and_vague_nouns_are_no_keywords() -> None:
    """`NOTE`, `NA` and `comparable` label an earnings table; `results`, `general`,
    `thousands` and `middle` say nothing alone."""
    article = story(
        "Shr profit 12 cts vs loss four cts. Net profit 1.2 mln vs NA. Results comparable.",
        "NOTE: results include a gain. NOTE: general results in thousands of dlrs.",
        "Results in the middle of the year were comparable, the general manager said.",
        article_id="net",
    )
    keywords = keywords_of(extract_keywords([article]), "net")
    assert keywords == ["profit", "loss", "gain", "manager"]


def test_names_stay_apart_from_the_word_before_them_and_whole_across_an_ampersand():
    """`coach Ivo Brandt` and `beat Holloway` are a role or a verb beside a name (the
    entity tables hold the name); `Pell & Vorne` is one firm's name, so neither half is a
    keyword alone; a name's particle (`van Doorn`) stays, and so does `digital TV`."""
    article = story(
        "Rowing coach Ivo Brandt said his crew beat Holloway. Coach Ivo Brandt praised Pell "
        "& Vorne, the sponsor. Pell & Vorne paid for digital TV coverage of the crew.",
        "The crew beat Holloway again as coach Ivo Brandt watched digital TV at Pell & Vorne.",
        "The rowers of van Doorn trained at Holloway, and the Holloway crew revealed nothing.",
        "Sponsors of van Doorn came, but the Holloway crew revealed nothing to Pell & Vorne.",
        article_id="crew",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "crew")
    assert {"Ivo Brandt", "digital TV", "van Doorn"} <= set(keywords)
    assert not {
        "coach Ivo Brandt",
        "beat Holloway",
        "Pell",
        "Vorne",
        "Holloway crew revealed",
        "crew revealed",
    } & set(keywords)


def test_a_name_joined_by_of_the_stays_whole():
    """`Keeper of the Marshes` is one title: neither `Keeper` nor `Marshes` is a keyword."""
    article = story(
        "The film Keeper of the Marshes opened in Leeds. Keeper of the Marshes drew crowds.",
        "Critics praised Keeper of the Marshes, and cinemas added screenings of the film.",
        article_id="film",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "film")
    assert "film" in keywords
    assert not {"Keeper", "Marshes"} & set(keywords)


def test_verbs_particles_and_superlatives_alone_are_no_keywords():
    """`acquire` is only ever a verb; `add` and `go` are written after `to` and `will`
    here, `considering` before its object, `confident` after `is`; `de` is a particle of
    a firm's name; `biggest`, `additional` and `existing` qualify. A noun after a `to`
    that ends its clause stays (`went to court.`), and so does a word the article uses
    mostly as a noun (`the bid`, `the restructuring`)."""
    article = story(
        "Orvik Freight agreed to acquire Caisse de Retraite de Lenne, the biggest lender. "
        "The lender will add reserves, and Orvik plans to add depots to go further.",
        "The bid went to court. The bid for the lender and its depots is the biggest bid, "
        "and the depots go to Orvik. The court will go on with the bid, and depots acquire "
        "value. Caisse de Retraite de Lenne will add more.",
        "Orvik is considering the restructuring of the lender, and the restructuring will "
        "take a year. Orvik is considering a new bid, and debt restructuring follows. "
        "Orvik is confident, and the lender is very confident. Existing depots and "
        "additional depots stay, existing rules too, and additional rules. Lenders "
        "always accept depots; lenders always accept bids.",
        article_id="bid",
    )
    keywords = keywords_of(extract_keywords([article], top_n=20), "bid")
    assert {"bid", "court", "depots", "lender", "restructuring"} <= set(keywords)
    unwanted = {"acquire", "add", "go", "de", "biggest", "considering", "confident"}
    assert not (unwanted | {"existing", "additional", "always accept"}) & set(keywords)
    # Pieces of a name its particles join are no keywords: the entity tables hold it.
    assert not {"Caisse de Retraite", "Retraite de Lenne", "Caisse", "Lenne"} & set(keywords)


def test_keywords_import_on_their_own():
    """The entity rules ask the keywords' stopwords, and keywords ask the entities'
    vocabulary: importing either first must work (a fresh interpreter each)."""
    import subprocess
    import sys

    for module in ("transforms.keywords", "transforms.entities.spans"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
        assert done.returncode == 0, done.stderr.decode()[-300:]


def test_a_common_word_only_ever_opening_a_line_is_spelled_in_lower_case():
    """A results table opens each line with its item (`Sales`, `Net loss`): other
    articles write them in lower case, and so do the keywords. A word the article's names
    hold keeps its capital (`Sterling` of `Sterling Foods Inc`)."""
    import pyarrow as pa

    article = story(
        "Sterling Foods Inc reported its figures for the year.",
        "Sterling shares rose 5 pct on the report.",
        "Net loss 5.1 mln dlrs vs 4.2 mln dlrs.",
        "Sales 98.2 mln dlrs vs 91.0 mln dlrs.",
        "Net loss 2.5 mln dlrs vs 1.9 mln dlrs.",
        "Sales 45.1 mln dlrs vs 40.2 mln dlrs.",
    )
    mentions = pa.table({"article_id": [article.article_id], "text": ["Sterling Foods Inc"]})
    with_names = keywords_of(extract_keywords([article], mentions), article.article_id)
    without = keywords_of(extract_keywords([article]), article.article_id)
    assert with_names == ["net loss", "Sterling", "figures", "sales", "report", "shares"]
    # Without the names the article mentions, nothing says `Sterling` is no common word.
    assert without == ["Net loss", "Sterling", "figures", "Sales", "report", "shares"]
