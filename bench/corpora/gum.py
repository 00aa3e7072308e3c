"""GUM and AMALGUM news documents (Wikinews CoNLL-U) to dateline's raw layout.

    python -m bench.corpora.gum SRC OUT [--frozen tests/gold/README.md]

SRC is a folder of CoNLL-U files, searched recursively for GUM's `GUM_news_*.conllu` and
AMALGUM's `AMALGUM_news_*.conllu` (AMALGUM is GUM's larger, machine-annotated companion
over other Wikinews articles; the same comment lines carry the text). Each document's `#
meta::title`, `# meta::dateCreated` and `# text` lines make the article: sentences are
grouped into paragraphs by `# newpar_block` (GUM) or `# newpar` (AMALGUM), and the headline
block, figures and their captions, and the date line Wikinews opens with are left out.
Each becomes `OUT/<name>.txt` (`GUM_news_nasa` -> `nasa.txt`, `AMALGUM_news_aid` ->
`am_aid.txt`): the title, `Source: Wikinews`, the date at noon (Wikinews gives no time),
then one paragraph a line.

The articles of a frozen test split are skipped: their Wikinews address (the `#
meta::sourceURL` GUM records) is in a test section of the gold README.
Wikinews text is CC BY 2.5 (attribution: "From Wikinews, the free news source").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
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

_SKIPPED_BLOCKS = ("head", "figure", "caption")
_PARAGRAPH_MARKS = ("# newpar_block = ", "# newpar = ")
_PREFIXES = {"GUM_news_": "", "AMALGUM_news_": "am_"}  # document id prefix -> file name prefix
_BLOCK_SENTENCES = re.compile(r"\((\d+) s\)")


def convert_conllu(lines: Iterable[str]) -> tuple[str, str, str] | None:
    """(source URL, file name, raw article text) of one GUM document, None without a body."""
    meta: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    lines = _marks_first(lines)
    skip = 0  # sentences of a headline or figure block still to leave out
    for line in lines:
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::") :].partition(" = ")
            meta[key.strip()] = value.strip()
        elif line.startswith("# newdoc id = "):
            meta["id"] = line.split(" = ", 1)[1].strip()
        elif line.startswith(_PARAGRAPH_MARKS):
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
            if any(paragraphs) or not WIKINEWS_DATE_LINE.match(sentence):  # Wikinews' date line
                paragraphs[-1].append(sentence)
    body = [" ".join(p) for p in paragraphs if p]
    doc_id = meta.get("id", "")
    prefix = next((p for p in _PREFIXES if doc_id.startswith(p)), "")
    name = f"{_PREFIXES[prefix]}{doc_id.removeprefix(prefix)}" if prefix else doc_id
    date = meta.get("dateCreated", "")[:10]
    if not (name and date and body):
        return None
    text = render_article(
        WIKINEWS, f"{date} 12:00:00", body, title=clean_line(meta.get("title", ""))
    )
    return wikinews_address(meta.get("sourceURL", "")), f"{name}.txt", text


def _marks_first(lines: Iterable[str]) -> list[str]:
    """The lines with each AMALGUM `# newpar =` moved before the `# text` it follows (the
    sentence that opens the block), where GUM's `# newpar_block` already stands."""
    ordered: list[str] = []
    for line in lines:
        if line.startswith("# newpar = ") and ordered and ordered[-1].startswith("# text = "):
            ordered.insert(len(ordered) - 1, line)
        else:
            ordered.append(line)
    return ordered


def convert(src: Path, out: Path, frozen: set[str]) -> tuple[int, int]:
    """Convert every news document under SRC but the frozen ones; written, skipped."""
    paths = sorted(path for prefix in _PREFIXES for path in src.rglob(f"{prefix}*.conllu"))
    converted = (convert_conllu(p.read_text(encoding="utf-8").splitlines()) for p in paths)
    return write_unfrozen(out, converted, frozen)


def main(argv: Sequence[str] | None = None) -> int:
    return convert_main(argv, "gum", __doc__, convert, frozen_wikinews_urls)


if __name__ == "__main__":
    sys.exit(main())
