"""The learned grammatical-error detector: its shipped model, its reading of a sentence, its rule."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from poa_lint.catalogue import load_catalogue
from poa_lint.grammar_model import LABEL, detector_meta, features, load_detector, skeleton

RULE = "grammar.learned"


def test_shipped_detector_names_the_corpus_in_the_repository():
    sys.path.insert(0, str(ROOT))
    from lab.real_corpus import corpus_digest, load_corpus
    from lab.train_grammar import fluent_digest

    meta = detector_meta()
    assert meta is not None, "no model in poa_lint/models/grammar: run python -m lab.train_grammar"
    assert meta["corpus_digest"] == corpus_digest(), "the shipped detector was trained on another corpus"
    assert meta.get("fluent_digest") == fluent_digest(), \
        "the fixtures' good letters or lab/grammar_fluent.txt changed since training: run python -m lab.train_grammar"
    assert meta["training_letters"] == len(load_corpus(split="train"))
    assert meta["command"] == "python -m lab.train_grammar" and isinstance(meta["seed"], int)
    assert set(meta["thresholds"]) == {LABEL} and 0 < meta["thresholds"][LABEL] <= 1
    assert meta["cv"]["positives"] == meta["real_grammar_sentences"]
    assert isinstance(meta["cv"]["meets_target"], bool)


def test_skeleton_keeps_function_words_and_tags_the_rest(pipeline):
    doc = pipeline.nlp("We will shipped these product to 3 buyers, carefully.")
    assert skeleton(doc) == ["we", "will", "VBN", "these", "NN", "to", "CD", "NNS", ",", "RB", "."]


def test_features_are_stable_across_processes():
    code = "from poa_lint.grammar_model import features; print(features(['we', 'will', 'VBD'], 1))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")}
    assert len(runs) == 1
    assert runs.pop().strip() == str(features(["we", "will", "VBD"], 1))


def test_an_error_scores_above_its_correction(pipeline):
    detector = load_detector()
    wrong = detector.score(skeleton(pipeline.nlp("We has hired two new employee for check the listings.")))
    right = detector.score(skeleton(pipeline.nlp("We have hired two new employees to check the listings.")))
    assert wrong > right


def test_rule_is_off_by_default_unless_it_met_the_precision_target():
    rule = load_catalogue().get(RULE)
    assert rule is not None and rule.kind == "classify" and rule.params["model"] == "grammar"
    assert rule.enabled is bool(detector_meta()["cv"]["meets_target"])


def test_selected_rule_flags_an_error_not_its_correction(lint_only):
    wrong = "Dear team,\n\nEvery parcels is now checked by our quality manager.\n\nRegards,\nAnn\n"
    assert [f.text for f in lint_only(wrong, RULE)] == ["Every parcels is now checked by our quality manager."]
    right = "Dear team,\n\nEvery parcel is now checked by our quality manager.\n\nRegards,\nAnn\n"
    assert not lint_only(right, RULE)


def test_explain_shows_the_detector():
    done = subprocess.run([sys.executable, "-m", "poa_lint", "explain", RULE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Learned: flags sentences the shipped grammatical-error detector labels 'grammar'" in done.stdout
    assert f"fixtures/{RULE}/bad.txt" in done.stdout
