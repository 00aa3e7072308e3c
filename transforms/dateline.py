"""Datelines: the `PLACE, Month Day (Agency) --` that opens a wire story's lead.

Recognised shapes (the dash may be `--`, `-`, `–` or `—`):

    HANGZHOU, Nov. 9 (Xinhua) --               place, English month, agency
    BEIDAIHE (Hebei), Aug. 2 (Xinhua) --       province in parentheses
    WINNIPEG, Canada, Oct. 18 (Xinhua) --      country (or US state) after the place
    RALEIGH, N.C., March 17 -                  a state's dotted abbreviation
    PARIS, 10 novembre (Xinhua) --             French day-month
    MADRID, 5 de marzo (Xinhua) --             Spanish day-month
    WASHINGTON (AP) --                         no date
    Paris (AFP) -                              title-case place, with an agency
    Toronto, April 2 -                         or a date
    BRUSSELS, March 27, Reuter -               agency after the date (older copy)

A place needs a date or an agency, so an ordinary sentence such as `The WIC (World
Internet Conference) will...` is never taken for a dateline. The dateline has no year:
`infer_dateline_date` takes it from the publication timestamp, across a year boundary too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

# Month names and abbreviations in the wire languages, keyed without accents or case.
MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan", "janvier", "janv", "enero", "ene"), 1),
    **dict.fromkeys(("february", "feb", "fevrier", "fevr", "fev", "febrero"), 2),
    **dict.fromkeys(("march", "mar", "mars", "marzo"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr", "abril", "abr"), 4),
    **dict.fromkeys(("may", "mai", "mayo"), 5),
    **dict.fromkeys(("june", "jun", "juin", "junio"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juil", "julio"), 7),
    **dict.fromkeys(("august", "aug", "aout", "agosto", "ago"), 8),
    **dict.fromkeys(("september", "sept", "sep", "septembre", "septiembre", "setiembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre", "octubre"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre"), 11),
    **dict.fromkeys(("december", "dec", "decembre", "diciembre", "dic"), 12),
}
_ACCENTED_MONTHS = ("février", "févr", "fév", "août", "décembre", "déc")

DATELINE_MAX_CHARS = 160
# A title-case "place" that is a weekday or opens with these words is a sentence's start.
_WEEKDAYS = frozenset(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
_NOT_PLACE_OPENERS = frozenset(("In", "On", "At", "By", "From", "Since", "Last", "Next", "This"))
# A dateline's day may be this far from the timestamp's day; further means a typo.
MAX_DATELINE_DRIFT_DAYS = 183

# Words kept lower case inside a title-cased place: `Rio de Janeiro`, `Port-au-Prince`.
_PLACE_PARTICLES = frozenset((
    "de", "del", "da", "das", "do", "dos", "des", "du", "la", "le", "les", "es", "el", "al",
    "au", "aux", "of", "the", "on", "upon", "sur", "am", "an", "der", "den", "van", "von", "y",
    "e",
))  # fmt: skip

# Python's re has no \p{Lu}: the Latin letters (Latin-1 to Latin Extended-B) by case.
_LATIN = [chr(code) for code in range(0xC0, 0x250)]
_UPPER = "A-Z" + "".join(letter for letter in _LATIN if letter.isupper())
_LOWER = "a-z" + "".join(letter for letter in _LATIN if letter.islower())
_MONTH = "|".join(sorted((*MONTHS, *_ACCENTED_MONTHS), key=len, reverse=True))
_UPPER_WORD = f"[{_UPPER}][{_UPPER}'’.&-]*"
_TITLE_WORD = f"[{_UPPER}][{_LOWER}'’.-]+"
_PARTICLE = "|".join(sorted(_PLACE_PARTICLES, key=len, reverse=True))
_DATELINE = re.compile(
    rf"""
    (?P<place>{_UPPER_WORD}(?:\ {_UPPER_WORD}){{0,4}}
      | {_TITLE_WORD}(?:\ (?:{_TITLE_WORD}|{_PARTICLE})){{0,3}})
    (?:\ ?\((?P<region>[^()\d]{{2,40}})\)(?=,|\ ?\())?
    (?:,\ ?(?P<country>(?:[{_UPPER}]\.){{2,3}}
      | [{_UPPER}][^\W\d_]*\.?(?:\ [{_UPPER}][^\W\d_]*\.?){{0,3}}))?
    (?:,?\ ?(?:
        (?i:(?P<month_first>{_MONTH}))\.?\ (?P<day_second>\d{{1,2}})(?:st|nd|rd|th)?
      | (?P<day_first>\d{{1,2}})(?:er|º)?\.?\ (?:de\ )?(?i:(?P<month_second>{_MONTH}))\.?
    )(?:,?\ (?P<year>(?:19|20)\d\d))?)?
    (?:\ ?\((?P<agency>[^()]{{1,40}})\)
      # (`BRUSSELS, March 27, Reuter -`: older copy names its agency after a comma)
      | ,\ (?P<agency_after>[{_UPPER}][{_LOWER}]{{1,20}}))?
    \ ?(?:--|[-–—―])\ ?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Dateline:
    """A dateline read off the start of a lead; `end` is where the lead's own text starts."""

    place: str
    region: str | None  # in parentheses: `BEIDAIHE (Hebei)`
    country: str | None  # after a comma: a country, or a US state or province (`Ore.`)
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    end: int


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of `paragraph`, or None when it does not open with one."""
    # A dateline is short; looking no further keeps a hostile megabyte-long line cheap.
    found = _DATELINE.match(paragraph[:DATELINE_MAX_CHARS])
    if found is None:
        return None
    place, agency = found["place"], found["agency"] or found["agency_after"]
    month_name = found["month_first"] or found["month_second"]
    if month_name is None and (agency is None or found["agency_after"]):
        return None  # `UPDATE -` or `EDITOR'S NOTE --` is not a dateline
    sentence = place in _WEEKDAYS or place.split()[0] in _NOT_PLACE_OPENERS
    if not place.isupper() and agency is None and (month_name is None or sentence):
        return None  # a title-case place needs an agency or a date: `Toronto, April 2 -`
    day = found["day_second"] or found["day_first"]
    return Dateline(
        place=place_title_case(place),
        region=_tidy_name(found["region"]),
        country=_tidy_name(found["country"]),
        month=MONTHS[_month_key(month_name)] if month_name else None,
        day=int(day) if day else None,
        year=int(found["year"]) if found["year"] else None,
        agency=agency.strip() if agency else None,
        end=found.end(),
    )


def infer_dateline_date(dateline: Dateline, published: date) -> date | None:
    """The dateline's day as a date: the year that puts it closest to the publication day.

    `Dec. 31` published on 2024-01-01 is 2023-12-31; `Jan. 1` published on 2023-12-31 is
    2024-01-01. None when the dateline has no date, or the day does not exist (`Feb. 30`),
    or it lies more than MAX_DATELINE_DRIFT_DAYS from the publication day.
    """
    if dateline.month is None or dateline.day is None:
        return None
    years = (
        (dateline.year,)
        if dateline.year
        else (published.year - 1, published.year, published.year + 1)
    )
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, dateline.month, dateline.day))
        except ValueError:
            continue  # Feb. 29 outside a leap year, Sept. 31, ...
    best = min(candidates, key=lambda day: abs(day - published), default=None)
    if best is None or abs(best - published).days > MAX_DATELINE_DRIFT_DAYS:
        return None
    return best


def place_title_case(place: str) -> str:
    """`UNITED NATIONS` -> `United Nations`, `RIO DE JANEIRO` -> `Rio de Janeiro`."""
    words = place.split()
    return " ".join(_title_word(word, first=index == 0) for index, word in enumerate(words))


def _title_word(word: str, *, first: bool) -> str:
    parts = word.split("-")
    titled = []
    for index, part in enumerate(parts):
        if (index or not first) and part.lower() in _PLACE_PARTICLES:
            titled.append(part.lower())
        elif "." in part.rstrip("."):
            titled.append(part.upper())  # an initialism such as D.C. stays as it is
        else:
            titled.append(part[:1].upper() + part[1:].lower())
    return "-".join(titled)


def _tidy_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip()
    return place_title_case(name) if name.isupper() and len(name) > 3 else name


def _month_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
