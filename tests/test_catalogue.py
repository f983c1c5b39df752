"""Meta-tests on the rule catalogue, and clear errors for malformed packs."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from conftest import FIXTURES
from poa_lint.catalogue import CATEGORIES, PackError, load_catalogue, load_pack
from poa_lint.checks import CHECKS

CATALOGUE = load_catalogue()
NON_RULE_DIRS = {"corpus", "examples", "notices", "notice-types", "probe"}


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=lambda r: r.id)
def test_rule_is_documented_and_has_fixtures(rule):
    assert re.match(r"^[a-z0-9-]+\.[a-z0-9-]+$", rule.id)
    assert rule.category in CATEGORIES
    assert len(rule.why.split()) >= 12, "why must give the reason and its source"
    for name in ("bad.txt", "good.txt", "expected.txt"):
        assert (FIXTURES / rule.id / name).is_file(), f"missing fixtures/{rule.id}/{name}"


def test_every_fixture_folder_names_a_rule():
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()} - NON_RULE_DIRS
    assert folders <= set(CATALOGUE.ids), sorted(folders - set(CATALOGUE.ids))


def test_every_check_is_used_by_a_rule():
    used = {r.params.get("check") for r in CATALOGUE.rules if r.kind == "check"}
    assert set(CHECKS) <= used, sorted(set(CHECKS) - used)


def test_messages_only_use_known_placeholders():
    for rule in CATALOGUE.rules:
        fields = {f for _, f, _, _ in string.Formatter().parse(rule.message) if f}
        if rule.kind == "regex":
            assert fields <= {"match"}, rule.id


GOOD_RULE = """
  - id: demo.thing
    kind: phrases
    category: template
    severity: warning
    message: "Avoid {match}."
    why: A reason that is long enough to explain itself to a reviewer of packs.
    phrases: ["we value our customers"]
"""


def _pack(tmp_path: Path, body: str, name: str = "demo.yml") -> Path:
    path = tmp_path / name
    path.write_text("pack: demo\nrules:" + body, encoding="utf-8")
    return path


def test_a_valid_pack_loads(tmp_path):
    (rule,) = load_pack(_pack(tmp_path, GOOD_RULE))
    assert rule.id == "demo.thing" and rule.params["phrases"] == ("we value our customers",)


@pytest.mark.parametrize("change, expected", [
    (("phrases: [\"we value our customers\"]", "phrases: [\"ok\", yes]"), "phrases #2 is not text (quote it)"),
    (("kind: phrases", "kind: fancy"), "unknown kind 'fancy'"),
    (("    why: A reason that is long enough to explain itself to a reviewer of packs.\n", ""), "why is missing"),
    (("severity: warning", "severity: fatal"), "severity must be"),
    (("category: template", "category: tone"), "field category"),
    (("message:", "colour: red\n    message:"), "unknown field 'colour'"),
    (("id: demo.thing", "id: other.thing"), "must start with the pack name"),
    (("id: demo.thing", "id: Demo_Thing"), "pack.kebab-name"),
    (("message: \"Avoid {match}.\"", "message: \"Avoid {nonsense}.\""), "unknown placeholder {nonsense}"),
])
def test_malformed_packs_name_file_rule_and_field(tmp_path, change, expected):
    path = _pack(tmp_path, GOOD_RULE.replace(*change))
    with pytest.raises(PackError) as err:
        load_pack(path)
    message = str(err.value)
    assert str(path) in message and expected in message
    assert "\n" not in message


def test_duplicate_ids_and_bad_regex_are_errors(tmp_path):
    _pack(tmp_path, GOOD_RULE, "a.yml")
    _pack(tmp_path, GOOD_RULE, "b.yml")
    with pytest.raises(PackError, match="duplicate id"):
        load_catalogue((tmp_path,), builtin=False)
    bad = GOOD_RULE.replace("kind: phrases", "kind: regex").replace(
        'phrases: ["we value our customers"]', "regex: ['(unclosed']")
    with pytest.raises(PackError, match="regex #1 is not a valid regular expression"):
        load_pack(_pack(tmp_path, bad, "c.yml"))


def test_yaml_syntax_error_and_non_pack_files(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("pack: demo\nrules: [\n", encoding="utf-8")
    with pytest.raises(PackError, match="invalid YAML"):
        load_pack(broken)
    other = tmp_path / "other.yml"
    other.write_text("just: data\n", encoding="utf-8")
    with pytest.raises(PackError, match="not a rule pack"):
        load_pack(other)


def test_bundled_rule_reference_is_current():
    """docs/rules.md (the target of every finding's link) matches the catalogue; regenerate it
    with `poa-lint rules --format markdown > docs/rules.md`."""
    from conftest import ROOT
    from poa_lint.ruledocs import render_rules

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == render_rules(CATALOGUE, "markdown")
