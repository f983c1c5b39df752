"""Kind `require`: a part of the letter (or one of some phrases) must be present; parts are read
from what the sentences do (poa_lint.roles), not only from headings."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.nlp import Pipeline
from poa_lint.classifier import ROLE_LABELS, load_model
from poa_lint.roles import has_part
from poa_lint.rulespec import RuleSpec, Where, texts

KEYS = frozenset({"require"})
READS_SENTENCE_MODEL = True
FIELDS: frozenset[str] | None = frozenset({"part", "label"})


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    req = raw.get("require")
    if not isinstance(req, dict) or not (set(req) <= {"part", "any_phrase"}) or not req:
        raise where.fail("field require must be {part: <kind>} or {any_phrase: [...]}")
    if "any_phrase" in req:
        req = {**req, "any_phrase": texts(req["any_phrase"], where, "require.any_phrase")}
    return {"require": MappingProxyType(dict(req))}


def compile(spec: RuleSpec, pipeline: Pipeline, sentence_model: Path | None = None):  # noqa: A001
    """`sentence_model`: the sentence classifier's folder (None: the shipped model)."""
    require = spec.params["require"]
    part = require.get("part")
    phrases = [re.compile(r"\b" + re.escape(p) + r"\b", re.I) for p in require.get("any_phrase", ())]

    # parts are read from sentence roles
    model = load_model(sentence_model) if part in ROLE_LABELS else None

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        missing = (part is not None and not has_part(letter, part, model)) or (
            phrases and not any(p.search(letter.norm) for p in phrases))
        if missing:
            start, end = letter.first_line()
            label = letter.spec.label(part) if part else ""
            yield Hit(start, end, {"part": part or "", "label": label}, whole_letter=True)

    return run
