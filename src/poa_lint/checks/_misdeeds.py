"""Clause shapes that put a fault on their subject whatever the verb (used by checks.blame): a misdeed
done ("carried out this manipulation"), acting without telling us, delays had, wrong information
given, no attempt made, being in error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a buyer is said to have skipped before ordering or using: "without reading the listing".
READING = {"read", "check", "measure", "look", "follow", "understand"}
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


def _without_contacting(verb: Token) -> bool:
    """'opened a claim without contacting us (first)', 'left feedback without messaging us'."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.lemma_.lower() in W.CONTACT and g.pos_ == "VERB" for g in c.subtree) for c in verb.children)


def _without_reading(verb: Token) -> bool:
    """'ordered without reading the listing', 'bought it without measuring the room'."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.lemma_.lower() in READING and g.pos_ == "VERB" for g in c.children) for c in verb.children)


def _despite_us(verb: Token) -> bool:
    """'left negative feedback even though we offered a full refund': the party acted although the
    seller had helped, which presents the party as unreasonable."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("though", "although") for m in c.children):
            continue
        if c.lemma_.lower() in W.HELPED and any(s.dep_ == "nsubj" and s.lower_ in ("we", "i") for s in c.children):
            return True
    return any(c.dep_ == "prep" and c.lower_ == "despite" and any(
        g.lemma_.lower() in W.HELPED | {"offer", "refund", "reply", "replacement", "apology"} and any(
            d.lower_ in ("our", "my") for d in g.children) for g in c.children) for c in verb.children)


def _motive(verb: Token) -> bool:
    """'filed the complaint to eliminate competition', 'reported us to push us off the listing': a
    hostile aim put on the party."""
    return verb.lemma_.lower() in W.FILING and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in W.HOSTILE and any(
            a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in verb.children)


def _took_account(verb: Token) -> bool:
    """'someone else used our account', 'a former employee accessed the store': the account taken."""
    return verb.lemma_.lower() in W.ACCOUNT_USE and any(
        c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in W.ACCOUNTS and any(
            d.lower_ in ("our", "my") for d in c.children) for c in verb.children)


def misdeed(verb: Token, kind: str) -> bool:
    """Does this (affirmative) clause present its subject, a party of this kind, as at fault?"""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "nsubjpass" and any(
        a.dep_ == "agent" for a in verb.children)]        # "the complaint was made up by the buyer"
    if kind == "buyer" and (_without_contacting(verb) or _despite_us(verb) or _without_reading(verb)):
        return True                 # "the buyer opened a claim without contacting us"
    if kind in ("buyer", "competitor", "rights-owner", "others") and _motive(verb):
        return True                 # "the brand owner filed the complaint to eliminate competition"
    if kind in ("others", "former-staff", "staff", "agency", "helper") and _took_account(verb):
        return True                 # "someone else used our account to list these items"
    if kind in ("supplier", "agency", "others") and lemma in W.SUPPLY_VERBS and any(
            a.dep_ == "amod" and a.lower_ in W.DEFECT_ADJ for c in objects for a in c.children):
        return True                 # "the manufacturer sent us a defective batch"
    if lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and any(
            c.lemma_.lower() in W.MADE_UP for c in objects):
        return True                 # "made up a reason to return it"
    if kind in UNTOLD and _without_telling(verb):
        return True                 # "the supplier changed the packaging without telling us"
    if kind == "buyer" and lemma not in W.UNDERGO | {"receive", "report", "say", "complain", "claim"} and _wrong_thing(verb):
        return True                 # "the buyer ordered the wrong size" (not "received the wrong item")
    if kind in UNTOLD + ("amazon", "former-staff", "staff") and _wrong_thing(verb):
        return True                 # "the courier delivered it to the wrong address"
    if lemma == "have" and any(c.lemma_.lower() in W.FAULT_NOUNS - {"operation"} for c in objects):
        return True                 # "the couriers had very big delays"
    if lemma == "have" and kind not in ("buyer", "own-staff") and any(
            a.dep_ == "amod" and a.lower_ in W.POOR_WORK for c in objects for a in c.children):
        return True                 # "the logistics company had very bad service"
    if lemma == "be" and kind in ("carrier", "supplier", "agency") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "strike" for g in c.children)
            for c in verb.children):
        return True                 # "Royal Mail was on strike"
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
