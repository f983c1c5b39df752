"""Outside parties a POA may blame, recognised on the parse (domain brief §4.2 T1-T3, §4.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BUYER = {"buyer", "customer", "client", "purchaser", "consumer", "shopper", "recipient"}
CARRIER = {"carrier", "courier", "forwarder", "usps", "ups", "fedex", "dhl", "postman", "driver",
           "logistic", "logistics", "3pl", "yanwen", "yunexpress", "4px", "parcelforce", "hermes", "evri",
           "dpd", "gls", "tnt", "aramex", "yodel", "ontrac", "lasership", "purolator", "canpar", "cainiao",
           "postnl", "correos", "colissimo"}
CARRIER_HEADS = {"company", "service", "provider", "partner", "agent", "firm", "office"}
# A carrier's own people ("our Royal Mail account manager"), not the seller's shipping manager.
CARRIER_PEOPLE = {"manager", "representative", "rep"}
CARRIER_OWNERS = {"mail", "post", "postal", "courier", "carrier", "express", "logistics"}
CARRIER_MODS = {"logistics", "logistic", "shipping", "delivery", "express", "postal", "freight",
                "courier", "carrier", "post", "warehouse", "warehousing", "fulfillment", "fulfilment",
                "prep", "storage", "transport", "transportation", "forwarding", "haulage", "parcel"}
CARRIER_NAMES = {"mail", "post", "express", "logistics", "freight"}     # Royal Mail, China Post, SF Express
COMPETITOR = {"competitor", "rival", "hijacker"}
OWN_PLANT = {"factory", "workshop", "plant"}
SUPPLIER = {"supplier", "factory", "manufacturer", "vendor", "wholesaler", "distributor", "maker", "producer"}
STAFF = {"employee", "staff", "worker", "assistant", "operator", "colleague", "intern", "member",
         "manager", "partner", "salesman", "clerk", "person", "staffs", "employees", "workers", "packer",
         "picker", "executive"}
OWN_STAFF = {"employee", "staff", "staffs", "worker", "assistant", "operator", "colleague", "intern",
             "manager", "salesman", "clerk", "va", "packer", "picker", "packers", "pickers", "executive"}
FORMER = {"former", "previous", "ex", "old", "careless", "lazy", "negligent", "irresponsible"}
NEWISH = {"new", "temporary", "inexperienced", "part-time", "outsourced", "hired", "newly-hired", "untrained"}
# People outside the business who ran or helped run the account: "my friend who managed the store".
HELPERS = {"friend", "relative", "cousin", "brother", "sister", "nephew", "niece", "uncle", "aunt",
           "acquaintance", "classmate", "roommate", "neighbour", "neighbor", "brother-in-law", "sister-in-law"}
OUTSOURCED = {"va", "agency", "freelancer"}
AMAZON_HEADS = {"system", "algorithm", "bot", "robot", "team", "staff", "investigator",
                "warehouse", "center", "centre", "support", "ai", "reviewer", "department",
                "employee", "agent", "associate", "intelligence"}
MACHINE = {"system", "algorithm", "bot", "robot"}
TOOLS = {"app", "software", "plugin", "plug-in", "integration", "tool"}
OWNERS = {"owner", "holder"}
OWNER_MODS = {"rights", "right", "brand", "trademark", "patent", "copyright", "so-called"}
FIRST_PERSON = {"our", "my", "we", "us"}
# Outside events offered as the cause ("due to the bad weather", "caused by the lockdown").
EVENTS = {"weather", "holiday", "holidays", "festival", "pandemic", "epidemic", "covid", "covid-19",
          "coronavirus", "lockdown", "lockdowns", "strike", "strikes", "typhoon", "storm", "snowstorm",
          "flood", "floods", "earthquake", "war", "customs", "outbreak", "quarantine", "outage", "blackout"}


def _mods(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "det")}


def _left_words(tok: Token) -> set[str]:
    """The words of the noun phrase before its head, however deep ('royal mail account' before
    'manager', 'newly hired listing' before 'staff')."""
    return {t.lower_ for t in tok.subtree if t.i < tok.i and t.pos_ != "PROPN"}   # not "New York"


def _owned_np(tok: Token) -> bool:
    """The writer's own system or tool: 'our system', 'our own system error' (the 'our' on the head
    the word modifies), 'a system error in our ERP', 'a technical issue with our software'."""
    heads = [tok, tok.head] if tok.dep_ in ("compound", "amod", "nmod") else [tok]
    for word in heads:
        if _mods(word) & FIRST_PERSON:
            return True
        if any(c.dep_ == "prep" and c.lower_ in ("in", "with", "of", "on") and any(
                g.dep_ == "pobj" and _mods(g) & FIRST_PERSON for g in c.children) for c in word.children):
            return True
    return False


def _special(lemma: str, lower: str, mods: set[str], tok: Token) -> str | None:
    """Parties recognised by their head noun and its modifiers."""
    if lemma in MACHINE and mods & (CARRIER | CARRIER_MODS) - {"warehouse", "fulfillment", "fulfilment"}:
        return "carrier"                                # "the carrier's system was down"
    if lemma in MACHINE and not mods & FIRST_PERSON and not _owned_np(tok):
        return "amazon"
    if lemma in AMAZON_HEADS and mods & {"amazon", "amazon's", "your", "fba", "fulfillment",
                                         "fulfilment"}:
        return "amazon"
    if lemma in ("support", "team", "specialist") and mods & {"seller", "health"}:
        return "amazon"                                 # Seller Support, the Account Health team
    if lemma in CARRIER_HEADS and mods & CARRIER_MODS:
        return "carrier"
    if lemma in CARRIER_PEOPLE and (mods | {t.lower_ for t in tok.subtree if t.i < tok.i}) & CARRIER_OWNERS:
        return "carrier"                                # "our Royal Mail account manager"
    if lemma in OWNERS and mods & OWNER_MODS or lemma == "complainant":
        return "rights-owner"
    if lemma in ("seller", "sellers", "company", "brand", "store", "shop") and mods & {"rival", "competing"}:
        return "competitor"                             # "a rival seller"
    if lemma in AMAZON_HEADS and any(c.dep_ == "prep" and c.lower_ in ("at", "of") and any(
            g.lower_ == "amazon" for g in c.children) for c in tok.children):
        return "amazon"                                 # "the warehouse at Amazon"
    if lemma in ("people", "person", "seller", "sellers") and mods & {"other", "another"} or lower in (
            "others", "someone", "somebody"):
        return "others"
    if lemma in ("party", "company", "provider", "agent", "service") and mods & {"third", "third-party", "party"}:
        return "carrier" if mods & CARRIER_MODS else "others"
    if lemma in TOOLS and not mods & FIRST_PERSON:
        return "tool"
    return None


def party_of(tok: Token) -> str | None:
    """The kind of outside party a noun token names ('buyer', 'amazon', ...), or None."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    mods = _mods(tok)
    if lemma in BUYER or lower in BUYER:
        return "buyer"
    if lower in ("amazon", "fba") and tok.dep_ not in ("compound", "poss", "nmod"):
        return "amazon"
    if lower == "you" and tok.dep_ == "nsubj":          # the letter is addressed to Amazon
        return "amazon"
    special = _special(lemma, lower, mods, tok)
    if special:
        return special
    if (lemma in CARRIER or lower in CARRIER) and tok.dep_ != "compound":
        return "carrier"
    if tok.pos_ == "PROPN" and lower in CARRIER_NAMES and tok.dep_ != "compound" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ != "amazon" for c in tok.children):
        return "carrier"
    if lemma in COMPETITOR or lower in COMPETITOR:
        return "competitor"
    if lemma in SUPPLIER and not (lemma in OWN_PLANT and mods & FIRST_PERSON):
        return "supplier"                               # "our factory" is often the seller's own
    if lower in EVENTS or lemma in EVENTS or lemma == "season" and mods & {"peak", "holiday", "busy"}:
        return "circumstance"
    if lemma in ("issue", "problem", "error", "glitch", "failure", "bug") and mods & {"technical", "network",
                                                                                     "server", "internet"} \
            and not _owned_np(tok):
        return "circumstance"                           # "because of technical issues"
    if lemma in OUTSOURCED or lower in OUTSOURCED or lemma == "assistant" and "virtual" in mods:
        return "agency"
    if lemma in STAFF and mods & FORMER:
        return "former-staff"
    if lemma in STAFF and (mods | _left_words(tok)) & NEWISH:
        return "staff"
    if lemma in HELPERS:
        return "helper"                                 # a friend or relative who ran the account
    if lemma in OWN_STAFF or lower in OWN_STAFF:
        return "own-staff"
    return None


def party_in(tok: Token) -> Token | None:
    """The outside-party token heading or modifying this noun phrase, if any."""
    if party_of(tok):
        return tok
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            if party_of(child) or child.lower_ in ("amazon", "fba"):
                return child
        if child.dep_ == "prep" and child.lower_ == "of" and tok.lower_ in ("one", "some", "many", "all", "most",
                                                                                "several", "two", "few"):
            found = next((g for g in child.children if g.dep_ == "pobj" and party_of(g)), None)
            if found is not None:                        # "one of my workers", "some of the customers"
                return found
    return None


HUMAN = BUYER | STAFF | OUTSOURCED | {"designer", "owner", "friend", "brother", "sister", "man",
                                       "woman", "boss", "seller", "people", "courier", "driver",
                                       "postman", "competitor", "supplier", "investigator"}


def antecedent(pronoun: Token, candidates: list[Token]) -> Token | None:
    """The party a he/she/they refers to: the nearest person (or, for they, plural) named before it."""
    if pronoun.lower_ not in ("he", "she", "they"):
        return None
    for tok in reversed([t for t in candidates if t.i < pronoun.i]):
        if pronoun.lower_ == "they":
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i != pronoun.i:
                return tok if party_of(tok) else None
        elif tok.lemma_.lower() in HUMAN or tok.ent_type_ == "PERSON":
            return tok if party_of(tok) else None
    return None


ORGANISATIONS = ("carrier", "supplier", "agency")


def organisation_antecedent(pronoun: Token, candidates: list[Token]) -> Token | None:
    """The carrier, supplier or agency a 'they' refers to when no party is the last subject: the
    nearest noun before it that is plural or names such a party decides ('we picked a poor
    logistics partner, they could not ...'; 'we checked the items and they ...' is about items)."""
    if pronoun.lower_ != "they":
        return None
    for tok in reversed([t for t in candidates if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]):
        if tok.dep_ == "compound":
            continue
        if party_of(tok) in ORGANISATIONS:
            return tok
        if tok.tag_ in ("NNS", "NNPS"):
            return None
    return None


def who(tok: Token) -> str:
    """A short name of the party for the message: 'the buyer', "Amazon's system"."""
    words = [c for c in tok.subtree if tok.i - 4 <= c.i <= tok.i and not c.is_punct]
    words = words or [tok]
    text = " ".join(w.text for w in words).replace(" 's", "'s").replace(" ’s", "’s")
    return text if words[0].pos_ == "PROPN" else text[:1].lower() + text[1:]
