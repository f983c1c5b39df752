"""The complaint disputed on the parse (a trigger of checks.denial): the complaint called invalid
("we think the complaint is unreasonable", "the claim is not valid") or untrue ("the feedback does
not match the facts"), the complainant said to have no proof ("the complainant has given no
proof"), the goods declared genuine ("the item is not fake", "our products are authentic", "these
are brand new"), the reviews declared real ("the reviews are all from real buyers") and the writer
declared honest ("we are an honest seller")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.checks._clauses import hypothetical, negated
from poa_lint.checks._parties import party_of

if TYPE_CHECKING:
    from spacy.tokens import Token

COMPLAINTS = {"complaint", "claim", "report", "accusation", "allegation", "feedback", "review", "notice"}
INVALID = {"unreasonable", "false", "invalid", "untrue", "baseless", "groundless", "unfounded",
           "unjustified", "inaccurate", "incorrect", "wrong", "misleading", "unfair", "fake", "malicious"}
VALID = {"valid", "true", "correct", "accurate", "fair", "justified", "reasonable", "right"}
PROOF = {"proof", "evidence", "information", "document", "documentation", "registration", "basis"}
GIVE = {"give", "provide", "have", "show", "offer", "present", "submit", "send"}
GOODS = {"product", "item", "good", "unit", "part", "stock", "inventory", "merchandise"}
IMAGES = {"image", "photo", "picture", "description", "title", "design", "content", "text", "artwork"}
GENUINE = {"genuine", "authentic", "original", "perfect", "flawless", "intact", "brand-new", "safe", "compliant"}
CONDITION = {"perfect", "good", "new", "brand-new", "excellent", "original"}
FAKE = {"fake", "counterfeit", "inauthentic", "replica", "knockoff", "used", "copy"}
# What the notice or the buyer said the goods were, denied: "the product is not a pesticide", "our
# products are not restricted", "the item was not damaged when it left our warehouse".
NOT_THAT = FAKE | {"restricted", "hazardous", "dangerous", "prohibited", "banned", "pesticide", "drug", "medical",
                   "branded", "infringing", "illegal", "recalled", "expired", "damaged", "defective", "broken",
                   "faulty", "unsafe", "toxic", "different", "wrong", "opened", "refurbished", "second-hand"}
DONE_TO = {"damage", "use", "open", "break", "restrict", "ban", "counterfeit", "recall", "alter", "modify",
           "tamper", "refurbish", "prohibit", "infringe", "copy"}
RULING = {"require", "need", "demand", "expect", "mean", "allow", "permit", "define", "state", "say"}
AS_LISTED = {"described", "advertised", "pictured", "shown", "listed", "stated", "promised"}
HONEST = {"honest", "legitimate", "law-abiding", "innocent", "reputable", "trustworthy", "legal", "ethical",
          "compliant"}
# Verbs under which a statement about the goods is a finding or a promise, not a denial.
FINDING = {"check", "confirm", "verify", "ensure", "make", "inspect", "find", "test", "prove", "show",
           "guarantee", "promise", "attach", "state", "certify", "see", "say", "report", "claim", "write",
           "tell", "inform", "assure"}


def _pred(be: Token) -> list[Token]:
    return [c for c in be.children if c.dep_ in ("acomp", "attr")]


def _words(preds: list[Token]) -> set[str]:
    return {w.lower_ for p in preds for w in (p, *(a for a in p.children if a.dep_ in ("amod", "advmod")))}


def _under_finding(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in FINDING:
            return True
    return False


# Our own records ("our inventory report", "the shipping report"), not a complaint against us.
RECORDS = {"inventory", "shipping", "sales", "stock", "tracking", "order", "performance", "business", "settlement",
           "inspection", "quality", "test", "audit", "daily", "weekly", "monthly", "internal", "warehouse", "carrier"}


def _our_record(subj: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") or c.dep_ in ("compound", "amod")
               and c.lemma_.lower() in RECORDS for c in subj.children)


def complaint_invalid(verb: Token, subj: Token | None) -> bool:
    """'the complaint is groundless', 'the claim was not valid' (not 'our inventory report was
    wrong', a record of our own)."""
    if subj is None or subj.lemma_.lower() not in COMPLAINTS or verb.lemma_ != "be" or hypothetical(verb):
        return False
    if _our_record(subj):
        return False
    words = _words(_pred(verb))
    return bool(words & INVALID) if not negated(verb) else bool(words & VALID)


MATCH = {"match", "reflect", "represent", "correspond", "agree", "fit"}
FACTS = {"fact", "facts", "truth", "reality", "situation", "condition", "record", "records"}


def complaint_untrue(verb: Token, subj: Token | None) -> bool:
    """'the buyer's feedback does not match the facts', 'the report does not reflect the truth'."""
    if subj is None or subj.lemma_.lower() not in COMPLAINTS or verb.lemma_.lower() not in MATCH:
        return False
    if not negated(verb) or hypothetical(verb):
        return False
    return any(t.lower_ in FACTS for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree)


REVIEWS = {"review", "rating", "feedback", "testimonial"}
REAL = {"real", "genuine", "authentic", "honest", "organic", "verified", "actual", "natural"}


def reviews_genuine(verb: Token, subj: Token | None) -> bool:
    """'the reviews on our listing are all from real buyers', 'our ratings are genuine' (not 'we
    checked that ...')."""
    if subj is None or subj.lemma_.lower() not in REVIEWS or verb.lemma_ != "be" or negated(verb):
        return False
    if hypothetical(verb) or _under_finding(verb):
        return False
    if _words(_pred(verb)) & REAL:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        a.lower_ in REAL for g in c.children for a in g.children if a.dep_ == "amod") for c in verb.children)


MERIT = {"basis", "merit", "ground", "grounds", "foundation", "truth", "substance", "justification"}


def without_merit(verb: Token, subj: Token | None) -> bool:
    """'this claim has no basis', 'the complaint does not have any merit', 'there is no truth in the
    allegation'."""
    if verb.lemma_ not in ("have", "be") or hypothetical(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj") and c.lemma_.lower() in MERIT]
    if not objects:
        return False
    refused = negated(verb) or any(d.lower_ == "no" and d.dep_ == "det" for o in objects for d in o.children)
    if not refused:
        return False
    if verb.lemma_ == "have":
        return subj is not None and subj.lemma_.lower() in COMPLAINTS
    return any(g.lemma_.lower() in COMPLAINTS for o in objects for p in o.children if p.dep_ == "prep"
               for g in p.children)                 # "there is no basis for the complaint"


def no_proof(verb: Token, subj: Token | None) -> bool:
    """'the complainant has given no proof', 'the buyer did not provide any evidence'."""
    if subj is None or party_of(subj) not in ("rights-owner", "buyer", "competitor", "others"):
        return False
    if verb.lemma_.lower() not in GIVE or hypothetical(verb):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(c for c in obj.children if c.dep_ == "conj")]
        if not any(n.lemma_.lower() in PROOF for n in nouns):
            continue
        if negated(verb) or any(d.lower_ == "no" for n in nouns for d in n.children if d.dep_ == "det"):
            return True
    return False


def _brand_new(preds: list[Token]) -> bool:
    """'brand new', '100% new' (a bare 'new' may be a fact of the case: 'the units were new')."""
    return any(p.lower_ == "new" and p.i > 0 and p.doc[p.i - 1].lower_ in ("brand", "%", "completely", "totally")
               for p in preds)


def _goods_attr(verb: Token, subj: Token | None) -> bool:
    """'these are not fake products', 'they are genuine items': the goods named in the predicate."""
    return subj is not None and subj.lower_ in ("these", "they", "those", "it", "this") and any(
        p.dep_ == "attr" and p.lemma_.lower() in GOODS for p in verb.children)


def goods_genuine(verb: Token, subj: Token | None) -> bool:
    """'the item is not fake', 'all our products are authentic', 'the item was in perfect condition',
    'these are not fake products', 'the images are my own' (not 'we checked that ... are', nor a
    fix reported: 'the listing is now compliant')."""
    if subj is None or verb.lemma_ != "be" or hypothetical(verb):
        return False
    if subj.lemma_.lower() not in GOODS | IMAGES and not _goods_attr(verb, subj):
        return False
    if any(t.lower_ in ("now", "since", "again", "longer") for t in verb.children):
        return False
    if any(c.dep_ == "relcl" and not any(g.dep_ == "nsubj" and g.lower_ in ("we", "i") for g in c.children)
           for c in subj.children) and not any(c.lower_ in ("our", "my") for c in subj.children):
        return False                                # "the items the buyer received were ..."
    if _under_finding(verb):
        return False
    words = _words(_pred(verb))
    if _goods_attr(verb, subj):             # "these are (not) fake products": the adjectives of the goods
        words = {a.lower_ for p in _pred(verb) for a in p.children if a.dep_ in ("amod", "compound")}
    if negated(verb):
        return bool(words & NOT_THAT)
    if _brand_new(_pred(verb)):
        return True
    if any(c.dep_ in ("prep", "acomp") and (c.lower_ == "as" and any(g.lower_ in AS_LISTED for g in c.children)
                                          or c.lower_ in AS_LISTED and any(g.lower_ == "as" for g in c.children))
           for c in verb.children):
        return True                                 # "the items are exactly as described"
    if subj.lemma_.lower() in IMAGES:                   # "the images and titles are my own"
        return bool(words & {"own", "original"})
    return bool(words & GENUINE) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ == "condition" and any(
            a.lower_ in CONDITION for a in g.children) for g in c.children) for c in verb.children)


def goods_not_harmed(verb: Token, subj: Token | None) -> bool:
    """'the item was not damaged when it left our warehouse', 'our products have never been used'."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in DONE_TO or not negated(verb) or hypothetical(verb):
        return False
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None or passive.lemma_.lower() not in GOODS or _under_finding(verb) or any(
            a.lemma_.lower() in RULING for a in verb.ancestors):
        return False                                # "the policy requires that items ... have never been used"
    return not any(t.lower_ in ("yet", "since", "until", "again") for t in verb.children)


def self_honest(verb: Token, subj: Token | None) -> bool:
    """'we are an honest seller', 'our company is a legitimate business'."""
    if subj is None or verb.lemma_ != "be" or negated(verb) or hypothetical(verb):
        return False
    ours = subj.lower_ in ("we", "i") or subj.lemma_.lower() in ("store", "shop", "company", "business") and any(
        c.lower_ in ("our", "my") for c in subj.children)
    return ours and bool(_words(_pred(verb)) & HONEST)
