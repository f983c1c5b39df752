"""Issue 12, item 1: poa-lint runs on every Python that pyproject.toml claims (3.10 and later).

The standard library's regex parser is private (`re._parser` exists only from 3.11, `sre_parse` is
deprecated), so poa-lint reads pattern syntax itself (poa_lint.regextree). These tests keep private
or 3.11-only standard-library names out of the package; .ci/run runs the example and the rule
fixtures on the oldest and the newest Python found on the machine.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poa_lint import regextree
from poa_lint.checks._lists import compile_any
from poa_lint.prefilter import fold as _fold
from poa_lint.ruledata import load_rule_data
from poa_lint.regexsafety import nested_repetition

SRC = Path(__file__).resolve().parents[1] / "src" / "poa_lint"
PRIVATE_RE = {"re._parser", "re._constants", "re._compiler", "re._casefix", "sre_parse", "sre_compile",
              "sre_constants"}
# Standard-library names that appeared in 3.11 or later (tomllib is fine behind a version check).
NEW_NAMES = {("enum", "StrEnum"), ("typing", "Self"), ("typing", "LiteralString"), ("typing", "Never"),
             ("typing", "assert_never"), ("typing", "reveal_type"), ("datetime", "UTC"),
             ("asyncio", "TaskGroup"), ("asyncio", "timeout"), ("hashlib", "file_digest"),
             ("typing", "override"), ("itertools", "batched")}


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_pyproject_claims_310() -> None:
    text = (SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.10"' in text


# prefilter.stays_on_a_line (the language server's block cache) reads character classes and
# categories from the standard library's parse, which regextree does not model; it imports
# re._parser on 3.11+ and sre_parse on 3.10 (both run by CI). The one exception, kept visible here.
EXCEPTIONS = {"prefilter.py"}


@pytest.mark.parametrize("path", [p for p in _modules() if p.name not in EXCEPTIONS],
                         ids=lambda p: str(p.relative_to(SRC)))
def test_no_private_or_new_stdlib(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            problems += [a.name for a in node.names if a.name in PRIVATE_RE]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if node.module in PRIVATE_RE or full in PRIVATE_RE or (node.module, alias.name) in NEW_NAMES:
                    problems.append(full)
        if isinstance(node, (ast.Import, ast.ImportFrom)) and "tomllib" in ast.dump(node) \
                and "version_info" not in path.read_text(encoding="utf-8"):
            problems.append("tomllib without a fallback for Python 3.10")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if f"{node.value.id}.{node.attr}" in PRIVATE_RE or (node.value.id, node.attr) in NEW_NAMES:
                problems.append(f"{node.value.id}.{node.attr}")
    assert not problems, f"{path.name}: {problems}"


# --- the pattern reader ---------------------------------------------------------------------------

def test_tree_shapes() -> None:
    Lit, Group, Branch, Repeat, Other = (regextree.Lit, regextree.Group, regextree.Branch,
                                          regextree.Repeat, regextree.Other)
    assert regextree.parse("ab") == (Lit("a"), Lit("b"))
    assert regextree.parse("a|b") == (Branch(((Lit("a"),), (Lit("b"),))),)
    assert regextree.parse(r"(?:a+)+") == (Repeat(1, None, (Group((Repeat(1, None, (Lit("a"),)),)),)),)
    assert regextree.parse(r"x{2,3}?y{,4}z{5}") == (Repeat(2, 3, (Lit("x"),)), Repeat(0, 4, (Lit("y"),)),
                                                    Repeat(5, 5, (Lit("z"),)))
    assert regextree.parse(r"[a-z\]]\w\.\x41(?=q)(?#note)") == (
        Other(), Other(), Lit("."), Lit("A"), Group((Lit("q"),), "assert"))
    assert regextree.parse(r"(?i)(?P<n>ab)(?P=n)") == (Group((Lit("a"), Lit("b"))), Other())
    assert regextree.parse("a b # c\n d", re.VERBOSE) == (Lit("a"), Lit("b"), Lit("d"))
    assert regextree.parse("x{a}") == (Lit("x"), Lit("{"), Lit("a"), Lit("}"))


@pytest.mark.parametrize("pattern, expected", [
    (r"(a+)+", True), (r"(\w+\s?)+$", True), (r"(?:\d*)+", True), (r"((a+))+", True),
    (r"x(?=(a+)+)", True), (r"(?P<n>(b*)*)c", True), (r"(\w+\s+)+", False), (r"(a|aa)+", False),
    (r"\b(?:ab)+\b", False), (r"(?:a+b)+", False),
])
def test_nested_repetition(pattern: str, expected: bool) -> None:
    assert nested_repetition(pattern) is expected


def _shipped_patterns() -> list[str]:
    names = ("template-fingerprints.txt",)
    found = [p for name in names for p in load_rule_data().entries(name)]
    return [p for p in found if _compiles(p)]


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern, re.I)
        return True
    except re.error:
        return False


PATTERNS = _shipped_patterns() + [r"\b(thank|thanks)\s+you\b", r"(?:MM|DD)/(?:DD|MM)", r"we (have )?(fixed|solved)",
                                  r"(?i:abc)d|efg", r"a(?=bcd)e"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_needles_are_in_every_match(data: st.DataObject) -> None:
    """The prefilter's words are in every text the pattern matches (else findings would be lost)."""
    pattern = data.draw(st.sampled_from(PATTERNS))
    compiled = compile_any((pattern,))
    if compiled.needles is None:
        return
    text = data.draw(st.from_regex(re.compile(pattern, re.I), fullmatch=False))
    if compiled.pattern.search(text):
        folded = _fold(text)
        assert any(n in folded for n in compiled.needles), (pattern, text, compiled.needles)


def test_running_python_is_supported() -> None:
    assert sys.version_info >= (3, 10)
