"""Run every Evidence query of bi/ against a dateline warehouse, offline.

The source queries (bi/sources/dateline/*.sql) run on the warehouse, read-only; their
results become the tables dateline.<query> that the pages' ```sql blocks then run on,
as Evidence does with its Parquet cache. Page inputs get the most mentioned entity.
Catches a mart change that would break the dashboards without npm or a browser.

    .venv/bin/python bi/check_queries.py warehouse/dateline.duckdb
"""

import re
import sys
from pathlib import Path

import duckdb

BI = Path(__file__).resolve().parent
BLOCK = re.compile(r"```sql (\w+)\n(.*?)```", re.S)


def main(warehouse: str) -> int:
    con = duckdb.connect()
    con.execute("ATTACH ? AS wh (READ_ONLY)", [warehouse])
    con.execute("CREATE SCHEMA memory.dateline")
    con.execute("USE wh")
    failed = 0
    for sql_file in sorted((BI / "sources" / "dateline").glob("*.sql")):
        query = re.sub(r"--.*", "", sql_file.read_text())
        try:
            con.execute(f"CREATE TABLE memory.dateline.{sql_file.stem} AS {query}")
            rows = con.execute(f"SELECT count(*) FROM memory.dateline.{sql_file.stem}")
            print(f"ok   sources/dateline/{sql_file.name}: {rows.fetchall()[0][0]} rows")
        except duckdb.Error as exc:
            failed += 1
            print(f"FAIL sources/dateline/{sql_file.name}: {exc}")
    if failed:
        return 1
    con.execute("USE memory")
    top = con.execute(
        "SELECT entity_id FROM dateline.entity_daily GROUP BY entity_id "
        "ORDER BY sum(mentions) DESC, entity_id LIMIT 1"
    ).fetchall()
    entity = top[0][0] if top else ""
    for page in sorted((BI / "pages").glob("*.md")):
        named: dict[str, str] = {}
        for name, sql in BLOCK.findall(page.read_text()):
            sql = sql.replace("${inputs.entity.value}", entity)
            sql = re.sub(r"\$\{(\w+)\}", lambda m, q=named: f"({q[m.group(1)]})", sql)
            named[name] = sql
            try:
                rows = len(con.execute(sql).fetchall())
                print(f"ok   pages/{page.name} {name}: {rows} rows")
            except duckdb.Error as exc:
                failed += 1
                print(f"FAIL pages/{page.name} {name}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_queries.py WAREHOUSE/dateline.duckdb")
    sys.exit(main(sys.argv[1]))
