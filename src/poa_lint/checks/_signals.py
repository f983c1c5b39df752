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
        r"buyer\s+team|packers?|pickers?|designers?|photographers?|translators?|"
        r"purchasers?|(Mr|Ms|Mrs)\.?\s+[A-Z]\w+)\b",
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
        r"Conduct|Community\s+Guidelines|Product\s+Review\s+Policy|Intellectual\s+Property\s+Policy|"
        r"(?i:business\s+solutions\s+agreement|prohibited\s+seller\s+activities))|"
        r"\b(below|under|above|less\s+than|more\s+than)\s+\d|"
        r"\bauthori[sz]ed\s+(distributors?|suppliers?|sellers?|resellers?|dealers?|wholesalers?)",
    ),
}

# "100%" in a guarantee and "one by one" are not figures.
NOT_SPECIFIC = re.compile(r"\b100\s*%|\bone\s+by\s+one\b|\bone\s+more\b|\bat\s+once\b|\bonce\s+(again|more)\b", re.I)

VAGUE = re.compile(
    r"\b((strengthen|enhance|improve|optimi[sz]e|perfect|upgrade)(s|d|ed|ing)?|pay\s+(more\s+)?attention|"
    r"be\s+(much\s+|even\s+|very\s+)?(more\s+)?careful|try\s+(our|my)\s+best|do\s+(our|my)\s+best|mak(e|ing)\s+sure|ensur(e|ing)|"
    r"thorough(ly)?|(appropriate|necessary|proactive|effective|sufficient|relevant|corresponding|meaningful|"
    r"significant|comprehensive|strict|stricter|serious|further|various|concrete|strong|stronger|better|"
    r"additional|new)\s+(\w+\s+)?(steps|measures|actions|procedures|improvements|changes|controls|checks|"
    r"precautions)|improvements?|enhancements?|rectif(y|ied|ication)|"
    # following "the policies" in general is the archetype of a commitment nobody can check
    # (promised, not a habit described: "I follow the safety rules at every site" reports practice)
    r"(will|shall|to|must|that|which)\s+(\w+ly\s+)?(follow|obey|comply\s+with|abide\s+by|adhere\s+to|observe|respect)\s+"
    r"([\w'’]+\s+){0,3}?(polic(y|ies)|rules|guidelines|regulations|terms|requirements|standards|them)|"
    r"(stay|keep|remain|be)\s+(fully\s+)?compliant|"
    r"(will|shall|to|must)\s+(\w+ly\s+)?(learn|study|familiari[sz]e\s+(ourselves|myself)\s+with)\s+([\w'’]+\s+){0,3}?"
    r"(polic(y|ies)|rules|guidelines|regulations|terms|requirements)|"
    # a fix claimed without saying what was done
    r"(solved|resolved|fixed|corrected|addressed|rectified)\s+(the\s+|this\s+|these\s+|all\s+(the\s+)?|"
    r"such\s+)?(problems?|issues?|matters?|mistakes?|errors?|situation)|"
    r"(solved|resolved|rectified)\s+(this|it|everything)\b(?!\s+(by|through)\b)|"
    r"focus\s+on|(take|takes|taken|taking|took)\s+((effective|necessary|strict|all|further|more|some|appropriate|proper|corrective|preventive|relevant|the\s+necessary)\s+)?(measures|steps|actions)|deal\s+with|handle|"
    # effort, care and lessons promised without saying what is done
    r"work\s+(even\s+)?harder|do\s+(even\s+)?better|(make|makes|made|making)\s+(every|all|great|more)\s+(possible\s+)?efforts?|"
    r"(be|being|become|more)\s+(much\s+|even\s+)?(more\s+)?(cautious|vigilant|attentive|prudent|diligent)|"
    r"(take|takes|took|taken|taking)\s+(this|it|the\s+matter|the\s+issue|this\s+(lesson|matter|issue|incident))\s+"
    r"(very\s+|more\s+)?seriously|double[- ]check(s|ed|ing)?|lessons?|"
    r"(make|makes|made|making)\s+(some\s+|the\s+necessary\s+|necessary\s+)?(changes|adjustments)|"
    r"management|service|quality|awareness|supervision|process(es)?|system|level|performance|"
    r"communication|training|responsibility|mechanism|regularly|periodically|constantly|"
    # manner and rhythm words that stand in for "how" and "how often"
    r"regular|periodic|routine|efficiently|effectively|actively|diligently|"
    r"(keep|keeps|continue|continues)\s+(to\s+)?(learn|study|learning|studying|improv\w+|updat\w+)|"
    r"continuously|timely|in\s+time|as\s+soon\s+as\s+possible|asap|soon|closely|strictly|carefully|"
    r"always|from\s+time\s+to\s+time|often|frequently|try\s+to|hope\s+to|as\s+much\s+as\s+possible|"
    r"if\s+possible|and\s+so\s+on|etc|relevant\s+(staff|department)|related\s+personnel|"
    r"(re)?trained|educated|held\s+a\s+meeting|set\s+up\s+a\s+(special\s+)?team|"
    # training promised with no subject, date or length; a partner praised instead of named
    r"(will|shall|to)\s+(\w+ly\s+)?((re)?train|educate)|keep\s+an\s+eye\s+on|more\s+(staff|people|employees|workers|personnel|manpower)|"
    r"(reliable|trusted|reputable|trustworthy|qualified|legitimate|proper|professional|better|good)\s+"
    r"(suppliers?|sources?|carriers?|couriers?|partners?|vendors?|logistics(\s+(compan(y|ies)|providers?|partners?))?|factories|manufacturers?|packaging|materials?))\b",
    re.I,
)


def signal_types(text: str) -> frozenset[str]:
    """The specificity signal types (number, time, role, tool, object) present in the text."""
    text = NOT_SPECIFIC.sub(" ", text)
    return frozenset(name for name, rx in SIGNALS.items() if rx.search(text))


_NOT_NAMES = {"amazon", "seller", "sellers", "central", "support", "performance", "team", "policy",
              "policies", "account", "health", "i", "fba", "asin", "we", "our", "a-to-z"}


def has_name(span: Any) -> bool:
    """True when the sentence names a person, company or product (a proper noun, not Amazon's)."""
    return any(t.pos_ == "PROPN" and t.lower_ not in _NOT_NAMES and not t.is_sent_start
               for t in span)
