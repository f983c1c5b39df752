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

# A promise about routine is a preventive measure under the wrong heading, not an undone fix:
# how often ("frequently", "every month"), "only", a prohibition, a condition ("if we suspect ...",
# "any supplier who ..."), a time to come ("from now on"), or a verb of keeping a practice up.
STANDING_PRACTICE = re.compile(
    r"\b(frequently|regularly|always|periodically|constantly|continuously|routinely|daily|weekly|monthly|"
    r"every|only|not|never|if|whenever|unless|until|in\s+the\s+event|in\s+case|any|"
    r"from\s+now\s+on|in\s+(the\s+)?future|going\s+forward|moving\s+forward)\b|n't\b|"
    r"\b(will|shall)\s+(\w+ly\s+)?(also\s+)?(keep|continue|maintain|remain|stay|monitor|follow|comply|use|work|"
    r"limit|restrict|require|ensure|make\s+sure)\b",
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
        text = letter.norm[sent.start:sent.end].strip()
        if text.endswith(":") or skip.search(text) or STANDING_PRACTICE.search(text):
            continue
        match = FUTURE.search(letter.norm, sent.start, sent.end)
        if match:
            yield Hit(match.start(), match.end(), fields={"phrase": match.group(0)})
