"""A comparative marked twice: "more stricter", "most fastest", "more better". The second word
is a comparative or superlative by its tag and its spelling (an adjective + -er/-est)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks.verb_form import lexicon_prose, plain_word
from poa_lint.document import Letter
from poa_lint.finding import Hit

IRREGULAR = {"better": "good", "best": "good", "worse": "bad", "worst": "bad"}


def _base(lex: Any, low: str) -> str | None:
    """The adjective a comparative/superlative form is made from ('stricter' -> 'strict')."""
    if low in IRREGULAR:
        return IRREGULAR[low]
    for suffix in ("er", "est"):
        if not low.endswith(suffix):
            continue
        stem = low[: -len(suffix)]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
                     stem[:-1] + "y" if stem.endswith("i") else ""):
            if base and base in lex.sets["adj"]:
                return base
    return None


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    for lex, span in lexicon_prose(letter):
        doc = span.doc
        for i in range(span.start, span.end - 1):
            tok, w = doc[i], doc[i + 1]
            if tok.lower_ not in ("more", "most") or not plain_word(w):
                continue
            low = w.lower_
            if w.tag_ not in ("JJR", "JJS", "RBR", "RBS") or low in ("more", "most", "less", "least",
                                                                   "fewer", "further", "rather"):
                continue
            # a word that is an adjective in its own right ("more proper", "more clever") is not
            # a comparative form
            base = _base(lex, low)
            if base is None or (low in lex.sets["adj"] and low not in IRREGULAR):
                continue
            yield Hit(tok.idx, w.idx + len(w.text),
                      {"match": doc[i:i + 2].text, "fix": low}, (low,))
