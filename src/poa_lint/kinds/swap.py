"""Kind `swap`: phrases each paired with the wording to use instead."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import attr, outside, phrase_matcher, phrase_spans, shared_params
from poa_lint.nlp import Pipeline
from poa_lint.rulespec import RuleSpec, Where

KEYS = frozenset({"swap", "attr", "exceptions"})
FIELDS: frozenset[str] | None = frozenset({"match", "replacement"})


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    params = shared_params(raw, where)
    swap = raw.get("swap")
    if not isinstance(swap, dict) or not swap:
        raise where.fail("field swap must be a non-empty mapping of phrase: suggestion")
    for k, v in swap.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise where.fail(f"field swap entry {k!r}: {v!r} is not text (quote it)")
    params["swap"] = MappingProxyType(dict(swap))
    params["attr"] = attr(raw, where)
    return params


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001
    swap = spec.params["swap"]
    matcher = phrase_matcher(pipeline.nlp, swap, spec.params["attr"])
    exceptions = spec.params.get("exceptions", ())
    excepted = phrase_matcher(pipeline.nlp, exceptions, "LOWER") if exceptions else None

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        hits = [Hit(s, e, {"match": letter.text[s:e], "replacement": swap[key]}, (swap[key],))
                for s, e, key in phrase_spans(matcher, letter.doc)]
        blocked = [(s, e) for s, e, _ in phrase_spans(excepted, letter.doc)] if excepted else []
        yield from outside(hits, blocked)

    return run
