"""What each sentence does in the letter (root cause, corrective, preventive, evidence, other),
read by the learned classifier rather than from headings, and the parts that follow from it.

A letter has a part when some sentence plays that role, whatever its headings say ("Problem:",
"Plan of action:", none at all). A sentence that only restates the notice ("our Late Dispatch
Rate went above the 4% target") is the notice's fact, not the seller's, and plays no role.
Without a shipped model the heading- and cue-based letter model decides.
"""

from __future__ import annotations

import re
from typing import Any

from poa_lint.classifier import ROLE_LABELS, load_model, sentence_scores

_METRIC = (r"(order\s+defect|late\s+(dispatch|shipment)|pre-?fulfil+ment\s+cancel+ation|cancel+ation|"
           r"valid\s+tracking|on[-\s]time\s+delivery|negative\s+feedback|a-?to-?z|chargeback|"
           r"odr|ldr|lsr|cr|vtr|otdr)(\s+rate)?")
_RESTATES = (
    re.compile(_METRIC + r"\b[^.]{0,80}?\b(above|over|exceed\w*|below|under|higher\s+than|lower\s+than|"
               r"did\s+not\s+meet|didn'?t\s+meet|fell|fallen|failed\s+to\s+meet)\b[^.]{0,40}?"
               r"\b(target|threshold|standard|requirement|\d+(\.\d+)?\s?%)", re.I),
    re.compile(r"\b(our|my|the)\s+(selling\s+)?(account|privileges?|listing|asin)\s+(has|have|was|were|had)\s+"
               r"(been\s+)?(deactivated|suspended|blocked|removed|closed)\b(?![^.]*\b(because\s+(we|i|our)|"
               r"we\s+(did|had|failed)))", re.I),
)


def restates_notice(text: str) -> bool:
    """Whether a sentence only repeats what the notice said (a metric against its target, the
    deactivation itself) without a cause or an action of the seller's own."""
    return any(p.search(text) for p in _RESTATES)


def sentence_roles(letter: Any) -> tuple[str, ...]:
    """The role of each of `letter.sentences` ("other" when none reaches its threshold)."""
    model = load_model()
    if model is None:  # the heading- and cue-based letter model
        return tuple(next((k for k in s.kinds if k in ROLE_LABELS), "other") if not s.is_heading else "other"
                     for s in letter.sentences)
    out = []
    for sentence, scores in zip(letter.sentences, sentence_scores(letter)):
        best = max(ROLE_LABELS, key=lambda r: scores.get(r, 0.0))
        if sentence.is_heading or restates_notice(sentence.text) or scores.get(best, 0.0) < model.threshold(best):
            out.append("other")
        else:
            out.append(best)
    return tuple(out)


def part_strength(letter: Any, part: str) -> float:
    """The highest probability that some (non-heading, non-restating) sentence plays `part`."""
    return max((scores.get(part, 0.0) for sentence, scores in zip(letter.sentences, sentence_scores(letter))
                if not sentence.is_heading and not restates_notice(sentence.text)), default=0.0)


def has_part(letter: Any, part: str) -> bool:
    """Whether some sentence plays the role `part`: with a probability above the calibrated bar,
    or above a lower bar where a heading or the wording cues also name the part."""
    model = load_model()
    if model is None or part not in ROLE_LABELS:
        return letter.has_part(part)
    bars = model.meta.get("part_thresholds", {}).get(part, {"alone": 0.05, "with_heading": 0.0})
    strength = part_strength(letter, part)
    return strength >= bars["alone"] or (strength >= bars["with_heading"] and letter.has_part(part))
