"""The probe set measures the grammar pack and Harper; the issue's targets must hold."""

from __future__ import annotations

import pytest

from conftest import ROOT
from poa_lint.catalogue import load_catalogue
from lab.probe import evaluate, load, table

PROBE = ROOT / "fixtures" / "probe" / "sentences.yaml"


@pytest.fixture(scope="module")
def measured(pipeline):
    entries = load(PROBE)
    scores, timing = evaluate(entries, pipeline)
    return entries, scores, timing


def test_probe_set_is_balanced_and_covers_every_rule():
    entries = load(PROBE)
    errors = [e for e in entries if e["error"]]
    assert len(entries) >= 150 and abs(len(errors) - (len(entries) - len(errors))) <= len(entries) * 0.1
    # the hand-written rules; a learned one (kind classify) is measured on real letters instead
    rules = {r.id for r in load_catalogue().rules if r.id.startswith("grammar.") and r.kind != "classify"}
    assert rules == {e["error"]["rule"] for e in errors}
    assert all(e["error"]["tier"] in ("A", "B") for e in errors)


def test_targets(measured):
    _, scores, timing = measured
    totals = timing["totals"]
    assert scores["pack"].precision("A") >= 0.95
    assert scores["pack"].found["A"] / totals["A"] >= 0.9
    assert scores["merged"].precision() >= 0.85
    assert scores["pack"].precision("B") >= 0.8


def test_table_has_every_system(measured):
    _, scores, timing = measured
    text = table(scores, timing)
    assert [line.split("|")[1].strip() for line in text.splitlines()[2:]] == ["pack", "harper", "merged"]
