"""Stock template phrases reviewers recognise (§3.2), flagged once per distinct phrase."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from poa_lint.checks._lists import AnyOf, compile_any
from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.prefilter import folded, possible


@cache
def _compiled(lines: tuple[str, ...]) -> tuple[AnyOf, ...]:
    # compile_any: the same regex (re.I), skipped at once when the letter lacks its fixed words
    return tuple(compile_any((line,)) for line in lines)


def template_phrases(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield the first occurrence of each template fingerprint outside headings."""
    headings = [(s.start, s.end) for s in letter.sentences if s.is_heading]
    text = folded(letter)   # once, not once per fingerprint
    for rx in _compiled(letter.data.lists[str(options.get("list", "template-fingerprints.txt"))]):
        if not possible(rx.needles, text):
            continue
        for match in rx.pattern.finditer(letter.norm):
            if any(s <= match.start() < e for s, e in headings):
                continue
            yield Hit(match.start(), match.end(),
                      fields={"phrase": letter.text[match.start():match.end()]},
                      suggestions=("Replace it with a fact: what happened, when, which ASIN or "
                                   "order, what you changed.",))
            break
