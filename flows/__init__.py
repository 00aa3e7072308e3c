"""Prefect wiring of the dateline pipeline: discover, batch, validate, publish, load, report."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
