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


def test_a_word_of_the_wrong_class_for_its_slot(lint_only):
    text = ("We received a complain from a buyer, and we apologies for the delay. "
            "We will improvement our checks every week.\n")
    found = lint_only(text, "grammar.word-derivation")
    assert [(f.text, f.suggestions[0]) for f in found] == [
        ("complain", "complaint"), ("apologies", "apologize"), ("improvement", "improve")]


def test_right_word_classes_are_left_alone(lint_only):
    text = ("We received a complaint from a buyer, and we apologize for the delay. If any differ by "
            "more than 2 units, she pauses the SKU. We understand that this hurt buyers.\n")
    assert lint_only(text, "grammar.word-derivation") == ()
    assert lint_only(text, "grammar.noun-number") == ()


def test_fluent_sentences_the_parse_misreads_are_not_grammar_errors(lint_only):
    """Each sentence once drew a false flag on a good letter: a fronted participle, a name as the
    subject, a noun the parse read as a verb, a list of nouns, a class noun after "change of", a
    noun after "before"."""
    text = ("- Attached are invoices from Brightway Electronics dated 14 October 2024.\n"
            "The linked account, Spare Guides was closed on March 14.\n"
            "Two customers complained that the logo print on the charging case differed from units "
            "sold in retail stores.\n"
            "The same day we called a meeting of the warehouse manager, the operations lead and the "
            "4 packing staff to go through every late order together.\n"
            "Before any change of carrier, our logistics lead checks the carrier against the list.\n"
            "Nobody compared the wording with Amazon's pages before upload.\n"
            "On 15 April we confirmed shipment for all open orders.\n")
    for rule in ("grammar.subject-verb-agreement", "grammar.comma-splice", "grammar.article-missing",
                 "grammar.verb-form"):
        assert lint_only(text, rule) == (), rule


def test_staffs_is_found_in_a_list_too(lint_only):
    found = lint_only("We checked our suppliers, carriers and staffs. The agency staffs the desk.\n",
                      "grammar.staff-plural")
    assert [f.text for f in found] == ["staffs"]


def test_a_degree_adjective_before_an_adjective_is_an_adverb(lint_only):
    text = ("There was an unexpected high demand in May, and we found serious damaged boxes. "
            "The original sealed cartons got a careful detailed check.\n")
    found = lint_only(text, "grammar.adverb-form")
    assert [(f.text, f.suggestions[0]) for f in found] == [("unexpected", "unexpectedly"),
                                                          ("serious", "seriously")]
