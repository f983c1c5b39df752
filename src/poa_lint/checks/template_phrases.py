"""Stock template phrases reviewers recognise (§3.2), flagged once per distinct phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._lists import load_list
from poa_lint.checks._signals import signal_types
from poa_lint.finding import Hit

# An entry starting with "@" counts only when nothing specific follows it (e.g. "the following steps").
_FOLLOW_WINDOW = 400


def _compiled(name: str) -> list[tuple[re.Pattern[str], bool]]:
    entries = []
    for line in load_list(name):
        cond = line.startswith("@")
        entries.append((re.compile(line.lstrip("@").strip(), re.I), cond))
    return entries


def _nothing_specific_after(letter: Any, end: int) -> bool:
    tail = letter.norm[end:end + _FOLLOW_WINDOW]
    return not signal_types(tail)


def template_phrases(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield the first occurrence of each template fingerprint outside headings."""
    headings = [(s.start, s.end) for s in letter.sentences if getattr(s, "is_heading", False)]
    for rx, conditional in _compiled(str(options.get("list", "template-fingerprints.txt"))):
        for match in rx.finditer(letter.norm):
            if any(s <= match.start() < e for s, e in headings):
                continue
            if conditional and not _nothing_specific_after(letter, match.end()):
                continue
            yield Hit(match.start(), match.end(), fields={"match": letter.text[match.start():match.end()]})
            break
