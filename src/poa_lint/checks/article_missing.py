"""A bare singular count noun where English needs an article ("we received complaint from buyer")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

MODIFIERS = {"det", "poss", "nummod", "predet", "amod", "compound", "nmod", "quantmod", "nn",
             "case", "advmod", "punct", "conj", "cc", "acl", "relcl", "prep", "appos"}
IDIOM_PREPS = {"by", "via", "per", "each", "every", "than", "many", "several", "few", "these",
               "those", "all", "some", "any", "no", "more", "most", "both", "which", "what", "whose"}
# (preposition, noun) idioms that take no article: "the asset in question", "on account of"
IDIOMS = {("in", "question"), ("on", "request"), ("upon", "request"), ("by", "request"),
          ("on", "demand"), ("in", "person"), ("on", "order"), ("in", "order"), ("on", "account"),
          ("into", "account"), ("in", "violation"), ("by", "phone"), ("by", "account"),
          ("by", "company"), ("per", "account")}
DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "dative"}


def _bare(tok: Any) -> bool:
    """Whether the noun has no determiner: nothing but plain adjectives attached to its left."""
    left = [c for c in tok.children if c.i < tok.i]
    return all((c.dep_ == "amod" and c.tag_ == "JJ" or c.dep_ == "compound" and c.tag_ == "NN"
                and c.is_lower) and not any(True for _ in c.children)
               for c in left) and not any(c.dep_ in ("det", "poss", "nummod", "predet")
                                          for c in tok.children)


def _finite(verb: Any) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _bracketed(tok: Any, sentence: Any) -> bool:
    """Inside [...] or (...): a template's instruction or placeholder, not the seller's prose."""
    before = sentence.text[:tok.idx - sentence.start]
    return any(before.rfind(o) > before.rfind(c) for o, c in (("[", "]"), ("(", ")"), ("【", "】")))


def _candidate(tok: Any, sentence: Any, count_nouns: frozenset[str]) -> bool:
    if _bracketed(tok, sentence) or any(c.lower_ in ("same", "first", "last") for c in tok.children):
        return False  # "make same mistake" is reported once, on "same" (_needs_the)
    if tok.tag_ != "NN" or tok.lemma_.lower() not in count_nouns or tok.dep_ not in DEPS:
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
            "kind", "type", "sort", "change", "choice", "proof", "lack", "form", "method", "mode",
            "name", "role", "position", "point", "country", "place", "title", "line"):
        return False  # "this kind of problem", "any change of carrier": the noun names a class
    if nxt is not None and (nxt.like_num or nxt.text in ("#", "-", "/", ":")):
        return False
    if nxt is not None and nxt.tag_ in ("NN", "NNS", "VBG") and nxt.is_lower and nxt.is_alpha:
        return False  # "in product sourcing": the first word of a compound the parse split
    if prev is not None and (prev.lower_, tok.lower_) in IDIOMS:
        return False  # "the asset in question", "available on request"
    if prev is not None and prev.lower_ == "as" and prev.i > 0 and doc[prev.i - 1].lower_ in (
            "such", "same", "well"):
        return False
    return True


def _needs_the(tok: Any) -> str | None:
    """"at same time", "was same as", "for first time", "try best": words that only come with "the" (or a
    possessive) before their noun. Returns the fix, or None."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.tag_ in ("DT", "PRP$", "POS", "CD") or prev.lower_ in ("'s", "’s", "very"):
        return None
    low = tok.lower_
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if low == "same" and nxt is not None and nxt.tag_ in ("NN", "NNS") and prev.tag_ in ("IN", "VB",
                                                                                            "VBD", "VBP", "VBZ"):
        return "the same"
    if low == "same" and nxt is not None and nxt.lower_ in ("as", "with") and (
            prev.lemma_ == "be" or prev.lower_ in ("not", "exactly", "almost", "basically", "completely",
                                                   "totally", "all", "look", "looks", "looked")):
        return "the same"  # "the product was same as the listing"
    if low in ("first", "second", "last") and nxt is not None and nxt.lower_ == "time" \
            and prev.lower_ in ("for", "at", "in"):
        return f"the {low}"
    if low == "best" and prev.lemma_ in ("try", "do") and nxt is not None and nxt.lower_ in ("to", "."):
        return "our best"
    return None


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """Conservative: prose sentences of 6+ tokens with a finite verb, never headings or bullet
    fragments; only the nouns of rules/lists/count_nouns.txt."""
    count_nouns = frozenset(letter.data.entries("count_nouns.txt"))
    for sentence in letter.sentences:
        span = sentence.span
        if sentence.is_heading or len(span) < 6 or '"' in span.text or "“" in span.text:
            continue  # quoted words are cited, not written by the seller
        if sentence.in_list and not any(t.dep_ in ("nsubj", "nsubjpass") and _finite(t.head)
                                        for t in span):
            continue  # a bullet fragment ("Refund to buyer") rather than a sentence
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
            continue
        for tok in span:
            if _candidate(tok, sentence, count_nouns):
                yield Hit(tok.idx, tok.idx + len(tok.text), {"match": tok.text},
                          (f"a {tok.text}" if tok.text[0].lower() not in "aeiou" else f"an {tok.text}",
                           f"the {tok.text}"))
            elif (fix := _needs_the(tok)) is not None:
                yield Hit(tok.idx, tok.idx + len(tok.text), {"match": tok.text}, (fix,),
                          message=f'"{tok.text}" needs "{fix.split()[0]}" here: "{fix} ...".')
