"""Corrective actions written in the future tense instead of as done (domain brief §1.2).

A fix promised for later with no date or detail is a commitment nobody can check. Steps that carry
a date, a figure, a tool or a name ("we will destroy the 40 units on 3 May"), routines ("we will check every listing weekly",
"from now on ...") and sentences under a heading about prevention are not corrective actions
written in the future: they are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import has_name, signal_types
from poa_lint.document import Letter
from poa_lint.finding import Hit

FUTURE = re.compile(
    r"\b(we|our\s+\w+(\s+\w+)?|i|(it|they|units?|items?|products?|listings?|orders?)(?=\s+will))\s+"
    r"(will|shall|'ll|are\s+going\s+to|plan\s+to|intend\s+to|are\s+planning\s+to)\s+"
    r"(?!not\b|never\b)(\w+\s+)?\w+",
    re.I,
)
# An ongoing routine or a safeguard is a preventive measure, whatever the heading above it says.
ROUTINE = re.compile(
    r"\b(every|each|always|only|regularly|frequently|periodically|continu\w+|any\s+(new|future)|"
    r"in\s+(the\s+)?future|moving\s+forward|going\s+forward|from\s+now\s+on|prevent\w*|avoid\w*|"
    r"monitor\w*|keep|limit|restrict\w*|never|any\s+\w+\s+(who|that|which))\b", re.I)
PREVENTIVE_HEADING = re.compile(r"\b(prevent\w*|avoid\w*|future|forward|again|recur\w*)\b", re.I)


def _under_preventive_heading(letter: Letter, section) -> bool:
    heading = section.heading
    return heading is not None and bool(PREVENTIVE_HEADING.search(letter.norm, heading.start, heading.end))


def future_corrective(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield undated future-tense fixes inside the corrective part (not the preventive one)."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"])
    for sent in letter.sentences:
        section = sent.section
        if sent.is_heading or section is None or section.source != "heading":
            continue
        if "corrective" not in section.kinds or "preventive" in section.kinds:
            continue
        text = letter.norm[sent.start:sent.end].strip()
        if not text.endswith((".", "!", ";", "…")) and len(text.split()) < 12:
            continue  # a heading line the reader did not mark
        if skip.search(text) or ROUTINE.search(text) or signal_types(text) or has_name(sent.span):
            continue
        if _under_preventive_heading(letter, section):
            continue
        match = FUTURE.search(letter.norm, sent.start, sent.end)
        if match:
            yield Hit(match.start(), match.end(), fields={"phrase": match.group(0)})
