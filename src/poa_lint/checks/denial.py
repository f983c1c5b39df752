"""Denial and claims of good intent, found on the parse: the writer's side as the subject of a
negated wrongdoing verb ("we did not place any of these orders", "my listings do not infringe any
copyright", "our store never sell fake"), a wrongdoing denied as intended ("we would never
knowingly break them", "not meant to infringe"), good intent claimed for what happened ("the
fields were unintentionally filled"; "rights that could be infringed unintentionally" speaks of a
risk, not of what happened), the goods said to meet the policy, or an act of misconduct denied
outright ("we have never leased out our authority", "we have not assigned, sold or brokered any
load")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks._clauses import hypothetical, negated
from poa_lint.checks._parties import party_of
from poa_lint.checks._disputes import (
    complaint_invalid,
    complaint_untrue,
    goods_genuine,
    goods_not_harmed,
    no_proof,
    reviews_genuine,
    self_honest,
    without_merit,
)
from poa_lint.checks._phrase_or_parse import phrase_or_parse
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WRONGDOING = {"infringe", "violate", "break", "breach", "counterfeit", "manipulate", "abuse",
              "misuse", "mislead", "deceive", "cheat", "steal", "fake", "falsify", "fabricate"}
OBJECT_NEEDED = {   # these verbs deny wrongdoing only with such an object
    "sell": {"fake", "counterfeit", "used", "inauthentic", "knockoff", "knock-off", "replica", "copy",
             "copies", "illegal", "prohibited", "restricted", "unauthorized", "unauthorised"},
    "place": {"order", "orders", "review", "reviews"},
    "use": {"trademark", "trademarks", "logo", "logos", "copyrighted", "brand"},
    "ask": {"review", "reviews", "positive", "feedback"},
    "buy": {"review", "reviews"},
    "pay": {"review", "reviews", "reviewer", "reviewers"},
    # "we did not copy the invoices into our records" is clerical; copying a listing or a design is the misconduct
    "copy": {"listing", "listings", "design", "designs", "image", "images", "photo", "photos", "picture", "pictures",
             "description", "descriptions", "product", "products", "brand", "logo", "logos", "trademark", "content",
             "text", "anyone", "anybody", "others", "other", "competitor", "competitors", "patent", "artwork"},
    "do": {"manipulation", "fraud", "infringement", "violation", "wrongdoing", "cheating", "counterfeiting",
           "misconduct", "abuse"},
    "commit": {"violation", "violations", "infringement", "offence", "offense", "fraud", "crime", "wrongdoing",
               "manipulation", "abuse", "misconduct"},
}
INTENT = {"knowingly", "intentionally", "deliberately", "purposely", "purposefully", "willfully",
          "wilfully", "consciously"}
MEAN = {"intend", "mean"}
UNINTENDED = {"unintentionally", "unintentional"}   # good intent claimed for what happened
AIM = {"ensure", "make", "prevent", "avoid"}        # "to make sure ...": the aim of an action
COMPLY = {"meet", "comply", "follow", "respect", "conform", "obey", "abide", "adhere", "observe"}
RULES = {"policy", "policies", "rule", "rules", "guideline", "guidelines", "requirement",
         "requirements", "law", "laws", "standard", "standards"}
SELF = {"we", "i"}
# Acts that are the misconduct itself when the writer denies ever doing them ("we have never leased
# out our authority"); steps of the seller's own process (check, review, train) are not here.
ACTS = {"sell", "resell", "lease", "rent", "sublet", "lend", "hand", "assign", "broker", "sub-broker",
        "subcontract", "transfer", "share", "incentivize", "incentivise", "manipulate", "copy", "link",
        "alter", "modify", "repackage", "relabel", "counterfeit", "falsify", "forge"}
# Acts that are misconduct with no object named ("we have never sub-brokered").
MISCONDUCT = {"lease", "rent", "sublet", "broker", "sub-broker", "subcontract", "incentivize", "incentivise",
              "manipulate", "counterfeit", "falsify", "forge"}
OURS = {"product", "item", "listing", "part", "good", "image", "picture", "photo", "store", "shop",
        "company", "business", "account", "brand", "description", "title", "team", "staff", "unit"}
GOODS = {"product", "item", "listing", "part", "good", "unit"}
PROTECTED_NOUNS = {"brand", "logo", "trademark", "copyright"}
PROTECTED_ADJ = {"protected", "copyrighted", "trademarked", "explicit", "branded", "infringing"}
PURPOSE = {"ensure", "sure", "prevent", "avoid", "guarantee", "promise", "commit"}
RECORD = {"complaint", "violation", "warning", "claim", "strike", "infringement"}
TRACK = {"account", "health", "rating", "ratings", "record", "metric", "metrics", "performance", "feedback",
         "score", "store", "shop"}
GOOD_RECORD = {"good", "excellent", "perfect", "healthy", "great", "clean", "high", "positive"}
NOT_LIABLE = {"responsible", "liable", "guilty", "accountable", "culpable"}
SUPPOSE = {"think", "believe", "feel", "consider"}
# "we only wanted to act correctly": good intent offered instead of a cause
WANT = {"want", "try", "mean", "intend", "aim", "hope"}
GOOD_AIM = {"correctly", "right", "properly", "help", "comply", "follow", "honest", "honestly", "legal",
            "legally", "best", "good", "benefit", "convenience"}


def _ours(tok: Token | None) -> bool:
    """We, I, or a noun of ours ("our products", "my listings", "every part I offer", "the product")."""
    if tok is None:
        return False
    if tok.lower_ in SELF:
        return True
    if tok.lemma_.lower() not in OURS:
        return False
    if tok.dep_ in ("dobj", "attr", "pobj") and tok.lemma_.lower() not in GOODS and _run_by_us(tok.head):
        return True                                     # "we run a business which does not break ..."
    if tok.lemma_.lower() in GOODS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "each", "every", "all") for c in tok.children):
        return True                                     # "the product does not copy anyone": the goods in question
    return any(c.lower_ in ("our", "my") for c in tok.children) or any(
        c.dep_ == "relcl" and any(g.lower_ in SELF for g in c.children) for c in tok.children)


def _run_by_us(verb: Token) -> bool:
    """The verb (or the verb it hangs from: 'we are committed to running ...') has we or I as subject."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "nsubj" and c.lower_ in SELF for c in node.children):
            return True
        if node.head is node or node.dep_ not in ("xcomp", "pcomp", "prep", "advcl", "acomp", "conj"):
            return False
        node = node.head
    return False


def _protected(obj: Token) -> bool:
    """'any brand', 'logos of other companies', 'any protected material', 'explicit images'."""
    for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
        if noun.lemma_.lower() in PROTECTED_NOUNS or any(
                a.dep_ == "amod" and a.lower_ in PROTECTED_ADJ for a in noun.children):
            return True
    return False


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _would_never(verb: Token) -> bool:
    """'we would never sell counterfeit goods': a claim of character, not a plan."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) and any(
        c.lower_ == "never" for c in verb.children)


def _purpose_or_future(verb: Token) -> bool:
    """A commitment, not a claim: 'we will not sell ...', 'to ensure that we do not violate ...'."""
    node = verb
    for _ in range(5):
        if hypothetical(node) and not any(c.lower_ in INTENT for c in node.children) and not (
                node.i == verb.i and _would_never(verb)):
            return True
        committed = node.lemma_.lower() == "commit" and any(c.dep_ == "dobj" for c in node.children)
        sure = node.lemma_.lower() == "sure" and node.head.lemma_.lower() != "make"    # "we are sure ..."
        if node.lemma_.lower() in PURPOSE and not committed and not sure or any(
                c.lower_ == "order" and c.dep_ == "mark" for c in node.children):
            return True                                 # ("we did not commit any violation" is no aim)
        if any(c.lower_ == "order" for c in node.children if c.dep_ in ("mark", "prep")):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _on_purpose(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "purpose" for g in c.children)
               for c in verb.children)


def _claims(verb: Token) -> bool:
    """Claims of a clean record, of always following the rules, or of good aims; the complaint
    disputed (checks._disputes)."""
    lemma, subj = verb.lemma_.lower(), _subject(verb)
    if any(f(verb, subj) for f in (complaint_invalid, complaint_untrue, no_proof, goods_genuine, goods_not_harmed,
                                   reviews_genuine, self_honest, without_merit)):
        return True
    if lemma == "be" and subj is not None and subj.lemma_.lower() in TRACK and any(
            c.lower_ in ("our", "my") for c in subj.children) and not negated(verb) and any(
            c.lower_ == "always" for c in verb.children) and any(
            c.dep_ == "acomp" and c.lower_ in GOOD_RECORD for c in verb.children):
        return True                                     # "our account health has always been excellent"
    if _allowed_practice(verb, subj):
        return True                                     # "Amazon lets sellers sell the same product"
    if not _ours(subj) or _purpose_or_future(verb):
        return False
    if _took_care(verb):
        return True                                     # "we have taken every care that ... do not infringe"
    if lemma in COMPLY and not negated(verb) and (_always(verb) or _strict_record(verb)) and not any(
            c.lower_ in ("now", "since", "henceforth") for c in verb.subtree) and any(
            t.lower_ in RULES or t.lower_ in ("amazon", "amazon's") for t in verb.subtree if t.i > verb.i):
        return True                                     # "we have always followed Amazon's policies"
    if _stranger(verb):
        return True                                     # "we don't know this account at all"
    if _kept_every_rule(verb):
        return True                                     # "we followed all the rules when listing it"
    if lemma == "have" and negated(verb) and any(c.lower_ == "never" for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECORD for c in verb.children):
        return True                                     # "our store has never had any complaint"
    if lemma in ("receive", "get") and any(c.lower_ == "never" for c in verb.children) and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECORD for c in verb.children) and not any(
            t.lower_ in ("before", "until", "about", "from") for t in verb.children):
        return True                                     # "we have never received a single complaint"
    if _sourced_well(verb, subj):
        return True                                     # "we always buy from authorised distributors"
    if lemma == "be" and negated(verb) and subj.lower_ in SELF and any(
            c.dep_ == "acomp" and c.lower_ in NOT_LIABLE for c in verb.children):
        return True                                     # "we are not responsible for the delay"
    if lemma in ("sell", "run", "operate", "have") and subj.lower_ in SELF and not negated(verb) and any(
            c.dep_ == "prep" and c.lower_ == "without" and any(
                g.lemma_.lower() in RECORD | {"problem", "issue"} for g in c.children) for c in verb.children):
        return True                                     # "we have sold it for 3 years without any complaint"
    if lemma in SUPPOSE and negated(verb) and any(
            c.dep_ == "ccomp" and (c.lemma_.lower() in WRONGDOING or c.lemma_ == "do" and any(
                t.lower_ in ("wrong", "illegal") for t in c.subtree)) for c in verb.children):
        return True                                     # "we don't think we violated any policy"
    if lemma in WANT and verb.tag_ == "VBD" and not negated(verb) and any(
            c.dep_ == "xcomp" and any(t.lower_ in GOOD_AIM for t in c.subtree if t.i - c.i <= 4)
            for c in verb.children):
        return True                                     # "our company wanted to act correctly"
    return False


def _strict_record(verb: Token) -> bool:
    """'we have been strictly abiding by', 'we have strictly followed': a record claimed with
    'strictly' and the perfect (not 'we will strictly follow', a commitment)."""
    return any(c.lower_ == "strictly" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _always(verb: Token) -> bool:
    """'always', 'at all times', 'all the time'."""
    return any(c.lower_ == "always" or c.lemma_ == "time" and any(d.lower_ == "all" for d in c.subtree)
               or c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_ == "time" for g in c.children)
               for c in verb.children)


KNOWN = {"account", "seller", "store", "shop", "company", "person", "owner", "people"}


CHECKING = {"check", "confirm", "verify", "ensure", "inspect", "test", "review", "audit", "screen", "sure"}


def _checked(verb: Token) -> bool:
    """The clause is what a check establishes ("we check that each product does not infringe"), not
    a claim ("we assure you that our listings do not break policies")."""
    return any(a.lemma_.lower() in CHECKING and (a.lower_ != "sure" or a.head.lemma_.lower() == "make")
               for a in list(verb.ancestors)[:3])


def _stranger(verb: Token) -> bool:
    """'we do not know this account', 'I have never heard of this seller': a link to another account
    denied (not 'we did not know the account was restricted', a rule not known)."""
    if verb.lemma_.lower() not in ("know", "recognize", "recognise") or not negated(verb):
        return False
    subj = _subject(verb)
    return subj is not None and subj.lower_ in SELF and any(
        c.dep_ == "dobj" and c.lemma_.lower() in KNOWN for c in verb.children)


def _kept_every_rule(verb: Token) -> bool:
    """'we followed all the rules', 'we have complied with every Amazon policy': compliance with
    every rule claimed for the past (not 'we now follow all ...', 'our staff followed the wrong
    rule', nor a step the letter introduces)."""
    if verb.lemma_.lower() not in COMPLY or negated(verb) or verb.tag_ not in DONE:
        return False
    if any(t.lower_ in LATER | {"will", "shall", "must", "should"} for t in verb.children):
        return False
    rules = [c for c in verb.children if c.dep_ == "dobj"]
    rules += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(r.lower_ in RULES and any(d.lower_ in ("all", "every", "each") for d in r.children
                                         if d.dep_ in ("det", "predet", "amod"))
               for r in rules)


# Care claimed, not steps taken: "we have taken all appropriate steps" reports the fix.
CARE = {"care", "precaution", "caution", "diligence"}
EVERY = {"every", "all", "great", "utmost", "reasonable", "necessary", "due", "extra", "much"}
CARE_VERBS = {"take", "make", "exercise", "do", "use"}
DONE = {"VBD", "VBN"}


def _took_care(verb: Token) -> bool:
    """'we have taken every care to make sure ...', 'I took all necessary precautions', 'we always
    exercised due diligence': diligence claimed for the past (not 'we now take ...', 'we will take
    ...', a step the letter commits to)."""
    if verb.lemma_.lower() not in CARE_VERBS or negated(verb):
        return False
    if not (verb.tag_ in DONE or any(c.lower_ == "always" for c in verb.children)):
        return False
    if any(t.lower_ in ("now", "since", "henceforth", "future", "going", "onwards", "forward", "from")
           for t in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in CARE and any(
            d.lower_ in EVERY for d in c.children if d.dep_ in ("det", "amod", "predet")) for c in verb.children):
        return False
    return any(t.lemma_.lower() in WRONGDOING | COMPLY | {"authentic", "genuine", "original", "legal", "compliant"}
               or t.lower_ in RULES for t in verb.subtree)   # ... "that my listings do not infringe"


ALLOW = {"allow", "let", "permit"}
# What a seller may be said to be allowed to do with goods and listings.
PRACTICES = {"sell", "resell", "list", "offer", "use", "share", "join", "create", "source", "ship", "advertise",
             "match", "piggyback"}
ALLOWED = {"seller", "sellers", "us", "me", "anyone", "everyone", "anybody", "everybody", "merchant", "merchants"}


def _allowed_practice(verb: Token, subj: Token | None) -> bool:
    """'Amazon lets sellers sell the same product without a brand record', 'the policy allows us to
    ...': the practice said to be permitted, in the present, as a defence (not 'Amazon does not
    allow ...', a rule the writer now follows)."""
    if verb.lemma_.lower() not in ALLOW or verb.tag_ not in ("VBZ", "VBP") or negated(verb) or hypothetical(verb):
        return False
    if subj is None or not (party_of(subj) == "amazon" or subj.lemma_.lower() in RULES | {"policy", "platform"}):
        return False
    if any(t.lower_ in ("only", "not", "never", "if", "unless", "once", "after", "provided", "when") for t in verb.subtree):
        return False                                    # a rule with its condition, not a defence
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in PRACTICES]
    return any(c.lower_ in ALLOWED for c in verb.children if c.dep_ == "dobj") and bool(acts) or any(
        g.dep_ == "nsubj" and g.lower_ in ALLOWED for c in acts for g in c.children)


SOURCE = {"buy", "source", "purchase", "get", "obtain", "import", "procure", "order"}
VAGUE_SOURCE = {"regular", "formal", "legal", "proper", "legitimate", "reliable", "reputable", "trusted", "genuine"}
TRUSTED = {"authorised", "authorized", "reputable", "legitimate", "official", "reliable", "trusted", "licensed",
           "certified", "genuine", "approved", "verified", "regular", "formal", "legal", "proper"}
LATER = {"now", "since", "henceforth", "onwards", "forward", "future", "longer"}


def _sourced_well(verb: Token, subj: Token | None) -> bool:
    """'we always buy our products from authorised distributors', 'all our products are sourced from
    reputable suppliers': genuine goods claimed through their source, as a habit of the past (not a
    step the letter introduces: 'we now buy only from ...')."""
    if verb.lemma_.lower() not in SOURCE or negated(verb) or hypothetical(verb):
        return False
    if any(t.lower_ in LATER for t in verb.subtree) or any(t.like_num for t in verb.subtree):
        return False                                    # "since 3 May we only buy from ..."
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    habit = any(c.lower_ == "always" for c in verb.children) or passive is not None and any(
        d.lower_ in ("all", "every", "each") for d in passive.subtree)
    # "our products are purchased from regular channels": a vague source claimed in the present
    # (a named, checkable source such as "authorised distributors" may be the letter's own control)
    vague = passive is not None and any(c.dep_ == "auxpass" and c.lower_ in ("are", "is") for c in verb.children)
    if not (habit or vague) or not (_ours(subj) or passive is not None and _ours(passive)):
        return False
    sources = {a.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children for a in g.subtree}
    return bool(sources & (TRUSTED if habit else VAGUE_SOURCE))


def _never_did(verb: Token) -> bool:
    """'we have never leased out our authority', 'we have not assigned, sold or brokered any load':
    an act of misconduct denied outright (never, or a perfect 'have not' with 'any'), not a fact of
    the time since ('we have not sold any units since 3 May') nor a step left undone ('we did not
    check any invoice')."""
    acts = [verb]
    for act in acts:                                    # "assigned, sold or brokered": a chain of conj
        acts += [c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    subj = _subject(verb)
    if not any(a.lemma_.lower() in ACTS for a in acts) or not _ours(subj) or subj.lemma_.lower() in GOODS:
        return False
    if not any(a.lemma_.lower() in MISCONDUCT or any(c.dep_ in ("dobj", "prt") for c in a.children) for a in acts):
        return False                                    # "we have never sold on Amazon Europe": no act named
    if any(t.lower_ in ("since", "yet", "until", "after", "before", "anymore", "again") for t in verb.subtree):
        return False
    if any(c.lower_ == "never" for c in verb.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and negated(verb) and any(
        d.lower_ == "any" for a in acts for o in a.children if o.dep_ in ("dobj", "pobj", "prep")
        for d in o.subtree)


def _denies(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _claims(verb):
        return True
    if negated(verb) and (_on_purpose(verb) or any(c.lower_ in INTENT for c in verb.children)) and (
            _ours(_subject(verb)) or verb.tag_ == "VBN" and _subject(verb) is not None
            and _subject(verb).lower_ in ("this", "it", "that")) and not hypothetical(verb):
        return True                                     # "we did not do this on purpose", "it was not done on purpose"
    neg = negated(verb) or any(c.lower_ == "no" and c.dep_ == "det" for d in verb.children
                               if d.dep_ == "dobj" for c in d.children) or any(
        c.lower_ in INTENT and negated(c) for c in verb.children)     # "never knowingly break"
    present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)   # "we do not intend to ... again"
    if lemma in MEAN and neg and present:
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in WRONGDOING | {"harm", "hurt"} for c in verb.children) and _ours(
            _subject(verb))                             # "we not intend to infringe the right of others"
    if lemma in MEAN and neg and verb.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in WRONGDOING | {"harm", "hurt"} for c in verb.children):
        return _ours(_subject(verb))                    # "we not intend to infringe the right of others"
    if lemma in MEAN and neg and verb.tag_ in ("VBN", "VBD", "VB"):
        subj = _subject(verb)
        passive = any(c.dep_ == "auxpass" for c in verb.children)      # "the parts are not meant to"
        return subj is None or passive or _ours(subj) or subj.lower_ in ("it", "this")
    if lemma in COMPLY and not neg and _ours(_subject(verb)) and _subject(verb).lemma_.lower() in GOODS:
        return any(c.dep_ in ("dobj", "prep") and any(t.lower_ in RULES for t in c.subtree) for c in verb.children) \
            and not _purpose_or_future(verb)
    if not neg or not _ours(_subject(verb)) or _purpose_or_future(verb):
        return False
    if _subject(verb).lower_ not in SELF and _checked(verb):
        return False                                    # "we check that each product does not infringe ..."
    if _never_did(verb):
        return True
    if lemma in WRONGDOING or any(c.lower_ in INTENT for c in verb.children):
        return True
    if _subject(verb).lemma_.lower() in GOODS | {"picture", "image", "photo", "description", "title"} and any(
            c.dep_ == "dobj" and _protected(c) for c in verb.children):
        return True                                     # "my products do not carry any brand or logo"
    if lemma in OBJECT_NEEDED:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
        if any(t.lower_ in ("test", "sample", "trial") for c in objects for t in c.subtree):
            return False                                # "we did not place test orders": a step left undone
        words = {t.lower_ for c in objects for t in c.subtree}
        return bool(words & OBJECT_NEEDED[lemma])
    return any(c.lower_ in INTENT for c in verb.children)


def _span(verb: Token, sent: Span) -> tuple[int, int]:
    subj = _subject(verb)
    start = verb.i
    if subj is not None and subj.i < verb.i and subj.i >= sent.start:
        start = subj.left_edge.i if subj.left_edge.i >= sent.start else subj.i
    end = verb
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i > verb.i), None)
    if obj is not None and obj.i - verb.i <= 4:
        end = obj
    return sent.doc[start].idx, end.idx + len(end.text)


def _unintended(sent: Span) -> tuple[int, int] | None:
    """'was unintentionally filled', 'an unintentional mistake': good intent claimed for what
    happened, unless the clause is hypothetical ('rights that could be infringed unintentionally')."""
    for tok in sent:
        if tok.lower_ in UNINTENDED:
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or not hypothetical(verb):
                return tok.idx, tok.idx + len(tok.text)
    return None


CASE = {"violation", "infringement", "manipulation", "abuse", "fraud", "misconduct", "incident", "offence",
        "offense", "wrongdoing"}


def _never_happened(verb: Token) -> bool:
    """'the reported infringement did not happen', 'no violation took place'."""
    if verb.lemma_.lower() not in ("happen", "occur", "take", "exist") or hypothetical(verb) or _purpose_or_future(verb):
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in CASE:
        return False
    if any(t.lower_ in ("since", "after", "again", "yet", "until") for t in verb.subtree):
        return False                                    # "no incident has happened since we ..."
    return negated(verb) or any(d.lower_ == "no" and d.dep_ == "det" for d in subj.children)


def _find(sent: Span) -> tuple[int, int] | None:
    verb = next((t for t in sent if _denies(t) or _never_happened(t)), None)
    return _span(verb, sent) if verb is not None else _unintended(sent)


RULE_MODALS = {"can", "cannot", "may", "must", "will", "shall", "should"}


def _permission_rule(tok: Token) -> bool:
    """'no one can change a listing without my permission': a rule of our process about who may
    act, not a claim that something happened behind our back."""
    if tok.lower_ != "without":
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head is not verb:   # "can create or change ... without"
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
            d.lower_ == "no" for d in c.children)) for c in verb.children)


def _in_purpose(sent: Span, start: int) -> bool:
    """The phrase at `start` is the aim of an action ("... to make sure each product we sell is
    authentic"), a commitment rather than a claim, or a rule about permission ("no listing is
    published without my approval")."""
    tok = next((t for t in sent if t.idx >= start), None)
    if tok is not None and _permission_rule(tok):
        return True
    for node in tok.ancestors if tok is not None else ():
        if node.lemma_.lower() in AIM and any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children):
            return True                                 # "to make sure ...", "to ensure ..."
        if any(c.lower_ == "order" and c.dep_ in ("mark", "prep") for c in node.children):
            return True                                 # "in order that ..."
    return False


def denial(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield, once per sentence, a denial or a claim of good intent: the `patterns` option's
    regexes first ("we did nothing wrong", "the complaint is false"; not as the aim of an action),
    then the parse."""
    return phrase_or_parse(letter, options, _find, _in_purpose)
