"""Kind `pattern`: spaCy Matcher token patterns, written in the pack exactly as spaCy takes them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest


def compile(spec: Any, pipeline: Any):  # noqa: A001
    from spacy.matcher import Matcher

    from poa_lint.catalogue import PackError

    matcher = Matcher(pipeline.nlp.vocab, validate=True)
    try:
        matcher.add(spec.id, spec.params["patterns"])
    except Exception as exc:  # spaCy raises MatchPatternError/ValueError with a long report
        raise PackError(f"{spec.source}: rule {spec.id}: field patterns is not a valid spaCy "
                        f"Matcher pattern ({' '.join(str(exc).split())[:200]})") from None
    suggestion = spec.params.get("suggestion")

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        doc = letter.doc
        spans = keep_longest([(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in matcher(doc)])
        for start, end in spans:
            yield Hit(start, end, {"match": letter.text[start:end]}, (suggestion,) if suggestion else ())

    return run
