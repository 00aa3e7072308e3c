"""Normalization: mojibake repair keeping curly quotes, NFC, whitespace, line ends."""

from __future__ import annotations

import pytest

from transforms.normalize import NormalizedText, normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("He said â€œhelloâ€\x9d and itâ€™s fine.", "He said “hello” and it’s fine."),
        ("He said â€œhelloâ€ to them.", "He said “hello” to them."),  # 0x9D was dropped
        ("rose 14Â percent", "rose 14 percent"),
        ("rose 14Â\xa0percent", "rose 14 percent"),
        ("Ã©tÃ© Ã  SÃ£o Paulo", "été à São Paulo"),
        ("Â¡Hola! dijo el niÃ±o", "¡Hola! dijo el niño"),
        ("the secretary-general said. â–\xa0", "the secretary-general said. ■"),
        ("Ben &amp; Jerry&#39;s", "Ben & Jerry's"),
    ],
)
def test_mojibake_is_repaired(raw: str, clean: str) -> None:
    assert normalize_text(raw) == NormalizedText(clean, mojibake_repaired=True)


@pytest.mark.parametrize(
    "text",
    [
        "“Quoted” and ‘single’ quotes stay curly.",
        "Le ministre a déclaré : « Nous sommes prêts ».",
        "El niño está aquí, según el informe del año.",
        "中国日报，北京（记者）——会议开幕。",
        "Größe, Ærø, Łódź and Škoda stay as written.",
        "plain ASCII copy with a 3/4 share",
        'He said "yes" and "sure," said Smith.',
    ],
)
def test_clean_text_is_left_alone(text: str) -> None:
    assert normalize_text(text) == NormalizedText(text, mojibake_repaired=False)


def test_line_ends_become_lf() -> None:
    assert normalize_text("a\r\nb\rc\u2028d\ne").text == "a\nb\nc\nd\ne"


def test_spaces_collapse_inside_lines_and_lines_are_trimmed() -> None:
    raw = "  Source:\tXinhua \nHANGZHOU,\xa0\xa0Nov. 9  (Xinhua)\u3000--  text\t\n\n  "
    assert normalize_text(raw).text == "Source: Xinhua\nHANGZHOU, Nov. 9 (Xinhua) -- text\n\n"


def test_nfc_composes_decomposed_accents() -> None:
    assert normalize_text("Zoe\u0301 cafe\u0301").text == "Zoé café"


def test_invisible_characters_are_removed() -> None:
    assert normalize_text("in\u00adter\u200bnet\ufeff wire\x07").text == "internet wire"


def test_a_double_quote_standing_for_a_possessive_apostrophe_becomes_one() -> None:
    raw = 'Kuwait"s oil minister said output of the country"s fields was "steady", he said.'
    assert normalize_text(raw).text == (
        "Kuwait's oil minister said output of the country's fields was \"steady\", he said."
    )
