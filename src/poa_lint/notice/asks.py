"""The notice's asks: how to read them, the kinds of evidence they want, and how a draft answers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poa_lint.notice.model import Ask


@dataclass(frozen=True, slots=True)
class AskKind:
    """One kind of ask: regex over the notice's ask text, regex over the draft, and what it needs."""

    key: str
    ask: re.Pattern[str]
    answer: re.Pattern[str]
    need: str


def _k(key: str, ask: str, answer: str, need: str) -> AskKind:
    return AskKind(key, re.compile(ask, re.I), re.compile(answer, re.I), need)


SUPPLIER_CONTACT = (r"\b(tele)?phone\b[^.\n]{0,20}\+?\d|\btel\b[.:]?\s*\+?\d|\bweb ?site\s*:"
                    r"|\bwww\.|https?://|\b(?!amazon\.)[\w-]+\.(com|net|org|cn|de|co\.uk|fr|it|es|jp|hk|io|example)\b"
                    r"|\bcontact (details|information|info|person)\b"
                    r"|\b(business|office|street|postal|registered) address\b"
                    r"|\b(address|phone|telephone|website|e-?mail)\b[^.\n]{0,30}\b(phone|telephone|website)\b"
                    r"|\bsuppliers?'?s?\b[^.\n]{0,40}\b(phone|telephone|website|contact details)\b")
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
       r"\b(closed|deleted|removed|delisted|took down|taken down|edited|changed|rewrote)\b[^.\n]{0,60}"
       r"\b(listings?|ASINs?|offers?|products?|titles?|bullets?|images?|photos?|descriptions?"
       r"|search terms|content)\b|\b(listings?|ASINs?|offers?|titles?|images?|photos?)\b[^.\n]{0,60}"
       r"\b(closed|deleted|removed|delisted|taken down|edited|changed)\b",
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


MARKER = re.compile(r"^(?P<indent>\s*)(?P<marker>--|[-*•·–]|\d+[.)]|\(\d+\)|[a-z][.)])\s+(?P<body>\S.*)$")


def parse_asks(body: str) -> tuple[Ask, ...]:
    """The numbered or dashed asks of the "How do I reactivate" part (sub-items join their parent)."""
    items: list[list[str]] = []
    top: tuple[int, str] | None = None
    for line in body.split("\n"):
        match = MARKER.match(line)
        if match:
            indent = len(match.group("indent").expandtabs(4))
            style = _marker_style(match.group("marker"))
            top = top or (indent, style)
            parent_opens = bool(items) and items[-1][-1].endswith(":")
            if items and (indent > top[0] or (style != top[1] and parent_opens)):
                items[-1].append(match.group("body").strip())
            else:
                items.append([match.group("body").strip()])
        elif items and line.strip() and line[:1].isspace():
            items[-1].append(line.strip())
    if not items:  # no list: every sentence that asks for something
        sentences = re.split(r"(?<=[.;])\s+", " ".join(body.split()))
        items = [[s] for s in sentences if re.search(r"\b(send|provide|submit|include|need)\b", s, re.I)]
    result = []
    for parts in items:
        text = " ".join(parts).strip()
        if text:
            result.append(Ask(text, classify(text)))
    return tuple(result)


def _marker_style(marker: str) -> str:
    return "num" if marker[0].isdigit() or marker.startswith("(") else ("alpha" if marker[0].isalpha() else marker)
