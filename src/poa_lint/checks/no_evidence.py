"""No evidence (invoices, supplier details, photos, LOA) where the suspension reason needs it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks.no_data import first_line
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
    r"photos?|pictures?|images?|test\s+reports?|certificates?|attached|attachments?|enclosed|"
    r"screenshots?|contracts?|licen[cs]e\s+agreement|registration\s+(number|certificate)|"
    r"inspection\s+(report|record|log)s?|tracking\s+numbers?|documents?)\b",
    re.I,
)


def reason_of(letter: Any, options: Mapping[str, Any]) -> str | None:
    """The suspension reason: options['reason'] when set, else guessed from the letter's words."""
    if options.get("reason"):
        return str(options["reason"])
    for name, rx in REASONS.items():
        if re.search(rx, letter.norm, re.I):
            return name
    return None


def no_evidence(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one document hit when an evidence-heavy reason is cited but no document is."""
    reason = reason_of(letter, options)
    if reason not in set(options.get("reasons", ("inauthentic", "ip", "condition"))):
        return
    if EVIDENCE.search(letter.norm):
        return
    start, end = first_line(letter)
    yield Hit(start, end, fields={"reason": reason})
