"""What the writer owns in a sentence (used by checks.blame): first-person phrases, a cause clause of
the writer's, the writer's own missing check next to an outside party's act, a party the writer dropped,
an outside event that explains the writer's own decision (domain brief §4.2 T3, §4.3)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W
from poa_lint.checks._clauses import hypothetical, negated, subject
from poa_lint.checks._ownership import NEGATION, owns_problem
from poa_lint.checks._parties import party_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def ours(tok: Token | None) -> bool:
    """'we', 'I', 'our X', 'my X'."""
    return tok is not None and (tok.lower_ in ("we", "i") or any(c.lower_ in ("our", "my") for c in tok.children))


def ours_phrase(tok: Token | None) -> bool:
    """'we', 'our chart', 'our size chart' (the 'our' may sit on a compound before the head)."""
    return tok is not None and (ours(tok) or any(t.lower_ in ("our", "my") for t in tok.subtree if t.i < tok.i))


def owned_cause(verb: Token) -> bool:
    """The party's act is explained by the writer's own failure in a clause: 'the customers used it
    wrongly because our manual was not clear', 'ordered the wrong size because our size chart ...'."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in c.children):
            if ours_phrase(subject(c) or next((g for g in c.children if g.dep_ == "nsubjpass"), None)) \
                    and not denying(c):
                return True
    return False


def denying(clause: Token) -> bool:
    """'because we certainly did not', 'as we never do that': a denial, not an owned failure."""
    bare_do = clause.lemma_ == "do" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp") for c in clause.children)
    never = clause.lemma_.lower() not in W.INSTRUCT and any(c.lower_ == "never" for c in clause.children)
    return bare_do or never or any(c.lower_ in ("certainly", "definitely", "surely", "absolutely")
                                   for c in clause.children)   # not "because we never asked her to"


def we_own(sent: Span) -> bool:
    """A clause of the writer's own in the sentence takes the blame: '..., but we should have
    checked', '..., and we did not have backup stock' (not 'without asking for our side')."""
    if any(t.dep_ == "nsubj" and t.lower_ in ("we", "i") and owns_problem(sent.doc[t.i:sent.end].text) for t in sent):
        return True
    if any(t.dep_ == "dobj" and t.head.lemma_ == "have" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
           and not hypothetical(t.head) and (s := subject(t.head)) is not None and s.lower_ in ("we", "i")
           for t in sent):
        return True                 # "..., and we had no backup / no incoming inspection"
    return any(t.pos_ == "VERB" and t.lemma_.lower() in W.OWN_STEPS and negated(t) and not hypothetical(t)
               and (s := subject(t)) is not None and s.lower_ in ("we", "i") for t in sent)   # "... and did not verify"


OWNED_FAULT = re.compile(r"\b(our|my)\s+(own\s+)?(mistake|fault|error|failure|responsibility|negligence|oversight)\b|"
                         r"\b(we|i)\s+(take|accept|bear)\s+(full\s+|complete\s+|all\s+(the\s+)?)?responsibilit", re.I)


# Catching a fault is a check of the writer's own: "we did not notice".
NOTICED = {"notice", "catch", "spot", "detect", "plan"}


# Parties whose act is context, not blame, when the sentence also names the writer's own missing
# check ("the factory sent the wrong labels and we did not check them"; domain brief §4.2 T3).
CONTEXT = {"supplier", "carrier", "agency", "others", "tool", "staff", "own-staff", "former-staff", "helper", "buyer"}


# What no owned check excuses: a party said to have lied, cheated or acted in bad faith.
ACCUSATIONS = {"lie", "cheat", "scam", "defraud", "deceive", "trick", "steal", "sabotage", "fake", "fabricate",
               "frame", "hijack", "attack", "threaten", "blackmail", "extort", "abuse", "misuse", "mislead",
               "misinform", "counterfeit", "swear"}


def owned_context(kind: str | None, party: Token, anchor: Token, sent: Span) -> bool:
    """An outside party's act named next to the writer's own failed check is the context of an owned
    cause: 'the carrier delayed some parcels, and we did not notice because we never checked the
    tracking' (not 'the supplier lied to us, and we did not check')."""
    if kind not in CONTEXT or anchor.lemma_.lower() in ACCUSATIONS:
        return False
    if any(t.lower_ in W.CLAIM_ADJ | W.BLAME_ADJ - {"wrong", "poor", "bad", "false", "fake", "mistaken", "late"}
           or t.lemma_.lower() in W.BAD_PEOPLE | ACCUSATIONS for t in sent):
        return False                                    # "the worker was lazy and did not pack them"
    if any(not NEGATION.search(sent.text[max(0, m.start() - 20):m.start()]) for m in OWNED_FAULT.finditer(sent.text)):
        return True                                     # "..., which was our mistake"
    return any(own_failure(t) and getattr(subject(t), "i", None) != party.i for t in sent if t.pos_ in ("VERB", "AUX"))


def own_failure(verb: Token) -> bool:
    """A clause of the writer's own that names a missing check: 'we did not check the labels', 'our
    staff never compared them', 'nobody noticed', 'we had no incoming inspection', 'we should have
    checked' (not 'we did not find any problem', a denial, nor 'if we did not check')."""
    if hypothetical(verb):
        return False
    subj = subject(verb)
    if subj is None:
        return False
    lemma, neg = verb.lemma_.lower(), negated(verb)
    nobody = subj.lower_ == "nobody" or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)
    ours = subj.lower_ in ("we", "i") or ours_phrase(subj) and party_of(subj) in (None, "own-staff")
    lead = {t.lower_ for t in verb.doc[max(verb.sent.start, subj.i - 4):subj.i]}
    if lead & {"why", "so", "therefore", "thus", "hence", "consequently", "result"}:
        return False                                    # "..., that is why I did not update": a consequence
    if nobody:
        return lemma in W.OWN_STEPS | NOTICED and not neg
    if not ours:
        return False
    if neg and lemma in W.OWN_STEPS | NOTICED | W.OWN_DUTIES:
        return True
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBN" and "should" in auxes and "have" in auxes and not neg:
        return True
    return lemma == "have" and any(o.dep_ == "dobj" and o.lemma_.lower() not in ("chance", "opportunity", "choice")
                                   and (neg or any(c.dep_ == "det" and c.lower_ == "no" for c in o.children))
                                   for o in verb.children)


def owned_circumstance(kind: str, party: Token, sent: Span) -> bool:
    """'Due to the holiday our warehouse was closed, and we did not change the handling time': an
    outside event named next to the writer's own failure is context, not blame; so is an event that
    explains the writer's own decision ('we closed the store because of the holiday')."""
    if kind != "circumstance":
        return False
    verb = party.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    agent = subject(verb) if verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be" else None
    decided = agent is not None and agent.lower_ in ("we", "i") and not negated(verb) and not any(
        c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children)   # not "we could not ship"
    return decided or owns_problem(sent.text) or any(
        t.dep_ == "nsubj" and t.lower_ in ("we", "i") and negated(t.head) and not any(
            c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in t.head.children) for t in sent)


# What the writer did to a party that failed: a corrective step, not the cause.
CUT_OFF = {"stop", "terminate", "end", "replace", "remove", "change", "switch", "drop", "cancel", "leave", "quit",
           "block", "blacklist", "fire", "dismiss", "suspend", "revoke"}


def cut_off(noun: Token) -> bool:
    """The party is the one the writer stopped using or replaced: 'we stopped working with the
    supplier who sent the defective goods', 'we no longer use the company that delayed our orders'."""
    tok = noun
    for _ in range(4):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_.lower() in CUT_OFF or any(c.lower_ == "longer" for c in tok.children):
                agent = subject(tok)
                return agent is not None and agent.lower_ in ("we", "i")
        if tok.head.i == tok.i:
            break
    return False


def own_act(verb: Token) -> bool:
    """The writer or the writer's own people did it: 'we removed the listing by mistake', 'our
    staff flagged the orders without reviewing them' (Amazon is not the one closing anything)."""
    subj = subject(verb)
    return subj is not None and (ours_phrase(subj) or party_of(subj) in ("own-staff", "staff", "former-staff"))


def our_clause(tok: Token) -> bool:
    """The word sits in a clause of the writer's own: 'we left the slow service of Yanwen'."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subj is not None and ours_phrase(subj)


def owned_after(verb: Token, offset: int) -> bool:
    """The contrast clause is the writer's own failure: 'the buyer said it did not fit, but we did
    not give the measurements' (not 'but we did not find any damage', which disputes the buyer)."""
    start = verb.idx + offset
    return any(t.idx >= start and own_failure(t) for t in verb.sent if t.pos_ in ("VERB", "AUX"))
