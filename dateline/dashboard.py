"""`dateline report`: one self-contained HTML page summarizing the warehouse.

The page must open offline, from a mail attachment or a file share, so nothing is fetched:
every chart is rendered here to inline SVG (Altair specs, drawn by vl-convert's embedded
Vega), the style sheet is inline, and the page carries no script. The map has no basemap
(vl-convert cannot fetch tiles or TopoJSON): points sit on an equirectangular graticule.
The charts read the marts (`warehouse/sql/3*.sql`), the tables `runs`, `files` and
`quarantine`, and the warehouse is opened read-only, so a report never blocks a load.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path
from typing import Any

import altair as alt
import duckdb
import vl_convert

WIDTH = 680
TOP_ENTITIES = 15
TIMELINE_ENTITIES = 5
LAST_RUNS = 12

_STYLE = (
    "body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:760px;color:#222}"
    "h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #ddd}.summary{color:#555}"
    "figure.chart{margin:.8rem 0}figure.chart svg{max-width:100%;height:auto}"
    "table{border-collapse:collapse;font-size:12px}th,td{border-bottom:1px solid #eee;"
    "padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}"
)

# Days are UTC days: read as UTC so that no local time zone shifts a bar to the day before.
_DAY = alt.X("day:T", timeUnit="utcyearmonthdate", title=None)


def write_dashboard(database: Path, out: Path) -> Path:
    """Render the warehouse at `database` to the HTML file `out`; returns `out`."""
    connection = duckdb.connect(str(database), read_only=True)
    try:
        sections = _sections(connection)
        summary = _summary(connection)
    finally:
        connection.close()
    body = [f"<h1>dateline report</h1><p class='summary'>{summary}</p>"]
    for title, parts in sections:
        body.append(f"<h2>{html.escape(title)}</h2>")
        body.extend(parts)
    page = (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>dateline report</title>"
        f"<style>{_STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _sections(db: duckdb.DuckDBPyConnection) -> list[tuple[str, list[str]]]:
    unit = _time_unit(db)
    return [
        (f"Articles per {unit}, by source", [_figure("articles", _articles(db, unit))]),
        (
            "Top entities",
            [
                _figure("entities", _top_entities(db)),
                _figure("timelines", _entity_timelines(db, unit)),
            ],
        ),
        ("Tone over time", [_figure("tone", _tone(db, unit))]),
        ("Topic mix", [_figure("topics", _topics(db))]),
        ("Places", [_figure("places", _places(db))]),
        ("Runs", [_figure("runs", _files_by_run(db)), _runs_table(db)]),
        ("Quarantine", [_figure("quarantine", _quarantine(db)), _quarantine_table(db)]),
    ]


def _summary(db: duckdb.DuckDBPyConnection) -> str:
    articles, sources, first, last = db.execute(
        "SELECT count(*), count(DISTINCT source), min(published_date), max(published_date) "
        "FROM articles"
    ).fetchone()
    entities = db.execute("SELECT count(*) FROM entities").fetchone()[0]
    run = db.execute("SELECT max(finished_at) FROM runs").fetchone()[0]
    span = f", published {first} to {last}" if first else ""
    as_of = f"; last run finished {run:%Y-%m-%d %H:%M} UTC" if run else ""
    return html.escape(
        f"{articles:,} articles from {sources} sources{span}; {entities:,} entities{as_of}."
    )


def _records(db: duckdb.DuckDBPyConnection, sql: str) -> alt.Data:
    """A query's rows as inline chart data (dates as ISO strings, which Vega reads)."""
    cursor = db.execute(sql)
    names = [column[0] for column in cursor.description]
    return alt.Data(
        values=[
            {n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cursor.fetchall()
        ]
    )


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _figure(name: str, chart: alt.TopLevelMixin) -> str:
    """The chart as inline SVG; vl-convert runs Vega in-process, with no network."""
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
    return f"<figure class='chart' id='chart-{name}'>{svg}</figure>"


def _time_unit(db: duckdb.DuckDBPyConnection) -> str:
    """day, week or month: over a long span, a bar a day is thinner than a pixel and one
    entity's daily counts are mostly 0 or 1, so the time series are binned coarser."""
    days = db.execute("SELECT max(published_date) - min(published_date) FROM articles").fetchone()
    span = days[0] or 0
    return "day" if span <= 92 else "week" if span <= 731 else "month"


def _articles(db: duckdb.DuckDBPyConnection, unit: str) -> alt.Chart:
    # Every (bucket, source), zero-filled, and one bucket past the last (a step is drawn up
    # to the next point): an area would otherwise bridge empty weeks and drop the last one.
    data = _records(
        db,
        f"""
        WITH counts AS (
            SELECT CAST(date_trunc('{unit}', published_date) AS DATE) AS day, source,
                   sum(articles) AS articles
            FROM daily_articles GROUP BY ALL
        ),
        days AS (
            SELECT CAST(unnest(generate_series(CAST(min(day) AS TIMESTAMP),
                                               CAST(max(day) AS TIMESTAMP) + INTERVAL 1 {unit},
                                               INTERVAL 1 {unit})) AS DATE) AS day
            FROM counts
        )
        SELECT d.day, s.source, coalesce(c.articles, 0) AS articles
        FROM days AS d CROSS JOIN (SELECT DISTINCT source FROM counts) AS s
        LEFT JOIN counts AS c ON c.day = d.day AND c.source = s.source
        """,
    )
    return (
        alt.Chart(data, width=WIDTH, height=220)
        # Stacked areas, not bars: a bar on a time axis is a line a pixel wide.
        .mark_area(interpolate="step-after")
        .encode(_DAY, alt.Y("articles:Q", stack="zero"), alt.Color("source:N"))
    )


def _top_entities(db: duckdb.DuckDBPyConnection) -> alt.Chart:
    data = _records(
        db,
        "SELECT name, type, sum(mentions) AS mentions, sum(articles) AS articles "
        "FROM entity_daily GROUP BY entity_id, name, type "
        f"ORDER BY mentions DESC, name LIMIT {TOP_ENTITIES}",
    )
    return (
        alt.Chart(data, width=WIDTH - 200, height=TOP_ENTITIES * 18)
        .mark_bar()
        .encode(
            alt.X("mentions:Q"),
            alt.Y("name:N", sort="-x", title=None),
            alt.Color("type:N"),
        )
    )


def _entity_timelines(db: duckdb.DuckDBPyConnection, unit: str) -> alt.Chart:
    data = _records(
        db,
        f"""
        WITH top AS (
            SELECT entity_id FROM entity_daily GROUP BY entity_id
            ORDER BY sum(mentions) DESC, entity_id LIMIT {TIMELINE_ENTITIES}
        )
        SELECT date_trunc('{unit}', day) AS day, name, sum(mentions) AS mentions
        FROM entity_daily WHERE entity_id IN (SELECT entity_id FROM top)
        GROUP BY ALL
        """,
    )
    return (
        alt.Chart(data, width=WIDTH, height=200, title=f"Mentions per {unit} of the top five")
        .mark_line(point=True)
        .encode(_DAY, alt.Y("mentions:Q"), alt.Color("name:N"))
    )


def _tone(db: duckdb.DuckDBPyConnection, unit: str) -> alt.Chart:
    data = _records(
        db,
        f"SELECT date_trunc('{unit}', published_date) AS day, source, avg(tone) AS tone "
        "FROM articles WHERE tone IS NOT NULL GROUP BY ALL",
    )
    return (
        alt.Chart(data, width=WIDTH, height=200, title=f"Mean tone per {unit} (English articles)")
        .mark_line()
        .encode(_DAY, alt.Y("tone:Q"), alt.Color("source:N"))
    )


def _topics(db: duckdb.DuckDBPyConnection) -> alt.Chart:
    data = _records(
        db,
        "SELECT date_trunc('month', day) AS day, topic_name, sum(articles) AS articles "
        "FROM topic_daily GROUP BY ALL",
    )
    return (
        alt.Chart(data, width=WIDTH - 180, height=220, title="Articles per topic, by month")
        .mark_bar()
        .encode(
            alt.X("day:T", timeUnit="utcyearmonth", title=None),
            alt.Y("articles:Q", stack="normalize", title="share of topic assignments"),
            alt.Color("topic_name:N", title="topic"),
        )
    )


def _places(db: duckdb.DuckDBPyConnection) -> alt.LayerChart:
    data = _records(
        db,
        "SELECT name, latitude, longitude, "
        "CASE WHEN is_dateline THEN 'dateline' ELSE 'named in body' END AS role, "
        "count(DISTINCT article_id) AS articles "
        "FROM article_places GROUP BY ALL",
    )
    sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#f4f7fb", stroke="#bbb")
    graticule = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(
        stroke="#ddd", strokeWidth=0.5
    )
    points = (
        alt.Chart(data)
        .mark_circle(opacity=0.6)
        .encode(
            alt.Longitude("longitude:Q"),
            alt.Latitude("latitude:Q"),
            alt.Size("articles:Q"),
            alt.Color("role:N"),
            alt.Tooltip(["name:N", "articles:Q"]),
        )
    )
    return (
        alt.layer(sphere, graticule, points)
        .project("equirectangular")
        .properties(width=WIDTH - 140, height=(WIDTH - 140) // 2)
    )


def _files_by_run(db: duckdb.DuckDBPyConnection) -> alt.Chart:
    data = _records(
        db,
        f"""
        WITH last AS (SELECT run_id, started_at FROM runs ORDER BY started_at DESC
                      LIMIT {LAST_RUNS})
        SELECT strftime(l.started_at, '%Y-%m-%d %H:%M:%S') AS run, f.status, count(*) AS files
        FROM last AS l JOIN files AS f USING (run_id)
        GROUP BY ALL
        """,
    )
    return (
        alt.Chart(data, width=WIDTH - 160, height=200, title="New files per run, by outcome")
        .mark_bar()
        .encode(
            alt.X("run:O", title="run started (UTC)"),
            alt.Y("files:Q"),
            alt.Color(
                "status:N",
                scale=alt.Scale(
                    domain=["loaded", "duplicate", "quarantined"],
                    range=["#4c78a8", "#9ecae9", "#e45756"],
                ),
            ),
        )
    )


def _quarantine(db: duckdb.DuckDBPyConnection) -> alt.Chart:
    data = _records(db, "SELECT reason_code, stage, count(*) AS files FROM quarantine GROUP BY ALL")
    return (
        alt.Chart(data, width=WIDTH - 200, height=160, title="Refused files, by reason")
        .mark_bar()
        .encode(
            alt.X("files:Q"), alt.Y("reason_code:N", sort="-x", title=None), alt.Color("stage:N")
        )
    )


def _runs_table(db: duckdb.DuckDBPyConnection) -> str:
    rows = db.execute(
        "SELECT run_id, strftime(started_at, '%Y-%m-%d %H:%M:%S'), status, files_new, "
        "articles_loaded, duplicates, quarantined, "
        "round(epoch(finished_at) - epoch(started_at), 1), coalesce(message, '') "
        f"FROM runs ORDER BY started_at DESC LIMIT {LAST_RUNS}"
    ).fetchall()
    header = "run,started (UTC),status,new files,loaded,duplicates,quarantined,seconds,message"
    return _table(header.split(","), rows, numeric={3, 4, 5, 6, 7})


def _quarantine_table(db: duckdb.DuckDBPyConnection) -> str:
    rows = db.execute(
        "SELECT reason_code, stage, count(*), arg_max(reason_detail, quarantined_at), "
        "arg_max(raw_path, quarantined_at) FROM quarantine GROUP BY ALL ORDER BY 3 DESC, 1"
    ).fetchall()
    return _table(["reason", "stage", "files", "latest detail", "latest file"], rows, numeric={2})


def _table(header: list[str], rows: list[tuple], numeric: set[int]) -> str:
    if not rows:
        return "<p class='summary'>None.</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    cells = (
        "".join(
            f"<td{' class=n' if i in numeric else ''}>{html.escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        for row in rows
    )
    body = "".join(f"<tr>{row}</tr>" for row in cells)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
