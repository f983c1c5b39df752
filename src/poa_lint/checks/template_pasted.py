"""Text pasted into the letter from elsewhere, whatever its nouns and figures: Amazon's notice,
which speaks to the seller about the seller's own things ("Your listings have been removed", "you
may no longer use this account", "You have a separate account ..."), Amazon's policy pages,
which tell the seller what to do with "your products" and "your seller agreement" and state their
rules about sellers in general ("Sellers may not ...", "A seller offers a refund ..."), and the
statute a DMCA notice cites ("[17 USC 512(c)(3)(A)]"). In a seller's own words "you" is Amazon
("your policies", "your team", "your customers"); "your account", "your listings" or "your
products" is Amazon talking, unless the seller quotes its own message to a buyer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks.template_frame import known_stock
from poa_lint.document import Letter
from poa_lint.finding import Hit

PASTED = re.compile(
    r"\byour\s+(?:amazon\s+)?(?:seller\s+|selling\s+)?(?:account|listings?|selling\s+privileges|funds|products?|"
    r"inventory|orders)\b"
    r"(?!\s+(?:health|team|manager|specialist|representative|polic\w*|guidelines?|rules|requirements|standards|"
    r"restrictions))|\byour\s+seller\s+agreement\b|\byou\s+may\s+no\s+longer\b|"
    r"\byou\s+have\s+an?\s+(?:separate|related|second|other)\s+(?:seller\s+)?account\b|"
    r"[\[(]\s*\d+\s+U\.?\s?S\.?\s?C\.?\s*(?:§\s*)?\d+|"
    # a policy page's rule or example, about sellers in general: "Sellers may not ...", "A seller
    # must ...", "--A seller gives a third party money ..."
    r"^\W*(?:an?\s+seller|sellers)\s+(?:may\s+not|must|should\s+not|cannot|can't|are\s+not\s+(?:allowed|"
    r"permitted)|is\s+not\s+(?:allowed|permitted)|(?!is\b|was\b|has\b|does\b)[a-z]+s\b)",
    re.I)


# the seller quoting its own message to a buyer ("We wrote to the buyer: 'We are sorry your
# product arrived damaged ...'"): "your" is the buyer's, and the message is the seller's step
_TO_BUYER = re.compile(
    r"\b(?:to|told|asked|emailed|e-mailed|messaged|informed|contacted|answered|replied\s+to)\s+"
    r"(?:the|our|each|every|all|this|that|these|those)?\s*(?:buyers?|customers?|clients?|purchasers?)\b", re.I)


def template_pasted(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each line pasted from the notice or a statute, unless a stock list already knows it
    (its own rule reports it)."""
    known = known_stock(letter, options)
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        for line in re.finditer(r"[^\n]+", letter.norm[sent.start:sent.end]):
            text = line.group().strip()
            if not text or not PASTED.search(text) or _TO_BUYER.search(text) or known(text):
                continue
            start = sent.start + line.start() + len(line.group()) - len(line.group().lstrip())
            yield Hit(start, start + len(text),
                      suggestions=("Delete the pasted text and say in your own words what happened in "
                                   "your case and what you changed.",))
