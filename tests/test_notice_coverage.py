"""Coverage against the notice: measured targets, CLI (--notice, --reason, `notice`), JSON, config."""

from __future__ import annotations

import json
import shutil

import yaml
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.cli import main
from lab.notices import evaluate, table

NOTICES = FIXTURES / "notices"
CASE = NOTICES / "02-inauthentic-missing-asin"


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)])


def test_measured_precision_recall_meets_targets(pipeline):
    result = evaluate(NOTICES, pipeline)
    total = result.total
    assert result.cases >= 20
    assert total.precision >= 0.95, table(result) + "\n" + "\n".join(result.mistakes)
    assert total.recall >= 0.9, table(result) + "\n" + "\n".join(result.mistakes)
    # an ASIN of the notice that the draft never mentions is never missed
    assert result.unmentioned_asins >= 5 and result.missed_asins == []


def test_fixture_pairs_cover_every_reason_and_clean_pairs():
    reasons, clean = set(), 0
    from poa_lint.notice.parse import parse_notice

    for case in sorted(p for p in NOTICES.iterdir() if p.is_dir()):
        expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
        clean += not expected["findings"]
        reasons.add(parse_notice((case / "notice.txt").read_text(encoding="utf-8")).reason)
    assert reasons == {"performance", "inauthentic", "ip", "condition", "related-accounts",
                       "review-manipulation", "restricted-products"}
    assert clean >= 12


def test_cli_notice_option_text_report():
    result = run(CASE / "draft.txt", "--notice", CASE / "notice.txt", "--select", "coverage")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (f"{CASE / 'draft.txt'}: reason: Inauthentic items (from the notice); "
                        "deadline: within 17 days")
    assert "coverage.notice-asin-missing" in result.output and "B08C4VZ1RN" in result.output
    assert "coverage.ask-unanswered" in result.output


def test_cli_json_adds_notice_summary_and_keeps_shape():
    result = run("--format", "json", CASE / "draft.txt", "--notice", CASE / "notice.txt",
                 "--select", "coverage")
    data = json.loads(result.output)
    file = data["files"][0]
    assert {"path", "encoding", "words", "error", "findings"} <= set(file)
    assert file["notice"] == {"reason": "inauthentic", "reason_source": "notice",
                              "deadline": {"text": "within 17 days", "value": 17, "unit": "days",
                                           "due": None}}
    rules = sorted(f["rule"] for f in file["findings"])
    assert rules == ["coverage.ask-unanswered", "coverage.notice-asin-missing"]
    assert data["summary"] == {"files": 1, "errors": 2, "warnings": 0, "info": 0}


def test_clean_pair_has_no_coverage_findings():
    case = NOTICES / "01-inauthentic-clean"
    result = run(case / "draft.txt", "--notice", case / "notice.txt", "--select", "coverage")
    assert result.exit_code == 0, result.output
    assert "due 2026-03-21" in result.output.splitlines()[0]


def test_reason_option_and_unknown_reason():
    draft = NOTICES / "18-reviews-vague" / "draft.txt"
    result = run("--format", "json", draft, "--reason", "reviews", "--select", "coverage")
    file = json.loads(result.output)["files"][0]
    assert file["notice"]["reason"] == "review-manipulation"
    assert file["notice"]["reason_source"] == "given"
    assert [f["rule"] for f in file["findings"]] == ["coverage.reason-requirements"] * 2
    assert "Review manipulation appeal" in file["findings"][0]["message"]
    bad = run(draft, "--reason", "bogus", "--select", "coverage")
    assert bad.exit_code == 2 and "unknown suspension reason 'bogus'" in bad.output


def test_notice_command_text_and_json():
    text = run("notice", NOTICES / "11-performance-two-metrics" / "notice.txt")
    assert text.exit_code == 0
    assert "reason:          Performance metrics (performance)" in text.output
    assert "metric:          Late Dispatch Rate 9.4% (target 4%)" in text.output
    data = json.loads(run("notice", "--format", "json", CASE / "notice.txt").output)
    assert [a["asin"] for a in data["asins"]] == ["B07TQ9L2WD", "B07TQ9M8KC", "B08C4VZ1RN"]
    assert data["window_days"] == 365 and data["deadline"]["value"] == 17
    missing = run("notice", NOTICES / "no-such-notice.txt")
    assert missing.exit_code == 2


def test_notice_from_config_file(tmp_path):
    shutil.copy(CASE / "notice.txt", tmp_path / "amazon-notice.txt")
    shutil.copy(CASE / "draft.txt", tmp_path / "draft.txt")
    (tmp_path / "poa-lint.toml").write_text(
        'select = ["coverage"]\nnotice = "amazon-notice.txt"\n', encoding="utf-8")
    result = run("--format", "json", tmp_path / "draft.txt")
    file = json.loads(result.output)["files"][0]
    assert file["notice"]["reason"] == "inauthentic"
    assert "coverage.notice-asin-missing" in [f["rule"] for f in file["findings"]]


def test_without_notice_only_draft_rules_run():
    result = run("--format", "json", CASE / "draft.txt", "--select", "coverage")
    file = json.loads(result.output)["files"][0]
    assert file["notice"]["reason_source"] == "draft"
    assert all(f["rule"] in ("coverage.reason-requirements", "coverage.forwarded-retraction")
               for f in file["findings"])


def test_no_coverage_findings_on_good_corpus_letters(lint_only):
    """The labelled corpus of issue 3 (written by others): letters labelled good stay silent."""
    corpus = FIXTURES / "corpus"
    good = [p.with_suffix(".txt") for p in sorted(corpus.glob("*.yaml"))
            if yaml.safe_load(p.read_text(encoding="utf-8")).get("quality") == "good"]
    assert len(good) >= 10
    for letter in good:
        findings = lint_only(letter.read_text(encoding="utf-8"), "coverage")
        assert not findings, (letter.name, [f.message for f in findings])
