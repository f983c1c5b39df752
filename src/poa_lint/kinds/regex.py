"""Kind `regex`: regular expressions over the normalised text (a group named `hit` narrows the span)."""

from __future__ import annotations

import re
from typing import Any
from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest, outside, shared_params
from poa_lint.nlp import Pipeline
from poa_lint.prefilter import fold, folded, possible, required_words, stays_on_a_line
from poa_lint.rulespec import RuleSpec, Where, regexes, texts

KEYS = frozenset({"regex", "case_sensitive", "exceptions", "suggestion"})
FIELDS: frozenset[str] | None = frozenset({"match"})


def flags(case_sensitive: object) -> int:
    return re.M | (0 if case_sensitive else re.I)


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    params = shared_params(raw, where)
    found = texts(raw.get("regex", []), where, "regex")
    if not found:
        raise where.fail("field regex is empty")
    params["regex"] = regexes(found, where, "regex", flags(raw.get("case_sensitive")))
    params["case_sensitive"] = bool(raw.get("case_sensitive", False))
    return params


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001
    from poa_lint.regexsafety import compile_pattern

    flag = flags(spec.params["case_sensitive"])
    # each regex with the words every match must contain: skipped (and not even compiled) where
    # they are absent, so a regex is compiled the first time a letter could match it
    patterns = [(rx, required_words(rx, flag)) for rx in spec.params["regex"]]
    compiled: dict[str, Any] = {}
    exceptions = [re.compile(re.escape(e), re.I) for e in spec.params.get("exceptions", ())]
    suggestion = spec.params.get("suggestion")

    def matches(letter: Letter, start: int = 0, end: int | None = None) -> list[Hit]:
        """The hits in norm[start:end] (the whole letter by default)."""
        spans = []
        text = folded(letter) if start == 0 and end is None else fold(letter.norm[start:end])
        bounds = (start, len(letter.norm) if end is None else end)
        for rx, words in patterns:
            if not possible(words, text):
                continue
            pattern = compiled.get(rx) or compiled.setdefault(rx, compile_pattern(rx, flag))
            for m in pattern.finditer(letter.norm, *bounds):
                start, end = m.span("hit") if "hit" in pattern.groupindex else m.span()
                if end > start:  # the suggestion may use the match's groups (\g<name>, \g<0>)
                    spans.append((start, end, m.expand(suggestion).strip() if suggestion else ""))
        hits = [Hit(s, e, {"match": letter.text[s:e]}, (sug,) if sug else ())
                for s, e, sug in keep_longest(spans)]
        blocked = [m.span() for e in exceptions for m in e.finditer(letter.norm, *bounds)]
        return outside(hits, blocked)

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        yield from matches(letter)

    if all(stays_on_a_line(rx, flag) for rx in spec.params["regex"]) and \
            all(stays_on_a_line(e.pattern, re.I) for e in exceptions):
        run.in_lines = matches   # type: ignore[attr-defined]  # hits of a run of whole lines
    return run
