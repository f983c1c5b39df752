"""Kind `require`: a part of the letter (or one of some phrases) must be present."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit


def compile(spec: Any, pipeline: Any):  # noqa: A001
    require = spec.params["require"]
    part = require.get("part")
    phrases = [re.compile(r"\b" + re.escape(p) + r"\b", re.I) for p in require.get("any_phrase", ())]

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        missing = (part is not None and not letter.has_part(part)) or (
            phrases and not any(p.search(letter.norm) for p in phrases))
        if missing:
            start, end = letter.first_line()
            label = letter.spec.label(part) if part else ""
            yield Hit(start, end, {"part": part or "", "label": label}, whole_letter=True)

    return run
