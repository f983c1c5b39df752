"""Roles read from a sentence's grammar, beside the learned sentence model (poa_lint.roles).

Corrective: the seller (we, I, our team) or a passive subject that is the affected thing, a fixing
verb (refund, remove, cancel, replace, contact, ...) in the past or present perfect, and the
affected orders, listings, stock or buyers as its object ("We have refunded every buyer", "The
ASINs have been deleted", or with no subject, as notes are written: "Removed all the listings");
also a remedy issued ("we issued refunds"), the error fixed ("an error that I have corrected"),
a fix the seller had their own people make ("I told my staff to remove every listing"), the
affected things made sure of ("We have verified that the products are described accurately"), all
of the stock gone over ("I have checked my whole inventory", unless it found the cause or tells
the usual care "before shipping"), the practice that was the problem stopped ("We stopped selling
the product"), the orders left behind sent ("We shipped all the remaining orders"), a check
carried out on them ("We completed an audit of all our listings"), the remedy the buyers got
("Every affected buyer received a full refund"), goods or a message sent to the buyers again ("We
sent each buyer a new unit", "I emailed each buyer"), corrections made to the affected things, stock
sent for disposal or checked again ("All 60 units were re-inspected"), the permission the products
lacked obtained ("We obtained a letter of authorization"), missing tracking added to the orders, a
retraction asked of the rights owner, the buyers' complaints dealt with or talked over with them
("We have dealt with all the complaints"), a fix done by one of the seller's people named ("Maria from
our support team"), a fix noted without its auxiliary, as list items are written ("All affected
listings removed on 3 May."), and, in broken English, a fix told in the present with "already" or
"now" ("we already refund all buyer", "All the listing is deleted now"), or with the things pointed
at as those of the problem ("these shipments are identified and fixed", "All the products in our old
storage is thrown away"), or after the notice came ("After receiving the notice, we delete the listing"),
or with "have" and the base form ("I have remove the listing"); notes opening with an adverb ("Immediately
removed every affected listing") or "have" ("Have refunded all buyers"); a partitive subject read as what
it is made of ("All of the inventory has been removed"); the affected things set right ("changed the
condition of the listings to used", "re-categorized the product") or gone over when they are the
things of the problem ("We checked the affected listings"); what was wrong taken out of them ("The brand
name has been removed from all our listings"); the buyers paid back, or got in touch with. A fix in the
main clause wins over a promise or a routine joined to it ("We have removed the listings and will never
sell them again"), not over a control put in place. Not corrective: the story
of the problem told with a fixing verb ("cancelled the orders by mistake", "relabelled the units, so
the barcodes did not scan"), the notice's news in the passive ("Your listings have been disabled",
"removed for a suspected IP violation"), a fix only believed done, or one made by a control.
Preventive: the seller putting a control in place (a process, a checklist, training, a new
supplier) in any tense ("We have introduced a checklist"), having studied the marketplace's
rules, a commitment in the future tense ("We will train our staff"), or a routine in the present
("Returned units are inspected", "Every Monday I review the report"). Evidence: documents the
seller attaches, hands over or offers ("We have attached the invoices", "Please find the receipts
attached", "We have uploaded the licence"), holds ready ("We have the invoices for all 500 units"),
points the reader to ("Please see the invoices"), or whose content it reports ("The invoices show
500 units bought from ...", "According to the invoices, ...", "As you can see from the invoice",
"The invoices are from Brightway Ltd", "These invoices are proof that ..."), says where it is ("The invoice
is in the attachment", "See attached tracking information"), or a line that only names one ("Bank
statement for March 2024.", "Letter of authorisation from ...", "Invoices from our supplier", "Invoice
No. HM-250311, ...") or lists the orders' numbers. Clauses of reason,
condition or description ("because we removed ...") and lines that introduce a list are left
out. A vague root cause names nothing concrete that went wrong ("because of failures in our
processes"). Needs the dependency parse; without it (a blank pipeline) no role is read.
"""

from __future__ import annotations

import re
from typing import Any

from poa_lint.clauses import clause_head
from poa_lint.clauses import tense as clause_tense

# the notice's coming, told as one event: what the seller did on it is a fix told in the present
_ON_NOTICE = re.compile(r"\b(after|upon|on|when|once)\s+(we\s+|i\s+)?(receiv|got|get|saw|see|read)\w*\s+(the|your|this|"
                        r"amazon'?s?)\s+(\w+\s+)?(notice|email|e-mail|message|notification|warning|letter)\b", re.I)
_AT_ONCE = frozenset({"immediately", "promptly", "instantly", "quickly", "timely", "urgently"})
# verbs that fix what the problem touched, once done
FIXING = frozenset("""refund reimburse compensate credit replace reship resend remove delete delist close cancel
withdraw recall dispose destroy discard return correct edit update fix amend revise rectify repair relist
contact apologise apologize email call message stop halt pause suspend deactivate take pull throw quarantine
isolate discontinue modify rewrite adjust relabel repackage repack reinspect re-inspect rebook reupload re-upload
resolve settle answer reply respond inform notify relabelle reach disable inactivate unpublish archive
recategorize recategorise empty""".split())
# the verbs of FIXING whose past also tells the story of the problem ("we answered the buyer late"):
# with a word of fault in the sentence they report the problem, not its fix
NARRATED = frozenset("""answer reply respond inform notify call message email contact""".split())
_FAULT = re.compile(r"\b(late|later|slow(ly)?|wrong(ly)?|incorrect(ly)?|mistaken(ly)?|accidentally|by\s+mistake|"
                    r"only|but|rude(ly)?)\b", re.I)
# the story of the problem told with a fixing verb ("Our staff cancelled the orders by mistake", "We
# relabelled the units with old labels, so the barcodes did not scan"): an act done in error, or one
# told with what it led to, is the cause, not the fix
_NARRATION = re.compile(r"\b(accidentally|by\s+(mistake|accident)|mistakenly|wrongly|in\s+error|carelessly|"
                        r"was\s+a\s+mistake|without\s+(checking|verifying|permission|noticing|knowing|realizing|"
                        r"realising|waiting|inspecting|testing|reading|looking)|as\s+(brand\s+)?new|"
                        r"before\s+(the|this|that)\s+(complaint|notice|suspension|deactivation|claim|"
                        r"problem|issue)|which\s+(was|caused|led|resulted)|so\s+(the|he|she|they|it|our|buyers?|"
                        r"customers?)|"
                        r"(was|were)\s+lost|caused|led\s+to|resulted\s+in)\b", re.I)
# verbs whose remedy goes to the buyers with whatever object ("we refunded their money")
REFUNDING = frozenset({"refund", "reimburse", "compensate"})
# what the notice gives as its reason for acting on the affected thing ("Our listing was removed for
# a suspected IP violation"): that passive is Amazon's action, not the seller's fix
_ALLEGED = frozenset("""violation infringement complaint policy reason suspicion report claim""".split())
# verbs of sending goods again to the buyers ("We sent each buyer a new unit"), what marks the goods
# as a second, right one, and what stock is sent away for
RESENDING = frozenset({"send", "ship", "dispatch", "mail", "post", "reship", "resend"})
_AGAIN = frozenset({"new", "another", "free", "replacement", "second", "correct", "right", "brand-new"})
_DISPOSAL = frozenset({"disposal", "destruction", "removal", "recycling", "liquidation"})
# what is made to the affected things when they are corrected ("made corrections to the listings")
CHANGES = frozenset({"change", "correction", "modification", "amendment", "revision", "edit", "update", "fix"})
# what Amazon does to a seller's listings and account: in the passive, the notice's news, not a fix
_SANCTIONS = frozenset("""disable deactivate suspend block inactivate restrict flag ban freeze""".split())
# verbs of talking the problem over with the buyers ("We communicated with each buyer")
TALKING = frozenset({"communicate", "talk", "speak", "negotiate", "apologize", "apologise", "reach"})
# verbs of dealing with the buyers' complaints, and the complaints ("We have dealt with all the claims")
HANDLING = frozenset({"handle", "deal", "process", "address", "close", "resolve", "settle", "answer"})
COMPLAINTS = frozenset({"complaint", "claim", "feedback", "case", "dispute", "chargeback", "a-to-z", "inquiry",
                        "request", "message", "return"})
# verbs of belief, hope or assumption: what follows them is not reported as done
_BELIEVING = frozenset("""believe think hope assume guess suppose feel expect trust presume""".split())
# verbs of asking the rights owner to take the complaint back, and what is asked for
ASKING = frozenset({"ask", "request", "beg", "contact"})
RETRACTING = frozenset({"retraction", "withdrawal", "retract", "withdraw"})
# verbs of obtaining the permission the affected products lacked ("We obtained a letter of
# authorization from the brand owner")
OBTAINING = frozenset({"obtain", "get", "acquire", "secure", "receive"})
PERMISSION = frozenset("""authorization authorisation licence license loa permission approval retraction""".split())
# verbs of adding tracking that was missing to the affected orders ("We uploaded valid tracking numbers
# for all the late orders"), unless the tracking was the error
TRACKING_ADDED = frozenset({"upload", "add", "enter", "update", "correct"})
_TO_COME = re.compile(r"\b(future|new|upcoming|coming)\b", re.I)
_ERROR_WORD = re.compile(r"\b(wrong|incorrect|invalid|fake|old)\b", re.I)
# the affected things checked or sorted again after the problem ("All 60 units were re-inspected", "We
# re-categorized the product"): "re-" says it was done after the fact
_RECHECKED = re.compile(r"(^\W*|\b(we|i|have|has|had|was|were|been|already)\s+(\w+\s+){0,2})re-?\s?"
                        r"(inspect|check|examin|test|audit|sort|grad|verifi|categori[sz]|classif)(ed|ied)\b", re.I)
# ... and the affected things made again, which spaCy splits at the hyphen ("We have re-edited the product
# page", "re-uploaded the correct images")
_REDONE = re.compile(r"(^\W*|\b(we|i|have|has|had|was|were|been|already)\s+(\w+\s+){0,2})re-\s?"
                     r"(edit|upload|writ|word|phras|design|photograph|shot|creat|submitt|packag|pack|label)(ed|ten)?\b",
                     re.I)
# what a seller stops when the practice was the problem ("We have stopped this behaviour")
PRACTICE = frozenset("""behaviour behavior practice activity selling sale sales use cooperation partnership
promotion campaign program programme offer incentive relationship contract agreement collaboration purchase
purchasing buying business dealing""".split())
STOPPING = frozenset("""stop end cease quit discontinue halt terminate""".split())
_TRADING = frozenset("""sell list offer use buy source purchase work cooperate ship promote advertise
import""".split())
# verbs of going over what the problem touched: corrective when done to all of it ("I have checked
# my whole inventory") and not an investigation that found the cause ("we checked ... and found")
SWEEPING = frozenset("""check inspect review audit verify examine go scan screen sort investigate""".split())
_ALL = frozenset({"all", "every", "whole", "entire", "each"})
# a check told as the usual care before the problem, not a fix after it ("We checked all the units
# before shipping, but ...")
_DILIGENCE = re.compile(r"\b(before\s+(shipping|sending|dispatch|listing|selling|packing)|prior\s+to|always|"
                        r"every\s+time|as\s+usual|but)\b", re.I)
_FINDING = frozenset({"find", "discover", "realize", "realise", "notice", "learn", "see", "identify", "reveal"})
# verbs of mending the problem itself, and the words for it ("we have fixed the error")
MENDING = frozenset("""fix correct resolve solve rectify remedy repair""".split())
PROBLEM = frozenset("""problem issue error mistake violation defect""".split())
# documents a seller attaches or offers ("We have attached the supplier's invoices")
DOCUMENT = frozenset("""invoice receipt photo photograph picture image screenshot statement bill license licence
certificate certification document documentation copy record report letter contract authorization
authorisation proof evidence attachment file declaration loa tracking waybill manifest registration passport
screenshots ein link paperwork confirmation""".split())
# ... and those that, named alone in a line, can only be a document listed ("Bank statement for March")
LISTED_DOCUMENT = frozenset("""invoice receipt photo photograph screenshot statement bill license licence certificate
document documentation copy record proof authorization authorisation loa waybill manifest contract
attachment paperwork""".split())
# what befalls a document that is the problem, not the evidence ("Proof of address rejected")
_BEFELL = frozenset("""reject decline refuse deny flag fail expire forge fake alter""".split())
# verbs of attaching or offering a document (a document "provided" in the past went with an
# earlier appeal or came from someone else, and what a listing "included" is no attachment)
ATTACHING = frozenset("""attach enclose provide""".split())
# verbs of handing documents over, beside attaching ("We have uploaded the invoices", "I am sending
# the licence"): with a document as object
HANDING = frozenset("""send submit upload forward supply present include give show""".split())
# the words of being able or willing to hand documents over ("We are happy to provide ...")
_WILLING = frozenset("""able happy ready willing glad pleased like wish""".split())
# documents whose saying something is evidence (a listing's photos and descriptions also "show")
ATTESTING_DOCUMENT = DOCUMENT - frozenset({"photo", "photograph", "picture", "image", "copy", "file", "link",
                                           "record", "letter", "tracking", "report"})
# ... and whose handing over is evidence (photos go to listings, tracking to orders)
HANDED_DOCUMENT = DOCUMENT - frozenset({"photo", "photograph", "picture", "image", "file", "link", "tracking"})
# verbs by which a document says something ("The invoice shows ...", "All the documents match ...")
_ATTESTING = frozenset("""show prove confirm demonstrate indicate verify match reflect display list state
contain cover""".split())
# whose documents are not the seller's evidence (the notice's report, a buyer's photo)
_NOT_OURS = frozenset("""amazon notice performance health buyer customer complainant""".split())
# verbs of making sure the affected things are now right ("We have verified that the products are
# described accurately"; "make" with "sure")
VERIFYING = frozenset("""verify ensure check make""".split())
# verbs of having one's own people do something ("I have told my staff to remove ...")
DELEGATING = frozenset("""tell ask instruct direct order have get""".split())
# verbs of getting the affected orders to the buyers, a fix when done to those left behind ("We have
# shipped all the remaining orders"), and the words for those
DELIVERING = frozenset("""ship dispatch deliver fulfil fulfill send process""".split())
LEFT_BEHIND = frozenset("""remaining pending outstanding open delayed unshipped undelivered missing affected
late correct right replacement backlogged overdue unfulfilled""".split())
# verbs of changing the affected things, corrective when they are set right ("changed the condition of
# the listings to used", "moved the product into the correct category") or are the things of the
# problem ("changed the category of the affected ASINs"), and the words of the right state
CHANGING = frozenset("""change convert mark move switch turn categorize categorise classify reclassify
recategorize recategorise""".split())
_RIGHT = frozenset("""correct right accurate proper actual real compliant used appropriate match reflect comply
conform""".split())
# verbs of setting the affected things to nothing ("We set the quantity of all 12 listings to zero")
ZEROING = frozenset("""set mark change make turn""".split())
_ZERO = re.compile(r"\b(zero|0|inactive|unavailable|out\s+of\s+stock|unsellable|unfulfillable)\b", re.I)
# verbs of carrying out a check, and the checks: done to the affected things, a fix ("We completed a
# full audit of all our listings")
CARRYING_OUT = frozenset("""complete finish conduct perform carry do run""".split())
CHECKS = frozenset("""audit review inspection check removal recall cleanup clean-up""".split())
# verbs of handing a remedy to the buyers, and the remedies ("we issued full refunds")
GIVING = frozenset("""issue process send arrange initiate grant give provide create place submit file ship dispatch
mail post""".split())
REMEDY = frozenset("""refund replacement reimbursement apology compensation removal credit recall""".split())
# verbs by which the buyers got the remedy ("Every affected buyer received a full refund")
RECEIVING = frozenset({"receive", "get", "accept"})
# words for what the problem touched
AFFECTED = frozenset("""order listing asin page product stock inventory unit item buyer customer review catalog
catalogue shipment package parcel sku goods merchandise title image description keyword detail complaint
claim refund variation quantity price tracking label barcode photo picture bullet packaging box
feedback offer batch lot pallet carton""".split())
# words for a control: what keeps the problem from happening again
CONTROL = frozenset("""process procedure system software tool checklist training trainer staff employee
hire worker specialist manager supervisor team member supplier vendor audit inspection routine sop workflow
protocol control step measure mechanism program programme schedule carrier courier partner alert reminder
template improvement change safeguard scanner platform plugin integration""".split())
# words for the marketplace's rules, whose study the seller reports as a change
RULES = frozenset("""policy guideline rule agreement term condition standard requirement regulation law
guidance""".split())
# verbs of putting a control in place (any tense)
INSTALLING = frozenset("""implement introduce install establish create set adopt add hire employ recruit train
retrain educate appoint assign designate switch change update improve upgrade strengthen tighten develop build
subscribe launch enforce put connect integrate link migrate start begin buy purchase invest engage contract
automate configure require""".split())
# verbs of learning the marketplace's rules
LEARNING = frozenset("""study read review learn understand familiarize familiarise research go""".split())
# verbs of a check or a routine kept up
ROUTINE = frozenset("""check inspect verify review audit monitor test confirm examine compare ensure track
double-check spot-check follow keep maintain use record log document search photograph weigh count measure
train meet respond reply answer ship pack label""".split())
# verbs whose future or present says nothing about a routine (courtesy, requests, attachments)
_NOT_ACTION = frozenset("""be have appreciate look hope wait thank like love want wish need ask request beg
attach enclose provide send submit include understand know believe think feel regret apologize apologise
accept agree acknowledge admit realize realise recognize recognise value assure promise guarantee do say
tell explain state write mention let try""".split())
_AGENTS = frozenset("""team staff company store shop business employee worker manager department warehouse
colleague partner supervisor officer specialist owner founder director assistant packer picker clerk lead
inspector accountant operator person member leader head coordinator service support""".split())
_SELF = frozenset({"we", "i"})
_OWN = frozenset({"our", "my"})
_HABIT = re.compile(r"\b(from\s+now\s+on|going\s+forward|moving\s+forward|in\s+(the\s+)?future|henceforth|"
                    r"from\s+(this|that)\s+(day|point|moment)|now|never|always|every|each|before\s+(any|shipping|"
                    r"listing|sending)|daily|weekly|monthly|quarterly|regularly|routinely|constantly|continuously)\b",
                    re.I)
_REASON = frozenset({"because", "since", "as", "if", "unless", "when", "while", "although", "though", "until",
                     "after", "before", "once", "whether"})
def _our_people(token: Any) -> bool:
    return token.lemma_.lower() in _AGENTS and any(c.dep_ == "poss" and c.lower_ in _OWN for c in token.children)


def _is_seller(token: Any) -> bool:
    """we / I, the seller's own people (our team, my staff), or one of them named ("Maria from our
    support team", "Tom, our warehouse manager,")."""
    return token.lower_ in _SELF or _our_people(token) or (token.pos_ == "PROPN" and any(
        (c.dep_ == "appos" and _our_people(c)) or (c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
            p.dep_ == "pobj" and _our_people(p) for p in c.children)) for c in token.children))


def _subject(verb: Any) -> tuple[Any | None, bool]:
    """The subject of `verb`'s clause and whether it is passive."""
    head = clause_head(verb)
    for c in (*verb.children, *head.children):
        if c.dep_ == "nsubj":
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    return None, False


def _headless_done(verb: Any, span: Any) -> bool:
    """A report that opens with its past-tense verb and has no subject, as list items and notes
    are written ("Removed all the affected listings.", "- Contacted every buyer"): the writer is
    the one who acted."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl", "agent") or (
                c.dep_ == "aux" and c.lower_ not in ("have", "has")) for c in verb.children):
        return False   # (with "have" the note is in the perfect: "Have removed all the listings")
    return _opens_with(verb, span)


def _opens_with(verb: Any, span: Any) -> bool:
    """Whether the line opens with `verb`, or with adverbs of it and then it, as notes are written
    ("Immediately removed every affected listing", "Already refunded the buyers")."""
    first = next((t for t in span if t.is_alpha), None)
    if first is None:
        return False
    # a list of past verbs, of which spaCy makes the first a clause of the last ("Contacted the buyer,
    # apologized and issued a full refund")
    if first.i < verb.i and first.tag_ in ("VBD", "VBN") and first.head.i == verb.i and first.dep_ in (
            "advcl", "conj", "dep") and verb.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in first.children):
        inside = {t.i for t in first.subtree}
        return all(t.i in inside or not t.is_alpha or t.dep_ == "cc" for t in span if t.i < verb.i)
    return all(t.head.i == verb.i and ((t.dep_ == "advmod" and t.tag_ == "RB") or (
        t.dep_ == "aux" and t.lower_ in ("have", "has")) or (t.dep_ == "cc" and t.lower_ in ("and", "then")))
        for t in span[first.i - span.start:] if t.i < verb.i and t.is_alpha)   # (also "And then removed ...")


def _lemma(verb: Any) -> str:
    """The verb's lemma, or the fixing verb its past form spells where spaCy's lemma is none
    ("relisted" read as "reliste")."""
    lemma = verb.lemma_.lower()
    low = verb.lower_
    if lemma not in FIXING and low.endswith("ed"):
        for stem in (low[:-2], low[:-1], low[:-3] + "y"):
            if stem in FIXING:
                return stem
    return lemma


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in (*verb.children, *clause_head(verb).children))


_DONE = {"past": "done", "perfect": "done", "future": "future", "present": "present"}


def _adjectival_participle(verb: Any) -> bool:
    """A fixing verb's passive participle that spaCy tags as an adjective ("has been fully refunded")."""
    return verb.tag_ == "JJ" and verb.lower_.endswith("ed") and _lemma(verb) in FIXING and (any(
        c.dep_ == "auxpass" for c in verb.children) or (
        # ("has been informed and refunded")
        verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "auxpass" for c in verb.head.children)))


def _tense(verb: Any) -> str:
    """The role cues' reading of a clause's tense: "done" (past, present perfect), "future",
    "present" (simple present, active or passive), or "" (infinitive, modal, gerund, anything else);
    a fixing verb's participle that spaCy tags as an adjective ("has been fully refunded") read as one."""
    # broken English: a fix told with "have" and the verb's base form ("I have remove the listing")
    if verb.tag_ in ("VB", "VBP") and _lemma(verb) in FIXING and verb.lemma_.lower() != "have" and any(
            c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("have", "has", "had") for c in verb.children):
        return "done"
    # the passive with "get" ("The listing got deleted")
    if verb.tag_ == "VBN" and _lemma(verb) in FIXING and any(
            c.dep_ == "auxpass" and c.lower_ in ("got", "gotten") for c in verb.children):
        return "done"
    return _DONE.get(clause_tense(verb, participle=_adjectival_participle(verb)), "")


def _subordinate(verb: Any) -> bool:
    """A verb in a clause that gives a reason or a condition ("because we removed ..."), or that
    describes a noun ("the listing that we removed")."""
    for clause in (verb, *verb.ancestors):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        head = clause_head(clause)
        describes = head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
            and any(ch.isalnum() for ch in head.head.text)
        if describes or head.dep_ in ("pcomp", "csubj") or any(
                c.dep_ == "mark" and c.lower_ in _REASON for c in head.children):
            return True
    return False


def _object_words(verb: Any, subject: Any | None, passive: bool, origin: bool = True) -> set[str]:
    """Lemmas of the nouns the verb acts on: its objects with their prepositional phrases and
    conjuncts (and the passive subject); without `origin`, phrases of origin or reason ("from a
    manufacturer", "because of ...") left out."""
    roots = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd", "prt", "xcomp") or (
        c.dep_ == "prep" and (origin or c.lower_ not in ("from", "because", "due", "after", "since", "despite")))]
    if passive and subject is not None:
        roots.append(subject)
    out = set()
    for root in roots:
        for t in root.subtree:
            if t.pos_ in ("NOUN", "PROPN"):
                out.add(t.lemma_.lower())
                out.add(t.lower_)
    return out


def _direct_objects(verb: Any, subject: Any | None, passive: bool) -> set[str]:
    """Lemmas of the verb's direct objects (and passive subject) with their conjuncts and compounds,
    without the phrases that hang on them ("our inspection process", not "... of the listings")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"] + ([subject] if passive and subject is not None else [])
    out = set()
    for head in heads:
        for t in (head, *head.conjuncts):
            out.add(t.lemma_.lower())
            out.update(c.lemma_.lower() for c in t.children if c.dep_ == "compound")
    return out


def _gives_remedy(verb: Any, subject: Any | None, passive: bool) -> bool:
    """Whether what the verb hands over is itself a remedy ("issued full refunds", "offered a
    replacement", "placed a removal order"), not a thing a remedy word only describes ("created a
    refund policy" is a control)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + (
        [subject] if passive and subject is not None else [])
    # "provided the buyer with a replacement"
    if any(h.lemma_.lower() in _PEOPLE for h in heads) and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            p.lemma_.lower() in REMEDY for p in c.children) for c in verb.children):
        return True
    for head in heads:
        for t in (head, *head.conjuncts):
            lemma = t.lemma_.lower()
            # (a "replacement unit" is a remedy, a "refund policy" a control)
            if lemma in REMEDY or (lemma in AFFECTED and any(
                    c.dep_ == "compound" and c.lemma_.lower() in REMEDY for c in t.children)) or (
                    lemma in ("order", "request") and any(
                    c.lemma_.lower() in ("removal", "recall", "refund", "replacement") for c in t.children)):
                return True
    return False


# what marks the things of the problem ("the affected listings", "the remaining stock")
_SWEPT = frozenset({"affected", "remaining", "concerned", "infringing", "flagged", "reported", "problematic"})


def _sweeps(verb: Any) -> bool:
    """Whether the verb's object (or passive subject) is all of an affected thing ("all my stock",
    "the whole catalog", "All 318 units were inspected", "each of my listings") or the things of the
    problem ("the affected listings", "the remaining inventory")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "prep", "prt", "nsubjpass"):
            continue
        for t in c.subtree:
            if t.lemma_.lower() in AFFECTED and t.pos_ in ("NOUN", "PROPN") and any(
                    d.lower_ in _ALL | _SWEPT for d in t.children) or (
                    t.lower_ in _ALL and t.head.lemma_.lower() in AFFECTED and t.head.pos_ in ("NOUN", "PROPN")) or (
                    # "each of my listings"
                    t.lower_ in _ALL and _thing(t) is not t and _thing(t).lemma_.lower() in AFFECTED):
                return True
    return False


def _delegates_fix(verb: Any) -> bool:
    """Whether the seller had their own people fix the affected things ("I have told my staff to
    remove every listing concerned"): the verb's object, if any, is the seller's people, and its
    clause of purpose a fixing verb with an affected thing as object."""
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if told and not all(t.lemma_.lower() in _AGENTS for t in told):
        return False
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for fix in (c, *(t for t in c.subtree if t.dep_ == "conj" and t.pos_ == "VERB")):
            lemma = fix.lemma_.lower()
            if (lemma in FIXING and _object_words(fix, None, False) & AFFECTED) or (
                    lemma in SWEEPING and _sweeps(fix)):
                return True
    return False


_PEOPLE = frozenset({"buyer", "customer"})   # what buyers did is a finding, not a thing made right


def _own_clause(verb: Any) -> str:
    """The words of the verb's clause without the clauses describing its nouns ("the buyers whose
    orders were late" says nothing of how they were contacted)."""
    inner = {t.i for t in verb.subtree if t is not verb and t.dep_ in ("relcl", "acl") for t in t.subtree}
    return " ".join(t.text for t in verb.subtree if t.i not in inner)


def _by_control(verb: Any) -> bool:
    """Whether the fix is told as made by a control ("fixed this problem with a quality control
    program"): prevention, not a thing done to the affected orders."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "by", "through") and any(
        t.lemma_.lower() in CONTROL - {"staff", "team", "employee", "worker", "manager", "member"} for t in c.subtree)
        for c in verb.subtree)


def _changes_made(verb: Any, subject: Any | None, passive: bool) -> bool:
    """Whether changes were made to the affected things ("made corrections to all the listings"), not to
    a control ("made changes to our process")."""
    made = [c for c in verb.children if c.dep_ == "dobj"] + ([subject] if passive and subject is not None else [])
    for t in made:
        if t.lemma_.lower() not in CHANGES:
            continue
        targets = {w.lemma_.lower() for w in t.subtree} | {w.lemma_.lower() for c in verb.children
                                                          if c.dep_ == "prep" for w in c.subtree}
        if targets & AFFECTED and not targets & CONTROL - CHANGES:
            return True
    return False


def _resends_goods(verb: Any) -> bool:
    """Whether the seller sent the buyers goods again: a new, free or replacement item to a buyer."""
    to_people = _to_buyers(verb)
    goods = any(c.dep_ == "dobj" and c.lemma_.lower() in AFFECTED - _PEOPLE and any(
        m.lower_ in _AGAIN for m in c.children) for c in verb.children)
    return to_people and goods


def _amazons_act(verb: Any, subject: Any) -> bool:
    """Whether a passive tells what Amazon did to the seller's things, as a notice does ("Your listings
    have been disabled"): said to the seller ("your"), or a verb of Amazon's sanctions, also in a clause
    joined to it ("Our account was suspended and all listings were removed")."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    return _lemma(verb) in _SANCTIONS or any(t.lower_ in ("your", "you") for t in subject.subtree) or any(
        j.pos_ in ("VERB", "AUX") and _lemma(j) in _SANCTIONS for j in joined)


def _to_buyers(verb: Any) -> bool:
    return any((c.dep_ == "dative" and c.lemma_.lower() in _PEOPLE) or (
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(p.lemma_.lower() in _PEOPLE for p in c.children))
        for c in verb.children)


def _writes_to_buyers(verb: Any) -> bool:
    """Whether the seller sent the buyers a message ("sent an email to each buyer")."""
    return _to_buyers(verb) and any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGE for c in verb.children)


_MESSAGE = frozenset({"email", "e-mail", "message", "letter", "note", "apology"})
# words of a rule for any such thing, or of the time it applies
_ANY_SUCH = re.compile(r"\b(every|each|any|whenever|if|when|once|after|before|always|never)\b", re.I)
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "all", "our", "my"})


def _now_done(verb: Any, subject: Any | None, text: str) -> bool:
    """Whether a present passive tells that the named affected things are now or already fixed ("All
    the listings are deleted now", "The 3 ASINs are already closed"), in broken English: the subject
    named as definite, "now" or "already" said, and no word of a rule for any such thing; or, without
    "now", the things pointed at as those of the problem ("these shipments are fixed", "All the products
    in our old storage is thrown away", "The affected listings are deleted") and a verb of a fix that
    leaves them gone or right, not a routine for any such thing ("Damaged returns are removed")."""
    if subject is None or _ANY_SUCH.search(text):
        return False
    thing = _thing(subject)
    if thing.lemma_.lower() not in AFFECTED or _HABIT.search(re.sub(r"\bnow\b", "", text, flags=re.I)):
        return False
    marks = {c.lower_ for c in (*subject.children, *thing.children) if c.dep_ in ("det", "predet", "poss", "amod",
                                                                              "nummod")}
    numbered = any(c.like_num for c in thing.children) or subject is not thing
    if any(t.lower_ in ("now", "already") for t in verb.children):
        return numbered or bool(marks & _DEFINITE)
    return _lemma(verb) in _GONE and (numbered or bool(marks & _POINTED) or (
        "all" in marks and bool(marks & {"the", "our", "my"})) or (
        bool(marks & {"the", "our", "my"}) and bool(marks & _CONCERNED)))


# verbs of a fix that leaves the affected things gone or right ("are deleted", "is thrown away")
_GONE = frozenset("""remove delete delist destroy discard dispose throw recall close cancel refund reimburse replace
fix correct rectify resolve withdraw deactivate unpublish disable inactivate amend revise rewrite relabel repackage
quarantine isolate discontinue""".split())
# words that point at the things of the problem, not at any such thing
_POINTED = frozenset({"these", "those", "this", "that", "both"})
_CONCERNED = _SWEPT | frozenset("""mentioned questioned listed named said above relevant""".split())
_RECALLED = frozenset({"it", "they", "this", "these", "those"})
_PARTITIVE = frozenset({"all", "each", "both", "most", "every", "many", "several", "some"})


def _thing(subject: Any) -> Any:
    """The noun a partitive subject is made of ("All of the inventory", "Each of the buyers"), else
    the subject."""
    if subject.lemma_.lower() in _PARTITIVE or subject.like_num:
        for c in subject.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return subject


def _other_purpose(verb: Any) -> bool:
    """Whether the act is told with a purpose other than a fix ("removed the original packaging to save
    shipping costs", "edited the title to include the brand name"): the story of the problem."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
               and c.lemma_.lower() not in _FIX_PURPOSE for c in verb.children)


# what a fix is done for ("removed the listing to comply with the policy", "contacted each buyer to
# apologise")
_FIX_PURPOSE = frozenset("""ensure make avoid prevent protect comply resolve fix correct meet stop apologize
apologise offer compensate address confirm inform explain arrange solve reduce minimize minimise eliminate keep
guarantee follow respect settle refund replace restore satisfy remove delete cancel return help ask request
notify let clarify rectify remedy recover check verify match reflect""".split())


def _restocked(verb: Any, lemma: str) -> bool:
    """Whether goods were put back into stock ("returned the item to sellable stock"): how used units
    were sold as new, not a fix."""
    return lemma in ("return", "put") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            p.lemma_.lower() in ("stock", "inventory", "shelf", "sale") for p in c.children)
        for c in verb.children)


def _with_buyers(verb: Any) -> bool:
    """Whether the verb's "with" or "to" phrase names the buyers ("communicated with each buyer")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and any(
        p.lemma_.lower() in _PEOPLE for p in c.children) for c in verb.children)


def _with_objects(verb: Any) -> set[str]:
    """Lemmas of the objects of the verb's "with" phrase ("dealt with all the complaints")."""
    return {p.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in (*c.children, *(q for p in c.children for q in p.conjuncts)) if p.dep_ in ("pobj", "conj")}


def _believed(verb: Any) -> bool:
    """Whether the verb's clause is only what the writer believes or hopes ("We believe the complaint
    was resolved"), not a report."""
    head = clause_head(verb)
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _BELIEVING


def _for_a_reason(verb: Any) -> bool:
    """Whether the verb gives the notice's reason for what befell the thing ("removed for a suspected
    IP violation", "deactivated due to complaints"), also where spaCy hangs the reason on a noun of the
    clause ("removed from the detail page for a policy violation"), or in a clause of reason ("It was removed
    because the buyer complained")."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "due", "because", "following", "over") and any(
        t.lemma_.lower() in _ALLEGED for t in c.subtree) for c in verb.subtree if c.head.dep_ not in ("relcl", "acl")
        or c.head is verb) or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "since")
                                                            for m in c.children) for c in verb.children)


def _from_others(verb: Any) -> bool:
    """Whether what was received came from someone other than the seller ("from another seller")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and not any(
        t.lower_ in ("us", "me", "our", "my") for t in c.subtree) for c in verb.subtree)


def _asks_retraction(verb: Any) -> bool:
    """Whether the seller asked the rights owner to take the complaint back ("asked for a retraction",
    "asked the brand owner to withdraw the complaint")."""
    asked = [t for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "dative") for t in c.subtree]
    return any(t.lemma_.lower() in RETRACTING for t in asked) and not any(
        t.lower_ in ("amazon", "you", "your") for t in asked)   # not Amazon asked to lift the suspension


def _obtains_permission(verb: Any) -> bool:
    """Whether what the seller obtained is a permission ("a licence", "written authorization", "a
    letter of authorization"), not goods or invoices."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        for t in (c, *c.conjuncts):
            if t.lemma_.lower() in PERMISSION or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in PERMISSION for o in p.children)
                    for p in t.children):
                return True
    return False


def _noted_fix_opening(span: Any) -> bool:
    """A note that opens with a fixing verb spaCy reads as an adjective ("Refunded all 8 orders on
    4 May."), with an affected thing as its object."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    return root is not None and _opens_with(root, span) and root.tag_ == "JJ" and root.lower_.endswith("ed") \
        and _lemma(root) in FIXING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in AFFECTED for c in root.children)


def _verifies_affected(verb: Any) -> bool:
    """Whether the verb's clause says what the seller made sure of, about the affected things
    ("verified that the products are described accurately", "made sure that every listing shows")."""
    heads = [verb]
    if verb.lemma_.lower() == "make":
        heads = [c for c in verb.children if c.lower_ in ("sure", "certain")]
        if not heads:
            return False
        heads.append(verb)
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "ccomp" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in AFFECTED - _PEOPLE
                    for c in clause.children):
                return True
    return False


def _mends_named_problem(verb: Any) -> bool:
    """"... an error that I have fully corrected": the seller reports having mended the problem
    the sentence names, in a clause describing it."""
    subject, passive = _subject(verb)
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in MENDING and verb.head.lemma_.lower() in PROBLEM
            and subject is not None and not passive and _is_seller(subject) and _tense(verb) == "done"
            and not _negated(verb))


def _names_document(token: Any, documents: frozenset[str] = DOCUMENT) -> bool:
    """Whether a noun phrase names a document of the seller's ("the invoices", "the tracking
    number"), not the notice's report or a buyer's photo."""
    words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
    if words & _NOT_OURS:
        return False
    return token.lemma_.lower() in documents or (bool(words & documents) and token.lemma_.lower() in {
        "number", "information", "info", "detail", "copy", "page", "link"})


def _describes_documents(span: Any) -> bool:
    """Whether the sentence says what a document shows ("The invoice shows 500 units bought from
    ...", "All the documents match the name on the account"), reads from one ("According to the
    invoices, ..."), presents one ("Here is the tracking number") or says it is available ("The
    invoices are available on request")."""
    for t in span:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and not _negated(t):
            subject, passive = _subject(t)
            if subject is not None and not passive and _names_document(subject, ATTESTING_DOCUMENT) and (
                    (lemma in _ATTESTING and clause_head(t).dep_ == "ROOT" and (_tense(t) in ("present", "done") or (
                        # "The invoices can prove that ..."
                        lemma in ("prove", "show", "confirm", "demonstrate") and any(
                            c.dep_ == "aux" and c.lower_ in ("can", "could", "will") for c in t.children))))
                    or (lemma == "be" and any(
                        c.dep_ == "acomp" and c.lower_ == "available" for c in t.children))
                    # "These invoices are proof that ...", "The invoice is in the attachment"
                    or (lemma == "be" and t.tag_ in ("VBZ", "VBP") and any(
                        (c.dep_ == "attr" and c.lemma_.lower() in ("proof", "evidence")) or (
                            c.dep_ == "prep" and c.lower_ in ("in", "within") and any(
                                p.lemma_.lower() in ("attachment", "appendix", "annex", "enclosure") or (
                                    p.lemma_.lower() in ("file", "document", "email") and any(
                                        m.lower_ in ("attached", "enclosed") for m in p.children))
                                for p in c.children)) for c in t.children))):
                return True
            # a document's number given ("The tracking number is 1Z999AA10123456784")
            if subject is not None and not passive and lemma == "be" and t.tag_ in ("VBZ", "VBP") \
                    and subject.lemma_.lower() in ("number", "id") and _names_document(subject) and any(
                        c.dep_ in ("attr", "acomp") and any(ch.isdigit() for ch in c.text) for c in t.children):
                return True
        # "As you can see from the invoice, ...", "As shown in the attached invoices, ..."
        if lemma in ("see", "show") and not _negated(t) and any(
                c.dep_ == "prep" and c.lower_ in ("from", "in", "on", "by") and any(
                    p.dep_ == "pobj" and _names_document(p, ATTESTING_DOCUMENT) for p in c.children)
                for c in t.children) and (_subject(t)[0] is None or _subject(t)[0].lower_ == "you"):
            return True
        # what the documents are and who issued them ("The invoices are from Brightway Ltd", "The invoice
        # is issued by Brightway and dated 2 March"), in the present, nothing wrong said of them
        if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBN") and not _negated(t) and (
                lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children) or (
                lemma in ("issue", "date", "sign", "stamp") and _tense(t) == "present")) \
                and not _ERROR_WORD.search(span.text) and not re.search(r"\b(missing|forged|altered|not)\b",
                                                                        span.text, re.I):
            subject, _ = _subject(t)
            if subject is not None and _names_document(subject, ATTESTING_DOCUMENT):
                return True
        if lemma in ("here", "below") and t.head.lemma_.lower() == "be":
            subject, _ = _subject(t.head)
            if subject is not None and _names_document(subject):
                return True
        if t.lower_ == "according" and any(
                p.dep_ == "pobj" and _names_document(p, ATTESTING_DOCUMENT)
                for c in t.children for p in (c, *c.children)):
            return True
    return False


_NUMBERED_DOCUMENT = re.compile(r"\W*(invoice|receipt|bill|waybill|certificate|licen[cs]e|statement|tracking)\s*"
                                r"(no\b\.?|number|num\b\.?|#|id\b|date\b)\s*[:.#]?\s*[A-Z]*[-_/]?\d", re.I)
# ... unless with this letter ("We submitted the invoices with this appeal")
_THIS_LETTER = re.compile(r"\b(with|in)\s+(this|the\s+present|our\s+current)\s+(appeal|letter|email|e-mail|message|"
                          r"plan|poa|submission)\b", re.I)
_ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
# verbs by which the letter points the reader to documents ("Please see the invoices", "Refer to the
# licence in the attachment")
POINTING = frozenset("""see find view refer consult""".split())
# verbs of holding documents ready ("We have the invoices for all 500 units")
HOLDING = frozenset({"have", "hold", "possess"})

# what "attach" takes that is no document ("We attach great importance to ...")
_NOT_ATTACHED = frozenset({"importance", "value", "weight", "significance", "priority", "attention"})


# a letter or a report named by its kind is a document ("Letter of authorisation", "Test report")
_PAPER = frozenset({"letter", "report"})
_PAPER_KIND = frozenset("""authorization authorisation test lab laboratory inspection audit analysis compliance
quality""".split())


def _kind_of_paper(token: Any) -> bool:
    return token.lemma_.lower() in _PAPER and any(
        c.lemma_.lower() in _PAPER_KIND or (c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lemma_.lower() in _PAPER_KIND for p in c.children)) for c in token.children)


def _offers_documents(span: Any) -> bool:
    """Whether the sentence attaches, hands over or offers documents ("We have attached the
    invoices", "I am providing my bank statement", "We uploaded the licence", "Please find the
    invoices attached", "the gas bill that I am providing"), says what one shows (see
    `_describes_documents`), or is itself a document named in a list ("Bank statement for March
    2024.", "Photos of the quarantined units")."""
    for t in span:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in ATTACHING | HANDING and not _negated(t):
            subject, passive = _subject(t)
            # (an order with no subject asks for the documents: "Send invoices from your supplier")
            # a note: "Invoices attached."
            note = lemma in ("attach", "enclose") and subject is not None and not passive \
                and _names_document(subject) and not any(c.dep_ == "dobj" for c in t.children)
            by_us = (subject is None and not (lemma in HANDING and t.tag_ == "VB")) or (
                subject is not None and _is_seller(subject)) or (passive and lemma != "provide") or note
            # a document described by the seller's offering it ("the gas bill that I am providing")
            if t.dep_ == "relcl" and t.head.lemma_.lower() in DOCUMENT and subject is not None and _is_seller(subject) \
                    and t.tag_ in ("VBG", "VBP", "VBZ"):
                return True
            if _subordinate(t):
                continue
            # the letter's own statement, not a request or a need reported ("Amazon asked us to
            # provide invoices", "we need to provide", "requested that we provide")
            # (or a clause of its own joined to the main one: "..., and we have attached our invoices")
            head = clause_head(t)
            while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
                head = clause_head(head.head)
            # (or offered with a word of being able or willing: "We are happy to provide the invoices", "We
            # would like to submit ...")
            main = head.dep_ == "ROOT"
            if head.dep_ == "xcomp" and head.head.lemma_.lower() in _WILLING:
                able = head.head
                root = able if able.dep_ == "ROOT" else able.head
                # (not "We were not able to provide", "We were happy to send")
                main = root.dep_ == "ROOT" and root.tag_ != "VBD" and not any(
                    c.dep_ == "neg" for w in (able, root) for c in w.children)
                offerer = _subject(root)[0]
                by_us = main and offerer is not None and _is_seller(offerer)
            # provided or sent in the past: with an earlier appeal, not with this letter
            past = lemma in HANDING | {"provide"} and t.tag_ == "VBD" and not _THIS_LETTER.search(span.text)
            words = _object_words(t, subject, passive)
            # tracking uploaded for the orders is a fix, not a document handed over
            documents = bool(words & (HANDED_DOCUMENT if lemma in HANDING else DOCUMENT)) or (
                lemma in ("attach", "enclose") and bool(words) and not words & _NOT_ATTACHED) or note
            # (a routine of handing documents to any buyer is no evidence: "We give each buyer a copy of the invoice")
            routine = lemma in HANDING and t.tag_ in ("VBP", "VBZ") and bool(_ANY_SUCH.search(span.text))
            if main and by_us and not past and documents and not routine:
                return True
        if t.lower_ in ("attached", "enclosed") and (t.head.lemma_.lower() in DOCUMENT | {"find", "see"} or (
                t.i == span.start and not _negated(t)) or (   # "Attached are the invoices ..."
                t.dep_ == "amod" and _names_document(t.head))):   # "See attached tracking information"
            return True
    for t in span:
        if t.pos_ not in ("VERB", "AUX") or _negated(t) or _subordinate(t):
            continue
        lemma = t.lemma_.lower()
        subject, passive = _subject(t)
        objects = [c for c in t.children if c.dep_ == "dobj"] + [
            p for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        # the reader pointed to a document ("Please see the invoices", "Refer to the licence")
        # ... also asked to check one ("Please check the attachment"), or told where it can find one ("You
        # can find the invoices in the attachment")
        reader = subject is None or (subject.lower_ == "you" and any(
            c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "will") for c in t.children))
        pointed = lemma in POINTING or (lemma == "check" and (any(w.lower_ == "please" for w in span) or (
            subject is not None and reader)))
        if pointed and reader and t.tag_ == "VB" and any(_names_document(o, HANDED_DOCUMENT) for o in objects):
            return True
        # documents held ready ("We have the invoices for all 500 units"), in the present
        if lemma in HOLDING and subject is not None and _is_seller(subject) and t.tag_ in ("VBP", "VBZ") \
                and not any(c.dep_ in ("aux", "xcomp") for c in t.children) and any(
                    _names_document(o, ATTESTING_DOCUMENT) and not any(d.lower_ in ("no", "any") for d in o.children)
                    for o in objects):
            return True
    if _describes_documents(span):
        return True
    # a line naming a document by its number ("Invoice No. HM-250311, Invoice date: 03-11-2025"), or one
    # that only lists order numbers, as the record of the orders concerned
    if not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span) and (_NUMBERED_DOCUMENT.match(span.text) or (
            _ORDER_ID.search(span.text) and not re.sub(r"[\W_]", "", _ORDER_ID.sub("", span.text)))):
        return True
    # a line naming a document, unless it says what befell it ("Proof of address rejected")
    if _listed_line(span):
        return True
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    # ("Copy of the utility bill.", which spaCy reads as an order)
    if root is not None and root.lower_ in ("copy", "copies", "scan", "scans") and root.i == span.start and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_names_document(p) for p in c.children)
            for c in root.children) and not any(t.dep_ == "neg" for t in span):
        return True
    return root is not None and root.pos_ in ("NOUN", "PROPN") and any(
        t.lemma_.lower() in LISTED_DOCUMENT or _kind_of_paper(t) for t in (root, *root.conjuncts)) and not any(
        t.dep_ == "neg" or t.lower_ in ("no", "not", "without") or (t.dep_ in ("acl", "relcl") and (
            t.lemma_.lower() in _BEFELL or any(c.dep_ == "agent" for c in t.children))) for t in span)


def _noted_fix(span: Any) -> bool:
    """A fix noted without its auxiliary, as list items are written ("All affected listings removed
    on 3 May.", "Buyers refunded."): a past participle of a fixing verb whose subject is an affected
    thing and that has no object of its own (the buyer who "cancelled the order" is no note), in a
    line with no finite verb in the present ("each product taken into inventory is inspected" is a
    routine)."""
    if any(t.tag_ in ("VBZ", "VBP", "MD") for t in span):
        return False
    for verb in span:
        if verb.lemma_.lower() in ("take", "pull", "throw") and not any(c.dep_ == "prt" for c in verb.children):
            continue
        given = verb.lemma_.lower() in GIVING   # "Refund issued to the buyer"
        if verb.tag_ not in ("VBN", "VBD") or not (verb.lemma_.lower() in FIXING or given) or _negated(verb):
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj") or (c.dep_ == "agent" and not any(
                t.lower_ in ("us", "me") for t in c.subtree)) for c in verb.children):
            continue
        if verb.dep_ == "ROOT":
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
            subject = verb.head
        else:
            continue
        if subject is None:
            continue
        thing = _thing(subject)
        # (spaCy reads "Listing deleted" as a gerund: its lemma is "list")
        lemma = thing.lemma_.lower() if thing.tag_ != "VBG" else thing.lower_.rstrip("s")
        if given:
            if _FAULT.search(_own_clause(verb)):
                continue   # ("Replacement shipped late")
            if lemma in REMEDY or (lemma in ("order", "request") and any(
                    c.lemma_.lower() in ("removal", "recall", "refund", "replacement") for c in thing.children)):
                return True
        elif lemma in AFFECTED - _PEOPLE or (lemma in _PEOPLE and verb.lemma_.lower() in _TO_PEOPLE):
            return True
    return False


# what is done to buyers themselves, and so can be noted with them as subject ("Buyers refunded")
_TO_PEOPLE = frozenset("""refund reimburse compensate credit contact email call message notify inform""".split())


def done_verb(span: Any) -> bool:
    """Whether the sentence's main verb reports something done (past or present perfect), or a
    note opens with its past-tense verb ("Removed all the listings")."""
    if span is None or not len(span) or not span.doc.has_annotation("DEP"):
        return False
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and (_tense(t) == "done" or _headless_done(t, span))
               for t in span)


def cue_role(span: Any) -> str | None:
    """"corrective", "preventive" or "evidence" when the sentence's grammar says so, else None."""
    return read_cues(span)[0]


def puts_control_in_place(span: Any) -> bool:
    """Whether the sentence is preventive because the seller put a control in place (a process,
    a checklist, training, a new supplier), not only promised, studied the rules or described a
    routine: a concrete preventive measure."""
    role, why = read_cues(span)
    return role == "preventive" and "control" in why


def _mark(verbs: list[Any], verb: Any) -> bool:
    """Note `verb` as one that gave a role, and say so."""
    verbs.append(verb)
    return True


def read_cues(span: Any) -> tuple[str | None, frozenset[str]]:
    """The role the sentence's grammar gives it (None: none) and which cues gave a preventive one
    ("control", "rules", "future", "routine")."""
    if span is None or not len(span) or not span.doc.has_annotation("DEP"):
        return None, frozenset()
    text = span.text.strip()
    # a line that introduces what follows ("... the following steps:")
    introduces = text.endswith(":") or bool(re.search(r"\bthe\s+following\b", text, re.I))
    habit = bool(_HABIT.search(text))
    corrective = preventive = False
    why: set[str] = set()
    fixes: list[Any] = []       # the verbs read as a fix, and those read as a control or a promise
    controls: list[Any] = []
    for verb in span:
        if verb.pos_ in ("VERB", "AUX") and _mends_named_problem(verb):
            corrective = _mark(fixes, verb)
        if not (verb.pos_ in ("VERB", "AUX") or _adjectival_participle(verb)) or _subordinate(verb) or (
                _believed(verb) and _tense(verb) == "done"):
            continue   # (a promise after "we believe" still counts)
        lemma = _lemma(verb)
        if lemma in ("send", "ship") and any(c.lower_ == "back" for c in verb.children):
            lemma = "return"   # "sent back to the supplier"
        if lemma == "clean" and any(c.dep_ == "prt" and c.lower_ in ("up", "out") for c in verb.children):
            lemma = "remove"   # "cleaned up our inventory"
        if any(c.dep_ == "prep" and c.lower_ in ("in", "into", "to") and c.head.i in (verb.i, *(
                d.i for d in verb.children if d.dep_ == "dobj")) and any(
                p.lemma_.lower() in ("quarantine", "isolation") for p in c.children) for c in verb.subtree):
            lemma = "quarantine"   # "put all the remaining units in quarantine"
        if lemma == "shut" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            lemma = "close"    # "shut down the listing"
        subject, passive = _subject(verb)
        headless = subject is None and _headless_done(clause_head(verb), span)
        seller = headless or (subject is not None and not passive and _is_seller(subject))
        # done by someone else: "by the buyer", or back to the seller ("units were returned to us")
        agent = any(c.dep_ == "agent" and not any(t.lower_ in ("us", "me", "our", "my") for t in c.subtree)
                    for c in verb.children) or (passive and any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(t.lower_ in ("us", "me") for t in c.children)
                        for c in verb.children)) or (passive and _by_others(verb))
        # the seller acts, or the affected thing itself is what was acted on ("the ASINs were deleted")
        ours = seller or (passive and not agent and _noun(_thing(subject)) in AFFECTED | CONTROL | REMEDY
                          and not _for_a_reason(verb) and not _amazons_act(verb, subject)) or (
            # the problem itself mended ("The issue has been fixed")
            passive and not agent and lemma in MENDING and subject.lemma_.lower() in PROBLEM) or (
            # what was wrong taken out of the affected things ('The word "FDA" has been removed from all
            # listings')
            passive and not agent and lemma in _TAKING_OUT and _from_affected(verb) and not _for_a_reason(verb)
            and not _amazons_act(verb, subject))
        # the affected thing named before and taken up by a pronoun ("It has been corrected", "They have all
        # been removed"), with a verb that leaves it gone or right
        recalled = passive and not agent and subject is not None and subject.lower_ in _RECALLED \
            and lemma in _GONE and not _for_a_reason(verb) and not _amazons_act(verb, subject) \
            and not any(c.lower_ in ("automatically", "systematically") for c in verb.children)
        ours = ours or recalled
        # the buyers got the remedy ("Every affected buyer received a full refund")
        if not ours and not passive and subject is not None and _thing(subject).lemma_.lower() in _PEOPLE \
                and lemma in RECEIVING and _tense(verb) == "done" and not _negated(verb) \
                and _object_words(verb, subject, passive, origin=False) & REMEDY and not _from_others(verb):
            corrective = _mark(fixes, verb)
            continue
        # (a verb joined to the note with a tense of its own keeps it: "Checked the listings and will remove ...")
        tense = "done" if headless and verb.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("have", "has") for c in verb.children) else _tense(verb)
        # broken English: "we already refund all buyer", "All the listings are already deleted"
        if tense == "present" and lemma in FIXING | GIVING and not habit and any(
                c.lower_ == "already" for c in verb.children):
            tense = "done"
        # ... or a fix told in the present after the notice came ("After receiving the notice, we delete the
        # listing"; "After we received the email, we immediately remove all the listings")
        if tense == "present" and seller and lemma in FIXING | GIVING and not habit and not _negated(verb) and (
                _ON_NOTICE.search(text) or (any(c.lower_ in _AT_ONCE for c in verb.children) and any(
                    t.tag_ == "VBD" and t.i != verb.i and not _negated(t) for t in span))):
            tense = "done"
        # ... and a state reached: the named things now gone ("All the listings are deleted now"), not a
        # routine for any such thing ("Damaged returns are removed from stock")
        if tense == "present" and passive and lemma in FIXING and _now_done(verb, subject, text):
            tense = "done"
        if not ours or not tense or (tense == "done" and _negated(verb)):
            continue
        words = _object_words(verb, subject, passive)
        if passive and subject is not None:
            words.add(_noun(_thing(subject)))   # (a gerund subject: "Listing has been closed")
        if lemma in INSTALLING and _object_words(verb, subject, passive, origin=False) & CONTROL:
            preventive = _mark(controls, verb)
            why.add("control")
        elif lemma in LEARNING and words & RULES and tense == "done" and not words & AFFECTED:
            preventive = _mark(controls, verb)
            why.add("rules")
        elif lemma in DELEGATING and tense == "done" and seller and _delegates_fix(verb):
            corrective = _mark(fixes, verb)
        elif lemma in GIVING | {"make", "do"} and tense == "done" and (seller or passive) \
                and _gives_remedy(verb, subject, passive):   # (broken English: "did a full refund")
            corrective = _mark(fixes, verb)
        elif lemma in ASKING and tense == "done" and seller and _asks_retraction(verb):
            corrective = _mark(fixes, verb)
        elif lemma in OBTAINING and tense == "done" and seller and _obtains_permission(verb) \
                and not _DILIGENCE.search(text):
            corrective = _mark(fixes, verb)
        elif lemma in TRACKING_ADDED and tense == "done" and (seller or passive) and "tracking" in words \
                and words & AFFECTED - {"tracking"} and not habit and not _TO_COME.search(text) \
                and (lemma in MENDING | {"update"} or not _ERROR_WORD.search(text)):
            corrective = _mark(fixes, verb)
        elif lemma == "make" and tense == "done" and (seller or passive) and _changes_made(verb, subject, passive):
            corrective = _mark(fixes, verb)   # "We have made corrections to all the listings"
        elif lemma in RESENDING and tense == "done" and seller and _resends_goods(verb) \
                and not _ERROR_WORD.search(text):
            corrective = _mark(fixes, verb)   # "We sent each buyer a new unit"
        elif lemma in RESENDING and tense == "done" and (seller or passive) and words & AFFECTED and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in _DISPOSAL for p in c.children)
                for c in verb.children):
            corrective = _mark(fixes, verb)   # "All the stock was sent for disposal"
        elif lemma in RESENDING and tense == "done" and seller and _writes_to_buyers(verb) \
                and not _FAULT.search(_own_clause(verb)):
            corrective = _mark(fixes, verb)   # "I sent an email to each buyer, apologising"
        elif tense == "done" and seller and ((lemma in TALKING and _with_buyers(verb)) or _in_touch(verb)) \
                and not _FAULT.search(_own_clause(verb)):
            corrective = _mark(fixes, verb)   # "We communicated with each buyer", "got in touch with the buyer"
        elif lemma in PAYING and tense == "done" and seller and _money_back(verb) \
                and not _FAULT.search(_own_clause(verb)):
            corrective = _mark(fixes, verb)   # "I gave the buyer his money back"
        elif lemma in HANDLING and tense == "done" and (seller or passive) \
                and (_direct_objects(verb, subject, passive) | _with_objects(verb)) & COMPLAINTS \
                and not _FAULT.search(_own_clause(verb)):
            corrective = _mark(fixes, verb)   # "We have dealt with all the complaints"
        elif lemma == "apply" and tense == "done" and seller and _applies_for_fix(verb):
            corrective = _mark(fixes, verb)   # "We have applied for removal of all the FBA inventory"
        elif lemma in CHANGING and tense == "done" and (seller or passive) and _changed_words(verb) & AFFECTED \
                and not words & CONTROL and (_set_right(verb) or _sweeps(verb) or lemma.startswith("re")) \
                and not _ERROR_WORD.search(_own_clause(verb)) and not _by_control(verb):
            corrective = _mark(fixes, verb)   # "We changed the condition of the listings to used"
        elif lemma in CARRYING_OUT and tense == "done" and seller and _direct_objects(verb, subject, passive) & CHECKS \
                and words & AFFECTED and not any(t.lemma_.lower() in _FINDING for t in span):
            corrective = _mark(fixes, verb)
        elif lemma == "write" and tense == "done" and seller and words & _PEOPLE \
                and not _FAULT.search(_own_clause(verb)):
            corrective = _mark(fixes, verb)   # "wrote to each buyer"
        elif lemma in _NOT_ACTION:
            continue
        elif tense == "future":
            preventive = _mark(controls, verb)
            why.add("future")
        elif tense == "present" and lemma in ROUTINE:
            preventive = _mark(controls, verb)
            why.add("routine")
        elif lemma in FIXING and tense == "done" and (words & AFFECTED or lemma in REFUNDING or _antecedent(verb)
                                                      or recalled) \
                and not (lemma in STOPPING and any(c.dep_ == "xcomp" for c in verb.children)) \
                and not _direct_objects(verb, subject, passive) & CONTROL and not _by_control(verb) \
                and not (lemma in NARRATED and ((passive and _thing(subject).lemma_.lower() not in _PEOPLE)
                                                or _FAULT.search(_own_clause(verb)))) \
                and not _other_purpose(verb) and not _restocked(verb, lemma):
            corrective = _mark(fixes, verb)
        elif lemma in STOPPING and tense == "done" and seller and (words & PRACTICE or any(
                c.dep_ == "xcomp" and c.lemma_.lower() in _TRADING
                for c in verb.children)):   # (broken English: "stopped to sell")
            corrective = _mark(fixes, verb)
        elif lemma in ZEROING and tense == "done" and words & AFFECTED and _ZERO.search(text):
            corrective = _mark(fixes, verb)
        elif lemma in DELIVERING and tense == "done" and (seller or passive) and any(
                t.lemma_.lower() in AFFECTED - _PEOPLE and any(m.lower_ in LEFT_BEHIND for m in t.children)
                for t in (*verb.children, *([subject] if passive and subject is not None else []))):
            corrective = _mark(fixes, verb)
        elif lemma in MENDING and tense == "done" and (seller or passive) and (words & PROBLEM or any(
                c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)) and not _by_control(verb):
            corrective = _mark(fixes, verb)   # "fixed the error", "solved it"; not "fixed it with a new process"
        elif lemma in VERIFYING and tense == "done" and seller and _verifies_affected(verb) and not any(
                t.lemma_.lower() in _FINDING for t in span):
            corrective = _mark(fixes, verb)
        elif lemma in SWEEPING and tense == "done" and (seller or passive) and _sweeps(verb) \
                and not _DILIGENCE.search(text) and not any(
                t.lemma_.lower() in _FINDING for t in span):
            corrective = _mark(fixes, verb)
    # a fix told in the main clause with a promise or a routine joined to it ("We have removed the
    # listings and will never sell them again"): what was done is the sentence's news
    main_fix = any(clause_head(v).dep_ == "ROOT" for v in fixes) and not any(
        v.dep_ == "ROOT" for v in controls) and why <= {"future", "routine"}
    if preventive and not introduces and not (main_fix and not _NARRATION.search(text)):
        return "preventive", frozenset(why)
    if (corrective or _noted_fix(span) or _noted_fix_opening(span) or (
            _RECHECKED.search(text) and any(t.lemma_.lower() in AFFECTED - _PEOPLE for t in span)
            and not _DILIGENCE.search(text) and not any(t.lemma_.lower() in _FINDING for t in span)) or (
            _REDONE.search(text) and any(t.lemma_.lower() in AFFECTED - _PEOPLE for t in span)
            and not _ERROR_WORD.search(text) and not _DILIGENCE.search(text))) \
            and not _NARRATION.search(text):
        return "corrective", frozenset()
    if _offers_documents(span):
        return "evidence", frozenset()
    return None, frozenset()


# concrete content in a cause: a figure, a named thing that went wrong, a person or an event
_CONCRETE = frozenset("""order listing asin product stock inventory unit item buyer customer review warehouse
carrier courier supplier vendor manufacturer employee staff worker packer label barcode tracking package parcel
shipment box address invoice receipt certificate image title description keyword brand trademark patent
copyright photo variation size colour color battery expiry expiration date batch lot holiday storm weather
spreadsheet software template feed file upload price quantity count sku fba fbm""".split())


# the words of a gesture at a cause: abstract nouns of failing and knowing, the verbs that say
# something went wrong without saying what, and their qualifiers ("failures in our processes",
# "our lack of attention to Amazon's rules", "some mistakes in our operation")
_GESTURE = frozenset("""process procedure system operation operations management failure fault mistake error
negligence oversight carelessness lack knowledge understanding awareness familiarity experience attention
care problem issue reason cause situation circumstance thing way part side aspect factor quality control
standard policy rule guideline requirement term condition internal human amazon seller account store shop
business company team we i be have do make cause lead result happen occur pay fail lack understand know
follow comply manage handle operate attend miss neglect realize realise notice mean some certain various poor
insufficient inadequate improper proper bad serious careless negligent unfamiliar unaware new inexperienced
limited enough sufficient correct incorrect relevant related strict full own main root other such
deactivate suspend violation violate unfamiliarity ignorance misunderstanding inexperience unawareness service
work effort detail supervision review check inspection training time platform marketplace same enough
sorry apologize apologise apology regret feel sincere deep result consequence inconvenience trouble impact hope
promise want wish responsibility responsible accept admit acknowledge recognize recognise""".split())
# words that open the clause giving the cause
_CAUSE_MARK = frozenset({"because", "due", "caused", "owing", "since"})


def _cause_clause(span: Any) -> list[Any] | None:
    """The tokens of the clause that gives the cause ("... because of failures in our processes"),
    or None when no word opens one."""
    tokens = list(span)
    for i, t in enumerate(tokens):
        if t.lower_ in _CAUSE_MARK:
            return tokens[i + 1:]
    return None


def vague_cause(span: Any) -> bool:
    """Whether a root-cause sentence names nothing concrete that went wrong: no figure or code, no
    thing (an order, a carrier, a label, a warehouse), only gestures at "processes" or "mistakes"
    (a name alone, as in a signature, is not a cause). A clause of cause told in words of its own
    ("because the caps were too thin") is concrete, though no listed thing is named: where the
    sentence says "because", "due to" or "caused by", that clause must be all gesture for the
    sentence to be vague."""
    if span is None or not len(span):
        return True
    if any(any(ch.isdigit() for ch in t.text) for t in span):
        return False
    if any(t.lemma_.lower() in _CONCRETE or t.lower_ in _CONCRETE for t in span):
        return False
    clause = _cause_clause(span)
    if clause is None:
        return True
    content = [t for t in clause if not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")]
    return all(t.lemma_.lower() in _GESTURE or t.lower_ in _GESTURE for t in content)


def _set_right(verb: Any) -> bool:
    """Whether the verb's phrase of result says the thing is now right ("to used", "into the correct
    category", "as used", "to match the item"), wherever spaCy hangs it."""
    return bool(_RIGHT_STATE.search(" ".join(t.text for t in verb.subtree)))


_RIGHT_STATE = re.compile(r"\b(to|into|as)\s+((the|a|an|its|their)\s+)?(correct|right|accurate|proper|actual|used|"
                          r"appropriate|compliant)\b|\bto\s+(match|reflect|comply|conform)\b", re.I)


def _changed_words(verb: Any) -> set[str]:
    """The words of what the verb changes, as nouns or as the gerunds spaCy makes of some ("the listing
    condition"): lemmas, forms and singulars."""
    out = set()
    for t in verb.subtree:
        if t.i != verb.i and t.pos_ in ("NOUN", "PROPN", "VERB") and t.dep_ in ("dobj", "pobj", "compound",
                                                                                "nsubjpass", "conj"):
            out.update({t.lemma_.lower(), t.lower_, t.lower_.rstrip("s")})
    return out


# verbs of taking something out of the affected things
_TAKING_OUT = frozenset({"remove", "delete", "erase", "strip", "clear", "take", "cut"})


def _from_affected(verb: Any) -> bool:
    """Whether the verb's "from" phrase names the affected things ("removed from all our listings")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in AFFECTED - _PEOPLE for p in (*c.children, *(
            q for p in c.children for q in p.conjuncts))) for c in verb.children)


def _by_others(verb: Any) -> bool:
    """Whether a "by" phrase that spaCy hangs deeper in the passive clause names someone else as the
    doer ("removed from the title by Amazon"), not a means ("by hand", "by email")."""
    return any(t.lower_ == "by" and t.dep_ != "agent" and any(
        p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.lemma_.lower() in _DOERS) and not any(
            w.lower_ in ("us", "me", "our", "my") for w in p.subtree) for p in t.children)
        for t in verb.subtree)


# who else acts on the affected things
_DOERS = frozenset("""amazon buyer customer carrier courier supplier manufacturer seller owner brand system team
platform algorithm""".split())


def _antecedent(verb: Any) -> bool:
    """Whether the verb's object is "it" or "them" standing for the affected things named as the object
    of the verb it is joined to ("We found two listings with the brand name and removed them")."""
    return verb.dep_ == "conj" and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children) \
        and any(c.dep_ == "dobj" and _thing(c).lemma_.lower() in AFFECTED - _PEOPLE for c in verb.head.children)


# what may open a line of an evidence list, beside the documents listed alone, and the pairs that name one
_LISTED_OPENING = LISTED_DOCUMENT | frozenset({"picture", "image", "email", "e-mail", "confirmation", "screenshot"})
_LISTED_PAIRS = frozenset({("tracking", "number"), ("tracking", "detail"), ("tracking", "information"),
                           ("tracking", "info"), ("purchase", "order"), ("delivery", "confirmation"),
                           ("delivery", "proof"), ("order", "confirmation"), ("payment", "record")})
# what may follow the document's name in such a line ("Invoices from ...", "Photos of ...")
_LISTED_NEXT = frozenset({"of", "from", "for", "showing", "dated", "confirming", "with", "issued", "between", "and",
                          "to", "proving", "that", "in", "on", ",", ";", "(", ".", "-"})


def _singular(token: Any) -> str:
    low = token.lower_
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _listed_line(span: Any) -> bool:
    """Whether the line is an item of an evidence list: no finite verb, opening (after a determiner) with
    a document's name that nothing else qualifies ("Invoices from our supplier", "Proof of refund for
    each order", "Tracking numbers for the 12 late orders", "The delivery confirmation from UPS"), none of
    them the notice's or the buyer's, and nothing wrong said of it."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in ("the", "our", "my", "a", "an", "all", "copies", "copy"):
        words = words[1:]
    if len(words) < 1:
        return False
    first = _singular(words[0])
    rest = words[1:]
    if first in _LISTED_OPENING:
        named = 1
    elif rest and (first, _singular(rest[0])) in _LISTED_PAIRS:
        named = 2
    else:
        return False
    after = span.doc[words[named - 1].i + 1] if words[named - 1].i + 1 < span.end else None
    if after is None and (named == 2 or first not in LISTED_DOCUMENT):   # ("Email" alone may be a field's name)
        return False
    if after is not None and after.lower_ == "and":   # "Invoices and receipts", not "Images and titles"
        following = span.doc[after.i + 1] if after.i + 1 < span.end else None
        if following is None or _singular(following) not in _LISTED_OPENING:
            return False
    elif after is not None and after.lower_ not in _LISTED_NEXT:
        return False
    return not any(t.lemma_.lower() in _NOT_OURS or t.lower_ in _NOT_OURS or t.dep_ == "neg" or t.lower_ in (
        "no", "not", "without", "missing", "wrong", "fake", "rejected", "invalid") or t.lemma_.lower() in _BEFELL
        for t in span)


def _applies_for_fix(verb: Any) -> bool:
    """Whether the seller applied for a remedy or a removal for the affected things ("applied for removal of
    the remaining inventory", "applied to remove all the inventory in the FBA warehouse")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in REMEDY | {"recall", "disposal"}
                                                          for p in c.children):
            return True
        if c.dep_ == "xcomp" and _lemma(c) in FIXING and _object_words(c, None, False) & AFFECTED:
            return True
    return False


# verbs of paying the buyers back, and what goes back
PAYING = frozenset({"give", "pay", "send", "transfer", "return", "refund"})
_MONEY = frozenset({"money", "payment", "amount", "cost", "fee", "price", "fund", "charge"})


def _money_back(verb: Any) -> bool:
    """Whether the seller paid the buyers back ("gave the buyer his money back", "paid the customer back in
    full"): a buyer as object or recipient, and the money or "back"."""
    buyers = _to_buyers(verb) or any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _PEOPLE
                                     for c in verb.children)
    money = any((c.dep_ == "dobj" and c.lemma_.lower() in _MONEY) or (
        c.dep_ in ("prt", "advmod") and c.lower_ == "back") for c in verb.children)
    return buyers and money


def _in_touch(verb: Any) -> bool:
    """Whether the seller got or has been in touch with the buyers ("got in touch with the buyer", "have
    been in contact with each customer")."""
    return verb.lemma_.lower() in ("get", "be", "keep", "stay") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in ("touch", "contact") for p in c.children)
        for c in verb.children) and any(t.lower_ == "with" and any(p.lemma_.lower() in _PEOPLE for p in t.children)
                                        for t in verb.subtree)


def _noun(token: Any) -> str:
    """A noun's lemma, or the singular of a gerund spaCy makes of it ("Listing has been closed")."""
    return _singular(token) if token.tag_ == "VBG" else token.lemma_.lower()
