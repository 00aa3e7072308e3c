"""Normalize stage: decoded text to the clean text every later stage reads.

Contract of `normalize_text`: LF line ends only; mojibake repaired by ftfy with typographic
quotes (“ ” ‘ ’) kept as written; Unicode NFC; invisible controls removed; runs of spaces,
tabs and no-break spaces inside a line collapsed to one space; no space at a line's ends.
Line structure is kept, because the parser reads the header and paragraphs by line. A
straight double quote standing for the apostrophe of a possessive (`Kuwait"s`, as some
agency systems wrote it) becomes an apostrophe: it would open a quotation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy
from ftfy import TextFixerConfig

# ftfy straightens curly quotes by default; the quote extractor and readers want them.
# Full-width characters are left alone: they are ordinary punctuation in Chinese copy.
FTFY_CONFIG = TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)


# ftfy costs about half a millisecond per story, so it runs only on the lines that
# show a sign of mojibake: a UTF-8 lead byte read as cp1252/Latin-1 followed by a
# continuation byte read the same way, a stray "Â" before a space, or an HTML entity.
_CP1252_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_HINT = re.compile(
    f"[\xc2-\xf4][{_CP1252_CONTINUATION}]|Â |&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
)

# The closing quote ” is E2 80 9D and 0x9D is unassigned in cp1252, so scrapers often drop
# it and leave a bare "â€", which ftfy would read as a dagger (E2 80 A0) eating the space.
# The byte is put back before ftfy runs, and any "â€\x9d" ftfy leaves becomes ”.
_LOST_CLOSING_QUOTE = re.compile(r"â€(?=[\s.,;:!?)]|$)")
_LEFTOVER_CLOSING_QUOTE = re.compile("â€\x9d")
# A no-break space (C2 A0) read as cp1252 is "Â" plus a space; on a line with no other
# mojibake ftfy keeps the "Â", but no word ends in "Â", so it is dropped here.
_STRAY_NBSP_LEAD = re.compile("Â(?=[\xa0 ])")
# The end mark ■ (E2 96 A0) read as cp1252 is "â–" plus a no-break space, which ftfy leaves
# alone at the end of a line because the space may already have been collapsed.
_END_MARK_MOJIBAKE = re.compile(r"â–[\xa0 ]?(?=[ \t]*$)", re.MULTILINE)

_POSSESSIVE_DOUBLE_QUOTE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')

# Controls and invisible characters a scraper leaves behind. The rest of the whitespace
# (tabs, no-break and other Unicode spaces) is what `str.split()` collapses below.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u200b\u2060\ufeff]")


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text and whether mojibake had to be repaired to get it."""

    text: str
    mojibake_repaired: bool


def normalize_text(text: str) -> NormalizedText:
    """Normalize decoded article text (see the module contract); never raises."""
    text = _unify_line_breaks(text)
    text, end_marks = _END_MARK_MOJIBAKE.subn("■", text) if "â–" in text else (text, 0)
    repaired = end_marks > 0
    if _may_hold_mojibake(text) and _MOJIBAKE_HINT.search(text):
        text, fixed_lines = _repair_mojibake(text)
        repaired = repaired or fixed_lines
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    if '"s' in text:
        text = _POSSESSIVE_DOUBLE_QUOTE.sub("'", text)
    # split() with no argument collapses every run of Unicode whitespace and trims the
    # ends, in C; it is several times faster than a regex over the whole text.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return NormalizedText("\n".join(lines), repaired)


def _may_hold_mojibake(text: str) -> bool:
    """A fast pre-check: mojibake needs a character in U+00C2..U+00F4 or an `&` entity.

    Those characters all encode with the lead byte C3, and a byte search is far cheaper
    than a regex scan, so English copy with curly quotes skips the scan entirely.
    """
    if text.isascii():
        return "&" in text
    return "&" in text or b"\xc3" in text.encode("utf-8", "surrogatepass")


def _unify_line_breaks(text: str) -> str:
    """CRLF, CR and the Unicode line/paragraph separators to LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


def _repair_mojibake(text: str) -> tuple[str, bool]:
    """Run ftfy on the lines that need it (ftfy decides line by line anyway); NFC the rest."""
    lines = unicodedata.normalize("NFC", text).split("\n")
    repaired = False
    for index, line in enumerate(lines):
        if _MOJIBAKE_HINT.search(line):
            fixed = ftfy.fix_text(_LOST_CLOSING_QUOTE.sub("â€\x9d", line), FTFY_CONFIG)
            fixed = _STRAY_NBSP_LEAD.sub("", _LEFTOVER_CLOSING_QUOTE.sub("”", fixed))
            repaired = repaired or fixed != line
            lines[index] = fixed
    return "\n".join(lines), repaired
