"""Loads the phrase and regex lists of `rules/lists/` that checks share."""

from __future__ import annotations

import re
from functools import cache

from poa_lint.resources import rules_dir


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of rules/lists/<name>, one a line; blank lines and `#` comments dropped."""
    path = rules_dir() / "lists" / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(entries)


@cache
def compile_any(patterns: tuple[str, ...], flags: int = re.I) -> re.Pattern[str]:
    """One alternation of the given regexes (each wrapped in a non-capturing group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
