"""Apologies repeated across a letter: the first apology sentence is the one plain apology a
letter may make; every later sentence that apologises again is piled up. An apology made to a
buyer as a corrective step ("we apologised to each customer") is an action, not an apology to the
reviewer, and is not counted."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

APOLOGY = re.compile(r"\b(sorry|apologi[sz](e|es|ed|ing)|apolog(y|ies)|regret(s|ted)?)\b", re.I)
# An apology sent or made to buyers is a step taken for them.
_PEOPLE = r"(buyers?|customers?|clients?|purchasers?|recipients?|him|her|them)"
TO_BUYER = re.compile(
    rf"\b(apologi[sz]\w*|apolog(y|ies)|sorry)\s+(\w+\s+){{0,3}}(to|with)\s+(\w+\s+){{0,2}}{_PEOPLE}\b|"
    r"\b(apology|apologies|sorry)[-\s](emails?|letters?|messages?|notes?|cards?|coupons?|gifts?)\b|"
    r"\b(sent|send|sending|wrote|write|emailed|contacted|called|messaged|offered|gave)\b[^.;]{0,60}\bapolog|"
    rf"\b{_PEOPLE}\b[^.;]{{0,30}}\b(an?\s+)?apolog(y|ies|i[sz]e)\b",
    re.I,
)
# The writer apologising: "we are sorry", "I sincerely apologise", "our apologies", "apologies for".
# A bare "..., sorry." after a fact is a tic, not an apology piled on the first.
WRITER = re.compile(r"\b(we|i)('m|'re|\s+am|\s+are|\s+was|\s+were|\s+feel|\s+felt)\s+(\w+\s+){0,2}sorry\b|"
                    r"\b(we|i)\s+(\w+\s+){0,2}regret\b|\bapologi[sz]e\b|\b(our|my)\s+(\w+\s+){0,2}apolog|"
                    r"\bapolog(y|ies)\s+for\b", re.I)
# "without regret", "sorry to hear", "regret to inform" are not the writer's apology.
NOT_APOLOGY = re.compile(r"\bsorry\s+to\s+(hear|see|learn|say|report|inform)\b|\bregret\s+to\s+(inform|say)\b", re.I)


def repeated_apology(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield the apology word of every apology sentence after the letter's first one."""
    seen = False
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        text = letter.norm[sent.start:sent.end]
        match = APOLOGY.search(text)
        if match is None or not WRITER.search(text) or TO_BUYER.search(text) or NOT_APOLOGY.search(text):
            continue
        if seen:
            start = sent.start + match.start()
            yield Hit(start, sent.start + match.end(), fields={"match": letter.text[start:sent.start + match.end()]})
        seen = True
