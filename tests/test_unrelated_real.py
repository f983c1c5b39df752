"""Unrelated content as real sellers write it (issue 10): earlier contacts with Amazon, requests
for another reviewer, history and track record, customer-service filler in an appeal about
something else; and the look-alikes that are the facts of the case (a summary of Amazon's
notice, an internal ticket, the seller's own supervisor, evidence sent)."""

from __future__ import annotations

import pytest

UNRELATED = [
    ("I have phoned Seller Support many times about this account.", "unrelated.case-reference"),
    ("We opened three cases with Seller Support last month.", "unrelated.case-reference"),
    ("Our appeal was rejected and we have still not heard back from you.", "unrelated.case-reference"),
    ("As the Seller Performance team requested, we sent a plan of action in May.", "unrelated.case-reference"),
    ("Please forward this appeal to a senior manager.", "unrelated.escalation-request"),
    ("We ask for a fresh review of our case.", "unrelated.escalation-request"),
    ("We always provide our customers good products and fast service.", "unrelated.business-intro"),
    ("We value our relationship with Amazon, which has been lasting for many years.", "unrelated.business-intro"),
    ("We are eager to grow our own brand on Amazon.", "unrelated.business-intro"),
    ("Other brands like ours are sold in the same category.", "unrelated.other-marketplaces"),
]
RELATED = [
    "We received your notice on 3 May that our account was deactivated.",
    "A ticket is raised in our system for every unit that fails inspection.",
    "Buyers who had written to us received no answer for three days.",
    "Our warehouse supervisor checks the late shipment report every morning.",
    "WHY DROPSHIPPING?",
    "We sent the supplier invoices and the letter of authorisation to Amazon.",
]


@pytest.mark.parametrize("sentence, rule", UNRELATED)
def test_unrelated_content(lint_only, sentence, rule):
    assert rule in [f.rule for f in lint_only(sentence, "unrelated")]


@pytest.mark.parametrize("sentence", RELATED)
def test_facts_of_the_case_are_not_unrelated(lint_only, sentence):
    assert not lint_only(sentence, "unrelated")


SERVICE_RULE = "unrelated.service-off-topic"
SERVICE = "We answer every customer inquiry within 24 hours and always give excellent customer service."


@pytest.mark.parametrize("reason, flagged", [("related-accounts", True), ("ip", True), ("performance", False)])
def test_customer_service_promise_is_off_topic_only_where_buyers_are_not_the_issue(lint_only, reason, flagged):
    assert bool(lint_only(SERVICE, SERVICE_RULE, reason=reason)) is flagged


def test_what_happened_with_buyers_is_the_cause_not_a_promise(lint_only):
    text = "We offered customers refunds and replacements for a positive review."
    assert not lint_only(text, SERVICE_RULE, reason="review-manipulation")
