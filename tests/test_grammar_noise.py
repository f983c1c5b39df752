"""Grammar findings that were noise on real letters: placeholders, gaps left for a missing word."""

from __future__ import annotations


def test_chinese_hint_inside_a_placeholder_is_not_leftover_chinese(lint_only):
    text = "Our store XXXX(店铺名) sold 30 lamps between [日期] and [日期].\n"
    assert lint_only(text, "grammar.cjk-leftover") == ()
    assert lint_only(text, "placeholder")  # it is reported, as a placeholder


def test_chinese_in_prose_is_still_reported(lint_only):
    found = lint_only("We contacted the 供应商 (supplier) on May 3.\n", "grammar.cjk-leftover")
    assert [f.text for f in found] == ["供应商"]


def test_a_gap_for_a_missing_word_is_left_visible(lint_only):
    text = "We sold ( ) and the , which we removed on May 3.\n"
    assert lint_only(text, "grammar.spacing-punctuation") == ()
    found = lint_only("We removed the listing , and refunded the buyer.\n", "grammar.spacing-punctuation")
    assert [f.text.strip() for f in found] == [","]


def test_spacing_is_typography_not_grammar(catalogue):
    assert catalogue.get("grammar.spacing-punctuation").category == "formatting"


def test_please_kindly_is_off_by_default(catalogue):
    assert not catalogue.get("grammar.please-kindly").enabled
