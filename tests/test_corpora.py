"""The corpus converters, the CoNLL scorer and realcheck, on snippets written for these tests.

Every snippet below is invented in the format of its corpus; no corpus text is used.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from bench import conll_score, realcheck
from bench.corpora import (
    bbc,
    conll2003,
    decode_bytes,
    frozen_wikinews_urls,
    gum,
    meantime,
    reuters21578,
    wikinews,
)

SGML = b"""<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9001" NEWID="7">
<DATE> 3-MAR-1987 09:15:05.40</DATE>
<TOPICS><D>grain</D></TOPICS>
<UNKNOWN>&#5;&#5;&#5;G
&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>ACME &lt;ACM> SEES HIGHER GRAIN SALES</TITLE>
<DATELINE>    KANSAS CITY, March 3 - </DATELINE><BODY>Acme Grain Co said sales would
rise in 1987, its chairman, John Q. Doe, told reporters.
    "We expect a good year," Doe said. The caf\xe9 unit was sold.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9002" NEWID="8">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>ACME SETS DIVIDEND</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9003" NEWID="9">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TEXT>&#2;
<TITLE>ZETA BANK CUTS RATE</TITLE>
<DATELINE>    OSLO, March 31 - </DATELINE><BODY>Zeta Bank cut its base rate to
9.5 pct &amp; said more cuts were possible. REUTER
&#3;</BODY></TEXT>
</REUTERS>
"""

BBC_STORY = (
    b"Firm posts record profit\n\nShares in Example Plc rose 4% to \xa31.20 after results.\n\n"
    b'"It was a strong year," said boss Jane Roe.\n'
)

CONLL = """-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
ROVERS NNP B-NP B-ORG
WIN VB B-VP O
. . O O

OSLO NNP B-NP B-LOC
1996-08-30 CD I-NP O

Anna NNP B-NP I-PER
Berg NNP I-NP I-PER
of IN B-PP O
Oslo NNP B-NP I-ORG
Rovers NNP I-NP I-ORG
said VBD B-VP O
: : O O
" " O O
We PRP B-NP O
won VBD B-VP O
, , O O
" " O O
in IN B-PP O
Norwegian JJ B-NP I-MISC
( ( O O
Oslo NNP B-NP I-LOC
) ) O O
. . O O
" " O O

We PRP B-NP O
lost VBD B-VP O
. . O O

Next JJ B-NP O
year NN I-NP O
, , O O
" " O O
she PRP B-NP O
added VBD B-VP O
. . O O

" " O O
Then RB O O
we PRP B-NP O
won VBD B-VP O
. . O O

" " O O
Again RB O O
. . O O

Really RB O O
, , O O
" " O O
she PRP B-NP O
said VBD B-VP O
. . O O

She PRP B-NP O
left VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Results NNS B-NP O
in IN B-PP O
Bergen NNP B-NP I-LOC
Bergen NNP B-NP B-LOC
's POS O O
cup NN I-NP O
. . O O
"""


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text("utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_decode_bytes_takes_utf8_else_cp1252_with_latin1_fallback() -> None:
    assert decode_bytes("café".encode()) == "café"
    assert decode_bytes(b"\x93quoted\x94 caf\xe9 \x81") == "\u201cquoted\u201d café \x81"


def test_reuters_sgml_to_raw_files(tmp_path: Path) -> None:
    (tmp_path / "reut2-000.sgm").write_bytes(SGML)
    counts = reuters21578.convert(tmp_path, tmp_path / "out")
    assert counts == {"written": 2, "skipped": 1}  # the BRIEF has no body
    assert _tree(tmp_path / "out") == {
        "1987/03/03/7.txt": "ACME <ACM> SEES HIGHER GRAIN SALES\nSource: Reuters\n"
        "1987-03-03 09:15:05\nKANSAS CITY, March 3 - Acme Grain Co said sales would rise in "
        "1987, its chairman, John Q. Doe, told reporters.\n"
        '"We expect a good year," Doe said. The café unit was sold.\n',
        # An impossible time of day keeps the date at midnight.
        "1987/03/31/9.txt": "ZETA BANK CUTS RATE\nSource: Reuters\n1987-03-31 00:00:00\n"
        "OSLO, March 31 - Zeta Bank cut its base rate to 9.5 pct & said more cuts were possible.\n",
    }


def test_reuters_shift_years_keeps_the_calendar(tmp_path: Path) -> None:
    (tmp_path / "one.sgm").write_bytes(SGML)
    reuters21578.main([str(tmp_path / "one.sgm"), str(tmp_path / "out"), "--shift-years", "28"])
    text = (tmp_path / "out/2015/03/03/7.txt").read_text("utf-8")
    assert text.splitlines()[2] == "2015-03-03 09:15:05"  # a Tuesday, as 3 March 1987 was


def test_bbc_story_to_raw_file(tmp_path: Path) -> None:
    (tmp_path / "bbc/business").mkdir(parents=True)
    (tmp_path / "bbc/business/001.txt").write_bytes(BBC_STORY)
    (tmp_path / "bbc/README.TXT").write_bytes(b"not a story")
    assert bbc.convert(tmp_path / "bbc", tmp_path / "out") == (1, 0)
    assert _tree(tmp_path / "out") == {
        "business/001.txt": "Firm posts record profit\nSource: BBC\n2005-06-01 12:00:00\n"
        "Shares in Example Plc rose 4% to £1.20 after results.\n"
        '"It was a strong year," said boss Jane Roe.\n'
    }


def test_conll_documents_and_gold(tmp_path: Path) -> None:
    (tmp_path / "eng.testa").write_text(CONLL, encoding="utf-8")
    conll2003.main([str(tmp_path / "eng.testa"), str(tmp_path / "out")])
    tree = _tree(tmp_path / "out")
    assert tree["1996/08/30/testa-0001.txt"] == (
        "SOCCER - ROVERS WIN.\nSource: Reuters\n1996-08-30 12:00:00\n"
        # A quotation that runs on over sentences is one paragraph, its marks paired, even
        # where its opening mark ends the sentence before.
        'OSLO, Aug 30 - Anna Berg of Oslo Rovers said: "We won," in Norwegian (Oslo). "We'
        ' lost. Next year," she added.\n"Then we won.\n'
        # A mark opening a sentence inside a quotation opens a paragraph that goes on
        # with it, as wire copy writes a quotation over paragraphs.
        '"Again. Really," she said.\nShe left.\n'
    )
    # No dateline: the fixed date, the first sentence as the headline, no body left.
    assert tree["1996/08/22/testa-0002.txt"] == (
        "Source: Reuters\n1996-08-22 12:00:00\nResults in Bergen Bergen's cup.\n"
    )
    gold = [json.loads(line) for line in tree["gold.jsonl"].splitlines()]
    assert gold == [
        {
            "file": "1996/08/30/testa-0001.txt",
            "entities": [
                ["ORG", "Oslo Rovers"],
                ["ORG", "ROVERS"],
                ["PERSON", "Anna Berg"],
                ["PLACE", "OSLO"],
                ["PLACE", "Oslo"],
            ],
            "body_entities": [["ORG", "Oslo Rovers"], ["PERSON", "Anna Berg"], ["PLACE", "Oslo"]],
        },
        {
            "file": "1996/08/22/testa-0002.txt",
            # B- splits two adjacent entities of one type.
            "entities": [["PLACE", "Bergen"]],
            "body_entities": [["PLACE", "Bergen"]],
        },
    ]


def test_conll_refuses_the_held_out_test_split(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="held-out"):
        conll2003.convert(tmp_path / "eng.testb", tmp_path / "out")


def test_detokenize() -> None:
    tokens = ["He", "said", '"', "yes", '"', "(", "U.S.", ")", "and", "it", "'s", "5", "%", "."]
    assert conll2003.detokenize(tokens) == 'He said "yes" (U.S.) and it\'s 5%.'


TIMEML = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>{doc}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2009-06-02">x</TIMEX3></DCT>
<EXTRAINFO>Acme Motors ' plant to close</EXTRAINFO>
<TEXT><s id="0">Acme Motors ' plant to close</s><s id="1">June 02 , 2009</s>
<s id="2">Acme Motors will <EVENT eid="e1">close</EVENT> its plant , it said .</s>
<s id="3">`` We are n't happy .</s><s id="4">It 's sad , '' said Jo Roe , who
paid US$ 5 ( five ) dollars .</s><s id="5">He called it " a sad day " .</s></TEXT></TimeML>
"""


def test_meantime_timeml_to_raw_files_skips_the_frozen_documents(tmp_path: Path) -> None:
    for doc in ("7001", "7002"):
        (tmp_path / "src" / f"{doc}_plant.tml").parent.mkdir(exist_ok=True)
        (tmp_path / "src" / f"{doc}_plant.tml").write_text(TIMEML.format(doc=doc))
    readme = tmp_path / "README.md"
    readme.write_text("| `test_01` | ... | SemEval-2015 Task 4 / MEANTIME (doc 7002) |\n")
    written = meantime.convert(tmp_path / "src", tmp_path / "out", meantime.frozen_doc_ids(readme))
    assert written == (1, 1)
    assert (tmp_path / "out" / "7001.txt").read_text() == (
        "Acme Motors ' plant to close\nSource: Wikinews\n2009-06-02 12:00:00\n"
        "Acme Motors will close its plant, it said.\n"
        "\"We aren't happy. It's sad,\" said Jo Roe, who paid US$5 (five) dollars.\n"
        'He called it "a sad day".\n'
    )


GUM = """# newdoc id = GUM_news_{name}
# meta::dateCreated = 2015-05-07
# meta::sourceURL = https://en.wikinews.org/wiki/{name}_story
# meta::title = Acme plant to close
# newpar
# newpar_block = head (1 s)
# text = Acme plant to close
# newpar
# newpar_block = p (2 s)
# text = Thursday, May 7, 2015
# text = Acme will close its plant.
# newpar
# newpar_block = figure (1 s) | caption (1 s)
# text = The plant in 1990.
# text = "It is sad," said Jo Roe.
# newpar
# newpar_block = p (1 s)
# text = The plant opened in 1950.
"""


def test_gum_news_to_raw_files_skips_the_frozen_documents(tmp_path: Path) -> None:
    for name in ("acme", "zeta"):
        (tmp_path / "src").mkdir(exist_ok=True)
        (tmp_path / "src" / f"GUM_news_{name}.conllu").write_text(GUM.format(name=name))
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Gold set\n## Test split: sources\n"
        "| `test_07` | <https://en.wikinews.org/wiki/zeta_story> | GUM corpus (amir-zeldes/gum) |\n"
        "## Wikinews quotations split\n"
        "| `wn_gum_acme` | <https://en.wikinews.org/wiki/acme_story> |\n"
    )
    written = gum.convert(tmp_path / "src", tmp_path / "out", frozen_wikinews_urls(readme))
    assert written == (1, 1)
    assert (tmp_path / "out" / "acme.txt").read_text() == (
        "Acme plant to close\nSource: Wikinews\n2015-05-07 12:00:00\n"
        "Acme will close its plant.\n"
        '"It is sad," said Jo Roe.\n'
        "The plant opened in 1950.\n"
    )


# AMALGUM marks a paragraph with `# newpar = <block>` where GUM has `# newpar_block`, and
# writes it after the `# text` of the block's first sentence.
AMALGUM = """# meta::id = AMALGUM_news_acme
# meta::title = Acme plant to close
# meta::dateCreated = 2011-03-02
# meta::sourceURL = https://en.wikinews.org/wiki/Acme_plant_to_close
# newdoc id = AMALGUM_news_acme
# text = Acme plant to close
# newpar = head (1 s)
# text = Acme will close its plant.
# newpar = p (1 s)
# text = A sign at the gate.
# newpar = figure (1 s) | caption (1 s)
# text = "It is sad," said Jo Roe.
# text = The plant opened in 1950.
# newpar = p (1 s)
"""


def test_amalgum_news_to_raw_files_named_apart_from_gum(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "AMALGUM_news_acme.conllu").write_text(AMALGUM)
    assert gum.convert(tmp_path / "src", tmp_path / "out", set()) == (1, 0)
    assert (tmp_path / "out" / "am_acme.txt").read_text() == (
        "Acme plant to close\nSource: Wikinews\n2011-03-02 12:00:00\n"
        "Acme will close its plant.\n"
        '"It is sad," said Jo Roe.\n'
        "The plant opened in 1950.\n"
    )


NBSP = "\u00a0"  # the scrape ends some lines with one
WIKINEWS_CSV = (
    "url,date,title,text\n"
    '"https://en.wikinews.org//wiki/Acme_plant_to_close",2019-05-07,"Acme plant to close",'
    f'"Tuesday, May 7, 2019{NBSP}\n\n\nAcme will close its plant.{NBSP}\n\n\n'
    '""It is sad,"" said Jo Roe.\n\n\n"\n'
    '"https://en.wikinews.org/wiki/Zeta_story",2019-05-08,"Zeta story","Zeta closes."\n'
    '"https://en.wikinews.org/wiki/Jo_Roe",2019-05-09,"Jo Roe tells Wikinews about it","Q: Why?"\n'
)


def test_wikinews_csv_to_raw_files_skips_the_frozen_articles_and_interviews(
    tmp_path: Path,
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "wikinews_2019.csv").write_text(WIKINEWS_CSV)
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Gold set\n## Test split: sources\n"
        "| `test_07` | <https://en.wikinews.org/wiki/Zeta_story> |\n"
        "## Wikinews quotations split\n"
        "| `wn_2019_001` | <https://en.wikinews.org/wiki/Acme_plant_to_close> |\n"
        "## Quotations test split\n| `wn_2019_003` | <https://en.wikinews.org/wiki/Jo_Roe> |\n"
    )
    assert frozen_wikinews_urls(readme) == {
        "https://en.wikinews.org/wiki/Zeta_story",
        "https://en.wikinews.org/wiki/Jo_Roe",
    }
    written = wikinews.convert(tmp_path / "src", tmp_path / "out", frozen_wikinews_urls(readme))
    assert written == (1, 2)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["2019_001.txt"]
    assert (tmp_path / "out" / "2019_001.txt").read_text() == (
        "Acme plant to close\nSource: Wikinews\n2019-05-07 12:00:00\n"
        "Acme will close its plant.\n"
        '"It is sad," said Jo Roe.\n'
    )


def test_score_exact_micro_figures() -> None:
    gold = {
        "a.txt": {("PERSON", "Anna Berg"), ("ORG", "Oslo Rovers"), ("PLACE", "Oslo")},
        "b.txt": {("PLACE", "Bergen"), ("PERSON", "Ola")},
    }
    predicted = {
        # Right, right, wrong type, and an EVENT that is neither right nor wrong.
        "a.txt": {
            ("PERSON", "Anna Berg"),
            ("PLACE", "Oslo"),
            ("PLACE", "Oslo Rovers"),
            ("EVENT", "Cup Final"),
        },
        "b.txt": {("PLACE", "Bergen"), ("PERSON", "Bergen")},
    }
    scores = conll_score.score(gold, predicted)
    assert (scores["PERSON"].tp, scores["PERSON"].fp, scores["PERSON"].fn) == (1, 1, 1)
    assert (scores["ORG"].tp, scores["ORG"].fp, scores["ORG"].fn) == (0, 0, 1)
    assert (scores["PLACE"].tp, scores["PLACE"].fp, scores["PLACE"].fn) == (2, 1, 0)
    total = scores["ALL"]
    assert (total.tp, total.fp, total.fn) == (3, 2, 2)
    assert total.precision == pytest.approx(3 / 5)
    assert total.recall == pytest.approx(3 / 5)
    assert total.f1 == pytest.approx(0.6)
    assert scores["PLACE"].f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert scores["ORG"].f1 == 0.0


def test_dateline_predictions_from_a_warehouse(tmp_path: Path) -> None:
    (tmp_path / "wh").mkdir()
    with duckdb.connect(str(tmp_path / "wh/dateline.duckdb")) as con:
        con.execute("CREATE TABLE articles (article_id VARCHAR, raw_path VARCHAR)")
        con.execute("CREATE TABLE files (raw_path VARCHAR, status VARCHAR, article_id VARCHAR)")
        con.execute("CREATE TABLE entities (entity_id VARCHAR, name VARCHAR, type VARCHAR)")
        con.execute("CREATE TABLE mentions (article_id VARCHAR, entity_id VARCHAR, text VARCHAR)")
        con.execute("INSERT INTO articles VALUES ('a1', '1996/08/30/testa-0001.txt')")
        con.execute(
            "INSERT INTO files VALUES ('1996/08/30/testa-0001.txt', 'loaded', 'a1'), "
            "('1996/08/31/testa-0002.txt', 'duplicate', 'a1'), ('gold.jsonl', 'quarantined', NULL)"
        )
        con.execute(
            "INSERT INTO entities VALUES ('e1', 'Anna Berg', 'PERSON'), ('e2', 'O', 'OTHER')"
        )
        con.execute(
            "INSERT INTO mentions VALUES ('a1', 'e1', 'Anna Berg'), ('a1', 'e1', 'Berg'), "
            "('a1', 'e2', 'Norwegian'), ('a1', 'e1', 'the president')"
        )
    files = ["1996/08/30/testa-0001.txt", "1996/08/31/testa-0002.txt", "1996/09/01/testa-0003.txt"]
    predicted = conll_score.dateline_predictions(tmp_path / "wh", files)
    expected = {("PERSON", "Anna Berg"), ("PERSON", "Berg"), ("OTHER", "Norwegian")}
    assert predicted == {files[0]: expected, files[1]: expected}


def test_file_text_is_the_body_without_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "SOCCER - ROVERS WIN.\nSource: Reuters\n1996-08-30 12:00:00\n"
        "OSLO, Aug 30 - Anna Berg won.\nShe left.\n",
        encoding="utf-8",
    )
    assert conll_score.file_text(path) == "Anna Berg won.\nShe left."
    assert conll_score.file_text(path, "all") == (
        "SOCCER - ROVERS WIN.\nOSLO, Aug 30 - Anna Berg won.\nShe left."
    )


def test_realcheck_sample_is_seeded_and_keeps_paths(tmp_path: Path) -> None:
    for n in range(10):
        (tmp_path / "raw" / f"d{n % 3}").mkdir(parents=True, exist_ok=True)
        (tmp_path / "raw" / f"d{n % 3}" / f"{n}.txt").write_text(str(n), encoding="utf-8")
    picked = []
    for run in ("one", "two"):
        assert realcheck.sample_files(tmp_path / "raw", tmp_path / run, 4, seed=5) == 4
        picked.append(
            sorted(p.relative_to(tmp_path / run) for p in (tmp_path / run).rglob("*.txt"))
        )
    assert picked[0] == picked[1]
    assert all(
        (tmp_path / "raw" / p).read_text() == (tmp_path / "one" / p).read_text() for p in picked[0]
    )


def test_realcheck_exits_1_when_the_run_fails(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    assert realcheck.main([str(tmp_path / "raw"), "--dateline", "false"]) == 1
