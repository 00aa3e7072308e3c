"""Entities and their mentions in a batch of articles; dateline places geocoded.

Two profiles. With spaCy Docs (from `transforms.entities.ner.recognize`), the model's entities are
corrected by wire-copy rules; with `docs=None` the rules alone find the names (bulk
backfills). Either way:

- an acronym defined in the text (`The World Internet Conference (WIC)`) makes one entity
  of both forms, and every `WIC` in the article is a mention of it;
- a name with a title (`Ren Xianliang, secretary-general of the WIC`, `President Xi
  Jinping`) is a PERSON; a later part of the name (`Ren`, `Te Brake`) or `the
  secretary-general` is a mention of that person, and the part becomes an alias;
- news agencies named in the body are organizations (`with Xinhua`); datelines, bylines
  and headers are not in the body and so never give entities;
- numbers, dates, lower-case spans and `'s` are dropped; quoted titles of reports, books
  and songs are WORK; `2023 WIC Wuzhen Summit` is an EVENT;
- nationality and group words (`Chinese`, `Kenyan`, `Palestinians`), time zones and
  currencies (`GMT`, `Euro`) are not entities, nor is a common word opening a sentence
  (`Broadband prices fell`); a name ending in a company form (`Acme Corp`, `Globex Inc`)
  is an ORG; a product written as Apple writes its own (`iPod`), or a name the model
  takes for a person right after `the` (`the Mac Mini`, `the Premiership`), is OTHER,
  and a plural there (`the Marlins`) an ORG;
- short forms every reader knows (`EU`, `U.N.`, `NATO`, `IMF`, `OPEC`) are mentions of
  their long form's organization even when the article never spells it out
  (`vocabulary.KNOWN_SHORT_FORMS`), so every article links them to one entity id.

Mentions do not overlap: a name inside a longer name (`WIC` and `Wuzhen` in `2023 WIC
Wuzhen Summit`, `Kenya` in `Kenya Meteorological Department`) is part of that name only.

Canonical names: a place takes its gazetteer name (`Zhejiang Province` -> `Zhejiang`, the
written form an alias); an acronym's entity its long form; a person the full name; an
event its name without the edition year (`2023 WIC Wuzhen Summit` and `WIC Wuzhen Summit`
are one event); any other entity the name as written, without a leading `the`, quotes or
`'s`.
Entity ids are the first 16 hex digits of sha1(`TYPE:casefolded name`), plus
`:country:admin1` for a located place, so two Springfields are two entities.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter, OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa

from transforms.article import Article
from transforms.entities.acronyms import find_definitions
from transforms.entities.gazetteer import Place, load_gazetteer
from transforms.entities.linking import link_article
from transforms.entities.rules import capitalized_pieces
from transforms.entities.spans import ArticleSpans, Span, place_context
from transforms.timezones import source_country

if TYPE_CHECKING:  # spaCy is imported only by the model profile
    from spacy.tokens import Doc

ENTITIES_SCHEMA = pa.schema(
    [
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("aliases", pa.list_(pa.string()), nullable=False),
        pa.field("country_code", pa.string()),
        pa.field("admin1", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("geonames_id", pa.int64()),
    ]
)
MENTIONS_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("paragraph_index", pa.int32(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("method", pa.string(), nullable=False),  # model | rule
    ]
)
DATELINES_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("dateline_country_code", pa.string()),
        pa.field("dateline_admin1", pa.string()),
        pa.field("dateline_latitude", pa.float64()),
        pa.field("dateline_longitude", pa.float64()),
        pa.field("dateline_geonames_id", pa.int64()),
    ]
)
# `UNITED NATIONS` datelines: headquarters ground belongs to no country, so the country and
# admin1 stay NULL, but the place is real and sits on a map at UN Headquarters, New York.
UNITED_NATIONS = Place("United Nations", "site", "", None, 40.7489, -73.968)


def extract_entities(
    articles: Sequence[Article], docs: Sequence[Doc] | None
) -> tuple[pa.Table, pa.Table]:
    """(entities, mentions) of a batch: one entity row per distinct entity in the batch,
    one mention row per occurrence in an article body. `docs` are the bodies' Docs in
    article order, or None for the rules-only profile.
    """
    if docs is not None and len(docs) != len(articles):
        raise ValueError(f"{len(docs)} docs for {len(articles)} articles")
    entities = _EntityRegister()
    rows: list[tuple] = []
    for index, article in enumerate(articles):
        doc = docs[index] if docs is not None else None
        starts = [start for start, _end in article.paragraph_spans()]
        body, article_id = article.body, article.article_id
        for span in _article_spans(article, doc).spans:
            text = body[span.start : span.end]
            paragraph = bisect.bisect_right(starts, span.start) - 1
            entity_id = entities.add(span, text)
            rows.append((article_id, entity_id, text, span.start, span.end, paragraph,
                         span.type, span.method))  # fmt: skip
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in MENTIONS_SCHEMA]
    return entities.table(), pa.table(columns, schema=MENTIONS_SCHEMA)


def geocode_datelines(articles: Sequence[Article]) -> pa.Table:
    """One row per article, in order: where its dateline place is, NULL when unknown.

    Ambiguous places are resolved by the countries and regions the body names
    (`PARIS` in a story about Texas is Paris, Texas), else by population.
    """
    gazetteer = load_gazetteer()
    rows: dict[str, list] = {field.name: [] for field in DATELINES_SCHEMA}
    for article in articles:
        context = _CONTEXTS.get((article.article_id, article.body))
        if context is None:
            context = place_context(capitalized_pieces(article.body), gazetteer)
        place = _dateline(article, context)
        rows["article_id"].append(article.article_id)
        rows["dateline_country_code"].append(place.country_code or None if place else None)
        rows["dateline_admin1"].append(place.admin1 if place else None)
        rows["dateline_latitude"].append(place.latitude if place else None)
        rows["dateline_longitude"].append(place.longitude if place else None)
        rows["dateline_geonames_id"].append(place.geonames_id or None if place else None)
    return pa.table(rows, schema=DATELINES_SCHEMA)


class _RecentContexts(OrderedDict):
    """The place context of the articles `extract_entities` saw last, so that
    `geocode_datelines` on the same batch does not read the bodies again."""

    def remember(self, key: tuple[str, str], context: tuple[list[str], list[str]]) -> None:
        self[key] = context
        self.move_to_end(key)
        while len(self) > _RECENT_ARTICLES:
            self.popitem(last=False)


_RECENT_ARTICLES = 20_000
_CONTEXTS = _RecentContexts()


def _dateline(article: Article, context: tuple[Sequence[str], Sequence[str]]) -> Place | None:
    """Where the dateline is: in the light of the countries the body names, else of the
    publisher's own (`NEWCASTLE` in BBC copy is in England; AP writes `BIRMINGHAM,
    England` for the English one)."""
    place = article.dateline_place
    if not place:
        return None
    if place.casefold() in ("united nations", "u.n.", "un"):
        return UNITED_NATIONS
    countries, regions = context
    publisher = source_country(article.source)
    if publisher and not countries:
        countries = [publisher]
    return load_gazetteer().geocode(place, countries, regions)


def _article_spans(article: Article, doc: Doc | None) -> ArticleSpans:
    """Every mention of the article, linked to its entity, in body order."""
    gazetteer = load_gazetteer()
    body = article.body
    spans = ArticleSpans(body, gazetteer, find_definitions(body))
    spans.agencies = {article.agency, article.source} - {None, ""}
    _CONTEXTS.remember((article.article_id, body), (spans.countries, spans.regions))
    dateline = _dateline(article, (spans.countries, spans.regions))
    if dateline is not None and dateline.country_code:
        spans.home_country = dateline.country_code
    spans.publisher_country = source_country(article.source)
    spans.collect(doc)
    link_article(spans)
    return spans


class _EntityRegister:
    """Distinct entities of a batch, keyed by entity id."""

    def __init__(self) -> None:
        self._rows: dict[str, dict] = {}
        self._ids: dict[tuple, str] = {}

    def add(self, span: Span, text: str) -> str:
        """Register the span's entity (once) and the written form as an alias; its id."""
        place = span.place
        located = place is not None and bool(place.country_code)
        key = (span.type, span.name, place if located else None)
        entity_id = self._ids.get(key)
        if entity_id is None:
            basis = f"{span.type}:{span.name.casefold()}"
            if located:
                basis += f":{place.country_code}:{place.admin1 or ''}"
            entity_id = self._ids[key] = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
        row = self._rows.get(entity_id)
        if row is None:
            row = self._rows[entity_id] = {"name": span.name, "type": span.type, "place": place}
            row["aliases"] = Counter()
        if span.is_name and text != span.name and text.casefold() != span.name.casefold():
            row["aliases"][text] += 1
        return entity_id

    def table(self) -> pa.Table:
        columns: dict[str, list] = {field.name: [] for field in ENTITIES_SCHEMA}
        for entity_id in sorted(self._rows):
            row = self._rows[entity_id]
            place = row["place"]
            columns["entity_id"].append(entity_id)
            columns["name"].append(row["name"])
            columns["type"].append(row["type"])
            columns["aliases"].append(sorted(row["aliases"]))
            columns["country_code"].append(place.country_code or None if place else None)
            columns["admin1"].append(place.admin1 if place else None)
            columns["latitude"].append(place.latitude if place else None)
            columns["longitude"].append(place.longitude if place else None)
            columns["geonames_id"].append(place.geonames_id or None if place else None)
        return pa.table(columns, schema=ENTITIES_SCHEMA)
