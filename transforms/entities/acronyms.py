"""Acronyms defined in the text: `The World Internet Conference (WIC)` -> WIC.

This is the Schwartz & Hearst algorithm ("A simple algorithm for identifying abbreviation
definitions in biomedical text", PSB 2003): a short form in parentheses is matched,
character by character from its end, against the words before the parenthesis; the first
character of the short form must start a word. The reverse order `WIC (World Internet
Conference)` is handled the same way. It is written out here rather than taken from a
package because it is a few dozen lines: scispaCy's detector needs a Doc and spaCy's Matcher
(the rules-only profile has no Doc and must do thousands of articles a second) and pulls
in a biomedical stack; the small standalone packages are unmaintained.

Wire copy tightens two of the paper's tests: a short form holds at least two capitals
(`(WIC)`, `(COP28)`, not `(Hebei)` or `(right)`), and a long form starts with a capital
(so `the secretary-general (SG)` is not read as a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.entities.vocabulary import COMPANY_ENDINGS

_PARENTHESIS = re.compile(r"\(([^()\n]{1,80})\)")
_SHORT_FORM = re.compile(r"[A-Za-z0-9][\w&./-]{1,9}")
_CLAUSE_END = re.compile(r"[.;:!?\"“”](?:\s|$)|\n|--")
_WORD = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w&./-]{1,9})\s*$")
# `CENTR, the Council of European National Top Level Domain Registries, agrees`: a short
# form and its long form set off by commas, the whole long form spelling the short one.
_APPOSED = re.compile(
    r"(?<![\w.&-])(?P<short>[A-Z][A-Za-z0-9&]{1,9}),\s+the\s+"
    r"(?P<long>[A-Z][^,;:()\n\"“”]{3,80}?)(?=,)"
)
# A short form written as a word with one capital: `(Escom)`, `(Petrobras)`.
_SYLLABIC = re.compile(r"[A-Z][a-z]{3,11}")
_SYLLABIC_WORDS = 5
_LAST_WORD_NAME_WORDS = 3  # a name whose last word stands for it has this many at least


@dataclass(frozen=True, slots=True)
class AcronymDefinition:
    """One definition: the long form and the short form with their offsets in the text."""

    long_form: str
    short_form: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int


def find_definitions(text: str) -> list[AcronymDefinition]:
    """Every `long form (SHORT)`, `SHORT (long form)` and `SHORT, the long form,` in the
    text, in order."""
    found = []
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1).strip()
        inner_start = match.start(1) + match.group(1).index(inner)
        if _is_short_form(inner):
            definition = _long_form_before(text, match.start(), inner, inner_start)
        elif _SYLLABIC.fullmatch(inner):
            definition = _last_word_long_form(
                text, match.start(), inner, inner_start
            ) or _syllabic_long_form(text, match.start(), inner, inner_start)
        else:
            definition = _short_form_before(text, match.start(), inner, inner_start)
        if definition is not None:
            found.append(definition)
    for match in _APPOSED.finditer(text):
        short, long = match.group("short"), match.group("long")
        if _is_short_form(short) and best_long_form(short, long) == long:
            found.append(AcronymDefinition(long, short, *match.span("long"), *match.span("short")))
    return sorted(found, key=lambda definition: definition.short_start)


def _is_short_form(candidate: str) -> bool:
    capitals = sum(ch.isupper() for ch in candidate)
    return capitals >= 2 and _SHORT_FORM.fullmatch(candidate) is not None


def _long_form_before(
    text: str, paren: int, short: str, short_start: int
) -> AcronymDefinition | None:
    """`The World Internet Conference (WIC)`: look back at most min(|A|+5, 2|A|) words."""
    window_start = max(0, paren - 300)
    ends = list(_CLAUSE_END.finditer(text, window_start, paren))
    if ends:
        window_start = ends[-1].end()
    limit = min(len(short) + 5, 2 * len(short))
    words = list(_WORD.finditer(text, window_start, paren))[-limit:]
    long = best_long_form(short, " ".join(word.group() for word in words))
    if long is None or not long[0].isupper():
        return None
    taken = len(long.split())
    # `National Institute of Agricultural Technology (INTA)`: the letters spell a shorter
    # tail, but a short form has as many capitals as its long form has capitalized words.
    capitals = sum(ch.isupper() for ch in short)
    while taken < len(words) and _capitalized(words[-taken:]) < capitals:
        before = words[-taken - 1].group()
        if not before[:1].isupper() or before in ("The", "A", "An"):
            break
        taken += 1
    if taken > 1 and _capitalized(words[-taken:]) == 1:
        return None  # `Internet service provider (ISP) Plus.net`: a term, no name
    first = words[-taken]
    short_end = short_start + len(short)
    long_end = words[-1].end()
    return AcronymDefinition(
        text[first.start() : long_end], short, first.start(), long_end, short_start, short_end
    )


def _words_before(text: str, paren: int) -> list[re.Match[str]]:
    """The last words of the clause before a parenthesis, at most `_SYLLABIC_WORDS`."""
    window_start = max(0, paren - 120)
    ends = list(_CLAUSE_END.finditer(text, window_start, paren))
    if ends:
        window_start = ends[-1].end()
    return list(_WORD.finditer(text, window_start, paren))[-_SYLLABIC_WORDS:]


def _last_word_long_form(
    text: str, paren: int, short: str, short_start: int
) -> AcronymDefinition | None:
    """`World Wonder Ring Stardom (Stardom)`: the name's last word is its short form, for
    a name of `_LAST_WORD_NAME_WORDS` capitalized words or more (not `US Luxembourg
    (Luxembourg) 0`, a results line's club and its country)."""
    words = _words_before(text, paren)
    if not words or words[-1].group() != short:
        return None
    run = 1
    while run < len(words) and words[-run - 1].group()[:1].isupper():
        run += 1
    if run < _LAST_WORD_NAME_WORDS:
        return None
    first, last = words[-run], words[-1]
    return AcronymDefinition(
        text[first.start() : last.end()], short, first.start(), last.end(),
        short_start, short_start + len(short),
    )  # fmt: skip


def _syllabic_long_form(
    text: str, paren: int, short: str, short_start: int
) -> AcronymDefinition | None:
    """`Electricity Supply Commission (Escom)`, `Petroleo Brasileiro SA (Petrobras)`: a
    short form written as a word, the beginnings of each capitalized word of the name run
    together (a company's suffix may stay out). Schwartz & Hearst's letter-by-letter match
    would take any word holding those letters, so here each word must give its first
    letters, and two words at least."""
    words = _words_before(text, paren)
    for taken in range(2, len(words) + 1):
        name = [word.group() for word in words[-taken:]]
        if not name[0][:1].isupper():
            break
        capitalized = [w for w in name if w[:1].isupper()]
        if len(capitalized) < 2 or not _runs_together(short.lower(), name):
            continue
        first, last = words[-taken], words[-1]
        return AcronymDefinition(
            text[first.start() : last.end()], short, first.start(), last.end(),
            short_start, short_start + len(short),
        )  # fmt: skip
    return None


def _runs_together(short: str, words: list[str]) -> bool:
    """Whether `short` is the words' beginnings in order: one letter at least of each
    capitalized word, none or some of a linking word (`of`, `de`), the suffix of a
    company's name (`SA`, `Corp`) given or left out."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    lower = word.lower()
    optional = not word[:1].isupper() or (not rest and word in COMPANY_ENDINGS)
    if optional and _runs_together(short, rest):
        return True
    return any(
        short.startswith(lower[:n]) and _runs_together(short[n:], rest)
        for n in range(1, min(len(lower), len(short)) + 1)
    )


def _capitalized(words: list[re.Match]) -> int:
    return sum(word.group()[:1].isupper() for word in words)


def _short_form_before(
    text: str, paren: int, inner: str, inner_start: int
) -> AcronymDefinition | None:
    """`WIC (World Internet Conference)`: the whole parenthesis must spell the short form."""
    word = _WORD_BEFORE.search(text, max(0, paren - 12), paren)
    if word is None or not _is_short_form(word.group(1)):
        return None
    short = word.group(1)
    long = best_long_form(short, inner)
    if long != inner or not long[0].isupper():
        return None
    inner_end = inner_start + len(inner)
    return AcronymDefinition(inner, short, inner_start, inner_end, word.start(1), word.end(1))


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` whose characters spell `short` (Schwartz & Hearst).

    Walk both strings from the end; each letter or digit of the short form must be found
    further left in the candidate, and the first one must begin a word.
    """
    s_index, l_index = len(short) - 1, len(candidate) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != char
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long = candidate[start:]
    if len(long) <= len(short) or short.casefold() in long.casefold().split():
        return None
    return long
