"""Emotive words (the rule's `patterns`), except a feeling that is the buyer's ("the customer was
frustrated", "the buyer's disappointment", "frustration for our customers"), words a buyer is
reported to have said ("the customer wrote that the parcel was a disaster"), and a judgement of the
writer's own performance ("our unacceptable late shipment rate"): acknowledging those is what a
plan of action should do, not emotion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks._lists import compile_any
from poa_lint.checks._parties import party_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OURS = {"our", "my"}
JUDGED = {"unacceptable", "disaster", "disastrous"}     # said of our own performance: self-criticism


def _token_at(span: Span, char: int) -> Token | None:
    return next((t for t in span if t.idx <= char < t.idx + len(t.text)), None)


def _holder(tok: Token) -> Token | None:
    """Whose feeling or judgement the word is: the subject of its 'be/feel', the noun it modifies,
    the possessor of a feeling noun ('the buyer's frustration'), or 'frustration for/to/of X'."""
    if tok.dep_ in ("acomp", "attr", "oprd", "xcomp"):
        head = tok.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and head.dep_ == "relcl":
            return head.head                              # "buyers who were frustrated"
        return subj
    if tok.dep_ == "amod":
        head = tok.head
        while head.dep_ == "compound" and head.head is not head:
            head = head.head                            # "our unacceptable quality control"
        return head
    if tok.pos_ in ("VERB", "AUX"):
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    around = [*tok.children, *(c for c in tok.head.children if c.dep_ in ("dative", "prep"))] \
        if tok.dep_ == "dobj" else list(tok.children)     # "caused frustration to many buyers"
    for c in around:
        if c.dep_ == "poss":
            return c
        if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to", "of", "among"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


SAY = {"say", "write", "complain", "claim", "report", "state", "tell", "describe", "call", "mention", "comment",
       "leave", "feel"}


def _buyer_said(tok: Token) -> bool:
    """The word is inside what a buyer said or felt ("the customer said the product was a
    disaster", "the buyer wrote that the delay was unacceptable"): reported, not the writer's."""
    for node in tok.ancestors:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SAY:
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and party_of(subj) == "buyer":
                return True
    return False


def _excused(tok: Token) -> bool:
    if _buyer_said(tok):
        return True
    holder = _holder(tok)
    if holder is None:
        return False
    if party_of(holder) == "buyer":
        return True
    return tok.lower_ in JUDGED and holder.lower_ not in ("we", "i") and any(
        c.lower_ in OURS for c in holder.children)


def emotional_words(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each `patterns` match that is not a buyer's feeling or a judgement of our own
    performance, nor inside a match of an `exceptions` regex."""
    rx = compile_any(tuple(options.get("patterns", ())))
    excepted = [compile_any((e,)) for e in options.get("exceptions", ())]
    for sent in letter.sentences:
        blocked = [m.span() for e in excepted for m in e.finditer(letter.norm, sent.start, sent.end)]
        for m in rx.finditer(letter.norm, sent.start, sent.end):
            start, end = m.span()
            if end <= start or any(b0 <= start and end <= b1 for b0, b1 in blocked):
                continue
            tok = _token_at(sent.span, start)
            if tok is not None and _excused(tok):
                continue
            yield Hit(start, end, fields={"match": letter.text[start:end]})
