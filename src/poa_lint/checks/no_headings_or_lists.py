"""A letter with neither section headings nor lists (domain brief §1.5; seeds 000, 004)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit


def no_headings_or_lists(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one document hit when the letter has neither a section heading nor a list."""
    if not letter.text.strip():
        return
    if letter.has_headings():
        return
    if any(p.kind in ("list", "heading") for p in letter.paragraphs):
        return
    if int(letter.words) < int(options.get("min_words", 0)):
        return
    start, end = letter.first_line()
    yield Hit(start, end)
