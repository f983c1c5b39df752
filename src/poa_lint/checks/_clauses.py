"""Clause helpers on the dependency parse: subject, negation, modality, supposition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W

if TYPE_CHECKING:
    from spacy.tokens import Token


def negated(verb: Token) -> bool:
    """The verb carries not, n't or never."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "n't") for c in verb.children)


def hypothetical(verb: Token) -> bool:
    """The clause is modal or conditional (will, could, if ...): not a statement of fact."""
    for tok in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if auxes & W.HYPOTHETICAL or "must" in auxes and "have" not in auxes:
            return True
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once"):
                return True
    return False


def speculated(verb: Token) -> bool:
    """'We think the buyer used it on glass': a buyer action the seller only supposes."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in W.SUPPOSE and any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in head.children)


def subject(verb: Token) -> Token | None:
    """The agent of the verb: its subject, by-agent, relative-clause head, or governing verb's."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        infinitive = any(c.lower_ == "to" for c in verb.children)
        if verb.dep_ == "conj" or infinitive:
            return subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None
