"""A present-tense main verb in a sentence dated in the past ("On April 12 our warehouse ship ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_PAST = re.compile(
    r"\b(?:yesterday|(?:\d+|a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?|"
    r"years?)\s+ago|last\s+(?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|"
    rf"saturday|sunday|{_MONTH})|on\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|on\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?{_MONTH}|on\s+\d{{4}}-\d{{2}}-\d{{2}})\b", re.I)
_NOT_PAST = re.compile(r"\b(?:since|every|each|from\s+now|now|currently|will|going\s+forward|"
                       r"starting|until|daily|weekly|monthly|per|always|usually|next|by\s+the\s+end)\b|"
                       rf"\bby\s+{_MONTH}", re.I)
SUBJECTS = {"we", "i", "buyer", "customer", "supplier", "carrier", "courier", "warehouse", "staff",
            "employee", "manager", "team", "factory", "inspector", "operator", "he", "she", "they"}
STATIVE = {"be", "have", "plan", "start", "begin", "intend", "expect", "aim", "hope", "want",
           "need", "understand", "know", "believe", "think", "apologize", "apologise", "regret",
           "show", "confirm", "prove", "mean", "include", "contain", "remember", "agree", "accept"}


def _subject_word(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child.lemma_.lower() if child.pos_ != "PRON" else child.lower_
    return None


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """Flag the main verb (VBP/VBZ, seller or party subject) of a sentence with a past date."""
    for sentence in letter.sentences:
        if sentence.is_heading:
            continue
        norm = letter.norm[sentence.start:sentence.end]
        when = _PAST.search(norm)
        if when is None or _NOT_PAST.search(norm) or '"' in norm:
            continue
        for tok in sentence.span:
            if tok.tag_ not in ("VBP", "VBZ") or tok.dep_ not in ("ROOT", "conj"):
                continue
            if tok.dep_ == "conj" and tok.head.dep_ != "ROOT":
                continue
            if tok.lemma_.lower() in STATIVE or _subject_word(tok) not in SUBJECTS:
                continue
            if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue
            yield Hit(tok.idx, tok.idx + len(tok.text), {"match": tok.text, "when": when.group()})
