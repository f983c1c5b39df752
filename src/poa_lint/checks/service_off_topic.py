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
    r"(?!\s+(e-?mail|address|phone|number|templates?|department))|"
    r"(?<!amazon's\s)(?<!owner's\s)(?<!owners'\s)(?<!brand's\s)(?<!amazon\s)\b(inquiries|enquiries)|"
    r"(refunds?|returns?|replacements?)\s+(and|or)\s+(all\s+)?(returns?|refunds?|replacements?|complaints|"
    r"return\s+requests)|(returns?|complaints)\s+and\s+(complaints|reviews))\b", re.I)
SELLER = re.compile(r"\b(we|i|our|my)\b", re.I)
# A sentence that speaks of the notice's own topic is part of the fix ("we will never offer refunds
# for reviews", "we check customer questions for brand names"), and a service given up is a
# practice stopped, not a promise.
TOPIC = {
    "ip": re.compile(r"\b(brands?|trademarks?|patents?|copyrights?|rights?\s+owners?|infring\w*|logos?|designs?)\b", re.I),
    "related-accounts": re.compile(r"\baccounts?\b", re.I),
    "review-manipulation": re.compile(r"\b(for|in\s+(return|exchange)\s+for|incentiv\w*|ask\w*\s+(\w+\s+){0,2}for|solicit\w*|"
                                      r"fake|paid|compensat\w*|manipulat\w*)\s+(\w+\s+){0,2}(reviews?|feedback|ratings?)\b", re.I),
    "restricted-products": re.compile(r"\b(restricted|approval|hazmat|dangerous|prohibited|regulat\w*|compliance)\b", re.I),
}
GIVEN_UP = re.compile(r"\b(never|no\s+longer|not|n't|stop(ped)?)\b", re.I)
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
        topic = TOPIC.get(reason)
        if topic is not None and topic.search(text) or GIVEN_UP.search(text):
            continue
        root = sent.span.root
        if root.tag_ in ("VBD", "VBN") or root.lemma_ == "be" and not any(c.lower_ == "will" for c in root.children):
            continue  # what happened (the cause) or a motto ("satisfaction is our priority"), not a practice
        yield Hit(sent.start, sent.start + len(text), fields={"reason": name})
