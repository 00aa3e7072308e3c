"""Great Expectations' Data Docs page views, with their templates compiled once a process.

Every checkpoint's `UpdateDataDocsAction` builds a new site builder, whose views each make
a new Jinja environment and so compile every template again: most of what a small run
spends validating. The site config (`expectations/great_expectations.yml`) names these
views instead (Great Expectations' own way to customize a view); they are its views with
a Jinja bytecode cache shared by the process, so a template is compiled the first time
only. The pages are the same.
"""

from __future__ import annotations

import jinja2
from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates for the life of the process, keyed by Jinja (name and source
    checksum, so a changed template is compiled again)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


COMPILED = _CompiledTemplates()


class PageView(DefaultJinjaPageView):
    """A validation result's page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED


class IndexPageView(DefaultJinjaIndexPageView):
    """The site's index page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = COMPILED
