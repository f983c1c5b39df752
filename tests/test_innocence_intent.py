"""Good intent claimed for what happened is innocence; the same words about a risk or as the aim
of an action are not (innocence.denial, innocence.minimising)."""

from __future__ import annotations

import pytest

RULES = ("innocence.denial", "innocence.minimising")

CLAIMED = [
    "The wrong brand name was unintentionally added to three listing titles.",
    "This unintentionally broke the drop shipping policy.",
    "The mistake was unintentional.",
    "It was an unintentional mistake.",
]
NOT_CLAIMED = [
    # a risk described, not what happened
    "Our staff listed items whose trademarks could be infringed unintentionally.",
    # the aim of an action, not a claim about the goods
    "Our team checked every listing to make sure each product we sell is authentic.",
]


@pytest.mark.parametrize("sentence", CLAIMED)
def test_good_intent_claimed_for_what_happened_is_innocence(lint_only, sentence):
    assert [f.rule for f in lint_only(sentence, *RULES)] == ["innocence.denial"]


@pytest.mark.parametrize("sentence", NOT_CLAIMED)
def test_risk_or_aim_is_not_innocence(lint_only, sentence):
    assert not lint_only(sentence, *RULES)


@pytest.mark.parametrize("sentence", ["Each product we sell is authentic.",
                                      "We guarantee that each product we sell is authentic."])
def test_a_claim_of_authentic_goods_is_still_denial(lint_only, sentence):
    assert [f.rule for f in lint_only(sentence, *RULES)] == ["innocence.denial"]
