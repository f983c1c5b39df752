"""Faulty goods put on the party that supplied them: "The products they provided had serious quality
problems", "the items supplied by the factory were defective" (a blame trigger of checks.blame)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W
from poa_lint.checks._parties import party_in, party_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUPPLIERS = ("supplier", "carrier", "agency", "others")


def _named_before(pronoun: Token, candidates: list[Token]) -> Token | None:
    """The supplier a 'they'/'he'/'she' refers to: the nearest supplying party named before it."""
    if pronoun.lower_ not in ("they", "he", "she"):
        return None
    return next((t for t in reversed(candidates) if t.i < pronoun.i and party_of(t) in SUPPLIERS), None)


def _supplier_of(noun: Token, candidates: list[Token]) -> Token | None:
    """The party that supplied this noun: 'the products [they | the factory] provided', '... supplied by X'."""
    for c in noun.children:
        if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in W.SUPPLY_VERBS:
            continue
        for g in c.children:
            who = None
            if g.dep_ == "nsubj":
                who = party_in(g) or _named_before(g, candidates)
            elif g.dep_ == "agent":
                who = next((party_in(p) for p in g.children if p.dep_ == "pobj"), None)
            if who is not None and party_of(who) in SUPPLIERS:
                return who
    return None


def faulty(pred: Token) -> bool:
    """'had (serious quality) problems', 'were defective / fake / damaged'."""
    lemma = pred.lemma_.lower()
    if pred.lower_ in W.DEFECT_ADJ and any(c.dep_ == "auxpass" for c in pred.children):
        return True                                     # "were damaged", "was broken"
    for c in pred.children:
        if lemma == "have" and c.dep_ == "dobj" and (c.lemma_.lower() in W.DEFECT_NOUNS or any(
                g.lemma_.lower() in W.DEFECT_NOUNS | {"defect"} for p in c.children if p.lower_ == "of"
                for g in p.children)):
            return True                                 # "had (a lot of) defects"
        if lemma == "be" and c.dep_ in ("acomp", "attr") and c.lower_ in W.DEFECT_ADJ:
            return True
    return False


def goods_triggers(sent: Span, candidates: list[Token]) -> Iterable[tuple[Token, Token]]:
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
            continue
        if not faulty(tok.head):
            continue
        who = _supplier_of(tok, candidates)
        if who is not None:
            yield who, tok.head
