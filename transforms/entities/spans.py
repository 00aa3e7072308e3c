"""One article's candidate mentions, from the rules and the model, overlaps resolved.

Where candidates overlap, the stronger evidence wins: a defined acronym, then a wire-copy
rule that cannot be a coincidence (a title, a quoted report title, `Summit`), then the
model, then the weak rules (a gazetteer hit, an `Agency` head word, `X said`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from transforms.entities.acronyms import AcronymDefinition
from transforms.entities.gazetteer import Gazetteer, Place, accents_only
from transforms.entities.rules import (
    AGE,
    APPOSITIVE_ORG,
    APPOSITIVE_PERSON,
    APPOSITIVE_PLACE,
    APPOSITIVE_TITLE,
    APPOSITIVE_WHICH,
    PLACE_NOUN_AFTER,
    SPEECH_VERBS,
    WORK_NOUN_AFTER,
    Piece,
    body_word_before,
    capitalized_pieces,
    head_type,
    is_occupation,
    opens_sentence,
    quoted_works,
    said_by,
)
from transforms.entities.sports import player_spans, team_spans
from transforms.entities.vocabulary import (
    ABBREVIATIONS,
    AWARD_PERIODS,
    AWARDS,
    CALENDAR,
    CLUB_FIRST_WORDS,
    CLUB_LAST_WORDS,
    COMMON_ABBREVIATIONS,
    COMPANY_ENDINGS,
    CONNECTORS,
    CORPORATE_FIRST_STEMS,
    CORPORATE_FIRST_WORDS,
    CORPORATE_LAST_STEMS,
    CORPORATE_LAST_WORDS,
    CORPORATE_TITLES,
    CURRENCIES,
    DEMONYM_ENDINGS,
    DEMONYMS,
    FIRM_PARTNERS,
    FIRM_ROLES,
    GIVEN_NAMES,
    HONORIFICS,
    KNOWN_LONG_FORMS,
    KNOWN_SHORT_FORMS,
    LONE_HEADS,
    NEWS_AGENCIES,
    NOT_ENTITIES,
    OFFICE_PORTFOLIOS,
    OPENERS,
    ORG_CUES,
    ORG_HEADS,
    PARTIES,
    PARTY_WORDS,
    PLACE_PLURALS,
    PLATFORMS,
    PORTFOLIOS,
    POSTNOMINALS,
    SPEECH_ADVERBS,
    TIME_ZONES,
    TITLES,
    TRADE_WORDS,
    UNITS,
    UPPER_LETTERS,
    VERB_OR_BUSINESS_AFTER,
    WEEKDAYS,
)
from transforms.lexicon import lexicon

if TYPE_CHECKING:  # spaCy is imported only by the model profile
    from spacy.tokens import Doc

RANK_ACRONYM, RANK_STRONG, RANK_MODEL, RANK_WEAK = 4, 3, 2, 1
# spaCy labels kept, as entity types; DATE, TIME, MONEY, numbers and the like are dropped.
MODEL_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "EVENT": "EVENT", "WORK_OF_ART": "WORK", "NORP": "OTHER", "LAW": "OTHER",
    "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}  # fmt: skip
# A city needs this many people to be taken for a place from a capitalized word alone at
# the start of a sentence (`Mobile phones`, `Split decisions`).
SENTENCE_START_CITY = 100_000
# A town this large can name a club with a plural (`Pittsburgh Pirates`).
CLUB_TOWN = 100_000
# A city this large is a place whatever the model says (`Lyon`, not a surname).
WORLD_CITY = 500_000
# A capitalized word right before a person's name (`Anders` of `Anders Fogh Rasmussen`).
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z][a-z]+) $")
# A people's or a party's word (`Blairite`, `Corkman`, `Glaswegians`), no given name.
_MEMBER_ENDINGS = re.compile(r"(?:ites?|m[ae]n|ians?)$")


def _unknown_word(word: str) -> bool:
    """Whether a capitalized word is no English word at all, nor a form of one, nor two
    written as one (`Anders`, not `Yesterday`, `Sprinters`, `Robbing`, `Goalscorer`), nor
    reads as a people's or a party's word (`Blairite`, `Corkman`)."""
    # Imported here: `transforms.keywords` imports this package's vocabulary.
    from transforms.keywords import STOPWORDS

    lower = word.lower()
    if lower in STOPWORDS or lower in TITLES or _MEMBER_ENDINGS.search(lower):
        return False
    return not (lexicon().is_word_form(lower) or lexicon().is_compound(lower))


# What the small model leaves off a person's name: an Arabic article joined to the
# surname (`Abdul-Aziz al-Saqr`), and a surname that is also a weekday after a given name
# (`coach Mike Friday.`).
_ARTICLE_SURNAME = re.compile(r"(?:\s(?:al|el)-[A-Z][\w'’]+)+")
_WEEKDAY_SURNAME = re.compile(rf"\s(?:{'|'.join(WEEKDAYS)})(?=[.,;:]|['’]s\b|\s+[a-z]+ed\b)")


@dataclass(slots=True)
class Span:
    """A mention of an entity in the body; `name` and `place` are set by linking."""

    start: int
    end: int
    type: str
    rank: int
    method: str  # model | rule
    name: str = ""
    place: Place | None = None
    is_name: bool = True  # False for `the secretary-general`: a mention, never an alias
    title: str | None = None  # the title that introduced a person
    # the model's label, e.g. FAC; `team` for a team in a sports line, `player` for a player
    # in an individual sport's; `cued` for a body the words around it call one
    label: str = ""


def place_context(pieces: list[Piece], gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    """Countries and admin1 regions the body names without ambiguity, for geocoding.

    A name counts when one country or region of that name is ten times the size of any
    namesake elsewhere: `Florida` gives the US (not Uruguay's department), `Georgia` (a
    country and a US state) gives nothing, nor does `Santiago` (a Dominican region, and
    a capital city elsewhere).
    """
    countries: set[str] = set()
    regions: set[str] = set()
    for piece in pieces:
        found = gazetteer.candidates(piece.text)
        areas = [p for p in found if p.kind in ("country", "admin1")]
        if not areas:
            continue
        top = max(areas, key=lambda p: p.population)
        rivals = [p for p in found if p.country_code != top.country_code]
        if any(p.population * 10 >= top.population or p.population >= WORLD_CITY for p in rivals):
            continue
        countries.add(top.country_code)
        if top.kind == "admin1" and top.admin1:
            regions.add(top.admin1)
    return sorted(countries), sorted(regions)


# `Man-kei Tam`, `Ji-hoon Park`: a hyphenated given name and a surname ending a run.
_HYPHENATED_PERSON = re.compile(r"(?<= )[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+$")
# `Mayor of London ` right before a name: the title's office and its place.
_OFFICE_PLACE_BEFORE = re.compile(r"\b[A-Z][a-z]+ of (?:the )?[A-Z][\w.-]+(?: [A-Z][\w.-]+)* $")
_ROLE_BEFORE = re.compile(r"\b([a-z][a-z-]{2,}) $")


class ArticleSpans:
    """The mentions of one article body while they are found and linked."""

    def __init__(
        self, body: str, gazetteer: Gazetteer, definitions: list[AcronymDefinition]
    ) -> None:
        self.body = body
        self.gazetteer = gazetteer
        self.definitions = definitions
        self.pieces = capitalized_pieces(body)
        self.countries, self.regions = place_context(self.pieces, gazetteer)
        self.agencies: set[str] = set()
        self.home_country: str | None = None
        # The publisher's country (BBC: GB): its places, when the article names no country.
        self.publisher_country: str | None = None
        self.acronyms: dict[str, tuple[str, str]] = {}  # written form -> (long form, type)
        self.candidates: list[Span] = []
        self.nested: list[Span] = []  # short forms and places inside event names
        self.loose: list[Piece] = []  # capitalized pieces no rule typed
        self.spans: list[Span] = []
        self.occupied = bytearray(len(body))
        self.model_edges: set[int] = set()  # where the model's entities start and end
        self.model_labels: dict[str, str] = {}
        self.model_persons: dict[int, int] = {}  # end -> start of each of the model's persons
        self.model_org_ends: set[int] = set()  # where the model's organizations end
        self.split_persons: set[int] = set()  # persons split off a body the model ends
        self.lone_speakers: frozenset[str] | None = None  # words that speak alone: `Young told`
        self.he_speakers: frozenset[str] | None = None  # `Federer admitted he was`

    def text(self, span: Span | Piece) -> str:
        return self.body[span.start : span.end]

    def collect(self, doc: Doc | None) -> None:
        """Gather candidates from every rule and the model, then keep the best of overlaps."""
        # `Doc.ents` builds its spans anew on each read: read once.
        ents = () if doc is None else doc.ents
        model_labels = {ent.text: ent.label_ for ent in ents}
        self.model_labels = model_labels
        if doc is not None:
            self.model_edges = {e.start_char for e in ents} | {e.end_char for e in ents}
            # `Nikki Haley`, a common given name and a surname the model calls a body
            named = {e for e in ents if e.label_ == "ORG" and self._given_and_surname(e.text)}
            persons = [e for e in ents if e.label_ == "PERSON" or e in named]
            self.model_persons = {e.end_char: e.start_char for e in persons}
            orgs = (e for e in ents if e.label_ == "ORG" and e not in named)
            self.model_org_ends = {e.end_char for e in orgs}
        self._collect_acronyms(model_labels, ents)
        for start, end in quoted_works(self.body):
            self.candidates.append(Span(start, end, "WORK", RANK_STRONG, "rule"))
        lines = _lines(self.body)
        teams = team_spans(self.body, lines, self.is_country, self._is_town, self._is_person)
        for start, end, kind in teams:  # a results line is certain: above a title's cue
            self.candidates.append(Span(start, end, kind, RANK_ACRONYM, "rule", label="team"))
        for start, end in player_spans(self.body, lines, self.is_country):
            self.candidates.append(Span(start, end, "PERSON", RANK_ACRONYM, "rule", label="player"))
        for piece in self.pieces:
            self._collect_piece(piece)
        for start, end, label in self._joined_names(ents):
            self._collect_model_span(start, end, label)
        self._resolve()

    def _joined_names(self, ents) -> list[tuple[int, int, str]]:
        """The model's spans, a one-word place it splits off the front of a person's name
        joined to it when no gazetteer knows the place (`Ard` of `Ard Jan Vetham`), and a
        person's name it cut in two joined."""
        spans = [(e.start_char, e.end_char, e.label_) for e in ents]
        joined: list[tuple[int, int, str]] = []
        for start, end, label in spans:
            if joined and label == "PERSON" and joined[-1][2] in ("GPE", "LOC"):
                before_start, before_end, _ = joined[-1]
                word = self.body[before_start:before_end]
                if (
                    start == before_end + 1
                    and self.body[before_end] == " "
                    and word.isalpha()
                    and word.istitle()
                    and not self._is_known_place(word)
                    # (not `Goalscorer Jimmy Floyd Hasselbaink` opening a sentence)
                    and not self._common_word_opening(before_start, before_end)
                ):
                    joined[-1] = (before_start, end, "PERSON")
                    continue
            if (
                joined
                and label == "PERSON" == joined[-1][2]
                and self._cut_name(joined[-1], start, end)
            ):
                joined[-1] = (joined[-1][0], end, "PERSON")
                continue
            joined.append((start, end, label))
        return joined

    def _cut_name(self, before: tuple[int, int, str], start: int, end: int) -> bool:
        """Whether two of the model's persons, one space apart, are one long name it cut in
        two (`Sultan Hashim` + `Ahmad al-Tal`): two people's names never touch in running
        text. Not where the first ends on a possessive or a joining word the model took in
        (`Lil Jon and` + `Ludacris`), nor where the second is a full name of its own that
        opens with a given name (`Sex Pistol` + `John Lydon`)."""
        first, second = self.body[before[0] : before[1]], self.body[start:end]
        if start != before[1] + 1 or self.body[before[1]] != " ":
            return False
        last = first.rpartition(" ")[2]
        if not last[-1:].isalpha() or not last[:1].isupper() or last.endswith(("'s", "’s")):
            return False
        given, _, rest = second.partition(" ")
        return second[:1].isupper() and not (rest and given.lower() in GIVEN_NAMES)

    def _collect_acronyms(self, model_labels: dict[str, str], ents) -> None:
        for definition in self.definitions:
            long_form = definition.long_form
            kind = self._acronym_type(long_form, model_labels.get(long_form))
            self.acronyms[long_form] = self.acronyms[definition.short_form] = (long_form, kind)
        for ent in ents:
            # `the Latin American Economic System (SELA)`: a short form in the body's own
            # language matches no letters of the English name; the model's body before it.
            short = _SHORT_AFTER.match(self.body, ent.end_char) if ent.label_ == "ORG" else None
            if short is None or short[1] in self.acronyms or short[1] in KNOWN_SHORT_FORMS:
                continue
            cleaned = clean_span(self.body, ent.start_char, ent.end_char)
            if cleaned:
                long_form = self.body[cleaned[0] : cleaned[1]]
                self.acronyms[long_form] = self.acronyms[short[1]] = (long_form, "ORG")
        self._collect_initials(ents)
        for form, (long_form, kind) in self.acronyms.items():
            for start in _occurrences(self.body, form):
                if self._is_ticker(start, start + len(form)):
                    continue
                span = Span(start, start + len(form), kind, RANK_ACRONYM, "rule", name=long_form)
                (self.candidates if form == long_form else self.nested).append(span)

    def _collect_initials(self, ents) -> None:
        """`EC` in a story that names the European Community, `NYSE` beside the New York
        Stock Exchange: a short form no parenthesis defines is the one body the story
        names whose capitalized words' initials spell it."""
        bodies: dict[str, set[str]] = {}
        names = {ent.text for ent in ents if ent.label_ == "ORG"}
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            cleaned = clean_span(self.body, ent.start_char, ent.end_char)
            if cleaned is None:
                continue
            long_form = self.body[cleaned[0] : cleaned[1]]
            if any(name.startswith(long_form + " ") for name in names):
                continue  # `Brooklyn Union` of `Brooklyn Union Gas`: its short name
            words = [word for word in long_form.split() if word[:1].isupper()]
            while len(words) > 2 and words[-1] in CORPORATE_LAST_WORDS:
                words = words[:-1]  # `GM` for `General Motors Corp`
            if not (2 <= len(words) <= 6 and all(w.isalpha() and not w.isupper() for w in words)):
                continue  # (`EC Commission` is no spelling of `EC`)
            short = "".join(word[0] for word in words)
            if self.body.endswith((f"{short}'s ", f"{short}’s "), 0, cleaned[0]):
                continue  # `the EC's Executive Commission`: a body of the EC's own
            bodies.setdefault(short, set()).add(long_form)
        for short, long_forms in bodies.items():
            if len(long_forms) > 1 or short in self.acronyms or short in KNOWN_SHORT_FORMS:
                continue
            # `Brooklyn Union Gas <BU>`: a ticker is no name
            starts = _occurrences(self.body, short)
            if any(not self._is_ticker(start, start + len(short)) for start in starts):
                long_form = next(iter(long_forms))
                self.acronyms[long_form] = self.acronyms[short] = (long_form, "ORG")

    def _acronym_type(self, long_form: str, model_label: str | None) -> str:
        if self.is_region(long_form):
            return "PLACE"
        if model_label in ("LAW", "EVENT", "WORK_OF_ART", "PRODUCT"):
            return MODEL_TYPES[model_label]
        return head_type(long_form) or "ORG"

    def _collect_piece(self, piece: Piece) -> None:
        if piece.text in self.acronyms or self._is_ticker(piece.start, piece.end):
            return
        if phone := _PHONE.search(piece.text):  # `New York Newsdesk 212 859 1610`
            piece = piece._replace(
                end=piece.start + phone.start(), text=piece.text[: phone.start()]
            )
        if self._is_portfolio(piece.start, piece.end):
            return
        if body := self._body_before_person(piece.start, piece.end):
            # (as the model's span: `Amnesty International Iason Athanasiadis-Fowden,`)
            person = piece.start + len(body) + 1
            self._collect_piece(piece._replace(end=piece.start + len(body), text=body, cue="ORG"))
            piece = Piece(person, piece.end, self.body[person : piece.end], None, False, "PERSON")
        if piece.sentence_start and (cut := _occupation_before_name(piece.text, person=False)):
            piece = piece._replace(start=piece.start + cut, text=piece.text[cut:])
        if piece.cue is None:  # `Glencore and Whitehaven Coal, the two largest miners`
            piece = self._cue_after(piece, head_type(piece.text))
        elif (
            piece.title
            and _MEDIUM_AFTER.match(self.body, piece.end, piece.end + 16)
            and " and " not in piece.text  # (`designer Gianni Versace and Vogue magazine`)
        ):
            # `The official International Business newspaper`: the title word describes
            # the paper
            piece = piece._replace(cue="ORG", title=None)
        words = piece.text.split(" ")
        if words[-1] == "Executive" and len(words) > 1 and not _is_title_words(piece.text):
            # `The Scottish Executive said`, `the Health and Safety Executive`: a body, whole
            # (not `Chief Executive`)
            self.candidates.append(Span(piece.start, piece.end, "ORG", RANK_MODEL, "rule"))
            return
        parts = self._split_piece(piece)
        if parts is not None:
            for part in parts:
                self._collect_piece(part)
            return
        words = piece.text.split(" ")
        if len(words) > 3 and _party_or_people(words[0]) and words[1] in ("on", "of"):
            # `the senior Republican on the Senate Budget Committee`: a member of a body
            # named by party, no one's name; the body after it is the name
            cut = len(" ".join(words[: 3 if words[2] == "the" else 2])) + 1
            piece = Piece(piece.start + cut, piece.end, piece.text[cut:], None, False, "ORG")
        begin = piece.start - len(piece.title or "") - 1
        titled = piece.title and begin >= 0 and self.body[begin].isupper()
        if piece.cue == "PERSON" and titled and self._title_opens_body(piece):
            # `General Acquisition said`: the capitalized title opens the company's name
            text = self.body[begin : piece.end]
            piece = Piece(begin, piece.end, text, None, piece.sentence_start, "ORG")
        kind, rank = self._piece_type(piece)
        if kind == "PERSON" and piece.text in OFFICE_PORTFOLIOS and piece.title:
            return  # `Deputy Prime Minister for Finance and ...`: the office's, no one
        if kind == "PERSON" and self._after_business(piece.start):
            kind = "ORG"  # `Paris-based Euronext, owner of Liffe`: a business
        if kind == "PERSON" and (cut := _postnominal_cut(piece.text)):
            piece = piece._replace(end=piece.start + cut, text=piece.text[:cut])
        if kind == "PERSON" and (cut := _styles_before_name(piece.text)):
            piece = piece._replace(start=piece.start + cut, text=piece.text[cut:])
        if kind == "PERSON":
            piece = _without_numbers(piece)  # `Reser 1,400` in a table: a number is no name
            if piece is None or self._in_table_row(piece):
                return  # `Farmer Reser 1,400 1,300`: a row's label, not a farmer
        if kind is not None:
            title = piece.title if kind == "PERSON" else None
            # A place the words around it call a town or a mine is local, like a facility;
            # a body they call a firm (`Interacciones brokerage`) is one wherever named.
            label = "FAC" if kind == "PLACE" and piece.cue == "PLACE" else ""
            label = "cued" if kind == "ORG" and self._called_a_body(piece) else label
            span = Span(piece.start, piece.end, kind, rank, "rule", title=title, label=label)
            self.candidates.append(span)
        else:
            self.loose.append(piece)

    def _in_table_row(self, piece: Piece) -> bool:
        """Whether a title-cued name heads a line of figures (`Farmer Reser 1,400 1,300`)."""
        if not piece.title:
            return False
        line_end = self.body.find("\n", piece.end)
        rest = self.body[piece.end : line_end if line_end != -1 else len(self.body)].split()
        return len(rest) >= 2 and all(_NUMBER.fullmatch(word.lstrip(",")) for word in rest)

    def _split_piece(self, piece: Piece) -> list[Piece] | None:
        """`China and Russia` is two names, and so is `Ford and General Motors` when the
        model says so, but not `Harbin Ice and Snow World`; `Rose Wanjiku of the University
        of Nairobi` is two: a name of two words or more, with no head word, before `of`."""
        text = piece.text
        words = text.split(" ")
        place = " ".join(words[:-2])
        # (not `Allen E. Murray`, `Mary Joe Fernandez`: a given name that is a place's too)
        person = (
            bool(place)
            and words[-2][:1].isupper()
            and words[-2] not in CONNECTORS
            and not words[-2].endswith(".")
            and place.lower() not in GIVEN_NAMES
            and self.model_labels.get(text) != "PERSON"
            and (words[-2].lower() in GIVEN_NAMES or self.model_labels.get(words[-1]) == "PERSON")
        )
        if person and self._is_known_place(place):
            # `Senator from Vermont Bernie Sanders` (and `Sanders said` later): the place a
            # title names, then the person
            left, right = self._halves(piece, len(place), 1)
            return [left._replace(cue="PLACE"), right._replace(cue="PERSON")]
        party = _without_member_word(text)
        if party:  # `Labour MP Jean Corston`: the party before its member's letters
            return [piece._replace(end=piece.start + len(party), text=party)]
        first, _, rest = text.partition(" ")
        partnered = rest.startswith("and ") and rest[4:].split(" ", 1)[0] in FIRM_PARTNERS
        first_end = piece.start + len(first)
        if (
            partnered
            and self.body.endswith(", ", 0, piece.start)
            and first_end in self.model_org_ends
        ):
            # `Bear, Stearns and Co Inc`: a firm of two names set off by a comma, which
            # the model reads as one (`Bear, Stearns`)
            opens = self.body.rfind(" ", 0, piece.start - 2) + 1
            before = self.body[opens : piece.start - 2]
            if opens in self.model_edges and before.istitle() and before.isalpha():
                name = self.body[opens : piece.end]
                return [piece._replace(start=opens, text=name, cue="ORG")]
        country, _, office = text.rpartition(" ")
        if office.casefold() in TITLES and self.is_country(country):
            # `a senior U.S. Official here commented`: an office of a country names no one
            return [piece._replace(end=piece.start + len(country), text=country, cue="PLACE")]
        broker = _firm_trade_cut(text)
        if broker:  # `London Broker Hoare Govett`: the firm, and the place it is in
            name = text[broker:]
            cue = "PERSON" if name.split(" ", 1)[0].lower() in GIVEN_NAMES else "ORG"
            pieces = [piece._replace(start=piece.start + broker, text=name, cue=cue)]
            place = text[:broker].rsplit(" ", 2)[0] if text[:broker].count(" ") > 1 else ""
            if place and self._is_known_place(place):
                pieces.insert(0, piece._replace(end=piece.start + len(place), text=place))
            return pieces
        trailing = _CONNECTED_NUMBER.search(text)
        if trailing is not None:
            # `buy American Motors Corp for 1.5 billion dlrs`: a price, no part of the name
            return [
                piece._replace(end=piece.start + trailing.start(), text=text[: trailing.start()])
            ]
        if self.gazetteer.candidates(text):
            return None
        person = self._person_after_employer(piece)
        if person is not None:
            return person
        tail = _HYPHENATED_PERSON.search(text)
        if tail and self.model_labels.get(text) == "ORG" and tail.start() > 0:
            # `Amnesty International Man-kei Tam`: the model runs a body into the name of
            # the person who speaks for it; a hyphenated given name starts the person.
            left, right = self._halves(piece, tail.start() - 1, 1)
            return [left._replace(cue="ORG"), right._replace(cue="PERSON")]
        short, _, rest = text.partition(" ")
        if _is_acronym(short) and _names_a_person(rest):
            # `federation CNPF Francois Perigot said`: a body's short form, then the
            # person who speaks for it
            left, right = self._halves(piece, len(short), 1)
            if _before_a_name(short) or short in POSTNOMINALS:
                return [right._replace(title=short.casefold(), cue="PERSON")]  # `MSP Karen`
            return [left._replace(cue="ORG"), right._replace(cue="PERSON")]
        named_from = self.model_persons.get(piece.end, piece.start)
        lead = self.body[piece.start : named_from].split()
        if lead and all(_before_a_name(word) for word in lead):
            # `Liberal Democrat David Laws said`, `Conservative MP Sir Teddy Taylor`: a
            # party's or a people's words, and titles, before the person the model names
            # are no part of the name
            name = self.body[named_from : piece.end]
            titles = " ".join(w.casefold() for w in lead if w.casefold() in TITLES)
            title = titles or piece.title
            return [piece._replace(start=named_from, text=name, title=title, cue="PERSON")]
        if " on " in text and text.rpartition(" on ")[2] in PLATFORMS:
            # `Joshua Wong on Twitter`: where the person wrote, no part of the name
            left, right = self._halves(piece, text.rindex(" on "), 4)
            return [left, right._replace(cue="ORG")]
        body_words, _, last = text.rpartition(" ")
        office = body_words and last[:1].isupper() and last.casefold() in _OFFICES
        if office and (self._is_person(text) or said_by(self.body, piece.start, piece.end)):
            # `The Opec President said`: no name follows the office, so the words before
            # it name the body that holds it (or a portfolio, `Finance Minister`: nothing);
            # `Football Manager`, a game, says or does nothing.
            if last.casefold() in _PORTFOLIO_OFFICES or _is_title_words(body_words):
                return []
            end = piece.start + len(body_words)
            return [piece._replace(end=end, text=body_words, title=None, cue="ORG")]
        region = self._member_of_region(text)
        if region:
            return [piece._replace(end=piece.start + len(region), text=region, cue="PLACE")]
        country, _, surname = text.rpartition(" ")
        if " " in country and self.is_country(country) and self._model_surname(surname):
            # `offer wheat to the Soviet Union Lyng said`: the comma after the country lost
            left, right = self._halves(piece, len(country), 1)
            return [left._replace(cue="PLACE"), right._replace(cue="PERSON")]
        if piece.title and piece.cue == "PERSON":
            parts = self._office_of(piece)
            if parts is not None:
                return parts
        joins = [j.start() for j in re.finditer(" and ", text)]
        # (`Dillon Read and Co Inc and Alex Brown and Sons Inc`: two firms, cut between)
        joins = [j for j in joins if text[j + 5 :].split(" ", 1)[0] not in FIRM_PARTNERS]
        if (
            joins
            and not _joins_portfolios(text)
            and not self._one_firm(text)
            and not self._employer_of_person(piece)
        ):
            # (`Fahnestock and Co` is one firm)
            cut = joins[0]
            halves = self._halves(piece, cut, 5)
            edges = self.model_edges
            if (
                " and the " in text
                or (piece.start + cut in edges and halves[1].start in edges)
                or all(self._piece_type(half)[0] for half in halves)
            ):
                return halves
        if piece.sentence_start and _is_company(text) and " of " in text:
            cut = text.index(" of ")  # `Shares of Acme Corp rose`: the company alone
            if " " not in text[:cut] and text[:cut] not in ORG_HEADS:
                return [self._halves(piece, cut, 4)[1]._replace(cue="ORG")]
        lead, of, firm = text.partition(" of ")
        home = (
            of
            and " " not in lead
            and (self.model_labels.get(firm) == "GPE" or self._is_known_place(firm))
        )
        # (`Joensson of Goldman Sachs said` after `Mats Joensson`: a body to the model)
        modelled_firm = self.model_labels.get(firm) == "ORG"
        if (
            of
            and " " not in lead
            and lead not in ORG_HEADS  # (`Bank of Tokyo`: a body's head is no one's surname)
            and (home or modelled_firm or _is_company(firm) or self._company_named_in_full(firm))
            and (
                self._surname_of_a_person(lead)
                # (`King Hamad of Bahrain`: a person to the model, after a title; but
                # `Duke of Edinburgh` is a title of its own)
                or (
                    piece.title
                    and self.model_labels.get(lead) == "PERSON"
                    and self.is_country(firm)
                    and lead not in PEERAGES
                    and lead.casefold() not in TITLES
                )
            )
        ):
            # `said Leslie of Discount Corp.` after `Allan Leslie of Discount Corp.`; `said
            # Williams of Bankers Trust` after `John Williams of Bankers Trust Co`; `said
            # Mr Skeens of Brownsville` after `Trevin Skeens`: the person and where he lives
            left, right = self._halves(piece, len(lead), 4)
            return [left._replace(cue="PERSON"), right._replace(cue="PLACE" if home else "ORG")]
        if " of " in text and _is_company(text[: text.index(" of ")]):
            cut = text.index(" of ")  # `Kia Motor Corp of South Korea`
            left, right = self._halves(piece, cut, 4)
            return [left._replace(cue="ORG"), right._replace(cue=None)]
        if (
            " of " in text
            and text.split(" ", 1)[0] in PEERAGES
            and " " in text[: text.index(" of ")]
        ):
            left, right = self._halves(piece, text.index(" of "), 4)
            if _is_title_alone(left.text):  # `Lord Mayor of London`: an office of a place
                return [right]
            # `Lord Nicholls of Birkenhead` is one person: the place is his title's.
            return None if piece.cue == "PERSON" else [piece._replace(cue="PERSON")]
        if " of " in text and head_type(text) is None:
            cut = text.index(" of ")
            if text[cut + 4 :].removeprefix("the ") in AWARD_PERIODS:
                return []  # `World Player of the Year`: an award, no person and no body
            if " " in text[:cut]:
                left, right = self._halves(piece, cut, 4)
                # A title before the name stays with it; a cue after the whole does not.
                left_cue = piece.cue if piece.title or piece.cue == "PERSON" else None
                if self.model_labels.get(left.text.rpartition(" ")[2]) == "PERSON":
                    left_cue = "PERSON"  # `Thom Brown of ...`, the model's `Brown` later
                elif self._given_and_surname(left.text):
                    left_cue = "PERSON"  # `Chris Callies of Dean Witter said`
                return [left._replace(cue=left_cue), right._replace(cue="ORG")]
        return None

    def _person_after_employer(self, piece: Piece) -> list[Piece] | None:
        """`Chrysler LLC Jim Press`, `Fort Pitt Capital Group Charlie Smith`, `company CEO
        Steve Jobs`: a body or a title run on into a person's name, where the model ends a
        name of two words or more at the run's end but starts it inside: two pieces."""
        start = self.model_persons.get(piece.end)
        if start is not None and " " not in self.body[start : piece.end]:
            # `the Refugee Council Enver Solomon`, the model naming only `Solomon`: the
            # person is the two or three words after the body the model ends before them.
            ends = [e for e in self.model_org_ends if piece.start < e < piece.end]
            rest = self.body[max(ends) : piece.end].split() if ends else []
            named = 2 <= len(rest) <= 3 and all(word[:1].isupper() for word in rest)
            start = max(ends) + 1 if named else None
        if start is None or not piece.start < start < piece.end:
            return None
        after_org = start - 1 in self.model_org_ends  # the model ends a body right before
        if after_org:
            self.split_persons.add(start)  # `Enver` is his given name, no portfolio
        left_text = self.body[piece.start : start].rstrip()
        right = Piece(start, piece.end, self.body[start : piece.end], None, False, "PERSON")
        if _is_title_words(left_text) or left_text.casefold() in _OFFICES:
            return [right._replace(title=left_text.casefold())]
        if self._portfolio_before(left_text, piece.start):
            return [right]
        employer = (
            after_org
            or self.model_labels.get(left_text) == "ORG"
            or head_type(left_text) == "ORG"
            or is_corporate(left_text)
            or _is_company(left_text)
        )
        if not employer:
            return None
        left = piece._replace(end=piece.start + len(left_text), text=left_text, title=None)
        office, of, _ = left_text.partition(" of ")
        if of and _is_title_words(office):  # `CEO of the Refugee Council`: the body
            left = self._halves(left, len(office), len(of))[1]
        return [left._replace(cue="ORG"), right]

    def _portfolio_before(self, text: str, start: int) -> bool:
        """Whether `text`, at `start`, is a title's portfolio after its `of` (`Secretary of
        State Colin Powell`), no body."""
        if text not in OFFICE_PORTFOLIOS or not self.body.endswith(" of ", 0, start):
            return False
        title = self.body[self.body.rfind(" ", 0, start - 4) + 1 : start - 4]
        return title.casefold() in TITLES

    def _named_elsewhere(self, name: str, start: int) -> bool:
        """Whether the story writes the name apart from the span at `start` (`James
        McGroarty of Discount Corp.`, then `McGroarty of Discount`)."""
        return any(at != start for at in _occurrences(self.body, name))

    def _employer_of_person(self, piece: Piece) -> bool:
        """`Thom Brown of Butcher and Singer said`: two single names joined by `and` after
        a person's `of` (or `at`, `with`) are the firm that person is with; so is any name
        with `and` after a firm's role (`economist with National and City Brokers`)."""
        role = _ROLE_WITH.search(self.body, max(0, piece.start - 30), piece.start)
        if role is not None and role[1] in FIRM_ROLES:
            return True
        words = piece.text.split(" ")
        if len(words) != 3 or words[1] != "and":
            return False
        person = _OF_A_PERSON.search(self.body, max(0, piece.start - 40), piece.start)
        if person is None or person[1].casefold() in TITLES or person[1] in _BODY_PLURALS:
            # (`Minister of Communications and Transport`, `Ministries of Communication
            # and Finance`: portfolios)
            return False
        return not any(self._is_known_place(word) for word in (words[0], words[2]))

    def _one_firm(self, text: str) -> bool:
        """`Gulf and Western Inc`, which the story calls `Gulf and Western` again, and
        that `Gulf and Western` itself: one company, not two (`Ford and General Motors
        Corp` is never written so twice)."""
        words = text.split(" ")
        while len(words) > 1 and words[-1] in CORPORATE_LAST_WORDS:
            words.pop()
        short = " ".join(words)
        if " and " not in short:
            return False
        if short != text:
            return self.body.count(short) > 1
        # `Bell and Howell said` after `Bell and Howell Co`
        after = re.finditer(rf"{re.escape(short)}\s+([\w.]+)", self.body)
        if any(found[1] in CORPORATE_LAST_WORDS for found in after):
            return True
        # `Duff and Phelps said`, again and again: a firm to the model's one half and a
        # person to its other, neither written apart from the other, is one firm's name
        # (not `Kenteris and Thanou` after `Kostas Kenteris`; two bodies, two people or two
        # places the model types alike)
        first, _, second = short.partition(" and ")
        labels = {self.model_labels.get(first), self.model_labels.get(second)}
        together = self.body.count(short)
        return (
            " " not in first + second
            and labels == {"ORG", "PERSON"}
            and together > 1
            and self.body.count(first) == together == self.body.count(second)
        )

    def _office_of(self, piece: Piece) -> list[Piece] | None:
        """`Mayor of London Sadiq Khan`, `Governor of the Central Bank Yi Gang`: after a
        title's `of` come the place or body of the office, then the person; in `Secretary
        of State Antony Blinken` the portfolio is the title's own, and so is what follows
        a title's `for`. Names joined on by `and` are pieces of their own."""
        before = self.body[max(0, piece.start - 8) : piece.start]
        portfolio = before.endswith((" for ", " for the "))
        if not (portfolio or before.endswith((" of ", " of the "))):
            return None
        words = piece.text.split(" ")
        given = [i for i, word in enumerate(words) if i and word.casefold() in GIVEN_NAMES]
        # `... Tessa Jowell and Karen Thomson`: names joined by `and` go the old way
        joins_people = any(word == "and" and i + 1 in given for i, word in enumerate(words))
        joins_people = joins_people or (bool(given) and "and" in words[given[0] :])
        # (`Director of Public Credit Mauricio Cabrera`: a portfolio of two words at most
        # before a name of two, when no given name the list knows opens it)
        plain = 3 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
        titled = piece.title in _PORTFOLIO_TITLES and (given or plain)
        # (`Undersecretary of the Air Force for Acquisition Darleen Druyun`: the body's
        # portfolio after `for`, then the person's given name, else the last two words;
        # `State for Foreign Affairs` is an office's own, below)
        within = words[1 : given[0] if given else -3]
        if "for" in within and " ".join(words[: words.index("for")]) not in OFFICE_PORTFOLIOS:
            titled = True
        if not joins_people and (portfolio or titled):
            # `Minister for Trade Negotiations Michael Duffy`, `Secretary of Trade and
            # Industry Jose Concepcion`: the person's name starts at a given name, else it
            # is the last two words; the portfolio's is the rest.
            cut = given[0] if given else len(words) - 2
            if cut < 1:
                return None
            person = self._halves(piece, len(" ".join(words[:cut])), 1)[1]
            return [person._replace(title=piece.title)]
        joined: list[Piece] = []
        if " and " in piece.text:
            piece, other = self._halves(piece, piece.text.index(" and "), 5)
            joined.append(other)
        words = piece.text.split(" ")
        for count in range(1, len(words) - 1):  # the person keeps two words at least
            office = " ".join(words[:count])
            left, right = self._halves(piece, len(office), 1)
            right = right._replace(title=piece.title)
            if office in OFFICE_PORTFOLIOS and words[count] == "for":
                # `Secretary of State for Culture Tessa Jowell`: the person's are the last
                # two words, the portfolio's the rest.
                if len(words) - count < 4:
                    return joined
                cut = len(" ".join(words[:-2]))
                # (`State for Foreign Affairs Rashid Abdulla al-Nuaimi`: a longer name the
                # model starts after a portfolio word)
                model_cut = self.model_persons.get(piece.end, piece.start) - piece.start - 1
                if len(" ".join(words[: count + 2])) <= model_cut < cut:
                    cut = model_cut if piece.text[model_cut] == " " else cut
                person = self._halves(piece, cut, 1)[1]
                return [person._replace(title=piece.title), *joined]
            if office in OFFICE_PORTFOLIOS:
                return [right, *joined]
            if head_type(office) in ("ORG", "PLACE") or self._is_known_place(office):
                return [left._replace(title=None, cue=None), right, *joined]
        return None

    @staticmethod
    def _halves(piece: Piece, cut: int, gap: int) -> list[Piece]:
        right = piece.text[cut + gap :]
        right_start = piece.start + cut + gap
        if right.startswith("the "):
            right, right_start = right[4:], right_start + 4
        left = piece._replace(end=piece.start + cut, text=piece.text[:cut])
        return [left, Piece(right_start, piece.end, right, None, False, piece.cue)]

    def _piece_type(self, piece: Piece) -> tuple[str | None, int]:
        """Type and strength of a capitalized piece; the cues around it come first."""
        text = piece.text
        if text in NOT_ENTITIES or _is_demonym(text) or self._shouted_word(text):
            return None, 0
        if text in COMPANY_ENDINGS:
            return None, 0  # `Ltd` split off its name, whatever cue stands by it
        if self._is_grade(piece.start, piece.end):
            return None, 0
        if text.islower():
            return None, 0  # `The 27-year-old, who captained`: no capital, no name
        if text in NEWS_AGENCIES or text in self.agencies:
            return "ORG", RANK_STRONG
        if piece.title and " " in text and text.rpartition(" ")[2] in FIRM_PARTNERS:
            return "ORG", RANK_MODEL  # `analyst Anthony Bird Associates'`: the analysts' firm
        if piece.title and piece.cue == "PERSON" and " " in text and _names_a_person(text):
            return "PERSON", RANK_STRONG  # `Lawyer David Steel`, though `Steel` heads firms
        if _is_company(text) or (is_corporate(text) and not self.gazetteer.candidates(text)):
            return "ORG", RANK_MODEL  # as strong as the model: `Douglas & Lomason Co` stays whole
        if " and " in text and self._one_firm(text):
            return "ORG", RANK_MODEL  # `Bell and Howell said`: longer than the model's two names
        if _is_known_org(text) or self._is_club(text):
            return "ORG", RANK_MODEL
        if text in AWARDS:
            return AWARDS[text], RANK_STRONG
        model_person = self.model_persons.get(piece.end) == piece.start and " " in text
        if piece.cue == "PERSON" and model_person:
            return "PERSON", RANK_STRONG  # `Jim Press`: the model and a title agree on a person
        head = head_type(text)
        if head == "EVENT":
            return "EVENT", RANK_STRONG
        cue = piece.cue
        if cue in ("PERSON", "WORK") and text in COMMON_ABBREVIATIONS:
            return None, 0  # `better HDTV`, `a PC report`: a thing, not a name
        if cue in ("PERSON", "WORK") and _is_acronym(text) and not self.is_region(text):
            # `a senior USDA official`, `internet provider AOL`, `the CFTC report`: capitals
            # alone are no one's name and no title, but the body that employs, serves or
            # writes.
            return "ORG", RANK_STRONG
        if (cue == "PERSON" and _is_title_words(text)) or _is_title_alone(text):
            # `the caretaker Prime Minister, recommended`, `the outgoing European
            # Commissioner said`: a title names no one
            return None, 0
        if cue == "PERSON" and piece.title and " " not in text and self.lower_too(text):
            return None, 0  # `the General Election` where the story writes `election`
        if cue == "PERSON" and piece.title and self._title_opens_body(piece):
            return None, 0  # `General Motors`; `General Acquisition` of `General Acquisition Co`
        if cue == "PERSON" and head is None and not self.is_region(text):
            return "PERSON", RANK_STRONG
        place = self._looks_like_place(piece)
        if cue in ("ORG", "WORK") and not place:
            return cue, RANK_STRONG
        if cue == "PLACE" or place:
            return "PLACE", RANK_STRONG if cue == "PLACE" else RANK_WEAK
        if text in LONE_HEADS:
            return None, 0
        if head is not None:
            return head, RANK_MODEL if head != "PLACE" else RANK_WEAK
        words = text.split(" ")
        # `B Shiva Parvathi`, `K. Kasturirangan`: initials may open a name (not `A` or `I`)
        while len(words) > 2 and _INITIAL.fullmatch(words[0]) and words[0][0] not in "AI":
            words = words[1:]
        plain = 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words)
        # `Marsh said`, `said Karen Liu`; but not `Statistics Canada said`.
        # (`Bank Negara said`: no one's name opens with a body's head)
        named = plain and cue is None and not any(self.is_region(word) for word in words)
        named = named and words[0] not in ORG_HEADS and words[-1] not in TRADE_WORDS
        owner = self.body.startswith(("'s ", "’s ", "' ", "’ "), piece.end)
        if plain and cue is None and words[0] in ORG_HEADS and self.model_labels.get(text) == "ORG":
            return "ORG", RANK_WEAK  # `Bank Negara said`, where the model saw it once
        if named and said_by(self.body, piece.start, piece.end) and not owner:
            if _INNER_ROLE.match(self.body, piece.end):
                return "ORG", RANK_WEAK  # `said Forrester Research consultant John McCarthy`
            return "PERSON", RANK_MODEL  # (in `said Sky Networks' Sophie`, Sophie speaks)
        if named and len(words) <= 3 and words[0].casefold() in GIVEN_NAMES:
            # `Sky Networks' Sophie Turner Laing`, which the model misses: a common given
            # name and a surname; weak, so that the model's reading of the words wins.
            return "PERSON", RANK_WEAK
        if cue == "THING" and self.model_labels.get(text) not in ("GPE", "LOC", "FAC"):
            return "ORG", RANK_MODEL  # `Eurogas, which represents`, not `the Mekong, which`
        capitals = 2 <= len(text) <= 6 and text.isupper()
        if capitals and text not in COMMON_ABBREVIATIONS and text not in POSTNOMINALS:
            return "ORG", RANK_WEAK  # `UNESCO`, `NATO`: capitals alone are mostly bodies
        return None, 0

    def _cue_after(self, piece: Piece, head: str | None) -> Piece:
        """The piece with what the words after it say: `, secretary-general of` or `, who`
        a person, `, the food delivery giant` an organization, `, the kiwifruit capital` or
        ` region` a place, ` report` a work; `, which` anything but a person."""
        body, end = self.body, piece.end
        follower = body[end : end + 2]
        cue = None
        if follower[:1] == " " and follower[1:].islower() and head is None:
            if PLACE_NOUN_AFTER.match(body, end, end + 12):
                cue = "PLACE"
            elif WORK_NOUN_AFTER.match(body, end, end + 8) and not self._speaks(piece.text):
                cue = "WORK"  # `the Maekawa report`; but `the Bundesbank report` is its body's
            elif self._kind_after(piece):
                cue = "ORG"  # `an article in Progressive magazine`: a publisher, no place
            elif self._speaks_for_it(piece):
                cue = "ORG"  # `An Ajax spokesman told`: the club the model took for a man
        elif follower == ", ":
            title = APPOSITIVE_TITLE.match(body, end, end + 60)
            # `In Caracas, President Nicolas Maduro`: the title is the next name's; in
            # `sought by New Delhi, the trade official said` it is the one who speaks.
            if (
                title is not None
                and not _starts_name(body, title.end())
                and not (
                    body[title.end()] == " "
                    and SPEECH_VERBS.match(body, _ADVERBS.match(body, title.end()).end())
                )
            ):
                return piece._replace(cue="PERSON", title=title.group("title").casefold())
            if APPOSITIVE_PERSON.match(body, end):
                # (`Leicester, who signed White`: a known place that does things is its
                # team or its council, no person; `Ajax, who are third`: one name with a
                # plural verb is a side)
                if _WHO_ARE.match(body, end) and " " not in piece.text:
                    cue = "ORG"
                elif " " in piece.text or not self._is_known_place(piece.text):
                    cue = "PERSON"
            elif (org := APPOSITIVE_ORG.match(body, end, end + 60)) and not _starts_name(
                body, org.end()
            ):  # `Wang Donghai, the pressure group Human Rights in China`: the group's
                cue = "ORG"
            elif APPOSITIVE_PLACE.match(body, end, end + 60):
                cue = "PLACE"
            elif APPOSITIVE_WHICH.match(body, end):
                cue = "THING"
        return piece._replace(cue=cue) if cue else piece

    def _looks_like_place(self, piece: Piece) -> bool:
        lone_opener = piece.sentence_start and " " not in piece.text
        # `Mobile phone sales are expected to grow` where the story also writes `a mobile`:
        # a common noun opening a sentence, not the town in Alabama.
        common = lone_opener and self._common_word(piece.start, piece.text)
        for place in self.gazetteer.candidates(piece.text):
            if place.kind != "city":
                return True
            if common:
                continue
            if place.country_code == self.home_country:
                return True
            if accents_only(place, piece.text):
                continue  # `the Bank` is no `Bānk`
            if place.population >= (SENTENCE_START_CITY if lone_opener else 1):
                return True
        return False

    def is_region(self, text: str) -> bool:
        """Whether the name is a country or an admin1 region."""
        return any(p.kind != "city" for p in self.gazetteer.candidates(text))

    def _collect_model_span(self, start: int, end: int, label: str) -> None:
        kind = MODEL_TYPES.get(label)
        if label == "PRODUCT" and self._family_name(self.body[start:end]):
            kind = "PERSON"  # `Otis Ferry, the son of rock star Bryan Ferry`: a person
        if label == "NORP":  # `Chinese`, `Kenyan`, `Palestinians`: not entities
            return
        if kind == "PLACE" and self._common_word_opening(start, end):
            return  # the model's place in `Broadband prices fell`, `Goalscorer Jimmy ...`
        if kind == "PERSON" and self._thing_after_the(start, end):
            # `the Mac Mini`, `the Premiership`, `the Bernabeu`: no one; `the Marlins`,
            # `the Beastie Boys`: a team or a band
            plural = self.body[end - 1 : end] == "s" and self.body[end - 2 : end] != "ss"
            kind = "ORG" if plural else "OTHER"
        if self._is_ticker(start, end):
            return
        cleaned = clean_span(self.body, start, end) if kind else None
        if cleaned is None:
            return
        start, end = cleaned
        if self._shouted_word(self.body[start:end]) or self.body[start : end + 1] in HONORIFICS:
            return  # (`Atty. Gen. Edwin Meese`: the model's `Atty` is a title's short form)
        if self._portfolio_before(self.body[start:end], start):
            return  # (`Colin Powell, US Secretary of State was visiting`)
        either = self.body.find(" or ", start, end)
        if either > 0 and kind in ("ORG", "PERSON", "PLACE") and self.body[either + 4].isupper():
            # `Bolton host Arsenal or Sheffield United`: two names the model took as one
            self._collect_model_span(start, either, label)
            self._collect_model_span(either + 4, end, label)
            return
        if kind == "PLACE":
            start, end, kind = self._place_span(start, end)
        if self._capitalized_after_us(self.body[start:end]):
            kind, end = "PLACE", start + len("U.S.")  # `U.S. Moves towards protectionism`
        inner = _INNER_ROLE.search(self.body, start, end)
        if inner is not None and kind in ("ORG", "PERSON"):
            # `Barcelona star Ronaldinho`, one span to the model: the person after the role
            # (the rules find the body before it)
            start, kind = inner.end(), "PERSON"
        if self._is_portfolio(start, end):
            return
        role, _, named = self.body[start:end].partition(" ")
        # `Motorist Dom Lawson, whose car was missed, said`: one work to the model; the
        # person after the role (not `Belgian Grand Prix`)
        role_word = role.lower() in TITLES or is_occupation(role.lower())
        role_word = role_word and role not in DEMONYMS
        if kind == "WORK" and role_word and _ROLE_BEFORE_NAME.fullmatch(named):
            start, kind = start + len(role) + 1, "PERSON"
        owner = _OWNER_OF_PERSON.match(self.body, start, end)
        if owner is not None and kind in ("ORG", "PERSON") and not head_type(self.body[start:end]):
            person = self.body[owner.end() : end]
            if _names_a_person(person) or self._surname_of_a_person(person):
                # `said Capel's Dennis`, `Prudential Bache Securities' Hank Sawa`: one span
                # to the model; the person after the firm's possessive (the rules find it)
                start, kind = owner.end(), "PERSON"
        body = self._body_before_person(start, end) if kind in ("ORG", "PERSON") else ""
        if body:
            # `According to Amnesty International Iason Athanasiadis-Fowden, reporter for`:
            # copy that lost a comma runs a body the story names on its own into a person
            start, kind = start + len(body) + 1, "PERSON"
        text = self.body[start:end]
        if text.split(" ", 1)[0] in OFFICE_PORTFOLIOS and self.body.endswith(" of ", 0, start):
            return  # `Secretary of State (for Culture Tessa Jowell)`: the title's, not a body
        while (space := text.rfind(" ")) > 0:
            number = text[space + 1 :]
            # `H. Morris 69` on a score card, `Reser 1,400` in a table: no number is part of
            # a person's name; but `Group of 77` and `Channel 4` keep theirs.
            scored = kind in ("PERSON", "PLACE") or (kind == "ORG" and len(number) > 1)
            if not (scored and _NUMBER.fullmatch(number)) or text.endswith(" of " + number):
                break
            end, text = start + space, text[:space]
        article, _, named = text.partition(" ")
        # (not `An`, which may be a given name: `An Marchal`)
        if kind == "ORG" and article == "A" and named[:1].isupper():
            start, text = start + 2, named  # `A Public Transport Corporation spokesman said`
        if kind == "PERSON":
            tail = _ARTICLE_SURNAME.match(self.body, end)
            if tail is None and text.lower() in GIVEN_NAMES:
                tail = _WEEKDAY_SURNAME.match(self.body, end)
            if tail is not None:
                end, text = tail.end(), self.body[start : tail.end()]
            # `Anders Fogh Rasmussen`, cut by the model to `Fogh Rasmussen` at a
            # paragraph's start: a word before a person's name that is no English word, no
            # body's or place's name, is their given name
            given = _WORD_BEFORE.search(self.body, max(0, start - 25), start)
            if (
                given is not None
                and text.split(" ", 1)[0].lower() not in GIVEN_NAMES  # (`Goalscorer Jimmy`)
                and given.end(1) not in self.model_edges  # (`Roberto Abreu` + `Sodre`)
                and _unknown_word(given[1])
                and self.model_labels.get(given[1], "PERSON") == "PERSON"
                and not self._places_named(given[1])
            ):
                start, text = given.start(1), self.body[given.start(1) : end]
        # `American Dennis Mitchell`, `Tory Liam Fox`, `Lib Dem MP Lembit Opik`: a people's
        # or a party's words, and a member's letters after them, are no part of the name.
        words = text.split(" ")
        lead = 0
        named = kind == "PERSON" and not _party_or_people(words[-1])  # (not `Lib Dem`)
        while named and lead < len(words) - 1 and _party_or_people(words[lead]):
            lead += 1
        while lead and lead < len(words) - 2 and words[lead] in _MEMBER_LETTERS:
            lead += 1
        if lead and words[lead][:1].isupper():
            cut = len(" ".join(words[:lead])) + 1
            start, text = start + cut, text[cut:]
        broker = _firm_trade_cut(text)
        if broker:
            # `London Broker Hoare Govett`: a trade the copy capitalized is no part of the
            # firm's name (a given name after it is a person's: `Broker John Smith`)
            start, text = start + broker, text[broker:]
            end = start + len(text)
            if kind in ("ORG", "PERSON"):
                kind = "PERSON" if text.split(" ", 1)[0].lower() in GIVEN_NAMES else "ORG"
        first, _, rest = text.partition(" ")
        if kind == "PERSON" and _is_title_alone(text):
            return  # `BankAmerica's Vice President`, `The Rt Rev Dr`: a title names no one
        country, _, office = text.rpartition(" ")
        if kind in ("ORG", "PERSON") and office.casefold() in TITLES and self.is_country(country):
            # `the unidentified U.S. Official said`: an office of a country names no one
            kind, end, text = "PLACE", start + len(country), country
        party = _without_member_word(text) if kind == "ORG" else ""
        if party:
            end, text = start + len(party), party  # `Labour MP`: the party
        if kind == "ORG" and _I_PRODUCT.fullmatch(text):
            kind = "OTHER"  # `iPod`, `iTunes`: a product, not its maker
        if kind == "PERSON" and (region := self._member_of_region(text)):
            kind, end, text = "PLACE", start + len(region), region
        if kind == "PERSON" and (cut := _postnominal_cut(text)):
            end, text = start + cut, text[:cut]  # `Kama Melly QC`: Kama Melly
            first, _, rest = text.partition(" ")
        if kind == "PERSON" and (cut := _styles_before_name(text)):
            start, text = start + cut, text[cut:]  # `Australian Sister Maureen Carey`
            first, _, rest = text.partition(" ")
        opening_role = kind in ("PERSON", "ORG") and opens_sentence(self.body, start)
        if opening_role and (cut := _occupation_before_name(text, kind == "PERSON")):
            # `Singers Jennifer Lopez`, `Backbencher Stephen Pound said`: the person
            start, text, kind = start + cut, text[cut:], "PERSON"
            first, _, rest = text.partition(" ")
        name, _, home = text.rpartition(" of ")
        # `Manaspas Xuto of Thailand`, `McGroarty of Discount` after `James McGroarty of
        # Discount Corp.`: the person, and the country or firm the rules find
        person_of = kind == "PERSON" and name and name.split(" ", 1)[0].casefold() not in TITLES
        if person_of and (
            (" " in name and self.is_country(home)) or self._named_elsewhere(name, start)
        ):
            end, text = start + len(name), name
            first, _, rest = text.partition(" ")
        if kind == "PERSON":
            # `Conservative Party Co-Chairman`, `Codelco Chairman`: an office held in a
            # body ends no one's name; the words before it name the body, and a
            # portfolio (`Culture Secretary`) names nothing.
            body_words, _, last = text.rpartition(" ")
            if body_words and last.casefold() in _OFFICES:
                if last.casefold() in _PORTFOLIO_OFFICES or body_words.casefold() in TITLES:
                    return
                end, text, kind = start + len(body_words), body_words, "ORG"
                first, _, rest = text.partition(" ")
        if kind == "PERSON" and _is_acronym(text):
            # `FRN`, `BAA`, `H.K.`: capitals alone are no one's name but a body's or a
            # place's short form.
            kind = "PLACE" if self._is_known_place(text) else "ORG"
            if "." in text and kind == "ORG":
                kind = "OTHER"  # `H.K.`, `N.Z.`: dotted initials of a place or a person
        if kind == "PERSON" and " " in text and first in ORG_HEADS:
            kind = "ORG"  # `Union Pacific`, `Bank Leumi`: no name opens with a body's head
        if kind == "PERSON" and self._party_like(text):
            kind = "ORG"  # `Labour`, `Lib Dems`: the article writes `Labour MP`
        if kind in ("PERSON", "PLACE") and _opens_with_link(text):
            # `Reporters Without Borders` read as `Without Borders`: the name starts a word
            # earlier, and a name joined by a capitalized preposition is a body's.
            previous = self.body.rfind(" ", 0, start - 1) + 1
            if self.body[previous : start - 1].istitle():
                start, text, kind = previous, self.body[previous:end], "ORG"
        elif kind == "PERSON" and _links_inside(text):
            kind = "ORG"  # `Campaign For Nuclear Disarmament`: no person is named so
        titled = rest and first.casefold() in TITLES and kind == "PERSON"
        if titled and self._in_table_row(Piece(start, end, text, first.casefold(), False)):
            return  # `Farmer Reser 1,400 1,300`: a title heading a line of figures is a label
        if text in self.acronyms or text in NOT_ENTITIES or _is_demonym(text):
            return
        if self._resident(start, text):
            return  # `the 25-year-old Dubliner`, `fellow Londoners`: where someone lives
        if text in COMMON_ABBREVIATIONS or text in _MEMBER_WORDS:
            return  # `game AI`, `a PC`, `Labour MSP`, `MPs`: a thing's abbreviation or a title
        if self._is_grade(start, end):
            return  # `Chrysler's BBB grading for senior debt`: a rating, not a body
        if " " not in text and self._common_word(start, text):
            return
        if (
            kind != "PLACE"
            and " " not in text
            and _is_demonym_use(self.body, text, end)
            and not self._surname_of_a_person(text)  # `the Reagan administration`
        ):
            kind = "OTHER"  # `Swahili translation`, `African literature`
        head = head_type(text)
        if kind == "PERSON" and self._after_business(start):
            kind = "ORG"  # `Paris-based Euronext`, `state-owned Petrobras`: a business
        if text in NEWS_AGENCIES or text in self.agencies or _is_known_org(text):
            kind = "ORG"
        elif text in AWARDS:
            kind = AWARDS[text]  # `an Oscar` is no person, `the Oscars` no body
        elif kind == "PERSON" and text in PARTY_WORDS:
            kind = "ORG"  # `Labour`: no one's name
        elif self._is_club(text):
            kind = "ORG"  # the small model calls `Manchester United` a person
        elif head == "ORG" and kind in ("PERSON", "PLACE") and _is_company(text):
            kind = "ORG"  # `Globex Inc`, not a person
        elif text.endswith((" Newsdesk", " Newsroom")):
            kind = "ORG"  # `-- New York Newsdesk`: the agency's desk that signs off a story
        elif kind == "PERSON" and is_corporate(text):
            kind = "ORG"  # `Gruppo Ferruzzi`, `BankAmerica`
        elif kind == "PERSON" and _is_team_nickname(self.body, start, text):
            kind = "ORG"  # `as the Gunners seek victory`: a side, no one person
        elif head in ("EVENT", "OTHER"):
            kind = head
        elif kind == "PERSON" and text.count(" ") >= 2 and text.rpartition(" ")[2] in _VENUES:
            # `the school's Johnny Carson Theater`: named after a person (but `Thomas Haden
            # Church` and `Frank B. Hall` are people)
            kind = "PLACE"
        elif head is None and self._after_kin(start):
            kind = "PERSON"  # `His wife Mary said`: a town in Turkmenistan to the gazetteer
        elif kind != "PLACE" and head is None and self._is_known_place(text):
            kind = "PLACE"  # the small model calls `Lilongwe` a person, `Valdosta` a nationality
        elif (
            kind in ("ORG", "PLACE")
            and head is None
            and self._given_and_surname(text)
            and not (kind == "PLACE" and self._is_known_place(text))
        ):
            # the small model calls `Nikki Haley` a body, and `Jose Mourinho` a place
            # after `an outstanding manager in`
            kind = "PERSON"
        elif kind in ("PLACE", "WORK") and head is None and self._speaks_whole(text):
            kind = "PERSON"  # `Barack Obama tweeted`, `Jim Luce said`: no place or work speaks
        elif (
            kind == "ORG"
            and " " not in text
            and not (text in NEWS_AGENCIES or _is_known_org(text) or self._is_club(text))
            and self._speaks_of_himself(text)
        ):
            kind = "PERSON"  # `Federer`, a body to the model, `admitted he was under pressure`
        elif (
            kind == "PLACE"
            and " " not in text
            and self._speaks_of_himself(text)
            and not self._is_known_place(text)
        ):
            kind = "PERSON"  # `Zvonareva has lost both her games`: no place the gazetteer knows
        elif kind in ("ORG", "PLACE") and head is None and self._of_a_people(text):
            kind = "PERSON"  # `Frenchman Arnaud Clement`, a body to the model
            start = start + len(text.partition(" ")[0]) + 1
        elif kind in ("ORG", "PLACE") and head is None and self._speaks_by_surname(text):
            kind = "PERSON"  # `Dai Young`, a body to the model, and then `Young told BBC Sport`
            nationality, _, name = text.partition(" ")
            if nationality in DEMONYMS and " " in name:
                start = start + len(nationality) + 1  # `American Dennis Mitchell`
        self.candidates.append(Span(start, end, kind, RANK_MODEL, "model", label=label))

    def _place_span(self, start: int, end: int) -> tuple[int, int, str]:
        """A span the model calls a place: `Tehran radio said`, a city's broadcaster (not
        `US television`, a trade); `"Intense United States and NATO efforts`, the country
        without the word that opens the sentence."""
        medium = _CITY_MEDIUM.match(self.body, end)
        if medium and self._is_town(self.body[start:end]):
            return start, medium.end(), "ORG"
        first, _, rest = self.body[start:end].partition(" ")
        opens = start == 0 or self.body[start - 1] in '"“\n'
        opens = opens or (start > 1 and self.body[start - 2] in ".!?")
        country = opens and " " in rest and self.is_country(rest)
        if country and not self._is_known_place(self.body[start:end]):
            start += len(first) + 1
        return start, end, "PLACE"

    def _shouted_word(self, text: str) -> bool:
        """`WHEAT`, `TOTAL`, `AND` in a table's or a headline's capitals: one word the
        story also writes in lower case, or a unit (`TONNES`); not an acronym (`OPEC`)
        nor a known name (`WHO`)."""
        # The gazetteer last: each new name it is asked about stays in its answer cache.
        return (
            len(text) > 1
            and text.isupper()
            and text.isalpha()
            and (text.capitalize() in UNITS or self.lower_too(text))
            and not (_is_known_org(text) or text in NEWS_AGENCIES)
            and not self.gazetteer.candidates(text)
        )

    def _after_kin(self, start: int) -> bool:
        return bool(KIN_BEFORE.search(self.body, max(0, start - 12), start))

    def _after_business(self, start: int) -> bool:
        return bool(_BUSINESS_BEFORE.search(self.body, max(0, start - 20), start))

    def _is_grade(self, start: int, end: int) -> bool:
        """`BBB-`, `Baa-2`: a rating agency's grade, where the copy speaks of ratings."""
        return bool(_CREDIT_GRADE.fullmatch(self.body, start, end)) and bool(
            _RATING_WORDS.search(self.body, max(0, start - 120), end + 120)
        )

    def _speaks(self, text: str) -> bool:
        """Whether the article has the name say something (`the Bundesbank said`), or
        someone speak for it (`A Syndex spokesman said`)."""
        words = ("said", "says", "spokesman", "spokeswoman")
        return any(f"{text} {word}" in self.body for word in words)

    def _member_of_region(self, text: str) -> str | None:
        """`Texas` of `Wright, a Texas Democrat`: a party member's state or country is a
        place, and the words together name no one."""
        region, _, last = text.rpartition(" ")
        return region if last in _PARTY_ADJECTIVES and region and self.is_region(region) else None

    def _title_opens_body(self, piece: Piece) -> bool:
        """Whether a title and the name after it name a body (`General Motors`, by its head
        word) or open a company's name the model found in the article: the `General` of
        `General Acquisition Co` is no officer's rank."""
        begin = piece.start - len(piece.title or "") - 1
        if begin < 0 or self.body[begin : piece.start - 1].casefold() != piece.title:
            return False
        if piece.text.count(" ") == 1 and _names_a_person(piece.text):
            return False  # `Lawyer David Steel`: a given name and a surname that heads firms
        if head_type(self.body[begin : piece.end]) == "ORG":
            return True
        whole = f"{self.body[begin : piece.end]} "
        if any(
            label == "ORG" and name.startswith(whole) and _is_company(name)
            for name, label in self.model_labels.items()
        ):
            return True
        # (or the story writes the company's full name: `General Acquisition Co`)
        after = re.finditer(rf"{re.escape(whole)}([\w.]+)", self.body)
        return any(found[1] in COMPANY_ENDINGS for found in after)

    def _given_and_surname(self, text: str) -> bool:
        """`Nikki Haley`: two words, a common given name that is no place, then a name."""
        words = text.split(" ")
        return (
            len(words) == 2
            and words[0].casefold() in GIVEN_NAMES
            and words[1][:1].isupper()
            and words[1][1:].isalpha()
            and words[1][1:].islower()
            and words[1] not in CORPORATE_LAST_WORDS | TRADE_WORDS
            and words[1].casefold() not in ORG_CUES | _NOT_SURNAMES
            and not is_corporate(text)
            and not self._is_known_place(words[0])
        )

    def _speaks_by_surname(self, text: str) -> bool:
        """`Dusty Hare` ... `Hare told`, `Simon Champion` ... `Mr Champion`: a plain name of
        two or three words whose last word the article uses alone as a speaker's or after
        an honorific is a person's, whatever the model called it. A body is mostly named
        whole when it speaks (`Morgan Stanley said`); one whose last word is a place
        (`Martin Marietta` ... `Marietta said`) is left as the model had it."""
        words = self._plain_name(text)
        if not words or self._is_known_place(words[-1]):
            return False  # `Radio Wales`, `Martin Marietta`: `Wales says` speaks for a place
        if self.lone_speakers is None:
            self.lone_speakers = frozenset(
                next(word for word in found.groups() if word)
                for found in _LONE_SPEAKER.finditer(self.body)
            )
        return words[-1] in self.lone_speakers or self._person_by_surname(words)

    def _plain_name(self, text: str) -> list[str] | None:
        """The words of a plain name of two or three capitalized words that names no
        company, club or known place, else None."""
        words = text.split(" ")
        if not 2 <= len(words) <= 3 or not all(
            w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words
        ):
            return None
        if is_corporate(text) or self._is_club(text) or self._is_known_place(text):
            return None
        return words

    def _body_before_person(self, start: int, end: int) -> str:
        """The words opening a span that are a body's name the model finds on its own
        elsewhere in the story, or one every reader knows, where the two words left are a
        person's: the span is one, or an occupation follows it (`, reporter for`); else
        ''."""
        words = self.body[start:end].split(" ")
        if len(words) < 3 or not all(word[:1].isupper() for word in words):
            return ""
        role = APPOSITIVE_TITLE.match(self.body, end, end + 60)
        if self.model_labels.get(self.body[start:end]) != "PERSON" and role is None:
            return ""
        body, person = " ".join(words[:-2]), " ".join(words[-2:])
        named = [word.rpartition("-")[2] for word in words[-2:]]
        if any(word.lower() in TITLES or word.capitalize() in ORG_HEADS for word in named):
            return ""  # `Tory Party Co-Chairman`: an office, no one's name
        if head_type(person) or _is_company(person) or body in _MEMBER_WORDS:
            return ""  # `Drexel Burnham Lambert Inc`, `U.N. Security Council`, `MEP Nigel`
        if self._portfolio_before(body, start):
            return ""
        if self.model_labels.get(body) == "ORG" or _is_known_org(body):
            return body
        return ""

    def _speaks_whole(self, text: str) -> bool:
        """`Barack Obama tweeted`, `Jim Luce said`: a plain name that is the subject of a
        verb of speech, where the model saw a place or a work (a body may speak so, and is
        left as the model had it)."""
        words = self._plain_name(text)
        if not words or words[0] in _COMPASS or _is_demonym(words[0]):
            return False  # `West Berlin said`: a place's government speaks
        # (as the subject of its verb: `told Five Live` names whom someone spoke to, and
        # `the Beige Book said` a document)
        for verb in _SPEAKING:
            said = f"{text} {verb}"
            at = self.body.find(said)
            while at != -1:
                end = at + len(said)
                if not self.body[end : end + 1].isalpha() and not self.body.endswith("the ", 0, at):
                    return True
                at = self.body.find(said, at + 1)
        return False

    def _person_by_surname(self, words: list[str]) -> bool:
        """`victory over Ivo Minar`, a body to the model, which calls `as Minar won` a
        person: two words, the second a person to the model on its own. Not where the first
        word says what else it is (`South Yorkshire`, `American Idol`, `New Labour`,
        `Zurich Premiership`, `Drury Lane`), which the model may also read as a person."""
        first, last = words[0], words[-1]
        return (
            len(words) == 2
            and self.model_labels.get(last) == "PERSON"
            and not (_is_demonym(first) or first in _COMPASS or first in _NOT_GIVEN)
            and first.casefold() not in ORG_CUES  # (`Bank Hapoalim`)
            and last not in PARTY_WORDS
            and last not in _STREETS
            and not self._is_known_place(first)
        )

    def _of_a_people(self, text: str) -> bool:
        """`Frenchman Arnaud Clement`, `Briton Tim Henman`: one of a people, then a plain
        name of two or three words."""
        first, _, name = text.partition(" ")
        words = name.split(" ")
        return (
            first in _PEOPLE_NOUNS
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)
            and not (is_corporate(name) or self._is_club(name) or self._is_known_place(name))
        )

    def _speaks_of_himself(self, text: str) -> bool:
        """`Federer admitted he was under pressure`, `Zvonareva has lost both her games`: one
        capitalized word that says what `he` or `she` did is a person's name, whatever the
        model called it."""
        if self.he_speakers is None:
            self.he_speakers = frozenset(_HE_SPEAKER.findall(self.body))
        return text in self.he_speakers

    def _party_like(self, text: str) -> bool:
        """Whether the article writes the name right before a word for a member of a
        party or a legislature and a member's name, or before their plural (`Labour MP
        Karen Buck`, `Lib Dem candidates`): a party, not a person."""
        for at in _occurrences(self.body, text):
            following = self.body[at + len(text) : at + len(text) + 40].split()
            # `Labour MP Karen Buck`, `some Labour MPs`; `Ruth Kelly MP was hit` is a person.
            if following and following[0] in _PARTY_MEMBER_WORDS:
                named = len(following) > 1 and following[1][:1].isupper()
                if named or following[0].endswith("s"):
                    return True
        return False

    def _places_named(self, name: str) -> list[Place]:
        """Gazetteer places of that name, as written or, for `ST LOUIS`, in title case."""
        found = self.gazetteer.candidates(name)
        return found or (self.gazetteer.candidates(name.title()) if name.isupper() else [])

    def _family_name(self, text: str) -> bool:
        """Two capitalized words, the second the surname of a person the model names."""
        words = text.split()
        two_names = len(words) == 2 and all(word.istitle() for word in words)
        return two_names and self._model_surname(words[1])

    def _model_surname(self, word: str) -> bool:
        """Whether the model names a person of the story with this last word."""
        labels = self.model_labels.items()
        return any(label == "PERSON" and name.endswith(" " + word) for name, label in labels)

    def is_country(self, name: str) -> bool:
        return any(place.kind == "country" for place in self._places_named(name))

    def _is_town(self, name: str) -> bool:
        """A town, a region or an English county (`Derbyshire`: not a GeoNames region)."""
        if name.endswith("shire") and " " not in name:
            return True
        return any(place.kind != "country" for place in self._places_named(name))

    def _is_portfolio(self, start: int, end: int) -> bool:
        """`Home Secretary`, `Transport Commissioner`, `Children's Minister`, `Secretary of
        State`: the brief of an office, which names no body, place or person."""
        text = self.body[start:end]
        return (
            text in PORTFOLIOS and bool(_OFFICE_AFTER.match(self.body, end))
        ) or self._portfolio_before(text, start)

    def _is_ticker(self, start: int, end: int) -> bool:
        """`<ACME.N>`, `<TX>`: a ticker in brackets (an instrument code, no entity);
        `<Texaco Inc>`, a name in brackets, stays."""
        body = self.body
        inside = body[start:end]
        return (
            body[start - 1 : start] == "<"
            and body[end : end + 1] == ">"
            and " " not in inside
            and inside.upper() == inside
        )

    def _is_club(self, text: str) -> bool:
        """A sports club's name: `Manchester United`, `FC Porto`, `Ajax Amsterdam`, or a
        town and a plural (`Pittsburgh Pirates`, `Sydney Bulldogs`, `Boston Red Sox`)."""
        words = text.split(" ")
        if len(words) < 2 or len(words) > 4:
            return False
        first, last = words[0], words[-1]
        if last in CLUB_LAST_WORDS or first in CLUB_FIRST_WORDS:
            return True
        plural = (last.endswith("s") and not last.endswith("ss")) or last == "Sox"
        if not plural or last in PLACE_PLURALS or not last[:1].isupper() or last.isupper():
            return False
        if self.model_labels.get(text) == "PERSON":
            return False  # `Dennis Francis`: a surname ends in -s too
        for cut in range(len(words) - 1, 0, -1):  # `Kansas City Royals`, `Boston Red Sox`
            town = " ".join(words[:cut])
            places = self._places_named(town)
            # A club's town is a big one or a region (`Dennis Francis`, `Olympic Games` not).
            big = [p for p in places if p.kind == "admin1" or p.population >= CLUB_TOWN]
            if big and not self.is_country(town):
                return not self.gazetteer.candidates(text)
        return False

    def _is_person(self, name: str) -> bool:
        return self.model_labels.get(name) == "PERSON"

    def _company_named_in_full(self, short: str) -> bool:
        """Whether the story writes `short` as the start of a company's name elsewhere
        (`Yasuda Trust` and `Yasuda Trust and Banking Co Ltd`)."""
        named = re.compile(rf"\b{re.escape(short)}{_TO_COMPANY_ENDING}")
        return named.search(self.body) is not None

    def _surname_of_a_person(self, word: str) -> bool:
        """Whether the article names a person ending in `word` elsewhere: in full (the
        model's `Ronald Reagan`) or after a title (`President Reagan`)."""
        return any(
            label == "PERSON" and name.endswith(" " + word)
            for name, label in self.model_labels.items()
        ) or any(piece.text == word and piece.title for piece in self.pieces)

    def _capitalized_after_us(self, text: str) -> bool:
        """`U.S. Moves`, `U.S. Sanctions`: copy that capitalizes the plural noun after
        `U.S.`, which the story writes in lower case too; no name (`U.S. Industries` is a
        company's)."""
        country, _, word = text.partition(" ")
        return (
            country == "U.S."
            and word.endswith("s")
            and word.isalpha()
            and word[0].isupper()
            and word not in CORPORATE_LAST_WORDS
            and word not in TRADE_WORDS
            and word not in ORG_HEADS
            and (self.lower_too(word) or self.lower_too(word[:-1]))
        )

    def _common_word(self, start: int, word: str) -> bool:
        """`Farmers also took a hit`: a sentence's first word that the article also writes
        in lower case is a common noun, whatever the model says."""
        opens = self.body[max(0, start - 2) : start].rstrip()[-1:] in ("", ".", "!", "?", '"')
        return opens and self.lower_too(word)

    def lower_too(self, word: str) -> bool:
        """Whether the article also writes the word in lower case."""
        return bool(_occurrences(self.body, word.lower()))

    def _resident(self, start: int, word: str) -> bool:
        """Whether a word after a lower-case one names someone by the city they live in
        (`the 25-year-old Dubliner`; not `Lord Falconer`)."""
        one = word.removesuffix("s")
        if " " in word or not one.endswith("er") or len(one) < 6:
            return False
        before = self.body[max(0, start - 20) : start].split()[-1:]
        return bool(before) and before[0].islower() and self._is_known_place(one[:-2])

    def _speaks_for_it(self, piece: Piece) -> bool:
        """`An Ajax spokesman`, `the Drexel official`: one word between an article and the
        people who speak or work for it names a body (no people, place, given name, head
        word alone, or surname of a person the story names)."""
        return (
            " " not in piece.text
            and _SPOKESPERSON_AFTER.match(self.body, piece.end, piece.end + 16) is not None
            and self.body.endswith((" a ", " an ", " the ", "A ", "An ", "The "), 0, piece.start)
            and piece.text not in DEMONYMS
            and piece.text not in LONE_HEADS  # (`a Ministry spokesman`: a body unnamed)
            and piece.text.casefold() not in GIVEN_NAMES
            and not self._is_known_place(piece.text)
            # (`A Seguin spokeswoman` after `Assembly speaker Philippe Seguin`: his)
            and not any(
                label == "PERSON" and name.endswith(" " + piece.text)
                for name, label in self.model_labels.items()
            )
        )

    def _called_a_body(self, piece: Piece) -> bool:
        """Whether a word for a kind of body stands right before or after the name:
        `exporter Zespri`, `Interacciones brokerage`, `Progressive magazine`."""
        if piece.end - piece.start < 2:
            return False  # `offered by company N / A`: a letter names no one
        return body_word_before(self.body, piece.start) or self._kind_after(piece)

    def _kind_after(self, piece: Piece) -> bool:
        """Whether the lower-case words after the name say what kind of body it is: a
        medium (`Progressive magazine`), an institute (`The Ifo economic research institute
        in Munich said`; not a known place's) or a firm's trade (`Interacciones brokerage`)."""
        body, end = self.body, piece.end
        if _MEDIUM_AFTER.match(body, end, end + 16):
            return True
        if _INSTITUTE_AFTER.match(body, end, end + 40):
            return not self._is_known_place(piece.text)
        return bool(_FIRM_AFTER.match(body, end, end + 20)) and not self._where_a_firm_is(piece)

    def _where_a_firm_is(self, piece: Piece) -> bool:
        """Whether a name before a firm's trade says where the firm is, or what kind it is,
        not which it is: `a Tokyo brokerage`, `the top U.S. Retail brokerage`, `Anti-fraud
        consultancy Retail Decisions`."""
        first = piece.text.split(" ", 1)[0]
        return (
            self.body.endswith((" a ", " an "), 0, piece.start)
            or piece.text in LONE_HEADS
            or _LOWER_HALF.search(piece.text) is not None
            or self._is_known_place(piece.text)
            or self._is_known_place(first)
            or first in DEMONYMS
        )

    def _thing_after_the(self, start: int, end: int) -> bool:
        """Whether a person's span stands right after `the` and names a thing: not one
        opening with a given name or a title (`the Queen`), nor one describing what is a
        person's (`the Bush administration`, `the Kok report`)."""
        before = self.body[max(0, start - 5) : start].lower()
        if not before.endswith("the ") or (len(before) == 5 and before[0].isalnum()):
            return False
        text = self.body[start:end]
        if not any(c.islower() for c in text) or _is_title_alone(text):
            return False  # (`the G8`: its type is the one its other mentions give)
        first = text.split(" ", 1)[0]
        if first.lower() in GIVEN_NAMES or first.lower() in TITLES or first in HONORIFICS:
            return False
        after = _WORD_AFTER.match(self.body, end)
        return after is None or after[1] not in _PERSONS_THINGS

    def _common_word_opening(self, start: int, end: int) -> bool:
        """Whether the span is one English word (`goal` + `scorer` too) opening a sentence,
        where every word is capitalized, and no place of that name in the gazetteer."""
        word = self.body[start:end]
        if not (opens_sentence(self.body, start) and word.isalpha() and word[1:].islower()):
            return False
        if _unknown_word(word) or self.gazetteer.candidates(word):
            return False  # (`Miami`, `Richmond`: English words to WordNet)
        # A word the story capitalizes inside a sentence too is a name (`rounded Jones`).
        inside = re.finditer(rf"\b{word}\b", self.body)
        return all(opens_sentence(self.body, found.start()) for found in inside)

    def _is_known_place(self, text: str) -> bool:
        for place in self.gazetteer.candidates(text):
            if place.kind != "city" or place.population >= WORLD_CITY:
                return True
            if place.population and place.country_code in self.countries:
                return True
        return False

    def _resolve(self) -> None:
        """Keep the strongest, then longest, of overlapping candidates. A defined short
        form inside a longer name (`WIC` in `WIC Wuzhen Summit`) is part of that name only."""
        self._trim_portfolios()
        self._keep_possessive_names()
        short_forms = {(span.start, span.end) for span in self.nested}
        for span in sorted(self.candidates, key=lambda s: (-s.rank, s.start - s.end, s.start)):
            if (span.start, span.end) in short_forms:
                continue
            if self.occupied.find(1, span.start, span.end) == -1:
                self.occupy(span)
        for span in self.nested:
            if self.occupied.find(1, span.start, span.end) == -1:
                self.occupy(span)

    def _trim_portfolios(self) -> None:
        """`Chancellor of the Exchequer Nigel Lawson`: a rule's person that is one word
        longer at the front than the model's (the portfolio of its title) starts where the
        model's does."""
        people = {
            s.end: s.start for s in self.candidates if s.method == "model" and s.type == "PERSON"
        }
        for span in self.candidates:
            start = people.get(span.end)
            longer = span.method == "rule" and span.type == "PERSON" and (start or 0) > span.start
            longer = longer and span.label != "player"  # (a results line names players whole)
            longer = longer and span.start not in self.split_persons
            front = self.body[span.start : start].strip()
            if not longer or " " in front:
                continue
            # `Mayor of London Sadiq Khan`: after the place of a title's office, the word in
            # front is the person's given name, not part of the title.
            given = _OFFICE_PLACE_BEFORE.search(self.body, max(0, span.start - 60), span.start)
            if not given and not self._given_after_role(span, front):
                span.start = start

    def _given_after_role(self, span: Span, front: str) -> bool:
        """`hurricane forecaster Lixion Avila`: after an occupation in lower case, the word
        `front` of a rule's person before the model's surname is a given name the model
        does not know, when it is no title, peerage, party, people's word or place."""
        role = _ROLE_BEFORE.search(self.body, max(0, span.start - 30), span.start)
        return (
            role is not None
            and (role[1] in TITLES or is_occupation(role[1]))
            and front.isalpha()
            and front.istitle()
            and front not in PEERAGES
            and not _before_a_name(front)
            and not self._is_known_place(front)
        )

    def _keep_possessive_names(self) -> None:
        """`Moody's said` after `Moody's Investors Service Inc`: where a company's name
        opens with a possessive, that `'s` is part of its short name too, not a
        possessive; so it is in the names every reader knows (`Sotheby's`, `Lloyd's`).
        (`Climax's Action studio` is a possessive: no company is named so.)"""
        owned = _POSSESSIVE_NAMES | {
            first
            for name, label in self.model_labels.items()
            if label == "ORG"
            and (first := name.partition(" ")[0]).endswith(("'s", "’s"))
            and _is_company(name)
        }
        for span in self.candidates:
            if self.body[span.start : span.end + 2] in owned:
                span.end += 2

    def occupy(self, span: Span) -> None:
        self.occupied[span.start : span.end] = b"\x01" * (span.end - span.start)
        self.spans.append(span)

    def is_free(self, start: int, end: int) -> bool:
        return self.occupied.find(1, start, end) == -1


# Titles whose `of` names a portfolio, not a place or a body (`Secretary of Trade`).
_PORTFOLIO_TITLES = frozenset(["secretary", "minister", "commissioner", "director"])
# A person's name of two words after a role word, in a span the model took for a work.
_ROLE_BEFORE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A role in lower case inside a model's span: the name after it is a person's.
# (`Perpignan centre Jean-Philippe Granclaude`: a position a team names, not a title)
_INNER_ROLE = re.compile(
    rf" (?:{'|'.join(sorted(TITLES | {'star', 'centre', 'prop'}, key=len, reverse=True))})"
    r" (?=[A-Z][a-z])"
)
_SHORT_AFTER = re.compile(r" \(([A-Z]{3,6})\)")  # (not `C Visagie (SA)` in a team list)
_POSSESSIVE_NAMES = frozenset(n for n in KNOWN_LONG_FORMS if " " not in n and n.endswith("'s"))
_HONORIFIC_ALTERNATION = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
# A capitalized word used alone as a speaker: `, Young told`, `Mr Champion`, `said Hare.`
_LONE_SPEAKER = re.compile(
    rf"(?:^|[,.\"”] |\b[a-z]+ )([{UPPER_LETTERS}][^\W\d_]+) (?:said|says|told|added)\b"
    rf"|\b(?:{_HONORIFIC_ALTERNATION}) ([{UPPER_LETTERS}][^\W\d_]+)\b"
    rf"|\b(?:said|says|added) ([{UPPER_LETTERS}][^\W\d_]+)\b(?! [A-Z])",
    re.MULTILINE,
)
_SPEAKING = ("said", "says", "added", "tweeted", "wrote", "stated", "explained")
_HE_SPEAKER = re.compile(
    # (not `said`: `Arsenal said he had torn a hamstring` is a club speaking of a player)
    r"\b([A-Z][^\W\d_]+) (?:(?:admitted|admits|insisted|insists|believes|thinks|feels|felt)"
    r" (?:that )?(?:he|she)|(?:has|had) [a-z]+ (?:both |all )?(?:his|her))\b"
)
_OPENING_MARKS = "\"“‘'<"
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")
# A telephone number, as a wire desk signs off with one (`New York Newsdesk 212-859-1610`,
# `Belgrade Newsroom +381 11 222 4254`).
_PHONE = re.compile(r"\s(?:\d{3}[- ]\d{3}[- ]\d{4}\b|\+\d{1,3}\b)")
_CLOSING_MARKS = ",.;:\"”’' >"


_PREFIX = re.compile(rf"(?:(?:anti|pro|non|post|pre|neo|ex)-|{AGE}\s+)(?=[A-Z])")


def clean_span(body: str, start: int, end: int) -> tuple[int, int] | None:
    """A model span without what is not the name: `the "China Internet Development Report`
    -> `China Internet Development Report`, `The World Internet Conference (WIC` -> the
    name before the parenthesis, `east China's` -> `China`, `Indian Ocean archipelago` ->
    `Indian Ocean`; a span running over a line break (`American League\n\nDETROIT` in a
    results table) ends at the break, and one running into a dash (`Alan Beith - who
    chairs`) at the dash, and one running on from a quoted title (`the "Refuge" Dimitri
    Verdonck`) starts after its closing mark. None when no name is left."""
    for mark in ("(", "\n", " -", " –", " —"):
        cut = body.find(mark, start, end)
        if cut > start:
            end = cut
    for mark in ('" ', "” "):
        cut = body.find(mark, start, end)
        if cut <= start or body.find(" ", cut + 2, end) == -1:
            continue  # no title closes inside the span, or one word is left after it
        if body.count(mark[0], start, cut) % 2 == 0:
            # `Spokesperson of the "Refuge" Dimitri Verdonck`: the name after the title that
            # closed inside the span (not `David "Fathead" Newman`, whose nickname opens
            # there too)
            start = cut + 2
    if phone := _PHONE.search(body, start, end):
        end = phone.start()  # a desk's telephone number is no part of its name
    while start < end:
        if body[start] in _OPENING_MARKS or body[start].isspace() or body[start] in "-–—":
            start += 1  # (and the dashes before a reporter's sign-off: `-- Bob Janis`)
            continue
        space = body.find(" ", start, end)
        if space != -1 and (body[start].islower() or body[start:space] == "The"):
            start = space + 1
            continue
        if body.startswith("Lady ", start) and body.endswith("First ", 0, start):
            start += 5  # `First Lady Melania Trump`: the style of a head of state's spouse
            continue
        if prefix := _PREFIX.match(body, start, end):
            start = prefix.end()  # `anti-Funaro jokes`, `19-year-old Philippoussis`: the name
            continue
        break
    while end > start and body[end - 1] in _CLOSING_MARKS:
        if body[end - 1] == "." and body[start:end] in ABBREVIATIONS | {"U.S.", "U.K.", "U.N."}:
            break
        end -= 1
    if body.endswith(("'s", "’s"), start, end):
        end -= 2
    if body.endswith(" Image", start, end) and body.startswith(":", end):
        end -= 6  # `Tom Tancredo Image: US Congress.`: a caption names its picture's credit
    while (space := body.rfind(" ", start, end)) != -1 and (
        body[space + 1].islower() or _SCORE.fullmatch(body, space + 1, end)
    ):
        end = space  # `Ajax Amsterdam 2-1`: a score is no part of a name
    start, end = _without_measures(body, start, end)
    text = body[start:end]
    if not any(ch.isupper() for ch in text) or text in OPENERS or _is_date(text):
        return None
    if text in LONE_HEADS:
        return None  # `Lake`, `Commission`: a head word alone names nothing
    return start, end


_NUMBER = re.compile(r"\d[\d,.]*")
# A compound that says a business follows it (not `-backed`: `US-backed Hamid Karzai`).
_BUSINESS_BEFORE = re.compile(r"\w-(?:based|owned|listed)\s+$")
# A relative's noun right before a name (`his wife Mary`, `her son, Tom`).
KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|widow|widower|son|daughter|brother|sister|mother|father|cousin"
    r"|niece|nephew|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson"
    r"|stepdaughter|[Ff]irst\s[Ll]ady)"
    r",?\s+$"
)
_AMOUNT = re.compile(r"(?:\d[\d,.]*|mln|bln|million|billion|thousand)\s$")


_CONNECTED_NUMBER = re.compile(r"\s(?:for|at|and|on|to|by)\s\d[\d.,]*$")
_VENUES = frozenset(["Theater", "Theatre", "Arena", "Stadium", "Airport"])
_STREETS = frozenset(["Lane", "Street", "Road", "Avenue", "Square", "Place", "Park", "Hill"])
# First words of names that are no one's given name (`New Labour`, `Old Trafford`).
_NOT_GIVEN = frozenset(["New", "Old", "Great", "Little", "Upper", "Lower", "Royal", "Saint"])
# Words after a given name that make a body, not a person (`Kelly Services`).
_NOT_SURNAMES = frozenset(["services", "tech", "college", "school", "hospital", "foundation"])


def _postnominal_cut(text: str) -> int:
    """Where a person's name ends before its post-nominal letters (0 when it has none or
    would keep fewer than two words)."""
    words = text.split(" ")
    kept = len(words)
    while kept > 2 and words[kept - 1].rstrip(",") in POSTNOMINALS:
        kept -= 1
    return len(" ".join(words[:kept])) if kept < len(words) else 0


# Fields a body's name joins with `and` after `of` or `for` (`Chamber of Commerce and
# Industry`, `Ministry of Trade and Industry`, `Bank for Reconstruction and Development`).
_FIELDS = (
    PORTFOLIOS
    | OFFICE_PORTFOLIOS
    | frozenset(
        ["Commerce", "Services", "Affairs", "Resources", "Planning", "Research", "Reconstruction"]
    )
)


# (not `Satellite broadcaster BSkyB`, `West German magazine Der Spiegel`: the name follows)
# A firm's possessive opening a span: `Capel's `, `Prudential Bache Securities' `.
_OWNER_OF_PERSON = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:['’]s|s['’]) (?=[A-Z])")
_MEDIUM_AFTER = re.compile(
    r" (?:magazine|newspaper|weekly|news agency|broadcaster)\b(?!\s+(?:[A-Z]|the\s+[A-Z]))"
)
# A place's broadcaster, its word in lower case: `Tehran radio`, `Beirut television`.
_CITY_MEDIUM = re.compile(r" (?:radio|television)\b(?! station| set)")
# A name before what kind of institute it is: `Ifo economic research institute`.
_INSTITUTE_AFTER = re.compile(r"(?: [a-z]+){1,2} institute\b")
# One name with a plural verb after it is a side or a body: `Ajax, who are third`.
_WHO_ARE = re.compile(r", who (?:are|were|have)\b")
# Who speaks or works for a body, after its name: `An Ajax spokesman`.
_SPOKESPERSON_AFTER = re.compile(
    r" (?:spokesman|spokeswoman|spokesperson|boss|chairman|official|officials|executive"
    r"|executives)\b"
)
# A compound's lower-case half: `Anti-fraud`, `Loss-making`.
_LOWER_HALF = re.compile(r"-[a-z]")
# A name before its trade, in lower case: `Interacciones brokerage`, `Nikko securities
# house` (a place before one is where the firm is: `a Tokyo brokerage`).
_FIRM_AFTER = re.compile(
    r" (?:brokerage|stockbroker|(?:brokerage|securities|investment) house|investment bank"
    r"|merchant bank|consultancy|conglomerate)\b"
)


def _names_a_person(text: str) -> bool:
    """A common given name and one or two capitalized words: `Francois Perigot`."""
    words = text.split(" ")
    return (
        2 <= len(words) <= 3
        and words[0].casefold() in GIVEN_NAMES
        and all(w[:1].isupper() and w[1:].islower() for w in words)
    )


_PARTY_PARTS = frozenset(word for party in PARTIES for word in party.split())


def _party_or_people(word: str) -> bool:
    return word in _PARTY_PARTS or word in _PARTY_ADJECTIVES or word in DEMONYMS


def _before_a_name(word: str) -> bool:
    return (
        _party_or_people(word)
        or word in HONORIFICS
        or word in _STYLES_BEFORE
        or word in _PARTY_MEMBER_WORDS
        or word.casefold() in TITLES
    )


def _without_member_word(text: str) -> str:
    """The words before a member's letters that end `text` (`Labour` of `Labour MP`), or
    the empty string."""
    words, _, member = text.rpartition(" ")
    return words if member in _MEMBER_WORDS else ""


def _joins_portfolios(text: str) -> bool:
    before, _, after = text.partition(" and ")
    return (
        (" of " in before or " for " in before)
        and before.rpartition(" ")[2] in _FIELDS
        and all(word in _FIELDS for word in after.split())
    )


def _without_numbers(piece: Piece) -> Piece | None:
    """The piece without the numbers that end it (`Reser 1`), None if nothing is left."""
    words = piece.text.split(" ")
    while words and _NUMBER.fullmatch(words[-1]):
        words.pop()
    if not words:
        return None
    text = " ".join(words)
    return piece._replace(end=piece.start + len(text), text=text)


def _without_measures(body: str, start: int, end: int) -> tuple[int, int]:
    """A span without the time zones at its edges (`GMT March 22`) and, after an amount,
    without the currency or unit that ends it (`48 mln U.S. Dlrs` -> `U.S.`)."""
    while (space := body.find(" ", start, end)) != -1 and body[start:space] in TIME_ZONES:
        start = space + 1
    while (space := body.rfind(" ", start, end)) != -1:
        last = body[space + 1 : end]
        amount = last in (CURRENCIES | UNITS) and _AMOUNT.search(body, max(0, start - 12), start)
        if last not in TIME_ZONES and not amount:
            break
        end = space
    return start, end


def _is_date(text: str) -> bool:
    """`March`, `March 22`, `March 21 to 31`: calendar words and numbers only."""
    words = text.split(" ")
    return words[0] in CALENDAR and all(
        w in CALENDAR or _NUMBER.fullmatch(w) or w in ("to", "and", "of") for w in words
    )


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of the body."""
    found, start = [], 0
    for line in body.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


# Words of a title or an honorific, which alone name no person (`Vice President`).
_TITLE_WORDS = TITLES | frozenset(
    str.split(
        "vice prime deputy acting senior first rt rt. rev rev. reverend right hon hon. honourable"
        " dr dr. mr mr. mrs mrs. ms ms. sir lord lady dame co-chairman co-chair general"
    )
)
# The ranks of a peer, whose name goes on with the place of the title (`Baroness Kennedy of
# The Shaws`): the person is the rank and the name.
PEERAGES = frozenset(
    ["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"]
)
# Prepositions that a name of a body writes with a capital (`Reporters Without Borders`,
# `Campaign For Nuclear Disarmament`); a person's name never holds one.
_CAPITAL_LINKS = frozenset(["Without", "For", "Against", "Beyond", "Across", "Within"])


# Offices that end a body's name (`Codelco Chairman`), never a person's; of those, the
# ones a portfolio comes before (`Culture Secretary`, `Finance Minister`).
_OFFICES = (CORPORATE_TITLES - {"head", "chair", "chief"}) | {
    "co-chairman",
    "minister",
    "secretary",
}
_PORTFOLIO_OFFICES = frozenset(["minister", "secretary"])
# Party words that stand before a member's name (`Labour Jo Hale`, `Republican Ann Lee`).
_PARTY_ADJECTIVES = frozenset(["Labour", "Conservative", "Liberal", "Democrat", "Republican"])
_OFFICE_AFTER = re.compile(r"(?:['’]s)? (?:Secretary|Minister|Commissioner)\b")
_BODY_PLURALS = frozenset(["Ministries", "Departments", "Secretaries", "Ministers"])
# A person's name, then what the person is with: `Thom Brown of `, `analyst at `.
_OF_A_PERSON = re.compile(r"([A-Z][a-z][\w'’-]*) (?:of|at|with) $")
_ROLE_WITH = re.compile(r"([a-z]+) with $")
# Trades a Reuters story puts before a firm's name, capitalized (`London Broker`).
_FIRM_TRADES = frozenset(["broker", "brokers", "stockbroker", "stockbrokers", "brokerage"])


def _firm_trade_cut(text: str) -> int:
    """Where the name after a leading trade (and a place before it) starts, or 0."""
    words = text.split(" ")
    for index, word in enumerate(words[:2]):
        if word.casefold() in _FIRM_TRADES and index < len(words) - 1:
            return len(" ".join(words[: index + 1])) + 1
    return 0


# Words for members of a party or a legislature.
_PARTY_MEMBER_WORDS = frozenset(
    str.split("MP MPs MEP MEPs MSP MSPs peer peers councillor councillors candidate candidates")
)
_MEMBER_WORDS = POSTNOMINALS | _PARTY_MEMBER_WORDS
# Styles that stand before a given name (`Sir Teddy Taylor`); `Lord Tebbit` keeps his, as
# it holds the name.
_STYLES_BEFORE = frozenset(["Sir", "Dame"])
_MEMBER_LETTERS = _MEMBER_WORDS | _STYLES_BEFORE
# `H.K` once its stop is cut; `MI6`, `O2`: letters and a number name no person either.
_ACRONYM = re.compile(r"[A-Z]{2,4}|[A-Z]{1,3}\d{1,2}|(?:[A-Z]\.){1,2}[A-Z]\.?")


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text))


# A religious style, which the name goes on without: `Father Michael Barton`.
_RELIGIOUS_STYLES = frozenset(["Sister", "Brother", "Father", "Monsignor"])


def _styles_before_name(text: str) -> int:
    """How many characters of a nationality and a religious style open a person's span,
    before a given name and a surname (`Australian Sister Maureen Carey`, `Italian Brother
    Raniero Iacomella`); 0 when they do not, or when less than two words would be left."""
    words = text.split(" ")
    skip = 0
    if skip < len(words) and words[skip] in DEMONYMS:
        skip += 1
    if skip < len(words) and words[skip] in _RELIGIOUS_STYLES:
        skip += 1
    if not skip or len(words) - skip < 2 or not all(w[:1].isupper() for w in words[skip:]):
        return 0
    return len(" ".join(words[:skip])) + 1


# What is a person's, after their name (`the Blair government`, `the Ambani brothers`).
_PERSONS_THINGS_TEXT = """
    administration government cabinet presidency regime dictatorship camp family brothers
    sisters dynasty estate era years report inquiry investigation case trial affair scandal
    controversy incident murders film films biopic book books novel novels role budget
"""
_PERSONS_THINGS = frozenset(_PERSONS_THINGS_TEXT.split())
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")


# A product named in the manner of Apple's (`iPod`, `iMac`); the model takes it for a firm.
_I_PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")


def _occupation_before_name(text: str, person: bool = True) -> int:
    """How many characters an occupation takes before a given name and a surname, where
    the sentence's first word is capitalized (`Songwriter Guy Chambers`, `Singers Jennifer
    Lopez`, `Backbencher Stephen Pound`); 0 when none does, or when less than two words
    would be left. A name that is no `person` yet (an organization to the model) must go
    on with a given name the list knows (not `Blockbuster Entertainment Corp`)."""
    words = text.split(" ")
    role = words[0].lower()
    if len(words) < 3 or role in GIVEN_NAMES or not all(w[:1].isupper() for w in words):
        return 0
    singular = role[:-1] if role.endswith("s") else role
    # (a title is the title's rules': `Detective Richard Black` is `the detective` later)
    if role in TITLES or not (is_occupation(singular) or singular in TITLES):
        return 0
    if _unknown_word(words[0]):
        return 0
    # A given name that is also an occupation's word opens a name too (`Hunter`, `Victor`):
    # the role must be two words in one, or stand before a given name the list knows; no
    # given name ends in `-ist` (`Immunologist Kristian Andersen`).
    if words[1].lower() in GIVEN_NAMES or (person and lexicon().is_compound(singular)):
        return len(words[0]) + 1
    return len(words[0]) + 1 if person and singular.endswith("ist") else 0


def _is_title_alone(text: str) -> bool:
    """`Vice President`, `Rt Rev Dr`: two words or more, every one a title; `European
    Commissioner`: a people's word before them."""
    people, _, rest = text.partition(" ")
    if people in DEMONYMS and rest:
        return _is_title_words(rest)
    return " " in text.strip() and _is_title_words(text)


def _is_title_words(text: str) -> bool:
    """`Vice`, `Acting Deputy`: every word a title or an honorific."""
    return all(word in _TITLE_WORDS for word in text.casefold().split())


def _opens_with_link(text: str) -> bool:
    first, _, rest = text.partition(" ")
    return first in _CAPITAL_LINKS and rest[:1].isupper()


def _links_inside(text: str) -> bool:
    words = text.split(" ")
    return len(words) > 2 and any(word in _CAPITAL_LINKS for word in words[1:-1])


def _is_team_nickname(body: str, start: int, text: str) -> bool:
    """`the Gunners`, `the Magpies`: one plural capitalized word after `the`."""
    return (
        " " not in text
        and text.endswith("s")
        and not text.endswith("ss")
        and body.endswith("the ", 0, start)
    )


# Up to four more capitalized words (or `and`), then a company's last word: `Yasuda Trust`
# is the start of `Yasuda Trust and Banking Co Ltd`.
_TO_COMPANY_ENDING = (
    r"(?:\s+(?:[A-Z][\w&.'-]*|and|&)){0,4}?\s+(?:"
    + "|".join(re.escape(word) for word in sorted(CORPORATE_LAST_WORDS))
    + r")\b"
)
_COMPASS = frozenset(
    ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]
)


# The nouns of DEMONYMS that name one person of a people (not its adjectives: `British
# Airways`, `American Express`).
_PEOPLE_NOUNS = frozenset(
    w for w in DEMONYMS if w.endswith("man") or w in ("Scot", "Briton", "Dane", "Swede", "Spaniard")
)


def _is_demonym(text: str) -> bool:
    """`German`, and `West German`, `South Korean`: a people's adjective, no name; and what
    makes a people itself (`Britishness`)."""
    first, _, rest = text.partition(" ")
    return (
        text in DEMONYMS
        or (first in _COMPASS and rest in DEMONYMS)
        or (text.endswith("ness") and text[:-4] in DEMONYMS)
    )


# `Commenting on Funaro, a foreign banker here recently told Reuters`: adverbs between a
# description and its verb leave it the subject, no title of the name before.
_ADVERBS = re.compile(rf"(?: (?:{'|'.join(sorted(SPEECH_ADVERBS))}))*")


def _is_company(text: str) -> bool:
    """`Acme Corp`, `Globex Inc.`, `Fiat Co`: a name of two words or more ending in a
    company form."""
    space = text.rfind(" ")
    return space > 0 and text[space + 1 :] in COMPANY_ENDINGS


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


_INITIAL = re.compile(r"[A-Z]\.?")
# Grades of the rating agencies (`BBB-`, `Baa-2`); `AA` or `AAA` also name motoring
# bodies, so a grade counts only where the copy speaks of ratings.
_CREDIT_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa)(?:[-+]|-?[1-3])?")
_RATING_WORDS = re.compile(r"\b(?:rat(?:e|ed|es|ing|ings)|grad(?:e|ed|ing)|CreditWatch)\b")


def is_corporate(text: str) -> bool:
    """`Gruppo Ferruzzi`, `Home Insurance`, `Teleo SpA`: a name of two words or more that
    opens or ends with a business word; `BankAmerica`, `CenTrust`, `MCorp`: one word joined
    from parts one of which is a business stem."""
    words = text.split(" ")
    if len(words) > 1:
        return words[0] in CORPORATE_FIRST_WORDS or words[-1] in CORPORATE_LAST_WORDS
    parts = _INNER_CAPITAL.split(text)
    return len(parts) == 2 and (
        parts[0] in CORPORATE_FIRST_STEMS or parts[1] in CORPORATE_LAST_STEMS
    )


def _is_known_org(text: str) -> bool:
    """`EU`, `U.N.`, `NATO`, `United Nations`: an organization every reader knows."""
    return text in KNOWN_SHORT_FORMS or text in KNOWN_LONG_FORMS


def _starts_name(body: str, end: int) -> bool:
    return body[end : end + 1] == " " and body[end + 1 : end + 2].isupper()


def _is_demonym_use(body: str, word: str, end: int) -> bool:
    """`Swahili translation`, `African literature`: an adjective of a people or a language,
    not `Mitsubishi said` or `Ferruzzi unit`."""
    if not word.endswith(DEMONYM_ENDINGS) or body[end : end + 1] != " ":
        return False
    following = body[end + 1 : end + 40].split(" ", 1)[0].rstrip(",.;:")
    if not following.islower() or following in VERB_OR_BUSINESS_AFTER:
        return False
    return not following.endswith(("ed", "s"))


def _occurrences(body: str, form: str) -> list[int]:
    """Starts of `form` as a whole word in the body."""
    found, start = [], body.find(form)
    while start != -1:
        end = start + len(form)
        before = body[start - 1] if start else " "
        after = body[end] if end < len(body) else " "
        if not (before.isalnum() or after.isalnum() or after == "-" or before == "-"):
            found.append(start)
        start = body.find(form, end)
    return found
