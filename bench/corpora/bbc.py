"""BBC News (Greene & Cunningham, 2,225 stories of 2004-05) to dateline's raw layout.

    python -m bench.corpora.bbc /work/corpora/bbc /work/corpora/raw/bbc

SRC is the corpus folder, `bbc/<category>/NNN.txt` (business, entertainment, politics,
sport, tech), each file a headline line then paragraphs separated by blank lines, in
latin-1. Each becomes `OUT/<category>/<NNN>.txt`: the headline line, `Source: BBC`, a
timestamp, and one paragraph a line. The stories carry no date or dateline, so every
file gets the same fixed timestamp, `FIXED_TIME` (mid-2005, inside the corpus's span);
relative dates ("on Tuesday") then resolve against that day, not the real one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.corpora import clean_line, cli_parser, decode_bytes, render_article, write_article

SOURCE = "BBC"
FIXED_TIME = "2005-06-01 12:00:00"
_BLANK_LINES = re.compile(r"\n\s*\n")


def convert_text(text: str) -> str | None:
    """One BBC story file's text as a raw article, or None when it has no body."""
    chunks = [clean_line(chunk) for chunk in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    chunks = [chunk for chunk in chunks if chunk]
    if len(chunks) < 2:
        return None
    # The first chunk is the headline; a headline wrapped onto two lines is one chunk.
    return render_article(SOURCE, FIXED_TIME, chunks[1:], title=chunks[0])


def story_files(src: Path) -> list[Path]:
    """The story files under SRC (`<category>/NNN.txt`), the corpus README left out."""
    if src.is_file():
        return [src]
    return sorted(p for p in src.rglob("*.txt") if p.stem.isdigit())


def convert(src: Path, out: Path) -> tuple[int, int]:
    """Convert every story under SRC; the numbers written and skipped."""
    written = skipped = 0
    for path in story_files(src):
        text = convert_text(decode_bytes(path.read_bytes()))
        if text is None:
            skipped += 1
            continue
        write_article(out, f"{path.parent.name}/{path.name}", text)
        written += 1
    return written, skipped


def main(argv: Sequence[str] | None = None) -> int:
    args = cli_parser(__doc__.splitlines()[0]).parse_args(argv)
    written, skipped = convert(args.src, args.out)
    print(f"bbc: {written} articles written, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
