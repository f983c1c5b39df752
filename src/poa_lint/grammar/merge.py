"""Merge grammar findings from engines and the built-in pack that cover the same span into one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from poa_lint.finding import Finding

# Lower rank wins: the built-in pack explains the non-native pattern, then LanguageTool, then Harper.
_ENGINE_RANK = {"grammar.languagetool-": 1, "grammar.harper-": 2}


def engine_of(rule: str) -> str | None:
    """'harper' / 'languagetool' for an engine rule id, None for a built-in rule."""
    for prefix in _ENGINE_RANK:
        if rule.startswith(prefix):
            return prefix[len("grammar."):-1]
    return None


def _rank(finding: Finding) -> int:
    for prefix, rank in _ENGINE_RANK.items():
        if finding.rule.startswith(prefix):
            return rank
    return 0


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.path != b.path:
        return False
    if a.start == a.end or b.start == b.end:
        return a.start == b.start and a.end == b.end
    return a.start < b.end and b.start < a.end


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Fold every engine finding that overlaps a stronger grammar finding into it.

    Built-in findings never absorb each other (each rule reports its own problem); an engine
    finding overlapping a kept grammar finding adds its suggestions to it and disappears.
    """
    findings = list(findings)
    others = [f for f in findings if f.category != "grammar"]
    grammar = sorted((f for f in findings if f.category == "grammar"),
                     key=lambda f: (_rank(f), f.start, f.end, f.rule))
    kept: list[Finding] = []
    for f in grammar:
        if _rank(f) == 0:
            kept.append(f)
            continue
        for i, k in enumerate(kept):
            if _overlaps(f, k):
                extra = tuple(s for s in f.suggestions if s not in k.suggestions)
                if extra and k.start == f.start and k.end == f.end:
                    kept[i] = replace(k, suggestions=k.suggestions + extra)
                break
        else:
            kept.append(f)
    return sorted(others + kept)
