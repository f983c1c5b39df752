"""No closing line asking for reinstatement and saying how the account will run (seed 000, point 5)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.finding import Hit

REQUEST = re.compile(
    r"\b(reinstat\w*|reactivat\w*|restor\w*\s+(our|my|the)\s+(account|selling|store|privileges)|"
    r"resume\s+selling|selling\s+privileges?\s+(back|restored)|unblock|unfreez\w*|"
    r"(give|grant)\s+us\s+back|return\s+(our|my)\s+(account|selling\s+privileges))",
    re.I,
)
FORWARD = re.compile(
    r"\b(will|going\s+forward|from\s+now\s+on|in\s+(the\s+)?future|continue\s+to|committed|"
    r"with\s+(these|this|the\s+new)|under\s+(these|this|the\s+new)|these\s+(measures|controls|changes|"
    r"steps)|plan\s+(is|to))\b",
    re.I,
)


def no_closing_request(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one hit when the last part of the letter neither asks for reinstatement nor looks ahead."""
    sents = [s for s in letter.sentences if not getattr(s, "is_heading", False)]
    if not sents:
        return
    share = float(options.get("tail_share", 0.3))
    cut = letter.text.rstrip().__len__() * (1 - share)
    tail = [s for s in sents if s.end >= cut] or sents[-3:]
    for n, sent in enumerate(sents):
        if sent not in tail or not REQUEST.search(letter.norm, sent.start, sent.end):
            continue
        around = " ".join(letter.norm[s.start:s.end] for s in sents[max(0, n - 2):n + 3])
        if FORWARD.search(around):
            return
    start, end = tail[-1].start, tail[-1].end
    yield Hit(start, end)
