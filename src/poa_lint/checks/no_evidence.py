"""No evidence (invoices, supplier details, photos, LOA) where the suspension reason needs it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

REASONS = {
    "inauthentic": r"\b(inauthentic|counterfeit|fake\s+(product|item|goods)|authenticity|not\s+authentic)",
    "ip": r"\b(intellectual\s+property|trademark|copyright|patent|infring\w*|rights?\s+owner|IP\s+complaint)",
    "condition": r"\b(used\s+(sold|item|product|condition)|sold\s+as\s+new|condition\s+complaint|"
                 r"not\s+new|used\s+condition)",
}
EVIDENCE = re.compile(
    r"\b(invoices?|receipts?|LOA|letter\s+of\s+authori[sz]ation|authori[sz]ation\s+letter|"
    r"supplier('s)?\s+(name|details|contact|address|website|information)|purchase\s+orders?|"
    r"test\s+reports?|certificates?|attached|attachments?|enclosed|screenshots?|contracts?|"
    r"licen[cs]e\s+agreement|registration\s+(number|certificate)|inspection\s+(report|record|log)s?|"
    r"tracking\s+numbers?)\b",
    re.I,
)
# Weaker words count only in a sentence that offers them as evidence (not "what document we need?").
WEAK = re.compile(r"\b(photos?|pictures?|images?|documents?|records?|files?)\b", re.I)
OFFER = re.compile(r"\b(attach\w*|enclos\w*|provid(e|ed|ing)|submit\w*|show(s|ed|ing)?|prov(e|es|ing)|"
                   r"evidence|original)\b", re.I)


def _mentions_evidence(letter: Letter) -> bool:
    if EVIDENCE.search(letter.norm):
        return True
    return any(WEAK.search(s.text) and OFFER.search(s.text) and not s.text.rstrip().endswith("?")
               for s in letter.sentences)


def reason_of(letter: Letter, options: Mapping[str, object]) -> str | None:
    """The suspension reason: given in options or to the linter, else guessed from the words."""
    given = options.get("reason") or letter.notice.reason
    if given:
        return str(given)
    for name, rx in REASONS.items():
        if re.search(rx, letter.norm, re.I):
            return name
    return None


def no_evidence(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one document hit when an evidence-heavy reason is cited but no document is."""
    reason = reason_of(letter, options)
    if reason not in set(options.get("reasons", ("inauthentic", "ip", "condition"))):
        return
    if _mentions_evidence(letter):
        return
    start, end = letter.first_line()
    yield Hit(start, end, fields={"reason": reason})
