"""Wire-copy rules that find and type entity names in an article body, without a model.

Everything here reads only the text: capitalized runs split into candidate names, the
cues around them (`librarian Carol Dufresne`, `Codelco Chairman`, `Meituan, the food
delivery giant`), head words (`Summit`, `Ministry`), quoted titles of works. The word
lists are in `transforms.entities.vocabulary`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from transforms.entities.vocabulary import (
    ABBREVIATIONS,
    ARABIC_ARTICLES,
    AWARD_PERIODS,
    CALENDAR,
    CAPITAL_TITLES,
    COMPOUND_SUFFIXES,
    CONNECTORS,
    CORPORATE_TITLES,
    DEMONYM_ENDINGS,
    EDITION_HEADS,
    EVENT_HEADS,
    EVENT_OPENERS,
    FIRM_PEOPLE,
    FIRM_ROLES,
    FIRMS,
    GIVEN_NAMES,
    HONORIFICS,
    NOT_OCCUPATIONS,
    OCCUPATION_ENDINGS,
    OPENERS,
    ORG_CUES,
    ORG_HEADS,
    OTHER_HEADS,
    PLACE_HEADS,
    TITLE_MODIFIERS,
    TITLES,
    UPPER_LETTERS,
    WEEKDAYS,
    WORK_WORDS,
)

WORK_CUES = re.compile(
    r"(?:report|study|paper|book|song|album|film|movie|documentary|novel|poem|titled|entitled"
    r"|journal|article|series|show|play|plan|strategy|guidelines|survey|index|assessment)"
    r"[\w ,]{0,24}$",
    re.IGNORECASE,
)
SPEECH_VERBS = re.compile(
    r",? (?:said|says|told|added|noted|stressed|stated|explained|urged|warned|announced"
    r"|wrote|recalled|argued|insists|insisted|admits|admitted|acknowledged|believes|thinks)\b"
)
SPEECH_BEFORE = re.compile(
    r"(?:said|says|told|added|noted|according to|wrote|(?:directed|written|led|founded|headed"
    r"|chaired|produced|composed|authored|painted) by)\s$"
)

_WORD = rf"[{UPPER_LETTERS}][\w'’&.-]*"
# A number continues a name (`Channel 4`, `Airbus A380`) unless it is cut from a figure
# (`Reserve 1,400`).
# An Arabic article joined to a name (`Bashar al-Assad`, `Abdel Fattah el-Sisi`) is part
# of it.
_CONTINUATION = (
    rf"(?:[{UPPER_LETTERS}][\w'’&.-]*|[0-9][\w'’&.-]*(?!,\d)"
    rf"|(?:{'|'.join(sorted(ARABIC_ARTICLES))})-[{UPPER_LETTERS}][\w'’&.-]*)"
)
_CONNECTOR = "|".join(sorted(CONNECTORS - {"the"}, key=len, reverse=True))
# No look-behind and no optional year in front: both would be tried at every position
# and triple the cost; `capitalized_pieces` checks the character and the year instead.
# (`Jorge de la Vega`, `Louis van der Merwe`: two connectors)
CAPITALIZED_RUN = re.compile(
    rf"{_WORD}(?: (?:(?:{_CONNECTOR}) (?:(?:the|la|der|den) )?)?{_CONTINUATION})*"
)
QUOTED_TITLE = re.compile(r"[\"“]([A-Z0-9][^\"“”\n]{2,150}?)[,.]?[\"”]")
_TITLE_ALTERNATION = "|".join(sorted(TITLES, key=len, reverse=True))
_MODIFIER_ALTERNATION = "|".join(sorted(TITLE_MODIFIERS, key=len, reverse=True))
# After a name, the phrase after the comma opens with an article or an age and has up to
# three words before the title (`John Smith, 45, a senior economist`), or at most one word
# without an article (`Karen Liu, policy director`): `Films, follows an Indian engineer`
# is no title.
APPOSITIVE_TITLE = re.compile(
    r", (?:(?:an?|the|its|now|\d+,?)\s(?:[\w'’.-]+\s){0,3}?|(?:[\w'’.-]+\s)?)"
    rf"(?P<title>(?i:(?:(?:{_MODIFIER_ALTERNATION})[ -])?(?:{_TITLE_ALTERNATION})))\b"
)
COP_EVENT = re.compile(r"COP\d{1,2}")
_SCORE = re.compile(r"\d{1,3}-\d{1,3}[,.;]?")
# (`the concern said` after a name is a subject of its own; `the ... business, formerly
# known as`, but not `the forum will be dominated by business issues`)
_ORG_CUE_ALTERNATION = "|".join(sorted(ORG_CUES - {"concern"}, key=len, reverse=True))
# `Meituan, the food delivery giant,`, `Eurogas, which represents`; `Isao Ota, who heads`.
APPOSITIVE_ORG = re.compile(
    rf", (?:an?|the|its)\s(?:[\w'’-]+\s){{0,5}}?(?:{_ORG_CUE_ALTERNATION}"
    r"|business(?=[,.]|\s(?:formerly|based|that|which|whose|with)\b))\b"
)
APPOSITIVE_PERSON = re.compile(r", (?:who|whom)\b")
APPOSITIVE_WHICH = re.compile(r", which\b")  # `whose` follows people as often as bodies
# `Te Puke, the self-described kiwifruit capital`.
APPOSITIVE_PLACE = re.compile(
    r", (?:an?|the|its)\s(?:[\w'’-]+\s){0,4}?(?:capital|city|town|village|port|region|province"
    r"|state|country|island|home|hub|county|district)\b"
)
# `its Pilgangoora mine`, `Florida's Big Bend region`; `its biannual Food Outlook report`.
PLACE_NOUN_AFTER = re.compile(
    r" (?:region|area|province|county|district|city|town|village|state|island|islands|coast"
    r"|valley|basin|mine|port|peninsula|river|lake|mountains|desert|prefecture)\b"
)
WORK_NOUN_AFTER = re.compile(r" (?:report|study|survey|index|book|novel|album|song|film)\b")
_WORK_NOUNS = (
    "drama|film|movie|novel|book|song|album|documentary|series|play|report|study|paper|memoir"
    "|biography|opera|poem|anthology"
)
# `"Monsoon Letters," a romantic drama`; `"Things Fall Apart" by Nigerian author`.
WORK_AFTER_QUOTE = re.compile(
    rf"[,.]?[\"”]?,? (?:(?:an?|the|its|his|her)\s(?:[\w'’-]+\s){{0,3}}?(?:{_WORK_NOUNS})\b"
    r"|by [A-Z])"
)
# Words and marks that make a run need `_split_run`.
_SPLIT_WORDS = CALENDAR | HONORIFICS | CAPITAL_TITLES | frozenset(t.title() for t in TITLES)
_SPLIT_MARKS = frozenset(".'’-")
_INSIDE_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'’.-")
_SMALL_WORDS = CONNECTORS | {"a", "an", "with", "in", "to", "at", "by"}
_ARTICLES = frozenset(["The", "A", "An"])
# One-word runs that are never names by themselves.
_SPECIAL_WORDS = CALENDAR | HONORIFICS | OPENERS | frozenset(t.capitalize() for t in TITLES)


class Piece(NamedTuple):
    """A capitalized stretch of the body that may be a name, and what its context says."""

    start: int
    end: int
    text: str
    title: str | None  # casefolded title when a title stood right before the name
    sentence_start: bool
    cue: str | None = None  # PERSON or ORG when the words around the name say so


AGE = r"\d{1,3}-year-old"  # `the 19-year-old Philippoussis`: an age, no part of a name
_AGE = re.compile(rf"(?:(?:The|A|An) )?{AGE} ")


def is_occupation(word: str) -> bool:
    """A lower-case word that reads as an occupation by its ending (`forecaster`)."""
    return len(word) > 5 and word.endswith(OCCUPATION_ENDINGS) and word not in NOT_OCCUPATIONS


def opens_sentence(body: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence, where every word is capitalized: the
    body's start, after a stop and a space, a line break or an opening quotation mark."""
    return start < 2 or body[start - 2] in ".!?\n" or body[start - 1] in '"“\n'


def capitalized_pieces(body: str) -> list[Piece]:
    """Candidate names: capitalized runs split at sentence ends, possessives and titles."""
    pieces: list[Piece] = []
    for run in CAPITALIZED_RUN.finditer(body):
        start, text = run.span()[0], run.group()
        before = body[start - 1 : start]
        if before in _INSIDE_WORD or (before == "/" and len(text) <= 2):
            continue  # `iPhone`, `non-Chinese`, the `S` of `A/S`: not the start of a name
        if start > 4 and body[start - 2].isdigit() and _edition_year(body, start):  # `2023 WIC`
            start, text = start - 5, f"{body[start - 5 : start - 1]} {text}"
            before = body[start - 1 : start]
        opens = opens_sentence(body, start)
        # Only a space before the name leaves room for a title or a cue.
        title, cue = _cue_before(body, start) if start > 1 and before == " " else (None, None)
        if age := _AGE.match(text):
            start, text, opens = start + age.end(), text[age.end() :], False
        if text.endswith(" Image") and body.startswith(":", start + len(text)):
            text = text[:-6]  # `Tom Tancredo Image: US Congress.`: a caption's credit
        opener = text.split(" ", 1)[0]
        if opens and opener != text and _LOWER_COMPOUND.fullmatch(opener):
            # `Family-controlled Douglas & Lomason`: the sentence's first word is no name's
            start, text = start + len(opener) + 1, text[len(opener) + 1 :]
        if cue == "ENVOY":
            _split_envoy(text, start, title, opens, pieces)
        elif " " in text:
            words = text.split(" ")
            if _SPLIT_WORDS.isdisjoint(words) and not _SPLIT_MARKS.intersection(text):
                _plain_run(words, start, title, cue, opens, pieces)
            else:
                _split_run(text, start, _Context(title, cue, opens), pieces)
                last = pieces[-1] if pieces else None
                if last and last.end == run.end() and _closes_paragraph(body, last):
                    # `and Lear Corp.` closing a paragraph: its full stop is the sentence's
                    pieces[-1] = last._replace(end=last.end - 1, text=last.text[:-1])
        elif text not in _SPECIAL_WORDS:
            word = _single_word(text)
            if word:  # most runs are one word: no splitting needed
                pieces.append(Piece(start, start + len(word), word, title, opens, cue))
    return pieces


# A capitalized compound ending in a participle opens a sentence; it is no name's word
# (`Family-controlled`, `State-owned`, `Loss-making`; not `Co-operative`).
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z]+(?:ed|ing|en)")


_FIRM_ABBREVIATIONS = ("Co.", "Corp.", "Inc.", "Ltd.")


def _closes_paragraph(body: str, piece: Piece) -> bool:
    at_end = piece.end == len(body) or body[piece.end] == "\n"
    return at_end and piece.text.endswith(_FIRM_ABBREVIATIONS)


def _plain_run(
    words: list[str], start: int, title: str | None, cue: str | None, opens: bool, pieces: list
) -> None:
    """A run with no title, date, possessive or full stop in it: one name, once the words
    that open sentences (`The World Internet Conference`) are dropped."""
    first = 0
    while first < len(words) and (words[first] in OPENERS or words[first] in CONNECTORS):
        if _given_after_title(words[first], title, len(words) - first):
            break
        start += len(words[first]) + 1
        first += 1
    last = len(words)
    # `analyst Vadim Mitroshin The dispute`: copy that lost a full stop runs a name into
    # the article that opens the next sentence.
    while last > first and (words[last - 1] in CONNECTORS or words[last - 1] in _ARTICLES):
        last -= 1
    if last > first and (last - first > 1 or not words[first].isdigit()):
        text = " ".join(words[first:last])
        pieces.append(Piece(start, start + len(text), text, title, opens, cue))


def _given_after_title(word: str, title: str | None, words: int) -> bool:
    """`chief economist Will Buttrose`: after a title, `Will` opens a name of two words or
    more, not a sentence."""
    return word == "Will" and title is not None and words > 1


def _edition_year(body: str, start: int) -> bool:
    """Whether a year such as `2023 ` stands right before the name."""
    year = body[start - 5 : start - 1]
    return (
        start > 4
        and year[:2] in ("19", "20")
        and year.isdigit()
        and body[start - 1] == " "
        and not body[start - 6 : start - 5].isalnum()
    )


def _single_word(text: str) -> str | None:
    """A one-word run as a name, or None: `China's` -> `China`, `Oslo-based` -> `Oslo`."""
    if text in _SPECIAL_WORDS or text.rstrip(".") in CALENDAR:
        return None
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    elif text[-1] in "'’" or (text[-1] == "." and _ends_sentence(text)):
        text = text[:-1]
    elif "-" in text and text.endswith(COMPOUND_SUFFIXES):
        text = text[: text.rindex("-")]
    return text if text[:1].isalpha() else None


def _split_envoy(text: str, start: int, title: str | None, opens: bool, pieces: list) -> None:
    """`Ambassador to China Willy Bett`: the last two words are the envoy."""
    words = text.split(" ")
    if len(words) < 3:
        _split_run(text, start, _Context(None, None, opens), pieces)
        return
    cut = len(" ".join(words[:-2]))
    pieces.append(Piece(start, start + cut, text[:cut], None, opens))
    pieces.append(
        Piece(start + cut + 1, start + len(text), text[cut + 1 :], title, False, "PERSON")
    )


def _office_of_place_before(body: str, place_start: int) -> bool:
    """Whether `<title> of [the] ` stands before the capitalized words that end at a comma
    and start at or before `place_start` (`president of South Africa,`)."""
    start = place_start
    for _ in range(3):
        if start < 2:
            return False
        start, word = _word_before(body, start - 1)
        if word == "the":
            start, word = _word_before(body, start - 1)
        if word == "of":
            return start > 1 and _word_before(body, start - 1)[1].casefold() in TITLES
        if not word[:1].isupper():
            return False
    return False


def _word_before(body: str, end: int) -> tuple[int, str]:
    """The word that ends at `end` (exclusive) and where it starts."""
    start = body.rfind(" ", 0, end) + 1
    return start, body[start:end]


# A medium's or a body's kind that a name may follow after a comma.
_APPOSED_KINDS = frozenset(
    [
        *("daily", "newspaper", "weekly", "magazine", "tabloid", "broadcaster"),
        *("association", "federation", "organisation", "organization", "union"),
    ]
)
_APPOSED_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}[,.;]")
_PLAYS_FOR = frozenset(["play", "plays", "playing", "played", "signed", "signs", "signing"])
_ONE_WORD_NAME = re.compile(r"[A-Z][\w'’&.-]*(?![\w'’-]| [A-Z])")
_APPOSITIVE_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2},")


# Words for a kind of body that are verbs too, and the words before them that make them
# one (`to fund`, `will bank`; but `sold to rival Barclays` is a noun's `to`).
_VERB_CUES = frozenset(["fund", "bank", "label", "exchange", "broker", "paper", "club", "tank"])
_VERB_BEFORE = frozenset(["to", "will", "would", "can", "could", "should", "may", "might", "must"])


def body_word_before(body: str, start: int) -> bool:
    """Whether a word for a kind of body stands right before the name at `start`, and is
    no verb: `exporter Zespri`, `broadcaster BSkyB`; not `to fund HIV/Aids treatments`."""
    if start < 2 or body[start - 1] != " ":
        return False
    first, word = _word_before(body, start - 1)
    word = word.casefold()
    if word not in ORG_CUES:
        return False
    if word not in _VERB_CUES or first < 2:
        return True
    return _word_before(body, first - 1)[1].casefold() not in _VERB_BEFORE


# Words for a kind of body that also name what a person is (`property developer Donald
# Trump`): before a common given name and a capitalized word, a person's name follows.
_PEOPLES_CUES = frozenset(["rival", "developer", "broker"])
_GIVEN_NAME_AHEAD = re.compile(
    rf"(?i:{'|'.join(sorted(GIVEN_NAMES, key=len, reverse=True))})\s[A-Z][a-z]"
)


def _cue_before(body: str, start: int) -> tuple[str | None, str | None]:
    """(title, cue) from the lower-case words before a name: `librarian Carol Dufresne`,
    `exporter Zespri`, `founder of Autoflight`, `secretary-general of the WIC`."""
    if body[start - 1] != " ":
        return None, None
    first, word = _word_before(body, start - 1)
    if word[-1:] == "," and word[:-1].casefold() in TITLES and _APPOSITIVE_NAME.match(body, start):
        # `a State Department spokesperson, Morgan Ortagus, indicated`: the name set
        # between commas after a role is the one who holds it.
        return None, "PERSON"
    if (
        word[-1:] == ","
        and word[:1].isupper()
        and _APPOSITIVE_NAME.match(body, start)
        and _office_of_place_before(body, first)
    ):
        # `The current president of Namibia, Hage Geingob, expressed`: the office's holder,
        # whatever the model calls the name
        return None, "PERSON"
    if (
        word[-1:] == ","
        and word[:-1].casefold() in _APPOSED_KINDS
        and _APPOSED_NAME.match(body, start)
    ):
        # `Oslo's business daily, Dagens Naeringsliv.`, `the feed trade association, Het
        # Comite, told`: the paper's or the body's name
        return None, "ORG"
    if not word or word[-1] in ',.;:!?"”':
        return None, None
    last = word.casefold()
    if last in TITLES and not (last in ORG_CUES and _ONE_WORD_NAME.match(body, start)):
        return last, "PERSON"  # (`broadcaster BSkyB` is a body, `producer John Smith` a man)
    if last in ORG_CUES:
        if last in _PEOPLES_CUES and _GIVEN_NAME_AHEAD.match(body, start):
            return None, None  # `his main presidential rival Joe Biden`: a person's name
        return None, "ORG" if body_word_before(body, start) else None
    if last in FIRM_PEOPLE and not _GIVEN_NAME_AHEAD.match(body, start):
        return None, "ORG"  # `analysts Ovum`, `stockbrokers Hoare Govett`: a firm of them
    if is_occupation(last):
        return None, "PERSON" if word.islower() else None
    if last == "with" and first >= 2 and not _GIVEN_NAME_AHEAD.match(body, start):
        # `an analyst with Scrimgeour Vickers in London`: the firm the analyst works for
        # (not `comedy actor with Walliams`, `connected better with Morientes`)
        role = _word_before(body, first - 1)[1]
        return None, "ORG" if role.casefold() in FIRM_ROLES else None
    if last not in ("of", "at", "for", "the", "to") or first < 2:
        return None, None
    second_start, second = _word_before(body, first - 1)
    second = second.casefold()
    if last == "for" and second in _PLAYS_FOR:
        return None, "ORG"  # `now playing for Al-Gharafa in Qatar`: a side
    if second in TITLES:
        return (second, "ENVOY") if last == "to" else (None, "ORG" if last != "the" else None)
    if last == "the" and second in ("of", "at") and second_start > 1:
        third = _word_before(body, second_start - 1)[1].casefold()
        return None, "ORG" if third in TITLES else None
    return None, None


class _Context:
    """What is known about the piece being built while a run is split."""

    __slots__ = ("cue", "opens", "title")

    def __init__(self, title: str | None, cue: str | None, opens: bool) -> None:
        self.title, self.cue, self.opens = title, cue, opens


def _split_run(text: str, start: int, context: _Context, pieces: list[Piece]) -> None:
    tokens, position = [], start
    for token in text.split(" "):
        tokens.append((position, token))
        position += len(token) + 1
    current: list[tuple[int, str]] = []

    def close(end_trim: int = 0, cue: str | None = None) -> None:
        while current and (current[0][1] in OPENERS or current[0][1] in CONNECTORS):
            if _given_after_title(current[0][1], context.title, len(current)):
                break
            current.pop(0)
        while current and (current[-1][1] in CONNECTORS or _SCORE.fullmatch(current[-1][1])):
            current.pop()  # `Ajax Amsterdam 2-1`: the score is not the club's
        if (current and not current[0][1].isdigit()) or len(current) > 1:
            first, last = current[0][0], current[-1][0] + len(current[-1][1]) - end_trim
            words = " ".join(t for _p, t in current)[: last - first]
            piece_cue = cue or context.cue
            title = context.title if piece_cue == "PERSON" else None
            pieces.append(Piece(first, last, words, title, context.opens, piece_cue))
        current.clear()
        context.title, context.cue, context.opens = None, None, False

    for index, (position, token) in enumerate(tokens):
        if token.endswith(COMPOUND_SUFFIXES):
            current.append((position, token))
            close(len(token) - token.rindex("-"))
            continue
        if _surname_month(token, current, tokens[index + 1 :]):
            current.append((position, token))  # `Prime Minister Theresa May`: her surname
            continue
        calendar = token in CALENDAR or token.rstrip(".") in CALENDAR
        surname = calendar and _surname_weekday(token, current, tokens[index + 1 :])
        if (calendar and not surname) or token in HONORIFICS:
            close()
            if token in HONORIFICS:
                context.title, context.cue = token.casefold(), "PERSON"
            continue
        if _is_title_head(token, tokens[index + 1 :]):
            pending = context.title if not current and context.cue == "PERSON" else None
            phrase = _title_phrase(current, token)
            # `Codelco Chairman Maximo Pacheco`: what stands before a title is its employer.
            employer = token.casefold() in CORPORATE_TITLES and not _is_demonym(current)
            close(cue="ORG" if employer else None)
            context.title = f"{pending} {phrase}" if pending else phrase
            context.cue = "PERSON"
            continue
        current.append((position, token))
        if token.endswith(("'s", "’s")) and token[:-2] not in _NAMED_FOR_MANY:
            close(2)
        elif token.endswith(("'", "’")) or (
            token.endswith(".")
            and _ends_sentence(token)
            and not _middle_initial(token, current, tokens[index + 1 :], context.title)
        ):
            close(1)
        elif token.endswith(".") and index + 1 < len(tokens) and tokens[index + 1][1] in OPENERS:
            close()  # `analyst at Advest Inc. He said`: the abbreviation ended the sentence
    close()


_NAME_MONTHS = frozenset(["May", "June", "April", "August"])


def _surname_month(token: str, current: list, rest: list[tuple[int, str]]) -> bool:
    """`Theresa May`, `Brian May`: a month that is also a name, right after a name's first
    word and not before a day's number (`Friday May 5`)."""
    following = rest[0][1] if rest else ""
    return (
        token in _NAME_MONTHS
        and len(current) == 1
        and current[0][1][:1].isupper()  # `May and June`: no name before it
        and current[0][1] not in OPENERS
        and not following[:1].isdigit()
        and not following[:1].isupper()  # `Last June Grewcock was banned`
    )


def _surname_weekday(token: str, current: list, rest: list[tuple[int, str]]) -> bool:
    """`said England sevens coach Mike Friday.`: a weekday right after a given name alone,
    ending a clause or before a verb in the past, is the surname (not `told John Monday
    that`)."""
    following = rest[0][1] if rest else ""
    owner = token.endswith(("'s", "’s"))  # `Mike Friday's England side`
    return (
        token.rstrip(".,;:").removesuffix("'s").removesuffix("’s") in WEEKDAYS
        and len(current) == 1
        and current[0][1].lower() in GIVEN_NAMES
        and (owner or token[-1] in ".,;:" or (following.islower() and following.endswith("ed")))
    )


# Possessives that a name goes on after: `People's Daily`, `Children's Hospital`.
_NAMED_FOR_MANY = frozenset(["People", "Children", "Women"])


def _middle_initial(
    token: str, current: list, rest: list[tuple[int, str]], title: str | None
) -> bool:
    """`George W. Bush`, `Timothy D. Cook`: one capital and a full stop between a given
    name and a surname is an initial, not a sentence's end; so is the first of two that
    open a name (`R. P. Goenka`), and one after a title (`governor C. Rangarajan`)."""
    if len(token) != 2 or not token[0].isupper() or not rest:
        return False
    following = rest[0][1]
    named = following not in OPENERS and following[:1].isupper()
    if len(current) == 1:
        initials = len(following) == 2 and following[0].isupper() and following[1] == "."
        return initials or (named and title is not None)
    return len(current) >= 2 and named


def _is_demonym(current: list[tuple[int, str]]) -> bool:
    return len(current) == 1 and current[0][1].endswith(DEMONYM_ENDINGS)


# The last word of a body an office may be `of the`: `Speaker of the House of Lords`.
_BODY_ENDS = ORG_HEADS | {"Lords", "Commons", "Representatives"}


def _is_title_head(token: str, rest: list[tuple[int, str]]) -> bool:
    """`President` in `President Xi Jinping`: a title followed by a capitalized name."""
    if (token.casefold() not in TITLES and token not in CAPITAL_TITLES) or not token[0].isupper():
        return False
    if not rest:
        return False
    following = [t for _p, t in rest]
    if following[0] == "&":
        return False  # `CL King & Associates`: a firm's partner, not a title
    if f"{token} {following[0]}" in FIRMS:
        return False  # `Dean Witter Reynolds`: a firm named after its founder
    office = following
    while office and (office[0].casefold() in TITLES or office[0].casefold() in TITLE_MODIFIERS):
        office = office[1:]  # `Chief Executive of AOL UK`
    # (`Speaker of the House of Lords`, but `Chancellor of the Exchequer Nigel Lawson`)
    of_body = office[1:2] == ["the"] and office[-1].strip(".,;:") in _BODY_ENDS
    if office and office[0] == "of" and (len(office) <= 3 or of_body):
        # `Mayor of London`, `Bishop of Durham`: an office of a place or a body, no name
        return False
    if next((t for t in following if t[:1].isupper()), None) in AWARD_PERIODS:
        return False  # `Player of the Year`: an award's name, not a title before a name
    if len(following) == 2 and following[0].casefold() in GIVEN_NAMES:
        return True  # `Lawyer David Steel`: a given name and a surname, though `Steel` heads firms
    return not any(t in ORG_HEADS or t in EVENT_HEADS or t in PLACE_HEADS for t in following)


def _title_phrase(current: list[tuple[int, str]], head: str) -> str:
    # `Prime Minister`, `Foreign Minister`: keep one modifier with the head.
    if current and current[-1][1].casefold() in TITLE_MODIFIERS:
        modifier = current.pop()[1]
        return f"{modifier} {head}".casefold()
    return head.casefold()


def _ends_sentence(token: str) -> bool:
    return token not in ABBREVIATIONS and "." not in token[:-1]


@lru_cache(maxsize=1 << 16)
def head_type(text: str) -> str | None:
    """Type from the head word: ORG, EVENT, PLACE or OTHER, or None when it says nothing.

    The head of `Ministry of Water Resources` is `Ministry`, of `Kitui County` `County`.
    """
    words = text.split(" ")
    if len(words) < 2:
        return "EVENT" if COP_EVENT.fullmatch(text) else None
    if words[0] in EVENT_OPENERS:
        return "EVENT"
    edition = words[0].isdigit() or words[0][:1].isdigit()
    core = words[: next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))]
    if not core:  # `of China`: a piece cut after its head, so it has none
        return None
    while len(core) > 1 and (core[-1].isdigit() or core[-1] in ("II", "III", "IV")):
        core.pop()
    head = core[-1]
    if head == "Chambers" and len(core) < len(words):
        return "ORG"  # `British Chambers of Commerce`, but `Guy Chambers` is a man
    if head in EVENT_HEADS or (edition and head in EDITION_HEADS):
        return "EVENT"
    if head in ORG_HEADS:
        return "ORG"
    if head in OTHER_HEADS:
        return "OTHER"
    if head in PLACE_HEADS:
        return "PLACE"
    return None


def quoted_works(body: str) -> list[tuple[int, int]]:
    """Offsets of titles in quotes: `the "China Internet Development Report 2023"`.

    A quoted span is a title when most of its words are capitalized and it names a kind
    of work (`Report`, `Plan`, `Song`) or a word before it does (`a study titled`).
    """
    found = []
    for match in QUOTED_TITLE.finditer(body):
        inner = match.group(1)
        words = [w for w in inner.split() if w.casefold() not in _SMALL_WORDS]
        if len(words) < 2 or inner[-1] in "!?":
            continue
        capitalized = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
        if capitalized < 0.75 * len(words):
            continue
        named = any(w.strip(",:") in WORK_WORDS for w in words)
        after = WORK_AFTER_QUOTE.match(body, match.end() - 1, match.end() + 50)
        if named or after or WORK_CUES.search(body, max(0, match.start() - 40), match.start()):
            end = match.start(1) + len(inner.rstrip(",. "))
            found.append((match.start(1), end))
    return found


# `," said the senior market strategist for Invesco AIM, ` right before a name.
ROLE_BEFORE = re.compile(r"[,\"”] (?:said|says|added|explained) [^.;\"“”\n]{3,80}, $")


def said_by(body: str, start: int, end: int) -> bool:
    """Whether a speech verb stands right after or before the span (`Marsh said`), or the
    span closes an attribution after its speaker's role (`," said the senior strategist
    for Invesco AIM, Fritz Meyer.`)."""
    return (
        bool(SPEECH_VERBS.match(body, end, end + 20))
        or bool(SPEECH_BEFORE.search(body, max(0, start - 14), start))
        or (
            body[end : end + 1] in (".", "\n")
            and bool(ROLE_BEFORE.search(body, max(0, start - 100), start))
        )
    )
