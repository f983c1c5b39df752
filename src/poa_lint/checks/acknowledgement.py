"""No sentence that takes responsibility for the problem (seed 000 point 1; seed 001 §3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks.no_data import first_line
from poa_lint.finding import Hit

OWNING = re.compile(
    r"\b(we|i)\s+(take|accept|bear)\s+(full\s+|complete\s+|all\s+(the\s+)?)?responsibilit|"
    r"\b(our|my)\s+(own\s+)?(mistake|fault|error|failure|responsibility|negligence|oversight)|"
    r"\b(we|i)\s+(made|make|have\s+made)\s+(a|the|this|these|several|two|three|serious)?\s*\w*\s*(mistakes?|errors?)|"
    r"\b(we|i)\s+(admit|acknowledge|recogni[sz]e|accept|understand|realized?|realised?)\s+(that\s+)?"
    r"(we|our|the\s+(mistake|error|violation|problem|issue))|"
    r"\b(we|i)\s+(failed|did\s+not|didn't|had\s+not|hadn't|never)\s+\w+|"
    r"\bour\s+(\w+\s+){0,2}(failed|did\s+not|didn't|was\s+not|wasn't|had\s+no|missed|allowed)\b|"
    r"\b(we|i)\s+(apologi[sz]e|are\s+sorry|am\s+sorry|are\s+deeply\s+sorry)|"
    r"\b(was|were|is)\s+(caused\s+by|due\s+to|the\s+result\s+of)\s+(our|my)\b|"
    r"\b(we|i)\s+(sold|listed|shipped|used|sent|bought|sourced|uploaded|created)\b",
    re.I,
)


def no_acknowledgement(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one document hit when no sentence owns the problem in the seller's own name."""
    if not letter.text.strip() or OWNING.search(letter.norm):
        return
    start, end = first_line(letter)
    yield Hit(start, end)
