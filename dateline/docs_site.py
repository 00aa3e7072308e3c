"""Data Docs that open with no network, and a readable page for every pipeline run.

Great Expectations writes pages that load jQuery, Bootstrap, bootstrap-table, Font Awesome
and Vega from CDNs: offline its index lists nothing and the pages are unstyled. After each
Data Docs build, `make_offline` copies the few libraries the pages need (shipped in
`dateline/static/vendor/`, see its README) into the site and points the pages at them;
then `write_run_page` and `write_runs_index` add the run reports. Call them in that order.
"""

from __future__ import annotations

import filecmp
import html
import json
import os
import re
import shutil
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"
_DONE = "<!-- dateline:offline -->"  # ends the pages already rewritten
_V = "static/vendor/"
_TABLE = _V + "bootstrap-table/"
_FILTER = _TABLE + "extensions/filter-control/bootstrap-table-filter-control.min"
_FONT = _V + "fontawesome-free/css/"
_PICKER = _V + "bootstrap-datepicker/"

# The CDN assets of Great Expectations' templates, by a pattern on the URL, and the site
# files that replace each. No file drops the tag: bootstrap-dark only restyles the pages
# for dark-mode systems (150 kB), and Vega draws only distribution charts, which no
# dateline suite has (`_NO_CHARTS` stands in where one appears). Font Awesome draws the
# pass/fail icons, which carry the result, so it stays: its solid style only, the one used.
# First match wins, so the bootstrap-* plugins come before Bootstrap itself.
_LOCAL_ASSETS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(pattern + r"(\?.*)?$"), files)
    for pattern, files in [
        (r"filter-control[-\w]*(\.min)?\.js", (_FILTER + ".js",)),
        (r"filter-control[-\w]*(\.min)?\.css", (_FILTER + ".css",)),
        (r"/bootstrap-table(\.min)?\.js", (_TABLE + "bootstrap-table.min.js",)),
        (r"/bootstrap-table(\.min)?\.css", (_TABLE + "bootstrap-table.min.css",)),
        (r"/bootstrap-datepicker[\w.]*\.js", (_PICKER + "js/bootstrap-datepicker.min.js",)),
        (r"/bootstrap-datepicker[\w.]*\.css", (_PICKER + "css/bootstrap-datepicker.min.css",)),
        (r"bootstrap-dark.*|/vega.*", ()),
        (r"/jquery[-.\d]*(\.min)?\.js", (_V + "jquery/jquery.min.js",)),
        (r"/popper(\.min)?\.js", (_V + "popper.js/popper.min.js",)),
        (r"/bootstrap(\.min)?\.js", (_V + "bootstrap/js/bootstrap.min.js",)),
        (r"/bootstrap(\.min)?\.css", (_V + "bootstrap/css/bootstrap.min.css",)),
        (r"font-?awesome.*\.css", (_FONT + "fontawesome.min.css", _FONT + "solid.min.css")),
        (r"/[-\w]*logo[-\w]*\.png", ("static/images/logo-long.png",)),  # GX ships this one
    ]
]
_NO_CHARTS = (  # stands in for vega-embed: the chart's box says why it stays empty
    "<script>window.vegaEmbed = window.vegaEmbed || function (el) {"
    " var box = document.querySelector(el); if (box) box.textContent ="
    " '(chart not available offline)'; return Promise.resolve(); };</script>"
)
_ASSET_TAG = re.compile(
    r"<(script|link|img)\b([^>]*?)\s(src|href)=\"([^\"]*)\"([^>]*)>(\s*</script>)?", re.I
)
_REMOTE = re.compile(r"^(https?:)?//", re.I)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)((?:https?:)?//[^'\")]*)\1\s*\)", re.I)
_ANCHOR = re.compile(r"<a\b[^>]*?\shref=\"([^\"]*)\"[^>]*>(.*?)</a>", re.I | re.DOTALL)
# Great Expectations' newsletter footer and its tutorial buttons: web links, offline.
_PROMOTION = re.compile(
    r"<footer\b(?:(?!</footer>).)*?(?:newsletter|ge-cta-footer)(?:(?!</footer>).)*"
    r"</footer>\s*",
    re.DOTALL,
)


def prune_validations(site_dir: Path, keep: int) -> None:
    """Keep the pages of the newest `keep` validations of each suite, remove older ones.

    Every checkpoint run re-renders the index, which lists every page in the site: a served
    warehouse validating every few minutes would otherwise pay more on each run, forever.
    The run pages (`runs/`) keep each run's validation summary.
    """
    for suite in (site_dir / "validations").glob("*"):
        runs = sorted(suite.glob("*/*/"), key=lambda path: path.name)  # <run name>/<time>/
        for old in runs[: max(0, len(runs) - keep)]:
            shutil.rmtree(old, ignore_errors=True)


def make_offline(site_dir: Path) -> None:
    """Make every page of the Data Docs site render from local files. Idempotent."""
    _ship_vendor(site_dir)
    for css in (site_dir / "static" / "styles").glob("*.css"):
        _rewrite(css, lambda text, at=css: _local_css_urls(text, at, site_dir))
    for page in site_dir.rglob("*.html"):
        if page.relative_to(site_dir).parts[0] not in ("static", "runs"):  # runs: ours
            _rewrite(page, lambda text, at=page: _offline_page(text, at, site_dir))


def _ship_vendor(site_dir: Path) -> None:
    for source in VENDOR_DIR.rglob("*"):
        target = site_dir / "static" / "vendor" / source.relative_to(VENDOR_DIR)
        if source.is_file() and not (target.exists() and filecmp.cmp(source, target, False)):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def _rewrite(path: Path, change: Callable[[str], str]) -> None:
    """Apply `change` to a file; write only a change, so unchanged files keep their mtime."""
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    if changed != text:
        path.write_text(changed, encoding="utf-8")


def _relative(site_file: str, page: Path, site_dir: Path) -> str:
    return Path(os.path.relpath(site_dir / site_file, page.parent)).as_posix()


def _offline_page(text: str, page: Path, site_dir: Path) -> str:
    # Great Expectations renders only the new validations' pages; older ones are done.
    if text.rstrip().endswith(_DONE):
        return text
    charts = "vegaEmbed(" in text

    def local(match: re.Match[str]) -> str:
        tag, before, attribute, url, after, _ = match.groups()
        if not _REMOTE.match(url):
            return _resolvable_asset(match, page, site_dir)
        if "/vega@" in url:  # the first of the three Vega scripts
            return _NO_CHARTS if charts else ""
        # Unknown remote assets go too: offline they can only fail. Subresource integrity
        # and CORS mode would make Chromium refuse the local file:// copies.
        files = next((f for pattern, f in _LOCAL_ASSETS if pattern.search(url)), ())
        attrs = re.sub(r'\s(integrity|crossorigin)="[^"]*"', " ", before + after)
        attrs = re.sub(r"\s+", " ", attrs).strip().rstrip("/").strip()
        close = "</script>" if tag.lower() == "script" else ""
        return "".join(
            f'<{tag} {attribute}="{_relative(f, page, site_dir)}" {attrs}>{close}' for f in files
        )

    text = _ASSET_TAG.sub(local, text)
    text = _PROMOTION.sub("", text)
    text = _ANCHOR.sub(lambda m: _resolvable_anchor(m, page), text)
    return _local_css_urls(text, page, site_dir).rstrip() + "\n" + _DONE + "\n"


def _resolvable_asset(match: re.Match[str], page: Path, site_dir: Path) -> str:
    """A local asset tag, its path mended if it misses (validation pages link the favicon
    one folder too high), or nothing if the site lacks the file."""
    url = match.group(4)
    if url.startswith(("data:", "#")) or (page.parent / url.split("?")[0]).exists():
        return match.group(0)
    in_site = re.sub(r"^(\.{1,2}/)+", "", url.split("?")[0])
    mended = f'"{_relative(in_site, page, site_dir)}"'
    return match.group(0).replace(f'"{url}"', mended) if (site_dir / in_site).is_file() else ""


def _resolvable_anchor(anchor: re.Match[str], page: Path) -> str:
    """The anchor, or only its text where it leads off the machine or to a missing page
    (the index links suite pages that Great Expectations' ephemeral context never writes)."""
    href = anchor.group(1)
    if href.startswith(("#", "mailto:")) or href == "":
        return anchor.group(0)
    target = href.split("#")[0].split("?")[0]
    if not _REMOTE.match(href) and (page.parent / target).exists():
        return anchor.group(0)
    return anchor.group(2).strip()


def _local_css_urls(text: str, at: Path, site_dir: Path) -> str:
    """Remote `url()`s in styles (the dark-mode logo) become the shipped logo."""
    logo = _relative("static/images/logo-long.png", at, site_dir)
    return _CSS_URL.sub(f"url('{logo}')", text)


# Run reports ---------------------------------------------------------------------------

_STATUS_COLOURS = {"completed": "#1e7e34", "failed": "#c82333"}
_FILE_COLOURS = {"loaded": "#59a14f", "duplicates": "#edc948", "quarantined": "#e15759"}
_SHOWN_FILES = 50
_STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#212529}
main{max-width:980px;margin:0 auto;padding:24px}h1{font-size:1.5em}
h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #dee2e6}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#6c757d}
.status{color:#fff;padding:2px 8px;border-radius:4px;font-size:.8em}
.bar{background:#4e79a7;height:12px;min-width:1px}code{word-break:break-all}
td:has(> .bar){width:55%}nav a{margin-right:1em}
.stack{display:flex;height:18px;border-radius:3px;overflow:hidden}"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _page(title: str, body: str, data: dict[str, Any] | None = None) -> str:
    """A self-contained page; `data` goes on <body> as data-* for the runs index to read."""
    attrs = "".join(f' data-{key}="{_e(value)}"' for key, value in (data or {}).items())
    head = f'<meta charset="utf-8"><title>{_e(title)}</title><style>{_STYLE}</style>'
    body = f"<body{attrs}><main>{body}</main></body>"
    return f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head>\n{body}</html>\n'


def _table(head: list[str], rows: list[list[Any]], numeric: frozenset[int] = frozenset()) -> str:
    """Rows of already escaped cells."""
    css = [' class="n"' if i in numeric else "" for i in range(len(head))]
    cells = ("".join(f"<td{c}>{v}</td>" for c, v in zip(css, row)) for row in rows)
    head_row = "".join(f"<th{c}>{h}</th>" for c, h in zip(css, head))
    return f"<table><tr>{head_row}</tr>{''.join(f'<tr>{c}</tr>' for c in cells)}</table>"


def _run_file_name(run_id: str) -> str:
    return re.sub(r"[^\w.-]", "_", run_id) + ".html"  # the id names a file: no traversal


def _when(value: Any) -> datetime | None:
    moment = None
    with suppress(TypeError, ValueError):
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=moment.tzinfo or UTC) if moment else None


def _validation_pages(site_dir: Path, summary: dict[str, Any]) -> dict[str, list[Path]]:
    """The run's pages by suite, `validations/<suite>/<run name>/<time>Z/<batch>.html`:
    under the run's id if it named them, else (`__none__`) validated while the run ran."""
    start = _when(summary.get("started_at"))
    end = _when(summary.get("finished_at"))
    if start and not end:
        end = start + timedelta(seconds=float(summary.get("seconds_total") or 0))
    pages: dict[str, list[Path]] = {}
    for page in sorted((site_dir / "validations").rglob("*.html")):
        parts = page.relative_to(site_dir / "validations").parts
        if len(parts) < 4:
            continue
        validated = _when(parts[-2].removesuffix("Z") + "+00:00")
        during = start and end and validated and start <= validated <= end
        if parts[-3] == summary.get("run_id") or during:
            pages.setdefault("/".join(parts[:-3]), []).append(page)
    return pages


def write_run_page(site_dir: Path, summary: dict[str, Any]) -> Path:
    """`runs/<run_id>.html`: one run, readable with no script and no network."""
    run_id = str(summary["run_id"])
    path = site_dir / "runs" / _run_file_name(run_id)
    status = str(summary.get("status") or "unknown")
    counts = [int(summary.get(k) or 0) for k in ("articles_loaded", "duplicates", "quarantined")]
    verdict = {True: "passed", False: "rows rejected"}.get(summary.get("validation_success"))
    facts = [
        ("flow run", f"<code>{_e(summary.get('flow_run_id'))}</code>"),
        ("started", _e(summary.get("started_at"))),
        ("finished", _e(summary.get("finished_at"))),
        ("seconds", _e(summary.get("seconds_total"))),
        ("validation", _e(verdict or "nothing to validate")),
        ("message", _e(summary.get("message") or "")),
    ]
    colour = _STATUS_COLOURS.get(status, "#6c757d")
    stack = "".join(
        f'<div title="{name}: {n}" style="flex:{n};background:{colour_}"></div>'
        for (name, colour_), n in zip(_FILE_COLOURS.items(), counts)
        if n
    )
    files = [("seen", summary.get("files_seen")), ("new", summary.get("files_new"))]
    files += list(zip(_FILE_COLOURS, counts))
    reasons = summary.get("quarantine_reasons") or {}
    parts = [
        '<nav><a href="index.html">All runs</a><a href="../index.html">Data Docs</a></nav>',
        f'<h1>Run <code>{_e(run_id)}</code> <span class="status" id="status" '
        f'style="background:{colour}">{_e(status)}</span></h1>',
        "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts) + "</table>",
        f'<h2>Files by status</h2><div class="stack">{stack}</div>',
        _table(["files", "count"], [[_e(k), _e(n)] for k, n in files], frozenset({1})),
        "<h2>Quarantine reasons</h2>",
        _table(["reason", "files"], [[_e(k), _e(n)] for k, n in reasons.items()], frozenset({1}))
        if reasons
        else '<p class="muted">No file was quarantined.</p>',
        *_stage_section(summary.get("stages") or {}),
        *_validation_section(site_dir, path, summary),
        *_quarantined_files_section(summary.get("quarantined_files") or []),
    ]
    data = {"run-id": run_id, "status": status, "started-at": summary.get("started_at")}
    data |= {"files-new": summary.get("files_new"), "seconds": summary.get("seconds_total")}
    data |= dict(zip(("articles-loaded", "duplicates", "quarantined"), counts))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_page(f"dateline run {run_id}", "\n".join(parts), data), encoding="utf-8")
    return path


def _stage_section(stages: dict[str, float]) -> list[str]:
    """Stage seconds as CSS bars, longest first."""
    ordered = sorted(((str(k), float(v)) for k, v in stages.items()), key=lambda kv: -kv[1])
    longest = max((seconds for _, seconds in ordered), default=0.0) or 1.0
    bar = '<div class="bar" style="width:{:.1%}"></div>'
    rows = [[_e(stage), f"{s:.3f}", bar.format(s / longest)] for stage, s in ordered]
    note = '<p class="muted">Batch stages are CPU seconds summed over worker processes.</p>'
    return ["<h2>Stage timings</h2>", note, _table(["stage", "seconds", ""], rows, frozenset({1}))]


def _validation_section(site_dir: Path, run_page: Path, summary: dict[str, Any]) -> list[str]:
    pages = _validation_pages(site_dir, summary)
    results = summary.get("validation") or [{"suite": suite} for suite in sorted(pages)]
    if not results:
        return ["<h2>Validation</h2>", '<p class="muted">Nothing was validated.</p>']
    rows = []
    for result in results:
        suite = str(result.get("suite"))
        links = " ".join(
            f'<a href="{_e(Path(os.path.relpath(page, run_page.parent)).as_posix())}">'
            f"{_e(page.stem)}</a>"
            for page in pages.get(suite, [])
        )
        failures = "".join(f"<li>{_e(failure)}</li>" for failure in result.get("failures") or [])
        evaluated, failed = _e(result.get("evaluated", "")), _e(result.get("failed", ""))
        rows.append([_e(suite), evaluated, failed, failures and f"<ul>{failures}</ul>", links])
    head = ["suite", "expectations", "failed", "failures", "report"]
    return ["<h2>Validation</h2>", _table(head, rows, frozenset({1, 2}))]


def _quarantined_files_section(files: list[dict[str, Any]]) -> list[str]:
    if not files:
        return []
    columns = ("raw_path", "reason_code", "reason_detail")
    rows = [[_e(file.get(column)) for column in columns] for file in files[:_SHOWN_FILES]]
    more = len(files) - _SHOWN_FILES
    return [
        f"<h2>Quarantined files ({len(files)})</h2>",
        _table(["raw file", "reason", "detail"], rows),
        f'<p class="muted" id="more-files">and {more} more</p>' if more > 0 else "",
    ]


_RUN_COLUMNS = ["started-at", "status", "files-new", "articles-loaded", "duplicates"]
_RUN_COLUMNS += ["quarantined", "seconds"]


def write_runs_index(site_dir: Path) -> Path:
    """`runs/index.html`, newest run first, linked from the Data Docs index."""
    runs = site_dir / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for report in runs.glob("*.json"):  # runs from before the pages existed get one
        if not (runs / _run_file_name(report.stem)).exists():
            with suppress(OSError, ValueError, KeyError, TypeError, AttributeError):
                write_run_page(site_dir, json.loads(report.read_text(encoding="utf-8")))
    found = []
    for page in runs.glob("*.html"):
        if page.name != "index.html":
            body_tag = page.read_text(encoding="utf-8").split("<main>", 1)[0]
            data = re.findall(r' data-([\w-]+)="([^"]*)"', body_tag)
            found.append({key: html.unescape(value) for key, value in data} | {"page": page.name})
    found.sort(key=lambda run: (run.get("started-at", ""), run.get("run-id", "")), reverse=True)
    rows = [
        [f'<a href="{_e(run["page"])}">{_e(run.get("run-id"))}</a>']
        + [_e(run.get(column, "")) for column in _RUN_COLUMNS]
        for run in found
    ]
    head = ["run", "started", "status", "new", "loaded", "duplicates", "quarantined", "seconds"]
    listing = _table(head, rows, frozenset(range(3, 8))) if rows else "<p>No run yet.</p>"
    body = f'<nav><a href="../index.html">Data Docs</a></nav><h1>dateline runs</h1>{listing}'
    path = runs / "index.html"
    path.write_text(_page("dateline runs", body), encoding="utf-8")
    _link_runs_from_docs(site_dir)
    return path


_RUNS_LINK = (
    '<p id="dateline-runs-link" style="margin:.5em 0"><a class="btn btn-sm btn-primary" '
    'href="runs/index.html">Pipeline runs</a></p>'
)


def _link_runs_from_docs(site_dir: Path) -> None:
    """A visible link to the runs in Great Expectations' index (a bare index if none)."""
    index = site_dir / "index.html"
    if not index.exists():
        index.write_text(_page("dateline Data Docs", f"<h1>Data Docs</h1>{_RUNS_LINK}"), "utf-8")
        return
    text = index.read_text(encoding="utf-8")
    if 'id="dateline-runs-link"' not in text:
        # In the sidebar, under the site's description; a page of another shape: the top.
        spot = re.search(r'<div class="sticky">', text) or re.search(r"<body[^>]*>", text)
        at = spot.end() if spot else 0
        index.write_text(text[:at] + _RUNS_LINK + text[at:], encoding="utf-8")
