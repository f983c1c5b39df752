"""Sentences that introduce the seller's business instead of the case (a company profile).

"We are a small family-run shop from Leeds", or "Our company is a leading maker of camping gear"
tell the reviewer who the seller is, not why the problem happened or what was fixed. The parse finds
the kind, whatever the adjectives: the writer or the writer's business as the subject of "be" in the
present with a business noun as its complement. (What the business sells, "we sell online through
Amazon.com", is often the context of the case and is left alone.) A sentence that
also speaks of the case (a complaint, a mistake, a policy, a cause or a change) is part of the
argument and is left alone, and so is anything negated, in the past or in the future.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

# What a business is called when a seller introduces it.
BUSINESS = frozenset({
    "company", "business", "seller", "manufacturer", "factory", "brand", "retailer", "supplier",
    "distributor", "wholesaler", "reseller", "vendor", "merchant", "store", "shop", "startup",
    "enterprise", "firm", "trader", "importer", "exporter", "maker", "producer", "studio", "workshop",
    "boutique", "family", "entrepreneur", "designer", "craftsman", "artisan", "partner"})
OWNERS = frozenset({"company", "business", "store", "shop", "brand", "factory", "firm", "team", "family"})
# Words of the case: a sentence that holds one argues about the problem, it does not introduce.
CASE = re.compile(
    r"\b(complain\w*|claims?|violat\w*|infring\w*|mistakes?|errors?|fault|failed|failures?|fail|"
    r"problems?|issues?|polic(y|ies)|guidelines|rules|because|caus\w*|reason|suspen\w*|deactivat\w*|"
    r"notice|appeal|responsib\w*|new\s+to|inexperienc\w*|learn\w*|now|only|longer|from\s+now|"
    r"changed?|stopp?\w*|removed?|understand|authentic|genuine|counterfeit|fake|invoices?|"
    r"defect\w*|late|cancel\w*|refund\w*|return\w*|review\w*|metrics?|rate|bought|purchas\w*|"
    r"sourc\w*|authori[sz]ed|asins?|b0[a-z0-9]{8}|not|never|trademarks?|patents?|owners?|buy|buys|carriers?|couriers?|"
    r"from\s+(\w+\s+){0,2}(suppliers?|wholesalers?|distributors?|manufacturers?|factor(y|ies)))\b|n't\b", re.I)
_PRESENT = ("VBP", "VBZ")


def _writer_subject(tok) -> bool:
    """`we`/`I`, or the writer's business ("our company", "my store")."""
    if tok.lower_ in ("we", "i"):
        return True
    return (tok.lemma_.lower() in OWNERS and any(c.dep_ == "poss" and c.lower_ in ("our", "my")
                                                  for c in tok.children))


def _profile(span) -> bool:
    root = span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _writer_subject(subjects[0]):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" for c in root.children):
        return False                       # negated, a modal or a perfect: not a standing profile
    if root.tag_ not in _PRESENT:
        return False
    # "a small family shop", not "the seller of ASIN ..." (which names the writer in the case)
    return root.lemma_ == "be" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in BUSINESS
        and not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
        for c in root.children)


def company_profile(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield sentences that describe the seller's business and nothing of the case."""
    if "parser" not in letter.capabilities:
        return
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        text = letter.norm[sent.start:sent.end].rstrip()
        if len(text.split()) < 4 or text.endswith(("?", ":")) or CASE.search(text):
            continue
        if not _profile(sent.span):
            continue
        yield Hit(sent.start, sent.start + len(text), fields={"phrase": text[:60]})
