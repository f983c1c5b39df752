"""Corrective actions written in the future tense instead of as done (domain brief §1.2)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import compile_any
from poa_lint.document import Letter
from poa_lint.finding import Hit

FUTURE = re.compile(
    r"\b(we|our\s+\w+(\s+\w+)?|i|(it|they|units?|items?|products?|listings?|orders?)(?=\s+will))\s+"
    r"(will|shall|'ll|are\s+going\s+to|plan\s+to|intend\s+to|are\s+planning\s+to)\s+"
    r"(?!not\b|never\b)(\w+\s+)?\w+",
    re.I,
)


def future_corrective(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield future-tense action sentences inside the corrective part (not the preventive one)."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"])
    for sent in letter.sentences:
        section = sent.section
        if sent.is_heading or section is None or section.source != "heading":
            continue
        if "corrective" not in section.kinds or "preventive" in section.kinds:
            continue
        if skip.search(letter.norm, sent.start, sent.end):
            continue
        match = FUTURE.search(letter.norm, sent.start, sent.end)
        if match:
            yield Hit(match.start(), match.end(), fields={"phrase": match.group(0)})
