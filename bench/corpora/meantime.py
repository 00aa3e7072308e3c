"""MEANTIME Wikinews (SemEval-2015 Task 4 TimeML files) to dateline's raw layout.

    python -m bench.corpora.meantime SRC OUT [--frozen tests/gold/README.md]

SRC is a folder of TimeML files (`<docid>_<title>.tml`, searched recursively), each a
Wikinews article as tokenized sentences: `<DCT>` holds its date, `<EXTRAINFO>` its title,
`<TEXT>` one `<s>` per sentence, the first two being the title and the date line. Each
becomes `OUT/<docid>.txt`: the title, `Source: Wikinews`, the date at noon (Wikinews gives
no time), then one sentence a line, detokenized; sentences inside one quotation stay on
one line, so a quotation is one paragraph as the wire would write it.

The articles the frozen test split took from this corpus (`MEANTIME (doc N)` in the gold
README's table) are skipped, so a development set made with this never holds one of them.
Wikinews text is CC BY 2.5 (attribution: "From Wikinews, the free news source").
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from bench.corpora import WIKINEWS, clean_line, convert_main, render_article, write_unfrozen

_FROZEN_DOC = re.compile(r"MEANTIME \(doc (\d+)\)")
_DATE_LINE = re.compile(r"^[A-Z][a-z]+ \d{1,2} , \d{4}$|^\w+day , [A-Z][a-z]+ \d{1,2} , \d{4}$")
# Tokenizer undoing, in order: quotation marks (`` and '' are unambiguous), clitics split off
# by the Penn tokenizer, no space before closing punctuation or after an opening one or a
# currency sign.
_UNDO = (
    (re.compile(r"`` ?"), '"'),
    (re.compile(r" ?''"), '"'),
    (re.compile(r"(\w) ?' ?(s|re|ve|ll|d|m|t)\b"), r"\1'\2"),
    (re.compile(r" (n't)\b", re.IGNORECASE), r"\1"),
    (re.compile(r" ([,.;:!?%)\]])"), r"\1"),
    (re.compile(r"([(\[$]) "), r"\1"),
)


def detokenize(sentence: str) -> str:
    """A tokenized sentence as it was written: ``` Yes , '' he said .` -> `"Yes," he said.`"""
    text = clean_line(sentence)
    for pattern, replacement in _UNDO:
        text = pattern.sub(replacement, text)
    return text


def close_quotes(paragraph: str) -> str:
    """Plain `"` tokens joined to the words they enclose, by turns: `" Yes , "` -> `"Yes,"`."""
    parts = paragraph.split('"')
    for i in range(1, len(parts)):
        # parts[i] follows the i-th mark: an odd one opens, an even one closes.
        if i % 2:
            parts[i] = parts[i].lstrip(" ")
        else:
            parts[i - 1] = parts[i - 1].rstrip(" ")
    return '"'.join(parts)


def frozen_doc_ids(readme: Path) -> set[str]:
    """The MEANTIME document numbers the frozen test split took (none when no README)."""
    return set(_FROZEN_DOC.findall(readme.read_text())) if readme.exists() else set()


def convert_timeml(xml_text: str) -> tuple[str, str] | None:
    """(document number, raw article text) of one TimeML file, None when it has no body."""
    root = ET.fromstring(xml_text)
    doc_id = (root.findtext("DOCID") or "").strip()
    title = clean_line(root.findtext("EXTRAINFO") or "")
    date = (root.find("DCT/TIMEX3").get("value") or "")[:10]
    sentences = [clean_line("".join(s.itertext())) for s in root.iter("s")]
    sentences = [s for s in sentences if s]
    if sentences and sentences[0] == title:
        sentences = sentences[1:]
    if sentences and _DATE_LINE.match(sentences[0]):
        sentences = sentences[1:]
    paragraphs = [close_quotes(p) for p in _join_quotations([detokenize(s) for s in sentences])]
    if not (doc_id and date and paragraphs):
        return None
    return doc_id, render_article(WIKINEWS, f"{date} 12:00:00", paragraphs, title=detokenize(title))


def _join_quotations(sentences: list[str]) -> list[str]:
    """Sentences joined while a quotation opened in one is still open (odd count of `"`)."""
    paragraphs: list[str] = []
    open_quote = False
    for sentence in sentences:
        if open_quote:
            paragraphs[-1] += " " + sentence
        else:
            paragraphs.append(sentence)
        open_quote ^= sentence.count('"') % 2 == 1
    return paragraphs


def convert(src: Path, out: Path, frozen: set[str]) -> tuple[int, int]:
    """Convert every TimeML file under SRC but the frozen ones; the numbers written and skipped."""

    def converted():
        for path in sorted(src.rglob("*.tml")):
            item = convert_timeml(path.read_text(encoding="utf-8"))
            yield None if item is None else (item[0], f"{item[0]}.txt", item[1])

    return write_unfrozen(out, converted(), frozen)


def main(argv: Sequence[str] | None = None) -> int:
    return convert_main(argv, "meantime", __doc__, convert, frozen_doc_ids)


if __name__ == "__main__":
    sys.exit(main())
