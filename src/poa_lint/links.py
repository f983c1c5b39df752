"""Where a rule's explanation lives: its own url, else its entry in the bundled rule reference."""

from __future__ import annotations

import re

from poa_lint.resources import docs_file

PROJECT_URL = "https://pypi.org/project/poa-lint/"


def reference_uri() -> str:
    """A file: URI of the rule reference shipped with poa-lint (docs/rules.md)."""
    return docs_file("rules.md").as_uri()


def rule_url(rule_id: str, url: str | None = None) -> str:
    """The finding's or rule's url when it has one (`docs-url` in config), else the rule's
    heading in the bundled docs/rules.md."""
    if url:
        return url
    anchor = re.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")
    return f"{reference_uri()}#{anchor}"
