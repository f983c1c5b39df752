"""Letter length and layout: word count bounds, and no headings or lists at all (§1.5)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks.no_data import first_line
from poa_lint.finding import Hit


def word_count(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one document hit when the word count is above `above` or below `below` (options)."""
    words = int(letter.words)
    above, below = options.get("above"), options.get("below")
    upto = options.get("upto")
    hit = (above is not None and words > int(above) and (upto is None or words <= int(upto))) or (
        below is not None and words < int(below) and words > 0
    )
    if hit:
        start, end = first_line(letter)
        yield Hit(start, end, fields={"words": words})


def no_headings_or_lists(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one document hit when the letter has neither a section heading nor a list."""
    if not letter.text.strip():
        return
    if any(getattr(s, "heading", None) is not None for s in letter.sections):
        return
    if any(p.kind in ("list", "heading") for p in letter.paragraphs):
        return
    if int(letter.words) < int(options.get("min_words", 0)):
        return
    start, end = first_line(letter)
    yield Hit(start, end)
