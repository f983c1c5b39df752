"""The personal word list: `words` in the config and `accept.txt` beside it (as Vale's accept.txt or
Harper's user dictionary). Brand, product and people's names listed there are never reported by the
grammar engines (Harper, LanguageTool) or by emotive.shouting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    entries = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not entries:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in entries) + r")(?![\w-])", re.I)


def spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the listed words and phrases occur in `text` (case-insensitive, whole words)."""
    pattern = _pattern(tuple(words))
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def overlaps(found: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] touches a listed word (an engine hit on a listed name is dropped)."""
    return any(s < max(end, start + 1) and start < e for s, e in found)
