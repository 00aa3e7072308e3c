"""Synthetic raw wire corpus: N distinct articles in the raw layouts of docs/design.md.

Deterministic from the seed (each article from `random.Random(f"{seed}/{index}")`, no
clock), so a benchmark can regenerate the same corpus anywhere. A small share of articles
are lightly edited updates or byte-level re-scrapes of an earlier story, for clustering
and duplicate detection. Files land under `YYYY/MM/DD/` by local publication date.

    python bench/corpus.py --n 1000 --seed 7 --out bench/out/corpus-1000
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import random
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wire_vocab as vocab
from wire_desk import revise, weighted, write_story
from wire_story import AP_MONTHS, Story

GENERATOR_VERSION = "2"
FRENCH_MONTHS = vocab.words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
# A browser shows the bytes cp1252 leaves undefined as the same code points (as ftfy's
# sloppy-windows-1252 does), so mojibake keeps every byte.
codecs.register_error("wire_sloppy", lambda e: (e.object[e.start : e.end].decode("latin-1"), e.end))

# The first articles pin one layout feature each, so that even a 50-file corpus covers them.
COVERAGE: tuple[dict, ...] = (
    {"agency": "Xinhua", "place": "cn", "end": "■", "mojibake": True},
    {"agency": "Xinhua", "place": "foreign", "headline": True},
    {"agency": "Xinhua", "one_line": True},
    {"agency": "Xinhua", "seconds": False, "place": "cn"},
    {"agency": "Xinhua", "place": "un"},
    {"agency": "AP", "place": "us"},
    {"agency": "Reuters", "place": "us", "dateline": "undated"},
    {"agency": "AFP", "place": "foreign", "dateline": "dated"},
    {"agency": "China Daily", "dateline": "none", "byline": True},
    {"agency": "Global Times", "headline": True},
    {"agency": "Xinhua", "byline": True, "caption": True},
    {"agency": "Xinhua", "end": "Enditem", "crlf": True},
    {"agency": "Xinhua", "language": "fr", "end": "Fin"},
    {"agency": "Xinhua", "curly": True, "mojibake": True},
    {"agency": "Xinhua", "bom": True},
    {"agency": "Xinhua", "encoding": "cp1252", "curly": True, "end": "Enditem"},
    {"agency": "Xinhua", "wrap": True},
    {
        "agency": "Xinhua",
        "published": datetime(2024, 1, 1, 0, 35),
        "dateline_day": date(2023, 12, 31),
    },
    {"agency": "Xinhua", "dateline": "none", "caption": True},
    {"agency": "Reuters", "place": "foreign", "dateline": "dated"},
    {"agency": "Xinhua", "encoding": "utf-16"},
    {
        "agency": "AP",
        "place": "foreign",
        "dateline": "dated",
        "published": datetime(2023, 12, 31, 23, 50),
        "dateline_day": date(2024, 1, 1),
    },
    {"update_of": 2},
    {"duplicate_of": 3},
)


@dataclass(frozen=True)
class CorpusOptions:
    """What the generator varies; the same options always give the same bytes."""

    seed: int = 7
    start: date = date(2023, 1, 1)
    days: int = 730
    update_share: float = 0.03
    duplicate_share: float = 0.01


@dataclass(frozen=True)
class RawFile:
    """One raw article file: path relative to the corpus root, bytes, and its features."""

    path: str
    data: bytes
    features: dict


def lineage(rng: random.Random, index: int, opts: CorpusOptions, force: dict) -> tuple[str, int]:
    """(kind, base): a fresh story, or an update or re-scrape of an earlier article."""
    roll, back = rng.random(), rng.randint(1, 300)
    if "update_of" in force:
        return "update", force["update_of"]
    if "duplicate_of" in force:
        return "duplicate", force["duplicate_of"]
    if force or index == 0 or roll >= opts.duplicate_share + opts.update_share:
        return "fresh", index
    return ("duplicate" if roll < opts.duplicate_share else "update"), max(0, index - back)


def story_for(index: int, opts: CorpusOptions) -> tuple[Story, object, dict, random.Random]:
    """The story article `index` tells, its writer, its layout look, and its rng."""
    rng = random.Random(f"{opts.seed}/{index}")
    force = COVERAGE[index] if index < len(COVERAGE) else {}
    kind, base = lineage(rng, index, opts, force)
    if kind == "fresh":
        story, writer = write_story(rng, index, opts.start, opts.days, force)
        return story, writer, content_look(rng, story, force) | {"kind": kind}, rng
    story, writer, look, _ = story_for(base, opts)
    if kind == "update":
        story = revise(story, writer, rng)
    return story, writer, look | {"kind": kind, "origin": story.origin}, rng


# How often each agency prints a dated, undated or no dateline, and which end mark.
DATELINES = {
    "Xinhua": {"dated": 94, "none": 6},
    "China Daily": {"dated": 35, "none": 65},
    "Global Times": {"dated": 35, "none": 65},
    "AP": {"undated": 90, "none": 10},
}
OTHER_DATELINES = {"dated": 50, "undated": 40, "none": 10}
END_MARKS = {"Xinhua": {"■": 45, "Enditem": 35, "": 20}, "fr": {"Fin": 70, "": 30}}
OTHER_END_MARKS = {"": 85, "■": 15}
CHINESE_PUBLISHERS = ("Xinhua", "China Daily", "Global Times")


def content_look(rng: random.Random, story: Story, force: dict) -> dict:
    """Layout choices that belong to the story, shared by its re-scrapes."""
    agency = story.agency
    ends = END_MARKS.get("fr" if story.language == "fr" else agency, OTHER_END_MARKS)
    editor_share = 0.95 if agency in CHINESE_PUBLISHERS else 0.4
    dash = {"Reuters": "-", "AFP": "-"}.get(agency, "--")
    if agency == "AP" and rng.random() < 0.1:
        dash = "—"
    return {
        "headline": force.get("headline", rng.random() < 0.3),
        "one_line": force.get("one_line", rng.random() < 0.12),
        "seconds": force.get("seconds", rng.random() < 0.85),
        "editor": rng.choice(vocab.EDITORS[agency]) if rng.random() < editor_share else None,
        "dateline": force.get("dateline") or weighted(rng, DATELINES.get(agency, OTHER_DATELINES)),
        "dash": dash,
        "end": force.get("end", weighted(rng, ends)),
        "wrap": force.get("wrap", rng.random() < 0.03),
        "blank_lines": rng.random() < 0.1,
        "final_newline": rng.random() < 0.5,
    }


def byte_look(rng: random.Random, force: dict) -> dict:
    """Layout choices of one scrape: line ends, BOM, encoding, mojibake."""
    roll = rng.random()
    encoding = "cp1252" if roll < 0.02 else "utf-16" if roll < 0.023 else "utf-8"
    return {
        "crlf": force.get("crlf", rng.random() < 0.1),
        "bom": force.get("bom", rng.random() < 0.03),
        "encoding": force.get("encoding", encoding),
        "mojibake": force.get("mojibake", 0.03 <= roll < 0.11),
    }


def dateline(story: Story, look: dict) -> str:
    """`HANGZHOU, Nov. 9 (Xinhua) -- `, `WASHINGTON (AP) -- `, or nothing."""
    if look["dateline"] == "none":
        return ""
    day, agency = story.dateline_day, story.agency
    if look["dateline"] == "undated":
        return f"{story.place.dateline} ({agency}) {look['dash']} "
    if story.language == "fr":
        printed = f"{day.day} {FRENCH_MONTHS[day.month - 1]}"
    elif agency == "Reuters":
        printed = f"{AP_MONTHS[day.month - 1].rstrip('.')} {day.day}"
    else:
        printed = f"{AP_MONTHS[day.month - 1]} {day.day}"
    return f"{story.place.dateline}, {printed} ({agency}) {look['dash']} "


def layout(story: Story, look: dict) -> str:
    """The text of the raw file: headline, header, byline, dateline, paragraphs, end mark."""
    stamp = story.published.strftime("%Y-%m-%d %H:%M:%S" if look["seconds"] else "%Y-%m-%d %H:%M")
    editor = look["editor"]
    lines = [story.headline] if look["headline"] else []
    if look["one_line"]:
        lines.append(f"Source: {story.agency}| {stamp}" + (f"|Editor: {editor}" if editor else ""))
    else:
        lines += [f"Source: {story.agency}", *([f"Editor: {editor}"] if editor else []), stamp]
    if story.byline:
        lines.append(story.byline)
    body = [dateline(story, look) + story.paragraphs[0], *story.paragraphs[1:]]
    for after, caption in sorted(story.captions, reverse=True):
        body.insert(min(after, len(body) - 1) + 1, caption)
    if look["end"] == "■":
        body[-1] += " ■"
    elif look["end"]:
        body.append(look["end"])
    if look["wrap"]:
        text = "\n\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in body)
    else:
        text = ("\n\n" if look["blank_lines"] else "\n").join(body)
    return "\n".join(lines) + "\n" + text + ("\n" if look["final_newline"] else "")


def encode(text: str, look: dict) -> bytes:
    """Bytes as scraped: mojibake, BOM, CRLF and cp1252 where the look asks for them."""
    if look["mojibake"]:
        text = text.encode("utf-8").decode("cp1252", errors="wire_sloppy")
    if look["crlf"]:
        text = text.replace("\n", "\r\n")
    if look["encoding"] == "cp1252":
        return text.encode("cp1252", errors="replace")
    if look["encoding"] == "utf-16":  # little-endian with its BOM, on every platform
        return "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    return ("\ufeff" if look["bom"] else "").encode("utf-8") + text.encode("utf-8")


def render_file(index: int, opts: CorpusOptions) -> RawFile:
    """Article `index` of the corpus as a raw file."""
    story, _, look, rng = story_for(index, opts)
    force = COVERAGE[index] if index < len(COVERAGE) else {}
    look = look | byte_look(rng, force)
    data = encode(layout(story, look), look)
    path = f"{story.published:%Y/%m/%d}/{index:06d}_{rng.getrandbits(64):016x}.txt"
    features = look | {
        "index": index,
        "agency": story.agency,
        "language": story.language,
        "topic": story.topic,
        "origin": story.origin,
        "byline": bool(story.byline),
        "captions": len(story.captions),
        "published": str(story.published),
        "words": sum(p.count(" ") + 1 for p in story.paragraphs),
    }
    return RawFile(path, data, features)


def write_files(out: str, indexes: range, opts: CorpusOptions) -> list[dict]:
    """Write articles `indexes` under `out`; returns their features with their path."""
    made: set[str] = set()
    manifest = []
    for index in indexes:
        raw = render_file(index, opts)
        folder = os.path.join(out, os.path.dirname(raw.path))
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        # os.open and os.write: three system calls a file, no buffered-file set-up
        descriptor = os.open(os.path.join(out, raw.path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            os.write(descriptor, raw.data)
        finally:
            os.close(descriptor)
        manifest.append(raw.features | {"path": raw.path, "bytes": len(raw.data)})
    return manifest


def generate(out: Path, n: int, opts: CorpusOptions, jobs: int | None = None) -> list[dict]:
    """Write N articles under `out` with `jobs` processes; returns the manifest in order."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, n // 25))
    step = -(-n // jobs)
    chunks = [range(start, min(n, start + step)) for start in range(0, n, step)]
    if jobs == 1:
        return [row for chunk in chunks for row in write_files(str(out), chunk, opts)]
    with ProcessPoolExecutor(jobs) as pool:
        parts = pool.map(write_files, [str(out)] * len(chunks), chunks, [opts] * len(chunks))
        return [row for part in parts for row in part]


def main(argv: list[str] | None = None) -> None:
    """Command line: write the corpus and print what it holds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="corpus root (raw dir)")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    parser.add_argument("--update-share", type=float, default=0.03)
    parser.add_argument("--duplicate-share", type=float, default=0.01)
    parser.add_argument("--manifest", type=Path, help="write one JSON line per file here")
    args = parser.parse_args(argv)
    opts = CorpusOptions(
        args.seed, update_share=args.update_share, duplicate_share=args.duplicate_share
    )
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty; a corpus is written into an empty folder")
    began = time.perf_counter()
    manifest = generate(args.out, args.n, opts, args.jobs)
    seconds = time.perf_counter() - began
    if args.manifest:
        args.manifest.write_text("".join(json.dumps(row) + "\n" for row in manifest))
    kinds = {k: sum(row["kind"] == k for row in manifest) for k in ("fresh", "update", "duplicate")}
    words = sum(row["words"] for row in manifest) / max(1, len(manifest))
    megabytes = sum(row["bytes"] for row in manifest) / 1e6
    print(
        f"{len(manifest)} articles ({kinds}) in {args.out}: {megabytes:.1f} MB, "
        f"mean {words:.0f} body words, {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
