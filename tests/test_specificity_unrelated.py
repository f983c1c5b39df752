"""Vague commitments and unrelated content as real sellers write them (issue 10): what is flagged,
and the look-alikes that are not (a promise not to do something, the letter announcing itself,
a root-cause narrative, a routine with its detail, a summary of Amazon's notice)."""

from __future__ import annotations

import pytest

VAGUE_RULE = "specificity.vague-commitment"

VAGUE = [
    "We have put in place strict quality control procedures.",
    "Our team will update the programs and systems regularly.",
    "We are in the process of removing the wrong listings.",
    "We will keep fully complying with Amazon's policies.",
    "We are committed to correcting our approach to the listings.",
    "I have made big changes to our inventory management.",
    "Our packers are highly trained and handle every parcel with care.",
]
NOT_VAGUE = [
    "We will not ask buyers to change or remove their reviews.",
    "Below we set out the steps we will take to improve our process.",
    "We did not deal with these buyer messages in a timely way.",
    "We understand that it is our responsibility to give good service.",
    "Our selling account has been removed and our listings were closed.",
    "We have put in place supplier checks, including test buys and invoice reviews.",
    "We monitor returns and complaints to provide a good customer experience.",
    "Please note that our warehouse manager checks the return log every Friday.",
]


@pytest.mark.parametrize("sentence", VAGUE)
def test_vague_commitment(lint_only, sentence):
    assert [f.rule for f in lint_only(sentence, VAGUE_RULE)] == [VAGUE_RULE]


@pytest.mark.parametrize("sentence", NOT_VAGUE)
def test_not_a_vague_commitment(lint_only, sentence):
    assert not lint_only(sentence, VAGUE_RULE)


FUTURE_RULE = "specificity.future-corrective"
CORRECTIVE = "Corrective actions\n{}\n"


def test_undated_future_fix_in_corrective_part(lint_only):
    findings = lint_only(CORRECTIVE.format("We will withdraw the remaining units from the warehouse."), FUTURE_RULE)
    assert [f.rule for f in findings] == [FUTURE_RULE]


@pytest.mark.parametrize("sentence", [
    "We will withdraw the 40 remaining units on 3 May.",               # dated, counted
    "We will change our passwords frequently from now on.",             # a routine
    "We will end our contract with any supplier who ships late.",       # a standing rule
])
def test_dated_or_routine_steps_are_not_future_fixes(lint_only, sentence):
    assert not lint_only(CORRECTIVE.format(sentence), FUTURE_RULE)


def test_plan_announcing_its_purpose_is_no_overpromise(lint_only):
    rule = "specificity.overpromise"
    assert not lint_only("Below I explain how I will make sure it does not happen again.", rule)
    assert lint_only("We promise it will never happen again.", rule)


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
