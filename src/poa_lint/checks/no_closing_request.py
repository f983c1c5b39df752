"""No closing line asking for reinstatement and saying how the account will run (seed 000, point 5)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._signals import signal_types
from poa_lint.document import Letter
from poa_lint.finding import Hit

REQUEST = re.compile(
    r"\b(reinstat\w*|reactivat\w*|restor\w*\s+(our|my|the)\s+(account|selling|store|privileges)|"
    r"resume\s+selling|selling\s+privileges?\s+(back|restored)|unblock|unfreez\w*|"
    r"(give|grant)\s+us\s+back|return\s+(our|my)\s+(account|selling\s+privileges))",
    re.I,
)
# "...and say how the account will be run": a forward-looking clause ...
FORWARD = re.compile(
    r"\bwill\s+(?!be\s+(very\s+|really\s+|so\s+)?(grateful|thankful|happy|glad|appreciat\w*)\b)"
    r"(?!(ask|have|let)\s+(my|our)\s+(lawyer|attorney)s?)(?!lose\b)(?!never\s+forget)\w+|"
    r"\b(after|once|when)\s+(the\s+)?(reinstatement|reactivation|reinstated|reactivated)\b|"
    r"\bif\s+(they|it)\s+(are|is)\b|\bcontinue\s+to\b|"
    r"\b(with|under)\s+(these|this|the\s+new|the\s+above)\s+(\w+\s+)?(measures|controls|changes|steps|"
    r"process|processes|plan|procedures?)\b|\bgoing\s+forward\b|\bfrom\s+now\s+on\b",
    re.I,
)
# ... that points at something concrete (the controls above, a cadence, a number).
CONCRETE = re.compile(
    r"\b(above|described|these|this\s+plan|the\s+new|controls?|checks?|process|measures|inspection|"
    r"audit|log|approval|review|procedure|standard)\b",
    re.I,
)


def no_closing_request(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one hit when the last part of the letter neither asks for reinstatement nor looks ahead."""
    sents = [s for s in letter.sentences if not s.is_heading]
    if not sents:
        return
    cut = len(letter.text.rstrip()) * (1 - float(options.get("tail_share", 0.3)))
    tail = [s for s in sents if s.end >= cut] or sents[-3:]
    for n, sent in enumerate(sents):
        if sent.end < cut or not REQUEST.search(letter.norm, sent.start, sent.end):
            continue
        for near in sents[max(0, n - 1):n + 2]:
            text = letter.norm[near.start:near.end]
            if FORWARD.search(text) and (signal_types(text) or CONCRETE.search(text)):
                return
    body = [s for s in tail if len(s.text.split()) >= 5] or tail
    yield Hit(body[-1].start, body[-1].end)
