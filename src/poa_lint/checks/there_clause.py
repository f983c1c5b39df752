"""Two clauses run together after "there is/are": "there are two reasons lead to this", "there
were three buyers complained". The noun after "there + be" is followed straight away by a finite
verb, with no "who/that/which" between; word classes come from the lexicon, not from a list of
sentences."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._lexicon import Lexicon
from poa_lint.checks.verb_form import lexicon_prose, plain_word
from poa_lint.document import Letter
from poa_lint.finding import Hit

BE = {"is", "are", "was", "were", "'s", "’s"}
# nouns for people: after them a regular past form ("complained", "asked") is a finite verb
# ("there were two buyers complained"), not a reduced relative ("there were two parcels sent")
PEOPLE = {"customer", "buyer", "people", "person", "someone", "somebody", "staff", "employee",
          "seller", "user", "client", "colleague", "worker", "member", "competitor", "shopper"}
NOUN_PHRASE = {"DT", "CD", "JJ", "JJR", "JJS", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"}
NOT_FINITE = {"be", "been", "being", "have", "having", "do", "to"}


def _noun_end(doc: Any, i: int, end: int) -> int | None:
    """The index of the last noun of a short noun phrase starting at i (at most 5 words)."""
    last = None
    for j in range(i, min(end, i + 5)):
        if doc[j].tag_ not in NOUN_PHRASE:
            break
        if doc[j].tag_ in ("NN", "NNS"):
            last = j
    return last


def _finite(lex: Lexicon, doc: Any, noun: Any, w: Any, end: int) -> bool:
    """Whether w is a finite verb form that cannot start a reduced relative clause."""
    if not plain_word(w) or w.lower_ in NOT_FINITE or w.tag_ in ("VBG", "VBN", "NNS", "IN", "RB"):
        return False
    low = w.lower_
    classes = lex.classes(low)
    tag = lex.form_tag(low)
    if tag == "VB":  # "reasons lead", "buyers say": a base form that is no adjective
        # (the tagger may read it as an adjective: "reasons lead to")
        return "adj" not in classes and noun.tag_ == "NNS" and w.tag_ in ("VBP", "VB", "JJ") and (
            "noun" not in classes or w.tag_ != "NN")
    if tag == "VBZ":  # "a buyer says"
        return not classes and noun.tag_ == "NN" and w.tag_ == "VBZ"
    if tag != "VBD":
        return False
    base = lex.verb_base(low)
    if base and lex.inflect(base, "VBN") != low and low not in lex.sets["adj"]:
        return True  # "knew", "gave", "took": past only
    # a regular past form: finite after a noun for people, or when an object follows
    nxt = doc[w.i + 1] if w.i + 1 < end else None
    people = noun.lemma_.lower() in PEOPLE and low not in lex.sets["adj"] and nxt is not None \
        and not nxt.is_punct and nxt.lower_ not in ("by", "in", "on", "at", "from", "with", "for", "to")
    return people or (nxt is not None and nxt.tag_ in ("DT", "PRP$") and nxt.lower_ not in ("that", "this"))


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    for lex, span in lexicon_prose(letter):
        doc, end = span.doc, span.end
        for i in range(span.start, end - 3):
            if doc[i].lower_ != "there" or doc[i + 1].lower_ not in BE:
                continue
            last = _noun_end(doc, i + 2, end)
            if last is None or last + 1 >= end:
                continue
            noun, w = doc[last], doc[last + 1]
            if _finite(lex, doc, noun, w, end):
                yield Hit(doc[i].idx, w.idx + len(w.text),
                          {"match": doc[i:last + 2].text}, ())
