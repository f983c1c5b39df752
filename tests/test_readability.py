"""Readability: the offline Flesch formulas, letter statistics and the agentless-passive scope."""

from __future__ import annotations

from conftest import FIXTURES
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.readability import measure, syllables
from poa_lint.extras import letter_stats

PLAIN = ["We shipped the wrong box.", "We sent a new one the next day."]
HARD = ["Notwithstanding considerable organizational investment, operational deficiencies "
        "systematically compromised verification of returned merchandise."]


def test_formulas_rank_plain_above_hard_text():
    plain, hard = measure(PLAIN), measure(HARD)
    assert plain["sentences"] == 2 and plain["words"] == 13
    assert plain["ease"] > 80 > 0 > hard["ease"]
    assert plain["grade"] < 4 < 20 < hard["grade"]
    assert syllables("organizational") >= 5 and syllables("box") == 1 and syllables("2025") == 1


def test_stats_leave_headings_out(pipeline, catalogue):
    text = (FIXTURES / "readability.long-sentence" / "good.txt").read_text(encoding="utf-8")
    letter = build_linter(Config(select=("readability",)), catalogue=catalogue, pipeline=pipeline).lint(text).letter
    stats = letter_stats(letter)
    headings = sum(1 for s in letter.sentences if s.is_heading)
    assert headings >= 3 and stats["sentences"] == len(letter.sentences) - headings
    assert stats["long_sentences"] == 0 and stats["flesch_reading_ease"] > 50


def test_agentless_passive_only_in_root_cause_and_actions(lint_only):
    body = ("Dear Seller Performance Team,\n\nThree buyers reported that the wrong charger was sent.\n\n"
            "Root cause\nThe wrong charger was sent because two bins had the same label.\n\n"
            "Corrective actions\n- We relabelled both bins on May 4.\n\n"
            "Preventive measures\n- Our packer scans every bin label before packing.\n")
    found = lint_only(body, "readability.agentless-passive")
    assert [f.line for f in found] == [6]
    assert found[0].text == "The wrong charger was sent"
