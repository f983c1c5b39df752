"""Guarantees nobody can keep ("this will never happen again", "100% guaranteed"), in a sentence
that says nothing a reviewer could check.

The rule's `patterns` find the guarantee; its `exceptions` (plain text) block a match inside them
("we cannot guarantee"). A sentence that also gives a checkable detail (a figure, a date or
frequency, a named role, tool or document), the method that makes the aim true ("by checking
each label twice"), an offer made to buyers ("we guarantee a full refund to any buyer") or a
practice given up ("we will never again buy from a supplier without invoices") describes a
control, not an over-promise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import signal_types
from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest, outside

# The method that makes the aim true: "by checking each label", "through a second scan".
METHOD = re.compile(r"\b(by|through)\s+(\w+ing|a\s+\w+\s+(check|scan|inspection|review|audit))\b", re.I)
# Something offered to buyers is a policy of the shop, not a promise about the future.
OFFER = re.compile(
    r"\b(guarantee|guarantees|promise|promises|offer|offers)\s+(\w+\s+){0,2}(refunds?|replacements?|"
    r"repla\w+|repairs?|reply|replies|response|money[- ]back|returns?)\b|"
    r"\b(money[- ]back|satisfaction)\s+guarantee\b|\b(guarantee|promise)\s+(every\s+|each\s+|all\s+|our\s+)?"
    r"(buyers?|customers?|clients?)\s+(a|an|the|that\s+they)\b", re.I)
# A practice given up: "we will never again buy from ...", "never sell that item again".
GIVEN_UP = re.compile(r"\bnever\s+(again\s+)?(buy|source|order|sell|list|use|ship|accept|work\s+with)\b", re.I)


def overpromise(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each guarantee in a sentence with no checkable detail, method, offer or practice given up."""
    # compiled once per process (compile_any caches; a pattern from an untrusted pack runs time-limited)
    patterns = [compile_any((str(p),)) for p in options.get("patterns", ())]
    exceptions = [compile_any((re.escape(str(e)),)) for e in options.get("exceptions", ())]
    for sent in letter.sentences:
        text = letter.norm[sent.start:sent.end]
        spans = [(m.start(), m.end(), "") for rx in patterns
                 for m in rx.finditer(letter.norm, sent.start, sent.end) if m.end() > m.start()]
        if not spans:
            continue
        if signal_types(text) or METHOD.search(text) or OFFER.search(text) or GIVEN_UP.search(text):
            continue
        hits = [Hit(s, e, {"match": letter.text[s:e]}) for s, e, _ in keep_longest(spans)]
        blocked = [m.span() for e in exceptions for m in e.finditer(letter.norm, sent.start, sent.end)]
        yield from outside(hits, blocked)
