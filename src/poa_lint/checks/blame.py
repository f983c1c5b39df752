"""Outside party (buyer, Amazon, carrier, competitor, supplier, ex-staff) as the agent of a fault."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W
from poa_lint.checks._clauses import hypothetical, negated, speculated, subject
from poa_lint.checks._cause_triggers import act_caused, beyond_control, reason_is
from poa_lint.checks._goods import faulty, goods_triggers
from poa_lint.checks._misdeeds import any_attempt_refused, in_error, misdeed
from poa_lint.checks._owned import (cut_off, our_clause, ours, ours_phrase, own_act, owned_after, owned_cause,
                                    owned_circumstance, owned_context, we_own)
from poa_lint.checks._ownership import owns_problem
from poa_lint.checks._parties import HUMAN, antecedent, organisation_antecedent, party_in, party_of, who
from poa_lint.checks._staff import careless
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Party words that name a carrier, supplier or Amazon even as the first word of a compound
# ("logistics problem", "supplier issue", "Amazon system error").
PARTY_WORDS = {"logistics", "logistic", "courier", "carrier", "express", "shipping", "postal", "supplier",
               "factory", "manufacturer", "amazon", "fba", "platform", "warehouse"}
NAMES = {"he": "the buyer", "she": "the buyer", "they": "the buyers", "carrier": "the carrier",
         "courier": "the courier", "fba": "Amazon FBA", "amazon": "Amazon", "you": "Amazon"}
STRONG = W.FAULT_VERBS - {"cause", "use"}
# Parties whose assurance or inability is theirs, not a report of the writer's own process.
MISINFORMERS = {"supplier", "carrier", "agency", "others", "former-staff", "staff", "rights-owner"}
UNABLE = {"supplier", "carrier", "agency", "others", "amazon", "former-staff"}
# People the seller hired or let in (a new or temporary employee, a VA, a friend), not the staff as a team.
HIRED = {"staff", "former-staff", "agency", "helper"}
# A service the party owed the seller ("could not deliver / update the tracking"); "the wholesaler
# could not give us an authorization letter" is a fact of the seller's own sourcing.
SERVICE = {"deliver", "scan", "update", "collect", "pick", "reply", "respond", "answer", "process",
           "handle", "track", "arrive", "meet", "keep", "honor", "honour", "fulfil", "fulfill", "upload", "sync",
           "synchronize", "synchronise", "send", "ship", "accept"}
# What buyers plainly do: supposing they did it blames no one ("we believe most buyers left reviews").
PLAIN_ACTS = {"leave", "write", "post", "buy", "order", "place", "purchase", "contact", "want", "like", "give", "pay",
              "open", "file", "rate", "choose", "select", "return", "ask", "expect", "need"}
# What Amazon is said never to have sent: "we never received any warning before the suspension"
UNSENT = {"warning", "notice", "notification", "reminder", "reply", "response", "explanation", "answer",
          "confirmation"}


def _fault(verb: Token, kind: str, sent: Span, subj: Token | None = None) -> bool:
    """Does this verb, with a party of this kind as subject, present the party as at fault?"""
    lemma, neg = verb.lemma_.lower(), negated(verb)
    tail = sent.text[verb.idx - sent.start_char:]
    if kind in ("own-staff", "staff") and _cleft(subj) and (lemma in W.FAULT_VERBS or lemma == "make" and any(
            c.dep_ == "dobj" and c.lemma_ in ("mistake", "error") for c in verb.children)):
        return True                 # "it was the employee who made the mistake"
    if kind in ("own-staff", "staff", "former-staff") and neg and lemma in W.TELL | {"report", "mention"} and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in verb.children):
        return True                 # "our account manager never informed me about the warnings"
    if kind == "own-staff":
        return not neg and careless(verb, subj)
    if kind == "helper":            # a friend or relative: at fault only for what they did or missed
        return _unaware(verb, neg) or (lemma in W.HELPER_DUTIES if neg else (
            careless(verb, subj) or misdeed(verb, kind) or lemma in W.FAULT_VERBS))
    if kind == "staff" and not neg and careless(verb, subj):
        return True                 # "the new employee listed branded items by himself"
    if kind in HIRED and _unaware(verb, neg):
        return True                 # "the new operator did not know the brand was registered"
    if not neg and misdeed(verb, kind):
        return True
    if not neg and kind == "competitor" and (lemma in W.RIVAL_ACTS or _at_us(verb)):
        return True                 # a competitor as the actor: "reported us", "made these complaints"
    if not neg and kind == "others" and lemma in W.FILING | {"report", "flag", "accuse"} and _at_us(verb) and any(
            t.lower_ in ("seller", "sellers", "someone", "somebody") for t in verb.sent):
        return True                 # "another seller reported our listing"
    if not neg and kind in ("competitor", "others") and lemma in W.COMPARE and any(
            c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in ("problem", "issue") for g in c.children)
            for c in verb.children):
        return True                 # "many other sellers sell the same product without any problem"
    if not neg and kind in ("supplier", "agency", "others", "amazon", "carrier") and lemma in W.PROMISE:
        return _broken_promise(verb)                   # "promised they were original, but they were not"
    if neg and any_attempt_refused(verb):
        return True
    if neg and kind == "rights-owner":                # owes no permission: "has not given us permission";
        return lemma in ("reply", "respond", "answer") and any(  # "has not replied yet" is a status report
            c.lower_ == "never" for c in verb.children)
    if neg:
        return lemma in W.DUTY_VERBS or lemma in W.SUPPLIER_DUTIES and kind in ("supplier", "carrier", "agency", "amazon")
    if lemma in W.FAULT_VERBS and not any(c.dep_ in ("prt", "prep", "advmod") and (
            c.lower_ == "off" or lemma in ("throw", "toss") and c.lower_ in ("away", "out")) and c.i == verb.i + 1
            for c in verb.children):    # not "dropped off the parcels", "threw away the box"
        return True                 # not "dropped off the parcels at the depot"
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if {"must", "have"} <= auxes:
        return True
    if lemma == "make" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in ("mistake", "error") for c in verb.children):
        return True
    if lemma in ("lead", "result") and any(c.lower_ in ("to", "in") for c in verb.children):
        return True
    if lemma == "take" and any(c.lemma_ == "advantage" for c in verb.children):
        return True
    if lemma == "be":
        slow = W.SLOW if kind not in ("buyer", "own-staff") else set()
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in W.BLAME_ADJ | slow | {"responsible"}
                   or c.dep_ == "attr" and c.lemma_.lower() in W.BAD_PEOPLE
                   or in_error(c) for c in verb.children)       # "Amazon is in error", "the buyers are scammers"
    if kind == "amazon" and lemma in W.TELL | {"say", "confirm", "advise", "approve"} and any(
            c.dep_ in ("ccomp", "xcomp") and _says_ok(c) for c in verb.children):
        return True                 # "seller support told us it was fine to sell it"
    if kind in MISINFORMERS and lemma in W.TELL | W.PROMISE | {"say", "claim"} and verb.tag_ in (
            "VBD", "VBN") and _to_us(
            verb) and any(c.dep_ in ("ccomp", "xcomp") and _assurance(c) for c in verb.children) and not owns_problem(
            sent.text):
        return True                 # "the maker told us it would be ready", "we were told by the agent it was legal"
    if kind == "amazon" and lemma in W.AMAZON_CHECKS and verb.tag_ in ("VBD", "VBN") and _checked_ours(verb):
        return True                 # "Amazon itself verified the asset", "the listing was approved by Amazon"
    if kind == "buyer" and lemma in W.MISUSE_VERBS and _misused(verb):
        return True                 # "the customer used the product in a wrong way"
    if kind not in ("buyer", "tool") and _cause_clause(verb) and lemma not in W.REPORTING | W.NEUTRAL_NEG:
        return True            # "the root cause was because Amazon's AI linked ...", "because the courier ..."
    if lemma in W.REPORTING and kind == "amazon":
        return False                # "your notice said ..., but our items are genuine" disputes the case (innocence)
    if lemma in W.REPORTING:
        contrast = W.CONTRAST.search(tail)
        if contrast and (owns_problem(tail[contrast.start():]) or W.OUR_SHORTFALL.search(tail, contrast.start())
                         or owned_after(verb, contrast.start())):
            contrast = None         # "the buyer said it was too small, but our size chart was not clear"
        return bool(contrast or verb.tag_ == "VBD" and W.SCARE.search(tail))
    if kind == "buyer" and lemma not in W.UNDERGO and any(
            c.dep_ == "advmod" and c.lower_ in W.ACCUSING | {"mistakenly", "accidentally"}
                               or c.dep_ == "prep" and c.lower_ in ("on", "by") and any(
                                   g.lower_ in ("purpose", "mistake", "accident") for g in c.children)
                               for c in verb.children):
        return True                 # "maliciously left", "damaged it on purpose", "ordered it by mistake"
    if kind == "buyer" and speculated(verb) and lemma not in W.UNDERGO | W.REPORTING | PLAIN_ACTS:
        return True                 # "we think the buyer used it on glass" (not "... buyers left reviews")
    if kind == "buyer" and lemma in ("return", "send") and any(
            c.dep_ == "dobj" and any(a.lower_ in W.WRONG_GOODS for a in c.children) for c in verb.children):
        return True
    if kind == "buyer" and lemma in ("return", "send", "want", "use", "choose", "buy", "try", "get"):
        return bool(W.GREED.search(" ".join(t.text for t in verb.subtree)))
    if kind != "buyer" and any(c.dep_ == "advmod" and c.lower_ in W.BADLY for c in verb.children):
        return True
    if kind == "amazon":
        # "the system allowed us to list it" (an event), not "Amazon allows only ..." (the policy)
        return ((lemma in W.AMAZON_VERBS or lemma in W.AMAZON_ACTS and _checked_ours(verb)) and verb.tag_ in (
            "VBD", "VBN") or any(
            c.lower_ == "without" for c in verb.children)) and not we_own(sent)
    if kind == "former-staff":
        return lemma not in W.STAFF_OK and verb.tag_ == "VBD"
    if kind == "tool":
        return lemma in ("stop", "crash", "break", "malfunction", "freeze")
    if kind == "rights-owner" and lemma in W.OWNER_VERBS:
        return True
    if kind in ("competitor", "others", "rights-owner", "supplier"):
        return any(t.lower_ in ("fake", "false", "malicious") for t in verb.subtree)
    return False


def _at_us(verb: Token) -> bool:
    """The act is aimed at the writer: 'reported us', 'copied our listing', 'complained about our shop'."""
    near = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(n.lower_ in ("us", "me") or any(d.lower_ in ("our", "my") for d in n.children) for n in near)


def _cleft(subj: Token | None) -> bool:
    """'It was the employee who ...': the person singled out."""
    return subj is not None and subj.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in subj.head.children)


def _says_ok(clause: Token) -> bool:
    """The clause says something was fine or allowed: 'it was fine', 'no problem', 'we can sell it'
    (a 'can' of what the seller may do with the goods, not 'we can appeal')."""
    return any(t.lower_ in W.OK_WORDS - {"can"} or t.lower_ == "can" and t.head.lemma_.lower() in W.ALLOWED_ACTS
               for t in clause.subtree)


def _unaware(verb: Token, neg: bool) -> bool:
    """'did not know / understand / realise', 'was not aware / familiar', 'was unaware': said of a
    hired or outside person, the not-knowing is put on them."""
    lemma = verb.lemma_.lower()
    if neg and lemma in W.KNOW_VERBS:
        return True
    return lemma == "be" and any(c.dep_ in ("acomp", "attr") and (
        neg and c.lower_ in W.KNOW_ADJ or not neg and c.lower_ in W.UNKNOWING_ADJ) for c in verb.children)


def _to_us(verb: Token) -> bool:
    """The writer is the one told or promised: 'told us', 'we were assured by ...', 'promised'."""
    return verb.lemma_.lower() in W.PROMISE | {"claim"} or any(
        c.dep_ in ("dative", "dobj", "nsubjpass", "pobj") and c.lower_ in ("us", "me", "we", "i") for c in verb.children)


def _assurance(clause: Token) -> bool:
    """What the party said would be or was fine: a promise ('it would be ready') or an assurance
    that the goods or the listing were in order ('they had the brand authorization')."""
    return any(t.lower_ == "would" and t.dep_ == "aux" for t in clause.subtree) or any(
        t.lower_ in W.ASSURED for t in clause.subtree) or _says_ok(clause)


def _checked_ours(verb: Token) -> bool:
    """Amazon's check is offered for something of the writer's: 'itself', or our listing, asset, ..."""
    words = [t for t in verb.sent if t.lower_ == "itself" and t.head.lower_ in ("amazon", "you")]
    things = [verb.head] if verb.dep_ == "relcl" else []
    things += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(words) or any(t.lemma_.lower() in W.CHECKED_THINGS and any(
        c.lower_ in ("our", "my", "the", "this", "these") for c in t.children) for t in things)


def _could_not(verb: Token) -> bool:
    """'they could not update the tracking', 'the courier couldn't deliver': a past inability, not
    a condition ('if they could not ...')."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & {"could", "ca"}) and negated(verb) and verb.tag_ == "VB" and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def _as_promised(verb: Token) -> bool:
    """'they could not do as they had promised'."""
    return any(t.lemma_.lower() in W.PROMISE and t.i > verb.i and t.head.i != verb.i or t.lemma_.lower() in W.PROMISE
               and t.dep_ == "advcl" for t in verb.subtree if t.i != verb.i) and any(
        t.lower_ == "as" for t in verb.subtree)   # "could not do / give it as (what) they had promised"


def _broken_promise(verb: Token) -> bool:
    """A 'but' clause after the promise whose subject is not the writer ('but they were not', not
    'but we did not check')."""
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        if tok.lower_ in ("but", "however", "yet"):
            clause = tok.head if tok.dep_ != "cc" else next((c for c in tok.head.children if c.dep_ == "conj"
                                                              and c.i > tok.i), tok.head)
            if any(c.dep_ == "advmod" and c.lower_ in ("when", "after", "once") for c in clause.children):
                return any(_not_ours(t) for t in verb.doc[clause.i + 1:verb.sent.end] if t.pos_ in ("VERB", "AUX")
                           and t.dep_ not in ("aux", "auxpass"))   # "but when we ordered, it was delayed again"
            subj = subject(clause) if clause.pos_ in ("VERB", "AUX") else None
            return subj is None or subj.lower_ not in ("we", "i") and not any(
                c.lower_ in ("our", "my") for c in subj.children)
    return False


def _not_ours(verb: Token) -> bool:
    """A clause of fact whose subject is not the writer ('it was delayed again')."""
    subj = subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and not hypothetical(verb) and not ours_phrase(subj)


def _misused(verb: Token) -> bool:
    """'wrongly', 'improperly', 'in a wrong way', 'in the wrong manner'."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in W.MISUSE_ADV:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lemma_.lower() in ("way", "manner", "method") and any(
                    a.lower_ in ("wrong", "incorrect", "improper", "bad") for a in g.children)
                for g in c.children):
            return True
    return False


def _never_received(sent: Span) -> Iterable[tuple[Token, Token]]:
    """'we (still) have not received the shipment from FedEx': a supplier or carrier that failed."""
    for tok in sent:
        if tok.lemma_.lower() != "receive" or not negated(tok) or hypothetical(tok):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children):
            continue
        if any(t.lower_ == "until" for t in tok.subtree):
            continue                                    # "did not receive the invoices until May": it came
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in W.NEUTRAL_NOUNS | {"complaint", "claim", "feedback"} for o in objects):
            continue
        unsent = [o for o in objects if o.lemma_.lower() in UNSENT]
        froms = [g for c in [*tok.children, *(g for o in objects for g in o.children)] if c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"]
        if unsent and not any(party_of(g) in ("buyer", "supplier", "carrier", "agency", "own-staff", "staff")
                              for g in froms) and not any(t.lower_ in ("since", "yet", "further") for t in tok.subtree):
            yield unsent[0], tok                        # "we never received any warning (from Amazon)"
            continue
        for prep in (c for c in [*tok.children, *(g for o in objects for g in o.children)] if c.lower_ == "from"):
            party = next((g for g in prep.children if g.dep_ == "pobj" and party_of(g) in
                          ("supplier", "carrier", "agency")), None)
            if party is not None:
                yield party, tok


def code_like(tok: Token) -> bool:
    """An ASIN, a placeholder (XYZ) or a model code, not a named party."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return any(w.lower_ == "asin" for w in words) or (tok.text.isupper() and len(tok.text) <= 4) or any(
        ch.isdigit() for ch in tok.text)


def _cause_clause(verb: Token) -> bool:
    """The clause gives the cause: 'because X ...', or the sentence names the root cause or reason."""
    if any(c.dep_ == "mark" and c.lower_ == "because" for c in verb.children):
        return True
    sent = verb.sent
    return any(t.lemma_.lower() in ("cause", "reason") and t.pos_ == "NOUN" and t.i < verb.i for t in sent) and any(
        t.lower_ in ("because", "due") and t.i < verb.i for t in sent)


def _should_have(verb: Token) -> bool:
    """'should have / could have + past participle': what someone else ought to have done."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in ("should", "could", "ought") for a in auxes)


def _victim(sent: Span) -> Iterable[tuple[Token, Token]]:
    """The writer as the victim: 'we were framed / targeted / cheated', 'our listing was hijacked',
    'we are the victim of a malicious attack'."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or not ours(tok):
            continue
        verb = tok.head
        if negated(verb) or hypothetical(verb):
            continue
        if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in W.VICTIM_VERBS and not any(
                c.dep_ == "agent" for c in verb.children):
            yield tok, verb
        elif verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() == "victim" or c.dep_ == "acomp"
                                         and c.lower_ in W.VICTIM_ADJ for c in verb.children):
            yield tok, verb                             # "we were misinformed" parsed as an adjective


def _punished(sent: Span, candidates: list[Token]) -> Iterable[tuple[Token, Token]]:
    """'A new employee uploaded the wrong images; we have fired him': the person punished as the
    culprit, with no control of the seller's named in the sentence (domain brief §4.5)."""
    if any(t.lemma_.lower() in W.CONTROLS for t in sent):
        return
    for tok in sent:
        if tok.lemma_.lower() not in W.PUNISH or tok.pos_ != "VERB" or negated(tok) or hypothetical(tok):
            continue
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
            person = obj if party_of(obj) in ("own-staff", "staff", "former-staff", "agency") else next(
                (t for t in reversed(candidates) if t.i < obj.i and party_of(t) in ("own-staff", "staff", "agency")),
                None) if obj.lower_ in ("him", "her", "them", "he", "she", "they") else None
            if person is not None:
                yield obj, tok


def _agent(verb: Token) -> Token | None:
    """Who does it: the object of 'asked us to stop' stops, not the one who asked."""
    if verb.dep_ == "xcomp":
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
        if obj is not None:
            return obj
    return subject(verb)


# Faults only a person or firm commits (a 'they' doing them is not the goods): "they lost 6 parcels".
AGENT_FAULTS = {"lose", "delay", "damage", "lie", "cheat", "mishandle", "steal", "deceive", "misplace", "ignore", "refuse",
                "overcharge", "scam", "defraud", "trick", "mislead", "misinform", "forget", "neglect", "throw", "smash",
                "crush", "swap", "mislabel"}
def _verb_triggers(sent: Span, candidates: list[Token]) -> Iterable[tuple[Token, Token]]:
    """A party as subject (or by-agent) of a fault verb or a negated duty verb."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if _should_have(tok):
            subj = subject(tok)
            party = party_in(subj) or antecedent(subj, candidates) if subj is not None else None
            if party is not None and party_of(party) != "own-staff" and not negated(tok):
                yield party, tok                        # "Amazon should have informed us first"
            continue
        if _could_not(tok) and (tok.lemma_.lower() in SERVICE or _as_promised(tok)):
            subj = subject(tok)
            party = party_in(subj) or antecedent(subj, candidates) or organisation_antecedent(
                subj, candidates) if subj is not None else None
            if party is not None and party_of(party) in UNABLE and not owned_cause(tok) and not we_own(sent):
                yield party, tok                        # "the courier could not deliver on time"
            continue
        if hypothetical(tok):
            continue
        subj = _agent(tok)
        if subj is None or any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in subj.children):
            continue                                    # "any supplier who does not ...": a rule, not a fact
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBN":
            continue                                    # "listing products owned by X and using ...": not X's act
        party = party_in(subj) or antecedent(subj, candidates)
        if party is None and tok.lemma_.lower() in AGENT_FAULTS and not negated(tok):
            party = organisation_antecedent(subj, candidates)  # "We shipped with Evri. They lost 6 parcels."
        if party is None and subj.pos_ == "PROPN" and tok.lemma_.lower() in STRONG and not code_like(subj):
            party = subj
        if party is None and tok.lemma_.lower() == "cause" and subj.lemma_ in ("employee", "staff", "worker"):
            party = subj
        if party is None:
            continue
        if party.head.i == subj.i != party.i and not party_of(subj) and subj.lemma_.lower() not in HUMAN \
                and not negated(tok):                   # the party only owns the subject: "the factory's report"
            if faulty(tok) and party_of(party) in ("supplier", "carrier", "agency", "others"):
                yield party, tok                        # "the supplier's goods were defective"
                continue
            judged = tok.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in W.BLAME_ADJ | W.SLOW
                                                for c in tok.children)    # "the buyer's claim was false"
            if tok.lemma_.lower() not in STRONG | {"cause"} and not judged:
                continue                                # not "our factory's test report showed that ..."
        if negated(tok) and tok.lemma_.lower() in W.DUTY_VERBS | W.SUPPLIER_DUTIES and party.head.i == subj.i != party.i \
                and not party_of(subj) and \
                subj.lemma_.lower() not in HUMAN and not _should_have(tok):
            continue                                    # "the supplier's invoices did not show our address"
        if tok.dep_ == "relcl" and cut_off(tok.head):
            continue                                    # "we replaced the courier that lost our parcels"
        if tok.dep_ == "relcl" and subj.lemma_.lower() in HUMAN and any(
                c.dep_ == "nsubj" and c.lower_ == "which" for c in tok.children):
            continue                                    # "..., which was wrong" is about the clause, not the buyers
        passive = subj.head.dep_ == "agent" and subj.head.head.i == tok.i   # not "left by a buyer who never ..."
        if passive and negated(tok) and tok.lemma_.lower() in SERVICE and party_of(party) in UNABLE:
            yield party, tok                            # "the parcels were not scanned by the driver"
            continue
        if passive and negated(tok) or owned_cause(tok):
            continue
        if _fault(tok, party_of(party) or "other", sent, subj):
            yield party, tok


def _noun_triggers(sent: Span) -> Iterable[tuple[Token, Token]]:
    """Fault nouns, blame adjectives and cause prepositions around a party noun."""
    for tok in sent:
        kind = party_of(tok)
        if not kind and tok.lower_ not in ("amazon", "fba", "carrier", "courier"):
            continue
        head = tok.head
        if tok.dep_ == "poss" and kind in UNABLE and head.dep_ == "nsubjpass" and negated(head.head) and \
                head.head.lemma_.lower() in SERVICE and not hypothetical(head.head):
            yield tok, head.head                        # "the carrier's tracking was not updated"
        if tok.dep_ == "poss" and head.lemma_.lower() == "responsibility" and not negated(head.head):
            yield tok, head                             # "this is the carrier's responsibility"
        if tok.dep_ in ("poss", "compound") and kind in HIRED | {"own-staff"} and head.lemma_.lower() in W.IGNORANCE_NOUNS:
            yield tok, head                             # "the new staff's unawareness of the rules"
        if tok.dep_ in ("poss", "compound") and head.lemma_.lower() in W.FAULT_NOUNS:
            if not negated(head.head) and head.head.lemma_ != "blame":
                yield tok, head
        adjs = W.BLAME_ADJ if kind == "buyer" else W.BLAME_ADJ - {"professional"}
        if kind and any(c.dep_ == "amod" and c.lower_ in adjs for c in tok.children):
            yield tok, tok
        work = head if tok.dep_ == "poss" else head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
        if kind not in (None, "buyer", "own-staff") and work is not None and work.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in W.POOR_WORK for c in work.children) and not negated(work.head) \
                and not our_clause(work):
            yield tok, work                             # "the poor service of the courier", "the factory's bad QC"
        if kind in ("competitor", "others", "rights-owner") and tok.dep_ == "nsubj" and head.lemma_ == "be" \
                and any(c.dep_ == "prep" and c.lower_ == "behind" and not any(
                    g.lower_ in ("our", "my") for g in c.subtree) for c in head.children) and not negated(head):
            yield tok, head                             # "a competitor is behind these complaints"
        if _problem_lies_with(tok):
            yield tok, tok.head if tok.dep_ == "pobj" else tok.head.head
            continue
        if tok.dep_ != "pobj" and head.dep_ != "pobj":
            continue
        prep = head if tok.dep_ == "pobj" else head.head
        if head.dep_ == "pobj" and head.lemma_.lower() in W.NEUTRAL_NOUNS:
            continue
        before = sent.doc[prep.i - 1].lower_ if prep.i > sent.start else ""
        if before in ("only", "just", "simply"):
            continue
        if prep.lower_ in W.CAUSE_PREP:
            yield tok, prep
        elif prep.lower_ == "of" and (prep.head.lemma_.lower() in W.FAULT_NOUNS - {"operation", "loss"} or (
                prep.head.lemma_.lower() in ("problem", "issue") and kind not in ("buyer", "own-staff")
                and prep.head.dep_ in ("attr", "nsubj"))) and kind \
                and not negated(prep.head.head) and prep.head.head.lemma_ != "blame":
            yield tok, prep.head                        # "it was the fault of our former employee"
        elif prep.lower_ in ("to", "of") and prep.head.lower_ in W.CAUSE_PREP:
            yield tok, prep.head
        elif prep.lower_ == "by" and prep.head.lemma_.lower() == "cause" and not negated(prep.head):
            yield tok, prep.head
        elif prep.lower_ == "by" and kind in ("carrier", "supplier") and _failed_goods(prep.head):
            yield tok, prep.head                        # "late deliveries by Parcelforce"
        elif prep.lower_ in ("in", "at") and kind in ("amazon", "carrier") and prep.head.lemma_.lower() in W.HANDLED \
                and prep.head.tag_ == "VBN" and not negated(prep.head):
            yield tok, prep.head                        # "damaged in the Amazon fulfillment center"
        elif prep.lower_ in ("from", "by") and kind in ("carrier", "supplier", "agency") and _fault_before(prep):
            yield tok, prep                             # "mistakes in shipping from transport company"
        elif prep.lower_ == "from" and (kind == "competitor" or any(
                c.lower_ in W.CLAIM_ADJ | {"fake", "false"} for c in prep.head.children)):
            yield tok, prep.head


def _named_fault(sent: Span) -> Iterable[tuple[Token, Token]]:
    """A party word in front of a fault noun that is the cause: 'logistics problem caused the late
    delivery', 'because logistics company delay, ...', 'due to the supplier issue'."""
    for noun in sent:
        if noun.lemma_.lower() not in W.PROBLEM_NOUNS | {"delay", "delays", "reason"} or noun.pos_ != "NOUN":
            continue
        party = next((c for c in noun.subtree if c.i < noun.i and (
            c.dep_ in ("compound", "poss", "nmod") and (party_of(c) not in (None, "buyer", "own-staff")
                                                      or c.lemma_.lower() in PARTY_WORDS)
            or c.dep_ == "amod" and c.lemma_.lower() in PARTY_WORDS)), None)   # "the express delay"
        if party is None or any(c.lower_ in ("our", "my") for c in noun.subtree if c.i < noun.i):
            continue                                    # "due to our shipping delay"
        left = noun.left_edge.i
        before = {t.lower_ for t in sent.doc[max(sent.start, left - 3):left]}
        causing = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("cause", "lead", "result", "make")
        if (causing or before & {"because", "due", "owing"}) and not before & {"not", "n't", "no"}:
            yield party, noun


def _fault_before(prep: Token) -> bool:
    """A fault noun a few words before 'from / by <party>' in the same clause, with no subject of the
    writer's before it ('delays and mistakes in shipping from the transport company'; not 'we made
    mistakes when ordering from the supplier'), found on the words because such clauses often
    parse badly."""
    sent = prep.sent
    for i in range(prep.i - 1, max(sent.start, prep.i - 7) - 1, -1):
        tok = sent.doc[i]
        if tok.text in (",", ";", ":") or tok.lower_ in ("our", "my", "we", "i"):
            return False
        if tok.lemma_.lower() in W.FAULT_NOUNS - {"operation", "loss"} and tok.pos_ == "NOUN" or \
                tok.lower_ in ("delay", "delays") and tok.i > sent.start:
            start = max((t.i for t in sent.doc[sent.start:tok.i] if t.text in (",", ";", ":")), default=sent.start)
            if any(t.lower_ in ("for", "against", "about") for t in sent.doc[max(start, tok.i - 3):tok.i]):
                return False                            # "not ready for delays from manufacturers"
            return not any(t.lower_ in ("we", "i", "will", "would", "if", "avoid", "prevent", "any", "no")
                           for t in sent.doc[start:tok.i])
    return False


def _problem_lies_with(tok: Token) -> bool:
    """'the problem was with the logistics company', 'the fault lies with the supplier', 'the
    problem is on the courier's side', 'the problem came from the supplier'."""
    if tok.dep_ == "poss" and tok.head.dep_ == "pobj" and (tok.head.lemma_.lower() in ("side", "end", "part")
                                                            or tok.head.head.lower_ == "from"):
        prep = tok.head.head                            # "on the courier's side", "from the factory's QC"
    elif tok.dep_ == "pobj":
        prep = tok.head
    else:
        return False
    verb = prep.head
    lies = prep.lower_ in ("with", "on", "in") and verb.lemma_.lower() in ("be", "lie", "rest", "happen", "occur")
    comes = prep.lower_ == "from" and verb.lemma_.lower() in W.SOURCE_VERBS - {"be"}   # "came from the supplier"
    if not (lies or comes) or negated(verb) or hypothetical(verb):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in W.PROBLEM_NOUNS for c in verb.children)


def _failed_goods(head: Token) -> bool:
    """A failure noun ("late deliveries", "lost parcels", "delays") is this word or its object."""
    nouns = [head, *(t for c in head.children if c.dep_ == "dobj" or c.lower_ == "of" for t in c.subtree)]
    return any(n.lemma_.lower() in W.FAULT_NOUNS - {"operation"} or n.pos_ == "NOUN" and any(
        a.dep_ == "amod" and a.lower_ in W.FAILED for a in n.children) for n in nouns)


def _misjudged_case(tok: Token) -> bool:
    """'the alleged violation comes from a misunderstanding', 'the suspension was a mistake',
    'the flag resulted from a system error': the case put down to someone's misjudgment (not 'our
    mistake', not 'a mistake on our part')."""
    if tok.lemma_.lower() not in W.MISJUDGED or tok.pos_ != "NOUN":
        return False
    if any(c.lower_ in ("our", "my") for c in tok.children) or any(
            t.lower_ in ("our", "my", "we", "us", "me") for t in tok.doc[tok.i + 1:tok.sent.end]):
        return False                                    # "came from a mistake in our title"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of", "to", "by") else (
        tok.head if tok.dep_ == "attr" else None)
    if verb is None or verb.lemma_.lower() not in W.SOURCE_VERBS | {"due", "result", "cause"}:
        verb = verb.head if verb is not None and verb.lower_ in ("due", "result") else verb
    if verb is None or negated(verb) or hypothetical(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in W.CASE_NOUNS


def _as_excuse(verb: Token) -> Token | None:
    """'the brand uses this as an excuse to remove sellers': the one said to act on a pretext."""
    if verb.lemma_.lower() != "use" or verb.pos_ != "VERB" or negated(verb) or hypothetical(verb):
        return None
    subj = subject(verb)
    if subj is None or subj.lower_ in ("we", "i") or any(c.lower_ in ("our", "my") for c in subj.children):
        return None
    return subj if any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.lemma_.lower() in W.PRETEXTS for g in c.children) for c in verb.children) else None


def _no_warning(tok: Token) -> bool:
    """'the listing had no restriction', 'there was no warning on the listing page': Amazon's pages
    or systems said to have let it happen (not 'our process had no check')."""
    if tok.lemma_.lower() not in W.WARNINGS or not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    if we_own(tok.sent):
        return False                                    # "..., but we should have checked the rules"
    verb = tok.head
    if verb.lemma_ not in ("have", "be", "show", "give", "display") or tok.dep_ not in ("dobj", "attr", "nsubj"):
        return False
    places = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c is not tok]
    places += [g for p in (*verb.children, *tok.children) if p.dep_ == "prep" and p.lower_ in ("on", "in", "from")
               for g in p.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in W.AMAZON_PAGES and not any(c.lower_ in ("our", "my") for c in p.children)
               or party_of(p) == "amazon" for p in places)


def _mistaken_for(tok: Token) -> bool:
    """'our own trucks mistaken for sub-brokering', 'our product was mistaken for a branded one'."""
    return tok.lemma_.lower() == "mistake" and tok.tag_ == "VBN" and not negated(tok) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and not any(
        c.dep_ == "agent" and any(g.lower_ in ("us", "me") for g in c.children) for c in tok.children)


def _for_no_reason(tok: Token) -> bool:
    """'for no obvious reason, the emails went into the spam folder', 'the listing was removed for
    no reason': what happened is put down to something outside the seller, with no cause of its own
    (not 'we shipped late for no good reason', the writer's own act)."""
    if tok.lemma_.lower() != "reason" or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "without"):
        return False
    if not (tok.head.lower_ == "without" or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            or any(c.lower_ in ("unknown", "unclear", "strange") for c in tok.children)):
        return False                                    # "without any reason", "for some unknown reason"
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or hypothetical(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and not ours(subj) and subj.lower_ not in ("it", "this", "that") and not any(
        c.dep_ == "agent" and any(ours(g) for g in c.children) for c in verb.children)


def _trusted(tok: Token) -> Token | None:
    """'we trusted the reliability of other sellers', 'this approach depended on the supplier's word':
    the outcome put on the party the seller relied on (not 'we relied on the supplier's word and did
    not verify it', which owns the missing check)."""
    if tok.lemma_.lower() not in W.TRUST or tok.tag_ != "VBD" or negated(tok) or hypothetical(tok):
        return None
    if we_own(tok.sent) or any(t.lower_ in ("now", "since", "future") for t in tok.subtree):
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "in") for g in c.children
                if g.dep_ == "pobj"]
    for obj in objects:
        for t in obj.subtree:
            kind = party_of(t)
            if kind and kind not in ("buyer", "own-staff", "tool") and (t.i == obj.i or obj.lemma_.lower() in W.TRUSTED_IN):
                return t
    return None


def _other_triggers(sent: Span) -> Iterable[tuple[Token, Token]]:
    """Malicious complaints, closures called wrongful or made without a check (Amazon), the case
    put down to a misjudgment."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if _misjudged_case(tok) or _mistaken_for(tok):
            yield tok, tok
        if beyond_control(tok):
            yield tok, tok.head                         # "the delays were beyond our control"
        if _as_excuse(tok) is not None:
            yield _as_excuse(tok), tok
        if _no_warning(tok):
            yield tok, tok
        if _for_no_reason(tok):
            yield tok, tok.head.head
        trusted = _trusted(tok)
        if trusted is not None:
            yield trusted, tok                          # "we trusted the reliability of other sellers"
        if lemma in W.CLOSE_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not negated(tok.head) \
                and not hypothetical(tok.head) and any(c.dep_ in ("acomp", "attr") and c.lower_ in W.CLOSE_ADJ
                                                       for c in tok.head.children) \
                and not any(c.lower_ in ("our", "my") for c in tok.children):
            yield tok, tok.head                         # "the decision to close our account is unreasonable"
        amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if lemma in W.CLAIM_NOUNS and amods & W.CLAIM_ADJ:
            yield tok, tok
        if lemma in W.CLOSE_NOUNS and amods & W.CLOSE_ADJ:
            yield tok, tok
        if lemma in W.CLOSE_VERBS and tok.pos_ == "VERB" and not negated(tok) and not sent.text.rstrip().endswith("?") \
                and not own_act(tok):
            tail = sent.text[tok.idx - sent.start_char:]
            near = [*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
            if any(c.lower_ in W.WRONGLY or in_error(c) for c in near) or W.WITHOUT.match(tail) or _although(tok):
                yield tok, tok


def _although(verb: Token) -> bool:
    """'removed our listing although it had no problem', 'suspended us even though we had fixed it':
    the closing called unfounded."""
    if any(t.lower_ == "because" for t in verb.sent):
        return False                                    # the closing explained: "..., because our invoices ..."
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("although", "though") for m in c.children)
               for c in verb.children)


def _span(anchor: Token, party: Token) -> tuple[int, int]:
    toks, stack = [anchor, party], [anchor]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if tok is not anchor or c.dep_ not in ("conj", "cc", "punct", "parataxis", "advcl"):
                toks.append(c)
                stack.append(c)
    start = min(min(t.i for t in toks), party.left_edge.i)
    end = max(t.i for t in toks)
    doc = anchor.doc
    while end > start and (doc[end].dep_ == "cc" or doc[end].is_punct):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _in_quotes(tok: Token, sent: Span) -> bool:
    return sent.text[: tok.idx - sent.start_char].count('"') % 2 == 1


def _kind(tok: Token) -> str:
    if tok.lemma_.lower() == "control" and tok.pos_ == "NOUN":
        return "circumstance"                           # "beyond our control"
    fallback = {"amazon": "amazon", "fba": "amazon", "carrier": "carrier", "courier": "carrier"}
    if tok.pos_ in ("VERB", "NOUN") and not party_of(tok) and tok.lower_ not in fallback:
        return "amazon" if tok.pos_ == "VERB" or tok.lemma_ in W.CLOSE_NOUNS else "others"
    return party_of(tok) or fallback.get(tok.lower_, "others")


def blame_spans(letter: Letter) -> list[tuple[int, int]]:
    """The (start, end) of every blame hit in the letter (other checks ask who is blamed)."""
    return [(h.start, h.end) for h in blame(letter, {})]


def blame(letter: Letter, options: Mapping[str, object]) -> list[Hit]:
    """The blame hits of a letter, computed once per letter (the rule and two other checks ask;
    each pass costs ~20 ms per 1,000 words). The rule has no options."""
    return letter.derived("blame", lambda it: list(_find(it)))


def _find(letter: Letter) -> Iterable[Hit]:
    """Yield one hit per clause that presents an outside party as the cause of the problem."""
    sentences = list(letter.sentences)
    for n, sent in enumerate(sentences):
        span = sent.span
        candidates = [t for s in sentences[max(0, n - 2):n + 1] for t in s.span]
        found = [*_verb_triggers(span, candidates), *act_caused(span, candidates), *reason_is(span),
                 *_punished(span, candidates), *_noun_triggers(span), *_other_triggers(span), *_victim(span),
                 *_named_fault(span), *goods_triggers(span, candidates), *_never_received(span)]
        seen: list[tuple[int, int]] = []
        for party, anchor in found:
            if _in_quotes(party, span):
                continue
            start, end = _span(anchor, party)
            start = max(start, span.start_char)         # a 'they' named in an earlier sentence
            if any(s < end and start < e for s, e in seen):
                continue
            kind = _kind(party)
            if owned_circumstance(kind, party, span) or owned_context(party_of(party), party, anchor, span):
                continue
            seen.append((start, end))
            name = NAMES.get(party.lower_) or ("Amazon" if kind == "amazon" and party.pos_ == "VERB"
                                               else who(party))
            if ours(party) and not party_of(party) and kind != "circumstance":
                name, kind = "someone else", "others"    # "we were framed": the writer as the victim
            if kind == "amazon" and party.lemma_.lower() in W.CLOSE_NOUNS:
                name = "Amazon"
            if kind == "circumstance" and party.lemma_.lower() == "control":
                name = "circumstances outside your business"
            if kind == "others" and party.lemma_.lower() in W.WARNINGS | UNSENT | W.MISJUDGED:
                name, kind = "Amazon", "amazon"         # no warning shown or sent, a misjudgment
            yield Hit(start, end, fields={"who": name, "party": kind},
                      suggestions=("State what your own process missed, e.g. \"We did not ... "
                                   "because our ... had no ...; since <date> we ...\"",))
