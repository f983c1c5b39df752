"""Clause shapes that put a fault on their subject whatever the verb (used by checks.blame): a misdeed
done ("carried out this manipulation"), acting without telling us, delays had, wrong information
given, no attempt made, being in error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W

if TYPE_CHECKING:
    from spacy.tokens import Token

UNTOLD = ("supplier", "carrier", "agency", "others")    # the seller's own staff acting alone is owned


def _without_telling(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in W.TELL for g in c.children)
               for c in verb.children)


def misdeed(verb: Token, kind: str) -> bool:
    """Does this (affirmative) clause present its subject, a party of this kind, as at fault?"""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if kind in UNTOLD and _without_telling(verb):
        return True                 # "the supplier changed the packaging without telling us"
    if lemma == "have" and any(c.lemma_.lower() in W.FAULT_NOUNS - {"operation"} for c in objects):
        return True                 # "the couriers had very big delays"
    if lemma in W.GIVING and any(a.dep_ == "amod" and a.lower_ in W.WRONG_INFO for c in objects for a in c.children):
        return True                 # "Amazon support told us wrong information"
    if lemma in W.DOING and any(c.lemma_.lower() in W.MISDEEDS for c in objects):
        return True                 # "another seller carried out this manipulation"
    return lemma == "make" and any(c.lemma_.lower() in ("attempt", "effort") and any(
        d.lower_ == "no" for d in c.children) for c in objects)   # "the customer made no attempt to ..."


def any_attempt_refused(verb: Token) -> bool:
    """'did not make any attempt / effort to ...' (the negated form of 'made no attempt')."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("attempt", "effort") for c in verb.children)


def in_error(child: Token) -> bool:
    """'in error' / 'in the wrong' after 'be'."""
    return child.dep_ == "prep" and child.lower_ == "in" and any(
        g.lemma_.lower() in ("error", "mistake", "wrong") for g in child.children)
