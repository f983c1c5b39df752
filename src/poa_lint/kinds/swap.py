"""Kind `swap`: phrases each paired with the wording to use instead."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit
from poa_lint.kinds.common import outside, phrase_matcher, phrase_spans


def compile(spec: Any, pipeline: Any):  # noqa: A001
    swap = spec.params["swap"]
    matcher = phrase_matcher(pipeline.nlp, swap, spec.params["attr"])
    exceptions = spec.params.get("exceptions", ())
    excepted = phrase_matcher(pipeline.nlp, exceptions, "LOWER") if exceptions else None

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        hits = [Hit(s, e, {"match": letter.text[s:e], "replacement": swap[key]}, (swap[key],))
                for s, e, key in phrase_spans(matcher, letter.doc)]
        blocked = [(s, e) for s, e, _ in phrase_spans(excepted, letter.doc)] if excepted else []
        yield from outside(hits, blocked)

    return run
