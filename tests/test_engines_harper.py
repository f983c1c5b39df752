"""The Harper engine, for real: what it reports, and the words it must never call misspelt."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from poa_lint.grammar import make_engine, protected_for
from poa_lint.grammar.harper import shared_linter

pytest.importorskip("harper")


@pytest.fixture(scope="module")
def harper():
    return make_engine("harper")


def _flagged(engine, text):
    return {text[h.hit.start:h.hit.end]: h for h in engine.check(text, protected_for(text))}


def test_reports_grammar_with_rule_ids_and_suggestions(harper):
    text = "We was late with 3 orders, and our staff sended the wrong charger."
    found = _flagged(harper, text)
    assert found["was"].rule == "grammar.harper-agreement"
    assert found["was"].hit.suggestions == ("were",)
    assert found["sended"].hit.suggestions[0] == "sent"
    assert not found["was"].spelling


def test_domain_words_ids_and_names_are_never_misspellings(harper):
    text = ("We checked ASIN B0C4K7Q2ZD in FBA and the ODR on Seller Central. Orders "
            "112-3456789-1234567 shipped by YunExpress. Our TechNova and Brightway chargers were "
            "checked by Ms. Xu and Zhou Min on the office Wi-Fi. Lumadent's invoice is attached.\n"
            "Zhang Hui\nShenzhen Brightway Trading Co., Ltd.")
    flagged = _flagged(harper, text)
    assert not [w for w, h in flagged.items() if h.spelling], flagged


def test_british_spelling_is_accepted_but_typos_are_not(harper):
    text = "We cancelled the order because the colour was wrong, and we recieved no reply."
    spelling = [w for w, h in _flagged(harper, text).items() if h.spelling]
    assert spelling == ["recieved"]


def test_linter_is_built_once_per_process(harper):
    assert harper.linter is shared_linter() is make_engine("harper").linter


def test_good_letters_are_clean(harper):
    for name in ("grammar.uncountable-plural", "grammar.comma-splice", "readability.long-sentence"):
        text = (FIXTURES / name / "good.txt").read_text(encoding="utf-8")
        assert harper.check(text, protected_for(text)) == []


def test_template_gaps_are_not_read_as_prose():
    """Harper never reports inside [Your Name], <date>, XXXX or ( ): they are placeholders."""
    from poa_lint.grammar import protected_for
    from poa_lint.grammar.harper import HarperEngine

    text = "We sold [produkt namee] to <buyer nmae> and ( ) , and the buyer recieved it from XXXX.\n"
    hits = HarperEngine().check(text, protected_for(text))
    flagged = [text[h.hit.start:h.hit.end] for h in hits]
    assert "recieved" in flagged
    assert not any(w in " ".join(flagged) for w in ("produkt", "namee", "nmae", "XXXX"))
