"""A synthetic wire story: cast, paragraphs and quotes rendered from templates, and the
lightly edited update of a story that wire services send hours later."""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import wire_cast as cast
import wire_pools
import wire_templates as tpl
import wire_vocab as vocab

AP_MONTHS = vocab.words("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")
MONTHS = vocab.words(
    "January February March April May June July August September October November December"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
TOLD = {
    "Xinhua": "Xinhua",
    "AP": "The Associated Press",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "China Daily": "China Daily",
    "Global Times": "the Global Times",
}

_ALTERNATIVES = re.compile(r"\[([^\[\]]+)\]")
_DOUBLE_STOP = re.compile(r"\b(Ltd|Inc|Co)\.\.")
# Pools that name what the story is about: drawn once per story, so its headline, lead
# and body speak of the same disaster, disease or species.
STICKY = frozenset(
    vocab.words(
        "disaster disease species culture_thing culture_award tech_thing tech_goal tech_product "
        "competition event_sport crime sector issue env_issue journal court era"
    )
)


@functools.cache
def variants(template: str) -> tuple[str, ...]:
    """Every spelling of a template: each `[a|b]` resolved, `{slots}` left for format_map.

    Expanding once (about 12,000 spellings in all) makes rendering one pick and one
    format_map, which keeps 100,000 articles well under a minute."""
    pieces: list[tuple[str, ...]] = []
    pos = 0
    for match in _ALTERNATIVES.finditer(template):
        pieces.append((template[pos : match.start()],))
        pieces.append(tuple(v for alt in match.group(1).split("|") for v in variants(alt)))
        pos = match.end()
    pieces.append((template[pos:],))
    return tuple("".join(combo) for combo in itertools.product(*pieces))


class _SlotFiller(dict):
    """Mapping for str.format_map that asks the writer for every slot it meets."""

    def __init__(self, writer: StoryWriter) -> None:
        super().__init__()
        self.writer = writer

    def __missing__(self, name: str) -> str:
        return self.writer.slot(name)


def ap_date(day: date, with_year: bool = False) -> str:
    """`Nov. 9` or `Nov. 9, 2023`, as wire copy prints a day."""
    text = f"{AP_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def close_appositives(text: str) -> str:
    """Close each appositive with a comma, unless a full stop or comma follows anyway."""
    end = cast.APPOSITIVE_END
    if end in text:
        text = text.replace(end + ".", ".").replace(end + ",", ",").replace(end, ",")
    return _DOUBLE_STOP.sub(r"\1.", text) if ".." in text else text


def pick(rng: random.Random, options: tuple | list) -> Any:
    """rng.choice, at a third of the cost; as deterministic."""
    return options[int(rng.random() * len(options))]


def between(rng: random.Random, low: int, high: int) -> int:
    """rng.randint, at a third of the cost; as deterministic."""
    return low + int(rng.random() * (high - low + 1))


def _big(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{between(rng, 11, 99) / 10:.1f} million"
    return f"{between(rng, 2, 980) * pick(rng, (1, 10, 100)):,}"


_Figure = Callable[[random.Random, datetime], str]
_CURRENCIES = vocab.words(
    "billion yuan; million U.S. dollars; billion U.S. dollars; million euros; billion yuan",
    sep="; ",
)
# Figures and mentioned dates, relative to the story's publication time.
FIGURES: dict[str, _Figure] = {
    "num": lambda rng, pub: str(between(rng, 3, 60)),
    "num2": lambda rng, pub: str(between(rng, 2, 12)),
    "pct": lambda rng, pub: f"{between(rng, 1, 400) / 10:.1f} percent",
    "pct_short": lambda rng, pub: f"{between(rng, 1, 400) / 10:.1f} pct",
    "big": lambda rng, pub: _big(rng),
    "millions": lambda rng, pub: f"{between(rng, 11, 240) / 10:.1f} million",
    "money": lambda rng, pub: f"{between(rng, 12, 999) / 10:.1f} {pick(rng, _CURRENCIES)}",
    "past_year": lambda rng, pub: str(pub.year - between(rng, 1, 15)),
    "future_year": lambda rng, pub: str(pub.year + between(rng, 1, 12)),
    "weekday": lambda rng, pub: WEEKDAYS[(pub.weekday() - between(rng, 0, 5)) % 7],
    "recent_date": lambda rng, pub: ap_date(pub.date() - timedelta(days=between(rng, 7, 120))),
    "monthyear": lambda rng, pub: f"{pick(rng, MONTHS)} {pub.year - between(rng, 1, 12)}",
    "month": lambda rng, pub: pick(rng, MONTHS),
    "ordinal": lambda rng, pub: pick(rng, ORDINALS),
    "score": lambda rng, pub: f"{between(rng, 1, 3) + (low := between(rng, 0, 2))}-{low}",
}
# The story's cast and places.
CAST_SLOTS: dict[str, Callable[[StoryWriter], str]] = {
    "P": lambda w: w.people[0].mention(w.rng),
    "P2": lambda w: w.people[1].mention(w.rng),
    "O": lambda w: w.orgs[0].mention(w.rng),
    "O2": lambda w: w.orgs[1].mention(w.rng),
    "TEAM": lambda w: w.team(0),
    "TEAM2": lambda w: w.team(1),
    "CITY": lambda w: w.place.city,
    "OTHER_CITY": lambda w: cast.foreign_place(w.rng).city,
    "WHERE": lambda w: w.place.where,
    "PLACE_NAME": lambda w: w.place.where.removeprefix("in "),
    "REGION_PLACE": lambda w: w.place.region or w.place.city,
    "COUNTRY": lambda w: w.place.country.name,
    "ADJ": lambda w: w.place.country.adjective,
}


@dataclass
class Story:
    """One story as the wire service wrote it, before it is laid out in a raw file."""

    origin: int  # index of the article that first told the story
    agency: str
    language: str
    topic: str
    published: datetime  # publisher's local wall-clock time
    place: cast.Place
    dateline_day: date
    headline: str
    paragraphs: list[str]  # paragraphs[0] is the lead, without its dateline
    captions: list[tuple[int, str]] = field(default_factory=list)  # (after paragraph, text)
    byline: str | None = None
    revision: int = 0


class StoryWriter:
    """Renders templates for one story, keeping its cast and first mentions consistent."""

    def __init__(
        self,
        rng: random.Random,
        agency: str,
        topic: str,
        place: cast.Place,
        published: datetime,
        language: str = "en",
    ) -> None:
        self.rng, self.agency, self.topic, self.place = rng, agency, topic, place
        self.published, self.language = published, language
        self.curly = rng.random() < 0.3
        self.pools = tpl.FRENCH if language == "fr" else self._english_pools(topic)
        self.orgs = [
            cast.Organization(rng.choice(self.pools["orgs"])),
            cast.Organization(cast.company(rng)),
        ]
        rng.shuffle(self.orgs)
        roles = self.pools["roles"]
        self.people = [self._official(roles, self.orgs[0]), self._official(roles, self.orgs[1])]
        self.decks: dict[str, list[str]] = {}
        self.sticky: dict[str, str] = {}
        self.teams: list[str] = []
        self.filler = _SlotFiller(self)

    def _english_pools(self, topic: str) -> dict:
        story = tpl.TOPICS[topic]
        return story | {
            "generic": tpl.GENERIC_BODY,
            "quote": story["quote"] + tpl.GENERIC_QUOTES,
            "orgs": vocab.ORGS[topic],
        }

    def next_paragraph(self) -> str:
        """A body paragraph after the lead: a quote, or one or two sentences of reporting."""
        rng, pools = self.rng, self.pools
        roll = rng.random()
        if roll < 0.25:
            return self.quote(pools["quote"])
        kind = "body" if roll < 0.7 or "generic" not in pools else "generic"
        count = 1 if rng.random() < 0.6 else 2
        return " ".join(self.render(self.draw(kind, pools[kind])) for _ in range(count))

    def _official(self, roles: tuple, org: cast.Organization) -> cast.Person:
        country = self.place.country if self.rng.random() < 0.7 else self._any_country()
        person = cast.new_person(self.rng, country, self.rng.choice(roles), org)
        if self.language == "fr":
            person.intro, person.org = person.role, None
        return person

    def _any_country(self) -> vocab.Country:
        return cast.CHINA if self.rng.random() < 0.4 else self.rng.choice(vocab.COUNTRIES)

    def team(self, which: int) -> str:
        """Home (0) or visiting (1) team, named after a city of the story's country."""
        while len(self.teams) <= which:
            place = (
                cast.chinese_place(self.rng)
                if self.place.country is cast.CHINA
                else (cast.foreign_place(self.rng, self.place.country))
            )
            self.teams.append(f"{place.city} {self.rng.choice(wire_pools.POOLS['team_suffix'])}")
        return self.teams[which]

    def draw(self, kind: str, pool: tuple[str, ...] | None = None) -> str:
        """Next template of `kind`, dealt without repeats until the pool is used up."""
        deck = self.decks.get(kind)
        if not deck:
            deck = self.decks[kind] = list(pool or self.pools[kind])
            self.rng.shuffle(deck)
        return deck.pop()

    def render(self, template: str) -> str:
        """One sentence from a template, capitalized, appositives closed."""
        spellings = variants(template)
        text = spellings[int(self.rng.random() * len(spellings))].format_map(self.filler)
        text = close_appositives(text)
        return text[0].upper() + text[1:]

    def slot(self, name: str) -> str:
        """The text for `{name}`: a cast member, a figure, a date, or a pool word."""
        figure = FIGURES.get(name)
        if figure:
            return figure(self.rng, self.published)
        member = CAST_SLOTS.get(name)
        if member:
            return member(self)
        if name in STICKY:
            return self.sticky.setdefault(name, pick(self.rng, wire_pools.POOLS[name]))
        return pick(self.rng, wire_pools.POOLS[name])

    def quote(self, pool: tuple[str, ...]) -> str:
        """A quote paragraph in one of the wire patterns, with its speaker."""
        rng = self.rng
        opening, closing = ("“", "”") if self.curly else ('"', '"')
        text = self.render(self.draw("quote", pool))
        speaker = self._speaker()
        known = speaker.mentions > 0 and not speaker.age
        name = speaker.mention(rng)
        roll = rng.random()
        if self.language == "fr":
            verb = rng.choice(("a déclaré", "a indiqué", "a souligné"))
            return close_appositives(f"« {text} », {verb} {name}.")
        if roll < 0.35:
            line = f"{opening}{text},{closing} {name} said."
        elif roll < 0.55:
            line = f"{opening}{text},{closing} said {name}."
        elif roll < 0.68:
            line = f"{name} said, {opening}{text}.{closing}"
        elif roll < 0.78 and known:
            line = f"{opening}{text},{closing} the {speaker.role} said."
        elif roll < 0.86:
            line = f"{opening}{text},{closing} {name} told {TOLD[self.agency]}."
        elif roll < 0.92 and known:
            line = f"{opening}{text},{closing} according to the {speaker.role}."
        else:
            more = self.render(rng.choice(pool))
            line = f"{opening}{text},{closing} {name} said. {opening}{more}.{closing}"
        return close_appositives(line)

    def _speaker(self) -> cast.Person:
        if self.rng.random() < 0.85:
            return self.people[self.rng.random() < 0.3]
        trade = self.rng.choice(tpl.ORDINARY_ROLES)
        person = cast.ordinary_person(self.rng, self.place.country, trade, self.place.city)
        self.people.append(person)
        return person
