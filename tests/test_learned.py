"""The learned layer: the shipped sentence model, kind `classify`, roles and appeal paths."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from poa_lint.catalogue import PackError, load_catalogue, load_pack
from poa_lint.classifier import LABELS, MODEL_DIR, context_words, load_model, model_meta, model_text
from poa_lint.config import Config
from poa_lint.engine import once_per_category
from poa_lint.factory import build_linter
from poa_lint.finding import Finding, Severity
from poa_lint.grammar_model import MODEL_DIR as GRAMMAR_DIR
from poa_lint.grammar_model import load_detector
from poa_lint.incremental import ParseCache
from poa_lint.roles import restates_notice

# The learned rules shipped: one per category whose calibrated threshold can fire (see README).
LEARNED = tuple(r.id for r in load_catalogue().rules if r.kind == "classify")


def test_shipped_model_names_the_corpus_in_the_repository():
    sys.path.insert(0, str(ROOT))
    from lab.real_corpus import corpus_digest, load_corpus

    meta = model_meta()
    assert meta is not None, "no model in poa_lint/models/sentences: run python -m lab.train_sentences"
    assert meta["corpus_digest"] == corpus_digest(), "the shipped model was trained on another corpus"
    assert meta["training_letters"] == len(load_corpus(split="train"))
    assert meta["labels"] == list(LABELS)
    assert meta["command"] == "python -m lab.train_sentences" and isinstance(meta["seed"], int)
    assert set(meta["thresholds"]) == set(LABELS)


def test_shipped_model_was_trained_on_what_todays_code_computes():
    """The training inputs (every example's text with its context words, labels, the letters'
    parts, seed, epochs, architecture) that today's code and rules compute from the corpus are
    those the shipped model was trained on: a rule change that alters them (placeholder findings
    are part of the context) asks for a retrain."""
    sys.path.insert(0, str(ROOT))
    from lab.real_corpus import CORPUS, load_corpus
    from lab.train_sentences import examples_of, inputs_digest

    meta = model_meta()
    letters = load_corpus(split="train")
    headed: dict[str, dict[str, str]] = {}
    examples = examples_of(letters, CORPUS, headed)
    assert meta["inputs_digest"] == inputs_digest(letters, examples, headed, ",".join(meta["members"])), (
        "what the sentence model learns from has changed since it was trained: run python -m lab.train_sentences")


def test_pooled_calibration_relaxes_the_target_only_with_more_support():
    sys.path.insert(0, str(ROOT))
    from lab.train_sentences import _calibrate_pooled

    targets = ((0.90, 5), (0.85, 10))
    # two splits: 42 flags above 0.45, every seventh wrong (0.86): 0.90 is never met, 0.85 is
    top = [(0.9 - i * 0.01, i % 7 != 1) for i in range(42)]
    threshold, figures = _calibrate_pooled(top + [(0.05, False)] * 40, targets, repeats=2)
    assert (threshold, figures["target"], figures["precision"]) == (pytest.approx(0.49, abs=1e-5), 0.85, 0.857)
    assert figures["positives"] == 36 // 2
    # the same precision with fewer than ten correct flags per split never fires
    threshold, figures = _calibrate_pooled(top[:28] + [(0.05, False)] * 40, targets, repeats=3)
    assert (threshold, figures["target"], figures["precision"]) == (1.0, None, None)
    # a clean top of ten right flags per split meets the first target
    threshold, figures = _calibrate_pooled([(0.8, True)] * 20 + [(0.2, False)] * 5, targets, repeats=2)
    assert figures["target"] == 0.90 and threshold == pytest.approx(0.8, abs=1e-5)


def test_a_linter_reads_the_sentence_model_it_is_given(tmp_path, pipeline, catalogue):
    """Config.sentence_model points the classify and require kinds (and the roles) at another model
    folder, as the cross-validated evaluation does; the default stays the shipped model."""
    import shutil

    from poa_lint.roles import sentence_roles

    other = tmp_path / "model"
    shutil.copytree(MODEL_DIR, other)
    meta = json.loads((other / "training.json").read_text(encoding="utf-8"))
    meta["thresholds"] = {label: 0.0001 for label in meta["thresholds"]}
    (other / "training.json").write_text(json.dumps(meta), encoding="utf-8")
    from poa_lint.catalogue import Catalogue

    rules = Catalogue(catalogue.rules + load_pack(_pack(tmp_path, "    label: blame\n")))   # the model's threshold
    text = (FIXTURES / "innocence.learned" / "good.txt").read_text(encoding="utf-8")
    shipped = build_linter(Config(select=("agency",)), catalogue=rules, pipeline=pipeline)
    given = build_linter(Config(select=("agency",), sentence_model=other), catalogue=rules, pipeline=pipeline)
    assert not shipped.lint(text).findings
    result = given.lint(text)
    assert len(result.findings) == sum(not s.is_heading for s in result.letter.sentences)
    assert load_model(other) is load_model(other) is not load_model()
    roles = sentence_roles(result.letter, load_model(other))
    # (a line of prose without a verb is a label or a name: the classifier gives it no role)
    assert all(role != "other" for role, s in zip(roles, result.letter.sentences)
               if not s.is_heading and not restates_notice(s.text)
               and (s.in_list or any(t.pos_ in ("VERB", "AUX") for t in s.span)))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_models_are_small_and_inside_the_package():
    assert _size(MODEL_DIR) + _size(GRAMMAR_DIR) <= 30 * 1024 * 1024     # the wheel's budget for models
    assert _size(GRAMMAR_DIR) <= 5 * 1024 * 1024
    for folder in (MODEL_DIR, GRAMMAR_DIR):
        assert folder.is_relative_to(Path(sys.modules["poa_lint"].__file__).parent)


def test_models_load_once_and_lazily():
    assert load_model() is load_model()
    assert load_detector() is load_detector()
    code = ("import sys; import poa_lint.classifier, poa_lint.roles, poa_lint.kinds.classify, poa_lint.grammar_model\n"
            "assert not {'spacy', 'rapidfuzz', 'numpy'} & set(sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_model_text_is_shared_by_training_and_linting():
    context = context_words(("preventive",), False, True, 5, 20)
    assert context == "zzpartpreventive zzlistitem"
    assert model_text("2) We will NEVER do it AGAIN!", context) == (
        "zzpartpreventive zzlistitem zzshout zzexclaim we will never do it again!")
    assert model_text("- ") == ""


def _pack(tmp_path, body: str) -> Path:
    path = tmp_path / "agency.yml"
    path.write_text("pack: agency\nrules:\n  - id: agency.learned\n    kind: classify\n    category: blame\n"
                    "    severity: warning\n    message: m\n    why: a reason long enough.\n" + body,
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("body, problem", [
    ("    label: weather\n", "field label"),
    ("    label: blame\n    threshold: 1.5\n", "threshold must be a number between 0 and 1"),
    ("    label: blame\n    threshold: yes\n", "threshold must be a number between 0 and 1"),
    ("    label: blame\n    patterns: []\n", "unknown field 'patterns'"),
    ("    model: weather\n    label: blame\n", "field model"),
    ("    model: grammar\n    label: blame\n", "field label"),      # the grammar detector's one label is grammar
    ("    label: grammar\n", "field label"),                        # the sentence classifier has no such label
])
def test_classify_rules_are_validated(tmp_path, body, problem):
    with pytest.raises(PackError, match=problem):
        load_pack(_pack(tmp_path, body))


def test_classify_rule_with_its_own_threshold(tmp_path, pipeline, catalogue):
    from poa_lint.catalogue import Catalogue

    spec = load_pack(_pack(tmp_path, "    label: blame\n    threshold: 0.001\n"))
    linter = build_linter(Config(select=("agency",)), catalogue=Catalogue(catalogue.rules + spec),
                          pipeline=pipeline)
    result = linter.lint("Dear team,\n\nThe buyer ordered the wrong size.\n\nRegards,\nAnn\n")
    flagged = {f.text for f in result.findings}
    assert "The buyer ordered the wrong size." in flagged          # every sentence reaches 0.001
    assert all(f.rule == "agency.learned" for f in result.findings)
    assert "Dear team," not in {f.text for f in result.findings if f.text.endswith(":")}


def _finding(rule: str, category: str, start: int, end: int) -> Finding:
    return Finding("x", start, end, rule, 1, start + 1, 1, end + 1, category, Severity.WARNING, "m", "t")


def test_a_sentence_is_reported_once_per_category_and_the_rule_wins():
    rule = _finding("blame.outside-party", "blame", 10, 20)
    learned_same = _finding("blame.learned", "blame", 0, 40)
    learned_other = _finding("blame.learned", "blame", 50, 90)
    other_category = _finding("emotive.learned", "emotive", 0, 40)
    kept = once_per_category([rule, learned_same, learned_other, other_category],
                             frozenset({"blame.learned", "emotive.learned"}))
    assert kept == [rule, learned_other, other_category]


def test_two_rules_on_the_same_words_report_them_once_the_narrower_wins():
    phrase = _finding("template.stock-phrase", "template", 0, 34)
    sentence = _finding("template.stock-sentence", "template", 0, 35)
    vocabulary = _finding("template.stock-vocabulary", "template", 0, 35)
    elsewhere = _finding("template.stock-sentence", "template", 40, 80)
    other_category = _finding("emotive.shouting", "emotive", 0, 35)
    kept = once_per_category([sentence, vocabulary, phrase, elsewhere, other_category], frozenset())
    assert kept == [phrase, elsewhere, other_category]


def test_grammar_and_letter_level_findings_are_not_merged():
    article = _finding("grammar.article-missing", "grammar", 0, 10)
    number = _finding("grammar.noun-number", "grammar", 5, 12)
    no_data = replace(_finding("specificity.no-data", "specificity", 0, 20), whole_letter=True)
    no_evidence = replace(_finding("specificity.no-evidence", "specificity", 0, 20), whole_letter=True)
    assert once_per_category([article, number, no_data, no_evidence], frozenset()) == [
        article, number, no_data, no_evidence]


def test_a_real_stock_sentence_gets_one_template_finding(lint_only):
    text = "Dear Seller Performance Team,\n\nWe take this matter very seriously.\n\nRegards,\nLi Wen\n"
    template = [f for f in lint_only(text, "template") if f.text.startswith("We take")]
    assert [f.rule for f in template] == ["template.stock-phrase"]


@pytest.mark.parametrize("rule_id", LEARNED)
def test_learned_and_rule_findings_do_not_repeat_a_category(lint_only, rule_id):
    category = rule_id.split(".")[0]
    text = (FIXTURES / rule_id / "bad.txt").read_text(encoding="utf-8")
    findings = lint_only(text, category)
    ruled = [f for f in findings if f.rule != rule_id]
    for f in findings:
        if f.rule == rule_id:
            assert not any(r.start < f.end and f.start < r.end for r in ruled), f


NO_PARTS = ("Dear Seller Performance Team,\n\nWe were told our account was deactivated in error. The "
            "invoices attached show that all 40 units of ASIN B0C1X2Y3Z4 came from the brand owner.\n\n"
            "Attached: invoice 2291 from Norvale Ltd, dated 3 March.\n\nRegards,\nLi Wen\n")


def test_deactivated_in_error_path_is_not_asked_for_the_three_parts(lint_only):
    asked = {f.rule for f in lint_only(NO_PARTS, "structure")}
    assert {"structure.missing-preventive-measures"} <= asked
    told = {f.rule for f in lint_only(NO_PARTS, "structure", path="error")}
    assert not told & {"structure.missing-root-cause", "structure.missing-corrective-actions",
                       "structure.missing-preventive-measures"}


@pytest.mark.parametrize("rule_id", LEARNED)
def test_explain_shows_a_learned_rule(rule_id):
    done = subprocess.run([sys.executable, "-m", "poa_lint", "explain", rule_id], capture_output=True, text=True)
    label = rule_id.split(".")[0]
    assert done.returncode == 0, done.stderr
    model = "grammatical-error detector" if rule_id == "grammar.learned" else "sentence classifier"
    assert f"Learned: flags sentences the shipped {model} labels '{label}'" in done.stdout
    assert f"fixtures/{rule_id}/bad.txt" in done.stdout


@pytest.mark.parametrize("text, restated", [
    ("Our Late Dispatch Rate went above the 4% target.", True),
    ("My account has been deactivated.", True),
    ("Our order defect rate is higher than 1%.", True),
    ("Our late dispatch rate rose because we shipped from one warehouse with two packers.", False),
    ("On 3 May we removed the listing.", False),
])
def test_a_sentence_restating_the_notice_is_not_the_sellers_fact(text, restated):
    assert restates_notice(text) is restated


@pytest.mark.parametrize("rule_id", LEARNED)
def test_cli_and_language_server_parse_agree_on_learned_rules(pipeline, catalogue, rule_id):
    """The language server re-parses only edited blocks (ParseCache); learned findings match the
    whole parse the CLI and batch runs use."""
    linter = build_linter(Config(select=(rule_id,)), catalogue=catalogue, pipeline=pipeline)
    text = (FIXTURES / rule_id / "bad.txt").read_text(encoding="utf-8")
    cache = ParseCache()
    whole = [(f.rule, f.start, f.end) for f in linter.lint(text).findings]
    assert [(f.rule, f.start, f.end) for f in linter.lint(text, cache=cache).findings] == whole
    edited = text.replace("\n\n", "\n\nNote.\n\n", 1)
    assert ([(f.rule, f.start, f.end) for f in linter.lint(edited, cache=cache).findings]
            == [(f.rule, f.start, f.end) for f in linter.lint(edited).findings])


def test_cli_json_matches_the_linter(tmp_path, pipeline, catalogue):
    text = (FIXTURES / LEARNED[0] / "bad.txt").read_text(encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "poa_lint", str(draft), "--format", "json", "--select",
                           ",".join(LEARNED)], capture_output=True, text=True, cwd=tmp_path)
    shown = [(f["rule"], f["start"], f["end"]) for f in json.loads(done.stdout)["files"][0]["findings"]]
    linter = build_linter(Config(select=LEARNED), catalogue=catalogue, pipeline=pipeline)
    assert shown == [(f.rule, f.start, f.end) for f in linter.lint(text).findings]
    assert shown


@pytest.mark.parametrize("text, found", [
    ("Our seller ID is Xxxx and the store is (Your Store).", ["Xxxx", "(Your Store)"]),
    ("Store name: (店铺名), contact ( ).", ["(店铺名)", "( )"]),
    ("The brand XYZ was listed by xx staff.", ["XYZ", "xx"]),
    ("The account ****** was linked to ours.", ["******"]),
    ("I am the owner of the account “ACCOUNT NAME”.", ["ACCOUNT NAME"]),
])
def test_placeholders_as_sellers_leave_them(lint_only, text, found):
    assert [f.text for f in lint_only(f"Dear team,\n\n{text}\n", "placeholder.unfilled")] == found


@pytest.mark.parametrize("text", [
    "We checked the XL and XXL sizes against the chart.",       # sizes, not placeholders
    "Our store (Kelvra Home) sells 40 products.",
    "The parts are compatible (not original) replacements.",
    "See [Attachment 1] and the statute [17 USC 512(c)(3)].",
])
def test_ordinary_text_is_not_a_placeholder(lint_only, text):
    assert not lint_only(f"Dear team,\n\n{text}\n", "placeholder")


UNUSUAL_HEADINGS = """Hello Amazon team,

Problem:
Our order defect rate went to 2.3% in April. We found that 17 buyers of the garden hose ASIN B0CQ2M7T4L got hoses that leaked at the connector, because our supplier changed the brass connector to plastic in the March batch and we did not inspect the new batch before sending it to FBA.

Plan of action:
1) On 2 May we removed all 340 units of the March batch from FBA and refunded the 17 buyers.
2) We now open 10 hoses from every new batch and pressure-test the connector before any unit is shipped to Amazon.
3) Our purchasing manager, Omar Haddad, checks the supplier's material list against our approved sample for every order.

Thank you,
Sun Garden Supplies
"""


def test_parts_under_unusual_headings_are_found(lint_only):
    """A complete letter under "Problem:" and "Plan of action: 1) 2) 3)" is not told that its root
    cause, corrective actions or preventive measures are missing (issue 10's opening example)."""
    assert not [f.rule for f in lint_only(UNUSUAL_HEADINGS, "structure") if "missing" in f.rule]
