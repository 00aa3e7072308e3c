"""Entity curation: the corrections a person keeps in `<warehouse>/curation.csv`.

The extractor cannot know that two spellings name one person, that a name reads better
another way, or that a word it took for an organization is not one. A person writes those
decisions once, one rule a line (`action,entity_id,value,note`):

    merge,<entity_id>,<target entity_id>,note   the entity becomes the target: its mentions
                                                and quote speakers move, its name and aliases
                                                become the target's aliases, its row goes
    rename,<entity_id>,<new name>,note          the old name becomes an alias
    type,<entity_id>,PERSON|ORG|PLACE|EVENT|WORK|OTHER,note

Every load applies the whole file inside its transaction, after the run's rows are in:
the extractor re-creates a merged entity, or resets a type, whenever a new article names
it, so the rules are kept rather than applied once, and applying them again changes
nothing. The file is read and checked before any rule is applied; a bad file fails the
load with a `CurationError` naming the line. A rule whose entity is not in the warehouse
(yet) is skipped and recorded in the `curation` table, and applies on the load that
brings the entity. Curation edits the DuckDB warehouse only; the lake keeps what the
extractor found. Removing a rule does not undo what it did.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from dateline.storage import changes

FILE_NAME = "curation.csv"
# Another file than `<warehouse>/curation.csv`, e.g. one kept under version control.
FILE_ENV = "DATELINE_CURATION_FILE"
ACTIONS = ("merge", "rename", "type")
TYPES = ("PERSON", "ORG", "PLACE", "EVENT", "WORK", "OTHER")
COLUMNS = ("action", "entity_id", "value", "note")
REQUIRED = ("action", "entity_id", "value")

APPLIED = "applied"
ENTITY_MISSING = "entity missing"
TARGET_MISSING = "target missing"


class CurationError(ValueError):
    """The curation file cannot be applied; the message is one line naming the line."""


@dataclass(frozen=True)
class Rule:
    line: int
    action: str
    entity_id: str
    value: str
    note: str | None
    # Merges: the entity it finally becomes, following chains (a -> b, b -> c: a -> c).
    target: str | None = None


def read_rules(path: Path | None) -> list[Rule]:
    """The rules in `path` (none when it does not exist), checked; `CurationError` if bad.

    Lines starting with `#` and blank lines are skipped; the first other line is the
    header. Actions are case-insensitive and types are upper-cased."""
    if path is None or not path.exists():
        return []
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CurationError(f"curation file {path}: cannot be read: {error.strerror}") from None
    try:
        text = data.decode("utf-8-sig")  # spreadsheets save a byte-order mark
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CurationError(f"curation file {path} line {line}: not UTF-8 text") from None
    # Comments become blank lines rather than vanish, so line numbers stay the editor's.
    lines = ["\n" if line.lstrip().startswith("#") else line for line in text.splitlines(True)]
    reader = csv.reader(io.StringIO("".join(lines), newline=""), strict=True)
    header: list[str] | None = None
    rules: list[Rule] = []
    first: dict[tuple[str, str], int] = {}
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise _error(path, reader.line_num, f"unreadable CSV ({error})") from None
        line = reader.line_num
        if not any(field.strip() for field in fields):
            continue
        fields = [field.strip() for field in fields]
        if header is None:
            header = _header(path, line, fields)
            continue
        if len(fields) != len(header):
            raise _error(
                path, line, f"{len(fields)} fields where the header has {len(header)} "
                f"({','.join(header)})",
            )  # fmt: skip
        row = dict(zip(header, fields, strict=True))
        rule = _rule(path, line, row)
        key = (rule.action, rule.entity_id)
        if key in first:
            raise _error(
                path, line, f"a second {rule.action} rule for {rule.entity_id} "
                f"(the first is on line {first[key]})",
            )  # fmt: skip
        first[key] = line
        rules.append(rule)
    return _resolve_merges(path, rules)


def apply(
    connection: duckdb.DuckDBPyConnection,
    rules: Sequence[Rule],
    run_id: str,
    applied_at: datetime,
) -> None:
    """Apply the curation rules (`read_rules`) to the entities, mentions and quotes in the
    connection's open transaction, and record each rule and what it changed in `curation`."""
    # A merge in force leaves no row with its entity_id, as does one whose entity has not
    # arrived yet: the previous load's record tells them apart.
    merged = set(
        connection.execute(
            "SELECT entity_id, value FROM curation WHERE action = 'merge' AND status = ?",
            [APPLIED],
        ).fetchall()
    )
    connection.execute("DELETE FROM curation")
    if not rules:
        return
    connection.register(
        "curation_rules",
        pa.Table.from_pylist(
            [
                {"line": r.line, "action": r.action, "entity_id": r.entity_id, "value": r.value,
                 "target": r.target}
                for r in rules
            ],
            schema=pa.schema([("line", pa.int32()), ("action", pa.string()),
                              ("entity_id", pa.string()), ("value", pa.string()),
                              ("target", pa.string())]),
        ),
    )  # fmt: skip
    try:
        changes.record(
            connection,
            "entity",
            "SELECT entity_id FROM curation_rules UNION ALL "
            "SELECT target FROM curation_rules WHERE action = 'merge'",
        )
        outcomes = _merge(connection)
        outcomes.update(_set(connection, "rename", "name"))
        outcomes.update(_set(connection, "type", "type"))
    finally:
        connection.unregister("curation_rules")
    rows = []
    for rule in rules:
        status, changed = outcomes[rule.line]
        if status == ENTITY_MISSING and (rule.entity_id, rule.value) in merged:
            status = APPLIED
        rows.append(
            (rule.line, rule.action, rule.entity_id, rule.value, rule.note, status, changed,
             applied_at if status == APPLIED else None, run_id)
        )  # fmt: skip
    connection.executemany("INSERT INTO curation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _merge(connection) -> dict[int, tuple[str, int]]:
    """Fold each merged entity into its target; (status, rows changed) by rule line."""
    # Counted before anything moves: the mentions and quotes each merge moves, plus the
    # merged row itself. A merge that is in force finds none of them, so counts 0.
    connection.execute(
        """
        CREATE OR REPLACE TEMP TABLE curation_merges AS
        WITH rules AS (SELECT line, entity_id, target FROM curation_rules WHERE action = 'merge'),
        moved_mentions AS (
            SELECT entity_id, count(*) AS n FROM mentions
            WHERE entity_id IN (SELECT entity_id FROM rules) GROUP BY entity_id
        ),
        moved_quotes AS (
            SELECT speaker_entity_id AS entity_id, count(*) AS n FROM quotes
            WHERE speaker_entity_id IN (SELECT entity_id FROM rules) GROUP BY speaker_entity_id
        )
        SELECT r.line, r.entity_id AS source, r.target,
               coalesce(m.n, 0) + coalesce(q.n, 0) + (s.entity_id IS NOT NULL)::INTEGER
                   AS changed,
               s.entity_id IS NOT NULL OR m.n IS NOT NULL OR q.n IS NOT NULL AS source_found,
               t.entity_id IS NOT NULL AS target_found
        FROM rules AS r
        LEFT JOIN moved_mentions AS m ON m.entity_id = r.entity_id
        LEFT JOIN moved_quotes AS q ON q.entity_id = r.entity_id
        LEFT JOIN entities AS s ON s.entity_id = r.entity_id
        LEFT JOIN entities AS t ON t.entity_id = r.target
        """
    )
    # Without its target the merge waits: moving mentions to an absent entity would leave
    # them joining nothing.
    applicable = "SELECT source, target FROM curation_merges WHERE source_found AND target_found"
    changes.record(
        connection,
        "article",
        f"SELECT article_id FROM mentions WHERE entity_id IN (SELECT source FROM ({applicable})) "
        "UNION ALL SELECT article_id FROM quotes "
        f"WHERE speaker_entity_id IN (SELECT source FROM ({applicable}))",
    )
    connection.execute(
        f"""
        UPDATE entities AS t SET aliases = list_sort(list_filter(
            list_distinct(list_concat(t.aliases, x.names)), lambda a: a <> t.name))
        FROM (
            SELECT a.target, flatten(list(list_prepend(s.name, s.aliases))) AS names
            FROM ({applicable}) AS a JOIN entities AS s ON s.entity_id = a.source
            GROUP BY a.target
        ) AS x
        WHERE t.entity_id = x.target
        """
    )
    connection.execute(
        f"UPDATE mentions SET entity_id = a.target FROM ({applicable}) AS a "
        "WHERE mentions.entity_id = a.source"
    )
    connection.execute(
        f"UPDATE quotes SET speaker_entity_id = a.target FROM ({applicable}) AS a "
        "WHERE quotes.speaker_entity_id = a.source"
    )
    connection.execute(
        f"DELETE FROM entities WHERE entity_id IN (SELECT source FROM ({applicable}))"
    )
    outcomes = {}
    for line, changed, source_found, target_found in connection.execute(
        "SELECT line, changed, source_found, target_found FROM curation_merges"
    ).fetchall():
        if not source_found:
            outcomes[line] = (ENTITY_MISSING, 0)
        elif not target_found:
            outcomes[line] = (TARGET_MISSING, 0)
        else:
            outcomes[line] = (APPLIED, changed)
    connection.execute("DROP TABLE curation_merges")
    return outcomes


def _set(connection, action: str, column: str) -> dict[int, tuple[str, int]]:
    """Apply the `rename` or `type` rules: set `column` to the rule's value."""
    outcomes = {
        line: ((APPLIED, int(changed)) if found else (ENTITY_MISSING, 0))
        for line, found, changed in connection.execute(
            f"""
            SELECT r.line, e.entity_id IS NOT NULL, coalesce(e.{column} <> r.value, false)
            FROM curation_rules AS r LEFT JOIN entities AS e USING (entity_id)
            WHERE r.action = ?
            """,
            [action],
        ).fetchall()
    }
    # A renamed entity keeps its old name as an alias, and its new name is no alias.
    aliases = (
        ", aliases = list_sort(list_filter(list_distinct(list_append(e.aliases, e.name)), "
        "lambda a: a <> r.value))"
        if action == "rename"
        else ""
    )
    connection.execute(
        f"UPDATE entities AS e SET {column} = r.value{aliases} FROM curation_rules AS r "
        f"WHERE r.action = ? AND e.entity_id = r.entity_id AND e.{column} <> r.value",
        [action],
    )
    return outcomes


def _header(path: Path, line: int, fields: list[str]) -> list[str]:
    names = [field.lower() for field in fields]
    unknown = [name for name in names if name not in COLUMNS]
    missing = [name for name in REQUIRED if name not in names]
    if unknown or missing or len(set(names)) != len(names):
        problem = (
            f"unknown column {unknown[0]!r}" if unknown
            else f"missing column {missing[0]!r}" if missing
            else "a column named twice"
        )  # fmt: skip
        raise _error(path, line, f"{problem} in the header (expected {','.join(COLUMNS)})")
    return names


def _rule(path: Path, line: int, row: dict[str, str]) -> Rule:
    for column in REQUIRED:
        if not row[column]:
            raise _error(path, line, f"empty {column}")
    action = row["action"].lower()
    entity_id, value = row["entity_id"], row["value"]
    if action not in ACTIONS:
        raise _error(path, line, f"unknown action {row['action']!r} (merge, rename or type)")
    if action == "type":
        value = value.upper()
        if value not in TYPES:
            raise _error(path, line, f"unknown type {row['value']!r} ({', '.join(TYPES)})")
    if action == "merge" and value == entity_id:
        raise _error(path, line, f"merge of {entity_id} into itself")
    return Rule(line, action, entity_id, value, row.get("note") or None)


def _resolve_merges(path: Path, rules: list[Rule]) -> list[Rule]:
    """Each merge's final target; a cycle, or renaming or retyping a merged entity, is an
    error (the entity's row goes, so such a rule could never apply)."""
    merges = {r.entity_id: r for r in rules if r.action == "merge"}
    resolved = []
    for rule in rules:
        if rule.action != "merge":
            if rule.entity_id in merges:
                merge = merges[rule.entity_id]
                raise _error(
                    path, rule.line, f"{rule.entity_id} is merged into {merge.value} (line "
                    f"{merge.line}): {rule.action} the target instead",
                )  # fmt: skip
            resolved.append(rule)
            continue
        seen = [rule.entity_id]
        target = rule.value
        while target in merges:
            if target in seen:
                raise _error(
                    path, rule.line, f"merges go round in a circle: {' -> '.join([*seen, target])}"
                )
            seen.append(target)
            target = merges[target].value
        resolved.append(Rule(rule.line, rule.action, rule.entity_id, rule.value, rule.note, target))
    return resolved


def _error(path: Path, line: int, problem: str) -> CurationError:
    # One line whatever the file holds: values are quoted with repr, which escapes newlines.
    return CurationError(f"curation file {path} line {line}: {problem}".replace("\n", " "))
