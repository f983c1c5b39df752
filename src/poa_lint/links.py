"""Where a rule's explanation lives: the rule's own url, else its entry in the rule reference."""

from __future__ import annotations

import re

DOCS_URL = "https://github.com/poa-lint/poa-lint/blob/main/docs/rules.md"


def rule_url(rule_id: str, url: str | None = None) -> str:
    """The rule's url when it has one, else a link to its heading in docs/rules.md (GitHub anchor)."""
    if url:
        return url
    anchor = re.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")
    return f"{DOCS_URL}#{anchor}"
