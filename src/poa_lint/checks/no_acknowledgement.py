"""No sentence that takes responsibility for the problem (seed 000 point 1; seed 001 §3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._ownership import disowning, owning
from poa_lint.checks.blame import blame_spans
from poa_lint.checks.no_data import first_line
from poa_lint.finding import Hit


def no_acknowledgement(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one hit when no sentence owns the problem and the letter blames others or denies it."""
    sents = [s for s in letter.sentences if not s.is_heading]
    if not sents:
        return
    blamed = blame_spans(letter)
    if any(owning(s, blamed) for s in sents):
        return
    if not disowning(sents, blamed):
        return
    start, end = first_line(letter)
    yield Hit(start, end, whole_letter=True)
