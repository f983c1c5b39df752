"""Stock template phrases reviewers recognise (§3.2), flagged once per distinct phrase."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from poa_lint.checks._lists import compile_any, load_list
from poa_lint.finding import Hit


@cache
def _compiled(name: str) -> tuple[Any, ...]:
    # compile_any: the same regex (re.I), skipped at once when the letter lacks its fixed words
    return tuple(compile_any((line,)) for line in load_list(name))


def template_phrases(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield the first occurrence of each template fingerprint outside headings."""
    headings = [(s.start, s.end) for s in letter.sentences if s.is_heading]
    for rx in _compiled(str(options.get("list", "template-fingerprints.txt"))):
        for match in rx.finditer(letter.norm):
            if any(s <= match.start() < e for s, e in headings):
                continue
            yield Hit(match.start(), match.end(),
                      fields={"phrase": letter.text[match.start():match.end()]},
                      suggestions=("Replace it with a fact: what happened, when, which ASIN or "
                                   "order, what you changed.",))
            break
