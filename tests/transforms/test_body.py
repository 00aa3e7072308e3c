"""The story body: paragraphs, hard wraps, bylines, photo captions and end marks."""

from __future__ import annotations

import pytest

from transforms.article import Caption, Rejection
from transforms.body import read_body, read_byline, read_caption, split_paragraphs


def test_one_paragraph_per_line_without_blank_lines() -> None:
    assert split_paragraphs(["First line.", "Second line.", "Third."]) == [
        "First line.",
        "Second line.",
        "Third.",
    ]


def test_hard_wrapped_blocks_are_joined() -> None:
    lines = ["", "A wrapped", "paragraph.", "", "", "Another one", "here.", ""]
    assert split_paragraphs(lines) == ["A wrapped paragraph.", "Another one here."]


def test_block_of_long_lines_is_not_a_hard_wrap() -> None:
    long_line = ("word " * 30).strip()
    lines = [long_line, long_line, "", "Short last paragraph."]
    assert split_paragraphs(lines) == [long_line, long_line, "Short last paragraph."]


def test_byline_directly_above_a_wrapped_lead_stays_apart() -> None:
    lines = ["By John Smith", "WASHINGTON (AP) -- The rule", "takes effect.", "", "More."]
    assert split_paragraphs(lines) == [
        "By John Smith",
        "WASHINGTON (AP) -- The rule takes effect.",
        "More.",
    ]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("by Xinhua writers Zhou Xin and Maria Lopez", ("Zhou Xin", "Maria Lopez")),
        ("By John Smith", ("John Smith",)),
        ("By Jane Doe and Li Wei, Reuters", ("Jane Doe", "Li Wei")),
        ("By Xinhua reporter Li Wei", ("Li Wei",)),
        ("By Ana de la Cruz in Manila", ("Ana de la Cruz",)),
        ("By Global Times reporter Mustafa Şahin", ("Mustafa Şahin",)),
        ("By LISA MASCARO and JANE DE LA CRUZ", ("Lisa Mascaro", "Jane de la Cruz")),
        ("By Marek Wi?niewski", ("Marek Wi?niewski",)),  # a letter lost to cp1252
        ("by Xinhua writers Zhou Xin, Ana Ruiz & Tom Baker", ("Zhou Xin", "Ana Ruiz", "Tom Baker")),
    ],
)
def test_bylines(byline: str, authors: tuple[str, ...]) -> None:
    assert read_byline(byline) == authors


@pytest.mark.parametrize(
    "paragraph",
    [
        "By the end of the year, the railway will reach the coast.",
        "By Monday, officials said.",
        "Byline-free opening sentence here.",
        "By 2030 China plans to add more wind farms.",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(paragraph: str) -> None:
    assert read_byline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        (
            "Photo taken on Nov. 8, 2023 shows visitors at the expo. (Xinhua/Huang Zongzhi)",
            Caption("Photo taken on Nov. 8, 2023 shows visitors at the expo.",
                    "Xinhua/Huang Zongzhi"),
        ),
        ("A visitor tries a VR device in Shanghai. (Xinhua/Fang Zhe)",
         Caption("A visitor tries a VR device in Shanghai.", "Xinhua/Fang Zhe")),
        ("[Photo/Xinhua]", Caption("", "Photo/Xinhua")),
        ("Tourists visit the Great Wall. [Photo by Zhang Wei/China Daily]",
         Caption("Tourists visit the Great Wall.", "Photo by Zhang Wei/China Daily")),
        ("Caption: A robot serves coffee.", Caption("A robot serves coffee.", None)),
        ("Aerial photo taken on May 2 shows a bridge in Chongqing.",
         Caption("Aerial photo taken on May 2 shows a bridge in Chongqing.", None)),
        ("Firefighters work at the scene. (AP Photo/Jane Doe)",
         Caption("Firefighters work at the scene.", "AP Photo/Jane Doe")),
        ("A robot at an exhibition in Miami, July 23, 2023. REUTERS/Nour Hassan",
         Caption("A robot at an exhibition in Miami, July 23, 2023.", "REUTERS/Nour Hassan")),
        ("Workers at a factory in Hefei, July 2, 2023. (Photo: VCG)",
         Caption("Workers at a factory in Hefei, July 2, 2023.", "Photo: VCG")),
        ("Artists on stage in Yiwu, Jan. 29, 2024. (Photo by Dewi Pratama / AFP)",
         Caption("Artists on stage in Yiwu, Jan. 29, 2024.", "Photo by Dewi Pratama / AFP")),
    ],
)  # fmt: skip
def test_captions(paragraph: str, caption: Caption) -> None:
    assert read_caption(paragraph) == caption


@pytest.mark.parametrize(
    "paragraph",
    [
        "Speeds reached 300 km per hour on the new line (km/h).",
        "The summit saw the release of the report (2023/24), officials said.",
        "Photos and videos were shared widely online, police said.",
        "The index rose 2% on the news (Reuters).",
        "Speeds are quoted in km/h by the railway operator, the report said.",
    ],
)
def test_story_text_is_not_a_caption(paragraph: str) -> None:
    assert read_caption(paragraph) is None


@pytest.mark.parametrize(
    ("last_lines", "last_paragraph"),
    [
        (["It ended well. ■"], "It ended well."),
        (["It ended well.", "■"], "It ended well."),
        (["It ended well. Enditem"], "It ended well."),
        (["It ended well.", "ENDITEM"], "It ended well."),
        (["Terminó bien. Fin"], "Terminó bien."),
        (["C'est la fin", "Fin"], "C'est la fin"),
        (["It ended well.", "(END)"], "It ended well."),
        (["It ended well.", "■", "Photo shows the end. (Xinhua/Li Wei)"], "It ended well."),
        (["He called it the Fin"], "He called it the Fin"),  # a word, not an end mark
        (["It ended well. ?"], "It ended well."),  # ■ after an export to cp1252
        (["Was it well?"], "Was it well?"),
    ],
)
def test_end_marks_are_removed(last_lines: list[str], last_paragraph: str) -> None:
    body = read_body(["HANGZHOU, Nov. 9 (Xinhua) -- Lead.", *last_lines])
    assert body.paragraphs[-1] == last_paragraph


def test_caption_closing_the_story_before_the_end_mark_is_a_caption() -> None:
    body = read_body(["HANGZHOU, Nov. 9 (Xinhua) -- Lead.", "Fans cheer. (Xinhua/Li Wei) ■"])
    assert body.paragraphs == ("Lead.",)
    assert body.captions == (Caption("Fans cheer.", "Xinhua/Li Wei"),)


def test_dateline_on_its_own_line_leaves_the_next_line_as_lead() -> None:
    body = read_body(["HANGZHOU, Nov. 9 (Xinhua) --", "The lead.", "More."])
    assert body.paragraphs == ("The lead.", "More.")
    assert body.dateline.place == "Hangzhou"


def test_body_of_only_captions_and_marks_is_no_body() -> None:
    refusal = read_body(["[Photo/Xinhua]", "■"])
    assert isinstance(refusal, Rejection) and refusal.reason_code == "no_body"
