"""Run dateline over a folder of real articles and print what a person should look at.

    .venv/bin/python bench/realcheck.py DIR [--warehouse W] [--ner rules|model]
                                            [--sample N] [--seed S] [--show K]

`dateline run` goes over DIR (or over a seeded random sample of N of its files, copied to
a temporary folder with their relative paths) into a fresh warehouse in a temporary
folder, or into W when given (W is kept; a warehouse that already holds files only takes
the new ones, and the report covers all of W). Then, from `dateline.duckdb` read-only:
files by status and quarantine by reason; transform errors (quarantine reason
`transform_error`, `batch_failed` or `timed_out`); entities per type with the ten most
mentioned; quotes whose speaker is an entity, a phrase only or none; and K seeded random rows of
each dataset to read.

Exit 0 when the run completed with no transform error; 1 when it failed or any file
hit a transform error. Corpora for it: `python -m bench.corpora.<name> SRC OUT`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

TRANSFORM_ERRORS = ("transform_error", "batch_failed", "timed_out")
WIDTH = 110


def dateline_command() -> str:
    """The `dateline` of this interpreter's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "dateline"
    return str(beside) if beside.exists() else (shutil.which("dateline") or "dateline")


def sample_files(src: Path, dest: Path, n: int, seed: int) -> int:
    """Copy a seeded random sample of n regular files of src to dest; the number copied.

    Hard links when src and dest share a file system: symlinks would not do, as dateline
    records a symlink and never follows it.
    """
    files = sorted(p for p in src.rglob("*") if p.is_file() and not p.is_symlink())
    chosen = random.Random(seed).sample(files, min(n, len(files)))
    for path in chosen:
        target = dest / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
    return len(chosen)


def run_dateline(raw: Path, warehouse: Path, ner: str, command: str) -> tuple[int, str]:
    """`dateline run`; its exit code and its output (the run summary, or why it failed)."""
    args = [command, "run", "--raw", str(raw), "--warehouse", str(warehouse), "--ner", ner]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    return done.returncode, (done.stdout + done.stderr).strip()


def _cut(value: object, width: int = 60) -> str:
    text = " ".join(str(value).split()) if value is not None else "-"
    return text if len(text) <= width else text[: width - 3] + "..."


def _rows(con, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def _section(title: str) -> None:
    print(f"\n== {title}")


def _print_rows(rows: list[tuple], widths: Sequence[int]) -> None:
    for row in rows:
        print("  " + " | ".join(_cut(v, w) for v, w in zip(row, widths)))


def report(database: Path, seed: int, show: int) -> int:
    """Print the report of a warehouse; the number of transform errors found."""
    import duckdb

    con = duckdb.connect(str(database), read_only=True)
    _section("files by status")
    _print_rows(
        _rows(con, "SELECT status, count(*) FROM files GROUP BY 1 ORDER BY 2 DESC"), [20, 9]
    )
    _section("quarantine by reason (one example each)")
    reasons = _rows(
        con,
        "SELECT reason_code, count(*), any_value(raw_path), any_value(reason_detail) "
        "FROM quarantine GROUP BY 1 ORDER BY 2 DESC",
    )
    _print_rows(reasons, [22, 7, 30, 80]) if reasons else print("  none")
    errors = _rows(
        con,
        "SELECT raw_path, reason_code, reason_detail FROM quarantine "
        f"WHERE reason_code IN ({', '.join('?' * len(TRANSFORM_ERRORS))})",
        TRANSFORM_ERRORS,
    )
    _section(f"transform errors: {len(errors)}")
    _print_rows(errors[:10], [40, 16, 120])

    _section("entities per type (entities, mentions; top 10 by mentions)")
    for kind, entities, mentions in _rows(
        con,
        "SELECT e.type, count(DISTINCT e.entity_id), count(m.entity_id) FROM entities e "
        "LEFT JOIN mentions m USING (entity_id) GROUP BY 1 ORDER BY 3 DESC",
    ):
        top = _rows(
            con,
            "SELECT e.name, count(*) n FROM mentions m JOIN entities e USING (entity_id) "
            "WHERE e.type = ? GROUP BY e.entity_id, e.name ORDER BY n DESC, e.name LIMIT 10",
            [kind],
        )
        names = ", ".join(f"{name} ({n})" for name, n in top)
        print(f"  {kind:<7} {entities:>7} {mentions:>8}  {_cut(names, WIDTH)}")

    _section("quotes")
    # Every quotation has a speaker phrase; what to read is how many name an entity, how
    # many only a phrase (`one dealer`, `the spokesman`: unnamed), and how many neither.
    (named, phrase_only, without), *_ = _rows(
        con,
        "SELECT count(*) FILTER (WHERE speaker_entity_id IS NOT NULL),"
        " count(*) FILTER (WHERE speaker_entity_id IS NULL AND coalesce(speaker_text, '') <> ''),"
        " count(*) FILTER (WHERE speaker_entity_id IS NULL AND coalesce(speaker_text, '') = '')"
        " FROM quotes",
    )
    print(f"  speaker an entity {named}, a phrase only {phrase_only}, none {without}")

    # md5 of the seed and a key orders rows the same way on every run and DuckDB version.
    order = f"ORDER BY md5('{seed}' || {{key}}) LIMIT {show}"
    samples = {
        "articles: title | dateline_place | source | published_date": (
            "SELECT title, dateline_place, source, published_date FROM articles "
            + order.format(key="article_id"),
            [60, 20, 10, 10],
        ),
        "entities: name | type | country | mentions": (
            "SELECT e.name, e.type, e.country_code, count(m.entity_id) FROM entities e "
            "LEFT JOIN mentions m USING (entity_id) "
            "GROUP BY e.entity_id, e.name, e.type, e.country_code "
            + order.format(key="e.entity_id"),
            [40, 7, 7, 6],
        ),
        "quotes: speaker as written | speaker entity | verb | quote": (
            "SELECT q.speaker_text, e.name, q.verb, q.text FROM quotes q "
            "LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id "
            + order.format(key="q.article_id || q.quote_index"),
            [24, 22, 8, 56],
        ),
        "keywords of sampled articles: title | keywords by rank": (
            "SELECT any_value(a.title), string_agg(k.keyword, '; ' ORDER BY k.rank) "
            "FROM keywords k "
            "JOIN articles a USING (article_id) GROUP BY k.article_id "
            + order.format(key="k.article_id"),
            [40, 70],
        ),
        "topics of sampled articles: title | topics (score)": (
            "SELECT any_value(a.title), string_agg(t.topic_label || ' (' || round(t.score, 2) "
            "|| ')', '; ' ORDER BY t.score DESC) FROM topics t JOIN articles a USING (article_id) "
            "GROUP BY t.article_id " + order.format(key="t.article_id"),
            [40, 70],
        ),
        "mentioned_dates: text | resolved | resolution | published": (
            "SELECT d.text, d.resolved_date, d.resolution, a.published_date FROM mentioned_dates d "
            "JOIN articles a USING (article_id) "
            + order.format(key="d.article_id || d.char_start"),
            [30, 10, 16, 10],
        ),
    }
    for title, (sql, widths) in samples.items():
        _section(f"sample (seed {seed}) {title}")
        _print_rows(_rows(con, sql), widths)
    con.close()
    return len(errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="a folder of raw articles")
    parser.add_argument("--warehouse", type=Path, help="warehouse to use (default: a temp one)")
    parser.add_argument("--ner", choices=("rules", "model"), default="rules")
    parser.add_argument("--sample", type=int, metavar="N", help="run on N random files of DIR")
    parser.add_argument("--seed", type=int, default=0, help="seed of the file and row samples")
    parser.add_argument("--show", type=int, default=5, metavar="K", help="rows per sample")
    parser.add_argument("--dateline", default=dateline_command(), help="the dateline command")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        parser.error(f"{args.dir} is not a folder")
    with tempfile.TemporaryDirectory(prefix="realcheck-") as temp:
        raw = args.dir
        if args.sample:
            raw = Path(temp) / "raw"
            copied = sample_files(args.dir, raw, args.sample, args.seed)
            print(f"sample: {copied} files of {args.dir} (seed {args.seed})")
        warehouse = args.warehouse or Path(temp) / "warehouse"
        code, output = run_dateline(raw, warehouse, args.ner, args.dateline)
        print(output if code == 0 else output[-3000:])
        database = warehouse / "dateline.duckdb"
        if code != 0 or not database.exists():
            print(f"realcheck: dateline run failed (exit {code})", file=sys.stderr)
            return 1
        errors = report(database, args.seed, args.show)
    if errors:
        print(f"realcheck: {errors} transform errors", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
