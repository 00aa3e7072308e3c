"""The parsed article and the refusal of a raw file: the records every stage passes on."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

PARAGRAPH_SEPARATOR = "\n\n"

# Stable reason codes for a quarantined raw file; analysts group and count by them.
REASON_CODES = (
    "empty",
    "not_text",
    "too_large",
    "no_body",
    "no_header",
    "bad_timestamp",
    "implausible_date",
    "unsupported_format",
    "validation_failed",
    "unreadable",
    "symlink",
    "transform_error",  # a transform raised on this article (a bug): re-queue after the fix
    "batch_failed",  # its batch task failed after its retries (a worker died, out of memory)
    "timed_out",  # processing it ran past the batch's time limit (a rule without end)
)


@dataclass(frozen=True)
class Caption:
    """A photo caption found in the raw file, kept out of the body."""

    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Article:
    """One wire story after parsing and normalization (the grain of `articles`)."""

    article_id: str
    source: str
    editor: str | None
    title: str | None
    authors: tuple[str, ...]
    published_at: datetime  # aware, UTC
    published_local: datetime  # naive, as printed
    source_timezone: str
    dateline_place: str | None
    dateline_date: date | None
    agency: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...] = ()
    language: str = "en"
    raw_path: str = ""
    raw_sha256: str = ""
    encoding: str = "utf-8"
    mojibake_repaired: bool = False

    @property
    def lead(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return count_words(self.body)

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(char_start, char_end) of each paragraph inside `body`, end exclusive."""
        spans, start = [], 0
        for text in self.paragraphs:
            spans.append((start, start + len(text)))
            start += len(text) + len(PARAGRAPH_SEPARATOR)
        return spans


@dataclass(frozen=True)
class Rejection:
    """Why a raw file was not turned into an article (the grain of `quarantine`)."""

    stage: str  # discover | decode | parse | normalize | validate
    reason_code: str
    reason_detail: str
    fields: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.reason_code not in REASON_CODES:
            raise ValueError(f"unknown reason code {self.reason_code!r}")


# One letter or digit: `[^\W_]` is exactly `str.isalnum`, at C speed.
_ALNUM = re.compile(r"[^\W_]")


def words_of(text: str) -> list[str]:
    """Whitespace-separated tokens that hold a letter or digit."""
    return [token for token in text.split() if _ALNUM.search(token)]


def count_words(text: str) -> int:
    """How many words `words_of` finds."""
    return len(words_of(text))


def article_id_for(
    source: str,
    published_local: datetime,
    title: str | None,
    dateline_place: str | None,
    paragraphs: tuple[str, ...] | list[str],
) -> str:
    """Deterministic id from the normalized content, so one story from two files is one id.

    Whitespace is already collapsed by normalization, so a copy that differs only in
    spacing or line ends gets the same id. The editor and the file name are left out.
    """
    parts = [
        source.strip().casefold(),
        published_local.isoformat(sep=" "),
        (title or "").strip(),
        (dateline_place or "").strip(),
        PARAGRAPH_SEPARATOR.join(paragraphs),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
