"""Stock template phrases reviewers recognise (§3.2), flagged once per distinct phrase, unless the
sentence holding the phrase carries the seller's own facts (an ASIN, order number, date or count,
or a concrete operation of the seller's: "We take this seriously and refunded every buyer"): a
common frame around the seller's facts is not boilerplate."""

from __future__ import annotations

import re

from collections.abc import Iterable, Mapping
from functools import cache

from poa_lint.checks._lists import AnyOf, compile_any
from poa_lint.checks.template_resemblance import carries_own_fact
from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.prefilter import folded, possible


# where a sentence the splitter joined ("... by 10 a.m. We will ...") divides again: before a new
# subject of the seller's (not after "Ms." or "No.")
_SUB = re.compile(r"(?<=[.!?])\s+(?=(?:We|I|Our|My|This|These|It)\b)")


def _in_own_fact(letter: Letter, at: int) -> bool:
    """Whether the sentence (or, in a sentence the splitter joined, the part of it) that holds
    offset `at` carries a fact of the seller's own."""
    for sent in letter.sentences:
        if sent.start <= at < sent.end:
            text, start = letter.text[sent.start:sent.end], sent.start
            cuts = [0, *(m.end() for m in _SUB.finditer(text)), len(text)]
            for lo, hi in zip(cuts, cuts[1:]):
                if start + lo <= at < start + hi:
                    tokens = [t for t in sent.span if start + lo <= t.idx < start + hi]
                    return carries_own_fact(text[lo:hi], tokens)
            return carries_own_fact(text, sent.span)
    return False


@cache
def _compiled(lines: tuple[str, ...]) -> tuple[AnyOf, ...]:
    # compile_any: the same regex (re.I), skipped at once when the letter lacks its fixed words
    return tuple(compile_any((line,)) for line in lines)


def template_phrases(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield the first occurrence of each template fingerprint outside headings and outside
    sentences that carry the seller's own facts."""
    headings = [(s.start, s.end) for s in letter.sentences if s.is_heading]
    text = folded(letter)   # once, not once per fingerprint
    for rx in _compiled(letter.data.lists[str(options.get("list", "template-fingerprints.txt"))]):
        if not possible(rx.needles, text):
            continue
        for match in rx.pattern.finditer(letter.norm):
            if any(s <= match.start() < e for s, e in headings):
                continue
            if _in_own_fact(letter, match.start()):
                continue
            yield Hit(match.start(), match.end(),
                      fields={"phrase": letter.text[match.start():match.end()]},
                      suggestions=("Replace it with a fact: what happened, when, which ASIN or "
                                   "order, what you changed.",))
            break
