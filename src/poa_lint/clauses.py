"""Clause readings shared by the role cues and the sentence model's parse words: the verb whose
subject and auxiliaries a conjoined verb shares, a clause's auxiliaries, and its tense or aspect.
Needs the dependency parse."""

from __future__ import annotations

from typing import Any

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
FUTURE = frozenset({"will", "shall", "'ll", "’ll", "wo"})        # "wo" is "won't" split by spaCy
MODAL = frozenset({"would", "should", "can", "could", "may", "might", "must"})
_HAVE = frozenset({"have", "has", "had", "'ve", "’ve"})
_WAS = frozenset({"was", "were", "been"})
_IS = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})


def clause_head(verb: Any) -> Any:
    """The verb whose subject and auxiliaries a conjoined verb shares ("checked and removed")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def auxes(verb: Any) -> list[Any]:
    """The auxiliaries of `verb`'s clause: its own, or those of the verb it is conjoined to when it
    has only a passive one or none ("were checked and removed")."""
    head = clause_head(verb)
    seen = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return seen if any(c.dep_ == "aux" for c in seen) or head is verb else seen + [
        c for c in head.children if c.dep_ in ("aux", "auxpass")]


def tense(verb: Any, participle: bool = False) -> str:
    """The tense or aspect of the clause `verb` heads: "future" (will, shall, won't), "modal"
    (would, can, must, ...), "infinitive" (to ...), "past" (simple past, past passive), "perfect"
    (have + participle), "present" (simple present, active or passive), "progressive" (is ...ing),
    "imperative" (a bare verb with no subject), or "" (anything else). With `participle`, the verb
    is read as a past participle whatever its tag (spaCy tags some as adjectives: "has been fully
    refunded")."""
    tag = "VBN" if participle else verb.tag_
    found = auxes(verb)
    words = {a.lower_ for a in found}
    if words & FUTURE:
        return "future"
    if words & MODAL:
        return "modal"
    if "to" in words:
        return "infinitive"
    # (a past form conjoined to a clause in another tense takes that tense: "is graded ... or returned")
    if tag == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not words & _IS:
        return "past"
    if tag == "VBN" and words & _HAVE:
        return "perfect"
    if tag == "VBN" and words & _WAS:
        return "past"
    if tag in ("VBP", "VBZ") and not found:
        return "present"
    if tag == "VBN" and words & {"is", "are"}:
        return "present"
    if tag == "VBG" and words & _IS:
        return "progressive"
    if tag == "VB" and not found and not any(c.dep_ in SUBJECTS for c in verb.children):
        return "imperative"
    return ""
