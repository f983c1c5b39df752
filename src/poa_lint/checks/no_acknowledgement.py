"""No sentence that takes responsibility for the problem (seed 000 point 1; seed 001 §3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from poa_lint.checks._ownership import disowning, owning
from poa_lint.checks.blame import blame_spans
from poa_lint.document import Letter
from poa_lint.finding import Hit


def no_acknowledgement(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one hit when no sentence owns the problem and the letter blames others or denies it."""
    sents = [s for s in letter.sentences if not s.is_heading]
    if not sents:
        return
    blamed = blame_spans(letter)
    if any(owning(s, blamed) for s in sents):
        return
    if not disowning(sents, blamed):
        return
    start, end = letter.first_line()
    yield Hit(start, end)
