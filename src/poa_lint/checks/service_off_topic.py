"""Customer-service promises in an appeal about something else.

"We answer every inquiry within 24 hours and always provide excellent customer service" answers
a performance notice. In an appeal about intellectual property, related accounts, review
manipulation or a restricted product it says nothing about the cause or the fix: it is filler
copied from a general template. Only the seller's standing practice is flagged (present or
future), never what happened (the past tense tells the cause: "we offered buyers a refund for a
review").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._coverage import reason_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

SERVICE = re.compile(
    r"\b(customer\s+(service|inquiries|enquiries|questions|experience|satisfaction)"
    r"(?!\s+(e-?mail|address|phone|number|templates?|department))|inquiries|enquiries|"
    r"(refunds?|returns?|replacements?)\s+(and|or)\s+(all\s+)?(returns?|refunds?|replacements?|complaints|"
    r"return\s+requests)|(returns?|complaints)\s+and\s+(complaints|reviews))\b", re.I)
SELLER = re.compile(r"\b(we|i|our|my)\b", re.I)
# The notice is about something a buyer's experience does not explain.
OFF_TOPIC_FOR = ("ip", "related-accounts", "review-manipulation", "restricted-products")


def service_off_topic(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield the seller's customer-service promises when the letter's reason is not about buyers."""
    from poa_lint.notice.reasons import label

    reasons = tuple(options.get("reasons", OFF_TOPIC_FOR))
    if not any(SERVICE.search(s.text) for s in letter.sentences):
        return
    reason = reason_of(letter, options)
    if reason not in reasons:
        return
    name = str(label(reason, letter.data.reasons)).lower()
    for sent in letter.sentences:
        text = letter.norm[sent.start:sent.end].rstrip()
        if sent.is_heading or not SERVICE.search(text) or not SELLER.search(text):
            continue
        root = sent.span.root
        if root.tag_ in ("VBD", "VBN") or root.lemma_ == "be" and not any(c.lower_ == "will" for c in root.children):
            continue  # what happened (the cause) or a motto ("satisfaction is our priority"), not a practice
        yield Hit(sent.start, sent.start + len(text), fields={"reason": name})
