"""'a' or 'an' chosen by the sound of the next word: "a error" -> "an error", "an user" -> "a user"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

# Written with a vowel letter, said with a consonant sound (you-, wun-), and the reverse (silent h).
CONSONANT_SOUND = re.compile(r"(?:u(?:ni(?:t|v|f|q|o|c|son|lat)|s[eu]|ti|r[aeiou]|k|biq|ro|gan)|eu|ewe"
                             r"|one(?!r)|once|ouija)", re.I)
VOWEL_SOUND = re.compile(r"(?:hour|honest|honou?r|heir|herb)", re.I)
# Letters whose names start with a vowel sound, for abbreviations said letter by letter.
VOWEL_LETTERS = set("AEIO")
CONSONANT_LETTERS = set("BCDGJKPQTUVWYZ")


def vowel_sound(word: str) -> bool | None:
    """Whether the word starts with a vowel sound; None when it cannot be told from spelling."""
    if not word or not word[0].isalpha():
        return None
    if word.isupper() and len(word) > 1:
        if word[0] in VOWEL_LETTERS:
            return True
        return False if word[0] in CONSONANT_LETTERS else None
    if VOWEL_SOUND.match(word):
        return True
    if CONSONANT_SOUND.match(word):
        return False
    return word[0].lower() in "aeiou"


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    for sentence in letter.sentences:
        span = sentence.span
        doc, end = span.doc, span.end
        for tok in span:
            if tok.lower_ not in ("a", "an") or tok.i + 1 >= end or tok.tag_ != "DT":
                continue
            if tok.text not in ("a", "an", "A", "An"):
                continue
            nxt = doc[tok.i + 1]
            if tok.whitespace_ != " " or not nxt.is_alpha or len(nxt.text) < 2:
                continue  # "A:" list labels, "a/an", "a 30-day", "an ‘X’"
            vowel = vowel_sound(nxt.text)
            if vowel is None:
                continue
            want = "an" if vowel else "a"
            if tok.lower_ != want:
                fix = want.capitalize() if tok.text[0].isupper() else want
                yield Hit(tok.idx, tok.idx + len(tok.text),
                          {"match": tok.text, "next": nxt.text, "fix": fix,
                           "sound": "vowel sound" if vowel else "consonant sound"}, (fix,))
