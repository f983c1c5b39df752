"""Corrective actions written in the future tense instead of as done (domain brief §1.2)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.finding import Hit

FUTURE = re.compile(
    r"\b(we|our\s+\w+(\s+\w+)?|i)\s+(will|shall|'ll|are\s+going\s+to|plan\s+to|intend\s+to|"
    r"are\s+planning\s+to)\s+(\w+\s+)?\w+",
    re.I,
)


def future_corrective(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield future-tense action sentences inside the corrective part (not the preventive one)."""
    for sent in letter.sentences:
        section = getattr(sent, "section", None)
        kinds = getattr(section, "kinds", ()) or ()
        if getattr(sent, "is_heading", False) or "corrective" not in kinds or "preventive" in kinds:
            continue
        match = FUTURE.search(letter.norm, sent.start, sent.end)
        if match:
            yield Hit(match.start(), match.end(), fields={"match": match.group(0)})
