"""Corrective or preventive sentences with no number, date, role, tool or identifier (§3.3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._lists import compile_any, load_list
from poa_lint.checks._signals import signal_types, vague_count
from poa_lint.finding import Hit

FRAME = re.compile(
    r"\b(we|our(\s+\w+){1,3})\s+(will|shall|would|are\s+going\s+to|plan\s+to|promise\s+to|intend\s+"
    r"to|have\s+(implemented|established|set\s+up|introduced|created|added|adopted|started|"
    r"strengthened|improved|optimi[sz]ed|trained|retrained|enhanced|upgraded))\b|"
    r"\b(going\s+forward|from\s+now\s+on|in\s+the\s+future|in\s+future)\b",
    re.I,
)
FUTURE = re.compile(r"\b(will|shall|going\s+to|plan\s+to|promise\s+to)\b|\bfrom\s+now\s+on\b", re.I)
ACTION_KINDS = frozenset({"corrective", "preventive"})


def _kinds(sent: Any) -> frozenset[str]:
    section = getattr(sent, "section", None)
    return frozenset(getattr(section, "kinds", ()) or ())


def vague_commitment(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield commitment sentences whose specificity score is 0 and that read as vague or future."""
    skip = compile_any(load_list("template-fingerprints.txt")) if options.get("skip_template", True) else None
    for sent in letter.sentences:
        if getattr(sent, "is_heading", False):
            continue
        text = letter.norm[sent.start:sent.end].strip()
        if len(text.split()) < 4 or text.endswith("?") or text.endswith(":"):
            continue
        candidate = bool(_kinds(sent) & ACTION_KINDS) or bool(FRAME.search(text))
        if not candidate or signal_types(text):
            continue
        if not (vague_count(text) or FUTURE.search(text)):
            continue
        if skip is not None and skip.search(text):
            continue
        start = sent.start + (len(letter.norm[sent.start:sent.end]) - len(letter.norm[sent.start:sent.end].lstrip()))
        yield Hit(start, start + len(text), fields={"match": text[:60]})
