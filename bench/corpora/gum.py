"""GUM corpus news documents (Wikinews, `dep/GUM_news_*.conllu`) to dateline's raw layout.

    python -m bench.corpora.gum SRC OUT [--frozen tests/gold/README.md]

SRC is a folder of GUM CoNLL-U files (searched recursively for `GUM_news_*.conllu`). Each
document's `# meta::title`, `# meta::dateCreated` and `# text` lines make the article:
sentences are grouped into paragraphs by `# newpar`, and the headline block, figures and
their captions, and the date line Wikinews opens with are left out. Each becomes
`OUT/<name>.txt` (`GUM_news_nasa` -> `nasa.txt`): the title, `Source: Wikinews`, the date at
noon (Wikinews gives no time), then one paragraph a line.

The articles the frozen test split took from GUM (their Wikinews address in the rows of
the gold README's test table marked `GUM corpus`, which is the `# meta::sourceURL` GUM
records) are skipped.
Wikinews text is CC BY 2.5 (attribution: "From Wikinews, the free news source").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import unquote

from bench.corpora import clean_line, cli_parser, render_article, write_unfrozen

SOURCE = "Wikinews"
_WIKINEWS_URL = re.compile(r"https://en\.wikinews\.org/wiki/[^>\s|]+")
_DATE_LINE = re.compile(r"^(?:\w+day,\s+)?[A-Z][a-z]+ \d{1,2}\s*,\s*\d{4}$")
_SKIPPED_BLOCKS = ("head", "figure", "caption")
# The test table's rows taken from GUM end with their source; the development rows do not.
_FROZEN_ROW_END = "| GUM corpus (amir-zeldes/gum) |"
_BLOCK_SENTENCES = re.compile(r"\((\d+) s\)")


def frozen_urls(readme: Path) -> set[str]:
    """The Wikinews addresses of the frozen test split, decoded (none when no README)."""
    if not readme.exists():
        return set()
    rows = (line for line in readme.read_text().splitlines() if line.endswith(_FROZEN_ROW_END))
    return {unquote(url) for row in rows for url in _WIKINEWS_URL.findall(row)}


def convert_conllu(lines: Iterable[str]) -> tuple[str, str, str] | None:
    """(source URL, file name, raw article text) of one GUM document, None without a body."""
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    skip = 0  # sentences of a headline or figure block still to leave out
    for line in lines:
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key.strip()] = value.strip()
        elif line.startswith("# newdoc id = "):
            meta["id"] = line.split(" = ", 1)[1].strip()
        elif line.startswith("# newpar_block = "):
            block = line.split(" = ", 1)[1]
            paragraphs.append([])
            # `figure (1 s) | caption (1 s)`: the block's own sentences are its first
            # count; sentences after them that open no paragraph of their own are text.
            count = _BLOCK_SENTENCES.search(block)
            skip = int(count.group(1)) if block.startswith(_SKIPPED_BLOCKS) and count else 0
        elif line.startswith("# text = ") and paragraphs:
            if skip:
                skip -= 1
                if not skip:
                    paragraphs.append([])
                continue
            sentence = clean_line(line[len("# text = ") :])
            if any(paragraphs) or not _DATE_LINE.match(sentence):  # Wikinews' date line
                paragraphs[-1].append(sentence)
    body = [" ".join(p) for p in paragraphs if p]
    name = meta.get("id", "").removeprefix("GUM_news_")
    date = meta.get("dateCreated", "")[:10]
    if not (name and date and body):
        return None
    text = render_article(SOURCE, f"{date} 12:00:00", body, title=clean_line(meta.get("title", "")))
    return unquote(meta.get("sourceURL", "")), f"{name}.txt", text


def convert(src: Path, out: Path, frozen: set[str]) -> tuple[int, int]:
    """Convert every GUM news document under SRC but the frozen ones; written, skipped."""
    paths = sorted(src.rglob("GUM_news_*.conllu"))
    converted = (convert_conllu(p.read_text(encoding="utf-8").splitlines()) for p in paths)
    return write_unfrozen(out, converted, frozen)


def main(argv: Sequence[str] | None = None) -> int:
    args = cli_parser(__doc__.splitlines()[0], frozen=True).parse_args(argv)
    written, skipped = convert(args.src, args.out, frozen_urls(args.frozen))
    print(f"gum: {written} articles written, {skipped} skipped (frozen, repeated or empty)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
