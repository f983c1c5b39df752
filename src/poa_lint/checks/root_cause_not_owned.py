"""A root-cause part that names no cause in the seller's own operation (seed 004; §1.2 depth)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from poa_lint.checks._ownership import disowning, first_person_cause, owning
from poa_lint.checks.blame import blame_spans
from poa_lint.document import Letter
from poa_lint.finding import Hit

CAUSE_KINDS = frozenset({"root-cause", "investigation"})


def root_cause_not_owned(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one hit at the root-cause part when it blames or denies and owns nothing."""
    sents = [s for s in letter.sentences if not s.is_heading and set(s.kinds) & CAUSE_KINDS]
    if not sents:
        return
    blamed = blame_spans(letter)
    if any(owning(s, blamed) or first_person_cause(s) for s in sents):
        return
    if disowning(sents, blamed):
        yield Hit(sents[0].start, sents[0].end)
