"""Dates mentioned in article bodies, resolved to calendar dates (the grain of `mentioned_dates`).

One row per date expression in `body`: its text and offsets, the date it means, and how
precise that is (`resolution`: day, month or year; the `period` column adds `week`).
Relative expressions resolve against the story's reference day: the dateline date, or the
day of the header timestamp (`published_local`) when there is no dateline.

The grammar is hand-written regexes. No well-kept offline library resolves wire-style
relative dates with character offsets: dateparser's `search_dates` is slow (milliseconds
per article) and loose about spans (it reads `5G` or `2,000` as dates). For speed the full
grammar is not tried at every character: a cheap scan finds where a date can start (a
digit, a month, weekday or holiday name, a relative word), and only there. Recognized:

- `2023-11-09`, `Nov. 9, 2023`, `9 November 2023`, `May 1 next year` (day);
- `Nov. 9`, `9 November`, `New Year's Eve`, `Christmas` (day, in the year that puts it
  closest to the reference day);
- `November 2014`, `March next year` (month: 2014-11-01); `last/next/this November`;
- `in May`, `since March`, `the month of August`, `between January and June` (month): a
  month within three months of the reference month is the nearer one; farther off, the
  latest before it, or the next after it when the clause looks ahead (`will`, `plans to`);
- a year after a time word: `in 2014`, `since 2014`, `by 2035`, `all of 2022`, `for 2024`,
  `from 2014 to 2023`, `in 2011 and 2009`, `mid-2024`, or between a determiner and a
  lowercase noun: `the 2024 harvest` (year: 2014-01-01). Otherwise a number is no date:
  `2023 WIC Wuzhen Summit` names an event, `2,000 people` and `5G` are no years;
- `yesterday`, `today`, `tonight`, `tomorrow`, `last night`, `this morning` (day);
- `last/this/next week` (the week's Monday, ISO weeks; resolution day, period week);
- `last/this/next month` (month) and `last/this/next year` (year);
- weekdays. A bare weekday in wire copy is the most recent such day on or before the
  reference day (`on Wednesday` in a Thursday story is the day before), unless the
  clause looks ahead: then the next such day on or after it. `last Monday` is strictly
  before, `next Monday` and `coming Monday` strictly after, and `this Friday` is the
  Friday of the reference day's ISO week (Monday to Sunday), on either side of it.
  `a Sunday`, `every Monday` are habits, not dates.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

import pyarrow as pa

from transforms.article import Article

MENTIONED_DATES_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("resolved_date", pa.date32(), nullable=False),
        pa.field("resolution", pa.string(), nullable=False),  # day | month | year
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("paragraph_index", pa.int32(), nullable=False),
        pa.field("period", pa.string(), nullable=False),  # day | week | month | year
        pa.field("reference_date", pa.date32(), nullable=False),
    ]
)

# Each month's spellings, full name first: `january:jan`.
_MONTH_SPELLINGS = (
    "january:jan february:feb march:mar april:apr may june:jun july:jul august:aug"
    " september:sept:sep october:oct november:nov december:dec"
)
_MONTH_NAMES = [spellings.split(":") for spellings in _MONTH_SPELLINGS.split()]
_MONTH_NUMBERS = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
# Spelled out rather than taken from `calendar`, whose names follow the process locale.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBERS = {name.lower(): number for number, name in enumerate(_WEEKDAYS)}
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24)}
_HOLIDAYS |= {"christmas day": (12, 25), "christmas": (12, 25)}
_FULL_MONTH = "|".join(names[0].capitalize() for names in _MONTH_NAMES)
_MONTH = rf"(?:(?:{_FULL_MONTH})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = "|".join(_WEEKDAYS)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d{2}(?![\d%]|[.,]\d)"


def _year_after(prefix: str) -> str:
    """An optional year after a month-day: `, 2023`, `2023` or `next year`."""
    return rf"(?:,?\s+(?P<{prefix}year>{_YEAR})|\s+(?P<{prefix}year_word>next|last|this)\s+year\b)?"


# Where a date can start. Every alternative begins with a plain letter or digit, which
# lets the regex engine skip between candidate characters in C.
_ANCHOR = re.compile(
    "|".join(
        [f"{digit}\\d*" for digit in "0123456789"]
        + [names[0].capitalize() for names in _MONTH_NAMES]
        + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        + [*_WEEKDAYS, "New", "Christmas"]
    )
)
# Relative words start with common letters, which a regex scan keeps stopping at;
# `str.find` on the lowercased body is faster.
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "tomorrow", "last", "next", "this", "coming")
_NUMERIC_DATE = re.compile(
    rf"""(?P<iso_year>\d{{4}})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)(?!\d)
    | (?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH}){_year_after("")}
    | (?P<bare_year>{_YEAR})\b""",
    re.VERBOSE,
)
_NAMED_DATE = re.compile(
    rf"""(?P<weekday>{_WEEKDAY})\b
        (?:,?\s+(?P<weekday_month>{_MONTH})\s*(?P<weekday_day>{_DAY})\b(?!,\d)
           {_year_after("weekday_")})?
    | (?P<month>{_MONTH})
        (?:\s*(?P<day>{_DAY})\b(?!,\d){_year_after("")}
         | ,?\s+(?P<month_year>{_YEAR})
         | \s+(?P<month_year_word>next|last|this)\s+year\b)?
    | (?P<holiday>New\s+Year['’]s\s+(?:Eve|Day)|Christmas(?:\s+(?:Eve|Day)|(?!\s+[A-Z])))\b""",
    re.VERBOSE,
)
_RELATIVE_DATE = re.compile(
    rf"""(?P<day_word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b
    | (?P<modifier>[Tt]his\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+
      (?:(?P<unit>night|morning|afternoon|evening|week|month|year)\b
       | (?P<weekday>{_WEEKDAY})\b
       | (?P<month>{_FULL_MONTH})\b(?![\s,]*\d))""",
    re.VERBOSE,
)
# Words right before a four-digit number that make it a year rather than a count or part
# of a name; likewise for a lone month name (`in May`, not `Theresa May`).
_TIME_WORDS = {"in", "since", "by", "until", "till", "through", "throughout", "from", "during"}
_TIME_WORDS |= {"before", "after", "between", "early", "late", "mid", "of", "to"}
_YEAR_CONTEXT = _TIME_WORDS | {"for"}
_LINKS = {"to", "and", "or", "through", "until"}  # `2011 and 2009`, `January and June`
_DETERMINERS = {"the", "its", "their", "this", "that", "his", "her", "our"}
# Cues, among the last words before a weekday or month, that it lies ahead.
_FUTURE_WORDS = {"will", "would", "shall", "upcoming", "'ll"}
_FUTURE_VERBS = {"scheduled", "expected", "set", "slated", "plans", "plan", "aims", "intends"}
_HABIT_WORDS = {"a", "every", "each", "any"}
_CONTEXT_WINDOW = 30
_FUTURE_CUE_WINDOW = 80
_FUTURE_CUE_WORDS = 10
_NEAR_MONTHS = 3
_DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_PART_OF_DAY = {("last", "night"): -1, ("this", "morning"): 0, ("this", "afternoon"): 0}
_PART_OF_DAY |= {("this", "evening"): 0}
_STEPS = {"last": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}

_Resolved = tuple[date, str, str]  # resolved date, resolution, period
_Found = tuple[int, _Resolved]  # end offset of the expression, what it resolves to
# (text, resolved date, resolution, period, char_start, char_end)
_Mention = tuple[str, date, str, str, int, int]


def extract_mentioned_dates(articles: Sequence[Article]) -> pa.Table:
    """One row per date expression in each article's body, resolved against its reference day."""
    rows = []
    for article in articles:
        body = article.body
        reference = article.dateline_date or article.published_local.date()
        mentions = list(_date_mentions(body, reference))
        if not mentions:
            continue
        paragraph_starts = [start for start, _ in article.paragraph_spans()]
        for text, resolved, resolution, period, start, end in mentions:
            paragraph_index = bisect.bisect_right(paragraph_starts, start) - 1
            row = (article.article_id, text, resolved, resolution, start, end, paragraph_index)
            rows.append((*row, period, reference))
    columns = [list(column) for column in zip(*rows, strict=True)]
    columns = columns or [[] for _ in MENTIONED_DATES_SCHEMA]
    return pa.table(
        dict(zip(MENTIONED_DATES_SCHEMA.names, columns, strict=True)), schema=MENTIONED_DATES_SCHEMA
    )


def _date_mentions(body: str, reference: date) -> Iterator[_Mention]:
    """Date expressions of one body in reading order, none overlapping another."""
    covered = 0
    for start in _candidate_starts(body):
        if start < covered or (start and (body[start - 1].isalnum() or body[start - 1] in "_.,")):
            continue  # inside a word, a number (`2,000`) or an expression already read
        try:
            found = _read_date(body, start, reference)
        except ValueError:  # an impossible day such as `Feb. 30`
            continue
        if found is not None:
            end, resolved = found
            covered = end
            yield (body[start:end], *resolved, start, end)


def _candidate_starts(body: str) -> list[int]:
    """Offsets where a date expression may start, in order (duplicates are harmless)."""
    starts = [match.start() for match in _ANCHOR.finditer(body)]
    folded = body.lower()
    if len(folded) != len(body):  # a rare letter whose lower case is longer: keep offsets
        folded = body
    for word in _RELATIVE_WORDS:
        at = folded.find(word)
        while at != -1:
            starts.append(at)
            at = folded.find(word, at + len(word))
    return sorted(starts)


def _read_date(body: str, start: int, reference: date) -> _Found | None:
    """The date expression starting at `start`, if any, with its end and resolution."""
    if body[start].isdigit():
        match = _NUMERIC_DATE.match(body, start)
        return _resolve_numeric(match, body, reference) if match else None
    match = _RELATIVE_DATE.match(body, start)
    if match:
        return _resolve_relative(match, reference)
    match = _NAMED_DATE.match(body, start)
    return _resolve_named(match, body, reference) if match else None


def _resolve_numeric(match: re.Match[str], body: str, reference: date) -> _Found | None:
    """`2023-11-09`, `9 November (2023)`, or a year in a year's context (`in 2014`)."""
    if match["iso_year"]:
        day = date(int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"]))
        return match.end(), (day, "day", "day")
    if match["month"]:
        return match.end(), _day_from(match, "", reference)
    if _is_year_in_context(body, match.start(), match.end()):
        return match.end(), (date(int(match["bare_year"]), 1, 1), "year", "year")
    return None


def _resolve_named(match: re.Match[str], body: str, reference: date) -> _Found | None:
    """Dates that open with a name: `Wednesday`, `Nov. 9`, `November 2014`, `Christmas`."""
    start, end = match.span()
    if match["weekday_month"]:
        return end, _day_from(match, "weekday_", reference)
    if match["weekday"]:
        if _HABIT_WORDS.intersection(_previous_words(body, start, 1)):
            return None
        day = _weekday(match["weekday"], "", reference, _looks_ahead(body, start))
        return end, (day, "day", "day")
    if match["holiday"]:
        key = " ".join(match["holiday"].lower().replace("’", "'").split())
        month, day = _HOLIDAYS[key]
        return end, _day_of(month, day, None, None, reference)
    if match["day"]:
        return end, _day_from(match, "", reference)
    month = _month_number(match["month"])
    if match["month_year"] or match["month_year_word"]:
        year = _year_of(match["month_year"], match["month_year_word"], reference)
        return end, (date(year, month, 1), "month", "month")
    if not _is_month_in_context(body, start):
        return None
    return end, (_bare_month(month, reference, _looks_ahead(body, start)), "month", "month")


def _resolve_relative(match: re.Match[str], reference: date) -> _Found | None:
    """`yesterday`, `last night`, `next week`, `last year`, `next Monday`, `last November`."""
    end = match.end()
    if match["day_word"]:
        offset = _DAY_WORDS[match["day_word"].lower()]
        return end, (reference + timedelta(days=offset), "day", "day")
    modifier = " ".join(match["modifier"].lower().split())
    if match["weekday"]:
        return end, (_weekday(match["weekday"], modifier, reference), "day", "day")
    step = _STEPS[modifier]
    if match["month"]:
        return end, (_month_of(_month_number(match["month"]), step, reference), "month", "month")
    unit = match["unit"]
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        return end, (monday + timedelta(weeks=step), "day", "week")
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + step
        return end, (date(index // 12, index % 12 + 1, 1), "month", "month")
    if unit == "year":
        return end, (date(reference.year + step, 1, 1), "year", "year")
    offset = _PART_OF_DAY.get((modifier, unit))  # `last night`, `this morning`
    return None if offset is None else (end, (reference + timedelta(days=offset), "day", "day"))


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


def _year_of(year_text: str | None, year_word: str | None, reference: date) -> int:
    """`2023`, or the year that `next year` / `last year` / `this year` means."""
    return int(year_text) if year_text else reference.year + _STEPS[(year_word or "this").lower()]


def _day_from(match: re.Match[str], prefix: str, reference: date) -> _Resolved:
    """The day named by the `{prefix}month`, `day`, `year`, `year_word` groups of a match."""
    month = _month_number(match[f"{prefix}month"])
    day = int(match[f"{prefix}day"].rstrip("stndrh"))
    return _day_of(month, day, match[f"{prefix}year"], match[f"{prefix}year_word"], reference)


def _day_of(
    month: int, day: int, year_text: str | None, year_word: str | None, reference: date
) -> _Resolved:
    """A month-day in its stated year, or else the year that puts it closest to the reference."""
    if year_text or year_word:
        return date(_year_of(year_text, year_word, reference), month, day), "day", "day"
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # Feb. 29 outside a leap year
            continue
    if not candidates:
        raise ValueError(f"no such day: {month}-{day}")
    return min(candidates, key=lambda d: abs((d - reference).days)), "day", "day"


def _month_of(month: int, step: int, reference: date) -> date:
    """First day of the named month: the reference year's for step 0, else the latest one
    before (step -1) or the first one after (step 1) the reference month."""
    year = reference.year
    if step < 0 and month >= reference.month:
        year -= 1
    elif step > 0 and month <= reference.month:
        year += 1
    return date(year, month, 1)


def _bare_month(month: int, reference: date, ahead: bool) -> date:
    """`in May`: the nearer May when it is within three months of the reference month;
    farther off, the latest before it, or the next after it when the clause looks ahead."""
    months_ahead = (month - reference.month) % 12
    if months_ahead == 0:
        return _month_of(month, 0, reference)
    if months_ahead <= _NEAR_MONTHS or (ahead and months_ahead < 12 - _NEAR_MONTHS):
        return _month_of(month, 1, reference)
    return _month_of(month, -1, reference)


def _weekday(name: str, modifier: str, reference: date, ahead: bool = False) -> date:
    """The day a weekday names, seen from the reference day (rules in the module docstring)."""
    weekday = _WEEKDAY_NUMBERS[name.lower()]
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if modifier == "last":
        offset = -(back or 7)
    elif modifier in ("next", "coming", "this coming"):
        offset = forward or 7
    elif modifier == "this":
        offset = weekday - reference.weekday()
    else:
        offset = forward if ahead else -back
    return reference + timedelta(days=offset)


def _previous_words(body: str, start: int, count: int) -> list[str]:
    """The last `count` words before `start`, lowercased; none unless a space precedes it."""
    if not body[start - 1 : start].isspace():
        return []
    return body[max(0, start - _CONTEXT_WINDOW) : start].lower().split()[-count:]


def _is_year_in_context(body: str, start: int, end: int) -> bool:
    """Whether the four digits at `start` are a year: after a time word (`in 2014`,
    `all of 2022`, `2011 and 2009`), as `mid-2024`, or in `the 2024 harvest`."""
    if body[max(0, start - 4) : start].lower() == "mid-":
        return True
    words = _previous_words(body, start, 2)
    if not words:
        return False
    if words[-1] in _YEAR_CONTEXT:
        return True
    if words[-1] in _LINKS and len(words) == 2 and re.fullmatch(_YEAR, words[0]):
        return True
    following = body[end + 1 : end + 2]
    return words[-1] in _DETERMINERS and body[end : end + 1] == " " and following.islower()


def _is_month_in_context(body: str, start: int) -> bool:
    """Whether a lone month name is a date: `in May`, `between January and June`."""
    words = _previous_words(body, start, 2)
    if not words:
        return body[max(0, start - 4) : start].lower() == "mid-"
    if words[-1] in _TIME_WORDS:
        return True
    return words[-1] in _LINKS and len(words) == 2 and words[0].rstrip(".") in _MONTH_NUMBERS


def _looks_ahead(body: str, position: int) -> bool:
    """Whether the last words of the clause before `position` speak of the future:
    `will`, `would`, `'ll`, `upcoming`, or `scheduled to`, `plans to` and the like."""
    clause = body[max(0, position - _FUTURE_CUE_WINDOW) : position]
    clause = clause[max(clause.rfind(mark) for mark in ".;!?") + 1 :]
    words = clause.lower().replace("’", "'").split()[-_FUTURE_CUE_WORDS:]
    if any(word in _FUTURE_WORDS or word.endswith("'ll") for word in words):
        return True
    return any(verb in _FUTURE_VERBS and to == "to" for verb, to in itertools.pairwise(words))
