"""Metric figures the draft quotes (ODR, late shipment rate, ...) match the notice's value and target."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

NAMES = {
    "odr": r"order defect rate|\bODR\b",
    "late-shipment": r"late (?:shipment|dispatch) rate|\bL[SD]R\b",
    "cancellation": r"(?:pre-?fulfil?l?ment )?cancel(?:lation)? rate|\bCR\b",
    "valid-tracking": r"valid tracking rate|\bVTR\b",
    "on-time-delivery": r"on-time delivery rate|\bOTDR\b",
}
# "<metric> (ABBR) was/is/reached 2.1%" — only figures stated as the metric's value, not goals.
_LINK = (r"(?:\s*\([A-Z]{2,4}\))?(?:\s+(?:in|over|for|during)\s+the\s+(?:last|past)\s+\d+\s+days)?,?"
         r"(?:\s+(?:is|was|had been|has been|reached|rose to|went up to|increased to|climbed to|"
         r"stood at|of|at|=)|\s*:){1,2}\s*(?:about|around|approximately|nearly|almost)?\s*")
_VALUE = r"(?P<v>\d+(?:\.\d+)?)\s?%"
_TARGET = re.compile(r"(?<!internal )(?<!our )(?<!own )(?<!trigger )(?<!alert )\b(?:target|threshold|requirement)"
                     r"(?:\s+(?:is|was|of))?\s*(?:under|below|less than|above|over|at least|of|<|>)?"
                     r"\s*(?P<v>\d+(?:\.\d+)?)\s?%|(?P<v2>\d+(?:\.\d+)?)\s?% target", re.I)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.011


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit at each quoted value or target that differs from the notice."""
    notice = letter.notice.notice
    if notice is None or not notice.metrics:
        return
    text = letter.norm
    for metric in notice.metrics:
        pattern = re.compile(rf"(?:{NAMES[metric.key]}){_LINK}{_VALUE}", re.I)
        for match in pattern.finditer(text):
            value = float(match["v"])
            if not _close(value, metric.value):
                yield Hit(match.start("v"), match.end(), fields={
                    "subject": metric.name, "metric": metric.name, "draft": match["v"] + "%",
                    "notice": f"{metric.value:g}%", "variant": "value"})
        if metric.target is None:
            continue
        for sentence in letter.sentences:
            for match in _TARGET.finditer(text, sentence.start, sentence.end):
                group = "v" if match["v"] else "v2"
                if _nearest_metric(text[sentence.start:match.start()]) != metric.key:
                    continue
                if not _close(float(match[group]), metric.target):
                    yield Hit(match.start(group), match.end(group) + 1, fields={
                        "subject": metric.name, "metric": metric.name, "draft": match[group] + "%",
                        "notice": f"{metric.target:g}%", "variant": "target"})


def _nearest_metric(before: str) -> str | None:
    """The metric named last before a position (the one a target figure belongs to)."""
    best, where = None, -1
    for key, names in NAMES.items():
        for match in re.finditer(names, before, re.I):
            if match.start() > where:
                best, where = key, match.start()
    return best
