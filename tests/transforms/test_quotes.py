"""Direct quotations: attribution shapes, speaker resolution, and what is not a quotation."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from tests.articles import seed_article, story
from transforms.article import Article
from transforms.quotes import QUOTES_SCHEMA, extract_quotes

MENTIONS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("entity_id", pa.string()),
        ("text", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("paragraph_index", pa.int32()),
    ]
)
ENTITIES_SCHEMA = pa.schema(
    [
        ("entity_id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("aliases", pa.list_(pa.string())),
    ]
)


def entity_tables(
    articles: list[Article], cast: dict[str, tuple[str, list[str]]]
) -> tuple[pa.Table, pa.Table]:
    """Mentions and entities as the entity module gives them.

    `cast` maps a canonical name to its type and the surface forms that mention it
    (the name itself included); every whole-word occurrence becomes a mention.
    """
    entities = pa.table(
        {
            "entity_id": [f"e:{name}" for name in cast],
            "name": list(cast),
            "type": [entity_type for entity_type, _ in cast.values()],
            "aliases": [[f for f in forms if f != name] for name, (_, forms) in cast.items()],
        },
        schema=ENTITIES_SCHEMA,
    )
    rows = []
    for article in articles:
        body, taken = article.body, set()
        surfaces = [(form, name) for name, (_, forms) in cast.items() for form in forms]
        for form, name in sorted(surfaces, key=lambda s: -len(s[0])):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body):
                if taken.isdisjoint(range(*match.span())):
                    taken.update(range(*match.span()))
                    rows.append(
                        {
                            "article_id": article.article_id,
                            "entity_id": f"e:{name}",
                            "text": form,
                            "char_start": match.start(),
                            "char_end": match.end(),
                            "paragraph_index": body.count("\n\n", 0, match.start()),
                        }
                    )
    return pa.Table.from_pylist(rows, schema=MENTIONS_SCHEMA), entities


def quotes_of(*paragraphs: str, cast: dict | None = None) -> list[dict]:
    article = story(*paragraphs)
    mentions, entities = entity_tables([article], cast or {})
    table = extract_quotes([article], mentions, entities)
    assert table.schema == QUOTES_SCHEMA
    rows = table.to_pylist()
    for row in rows:
        assert article.body[row["char_start"] : row["char_end"]] == row["text"]
    return rows


REN = {"Ren Xianliang": ("PERSON", ["Ren Xianliang", "Ren", "the secretary-general"])}
WIC = {"World Internet Conference": ("ORG", ["World Internet Conference", "WIC"])}


def test_seed_has_exactly_the_two_quotes_of_the_secretary_general():
    article = seed_article()
    mentions, entities = entity_tables([article], REN | WIC)
    assert mentions["text"].to_pylist().count("the secretary-general") == 2

    rows = extract_quotes([article], mentions, entities).to_pylist()

    assert [
        (r["quote_index"], r["char_start"], r["char_end"], r["paragraph_index"], r["verb"])
        for r in rows
    ] == [(0, 1245, 1394, 6, "according to"), (1, 2016, 2139, 9, "said")]
    assert rows[0]["text"] == (
        "The lack of consensus on digital governance between nations have made it hard to form"
        " an effective governance model and a complete governance system,"
    )
    assert rows[1]["text"] == (
        "To solve the problem of common development, mankind needs international cooperation"
        " and open sharing more than ever before,"
    )
    assert {r["speaker_text"] for r in rows} == {"the secretary-general"}
    assert {r["speaker_entity_id"] for r in rows} == {"e:Ren Xianliang"}


def test_quote_then_speaker_then_verb():
    (row,) = quotes_of('"We are open to all partners," Ren said on Thursday.', cast=REN)
    assert row["text"] == "We are open to all partners,"
    assert (row["speaker_text"], row["verb"]) == ("Ren", "said")
    assert row["speaker_entity_id"] == "e:Ren Xianliang"
    assert row["attribution"] == "trailing"


def test_quote_then_verb_then_speaker():
    (row,) = quotes_of('"Cyberspace is a shared home," said Ren Xianliang.', cast=REN)
    assert (row["speaker_text"], row["verb"]) == ("Ren Xianliang", "said")
    assert row["speaker_entity_id"] == "e:Ren Xianliang"


def test_speaker_and_verb_before_the_quote_with_and_without_colon():
    first, second = quotes_of(
        'Ren said "the door will only open wider."',
        'At the forum, Ren told reporters: "Cooperation is the only way forward."',
        cast=REN,
    )
    assert (first["text"], first["verb"], first["attribution"]) == (
        "the door will only open wider.",
        "said",
        "leading",
    )
    assert (second["speaker_text"], second["verb"]) == ("Ren", "told")
    assert {first["speaker_entity_id"], second["speaker_entity_id"]} == {"e:Ren Xianliang"}


def test_according_to_keeps_the_verb_as_written():
    (row,) = quotes_of('"Growth will pick up next year," according to the report.')
    assert (row["verb"], row["speaker_text"], row["speaker_entity_id"]) == (
        "according to",
        "the report",
        None,
    )


def test_comma_outside_the_marks_and_told_xinhua():
    (row,) = quotes_of('"Data must flow safely", Ren told Xinhua in an interview.', cast=REN)
    assert (row["text"], row["verb"], row["speaker_entity_id"]) == (
        "Data must flow safely",
        "told",
        "e:Ren Xianliang",
    )


def test_named_speaker_with_an_appositive():
    (row,) = quotes_of(
        '"We will keep building bridges," Ren Xianliang, secretary-general of the WIC, said.',
        cast=REN | WIC,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("Ren Xianliang", "e:Ren Xianliang")


def test_typographic_marks_and_other_verbs():
    rows = quotes_of(
        "“Is the gap closing?” asked Ren.",
        "“The risks are real and growing,” the minister warned.",
    )
    assert [(r["text"], r["verb"], r["speaker_text"]) for r in rows] == [
        ("Is the gap closing?", "asked", "Ren"),
        ("The risks are real and growing,", "warned", "the minister"),
    ]


def test_quoted_report_titles_and_scare_quotes_are_not_quotes():
    rows = quotes_of(
        'The summit saw the release of the "China Internet Development Report 2023" and the'
        ' "World Internet Development Report 2023," reviewing the past decade.',
        'Officials promoted "smart" cities and a plan titled "Digital Silk Road Action".',
        '"Internet Plus Action Plan," said the document.',
        'Both companies announced a one-for-two bonus issue of "B" shares.',
        'The factory makes high-quality "General" brand cigarettes.',
    )
    assert rows == []


def test_pronouns_go_to_the_last_subject_person_or_organization_before_the_quote():
    cast = REN | WIC | {"Antonio Guterres": ("PERSON", ["Antonio Guterres", "Guterres"])}
    he, they = quotes_of(
        "Ren met Antonio Guterres in Wuzhen.",
        '"We discussed the digital divide at length," he said.',
        'The WIC issued a statement. "Members welcome the new framework," they said.',
        cast=cast,
    )
    # Guterres is the object of `met`: `he` is Ren, who met him.
    assert (he["speaker_text"], he["speaker_entity_id"]) == ("he", "e:Ren Xianliang")
    assert they["speaker_text"] == "they"
    assert they["speaker_entity_id"] == "e:World Internet Conference"


def test_quote_running_over_a_paragraph_break_is_one_quote():
    first, second = (
        'Ren said: "The first decade laid the foundations.',
        '"The next decade will build on them," he added.',
    )
    (row,) = quotes_of(first, second, cast=REN)
    assert row["text"] == "The first decade laid the foundations.\n\n" + second[:36]
    assert (row["paragraph_index"], row["paragraph_end_index"]) == (0, 1)
    assert row["speaker_entity_id"] == "e:Ren Xianliang"


def test_unclosed_quote_without_a_continuation_is_dropped():
    assert quotes_of('Ren said: "The first decade laid the foundations.', "He left.") == []


def test_single_quotes_nested_in_a_quote_stay_in_its_text():
    (row,) = quotes_of(
        "Ren Xianliang spoke first.",
        "\"My teacher told me 'never stop learning,' and I never did,\" she said.",
        cast=REN,
    )
    assert row["text"] == "My teacher told me 'never stop learning,' and I never did,"
    assert row["speaker_entity_id"] == "e:Ren Xianliang"


def test_unresolved_speaker_keeps_its_text():
    (row,) = quotes_of('"The talks were frank and constructive," a spokesperson said.', cast=REN)
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("a spokesperson", None)


def test_speaker_resolves_by_surname_when_no_mention_covers_it():
    article = story("Antonio Guterres opened the session.", '"Act now," Guterres urged.')
    mentions, entities = entity_tables(
        [article], {"Antonio Guterres": ("PERSON", ["Antonio Guterres"])}
    )
    (row,) = extract_quotes([article], mentions, entities).to_pylist()
    assert (row["speaker_text"], row["verb"]) == ("Guterres", "urged")
    assert row["speaker_entity_id"] == "e:Antonio Guterres"


def test_unattributed_quote_continues_the_previous_speaker():
    rows = quotes_of(
        '"The internet belongs to everyone," Ren said. "No country should be left behind."',
        '"Our work has only just begun, and we know it."',
        cast=REN,
    )
    assert [r["attribution"] for r in rows] == ["trailing", "continued", "continued"]
    assert {r["speaker_entity_id"] for r in rows} == {"e:Ren Xianliang"}
    assert [r["quote_index"] for r in rows] == [0, 1, 2]


def test_sentence_ending_quote_does_not_take_the_next_sentence_as_speaker():
    assert quotes_of('He wrote "cooperation wins." The WIC said it agreed.')[0]["verb"] == "wrote"
    assert quotes_of('"Cooperation wins." The WIC said it agreed.') == []


def test_no_articles_gives_an_empty_table_with_the_schema():
    mentions, entities = entity_tables([], {})
    table = extract_quotes([], mentions, entities)
    assert table.num_rows == 0 and table.schema == QUOTES_SCHEMA


def test_role_before_a_name_and_abbreviated_titles():
    cast = {
        "Eduardo Carrillo": ("PERSON", ["Eduardo Carrillo"]),
        "Joe Preston": ("PERSON", ["Joe Preston"]),
    }
    first, second = quotes_of(
        '"Jaguars need a lot of space," said biologist Eduardo Carrillo, who studies them.',
        '"This is the largest investment here," St. Thomas Mayor Joe Preston told Reuters.',
        cast=cast,
    )
    assert (first["speaker_text"], first["speaker_entity_id"]) == (
        "biologist Eduardo Carrillo",
        "e:Eduardo Carrillo",
    )
    assert (second["speaker_text"], second["verb"]) == ("St. Thomas Mayor Joe Preston", "told")
    assert second["speaker_entity_id"] == "e:Joe Preston"


def test_a_description_without_a_mention_goes_to_the_person_named_with_that_role():
    cast = {
        "Ren Xianliang": ("PERSON", ["Ren Xianliang"]),
        "Antonio Guterres": ("PERSON", ["Antonio Guterres"]),
        "United Nations": ("ORG", ["United Nations", "UN"]),
    }
    role, last_named = quotes_of(
        "Ren Xianliang, secretary-general of the WIC, met UN head Antonio Guterres.",
        '"Cooperation is the only way forward," the secretary-general said.',
        '"Halfway to 2030, the promise is in peril," the UN chief said.',
        cast=cast,
    )
    assert role["speaker_entity_id"] == "e:Ren Xianliang"
    assert last_named["speaker_entity_id"] == "e:Antonio Guterres"  # not the UN inside it


def test_an_organization_description_goes_to_the_organization_so_named():
    cast = {"European Commission": ("ORG", ["European Commission"])}
    (row,) = quotes_of(
        "The European Commission set new rules.",
        '"Methane is responsible for a third of the warming," the Commission said.',
        cast=cast,
    )
    assert row["speaker_entity_id"] == "e:European Commission"


RAFSANJANI = {
    "Akbar Hashemi Rafsanjani": ("PERSON", ["Akbar Hashemi Rafsanjani", "Rafsanjani"]),
    "Hans Blix": ("PERSON", ["Hans Blix", "Blix"]),
    "International Atomic Energy Agency": ("ORG", ["International Atomic Energy Agency"]),
}


def test_he_said_goes_to_the_subject_not_the_last_name():
    (row,) = quotes_of(
        "Rafsanjani made the remark in a meeting with IAEA chief Hans Blix in Tehran.",
        '"We will never build nuclear weapons," he said.',
        cast=RAFSANJANI,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("he", "e:Akbar Hashemi Rafsanjani")


def test_she_said_skips_a_man_named_after_the_woman():
    cast = {
        "Maria Lopez": ("PERSON", ["Maria Lopez", "Lopez"]),
        "Mr. Daniel Reyes": ("PERSON", ["Mr. Daniel Reyes", "Reyes"]),
    }
    (row,) = quotes_of(
        "Maria Lopez visited the port. Mr. Daniel Reyes showed her the new cranes.",
        '"Trade will double," she said.',
        cast=cast,
    )
    assert row["speaker_entity_id"] == "e:Maria Lopez"


def test_a_man_named_as_subject_after_a_title_is_he():
    cast = {
        "Willy Bett": ("PERSON", ["Willy Bett"]),
        "Chinua Achebe": ("PERSON", ["Chinua Achebe"]),
    }
    (row,) = quotes_of(
        'The series includes "Things Fall Apart" by Chinua Achebe.',
        "Ambassador to China Willy Bett said literature could do what trade could not.",
        '"Books bring our people," he said.',
        cast=cast,
    )
    assert row["speaker_entity_id"] == "e:Willy Bett"


def test_unnamed_speakers_keep_their_text_and_no_entity():
    rows = quotes_of(
        "Ren Xianliang toured the market on Monday.",
        '"Prices have doubled since spring," one observer said.',
        '"We cannot sell at a loss," a local farmer said.',
        '"The queues are longer every week," an office worker remarked.',
        '"Nobody explained the new rules to us," the farmer said.',
        cast=REN,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("one observer", None),
        ("a local farmer", None),
        ("an office worker", None),
        ("the farmer", None),
    ]


def test_it_they_and_documents_speak_for_the_organization():
    cast = {
        "Foreign Ministry": ("ORG", ["Foreign Ministry", "ministry"]),
        "Wang Yi": ("PERSON", ["Wang Yi"]),
    }
    rows = quotes_of(
        "The Foreign Ministry issued a memorandum after Wang Yi met envoys on Tuesday.",
        '"Our position has not changed," it said.',
        '"The talks must resume soon," the memorandum said.',
        '"We hope for restraint," they said.',
        '"Dialogue is the only way," the ministry said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("it", "e:Foreign Ministry"),
        ("the memorandum", "e:Foreign Ministry"),
        ("they", "e:Foreign Ministry"),
        ("the ministry", "e:Foreign Ministry"),
    ]


def test_a_spokesman_named_long_before_is_not_the_press_service():
    cast = {
        "Dmitry Peskov": ("PERSON", ["Dmitry Peskov", "Peskov"]),
        "Kremlin": ("ORG", ["Kremlin"]),
    }
    filler = [f"Paragraph {n} says nothing about anyone." for n in range(7)]
    rows = quotes_of(
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
        *filler,
        '"The visit was a success," the press service stressed.',
        '"The visit was long," the spokesman said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the press service", None),
        ("the spokesman", "e:Dmitry Peskov"),  # named with that role
    ]


def test_a_team_or_company_before_a_role_and_a_name_is_not_the_speaker():
    cast = {
        "Ghana": ("PLACE", ["Ghana"]),
        "Kwesi Appiah": ("PERSON", ["Kwesi Appiah", "Appiah"]),
    }
    (row,) = quotes_of(
        '"We will be ready for the final," said Ghana coach Kwesi Appiah on Sunday.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "Ghana coach Kwesi Appiah",
        "e:Kwesi Appiah",
    )


def test_a_pronoun_after_an_opening_phrase_is_still_a_pronoun():
    cast = {"Lena Fischer": ("PERSON", ["Lena Fischer", "Fischer"])}
    (row,) = quotes_of(
        "Lena Fischer bought a stake in the club in 2003.",
        'In March she said she was "looking at every option" for the club.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("she", "e:Lena Fischer")


def test_a_group_of_unnamed_people_is_nobody_named_and_the_company_is_the_company():
    cast = {
        "Aldo Brandt": ("PERSON", ["Aldo Brandt"]),
        "Norvia Pharma": ("ORG", ["Norvia Pharma"]),
    }
    judges, company = quotes_of(
        "The panel, chaired by Aldo Brandt, met in Milan.",
        '"It is a bold and funny first novel," wrote the judges.',
        "Norvia Pharma named a new research head on Monday.",
        'The company said the trials would "restart within weeks".',
        cast=cast,
    )
    assert (judges["speaker_text"], judges["speaker_entity_id"]) == ("the judges", None)
    assert (company["speaker_text"], company["speaker_entity_id"]) == (
        "The company",
        "e:Norvia Pharma",
    )


def test_the_company_is_the_body_the_story_opens_on_after_what_it_is():
    # `metals group` says what Boliden is; it is no verb that makes the name an object.
    cast = {"Norvik AB": ("ORG", ["Norvik AB"]), "Ahlsell AB": ("ORG", ["Ahlsell AB"])}
    (row,) = quotes_of(
        "Swedish mining and metals group Norvik AB forecast a return to profit in 1987.",
        "The company, which consolidated the conglomerate Ahlsell AB this year, said the "
        "result included write-offs.",
        '"These costs have arisen from a change of direction for the group," the company '
        "said in a statement.",
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("the company", "e:Norvik AB")


def test_a_name_after_a_roles_verb_is_what_the_role_said_not_who_holds_it():
    cast = {"Alan Camden": ("PERSON", ["Alan Camden", "Mr Camden"])}
    (row,) = quotes_of(
        "A Labour source told the Sunday Times Mr Camden would lead the campaign. "
        '"They used pictures from the 1970s in the 1992 campaign," the source told the paper.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("the source", None)


def test_a_description_that_names_a_body_by_its_first_word_is_that_body():
    cast = {
        "Brookehill Partners Inc": ("ORG", ["Brookehill Partners Inc"]),
        "Cardis Corp": ("ORG", ["Cardis Corp", "Cardis"]),
    }
    (row,) = quotes_of(
        "A group controlled by Brookehill Partners Inc may support a buyout of Cardis Corp.",
        '"The shares continue to offer room for price appreciation," the Brookehill group '
        "told the SEC.",
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "the Brookehill group",
        "e:Brookehill Partners Inc",
    )


def test_a_role_of_a_body_described_not_named_is_the_one_person_its_paragraph_names():
    cast = {"Sundar Katwala": ("PERSON", ["Sundar Katwala", "Mr Katwala"])}
    _, row = quotes_of(
        'The Fabian Society\'s Sundar Katwala said the change was "long overdue". The '
        "political reform group's general secretary told the Today programme: \"In 1998 "
        'the government said in principle it supported the idea."',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "The political reform group's general secretary",
        "e:Sundar Katwala",
    )


def test_a_colon_after_a_fragment_gives_the_person_a_body_s_role_names():
    cast = {
        "Refugee Council": ("ORG", ["Refugee Council"]),
        "Enver Solomon": ("PERSON", ["Enver Solomon"]),
    }
    fragment, whole = quotes_of(
        'CEO of the Refugee Council Enver Solomon told Sky News any process "must be well '
        'thought out": "Moves to reduce the backlog are welcome but not like this."',
        cast=cast,
    )
    assert fragment["speaker_entity_id"] == whole["speaker_entity_id"] == "e:Enver Solomon"


def test_its_report_speaks_for_the_body_it_stands_for():
    cast = {"Electoral Commission": ("ORG", ["Electoral Commission"])}
    (row,) = quotes_of(
        "The Electoral Commission says capping donations would cost taxpayers more.",
        '"We are not in principle opposed to the idea," its report said.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "its report",
        "e:Electoral Commission",
    )


def test_a_spokesman_the_sentence_does_not_place_speaks_for_the_body_before_him():
    cast = {
        "Sky": ("ORG", ["Sky"]),
        "Henley Group": ("ORG", ["Henley Group", "Henley"]),
        "Bear Stearns": ("ORG", ["Bear Stearns"]),
        "Robert Ortner": ("PERSON", ["Robert Ortner"]),
    }
    rows = quotes_of(
        'But Sky denied the programme broke the code. A spokesperson said: "Sky listened '
        'to the concerns raised by the council."',
        "Henley Group has not hired Bear Stearns, a Henley spokesman said. Traders said "
        'Bear Stearns was restricted in both. "We don\'t have them looking into anything," '
        "a spokesman said.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("A spokesperson", "e:Sky"),
        ("a spokesman", "e:Henley Group"),
    ]
    (unnamed,) = quotes_of(
        "A spokesman was commenting on remarks by Under-Secretary Robert Ortner. "
        '"Only two people are authorized to speak on the dollar," the spokesman said.',
        cast=cast,
    )
    assert (unnamed["speaker_text"], unnamed["speaker_entity_id"]) == ("the spokesman", None)


def test_a_quote_after_reported_speech_takes_its_speaker():
    cast = {"Ines Varga": ("PERSON", ["Ines Varga", "Varga"])}
    (row,) = quotes_of(
        "Analyst Ines Varga said the budget would lift growth. "
        '"A cut in company taxes is good news for investors," Others were less sure.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"], row["attribution"]) == (
        "Analyst Ines Varga",
        "e:Ines Varga",
        "leading",
    )


def test_a_quote_after_a_sentence_that_ends_with_its_speaker_takes_that_speaker():
    cast = {"Lena Okafor": ("PERSON", ["Lena Okafor", "Okafor"])}
    first, second = quotes_of(
        "Strong winds over the estuary made the second half of the crossing much harder, "
        "Okafor said, adding that the team had trained for it. "
        '"It burns the thighs, but we knew it would." The crew landed at noon.',
        "Ticket sales for the spring season rose by a third over the whole country, "
        "the organisers said. \"It's the best year we've had.\"",
        cast=cast,
    )
    assert (first["speaker_text"], first["speaker_entity_id"], first["attribution"]) == (
        "Okafor",
        "e:Lena Okafor",
        "leading",
    )
    # A speaker that names no one is still the speaker the text gives.
    assert (second["speaker_text"], second["speaker_entity_id"]) == ("the organisers", None)


def test_a_quote_opening_the_next_paragraph_continues_the_speaker_whatever_follows():
    cast = {"Tomas Reyes": ("PERSON", ["Tomas Reyes", "Reyes"])}
    _, second = quotes_of(
        '"If they are picked, they have to deliver," said Tomas Reyes.',
        '"If not, someone else will take their place." The squad meets on Monday.',
        cast=cast,
    )
    assert (second["speaker_entity_id"], second["attribution"]) == ("e:Tomas Reyes", "continued")


def test_an_auxiliary_before_the_verb_is_not_part_of_the_speaker():
    cast = {"Mara Lind": ("PERSON", ["Mara Lind", "Lind"])}
    (row,) = quotes_of('Mara Lind has said she is "ready to serve a full term".', cast=cast)
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("Mara Lind", "e:Mara Lind")


def test_a_reopening_mark_inside_a_quotation_starts_the_same_speakers_next_one():
    # Copy that lost its paragraph breaks: `"...home. "Next week` re-opens, never closes.
    cast = {"Tom Hale": ("PERSON", ["Tom Hale", "Hale"])}
    rows = quotes_of(
        'Hale said: "We lost the match at home. "Next week we will win it back on the road." '
        "The club sits fourth.",
        cast=cast,
    )
    assert [(r["text"], r["attribution"], r["speaker_entity_id"]) for r in rows] == [
        ("We lost the match at home.", "leading", "e:Tom Hale"),
        ("Next week we will win it back on the road.", "continued", "e:Tom Hale"),
    ]


def test_who_issued_a_statement_gives_the_quotation_after_it_even_one_closed_by_a_typo():
    cast = {"John Cornyn": ("PERSON", ["John Cornyn", "Cornyn"])}
    rows = quotes_of(
        "U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding the "
        'choice. "Like many Texans, I am disappointed with the decision."',
        "Cornyn's statement added, \u201cThere is no question Houston should have been "
        "selected.\u201c However, the centre will receive seats.",
        cast=cast,
    )
    assert [(r["text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("Like many Texans, I am disappointed with the decision.", "e:John Cornyn",
         "issued a statement"),
        ("There is no question Houston should have been selected.", "e:John Cornyn", "added"),
    ]  # fmt: skip


def test_a_short_quotation_inside_a_straight_marked_one_is_nested_not_a_new_one():
    cast = {"Brett McGurk": ("PERSON", ["Brett McGurk", "McGurk"])}
    rows = quotes_of(
        'McGurk wrote: "The statement shows no grasp of the ground. The "United States" is '
        'not holding any detainees." McGurk later wrote, "The fighters lost thousands in '
        'the battle."',
        cast=cast,
    )
    assert [(r["text"], r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        (
            'The statement shows no grasp of the ground. The "United States" is not holding '
            "any detainees.",
            "McGurk",
            "e:Brett McGurk",
        ),
        ("The fighters lost thousands in the battle.", "McGurk", "e:Brett McGurk"),
    ]


def test_he_after_two_speakers_in_one_sentence_is_the_later_and_and_wrote_is_the_subjects():
    cast = {
        "Andrzej Duda": ("PERSON", ["Andrzej Duda", "Duda"]),
        "Joachim Brudzinski": ("PERSON", ["Joachim Brudzinski", "Brudzinski"]),
    }
    victims, minister, president = quotes_of(
        'President Andrzej Duda said the victims were "girls starting out in life" while '
        "Interior Minister Joachim Brudzinski wrote he had ordered checks on escape rooms. "
        'He tweeted, "I want to express my sympathy to the families." Duda also called '
        'the deaths "crushing" and wrote "May God protect their parents."',
        cast=cast,
    )
    assert victims["speaker_entity_id"] == "e:Andrzej Duda"
    assert (minister["speaker_text"], minister["speaker_entity_id"]) == (
        "He",
        "e:Joachim Brudzinski",
    )
    assert (president["speaker_text"], president["speaker_entity_id"], president["verb"]) == (
        "Duda",
        "e:Andrzej Duda",
        "wrote",
    )


def test_a_verb_joined_by_and_speaks_for_the_subject_not_the_phrase_before_it():
    cast = {
        "Marta Kovac": ("PERSON", ["Marta Kovac"]),
        "Ruritania": ("PLACE", ["Ruritania"]),
        "Harbour Board": ("ORG", ["Harbour Board"]),
    }
    rows = quotes_of(
        "Later, Harbour Board spokeswoman Marta Kovac defended the new tariffs against "
        'Ruritania and said officials "do not expect a trade war."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Marta Kovac", "e:Marta Kovac")
    ]


def test_an_unnamed_spokesman_of_a_named_person_gives_that_persons_words():
    # As the gold guideline reads `X's spokesperson said`: X, unless the spokesperson is
    # named; an agent of a named person is no spokesman.
    cast = {"Tom Hale": ("PERSON", ["Tom Hale", "Mr Hale"])}
    rows = quotes_of(
        '"We are looking at it," said Mr Hale\'s official spokesman.',
        '"It is over," said Mr Hale\'s agent.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Mr Hale's official spokesman", "e:Tom Hale"),
        ("Mr Hale's agent", None),
    ]


def test_an_unnamed_spokesman_of_a_body_gives_the_bodys_words():
    cast = {
        "Interpol": ("ORG", ["Interpol"]),
        "Department for Education": ("ORG", ["Department for Education"]),
        "Skills": ("ORG", ["Skills"]),
    }
    rows = quotes_of(
        'Its rules bar "any intervention of a political or military character," an Interpol '
        "spokesperson stated.",
        'A Department for Education and Skills spokeswoman said: "The venture was bold."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("an Interpol spokesperson", "e:Interpol"),
        ("A Department for Education and Skills spokeswoman", "e:Department for Education"),
    ]


def test_he_said_prefers_who_spoke_and_skips_objects_of_any_verb():
    cast = {
        "Bexley Ferries": ("PERSON", ["Bexley Ferries"]),  # a firm the model took for a man
        "Lord Amberley": ("PERSON", ["Lord Amberley", "Amberley"]),
        "Lucy Grant": ("PERSON", ["Lucy Grant"]),
        "Tom Hale": ("PERSON", ["Tom Hale", "Hale"]),
    }
    rows = quotes_of(
        "Bexley Ferries operate two other ships, but Amberley said they would sail.",
        '"It is too early to say what happened," he told reporters.',
        "Tom Hale spoke at the college. He defended Lucy Grant against her critics.",
        '"Fees put students off university, especially the poorer ones," he said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Lord Amberley", "e:Tom Hale"]


def test_he_after_a_quotation_with_its_speaker_goes_to_that_speaker():
    cast = {
        "William Stone": ("PERSON", ["William Stone", "Stone"]),
        "Reagan": ("PERSON", ["Reagan"]),
    }
    rows = quotes_of(
        '"(Reagan) fell for the idea that tax cuts pay for themselves," Stone said, in an '
        "interview.",
        '"Every time we hear that nonsense we ought to howl," he said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:William Stone", "e:William Stone"]


def test_a_body_described_in_three_words_and_a_role_after_the_verb():
    cast = {
        "Chip Makers Association": ("ORG", ["Chip Makers Association"]),
        "Liverpool": ("ORG", ["Liverpool"]),
        "Sean Doyle": ("PERSON", ["Sean Doyle", "Doyle"]),
    }
    rows = quotes_of(
        "The Chip Makers Association wrote to the minister.",
        '"Agreements must be honoured by all the parties," the trade group said.',
        "Doyle starred against France.",
        '"We can win the group, even though it is tough," said the Liverpool player.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the trade group", "e:Chip Makers Association"),
        ("the Liverpool player", "e:Sean Doyle"),
    ]


def _said(rows: list[dict]) -> list[tuple]:
    return [(r["text"], r["speaker_text"], r["speaker_entity_id"], r["attribution"]) for r in rows]


PLANT = {
    "Luigi Lucchini": ("PERSON", ["Luigi Lucchini"]),
    "Confindustria": ("ORG", ["Confindustria"]),
    "Chung Mong-koo": ("PERSON", ["Chung Mong-koo"]),
    "Roly Keating": ("PERSON", ["Roly Keating", "Mr Keating"]),
}


def test_attributions_after_a_full_stop_a_lower_case_role_and_an_open_appositive():
    rows = quotes_of(
        '"The plant opens in May." said chairman Chung Mong-koo.',
        '"We need a second plant," chairman Chung Mong-koo said in a statement.',
        '"Costs must come down," Luigi Lucchini, president of the employers group'
        " Confindustria said.",
        '"Prices will rise," said another senior official.',
        cast=PLANT,
    )
    assert quotes_of('"Prices will rise." Chung Mong-koo said so.', cast=PLANT) == []
    assert _said(rows) == [
        ("The plant opens in May.", "chairman Chung Mong-koo", "e:Chung Mong-koo", "trailing"),
        ("We need a second plant,", "chairman Chung Mong-koo", "e:Chung Mong-koo", "trailing"),
        ("Costs must come down,", "Luigi Lucchini", "e:Luigi Lucchini", "trailing"),
        ("Prices will rise,", "another senior official", None, "trailing"),
    ]


def test_a_colon_hands_the_quotation_to_the_subject_of_its_sentence():
    rows = quotes_of(
        'The show moves to Sundays. Channel controller Roly Keating: "It is a new era."',
        'Mr Keating told the BBC: "It is early days."',
        'Mr Keating spoke at length. He continued: "We want to make it bigger."',
        'The channel gave a statement. A statement read:"Nothing has been decided."',
        cast=PLANT,
    )
    assert [(r["text"], r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("It is a new era.", "Roly Keating", "e:Roly Keating", ""),
        ("It is early days.", "Mr Keating", "e:Roly Keating", "told"),
        ("We want to make it bigger.", "He", "e:Roly Keating", "continued"),
        # a document that names no body keeps its words, with no one to speak them
        ("Nothing has been decided.", "A statement", None, "read"),
    ]


def test_fragments_inside_a_reporting_sentence_and_a_report_before_a_paragraph():
    cast = {
        "Lord Goldsmith": ("PERSON", ["Lord Goldsmith"]),
        "Andy Richards": ("PERSON", ["Andy Richards"]),
        "Clive Woodward": ("PERSON", ["Clive Woodward", "Woodward"]),
    }
    rows = quotes_of(
        'Lord Goldsmith said the answer represented his "genuinely held independent view" and'
        ' the club was "very pleased".',
        "Andy Richards said the leaflet was what he expected.",
        '"The people of this town will not put up with this."',
        "The restoration of the films revealed new details.",
        '"There is a cabinet stuck behind one of the doorways."',
        'As a result, Woodward stressed his squad might change. "Recent results have not been'
        ' that impressive at all."',
        cast=cast,
    )
    assert _said(rows) == [
        ("genuinely held independent view", "Lord Goldsmith", "e:Lord Goldsmith", "leading"),
        (
            "The people of this town will not put up with this.",
            "Andy Richards",
            "e:Andy Richards",
            "leading",
        ),
        (
            "Recent results have not been that impressive at all.",
            "Woodward",
            "e:Clive Woodward",
            "leading",
        ),
    ]


def test_quotations_next_to_an_attributed_one_are_the_same_speakers():
    cast = {"Kelly Holmes": ("PERSON", ["Kelly Holmes", "Holmes"])}
    rows = quotes_of(
        'She won. "It was nice to win at home." "I felt good," said Holmes. "Very."',
        'A crowd gathered. "Not short."',
        cast=cast,
    )
    assert _said(rows) == [
        ("It was nice to win at home.", "Holmes", "e:Kelly Holmes", "continued"),
        ("I felt good,", "Holmes", "e:Kelly Holmes", "trailing"),
        ("Very.", "Holmes", "e:Kelly Holmes", "continued"),
    ]


def test_he_follows_a_chain_of_pronouns_and_skips_names_inside_quotations():
    cast = {
        "Helen Mirren": ("PERSON", ["Helen Mirren", "Mirren"]),
        "Katharine Hepburn": ("PERSON", ["Katharine Hepburn"]),
        "Charles Kennedy": ("PERSON", ["Charles Kennedy", "Mr Kennedy"]),
        "Tony Blair": ("PERSON", ["Tony Blair", "Mr Blair"]),
        "John Houlihan": ("PERSON", ["John Houlihan"]),
        "Mark Jones": ("PERSON", ["Mark Jones"]),
    }
    rows = quotes_of(
        "Actress Helen Mirren won on Sunday. She thanked the woman she played, Katharine"
        ' Hepburn, for her example. "It was a gift," she said.',
        "Mr Kennedy spoke in Leeds. But he said Mr Blair had lost the trust of voters. "
        '"There is a lack of trust," he said.',
        'Mr Kennedy was asked. "I met Mark Jones and we agreed," he said. Later it rained.'
        ' "We will win," he added.',
        'The price is low, according to John Houlihan, an editor. "It is a fair price," he says.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Helen Mirren",
        "e:Charles Kennedy",
        "e:Charles Kennedy",
        "e:Charles Kennedy",
        "e:John Houlihan",
    ]


FISCHER = {"Lena Fischer": ("PERSON", ["Lena Fischer", "Fischer"])}


def test_the_one_an_agency_quotes_as_saying_is_the_speaker():
    cast = FISCHER | {"AP": ("ORG", ["AP"]), "Interfax": ("ORG", ["Interfax"])}
    before, after, passive = quotes_of(
        'AP quoted prosecutor Lena Fischer as saying "the evidence was overwhelming."',
        '"We will appeal," AP quoted Fischer as saying.',
        'Fischer was quoted by the Interfax news agency as saying: "It is a clear win."',
        cast=cast,
    )
    assert (before["speaker_text"], before["verb"], before["attribution"]) == (
        "prosecutor Lena Fischer",
        "quoted",
        "leading",
    )
    assert (after["speaker_text"], after["attribution"]) == ("Fischer", "trailing")
    assert passive["verb"] == "was quoted by the Interfax news agency as saying"
    assert {r["speaker_entity_id"] for r in (before, after, passive)} == {"e:Lena Fischer"}


def test_speaker_text_drops_the_clause_before_but_the_day_after_and_a_passive_is_none():
    cast = FISCHER | {"Tony Blair": ("PERSON", ["Tony Blair"])}
    but, day, told = quotes_of(
        'Blair is out with a cold but Fischer said: "No-one is to blame for it."',
        'Tony Blair spoke in Leeds. The prime minister on Sunday said it would be "toughened'
        ' up a great deal".',
        'Despite being told to rest, Fischer said: "I feel fine and ready to go."',
        cast=cast,
    )
    assert (but["speaker_text"], but["speaker_entity_id"]) == ("Fischer", "e:Lena Fischer")
    assert (day["speaker_text"], day["speaker_entity_id"]) == ("The prime minister", "e:Tony Blair")
    assert (told["speaker_text"], told["speaker_entity_id"]) == ("Fischer", "e:Lena Fischer")


def test_a_pronoun_after_an_abbreviation_that_ends_a_sentence_is_the_speaker():
    cast = {"An Wang": ("PERSON", ["An Wang", "Wang"])}
    (row,) = quotes_of(
        'Wang grew in the U.S. He said Europe "remains fairly firm today."', cast=cast
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("He", "e:An Wang")


def test_a_person_given_a_relative_clause_is_who_he_refers_to_even_as_an_object():
    cast = {
        "Cate Blanchett": ("PERSON", ["Cate Blanchett"]),
        "Leo Marsh": ("PERSON", ["Leo Marsh"]),
    }
    (row,) = quotes_of(
        "Cate Blanchett arrived early.",
        "The biggest cheer was for star Leo Marsh, who signed autographs. He said the"
        ' welcome was "unlike anything I have seen".',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("He", "e:Leo Marsh")


def test_the_company_is_the_one_the_story_is_about_not_the_one_named_last():
    cast = {
        "Oglethorpe Power": ("ORG", ["Oglethorpe Power", "Oglethorpe"]),
        "Georgia Power": ("ORG", ["Georgia Power"]),
        "Cooper Canada Ltd": ("ORG", ["Cooper Canada Ltd"]),
    }
    (power,) = quotes_of(
        "Oglethorpe Power said it will not raise rates.",
        "Earlier, Georgia Power said costs rose. Oglethorpe said its share is small."
        ' "We do not plan to raise rates this year," the company said.',
        cast=cast,
    )
    (tagged,) = quotes_of(  # a Reuters tag round the name leaves it the subject
        "<Cooper Canada Ltd> said it has received offers.",
        'The company also said that "talks are continuing, but no deal has been made."',
        cast=cast,
    )
    assert power["speaker_entity_id"] == "e:Oglethorpe Power"
    assert tagged["speaker_entity_id"] == "e:Cooper Canada Ltd"


def test_a_linking_word_before_the_quotation_and_a_decimal_in_the_reporting_sentence():
    cast = {"Ed Keefe": ("PERSON", ["Ed Keefe", "Keefe"])}
    linked, decimal = quotes_of(
        'Keefe said the next level is 101. Furthermore, "we still have the April highs to'
        ' beat," which is far.',
        "Speaking at a meeting for securities analysts, Keefe, the chairman, said growth is"
        ' 8.5 pct a year, "given an economy that stays on course."',
        cast=cast,
    )
    assert (linked["text"], linked["speaker_entity_id"]) == (
        "we still have the April highs to beat,",
        "e:Ed Keefe",
    )
    assert (decimal["speaker_text"], decimal["speaker_entity_id"]) == ("Keefe", "e:Ed Keefe")


def test_a_reporting_pronoun_after_a_comma_is_not_the_name_it_reports_on():
    cast = {
        "Michael Howard": ("PERSON", ["Michael Howard"]),
        "Tony Blair": ("PERSON", ["Tony Blair", "Mr Blair"]),
    }
    (row,) = quotes_of(
        "Michael Howard spoke on Monday.",
        "Mr Blair has failed to tackle these problems, he claimed. "
        '"The result is big government and higher taxes for all."',
        cast=cast,
    )
    assert (row["speaker_text"], row["verb"], row["speaker_entity_id"]) == (
        "he",
        "claimed",
        "e:Michael Howard",
    )


def test_a_statement_far_from_any_body_is_the_one_the_story_opened_on():
    cast = {
        "Swiss Bankers Association": ("ORG", ["Swiss Bankers Association"]),
        "Marcos": ("PERSON", ["Marcos"]),
        "Philippine": ("ORG", ["Philippine"]),
    }
    (row,) = quotes_of(
        "Claims that former Philippine President Marcos hid money prompted the move.",
        "The Swiss Bankers Association said it wanted to curb secrecy.",
        "The association said it would insist on names.",
        "Banks would still face fines.",
        '"The new code will guard banking secrecy and help the banks," the statement said.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "the statement",
        "e:Swiss Bankers Association",
    )


def test_an_adverb_before_a_speech_verb_makes_it_a_participle_not_an_attribution():
    (row,) = quotes_of(
        "The chiefs of Acme said they will complete the previously announced merger"
        ' "as quickly as they can."',
        cast={"Acme": ("ORG", ["Acme"])},
    )
    assert (row["speaker_text"], row["verb"], row["speaker_entity_id"]) == (
        "The chiefs of Acme",
        "said",
        "e:Acme",
    )


def test_a_pronoun_ending_a_span_begun_mid_sentence_is_the_speaker():
    cast = {"Dan Leary": ("PERSON", ["Dan Leary", "Leary"])}
    deal, asked = quotes_of(
        'Leary has been in talks over a new deal and he said: "I had a message from his agent."',
        'Leary spoke of his actions but when asked replied: "Is the sky blue?"',
        cast=cast,
    )
    assert (deal["speaker_text"], deal["speaker_entity_id"]) == ("he", "e:Dan Leary")
    assert (asked["speaker_text"], asked["verb"]) == ("Leary", "replied")  # not `when asked`


def test_a_name_after_by_and_a_title_is_the_object_of_the_clause_before():
    cast = {
        "Gordon Brown": ("PERSON", ["Gordon Brown", "Mr Brown"]),
        "Oliver Letwin": ("PERSON", ["Oliver Letwin"]),
    }
    (row,) = quotes_of(
        "Mr Brown spoke in Gateshead.",
        "The chancellor said the cuts proposed by shadow chancellor Oliver Letwin were deep,"
        ' he told activists. Then he said: "Never again boom and bust for this country."',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("he", "e:Gordon Brown")


def test_a_fragment_after_a_verb_of_judging_or_asking_is_its_subject_s_words():
    cast = {"Lena Fischer": ("PERSON", ["Lena Fischer", "Fischer"]), "Acme": ("ORG", ["Acme"])}
    accused, called, described, named = quotes_of(
        'Fischer accused Acme of being "totally irresponsible with our money".',
        'Fischer called for "an end to the killing now".',
        'Fischer described the plan as "simply not good enough". The firm was named "Best'
        ' Place To Work" in 2004. "Our worry is the plan, and all of it," Acme wrote.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["verb"]) for r in (accused, called, described)] == [
        ("Fischer", "accused"),
        ("Fischer", "called for"),
        ("Fischer", "described"),
    ]
    assert named["text"] == "Our worry is the plan, and all of it,"


def test_a_possessor_is_no_subject_but_a_document_speaks_for_its_owner():
    cast = {
        "Michael Moore": ("PERSON", ["Michael Moore", "Moore"]),
        "Tim Dams": ("PERSON", ["Tim Dams"]),
        "Calisto Tanzi": ("PERSON", ["Calisto Tanzi", "Mr Tanzi"]),
        "Adam Curry": ("PERSON", ["Adam Curry"]),
    }
    dams, tanzi, curry = quotes_of(
        "Moore's film may have been hurt by its category, says Tim Dams, an editor. But he"
        ' also believes it is too political. "Oscar voters go for epic pictures and they'
        ' always have," he said.',
        '"I apologise to all who have suffered," Mr Tanzi\'s statement said.',
        "Adam Curry's pressing ahead with his own show. He loves it. \"It is a badge I'll"
        ' wear with great honour," he says.',
        cast=cast,
    )
    assert (dams["speaker_text"], dams["speaker_entity_id"]) == ("he", "e:Tim Dams")
    assert (tanzi["speaker_text"], tanzi["speaker_entity_id"]) == (
        "Mr Tanzi's statement",
        "e:Calisto Tanzi",
    )
    assert curry["speaker_entity_id"] == "e:Adam Curry"  # `Curry's pressing`: Curry is


def test_while_before_a_pronoun_is_an_opener():
    cast = {"Tim Dams": ("PERSON", ["Tim Dams", "Dams"])}
    (row,) = quotes_of(
        'Dams spoke. While he said the voters were not "snubbing the film at all", he doubted it.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("he", "e:Tim Dams")


def test_a_conjunction_or_a_day_opening_the_sentence_is_no_part_of_the_speaker():
    cast = FISCHER | {"Karl Brandt": ("PERSON", ["Karl Brandt", "Brandt"])}
    but, meanwhile, day = quotes_of(
        'But Fischer said: "The budget is not enough for the schools."',
        'Meanwhile Karl Brandt said: "We will vote against it next week."',
        'Brandt left early. But on Friday he said: "I have not changed my mind at all."',
        cast=cast,
    )
    assert (but["speaker_text"], but["speaker_entity_id"]) == ("Fischer", "e:Lena Fischer")
    assert (meanwhile["speaker_text"], meanwhile["speaker_entity_id"]) == (
        "Karl Brandt",
        "e:Karl Brandt",
    )
    assert (day["speaker_text"], day["speaker_entity_id"]) == ("he", "e:Karl Brandt")


def test_an_office_no_one_is_named_with_stays_unnamed_among_several_people():
    cast = FISCHER | {
        "Karl Brandt": ("PERSON", ["Karl Brandt", "Mr Brandt"]),
        "Ada Moss": ("PERSON", ["Ada Moss"]),
    }
    several, named = quotes_of(
        "Mr Brandt and Lena Fischer met. But the prime minister said the talks were"
        ' "a load of nonsense".',
        'Foreign Secretary Ada Moss flew in. The foreign secretary said: "We stand firm here."',
        cast=cast,
    )
    assert (several["speaker_text"], several["speaker_entity_id"]) == ("the prime minister", None)
    assert (named["speaker_text"], named["speaker_entity_id"]) == (
        "The foreign secretary",
        "e:Ada Moss",
    )


def test_a_description_with_a_name_set_after_it_is_that_person():
    cast = FISCHER | {"Karl Brandt": ("PERSON", ["Karl Brandt"])}
    (row,) = quotes_of(
        "Karl Brandt spoke first. The Higher Education Minister, Lena Fischer, said: "
        '"We are working in schools to raise the attainment of young people."',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == (
        "The Higher Education Minister",
        "e:Lena Fischer",
    )


def test_a_description_whose_appositive_gives_a_role_before_the_name_is_that_person():
    cast = FISCHER | {"Karl Brandt": ("PERSON", ["Karl Brandt", "Brandt"])}
    lead, other, bishop = quotes_of(
        "Karl Brandt chaired the panel. The study's lead author, doctoral candidate Lena "
        'Fischer, said, "We looked at emissions from every kind of power plant."',
        "Another co-author, civil engineering professor Karl Brandt, said, "
        '"We have seen this in our earlier research as well."',
        "In a statement, the current bishop, Karl Brandt, said, "
        '"It is with great sadness that I announce his death."',
        cast=cast,
    )
    assert (lead["speaker_text"], lead["speaker_entity_id"]) == (
        "The study's lead author",
        "e:Lena Fischer",
    )
    assert (other["speaker_text"], other["speaker_entity_id"]) == (
        "Another co-author",
        "e:Karl Brandt",
    )
    # `In a statement,` is where the words were given, not who gave them.
    assert (bishop["speaker_text"], bishop["speaker_entity_id"]) == (
        "the current bishop",
        "e:Karl Brandt",
    )


def test_a_role_with_a_relative_clause_still_belongs_to_the_name_before_it():
    cast = FISCHER | {"IAAF": ("ORG", ["IAAF"])}
    (row,) = quotes_of(
        "Lena Fischer, spokeswoman for the ruling body the IAAF, which handed out the bans, "
        'said: "We cannot comment on the hearing."',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("Lena Fischer", "e:Lena Fischer")


def test_a_name_that_only_qualifies_a_word_is_no_referent():
    cast = {"Jimmy Carter": ("PERSON", ["Carter"])}
    (row,) = quotes_of(
        "The market is more global than in the Carter administration years, the official said.",
        '"There was not the same ease then for holders of other currencies," he added.',
        cast=cast,
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("he", None)


def test_one_who_spoke_since_the_last_quotation_speaks_the_next():
    cast = FISCHER | {"Karl Brandt": ("PERSON", ["Karl Brandt", "Brandt"])}
    first, second = quotes_of(
        'Karl Brandt said the changes were "very modest" and would tackle early retirement. '
        "But union leader Lena Fischer criticised the plans. "
        '"If you want good public services you do not get them by hitting people as they retire."',
        cast=cast,
    )
    assert first["speaker_entity_id"] == "e:Karl Brandt"
    assert (second["speaker_text"], second["speaker_entity_id"]) == (
        "Lena Fischer",
        "e:Lena Fischer",
    )


def test_a_name_opening_what_someone_believes_is_not_the_sentences_subject():
    cast = FISCHER | {"Karl Brandt": ("PERSON", ["Karl Brandt", "Brandt"])}
    rows = quotes_of(
        "Lena Fischer has been given confidence by the arrival of coach Karl Brandt.",
        "And the veteran defender believes Brandt is suited to the squad. "
        '"It is only normal that a team of big names gets a coach like Brandt," she said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("she", "e:Lena Fischer")
    ]


# The shapes below are from the Wikinews quotations split (tests/gold/wikinews/, CC BY 2.5).
STRAUSS = {"David Strauss": ("PERSON", ["David Strauss"]), "USAF": ("ORG", ["USAF"])}


def test_the_name_right_before_a_participle_of_speech_speaks():
    (row,) = quotes_of(
        "USAF officials said that the contract had been awarded based on competence, with"
        ' UBS analyst David Strauss saying "The key decision was the amount of fuel."',
        cast=STRAUSS,
    )
    assert (row["speaker_text"], row["verb"]) == ("David Strauss", "saying")
    assert row["speaker_entity_id"] == "e:David Strauss"


def test_a_participle_after_a_comma_belongs_to_the_subject_of_its_sentence():
    (row,) = quotes_of(
        "Jobs resigned in a letter to Apple's board of directors stating, \"I have always"
        ' said if there ever came a day, I would be the first to let you know."',
        cast={"Steve Jobs": ("PERSON", ["Jobs"]), "Apple": ("ORG", ["Apple"])},
    )
    assert (row["verb"], row["speaker_entity_id"]) == ("stating", "e:Steve Jobs")


def test_a_relative_clause_of_speech_gives_the_person_it_is_about():
    (row,) = quotes_of(
        "A contrary view is offered by Charles O'Reilly, a management expert at Stanford"
        ' University, who stated, "Great companies rarely go from strength to strength".',
        cast={
            "Charles O'Reilly": ("PERSON", ["Charles O'Reilly"]),
            "Stanford University": ("ORG", ["Stanford University"]),
        },
    )
    assert (row["verb"], row["speaker_entity_id"]) == ("stated", "e:Charles O'Reilly")


def test_a_pronoun_after_a_fronted_phrase_is_the_subject():
    (row,) = quotes_of(
        "Barack Obama presented the plan.",
        'Of the government ownership he stated that he refused "to let General Motors and'
        ' Chrysler become wards of the state".',
        cast={"Barack Obama": ("PERSON", ["Barack Obama"])},
    )
    assert row["speaker_text"] == "he"  # the words that name the speaker only
    assert row["speaker_entity_id"] == "e:Barack Obama"


def test_the_verb_alone_on_the_next_line_attributes_the_quotation():
    (row,) = quotes_of(
        '"This is a regrettable but necessary step to protect the Canadian economy."',
        "said Stephen Harper, Prime Minister of Canada.",
        cast={"Stephen Harper": ("PERSON", ["Stephen Harper"])},
    )
    assert (row["attribution"], row["speaker_entity_id"]) == ("trailing", "e:Stephen Harper")


def test_an_introduction_closing_the_paragraph_before_attributes_the_next():
    (row,) = quotes_of(
        "US President Barack Obama tweeted using his @POTUS account:",
        '"Cool clock, Ahmed. Want to bring it to the White House?"',
        cast={"Barack Obama": ("PERSON", ["Barack Obama"])},
    )
    assert (row["verb"], row["speaker_entity_id"]) == ("tweeted", "e:Barack Obama")


def test_a_quotation_that_lost_its_reopening_mark_closes_in_the_next_paragraph():
    (row,) = quotes_of(
        'Harry Kane won the award. He said, "In the first half it felt good out there.',
        'We could have scored two or three goals in the first half."',
        cast={"Harry Kane": ("PERSON", ["Harry Kane"])},
    )
    assert row["text"].startswith("In the first half") and row["text"].endswith("half.")
    assert (row["paragraph_index"], row["paragraph_end_index"]) == (0, 1)
    assert row["speaker_entity_id"] == "e:Harry Kane"


def test_the_person_named_after_the_role_that_follows_the_verb_speaks():
    (row,) = quotes_of(
        '"Many investors simply cannot contemplate any more risk," said the senior market'
        " strategist for Invesco AIM, Fritz Meyer.",
        cast={"Fritz Meyer": ("PERSON", ["Fritz Meyer"]), "Invesco AIM": ("ORG", ["Invesco AIM"])},
    )
    assert row["speaker_entity_id"] == "e:Fritz Meyer"


def test_a_noun_after_a_determiner_is_no_verb_of_speech():
    rows = quotes_of(
        'Responding to the claims Tory Party co-chairman Liam Fox said: "Like Labour, the'
        ' Lib Dems are soft on crime."',
        cast={"Liam Fox": ("PERSON", ["Liam Fox"])},
    )
    assert [(r["verb"], r["speaker_entity_id"]) for r in rows] == [("said", "e:Liam Fox")]


def test_the_shapes_the_2019_20_wikinews_round_fixed():
    cast = {
        "Lena Park": ("PERSON", ["Lena Park", "Park"]),
        "Omar Haddad": ("PERSON", ["Omar Haddad"]),
        "Agence France-Presse": ("ORG", ["Agence France-Presse"]),
        "Acme": ("ORG", ["Acme"]),
        "Harbour Trust": ("ORG", ["Harbour Trust"]),
        "Coastal Authority": ("ORG", ["Coastal Authority"]),
    }
    rows = quotes_of(
        'Park said, "We will rebuild the pier", calling it a "painful but necessary decision".',
        'Acme released a statement which read, in part, "The plant will close in June."',
        'Omar Haddad of the Harbour Trust said, "The water is rising every year."',
        "Speaking to Agence France-Presse, the head of the Coastal Authority, Lena Park,"
        ' said, "We have warned about this for a decade."',
        'Cllr Ann Roe of the Coastal Authority (CA) said, "The budget is not enough."',
        cast=cast,
    )
    assert [(r["text"][:20], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("We will rebuild the ", "e:Lena Park", "said"),
        ("painful but necessar", "e:Lena Park", "calling"),
        ("The plant will close", "e:Acme", "read"),
        ("The water is rising ", "e:Omar Haddad", "said"),
        ("We have warned about", "e:Lena Park", "said"),
        ("The budget is not en", "e:Coastal Authority", "said"),
    ]


def test_a_quotation_no_shape_reads_goes_to_the_subject_of_a_sentence_of_speech():
    cast = {
        "Lena Park": ("PERSON", ["Lena Park", "Park", "Ms Park"]),
        "Omar Haddad": ("PERSON", ["Omar Haddad", "Haddad", "Mr Haddad"]),
    }
    rows = quotes_of(
        'Park went on to criticise "budgets that leave the harbour without a wall".',
        'Mr Haddad "should have resigned at once" when he knew, said Ms Park.',
        'Haddad was told that the pier was "not safe for anyone to stand on".',
        'The pier stands on the Lune, or "the river of the old harbour walls" in the dialect.',
        cast=cast,
    )
    found = [(r["text"][:16], r["speaker_entity_id"], r["attribution"]) for r in rows]
    assert ("budgets that lea", "e:Lena Park", "leading") in found
    # another's attribution later in the sentence, a subject who heard the words, and a
    # sentence with no one speaking give the subject nothing
    assert all(speaker != "e:Omar Haddad" for _, speaker, _ in found)
    assert not [text for text, _, _ in found if text.startswith("the river")]


def test_a_role_with_a_comma_before_the_name_and_a_possessor_who_opens_a_sentence():
    cast = {
        "Pradeep Khosla": ("PERSON", ["Pradeep Khosla", "Khosla"]),
        "University of California": ("ORG", ["University of California"]),
        "Brendan Fraser": ("PERSON", ["Brendan Fraser", "Fraser"]),
        "Leisha Riddell": ("PERSON", ["Leisha Riddell"]),
    }
    rows = quotes_of(
        'Leisha Riddell spoke first. "He was brilliant," said University of California,'
        " San Diego's chancellor, Pradeep Khosla.",
        "Actor Brendan Fraser's appearance came straight from filming abroad."
        ' He quipped "I still have dust in my shoes."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Pradeep Khosla", "e:Brendan Fraser"]


def test_a_sentence_of_speech_ended_inside_its_quotation_keeps_its_subject():
    rows = quotes_of(
        'In a statement, the current bishop, Allan Casicas, said, "It is with great sadness'
        ' that I announce his death." Casicas also asked people to "pray for his soul".',
        cast={"Allan Casicas": ("PERSON", ["Allan Casicas", "Casicas"])},
    )
    assert [(r["text"][:12], r["speaker_entity_id"]) for r in rows] == [
        ("It is with g", "e:Allan Casicas"),
        ("pray for his", "e:Allan Casicas"),
    ]


def test_what_a_named_person_called_is_that_persons_words():
    rows = quotes_of(
        "The department renewed its warning because of what spokeswoman Lena Park called,"
        ' "its reckless policies and its support for smugglers."',
        cast={"Lena Park": ("PERSON", ["Lena Park"])},
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [("e:Lena Park", "called")]


@pytest.mark.parametrize(
    ("paragraphs", "cast", "expected"),
    [
        # an opening phrase that lost its comma before the subject is no part of it
        (
            [
                "Shares in Halvorsen Air fell.",
                'In a filing to US regulators the airline warned of "a serious shortfall".',
            ],
            {"Halvorsen Air": ("ORG", ["Halvorsen Air"])},
            ("the airline", None),
        ),
        # the pronoun after `after` is the subject of the clause that speaks
        (
            [
                "Football club Rotherburg has warned of ruin.",
                "The club's shares tumbled after it said it faced "
                '"a life-threatening financial situation".',
            ],
            {"Rotherburg": ("ORG", ["Rotherburg"])},
            ("it", "e:Rotherburg"),
        ),
        # a trade's word for a company is the company the story is about
        (
            [
                "Halvorsen Air cancelled 40 flights on Monday, leaving pilot Ola Berg idle.",
                '"We deeply regret any inconvenience to customers," the airline said.',
            ],
            {
                "Halvorsen Air": ("ORG", ["Halvorsen Air"]),
                "Ola Berg": ("PERSON", ["Ola Berg"]),
            },
            ("the airline", "e:Halvorsen Air"),
        ),
    ],
)
def test_speaker_phrases_of_business_copy(paragraphs, cast, expected):
    (row,) = quotes_of(*paragraphs, cast=cast)
    assert (row["speaker_text"], row["speaker_entity_id"]) == expected


def test_a_name_in_a_clause_before_the_subject_is_not_whom_a_pronoun_means():
    rows = quotes_of(
        "As Tory leader Michael Howard opened his campaign, the Lib Dem leader Charles"
        ' Kennedy called the Conservatives a "fading" force. And he insisted there was'
        ' "no limit" to his party\'s ambitions.',
        cast={
            "Michael Howard": ("PERSON", ["Michael Howard"]),
            "Charles Kennedy": ("PERSON", ["Charles Kennedy"]),
        },
    )
    assert [(r["text"], r["speaker_entity_id"]) for r in rows][-1] == (
        "no limit",
        "e:Charles Kennedy",
    )


def test_the_subject_of_a_clause_after_a_name_speaks_not_the_name():
    (row,) = quotes_of(
        'Anna, 36, found Mr Hale after her birth mother told her he was "a sailor who'
        ' never came home" at the time.',
        cast={"Anna": ("PERSON", ["Anna"]), "Tom Hale": ("PERSON", ["Tom Hale", "Mr Hale"])},
    )
    assert (row["speaker_text"], row["speaker_entity_id"]) == ("her birth mother", None)


def test_a_name_after_which_is_the_speaker_not_the_phrase_before():
    rows = quotes_of(
        "Revenue fell to 43.5 billion, a drop of 34 pct which Hernandez said"
        ' "had a very serious impact on the country."',
        cast={"Arturo Hernandez": ("PERSON", ["Arturo Hernandez", "Hernandez"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Hernandez", "e:Arturo Hernandez")
    ]


def test_a_relative_clause_set_off_on_an_unnamed_speaker_ends_before_the_verb():
    rows = quotes_of(
        "Egypt is trying to persuade Arab states and banks to buy its debts, an official said.",
        '"We want the Arabs to buy the debt and reschedule it at a better rate," the official,'
        " who asked not to be named, told Reuters.",
        cast={"Egypt": ("PLACE", ["Egypt"]), "Reuters": ("ORG", ["Reuters"])},
    )
    assert [(r["speaker_text"], r["verb"], r["attribution"]) for r in rows] == [
        ("the official", "told", "trailing")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "cast", "expected"),
    [
        (
            [
                "Microsoft offers a tool that fixes the problem.",
                '"The tool removes hidden data from any document," says the instructions on'
                " Microsoft's website.",
            ],
            {"Microsoft": ("ORG", ["Microsoft"])},
            "e:Microsoft",
        ),
        (
            [
                "Talks ended on Monday.",
                '"The talks were frank and useful," said a statement from the Foreign Ministry.',
            ],
            {"Foreign Ministry": ("ORG", ["Foreign Ministry"])},
            "e:Foreign Ministry",
        ),
        # a report on a place, or on anyone, is not issued by it
        (
            [
                "Dana Smith wrote the study.",
                '"Oil output will fall sharply next year," says the report on Iraq.',
            ],
            {"Iraq": ("PLACE", ["Iraq"]), "Dana Smith": ("PERSON", ["Dana Smith"])},
            None,
        ),
    ],
)
def test_a_document_from_a_body_speaks_for_it(paragraphs, cast, expected):
    (row,) = quotes_of(*paragraphs, cast=cast)
    assert row["speaker_entity_id"] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "In an interview with the Financial Times, the minister named no date.",
                'The paper said he "claimed ignorance" of the plans.',
            ],
            "e:Financial Times",
        ),
        (
            [
                "Tehran Radio, monitored by the British Broadcasting Corporation, spoke of war.",
                'The radio said the spokesman spoke "after the attack on a ship".',
            ],
            "e:Tehran Radio",
        ),
        # a newspaper the story does not name stays unnamed
        (
            ["The British Broadcasting Corporation aired it.", 'The newspaper said it was "odd".'],
            None,
        ),
    ],
)
def test_the_paper_and_the_radio_are_the_medium_last_named(paragraphs, expected):
    cast = {
        "Financial Times": ("ORG", ["Financial Times"]),
        "Tehran Radio": ("ORG", ["Tehran Radio"]),
        "British Broadcasting Corporation": ("ORG", ["British Broadcasting Corporation"]),
    }
    (row,) = quotes_of(*paragraphs, cast=cast)
    assert row["speaker_entity_id"] == expected


@pytest.mark.parametrize(
    ("paragraphs", "cast", "expected"),
    [
        # `he` goes on with the unnamed one who spoke last, not the last name before him; a
        # spokesman speaks for his body, and `one observer` stays unnamed
        (
            [
                "Lena Hart's single topped the download chart.",
                'A spokesman for the Vinyl Guild said the chart was due "within the year".'
                ' "Work is going on across the business right now," he said.',
                'Tom Reyes opened the fair. "It will be a long year," one observer said.'
                ' "Nobody expects a quick recovery," he added.',
            ],
            {
                "Lena Hart": ("PERSON", ["Lena Hart"]),
                "Vinyl Guild": ("ORG", ["Vinyl Guild"]),
                "Tom Reyes": ("PERSON", ["Tom Reyes"]),
            },
            [
                ("A spokesman for the Vinyl Guild", "e:Vinyl Guild"),
                ("he", "e:Vinyl Guild"),
                ("one observer", None),
                ("he", None),
            ],
        ),
        # `the ambassador` is the one `a European ambassador` brought in, not the director
        # named since
        (
            [
                "Officials say the plan is on track, said a European ambassador who toured"
                " the country.",
                "In February, Industry Director Karl Brandt came to Tokyo.",
                '"Officials point out that the government has signed up to it," the'
                " ambassador said.",
            ],
            {"Karl Brandt": ("PERSON", ["Karl Brandt", "Brandt"])},
            [("the ambassador", None)],
        ),
        # an aside set off by dashes describes the name that speaks
        (
            [
                "Mr Bez - himself a former executive at rival Porsche - said the car was the"
                ' firm\'s "most affordable car ever".'
            ],
            {"Ulrich Bez": ("PERSON", ["Ulrich Bez", "Mr Bez"]), "Porsche": ("ORG", ["Porsche"])},
            [("Mr Bez", "e:Ulrich Bez")],
        ),
        # a day that lost its comma ends the clause before the subject
        (
            [
                "Chancellor Gordon Brown denied it. Before he left for Africa on Tuesday the"
                ' chancellor told reporters: "Of course I trust the prime minister."'
            ],
            {"Gordon Brown": ("PERSON", ["Gordon Brown"])},
            [("the chancellor", "e:Gordon Brown")],
        ),
        # a verb after `but` has the subject of its clause; a legal submission speaks for
        # no one named
        (
            [
                "Mr Clarke said he recognised people's concerns about the costume but argued:"
                ' "He has apologised and I think we should leave the matter there."',
                "The Onyx Hotel tour was cancelled. The legal submission described the singer"
                ' as "one of the most recognised performers in her industry".',
            ],
            {
                "Charles Clarke": ("PERSON", ["Charles Clarke", "Mr Clarke"]),
                "Onyx Hotel": ("ORG", ["Onyx Hotel"]),
            },
            [("Mr Clarke", "e:Charles Clarke"), ("The legal submission", None)],
        ),
        # `he` after a question put to someone is the one who answers
        (
            [
                'Alex Ferguson said: "I don\'t expect him to ever apologise."',
                "Those allegations were put to Wenger after the game at Bolton. At first he"
                ' said only: "I\'ve always been consistent with that story."',
            ],
            {
                "Arsene Wenger": ("PERSON", ["Arsene Wenger", "Wenger"]),
                "Alex Ferguson": ("PERSON", ["Alex Ferguson"]),
            },
            [("Alex Ferguson", "e:Alex Ferguson"), ("he", "e:Arsene Wenger")],
        ),
        # the subject of `welcomed ... and said` is the person its role phrase names
        (
            [
                "Oxfam senior policy adviser Max Lawson welcomed the statement and said G7"
                ' ministers had "passed the first hurdle of 2005".'
            ],
            {"Oxfam": ("ORG", ["Oxfam"]), "Max Lawson": ("PERSON", ["Max Lawson"])},
            [("Max Lawson", "e:Max Lawson")],
        ),
        # `filed comments`: the noun a verb takes, no verb of speech
        (
            [
                "The DOT said the Air Line Pilots Association filed comments opposing the"
                ' merger but "raised no new facts or arguments."'
            ],
            {
                "Department of Transportation": ("ORG", ["DOT"]),
                "Air Line Pilots Association": ("ORG", ["Air Line Pilots Association"]),
            },
            [("The DOT", "e:Department of Transportation")],
        ),
        # a relative clause set off after an unnamed speaker; `the Treasury spokesman`
        # speaks for the Treasury, not for the one person the paragraph names
        (
            [
                "Treasury Secretary James Baker has cancelled a trip, a Treasury spokesman said.",
                "The spokesman, who asked not to be identified, said: \"I would just say it's"
                ' the press of business."',
                "Asked if the trip by Baker had been dropped, the Treasury spokesman replied:"
                ' "I would think so."',
            ],
            {
                "Treasury": ("ORG", ["Treasury"]),
                "James Baker": ("PERSON", ["James Baker", "Baker"]),
            },
            [("The spokesman", "e:Treasury"), ("the Treasury spokesman", "e:Treasury")],
        ),
        # `he` right after a sentence an unnamed speaker opens is that one, or the body
        # spoken for
        (
            [
                "The analysts said Sy would probably suggest replacements.",
                "One analyst said objections were understandable from the family.",
                '"It is a natural instinct of self-preservation for Soriano," he said.',
                "A spokeswoman for Oxford University said the books would include novels.",
                '"Important works will be made available to everyone," she said.',
            ],
            {
                "Ramon Sy": ("PERSON", ["Ramon Sy", "Sy"]),
                "Oxford University": ("ORG", ["Oxford University"]),
            },
            [("he", None), ("she", "e:Oxford University")],
        ),
        (
            [
                "Joint venture talks that could lead to Chrysler Corp taking a stake in Italian"
                " car maker Lamborghini are continuing, a Lamborghini spokesman said.",
                'He told Reuters the two companies are discussing topics from "a joint venture'
                ' in the production area to Chrysler becoming a shareholding partner".',
            ],
            {"Chrysler Corp": ("ORG", ["Chrysler Corp"]), "Lamborghini": ("ORG", ["Lamborghini"])},
            [("He", "e:Lamborghini")],
        ),
        # the words of one whom the reporter reports; a region's word inside a role; a
        # person of a body the lazy span began after; a role after the name's comma
        (
            [
                "Reagan said Japanese Prime Minister-designate Noboru Takeshita said on"
                ' Tuesday that "his top priority was to maintain stable relations."',
                '"A lot of time is needed to clean up the mess," said ABN Amro chief Asian'
                " strategist Eddie Wong.",
                'Pius Haffner of the Catholic charity Justitia et Pax told Reuters, "It is'
                ' at least a small step forward."',
                "Ramon Diaz, Chairman of the Presidential Commission on Good Government"
                ' (PCGG) told Reuters: "There is every reason to believe it."',
            ],
            {
                "Reagan": ("PERSON", ["Reagan"]),
                "Noboru Takeshita": ("PERSON", ["Noboru Takeshita"]),
                "ABN Amro": ("ORG", ["ABN Amro"]),
                "Eddie Wong": ("PERSON", ["Eddie Wong"]),
                "Justitia et Pax": ("ORG", ["Justitia et Pax"]),
                "Pius Haffner": ("PERSON", ["Pius Haffner"]),
                "Ramon Diaz": ("PERSON", ["Ramon Diaz"]),
                "Presidential Commission on Good Government": (
                    "ORG",
                    ["Presidential Commission on Good Government"],
                ),
            },
            [
                ("Japanese Prime Minister-designate Noboru Takeshita", "e:Noboru Takeshita"),
                ("ABN Amro chief Asian strategist Eddie Wong", "e:Eddie Wong"),
                ("Pius Haffner of the Catholic charity Justitia et Pax", "e:Pius Haffner"),
                (
                    "Chairman of the Presidential Commission on Good Government (PCGG)",
                    "e:Ramon Diaz",
                ),
            ],
        ),
        # `GenCorp's previously announced sale`: a participle, no verb of speech
        (
            [
                "Reynolds also said GenCorp's previously announced sale of its other"
                ' businesses was "proceeding very satisfactorily."'
            ],
            {"A. William Reynolds": ("PERSON", ["Reynolds"]), "GenCorp": ("ORG", ["GenCorp"])},
            [("Reynolds", "e:A. William Reynolds")],
        ),
        # `could not say` says nothing; the sentence a quotation opens may end with its
        # attribution; `a spokesman for the company` speaks for the body just named
        (
            [
                "The UAW gave GM a five-day letter, McGhee said.",
                'The spokesman could not say what the chances were for a settlement. "At'
                " this point, it's too early to say\" whether the plant will be struck,"
                " McGhee said.",
                "Cable firms NTL and Telewest have launched video-on-demand services.",
                'NTL said it had not ruled out offering a PVR. "PVR is a recording mechanism'
                ' whereas what we are offering is truly on demand," said a spokesman for the'
                " company.",
            ],
            {
                "Reginald McGhee": ("PERSON", ["McGhee"]),
                "NTL": ("ORG", ["NTL"]),
                "Telewest": ("ORG", ["Telewest"]),
                "UAW": ("ORG", ["UAW"]),
                "General Motors": ("ORG", ["GM"]),
            },
            [("McGhee", "e:Reginald McGhee"), ("a spokesman for the company", "e:NTL")],
        ),
        # a name's particle is no verb that makes the name an object
        (
            [
                "Yesterday, Bill de Blasio ended his campaign for president.",
                "Mayor de Blasio, a member of the Democratic Party, spoke on MSNBC when he"
                ' made the announcement: "I feel like I have contributed all I can."',
            ],
            {
                "Bill de Blasio": ("PERSON", ["Bill de Blasio", "Blasio"]),
                "Democratic Party": ("ORG", ["Democratic Party"]),
                "MSNBC": ("ORG", ["MSNBC"]),
            },
            [("Blasio", "e:Bill de Blasio")],
        ),
        # the agent of `was described by the CBCP as` judges
        (
            [
                'Gutierrez was described by the CBCP as "a strong advocate for the environment'
                ' in a province threatened by mining interests."'
            ],
            {
                "Catholic Bishops' Conference of the Philippines": ("ORG", ["CBCP"]),
                "Dinualdo Gutierrez": ("PERSON", ["Gutierrez"]),
            },
            [("CBCP", "e:Catholic Bishops' Conference of the Philippines")],
        ),
        # a name, a role and a name before the verb after the quotation
        (
            [
                '"I strongly doubt that there is going to be any hostile takeover," Drexel'
                " Burnham Lambert Inc's Houston-based analyst John Olson said."
            ],
            {
                "John Olson": ("PERSON", ["John Olson"]),
                "Drexel Burnham Lambert Inc": ("ORG", ["Drexel Burnham Lambert Inc"]),
            },
            [
                (
                    "Drexel Burnham Lambert Inc's Houston-based analyst John Olson",
                    "e:John Olson",
                )
            ],
        ),
        # whose office or campaign issued a statement speaks
        (
            [
                "According to a statement released by Erdogan's office, \"neutralizing the"
                ' threat stemming from PKK-YPG terrorists" is an aim of the operation.'
            ],
            {"Recep Tayyip Erdogan": ("PERSON", ["Erdogan"])},
            [("a statement released by Erdogan's office", "e:Recep Tayyip Erdogan")],
        ),
        # `of the` links a name's parts; one a relative clause names is not the speaker
        (
            [
                '"This is the first mention of gold in a G7 communique," said UK Chancellor of'
                " the Exchequer Gordon Brown.",
                "Norfolk farmer Tony Martin was jailed in 2000.",
                "The barrister who had represented Mr Martin had said the rules were"
                ' "weighted overwhelmingly" in favour of the householder, said Mr Clarke.',
            ],
            {
                "Gordon Brown": ("PERSON", ["Gordon Brown"]),
                "Tony Martin": ("PERSON", ["Tony Martin", "Mr Martin"]),
                "Charles Clarke": ("PERSON", ["Mr Clarke"]),
            },
            [
                ("UK Chancellor of the Exchequer Gordon Brown", "e:Gordon Brown"),
                ("The barrister who had represented Mr Martin", None),
            ],
        ),
        # `the spokesman` after `a spokesman for the airplane manufacturer`: that body's
        (
            [
                "Boeing Co is trying to find out what caused an engine brace to snap, a"
                " spokesman for the airplane manufacturer said.",
                "The brace is one of three that attach an engine to the wing.",
                '"We know about the problem," said the spokesman.',
            ],
            {"Boeing Co": ("ORG", ["Boeing Co"])},
            [("the spokesman", "e:Boeing Co")],
        ),
        # an age is no part of the office
        (
            [
                "Prime Minister Felipe Gonzalez has told Spaniards he will bring down inflation.",
                "Gonzalez said the work-to-rule was grounding more and more planes.",
                '"The comfortable thing to do would be to give in," the 44-year-old prime'
                " minister said.",
            ],
            {"Felipe Gonzalez": ("PERSON", ["Felipe Gonzalez", "Gonzalez"])},
            [("the 44-year-old prime minister", "e:Felipe Gonzalez")],
        ),
        # a description, then the name set off by commas, after the quotation
        (
            [
                '"There is some fear of the word," Ms Ensler told the BBC.',
                "\"I'm extremely outraged at the hypocrisy,\" the play's organiser in Uganda,"
                " Sarah Mukasa, told the BBC's Focus on Africa programme.",
            ],
            {
                "Eve Ensler": ("PERSON", ["Ms Ensler"]),
                "Sarah Mukasa": ("PERSON", ["Sarah Mukasa"]),
            },
            [("Ms Ensler", "e:Eve Ensler"), ("the play's organiser in Uganda", "e:Sarah Mukasa")],
        ),
        # the one whose verb closes the sentence before speaks, not its first name
        (
            [
                "Bolivian president Victor Paz Estenssoro will propose a summit in May, foreign"
                " minister Guillermo Bedregal announced.",
                '"We are coordinating an eventual meeting of the presidents," he said.',
            ],
            {
                "Victor Paz Estenssoro": ("PERSON", ["Victor Paz Estenssoro"]),
                "Guillermo Bedregal": ("PERSON", ["Guillermo Bedregal"]),
            },
            [("he", "e:Guillermo Bedregal")],
        ),
        # `she` after a sentence whose subject is `he`: the woman it names
        (
            [
                "Diane Granger met the prime minister on Monday.",
                "He must remember his confrontation with Sharron Storer, the Birmingham woman"
                ' who harangued him. "All you do is walk around," she told Mr Blair.',
            ],
            {
                "Diane Granger": ("PERSON", ["Diane Granger"]),
                "Sharron Storer": ("PERSON", ["Sharron Storer"]),
                "Tony Blair": ("PERSON", ["Mr Blair"]),
            },
            [("she", "e:Sharron Storer")],
        ),
        # `the partnership` is the body the story opened on
        (
            [
                "MP Co, a New York investment partnership, told the Securities and Exchange"
                " Commission it bought a stake in IPCO Corp.",
                'The partnership said it bought the shares because they were "an attractive'
                ' investment opportunity."',
            ],
            {
                "MP Co": ("ORG", ["MP Co"]),
                "Securities and Exchange Commission": (
                    "ORG",
                    ["Securities and Exchange Commission"],
                ),
                "IPCO Corp": ("ORG", ["IPCO Corp"]),
            },
            [("The partnership", "e:MP Co")],
        ),
        # a role after a company's name, then the name set off by commas; `the
        # corporation` is the story's body
        (
            [
                "South Africa's Electricity Supply Commission (Escom) said it will borrow.",
                '"The programme is well within the capacity of the markets," the corporation said.',
                '"Last year we embarked on a restructuring programme," Escom chairman, John'
                " Maree, told a news conference.",
            ],
            {
                "Electricity Supply Commission": (
                    "ORG",
                    ["Electricity Supply Commission", "Escom"],
                ),
                "John Maree": ("PERSON", ["John Maree"]),
            },
            [
                ("the corporation", "e:Electricity Supply Commission"),
                ("Escom chairman", "e:John Maree"),
            ],
        ),
        # `A company spokesman` speaks for the story's company
        (
            [
                "Montedison Spa said it has concluded its negotiations with Antibioticos SA.",
                'A company spokesman told Reuters "We have concluded the talks and we are now'
                ' awaiting authorization."',
            ],
            {
                "Montedison Spa": ("ORG", ["Montedison Spa"]),
                "Antibioticos SA": ("ORG", ["Antibioticos SA"]),
                "Reuters": ("ORG", ["Reuters"]),
            },
            [("A company spokesman", "e:Montedison Spa")],
        ),
        # paragraphs that call it `the group` carry the story's body on
        (
            [
                "The Semiconductor Industry Association urged the government to impose trade"
                " sanctions.",
                "In a letter to Treasury Secretary James Baker the group said sanctions should"
                " be imposed.",
                "The group said action by Japan is not what is required.",
                '"America\'s interests require that agreements be honored," the trade group said.',
            ],
            {
                "Semiconductor Industry Association": (
                    "ORG",
                    ["Semiconductor Industry Association"],
                ),
                "James Baker": ("PERSON", ["James Baker"]),
            },
            [("the trade group", "e:Semiconductor Industry Association")],
        ),
        # `he` after an unnamed official spoke, since the last person named, is that one
        (
            [
                "The Bank of Japan is satisfied with the yen, a senior central bank official"
                " told reporters.",
                "Finance Minister Kiichi Miyazawa told parliament on Friday the rate is not"
                " satisfactory.",
                "The senior bank official said he expects growth of three pct.",
                '"We are sitting on a barrel of powder," he added.',
            ],
            {
                "Bank of Japan": ("ORG", ["Bank of Japan"]),
                "Kiichi Miyazawa": ("PERSON", ["Kiichi Miyazawa"]),
            },
            [("he", None)],
        ),
        # a title decides: `Ms James` is a woman though James is a man's given name
        (
            [
                "Shani Rhys James is worried about the Arts Council.",
                "Culture Minister Alun Pugh said it would be wrong to liken the review to"
                " Hitler's Germany. But Ms James emphasised she had said artists needed"
                " freedom.",
                'She told BBC Radio Wales: "Just to put the record straight, I did not say that."',
            ],
            {
                "Rhys James": ("PERSON", ["Rhys James", "Ms James"]),
                "Alun Pugh": ("PERSON", ["Alun Pugh"]),
                "Hitler": ("PERSON", ["Hitler"]),
            },
            [("She", "e:Rhys James")],
        ),
        # a quotation that closes on one inside it ends its sentence: what follows with
        # a colon introduces the next
        (
            [
                '"Britain has the right attitude," said Connors. "The kids will ask: \'What am'
                ' I doing there?\'" LTA chief executive, John Crowther, added: "We want to'
                ' use Jimmy for a number of weeks."',
            ],
            {
                "Jimmy Connors": ("PERSON", ["Jimmy Connors", "Connors"]),
                "John Crowther": ("PERSON", ["John Crowther"]),
            },
            [
                ("Connors", "e:Jimmy Connors"),
                ("Connors", "e:Jimmy Connors"),
                ("John Crowther", "e:John Crowther"),
            ],
        ),
        # `according to an ntl spokesman`: he is that spokesman, whom no name gives
        (
            [
                '"It has been losing market share," said Ms Finger.',
                "Wanadoo is set to trial the service. Cable firms are in a better position,"
                " according to an ntl spokesman.",
                '"BT\'s network is limited compared to that of cable," he said.',
            ],
            {
                "Jill Finger": ("PERSON", ["Jill Finger", "Ms Finger"]),
                "Wanadoo": ("PERSON", ["Wanadoo"]),
            },
            [("Ms Finger", "e:Jill Finger"), ("he", None)],
        ),
        # a role someone speaks of inside a quotation brings in no one
        (
            [
                '"For a fourth-choice striker at the start I\'m more than happy," said Owen.',
                "Speculation has linked Owen with a move, but the England striker said he is"
                ' not ready to return. He added: "I\'ve got nothing against the Premiership."',
            ],
            {"Michael Owen": ("PERSON", ["Michael Owen", "Owen"])},
            [("Owen", "e:Michael Owen"), ("He", "e:Michael Owen")],
        ),
        # an appositive ends no sentence inside it
        (
            [
                "She was horrified by the deaths of Charlene Ellis, 18, and Letisha"
                " Shakespeare, 17. Size, whose album won the 1997 Mercury Music Prize, said gun"
                ' use was "nothing to be glamorised".',
            ],
            {
                "Charlene Ellis": ("PERSON", ["Charlene Ellis"]),
                "Letisha Shakespeare": ("PERSON", ["Letisha Shakespeare"]),
                "Roni Size": ("PERSON", ["Roni Size", "Size"]),
            },
            [("Size", "e:Roni Size")],
        ),
        # an editorial speaks for the one who signed it, each time the story quotes it
        (
            [
                '"Perhaps we are at the end of the beginning," said the editorial, signed by'
                " John Durant of Philadelphia's Chase Cancer Center.",
                "In the trials, four patients died, the magazine reported.",
                '"These observations did not describe practical approaches," the editorial said.',
            ],
            {
                "John Durant": ("PERSON", ["John Durant"]),
                "Chase Cancer Center": ("ORG", ["Chase Cancer Center"]),
            },
            [("the editorial", "e:John Durant"), ("the editorial", "e:John Durant")],
        ),
        # a medium named with its word speaks; `the magazine` is the one the story
        # called so
        (
            [
                "The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by"
                " US magazine Mobile PC.",
                '"Who can forget the blast of Madonna\'s Like A Virgin?" asked the magazine.',
                'The Economic Daily newspaper said the brand will help cigarettes "enter the'
                ' international market."',
            ],
            {
                "United States": ("PLACE", ["US"]),
                "Mobile PC": ("ORG", ["Mobile PC"]),
                "Economic Daily": ("ORG", ["Economic Daily"]),
            },
            [
                ("the magazine", "e:Mobile PC"),
                ("The Economic Daily newspaper", "e:Economic Daily"),
            ],
        ),
        # what a person is known for, in brackets after the name, leaves the sentence
        # reporting the quotation after it
        (
            [
                "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being"
                " forced to re-evaluate her life. \"In my first stint, I didn't get any work."
                ' It feels really good to have people coming to you."',
            ],
            {"Jenn St-Onge": ("PERSON", ["Jenn St-Onge"])},
            [("Comic artist Jenn St-Onge", "e:Jenn St-Onge")],
        ),
        # `The Tory leader`, subject of a participle's sentence, is the office's holder
        (
            [
                "Tory leader Michael Howard will speak on Monday.",
                "The Tory leader will also call for tolerance, arguing that Hindus and Sikhs"
                ' got "caught in the downdraft of Islamaphobia which was one of the side'
                ' effects".',
            ],
            {
                "Michael Howard": ("PERSON", ["Michael Howard"]),
                "Conservative Party": ("ORG", ["Tory"]),
            },
            [("The Tory leader", "e:Michael Howard")],
        ),
        # whom the sentence's subject reports said the words
        (
            [
                "Paul Volcker said the dollar's slide has been enough, a Fed spokesman said.",
                "The spokesman confirmed that Volcker, who spoke to a group of analysts, said"
                ' in answer to a question about the slide that "enough is enough, and more'
                ' would hurt."',
            ],
            {
                "Paul Volcker": ("PERSON", ["Paul Volcker", "Volcker"]),
                "Federal Reserve Board": ("ORG", ["Fed"]),
            },
            [("Volcker", "e:Paul Volcker")],
        ),
        # `He is expected to say ... "...", he will say`: the pronoun speaks
        (
            [
                "Prime Minister Tony Blair is also expected to announce new measures.",
                'He is expected to say that the new figures were heartening. "We have not'
                ' defeated this problem by any means, but shown together what can be done,"'
                " he will say.",
            ],
            {"Tony Blair": ("PERSON", ["Tony Blair"])},
            [("He", "e:Tony Blair")],
        ),
        # a body after a person's comma, its own comma lost, is whom the person speaks for
        (
            ['Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."'],
            {
                "Colin Asplin": ("PERSON", ["Colin Asplin"]),
                "Blackpool Hotel Association": ("ORG", ["Blackpool Hotel Association"]),
            },
            [("Blackpool Hotel Association", "e:Colin Asplin")],
        ),
        # the Beige Book is a document of the body named just before; a book's report of
        # what someone told is that one's words
        (
            [
                "The employment picture also improved, the Fed said.",
                '"Labour markets firmed in a number of districts," the Beige Book said.',
                "Mr Peston's book claimed that Mr Brown told Mr Blair: \"There is nothing you"
                ' could ever say to me now that I could ever believe."',
            ],
            {
                "Federal Reserve": ("ORG", ["Fed"]),
                "Robert Peston": ("PERSON", ["Mr Peston"]),
                "Gordon Brown": ("PERSON", ["Mr Brown"]),
                "Tony Blair": ("PERSON", ["Mr Blair"]),
            },
            [("the Beige Book", "e:Federal Reserve"), ("Mr Brown", "e:Gordon Brown")],
        ),
        # an unidentified official is no one the story names
        (
            [
                '"The U.S. believes the ADB should act as a catalyst," chief U.S. Delegate'
                " Charles Dallara told the meeting.",
                '"Economic reform should be a theme of the ADB\'s lending," the unidentified'
                " U.S. Official said.",
            ],
            {
                "Charles Dallara": ("PERSON", ["Charles Dallara"]),
                "United States": ("PLACE", ["U.S."]),
            },
            [
                ("chief U.S. Delegate Charles Dallara", "e:Charles Dallara"),
                ("the unidentified U.S. Official", None),
            ],
        ),
        # a shadow office is not the office: `the Foreign Secretary` is the one person
        # its paragraph names
        (
            [
                'Shadow foreign secretary Michael Ancram said: "We have fought a positive'
                ' campaign."',
                'Mr Straw said of the Tory leader: "He is clever, but he is not wise." The'
                ' Foreign Secretary told the BBC: "I was making the observation that his'
                ' temper gets the better of him."',
            ],
            {
                "Michael Ancram": ("PERSON", ["Michael Ancram"]),
                "Jack Straw": ("PERSON", ["Jack Straw", "Mr Straw"]),
            },
            [
                ("Shadow foreign secretary Michael Ancram", "e:Michael Ancram"),
                ("Mr Straw", "e:Jack Straw"),
                ("The Foreign Secretary", "e:Jack Straw"),
            ],
        ),
        # a bare `A spokesman` with no body in the sentence before speaks for the story's
        (
            [
                "Cairn Energy has made a new oil find in Rajasthan.",
                "The approval has come from the Indian government.",
                "A spokesman said the decision showed that it believed there was gas. But he"
                ' added: "It\'s still too early to say what the extent of it is."',
            ],
            {"Cairn Energy": ("ORG", ["Cairn Energy"])},
            [("he", "e:Cairn Energy")],
        ),
        # `the broker` brought in unnamed is no one named before; a board is its body; a
        # bank named inside a quotation is not `the bank` that speaks
        (
            [
                "The telex was signed by Carlos Hernandez Delfino, the bank's manager.",
                '"It is definitely a control," one broker here said.',
                "The broker said he saw no logical explanation for the prohibition.",
                "\"We weren't buying dollars from Venezuelans, that's ridiculous,\" he said.",
            ],
            {"Carlos Hernandez Delfino": ("PERSON", ["Carlos Hernandez Delfino"])},
            [("one broker", None), ("he", None)],
        ),
        (
            [
                "Sina said the purchase of a stake by Shanda would have no impact.",
                'The board of directors said in a statement that it would "continue to act in'
                ' the best interests of all the company stakeholders".',
            ],
            {"Sina": ("ORG", ["Sina"]), "Shanda": ("ORG", ["Shanda"])},
            [("The board of directors", "e:Sina")],
        ),
        (
            [
                "Citizens Bank and Canal Bank were linked to Bank One, which JP Morgan bought.",
                '"We apologise for the role that Canal Bank played," JP Morgan said. JP Morgan'
                " said that it was setting up a scholarship programme. The bank said that it"
                ' is a "very different company than the banks of the 1800s".',
            ],
            {
                "Citizens Bank": ("ORG", ["Citizens Bank"]),
                "Canal Bank": ("ORG", ["Canal Bank"]),
                "Bank One": ("ORG", ["Bank One"]),
                "JP Morgan": ("ORG", ["JP Morgan"]),
            },
            [("JP Morgan", "e:JP Morgan"), ("The bank", "e:JP Morgan")],
        ),
        # a firm's name joins two names before the analyst's role; `he` is the analyst
        (
            [
                '"It has not yet shown that it can break out," said Carroll McEntee and'
                ' McGinley analyst Denis Karnosky. "It needs something," he said.',
            ],
            {
                "Carroll McEntee": ("PERSON", ["Carroll McEntee"]),
                "McGinley": ("ORG", ["McGinley"]),
                "Denis Karnosky": ("PERSON", ["Denis Karnosky"]),
            },
            [
                ("Carroll McEntee and McGinley analyst Denis Karnosky", "e:Denis Karnosky"),
                ("he", "e:Denis Karnosky"),
            ],
        ),
        # a `whose` clause holding a list of titles describes the subject
        (
            [
                "Hollywood film star Liam Neeson has held a dinner party in New York.",
                "The Oscar-nominated actor, whose films include Schindler's List, Michael"
                ' Collins and Star Wars: The Phantom Menace, said: "The Lyric is too important'
                ' to the cultural life of Northern Ireland."',
            ],
            {
                "Liam Neeson": ("PERSON", ["Liam Neeson"]),
                "Schindler's List": ("PERSON", ["Schindler's List"]),
                "Michael Collins": ("PERSON", ["Michael Collins"]),
            },
            [("The Oscar-nominated actor", "e:Liam Neeson")],
        ),
        # the words a sentence reports an unnamed body said are that body's
        (
            [
                "In late March, Endotronics reported that its auditing firm said its opinion for"
                ' the fiscal year "should no longer be relied upon."',
            ],
            {"Endotronics": ("ORG", ["Endotronics"])},
            [("its auditing firm", None)],
        ),
        # a medium, described, named with its word
        (
            [
                '"Halo is the most important launch game for any console ever," wrote the'
                " influential Edge magazine in its review.",
            ],
            {"Edge": ("ORG", ["Edge"])},
            [("the influential Edge magazine", "e:Edge")],
        ),
        # a linking word set off by a comma names no one; the unnamed dealer speaks
        (
            [
                '"It\'s a result," said Nick Bubb, an analyst. However, one dealer, who asked'
                ' not to be named, told Reuters the seasonal sales performance was "not what'
                ' people had hoped for". "Christmas has been tough," he said.',
            ],
            {"Nick Bubb": ("PERSON", ["Nick Bubb"])},
            [("Nick Bubb", "e:Nick Bubb"), ("one dealer", None), ("he", None)],
        ),
        # a surname before `of` is the person named so before; an employer before a role
        # and its holder is no subject for `he`
        (
            [
                "Felix Meier, a Social Democrat, said the code was weak.",
                '"No other group is allowed to regulate itself as much as the banks,"'
                " complained Meier of the Social Democrats.",
                "Larne boss Jimmy McGeough has yet to confirm that Weir is on his way."
                ' "I heard on Sunday that he has joined Sunderland," he said.',
            ],
            {
                "Felix Meier": ("PERSON", ["Felix Meier"]),
                "Larne": ("PERSON", ["Larne"]),
                "Jimmy McGeough": ("PERSON", ["Jimmy McGeough"]),
                "Weir": ("PERSON", ["Weir"]),
            },
            [("Meier of the Social Democrats", "e:Felix Meier"), ("he", "e:Jimmy McGeough")],
        ),
        # `it` after a sentence in which a described body spoke is that body
        (
            [
                "US magazine Mobile PC has named the Sony Walkman its top gadget. Sony sold"
                " 200 million of them.",
                '"In general we included only items that were potentially mobile," said the'
                ' magazine. "In the end, we tried to get to the heart of what makes a gadget a'
                ' gadget," it concluded.',
            ],
            {"Mobile PC": ("ORG", ["Mobile PC"]), "Sony": ("ORG", ["Sony"])},
            [("the magazine", "e:Mobile PC"), ("it", "e:Mobile PC")],
        ),
        # `she` two sentences after an unnamed spokeswoman who told Reuters, with a
        # sentence opening with `She` between, is that spokeswoman, for the company
        (
            [
                "Liner shipping specialist Evergreen Marine Corp has applied to go public next"
                " month, a company spokeswoman told Reuters.",
                "She said Evergreen had doubled its capital.",
                '"The capital increase will boost our operations," she said.',
            ],
            {
                "Evergreen Marine Corp": ("ORG", ["Evergreen Marine Corp", "Evergreen"]),
                "Reuters": ("ORG", ["Reuters"]),
            },
            [("she", "e:Evergreen Marine Corp")],
        ),
        # a place a participle follows says nothing; the subject of a clause the verbs
        # share speaks; an adverb after an auxiliary is no part of the subject
        (
            [
                "Scholl and other members of the White Rose distributed anti-Nazi leaflets."
                " They were arrested as they dropped leaflets at Munich University calling for"
                ' a "day of reckoning" with the regime.',
                "Frank Capra was the butt of a gaffe in 1934 when the host opened the envelope"
                ' and declared "come on up and get it, Frank" to which Frank Capra bounded up.',
            ],
            {
                "Scholl": ("PERSON", ["Scholl"]),
                "White Rose": ("ORG", ["White Rose"]),
                "Munich University": ("ORG", ["Munich University"]),
                "Frank Capra": ("PERSON", ["Frank Capra"]),
            },
            [("They", "e:White Rose"), ("the host", None)],
        ),
        (
            [
                "Advanced Tobacco Products Inc said it has ended talks. The company had"
                ' previously announced that a "major U.S. based company" was evaluating it.',
            ],
            {"Advanced Tobacco Products Inc": ("ORG", ["Advanced Tobacco Products Inc"])},
            [("The company", "e:Advanced Tobacco Products Inc")],
        ),
        # a person a quotation names is no one a description stands for; a name in a
        # clause fronted before the subject is not the subject
        (
            [
                "Rock star Patti Smith has been made artistic director of Meltdown.",
                '"I want readings from Genet," she said. The 58-year-old US singer of Because'
                ' the Night told The Observer that the festival would answer these "material,'
                ' exploitative and greedy times".',
                "When Carson died, President Bush led the public tributes, saying the"
                ' presenter "had a profound influence on American life and entertainment".',
            ],
            {
                "Patti Smith": ("PERSON", ["Patti Smith"]),
                "Genet": ("PERSON", ["Genet"]),
                "The Observer": ("ORG", ["The Observer"]),
                "Carson": ("PERSON", ["Carson"]),
                "Bush": ("PERSON", ["Bush"]),
            },
            [
                ("she", "e:Patti Smith"),
                ("The 58-year-old US singer of Because the Night", "e:Patti Smith"),
                ("Bush", "e:Bush"),
            ],
        ),
        # spokespeople for three bodies: `he` reaches back over a sentence that names no
        # one and quotes nothing (a term is no quotation), and `the spokesman` is the one
        # introduced last; `A Conservative spokeswoman` speaks for the Conservative Party
        (
            [
                "But that does not mean Labour and the Tories are not calling people. A Labour"
                " Party spokesman told the BBC News website the party avoided those lists. But"
                ' that did not happen for "voter identification" calls. "When we ask which'
                ' party they will vote for, that is not marketing," he said.',
                'A Conservative spokeswoman said the party stuck to the rules. She said: "We do'
                ' apply TPS but in line with the law." A spokesman for the Information'
                " Commissioner's Office said it would be classed as marketing. But the rules did"
                ' allow polling organisations to call people. "If a political party was doing'
                ' that then it may be that also would not be marketing," he said.',
                'The spokesman said there was "no yes or no" answer.',
            ],
            {
                "Labour": ("ORG", ["Labour"]),
                "Tories": ("ORG", ["Conservative Party", "Tories"]),
                "Labour Party": ("ORG", ["Labour Party"]),
                "BBC News": ("ORG", ["BBC News"]),
                "Information Commissioner's Office": (
                    "ORG",
                    ["Information Commissioner's Office"],
                ),
            },
            [
                ("he", "e:Labour Party"),
                ("She", "e:Tories"),
                ("he", "e:Information Commissioner's Office"),
                ("The spokesman", "e:Information Commissioner's Office"),
            ],
        ),
        # a title may stand before the name that closes an inverted description; a
        # statement on her website is hers; a quoted name glossed in brackets, or what a
        # thing is billed as, is no one's words
        (
            [
                "The MPs said the audit office should have more power.",
                '"Our aim is not to rewrite the storyline of EastEnders," said the committee'
                " chairman, MP Edward Leigh. Tennis star Kim Clijsters will make her return in"
                ' February. "Kim had considered returning to action in Paris," a statement on'
                " her website said.",
                'Butragueno declared of the "Partido contra la Pobreza" (Game Against Poverty)'
                " that it would go ahead. The shoe is being billed as \"the world's first"
                ' intelligent shoe".',
            ],
            {
                "Edward Leigh": ("PERSON", ["Edward Leigh"]),
                "Kim Clijsters": ("PERSON", ["Kim Clijsters"]),
                "Butragueno": ("PERSON", ["Butragueno"]),
            },
            [
                ("the committee chairman", "e:Edward Leigh"),
                ("a statement on her website", "e:Kim Clijsters"),
            ],
        ),
        # `the radio quoted him as saying`: the one quoted speaks; a semicolon may end a
        # leading attribution; a lead's office is the one the next sentence names speaking
        (
            [
                'The ageing "myth" needs to be "exploded", the work and pensions minister has'
                " said.",
                "This was why the government was considering scrapping the retirement age,"
                " Alan Johnson said.",
                'Aqazadeh said the U.S. presence in the Gulf aggravated the crisis. "If Iran'
                ' cannot use the Hormuz Strait, no other country can either," the radio quoted'
                " him as saying.",
                'Told of a Reuters survey published today, he said; "That could well be correct."',
            ],
            {
                "Alan Johnson": ("PERSON", ["Alan Johnson"]),
                "Aqazadeh": ("PERSON", ["Aqazadeh"]),
                "Reuters": ("ORG", ["Reuters"]),
            },
            [
                ("the work and pensions minister", "e:Alan Johnson"),
                ("him", "e:Aqazadeh"),
                ("he", "e:Aqazadeh"),
            ],
        ),
        # right after a quotation a speaker's phrase may run to ten words
        (
            [
                'Many businessmen said they favoured quick elections. "There is a good chance'
                ' of a majority government," Confederation of Portuguese Industry (CIP)'
                " president Pedro Ferraz da Costa said.",
            ],
            {
                "Confederation of Portuguese Industry": (
                    "ORG",
                    ["Confederation of Portuguese Industry", "CIP"],
                ),
                "Pedro Ferraz da Costa": ("PERSON", ["Pedro Ferraz da Costa"]),
            },
            [
                (
                    "Confederation of Portuguese Industry (CIP) president Pedro Ferraz da Costa",
                    "e:Pedro Ferraz da Costa",
                )
            ],
        ),
        # `the top seed` is not the one the story called the seventh seed
        (
            [
                "Roger Federer beat seventh seed Feliciano Lopez 6-1 6-2.",
                'Federer, who lost in the quarter-final in 2003, was happy with his form. "I'
                ' think I played better than in the last round," said the top seed.',
            ],
            {
                "Roger Federer": ("PERSON", ["Roger Federer", "Federer"]),
                "Feliciano Lopez": ("PERSON", ["Feliciano Lopez"]),
            },
            [("the top seed", "e:Roger Federer")],
        ),
        # a member's letters after a speaker's name are no part of it; a weekday surname
        # names the one who has it
        (
            [
                "Guy Mansfield QC said the law was unclear.",
                'Guy Mansfield QC warned: "It will push young men to the margins."',
                "Mike Friday's England side won in Dubai.",
                '"We are thankful," said Friday.',
            ],
            {
                "Guy Mansfield": ("PERSON", ["Guy Mansfield"]),
                "Mike Friday": ("PERSON", ["Mike Friday"]),
            },
            [("Guy Mansfield QC", "e:Guy Mansfield"), ("Friday", "e:Mike Friday")],
        ),
        # a medium named with its short form and its kind speaks; `it` after a sentence
        # about a government named by its country alone is no body the story names
        (
            [
                'The rocket fell into the sea. "Disaster struck the space program today," the'
                " Press Trust of India (PTI) news agency reported.",
                "The Foreign Office said it had raised the case. The US government denied the"
                ' claims. In a statement, it said: "He was properly detained."',
            ],
            {
                "Press Trust of India": ("ORG", ["Press Trust of India", "PTI"]),
                "Foreign Office": ("ORG", ["Foreign Office"]),
                "US": ("PLACE", ["United States", "US"]),
            },
            [
                ("the Press Trust of India (PTI) news agency", "e:Press Trust of India"),
                ("it", None),
            ],
        ),
        # the question put to someone is not that one's words
        (
            [
                "Wilson Whinneray's side rallied to beat Wales, but when they returned home the"
                ' first question put to them was: "What happened in Newport?"',
            ],
            {"Wilson Whinneray": ("PERSON", ["Wilson Whinneray"])},
            [],
        ),
        # a role of a body after the verb, its article dropped, is someone unnamed (not
        # the body, nor the body's earlier speaker); a survey committee is no document
        (
            [
                'The Institute for Supply Management said orders rose. "This completes a'
                " strong year for factories,\" said chairman of the ISM's survey committee.",
            ],
            {
                "Institute for Supply Management": (
                    "ORG",
                    ["Institute for Supply Management", "ISM"],
                )
            },
            [("chairman of the ISM's survey committee", None)],
        ),
        # a possessor ending in `s'` is not the sentence's subject: her sister speaks
        (
            [
                "Graham and Sherry Edwards flew to the island.",
                "Edwards' sister Rachel makes a TV appeal. \"We do love him very much and we"
                ' want him back," she said.',
            ],
            {
                "Sherry Edwards": ("PERSON", ["Sherry Edwards", "Edwards"]),
                "Rachel": ("PERSON", ["Rachel"]),
            },
            [("she", "e:Rachel")],
        ),
        # `the company` paragraphs after the company, with `it said` between; `the mill`
        # is the one company the story named, though never as its subject
        (
            [
                "Acme Stores Co said its sales rose 0.2 pct in March.",
                "Domestic sales fell 4.4 pct, the company said.",
                "At constant rates, sales would have fallen 4.0 pct, it said.",
                "For the nine weeks, sales rose 4.3 pct.",
                '"As anticipated, March sales were lackluster in our seasonal businesses," the'
                " company said.",
            ],
            {"Acme Stores Co": ("ORG", ["Acme Stores Co"])},
            [("the company", "e:Acme Stores Co")],
        ),
        (
            [
                "The closure of the Haitian American Sugar Company will idle 3,500 workers.",
                '"Because of smuggling, we cannot continue to accept cane after April 10," the'
                " mill warned planters.",
            ],
            {"Haitian American Sugar Company": ("ORG", ["Haitian American Sugar Company"])},
            [("the mill", "e:Haitian American Sugar Company")],
        ),
        # a reporting sentence right after a quotation that closed the one before gives
        # the next quotation its speaker
        (
            [
                '"A gamer could buy a disc for 10 euros," said Mr Florin. "It\'s much smarter'
                ' if you can get levels as you go." Mr Armes warned that developers still had to'
                ' learn to tell stories. "In some ways we are trying to forget about the'
                ' hardware."',
            ],
            {
                "Gerhard Florin": ("PERSON", ["Gerhard Florin", "Florin"]),
                "Rory Armes": ("PERSON", ["Rory Armes", "Armes"]),
            },
            [
                ("Mr Florin", "e:Gerhard Florin"),
                ("Mr Florin", "e:Gerhard Florin"),
                ("Mr Armes", "e:Rory Armes"),
            ],
        ),
        # a programme's name in quotation marks is nobody's words; a role whose phrase
        # runs on to another name is not the one the sentence before ended with
        (
            [
                '"It will be vetoed out of hand," Miller said on NBC\'s "Today" program.',
            ],
            {"James Miller": ("PERSON", ["James Miller", "Miller"])},
            [("Miller", "e:James Miller")],
        ),
        (
            [
                "World 100m champion Kim Collins will run in Birmingham.",
                "He joins relay gold medallists Jason Gardener and Mark Lewis-Francis. Olympic"
                " champion and record holder Maurice Greene will also run. The world champion"
                ' says he is in good shape. "This will be a big year for me and I plan to defend'
                ' my title."',
            ],
            {
                "Kim Collins": ("PERSON", ["Kim Collins", "Collins"]),
                "Mark Lewis-Francis": ("PERSON", ["Mark Lewis-Francis"]),
                "Maurice Greene": ("PERSON", ["Maurice Greene"]),
            },
            [("The world champion", "e:Kim Collins")],
        ),
        # a source at a firm named after its founder is no one named, and nor is `the
        # source` after it
        (
            [
                "Robert Campeau said the sale was a good start.",
                'A Campeau source said, "We believe this sale puts us in a strong position."',
                '"Allied will be able to meet the June 30 payment," the source said.',
            ],
            {"Robert Campeau": ("PERSON", ["Robert Campeau", "Campeau"])},
            [("A Campeau source", None), ("the source", None)],
        ),
        # one reported since the last quotation, sentences before the next, speaks on
        (
            [
                '"It was too long a recession," said Simon Jones, the Labs\' managing director.'
                " Ian Pearson, BT's futurologist, told the BBC that the closure was a \"real"
                ' shame". BT had worked with the Labs. "There were a lot of very talented,'
                ' creative people there."',
            ],
            {
                "Simon Jones": ("PERSON", ["Simon Jones"]),
                "Ian Pearson": ("PERSON", ["Ian Pearson"]),
            },
            [("Simon Jones", "e:Simon Jones"), ("Ian Pearson", "e:Ian Pearson")],
        ),
        # `He said X was ... adding`: X is in what he said, and he goes on
        (
            [
                "Gerry Conlon said the families were delighted.",
                'He said Mr Blair had spoken with "such sincerity", adding: "He went beyond'
                ' what we thought he would."',
            ],
            {
                "Gerry Conlon": ("PERSON", ["Gerry Conlon"]),
                "Tony Blair": ("PERSON", ["Tony Blair", "Mr Blair"]),
            },
            [("He", "e:Gerry Conlon"), ("He", "e:Gerry Conlon")],
        ),
        # a new subject's mood before an unattributed quotation makes it that one's
        (
            [
                '"We worked hard as a squad and I\'m a proud Welshman," said Stephen Jones.'
                " Double try scorer Martyn Williams was keen not to talk about a Grand Slam."
                ' "We\'ve got more self-belief these days."',
            ],
            {
                "Stephen Jones": ("PERSON", ["Stephen Jones"]),
                "Martyn Williams": ("PERSON", ["Martyn Williams"]),
            },
            [("Stephen Jones", "e:Stephen Jones"), ("Martyn Williams", "e:Martyn Williams")],
        ),
        # a firm's short form with `&` opens a role; a firm and a role after a name, the
        # comma closing them lost, are the named person's
        (
            [
                "S&P raised its rating of Russia.",
                '"These improvements are significant," wrote S&P credit analyst Helena Hessel.',
                "Day International Corp said it would sell a unit.",
                '"Net earnings should be in the ball park of estimates," Richard Jacob, Day'
                " chairman and chief executive officer said.",
            ],
            {
                "Standard & Poor's": ("ORG", ["Standard & Poor's", "S&P"]),
                "Helena Hessel": ("PERSON", ["Helena Hessel"]),
                "Day International Corp": ("ORG", ["Day International Corp", "Day"]),
                "Richard Jacob": ("PERSON", ["Richard Jacob"]),
            },
            [
                ("S&P credit analyst Helena Hessel", "e:Helena Hessel"),
                ("Richard Jacob", "e:Richard Jacob"),
            ],
        ),
        # an office a lead gives by a place's possessive is the one the next sentence has
        # speaking; the subject of a verb joined to `said` by `and` speaks; `the MP for`
        # a seat is the member the sentence before was about
        (
            [
                "Scotland's justice minister has warned fans she will hit them \"where it hurts"
                ' most".',
                "Cathy Jamieson said exclusion orders would be used.",
            ],
            {"Cathy Jamieson": ("PERSON", ["Cathy Jamieson"])},
            [("Scotland's justice minister", "e:Cathy Jamieson")],
        ),
        (
            [
                "Mr Wyatt predicted the campaign would start once the chancellor delivered his"
                ' budget. The MP for Sittingbourne and Sheppey said Tony Blair had been "trying'
                ' very hard". A Labour party spokesman played down differences with Mr Wyatt'
                ' and said Mr Brown had a role. "This election is a choice between going'
                ' forward and going back."',
            ],
            {
                "Derek Wyatt": ("PERSON", ["Derek Wyatt", "Mr Wyatt"]),
                "Gordon Brown": ("PERSON", ["Gordon Brown", "the chancellor", "Mr Brown"]),
                "Sheppey": ("PERSON", ["Sheppey"]),
                "Tony Blair": ("PERSON", ["Tony Blair"]),
                "Labour": ("ORG", ["Labour"]),
            },
            [
                ("The MP for Sittingbourne and Sheppey", "e:Derek Wyatt"),
                ("A Labour party spokesman", "e:Labour"),
            ],
        ),
        # `they` after police (unnamed, plural) spoke last is no one named
        (
            [
                '"The case was closed with a payment," said Anton Winkler, spokesman for the'
                ' prosecutor. Police said a "physical altercation" broke out. "One of the'
                ' officers was kicked in the chest with full force," they said.',
            ],
            {"Anton Winkler": ("PERSON", ["Anton Winkler"])},
            [("Anton Winkler", "e:Anton Winkler"), ("they", None)],
        ),
        # `he` after a spokesman for `the bank` is the bank the story is about; one who
        # met a named minister, opening the sentence unnamed, is not the minister
        (
            [
                "Credit Suisse has been ordered to freeze accounts, a Justice Ministry"
                " spokesman said.",
                "The SEC alleged that the two men ran an insider trading ring.",
                'A spokesman for the bank said he was aware of the order. "Now we have to find'
                ' out what is on the accounts," he said.',
                "One official attending the talks with Finance Minister Dilson Funaro said"
                ' "they have come in here and said they are out of money."',
            ],
            {
                "Credit Suisse": ("ORG", ["Credit Suisse"]),
                "Justice Ministry": ("ORG", ["Justice Ministry"]),
                "Securities and Exchange Commission": ("ORG", ["SEC"]),
                "Dilson Funaro": ("PERSON", ["Dilson Funaro"]),
            },
            [("he", "e:Credit Suisse"), ("the talks with Finance Minister Dilson Funaro", None)],
        ),
        # an appositive of two parts between a name and its verb
        (
            [
                "Yao Liu, president of Chi Shun Hwa Steel Co, a leading shipbreaker in"
                ' Kaohsiung, told Reuters, "We expect to scrap fewer ships this year."',
            ],
            {
                "Yao Liu": ("PERSON", ["Yao Liu"]),
                "Chi Shun Hwa Steel Co": ("ORG", ["Chi Shun Hwa Steel Co"]),
            },
            [("Yao Liu", "e:Yao Liu")],
        ),
        # `he` after `the spokesman added` is the one a spokesman spoke for; after `the
        # Tory leader said` the leader; after `One said` one of several unnamed
        (
            [
                "Half of the crop is sown, a spokesman for Suiker Unie, the largest sugar"
                " processor in the Netherlands, told Reuters.",
                "Conditions are generally good, the spokesman added.",
                '"It is far too early yet to say what we can expect," he said.',
            ],
            {"Suiker Unie": ("ORG", ["Suiker Unie"]), "Reuters": ("ORG", ["Reuters"])},
            [("he", "e:Suiker Unie")],
        ),
        (
            [
                "Tory leader Michael Howard said the budget was a con.",
                "He urged the chancellor to admit he had raised taxes. He also accused the"
                ' chancellor of running out of ideas. Mr Brown liked to rattle off "magical'
                ' balances conjured out of thin air" in a bid to convince people there was no'
                ' "black hole" in the finances, the Tory leader said. "This dodgy government is'
                ' now publishing a dodgy Budget," he said.',
            ],
            {
                "Michael Howard": ("PERSON", ["Michael Howard"]),
                "Gordon Brown": ("PERSON", ["Gordon Brown", "the chancellor", "Mr Brown"]),
            },
            [("the Tory leader", "e:Michael Howard"), ("he", "e:Michael Howard")],
        ),
        (
            [
                "Deputies said Zhao Ziyang was not forceful enough. One said the state had cut"
                ' spending on farming. "This is incompatible with the place of agriculture,"'
                " he said.",
            ],
            {"Zhao Ziyang": ("PERSON", ["Zhao Ziyang"])},
            [("he", None)],
        ),
        # `he` after `The Ofcom spokesman said` is the body the spokesman speaks for
        (
            [
                'Use of the technology is only allowed under a strict licensing scheme. "We are'
                ' seeking opinion from industry," said a spokesman for Ofcom.',
                "Companies have until 24 March to respond. In April the EC is due to start its"
                " own consultation. The CEPT is carrying out research for this programme. Early"
                " sight of the CEPT work has caused controversy. By contrast a preliminary Ofcom"
                " report found it would be easy to deploy. The Ofcom spokesman said it was"
                ' considering a set of restrictions. "We would want these devices to have very'
                ' strict controls on power levels," he said.',
            ],
            {
                "Ofcom": ("ORG", ["Ofcom"]),
                "European Commission": ("ORG", ["EC"]),
                "CEPT": ("ORG", ["CEPT"]),
            },
            [("a spokesman for Ofcom", "e:Ofcom"), ("he", "e:Ofcom")],
        ),
        # `the statement` after `the firm said in a prepared statement` is the firm's; an
        # official of a firm, unnamed, is not the firm
        (
            [
                "Merrill Lynch said it was angry that the SEC charged a former executive.",
                '"Violations of the law are not tolerated," the firm said in a prepared'
                ' statement. "The illegal trading took place away from Merrill Lynch," the'
                " statement said.",
                '"The new mine represents large amounts of money," said a former official of'
                " Sedren Mine.",
            ],
            {
                "Securities and Exchange Commission": ("ORG", ["SEC"]),
                "Merrill Lynch": ("ORG", ["Merrill Lynch"]),
                "Sedren Mine": ("ORG", ["Sedren Mine"]),
            },
            [
                ("the firm", "e:Merrill Lynch"),
                ("the statement", "e:Merrill Lynch"),
                ("a former official of Sedren Mine", None),
            ],
        ),
        # a name in a participial clause fronted to its sentence is no one its subject or
        # its description stands for
        (
            [
                "World number one Lindsay Davenport has criticised Wimbledon.",
                "Reacting to a comment by All England Club chairman Tim Phillips, the American"
                ' said: "I think it is highly insulting."',
                "Having worked closely with Mr Cantalupo, Mr Bell focused on demand. He had"
                ' promised not to let the company get "fat, dumb and happy," analysts said.',
            ],
            {
                "Lindsay Davenport": ("PERSON", ["Lindsay Davenport"]),
                "Tim Phillips": ("PERSON", ["Tim Phillips"]),
                "Jim Cantalupo": ("PERSON", ["Mr Cantalupo"]),
                "Charlie Bell": ("PERSON", ["Mr Bell"]),
            },
            [("the American", "e:Lindsay Davenport"), ("He", "e:Charlie Bell")],
        ),
        # one a paper reported as saying speaks, not the paper
        (
            [
                'The daily al-Riyadh reported Prince Sultan as saying: "A thorough study on the'
                ' submarines has been completed."',
            ],
            {
                "al-Riyadh": ("ORG", ["al-Riyadh"]),
                "Prince Sultan": ("PERSON", ["Prince Sultan"]),
            },
            [("Prince Sultan", "e:Prince Sultan")],
        ),
        # a spokesman at a body's headquarters speaks for the body
        (
            [
                "Airbus Industrie said it had no comment on reports of talks.",
                "A spokesman at Airbus headquarters in Toulouse said in a telephone interview:"
                ' "We have no knowledge of talks."',
            ],
            {
                "Airbus Industrie": ("ORG", ["Airbus Industrie", "Airbus"]),
                "Toulouse": ("PLACE", ["Toulouse"]),
            },
            [("A spokesman at Airbus headquarters in Toulouse", "e:Airbus Industrie")],
        ),
        # a chamber is a body
        (
            [
                "Mining had an exceptional year, the Chamber of Mines said.",
                'The chamber said that "a buoyant gold price allowed mines to go on mining lower'
                ' grade ores".',
            ],
            {"Chamber of Mines": ("ORG", ["Chamber of Mines"])},
            [("The chamber", "e:Chamber of Mines")],
        ),
        # an age before the name after a quotation; a quotation broken by its attribution
        # is the same speaker's on both sides
        (
            [
                'Hollins said he was "shocked" by the news. "It was a hard choice to make,"'
                ' 21-year-old Carter said, "and I hope people will see why."',
            ],
            {"Joe Carter": ("PERSON", ["Carter"]), "Ray Hollins": ("PERSON", ["Hollins"])},
            [
                ("Hollins", "e:Ray Hollins"),
                ("21-year-old Carter", "e:Joe Carter"),
                ("21-year-old Carter", "e:Joe Carter"),
            ],
        ),
        # an aside between dashes sits between the subject and its verb
        (
            [
                "In Trenton, Delmark Foods -- answering an earlier letter to its directors by"
                ' Hollis -- said "Your offer is not one our board can accept."',
            ],
            {
                "Delmark Foods": ("ORG", ["Delmark Foods"]),
                "Hollis": ("ORG", ["Hollis"]),
            },
            [("Delmark Foods", "e:Delmark Foods")],
        ),
        # `she and` someone: that one is not whom a later `she` stands for
        (
            [
                "Margot Fenwick toured the world with the company. In 1952, back in Paris, she"
                " and Pavel Orlov founded a school. She stopped dancing in 1970, an"
                ' "easy choice" she said, "made for me by my knees".',
            ],
            {
                "Margot Fenwick": ("PERSON", ["Margot Fenwick"]),
                "Pavel Orlov": ("PERSON", ["Pavel Orlov"]),
            },
            [("she", "e:Margot Fenwick")],
        ),
        # one a statement quoted as stressing speaks; a name right after `said` begins what
        # was said and is no speaker
        (
            [
                "The central bank statement quoted Ramos as stressing that Harbor Bank was"
                ' "warned many times about its losses and its need for fresh capital."',
                "The aide was asked about an item in the Evening Star, which said Harbor Bank"
                ' "is thought to be the victim of a large fraud in the City."',
            ],
            {
                "Luis Ramos": ("PERSON", ["Ramos"]),
                "Harbor Bank": ("ORG", ["Harbor Bank"]),
                "Evening Star": ("ORG", ["Evening Star"]),
            },
            [("Ramos", "e:Luis Ramos")],
        ),
        # the appositive of a description may name the person with the firm
        (
            [
                'Another analyst, Ruth Cole at Baldwin Nisker Ltd, noted that "many buyers are'
                ' holding dollars and will move back into gold."',
            ],
            {
                "Ruth Cole": ("PERSON", ["Ruth Cole"]),
                "Baldwin Nisker Ltd": ("ORG", ["Baldwin Nisker Ltd"]),
            },
            [("Another analyst", "e:Ruth Cole")],
        ),
        # one an agency quoted is whom the next sentence's `he` stands for
        (
            [
                "Farm output fell, Deputy Minister Liu Wen said.",
                "The state news agency quoted Chen Bo, a delegate to the congress, attacking"
                " farm policy. He said funds had been cut.",
                '"Some people got carried away with the good harvests," he said.',
            ],
            {
                "Liu Wen": ("PERSON", ["Liu Wen"]),
                "Chen Bo": ("PERSON", ["Chen Bo"]),
            },
            [("he", "e:Chen Bo")],
        ),
        # `the paper` is a paper the story called a daily
        (
            [
                "And Madrid daily Diario Sur accuses English reporters of a witch-hunt.",
                '"Perhaps their team played so poorly that they wanted to look elsewhere," the'
                " paper says.",
            ],
            {"Diario Sur": ("ORG", ["Diario Sur"]), "Madrid": ("PLACE", ["Madrid"])},
            [("the paper", "e:Diario Sur")],
        ),
        # a description by age, people or trade is whom the story is about, not the last
        # name it wrote; an office of state stays with the last
        (
            [
                "Agassi, the fourth seed, beat Nicolas Massu in straight sets.",
                '"I felt pretty good out there," the American said.',
                "Mr Blair denied that Mr Brown had said so.",
                'Later the chancellor told reporters: "Of course I trust him."',
            ],
            {
                "Andre Agassi": ("PERSON", ["Agassi"]),
                "Nicolas Massu": ("PERSON", ["Nicolas Massu"]),
                "Tony Blair": ("PERSON", ["Mr Blair"]),
                "Gordon Brown": ("PERSON", ["Mr Brown"]),
            },
            [("the American", "e:Andre Agassi"), ("the chancellor", "e:Gordon Brown")],
        ),
        # an aide, and an official of a body the story brought in unnamed, stay unnamed
        (
            [
                "Prime Minister Ito will stay until the tax bills pass, one of his closest aides"
                " said.",
                '"His power does not end with his term," the aide said.',
                "A senior Bank of Japan official said the accord held. Finance Minister Mori"
                " agreed.",
                '"The market is reacting too much," the Bank of Japan official told Reuters.',
            ],
            {
                "Ito": ("PERSON", ["Ito"]),
                "Mori": ("PERSON", ["Mori"]),
                "Bank of Japan": ("ORG", ["Bank of Japan"]),
            },
            [("the aide", None), ("the Bank of Japan official", None)],
        ),
        # a firm of two names joined by `and`, its possessive before the person
        (
            [
                '"The change could really lift interest in the market," added Price and'
                " Waterhouse's Meera Shah.",
            ],
            {
                "Price and Waterhouse": ("ORG", ["Price and Waterhouse"]),
                "Meera Shah": ("PERSON", ["Meera Shah"]),
            },
            [("Price and Waterhouse's Meera Shah", "e:Meera Shah")],
        ),
        # a question's speaker and verb may follow it as a short sentence of their own
        (
            [
                'Director Ravi Nair said the film should not wait. "If the book was allowed,'
                " how can the film be stopped?\" Mr Nair's lawyer Asha Menon said. The case"
                " goes on.",
            ],
            {
                "Ravi Nair": ("PERSON", ["Ravi Nair", "Mr Nair"]),
                "Asha Menon": ("PERSON", ["Asha Menon"]),
            },
            [("Mr Nair's lawyer Asha Menon", "e:Asha Menon")],
        ),
        # a people's word names no body, and `it` after a statement whose author the story
        # does not name stays unnamed
        (
            [
                "The envoy met Greek Foreign Affairs Undersecretary Yannis Kapsis last week.",
                'The Greek statement today said, "Greece will not give up its rights. It has'
                ' told the envoy so."',
                '"Athens sees the old protocol as void," it said.',
            ],
            {
                "Greek Foreign Affairs": ("ORG", ["Greek Foreign Affairs"]),
                "Yannis Kapsis": ("PERSON", ["Yannis Kapsis"]),
            },
            [("The Greek statement", None), ("it", None)],
        ),
        # `he` after a spokesman for a body who criticised or dismissed something
        (
            [
                "Moody's cut the ratings of Zenith Electronics Corp. A spokesman for Zenith"
                ' criticized the action. "The company believes the cut is unwarranted," he'
                " said.",
            ],
            {
                "Moody's": ("ORG", ["Moody's"]),
                "Zenith Electronics Corp": ("ORG", ["Zenith Electronics Corp", "Zenith"]),
            },
            [("he", "e:Zenith Electronics Corp")],
        ),
        # `a spokesman` after a sentence that opens on a body by its kind speaks for it
        (
            [
                "The National Farmers Union remains concerned about British Sugar.",
                "The union's beet committee met to consider the implications of a government"
                " Monopolies Commission, MC, report issued last week."
                ' "We are still concerned about its owners," a spokesman said.',
            ],
            {
                "National Farmers Union": ("ORG", ["National Farmers Union"]),
                "British Sugar": ("ORG", ["British Sugar"]),
                "Monopolies Commission": ("ORG", ["Monopolies Commission", "MC"]),
            },
            [("a spokesman", "e:National Farmers Union")],
        ),
        # a pronoun may open the phrase before `but said`; `he` after a spokesman named by
        # the last word of a body's name; `a source at` a place is unnamed
        (
            [
                "Finance Secretary Jaime Ongpin told reporters the plan would avoid an impasse.",
                'He did not give details but said, "It is a very useful alternative."',
                "The London Stock Exchange has no comment, an Exchange spokesman said.",
                '"No-one here has any proper details yet," he added.',
                "Soldiers killed one man, a source at the Cap Haitien church radio said.",
                '"The peasants are starving," the source told Reuters.',
            ],
            {
                "Jaime Ongpin": ("PERSON", ["Jaime Ongpin"]),
                "London Stock Exchange": ("ORG", ["London Stock Exchange"]),
                "Cap Haitien": ("PERSON", ["Cap Haitien"]),
            },
            [("He", "e:Jaime Ongpin"), ("he", "e:London Stock Exchange"), ("the source", None)],
        ),
        # `It added` after someone's statement spoke is the statement's owner
        (
            [
                "Mr Howard appointed Mr Crosby as his elections chief last October.",
                'Mr Crosby\'s statement said: "The party has been making an impact." It added:'
                ' "The Labour Party will want to distract attention."',
            ],
            {
                "Michael Howard": ("PERSON", ["Mr Howard"]),
                "Lynton Crosby": ("PERSON", ["Mr Crosby"]),
                "Labour Party": ("ORG", ["Labour Party"]),
            },
            [("Mr Crosby's statement", "e:Lynton Crosby"), ("It", "e:Lynton Crosby")],
        ),
        # a body's council, its short form before the head, speaks for the body
        (
            [
                "The Australian Petroleum Exploration Association (APEA) criticised the tax.",
                '"The tax is not profit based," the APEA council said.',
            ],
            {
                "Australian Petroleum Exploration Association": (
                    "ORG",
                    ["Australian Petroleum Exploration Association", "APEA"],
                ),
            },
            [("the APEA council", "e:Australian Petroleum Exploration Association")],
        ),
        # the name closing the sentence after `one of their lawyers,`, not one in the next
        # sentence; `she` after a spokeswoman for a body of a long name
        (
            [
                'Kenteris and Thanou face bans. "A decision is expected by mid-March," said one'
                " of their lawyers, Michalis Dimitrakopoulos. Kenteris, 31, won in Sydney.",
                "A Department for Constitutional Affairs spokeswoman said the two agreed.",
                '"Their disagreement is a very narrow one," she said.',
            ],
            {
                "Costas Kenteris": ("PERSON", ["Kenteris"]),
                "Katerina Thanou": ("PERSON", ["Thanou"]),
                "Michalis Dimitrakopoulos": ("PERSON", ["Michalis Dimitrakopoulos"]),
                "Department for Constitutional Affairs": (
                    "ORG",
                    ["Department for Constitutional Affairs"],
                ),
            },
            [
                ("one of their lawyers", "e:Michalis Dimitrakopoulos"),
                ("she", "e:Department for Constitutional Affairs"),
            ],
        ),
        # what a newspaper's article said, reported by an analyst, is the newspaper's
        (
            [
                "A Soviet farm analyst at USDA noted that a recent article in Izvestia said"
                " Soviet grain output in the coming year is planned to be"
                ' "far more than expected this year."'
            ],
            {
                "United States Department of Agriculture": ("ORG", ["USDA"]),
                "Izvestia": ("ORG", ["Izvestia"]),
            },
            [("a recent article in Izvestia", "e:Izvestia")],
        ),
        # `the resolution` stays the Senate's; `said, and "..."` introduces a fragment
        (
            [
                'The Senate passed a resolution against the levy. "Washington should tell'
                ' Brussels that the levy will meet strong countermeasures," the resolution'
                " stated.",
                'The levy would be "plainly at odds" with the rules of the world trade pact,'
                ' GATT, the resolution said, and "constitute another attempt" to shift farm'
                " costs abroad.",
            ],
            {
                "Senate": ("ORG", ["Senate"]),
                "General Agreement on Tariffs and Trade": ("ORG", ["GATT"]),
            },
            [("the resolution", "e:Senate"), ("the resolution", "e:Senate")],
        ),
        # an editorial is a medium's, never the body last named
        (
            [
                "The U.S. Embassy replied that the figures were wrong.",
                "An official business newspaper today set out the demands in an editorial.",
                '"It is vital that the market opens to our goods," the editorial said.',
            ],
            {"U.S. Embassy": ("ORG", ["U.S. Embassy"])},
            [("the editorial", None)],
        ),
        # a former executive of a company speaks for no one, and `he` after him neither
        (
            [
                '"There is tension between the workers and the company," says Michael Luckey,'
                " an analyst.",
                '"The talks will be rough," says one former General Motors labour relations'
                " executive.",
                "The former General Motors executive says more plants will close, but he adds,"
                ' "not before the contract," he says.',
            ],
            {
                "General Motors Corp": ("ORG", ["General Motors Corp", "General Motors"]),
                "Michael Luckey": ("PERSON", ["Michael Luckey", "Luckey"]),
            },
            [
                ("Michael Luckey", "e:Michael Luckey"),
                ("one former General Motors labour relations executive", None),
                ("he", None),
            ],
        ),
        # `it` after a group the story does not name spoke is that group, not a firm
        (
            [
                "China has been accused of blocking Google News.",
                "Popular portals delete sensitive comments.",
                '"China is censoring Google News to push users to its own version," said the'
                ' group in a statement. "By agreeing to leave out papers the state dislikes,'
                ' Google has let itself be used," it said.',
            ],
            {"Google": ("ORG", ["Google", "Google News"])},
            [("the group", None), ("it", None)],
        ),
        # someone's sales pitch is his
        (
            [
                'Mr Fisher calls himself an "average American Joe". His sales pitch adds:'
                ' "Take part in this radical advertising campaign and make history."'
            ],
            {"Joe Fisher": ("PERSON", ["Mr Fisher", "Joe Fisher"])},
            [("Mr Fisher", "e:Joe Fisher"), ("His sales pitch", "e:Joe Fisher")],
        ),
        # a company's shares are no subject: `a company spokeswoman` is the story's firm
        (
            [
                "Chrysler Corp said it would not raise its offer for Electrospace Systems Inc.",
                "Electrospace shares closed yesterday at 30 dlrs.",
                '"We have no intention of increasing the offer," a company spokeswoman said.',
            ],
            {
                "Chrysler Corp": ("ORG", ["Chrysler Corp", "Chrysler"]),
                "Electrospace Systems Inc": ("ORG", ["Electrospace Systems Inc", "Electrospace"]),
            },
            [("a company spokeswoman", "e:Chrysler Corp")],
        ),
        # `the institute` is the body the story is about, whatever its name's language
        (
            [
                "French output will grow by only 1.5 pct this year, the private Institut des"
                " Previsions Economiques (IPECODE) said.",
                "IPECODE said demand and production would develop in parallel.",
                'However, the institute said inflation would ease next year, "provided that'
                ' wage costs stay within productivity rises."',
            ],
            {
                "Institut des Previsions Economiques": (
                    "ORG",
                    ["Institut des Previsions Economiques", "IPECODE"],
                ),
            },
            [("the institute", "e:Institut des Previsions Economiques")],
        ),
        # a name that only qualifies a word is no speaker: the official is unnamed
        (
            [
                "The meetings will weigh debt relief for the poorest nations.",
                '"There is interest on the part of some countries in the special problems of'
                ' the very poorest," a Reagan administration official said.',
            ],
            {"Ronald Reagan": ("PERSON", ["Reagan"])},
            [("a Reagan administration official", None)],
        ),
        # a judgement in the judge's words: the agent of `described by ... as`, or the one
        # a relative clause is about; not the sentence's subject
        (
            [
                "Mr Brown also unveiled plans to fold 35 agencies into nine - described by one"
                ' civil service union as a "bonfire of the quangos".'
            ],
            {"Gordon Brown": ("PERSON", ["Mr Brown"])},
            [("one civil service union", None)],
        ),
        (
            [
                "Among the tributes that poured in when Charles died was one from his friend,"
                ' the producer Quincy Jones, who described him as a "brother in every sense of'
                ' the word".'
            ],
            {
                "Ray Charles": ("PERSON", ["Charles", "Ray Charles"]),
                "Quincy Jones": ("PERSON", ["Quincy Jones"]),
            },
            [("Quincy Jones", "e:Quincy Jones")],
        ),
        (
            [
                "Leaked papers have suggested former minister David Blunkett branded the new"
                ' opening hours as a "leap in the dark".'
            ],
            {"David Blunkett": ("PERSON", ["David Blunkett"])},
            [("David Blunkett", "e:David Blunkett")],
        ),
        # a role after a name whose closing comma was lost, not the company before
        (
            [
                "Storage Technology Corp said it is holding talks with the tax service.",
                '"We are currently pursuing discussions that could lead to a final solution,"'
                " Stephen G. Jerritts, president and chief operating officer said.",
            ],
            {
                "Storage Technology Corp": ("ORG", ["Storage Technology Corp"]),
                "Stephen G. Jerritts": ("PERSON", ["Stephen G. Jerritts"]),
            },
            [("Stephen G. Jerritts", "e:Stephen G. Jerritts")],
        ),
        # `he` after `The spokesman said`, whom no phrase introduced: the company's
        (
            [
                "Allis-Chalmers Corp said its only alternative to the plan is bankruptcy.",
                "The spokesman said in response to an inquiry that he was not aware of any"
                " charge against earnings.",
                '"It is too early to talk about a charge" because the plan must still be'
                " approved by the lenders, he said.",
            ],
            {"Allis-Chalmers Corp": ("ORG", ["Allis-Chalmers Corp", "Allis-Chalmers"])},
            [("he", "e:Allis-Chalmers Corp")],
        ),
        # `said the petitioning firms claimed`: the words are those the body reports
        (
            [
                "USDA said the petitioning firms claimed companies avoid the meat in their"
                ' products because the term carries an "unwarranted negative connotation" in'
                " the minds of many buyers."
            ],
            {"United States Department of Agriculture": ("ORG", ["USDA"])},
            [("the petitioning firms", None)],
        ),
        # a source close to someone is not that one
        (
            [
                "The Post quoted a source close to Reagan as saying the White House expected"
                ' Poindexter "will say he had direction and authority, directly or indirectly,"'
                " from the president."
            ],
            {
                "Ronald Reagan": ("PERSON", ["Reagan"]),
                "John Poindexter": ("PERSON", ["Poindexter"]),
                "Washington Post": ("ORG", ["Post", "Washington Post"]),
            },
            [("a source close to Reagan", None)],
        ),
        # `the investment manager` after `one investment manager said`, not the senior
        # manager named before him
        (
            [
                "Japanese fund managers are afraid of criticism if they buy into unsure markets,"
                " said Seiji Yamamoto, senior manager at Dresdner ABD Securities Ltd.",
                "The Frankfurt fall has also been causing Japanese investors to turn away, one"
                " investment manager said.",
                "The slump stems from expectations of slow growth, the investment manager said."
                ' "Right now Japanese investors are taking a wait-and-see attitude," he said.',
            ],
            {
                "Seiji Yamamoto": ("PERSON", ["Seiji Yamamoto", "Yamamoto"]),
                "Dresdner ABD Securities Ltd": ("ORG", ["Dresdner ABD Securities Ltd"]),
            },
            [("he", None)],
        ),
        # `She` after `..., Smith Barney's spokeswoman said.`: the firm's
        (
            [
                "AMR rose after analyst Roland Moreno of Smith Barney upgraded his opinion of the"
                " stock, traders said.",
                "In a related action, Moreno downgraded his opinion of UAL, Smith Barney's"
                " spokeswoman said.",
                'She said the downgrade was because the "stock had risen to a level beyond what'
                ' current fundamentals can support."',
            ],
            {
                "Roland Moreno": ("PERSON", ["Roland Moreno", "Moreno"]),
                "Smith Barney": ("ORG", ["Smith Barney"]),
            },
            [("She", "e:Smith Barney")],
        ),
        # `he` after `The spokesman said Lizano ... announced`: the spokesman, whom the
        # story does not name, not the one he speaks of
        (
            [
                "Eduardo Lizano, president of the central bank, has resigned, a central bank"
                " spokesman said.",
                'The spokesman said Lizano, 56, announced his decision late yesterday. "He'
                ' intends to dedicate himself to teaching at the university," he said.',
            ],
            {"Eduardo Lizano": ("PERSON", ["Eduardo Lizano", "Lizano"])},
            [("he", None)],
        ),
        # `a ministry spokesman` speaks for the ministry the story named
        (
            [
                "Brazil has suspended maize imports, Agriculture Minister Iris Resende said.",
                "The Agriculture Ministry expects a record maize crop of 27.7 mln tonnes.",
                "Brazil's total grain crop is expected to be 65.3 mln tonnes. \"This is a record"
                ' in the history of Brazilian agriculture," a ministry spokesman said.',
            ],
            {
                "Agriculture Ministry": ("ORG", ["Agriculture Ministry"]),
                "Iris Resende": ("PERSON", ["Iris Resende", "Resende"]),
            },
            [("a ministry spokesman", "e:Agriculture Ministry")],
        ),
        # a brief is a document: the Treasury's, not the president named last
        (
            [
                "The Treasury said it proposed allowing the imports because Congress had not"
                " meant, when it overrode President Reagan's veto, to hurt U.S. industry.",
                '"The domestic uranium conversion industry would be hurt by a ban," the Treasury'
                " brief said.",
            ],
            {
                "Treasury": ("ORG", ["Treasury"]),
                "Ronald Reagan": ("PERSON", ["Reagan", "President Reagan"]),
            },
            [("the Treasury brief", "e:Treasury")],
        ),
        # `the group's president`: the one the story named with the role
        (
            [
                "OPEC has reaffirmed its commitment to fixed crude oil prices of around 18 dlrs"
                " a barrel, its president Rilwanu Lukman said.",
                '"The idea was to suggest that the agreement would not hold," Lukman said.',
                "Iraq disassociated itself from the agreement, Lukman said.",
                '"If that is the price we have to pay to make the agreement succeed, we are'
                " ready,\" the group's president said.",
            ],
            {
                "Rilwanu Lukman": ("PERSON", ["Rilwanu Lukman", "Lukman"]),
                "OPEC": ("ORG", ["OPEC"]),
            },
            [("Lukman", "e:Rilwanu Lukman"), ("the group's president", "e:Rilwanu Lukman")],
        ),
        # a name in a clause set before the subject is no speaker; an order is a document
        (
            [
                "Noting the nosediving New York Stock Exchange, Rep David Obey, a Wisconsin"
                " Democrat and former chairman of the Congressional Economic Committee, said"
                ' "for the last five years this economic recovery has been running on borrowed'
                ' money."',
                "The FAA said it ordered airlines to inspect older jets. If not repaired, the"
                ' cracks "may progress until the spar cap or skin panel is severed," the FAA'
                " order said.",
            ],
            {
                "New York Stock Exchange": ("ORG", ["New York Stock Exchange"]),
                "David Obey": ("PERSON", ["David Obey"]),
                "Federal Aviation Administration": ("ORG", ["FAA"]),
            },
            [
                ("New York Stock Exchange", "e:David Obey"),
                ("the FAA order", "e:Federal Aviation Administration"),
            ],
        ),
        # `The trust` is the trust the story is about; `he` after `the aide to Lyng said`
        # is the aide, whom the story does not name
        (
            [
                "LL and E Royalty Trust said Louisiana Land and Exploration Co may start"
                " escrowing revenues owed to the trust.",
                'Louisiana Land has not yet escrowed any amounts. The trust said "If the working'
                " interest owner does begin to escrow funds, the effect on the royalties would be"
                ' significant."',
                "Agriculture Secretary Richard Lyng said the plan would go ahead this month.",
                "But the aide to Lyng said it was doubtful that the department would offer a"
                ' bonus to farmers. "How are you going to stop the tide," he said.',
            ],
            {
                "LL and E Royalty Trust": ("ORG", ["LL and E Royalty Trust"]),
                "Louisiana Land and Exploration Co": (
                    "ORG",
                    ["Louisiana Land and Exploration Co", "Louisiana Land"],
                ),
                "Richard Lyng": ("PERSON", ["Richard Lyng", "Lyng"]),
            },
            [("The trust", "e:LL and E Royalty Trust"), ("he", None)],
        ),
        # An age before the name after the verb; a judgement's agent after the quotation
        (
            [
                "Bystanders said soldiers destroyed the shacks.",
                '"They rammed our shacks with jeeps and destroyed the shack over my baby,"'
                " said 25-year-old Amina Muhammad.",
                "Tapie has a starring role in the new film by Claude Lelouche.",
                "He plays a power-hungry lawyer in the movie described as"
                ' "a tender and cruel comedy" by Lelouche, who is making his 35th film.',
            ],
            {
                "Amina Muhammad": ("PERSON", ["Amina Muhammad"]),
                "Bernard Tapie": ("PERSON", ["Tapie"]),
                "Claude Lelouche": ("PERSON", ["Claude Lelouche", "Lelouche"]),
            },
            [("Amina Muhammad", "e:Amina Muhammad"), ("Lelouche", "e:Claude Lelouche")],
        ),
        # A document released by a body the story names speaks for it; `they` after
        # `union leaders told` are the leaders, whom the story does not name
        (
            [
                "The Palestinian Legislative Council on Wednesday called for a halt to contacts"
                " with Israel.",
                'A resolution released by the council called for "halting contacts with the'
                ' Israeli side".',
                "The CVG's aluminum companies Venalum and Alucasa are also scheduled to be sold"
                " early next year.",
                "CVG's union leaders told reporters they would strike and stage protests.",
                '"We oppose any privatization that hurts workers\' welfare," they said.',
            ],
            {
                "Palestinian Legislative Council": ("ORG", ["Palestinian Legislative Council"]),
                "CVG": ("ORG", ["CVG"]),
                "Venalum": ("ORG", ["Venalum"]),
                "Alucasa": ("ORG", ["Alucasa"]),
            },
            [
                ("A resolution released by the council", "e:Palestinian Legislative Council"),
                ("they", None),
            ],
        ),
        # `A company statement`: the company's own
        (
            [
                "Globex Corp said on Tuesday its profits rose in the third quarter, helped by"
                " sales in Asia.",
                'A company statement said: "We expect the rest of the year to be as strong."',
            ],
            {"Globex Corp": ("ORG", ["Globex Corp"])},
            [("A company statement", "e:Globex Corp")],
        ),
        # `Peres' office`: an owner's possessive without its `s`
        (
            [
                "Yasser Arafat will meet Shimon Peres in Gaza on Thursday, Palestinians said.",
                '"The meeting between Peres and Arafat will take place at Erez checkpoint,"'
                " Peres' office said.",
            ],
            {
                "Yasser Arafat": ("PERSON", ["Yasser Arafat", "Arafat"]),
                "Shimon Peres": ("PERSON", ["Shimon Peres", "Peres"]),
            },
            [("Peres' office", "e:Shimon Peres")],
        ),
        # A fragment a medium relays (`..., the newspaper said`) is the words of the one
        # its sentence has speaking
        (
            [
                "King Birendra of Nepal has told China his nation will not become a tool, the"
                " official China Daily newspaper said on Saturday.",
                "King Birendra, in Tibet at the start of a visit, said the Nepalese government"
                ' had "maintained a sharp vigilance against such intentions", the newspaper'
                " said.",
                "Iran accused Iraq of violating the ceasefire, the Iranian news agency IRNA"
                " reported on Saturday.",
                'Foreign Minister Ali Akbar Velayati said Iraq had shown "no respect for the'
                ' agreement", the agency said.',
            ],
            {
                "Birendra": ("PERSON", ["King Birendra", "Birendra"]),
                "China Daily": ("ORG", ["China Daily"]),
                "Ali Akbar Velayati": ("PERSON", ["Ali Akbar Velayati"]),
                "IRNA": ("ORG", ["IRNA"]),
            },
            [
                ("King Birendra", "e:Birendra"),
                ("Foreign Minister Ali Akbar Velayati", "e:Ali Akbar Velayati"),
            ],
        ),
        # `it` after `a government statement said` is that statement's, not the hospital's
        (
            [
                "Nicaraguan President Violeta Chamorro underwent successful surgery in the"
                " United States on Monday, the government said.",
                "Doctors at Johns Hopkins Hospital in Baltimore found an inflamation in her"
                " spinal column, a government statement said.",
                '"Chamorro is in good health and will be able to return to Nicaragua next week,"'
                " it said.",
            ],
            {
                "Violeta Chamorro": ("PERSON", ["Violeta Chamorro", "Chamorro"]),
                "Johns Hopkins Hospital": ("ORG", ["Johns Hopkins Hospital"]),
            },
            [("it", None)],
        ),
        # `The shadow chancellor` is never the chancellor: one named with the shadow role,
        # else the last person named if that is not the chancellor, else no one
        (
            [
                "Gordon Brown is to freeze petrol duty increases. The chancellor also hailed the"
                " longest period of growth. But Oliver Letwin, for the Tories, attacked"
                " government red tape.",
                'The shadow chancellor said Mr Brown\'s plans had "turned to dross in his hands".',
                "Conservative shadow home secretary David Davis was worried. Home Secretary"
                " Charles Clarke spoke later.",
                'The shadow home secretary said: "Internment has generally backfired."',
            ],
            {
                "Gordon Brown": ("PERSON", ["Gordon Brown", "Mr Brown"]),
                "Oliver Letwin": ("PERSON", ["Oliver Letwin"]),
                "David Davis": ("PERSON", ["David Davis"]),
                "Charles Clarke": ("PERSON", ["Charles Clarke"]),
            },
            [("The shadow chancellor", None), ("The shadow home secretary", "e:David Davis")],
        ),
        # `The court's summary`: the court the story has acting, not the one it names last
        (
            [
                "On Wednesday the Court of Session in Edinburgh issued an opinion on the"
                " suspension of Parliament. The only court with higher authority is the Supreme"
                " Court.",
                "The court's summary concluded with the statement: \"The Court will accordingly"
                ' make an Order declaring the advice unlawful."',
            ],
            {
                "Court of Session": ("ORG", ["Court of Session"]),
                "Supreme Court": ("ORG", ["Supreme Court"]),
                "Edinburgh": ("PLACE", ["Edinburgh"]),
            },
            [("The court's summary", "e:Court of Session")],
        ),
        # A name before a past tense without `-ed` is its subject (`Flynn made`), unless a
        # preposition takes it (`failures at Ajax Airlines left`)
        (
            [
                "Donald Trump flew above the rally. This was the first time Michael Flynn made a"
                " public speech since he was pardoned by Trump.",
                'He said "That\'s pretty cool. Imagine just being able to jump in a helicopter."',
                "Staff calling in sick at Globex Air and computer failures at Ajax Airlines left"
                " 30,000 passengers stranded.",
                'Globex Air had to cancel 65 flights on Thursday. "We are embarrassed by the'
                ' situation," the airline said.',
            ],
            {
                "Donald Trump": ("PERSON", ["Donald Trump", "Trump"]),
                "Michael Flynn": ("PERSON", ["Michael Flynn"]),
                "Globex Air": ("ORG", ["Globex Air"]),
                "Ajax Airlines": ("ORG", ["Ajax Airlines"]),
            },
            [("He", "e:Michael Flynn"), ("the airline", "e:Globex Air")],
        ),
        # A capitalized word or two quoted inside a sentence is a name (a brand, a
        # nickname, a journal), no one's words; a quotation after it still has its speaker
        (
            [
                'The Economic Herald newspaper said the high quality "Harbour" brand will help'
                " exports.",
                'Police said Burkhard "Bobby" Jansen was arrested on Friday and officials called'
                ' anti-ship "Silkworm" missiles a threat.',
                'One protester under the codename Red Kite told trade journal "Roadworks"'
                ' earlier this year, "If it comes to a fight, we will win it."',
            ],
            {
                "Economic Herald": ("ORG", ["Economic Herald"]),
                "Burkhard Jansen": ("PERSON", ['Burkhard "Bobby" Jansen']),
                "Red Kite": ("PERSON", ["Red Kite"]),
            },
            [("One protester under the codename Red Kite", "e:Red Kite")],
        ),
        # After `the word` a quoted word is a term; `a longer term "..."` is no such word
        (
            [
                "The United States wanted the communique to point to the dollar's weaker"
                ' levels, perhaps by use of the word "present," they said.',
                'Analysts at Kleinwort said the cuts could mark a longer term "step change in'
                ' pricing in certain areas" at the retailer.',
            ],
            {
                "Kleinwort": ("ORG", ["Kleinwort"]),
                "United States": ("PLACE", ["United States"]),
            },
            [("Analysts at Kleinwort", "e:Kleinwort")],
        ),
        # An exclamation's speaker told someone at some length; a speaker opening on an
        # ordinal; the words of `which the New York Times called "..."`
        (
            [
                "\"Our house is burning. It is an international crisis. Let's discuss this"
                ' emergency first!" Macron told the world on Thursday via Twitter.',
                '"We will continue searching until we find it," 1st Fleet Command\'s'
                " information head Arba Agung told The Jakarta Post.",
                "Vanderbilt also wrote the 2009 novel Obsession, which the New York Times called"
                ' "the steamiest book ever written by an octogenarian."',
            ],
            {
                "Emmanuel Macron": ("PERSON", ["Macron"]),
                "Arba Agung": ("PERSON", ["Arba Agung"]),
                "Jakarta Post": ("ORG", ["The Jakarta Post"]),
                "Gloria Vanderbilt": ("PERSON", ["Vanderbilt"]),
                "New York Times": ("ORG", ["New York Times"]),
            },
            [
                ("Macron", "e:Emmanuel Macron"),
                ("1st Fleet Command's information head Arba Agung", "e:Arba Agung"),
                ("New York Times", "e:New York Times"),
            ],
        ),
        # Fragments a few lower-case words join in one sentence have one speaker
        (
            [
                'Scripps director Margaret Leinen praised him. She described him as "a guiding'
                ' force in science for 80 years" who was "one of the most distinguished'
                ' scientists in the world" and "always interested in what\'s coming next."',
            ],
            {
                "Margaret Leinen": ("PERSON", ["Margaret Leinen"]),
                "Scripps": ("ORG", ["Scripps"]),
            },
            [("She", "e:Margaret Leinen")] * 3,
        ),
        # and so do fragments a longer run of lower-case words joins
        (
            [
                "Governor Amelie Strand spoke in Tallinn. She described the cuts as a"
                ' "sacrifice for the next generation" on their part, so that their'
                ' children could live in "a region that still makes things."',
            ],
            {
                "Amelie Strand": ("PERSON", ["Amelie Strand"]),
                "Tallinn": ("PLACE", ["Tallinn"]),
            },
            [("She", "e:Amelie Strand")] * 2,
        ),
        # What a court found, in its words, is the court's
        (
            [
                "The Court of Session in Edinburgh heard the case this week.",
                'The three-judge court found the advice to the Queen "was motivated by the'
                ' improper purpose of stymying Parliament."',
            ],
            {
                "Court of Session": ("ORG", ["Court of Session"]),
                "Edinburgh": ("PLACE", ["Edinburgh"]),
            },
            [("The three-judge court", "e:Court of Session")],
        ),
        # `The prime minister`: the one person the story named without a title of his
        # own; of two such it stays unnamed
        (
            [
                "Tony Blair has pledged never to attack Tory leader Michael Howard over his"
                " beliefs.",
                'The prime minister told the Jewish Chronicle: "If you look at what I do, I'
                ' attack Michael Howard politically."',
            ],
            {
                "Tony Blair": ("PERSON", ["Tony Blair"]),
                "Michael Howard": ("PERSON", ["Michael Howard"]),
                "Jewish Chronicle": ("ORG", ["Jewish Chronicle"]),
            },
            [("The prime minister", "e:Tony Blair")],
        ),
        (
            [
                "Mr Blunkett was joined by Tony Blair at a school in south east London.",
                'The prime minister said the law-abiding citizen should be "in charge of the'
                ' community and its streets".',
            ],
            {
                "David Blunkett": ("PERSON", ["Mr Blunkett"]),
                "Tony Blair": ("PERSON", ["Tony Blair"]),
                "London": ("PLACE", ["London"]),
            },
            [("The prime minister", None)],
        ),
        # `When asked if ...`: a clause's opening word is no speaker; `As Heald told`
        # still names her
        (
            [
                "Eriksson also revealed that Wes Brown will start. When asked if Brown would"
                ' start Eriksson replied: "I could tell you yes."',
                "Heald noted the findings show pollution reduction is also important.",
                'As Heald told The Huffington Post, US surface ozone has dropped. "Despite an'
                ' increase in vehicle miles driven, surface ozone has declined by 25 percent."',
            ],
            {
                "Sven-Goran Eriksson": ("PERSON", ["Eriksson"]),
                "Wes Brown": ("PERSON", ["Wes Brown", "Brown"]),
                "Colette Heald": ("PERSON", ["Heald"]),
                "Huffington Post": ("ORG", ["The Huffington Post"]),
                "United States": ("PLACE", ["US"]),
            },
            [
                ("Brown would start Eriksson", "e:Sven-Goran Eriksson"),
                ("As Heald", "e:Colette Heald"),
            ],
        ),
    ],
)
def test_speakers_of_business_press_and_sports_copy(paragraphs, cast, expected):
    rows = quotes_of(*paragraphs, cast=cast)
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == expected


def test_he_after_a_report_turned_round_goes_to_the_one_it_names():
    cast = {
        "Tom Mercer": ("PERSON", ["Ann Mercer", "Mercer"]),
        "Paul Devlin": ("PERSON", ["Paul Devlin", "Devlin"]),
    }
    rows = quotes_of(
        "Exporters will hold back until the spring, Mercer said.",
        "Freight rates may fall again before the harvest, argued Devlin. "
        '"But by then the ports should be clear," he added.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Paul Devlin"]


def test_a_document_speaks_for_whoever_the_story_says_wrote_it():
    cast = {
        "Dairy Subcommittee": ("ORG", ["Dairy Subcommittee"]),
        "Clara Yates": ("PERSON", ["Clara Yates"]),
        "European Community": ("ORG", ["European Community", "EC"]),
        "Harbour Weekly": ("ORG", ["Harbour Weekly"]),
    }
    rows = quotes_of(
        "The whole Dairy Subcommittee has written U.S. Trade Representative Clara Yates a"
        " letter urging action against the EC plan.",
        "The EC plan is set to go into effect April 30.",
        '"It would be inconceivable to allow the EC continued access," the March 9 letter said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Dairy Subcommittee"]
    rows = quotes_of(
        "The Harbour Weekly published the demands in an editorial today.",
        '"The port must open," the editorial said. "Delay costs jobs," it added.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Harbour Weekly"] * 2


def test_a_spokesman_after_a_described_company_and_they_after_unnamed_institutes():
    cast = {
        "Interlink Express Plc": ("ORG", ["Interlink Express Plc"]),
        "Purolator Courier Corp": ("ORG", ["Purolator Courier Corp", "Purolator"]),
        "Bundesbank": ("ORG", ["Bundesbank"]),
    }
    rows = quotes_of(
        "British package courier Interlink Express Plc does not plan to bid for Purolator"
        " Courier Corp, a spokesman said.",
        '"There is no intention of making any approach to Purolator," the spokesman said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Interlink Express Plc"]
    rows = quotes_of(
        "The Bundesbank left its rates unchanged.",
        "The four institutes said an expansive policy was welcome.",
        '"But the price climate can quickly deteriorate," they said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [None]


def test_a_description_skips_the_agent_in_a_sentence_about_an_earlier_he():
    cast = {
        "Richard Dunne": ("PERSON", ["Richard Dunne", "Dunne"]),
        "Kevin Keegan": ("PERSON", ["Kevin Keegan", "Keegan"]),
    }
    rows = quotes_of(
        "Richard Dunne is ready to commit his future to Manchester City.",
        "He was once threatened with the sack by City boss Kevin Keegan but has since"
        ' improved. Early talks have taken place and the defender said: "Hopefully it will be'
        ' sorted out soon."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Richard Dunne"]


def test_a_possessors_body_described_in_lower_case_is_the_body_named_with_those_words():
    cast = {
        "Doris Day": ("PERSON", ["Doris Day", "Day"]),
        "Doris Day Animal Foundation": ("ORG", ["Doris Day Animal Foundation"]),
    }
    rows = quotes_of(
        'Day\'s animal foundation said she had been in "excellent health for her age".',
        "In 1978 Day founded the Doris Day Animal Foundation.",
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Doris Day Animal Foundation"]


def test_he_after_a_quotation_whose_report_is_turned_round_is_its_speaker():
    cast = {
        "Gilles Babinet": ("PERSON", ["Gilles Babinet", "Babinet"]),
        "Ted Cohen": ("PERSON", ["Ted Cohen", "Cohen"]),
        "EMI": ("ORG", ["EMI"]),
    }
    rows = quotes_of(
        "Mr Babinet said the industry was enjoying momentum.",
        '"The line between online and wireless is going to blur," predicted Ted Cohen, senior'
        ' vice president at EMI. He said: "The market is more regional in its maturity."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Ted Cohen", "e:Ted Cohen"]


def test_the_group_after_background_paragraphs_is_the_body_the_story_opened_on():
    cast = {
        "Reporters Without Borders": ("ORG", ["Reporters Without Borders"]),
        "Google": ("ORG", ["Google"]),
        "Sina.com": ("ORG", ["Sina.com"]),
    }
    paragraphs = [
        "China has been accused of blocking access to the site by the media watchdog,"
        " Reporters Without Borders.",
        "The Paris-based pressure group said the site had been unavailable for 10 days.",
        "China is believed to extend greater censorship over the net than any other country.",
        "Popular Chinese portals such as Sina.com maintain a close eye on content.",
        '"China is censoring the news," said the group in a statement. "Google has let itself'
        ' be used by Beijing," it said.',
    ]
    rows = quotes_of(*paragraphs, cast=cast)
    assert [r["speaker_entity_id"] for r in rows] == ["e:Reporters Without Borders"] * 2


def test_an_age_or_a_home_town_describes_the_person_the_story_names_most():
    cast = {
        "Richard Dunne": ("PERSON", ["Richard Dunne", "Dunne"]),
        "Graeme Souness": ("PERSON", ["Graeme Souness", "Souness"]),
    }
    rows = quotes_of(
        "Richard Dunne wants to stay at Manchester City. Dunne has improved this season.",
        "Newcastle boss Graeme Souness is said to have been impressed by Dunne's form."
        " But the 25-year-old Dubliner underlined his intention to stay. He added: \"It's"
        ' nice to be linked with top clubs."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Richard Dunne"]
    cast = {"Jamie Costin": ("PERSON", ["Jamie Costin", "Jamie"])}
    rows = quotes_of(
        "Jamie Costin should be paralysed. Jamie says so himself.",
        '"I was in a lot of pain," says the Waterford man.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Jamie Costin"]
    # A man described by no place stays a stranger.
    rows = quotes_of(
        "Jamie Costin should be paralysed. Jamie says so himself.",
        '"I saw the lorry," says the man.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [None]


def test_two_roles_joined_by_and_before_a_name_after_the_verb():
    cast = {
        "Kansas City Southern Industries Inc": ("ORG", ["Kansas City Southern Industries Inc"]),
        "Landon H. Rowland": ("PERSON", ["Landon H. Rowland", "Rowland"]),
    }
    rows = quotes_of(
        '"We are willing, even eager, to make a fair market value offer," said Kansas City'
        " Southern president and chief executive officer Landon H. Rowland.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        (
            "Kansas City Southern president and chief executive officer Landon H. Rowland",
            "e:Landon H. Rowland",
        )
    ]


def test_a_name_set_off_after_an_objects_possessor_is_no_subject():
    cast = {
        "O.J. Simpson": ("PERSON", ["O.J. Simpson", "Simpson"]),
        "Nicole Brown Simpson": ("PERSON", ["Nicole Brown Simpson"]),
        "Ronald Goldman": ("PERSON", ["Ronald Goldman"]),
    }
    rows = quotes_of(
        "O.J. Simpson said on Thursday he was hopeful new evidence would be available.",
        "The former football star was found not guilty of the murders of his former wife,"
        " Nicole Brown Simpson, and her friend, Ronald Goldman, in June 1994.",
        'He told reporters a court order kept him from detailing it. But he added, "hopefully'
        ' we will see some things come out."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:O.J. Simpson"]
    # A possessor's phrase that opens the sentence is set before its subject.
    cast = {
        "Chris McIntyre": ("PERSON", ["Chris McIntyre", "McIntyre"]),
        "Adam Curry": ("PERSON", ["Adam Curry", "Curry"]),
    }
    rows = quotes_of(
        "Chris McIntyre runs Podcast Alley and says there are good sites out there.",
        "For his part, Adam Curry's pressing ahead with his own vision. He has even been"
        ' called the Ed Sullivan of podcasting which, he says, "is a badge I\'ll wear."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Adam Curry"]
    # A relative clause after the possessor's noun has the name for its subject.
    rows = quotes_of(
        "People could be subjected to its legal system, which the BBC describes as"
        ' "marred by allegations of torture."',
        cast={"BBC": ("ORG", ["BBC"])},
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:BBC"]


def test_a_sentence_opening_on_a_description_of_the_storys_person_is_the_next_hes():
    cast = {
        "Gordon Strachan": ("PERSON", ["Gordon Strachan", "Strachan"]),
        "Terry Brady": ("PERSON", ["Terry Brady", "Brady"]),
    }
    rows = quotes_of(
        "Former Southampton manager Gordon Strachan has rejected the chance to become"
        " Portsmouth's new boss. \"It's a fantastic job,\" Strachan told the BBC. Club director"
        " Terry Brady held initial talks with Strachan on Saturday. The former Scotland"
        " international added that joining the rivals would not be a wise move. \"I've got too"
        ' many memories of the other side," he said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Gordon Strachan"] * 2


def test_adverbs_between_a_speaker_and_the_verb_are_no_part_of_the_speaker():
    rows = quotes_of(
        'Commenting on Funaro, a foreign banker here recently told Reuters, "They see his'
        ' removal as a precondition for talks."',
        cast={"Funaro": ("PERSON", ["Funaro"]), "Reuters": ("ORG", ["Reuters"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("a foreign banker", None)
    ]


def test_a_stray_comma_after_the_speaker_and_a_spokesperson_of_a_body_described():
    cast = {
        "Tevfik Aksoy": ("PERSON", ["Tevfik Aksoy"]),
        "Hayriye Evren": ("PERSON", ["Hayriye Evren"]),
        "UK Film Council": ("ORG", ["UK Film Council"]),
    }
    rows = quotes_of(
        '"The lira has been like funny money," economist Tevfik Aksoy said. "If a person has'
        ' lira in investments this will suddenly decrease," shop owner Hayriye Evren, told'
        ' reporters. "This will affect people."',
        "The UK Film Council said the drop was partly due to a good year before.",
        '"The drop was expected," the council\'s spokesperson said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Tevfik Aksoy",
        "e:Hayriye Evren",
        "e:Hayriye Evren",
        "e:UK Film Council",
    ]


def test_a_full_stop_before_a_spaced_closing_mark_ends_the_sentence_an_ellipsis_does_not():
    cast = {
        "Liam Fox": ("PERSON", ["Liam Fox"]),
        "Gordon Brown": ("PERSON", ["Gordon Brown"]),
        "Arthur Hailey": ("PERSON", ["Arthur Hailey", "Hailey"]),
    }
    rows = quotes_of(
        'Liam Fox said: "They should explain their sums. "The reality is, they lack the'
        ' courage. " And Chancellor Gordon Brown said the figures did not add up.',
        '"I was a rusty wartime pilot... " Hailey later recalled.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Liam Fox",
        "e:Liam Fox",
        "e:Arthur Hailey",
    ]


def test_they_stands_for_no_one_person():
    rows = quotes_of(
        "Two residents of the resort where Clinton played golf have been invited to Chicago.",
        'They have been asked to bring the placards they waved. They read: "Ballybunion backs'
        ' Clinton."',
        cast={"Bill Clinton": ("PERSON", ["Clinton"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("They", None)]


def test_how_a_document_reached_the_press_is_no_part_of_it_and_a_paper_speaks_for_its_pieces():
    cast = {
        "Amal Haddad": ("PERSON", ["Amal Haddad"]),
        "Harbour Daily": ("ORG", ["Harbour Daily"]),
    }
    rows = quotes_of(
        "President Amal Haddad named an acting premier, a presidential palace statement said.",
        '"The president consulted widely," said the statement broadcast on state radio.',
        '"Neighbours must face the past," said a commentary in the official Harbour Daily.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the statement", None),
        ("a commentary in the official Harbour Daily", "e:Harbour Daily"),
    ]


def test_a_body_named_only_as_the_one_told_is_not_it_and_where_is_no_part_of_he():
    cast = {
        "Rosa Vargas": ("PERSON", ["Rosa Vargas", "Vargas"]),
        "Tidewire": ("ORG", ["Tidewire"]),
        "Tom Hale": ("PERSON", ["Tom Hale"]),
    }
    rows = quotes_of(
        '"We have no leads," police chief Rosa Vargas told Tidewire.',
        "A note was left in the car. Vargas said the note was addressed to the farm's"
        ' owner. "Pay, or we will not let them go," it said.',
        "Tom Hale spoke on Friday. On Sunday near Lakeport he accused the mayor of"
        ' "waving a white flag".',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("police chief Rosa Vargas", "e:Rosa Vargas"),
        ("it", None),
        ("he", "e:Tom Hale"),
    ]


def test_the_speaker_phrase_keeps_only_the_words_that_name_the_speaker():
    cast = {
        "Dara Kell": ("PERSON", ["Dara Kell", "Mr Kell"]),
        "Ines Moro": ("PERSON", ["Ines Moro"]),
        "Lintel": ("ORG", ["Lintel"]),
    }
    article = story(
        'Dara Kell left the party. Mr Kell meanwhile told the radio: "I owe them nothing."',
        'Analyst Ines Moro of Lintel\'s strong results said they were "better than anyone hoped".',
        'Ines Moro spoke again. Last season she said: "We were unlucky."',
        'A Lintel spokeswoman would only say: "We do not comment on rumours."',
        'One of Lintel\'s top economists said: "Prices will fall."',
    )
    rows = extract_quotes([article], *entity_tables([article], cast)).to_pylist()
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Mr Kell", "e:Dara Kell"),
        ("Analyst Ines Moro", "e:Ines Moro"),
        ("she", "e:Ines Moro"),
        ("A Lintel spokeswoman", None),
        ("One of Lintel's top economists", None),
    ]
    for row in rows:  # the offsets point at the words kept
        speaker = article.body[row["speaker_char_start"] : row["speaker_char_end"]]
        assert speaker == row["speaker_text"]


def test_a_quotation_with_no_words_of_its_own_after_a_sentence_about_a_person():
    """Whole sentences quoted right after a sentence whose subject is a person are that
    person's; not after a sentence someone already speaks in (`I have known`), nor when
    the quotation runs into one that names its speaker."""
    cast = {
        "Dara Kell": ("PERSON", ["Dara Kell", "Kell"]),
        "Ines Moro": ("PERSON", ["Ines Moro", "Moro"]),
    }
    rows = quotes_of(
        'Dara Kell also criticised the ruling on her blog. "The ruling shows a complete'
        ' lack of understanding of the case."',
        'Kell was the most driven player I have known. "She never gave up on a single point."',
        'Kell lost to Ines Moro in the final. "It was a hard match for both of us."'
        ' "I felt good," said Moro.',
        cast=cast,
    )
    assert [(r["text"][:12], r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The ruling s", "Dara Kell", "e:Dara Kell"),
        ("It was a har", "Moro", "e:Ines Moro"),
        ("I felt good,", "Moro", "e:Ines Moro"),
    ]


def test_a_possessor_opening_a_sentence_someone_else_speaks_in_is_not_whom_he_means():
    cast = {
        "Owen Marsh": ("PERSON", ["Owen Marsh", "Mr Marsh"]),
        "Glen Tarrant": ("PERSON", ["Glen Tarrant", "Mr Tarrant"]),
    }
    rows = quotes_of(
        "Opposition leader Owen Marsh has dismissed the budget of Glen Tarrant.",
        "Mr Tarrant's budget was not about what was good for the country, but \"all about"
        ' the interests of the party," the opposition leader said after welcoming the'
        " minister back. He went on to accuse Mr Tarrant of giving with one hand. He urged"
        ' the minister to admit he had dragged "millions of people into the net".',
        "Mr Tarrant's sister pleaded with him to resign, but he replied \"I am not able to"
        ' do that".',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the opposition leader", "e:Owen Marsh"),
        ("He", "e:Owen Marsh"),
        ("he", "e:Glen Tarrant"),  # (the speech is the pronoun's own)
    ]


def test_a_fragment_inside_a_sentence_that_closes_with_its_attribution():
    """`... "stick to his guns" and not apologise, Tory MP X has insisted.`: the sentence
    closes with whose the fragment is; a single quoted word is no one's words, and a news
    agency that closes the sentence relays words without saying whose they are."""
    cast = {"Tom Quarry": ("PERSON", ["Tom Quarry"])}
    rows = quotes_of(
        'Ministers should "hold their nerve on reform" and not retreat over the "Mansion"'
        " tax, union leader Tom Quarry has insisted.",
        'The economy has been "a lot stronger than expected" this year, a Treasury adviser'
        " has said.",
        'Ms Vane has undergone "a planned operation on her knee" and is recovering well,'
        " Interfax news agency said.",
        cast=cast,
    )
    assert [(r["text"], r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("hold their nerve on reform", "union leader Tom Quarry", "e:Tom Quarry", "insisted"),
        ("a lot stronger than expected", "a Treasury adviser", None, "said"),
    ]


def test_copy_that_lost_its_paragraph_breaks_keeps_one_speaker_for_every_part():
    """A quotation re-opened where a paragraph break was lost goes on with the same
    speaker however short it is; parts that run into an attributed one are all its
    speaker's; parts after a sentence about a person, with no attribution, are that
    person's."""
    cast = {
        "Ruth Varley": ("PERSON", ["Ruth Varley", "Ms Varley"]),
        "Lena Dorn": ("PERSON", ["Lena Dorn"]),
        "Sam Okafor": ("PERSON", ["Sam Okafor", "Okafor"]),
    }
    rows = quotes_of(
        'Ms Varley said: "We will sell the flat and move to the coast. "It\'s a fresh start."',
        '"We lost the first game badly. "We lost the second. "Then we won three," said coach'
        " Lena Dorn.",
        "Okafor spent three seasons in France before a knee injury ended his run there."
        ' "Since then I have felt stronger on the ball. "It was a long road, but I am back."',
        cast=cast,
    )
    assert [(r["text"][:14], r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("We will sell t", "Ms Varley", "e:Ruth Varley"),
        ("It's a fresh s", "Ms Varley", "e:Ruth Varley"),
        ("We lost the fi", "coach Lena Dorn", "e:Lena Dorn"),
        ("We lost the se", "coach Lena Dorn", "e:Lena Dorn"),
        ("Then we won th", "coach Lena Dorn", "e:Lena Dorn"),
        ("Since then I h", "Okafor", "e:Sam Okafor"),
        ("It was a long ", "Okafor", "e:Sam Okafor"),
    ]


def test_points_out_and_a_role_that_joins_two_roles_with_a_short_form():
    cast = {
        "Marco Bellweather": ("PERSON", ["Marco Bellweather"]),
        "Ada Pruitt": ("PERSON", ["Ada Pruitt"]),
        "Ann Morrow": ("PERSON", ["Ann Morrow"]),
        "Ben Dyer": ("PERSON", ["Ben Dyer"]),
    }
    rows = quotes_of(
        '"It is harder than it looks from the stands," points out former champion and TV'
        " pundit Marco Bellweather.",
        'Senator Ada Pruitt spoke on local radio, "This deal will cost the state its jobs."',
        '"We are sorry for the harm done," chief executive Ann Morrow and chief operating'
        " officer Ben Dyer said in a letter.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("former champion and TV pundit Marco Bellweather", "e:Marco Bellweather", "points out"),
        ("Ada Pruitt", "e:Ada Pruitt", ""),
        ("chief executive Ann Morrow", "e:Ann Morrow", "said"),  # (two speak together)
    ]


def test_an_inverted_closing_attribution_a_role_from_a_body_and_a_quoted_insider():
    cast = {
        "Ian Pearl": ("PERSON", ["Ian Pearl", "Mr Pearl"]),
        "Jeff Jordan": ("PERSON", ["Jeff Jordan"]),
    }
    rows = quotes_of(
        'Phones will vanish into our clothing, says Mr Pearl. "So the gadgets in your bag'
        ' will be woven into fabric."',
        '"The story this year is all about digital," Jeff Jordan, from the Consumer'
        " Electronics Association (CEA) told reporters.",
        '"They moved so quickly it caught everyone by surprise," the Financial Times quoted'
        " an insider in the talks as saying.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("Mr Pearl", "e:Ian Pearl", "says"),
        ("Jeff Jordan", "e:Jeff Jordan", "told"),
        ("an insider", None, "quoted"),
    ]


def test_titles_and_short_forms_inside_a_sentence_end_no_sentence():
    """`the U.S. economic growth rate`, `former Nevada Sen. and Reagan confidant`: a stop
    before a lower-case word, or a title's, ends no sentence; `was quoted as telling`,
    `speculated`, and an attribution with where it was said after it."""
    cast = {
        "Ron Vale": ("PERSON", ["Ron Vale", "Vale"]),
        "Paul Lax": ("PERSON", ["Paul Lax"]),
        "Rich Hale": ("PERSON", ["Rich Hale"]),
    }
    rows = quotes_of(
        'President Vale said the 1.1 pct U.S. economic growth rate in the quarter "was not'
        ' all that bad."',
        '"He has the smell of scandal on him," said former Nevada Sen. and Vale confidant'
        ' Paul Lax. "He is a victim."',
        '"We do not want to go down that road," Vale was quoted as telling his guests.',
        '"The next move is a tender offer," speculated one arbitrager.',
        '"We expect to file papers late tonight" asking the board to reopen the case,'
        " spokesman Rich Hale said in a telephone interview from the company's offices.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("President Vale", "e:Ron Vale", "said"),
        ("former Nevada Sen. and Vale confidant Paul Lax", "e:Paul Lax", "said"),
        ("former Nevada Sen. and Vale confidant Paul Lax", "e:Paul Lax", "said"),
        ("Vale", "e:Ron Vale", "was quoted as telling"),
        ("one arbitrager", None, "speculated"),
        ("spokesman Rich Hale", "e:Rich Hale", "said"),
    ]


def test_a_document_named_after_its_issuer_and_continues_to_is_no_speech():
    cast = {
        "High Command": ("ORG", ["High Command"]),
        "Tom Ode": ("PERSON", ["Tom Ode", "Mr Ode"]),
    }
    rows = quotes_of(
        "The third High Command communique issued during the day said the rebels had"
        " retreated from the northern front.",
        '"Fierce fighting has been raging since dawn today," the communique said.',
        'Mr Ode says the report continues to "spread needless fear among the patients".',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the communique", "e:High Command"),
        ("Mr Ode", "e:Tom Ode"),
    ]


def test_campaign_copy_a_clause_before_the_quotation_an_addressee_a_law_and_a_noun():
    """`Blankenship concurred: "...", he argued`: the one before the quotation is whom the
    pronoun means; the one a message was sent to did not write it; a law speaks for no one
    the story names; `in Ballot Access News comments:` is a noun, not a verb of speech."""
    cast = {
        "Jo Jorgen": ("PERSON", ["Jo Jorgen", "Jorgen"]),
        "Don Blanken": ("PERSON", ["Don Blanken", "Blanken"]),
        "Mark Seidel": ("PERSON", ["Mark Seidel"]),
        "Andy Marten": ("PERSON", ["Andy Marten", "Marten"]),
        "Markus Robins": ("PERSON", ["Markus Robins"]),
        "14th Amendment": ("OTHER", ["14th Amendment"]),
    }
    rows = quotes_of(
        "Third party candidates Jo Jorgen and Don Blanken shared this view.",
        '"The conflict is their conflict. Not ours", said Jorgen.',
        'Blanken concurred: "We need to stop policing the world", he argued.',
        "Andy Marten says the founders built this barrier. He provided reporters with a message"
        ' he sent to party vice chairman Mark Seidel: "Please let the nominee know that he should'
        ' drop out now."',
        'The 14th Amendment states: "All persons born in the United States are citizens."',
        'Party chairman Markus Robins reflects this view in Ballot Access News comments: "It is'
        ' the party position that tourists are not under its jurisdiction."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Jorgen", "e:Jo Jorgen"),
        ("he", "e:Don Blanken"),
        ("He", "e:Andy Marten"),  # (who sent the message)
        ("The 14th Amendment", None),
        ("Markus Robins", "e:Markus Robins"),
    ]


def test_a_fragment_closed_by_according_to_and_an_apology():
    cast = {"Ivo Ratan": ("PERSON", ["Ivo Ratan", "Ratan"])}
    rows = quotes_of(
        'The recorder was recovered "broken into two pieces" from the mud (about 25 feet),'
        " according to investigators.",
        'Ratan suffered "two deep wounds" in the attack according to a hospital spokesperson.',
        'Prime Minister Ivo Ratan apologised to the country for "having an idiot as economy'
        ' minister."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("investigators", None, "according to"),
        ("a hospital spokesperson", None, "according to"),
        ("Prime Minister Ivo Ratan", "e:Ivo Ratan", "apologised"),
    ]


def test_a_reopened_quotation_stays_with_its_speaker_and_other_review_cases():
    """A part re-opened where the paragraph break was lost stays with the one before, even
    when another speaker's quotation follows; a capital after a quotation's comma opens a
    sentence of its own; `said her client was likely to sue` reports what was said; in
    `its submission which states that` the noun is the subject of a verb."""
    cast = {
        "John Kenny": ("PERSON", ["John Kenny"]),
        "Peter James": ("PERSON", ["Peter James", "Mr James"]),
        "Pete Buck": ("PERSON", ["Pete Buck"]),
        "Fiona Dean": ("PERSON", ["Fiona Dean", "Ms Dean"]),
        "Dolores Troy": ("PERSON", ["Dolores Troy"]),
        "Intel": ("ORG", ["Intel"]),
    }
    rows = quotes_of(
        '"Digital sales are booming," said John Kenny, head of the federation. "However,'
        ' piracy depresses our markets. "The priority is to step up legal sales." "The main'
        ' choice is between paying and not," said Mr James.',
        '"Access to film is restricted," said Pete Buck, head of exhibition. "The choice'
        ' outside London remains limited," Digital prints cost less than a traditional 35mm'
        " print - giving distributors more flexibility in how they screen films, said Ms Dean.",
        'The lawyer, Dolores Troy, said her client was likely to sue the comedian. "I think'
        ' that is the only avenue open to her."',
        "Intel filed a document with the court this month. It summed up the attitude of many"
        ' tech firms in its submission which states that its products "are essentially tools'
        ' like any other tools".',
        cast=cast,
    )
    assert [(r["text"][:12], r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Digital sale", "John Kenny", "e:John Kenny"),
        ("However, pir", "John Kenny", "e:John Kenny"),
        ("The priority", "John Kenny", "e:John Kenny"),
        ("The main cho", "Mr James", "e:Peter James"),
        ("Access to fi", "Pete Buck", "e:Pete Buck"),
        ("The choice o", "Pete Buck", "e:Pete Buck"),
        ("I think that", "Dolores Troy", "e:Dolores Troy"),
        ("are essentia", "its submission", None),  # (whose `its` is, not yet read)
    ]


def test_capitalized_joined_roles_keen_to_say_a_station_and_an_age():
    """`said Advanced Genetic Sciences President and Chief Executive Officer Joseph Bouck`:
    the name after the joined roles; `It was keen to point out` of the union; `It added`
    after `said the radio station`: the station, not a body named before; `the 20-year-old`:
    the person the sentence before is about, not the one the story names most."""
    cast = {
        "Joseph Bouck": ("PERSON", ["Joseph Bouck"]),
        "Advanced Genetic Sciences": ("ORG", ["Advanced Genetic Sciences"]),
        "European Union": ("ORG", ["EU"]),
        "Radio 9": ("ORG", ["Radio 9"]),
        "Rob Banks": ("ORG", ["Rob Banks"]),
        "Layton Hewson": ("PERSON", ["Layton Hewson", "Hewson"]),
        "Ivo Linar": ("PERSON", ["Ivo Linar", "Linar"]),
    }
    rows = quotes_of(
        '"It is gratifying when government relies on science," said Advanced Genetic Sciences'
        " President and Chief Executive Officer Joseph Bouck.",
        "The EU said a tax would only be passed after consultation. It was keen to point out"
        ' that any new tax should not hurt the "competitiveness of the airlines".',
        'Rob Banks has been hosting the show since May. He will stay on Radio 9. "It is widely'
        ' accepted that he can never be replaced," said the radio station. It added that the'
        ' show would go on, and said: "It will seek out new music."',
        "Layton Hewson beat Ivo Linar in the final. Hewson has won the title four times."
        ' "It keeps getting better," Hewson said. Linar, ranked 158th, was forced to pull out'
        ' of qualifying. "For me, this was a big success," said the 20-year-old.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        (
            "Advanced Genetic Sciences President and Chief Executive Officer Joseph Bouck",
            "e:Joseph Bouck",
        ),
        ("It", "e:European Union"),
        ("the radio station", "e:Radio 9"),
        ("It", "e:Radio 9"),
        ("Hewson", "e:Layton Hewson"),
        ("the 20-year-old", "e:Ivo Linar"),
    ]


def test_a_name_in_a_fronted_prepositional_phrase_is_no_referent():
    """`In a statement released through her attorney Rick Nolan, Jonas repeated ...`: the
    attorney in the phrase set before the subject is not whom `she` stands for."""
    cast = {
        "Maria Jonas": ("PERSON", ["Maria Jonas", "Jonas"]),
        "Rick Nolan": ("PERSON", ["Rick Nolan"]),
    }
    rows = quotes_of(
        "Maria Jonas has denied the claims.",
        "In a statement released through her attorney Rick Nolan, Jonas repeated her innocence"
        ' and vowed she would be cleared. "The allegations are not true," she said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("she", "e:Maria Jonas")]


def test_one_who_speaks_in_a_relative_clause_is_whom_he_stands_for():
    """`Malu replaced another general, John Inago, who told officers that peace was at
    hand. "...," he said.`: the one who told, though the object of the sentence."""
    cast = {
        "Sam Malu": ("PERSON", ["Sam Malu", "Malu"]),
        "John Inago": ("PERSON", ["John Inago"]),
    }
    rows = quotes_of(
        "General Sam Malu took over as commander on Thursday.",
        "Malu replaced another Nigerian major general, John Inago, who told officers at the"
        ' handover ceremony that peace was now at hand. "The search for peace has been'
        ' difficult," he said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("he", "e:John Inago")]


def test_a_report_named_after_its_body_is_that_bodys():
    """`A brief Iranian news agency IRNA report said "..."`: the agency's words."""
    cast = {"IRNA": ("ORG", ["IRNA"]), "Iran": ("PLACE", ["Iran"])}
    rows = quotes_of(
        "Iran said it had achieved important victories on the southern fronts last night.",
        'A brief Iranian news agency IRNA report said "Important victories achieved in'
        ' southern fronts Monday night." It gave no further details.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("A brief Iranian news agency IRNA report", "e:IRNA")
    ]


def test_the_agent_of_a_passive_in_another_sentence_makes_no_subject():
    """`... its effects are limited". The changes proposed by Lord Dobbs were a "...", he
    said.`: no passive in this sentence, so Lord Dobbs after `by` is an object, and `he`
    the Lord Chancellor of the sentence before."""
    cast = {
        "Falcon": ("PERSON", ["Falcon"]),
        "Dobbs": ("PERSON", ["Dobbs"]),
    }
    rows = quotes_of(
        "The government refused to back Lord Dobbs' bill, saying it was too complex.",
        "The Lord Chancellor, Lord Falcon, agreed the act was discriminatory but added that"
        ' "its effects are limited". The changes proposed by Lord Dobbs were a "complex and'
        ' controversial undertaking", he said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows][1:] == [("he", "e:Falcon")]


def test_a_name_after_the_speaker_is_no_speaker_across_a_verb_or_after_a_full_name():
    """`said ... president Li Song-ho said in a message to his counterpart, Kang Young-hoon.`:
    the one spoken to; `said Hiten Mehra, manager of merchant banking firm, Fortune
    Financial Services.`: a full name speaks, whatever is named after it (here a firm the
    model calls a person); but `said Opera spokeswoman, Berit Hansen.` and `said Bell Curve
    Trading chief strategy expert, Bill Strazzo.` name the speaker after a firm."""
    cast = {
        "Li Song-ho": ("PERSON", ["Li Song-ho"]),
        "Kang Young-hoon": ("PERSON", ["Kang Young-hoon"]),
        "Hiten Mehra": ("PERSON", ["Hiten Mehra"]),
        "Fortune Financial Services": ("PERSON", ["Fortune Financial Services"]),
        "Opera": ("PERSON", ["Opera"]),
        "Berit Hansen": ("PERSON", ["Berit Hansen"]),
        "Bell Curve Trading": ("PERSON", ["Bell Curve Trading"]),
        "Bill Strazzo": ("PERSON", ["Bill Strazzo"]),
    }
    rows = quotes_of(
        '"I request the immediate repatriation of Kim In-so," North Korean Red Cross'
        " president Li Song-ho said in a telephone message to his southern counterpart,"
        " Kang Young-hoon.",
        '"The demand for the IPO was impressive," said Hiten Mehra, manager of merchant'
        " banking firm, Fortune Financial Services.",
        '"Our mission was always to provide the best browser," said Opera spokeswoman,'
        " Berit Hansen.",
        '"It\'s pretty ugly," said Bell Curve Trading chief strategy expert, Bill Strazzo.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Li Song-ho",
        "e:Hiten Mehra",
        "e:Berit Hansen",
        "e:Bill Strazzo",
    ]


def test_a_surname_with_its_particle_in_lower_case_speaks_after_the_quotation():
    """`," al-Mazrui said`, `," van Hoeck added`: a surname opening on its article or
    particle is a name; before, no shape read the attribution and the quotation was lost."""
    cast = {
        "Nasser al-Mazrui": ("PERSON", ["Nasser al-Mazrui", "al-Mazrui"]),
        "Pieter van Hoeck": ("PERSON", ["Pieter van Hoeck", "van Hoeck"]),
    }
    rows = quotes_of(
        "Prime Minister Nasser al-Mazrui spoke in Basra. Pieter van Hoeck, a Dutch delegate,"
        " also spoke.",
        '"Our determination is strong," al-Mazrui said.',
        '"The quota system is far too rigid," van Hoeck added.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("al-Mazrui", "e:Nasser al-Mazrui"),
        ("van Hoeck", "e:Pieter van Hoeck"),
    ]


def test_a_paper_or_a_report_relays_the_words_of_the_one_it_quotes():
    """`is quoted in the Lakeside Herald as saying`, `is reported to have said`: the one
    quoted speaks, not the paper (and before, `is reported to have said` was no attribution)."""
    cast = {
        "Maren Olowe": ("PERSON", ["Maren Olowe", "Olowe"]),
        "Lakeside Herald": ("ORG", ["Lakeside Herald"]),
        "Hassan Tarvel": ("PERSON", ["Hassan Tarvel", "Tarvel"]),
    }
    rows = quotes_of(
        "City clerk Maren Olowe is quoted in the Lakeside Herald as saying of the letter,"
        ' "You often run into conflicts when politics and religion meet."',
        'Hassan Tarvel was sentenced on Sunday. Tarvel is reported to have said "Thanks be'
        ' to God" as he left the court building.',
        cast=cast,
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("e:Maren Olowe", "is quoted in the Lakeside Herald as saying"),
        ("e:Hassan Tarvel", "is reported to have said"),
    ]


def test_a_long_body_name_a_role_and_a_name_report_a_fragment():
    """`White House National Security Council spokesman Gordon Johndroe called on Turkey
    "to ..."`: a subject longer than a description's words still reports the fragment
    (before, it went to the speaker of the sentence before)."""
    cast = {
        "Ali Dabrowa": ("PERSON", ["Ali Dabrowa"]),
        "Lake Forest Regional Water Council": ("ORG", ["Lake Forest Regional Water Council"]),
        "Gordon Pelle": ("PERSON", ["Gordon Pelle"]),
    }
    rows = quotes_of(
        '"We call on our neighbours to talk," spokesman Ali Dabrowa said on Monday. Lake'
        ' Forest Regional Water Council spokesman Gordon Pelle called on the town "to'
        ' continue their discussions with us and to show restraint."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Ali Dabrowa", "e:Gordon Pelle"]


def test_a_role_set_off_by_a_comma_before_the_name_gives_the_person():
    """`Bayern's coach, Carlo Ancelotti, congratulated the team and tweeted, "..."`: the
    person the owner's role names opens the clause, not the club."""
    cast = {
        "Ostburg": ("ORG", ["Ostburg"]),
        "Marco Vellani": ("PERSON", ["Marco Vellani"]),
    }
    rows = quotes_of(
        "Ostburg's coach, Marco Vellani, congratulated the team and tweeted, \"Proud of"
        ' your effort. Enjoy, champions!"',
        cast=cast,
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [("e:Marco Vellani", "tweeted")]


def test_a_pronoun_after_a_fronted_phrase_is_not_the_name_in_it():
    """`When challenged by Bollinger for Iran's treatment of gays he stated that "..."`: no
    name ends in a pronoun; the one who challenged him is not `he`."""
    cast = {
        "Mahmud Rostami": ("PERSON", ["Mahmud Rostami", "Rostami"]),
        "Lee Carrow": ("PERSON", ["Lee Carrow", "Carrow"]),
    }
    rows = quotes_of(
        "President Mahmud Rostami spoke at the university on Monday, and Lee Carrow"
        " chaired the debate. Rostami pointed to the country's two female vice presidents.",
        'When challenged by Carrow over the treatment of students he stated that "we do not'
        ' have this problem in our country," drawing laughter.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Mahmud Rostami"]


def test_an_appositive_role_names_the_person_a_later_description_means():
    """`said Karim Toumani, a government spokesman.` ... `the government spokesman said`:
    the appositive names him; but in `south of Rabat, an official source said` the source
    is no appositive of the place the model calls a person, and stays unnamed."""
    cast = {"Karim Said Toumani": ("PERSON", ["Karim Said Toumani"])}
    rows = quotes_of(
        '"The operation is going smoothly," said Karim Said Toumani, a government spokesman.',
        "Rebel leader Hassan Ouledi seized the island in 2001.",
        '"We hope that by the end of the day the problem is resolved," the government'
        " spokesman said.",
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Karim Said Toumani"] * 2
    cast = {"Rabat": ("PERSON", ["Rabat"]), "Shimon Peled": ("PERSON", ["Shimon Peled"])}
    rows = quotes_of(
        "The king met Shimon Peled at a resort 20 km south of Rabat, an official source said.",
        '"Mr Peled was received on Thursday at the royal palace," the source said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("the source", None)]


def test_one_described_in_the_passive_is_no_speaker():
    """`He is described as "a proud grandfather"`, `later being described as "pretty damn
    average" ... by scouts`: the subject is the one described; whoever described it the
    story does not name, so no quotation is given to the subject."""
    cast = {"Alan Brisk": ("PERSON", ["Alan Brisk"]), "Edge": ("ORG", ["Edge"])}
    rows = quotes_of(
        'Professor Alan Brisk was a lecturer at Oxford. He is described as "a proud'
        ' grandfather" of four.',
        "Edge won a talent contest in 1978. They struggled to attract attention, later being"
        ' described as "pretty damn average" by scouts who saw them live.',
        cast=cast,
    )
    assert rows == []


def test_a_closing_mark_paired_with_the_next_opening_one_is_no_quotation():
    """`them," said Mr Davis. Earlier ... "But`: copy that lost an opening mark pairs the
    closing mark with the next quotation's opening one; what lies between is narrative."""
    cast = {
        "David Dale": ("PERSON", ["David Dale", "Dale"]),
        "Mark Oakes": ("PERSON", ["Mark Oakes"]),
    }
    rows = quotes_of(
        'Spokesman David Dale said the plans were "little more than a PR exercise".',
        'Police forces were already "buried" under initiatives and there was little to'
        ' reassure them," said Mr Dale. Earlier spokesman Mark Oakes said the government was'
        ' right to act. "But these measures will only work with less paperwork."',
        cast=cast,
    )
    assert [(r["text"][:9], r["speaker_entity_id"]) for r in rows] == [
        ("little mo", "e:David Dale"),
        ("But these", "e:Mark Oakes"),
    ]


def test_a_pronoun_after_a_closing_mark_opens_the_next_sentence():
    """`... rest in peace." He called ... additionally commenting of the convicted: "..."`:
    the sentence that holds the colon opens after the closing mark, on its pronoun."""
    cast = {"Norrie Tedder": ("PERSON", ["Norrie Tedder", "Norrie"])}
    rows = quotes_of(
        'A judge jailed two men. Norrie Tedder said the verdicts would "finally allow Liam'
        ' to rest in peace." He called the case one which "no family should have to'
        ' endure", additionally commenting of the convicted: "The cowards who robbed our'
        ' Liam of his life should never see the outside of a prison again."',
        cast=cast,
    )
    assert [(r["text"][:11], r["speaker_entity_id"]) for r in rows][-1] == (
        "The cowards",
        "e:Norrie Tedder",
    )


def test_an_unnamed_spokesperson_set_off_by_an_appositive_speaks_for_the_body():
    """`A spokesperson for NISA, the Japanese government nuclear authority, said ...
    "...," he said`: the body the spokesperson speaks for; `One elderly man, who declined
    to give his name, said ... "...," he said`: no one the story names."""
    cast = {
        "NASRA": ("ORG", ["NASRA"]),
        "Rajab Adimov": ("PERSON", ["Rajab Adimov"]),
    }
    rows = quotes_of(
        "The agency raised the crisis level on Tuesday.",
        "A spokesperson for NASRA, the national nuclear authority, said officials had raised"
        ' the level. "We have upgraded the severity level to seven," he said.',
        '"We had to build our own shelters," said Rajab Adimov, a farmer.',
        "One elderly man, who declined to give his name, said his sons were refugees."
        ' "We just need to stop the war," he said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:NASRA", "e:Rajab Adimov", None]


def test_a_document_passed_by_a_body_speaks_for_it_later():
    """`A resolution passed by the European Parliament ... The resolution also stated
    "..."`: the body that passed it, not the last body named."""
    cast = {
        "Northern Assembly": ("ORG", ["Northern Assembly"]),
        "Arctic Union": ("ORG", ["Arctic Union"]),
    }
    rows = quotes_of(
        "A resolution passed by the Northern Assembly on Thursday asked Arctic Union states"
        ' "to find a common solution for the refugee." The resolution also stated that the'
        ' authorities "routinely detain and torture persons, notably journalists".',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Northern Assembly"] * 2


def test_a_name_in_a_phrase_opening_on_like_is_not_the_sentences_subject():
    """`Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments broad.
    "...," he said`: `he` is Olmert, the subject after the fronted phrase."""
    cast = {
        "Dale Brush": ("PERSON", ["Dale Brush", "Brush"]),
        "Ehud Orlan": ("PERSON", ["Ehud Orlan"]),
    }
    rows = quotes_of(
        '"We will seek lasting peace," said President Brush.',
        "Like President Brush, Prime Minister Ehud Orlan kept his comments at the ceremony"
        ' broad. "From the very beginning, your policies have reflected our needs," he said.',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Dale Brush", "e:Ehud Orlan"]


def test_the_last_clause_that_reports_before_a_fragment_gives_its_speaker():
    """`NATO has insisted it will continue ..., and the United Nations said the death
    marked a "watershed moment ..."`: the body of the clause that reports the words."""
    cast = {"NORTHCOM": ("ORG", ["NORTHCOM"]), "Unity Council": ("ORG", ["Unity Council"])}
    rows = quotes_of(
        "NORTHCOM has insisted it will continue fighting, and the Unity Council said the"
        ' death marked a "watershed moment in our common global fight against terrorism."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Unity Council"]


def test_asking_someone_to_act_gives_the_askers_words():
    """`encouraged people to "get off the shoreline"`, `pleads with the prime minister to
    utilise "every way possible"`: the one who asks."""
    cast = {
        "John Cumber": ("PERSON", ["John Cumber"]),
        "Mohamed Kalil": ("PERSON", ["Mohamed Kalil"]),
    }
    rows = quotes_of(
        'Civil defence spokesman John Cumber encouraged people to "get off the shoreline'
        ' and drive out of the area."',
        'In the letter, Mohamed Kalil pleads with the prime minister to use "every way'
        ' possible to get me out of this situation."',
        cast=cast,
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:John Cumber", "e:Mohamed Kalil"]


def test_a_portfolio_of_two_names_after_the_verb_is_one_role():
    """`said Economic and Fiscal Policy Minister Heizo Takenaka`: the minister speaks, not a
    phrase cut at the portfolio's `and`."""
    cast = {"Tomas Verhel": ("PERSON", ["Tomas Verhel"])}
    rows = quotes_of(
        '"The recovery must be judged as a whole," said Trade and Port Development Minister'
        " Tomas Verhel.",
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Trade and Port Development Minister Tomas Verhel", "e:Tomas Verhel")
    ]


def test_the_body_a_spokesperson_spoke_for_gives_the_organisations_words():
    """`A spokesman for Reporters Without Borders, which ..., described the sentence as
    "harsh". "...," the organisation said`: the body its spokesperson spoke for, though the
    sentence names it after `for`."""
    cast = {
        "Pell Ardan": ("PERSON", ["Pell Ardan", "Ardan"]),
        "Free Press Watch": ("ORG", ["Free Press Watch"]),
    }
    rows = quotes_of(
        "Pell Ardan was jailed for ten years. A spokesman for Free Press Watch, which tracks"
        ' press freedom, described the sentence as "harsh". "The authorities are making an'
        ' example of him," the organisation said.',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the organisation", "e:Free Press Watch")
    ]


def test_a_name_with_dots_after_the_verb_ends_no_leading_attribution():
    """`As Ben Rozitis, a planetary scientist ..., told Space.com: "..."`: the scientist
    speaks; the dotted name of whom he told no longer breaks the attribution (which gave
    the words to Space.com)."""
    cast = {
        "Lena Brandt": ("PERSON", ["Lena Brandt", "Brandt"]),
        "Orbit.com": ("ORG", ["Orbit.com"]),
    }
    rows = quotes_of(
        "As Lena Brandt, a planetary scientist and a co-author of the study, told Orbit.com:"
        ' "I was expecting to find a dense metallic asteroid."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("As Lena Brandt", "e:Lena Brandt")
    ]


def test_a_pronoun_after_an_aside_in_a_subordinate_clause_is_that_clauses_subject():
    """`implies that Foreign Office Minister Ivan Lewis misled the programme when, in August
    last year, he stated that, "..."`: the minister, the subject the clause hangs on; the
    comma before `he` sets off an aside, not what a reporting clause reports."""
    cast = {
        "Karl Mander": ("PERSON", ["Karl Mander", "Mander"]),
        "Ivo Lanski": ("PERSON", ["Ivo Lanski", "Lanski"]),
    }
    rows = quotes_of(
        "Foreign Secretary Karl Mander today lost an appeal to conceal details of the case.",
        "The release implies that Foreign Office Minister Ivo Lanski misled the programme"
        ' when, in August last year, he stated that, "we neither engage in nor condone'
        ' torture."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("he", "e:Ivo Lanski")]


def test_what_someone_calls_a_fragment_is_their_quotation():
    """`for what he calls a "very substantial and useful meeting."`, `beyond what he called
    "a lot of distractions."`: the words of whom `he` stands for, as `which the Times
    called "..."` is the paper's."""
    cast = {
        "Olaf Brennan": ("PERSON", ["Olaf Brennan", "Brennan"]),
        "Karl Dwyer": ("PERSON", ["Karl Dwyer", "Dwyer"]),
    }
    rows = quotes_of(
        "Prime Minister Olaf Brennan visited the capital on Monday. Mr. Brennan makes this"
        ' visit annually, for what he calls a "very substantial and useful meeting."',
        "Separately, Karl Dwyer said the president wants both sides to look beyond what he"
        ' called "a lot of distractions."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["verb"], r["speaker_entity_id"]) for r in rows] == [
        ("he", "calls", "e:Olaf Brennan"),
        ("he", "called", "e:Karl Dwyer"),
    ]


def test_a_name_quoted_in_a_sentence_is_not_its_subject():
    """`A statement on Apple's website, the homepage of which displays ... the text "Steve
    Jobs 1955-2011", states: "..."`: the statement, the company's, speaks, not the name in
    the quoted text."""
    cast = {
        "Zentro": ("ORG", ["Zentro"]),
        "Ada Voss": ("PERSON", ["Ada Voss", "Voss"]),
    }
    rows = quotes_of(
        "Zentro founder Ada Voss died on Wednesday.",
        "A statement on Zentro's website, the homepage of which displays a photograph and the"
        ' text "Ada Voss 1950-2011", states: "Zentro has lost a visionary and creative'
        ' genius."',
        cast=cast,
    )
    assert [(r["speaker_text"], r["verb"], r["speaker_entity_id"]) for r in rows] == [
        ("A statement", "states", "e:Zentro")
    ]


def test_praise_after_two_fronted_phrases_and_commended_for_report_fragments():
    """`At the press conference, held at ... in Cotonou, Yayi thanked Bush ... and praised
    him for his "..."`: two phrases before the subject; `Bush then commended the government
    for their "..." and "..."`: commending reports the commender's words."""
    cast = {
        "Boni Yaro": ("PERSON", ["Boni Yaro", "Yaro"]),
        "Karl Bremer": ("PERSON", ["Karl Bremer", "Bremer"]),
    }
    rows = quotes_of(
        "At the press conference, held at the international airport in Cotonou, Boni Yaro"
        ' thanked Karl Bremer for coming and praised him for his "great concern for Africa'
        ' and the development of its people."',
        'Bremer then commended the government for their "fight against corruption" and'
        ' "firm commitment to the investment in its people".',
        cast=cast,
    )
    assert [(r["text"], r["speaker_entity_id"]) for r in rows] == [
        ("great concern for Africa and the development of its people.", "e:Boni Yaro"),
        ("fight against corruption", "e:Karl Bremer"),
        ("firm commitment to the investment in its people", "e:Karl Bremer"),
    ]


def test_the_verdict_of_someone_is_their_quotation():
    """`"...," is the dry assessment of Graham Lane`: his words, and so the quotation that
    opens the next paragraph (before, both went on from `Tony Blair has told supporters
    he's "back"`)."""
    cast = {
        "Tom Brant": ("PERSON", ["Tom Brant", "Mr Brant", "Brant"]),
        "Greta Lunn": ("PERSON", ["Greta Lunn", "Mrs Lunn", "Lunn"]),
    }
    rows = quotes_of(
        'Tom Brant has told party supporters he\'s "back" and still hungry for the job.',
        '"The voters are keener on the government than some party members," is the dry'
        " assessment of Greta Lunn, leader of the group on the council. The problem,"
        " according to Mrs Lunn, is Mr Brant himself.",
        '"I have a new slogan. That is what I am telling people on the doorstep."',
        cast=cast,
    )
    assert [(r["verb"], r["speaker_entity_id"]) for r in rows] == [
        ("told", "e:Tom Brant"),
        ("assessment", "e:Greta Lunn"),
        ("assessment", "e:Greta Lunn"),
    ]


def test_a_document_issued_in_the_passive_speaks_with_no_issuer_named():
    """`..., a statement was issued saying:` names no body that spoke: the statement is
    the speaker phrase, not the preposition that opens the sentence."""
    (row,) = quotes_of(
        "After a closed meeting of Varnholt Union envoys, a statement was issued saying:"
        ' "the present dispute harms every member of the union."',
        cast={"Varnholt Union": ("ORG", ["Varnholt Union"])},
    )
    assert (row["speaker_text"], row["verb"], row["speaker_entity_id"]) == (
        "a statement", "saying", None,
    )  # fmt: skip


def test_the_role_of_one_brought_in_after_a_named_one_is_that_unnamed_one():
    """`one investment manager said` after `Pieter Vandelmoer, senior manager`, then `the
    investment manager said. "...," he said`: the one brought in last speaks, even when
    another unnamed manager spoke before Vandelmoer was named."""
    rows = quotes_of(
        "Dutch buyers are wary of Belgian stocks, one Dutch investment manager said.",
        "Dutch fund managers fear criticism, said Pieter Vandelmoer, senior manager at"
        " Hallberg Bank's Utrecht branch.",
        "Falls have also turned Dutch investors away, one investment manager said.",
        'The slump stems from tax changes, the investment manager said. "Right now Dutch'
        ' investors are taking a wait-and-see attitude," he said.',
        cast={
            "Pieter Vandelmoer": ("PERSON", ["Pieter Vandelmoer"]),
            "Hallberg Bank": ("ORG", ["Hallberg Bank"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("he", None)]


def test_he_after_a_sentence_about_someone_unnamed_is_that_one():
    """`However, one fund manager does not agree that ...`, then `"...," he said`: the fund
    manager, unnamed, not the vice president named the paragraph before."""
    rows = quotes_of(
        "Investment will soon flow into Belgian stocks, said Joost Terbrugge, first vice"
        " president of Hallberg Bank.",
        "However, one fund manager does not agree that new investment will come that soon.",
        '"Dutch buyers do not buy into a market with weak fundamentals," he said.',
        cast={
            "Joost Terbrugge": ("PERSON", ["Joost Terbrugge"]),
            "Hallberg Bank": ("ORG", ["Hallberg Bank"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("he", None)]


def test_he_after_a_spokesman_for_a_body_who_did_not_speak_there_is_the_body():
    """`A spokesman for the Varnholt Stock Exchange would neither confirm nor deny ...`,
    then `"...," he said`: the exchange, not the company the story is about."""
    rows = quotes_of(
        "Orvik Freight Inc said on Monday it had agreed to be acquired by Tallin Marine.",
        "A spokesman for the Varnholt Stock Exchange would neither confirm nor deny whether"
        " the exchange was looking into trading.",
        '"If there is unusual activity, certainly we look at it," he said.',
        cast={
            "Orvik Freight Inc": ("ORG", ["Orvik Freight Inc"]),
            "Tallin Marine": ("ORG", ["Tallin Marine"]),
            "Varnholt Stock Exchange": ("ORG", ["Varnholt Stock Exchange"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("he", "e:Varnholt Stock Exchange")
    ]


def test_a_motion_or_a_petition_speaks_for_its_body_not_for_the_last_person_named():
    """`The Assembly motion says "..."` after an MP is named: the motion is a document
    of the body that tabled it, not the MP's words."""
    rows = quotes_of(
        "Members have signed a Varnholt Assembly motion, and Tomas Breyer, the Lindau member,"
        ' has pledged to raise the sale "with the premier".',
        'The Assembly motion says "any sale of the port would harm the town".',
        'A petition from dockers calls the sale "a betrayal of the harbour".',
        cast={
            "Varnholt Assembly": ("ORG", ["Varnholt Assembly", "Assembly"]),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The Assembly motion", "e:Varnholt Assembly"),
        ("A petition from dockers", None),
    ]


def test_a_closing_mark_whose_opening_one_was_lost_pairs_no_later_marks():
    """`...wants it kept." When he was`: the copy lost a quotation's opening mark. The
    orphan closing mark opens nothing, so the quotations after it keep their speakers."""
    rows = quotes_of(
        'Tomas Breyer said the plan was "naive". The port wants it dropped; the town wants'
        ' it kept." When he was in Lindau, Breyer met the dockers. Jasper Pallowe, of the'
        ' dockers union, said: "This is a signal that they have forgotten us."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
            "Lindau": ("PLACE", ["Lindau"]),
        },
    )
    assert [(r["text"], r["speaker_entity_id"]) for r in rows] == [
        ("naive", "e:Tomas Breyer"),
        ("This is a signal that they have forgotten us.", "e:Jasper Pallowe"),
    ]


def test_words_left_in_a_farewell_or_opened_by_a_space_are_the_subjects():
    """`Breyer left this farewell, "..."`: a farewell, a message or a letter is words the
    subject gave; a quotation whose opening mark has a space after it (`. " By`) still
    goes to the subject of the sentence before."""
    rows = quotes_of(
        'In his last week, Tomas Breyer left this farewell, "I have made some of the best'
        ' friends of my life at the port."',
        'Jasper Pallowe attacked the plan. " By selling the port, they sell the town and'
        ' everyone who works in it."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [(r["text"][:20], r["speaker_entity_id"]) for r in rows] == [
        ("I have made some of ", "e:Tomas Breyer"),
        (" By selling the port", "e:Jasper Pallowe"),
    ]


def test_a_name_and_its_role_after_the_quotation_speak_where_the_verb_was_lost():
    """`"...," Jesse Toprak, an analyst for Edmunds.`: the copy lost `said`; the name
    and what the person is still close the paragraph, a title without an article too
    (`Willard Brown, senior analyst for First Albany Corp.`)."""
    rows = quotes_of(
        '"Buyers are holding back and the programmes do not resonate," Tomas Breyer, an'
        " analyst for Lindau Research.",
        '"Investors fear the regulators will get tough," Jasper Pallowe, senior analyst for'
        " Varnholt Corp.",
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Lindau Research": ("ORG", ["Lindau Research"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
            "Varnholt Corp": ("ORG", ["Varnholt Corp"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("Tomas Breyer", "e:Tomas Breyer", ""),
        ("Jasper Pallowe", "e:Jasper Pallowe", ""),
    ]


def test_according_to_someone_in_the_clause_before_a_fragment_gives_their_words():
    """`Cahill gave a count; according to Derrec Becker, an officer, injuries ranged "..."`:
    the one whose account the clause gives, not the sentence's first subject."""
    rows = quotes_of(
        "Tomas Breyer, a spokesman for the port, gave a count of 116 injured; according to"
        " Jasper Pallowe, an officer of the Lindau fire service, injuries ranged"
        ' "from cuts and bruises to broken bones".',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
            "Lindau": ("PLACE", ["Lindau"]),
        },
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("e:Jasper Pallowe", "according to"),
    ]


def test_an_office_glossed_between_dashes_is_held_by_the_name_after_it():
    """`Irish Taoiseach — Prime Minister — Leo Varadkar said ... is to be "..."`: the
    holder speaks, not the office the model took for a person."""
    rows = quotes_of(
        "Varnish Ombudsman — Chief Judge — Tomas Breyer said the law, to be written"
        ' after the vote, is to be "enacted before the end of this year".',
        cast={
            "Ombudsman": ("PERSON", ["Ombudsman"]),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_a_complaint_speaks_for_whoever_the_story_says_brought_the_suit():
    """`Apple has issued a lawsuit ... The complaint said`: the suit's filer; a suit whose
    filer the story does not name stays without a speaker."""
    rows = quotes_of(
        "Computer firm Varnholt has issued a lawsuit to stop leaks about its products.",
        'The complaint said an "unidentified individual has misappropriated confidential'
        ' information".',
        "Separately, Lindau Corp was sued in Texas.",
        'The suit says it "sold the plans to a rival in the spring".',
        cast={"Varnholt": ("ORG", ["Varnholt"]), "Lindau Corp": ("ORG", ["Lindau Corp"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The complaint", "e:Varnholt"),
        ("The suit", None),
    ]


def test_a_bodys_statement_with_the_word_capitalized_is_the_bodys():
    """`A Union statement said:` after `The union said`: wire copy capitalizes the word;
    the statement is still the union's."""
    rows = quotes_of(
        "The Lindau Dockers Union said 1,000 members will march on Monday.",
        'A Union statement said: "We do not intend to let our members pay for the sale."',
        cast={
            "Lindau Dockers Union": ("ORG", ["Lindau Dockers Union"]),
            "Union": ("PLACE", ["Union"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("A Union statement", "e:Lindau Dockers Union"),
    ]


def test_a_clause_after_an_opening_quotation_then_the_name_and_role_that_spoke():
    """`"I think it is still under debate" to make the offer, Thomas Kay, administrator of
    the service, told Reuters.`: the sentence the quotation opens ends with its speaker,
    a role set off after the name."""
    rows = quotes_of(
        "A senior official said the offer was under review.",
        '"I think it still is under active debate whether it would be wise" to make the'
        " offer to the port, Tomas Breyer, administrator of the Lindau service, told Reuters.",
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer"]), "Reuters": ("ORG", ["Reuters"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("Tomas Breyer", "e:Tomas Breyer", "told"),
    ]


def test_the_centre_is_a_center_the_story_named_and_a_warnings_author_speaks():
    """`The centre added` after the Lindau Tsunami Warning Center spoke: the British
    spelling of the body's word; `a warning by` a body makes it the one `the centre`
    means next."""
    rows = quotes_of(
        'The Lindau Tsunami Warning Center reported "widespread damage".',
        'The centre also added that "sea-level readings confirm that a tsunami has come".',
        '"Boats should return to shore," read a warning by the Varnholt Warning Center.',
        'The centre noted that the areas under a "potential tsunami threat" include Varnholt.',
        cast={
            "Lindau Tsunami Warning Center": ("ORG", ["Lindau Tsunami Warning Center"]),
            "Varnholt Warning Center": ("ORG", ["Varnholt Warning Center"]),
            "Varnholt": ("PLACE", ["Varnholt"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The Lindau Tsunami Warning Center", "e:Lindau Tsunami Warning Center"),
        ("The centre", "e:Lindau Tsunami Warning Center"),
        ("a warning by the Varnholt Warning Center", "e:Varnholt Warning Center"),
        ("The centre", "e:Varnholt Warning Center"),
    ]


def test_a_plural_description_is_the_body_named_with_its_words_else_no_one():
    """`the armed forces said` after the Supreme Council of the Armed Forces: the body
    whose name holds those words; `the judges` that no body's name holds name no one."""
    rows = quotes_of(
        "The Varnish Council of the Armed Forces met on Thursday, Tomas Breyer said.",
        '"The council decided to accept the resignation," the armed forces said online.',
        '"The case is closed," the judges said.',
        cast={
            "Varnish Council of the Armed Forces": (
                "ORG",
                ["Varnish Council of the Armed Forces"],
            ),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the armed forces", "e:Varnish Council of the Armed Forces"),
        ("the judges", None),
    ]


def test_according_to_a_document_by_someone_gives_its_author_the_fragment():
    """`According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its
    hearing because Pierluisi did "..."`: the memo's author, not the one the words are
    about."""
    rows = quotes_of(
        "According to a memo posted online by Senator Tomas Breyer, the Senate cancelled its"
        ' hearing because Jasper Pallowe did "not recognize the authority of the Senate".',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("e:Tomas Breyer", "according to"),
    ]


def test_a_participle_going_on_with_a_relative_clause_is_its_persons():
    """`Petraeus discussed it with King Hamad, who argued for force; stating: "..."`: the
    participle goes on with the relative clause, so its person speaks, not the subject."""
    rows = quotes_of(
        "General Tomas Breyer discussed the port with Jasper Pallowe of Lindau, who argued"
        ' for the use of force; stating: "The danger of letting it go on is greater."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
            "Lindau": ("PLACE", ["Lindau"]),
        },
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("e:Jasper Pallowe", "stating"),
    ]


def test_a_trade_word_after_modifiers_is_the_story_body():
    """`The former monopoly said`, `The number two U.S. auto maker said`: a description
    whose head is a trade's word is the body the story is about, however long."""
    motor = quotes_of(
        "Varnholt Motor Co praised the choice of Jasper Pallowe as chairman.",
        'The number two U.S. auto maker said he had "a very positive record on the job."',
        cast={
            "Varnholt Motor Co": ("ORG", ["Varnholt Motor Co"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    telecom = quotes_of(
        "Lindau Telecom said it would cut prices.",
        '"We are opening the network to rivals," the former monopoly said. "The United'
        ' Kingdom has the chance to lead," chief executive Tomas Breyer said.',
        cast={
            "Lindau Telecom": ("ORG", ["Lindau Telecom"]),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in motor + telecom] == [
        ("The number two U.S. auto maker", "e:Varnholt Motor Co"),
        ("the former monopoly", "e:Lindau Telecom"),
        ("chief executive Tomas Breyer", "e:Tomas Breyer"),
    ]


def test_a_programme_named_in_quotation_marks_is_no_quotation():
    """`on Cable News Network's "Moneyline" television program`: a programme's name."""
    rows = quotes_of(
        '"The tax would be a bad idea," Jasper Pallowe said on Lindau Network\'s "Nightline"'
        " television program.",
        cast={"Jasper Pallowe": ("PERSON", ["Jasper Pallowe"])},
    )
    assert [r["text"] for r in rows] == ["The tax would be a bad idea,"]


def test_the_source_is_the_body_an_earlier_source_was_named_by():
    """`A Labour source told the Sunday Times ... "...," the source told the paper`: the
    party's; a source no body was named with stays unnamed."""
    rows = quotes_of(
        "A Varnholt Party source told the Lindau Times the campaign would start soon.",
        '"It is our turn now," the source told the paper.',
        cast={
            "Varnholt Party": ("ORG", ["Varnholt Party"]),
            "Lindau Times": ("ORG", ["Lindau Times"]),
        },
    )
    unnamed = quotes_of(
        "The Varnholt Party met the Lindau Times on Monday.",
        '"It is our turn now," the source told the paper.',
        cast={
            "Varnholt Party": ("ORG", ["Varnholt Party"]),
            "Lindau Times": ("ORG", ["Lindau Times"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows + unnamed] == ["e:Varnholt Party", None]


def test_a_plural_party_with_a_relative_pronoun_is_the_party():
    """`labelled a misjudgement by the Conservatives who said Labour's "..."`: the party
    whose name holds the plural's singular, not the party's leader named just before."""
    rows = quotes_of(
        "The posters showed Tomas Breyer, the Varnholt leader, as a pig.",
        'They were labelled a "big misjudgement" by the Varnholts who said the campaign\'s'
        ' "first shot has badly backfired".',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Varnholt Party": ("ORG", ["Varnholt Party", "Varnholt"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the Varnholts", "e:Varnholt Party"),
    ]


def test_one_named_among_the_subjects_people_is_whom_the_pronoun_means():
    """`French economists, including Cheval at Indosuez, agreed with the report. "...,"
    he said`: the one named among the subject's people, not the premier named before."""
    rows = quotes_of(
        "The franc fell twice since Tomas Breyer took power.",
        "French economists, including Varnholt at Lindau Bank, agreed with the report."
        ' "Nine out of ten will wait to be told which way to go," he said.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jean Varnholt": ("PERSON", ["Jean Varnholt", "Varnholt"]),
            "Lindau Bank": ("ORG", ["Lindau Bank"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Jean Varnholt"]


def test_a_stage_name_speaks_as_the_person_it_names_and_may_open_with_a_number():
    """`The Game, whose real name is Jayceon Taylor, told`: the person so named, unless
    the stage name is a person's name of its own (`Jay-Z`); `50 Cent said`: a stage name
    may open with a number."""
    rows = quotes_of(
        'The Varn, whose real name is Tomas Breyer, told a news conference: "I want to'
        ' apologise for the last few weeks."',
        '"We are here to show that people can rise above it," 40 Lindau said.',
        'Jay-Varn, whose real name is Jasper Pallowe, said: "I have inherited two brands."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "40 Lindau": ("PERSON", ["40 Lindau"]),
            "Jay-Varn": ("PERSON", ["Jay-Varn"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The Varn", "e:Tomas Breyer"),
        ("40 Lindau", "e:40 Lindau"),
        ("Jay-Varn", "e:Jay-Varn"),
    ]


def test_an_office_holders_spokesman_gives_the_office_holders_words():
    """`the prime minister's official spokesman said`: the words of whoever the story
    names with that office."""
    rows = quotes_of(
        "Prime Minister Tomas Breyer defended the plans on Monday.",
        "Asked about the warning, the prime minister's official spokesman said: \"We believe"
        ' the threat is real."',
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer"])},
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_a_pronoun_in_a_lead_that_names_no_one_is_the_next_sentences_speaker():
    """`The attorney general has again denied it. Claims were "wholly unfounded," he
    insisted. Lord Goldsmith said ...`: whom the next sentence has speaking."""
    rows = quotes_of(
        "The attorney general has again denied being leant on. Claims that the answer was"
        ' drafted elsewhere were "wholly unfounded and wrong," he insisted. Tomas Breyer said'
        " the answer was his own.",
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer"])},
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_a_described_subject_that_is_a_name_is_that_person():
    """`The musical's British director is Matthew Warchus, best known for Art. "...," he
    said`: the person the description is, not the one named before it."""
    rows = quotes_of(
        "The music is by composer Tomas Breyer, who wrote Lindau Dreams.",
        "The musical's British director is Jasper Pallowe, best known for staging Varn."
        ' "The production will be a hybrid of text and spectacle," he said.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Jasper Pallowe"]


def test_he_after_another_unnamed_speaker_is_not_the_described_one_before():
    """`The trade minister said Korea would run "...". The spokesman said ... He said it
    was selecting "..."`: another the story does not name spoke since the minister."""
    rows = quotes_of(
        "Lindau will open its market, a government spokesman said. Trade minister Tomas"
        " Breyer spoke in Washington yesterday.",
        'The trade minister said a sudden revaluation would bring "a tremendous trade deficit'
        ' and a loss of jobs".',
        "The spokesman said the won had been rising slowly. He said Lindau was selecting"
        ' "most of the items on the list" for lower tariffs.',
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("The trade minister", "e:Tomas Breyer"),
        ("He", None),
    ]


def test_he_after_a_clause_set_before_it_continues_the_speaker_before():
    """`Pointing to buoyant retail data, he said Lawson had done well. "...," he said`:
    the sentence is about the earlier `he`, not about the one named after its verb."""
    rows = quotes_of(
        "Midland Bank economist Tomas Breyer said he expected two half-point cuts.",
        "Pointing to buoyant retail data released yesterday, he said Jasper Pallowe had done"
        ' well to resist pressures. "There is no real need to boost consumption," he said.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_a_bodys_name_set_off_after_its_description_is_the_speaker():
    """`The financial daily, Boersenzeitung, wrote in a commentary: "..."`: the paper the
    appositive names, as a person's name after `The minister,` is that minister; but not
    where the description is a person's (`Ben Summerskill of the organization, Stonewall`)."""
    rows = quotes_of(
        'The financial daily, Varnzeitung, wrote in a commentary: "More devastating than the'
        ' losses is the loss of image for the company."',
        'Tomas Breyer of the British rights organization, Varnwall, said: "We are obviously'
        ' delighted that the home secretary has listened."',
        cast={
            "Varnzeitung": ("ORG", ["Varnzeitung"]),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Varnwall": ("ORG", ["Varnwall"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Varnzeitung", "e:Tomas Breyer"]


def test_a_participle_after_he_said_is_his():
    """`U.S. Banks have half the seats, he said, adding "..."`: the one who said it adds
    the quotation, not the name that opens the sentence."""
    rows = quotes_of(
        "Lindau is not happy with the committee, Finance Minister Tomas Breyer said.",
        "U.S. Banks have 50 pct of the seats while holding 35 pct of the debt, he said,"
        ' adding "This is not fair with the European and Japanese banks."',
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("he", "e:Tomas Breyer")]


def test_a_bodys_description_set_after_its_name_is_that_body():
    """`The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting regulator,
    said: "..."`: the body named before the description, not another regulator."""
    rows = quotes_of(
        "Figures from the UK's regulator Varncom showed Freeview was popular.",
        "The Conseil Superieur de Varnel (CSV), the French broadcasting regulator, said:"
        ' "Following the success of Freeview, some makers are optimistic."',
        cast={
            "Varncom": ("ORG", ["Varncom"]),
            "Conseil Superieur de Varnel": ("ORG", ["Conseil Superieur de Varnel", "CSV"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Conseil Superieur de Varnel"]


def test_an_aside_between_a_quotation_and_its_inverted_attribution():
    """`"You may see the union bargain with the two separately," breaking its historical
    pattern, says Luckey.`: the one named after the aside, not the analysts who spoke in
    the paragraph before. A name in quotation marks is no quotation (`"Info cards" will
    help people manage personal details, said Microsoft`)."""
    rows = quotes_of(
        '"Varn cards" will help people manage personal details on their PCs, said Varnsoft.',
        "Some analysts point out that the union might pick Varnford as the strike target.",
        '"You may see a situation where the union bargains with the two separately,"'
        " breaking its historical pattern, says Breyer.",
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer", "Breyer"]),
            "Varnsoft": ("ORG", ["Varnsoft"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Breyer", "e:Tomas Breyer")
    ]


def test_he_is_the_unnamed_one_who_opens_the_quotations_own_sentence():
    """`A GM spokesman says it is "too early" ... The former GM executive says closures
    are likely, but he adds, "..." he says`: the former executive (one the story brought
    in, unnamed), not the body its spokesman spoke for; and `he` after both is the later."""
    rows = quotes_of(
        '"You will see rough talks," says one former Varncorp human relations executive.',
        'A Varncorp spokesman says it is "too early" to know whether plant closures will be'
        " an issue.",
        "The former Varncorp executive says more closures are likely, but he adds, \"you're"
        ' not going to see it before the contract," he says.',
        'Analysts say ten plants may be shut. "It would take a miracle for them to survive,"'
        " he says.",
        cast={"Varncorp": ("ORG", ["Varncorp"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("one former Varncorp human relations executive", None),
        ("A Varncorp spokesman", "e:Varncorp"),
        ("he", None),
        ("he", None),
    ]


def test_a_spokesman_named_by_the_last_word_of_a_bodys_name_speaks_for_it():
    """`The executive spokeswoman said` after `The Scottish Executive said`: the one body
    whose name ends with that word."""
    rows = quotes_of(
        "The Varnish Executive said ministers would be told. The Varnish National Party disagreed.",
        'The executive spokeswoman said the leave was agreed "in conjunction with officials'
        ' on behalf of ministers".',
        cast={
            "Varnish Executive": ("ORG", ["Varnish Executive"]),
            "Varnish National Party": ("ORG", ["Varnish National Party"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Varnish Executive"]


def test_he_after_an_unnamed_one_who_acted_in_the_sentence_before_is_that_one():
    """`The official also rejected a suggestion by Wright ... "...," he said`: the
    official the story brought in without a name, whatever the verb; not Wright."""
    rows = quotes_of(
        "The administration is opposed to the tax, an administration official said.",
        "Speaker Tomas Breyer has called for such a tax.",
        "The official also rejected a suggestion by Breyer that the cut be delayed.",
        '"It is breaking faith with the American people," he said.',
        "But the official dismissed the summit idea as a ploy.",
        '"It\'s easier to write a book review than a book," he said.',
        cast={"Tomas Breyer": ("PERSON", ["Tomas Breyer", "Breyer"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("he", None),
        ("he", None),
    ]


def test_a_described_role_with_a_place_is_not_one_described_with_another():
    """`the California Republican said` after `Sen. Pete Domenici, a New Mexico
    Republican`: not Domenici; the New Mexico Republican is."""
    rows = quotes_of(
        '"I am expecting sanctions at least," Sen. Tomas Breyer, a New Mexico Republican, said.',
        'Asked about the plan, Sen. Jasper Pallowe told reporters, "There will be action."',
        '"We think sanctions must be applied," the California Republican said.',
        '"And soon," the New Mexico Republican added.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Tomas Breyer",
        "e:Jasper Pallowe",
        "e:Jasper Pallowe",
        "e:Tomas Breyer",
    ]


def test_a_name_in_a_clause_set_before_the_subject_does_not_speak():
    """`After Minister of Economy Richard Sulik failed to procure test kits, the Prime
    Minister apologised for "having an idiot as economy minister."`: the prime minister,
    not the minister named in the clause set before him."""
    rows = quotes_of(
        "Prime Minister Tomas Breyer tested positive.",
        "After Minister of Economy Jasper Pallowe failed to procure enough test kits, the"
        ' Prime Minister apologised to the people for "having an idiot as economy minister."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("the Prime Minister", "e:Tomas Breyer")
    ]


def test_a_band_before_its_members_role_and_name_is_not_whom_he_means():
    """`Franz Ferdinand frontman Alex Kapranos has called for ... "...," he said`: the
    frontman, not the band the model reads as a person."""
    rows = quotes_of(
        "Varn Tolworth frontman Tomas Breyer has called for more help for musicians.",
        '"For any cultural output to thrive there needs to be state input," he said.',
        cast={
            "Varn Tolworth": ("PERSON", ["Varn Tolworth"]),
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_attorney_generals_short_title_ends_no_sentence():
    """`He said he learned of it only when Atty. Gen. Edwin Meese told him. ... "...," he
    said`: `Atty.` is a title's short form, so the sentence opens with `He` and the one
    named in it is not whom the later `he` means."""
    rows = quotes_of(
        '"No, that is not true at all," said President Tomas Breyer.',
        "He said he learned of the diversion only when Atty. Gen. Jasper Pallowe told him on"
        " November 25.",
        '"I am still wanting to find out where that extra money went," he said.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer", "e:Tomas Breyer"]


def test_one_whose_clause_goes_on_to_speak_gives_the_quotation_after_it():
    """`"...yet." Treasury Secretary John Snow put a brave face on the news, saying it was
    a sign of strength. "The economy is growing ..."`: the one who spoke since, not the
    analyst quoted before."""
    rows = quotes_of(
        '"The fall has been sudden," said Tomas Breyer of Harlow Bank. "Recent moves have'
        ' had no impact yet." Treasury Secretary Jasper Pallowe put a brave face on the'
        ' news, saying it was a sign of growth. "The economy is growing at such a fast rate'
        ' that it is generating lots of income."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Tomas Breyer",
        "e:Tomas Breyer",
        "e:Jasper Pallowe",
    ]


def test_a_described_subject_of_a_passive_is_whom_she_means_not_its_agent():
    """`Betancourt said, "I cry with joy." The Colombian-French politician was greeted by
    the First Lady, Carla Bruni-Sarkozy. / "...," she said, thanking France. She added`:
    the politician, across the paragraph's break, and the same `she` after."""
    rows = quotes_of(
        'Standing beside the president, Maria Tolworth said, "I cry with joy." The'
        " Franco-Peruvian politician was greeted at the air base by the First Lady, Anna"
        " Pallowe, along with some supporters.",
        '"I have been dreaming of this moment. I owe everything to you," she said, thanking'
        ' France for its help. She added, "France is my home and you are my family."',
        cast={
            "Maria Tolworth": ("PERSON", ["Maria Tolworth", "Tolworth"]),
            "Anna Pallowe": ("PERSON", ["Anna Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Maria Tolworth"] * 3


def test_the_chancellor_is_not_one_named_as_the_shadow_chancellor():
    """`... cuts proposed by shadow chancellor Oliver Letwin ... Turning to the economy,
    the chancellor pledged ... He said ... "..."`: `the chancellor` is not the shadow one
    named last."""
    rows = quotes_of(
        'Tomas Breyer said the vote would give a "clear and fundamental" choice.',
        "The chancellor said the cuts proposed by shadow chancellor Jasper Pallowe were the"
        " equivalent of sacking every teacher. Turning to the economy, the chancellor pledged"
        " to keep growth going.",
        'He said Labour was now "the only party trusted with the economy and the future".',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"] * 2


def test_a_description_from_somewhere_after_one_who_just_spoke_is_that_one():
    """`"...," said Zenden. The Holland international said ... "...," he added`: the one
    who has just spoken, not the manager the story names most."""
    rows = quotes_of(
        'Manager Tomas Breyer was delighted. "It was a perfect night," said Breyer. "We'
        ' controlled it," said Breyer. Middlesbrough forward Jasper Pallowe scored both goals.',
        '"We did not expect it to be that one-sided," said Pallowe. The Holland'
        " international said the side was confident. \"We've got a very good feeling about"
        ' the squad," he added.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer", "Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe", "Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == [
        "e:Tomas Breyer",
        "e:Tomas Breyer",
        "e:Jasper Pallowe",
        "e:Jasper Pallowe",
    ]


def test_an_answer_with_a_quotation_is_the_answerers_and_a_controller_a_title():
    """`Ambassador Jendayi Frazer answered with, "..."`; `according to production
    controller Ted Rye. "...," he remarked`."""
    rows = quotes_of(
        '"Stay away from the beaches," warned duty officer Tomas Breyer. The refinery put'
        " its work on hold, according to production controller Jasper Pallowe.",
        '"We have just had a report from a fishing boat," he remarked. Ambassador Karl'
        ' Tolworth answered with, "The visit has been much longer than a few hours."',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer"]),
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe"]),
            "Karl Tolworth": ("PERSON", ["Karl Tolworth"]),
        },
    )
    assert [(r["speaker_entity_id"], r["verb"]) for r in rows] == [
        ("e:Tomas Breyer", "warned"),
        ("e:Jasper Pallowe", "remarked"),
        ("e:Karl Tolworth", "answered"),
    ]


def test_the_magazine_is_the_review_that_spoke_before():
    """`"...," the official Peking Review said in an editorial. ... Only by such measures,
    the magazine said, "..."`: a review is a medium's name."""
    rows = quotes_of(
        '"China needs a campaign to increase production," the official Tolworth Review said'
        " in an editorial yesterday.",
        'Only by such measures, the magazine said, "can the economy develop steadily over a'
        ' long period."',
        cast={"Tolworth Review": ("ORG", ["Tolworth Review"])},
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tolworth Review"] * 2


def test_a_fragment_a_paper_relays_is_the_one_it_reports_speaking_in_a_long_sentence():
    """`Gaughan said that earlier this week he told representatives of the company, whose
    identity he did not know, that chartered vessels "would be protected," the newspaper
    reported`: the one the paper reports, however far the fragment is from his verb."""
    rows = quotes_of(
        "The Tolworth Post quoted Jasper Pallowe as saying Kuwait had approached a firm.",
        "Pallowe said that earlier this week he told representatives of the company, whose"
        ' identity he did not know, that chartered vessels flying the flag "would be'
        ' protected from attack at sea," the newspaper reported.',
        cast={
            "Jasper Pallowe": ("PERSON", ["Jasper Pallowe", "Pallowe"]),
            "Tolworth Post": ("ORG", ["Tolworth Post"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Jasper Pallowe"]


def test_a_long_clause_before_a_pronoun_that_said_and_warned():
    """`But private sector confidence had been undermined by uncertainties over exchange
    rates, it said, and warned that "for confidence to be restored, ..."`: a clause of up
    to a hundred characters may stand before the subject."""
    rows = quotes_of(
        "The Tolworth Council said growth would stay slow.",
        "But private sector confidence had been undermined by uncertainties over exchange"
        ' rates, it said, and warned that "for confidence to be restored, it is important'
        ' for governments to act."',
        cast={"Tolworth Council": ("ORG", ["Tolworth Council"])},
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tolworth Council"]


def test_one_alone_after_a_quotation_is_someone_unnamed():
    """`Traders said it would give Brazil unchanged quotas. "...," one said.`: one of
    them, whom the story does not name (before, the quotation was lost)."""
    rows = quotes_of(
        "Traders said it would give Brazil unchanged quotas for the next two years.",
        "\"The main sticking point on quotas has been Brazil's attitude, and this compromise"
        ' could be a solution, " one said.',
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [("one", None)]


def test_a_post_by_him_is_his():
    """`al-Balawi posted online under another name. One post by him read, "..."`."""
    rows = quotes_of(
        "Jasper Pallowe posted online in forums under another name. One post by him read,"
        ' "When a fighter kills a soldier, the supporters have won a great deal."',
        cast={"Jasper Pallowe": ("PERSON", ["Jasper Pallowe"])},
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("One post by him", "e:Jasper Pallowe")
    ]


def test_a_name_in_a_fronted_clause_does_not_hold_the_role_after_it():
    """`Echoing the new US Secretary of State Condoleezza Rice, the prime minister said
    ...`: the name ends a clause set before the role's sentence; `the prime minister` is
    the one the paragraph names."""
    rows = quotes_of(
        "Tomas Breyer said the president had learned that force was not the only way.",
        "Echoing the new Secretary of State Anna Pallowe, the prime minister said policy had"
        " changed. Mr Breyer refused to be drawn. The prime minister conceded that the US had"
        ' "what appears to be a harder position" than Europe.',
        cast={
            "Tomas Breyer": ("PERSON", ["Tomas Breyer", "Mr Breyer"]),
            "Anna Pallowe": ("PERSON", ["Anna Pallowe"]),
        },
    )
    assert [r["speaker_entity_id"] for r in rows] == ["e:Tomas Breyer"]


def test_a_short_form_with_stops_in_brackets_stays_inside_the_speakers_phrase():
    """`"...," an analyst at Mansion House Securities (F.E.) Ltd said.`: the quotation had
    been lost."""
    rows = quotes_of(
        '"They benefited considerably from the pickup in loan demand," an analyst at Tolworth'
        " House Securities (F.E.) Ltd said."
    )
    assert [(r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("an analyst at Tolworth House Securities (F.E.) Ltd", None)
    ]
