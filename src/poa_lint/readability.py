"""Flesch reading ease and Flesch-Kincaid grade, computed offline (pyphen syllables)."""

# textstat 0.7.13 looks English syllables up in NLTK's cmudict and downloads it on first use, which
# an offline linter must never do; so syllables come from pyphen (textstat's own fallback for words
# missing from cmudict) and the two classic formulas are applied here.

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d.,:/-]*")


@lru_cache(maxsize=1)
def _dictionary():
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Syllables in one word (numbers count as one)."""
    if not word[0].isalpha():
        return 1
    return len(_dictionary().positions(word.lower())) + 1


def measure(sentences: Iterable[str]) -> dict[str, float]:
    """Words, sentences, syllables, Flesch reading ease and Flesch-Kincaid grade of sentences."""
    n_sent = n_words = n_syll = 0
    for sentence in sentences:
        words = _WORD.findall(sentence)
        if words:
            n_sent += 1
            n_words += len(words)
            n_syll += sum(syllables(w) for w in words)
    if not n_words:
        return {"words": 0, "sentences": 0, "syllables": 0, "ease": 0.0, "grade": 0.0}
    wps, spw = n_words / n_sent, n_syll / n_words
    return {"words": n_words, "sentences": n_sent, "syllables": n_syll,
            "ease": 206.835 - 1.015 * wps - 84.6 * spw, "grade": 0.39 * wps + 11.8 * spw - 15.59}
