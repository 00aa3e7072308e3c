"""Entity curation: runs on the seed with a curation file in the warehouse, in this process;
a bad file's one-line error comes from the real CLI."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from dateline.storage import curation
from dateline.storage.warehouse import Warehouse
from tests.conftest import SEED
from tests.flows.cli_runs import AS_CLEAN, run_here, run_to_end

pytestmark = pytest.mark.usefixtures("prefect_server")

HEADER = "action,entity_id,value,note\n"


def ids(warehouse: Path) -> dict[str, str]:
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        return dict(db.execute("SELECT name, entity_id FROM entities").fetchall())


def state(warehouse: Path) -> dict:
    """What curation touches, and the rules' record without the clock and the run."""
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        return {
            "entities": db.execute("SELECT * FROM entities ORDER BY ALL").fetchall(),
            "mentions": db.execute("SELECT * FROM mentions ORDER BY ALL").fetchall(),
            "quotes": db.execute("SELECT * FROM quotes ORDER BY ALL").fetchall(),
            "curation": db.execute(
                "SELECT line, action, status, rows_changed, applied_at IS NOT NULL FROM curation "
                "ORDER BY line"
            ).fetchall(),
        }


def entity(warehouse: Path, entity_id: str) -> tuple | None:
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        return db.execute(
            "SELECT name, type, aliases, "
            "(SELECT count(*) FROM mentions AS m WHERE m.entity_id = e.entity_id) "
            "FROM entities AS e WHERE entity_id = ?",
            [entity_id],
        ).fetchone()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A first run of the seed, whose entity ids the rules name: raw/ and wh/."""
    root = tmp_path_factory.mktemp("seed")
    (root / "raw").mkdir()
    shutil.copy(SEED, root / "raw" / SEED.name)
    run_here(root / "raw", root / "wh", **AS_CLEAN)
    return root


def test_rules_apply_on_every_load_and_twice_change_nothing(tmp_path: Path, seeded: Path) -> None:
    shutil.copytree(seeded, tmp_path / "copy")
    raw, warehouse = tmp_path / "copy" / "raw", tmp_path / "copy" / "wh"
    found = ids(warehouse)
    summit, wic = found["WIC Wuzhen Summit"], found["World Internet Conference"]
    xinhua = found["Xinhua"]
    assert entity(warehouse, summit) == (
        "WIC Wuzhen Summit",
        "EVENT",
        ["2023 WIC Wuzhen Summit"],
        2,
    )
    assert entity(warehouse, wic) == ("World Internet Conference", "ORG", ["WIC"], 6)

    (warehouse / "curation.csv").write_text(
        "# the summit is the conference's yearly meeting\n"
        + HEADER
        + f'merge,{summit},{wic},"one body, for this test"\n'
        f"rename,{wic},WIC,the short form readers know\n"
        f"type,{xinhua},other,the agency as a source\n"
        "type,0000000000000000,PLACE,not loaded yet\n"
    )
    run_here(raw, warehouse, **AS_CLEAN)  # no new file: the rules alone change the warehouse
    assert entity(warehouse, summit) is None
    aliases = ["2023 WIC Wuzhen Summit", "WIC Wuzhen Summit", "World Internet Conference"]
    assert entity(warehouse, wic) == ("WIC", "ORG", aliases, 8)
    assert entity(warehouse, xinhua)[:2] == ("Xinhua", "OTHER")
    assert state(warehouse)["curation"] == [
        (3, "merge", "applied", 3, True),  # 2 mentions moved, the summit's row removed
        (4, "rename", "applied", 1, True),
        (5, "type", "applied", 1, True),
        (6, "type", "entity missing", 0, False),
    ]

    # A later article names the merged summit again: the load brings it back, the rule
    # moves it.
    later = SEED.read_text(encoding="utf-8").replace("Ren said that", "Ren added that")
    (raw / "later.txt").write_text(later, encoding="utf-8")
    run_here(raw, warehouse, **AS_CLEAN)
    assert entity(warehouse, summit) is None
    assert entity(warehouse, wic)[0::3] == ("WIC", 16)
    assert entity(warehouse, xinhua)[:2] == ("Xinhua", "OTHER")  # the load reset it to ORG
    assert state(warehouse)["curation"] == [
        (3, "merge", "applied", 3, True),
        (4, "rename", "applied", 0, True),
        (5, "type", "applied", 1, True),
        (6, "type", "entity missing", 0, False),
    ]

    before = state(warehouse)
    run_here(raw, warehouse, **AS_CLEAN)
    after = state(warehouse)
    assert {k: v for k, v in after.items() if k != "curation"} == {
        k: v for k, v in before.items() if k != "curation"
    }
    assert [row[3] for row in after["curation"]] == [0, 0, 0, 0]
    assert [row[2] for row in after["curation"]] == [row[2] for row in before["curation"]]

    # A bad file fails the load, in one line naming the line, and changes nothing.
    (warehouse / "curation.csv").write_text(HEADER + f"merge,{wic},{wic},\n")
    bad = run_to_end(raw, warehouse)
    assert bad.returncode == 2  # a usage error, found before anything is loaded
    assert bad.stderr.count("\n") == 1, bad.stderr
    assert "curation.csv line 2: merge of" in bad.stderr and "into itself" in bad.stderr
    assert state(warehouse) == after


def test_a_merge_moves_quote_speakers(tmp_path: Path, seeded: Path) -> None:
    """In process, on a copy of the first run: the seed's one quoted speaker moves."""
    warehouse = tmp_path / "wh"
    shutil.copytree(seeded / "wh", warehouse)
    found = ids(warehouse)
    ren, wic = found["Ren Xianliang"], found["World Internet Conference"]
    (warehouse / "curation.csv").write_text(HEADER + f"merge,{ren},{wic},\n")
    store = Warehouse(warehouse)
    for changed in (10, 0):  # 7 mentions, 2 quotes and the row; then nothing
        with store.writing() as db:
            db.execute("BEGIN TRANSACTION")
            curation.apply(db, curation.read_rules(store.curation_file), "test", datetime.now(UTC))
            db.execute("COMMIT")
            assert db.execute("SELECT status, rows_changed FROM curation").fetchall() == [
                ("applied", changed)
            ]
            assert db.execute(
                "SELECT count(*) FILTER (speaker_entity_id = ?), "
                "count(*) FILTER (speaker_entity_id = ?) FROM quotes",
                [wic, ren],
            ).fetchone() == (2, 0)
            assert db.execute(
                "SELECT aliases FROM entities WHERE entity_id = ?", [wic]
            ).fetchone() == (["Ren", "Ren Xianliang", "WIC"],)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("merge,a,b,\n", "line 1: unknown column 'merge'"),
        ("action,entity_id,note\n", "line 1: missing column 'value'"),
        (HEADER + "\n# fine\nmerg,a,b,\n", "line 4: unknown action 'merg'"),
        (HEADER + "type,a,COMPANY,\n", "line 2: unknown type 'COMPANY'"),
        (HEADER + "merge,a,a,\n", "line 2: merge of a into itself"),
        (HEADER + "rename,a,b\n", "line 2: 3 fields where the header has 4"),
        (HEADER + 'rename,a,"b,\n', "line 2: unreadable CSV"),
        (HEADER + "rename,a,,\n", "line 2: empty value"),
        (HEADER + "rename,a,b,\nrename,a,c,\n", "line 3: a second rename rule for a"),
        (HEADER + "merge,a,b,\nmerge,b,a,\n", "line 2: merges go round in a circle: a -> b -> a"),
        (HEADER + "merge,a,b,\ntype,a,ORG,\n", "line 3: a is merged into b (line 2)"),
        (HEADER.encode() + b"rename,a,\xff,\n", "line 2: not UTF-8"),
    ],
)
def test_a_bad_file_is_one_line_naming_the_line(tmp_path: Path, text, problem: str) -> None:
    path = tmp_path / "curation.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    with pytest.raises(ValueError) as raised:
        curation.read_rules(path)
    assert isinstance(raised.value, curation.CurationError)
    message = str(raised.value)
    assert "\n" not in message and f"{path} {problem}" in message, message


def test_files_without_rules(tmp_path: Path) -> None:
    assert curation.read_rules(tmp_path / "absent.csv") == []
    shipped = Path(__file__).resolve().parents[2] / "warehouse" / "curation.csv"
    assert curation.read_rules(shipped) == []  # the repo's example is comments and a header
    (tmp_path / "rules.csv").write_text("\ufeffAction,Entity_ID,Value\nTYPE, a ,person\n")
    assert curation.read_rules(tmp_path / "rules.csv") == [
        curation.Rule(2, "type", "a", "PERSON", None)
    ]
