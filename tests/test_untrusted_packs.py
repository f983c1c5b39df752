"""Rule packs from directories we do not control cannot execute code.

* YAML is read with a safe loader: Python tags (!!python/object/apply, !!python/name, ...) are
  refused as invalid YAML, and nothing they name runs.
* A `check:` rule can only name an entry of poa_lint.checks.CHECKS, never a module or callable.
* Python files lying next to a pack are never imported.
* Regexes: the classic catastrophic-backtracking shape ((a+)+, (\\w+\\s?)+) is refused in packs
  that are not built in; the built-in packs' regexes finish quickly on adversarial text. The limit:
  other exponential shapes (overlapping alternatives under a repetition) are not detected, and
  Python's re has no time limit.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from poa_lint.catalogue import PackError, load_catalogue
from poa_lint.cli import main
from poa_lint.regexsafety import nested_repetition

RULE = """
  - id: agency.{name}
    kind: {kind}
    category: template
    severity: warning
    message: "Found {{match}}."
    why: "An agency rule used in these tests only; it exists to prove that packs are data and never code."
"""


def _pack(directory: Path, body: str, name: str = "agency.yml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text("pack: agency\nrules:\n" + body, encoding="utf-8")
    return path


def _quoted(text: str) -> str:
    """A YAML single-quoted scalar (backslashes stay literal)."""
    return "'" + text.replace("'", "''") + "'"


def _marker(tmp_path: Path) -> Path:
    return tmp_path / "pwned"


TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.check_output [['touch', '{marker}']]",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/object:poa_lint.catalogue.RuleSpec {{}}",
]


@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("where", ["phrases", "top"])
def test_python_yaml_tags_are_refused_and_never_run(tmp_path, tag, where):
    marker = _marker(tmp_path)
    value = tag.format(marker=marker)
    if where == "top":
        path = tmp_path / "packs" / "agency.yml"
        path.parent.mkdir()
        path.write_text(f"pack: agency\nextra: {value}\nrules: []\n", encoding="utf-8")
    else:
        path = _pack(tmp_path / "packs", RULE.format(name="x", kind="phrases") + f"    phrases: [{value}]\n")
    with pytest.raises(PackError) as caught:
        load_catalogue((tmp_path / "packs",))
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not marker.exists()


def test_tagged_pack_through_the_cli_is_a_usage_error(tmp_path):
    marker = _marker(tmp_path)
    _pack(tmp_path / "packs", RULE.format(name="x", kind="phrases")
          + f"    phrases: [!!python/object/apply:os.system ['touch {marker}']]\n")
    (tmp_path / "poa-lint.toml").write_text('rule-packs = ["packs"]\n', encoding="utf-8")
    letter = tmp_path / "draft.txt"
    letter.write_text("Dear Seller Performance, we are sorry for the late shipments.\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["validate-rules", str(tmp_path / "packs")],
                 ["rules", "--config", str(tmp_path / "poa-lint.toml")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output
        assert "agency.yml" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not marker.exists()


def test_check_rules_cannot_name_arbitrary_callables(tmp_path):
    for target in ("os.system", "subprocess.run", "builtins.eval", "__import__", "../evil"):
        _pack(tmp_path / "packs", RULE.format(name="x", kind="check") + f"    check: {target!r}\n")
        with pytest.raises(PackError, match="unknown check"):
            load_catalogue((tmp_path / "packs",))


def test_python_files_next_to_a_pack_are_not_imported(tmp_path):
    marker = _marker(tmp_path)
    packs = tmp_path / "packs"
    _pack(packs, RULE.format(name="x", kind="phrases") + "    phrases: [revert back]\n")
    code = f"open({str(marker)!r}, 'w').write('imported')\n"
    for name in ("__init__.py", "agency.py", "conftest.py", "sitecustomize.py"):
        (packs / name).write_text(code, encoding="utf-8")
    (packs / "evil.yml.py").write_text(code, encoding="utf-8")
    catalogue = load_catalogue((packs,))
    assert catalogue.get("agency.x") is not None
    assert not marker.exists()


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)+$", r"(?:\d*)+x", r"((?:[A-Z]{2,}\s*))+!"])
def test_catastrophic_regex_in_an_agency_pack_is_refused(tmp_path, pattern):
    _pack(tmp_path / "packs", RULE.format(name="slow", kind="regex") + f"    regex: [{_quoted(pattern)}]\n")
    with pytest.raises(PackError, match="repeats a group of repetitions") as caught:
        load_catalogue((tmp_path / "packs",))
    assert "agency.slow" in str(caught.value)


@pytest.mark.parametrize("pattern", [r"\brevert back\b", r"(?:very\s+)+important", r"(?:\w+\s+){3,}",
                                     r"B0[A-Z0-9]{8}", r"(?:\s*,\s*\w+)+", r"(?P<hit>kindly)\s+request"])
def test_ordinary_agency_regexes_are_accepted(tmp_path, pattern):
    _pack(tmp_path / "packs", RULE.format(name="ok", kind="regex") + f"    regex: [{_quoted(pattern)}]\n")
    assert load_catalogue((tmp_path / "packs",)).get("agency.ok") is not None


ADVERSARIAL = [
    "a" * 3000 + "!", " " * 3000 + "x", ("word " * 600) + "!", "A" * 3000 + "1", "1" * 3000 + "x",
    ("B0" * 1500), ("[ASIN] " * 400), ("., " * 1000) + "x", "\n" * 2000 + "x", ("ab" * 1500) + "\x00",
    "We " + "really " * 800 + "!", "-" * 3000, "x" * 3000 + "\u3002",
]


def test_builtin_regexes_are_fast_on_adversarial_text():
    """Every built-in `regex` rule, on text made to provoke backtracking: well under a second."""
    slow = []
    for rule in load_catalogue().rules:
        if rule.kind != "regex":
            continue
        flags = re.M | (0 if rule.params["case_sensitive"] else re.I)
        for rx in rule.params["regex"]:
            pattern = re.compile(rx, flags)
            start = time.perf_counter()
            for text in ADVERSARIAL:
                for _ in pattern.finditer(text):
                    pass
            if time.perf_counter() - start > 0.5:
                slow.append((rule.id, rx))
    assert not slow, f"regexes that backtrack badly: {slow}"


def test_builtin_regexes_do_not_have_the_refused_shape():
    flagged = [(r.id, rx) for r in load_catalogue().rules if r.kind == "regex"
               for rx in r.params["regex"]
               if nested_repetition(rx, re.M | (0 if r.params["case_sensitive"] else re.I))]
    assert not flagged, f"built-in regexes an agency pack could not use: {flagged}"
