"""`write_dashboard`: one HTML file, charts inline, nothing fetched, renders in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dateline.dashboard import write_dashboard
from tests.test_marts import fixture_warehouse

CHARTS = (
    "articles",
    "entities",
    "timelines",
    "tone",
    "topics",
    "places",
    "runs",
    "quarantine",
)
# A URL the browser would fetch: in src/href, or url(...) in a style.
_REMOTE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?)\s*(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    database = fixture_warehouse(tmp_path_factory)
    before = database.stat().st_mtime_ns
    out = write_dashboard(database, tmp_path_factory.mktemp("report") / "report.html")
    assert database.stat().st_mtime_ns == before  # opened read-only
    return out


def test_page_is_one_self_contained_file(page: Path):
    text = page.read_text(encoding="utf-8")
    assert not _REMOTE.search(text)
    assert "<script" not in text and "<link" not in text and "<iframe" not in text
    assert text.count("<svg") == len(CHARTS)
    assert re.findall(r"<figure class='chart' id='chart-(\w+)'><svg", text) == list(CHARTS)


def test_page_shows_the_fixture_warehouse(page: Path):
    text = page.read_text(encoding="utf-8")
    assert "6 articles from 1 sources" in text
    assert "World Internet Conference" in text  # the seed's most mentioned entity
    assert ">empty<" in text  # the quarantined empty file, in the reasons table
    assert "the file has 0 bytes" in text


def test_page_renders_in_headless_chromium(page: Path, tmp_path: Path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "chromium is not installed: `make test` installs it (apt-get install chromium)"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert dom.count("<svg") == len(CHARTS)
    for name in CHARTS:
        figure = re.search(
            rf'<figure class="chart" id="chart-{name}"><svg[^>]*>(.*?)</svg>', dom, re.S
        )
        assert figure, name
        assert 'class="mark-' in figure[1], f"{name}: no marks drawn"
