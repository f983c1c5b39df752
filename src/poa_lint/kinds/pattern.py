"""Kind `pattern`: spaCy Matcher token patterns, written in the pack exactly as spaCy takes them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest, shared_params
from poa_lint.nlp import Pipeline
from poa_lint.rulespec import RuleSpec, Where

KEYS = frozenset({"patterns", "exceptions", "suggestion"})
FIELDS: frozenset[str] | None = frozenset({"match"})


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    """The shape only: spaCy checks the patterns themselves when they compile (`validate-rules`
    compiles them against a blank pipeline, `catalogue.validate_packs`)."""
    params = shared_params(raw, where)
    patterns = raw.get("patterns")
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, list) for p in patterns):
        raise where.fail("field patterns must be a list of token-pattern lists")
    params["patterns"] = patterns
    return params


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline.nlp.vocab, validate=True)
    try:
        matcher.add(spec.id, spec.params["patterns"])
    except Exception as exc:  # spaCy raises MatchPatternError/ValueError with a long report
        raise Where(spec.source, spec.id).fail(
            f"field patterns is not a valid spaCy Matcher pattern ({' '.join(str(exc).split())[:200]})") from None
    suggestion = spec.params.get("suggestion")

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        doc = letter.doc
        spans = keep_longest([(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in matcher(doc)])
        for start, end in spans:
            yield Hit(start, end, {"match": letter.text[start:end]}, (suggestion,) if suggestion else ())

    return run
