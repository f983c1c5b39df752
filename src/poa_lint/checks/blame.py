"""Outside party (buyer, Amazon, carrier, competitor, supplier, ex-staff) as the agent of a fault."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Span, Token

from poa_lint.checks._parties import party_in, party_of, resolve_pronoun, who
from poa_lint.finding import Hit

FAULT_VERBS = {
    "lie", "cheat", "scam", "defraud", "abuse", "misuse", "damage", "break", "swap", "switch",
    "fake", "fabricate", "exaggerate", "pretend", "ignore", "threaten", "blackmail", "extort",
    "sabotage", "attack", "lose", "delay", "mishandle", "misjudge", "mistake", "deceive", "trick",
    "steal", "frame", "hijack", "fail", "forget", "misread", "misunderstand", "allege", "mix",
    "commingle", "target", "cause", "smash", "crush", "drop", "mislabel", "misplace",
    "overcharge", "scratch", "destroy", "manipulate", "copy", "infringe", "counterfeit",
}
DUTY_VERBS = {
    "read", "follow", "understand", "contact", "check", "measure", "install", "use", "notify",
    "inform", "warn", "tell", "explain", "reply", "respond", "deliver", "scan", "update", "give",
    "provide", "charge", "assemble", "answer", "send", "ship", "pick", "collect", "tell", "mention",
}
BLAME_ADJ = {
    "malicious", "fraudulent", "unreasonable", "dishonest", "abusive", "unfair", "careless",
    "irresponsible", "lazy", "unreliable", "bad", "poor", "terrible", "fake", "false", "wrong",
    "lying", "greedy", "rude", "negligent", "mistaken", "slow",
}
CLAIM_NOUNS = {"complaint", "claim", "feedback", "review", "report", "return", "order", "attack"}
CLAIM_ADJ = {"malicious", "fraudulent", "dishonest", "abusive", "unreasonable", "bad-faith"}
FAULT_NOUNS = {
    "fault", "mistake", "error", "misuse", "negligence", "carelessness", "operation", "abuse",
    "misunderstanding", "delay", "delays", "loss", "mishandling", "problem", "failure", "lie",
    "sabotage", "attack", "responsibility", "incompetence", "misjudgment", "misjudgement",
}
CAUSE_PREP = {"because", "due", "owing", "thanks"}
WRONGLY = {"wrongly", "unfairly", "mistakenly", "unreasonably", "unjustly", "incorrectly",
           "erroneously", "wrongfully"}
CLOSE_VERBS = {"suspend", "deactivate", "remove", "block", "close", "flag", "ban", "shut",
               "freeze", "punish", "penalize", "penalise", "reject", "deny", "judge"}
HYPOTHETICAL = {"will", "would", "can", "could", "may", "might", "should", "must", "'ll"}
CONTRAST = re.compile(r"\b(but|however|actually|in\s+fact|in\s+reality)\b.*\b(not|never|fine|new|"
                      r"genuine|authentic|perfect|good|working|original|correct)\b", re.I)
OWNED = re.compile(r"\bwe\s+(did\s+not|didn'?t|never|failed\s+to|had\s+no|forgot)\b|"
                   r"\bour\s+(process|checklist|system|procedure|control)\s+(did\s+not|had\s+no|"
                   r"failed|missed|allowed)", re.I)
SCARE = re.compile(r'"(fake|used|damaged|broken|counterfeit|defective|wrong|not as described)"', re.I)
COMPARE = {"sell", "list", "offer", "have", "be", "use", "price", "do", "get", "receive"}
STAFF_OK = {"report", "say", "tell", "find", "notice", "help", "join", "leave", "work"}
WITHOUT = re.compile(r"\w+\s+(\w+\s+){0,4}(by\s+mistake|without\s+(any\s+)?(reason|warning|"
                     r"notice|evidence|explanation))", re.I)
NEUTRAL_NOUNS = {"request", "instruction", "message", "feedback", "experience", "reason", "need",
                 "complaint", "comment", "question", "address", "account", "policy", "rule"}
REPORTING = {"claim", "say", "state", "report", "complain", "insist", "write", "mention"}


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "n't") for c in verb.children)


def _hypothetical(verb: Token) -> bool:
    for tok in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "so", "once"):
                return True
    return False


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _verb_fault(verb: Token, sent: Span) -> bool:
    lemma = verb.lemma_.lower()
    if _hypothetical(verb):
        return False
    neg = _negated(verb)
    if lemma in FAULT_VERBS and not neg:
        return True
    if lemma in DUTY_VERBS and neg:
        return True
    kids = {c.lower_: c for c in verb.children}
    if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_ in ("mistake", "error") for c in verb.children):
        return not neg
    if lemma in ("lead", "result") and any(c.lower_ in ("to", "in") for c in kids.values()):
        return not neg
    if lemma == "be" and not neg:
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in BLAME_ADJ | {"responsible"} for c in verb.children)
    if lemma in REPORTING and not neg:
        tail = sent.text[verb.idx - sent.start_char:]
        return bool(CONTRAST.search(tail) or SCARE.search(tail))
    if lemma in ("return", "send", "want") and not neg:
        objs = [c for c in verb.subtree if c.lower_ in ("empty", "different", "free", "fake", "another")]
        return bool(objs)
    return False


def _span(anchor: Token, party: Token) -> tuple[int, int]:
    toks = [anchor]
    stack = [anchor]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ not in ("conj", "cc", "punct", "parataxis", "advcl") or tok is not anchor:
                toks.append(c)
                stack.append(c)
    toks.append(party)
    start = min(min(t.i for t in toks), party.left_edge.i)
    end = max(t.i for t in toks)
    doc = anchor.doc
    while end > start and (doc[end].dep_ in ("cc", "punct") or doc[end].is_punct):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _in_quotes(tok: Token, sent: Span) -> bool:
    return sent.text[: tok.idx - sent.start_char].count('"') % 2 == 1


def _verb_triggers(sent: Span, prior: str) -> Iterable[tuple[Token, Token]]:
    """A party as subject (or by-agent) of a fault verb or a negated duty verb."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(tok)
        if subj is None:
            continue
        party = party_in(subj) or (subj if resolve_pronoun(subj, prior) else None)
        if party is None:
            continue
        lemma, kind = tok.lemma_.lower(), party_of(party)
        if _verb_fault(tok, sent):
            yield party, tok
        elif tok.pos_ == "VERB" and not _negated(tok) and not _hypothetical(tok):
            if kind == "competitor" and lemma not in COMPARE:
                yield party, tok
            elif kind == "staff" and lemma not in STAFF_OK | REPORTING:
                yield party, tok


def _noun_triggers(sent: Span) -> Iterable[tuple[Token, Token]]:
    """Fault nouns, blame adjectives and cause prepositions around a party noun."""
    for tok in sent:
        party = tok if party_of(tok) or tok.lower_ in ("amazon", "fba", "carrier", "courier") else None
        if party is None:
            continue
        head = tok.head
        if tok.dep_ in ("poss", "compound") and head.lemma_.lower() in FAULT_NOUNS:
            if not _negated(head.head) and head.head.lemma_ != "blame":
                yield party, head
        if party_of(tok) and any(c.dep_ == "amod" and c.lower_ in BLAME_ADJ for c in tok.children):
            yield party, tok
        if tok.dep_ == "pobj" or head.dep_ == "pobj":
            prep = tok.head if tok.dep_ == "pobj" else head.head
            if head.dep_ == "pobj" and head.lemma_.lower() in CLAIM_NOUNS | NEUTRAL_NOUNS:
                continue
            if prep.lower_ in CAUSE_PREP:
                yield party, prep
            elif prep.lower_ in ("to", "of", "by") and prep.head.lower_ in CAUSE_PREP | {"caused"}:
                yield party, prep.head
            elif prep.lower_ == "from" and prep.head.lemma_.lower() in CLAIM_NOUNS:
                adjs = {c.lower_ for c in prep.head.children}
                if party_of(tok) == "competitor" or adjs & (CLAIM_ADJ | {"fake", "false"}):
                    yield party, prep.head


def _other_triggers(sent: Span) -> Iterable[tuple[Token, Token]]:
    """Malicious complaints, and closures called wrong or unfair (Amazon at fault)."""
    for tok in sent:
        if tok.lemma_.lower() in CLAIM_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in CLAIM_ADJ for c in tok.children
        ):
            yield tok, tok
        if tok.lemma_.lower() in CLOSE_VERBS and not _negated(tok):
            tail = sent.text[tok.idx - sent.start_char:]
            if any(c.lower_ in WRONGLY for c in tok.children) or WITHOUT.match(tail):
                yield tok, tok


NAMES = {"he": "the buyer", "she": "the buyer", "they": "the buyers", "carrier": "the carrier",
         "courier": "the courier", "fba": "Amazon FBA", "amazon": "Amazon"}


def _kind(tok: Token) -> str:
    """The party kind of a trigger token, including compounds ('carrier delay') and closures."""
    fallback = {"amazon": "amazon", "fba": "amazon", "carrier": "carrier", "courier": "carrier"}
    if tok.pos_ == "VERB":
        return "amazon"
    return party_of(tok) or fallback.get(tok.lower_, "buyer")


def blame(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one hit per clause that presents an outside party as the cause of the problem."""
    sentences = [s for s in letter.sentences]
    for n, sent in enumerate(sentences):
        if getattr(sent, "is_heading", False):
            continue
        span = sent.span
        prior = " ".join(s.text for s in sentences[max(0, n - 2):n]) + " " + span.text
        nxt = sentences[n + 1].text if n + 1 < len(sentences) else ""
        seen: list[tuple[int, int]] = []
        found = [*_verb_triggers(span, prior), *_noun_triggers(span), *_other_triggers(span)]
        for party, anchor in found:
            if _in_quotes(party, span):
                continue
            kind = _kind(party)
            if kind in ("supplier", "staff") and OWNED.search(span.text + " " + nxt):
                continue
            start, end = _span(anchor, party)
            if any(s < end and start < e for s, e in seen):
                continue
            seen.append((start, end))
            name = NAMES.get(party.lower_) or ("Amazon" if party.pos_ == "VERB" else who(party))
            yield Hit(start, end, fields={"who": name, "party": kind})
