"""Commitments and claims of action that carry no checkable detail (domain brief §3.3).

A sentence is flagged when it shows a positive mark of vagueness ("pay more attention", "strictly
follow Amazon's policies", "we have taken all necessary measures", "we have retrained our staff")
and no specificity signal at all (number, date or frequency, role, tool or document, identifier or
name). The mere absence of a signal is not enough: "We ship every item in double-wall boxes" is a
concrete practice although it names no role or date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.blocks import LIST_MARKER
from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import has_name, signal_types, vague_mark
from poa_lint.document import Letter
from poa_lint.finding import Hit

# The writer's own action: a first person, or a modal promise ("it will be stopped at once").
SELLER_OR_PROMISE = re.compile(
    r"\b(we|i|our|my|us|staffs?|employees?|team|workers?|personnel)\b|\b(will|shall)\b", re.I)
# Pseudo-frequencies ("regularly", "closely") make a promise or a claim of a fix vague, not a story
# of what happened ("we carefully read the buyer's message").
STANDING = re.compile(
    r"\b(will|shall|going\s+to|now|from\s+now\s+on|in\s+(the\s+)?future|going\s+forward|"
    r"(are|am|is)\s+\w+ing|(we|i)\s+(have|has)\s+(\w+ly\s+)?\w+ed)\b|"
    r"\b(we|i)\s+(\w+ly\s+)?(always\s+)?(provide|do|check|monitor|reply|respond|answer|keep|make|ship|"
    r"inspect|review|update|handle|process|deal)\b", re.I)
# What went wrong is the root cause, not a commitment ("we did not pay attention to ..."); "do not"
# follows "make sure" in a goal ("make sure our listings do not infringe"). A hedged claim of
# innocence ("as far as I know, my listings follow the policies") is no commitment either.
NEGATED = re.compile(r"\b((?<!do\s)(?<!does\s)not|did\s+not|didn't|have\s+not|haven't|had\s+not|no\s+longer|"
                     r"could\s+not|failed\s+to|lack\s+of|neglect\w*|as\s+far\s+as\s+(i|we)\s+know|"
                     r"to\s+(my|our)\s+knowledge)\b", re.I)
FUTURE = re.compile(r"\b(will|shall|going\s+to|plan\s+to|promise\s+to)\b|\bfrom\s+now\s+on\b", re.I)
CLOSING = re.compile(r"\b(reinstat\w*|restore\s+our|beg|thank|grateful|appreciate)", re.I)
# The letter announcing its own plan, or a promise that points at measures described elsewhere.
POINTER = re.compile(
    r"\b(below|the\s+following|as\s+follows|above)\b|\b(these|those)\s+(new\s+)?(controls|checks|measures|"
    r"steps|changes|rules|procedures)\b|\b(set\s+out|explain|describe|outline|share|present)\b.{0,120}\b"
    r"(plan\s+of\s+action|poa|this\s+(letter|appeal|plan))\b|\b(plan\s+of\s+action|poa|this\s+(letter|appeal))\b.{0,60}"
    r"\b(explain|describe|outline|set\s+out)", re.I)
NOT_ACTION = re.compile(
    r"\bwill\s+(lose|be\s+(very\s+)?(grateful|thankful|happy|glad|hono(u)?red|appreciat\w+)|"
    r"appreciate|treasure|always\s+remember)\b|\bforever\b|"
    r"\b(will|shall)\s+(not|never)\s+(offer|sell|list|use|send|ask|give|buy|contact|pay|reorder|"
    r"work|source|accept)\b|\b(protect|defend)\s+(our|my)\s+(business|rights|interests|company|brand)\b", re.I)


def vague_commitment(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield sentences that promise or claim an action in vague words and give no detail."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"]) if options.get("skip_template", True) else None
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        raw = letter.norm[sent.start:sent.end]
        text = raw.strip()
        if len(text.split()) < 4 or text.endswith(("?", ":")) or not SELLER_OR_PROMISE.search(text):
            continue
        if NOT_ACTION.search(text) or POINTER.search(text) or CLOSING.search(text):
            continue
        core = skip.sub(" ", text) if skip is not None else text
        if NEGATED.search(core) and not FUTURE.search(core):
            continue
        mark = vague_mark(core)
        if mark is None or mark[0] == "pseudo-frequency" and not STANDING.search(core):
            continue
        marker = LIST_MARKER.match(text)   # "6) We made big changes": the 6 is no figure
        if signal_types(text[marker.end():] if marker else text) or has_name(sent.span):
            continue
        start = sent.start + len(raw) - len(raw.lstrip())
        yield Hit(start, start + len(text), fields={"phrase": mark[1]},
                  suggestions=("Add who does it, how often or since when, and with which tool or "
                               "document.",))
