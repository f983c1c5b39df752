"""Helpers shared by the kinds: validation of the keys several kinds take, phrase matchers over the
normalised text, overlap filtering."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.finding import Hit
from poa_lint.normalize import normalize
from poa_lint.rulespec import Where, texts

ATTRS = ("LOWER", "LEMMA", "ORTH")


def shared_params(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    """`exceptions` (a list of text) and `suggestion` (text), for the kinds that take them."""
    params: dict[str, object] = {}
    if "exceptions" in raw:
        params["exceptions"] = texts(raw["exceptions"], where, "exceptions")
    if "suggestion" in raw:
        if not isinstance(raw["suggestion"], str):
            raise where.fail("field suggestion is not text (quote it)")
        params["suggestion"] = raw["suggestion"]
    return params


def attr(raw: Mapping[str, object], where: Where) -> str:
    """The token attribute phrases match on: LOWER (default), LEMMA or ORTH."""
    value = str(raw.get("attr", "LOWER")).upper()
    if value not in ATTRS:
        raise where.fail("field attr must be LOWER, LEMMA or ORTH")
    return value


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
