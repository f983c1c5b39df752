"""Sentences too long for a reviewer to read in one pass (over about 35 words)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")


def word_count(text: str) -> int:
    """Words as a reader counts them (numbers and IDs count as one word each)."""
    return len(_WORD.findall(text))


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per sentence (headings excluded) with more than `max_words` words."""
    limit = int(options.get("max_words", 35))
    for sentence in letter.sentences:
        if sentence.is_heading:
            continue
        words = word_count(sentence.text)
        if words > limit:
            yield Hit(sentence.start, sentence.end, {"words": words, "max_words": limit})
