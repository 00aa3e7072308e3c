"""The Data Docs site renders offline: a real Great Expectations site, made offline by
`dateline.docs_site`, opened in headless Chromium with no network."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dateline.docs_site import make_offline, write_run_page, write_runs_index

HOSTILE_PATH = "raw/<script>alert(1)</script>.txt"
HOSTILE_DETAIL = 'no body after "<img src=x onerror=alert(2)>" & co'
RUN_ID = "20261204T120000-aaaaaaaa"
OLD_RUN_ID = "20261203T090000-bbbbbbbb"


def _build_site(site: Path) -> tuple[datetime, datetime]:
    """Two suites over small frames, one with a failing expectation, rendered as Data Docs
    the way the pipeline renders them; returns when validation started and ended."""
    import great_expectations as gx
    import great_expectations.expectations as gxe
    import pandas as pd

    context = gx.get_context(mode="ephemeral")
    lake = context.data_sources.add_pandas("lake")
    frames = {
        "articles": pd.DataFrame(
            {
                "article_id": ["a1", "a2", "a3"],
                "source": ["Xinhua", "AP", "Reuters"],
                "word_count": [120, 480, 900],
            }
        ),
        "entities": pd.DataFrame({"entity_type": ["PERSON", "ORG"], "name": ["Ren", "WHO"]}),
    }
    expectations = {
        "articles": [
            gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
            gxe.ExpectColumnValuesToBeBetween(column="word_count", min_value=50, max_value=5000),
            gxe.ExpectColumnValuesToBeInSet(column="source", value_set=["Xinhua", "AP"]),
        ],
        "entities": [
            gxe.ExpectColumnValuesToBeInSet(column="entity_type", value_set=["PERSON", "ORG"]),
            gxe.ExpectColumnValuesToNotBeNull(column="name"),
        ],
    }
    started = datetime.now(UTC)
    for name, frame in frames.items():
        suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=expectations[name]))
        batch = lake.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        definition = gx.ValidationDefinition(name=name, data=batch, suite=suite)
        context.validation_definitions.add(definition).run(
            batch_parameters={"dataframe": frame}, result_format="SUMMARY"
        )
    finished = datetime.now(UTC)
    # As the pipeline builds them: only this run's validation pages, no suite pages.
    backend = {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site)}
    builder = {"class_name": "DefaultSiteIndexBuilder"}
    context.add_data_docs_site(
        site_name="dateline",
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": backend,
            "site_index_builder": builder,
        },
    )
    keys = context.validation_results_store.list_keys()
    context.build_data_docs(site_names=["dateline"], resource_identifiers=keys)
    return started, finished


def _summary(started: datetime, finished: datetime) -> dict:
    quarantined = [
        {"raw_path": HOSTILE_PATH, "reason_code": "no_body", "reason_detail": HOSTILE_DETAIL}
    ]
    quarantined += [
        {"raw_path": f"raw/empty_{n:02}.txt", "reason_code": "empty", "reason_detail": "0 bytes"}
        for n in range(52)
    ]
    return {
        "run_id": RUN_ID,
        "flow_run_id": "3d2e4cd0-efd0-4d22-a53e-04f46bbee7e8",
        "status": "completed",
        "started_at": str(started - timedelta(seconds=1)),
        "finished_at": str(finished + timedelta(seconds=1)),
        "seconds_total": 4.25,
        "files_seen": 60,
        "files_new": 58,
        "articles_loaded": 3,
        "duplicates": 2,
        "quarantined": 53,
        "quarantine_reasons": {"empty": 52, "no_body": 1},
        "validation_success": False,
        "message": None,
        "stages": {"discover": 0.2, "ner": 1.5, "validate": 0.75},
        "validation": [
            {
                "suite": "articles",
                "evaluated": 3,
                "failed": 1,
                "failures": ["articles: expect_column_values_to_be_in_set(source) failed"],
            },
            {"suite": "entities", "evaluated": 2, "failed": 0, "failures": []},
        ],
        "quarantined_files": quarantined,
    }


def _snapshot(site: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("docs")
    started, finished = _build_site(root)
    runs = root / "runs"
    runs.mkdir()
    old = {"run_id": OLD_RUN_ID, "status": "failed", "started_at": "2026-12-03 09:00:00+00:00"}
    old |= {"files_seen": 7, "files_new": 7, "quarantined": 0, "message": "entities: unique"}
    (runs / f"{OLD_RUN_ID}.json").write_text(json.dumps(old))  # a run from before pages
    make_offline(root)
    run_page = write_run_page(root, _summary(started, finished))
    write_runs_index(root)
    before = _snapshot(root)
    make_offline(root)
    write_runs_index(root)
    return {"root": root, "run_page": run_page, "idempotent": before == _snapshot(root)}


class _Tags(HTMLParser):
    """Every start tag with its attributes, the page's text, and the rows of its tables as
    cell texts (a nested table's rows come before the row that holds them)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.rows: list[tuple[dict[str, str | None], list[str]]] = []
        self._open: list[tuple[dict[str, str | None], list[str], list[bool]]] = []
        self._skip = 0  # inside <script> or <style>

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._open.append((dict(attrs), [], [False]))
        elif tag in ("td", "th") and self._open:
            self._open[-1][1].append("")
            self._open[-1][2][0] = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._open:
            self._open[-1][2][0] = False
        elif tag == "tr" and self._open:
            attrs, cells, _ = self._open.pop()
            self.rows.append((attrs, [" ".join(cell.split()) for cell in cells]))

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._open and self._open[-1][2][0]:
            self._open[-1][1][-1] += data

    def cells(self) -> list[list[str]]:
        return [cells for _, cells in self.rows]

    def words(self) -> str:
        return " ".join("".join(self.text).split())


def _parse(html_text: str) -> _Tags:
    parser = _Tags()
    parser.feed(html_text)
    return parser


def _pages(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.html") if p.relative_to(root).parts[0] != "static"]


def test_offline_twice_changes_nothing(site):
    assert site["idempotent"]


def test_no_remote_url_in_any_page(site):
    for page in _pages(site["root"]):
        text = page.read_text(encoding="utf-8")
        for tag, attrs in _parse(text).tags:
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                assert not re.match(r"(https?:)?//", value), (page, tag, value)
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), page


def test_every_relative_link_resolves(site):
    root = site["root"]
    checked = 0
    for page in _pages(root):
        for _, attrs in _parse(page.read_text(encoding="utf-8")).tags:
            for name in ("src", "href", "data-href"):
                value = attrs.get(name)
                if not value or value.startswith(("#", "data:", "mailto:", "javascript:")):
                    continue
                target = (page.parent / value.split("#")[0].split("?")[0]).resolve()
                assert target.is_file(), (page, value)
                assert target.is_relative_to(root.resolve()), (page, value)
                checked += 1
    assert checked > 50


def test_vendor_assets_shipped_with_licences(site):
    vendor = site["root"] / "static" / "vendor"
    for library in ("jquery", "bootstrap", "popper.js", "bootstrap-table", "fontawesome-free"):
        assert list((vendor / library).glob("LICENSE*")), library
    assert (vendor / "fontawesome-free" / "webfonts" / "fa-solid-900.woff2").is_file()


# In the browser --------------------------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    # `make test` installs it: a missing browser is a broken set-up, never a skipped check.
    assert found, "headless Chromium is needed: apt-get install -y chromium"
    return found


def _offline_prefix() -> list[str]:
    """A network namespace of its own where the kernel allows one (root, CI): no interface
    but a downed loopback, so nothing can leave; else Chromium's resolver refuses all."""
    unshare = shutil.which("unshare")
    probe = unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    return [unshare, "-n"] if probe and probe.returncode == 0 else []


# Chromium's own services (updates, clock, spelling), which it calls whatever the page.
_BROWSER_OWN = re.compile(r"^https?://[\w.-]+\.(google|googleapis|gvt1)\.com/")


def _render(browser: str, page: Path, profile: Path, prefix: list[str]) -> _Tags:
    """The page's DOM after its scripts ran; fails if the page asked for anything remote."""
    net_log = profile.with_suffix(".netlog.json")
    command = [
        *prefix,
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-features=NetworkTimeServiceQuerying,SpellCheck,Translate,OptimizationHints",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--log-net-log={net_log}",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",  # bootstrap-table fills the index on document ready
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    requested = set(re.findall(r'"url":"([^"]+)"', net_log.read_text(errors="replace")))
    remote = [url for url in requested if not url.startswith("file:")]
    assert [url for url in remote if not _BROWSER_OWN.match(url)] == [], page
    return _parse(done.stdout)


@pytest.fixture(scope="session")
def dom(site, tmp_path_factory) -> dict[str, _Tags]:
    """The rendered DOM of the index, a validation page, a run page and the runs index,
    rendered side by side (about 2 s each)."""
    browser, prefix = _chromium(), _offline_prefix()
    root = site["root"]
    pages = {
        "index": root / "index.html",
        "validation": next((root / "validations" / "articles").rglob("*.html")),
        "run": site["run_page"],
        "runs": root / "runs" / "index.html",
    }
    profiles = tmp_path_factory.mktemp("chromium")
    with ThreadPoolExecutor(len(pages)) as pool:
        rendered = {
            name: pool.submit(_render, browser, path, profiles / name, prefix)
            for name, path in pages.items()
        }
        return {name: future.result() for name, future in rendered.items()}


def test_index_lists_the_validation_results(site, dom):
    index = dom["index"]
    rows = [(attrs, cells) for attrs, cells in index.rows if attrs.get("class") == "clickable-row"]
    # Newest first: entities was validated after articles.
    assert [(cells[3], cells[4].split()[0], cells[5]) for _, cells in rows] == [
        ("entities", "lake-entities", "entities"),
        ("articles", "lake-articles", "articles"),
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", c[1]) for _, c in rows)
    assert [attrs["data-href"].split("/")[:2] for attrs, _ in rows] == [
        ["validations", "entities"],
        ["validations", "articles"],
    ]
    icons = [attrs.get("class") or "" for tag, attrs in index.tags if tag == "i"]
    assert sum("fa-check-circle" in icon for icon in icons) == 1  # entities passed
    assert sum("fa-times" in icon for icon in icons) == 1  # articles failed
    assert "Showing 1 to 2 of 2 rows" in index.words()
    links = {attrs.get("href"): attrs for tag, attrs in index.tags if tag == "a"}
    assert links["runs/index.html"]["class"] == "btn btn-sm btn-primary"
    assert not [link for link in links if link and "expectations/" in link]


def test_validation_page_shows_its_expectations(dom):
    page = dom["validation"]
    facts = {cells[0]: cells[1] for cells in page.cells() if len(cells) == 2}
    assert facts["Evaluated Expectations"] == "3"
    assert facts["Successful Expectations"] == "2"
    assert facts["Unsuccessful Expectations"] == "1"
    assert facts["Reuters"] == "1"  # the unexpected value and its count
    expectations = [cells[1:] for cells in page.cells() if len(cells) == 3 and not cells[0]]
    assert expectations == [
        ["values must never be null.", "100% not null"],
        [
            "values must belong to this set: Xinhua AP. 1 unexpected values found. "
            "≈33.33% of 3 total rows.",
            "≈33.333% unexpected",
        ],
        [
            "values must be greater than or equal to 50.0 and less than or equal to 5000.0.",
            "0% unexpected",
        ],
    ]


def test_run_page_shows_counts_and_reasons(dom):
    page = dom["run"]
    cells = page.cells()
    facts = {row[0]: row[1] for row in cells if len(row) == 2}
    assert [facts[k] for k in ("seen", "new", "loaded", "duplicates", "quarantined")] == [
        "60",
        "58",
        "3",
        "2",
        "53",
    ]
    assert (facts["empty"], facts["no_body"]) == ("52", "1")
    assert (facts["validation"], facts["seconds"], facts["message"]) == (
        "rows rejected",
        "4.25",
        "",
    )
    assert [row[:2] for row in cells if len(row) == 3 and row[2] == ""][1:] == [
        ["ner", "1.500"],
        ["validate", "0.750"],
        ["discover", "0.200"],
    ]
    files = [row for row in cells if len(row) == 3 and row[0].startswith("raw/")]
    assert len(files) == 50
    assert files[0] == [HOSTILE_PATH, "no_body", HOSTILE_DETAIL]
    assert files[-1] == ["raw/empty_48.txt", "empty", "0 bytes"]
    assert "and 3 more" in page.words()
    # The hostile path and detail stay text: no element came from them.
    assert [tag for tag, _ in page.tags if tag in ("script", "img")] == []
    validation = [row for row in cells if len(row) == 5][1:]
    assert validation == [
        [
            "articles",
            "3",
            "1",
            "articles: expect_column_values_to_be_in_set(source) failed",
            "lake-articles",
        ],
        ["entities", "2", "0", "", "lake-entities"],
    ]
    links = [
        a["href"] for t, a in page.tags if t == "a" and "validations/" in (a.get("href") or "")
    ]
    assert [link.split("/")[2] for link in links] == ["articles", "entities"]


def test_runs_index_lists_runs_newest_first(dom):
    rows = [row for row in dom["runs"].cells() if row[0] != "run"]
    assert [row[0] for row in rows] == [RUN_ID, OLD_RUN_ID]
    assert rows[0][2:] == ["completed", "58", "3", "2", "53", "4.25"]
    assert rows[1][1:] == ["2026-12-03 09:00:00+00:00", "failed", "7", "0", "0", "0", ""]
