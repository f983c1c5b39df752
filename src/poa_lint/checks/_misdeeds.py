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
    """'... without telling us', 'without our permission', 'without checking' (an outside party)."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.lemma_.lower() in W.TELL | W.UNASKED for g in c.subtree) for c in verb.children)


def _wrong_thing(verb: Token) -> bool:
    """'delivered the parcels to the wrong address', 'sent us the wrong items', 'put it in the wrong
    category': the party's act went to or with something wrong."""
    near = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(a.dep_ == "amod" and a.lower_ in ("wrong", "incorrect") for n in near for a in n.children)


def misdeed(verb: Token, kind: str) -> bool:
    """Does this (affirmative) clause present its subject, a party of this kind, as at fault?"""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if kind in UNTOLD and _without_telling(verb):
        return True                 # "the supplier changed the packaging without telling us"
    if kind in UNTOLD + ("amazon", "former-staff", "staff") and _wrong_thing(verb):
        return True                 # "the courier delivered it to the wrong address"
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
