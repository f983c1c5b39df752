"""Kind `phrases`: a list of phrases matched case-insensitively (or by lemma)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import attr, outside, phrase_matcher, phrase_spans, shared_params
from poa_lint.nlp import Pipeline
from poa_lint.ruledata import read_list
from poa_lint.rulespec import RuleSpec, Where, texts

KEYS = frozenset({"phrases", "phrases_file", "attr", "exceptions", "suggestion"})
FIELDS: frozenset[str] | None = frozenset({"match"})


MAX_LIST_BYTES = 2_000_000   # the same order as a pack file


def _phrases_file(listed: Path, where: Where) -> tuple[str, ...]:
    """The phrases of a `phrases_file`: a regular text file of bounded size."""
    if not listed.exists():
        raise where.fail("phrases_file: file not found")
    if not listed.is_file():
        raise where.fail("phrases_file: not a regular file (a folder, device or pipe)")
    try:
        if listed.stat().st_size > MAX_LIST_BYTES:
            raise where.fail(f"phrases_file: too large (the limit is {MAX_LIST_BYTES / 1e6:.0f} MB)")
        return read_list(listed, trailing_comments=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise where.fail(f"phrases_file: cannot read ({exc})") from None


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    params = shared_params(raw, where)
    phrases = texts(raw.get("phrases", []), where, "phrases")
    if "phrases_file" in raw:
        listed = where.path.parent / str(raw["phrases_file"])
        phrases += _phrases_file(listed, Where(listed, where.rule))
    if not phrases:
        raise where.fail("field phrases is empty")
    params["phrases"] = phrases
    params["attr"] = attr(raw, where)
    return params


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001 - the kinds' shared entry point
    matcher = phrase_matcher(pipeline.nlp, spec.params["phrases"], spec.params["attr"])
    exceptions = spec.params.get("exceptions", ())
    excepted = phrase_matcher(pipeline.nlp, exceptions, "LOWER") if exceptions else None
    suggestion = spec.params.get("suggestion")

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        hits = [Hit(s, e, {"match": letter.text[s:e]}, (suggestion,) if suggestion else ())
                for s, e, _ in phrase_spans(matcher, letter.doc)]
        blocked = [(s, e) for s, e, _ in phrase_spans(excepted, letter.doc)] if excepted else []
        yield from outside(hits, blocked)

    return run
