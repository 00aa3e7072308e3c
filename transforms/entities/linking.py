"""Link one article's mentions to entities: one type per name, people and their later
mentions (`Ren`, `the secretary-general`), well-known short forms (`EU`, `NATO`) to their
organization, one event per name whatever its edition, and places geocoded in the light
of the article's countries."""

from __future__ import annotations

import re
from collections import Counter

from transforms.entities.gazetteer import Place, ap_state, feature_country
from transforms.entities.rules import head_type
from transforms.entities.spans import (
    CLUB_TOWN,
    KIN_BEFORE,
    PEERAGES,
    RANK_ACRONYM,
    RANK_MODEL,
    RANK_STRONG,
    RANK_WEAK,
    WORLD_CITY,
    ArticleSpans,
    Span,
    is_corporate,
)
from transforms.entities.sports import HOME_NATIONS
from transforms.entities.vocabulary import (
    ARABIC_ARTICLES,
    CLUB_LAST_WORDS,
    COMPANY_ENDINGS,
    CONNECTORS,
    CORPORATE_FIRST_WORDS,
    CORPORATE_LAST_WORDS,
    DEMONYMS,
    FACILITY_HEADS,
    FEATURE_HEADS,
    FIRM_PARTNERS,
    FIRMS,
    GIVEN_NAMES,
    HONORIFICS,
    KNOWN_LONG_FORMS,
    KNOWN_SHORT_FORMS,
    LOCAL_FEATURES,
    NAME_PARTICLES,
    OPEN_WATERS,
    OTHER_OFFICE,
    PLATFORMS,
    TITLES,
    TRADE_WORDS,
)
from transforms.topics import topic_codes

# Words that put something in a place (`plants in Southland`), unlike a company's name.
_PLACE_PREPOSITIONS = "in|at|from|near|across|throughout|to"
_PLACE_KINDS = "(?:borough|county|district|province|region|town|village|ward|parish)"


def link_article(article: ArticleSpans) -> None:
    """Give every span its entity: type made consistent, name, place; sort by position."""
    _town_sides(article)
    _list_entrants(article)
    _unify_types(article)
    _type_company_short_names(article)
    _link_people(article)
    _link_title_references(article)
    _link_body_references(article)
    _link_known_organizations(article)
    _link_places(article)
    for span in article.spans:
        span.name = span.name or article.text(span)
        if span.type == "EVENT":
            span.name = _event_name(span.name)
        elif span.type == "ORG" and span.name.rpartition(" ")[2] in _STOPPED_ENDINGS:
            # `Discount Corp.` closing a sentence and `Discount Corp` mid-way: one company
            span.name = span.name[:-1]
    article.spans.sort(key=lambda s: (s.start, s.end))


# The words around a town's name that make it the side that plays for the town.
_SIDE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|against|v|vs\.?|join|joins|joined|joining|signed\s+(?:for|from)|"
    r"signing\s+from|play(?:s|ed|ing)?\s+for|dr[ae]w\s+with|lost\s+to|loss\s+to|"
    r"defeat\s+(?:to|by|of)|(?:win|victory)\s+(?:over|against)|move[ds]?\s+to|"
    r"on\s+loan\s+(?:at|from|to)|captain(?:ed|s)?|sacked\s+by|leave|left|quit)\s+$"
)
_SIDE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:boss|manager|coach|striker|midfielder|defender|goalkeeper|keeper|"
    r"captain|skipper|chairman|player|players|side|squad|fans|supporters|winger|forward|"
    r"full-back|fly-half|scrum-half|lock|prop|flanker|hooker|centre|rivals|youngster)\b"
    r"|\s+\d{1,3}(?:-\d{1,2})?(?![\w-]|,\d)"  # a score or an innings: `Kent 108-3`
)
# A town that acts in a story of a team sport (`Surrey closed on 429`, `Kent made up for
# lost time`); in other sports a town that acts hosts (`as Athens prepared`).
_ACTS_AFTER = re.compile(
    r"\s+(?:beat|beats|drew|lost|lose|won|win|trail|made|make|took|take|need|needs|face|"
    r"faces|are|were|have|had|has|will|could|must|[a-z]+ed)\b"
)
_TEAM_SPORT = re.compile(
    r"\b(?:club|clubs|league|premiership|innings|wickets?|striker|midfielder|goalkeeper|"
    r"defender|winger|manager|scrum|scrum-half|fly-half|flanker|lineout|tries|fixtures?|"
    r"relegation|half-time)\b",
    re.IGNORECASE,
)
# Where a town's name is the town even in a sports story (`in Cardiff`, `At Leeds`, `the
# north London club`), or part of a longer name (`Dynamo Moscow`, `Czech Republic`).
_TOWN_BEFORE = re.compile(
    r"(?:\b(?i:in|at|near|outside|around|across|throughout|of|to|north|south|east|west|"
    r"central|northern|southern|eastern|western)|\b[A-Z][\w.'’-]*|\()\s*$"
)
# A name listed after another (`in Tel Aviv, Chicago and Athens`, `Murrayfield, Edinburgh`).
_LISTED_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*,\s*$")
_QUALIFIES = re.compile(r"(?:['’]s)?\s+(?:[a-z]|\d+[a-z])")  # (`Sydney 200m champion`)
_SPORT = "medtop:15000000"
_SIDE_TOWN = 40_000


def _town_sides(article: ArticleSpans) -> None:
    """`catching Chelsea in the title race`, `Surrey beat Kent`, `Bolton boss Sam
    Allardyce`: in a story about sport, a town or county that the words around it make a
    side (a country stays a place: its national side, as CoNLL-2003 and GDELT annotate
    it). The model calls such sides places, and people when they act; `_unify_types` makes
    the side's other mentions in its match report the side too."""
    if topic_codes(article.body)[:1] != [_SPORT]:
        return
    body = article.body
    teams = _TEAM_SPORT.search(body) is not None
    for span in article.spans:
        text = article.text(span)
        if span.type not in ("PLACE", "PERSON") or span.rank >= RANK_ACRONYM:
            continue
        if " " in text or not text.istitle() or text in HOME_NATIONS:
            continue
        places = article.gazetteer.candidates(text)
        # (a town big enough for a side of its own; not `Perry` or `Palmer`, whom the
        # model calls places, nor a ground, `The Oval`; one the model calls a person, big)
        least = CLUB_TOWN if span.type == "PERSON" else _SIDE_TOWN
        if not any(p.kind == "admin1" or p.population >= least for p in places):
            continue
        if any(p.kind in ("country", "continent") for p in places):
            continue
        if text.casefold() in GIVEN_NAMES or _is_surname(article, text):
            continue
        if _SIDE_BEFORE.search(body, max(0, span.start - 24), span.start):
            span.type, span.place, span.label = "ORG", None, "team"
            continue
        # A side too, unless it is where something happens (`in Cardiff`), part of a
        # longer name, a venue's line (`Hove: Sussex 363`), a nation in a results list
        # (`Ato Boldon (Trinidad)`) or a word qualifying the next (`the Melbourne heat`,
        # `Olympic champion`).
        before = body[max(0, span.start - 14) : span.start]
        if _TOWN_BEFORE.search(before) and not before.endswith(("\n", ". ")):
            continue
        if _SIDE_AFTER.match(body, span.end) or (teams and _ACTS_AFTER.match(body, span.end)):
            span.type, span.place, span.label = "ORG", None, "team"
            continue
        if not teams or _LISTED_BEFORE.search(before) or body.startswith((":", ")"), span.end):
            continue
        if _QUALIFIES.match(body, span.end):
            continue
        span.type, span.place = "ORG", None


# A results list's line: a rank, then the entrant and where it comes from in brackets
# (`5. Tegla Loroupe (Kenya) 15:08.79`, `3. Deportivo Coruna (Spain) 7`).
_ENTRANT_LINE = re.compile(r"(?:\d{1,3}[.)]?\s+|[=T]\d{1,3}\s+)?")
_ENTRANT_AFTER = re.compile(r"\s\([^()\n]{2,30}\)")
_LIST_LEAST = 4  # entrants in a list before its majority types the rest
_LIST_TYPES = ("PERSON", "ORG")


def _list_entrants(article: ArticleSpans) -> None:
    """The entrants of a results list are of one kind: in `5. Tegla Loroupe (Kenya)
    15:08.79` among runners the model calls people, Tegla Loroupe is a runner too, not
    the organization it says; in a list of clubs, `Benetton (Italy)` is a club. A list of
    four entrants or more whose known types are two to one or more takes the larger type
    for the rest, when the name's own head word says nothing else."""
    body = article.body
    entrants: list[Span] = []
    for span in article.spans:
        line_start = body.rfind("\n", 0, span.start) + 1
        lead = _ENTRANT_LINE.match(body, line_start)
        if lead is None or lead.end() != span.start or span.rank >= RANK_ACRONYM:
            continue
        if _ENTRANT_AFTER.match(body, span.end):
            entrants.append(span)
    if len(entrants) < _LIST_LEAST:
        return
    counts = Counter(span.type for span in entrants)
    kind, most = max(((t, counts[t]) for t in _LIST_TYPES), key=lambda pair: pair[1])
    if most < 2 * (len(entrants) - most):
        return
    for span in entrants:
        text = article.text(span)
        if span.type == kind or span.type not in (*_LIST_TYPES, "PLACE", "OTHER"):
            continue
        if head_type(text) is not None:
            continue  # `Tennis Club (Spain)`: a head word says what it is
        if kind == "PERSON" and (" " not in text or not text.istitle()):
            continue  # a person's entry gives the full name, capitalized
        places = article.gazetteer.candidates(text)
        if places and kind == "PERSON":
            continue  # (a place's name is no runner's)
        if any(p.kind in ("country", "continent") for p in places):
            continue  # a nation's name in a list of clubs is its national side
        span.type, span.place = kind, None


def _unify_types(article: ArticleSpans) -> None:
    """One written name, one type in an article: the best-supported type wins; a town or
    a county that plays as a team (`Leicestershire beat Somerset`) is the team throughout
    its match report (one that names two teams or more: `the first leg at Stamford Bridge
    3-1` alone is no result)."""
    teams = {
        article.text(s).casefold() for s in article.spans if s.label == "team" and s.type == "ORG"
    }
    for span in article.spans if len(teams) > 1 else ():
        if span.rank < RANK_ACRONYM and article.text(span).casefold() in teams:
            span.type, span.place = "ORG", None
    votes: dict[str, dict[tuple[int, str], int]] = {}
    for span in article.spans:
        if span.rank < RANK_ACRONYM:
            tally = votes.setdefault(article.text(span).casefold(), {})
            tally[(span.rank, span.type)] = tally.get((span.rank, span.type), 0) + 1
    for text, tally in votes.items():
        rank = max(vote[0] for vote in tally)
        # `BT's competitors` and `plans by BT`: a name the model reads as a body and as a
        # place, where no place has it, is the body (but `first in Tower Hamlets borough`
        # is a place)
        both = (rank, "ORG") in tally and (rank, "PLACE") in tally
        if both and not article.gazetteer.candidates(text) and not _placed(article, text):
            tally[(rank, "ORG")] += tally.pop((rank, "PLACE"))
    for span in article.spans:
        tally = votes.get(article.text(span).casefold())
        if span.rank < RANK_ACRONYM and tally is not None:
            span.type = max(tally, key=lambda vote: (vote[0], tally[vote]))[1]


def _type_company_short_names(article: ArticleSpans) -> None:
    """`Ferruzzi` after `Gruppo Ferruzzi`, `Acme` after `Acme Corp`, `Dome` after `Dome
    Petroleum Ltd`, `Continental` after `Continental Airlines`: a business's name without
    its business or trade words (`Moody's` after `Moody's Investors Service Inc`) is that
    business, not a person (unless a person has that name) nor a small town of that name."""
    short: set[str] = set()
    corporate: set[str] = set()  # short names of names with a business word, not a trade's
    long_of: dict[str, str | None] = {}  # a short name -> the one full name it shortens
    first_word: dict[str, list[str]] = {}  # a first word -> the full names it opens
    founder: set[str] = set()  # names of the people firms are named after
    first_words: set[str] = set()  # the first words of a company's name (`Penn Treaty`)

    def shortens(form: str, full: str, of_business: bool) -> None:
        short.add(form)
        if of_business:
            corporate.add(form)
        if form != full:
            long_of[form] = _longer(long_of.get(form, full), full)

    for span in article.spans:
        full = article.text(span)
        words = full.split(" ")
        firm = _named_firm(full)
        if firm is not None and span.type in ("PERSON", "PLACE"):
            # `said lead manager Merrill Lynch Capital Markets`: the firm, whatever the cue
            span.type, span.place = "ORG", None
        # `Merrill` after `Merrill Lynch Capital Markets`; but `Smith` after `John Smith`
        # and `Smith Barney` is the person still
        if firm not in (None, full) and span.type == "ORG" and not _is_surname(article, firm):
            shortens(firm, full, True)
        if span.type != "ORG" or len(words) < 2:
            continue
        if words[-1] in _CLUB_ENDINGS and len(words) > 2:
            # `Raith Rovers` beside `Raith Rovers FC`: one club
            words = words[:-1]
            shortens(" ".join(words), full, False)
        if len(words) == 2 and words[-1] in CLUB_LAST_WORDS and words[-1].istitle():
            # `United's statement` after `Manchester United`, when no other club of the
            # story ends so; `Raith lost` after `Raith Rovers`, unless a person, a common
            # word of the story or a town is so called (`Dundee` beside `Dundee United`)
            shortens(words[-1], full, False)
            if _goes_by_first_word(article, words[0]) and not any(
                place.population for place in article.gazetteer.candidates(words[0])
            ):
                first_word.setdefault(words[0], []).append(full)
            continue
        if not is_corporate(full) and words[-1] not in TRADE_WORDS:
            continue  # `Continental Airlines` ... `Continental`: a trade word ends it too
        endings = []  # `Utah International` after `Utah International Inc`, too
        while len(words) > 1 and words[-1] in CORPORATE_LAST_WORDS:
            words = words[:-1]
            endings.append(" ".join(words))
        partner = words[-1] == "and" or (words[-2:-1] == ["and"] and words[-1] in FIRM_PARTNERS)
        if partner and len(words) > 2:
            # `Frank B. Hall`, and `Hall`, after `Frank B. Hall and Co Inc`: the firm, not
            # the man it is named after
            words = words[: len(words) - 1 if words[-1] == "and" else len(words) - 2]
            founder.add(" ".join(words))
            if len(words) > 1 and words[0].lower() in GIVEN_NAMES:
                founder.add(words[-1])
                shortens(words[-1], full, True)
        # `General Acquisition` after `General Acquisition Co`
        forms = [*endings[:-1], " ".join(words)]
        if is_corporate(full) and "&" not in full and " and " not in full:
            # (not of a firm named after its founders: `David Rubin & Partners`)
            first_words.update(
                " ".join(words[:n])
                for n in range(2, len(words))
                if all(w[:1].isupper() for w in words[:n]) and words[n - 1].isalpha()
            )
        if words[0] in CORPORATE_FIRST_WORDS and len(words) > 1:
            words = words[1:]
            forms.append(" ".join(words))
        while len(words) > 1 and words[-1] in TRADE_WORDS:
            words = words[:-1]
        forms.append(" ".join(words))
        if words[0].endswith(("'s", "’s")):
            forms.append(words[0])  # `Moody's` after `Moody's Investors Service Inc`
        elif len(words) > 1 and is_corporate(full) and _goes_by_first_word(article, words[0]):
            # `Foster said` after `Foster Wheeler Corp`, unless a name is that word alone
            # (`Exxon Corp` beside `Exxon Chemical Co`)
            first_word.setdefault(words[0], []).append(full)
        for form in forms:
            shortens(form, full, is_corporate(full))
    for form, fulls in first_word.items():
        for full in fulls if form not in short else ():
            shortens(form, full, True)
    # `Penn Treaty said` after `Penn Treaty American Corp`: a company's first words are a
    # company, where the model took them for a person or a treaty; but which one is left
    # open (`Diamond Shamrock` beside `Diamond Shamrock Refining and Marketing Co` is the
    # parent), and a place the gazetteer knows stays one (`guaranteed by New South Wales`
    # beside `New South Wales Treasury Corp`).
    by_first_words = first_words - short
    short |= by_first_words
    corporate |= {
        form
        for form in by_first_words
        if not article.gazetteer.candidates(form) and head_type(form) != "PLACE"
    }
    people = {article.text(s) for s in article.spans if s.type == "PERSON" and s.rank > RANK_MODEL}
    for span in article.spans:
        text = article.text(span)
        if text not in short:
            continue
        if span.rank > RANK_MODEL:
            if span.type == "PERSON" and text in founder:
                span.type = "ORG"  # `Abdulla Fouad said` after `Abdulla Fouad and Sons Co`
            if span.type == "ORG" and long_of.get(text) and not span.name:
                span.name = long_of[text]  # a rule's `General Acquisition`: the company
            continue
        person = span.type == "PERSON" and (text not in people or text in founder)
        # `New England` after `New England Electric` may still be the region
        place = span.type == "PLACE" and text in corporate
        # `Gulf and Western said` after `Gulf and Western Inc`: no work of art
        work = span.type in ("WORK", "OTHER") and span.method == "model"
        # (nor a treaty: `Penn Treaty` after `Penn Treaty American Corp`)
        work = work or (span.type == "OTHER" and text in corporate)
        # (a region abroad only, written like the company: `Southland` of `Southland Corp`)
        firm_place = place and (
            not _well_known_place(article, text) or _region_abroad_as_firm(article, text)
        )
        if person or work or firm_place:
            span.type = "ORG"
        if span.type == "ORG" and long_of.get(text):
            span.name = long_of[text]  # `Hughes Tool` after `Hughes Tool Co`: one company
    # `Interacciones kept` after `Interacciones brokerage`: a name the words around it
    # call a body is one wherever the story names it (not a word it also writes in lower
    # case: `Safety representatives`)
    cued = {article.text(s) for s in article.spans if s.type == "ORG" and s.label == "cued"}
    for piece in article.loose:
        # `Russo filled orders` after `Russo Securities Inc`, where the model saw no name
        text = piece.text
        by_short = text in short and text not in people and text not in DEMONYMS
        if not by_short and (text not in cued or article.lower_too(text)):
            continue
        if article.is_free(piece.start, piece.end) and not _well_known_place(article, text):
            name = long_of.get(text) or ""
            article.occupy(Span(piece.start, piece.end, "ORG", RANK_WEAK, "rule", name=name))


# What ends a football club's name and is left out as often (`Raith Rovers FC`).
_CLUB_ENDINGS = frozenset({"FC", "F.C.", "AFC", "A.F.C.", "CF", "SC"})


# Firms named after two founders, which copy shortens to one (`Merrill`, `Schwab`); one
# joined by `&` or with initials is not shortened so.
_TWO_NAME_FIRMS = tuple(f for f in FIRMS if f.count(" ") == 1 and "&" not in f and "." not in f)


def _goes_by_first_word(article: ArticleSpans, word: str) -> bool:
    """Whether a company may go by the first word of its name (`Foster` for `Foster
    Wheeler Corp`): a capitalized word that is no common word of the story, no given name,
    title or people's name, and no surname of a person it names (`Smith` after `John
    Smith` and `Smith Barney`)."""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    if word in GIVEN_NAMES or word in DEMONYMS or word in CORPORATE_FIRST_WORDS:
        return False
    if word.casefold() in TITLES or article.lower_too(word):
        return False
    return not _is_surname(article, word)


def _is_surname(article: ArticleSpans, word: str) -> bool:
    return any(s.type == "PERSON" and article.text(s).endswith(" " + word) for s in article.spans)


def _named_firm(text: str) -> str | None:
    """The founder's name a firm goes by, when `text` opens with a firm's name: `Merrill`
    for `Merrill Lynch Capital Markets`, `Schwab` for `Charles Schwab Corp`."""
    for firm in _TWO_NAME_FIRMS:
        if text.startswith(firm) and (len(text) == len(firm) or text[len(firm)] == " "):
            first, last = firm.split(" ")
            return last if first in GIVEN_NAMES else first
    return None


def _longer(known: str | None, full: str) -> str | None:
    """Of two full names one short name stands for, the longer when it extends the other
    (`Standard Oil Co` over `Standard Oil`); None when they name two businesses."""
    if known is None or known == full or full.startswith(known + " "):
        return full if known is not None else None
    return known if known.startswith(full + " ") else None


def _region_abroad_as_firm(article: ArticleSpans, text: str) -> bool:
    """`Southland said` after `Southland Corp` under a Dallas dateline: a region only
    abroad, in which the story places nothing, is the company (`Texas` after `Texas
    Instruments Inc` under a Dallas dateline stays the state)."""
    home = article.home_country
    regions = article.gazetteer.candidates(text)
    if (
        home is None
        or not regions
        or any(p.kind != "admin1" or p.country_code == home for p in regions)
    ):
        return False
    return re.search(rf"\b(?:{_PLACE_PREPOSITIONS}) {re.escape(text)}\b", article.body) is None


def _placed(article: ArticleSpans, text: str) -> bool:
    """Whether the story writes the name before a word for a place (`Tower Hamlets
    borough`); `in` alone does not say so (`a stake in Ferrari`, `his days in Wham!`)."""
    found = re.search(rf"\b(?i:{re.escape(text)}) {_PLACE_KINDS}\b", article.body)
    return found is not None


def _well_known_place(article: ArticleSpans, text: str) -> bool:
    """A country, a region or a big city: `Kenya` of `Kenya Airways` stays a place."""
    return any(
        place.kind != "city" or place.population >= WORLD_CITY
        for place in article.gazetteer.candidates(text)
    )


_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|via|from|to)\s$")


def _cut_medium_fronts(article: ArticleSpans) -> None:
    """`The next day on Twitter West accused his wife`: a person of two words after a
    preposition, whose first word names a body (a platform, or one the story names) and
    whose last is the surname of someone named in full before, is that someone; the word
    in front is where he spoke."""
    bodies = {article.text(s) for s in article.spans if s.type == "ORG"} | PLATFORMS
    named: dict[str, str] = {}
    for span in article.spans:
        if span.type != "PERSON":
            continue
        words = article.text(span).split(" ")
        before = article.body[max(0, span.start - 6) : span.start]
        someone_else = len(words) == 2 and named.get(words[1], words[0]) != words[0]
        medium = someone_else and words[0] in bodies
        if medium and _PREPOSITION_BEFORE.search(before):
            span.start += len(words[0]) + 1
            continue
        if len(words) >= 2:
            named.setdefault(words[-1], words[0])


def _link_people(article: ArticleSpans) -> None:
    """Full names, then the later parts of them: `Ren` and `Te Brake` are their people."""
    _cut_medium_fronts(article)
    people = [s for s in article.spans if s.type == "PERSON" and " " in article.text(s)]
    full_names = {article.text(s) for s in people}
    # `Te Brake` is not a full name when `Jason Te Brake` is one, nor `De Blasio` opening a
    # sentence when `Bill de Blasio` is.
    full_names = {
        n
        for n in full_names
        if not any(_is_part(n, other) or _is_part(_particle_low(n), other) for other in full_names)
    }
    # `Baroness Greenfield` after `Baroness Susan Greenfield`: the peer written with her
    # given name (not `Lord Kennedy` beside `Charles Kennedy`, whom no `Lord` precedes).
    peers: dict[str, str] = {}
    for name in list(full_names):
        rank, _, surname = name.partition(" ")
        if rank in PEERAGES and " " not in surname:
            named = [
                n
                for n in full_names
                if n.endswith(f" {surname}") and n != name and f"{rank} {n}" in article.body
            ]
            if len(named) == 1:
                peers[name] = named[0]
                full_names.discard(name)
    owners: dict[str, set[str]] = {}
    for name in full_names:
        words = name.split(" ")
        # `Ren`, `Te Brake`, and any one word of a longer name (`Faki` of Moussa Faki Mahamat).
        found = {" ".join(words[:cut]) for cut in range(1, len(words))}
        found |= {" ".join(words[cut:]) for cut in range(1, len(words))}
        found |= set(words) if len(words) > 2 else set()
        # `Canada` is no one's surname here; a province may be, in a name that opens with a
        # given name (`Jose Concepcion`, not `BBC Sport Wales`)
        # (`D. Cork`, `I. Salisbury`: an initial is as good as a given name)
        given = words[0].casefold() in GIVEN_NAMES or _INITIAL.fullmatch(words[0]) is not None
        for part in found - CONNECTORS:
            if not article.is_country(part) and (given or not article.is_region(part)):
                owners.setdefault(part, set()).add(name)
    introduced = sorted((s.start, article.text(s)) for s in people)
    # (every written person, a given name alone too: `Biden's son Hunter`)
    introduced_parts = [(s.start, article.text(s)) for s in article.spans if s.type == "PERSON"]
    introduced_parts += [(p.start, p.text) for p in article.loose]

    def target_of(text: str, at: int) -> str | None:
        """The full name, or the person a part of one stands for: of two who share it
        (`Usman Khan`, `Sadiq Khan`), the one named last before it."""
        if text in full_names:
            return text
        if text in peers:
            return peers[text]
        names = owners.get(text) or owners.get(_particle_low(text), set())
        kin = KIN_BEFORE.search(article.body, max(0, at - 40), at) if names else None
        if kin is not None and " " not in text:
            # `his son Nick` is no `Nick Vaughan` the story names later; `Biden's son
            # Hunter` is the `Hunter Biden` it does, and `His wife Sharon` after Ozzy
            # Osbourne the `Sharon Osbourne` it does (a family name written before)
            family = article.body[max(0, kin.start() - 30) : kin.start()]
            family += " ".join(written for start, written in introduced if start < at)
            names = {
                n
                for n in names
                if any(s < at for s, written in introduced if written == n)
                or re.search(rf"\b{re.escape(n.rpartition(' ')[2])}\b", family)
            }
        if len(names) == 1:
            return next(iter(names))
        # A surname, of names that are only names (not `Williams 1-6,4-6`, `Brown on UK`).
        names = {n for n in names if n.endswith(" " + text) and _only_name_words(n)}
        if len(names) == 1:
            return next(iter(names))
        # `Otis Ferry, a former Eton pupil` where the span kept only `Ferry`: the name the
        # word before it completes
        before_words = article.body[max(0, at - 30) : at].split()
        given = before_words[-1] if before_words else ""
        honorific = given.rstrip(".") in HONORIFICS or given.casefold() in _STYLES
        if given and not honorific and f"{given} {text}" in names:
            return f"{given} {text}"
        # `his former wife, Nicole Brown Simpson`: a relative named in full is named so
        # again, and the surname alone is the one the story is about (O.J. Simpson)
        kin = {n for i, n in introduced if KIN_BEFORE.search(article.body, max(0, i - 40), i)}
        if len(names - kin) == 1:
            return next(iter(names - kin))
        # (`Biden's son Hunter` ... `Hunter Biden`: a relative first named by the given name)
        kin |= {
            n
            for n in names
            for i, written in introduced_parts
            if written == n.split(" ", 1)[0] and KIN_BEFORE.search(article.body, max(0, i - 40), i)
        }
        if len(names - kin) == 1:
            return next(iter(names - kin))
        before = [name for start, name in introduced if start < at and name in names]
        return before[-1] if before else None

    surnames = {name.rsplit(" ", 1)[1]: name for name in full_names if _only_name_words(name)}
    for span in article.spans:
        target = target_of(article.text(span), span.start)
        if target is None and span.type == "PERSON":
            target = _misspelt_surname(article.text(span), surnames)
        # (a short form is no one's surname; a scorecard's `Cork` is D. Cork's)
        if target is None or (span.rank == RANK_ACRONYM and span.label != "player"):
            continue
        if span.type == "PERSON" or span.rank <= RANK_MODEL:
            span.type, span.name = "PERSON", target
    for piece in article.loose:
        target = target_of(piece.text, piece.start)
        if target and article.is_free(piece.start, piece.end):
            article.occupy(Span(piece.start, piece.end, "PERSON", RANK_WEAK, "rule", name=target))


def _misspelt_surname(text: str, surnames: dict[str, str]) -> str | None:
    """`Heminghaus added` after `Roger Hemminghaus, vice president`: a long surname alone
    one letter off the surname of the only person named so (a letter left out, added,
    changed or two swapped) is a typing slip for that person's name."""
    if len(text) < _SLIP_LENGTH or " " in text:
        return None
    near = [name for surname, name in surnames.items() if _one_slip(text, surname)]
    return near[0] if len(near) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    """Whether two different words of the same first letter differ by one letter left out,
    added or changed, or by two neighbours swapped; a plural's `s` is no slip (`the
    Jacksons`)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    short, long = sorted((a, b), key=len)
    if long == short + "s":
        return False
    cut = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    if len(short) != len(long):
        return short[cut:] == long[cut + 1 :]
    swapped = long[cut + 1 : cut + 2] + long[cut : cut + 1]
    return short[cut + 1 :] == long[cut + 1 :] or (
        short[cut : cut + 2] == swapped and short[cut + 2 :] == long[cut + 2 :]
    )


# Shorter surnames differ by a letter too often to be slips (`Hahn`, `Hahm`).
_SLIP_LENGTH = 7
# A company's ending written with a stop (`Corp.`, not `S.A.`), which its name drops.
_STOPPED_ENDINGS = frozenset(e for e in COMPANY_ENDINGS if e.endswith(".") and e.count(".") == 1)
# Titles and styles that stand before a surname (`Lord Sainsbury`).
_STYLES = TITLES | frozenset(["lord", "lady", "sir", "dame", "baroness", "baron", "earl"])


_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")


def _particle_low(name: str) -> str:
    """`De Blasio` as written mid-sentence: `de Blasio`; `Al-Majid` opening a sentence:
    `al-Majid`."""
    first, space, rest = name.partition(" ")
    if rest and first.lower() in NAME_PARTICLES:
        return f"{first.lower()}{space}{rest}"
    article, hyphen, tail = first.partition("-")
    if hyphen and article.istitle() and article.lower() in ARABIC_ARTICLES and tail[:1].isupper():
        return f"{article.lower()}-{tail}{space}{rest}"
    return name


def _only_name_words(name: str) -> bool:
    """Whether every word is a capitalized word without digits or a name's connector: not
    a score line (`Williams 1-6,4-6`) or a headline fragment (`Brown on UK`)."""
    return (
        all(
            (word[:1].isupper() and not any(ch.isdigit() for ch in word)) or word in CONNECTORS
            for word in name.split(" ")
        )
        and " Vs " not in name
    )


def _is_part(name: str, other: str) -> bool:
    return name != other and (other.endswith(" " + name) or other.startswith(name + " "))


def _link_title_references(article: ArticleSpans) -> None:
    """`the secretary-general` after `Ren Xianliang, secretary-general of the WIC`."""
    holders: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for span in article.spans:
        if span.type == "PERSON" and span.title and not _holds_other_office(article, span):
            name = span.name or article.text(span)
            for key in {span.title, span.title.rsplit(" ", 1)[-1]}:
                holders.setdefault(key, set()).add(name)
            first_seen[name] = min(first_seen.get(name, span.start), span.start)
    body = article.body
    for title, names in holders.items():
        if len(names) != 1:
            continue
        (name,) = names
        for opening in ("the ", "The "):
            start = body.find(opening + title, first_seen[name])
            while start != -1:
                end = start + 4 + len(title)
                whole = end == len(body) or not (body[end].isalnum() or body[end] == "-")
                if whole and article.is_free(start, end):
                    reference = Span(start, end, "PERSON", RANK_STRONG, "rule", name, is_name=False)
                    article.occupy(reference)
                start = body.find(opening + title, end)


# The last words of bodies' names that copy uses alone, capitalized, for the body it named
# before: `the Commission` after `the EC's Executive Commission`.
_BODY_REFERENCE_HEADS = (
    "Commission|Council|Committee|Court|Ministry|Department|Agency|Association|Federation"
    "|Authority|Board|Institute|Organisation|Organization|Party|Union|Assembly|Tribunal"
    "|Parliament|Senate|Congress|Exchange"
)
_BODY_REFERENCE = re.compile(rf"\b[Tt]he ({_BODY_REFERENCE_HEADS})\b(?! of\b| [A-Z])")


def _link_body_references(article: ArticleSpans) -> None:
    """`The Commission blamed ...` after `the EC's Executive Commission said`: a body's last
    word, capitalized after `the`, is the one body named before whose name ends with it
    (not where two do, nor in `the Commission of the European Communities`)."""
    bodies = [s for s in article.spans if s.type == "ORG" and " " in article.text(s)]
    if not bodies:
        return
    # the head alone already found as a body of its own (`The Parliament voted` after `The
    # European Parliament threatened`): the same body
    alone = {(s.start, s.end): s for s in article.spans if s.type == "ORG" and not s.name}
    for found in _BODY_REFERENCE.finditer(article.body):
        head, start, end = found[1], found.start(1), found.end(1)
        named = {
            s.name or article.text(s)
            for s in bodies
            if s.end <= found.start() and article.text(s).endswith(" " + head)
        }
        if len(named) != 1:
            continue
        (name,) = named
        if article.is_free(start, end):
            article.occupy(Span(start, end, "ORG", RANK_WEAK, "rule", name, is_name=False))
        elif (start, end) in alone:
            alone[start, end].name = name


def _holds_other_office(article: ArticleSpans, span: Span) -> bool:
    """Whether the words before the person's title make it another office."""
    before = article.body[max(0, span.start - 80) : span.start].casefold()
    at = before.rfind(span.title.rsplit(" ", 1)[-1])
    words = before[:at].replace("-", " ").split()
    return at >= 0 and bool(words) and words[-1] in OTHER_OFFICE


def _link_known_organizations(article: ArticleSpans) -> None:
    """`EU`, `U.N.`, `NATO`: the organization of the long form, in every article, even when
    the article never spells it out (unless it defines the short form otherwise)."""
    written = sorted({article.text(s) for s in article.spans if s.type == "ORG"}, key=len)
    for span in article.spans:
        if span.type not in ("ORG", "PLACE", "PERSON"):
            continue
        text = article.text(span)
        if text in article.acronyms:
            continue
        long_form = KNOWN_SHORT_FORMS.get(text)
        if long_form is None and text not in KNOWN_LONG_FORMS:
            continue
        span.type, span.place = "ORG", None
        if long_form is None:
            # `Moody's` after `Moody's Investors Service Inc` is that company; `Yahoo` after
            # `Yahoo Messenger` is still Yahoo.
            span.name = span.name if is_corporate(span.name) else text
            continue
        # `Food and Agriculture Organization of the United Nations`, written in full
        spelt = {w: w.replace(" and ", " & ") for w in written}  # `Standard and Poor's`
        fuller = [w for w in written if f"{spelt[w]} ".startswith(f"{long_form} ")]
        span.name = fuller[-1] if fuller else long_form


def _event_name(name: str) -> str:
    """One event, one entity: `2023 WIC Wuzhen Summit` is `WIC Wuzhen Summit`."""
    year, _, rest = name.partition(" ")
    if rest and len(year) == 4 and year.isdigit() and year[:2] in ("19", "20"):
        return rest
    return name


def _link_places(article: ArticleSpans) -> None:
    """Geocode every place in the light of the article's countries and regions."""
    countries = list(article.countries)
    if article.home_country and article.home_country not in countries:
        countries.append(article.home_country)
    if not countries and article.publisher_country:  # `Newcastle` in BBC copy
        countries.append(article.publisher_country)
    unresolved = []
    for span in article.spans:
        if span.type != "PLACE":
            continue
        name = span.name or article.text(span)
        # `Peoria, Ill.`: the abbreviation's stop ends the sentence or is left out of the span
        name = ap_state(name, article.body[span.end : span.end + 1]) or name
        place = article.gazetteer.geocode(name, countries, article.regions)
        if place is None:
            unresolved.append(span)
        else:
            span.place, span.name = place, place.name
    located = Counter(s.place.country_code for s in article.spans if s.place is not None)
    home = article.home_country or (located.most_common(1)[0][0] if located else None)
    for span in unresolved:
        span.name = span.name or article.text(span)
        span.place = _unlisted_place(article, span, countries, home)


def _unlisted_place(
    article: ArticleSpans, span: Span, countries: list[str], home: str | None
) -> Place | None:
    """A place the gazetteer lacks. A well-known feature's country is known (`Yangtze`);
    else it is the one its name holds (`North China Plain`, `Qinghai-Tibet Plateau`); for
    a facility, the article's (`Clarksville Street`); for a river or a valley, the one its
    stem names (`Mississippi River`), else the dateline's (`Hunter Valley` in a Newcastle
    story); anything else has none."""
    if known := feature_country(span.name):  # `Yangtze`, `Bohai Sea`, `Siberia`
        return Place(span.name, "feature", known, None, None, None)
    words = span.name.replace("-", " ").split(" ")
    named = {p.country_code for w in words for p in _areas(article, w)}
    if len(named) == 1:
        return Place(span.name, "feature", named.pop(), None, None, None)
    if (span.label == "FAC" or words[-1] in FACILITY_HEADS) and home:
        return Place(span.name, "site", home, None, None, None)
    stem = None
    if len(words) > 1 and words[-1] in FEATURE_HEADS and words[-1] not in OPEN_WATERS:
        stem = " ".join(words[:-1])
    elif len(words) > 1 and words[0] in FEATURE_HEADS:  # `Mount Fuji`, `Lake Victoria`
        stem = " ".join(words[1:])
    found = [p for p in article.gazetteer.candidates(stem) if p.country_code] if stem else []
    codes = {p.country_code for p in found if p.country_code in countries}
    if len(codes) == 1:
        return Place(span.name, "feature", codes.pop(), None, None, None)
    if stem and words[-1] in LOCAL_FEATURES and article.home_country:
        return Place(span.name, "feature", article.home_country, None, None, None)
    return None


def _areas(article: ArticleSpans, word: str) -> list[Place]:
    """Countries and regions a single capitalized word of a name denotes."""
    if not word[:1].isupper() or word in FEATURE_HEADS or word in FACILITY_HEADS:
        return []
    return [p for p in article.gazetteer.candidates(word) if p.kind in ("country", "admin1")]
