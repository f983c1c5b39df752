"""`validate-rules` accepts exactly what linting can run.

Every pack below goes through `poa-lint validate-rules`; each one it accepts then lints a real
letter (`rule-packs` in a config) and must not end in an internal error (exit 3). The malformed
ones must be refused with a one-line error naming the file, the rule and the field."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.cli import main

LETTER = FIXTURES / "examples" / "draft-odr.txt"
HEAD = """pack: agency
rules:
  - id: agency.rule
    category: unrelated
    severity: warning
    why: Our own house rule.
"""

# (name, rule body appended to HEAD, the problem validate-rules names or None when it is valid)
PACKS = [
    ("sentence-match-ok", "    kind: check\n    check: sentence_match\n    message: 'Off topic: {phrase}'\n"
     "    options: {patterns: ['\\bour\\s+factory\\b'], list: template-fingerprints.txt}\n", None),
    ("sentence-match-unclosed", "    kind: check\n    check: sentence_match\n    message: Off topic.\n"
     "    options: {patterns: ['(unclosed']}\n", "options.patterns #1 is not a valid regular expression"),
    ("sentence-match-catastrophic", "    kind: check\n    check: sentence_match\n    message: Off topic.\n"
     "    options: {patterns: ['(a+)+$', '(unclosed']}\n", "options.patterns #1 repeats a group"),
    ("sentence-match-exceptions", "    kind: check\n    check: sentence_match\n    message: Off topic.\n"
     "    options: {patterns: [factory], exceptions: ['(\\w+\\s?)+$']}\n", "options.exceptions #1 repeats"),
    ("sentence-match-not-text", "    kind: check\n    check: sentence_match\n    message: Off topic.\n"
     "    options: {patterns: [12]}\n", "options.patterns #1 is not text"),
    ("unknown-list", "    kind: check\n    check: template_phrases\n    message: Template.\n"
     "    options: {list: no-such-list.txt}\n", "options.list: 'no-such-list.txt' is not a list"),
    ("regex-ok", "    kind: regex\n    regex: ['\\bsilicone\\s+lids?\\b']\n    message: 'Said {match}.'\n", None),
    ("regex-bad", "    kind: regex\n    regex: ['[a-']\n    message: Bad.\n", "regex #1 is not a valid"),
    ("phrases-ok", "    kind: phrases\n    phrases: [size chart]\n    message: 'Said {match}.'\n", None),
    ("swap-ok", "    kind: swap\n    swap: {logistic company: carrier}\n    message: 'Write {replacement}.'\n", None),
    ("swap-bad-attr", "    kind: swap\n    swap: {a b: c}\n    attr: SHAPE\n    message: Bad.\n",
     "attr must be LOWER, LEMMA or ORTH"),
    ("pattern-ok", "    kind: pattern\n    patterns: [[{LOWER: size}, {LOWER: chart}]]\n    message: 'Said {match}.'\n",
     None),
    ("pattern-bad", "    kind: pattern\n    patterns: [[{NOSUCHATTR: x}]]\n    message: Bad.\n",
     "not a valid spaCy Matcher pattern"),
    ("require-ok", "    kind: require\n    scope: document\n    require: {any_phrase: [tracking number]}\n"
     "    message: 'No tracking number.'\n", None),
    ("check-message-unbalanced", "    kind: check\n    check: shouting\n    message: 'Loud {phrase'\n",
     "message is not a valid template"),
    ("check-message-attribute", "    kind: check\n    check: shouting\n    message: 'Loud {phrase.upper}'\n",
     "must be a plain {name}"),
    ("check-message-format-spec", "    kind: check\n    check: shouting\n    message: 'Loud {phrase:d}'\n",
     "must be a plain {name}"),
    ("check-message-index", "    kind: check\n    check: shouting\n    message: 'Loud {0}'\n",
     "must be a plain {name}"),
    ("check-ok", "    kind: check\n    check: shouting\n    message: 'Loud: {phrase} {unknown}'\n", None),
    ("check-option-type", "    kind: check\n    check: long_paragraph\n    scope: paragraph\n    message: Long.\n"
     "    options: {max_words: many}\n", "options.max_words must be int or float, got 'many'"),
    ("check-option-null", "    kind: check\n    check: long_sentence\n    message: Long.\n"
     "    options: {max_words: null}\n", "options.max_words must be int or float, got None"),
    ("check-option-ok", "    kind: check\n    check: word_count\n    scope: document\n    message: '{words} words.'\n"
     "    options: {above: 10, upto: null}\n", None),
    ("regex-message-field", "    kind: regex\n    regex: [lids]\n    message: 'Said {who}.'\n",
     "unknown placeholder {who}"),
]


def _pack(tmp_path, name: str, body: str):
    folder = tmp_path / name / "packs"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(HEAD + body, encoding="utf-8")
    (tmp_path / name / "poa-lint.toml").write_text('rule-packs = ["packs"]\nselect = ["agency"]\n',
                                                   encoding="utf-8")
    return folder


@pytest.mark.parametrize("name,body,problem", PACKS, ids=[p[0] for p in PACKS])
def test_validate_rules_accepts_exactly_what_linting_can_run(tmp_path, name, body, problem):
    folder = _pack(tmp_path, name, body)
    validated = CliRunner().invoke(main, ["validate-rules", str(folder)])
    if problem is not None:
        assert validated.exit_code == 2, validated.output
        line = validated.stderr.strip()
        assert "\n" not in line and "agency.yml: rule agency.rule: " in line and problem in line, line
    else:
        assert validated.exit_code == 0, validated.output
    lint = CliRunner().invoke(main, ["--format", "json", "--config", str(folder.parent / "poa-lint.toml"),
                                     str(LETTER)])
    assert lint.exit_code == 2 if problem else lint.exit_code in (0, 1), lint.output


def test_the_issue_example_is_refused_before_it_can_crash(tmp_path):
    """check: sentence_match with patterns ['(a+)+$', '(unclosed'] used to pass validate-rules
    and then exit 3 when linting."""
    folder = _pack(tmp_path, "issue", PACKS[2][1])
    assert CliRunner().invoke(main, ["validate-rules", str(folder)]).exit_code == 2
    lint = CliRunner().invoke(main, ["--config", str(folder.parent / "poa-lint.toml"), str(LETTER)])
    assert lint.exit_code == 2 and "repeats a group of repetitions" in lint.stderr


def test_regex_options_given_in_a_config_are_validated_too(tmp_path):
    (tmp_path / "poa-lint.toml").write_text(
        '[options."unrelated.business-intro"]\npatterns = ["(unclosed"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "poa-lint.toml"), str(LETTER)])
    assert result.exit_code == 2, result.output
    assert "options.patterns #1 is not a valid regular expression" in result.stderr
