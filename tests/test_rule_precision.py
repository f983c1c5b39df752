"""lab.rule_precision splits the real-letter figures by rule: correct flags, labelled sentences
found, and those found by one rule alone within its own category."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from lab.real_corpus import LabelledSentence, RealLetter  # noqa: E402
from lab.rule_precision import score_rules  # noqa: E402

TEXT = ("Dear Seller Performance Team,\n\n"
        "We will strengthen the management of our warehouse.\n\n"
        "We will pay more attention to quality.\n\n"
        "The buyer lied about the condition of the item.\n")


def _letter(labels: dict[str, frozenset[str]]) -> RealLetter:
    sentences, pos = [], 0
    for line in (x for x in TEXT.split("\n") if x):
        start = TEXT.index(line, pos)
        pos = start + len(line)
        sentences.append(LabelledSentence(line, start, pos, labels.get(line, frozenset()), "other"))
    return RealLetter("t001", TEXT, "train", "poor", "fix", "other", frozenset(), None, tuple(sentences))


def test_flags_are_scored_against_their_own_category(pipeline, catalogue):
    from poa_lint.config import Config
    from poa_lint.factory import build_linter

    linter = build_linter(Config(select=("specificity.vague-commitment", "blame.outside-party")),
                          catalogue=catalogue, pipeline=pipeline)
    real = _letter({"We will strengthen the management of our warehouse.": frozenset({"specificity", "template"}),
                    "The buyer lied about the condition of the item.": frozenset({"blame"})})
    # blame.outside-party is passed as if it were learned: its figures are then marked as such
    rules = score_rules([(real, linter.lint(TEXT))], frozenset({"blame.outside-party"}))
    vague = rules["specificity.vague-commitment"]
    assert (vague.flags, vague.correct, len(vague.found)) == (2, 1, 1)
    assert vague.false_flags and "pay more attention" in vague.false_flags[0]
    assert len(vague.alone) == 1                     # found alone within specificity
    blame = rules["blame.outside-party"]
    assert (blame.flags, blame.correct, blame.learned) == (1, 1, True)
