"""Wikinews articles scraped to CSV (`url,date,title,text`) to dateline's raw layout.

    python -m bench.corpora.wikinews SRC OUT [--frozen tests/gold/README.md]

SRC is a CSV file or a folder of them (`*.csv`, searched recursively), one Wikinews
article a row, as the public `vanatteveldt/wikinews` collection keeps the 2019 and 2020
articles: `text` holds the page's paragraphs separated by blank lines, often after the
date line (`Friday, January 4, 2019`). Each article becomes `OUT/<year>_<row>.txt` (the
CSV's data row, so names are stable for one copy of the files): the title, `Source:
Wikinews`, the date at noon (Wikinews gives no time), then one paragraph a line.

Left out: every article of a frozen test split (its address in a section of the gold
README whose heading names a test split), interviews (`... tells Wikinews`: questions and
answers, not reported speech), and drafts scraped before review. Wikinews text is CC BY
2.5 (attribution: "From Wikinews, the free news source").
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench.corpora import (
    WIKINEWS,
    WIKINEWS_DATE_LINE,
    clean_line,
    convert_main,
    frozen_wikinews_urls,
    render_article,
    wikinews_address,
    write_unfrozen,
)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Titles of Wikinews's own interviews and the notice on a page not yet reviewed.
_INTERVIEW = re.compile(
    r"\b(?:tells|talks? (?:to|with)|speaks? (?:to|with)|discuss\w* .* with|interviews?)\b"
    r".*\bWikinews\b|\bWikinews (?:interviews?|talks|speaks)\b|\binterview\b",
    re.IGNORECASE,
)
_DRAFT = "requires pre-publication review"
_TEST_PAGE = "TEST PAGE"  # the collection's last rows: pages made to try publishing
_CSV_FIELD_LIMIT = 10_000_000  # interviews run to 100k characters; the default is 131,072


def convert_row(row: dict[str, str], name: str) -> tuple[str, str, str] | None:
    """(address, file name, raw article text) of one CSV row; None for an interview, a
    draft, or a row without a date or a body."""
    title = clean_line(row.get("title", ""))
    text = row.get("text", "")
    date = row.get("date", "").strip()[:10]
    if _INTERVIEW.search(title) or _DRAFT in text or title.startswith(_TEST_PAGE):
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return None
    paragraphs = [clean_line(p) for p in _PARAGRAPH_BREAK.split(text)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and WIKINEWS_DATE_LINE.match(paragraphs[0]):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return None
    raw = render_article(WIKINEWS, f"{date} 12:00:00", paragraphs, title=title)
    return wikinews_address(row.get("url", "")), name, raw


def read_rows(src: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """(file name, row) for each data row of each CSV under SRC, in file then row order."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    paths = [src] if src.is_file() else sorted(src.rglob("*.csv"))
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                year = row.get("date", "")[:4] or path.stem
                yield f"{year}_{number:03d}.txt", row


def convert(src: Path, out: Path, frozen: set[str]) -> tuple[int, int]:
    """Convert every row under SRC but the frozen ones; the numbers written and skipped."""
    converted = (convert_row(row, name) for name, row in read_rows(src))
    return write_unfrozen(out, converted, frozen)


def main(argv: Sequence[str] | None = None) -> int:
    skipped = "frozen, interviews, drafts"
    return convert_main(argv, "wikinews", __doc__, convert, frozen_wikinews_urls, skipped)


if __name__ == "__main__":
    sys.exit(main())
