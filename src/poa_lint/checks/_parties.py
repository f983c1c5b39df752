"""Outside parties a POA may blame: who a noun phrase names (domain brief §4.2 T1-T3)."""

from __future__ import annotations

from spacy.tokens import Token

BUYER = {"buyer", "customer", "client", "purchaser", "consumer", "shopper", "recipient"}
CARRIER = {"carrier", "courier", "forwarder", "usps", "ups", "fedex", "dhl", "post", "postman",
           "driver", "logistic", "logistics", "3pl", "yanwen", "yunexpress", "4px", "ems"}
CARRIER_HEADS = {"company", "service", "provider", "partner", "agent", "firm", "office"}
CARRIER_MODS = {"logistics", "logistic", "shipping", "delivery", "express", "postal", "freight",
                "courier", "carrier"}
COMPETITOR = {"competitor", "rival", "hijacker", "competition"}
SUPPLIER = {"supplier", "factory", "manufacturer", "vendor", "wholesaler", "distributor"}
STAFF = {"employee", "staff", "worker", "assistant", "operator", "colleague", "intern",
         "member", "person", "salesman", "clerk"}
STAFF_MODS = {"former", "new", "careless", "previous", "old", "lazy", "temporary", "outsourced",
              "part-time", "negligent", "inexperienced", "irresponsible"}
OUTSOURCED = {"va", "agency", "freelancer", "contractor", "outsourcer"}
AMAZON_HEADS = {"system", "algorithm", "bot", "robot", "team", "staff", "investigator",
                "warehouse", "center", "centre", "support", "ai", "reviewer", "department",
                "employee", "agent", "associate"}
PRONOUNS = {"he", "she", "they"}


def _mods(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")}


def party_of(tok: Token) -> str | None:
    """The kind of outside party a noun token names ('buyer', 'amazon', ...), or None."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    mods = _mods(tok)
    if lemma in BUYER or lower in BUYER:
        return "buyer"
    if lower in ("amazon", "fba") and tok.dep_ not in ("compound", "poss", "nmod"):
        return "amazon"
    if lemma in AMAZON_HEADS and mods & {"amazon", "amazon's", "your", "fba", "seller"}:
        if lemma != "support" or "seller" in mods or "amazon" in mods:
            return "amazon"
    if lemma in CARRIER or lower in CARRIER:
        return "carrier" if tok.dep_ not in ("compound",) else None
    if lemma in CARRIER_HEADS and mods & CARRIER_MODS:
        return "carrier"
    if lemma in COMPETITOR or lower in COMPETITOR:
        return "competitor"
    if lemma in SUPPLIER:
        return "supplier"
    if lemma in OUTSOURCED or lower in OUTSOURCED:
        return "staff"
    if lemma in STAFF and mods & STAFF_MODS:
        return "staff"
    return None


def party_in(tok: Token) -> Token | None:
    """The outside-party token heading or modifying this noun phrase, if any."""
    if party_of(tok):
        return tok
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            if party_of(child) or child.lower_ in ("amazon", "fba"):
                return child
    return None


def who(tok: Token) -> str:
    """A short name of the party for the message: 'the buyer', "Amazon's system"."""
    words = [c for c in tok.subtree if c.i <= tok.i and c.dep_ not in ("punct",)]
    words = [w for w in words if w.i >= tok.i - 4]
    text = " ".join(w.text for w in words).replace(" 's", "'s").replace(" ’s", "’s")
    return text.lower() if not text[:1].isupper() or words[0].pos_ != "PROPN" else text


def resolve_pronoun(tok: Token, prior_text: str) -> bool:
    """True when he/she/they most likely refers to a buyer named just before."""
    if tok.lower_ not in PRONOUNS:
        return False
    low = prior_text.lower()
    return any(word in low for word in ("buyer", "customer", "client", "purchaser"))
