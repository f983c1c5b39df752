"""Causes named without a fault verb (a blame trigger of checks.blame): the reason said to be a party
("the main reason is the express company"), a party's act followed by "this caused ...", and the
problem put "beyond our control"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W
from poa_lint.checks._clauses import hypothetical, negated, subject
from poa_lint.checks._owned import ours_phrase, owned_cause
from poa_lint.checks._parties import antecedent, party_in, party_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A party's work named as the reason: "the reason is the logistics company delivery".
SERVICES = {"delivery", "service", "quality", "shipping", "logistics", "handling", "transport", "performance", "system"}


CAUSING = {"cause", "lead", "result", "trigger", "bring"}


# Outside parties whose act, followed by "this caused ...", is offered as the cause.
ACTORS = {"supplier", "carrier", "agency", "others", "competitor", "rights-owner", "amazon", "former-staff", "helper"}


def reason_is(sent: Span) -> Iterable[tuple[Token, Token]]:
    """'The (main) reason is the express company', 'the cause of the delays was the carrier's
    slow service': the party named as the reason itself (not 'the reason was our own handling time',
    nor 'the reason was the buyer's request')."""
    for tok in sent:
        if tok.lemma_.lower() not in ("reason", "cause") or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        verb = tok.head
        if negated(verb) or hypothetical(verb):
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            party = party_in(attr)
            if party is None or party_of(party) == "own-staff" or ours_phrase(attr) or ours_phrase(party):
                continue
            if party.i != attr.i and attr.lemma_.lower() not in W.FAULT_NOUNS | W.PROBLEM_NOUNS | SERVICES:
                continue                                # not "the supplier invoice we uploaded"
            yield party, verb


def act_caused(sent: Span, candidates: list[Token]) -> Iterable[tuple[Token, Token]]:
    """A party's act followed by 'and this caused ...' / ', which led to ...': 'the third-party
    shipping company used drop shipping, and this caused Amazon to identify us'."""
    for tok in sent:
        why = tok.lemma_ == "be" and any(c.lower_ == "why" for g in tok.children for c in g.children)
        if not why and (tok.lemma_.lower() not in CAUSING or tok.pos_ != "VERB") or negated(tok) or hypothetical(tok):
            continue                                    # "... and this is why Amazon found us"
        if not any(c.dep_ == "nsubj" and c.lower_ in ("this", "which", "that", "it") for c in tok.children):
            continue
        act = tok.head
        while act.pos_ not in ("VERB", "AUX") and act.head.i != act.i:
            act = act.head                              # ", which" hangs on the object noun
        if act.i == tok.i or act.pos_ not in ("VERB", "AUX") or act.lemma_ in ("be", "have") or negated(act) \
                or hypothetical(act):
            continue                                    # not "our supplier is in Ningbo, this is why ..."
        subj = subject(act)
        party = (party_in(subj) or antecedent(subj, candidates)) if subj is not None else None
        if party is not None and party_of(party) in ACTORS and not owned_cause(act):
            yield party, tok


def beyond_control(tok: Token) -> bool:
    """'the delays were beyond our control', 'this happened out of our control': the cause put outside
    the seller (not 'this is not beyond our control', not 'if a delay is beyond our control, ...')."""
    if tok.lemma_.lower() != "control" or tok.dep_ != "pobj" or not any(c.lower_ in ("our", "my") for c in tok.children):
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        prep = prep.head
    if prep.lower_ not in ("beyond", "out", "outside"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and not negated(verb) and not hypothetical(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass") and ours_phrase(c) for c in verb.children)
