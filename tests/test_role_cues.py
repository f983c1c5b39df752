"""The grammar-based role cues (poa_lint.role_cues) and how the letter model uses them beside the
sentence classifier (poa_lint.roles). Real spaCy pipeline, shipped sentence model."""

from __future__ import annotations

import pytest

from poa_lint.classifier import ROLE_LABELS as ROLES, load_model, sentence_scores
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.nlp import load_pipeline
from poa_lint.role_cues import cue_role, puts_control_in_place, vague_cause
from poa_lint.roles import grammar_roles, has_part, sentence_roles


@pytest.fixture(scope="module")
def read(pipeline, catalogue):
    linter = build_linter(Config(select=("placeholder.unfilled",)), catalogue=catalogue, pipeline=pipeline)
    return lambda text: linter.lint(text).letter


def _one(read, text):
    letter = read(text)
    assert len(letter.sentences) == 1, [s.text for s in letter.sentences]
    return letter.sentences[0].span


@pytest.mark.parametrize("text", [
    "We have refunded every buyer who complained.",
    "On 9 May we removed all 37 units from sellable stock.",
    "The two ASINs named in the notice have been deleted.",
    "I cancelled the open orders and contacted each customer.",
    "I have checked my whole inventory and taken out the damaged units.",
    "Our team went through all the listings in our catalog.",
    "We issued full refunds to the affected buyers.",
    "We have fixed the error on the product page.",
])
def test_a_fix_done_to_the_affected_things_is_corrective(read, text):
    assert cue_role(_one(read, text)) == "corrective"


@pytest.mark.parametrize("text", [
    "We will refund the buyers.",                             # not done yet
    "We did not refund the buyers in time.",                  # negated: the cause, not the fix
    "Because we removed the wrong listing, buyers complained.",  # the reason
    "The buyer cancelled the order.",                         # not the seller
    "Our account has been suspended due to customer complaints.",  # the notice's fact
    "We checked the listings and found that the images were wrong.",  # an investigation
    "Between May and June 58 units were returned to us.",     # done to the seller
    "We have updated our inspection process.",                # a control: preventive
])
def test_what_is_not_a_fix_done_is_not_corrective(read, text):
    assert cue_role(_one(read, text)) != "corrective"


@pytest.mark.parametrize("text", [
    "We have introduced a checklist for every shipment.",
    "Our staff have been retrained on the listing policy.",
    "From now on we inspect every unit before shipping.",
    "We will train our staff on the condition guidelines.",
    "Returned units are inspected against a six-point checklist.",
    "We have hired a quality manager.",
])
def test_a_control_or_a_routine_is_preventive(read, text):
    assert cue_role(_one(read, text)) == "preventive"


@pytest.mark.parametrize("text", [
    "We have implemented the following plan of action:",    # introduces what follows
    "Our staff were not properly trained to spot counterfeits.",  # the cause
    "I bought the shorts from a manufacturer in Guangzhou.",  # where the goods came from
    "We will be grateful if you reinstate our account.",     # a courtesy
    "Dear Seller Performance Team,",
])
def test_what_is_not_a_control_is_not_preventive(read, text):
    assert cue_role(_one(read, text)) != "preventive"


def test_a_blank_pipeline_reads_no_cues(catalogue):
    linter = build_linter(Config(select=("placeholder.unfilled",)), catalogue=catalogue,
                          pipeline=load_pipeline("blank"))
    letter = linter.lint("We have refunded every buyer who complained.").letter
    assert all(cue_role(s.span) is None for s in letter.sentences)


@pytest.mark.parametrize(("text", "vague"), [
    ("This happened because of failures in our processes.", True),
    ("The problem was caused by our lack of attention to Amazon's rules.", True),
    ("Our packer put two opened returns back into sellable stock.", False),
    ("The carrier lost 12 parcels during the holiday week.", False),
])
def test_a_root_cause_is_vague_when_it_names_nothing_concrete(read, text, vague):
    assert vague_cause(_one(read, text)) is vague


PLAIN = """Dear Seller Performance Team,

Our account was deactivated on 8 May because three customers received used units of ASIN B0D4MT7QKR that we sold as new.

Our packer relabelled two opened returns and they were shipped as new, because nobody checked returned units before they went back into sellable stock.

On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock. On 9 May we refunded the three customers in full.

Every returned unit is now inspected by our quality lead within 24 hours of arrival, and opened returns are never relisted as new.

Sincerely,
Wang Fang
"""


def test_a_fix_the_grammar_reads_makes_the_corrective_part_present(read):
    """Whatever the classifier says of them, two reported fixes make the part present; a
    sentence's role comes from its grammar where that is plain, else from the classifier."""
    letter = read(PLAIN)
    cues = grammar_roles(letter)
    assert cues.count("corrective") == 2
    assert has_part(letter, "corrective", load_model())
    model = load_model()
    roles = sentence_roles(letter, model)
    for role, cue, scores in zip(roles, cues, sentence_scores(letter, model)):
        best = max(ROLES, key=lambda label: scores[label])
        if cue is not None:                             # the grammar decides first
            assert role == cue
        elif scores[best] >= model.threshold(best):     # then the classifier
            assert role == best
        else:
            assert role == "other"

def test_a_vague_root_cause_leaves_the_part_missing(read):
    vague = PLAIN.replace(
        "Our packer relabelled two opened returns and they were shipped as new, because nobody checked "
        "returned units before they went back into sellable stock.",
        "This happened because of failures in our processes and our lack of attention.").replace(
        " because three customers received used units of ASIN B0D4MT7QKR that we sold as new.", ".")
    # (the notice's summary is cut to the date, so that no other sentence can be read as the cause)
    model = load_model()
    assert has_part(read(PLAIN), "root-cause", model)
    assert not has_part(read(vague), "root-cause", model)


def test_without_a_model_the_letter_model_decides(read):
    letter = read(PLAIN)
    assert has_part(letter, "corrective", None) == letter.has_part("corrective")


@pytest.mark.parametrize(("text", "control"), [
    ("We have introduced a packing checklist for every order.", True),
    ("We switched to a new carrier with tracked delivery.", True),
    ("We will be more careful in the future.", False),                 # a promise
    ("We have carefully studied Amazon's condition guidelines.", False),  # the rules studied
    ("Every Monday I review the late shipment report.", False),        # a routine described
])
def test_only_a_control_put_in_place_is_a_concrete_preventive_measure(read, text, control):
    assert puts_control_in_place(_one(read, text)) is control


def test_a_control_put_in_place_makes_the_preventive_part_present(read):
    letter = read(PLAIN.replace(
        "Every returned unit is now inspected by our quality lead within 24 hours of arrival, and opened returns "
        "are never relisted as new.", "We have introduced a grading checklist for returned units."))
    assert has_part(letter, "preventive", load_model())
