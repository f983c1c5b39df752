"""Helpers shared by the kinds: phrase matchers over the normalised text, overlap filtering."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from poa_lint.finding import Hit
from poa_lint.normalize import normalize


def phrase_matcher(nlp: Any, phrases: Iterable[str], attr: str) -> Any:
    """A PhraseMatcher whose keys are the phrases themselves (as given)."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for phrase in phrases:
        text = normalize(phrase)
        doc = nlp(text) if attr == "LEMMA" else nlp.make_doc(text.lower() if attr == "LOWER" else text)
        matcher.add(phrase, [doc])
    return matcher


def phrase_spans(matcher: Any, doc: Any) -> list[tuple[int, int, str]]:
    """(start_char, end_char, phrase) for each match, longest first among overlaps."""
    found = []
    for key, start, end in matcher(doc):
        span = doc[start:end]
        found.append((span.start_char, span.end_char, doc.vocab.strings[key]))
    return keep_longest(found)


def keep_longest(spans: list[tuple]) -> list[tuple]:
    """Drop spans that overlap a longer (or earlier equal) span; result sorted by start."""
    kept: list[tuple] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[0])


def outside(hits: Iterable[Hit], blocked: list[tuple[int, int]]) -> list[Hit]:
    """Hits that do not lie inside any blocked (exception) span."""
    return [h for h in hits if not any(b0 <= h.start and h.end <= b1 for b0, b1 in blocked)]
