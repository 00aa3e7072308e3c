"""Reuters-21578 (`reut2-*.sgm`) to dateline's raw layout: `OUT/YYYY/MM/DD/<NEWID>.txt`.

    python -m bench.corpora.reuters21578 /work/corpora/reuters21578 /work/corpora/raw/reuters
    python -m bench.corpora.reuters21578 SRC OUT --shift-years 28

Each `<REUTERS>` becomes one file: its `<TITLE>` as the headline line, `Source: Reuters`
and its `<DATE>` (the wire's timestamp, to the second), then the `<BODY>` one paragraph a
line, the first opening with the `<DATELINE>` as written (`SALVADOR, Feb 26 - ...`).
`TYPE="UNPROC"` texts (tables without TITLE/BODY markup) keep their first line as the
headline. `TYPE="BRIEF"` texts are a headline only and are skipped, as are empty ones.

The stories are from 1987, before dateline's earliest plausible publication (1990):
with their real dates every file is refused as `implausible_date`. `--shift-years 28`
moves them to 2015, whose calendar is 1987's (same weekdays, no 29 February either), so
"on Thursday" still falls where the story meant it.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.corpora import clean_line, cli_parser, decode_bytes, render_article, write_article

SOURCE = "Reuters"
_DOC = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_TYPE = re.compile(r'<TEXT\b[^>]*TYPE="([A-Z]+)"')
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})")
_TAG = re.compile(r"<[^>]+>")
# A paragraph opens on a line indented by spaces; wrapped lines start at column 0.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]+")
_SIGN_OFF = re.compile(r"reuters?", re.I)  # the "Reuter" closing each story, not text
# ... or the sign-off run onto the last line, after the final sentence ("1986. REUTER").
_TRAILING_SIGN_OFF = re.compile(r'(?<=[.!?"])\s+reuters?$', re.I)


@dataclass(frozen=True)
class Story:
    """One converted Reuters story: where it goes and what it says."""

    relative: str
    text: str


def _element(name: str, doc: str) -> str | None:
    match = re.search(rf"<{name}>(.*?)</{name}>", doc, re.S)
    return match[1] if match else None


def _stamp(raw: str | None, shift_years: int) -> datetime | None:
    """The `<DATE>` as a datetime; an impossible time of day (`605:12:19`) is dropped."""
    match = _DATE.search(raw or "")
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        date = datetime.strptime(f"{day}-{month.title()}-{year}", "%d-%b-%Y")
        date = date.replace(year=date.year + shift_years)
    except ValueError:
        return None
    if int(hour) < 24 and int(minute) < 60 and int(second) < 60:
        date = date.replace(hour=int(hour), minute=int(minute), second=int(second))
    return date


def _paragraphs(raw: str) -> list[str]:
    """Body paragraphs, each unwrapped onto one line, the sign-off dropped."""
    text = html.unescape(_TAG.sub("", raw))
    paragraphs = [clean_line(chunk) for chunk in _PARAGRAPH_BREAK.split(text)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and _SIGN_OFF.fullmatch(paragraphs[-1]):
        paragraphs.pop()
    if paragraphs:
        paragraphs[-1] = _TRAILING_SIGN_OFF.sub("", paragraphs[-1])
    return [p for p in paragraphs if p]


def parse_story(attributes: str, doc: str, shift_years: int = 0) -> Story | None:
    """One `<REUTERS>` element as a raw article, or None when it has no body to speak of."""
    newid = _NEWID.search(attributes)
    kind = _TYPE.search(doc)
    stamp = _stamp(_element("DATE", doc), shift_years)
    if not newid or stamp is None or (kind and kind[1] == "BRIEF"):
        return None
    title = _element("TITLE", doc)
    body = _element("BODY", doc)
    if kind and kind[1] == "UNPROC":
        lines = _paragraphs(_element("TEXT", doc) or "")
        title, paragraphs = (lines[0], lines[1:]) if len(lines) > 1 else (None, lines)
    else:
        paragraphs = _paragraphs(body or "")
        dateline = clean_line(html.unescape(_element("DATELINE", doc) or ""))
        if paragraphs and dateline:
            paragraphs[0] = f"{dateline} {paragraphs[0]}"
    if not paragraphs:
        return None
    title = clean_line(html.unescape(title)) if title else None
    text = render_article(SOURCE, f"{stamp:%Y-%m-%d %H:%M:%S}", paragraphs, title or None)
    return Story(f"{stamp:%Y/%m/%d}/{newid[1]}.txt", text)


def iter_stories(sgml: str, shift_years: int = 0) -> Iterator[Story | None]:
    """Every `<REUTERS>` element of one SGML file, None for those skipped."""
    for match in _DOC.finditer(sgml):
        yield parse_story(match[1], match[2], shift_years)


def convert(src: Path, out: Path, shift_years: int = 0) -> Counter[str]:
    """Convert one `.sgm` file or every `reut2-*.sgm` in a folder; counts written/skipped."""
    files = sorted(src.glob("reut2-*.sgm")) if src.is_dir() else [src]
    counts: Counter[str] = Counter()
    for path in files:
        for story in iter_stories(decode_bytes(path.read_bytes()), shift_years):
            if story is None:
                counts["skipped"] += 1
            else:
                write_article(out, story.relative, story.text)
                counts["written"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--shift-years",
        type=int,
        default=0,
        help="add this many years to every date (28 keeps the weekdays; 0 = real dates)",
    )
    args = parser.parse_args(argv)
    counts = convert(args.src, args.out, args.shift_years)
    print(f"reuters21578: {counts['written']} articles written, {counts['skipped']} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
