"""Placeholders as sellers leave them, and template sentences as sellers reword them: each form is
found in a short letter, and its look-alikes that carry a real value are left alone."""

from __future__ import annotations

import pytest

LETTER = ("Dear Seller Performance Team,\n\n{line}\n\nOn 2 June we refunded all 9 buyers of ASIN "
          "B0C8TT41MZ and replaced the foam in every box.\n\nSincerely,\nMei Tan\n")


def _found(lint_only, rule: str, line: str) -> list[str]:
    return [f.text for f in lint_only(LETTER.format(line=line), rule)]


@pytest.mark.parametrize(("line", "slot"), [
    ("This is [ My store name ].", "[ My store name ]"),
    ("The tracking is here: [enter link to online tracking showing delivery and signature confirmation "
     "from the customer].", "[enter link to online tracking showing delivery and signature "
                            "confirmation from the customer]"),
    ("The order was placed on <05/05/2025> and delivered.", "<05/05/2025>"),
    ("The tracking shows <a photo of the parcel at the buyer's door with the house number visible>.",
     "<a photo of the parcel at the buyer's door with the house number visible>"),
    ("You can follow it here: <www.example-courier.com/ZX9876543210>.", "<www.example-courier.com/ZX9876543210>"),
    ("We have sold on Amazon since 20XX.", "20XX"),
    ("Our seller ID is A1XXXXXXXXXX.", "A1XXXXXXXXXX"),
    ("The parcel left on xx/xx/2024.", "xx/xx/2024"),
    ("Our store name is ______ and we sell kettles.", "______"),
    ("I received a performance notification from Amazon on **March*, which shows the rate.", "**March*"),
    ("We removed the listing (insert screenshot here).", "(insert screenshot here)"),
    ("Our agent John Doe checked the brand.", "John Doe"),
    ("Please write to yourname@example.com for the invoices.", "yourname@example.com"),
    ("We bought the kettles from ABC Co., Ltd in Ningbo.", "ABC Co"),
    ("We will answer every message within X days.", "X days"),
    ("On 日期 we removed the listing.", "日期"),
])
def test_unfilled_placeholder_forms(lint_only, line, slot):
    assert _found(lint_only, "placeholder.unfilled", line) == [slot]


@pytest.mark.parametrize("line", [
    "The rights owner wrote from <legal@nordvik-example.com> on 5 June 2025.",
    "The proof of return is at <https://www.ups.com/track?tracknum=1Z999AA10123456784>.",
    "The 12 XXL jackets of the same batch were checked too.",
    "Our seller ID is A2K7ZQ9M3PL1RX and our store is Harbor Lane Goods.",
    "We sell the Nordvik_Kettle_2 model under our own brand.",
    "The invoice came from Nordvik Trading Ltd (see attachment 2).",
    "Our marketing manager Xavier Doe answers the messages within 2 days.",
])
def test_real_values_are_not_placeholders(lint_only, line):
    assert _found(lint_only, "placeholder.unfilled", line) == []


def test_an_ellipsis_opening_a_sentence_is_missing_text(lint_only):
    line = "We want better service. …for the information the platform needs, please let us know."
    assert _found(lint_only, "placeholder.missing-text", line) == ["…"]


@pytest.mark.parametrize("line", [
    # the first person singular, an intensifier dropped: "I" and "we" are one template
    "I am writing to appeal the deactivation of my seller account.",
    # a stock sentence led in and trailed off by clauses of the seller's
    "To address the issues raised, we have carefully read and understood our business solutions "
    "agreement with Amazon and Amazon's policies, paying careful attention to the condition guidelines.",
    # cut short
    "We apologize for any inconvenience this has caused to Amazon.",
    # Amazon's appeal form pasted as a heading, and extended with the seller's words
    "Greater detail on the actions you have taken to resolve these issues:",
    "Greater detail on the root cause(s) that led to the inauthenticity:",
    # statutory text of a DMCA counter-notice
    "I have a good faith belief that the material was removed or disabled as a result of a mistake or "
    "misidentification of the material.",
])
def test_reworded_stock_sentences_are_template(lint_only, line):
    assert len(_found(lint_only, "template.stock-sentence", line)) == 1


@pytest.mark.parametrize("line", [
    # the seller's own heading, not the form's ("you") prompt
    "The actions we have taken to resolve the issue:",
    "The root cause of the issue:",
    # a short stock clause leading into the seller's own account
    "We have taken the following steps: our packer now wraps every kettle lid in moulded pulp and "
    "the warehouse lead opens three boxes of each batch before it ships.",
    # the seller's own facts in a common frame
    "We take full responsibility for the cracked lids, because our packer chose the thin foam to save time.",
])
def test_own_headings_and_facts_are_not_template(lint_only, line):
    assert _found(lint_only, "template.stock-sentence", line) == []
