"""Sentences that resemble a circulating stock sentence (fuzzy, so light edits still match) and
carry none of the seller's own facts. Figures that only restate the notice or Amazon's targets
("above the 4% target") are not the seller's own facts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.roles import restates_notice

_WORDS = re.compile(r"[a-z0-9']+")
_OWN_FACT = re.compile(
    r"\bB0[0-9A-Z]{8}\b|\b\d{3}-\d{7}-\d{7}\b|\b(19|20)\d{2}\b|\b\d{1,2}(st|nd|rd|th)\b|"
    r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d+\s*(orders?|units?|pcs|"
    r"pieces|days?|hours?|weeks?|asins?|listings?|complaints?|returns?|buyers?|customers?)\b|@|\bhttps?://",
    re.I)


def fingerprint(text: str) -> str:
    """Lower-case words only: what two wordings of one stock sentence are compared on."""
    return " ".join(_WORDS.findall(text.lower().replace("’", "'")))


@cache
def _prints(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fingerprint(line) for line in lines)


def resemblance(text: str, prints: tuple[str, ...]) -> tuple[float, str]:
    """The best similarity (0-100) of `text` to a stock sentence, and that sentence."""
    from rapidfuzz import fuzz, process

    words = fingerprint(text)
    if len(words.split()) < 6:
        return 0.0, ""
    best = process.extractOne(words, prints, scorer=fuzz.ratio)
    partial = process.extractOne(words, prints, scorer=fuzz.partial_ratio)
    score, match = (best[1], best[0]) if best else (0.0, "")
    if partial and len(words) <= 1.35 * len(partial[0]) and partial[1] > score:
        score, match = partial[1], partial[0]
    return float(score), str(match)


def template_resemblance(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each non-heading sentence resembling a stock sentence by at least `min_similarity`."""
    prints = _prints(tuple(letter.data.lists[str(options.get("list", "template-sentences.txt"))]))
    min_similarity = options.get("min_similarity", 85)
    bar = float(min_similarity) if isinstance(min_similarity, (int, float)) else 85.0
    for sentence in letter.sentences:
        if sentence.is_heading or (_OWN_FACT.search(sentence.text) and not restates_notice(sentence.text)):
            continue
        score, match = resemblance(sentence.text, prints)
        if score >= bar:
            yield Hit(sentence.start, sentence.end, {"similarity": f"{score:.0f}"},
                      ("Replace it with a fact from your case: what happened, when, which ASIN or order, "
                       "what you changed.",))
