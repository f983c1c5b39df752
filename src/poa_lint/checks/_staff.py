"""The seller's own staff as the culprit: an employee, worker or VA who acted carelessly ("listed the
products by mistake", "without giving the needed attention", "was very unprofessional"). Staff as
the subject of a duty the seller owns ("our staff did not check") is not blame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W

if TYPE_CHECKING:
    from spacy.tokens import Token

CULPRIT_VERBS = {"lie", "cheat", "steal", "sabotage", "ignore", "refuse", "neglect", "deceive",
                 "fake", "fabricate", "abuse", "misuse"}
CARELESS_ADV = {"carelessly", "accidentally", "mistakenly", "wrongly", "negligently", "secretly",
                "privately"}
# Acting alone is the culprit's mark only for a past act that is not a step of a control: "new employees
# listed the products personally", not "Ms Zhou personally checks every listing".
ALONE_ADV = {"personally", "independently", "unilaterally"}
CONTROL_VERBS = {"check", "review", "inspect", "verify", "confirm", "train", "contact", "call", "test", "count",
                 "compare", "monitor", "approve", "sign", "handle", "oversee", "supervise", "lead", "manage",
                 "ensure", "make", "take", "destroy", "remove", "refund", "reply", "answer", "apologize",
                 "apologise", "write", "explain", "visit", "audit"}
CARELESS_ADJ = {"unprofessional", "careless", "lazy", "negligent", "irresponsible", "dishonest",
                "sloppy"}
# "without giving the needed attention", "without our permission", "by himself": the person acted
# carelessly or alone. ("without checking" or "without asking the manager" is left out: a step the
# seller's own process lacked.)
UNHEEDED = {"attention", "care", "permission", "knowledge", "consent", "approval", "authorization",
            "authorisation", "think", "thought"}
# Leave the seller asked for: only the seller's own ("without our permission") marks the culprit.
ASKED = {"permission", "knowledge", "consent", "approval", "authorization", "authorisation"}
SELVES = {"himself", "herself", "themselves", "themself"}
TOLD = {"tell", "inform", "ask", "notify", "consult"}


def _past_act(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() not in CONTROL_VERBS


def careless(verb: Token, subj: Token | None = None) -> bool:
    """Does this clause present its (staff) subject as having acted carelessly or badly? The
    subject's own words count too ("one of my workers by mistake sent ...")."""
    lemma = verb.lemma_.lower()
    if lemma in CULPRIT_VERBS:
        return True
    around = [*verb.children, *(c for c in subj.children if c.i > subj.i)] if subj is not None else verb.children
    for c in around:
        if c.dep_ == "advmod" and c.lower_ in CARELESS_ADV:
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(g.lemma_.lower() in W.CARELESS for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in UNHEEDED and (
                g.lemma_.lower() not in ASKED or any(d.lower_ in ("our", "my") or d.lower_ == "from" and any(
                    o.lower_ in ("us", "me") for o in d.children) for d in g.children)) for g in c.subtree):
            return True                                 # not "used the photos without permission" (the owner's)
        if c.dep_ == "prep" and c.lower_ == "by" and any(g.lower_ in SELVES for g in c.children):
            return True                                 # "he listed branded items by himself"
        if not _past_act(verb):
            continue
        if c.dep_ == "advmod" and c.lower_ in ALONE_ADV:
            return True                                 # "new employees listed the products personally"
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "own" for g in c.children):
            return True                                 # "she changed the listing on her own"
        if c.dep_ == "prep" and c.lower_ == "without" and any(
                g.lemma_.lower() in TOLD and any(o.lower_ in ("us", "me", "anyone", "anybody") for o in g.children)
                for g in c.subtree):
            return True                                 # "he listed them without telling us"
        if lemma == "be" and c.dep_ in ("acomp", "attr") and (
                c.lower_ in CARELESS_ADJ or any(g.lower_ in CARELESS_ADJ for g in c.children if g.dep_ == "amod")):
            return True
    return False
