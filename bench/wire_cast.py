"""The cast of a synthetic wire story: people, organizations and places, with the first and
later mentions wire copy uses for each (`Ren Xianliang, secretary-general of the WIC`,
then `Ren`; `the World Internet Conference (WIC)`, then `the WIC`)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import wire_pools
import wire_vocab as vocab

CHINA = vocab.Country("China", "Chinese", "chinese", "BEIJING")
# An appositive ends with this mark; the renderer turns it into a comma unless punctuation
# follows (`Ren Xianliang, secretary-general of the WIC, said` / `said Ren, ... of the WIC.`).
APPOSITIVE_END = "\x00"
# Acronyms read as words take no article: `NASA said`, but `the WHO said`.
SPOKEN_ACRONYMS = frozenset(vocab.words("NASA NATO UNESCO UNICEF UNAIDS ASEAN APEC Interpol Gavi"))


@dataclass(frozen=True)
class Place:
    """Where a story happens, and how its dateline prints it."""

    dateline: str  # `HANGZHOU`, `BEIDAIHE (Hebei)`, `WINNIPEG, Canada`, `UNITED NATIONS`
    city: str  # `Hangzhou`
    region: str  # `east China's Zhejiang Province`, `Canada`
    country: vocab.Country

    @property
    def where(self) -> str:
        """`in Hangzhou, east China's Zhejiang Province` or `in Winnipeg, Canada`."""
        if self.region in (self.city, ""):
            return f"in {self.city}"
        return f"in {self.city}, {self.region}{APPOSITIVE_END}"


def title_case(upper: str) -> str:
    """`XI'AN` -> `Xi'an`, `ST. PETERSBURG` -> `St. Petersburg`."""
    return " ".join(word.capitalize() for word in upper.split())


def chinese_place(rng: random.Random) -> Place:
    """A Chinese dateline place: a big city, or a town with its province in parentheses."""
    if rng.random() < 0.3:
        town, province = rng.choice(vocab.CN_TOWNS)
        return Place(f"{town} ({province})", title_case(town), vocab.PROVINCES[province], CHINA)
    city, province = rng.choice(vocab.CN_CITIES)
    region = vocab.PROVINCES[province]
    return Place(city, title_case(city), "" if region == title_case(city) else region, CHINA)


def foreign_place(rng: random.Random, country: vocab.Country | None = None) -> Place:
    """A foreign dateline place: a capital alone, another city with its country."""
    country = country or rng.choice(vocab.COUNTRIES)
    if not country.cities or rng.random() < 0.5:
        return Place(country.capital, title_case(country.capital), "", country)
    city = rng.choice(country.cities)
    name = country.name.removeprefix("the ")
    return Place(f"{city}, {name}", title_case(city), name, country)


def united_nations(rng: random.Random) -> Place:
    """The UN headquarters dateline; the story is about some member state."""
    return Place("UNITED NATIONS", "United Nations", "", rng.choice(vocab.COUNTRIES))


@dataclass
class Organization:
    """An organization in one story; remembers whether it was already named."""

    org: vocab.Organization
    named: bool = False

    def mention(self, rng: random.Random) -> str:
        """Full name with acronym the first time, acronym or full name afterwards."""
        the = "the " if self.org.the else ""
        acronym = self.org.acronym
        if not self.named:
            self.named = True
            return f"{the}{self.org.name} ({acronym})" if acronym else f"{the}{self.org.name}"
        if acronym and rng.random() < 0.7:
            return acronym if acronym in SPOKEN_ACRONYMS else f"{the}{acronym}"
        return f"{the}{self.org.name}"


def company(rng: random.Random) -> vocab.Organization:
    """A generated company or institute, some with an acronym: `Sinova Robotics Group (SRG)`."""
    if rng.random() < 0.35:
        place = title_case(rng.choice(vocab.CN_CITIES)[0])
        name = f"{place} Institute of {rng.choice(wire_pools.FIELDS)}"
    else:
        brand = rng.choice(wire_pools.BRAND_HEADS) + rng.choice(wire_pools.BRAND_TAILS)
        name = f"{brand} {rng.choice(wire_pools.INDUSTRIES)} {rng.choice(wire_pools.COMPANY_KINDS)}"
    words = [w for w in name.replace(",", "").split() if w[0].isupper() and w != "Ltd."]
    acronym = "".join(w[0] for w in words) if rng.random() < 0.4 else None
    return vocab.Organization(name, acronym, the=name.split()[1] == "Institute")


@dataclass
class Person:
    """A person in one story: name, nationality, role, and the mentions used so far."""

    given: str
    surname: str
    country: vocab.Country
    role: str
    title: str = ""  # prefix form of the role: `Foreign Minister`
    org: Organization | None = None
    age: int | None = None  # ordinary people are introduced by age and trade
    home: str = ""
    surname_first: bool = False
    intro: str = ""  # a role printed before the name: `le porte-parole du gouvernement`
    mentions: int = field(default=0)

    @property
    def full(self) -> str:
        return (
            f"{self.surname} {self.given}" if self.surname_first else f"{self.given} {self.surname}"
        )

    def mention(self, rng: random.Random) -> str:
        """First mention with title or appositive; later mentions by surname."""
        self.mentions += 1
        if self.mentions > 1:
            return self.full if rng.random() < 0.15 else self.surname
        if self.intro:
            return f"{self.intro} {self.full}"
        if self.title and rng.random() < 0.7:
            return f"{self.country.adjective} {self.title} {self.full}"
        if self.age:
            return (
                f"{self.full}, a {self.age}-year-old {self.role} from {self.home}{APPOSITIVE_END}"
            )
        if self.org and not any(w in self.role for w in (" of ", " for ", " to ")):
            return f"{self.full}, {self.role} of {self.org.mention(rng)}{APPOSITIVE_END}"
        return f"{self.full}, {self.country.adjective} {self.role}{APPOSITIVE_END}"


def person_name(rng: random.Random, country: vocab.Country) -> tuple[str, str, bool]:
    """(given, surname, surname_first) from the naming tradition of `country`."""
    pool = vocab.NAMES[country.names]
    return rng.choice(pool.given), rng.choice(pool.surnames), pool.surname_first


def new_person(
    rng: random.Random,
    country: vocab.Country,
    role: tuple[str, str],
    org: Organization | None,
) -> Person:
    """A named official or expert of `country` in `role`."""
    given, surname, first = person_name(rng, country)
    return Person(given, surname, country, role[0], role[1], org, surname_first=first)


def ordinary_person(rng: random.Random, country: vocab.Country, trade: str, home: str) -> Person:
    """A resident, visitor or worker, introduced by age and trade."""
    given, surname, first = person_name(rng, country)
    return Person(
        given, surname, country, trade, age=rng.randint(19, 78), home=home, surname_first=first
    )


def writer_name(rng: random.Random, chinese_share: float) -> str:
    """A reporter or photographer name for bylines and captions."""
    country = CHINA if rng.random() < chinese_share else rng.choice(vocab.COUNTRIES)
    given, surname, first = person_name(rng, country)
    return f"{surname} {given}" if first else f"{given} {surname}"
