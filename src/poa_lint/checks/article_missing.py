"""A bare singular count noun where English needs an article ("we received complaint from buyer")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

# Nouns that are (almost) always countable in appeal letters; mass-ish ones (order, refund, email,
# system, report, training, stock) are left out on purpose.
COUNT_NOUNS = {"customer", "buyer", "complaint", "claim", "supplier", "invoice", "notification",
               "employee", "package", "box", "manager", "inspector", "carrier", "listing", "label",
               "replacement", "mistake", "problem", "checklist", "meeting", "courier", "parcel",
               "photo", "seller", "warehouse", "factory", "manufacturer", "product", "item",
               "spreadsheet", "operator", "colleague", "worker"}
MODIFIERS = {"det", "poss", "nummod", "predet", "amod", "compound", "nmod", "quantmod", "nn",
             "case", "advmod", "punct", "conj", "cc", "acl", "relcl", "prep", "appos"}
IDIOM_PREPS = {"by", "via", "per", "as", "each", "every", "than", "many", "several", "few", "these",
               "those", "all", "some", "any", "no", "more", "most", "both", "which", "what", "whose"}
DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}


def _bare(tok: Any) -> bool:
    """Whether the noun has no determiner: nothing but plain adjectives attached to its left."""
    left = [c for c in tok.children if c.i < tok.i]
    return all(c.dep_ == "amod" and c.tag_ == "JJ" and not any(True for _ in c.children)
               for c in left) and not any(c.dep_ in ("det", "poss", "nummod", "predet")
                                          for c in tok.children)


def _candidate(tok: Any, sentence: Any) -> bool:
    if tok.tag_ != "NN" or tok.lemma_.lower() not in COUNT_NOUNS or tok.dep_ not in DEPS:
        return False
    if not (tok.is_lower or (tok.i == sentence.span.start and tok.text[1:].islower())):
        return False
    if not _bare(tok):
        return False
    doc = tok.doc
    first = min([tok] + [c for c in tok.children if c.i < tok.i], key=lambda t: t.i)
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if any(c.lower_ in IDIOM_PREPS for c in tok.children):
        return False
    if prev is not None and (prev.lower_ in IDIOM_PREPS or prev.is_punct and prev.text in "-/("):
        return False
    if prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lemma_.lower() in (
            "kind", "type", "sort"):
        return False  # "this kind of problem"
    if nxt is not None and (nxt.like_num or nxt.text in ("#", "-", "/") or nxt.lower_ == "of"):
        return False
    return True


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """Conservative: prose sentences of 6+ tokens with a finite verb, never headings or bullets."""
    for sentence in letter.sentences:
        span = sentence.span
        if sentence.is_heading or sentence.in_list or len(span) < 6:
            continue
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
            continue
        for tok in span:
            if _candidate(tok, sentence):
                yield Hit(tok.idx, tok.idx + len(tok.text), {"match": tok.text},
                          (f"a {tok.text}" if tok.text[0].lower() not in "aeiou" else f"an {tok.text}",
                           f"the {tok.text}"))
