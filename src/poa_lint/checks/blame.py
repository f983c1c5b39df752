"""Outside party (buyer, Amazon, carrier, competitor, supplier, ex-staff) as the agent of a fault."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks import _blame_words as W
from poa_lint.checks._clauses import hypothetical, negated, speculated, subject
from poa_lint.checks._goods import goods_triggers
from poa_lint.checks._misdeeds import any_attempt_refused, in_error, misdeed
from poa_lint.checks._parties import antecedent, party_in, party_of, who
from poa_lint.checks._staff import careless
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NAMES = {"he": "the buyer", "she": "the buyer", "they": "the buyers", "carrier": "the carrier",
         "courier": "the courier", "fba": "Amazon FBA", "amazon": "Amazon", "you": "Amazon"}
STRONG = W.FAULT_VERBS - {"cause", "use"}


def _fault(verb: Token, kind: str, sent: Span, subj: Token | None = None) -> bool:
    """Does this verb, with a party of this kind as subject, present the party as at fault?"""
    lemma, neg = verb.lemma_.lower(), negated(verb)
    tail = sent.text[verb.idx - sent.start_char:]
    if kind == "own-staff":
        return not neg and careless(verb, subj)
    if not neg and misdeed(verb, kind):
        return True
    if neg and any_attempt_refused(verb):
        return True
    if neg:
        return lemma in W.DUTY_VERBS
    if lemma in W.FAULT_VERBS:
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if {"must", "have"} <= auxes:
        return True
    if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_ in ("mistake", "error") for c in verb.children):
        return True
    if lemma in ("lead", "result") and any(c.lower_ in ("to", "in") for c in verb.children):
        return True
    if lemma == "take" and any(c.lemma_ == "advantage" for c in verb.children):
        return True
    if lemma == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in W.BLAME_ADJ | {"responsible"}
                   or in_error(c) for c in verb.children)       # "Amazon is in error"
    if kind not in ("buyer", "tool") and _cause_clause(verb) and lemma not in W.REPORTING | W.NEUTRAL_NEG:
        return True            # "the root cause was because Amazon's AI linked ...", "because the courier ..."
    if lemma in W.REPORTING:
        return bool(W.CONTRAST.search(tail) or verb.tag_ == "VBD" and W.SCARE.search(tail))
    if kind == "buyer" and any(c.dep_ == "advmod" and c.lower_ in W.ACCUSING for c in verb.children):
        return True
    if kind == "buyer" and speculated(verb):
        return True
    if kind == "buyer" and lemma in ("return", "send") and any(
            c.dep_ == "dobj" and any(a.lower_ in W.WRONG_GOODS for a in c.children) for c in verb.children):
        return True
    if kind == "buyer" and lemma in ("return", "send", "want", "use", "choose", "buy"):
        return bool(W.GREED.search(" ".join(t.text for t in verb.subtree)))
    if kind != "buyer" and any(c.dep_ == "advmod" and c.lower_ in W.BADLY for c in verb.children):
        return True
    if kind == "amazon":
        return lemma in W.AMAZON_VERBS or any(c.lower_ == "without" for c in verb.children)
    if kind == "former-staff":
        return lemma not in W.STAFF_OK and verb.tag_ == "VBD"
    if kind == "tool":
        return lemma in ("stop", "crash", "break", "malfunction", "freeze")
    if kind == "rights-owner" and lemma in W.OWNER_VERBS:
        return True
    if kind in ("competitor", "others", "rights-owner", "supplier"):
        return any(t.lower_ in ("fake", "false", "malicious") for t in verb.subtree)
    return False


def _never_received(sent: Span) -> Iterable[tuple[Token, Token]]:
    """'we (still) have not received the shipment from FedEx': a supplier or carrier that failed."""
    for tok in sent:
        if tok.lemma_.lower() != "receive" or not negated(tok) or hypothetical(tok):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in W.NEUTRAL_NOUNS | {"complaint", "claim", "feedback"} for o in objects):
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


def _verb_triggers(sent: Span, candidates: list[Token]) -> Iterable[tuple[Token, Token]]:
    """A party as subject (or by-agent) of a fault verb or a negated duty verb."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if hypothetical(tok):
            continue
        subj = subject(tok)
        if subj is None or any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in subj.children):
            continue                                    # "any supplier who does not ...": a rule, not a fact
        party = party_in(subj) or antecedent(subj, candidates)
        if party is None and subj.pos_ == "PROPN" and tok.lemma_.lower() in STRONG and not code_like(subj):
            party = subj
        if party is None and tok.lemma_.lower() == "cause" and subj.lemma_ in ("employee", "staff", "worker"):
            party = subj
        if party is None:
            continue
        passive = subj.head.dep_ == "agent"
        if passive and negated(tok):
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
        if tok.dep_ in ("poss", "compound") and head.lemma_.lower() in W.FAULT_NOUNS:
            if not negated(head.head) and head.head.lemma_ != "blame":
                yield tok, head
        adjs = W.BLAME_ADJ if kind == "buyer" else W.BLAME_ADJ - {"professional"}
        if kind and any(c.dep_ == "amod" and c.lower_ in adjs for c in tok.children):
            yield tok, tok
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
        elif prep.lower_ in ("to", "of") and prep.head.lower_ in W.CAUSE_PREP:
            yield tok, prep.head
        elif prep.lower_ == "by" and prep.head.lemma_.lower() == "cause":
            yield tok, prep.head
        elif prep.lower_ == "by" and kind in ("carrier", "supplier") and _failed_goods(prep.head):
            yield tok, prep.head                        # "late deliveries by Parcelforce"
        elif prep.lower_ == "from" and (kind == "competitor" or any(
                c.lower_ in W.CLAIM_ADJ | {"fake", "false"} for c in prep.head.children)):
            yield tok, prep.head


def _failed_goods(head: Token) -> bool:
    """A failure noun ("late deliveries", "lost parcels", "delays") is this word or its object."""
    nouns = [head, *(t for c in head.children if c.dep_ == "dobj" for t in c.subtree)]
    return any(n.lemma_.lower() in W.FAULT_NOUNS - {"operation"} or n.pos_ == "NOUN" and any(
        a.dep_ == "amod" and a.lower_ in W.FAILED for a in n.children) for n in nouns)


def _other_triggers(sent: Span) -> Iterable[tuple[Token, Token]]:
    """Malicious complaints, and closures called wrongful or made without a check (Amazon)."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if lemma in W.CLAIM_NOUNS and amods & W.CLAIM_ADJ:
            yield tok, tok
        if lemma in W.CLOSE_NOUNS and amods & W.CLOSE_ADJ:
            yield tok, tok
        if lemma in W.CLOSE_VERBS and tok.pos_ == "VERB" and not negated(tok):
            tail = sent.text[tok.idx - sent.start_char:]
            if any(c.lower_ in W.WRONGLY for c in tok.children) or W.WITHOUT.match(tail):
                yield tok, tok


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
        found = [*_verb_triggers(span, candidates), *_noun_triggers(span), *_other_triggers(span),
                 *goods_triggers(span, candidates), *_never_received(span)]
        seen: list[tuple[int, int]] = []
        for party, anchor in found:
            if _in_quotes(party, span):
                continue
            start, end = _span(anchor, party)
            start = max(start, span.start_char)         # a 'they' named in an earlier sentence
            if any(s < end and start < e for s, e in seen):
                continue
            seen.append((start, end))
            kind = _kind(party)
            name = NAMES.get(party.lower_) or ("Amazon" if kind == "amazon" and party.pos_ == "VERB"
                                               else who(party))
            if kind == "amazon" and party.lemma_.lower() in W.CLOSE_NOUNS:
                name = "Amazon"
            yield Hit(start, end, fields={"who": name, "party": kind},
                      suggestions=("State what your own process missed, e.g. \"We did not ... "
                                   "because our ... had no ...; since <date> we ...\"",))
