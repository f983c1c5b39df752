"""Specificity signals and vagueness markers of a sentence (domain brief §3.3)."""

from __future__ import annotations

import re
from typing import Any

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|thousand|half|once|twice|second|third|double"
)
_MONTHS = r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?"

SIGNALS: dict[str, re.Pattern[str]] = {
    "number": re.compile(rf"\d|\b({_NUMBER_WORDS})\b|%|\$|€|£", re.I),
    "time": re.compile(
        rf"\b(({_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTHS})\b|20\d\d|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"daily|weekly|monthly|quarterly|yearly|annually|every\s+(\w+\s+)?(day|morning|evening|week|"
        r"month|quarter|year|shift|order|batch|shipment|listing|asin|sku|carton|unit|new|\d+)|"
        r"each\s+(\w+\s+)?(day|morning|week|month|shift|shipment|order|batch|listing|asin|sku|carton|"
        r"unit|new)|within\s+\S+\s+(hours?|days?|minutes?|weeks?)|before\s+(each|every|shipment|"
        r"listing)|(before|after)\s+(the\s+)?(\S+\s+){0,2}(check|inspection|review|approval|sign-off)|"
        r"at\s+\d|since\s+(\d|last|yesterday|today|then)|"
        r"twice\s+a|once\s+a|per\s+(day|week|month|order|shipment|batch))\b",
        re.I,
    ),
    "role": re.compile(
        r"\b(manager|supervisor|inspector|QC|quality\s+control(ler)?\s+(team|staff|inspector|lead)|"
        r"compliance\s+(officer|manager|lead|team)|customer\s+service\s+(lead|team|agents?|staff)|"
        r"listing\s+(specialist|manager|team|staff)|warehouse\s+(lead|manager|team|staff)|owner|"
        r"director|CEO|founder|operator|account\s+manager|purchasing\s+(manager|staff|team)|"
        r"specialist|coordinator|officer|accountant|lawyer|attorney|consultant|auditor|"
        r"buyer\s+team|(Mr|Ms|Mrs)\.?\s+[A-Z]\w+)\b",
    ),
    "tool": re.compile(
        r"\b(checklist|check\s+list|SOP|spreadsheet|log|logbook|ERP|software|template|form|"
        r"record|records|report|reports|dashboard|calendar|reminder|alert|alerts|"
        r"Account\s+Health|Order\s+Defect|Voice\s+of\s+the\s+Customer|Feedback\s+Manager|"
        r"Inventory\s+(Health|Ledger)|Brand\s+Registry|Transparency|Buyer-Seller\s+Messaging|"
        r"Performance\s+Notifications|Restock|FBA\s+Inventory|Shipping\s+Settings|handling\s+time|"
        r"tracking|LOA|invoices?|test\s+reports?|certificates?|contract|photos?|pictures?|"
        r"screenshots?|USPTO|database|barcode|scanner|label|labels|manual|Seller\s+Central|"
        r"Manage\s+Inventory|Excel|Google\s+Sheets?|Shopify|Slack|WeChat)\b",
        re.I,
    ),
    "object": re.compile(
        r"\bB0[A-Z0-9]{8}\b|\bASINs?\b|\bSKUs?\b|\b\d{3}-\d{7}-\d{7}\b|order\s+(id|number)|"
        r"\b[A-Z][a-z]+\s+(Co\.|Ltd|Inc|LLC|GmbH|Trading|Factory|Electronics)|"
        r"(Condition\s+Guidelines|Anti-Counterfeiting|Restricted\s+Products|Seller\s+Code\s+of\s+"
        r"Conduct|Community\s+Guidelines|Product\s+Review\s+Policy|Intellectual\s+Property\s+Policy)|"
        r"\b(below|under|above|less\s+than|more\s+than)\s+\d|"
        r"\bauthori[sz]ed\s+(distributors?|suppliers?|sellers?|resellers?|dealers?|wholesalers?)",
    ),
}

# "100%" in a guarantee and "one by one" are not figures.
NOT_SPECIFIC = re.compile(r"\b100\s*%|\bone\s+by\s+one\b|\bone\s+more\b", re.I)

# Positive marks of vagueness (domain brief §3.3; labelling guide, "specificity"): each names a kind
# of wording that promises or claims an action without saying what is done, by whom or how often.
# A sentence is vague when it carries one of them and no specificity signal above.
_ABSTRACT = (r"management|supervision|awareness|training|process(es)?|systems?|controls?|quality|"
             r"communication|inspections?|reviews?|oversight|procedures?|practices?|standards?|levels?|"
             r"abilit(y|ies)|knowledge|understanding|efficiency|compliance|monitoring|work|operations?|"
             r"services?|responsibilit(y|ies)|mechanisms?|efforts?|audits?|checks?|approach|skills?|"
             r"learning|education|cooperation|sense|methods?|workflows?")
_RULES = r"polic(y|ies)|rules|guidelines|regulations|terms|requirements|laws"
VAGUE_MARKS: dict[str, re.Pattern[str]] = {name: re.compile(rx, re.I) for name, rx in {
    # "strengthen management", "improve our listing practices"
    "improve-abstract": rf"\b(strengthen\w*|enhanc\w*|improv\w*|optimi[sz]\w*|perfect(ed|ing)?|upgrad\w*|"
                        rf"standardi[sz]\w*|tighten\w*|intensif\w*|reinforc\w*|step(ped)?\s+up|increas\w*|"
                        rf"rais(e|ed|es|ing))\s+"
                        rf"([\w'’-]+\s+){{0,3}}({_ABSTRACT})\b",
    # "pay more attention", "be more careful", "take every care", "check more carefully"
    "attention": r"\b(pay(ing|s)?|paid)\s+(much\s+)?(more|close|closer|special|great|greater|extra|full)?\s*"
                 r"attention\b|\b(be|being|become|been)\s+(more\s+|very\s+|extra\s+|extremely\s+|much\s+more\s+)?"
                 r"(careful|cautious|vigilant|strict|serious|diligent|prudent|attentive)\b|"
                 r"\btak(e|en|ing)\s+(more\s+|extra\s+|great\s+|greater\s+|every\s+|special\s+)?care\b|"
                 r"\bmore\s+(carefully|strictly|seriously|closely|rigorously|cautiously|attentively)\b",
    # "do our best", "try to", "make every effort", "as much as possible"
    "effort": r"\b(do|doing|try|trying|tried)\s+(our|my)\s+(very\s+)?(best|utmost)\b|"
              r"\b(make|making|made)\s+(every|all)\s+(possible\s+)?efforts?\b|\bas\s+(much|far)\s+as\s+possible\b|"
              r"\b(strive|endeavou?r)s?\s+to\b|"
              r"\bto\s+the\s+best\s+of\s+(our|my)\b|\b(will|shall|would)\s+(\w+ly\s+)?(try|hope)\s+to\b|"
              r"\b(a\s+lot\s+of|much|great)\s+(time|effort|efforts|energy)\b|\bdo\s+(everything|all|whatever)\s+"
              r"(possible|we\s+can|in\s+our\s+power)\b",
    # "strictly follow Amazon's policies", "operate within the guidelines"
    "comply": rf"\b(follow\w*|compl(y|ies|ied|ying)\s+with|abid\w*\s+by|obey\w*|adher\w*\s+to|observ\w*|"
              rf"operat\w*\s+within|stay\w*\s+within|respect\w*)\s+(all\s+|strictly\s+)?(of\s+)?(the\s+|your\s+|"
              rf"amazon['’]?s?\s+)?([\w'’-]+\s+){{0,2}}({_RULES})\b",
    # "learn the new policies", "we have studied Amazon's rules"
    "study-rules": rf"\b(learn\w*|stud(y|ied|ying)|read(ing)?|review\w*|understand\w*|understood|"
                   rf"familiari[sz]\w*|educat\w*)\s+((?!that\b)[\w'’-]+\s+){{0,3}}"
                   rf"(polic(y|ies)|rules|guidelines|regulations)\b",
    # "we have taken all necessary measures", "put in place a quality control plan"
    "unnamed-measures": r"\b(tak(e|en|ing)|took|put(ting)?\s+(\w+\s+){0,3}in(to)?\s+place|implement\w*|adopt\w*|"
                        r"establish\w*|introduc\w*|set\s+up)\s+(all\s+|the\s+|a\s+|an\s+|some\s+|any\s+)?"
                        r"(necessary|appropriate|effective|proactive|strict|relevant|corresponding|various|"
                        r"several|many|further|additional|sufficient|stricter|new|quality\s+control|better|"
                        r"stronger)?\s*(\w+\s+)?(measures|steps|actions|procedures|controls|programs?|plans?|"
                        r"mechanisms?|polic(y|ies)|systems?)\b|"
                        r"\bput\s+([\w-]+\s+){0,3}(measures|steps|procedures|controls|programs?|plans?|systems?)\s+"
                        r"in(to)?\s+place\b",
    # "I checked and fixed the problem", "we made big changes"
    "fixed-it": r"\b(we|i)\s+(have\s+|had\s+)?(\w+\s+(and\s+)?){0,4}(fixed|solved|resolved|corrected|rectified|"
                r"handled|addressed|sorted\s+out|dealt\s+with)\s+((all\s+)?(the|this|these|that|those|such)\s+"
                r"(\w+\s+)?(problems?|issues?|mistakes?|errors?|matters?)|"
                r"(it|them|this|that|everything)(?=\s*(and\b|[.,;…]|$)))"
                r"(?!\s+(by|with|on))|\b(made|make|making)\s+(big|many|some|major|necessary|significant|great|"
                r"huge|several|the\s+necessary)\s+(changes|improvements|adjustments|corrections)\b",
    # "arrange personnel", "the relevant staff", "a dedicated staff"
    "unnamed-agent": r"\barrang\w*\s+(personnel|staff|people|someone|employees)\b|\b(relevant|related|"
                     r"responsible|dedicated)\s+(staff|personnel|department|people|person)\b",
    # "strictly control the quality", "stricter inspection"
    "strict-control": r"\bstrict(ly)?\s+(control|check|inspect|review|monitor|manag|audit|examin|supervis)\w*|"
                      r"\b(strict|stricter|strong|stronger|better|comprehensive|thorough|more)\s+(quality\s+)?"
                      r"(control|inspection|review|supervision|management|checks?|audits?)\b",
    # "we have retrained our staff", "our staff have been trained"
    "trained": r"\b(we|i)\s+(have\s+|had\s+)?(\w+ly\s+)?(re)?(trained|educated|warned|reminded|punished)\s+"
               r"(all\s+)?(of\s+)?(our|the|my)\s+(\w+\s+)?(staffs?|employees|team|workers|personnel|people)\b|"
               r"\b(staffs?|employees?|team|workers?|personnel)\s+(have|has)\s+(all\s+)?been\s+"
               r"(re)?(trained|educated)\b|"
               r"\b(well|fully|properly|better)\s+trained\b|\b(will|shall)\s+(\w+ly\s+)?(re)?train\s+(all\s+)?(of\s+)?"
               r"(our|the|my)\s+(\w+\s+)?(staffs?|employees|team|workers|personnel|people)\b",
    # "regularly", "in time", "closely": how often or how well, without saying it
    "pseudo-frequency": r"\bregular\s+(checks?|inspections?|reviews?|audits?|training|monitoring)\b|"
                        r"\b(closely|carefully|strictly|seriously|regularly|periodically|from\s+time\s+to\s+time|"
                        r"more\s+often|more\s+frequently|constantly|continuously|in\s+time|timely|"
                        r"as\s+soon\s+as\s+possible|asap)\b",
}.items()}


def signal_types(text: str) -> frozenset[str]:
    """The specificity signal types (number, time, role, tool, object) present in the text."""
    text = NOT_SPECIFIC.sub(" ", text)
    return frozenset(name for name, rx in SIGNALS.items() if rx.search(text))


def vague_mark(text: str) -> tuple[str, str] | None:
    """The first kind of vague wording in the text and the words that show it, or None."""
    for name, rx in VAGUE_MARKS.items():
        match = rx.search(text)
        if match:
            return name, match.group(0)
    return None


_NOT_NAMES = {"amazon", "seller", "sellers", "central", "support", "performance", "team", "policy",
              "policies", "account", "health", "i", "fba", "asin", "we", "our", "a-to-z"}


def has_name(span: Any) -> bool:
    """True when the sentence names a person, company or product (a proper noun, not Amazon's)."""
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NOT_NAMES
               and not t.is_sent_start for t in span)   # a lower-case "PROPN" is a misparse
