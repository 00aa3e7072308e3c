"""Teams in the results, standings and fixtures of agency sports copy.

Sports desks print one result per line (`Wigan 4 Chester 2`, `DETROIT 4 Kansas City 1`),
standings as a name and its columns (`ATLANTA 84 50 .627 -`, `Alloa 3 1 1 1 3 3 4`),
fixtures (`PITTSBURGH AT MONTREAL`, `Walsall v Wrexham`) and cricket innings (`Sussex 363
and 144, Lancashire 218 and 53-0`). A name in such a line is a team: an organization,
even when it is a town's or a county's name, which the model and the gazetteer take for a
place. A country's name there is its national team, which stays a place, as annotation
guidelines for news (CoNLL-2003's, GDELT's) have it. A line of people's scores (a golf
leaderboard) keeps its people: the caller says which names are people.

No library reads these layouts, and they are fixed enough for a few patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from transforms.entities.vocabulary import CALENDAR

# Nations with their own teams that GeoNames files as regions of the United Kingdom.
HOME_NATIONS = frozenset(["England", "Scotland", "Wales", "Northern Ireland"])

# A team's name: capitalized words (`Queen's Park`, `Heriot's F.P.`, `ST LOUIS`), with
# `of`/`and` inside (`Queen of South`) and a one- or two-letter town mark (`Rad (B)`).
_WORD = r"[A-Z][\w'’.&-]*"
_TEAM = rf"{_WORD}(?:\s(?:of\s|and\s|de\s)?{_WORD}){{0,4}}(?:\s\([A-Z]{{1,2}}\))?"
_SCORE = r"\d{1,3}"
_TAIL = r"(?:\s*\([^()]*\))?\.?"  # `(in 12)`, `(halftime 50-28)`
_RESULT = re.compile(rf"(?P<a>{_TEAM})\s{_SCORE}\s(?P<b>{_TEAM})\s{_SCORE}{_TAIL}")
_COLUMN = r"(?:\d+(?:\.\d+)?|\.\d+|-|\d+/\d+)"
_STANDING = re.compile(rf"(?P<a>{_TEAM})(?:\s{_COLUMN}){{3,}}")
# A cup draw's side may be a tie still to be played (`Southampton or Brentford v Manchester
# United`).
_FIXTURE = re.compile(
    rf"(?P<a>{_TEAM})(?:\sor\s(?P<a2>{_TEAM}))?\s(?:AT|at|v|vs\.?)\s"
    rf"(?P<b>{_TEAM})(?:\sor\s(?P<b2>{_TEAM}))?{_TAIL}"
)
# Within a sentence: `Derbyshire beat Worcestershire`, `Kent 108-3.`, `Essex 372 and 100-5`;
# only for names the caller calls towns or regions (a country's name is a national team).
_BEAT = r"\s(?:beat|beats|defeated|drew\swith|lost\sto|v|vs\.?)\s"
_MATCH = re.compile(rf"(?<![\w'’.-])(?P<a>{_TEAM}){_BEAT}(?P<b>{_TEAM})")
# What a line needs before those patterns can match, looked for first: they try every
# capitalized word of prose, where most lines have no score and no match verb.
_MATCH_VERB = re.compile(_BEAT)
_FIGURE = re.compile(r"\d")
# The score ends at a mark that is no part of a figure: `Sales 13.6 mln` and `Net 1,062,000`
# in an earnings table are amounts, not innings.
_INNINGS = re.compile(
    rf"(?<![\w'’.-])(?P<a>{_TEAM})\s\d{{1,3}}(?:-\d{{1,2}})?(?:\sand\s\d{{1,3}}(?:-\d{{1,2}})?)?"
    r"(?=\s*(?:[,.;](?!\d)|\()|\s*$)"
)


def team_spans(
    body: str,
    paragraphs: list[tuple[int, int]],
    is_country: Callable[[str], bool],
    is_town: Callable[[str], bool],
    is_person: Callable[[str], bool],
) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of each team named in a results, standings or fixture line of
    the body (ORG, or PLACE for a national team), or in a match report's `X beat Y` and
    innings scores when both are towns or regions. `paragraphs` are the body's (start,
    end) spans."""
    for start, end in paragraphs:
        line = body[start:end]
        if _BATTING.fullmatch(line):
            continue  # a batsman's line holds people (`Croft 46` is no innings here)
        whole = _RESULT.fullmatch(line) or _FIXTURE.fullmatch(line)
        standing = None if whole else _STANDING.fullmatch(line)
        match = whole or standing
        if match:
            for group in ("a", "a2", "b", "b2") if whole else ("a",):
                name = match.groupdict().get(group)
                if name is None:
                    continue
                if standing and is_person(name) and not is_town(name):
                    continue  # a leaderboard's player
                national = is_country(name) or name in HOME_NATIONS
                yield (
                    start + match.start(group),
                    start + match.end(group),
                    ("PLACE" if national else "ORG"),
                )
            continue
        for pattern, groups, needed in (
            (_MATCH, ("a", "b"), _MATCH_VERB),
            (_INNINGS, ("a",), _FIGURE),
        ):
            if not needed.search(line):
                continue
            for found in pattern.finditer(line):
                names = [found[group] for group in groups]
                # `March 18.` is a date, though March is also a town
                if all(_club_town(n, is_country, is_town) for n in names):
                    for group in groups:
                        yield start + found.start(group), start + found.end(group), "ORG"


# An individual sport's result: `4 - Goran Ivanisevic (Croatia) beat Scott Draper
# (Australia) 6-7 6-3`, a seeding before either name, each player's nation in brackets.
_PLAYER = r"[A-Z][\w'’.-]*(?:\s(?:de\s|van\s|der\s|da\s|di\s|le\s)?[A-Z][\w'’.-]*){1,3}"
_SEED = r"(?:\d{1,2}\s-\s)?"
_PLAYED = re.compile(
    rf"(?<![\w'’.-]){_SEED}(?P<a>{_PLAYER})\s\((?P<na>[^()\n]{{2,30}})\)\s"
    rf"(?:beat|bt|bat|def\.|d\.)\s{_SEED}(?P<b>{_PLAYER})\s\((?P<nb>[^()\n]{{2,30}})\)"
)


# A cricket scorecard's lines: a batsman and how he was out (`G. Thorpe lbw b Mohammad
# Akram 54`, `I. Salisbury c Inzamam-ul-Haq b Wasim Akram 5`, `R. Croft not out 5`), and a
# bowler's overs, maidens, runs and wickets (`Lewis 9-1-49-0`, `Waqar Younis 25-6-95-4`).
_CRICKETER = r"(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
_BATTING = re.compile(
    rf"(?P<a>{_CRICKETER})\s(?:(?:c|st)\s(?P<c>{_CRICKETER})\s|c\s(?:&|and)\s|lbw\s)?"
    rf"(?:b\s(?P<b>{_CRICKETER})|run\sout(?:\s\((?P<r>{_CRICKETER})\))?|not\sout"
    r"|retired\shurt|absent\shurt)\s\d{1,3}\*?"
)
_BOWLING = re.compile(
    rf"(?:(?m:^)|(?<=[:,]\s))(?P<a>{_CRICKETER})\s+\d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b"
)

# An innings summary's scorers and bowlers, named with an initial after a bracket or a list
# mark (`(J. Russell 57, M. Lynch 50; N. Williams 5-43)`, `(H. Morris\n118, ...`).
_SCORER = re.compile(
    r"(?:(?<=\()|(?<=[,;]\s))(?P<a>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)\s+\d{1,3}(?:-\d{1,3})?"
    r"(?=\s*(?:not\sout\s*)?[,;)])"
)


def player_spans(
    body: str, paragraphs: list[tuple[int, int]], is_country: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each player in a line of an individual sport's results, both
    players' nations in brackets: the model misses names after a seeding (`8 - Lindsay
    Davenport`); and of each cricketer in a scorecard's batting and bowling lines, where
    it reads initials and figures as bodies or places (`I. Salisbury`, `Lewis 9-1-49-0`),
    and of each scorer in an innings summary (`(H. Morris 118, A. Cottey 70)`)."""
    for scorer in _SCORER.finditer(body):
        yield scorer.start("a"), scorer.end("a")
    for start, end in paragraphs:
        if _FIGURE.search(body, start, end):  # a batsman's runs, a bowler's figures
            batting = _BATTING.fullmatch(body, start, end)
            for group in ("a", "b", "c", "r") if batting else ():
                if batting[group]:
                    yield batting.start(group), batting.end(group)
            for bowler in _BOWLING.finditer(body, start, end):
                yield bowler.start("a"), bowler.end("a")
        if body.find("(", start, end) < 0:
            continue  # no player's nation in brackets
        for found in _PLAYED.finditer(body, start, end):
            if not (is_country(found["na"]) and is_country(found["nb"])):
                continue
            for group in ("a", "b"):
                if not is_country(found[group]) and found[group] not in HOME_NATIONS:
                    yield found.start(group), found.end(group)


def _club_town(name: str, is_country: Callable[[str], bool], is_town: Callable[[str], bool]):
    national = is_country(name) or name in HOME_NATIONS
    return is_town(name) and not national and name not in CALENDAR
