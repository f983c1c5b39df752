"""Kind `phrases`: a list of phrases matched case-insensitively (or by lemma)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit
from poa_lint.kinds.common import outside, phrase_matcher, phrase_spans


def compile(spec: Any, pipeline: Any):  # noqa: A001 - the kinds' shared entry point
    matcher = phrase_matcher(pipeline.nlp, spec.params["phrases"], spec.params["attr"])
    exceptions = spec.params.get("exceptions", ())
    excepted = phrase_matcher(pipeline.nlp, exceptions, "LOWER") if exceptions else None
    suggestion = spec.params.get("suggestion")

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        hits = [Hit(s, e, {"match": letter.text[s:e]}, (suggestion,) if suggestion else ())
                for s, e, _ in phrase_spans(matcher, letter.doc)]
        blocked = [(s, e) for s, e, _ in phrase_spans(excepted, letter.doc)] if excepted else []
        yield from outside(hits, blocked)

    return run
