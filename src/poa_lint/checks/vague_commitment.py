"""Corrective or preventive sentences with no number, date, role, tool or identifier (§3.3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import has_name, signal_types, vague_count
from poa_lint.document import Letter
from poa_lint.finding import Hit

_DONE = (r"implemented|established|set\s+up|introduced|created|added|adopted|started|strengthened|"
         r"improved|optimi[sz]ed|trained|retrained|enhanced|upgraded|held|educated|reminded|"
         r"warned|punished|reviewed|checked|read|studied|learned|learnt|removed|deleted|replied|"
         r"contacted|refunded|updated|changed|fixed|corrected")
FRAME = re.compile(
    rf"\b(we|our(\s+\w+){{1,3}})\s+(will|shall|would|are\s+going\s+to|plan\s+to|promise\s+to|intend\s+"
    rf"to|(have|has)\s+(been\s+)?({_DONE}))\b|\b(have|has)\s+been\s+(re)?trained\b|"
    r"\b(going\s+forward|from\s+now\s+on|in\s+the\s+future|in\s+future)\b",
    re.I,
)
FUTURE = re.compile(r"\b(will|shall|going\s+to|plan\s+to|promise\s+to)\b|\bfrom\s+now\s+on\b", re.I)
PAST_ACTION = re.compile(rf"\bwe\s+(have\s+)?(\w+ly\s+)?({_DONE})\b", re.I)
NEGATED = re.compile(r"\b(did\s+not|didn't|have\s+not|haven't|had\s+not|no\s+longer|could\s+not)\b",
                     re.I)
CLOSING = re.compile(r"\b(reinstat\w*|restore\s+our|beg|thank|grateful|appreciate)|"
                     r"\b(this|our)\s+(plan|letter|appeal)\s+(explains|describes|sets\s+out|outlines)",
                     re.I)
WE = re.compile(r"\b(we|i)\b", re.I)
NOT_ACTION = re.compile(
    r"\bwill\s+(lose|be\s+(very\s+)?(grateful|thankful|happy|glad|hono(u)?red|appreciat\w+)|"
    r"appreciate|treasure|always\s+remember)\b|\bforever\b|"
    r"\b(will|shall)\s+(not|never)\s+(offer|sell|list|use|send|ask|give|buy|contact|pay|reorder|"
    r"work|source|accept)\b|"
    r"\b(these|the\s+above|those)\s+(new\s+)?(controls|checks|measures|steps|changes|rules)\b|\babove\b",
    re.I,
)
ACTION_KINDS = frozenset({"corrective", "preventive"})


def _in_action_part(sent: Any) -> bool:
    """True in a corrective or preventive part announced by a heading (not merely guessed)."""
    section = sent.section
    if section is None or section.source != "heading":
        return bool(set(sent.paragraph.strong_kinds) & ACTION_KINDS)
    return bool(set(section.kinds) & ACTION_KINDS)


def vague_commitment(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield commitment sentences whose specificity score is 0."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"]) if options.get("skip_template", True) else None
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        raw = letter.norm[sent.start:sent.end]
        text = raw.strip()
        if len(text.split()) < 4 or text.endswith(("?", ":")) or NOT_ACTION.search(text):
            continue
        core = skip.sub(" ", text) if skip is not None else text
        framed = bool(FRAME.search(core))
        if NEGATED.search(core) and not FUTURE.search(core) or CLOSING.search(core):
            continue
        if _in_action_part(sent):
            if not (framed or PAST_ACTION.search(core) or vague_count(core) and WE.search(text)):
                continue
        elif not (framed and (vague_count(core) or FUTURE.search(core))):
            continue
        if signal_types(text) or has_name(sent.span):
            continue
        start = sent.start + len(raw) - len(raw.lstrip())
        yield Hit(start, start + len(text), fields={"phrase": text[:60]},
                  suggestions=("Add who does it, how often or since when, and with which tool or "
                               "document.",))
