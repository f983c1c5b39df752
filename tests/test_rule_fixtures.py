"""Every rule fires on its bad example letter exactly as expected, and stays silent on its good one."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from poa_lint.catalogue import load_catalogue

RULE_IDS = load_catalogue().ids


def _read(rule_id: str, name: str) -> str:
    return (FIXTURES / rule_id / name).read_text(encoding="utf-8")


def _settings(rule_id: str) -> dict:
    """Notice-dependent rules (coverage.*) lint their letters against the folder's notice.txt."""
    notice = FIXTURES / rule_id / "notice.txt"
    return {"notice": notice} if notice.is_file() else {}


def _expected(rule_id: str) -> list[str]:
    return sorted(ln.strip() for ln in _read(rule_id, "expected.txt").splitlines() if ln.strip())


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_bad_letter_triggers_rule(rule_id, lint_only):
    findings = lint_only(_read(rule_id, "bad.txt"), rule_id, **_settings(rule_id))
    assert findings, f"{rule_id} did not fire on its bad example"
    got = sorted(f"{f.line}:{f.column} {f.rule}" for f in findings)
    assert got == _expected(rule_id)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_good_letter_is_silent(rule_id, lint_only):
    findings = lint_only(_read(rule_id, "good.txt"), rule_id, **_settings(rule_id))
    assert not findings, [f"{f.line}:{f.column} {f.message}" for f in findings]
