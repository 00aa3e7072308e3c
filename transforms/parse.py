"""Parse stage: the bytes of one raw wire file to an `Article`, or a `Rejection` saying why not.

Grain: one raw file in, one record out. `parse_article` never raises on any input; every
refusal carries a stable reason code from `REASON_CODES` and a detail that names what is
wrong and how to fix it. `parse_batch` is what the flow calls for a batch of files.

A raw file reads, top to bottom: an optional headline line; the header (`Source:`,
`Editor:` and a local timestamp, on separate lines or on one line split by `|`); then the
body: an optional byline, the lead opening with a dateline, one paragraph per line (or
hard-wrapped paragraphs separated by blank lines), photo captions, and an end mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from transforms.article import Article, Rejection, article_id_for
from transforms.body import read_body
from transforms.dateline import infer_dateline_date
from transforms.decode import decode_article
from transforms.language import detect_language
from transforms.normalize import normalize_text
from transforms.timezones import DEFAULT_TIMEZONE, check_timezones, timezone_name_for, zone

# Publications outside this window are scraping or clock errors, not news. Archives of
# wire copy reach back to the agencies' first years (Reuters 1851).
EARLIEST_PUBLICATION = datetime(1850, 1, 1)
FUTURE_TOLERANCE = timedelta(days=2)
# The header sits in the first few non-empty lines; a headline may take up to two lines.
HEADER_SEARCH_LINES = 6
MAX_HEADLINE_LINES = 2
HEADER_SCAN_LIMIT = 200  # lines; blank lines above the header beyond this are not looked at

# Matched against the unstripped piece of a line so a value keeps its inner spacing.
_SOURCE = re.compile(r"(?i)\s*source\s*[:：]\s*(?P<value>.*)")
_EDITOR = re.compile(r"(?i)\s*editor\s*[:：]\s*(?P<value>.*)")
_TIMESTAMP = re.compile(
    r"(?i)(?:(?:updated|published|date|time)\s*[:：]\s*)?"
    r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
    r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{1,2})(?::(?P<second>\d{1,2}))?)?"
)
# A paragraph tag counts only with its closing tag: wire headlines carry stock tickers
# in angle brackets (`DU PONT <DD> WINS SUIT AGAINST <P>`).
_HTML = re.compile(r"(?i)<(?:!doctype|html|head|body|div|meta|script)\b|<p\b[^>]*>[^<]*</p>")


@dataclass(frozen=True)
class Header:
    """What the lines above the story say: headline, publisher, desk editor, local time."""

    title: str | None
    source: str
    editor: str | None
    timestamp: str | None  # as printed, checked separately so its error can be precise
    body_start: int  # index of the first line after the header


@dataclass(frozen=True)
class Publication:
    """The header timestamp as printed, the zone it was read in, and the UTC instant."""

    local: datetime  # naive
    utc: datetime  # aware, UTC
    zone_name: str


def parse_article(
    data: bytes,
    raw_path: str,
    raw_sha256: str,
    *,
    timezones: Mapping[str, str] | None = None,
    default_timezone: str = DEFAULT_TIMEZONE,
    now: datetime | None = None,
) -> Article | Rejection:
    """One raw file to an Article, or a Rejection with a reason code; never raises.

    `timezones` maps a `Source:` value to an IANA zone over the built-in table; sources in
    neither get `default_timezone`. `now` bounds how far in the future a story may be dated.
    """
    try:
        return _parse(data, raw_path, raw_sha256, timezones, default_timezone, now)
    except TimeoutError:
        raise  # the batch's time limit (flows.pipeline), not this file's fault
    except Exception as error:
        return Rejection(
            stage="parse",
            reason_code="unreadable",
            reason_detail=f"the parser failed on this file ({type(error).__name__}: {error}); "
            "this is a defect in the parser: keep the file and report it",
        )


def parse_batch(
    files: Iterable[tuple[str, bytes, str]],
    *,
    timezones: Mapping[str, str] | None = None,
    default_timezone: str = DEFAULT_TIMEZONE,
    now: datetime | None = None,
) -> tuple[list[Article], list[tuple[str, Rejection]]]:
    """Parse `(raw_path, bytes, sha256)` files: the articles, and `(raw_path, rejection)` pairs.

    A file the parser fails on is refused as `unreadable` (`parse_article` never raises).

    Raises ValueError before reading any file when the time zone table names an unknown
    zone: a configuration error fails the run rather than quarantining a whole source.
    """
    check_timezones(timezones, default_timezone)
    now = now or datetime.now(UTC)  # one cutoff for the whole batch
    articles: list[Article] = []
    rejections: list[tuple[str, Rejection]] = []
    for raw_path, data, raw_sha256 in files:
        result = parse_article(
            data,
            raw_path,
            raw_sha256,
            timezones=timezones,
            default_timezone=default_timezone,
            now=now,
        )
        if isinstance(result, Rejection):
            rejections.append((raw_path, result))
        else:
            articles.append(result)
    return articles, rejections


def _parse(
    data: bytes,
    raw_path: str,
    raw_sha256: str,
    timezones: Mapping[str, str] | None,
    default_timezone: str,
    now: datetime | None,
) -> Article | Rejection:
    decoded = decode_article(data)
    if isinstance(decoded, Rejection):
        return decoded
    normalized = normalize_text(decoded.text)
    if not normalized.text.strip():
        return Rejection(
            stage="normalize",
            reason_code="empty",
            reason_detail="the file holds only invisible characters (zero-width spaces, "
            "byte order marks, controls); re-fetch the article from the wire site",
        )
    lines = normalized.text.split("\n")
    header = _read_header(lines)
    if isinstance(header, Rejection):
        return header
    publication = _read_publication(header, timezones, default_timezone, now)
    if isinstance(publication, Rejection):
        return publication
    story = read_body(lines[header.body_start :])
    if isinstance(story, Rejection):
        return story
    dateline = story.dateline
    place = dateline.place if dateline else None
    return Article(
        article_id=article_id_for(
            header.source, publication.local, header.title, place, story.paragraphs
        ),
        source=header.source,
        editor=header.editor,
        title=header.title,
        authors=story.authors,
        published_at=publication.utc,
        published_local=publication.local,
        source_timezone=publication.zone_name,
        dateline_place=place,
        dateline_date=infer_dateline_date(dateline, publication.local.date()) if dateline else None,
        agency=dateline.agency if dateline else None,
        paragraphs=story.paragraphs,
        captions=story.captions,
        language=detect_language(" ".join(story.paragraphs[:3])),
        raw_path=raw_path,
        raw_sha256=raw_sha256,
        encoding=decoded.encoding,
        mojibake_repaired=normalized.mojibake_repaired,
    )


def _read_header(lines: list[str]) -> Header | Rejection:
    """Find the headline and the header fields at the top of the file."""
    filled = [index for index, line in enumerate(lines[:HEADER_SCAN_LIMIT]) if line]
    filled = filled[:HEADER_SEARCH_LINES]
    top = "\n".join(lines[index] for index in filled)
    if "<" in top and _HTML.search(top):
        return _reject(
            "unsupported_format",
            "this is an HTML page, not an extracted article; save the article text "
            "(headline, Source:/Editor:/timestamp header, paragraphs) instead of the page",
        )
    fields: dict[str, str] = {}
    header_lines = []
    for index in filled:
        found = _header_fields(lines[index])
        if found:
            header_lines.append(index)
            fields.update({key: value for key, value in found.items() if key not in fields})
        elif header_lines:
            break  # the first line after the header opens the body
    if not header_lines:
        return _reject(
            "unsupported_format",
            f"no wire header in the first {HEADER_SEARCH_LINES} lines; a raw article starts "
            "with 'Source: <publisher>', 'Editor: <name>' and a 'YYYY-MM-DD HH:MM' timestamp",
        )
    headline = [lines[index] for index in filled if index < header_lines[0]]
    if len(headline) > MAX_HEADLINE_LINES:
        return _reject(
            "no_header",
            f"the header starts on line {header_lines[0] + 1}, after {len(headline)} lines of "
            "text; a raw article starts with the header, optionally under a one-line headline",
        )
    if not fields.get("source"):
        named = ", ".join(sorted(fields)) or "nothing"
        return _reject(
            "no_header",
            f"the header has {named} but no 'Source:' value; add the publisher as "
            "'Source: <name>' (e.g. 'Source: Xinhua')",
        )
    return Header(
        title=" ".join(headline) or None,
        source=fields["source"],
        editor=fields.get("editor") or None,
        timestamp=fields.get("timestamp"),
        body_start=header_lines[-1] + 1,
    )


def _header_fields(line: str) -> dict[str, str]:
    """The header fields on one line (`Source: Xinhua| 2019-04-23 21:07:44|Editor: Yamei`).

    A piece after `|` that is not a field belongs to the value before it, so an editor
    name containing `|` is kept whole. A line that does not open with a field is not
    a header line (it is a headline or body text): the result is then empty.
    """
    fields: dict[str, str] = {}
    last = None
    for piece in line.split("|"):
        if match := _SOURCE.fullmatch(piece):
            last, fields["source"] = "source", match["value"]
        elif match := _EDITOR.fullmatch(piece):
            last, fields["editor"] = "editor", match["value"]
        elif _TIMESTAMP.fullmatch(piece.strip()):
            last, fields["timestamp"] = "timestamp", piece
        elif last in ("source", "editor"):
            fields[last] += "|" + piece
        elif last is None:
            return {}
    return {key: value.strip() for key, value in fields.items()}


def _read_publication(
    header: Header,
    timezones: Mapping[str, str] | None,
    default_timezone: str,
    now: datetime | None,
) -> Publication | Rejection:
    """When the story was published: the header time as printed, its zone, and the instant."""
    local = _read_timestamp(header.timestamp)
    if isinstance(local, Rejection):
        return local
    zone_name = timezone_name_for(header.source, timezones, default_timezone)
    utc = _to_utc(local, zone_name, header.source, now)
    if isinstance(utc, Rejection):
        return utc
    return Publication(local, utc, zone_name)


def _read_timestamp(timestamp: str | None) -> datetime | Rejection:
    """The header timestamp as printed, as a naive local datetime."""
    if timestamp is None:
        return _reject(
            "bad_timestamp",
            "the header has no timestamp; add the publication time as 'YYYY-MM-DD HH:MM[:SS]' "
            "in the publisher's local time",
        )
    found = _TIMESTAMP.fullmatch(timestamp)
    if found is None or found["hour"] is None:
        return _reject(
            "bad_timestamp",
            f"the header timestamp {timestamp!r} has no time of day; expected "
            "'YYYY-MM-DD HH:MM[:SS]'",
        )
    parts = ("year", "month", "day", "hour", "minute", "second")
    try:
        return datetime(*(int(found[part] or 0) for part in parts))
    except ValueError as error:
        return _reject(
            "bad_timestamp",
            f"the header timestamp {timestamp!r} is not a real date and time ({error}); "
            "correct it to the publication time as 'YYYY-MM-DD HH:MM[:SS]'",
        )


def _to_utc(
    published_local: datetime, zone_name: str, source: str, now: datetime | None
) -> datetime | Rejection:
    """The local time read in the publisher's zone, as a UTC instant inside the plausible window.

    An ambiguous local time (the repeated hour when daylight saving ends) reads as the first
    occurrence, zoneinfo's default.
    """
    try:
        local_zone = zone(zone_name)
    except ValueError as error:
        return _reject(
            "bad_timestamp",
            f"cannot place the timestamp of source {source!r}: {error}; fix the source's "
            "entry in the time zone table",
        )
    now = now or datetime.now(UTC)
    latest = (now if now.tzinfo else now.replace(tzinfo=UTC)) + FUTURE_TOLERANCE
    # Compared in local time first (a day covers any UTC offset), because converting a
    # year-1 or year-9999 timestamp to UTC overflows.
    plausible = EARLIEST_PUBLICATION <= published_local <= _naive(latest) + timedelta(days=1)
    published_at = published_local.replace(tzinfo=local_zone).astimezone(UTC) if plausible else None
    if published_at is None or published_at > latest:
        return _reject(
            "implausible_date",
            f"the header dates the story {published_local:%Y-%m-%d %H:%M}, outside "
            f"{EARLIEST_PUBLICATION:%Y-%m-%d} .. {latest:%Y-%m-%d %H:%M} UTC; check the "
            "timestamp in the raw file and the scraper's clock",
        )
    return published_at


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _reject(reason_code: str, reason_detail: str) -> Rejection:
    return Rejection(stage="parse", reason_code=reason_code, reason_detail=reason_detail)
