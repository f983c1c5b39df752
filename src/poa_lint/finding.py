"""The records rules produce (Hit) and the engine reports (Finding)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType


class Severity(str, Enum):
    """How much a finding threatens the appeal; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    def __str__(self) -> str:
        return self.value


_EMPTY: Mapping[str, object] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Hit:
    """A place a rule objects to; the engine stamps rule id, severity and position."""

    start: int
    end: int
    fields: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    suggestions: tuple[str, ...] = ()
    message: str | None = None
    whole_letter: bool = False    # about the letter as a whole (a missing part): no real position


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One reported problem, ready for any formatter."""

    path: str
    start: int
    end: int
    rule: str
    line: int
    column: int
    end_line: int
    end_column: int
    category: str
    severity: Severity
    message: str
    text: str
    suggestions: tuple[str, ...] = ()
    section: str | None = None
    url: str | None = None
    whole_letter: bool = False    # line/column point at the first line only because a span is needed
    fields: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)  # the message's values

    def to_dict(self) -> dict[str, object]:
        """The JSON record of this finding (the documented shape)."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "section": self.section,
            "url": self.url,
            "whole_letter": self.whole_letter,
        }
