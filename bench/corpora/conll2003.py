"""CoNLL-2003 English (`eng.train`, `eng.testa`) to dateline's raw layout, with gold entities.

    python -m bench.corpora.conll2003 /work/corpora/conll2003/eng.testa /work/corpora/raw/testa

Never convert `eng.testb`: it is the held-out test split, and this refuses it by name.

Each `-DOCSTART-` document becomes `OUT/YYYY/MM/DD/<split>-NNNN.txt` (NNNN counts from 1
in file order). Its sentences are detokenized (no space before punctuation, quotes
attached to what they enclose) and written one a line. The `CITY 1996-08-30` sentence is
the RCV1 dateline: it dates the header (at `NOON`) and is rewritten in the wire's form,
`CITY, Aug 30 - `, at the start of the first body line; the sentence before it is the
headline line. A document without one gets `FIXED_DATE` and its first sentence as the
headline. The source is Reuters (CoNLL-2003 is drawn from the Reuters RCV1 corpus).

`OUT/gold.jsonl` has one object per file: `file` (relative to OUT), `entities` (every
distinct [type, surface] of the gold tags, PER->PERSON, ORG->ORG, LOC->PLACE; MISC left
out) and `body_entities` (those found in the body lines, leaving out the headline and
the dateline city, which dateline keeps out of the article body). Note that `dateline
run` over OUT also discovers gold.jsonl and quarantines it: it is not an article.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.corpora import cli_parser, decode_bytes, render_article, write_article

SOURCE = "Reuters"
FIXED_DATE = date(1996, 8, 22)
NOON = "12:00:00"
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'"}
_NO_SPACE_BEFORE |= {"'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
# How many sentences one quotation may run on for, at most, after the one it opens in.
_QUOTED_SENTENCES = 4
_DATELINE = re.compile(r"(?P<place>[^\d]{2,60}?),? (?P<date>(?:19|20)\d\d-\d\d-\d\d)")
_BARE_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_DATELINE_SEARCH = 3  # the dateline is the first, second or third sentence
Sentence = list[tuple[str, str]]  # (token, NER tag)


@dataclass
class Document:
    """One converted document: its file, text and gold entities."""

    relative: str
    text: str
    entities: set[tuple[str, str]] = field(default_factory=set)
    body_entities: set[tuple[str, str]] = field(default_factory=set)


def detokenize(tokens: Sequence[str]) -> str:
    """Tokens as running text: `U.S. , " quoted " ( x )` -> `U.S., "quoted" (x)`."""
    return _detokenize(tokens, open_quote=False)[0]


def _detokenize(tokens: Sequence[str], open_quote: bool) -> tuple[str, bool]:
    """The running text, and whether a quotation is still open at its end (`open_quote`:
    whether one was open at its start)."""
    out: list[str] = []
    glue_next = False
    for token in tokens:
        glue = glue_next or not out
        glue_next = False
        if token == '"':
            open_quote = not open_quote
            # An opening quote sticks to the next word, a closing one to the previous.
            glue, glue_next = (glue, True) if open_quote else (True, False)
        elif token in _NO_SPACE_BEFORE:
            glue = True
        if token in _NO_SPACE_AFTER:
            glue_next = True
        out.append(token if glue else " " + token)
    return "".join(out), open_quote


def _paragraphs(lines: list[str], quoted: list[bool]) -> list[str]:
    """One paragraph a sentence, as CoNLL has them, but a sentence that starts inside a
    quotation stays in the paragraph the quotation opened in (a quotation's marks pair
    within a paragraph in wire copy)."""
    paragraphs: list[str] = []
    for line, inside in zip(lines, quoted):
        if inside and paragraphs:
            # (a mark closing the sentence before opens this one's words: no space)
            space = "" if paragraphs[-1].endswith('"') else " "
            paragraphs[-1] = f"{paragraphs[-1]}{space}{line}"
        else:
            paragraphs.append(line)
    return paragraphs


def entities(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """The (type, surface) of each gold entity, IOB1 or IOB2 tags alike; MISC left out."""
    current: list[str] = []
    kind = ""
    for token, tag in [*sentence, ("", "O")]:
        prefix, _, label = tag.partition("-")
        if current and (prefix != "I" or label != kind):
            if kind in TYPES:
                yield TYPES[kind], detokenize(current)
            current = []
        if prefix in ("B", "I"):
            kind = label
            current.append(token)
    return


def read_documents(text: str) -> Iterator[list[Sentence]]:
    """The documents of a CoNLL file, each a list of sentences of (token, tag)."""
    document: list[Sentence] = []
    sentence: Sentence = []
    for line in [*text.splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            if document:
                yield document
            document = []
        elif parts:
            sentence.append((parts[0], parts[-1]))
        elif sentence:
            document.append(sentence)
            sentence = []
    if document:
        yield document


def _dateline(lines: Sequence[str]) -> tuple[int, int, str, date] | None:
    """Where the dateline sentence is (first, after last), its place and its date.

    A dateline with a period (`FARMINGTON HILLS , Mich .`) is split by the sentence
    splitter from its date: a bare date sentence is joined back to the one before it.
    """
    for index in range(min(_DATELINE_SEARCH, len(lines))):
        end = index + 1
        candidate = lines[index]
        if end < len(lines) and _BARE_DATE.fullmatch(lines[end]):
            candidate, end = f"{candidate} {lines[end]}", end + 1
        match = _DATELINE.fullmatch(candidate)
        if match:
            try:
                return index, end, match["place"].strip(), date.fromisoformat(match["date"])
            except ValueError:
                return None
    return None


def build_document(sentences: list[Sentence], relative_stem: str) -> Document:
    """One CoNLL document as a raw article; `relative_stem` is e.g. `testa-0001`."""
    # A quotation's marks pair across sentences, so the state runs on, but only as far as
    # a mark within the next few sentences closes it: one stray mark must not turn the
    # rest of the story inside out.
    marks = [sum(t == '"' for t, _ in sentence) % 2 for sentence in sentences]
    lines: list[str] = []
    quoted: list[bool] = []  # whether each sentence starts inside a quotation
    open_quote = False
    for number, sentence in enumerate(sentences):
        tokens = [t for t, _ in sentence]
        if open_quote and tokens[:1] == ['"']:
            # A quotation that runs on into a new paragraph opens it again (wire copy
            # leaves the paragraph before unclosed): this mark opens, it closes nothing.
            open_quote = False
        quoted.append(open_quote)
        line, open_quote = _detokenize(tokens, open_quote)
        lines.append(line)
        open_quote = open_quote and any(marks[number + 1 : number + 1 + _QUOTED_SENTENCES])
    found = _dateline(lines)
    if found:
        index, body_from, place, day = found
        title = " ".join(lines[:index]) or None
        body = _paragraphs(lines[body_from:], quoted[body_from:]) or [
            " ".join(lines[index:body_from])
        ]
        if body_from < len(lines):
            body[0] = f"{place}, {day:%b} {day.day} - {body[0]}"
    else:
        day = FIXED_DATE
        title, body_from = (lines[0], 1) if len(lines) > 1 else (None, 0)
        body = _paragraphs(lines[body_from:], quoted[body_from:])
    text = render_article(SOURCE, f"{day:%Y-%m-%d} {NOON}", body, title)
    document = Document(f"{day:%Y/%m/%d}/{relative_stem}.txt", text)
    for number, sentence in enumerate(sentences):
        found_here = set(entities(sentence))
        document.entities |= found_here
        if number >= body_from:
            document.body_entities |= found_here
    return document


def convert(src: Path, out: Path) -> list[Document]:
    """Convert one CoNLL file: write the articles and `OUT/gold.jsonl`."""
    if "testb" in src.name.lower():
        raise ValueError(f"{src.name} is the held-out CoNLL test split; use eng.testa")
    split = src.name.rsplit(".", 1)[-1]
    text = decode_bytes(src.read_bytes())
    documents = [
        build_document(sentences, f"{split}-{number:04d}")
        for number, sentences in enumerate(read_documents(text), start=1)
    ]
    out.mkdir(parents=True, exist_ok=True)
    for document in documents:
        write_article(out, document.relative, document.text)
    write_gold(out / "gold.jsonl", documents)
    return documents


def write_gold(path: Path, documents: Iterable[Document]) -> None:
    """One JSON object a line, entities sorted so the file is byte-for-byte reproducible."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for document in documents:
            record = {
                "file": document.relative,
                "entities": sorted(map(list, document.entities)),
                "body_entities": sorted(map(list, document.body_entities)),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli_parser(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    try:
        documents = convert(args.src, args.out)
    except ValueError as error:
        parser.error(str(error))
    print(f"conll2003: {len(documents)} documents written, gold in {args.out / 'gold.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
