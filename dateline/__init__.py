"""dateline: raw news-wire articles to validated Parquet and DuckDB analytics datasets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
