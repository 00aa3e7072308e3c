"""Bytes to text: BOMs, UTF-8, UTF-16, cp1252/Latin-1, NUL bytes, and what is not text."""

from __future__ import annotations

import random

import pytest

from transforms.article import Rejection
from transforms.decode import DecodedText, decode_article

STORY = "Source: AFP\n2023-10-03 14:12\nGENEVA (AFP) - “It’s not late,” said Zoé Martin — WHO.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + STORY.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le"), "utf-32-le"),
        (STORY.encode("utf-16-le"), "utf-16-le"),  # no BOM: told by where the NULs sit
        (STORY.encode("utf-16-be"), "utf-16-be"),
        (STORY.encode("cp1252"), "cp1252"),
    ],
)
def test_text_encodings_decode_to_the_same_story(data: bytes, encoding: str) -> None:
    assert decode_article(data) == DecodedText(STORY, encoding)


def test_latin1_bytes_read_through_cp1252() -> None:
    text = "Source: EFE\n2024-03-05 10:00\nMADRID, 5 de marzo (EFE) -- El niño está aquí.\n"
    assert decode_article(text.encode("latin-1")) == DecodedText(text, "cp1252")


def test_cp1252_unassigned_bytes_fall_back_to_latin1() -> None:
    decoded = decode_article(b"Source: X\n\x81" + b"caf\xe9 " * 30)
    assert decoded == DecodedText("Source: X\n\x81" + "café " * 30, "cp1252")


def test_stray_nul_bytes_are_dropped() -> None:
    decoded = decode_article(STORY.replace("late", "la\x00te").encode())
    assert decoded == DecodedText(STORY, "utf-8")


@pytest.mark.parametrize(
    ("data", "reason_code"),
    [
        (b"", "empty"),
        (b" \r\n\t \n", "empty"),
        (b"\xef\xbb\xbf\n\n", "empty"),
        (random.Random(0).randbytes(4096), "not_text"),
        (random.Random(1).randbytes(300), "not_text"),
        (b"\x00\x01\x02" * 200, "not_text"),
        (b"Source: X\n" + b"\x00" * 50, "not_text"),
        (b"\xff\xfe\x00\xd8", "not_text"),  # a lone surrogate after a UTF-16 BOM
        (bytes(range(1, 32)) * 20 + b"Source: X", "not_text"),
    ],
)
def test_what_is_not_an_article_is_refused(data: bytes, reason_code: str) -> None:
    refusal = decode_article(data)
    assert isinstance(refusal, Rejection)
    assert (refusal.stage, refusal.reason_code) == ("decode", reason_code)
    assert refusal.reason_detail


def test_png_image_is_not_text() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(2).randbytes(2000)
    assert decode_article(png).reason_code == "not_text"
