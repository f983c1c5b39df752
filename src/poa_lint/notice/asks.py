"""Kinds of evidence a notice asks for, how to recognise the ask, and how a draft answers it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AskKind:
    """One kind of ask: regex over the notice's ask text, regex over the draft, and what it needs."""

    key: str
    ask: re.Pattern[str]
    answer: re.Pattern[str]
    need: str


def _k(key: str, ask: str, answer: str, need: str) -> AskKind:
    return AskKind(key, re.compile(ask, re.I), re.compile(answer, re.I), need)


SUPPLIER_CONTACT = (r"\b(tele)?phone\b|\btel[.:]|\bweb ?site\b|\bwww\.|https?://"
                    r"|\bcontact (details|information|info|person)\b"
                    r"|\b(business|office|street|postal|registered) address\b")
LINK_WORDS = (r"\b(device|computer|laptop|router|wi-?fi|network|ip address|bank|credit card|debit card"
              r"|payment|address|phone|e-?mail|employee|staff|assistant|agency|family|relative"
              r"|partner|brother|sister|wife|husband|father|mother|cousin|friend|office)\b")

KINDS: tuple[AskKind, ...] = (
    _k("invoices", r"\binvoices?\b|\breceipts?\b", r"\binvoices?\b|\breceipts?\b",
       "invoices or receipts"),
    _k("supplier-contact",
       r"supplier[^.\n]{0,40}\b(contact|information|details|name)|contact information"
       r"|(phone|telephone)[^.\n]{0,40}(address|website)",
       SUPPLIER_CONTACT, "the supplier's contact details (phone, address, website)"),
    _k("loa", r"letters? of authori[sz]ation|\bLOA\b|licen[cs](e|ing) agreement",
       r"letters? of authori[sz]ation|\bLOA\b|\blicen[cs]e|authori[sz]ation letter"
       r"|authori[sz]ed (distributor|reseller|seller|dealer)",
       "a letter of authorisation or licence"),
    _k("listing-removal",
       r"(confirm\w*|evidence|proof)[^.\n]{0,80}\b(closed|deleted|removed)"
       r"|\b(remove|delete|close)\b[^.\n]{0,40}\b(listings?|offers?|ASINs?)",
       r"\b(closed|deleted|removed|delisted|took down|taken down)\b[^.\n]{0,60}"
       r"\b(listings?|ASINs?|offers?|products?)\b|\b(listings?|ASINs?|offers?)\b[^.\n]{0,60}"
       r"\b(closed|deleted|removed|delisted|taken down)\b",
       "confirmation that the listings were closed or removed"),
    _k("trademark-registration",
       r"trademark registration|registration certificate|proof (that you own|of ownership)",
       r"trademark registration|registration (number|certificate|no\.?)|registered trademark"
       r"|\bownership\b", "the trademark registration"),
    _k("business-licence", r"business licen[cs]e|government[- ]issued (photo )?ID",
       r"business licen[cs]e|\bID\b|passport|identity card", "a business licence or ID"),
    _k("photos", r"\b(photos?|photographs?|pictures?)\b", r"\b(photos?|photographs?|pictures?|images?)\b",
       "photos"),
    _k("tracking", r"\btracking\b|proof of delivery", r"\btracking\b|proof of delivery|\bPOD\b",
       "tracking or proof of delivery"),
    _k("link-explanation",
       r"(explain|explanation|describe|tell us)[^.\n]{0,80}\b(relat|link|connect|associat)"
       r"|relationship (with|between|to)",
       LINK_WORDS, "how the accounts are linked"),
    _k("reactivated-account",
       r"(name|date)[^.\n]{0,80}\breactivated\b|reactivate (the|that) (related|other) account",
       r"\breactivat|\breinstat", "the reactivation of the related account"),
)
POA = re.compile(r"plan of action|\bPOA\b|root cause|prevent", re.I)


def classify(text: str) -> tuple[str, ...]:
    """The ask kinds mentioned in one ask's text ("plan-of-action" when it only asks for a POA)."""
    kinds = tuple(k.key for k in KINDS if k.ask.search(text))
    if not kinds and POA.search(text):
        return ("plan-of-action",)
    return kinds


def by_key(key: str) -> AskKind | None:
    """The kind with this key (None for "plan-of-action", which structure rules check)."""
    return next((k for k in KINDS if k.key == key), None)
