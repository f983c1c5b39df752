"""What a run produced, per file, for the formatters (formatters only lay this out)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from poa_lint.finding import Finding, Severity

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class FileReport:
    """One input: its findings, or the one-line error that stopped it from being checked."""

    path: str
    encoding: str | None = None
    words: int = 0
    error: str | None = None
    findings: tuple[Finding, ...] = ()
    text: str | None = None                       # the original text, for excerpts (not in JSON)
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)   # e.g. stats, notice: added to JSON as-is
    positions: str = "line"                       # "line" or "paragraph" (Word documents)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass(frozen=True)
class Report:
    files: tuple[FileReport, ...]
    notices: tuple[str, ...] = ()
    version: str = ""
    rules: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)   # id -> RuleSpec of the active rules
    lang: str = "en"                              # en, zh or both (Chinese under English): see i18n

    @property
    def summary(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "errors": sum(f.count(Severity.ERROR) for f in self.files),
            "warnings": sum(f.count(Severity.WARNING) for f in self.files),
            "info": sum(f.count(Severity.INFO) for f in self.files),
        }

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for file in self.files for f in file.findings)
