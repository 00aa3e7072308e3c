"""The story body below the header: paragraphs, byline, dateline, photo captions, end mark.

`read_body` turns the normalized lines under the header into the paragraphs the contract
calls `body`: no byline, no dateline, no caption, no end mark. Paragraphs are lines, or,
when the body has blank lines between paragraphs, blank-line separated blocks whose
hard-wrapped lines are joined by a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.article import Caption, Rejection
from transforms.dateline import Dateline, parse_dateline, place_title_case
from transforms.entities.vocabulary import NAME_PARTICLES

# Hard-wrapped copy breaks near 70 columns; a block with a longer inner line is one
# paragraph per line that merely has a stray blank line somewhere, so it is not joined.
HARD_WRAP_MAX_WIDTH = 100
# A byline is a short line near the top: `by Xinhua writers Zhou Xin and Maria Lopez`.
BYLINE_MAX_WORDS = 16
BYLINE_SEARCH_PARAGRAPHS = 3
# A caption is a photo description, not a story paragraph of many sentences.
CAPTION_MAX_WORDS = 80
CREDIT_MAX_CHARS = 120
END_MARK_MAX_CHARS = 16

_BYLINE = re.compile(
    r"(?i:by)\s+(?:(?:Xinhua|AP|AFP|Reuters|China Daily|Global Times|CGTN)\s+)?"
    r"(?i:(?:staff|special|senior)\s+)?(?i:(?:writers?|reporters?|correspondents?)\s+)?"
    r"(?P<names>.+?)\.?"
)
_NAME_SEPARATOR = re.compile(r"\s*[,;&]\s*|\s+(?:and|y|et)\s+")
# `?` stands in for a letter a cp1252 export could not encode (`Wi?niewski`).
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.?-]*")
MAX_NAME_WORDS = 5
_NAME_LOCATION = re.compile(r"\s+in\s+[A-Z].*$")  # `By Jane Doe in Nairobi`
# Words after `By` that make a sentence (`By Monday, ...`), not a byline.
_NOT_NAMES = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "then", "now",
))  # fmt: skip
_BYLINE_ORGANIZATIONS = frozenset(
    ("xinhua", "ap", "afp", "reuters", "associated press", "the associated press",
     "china daily", "global times", "cgtn", "bloomberg", "efe", "dpa")
)  # fmt: skip

# A credit closing a caption: `(Xinhua/Huang Zongzhi)`, `(AP Photo/Jane Doe)`,
# `(Photo by Li Na / AFP)`, `(Photo: VCG)`, `[Photo/Xinhua]` and Reuters' bare `REUTERS/Name`.
_PAREN_CREDIT = re.compile(
    r"\s*\((?P<credit>[^()/]{1,50}/[^()]{1,60}|(?i:photos?|images?)\b[^()]{0,60})\)\.?$"
)
_BARE_CREDIT = re.compile(r"\s(?P<credit>(?:REUTERS|AFP|AP|EPA)(?: PHOTO)?/[^\W\d_][^()/]{1,60})$")
_BRACKET_CREDIT = re.compile(r"\s*\[(?P<credit>(?i:photos?|images?|videos?)\b[^\]]{0,80})\]\.?$")
_CAPTION_LABEL = re.compile(r"(?i:caption|photo|pictured)\s*:\s*(?P<text>.*)")
_PHOTO_LEAD = re.compile(
    r"(?i:(?:an?|the|this|file|aerial|undated|combo)\s+)?(?i:photos?|pictures?|images?)\s+"
    r"(?i:taken|shows|provided|released|shot|made|dated)\b"
)
_PHOTO_CREDIT_WORDS = frozenset((
    "xinhua", "photo", "photos", "ap", "afp", "reuters", "epa", "getty", "vcg", "cfp", "cns",
    "ic", "imaginechina", "cgtn",
))  # fmt: skip

# A lone `?` is the end mark ■ after an export to cp1252, which has no ■, replaced it.
_END_MARK_PARAGRAPH = re.compile(r"(?i)[■□◆?]+|enditem|fin|\(end\)|end|\(fin\)|-+ ?end ?-+|###")
_TRAILING_END_MARK = re.compile(
    r"\s*[■□◆]+$|(?<=[.!?\"”’»)\]])\s*(?:(?i:enditem|\(end\)|\(fin\))|Fin)\.?$"
    r"|(?<=[.!\"”’»)\]])\s+\?$"
)


@dataclass(frozen=True)
class StoryBody:
    """The body's paragraphs with what was taken out of them along the way."""

    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    captions: tuple[Caption, ...]
    dateline: Dateline | None


def read_body(lines: list[str]) -> StoryBody | Rejection:
    """The story under the header; a `no_body` Rejection when no story text remains."""
    paragraphs = split_paragraphs(lines)
    if not paragraphs:
        return _no_body("the file ends after the header")
    _strip_trailing_end_mark(paragraphs)  # so a caption closing the story is still seen
    story, captions = [], []
    for paragraph in paragraphs:
        caption = read_caption(paragraph)
        if caption is not None:
            captions.append(caption)
        elif not _END_MARK_PARAGRAPH.fullmatch(paragraph):
            story.append(paragraph)
    _strip_trailing_end_mark(story)  # the end mark before captions that followed it
    authors = _take_byline(story)
    dateline = parse_dateline(story[0]) if story else None
    if dateline is not None:
        story[0] = story[0][dateline.end :].lstrip()
        if not story[0]:
            del story[0]  # the dateline stood on its own line
    if not story:
        return _no_body("after the header there are only captions, a byline or an end mark")
    return StoryBody(tuple(story), authors, tuple(captions), dateline)


def split_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs: blank-line separated blocks with wrapped lines joined, else one per line."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if len(blocks) <= 1:
        return [line for block in blocks for line in block]
    paragraphs = []
    for block in blocks:
        if len(block) > 1 and _is_byline(block[0]):
            paragraphs.append(block.pop(0))  # a byline line directly above the lead
        if any(len(line) > HARD_WRAP_MAX_WIDTH for line in block[:-1]):
            paragraphs.extend(block)
        else:
            paragraphs.append(" ".join(block))
    return paragraphs


def read_byline(paragraph: str) -> tuple[str, ...] | None:
    """The author names of a byline paragraph, None when the paragraph is not a byline.

    `By Jane Doe and Li Wei, Reuters` -> ("Jane Doe", "Li Wei"): the agency is dropped.
    """
    if len(paragraph.split()) > BYLINE_MAX_WORDS:
        return None
    found = _BYLINE.fullmatch(paragraph)
    if found is None:
        return None
    names = []
    for part in _NAME_SEPARATOR.split(found["names"]):
        part = _NAME_LOCATION.sub("", part.strip())
        if part.casefold() in _BYLINE_ORGANIZATIONS:
            continue
        name = _author_name(part)
        if name is None:
            return None  # one part that is no name makes the line a sentence
        names.append(name)
    return tuple(names) or None


def _author_name(words_as_written: str) -> str | None:
    """A person's name from a byline, None when it is not one; AP's capitals title-cased."""
    words = words_as_written.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or words_as_written.casefold() in _NOT_NAMES:
        return None
    for index, word in enumerate(words):
        capitalized = word[0].isupper() or (index > 0 and word in NAME_PARTICLES)
        if not capitalized or not _NAME_WORD.fullmatch(word):
            return None
    # The casing rules of places hold for names: `JANE DE LA CRUZ` -> `Jane de la Cruz`.
    return place_title_case(words_as_written) if words_as_written.isupper() else words_as_written


def read_caption(paragraph: str) -> Caption | None:
    """The photo caption this paragraph is, None when it is story text."""
    # Cheap string tests first: almost every paragraph is story text, not a caption.
    if paragraph.count(" ") >= CAPTION_MAX_WORDS:  # lines are normalized: one space a gap
        return None
    labelled = _CAPTION_LABEL.match(paragraph) if ":" in paragraph[:12] else None
    text = labelled["text"] if labelled else paragraph
    credit = _photo_credit(text)
    if credit is None and labelled is None and not _opens_like_caption(paragraph):
        return None
    if credit is None:
        return Caption(text=text.strip(), credit=None)
    return Caption(text=text[: credit.start()].strip(), credit=credit["credit"].strip())


def _opens_like_caption(paragraph: str) -> bool:
    """`Photo taken on ...`, `Aerial photo shows ...`, `This picture released ...`."""
    opening = paragraph[:24].casefold()
    if "photo" not in opening and "picture" not in opening and "image" not in opening:
        return False
    return _PHOTO_LEAD.match(paragraph) is not None


def _photo_credit(text: str) -> re.Match[str] | None:
    """The photo credit closing `text`: `(Xinhua/Huang Zongzhi)`, `[Photo/Xinhua]`."""
    tail = max(0, len(text) - CREDIT_MAX_CHARS)
    if text.endswith((")", ").", "]", "].")):
        credit = _BRACKET_CREDIT.search(text, tail) or _PAREN_CREDIT.search(text, tail)
    elif "/" in text[tail:]:
        credit = _BARE_CREDIT.search(text, tail)
    else:
        return None  # most paragraphs: no regex scan at all
    return credit if credit is not None and _is_photo_credit(credit["credit"]) else None


def _is_photo_credit(credit: str) -> bool:
    folded = credit.casefold()
    words = re.findall(r"[a-z]+", folded)
    return "china daily" in folded or not _PHOTO_CREDIT_WORDS.isdisjoint(words)


def _is_byline(paragraph: str) -> bool:
    return paragraph[:3].casefold() == "by " and read_byline(paragraph) is not None


def _take_byline(story: list[str]) -> tuple[str, ...]:
    """Remove the byline paragraph near the top of the story and return its names."""
    for index, paragraph in enumerate(story[:BYLINE_SEARCH_PARAGRAPHS]):
        if paragraph[:3].casefold() == "by ":
            authors = read_byline(paragraph)
            if authors:
                del story[index]
                return authors
    return ()


def _strip_trailing_end_mark(story: list[str]) -> None:
    """Remove an end mark (`■`, `Enditem`, `Fin`, `(END)`) closing the last paragraph."""
    while story:
        last = story[-1]
        mark = _TRAILING_END_MARK.search(last, max(0, len(last) - END_MARK_MAX_CHARS))
        if mark is None:
            return
        story[-1] = last[: mark.start()]
        if not story[-1]:
            story.pop()


def _no_body(why: str) -> Rejection:
    return Rejection(
        stage="parse",
        reason_code="no_body",
        reason_detail=f"no story text: {why}; re-fetch the article, the scrape likely "
        "stopped before the story",
    )
