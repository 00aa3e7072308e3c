"""Converters from research corpora to dateline's raw layout, for local development runs.

Each module is a command line, run from the repository root:

    python -m bench.corpora.reuters21578 SRC OUT   # reut2-*.sgm files (Reuters-21578)
    python -m bench.corpora.bbc SRC OUT            # bbc/<category>/NNN.txt (BBC News, 2004-05)
    python -m bench.corpora.conll2003 SRC OUT      # eng.train / eng.testa, plus OUT/gold.jsonl
    python -m bench.corpora.meantime SRC OUT       # MEANTIME Wikinews TimeML, test docs skipped
    python -m bench.corpora.gum SRC OUT            # GUM news (Wikinews) CoNLL-U, test docs skipped
    python -m bench.corpora.wikinews SRC OUT       # Wikinews scraped to CSV, test docs skipped

Reuters-21578, BBC News and CoNLL-2003 are research-only: keep them and everything
converted from them outside the repository (e.g. under /work/corpora/). Nothing here ships
corpus text; the tests use snippets written by hand in the corpus formats. Wikinews text
(MEANTIME, GUM, the CSV scrapes) is CC BY 2.5: the gold set carries some of it, with attribution.

A converted article is what a scraper would have saved: an optional headline line, the
header (`Source:` and a `YYYY-MM-DD HH:MM:SS` local time), then one paragraph per line,
the dateline kept at the start of the first paragraph as the wire wrote it.
"""

from __future__ import annotations

import argparse
import codecs
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from urllib.parse import unquote

# The gold README: its test sections list the articles the Wikinews converters never write.
GOLD_README = Path(__file__).resolve().parents[2] / "tests" / "gold" / "README.md"
WIKINEWS = "Wikinews"  # the `Source:` of every Wikinews article
# The date line a Wikinews article opens with (`Friday, January 4, 2019`).
WIKINEWS_DATE_LINE = re.compile(r"^(?:\w+day,\s+)?[A-Z][a-z]+ \d{1,2}\s*,\s*\d{4}$")
_WIKINEWS_URL = re.compile(r"https://en\.wikinews\.org/+wiki/[^>\s|]+")
_WHITESPACE = re.compile(r"\s+")
# Control characters other than tab/newline: Reuters-21578 frames its texts with &#2;/&#3;
# and carries &#5;, &#22;, &#31; in transmission headers; none of them belong in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Map the five bytes cp1252 leaves undefined (0x81, 0x8d...) as latin-1 does."""
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error("dateline-latin1", _latin1_fallback)


def decode_bytes(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else cp1252 (a superset of latin-1's printables).

    The corpora predate UTF-8 in places: Reuters-21578 has a few stray high bytes and the
    BBC files are latin-1 (the pound sign is 0xA3); cp1252 decodes both and also gives the
    curly quotes of Windows-made files their intended characters.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="dateline-latin1")


def clean_line(text: str) -> str:
    """One paragraph on one line: control characters dropped, whitespace runs made one space."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()


def render_article(
    source: str, local_time: str, paragraphs: Sequence[str], title: str | None = None
) -> str:
    """The raw file text: optional headline, `Source:`, timestamp, one paragraph a line."""
    lines = [title] if title else []
    lines += [f"Source: {source}", local_time, *paragraphs]
    return "\n".join(lines) + "\n"


def write_article(out: Path, relative: str, text: str) -> Path:
    """Write one article as UTF-8 under `out` (folders made as needed) and return its path."""
    path = out / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def cli_parser(description: str, frozen: bool = False) -> argparse.ArgumentParser:
    """A parser with the SRC and OUT arguments every converter takes, and `--frozen` (the
    gold README whose test table lists the articles never to write) when asked."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("src", type=Path, help="the corpus file or folder")
    parser.add_argument("out", type=Path, help="the folder to write the raw articles to")
    if frozen:
        parser.add_argument("--frozen", type=Path, default=GOLD_README, help="gold README")
    return parser


def write_unfrozen(
    out: Path, converted: Iterable[tuple[str, str, str] | None], frozen: set[str]
) -> tuple[int, int]:
    """Write each (key, file name, text) whose key the frozen test split does not hold and
    whose file name is new; the numbers written and skipped (frozen, repeated or empty)."""
    written = skipped = 0
    seen: set[str] = set()
    for item in converted:
        if item is None or item[0] in frozen or item[1] in seen:
            skipped += 1
            continue
        seen.add(item[1])
        write_article(out, item[1], item[2])
        written += 1
    return written, skipped


def wikinews_address(url: str) -> str:
    """An article's address, decoded, with the doubled slash some scrapers write made one."""
    return unquote(re.sub(r"\.org/+wiki/", ".org/wiki/", url.strip()))


def frozen_wikinews_urls(readme: Path) -> set[str]:
    """The Wikinews addresses in the gold README's sections whose heading names a test
    split (none when there is no README)."""
    if not readme.exists():
        return set()
    sections = readme.read_text().split("\n## ")
    frozen = [s for s in sections if "test split" in s.partition("\n")[0].lower()]
    return {wikinews_address(url) for s in frozen for url in _WIKINEWS_URL.findall(s)}


def convert_main(
    argv: Sequence[str] | None,
    name: str,
    doc: str,
    convert: Callable[[Path, Path, set[str]], tuple[int, int]],
    frozen_keys: Callable[[Path], set[str]],
    skipped: str = "frozen, repeated or empty",
) -> int:
    """The command line of a converter that skips frozen articles: parse SRC, OUT and
    `--frozen`, convert, print what was written and skipped."""
    args = cli_parser(doc.splitlines()[0], frozen=True).parse_args(argv)
    written, left_out = convert(args.src, args.out, frozen_keys(args.frozen))
    print(f"{name}: {written} articles written, {left_out} skipped ({skipped})")
    return 0
