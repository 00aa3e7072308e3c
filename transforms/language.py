"""Language of an article body, as an ISO 639-1 code (`en`, `fr`, `es`, ...).

lingua decides, restricted to the languages wire services publish in (fewer candidates,
fewer false friends) and in low-accuracy mode on a sample of the opening paragraphs, which
in news copy are always in the story's language. Even so it costs more than the rest of
parsing together, so English copy (most of the wire) is recognised
first by its function words: in English news prose `the`, `of`, `and`, `said`... make up
a fifth to a third of the words, and words such as `le`, `el`, `der`, `di` none. Only text
where that count is overwhelming takes the shortcut; everything else goes to lingua.

Fallback: text with fewer than MIN_LETTERS letters, or that lingua cannot place, gets
FALLBACK_LANGUAGE (`en`, the language of most of the wire), because the contract column is
an ISO 639-1 code and never NULL.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages of the major wire services (Xinhua, AFP, Reuters, EFE, dpa, ANSA, TASS...).
WIRE_LANGUAGES = (
    Language.ENGLISH,
    Language.FRENCH,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.GERMAN,
    Language.ITALIAN,
    Language.RUSSIAN,
    Language.ARABIC,
    Language.CHINESE,
    Language.JAPANESE,
    Language.KOREAN,
    Language.TURKISH,
)
FALLBACK_LANGUAGE = "en"
MIN_LETTERS = 20
# Characters lingua reads from the start of the body: enough for a confident call on
# prose; its cost grows with the length.
SAMPLE_CHARS = 160
# Characters scanned for function words, and how dominant English ones must be.
FUNCTION_WORD_CHARS = 400
MIN_ENGLISH_SHARE = 0.15
MIN_ENGLISH_TO_OTHER = 5

_ENGLISH_FUNCTION_WORDS = frozenset((
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "said", "by",
    "at", "from", "has", "have", "will", "its", "their", "it", "be", "are", "were", "this",
    "which", "as", "an",
))  # fmt: skip
# Function words of the other Latin-script wire languages that English never uses.
_OTHER_FUNCTION_WORDS = frozenset((
    "le", "la", "les", "des", "du", "et", "est", "une", "au", "aux", "dans", "pour", "sur",
    "qui", "que", "el", "los", "las", "del", "y", "por", "con", "una", "se", "es", "o", "os",
    "do", "da", "dos", "das", "em", "um", "uma", "não", "com", "der", "die", "und", "ist",
    "ein", "eine", "mit", "den", "dem", "von", "zu", "nicht", "sich", "il", "di", "che",
    "della", "per", "gli", "ve", "bir", "bu", "için", "ile",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


@cache
def wire_language_detector() -> LanguageDetector:
    """The detector, built once per process and reused (building it loads its models)."""
    return LanguageDetectorBuilder.from_languages(*WIRE_LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, lower case; FALLBACK_LANGUAGE when too short or unclear."""
    sample = _sample(text, SAMPLE_CHARS)
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return FALLBACK_LANGUAGE
    if is_clearly_english(text):
        return "en"
    language = wire_language_detector().detect_language_of(sample)
    if language is None:
        return FALLBACK_LANGUAGE
    return language.iso_code_639_1.name.lower()


def is_clearly_english(text: str) -> bool:
    """True when English function words dominate the opening of `text` beyond doubt."""
    words = _WORD.findall(_sample(text, FUNCTION_WORD_CHARS).casefold())
    english = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words))
    other = sum(map(_OTHER_FUNCTION_WORDS.__contains__, words))
    return english >= len(words) * MIN_ENGLISH_SHARE and english >= MIN_ENGLISH_TO_OTHER * (
        other + 1
    )


def _sample(text: str, size: int) -> str:
    """The opening `size` characters of `text`, cut at a word boundary."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > 0 else size]
