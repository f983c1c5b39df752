"""A clause's tense or aspect as poa_lint.clauses reads it from the real parse, and the role cues'
coarser reading of the same clause (done / future / present)."""

from __future__ import annotations

import pytest

from poa_lint.clauses import tense
from poa_lint.role_cues import _tense as role_tense


@pytest.fixture(scope="module")
def root(pipeline):
    def read(sentence: str):
        return next(iter(pipeline.nlp(sentence).sents)).root

    return read


@pytest.mark.parametrize("sentence, fine, coarse", [
    ("We removed the listing yesterday.", "past", "done"),
    ("The listings were removed by our manager.", "past", "done"),
    ("We have refunded every buyer.", "perfect", "done"),
    ("We've refunded every buyer.", "perfect", "done"),
    ("We will train our staff every month.", "future", "future"),
    ("We won't sell this product again.", "future", "future"),
    ("We’ll check each unit before shipping.", "future", "future"),
    ("We would like to apologise for the delay.", "modal", ""),
    ("Every Monday our manager reviews the report.", "present", "present"),
    ("Returned units are inspected by our staff.", "present", "present"),
    ("We are reviewing all of our listings.", "progressive", ""),
    ("Please reinstate our account.", "imperative", ""),
])
def test_tense_and_the_role_cues_reading(root, sentence, fine, coarse):
    verb = root(sentence)
    assert (tense(verb), role_tense(verb)) == (fine, coarse)


def test_a_conjoined_verb_takes_the_auxiliaries_of_its_clause(pipeline):
    doc = pipeline.nlp("All the units were checked and removed from the shelves.")
    removed = next(t for t in doc if t.lower_ == "removed")
    assert tense(removed) == "past"
