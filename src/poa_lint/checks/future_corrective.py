"""Corrective actions written in the future tense instead of as done (domain brief §1.2).

Only the corrective part counts, and only until the writer turns to prevention: a corrective
heading is often followed, without a heading of its own, by the preventive measures ("How we will
avoid this moving forward", "Steps we have taken to prevent such cases in the future:"), and a
preventive measure is rightly written in the future.
"""

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
# Words that turn a passage to prevention: from there on the section is preventive.
PREVENTION = re.compile(
    r"\b(prevent\w*|avoid\w*|in\s+(the\s+)?future|going\s+forward|moving\s+forward|from\s+now\s+on|"
    r"(happen\w*|occur\w*|recur\w*)\s+again|never\s+again|recurrence)\b",
    re.I,
)


def future_corrective(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield future-tense action sentences inside the corrective part (not the preventive one)."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"])
    turned: set[int] = set()   # sections (by id) whose text has turned to prevention
    for sent in letter.sentences:
        section = sent.section
        if sent.is_heading or section is None or section.source != "heading":
            continue
        if "corrective" not in section.kinds or "preventive" in section.kinds:
            continue
        heading = section.heading
        if heading is not None and PREVENTION.search(letter.norm, heading.start, heading.end):
            continue
        if id(section) in turned or PREVENTION.search(letter.norm, sent.start, sent.end):
            turned.add(id(section))
            continue
        if skip.search(letter.norm, sent.start, sent.end):
            continue
        match = FUTURE.search(letter.norm, sent.start, sent.end)
        if match:
            yield Hit(match.start(), match.end(), fields={"phrase": match.group(0)})
