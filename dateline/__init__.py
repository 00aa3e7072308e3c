"""dateline: raw news-wire articles to validated Parquet and DuckDB analytics datasets."""

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"


def pipeline_version() -> str:
    """The package version and a fingerprint of the transforms' code and data, as
    `articles.pipeline_version` records it: `dateline reprocess` tells by it which stored
    rows older code made, whether or not the package version was bumped."""
    return _pipeline_version()


@cache
def _pipeline_version() -> str:
    transforms = Path(__file__).resolve().parents[1] / "transforms"
    digest = hashlib.sha256()
    for path in sorted(transforms.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(transforms).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
