"""The benchmark corpus: deterministic from its seed, distinct stories, every raw layout."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest

from bench import corpus

N = 50


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, list[dict]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, corpus.generate(root, N, corpus.CorpusOptions(seed=7), jobs=1)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.txt")}


def _text(data: bytes) -> str:
    if data.startswith(b"\xff\xfe"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(generated, tmp_path):
    root, _ = generated
    again = tmp_path / "again"
    corpus.generate(again, N, corpus.CorpusOptions(seed=7), jobs=2)
    assert _tree(again) == _tree(root)
    other = corpus.generate(tmp_path / "other", 5, corpus.CorpusOptions(seed=8), jobs=1)
    assert {row["path"] for row in other}.isdisjoint(_tree(root))


def test_files_spread_over_dated_folders(generated):
    root, manifest = generated
    assert len(_tree(root)) == N
    assert all(
        re.fullmatch(r"\d{4}/\d\d/\d\d/\d{6}_[0-9a-f]{16}\.txt", r["path"]) for r in manifest
    )


def test_raw_bytes_cover_the_layouts_of_the_design(generated):
    root, _ = generated
    raw = list(_tree(root).values())
    texts = [_text(data).replace("\r\n", "\n") for data in raw]
    joined = "\n".join(texts)
    assert any(b"\r\n" in data for data in raw)
    assert any(data.startswith(b"\xef\xbb\xbf") for data in raw)
    assert any(not _utf8(data) and not data.startswith(b"\xff") for data in raw), "a cp1252 file"
    assert any(data.startswith(b"\xff\xfeS\x00") for data in raw), "a UTF-16 file"
    assert "â€" in joined and "â–" in joined, "mojibake of quotes and of the end mark"
    assert any(not t.startswith("Source:") for t in texts), "a headline above the header"
    patterns = {
        "one-line header": r"^Source: [\w ]+\| \d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?(\|Editor: .+)?$",
        "timestamp without seconds": r"^\d{4}-\d\d-\d\d \d\d:\d\d$",
        "city dateline": r"^[A-Z][A-Z' ]+, [A-Z][a-z]+\.? \d{1,2} \(Xinhua\) -- ",
        "province dateline": r"^[A-Z' ]+ \([A-Z][a-z]+( [A-Z][a-z]+)?\), \w+\.? \d+ \(Xinhua\) -- ",
        "country dateline": r"^[A-Z .']+, [A-Z][a-z]+[\w ]*, \w+\.? \d+ \((Xinhua|AFP|Reuters)\) ",
        "UN dateline": r"^UNITED NATIONS, \w+\.? \d+ \(Xinhua\) -- ",
        "AP dateline": r"^[A-Z .]+ \(AP\) (--|—) ",
        "Reuters dateline": r"^[A-Z .]+(, \w+ \d+)? \(Reuters\) - ",
        "French dateline": r"^[A-Z]+, \d+ [a-zéû]+ \((Xinhua|AFP)\) -",
        "byline": r"^(by Xinhua writers? |By )\w+",
        "caption": r"\((Xinhua|AP Photo)/[\w ]+\)$|REUTERS/|/ AFP\)|/China Daily\]",
        "end mark ■": r" ■$",
        "end mark Enditem": r"^Enditem$",
        "end mark Fin": r"^Fin$",
        "year boundary": r"^2024-01-01 00:35(:00)?$(.|\n)*Dec\. 31 \(Xinhua\)",
        "forward year boundary": r"^2023-12-31 23:50(:00)?$(.|\n)*Jan\. 1 \(AP\)",
        "quote with speaker": r"[\"”],? (said|told) [A-Z]|, said [A-Z][a-z]+",
    }
    missing = [name for name, p in patterns.items() if not re.search(p, joined, re.MULTILINE)]
    assert not missing


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_no_dateline_stories_and_updates_are_present(generated):
    _, manifest = generated
    assert any(row["dateline"] == "none" for row in manifest)
    kinds = {row["kind"] for row in manifest}
    assert {"fresh", "update", "duplicate"} <= kinds


def test_stories_are_distinct_except_updates_and_rescrapes():
    opts = corpus.CorpusOptions(seed=7)
    stories = [corpus.story_for(i, opts) for i in range(N)]
    shingles = [_shingles(" ".join(s[0].paragraphs)) for s in stories]
    for i in range(N):
        for j in range(i):
            overlap = len(shingles[i] & shingles[j]) / len(shingles[i] | shingles[j])
            same_story = stories[i][0].origin == stories[j][0].origin
            assert overlap > 0.5 if same_story else overlap < 0.3, (i, j, overlap)


def test_body_lengths_follow_wire_copy():
    opts = corpus.CorpusOptions(seed=11)
    words = [corpus.render_file(i, opts).features["words"] for i in range(400)]
    assert min(words) >= 100 and max(words) <= 1300
    assert 230 <= statistics.mean(words) <= 310
