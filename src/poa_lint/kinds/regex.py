"""Kind `regex`: regular expressions over the normalised text (a group named `hit` narrows the span)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest, outside


def compile(spec: Any, pipeline: Any):  # noqa: A001
    flags = re.M | (0 if spec.params["case_sensitive"] else re.I)
    patterns = [re.compile(rx, flags) for rx in spec.params["regex"]]
    exceptions = [re.compile(re.escape(e), re.I) for e in spec.params.get("exceptions", ())]
    suggestion = spec.params.get("suggestion")

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        spans = []
        for pattern in patterns:
            for m in pattern.finditer(letter.norm):
                start, end = m.span("hit") if "hit" in pattern.groupindex else m.span()
                if end > start:  # the suggestion may use the match's groups (\g<name>, \g<0>)
                    spans.append((start, end, m.expand(suggestion).strip() if suggestion else ""))
        hits = [Hit(s, e, {"match": letter.text[s:e]}, (sug,) if sug else ())
                for s, e, sug in keep_longest(spans)]
        blocked = [m.span() for e in exceptions for m in e.finditer(letter.norm)]
        yield from outside(hits, blocked)

    return run
