"""Findings to LSP diagnostics: code-point offsets to LSP positions (UTF-16 unless negotiated)."""

from __future__ import annotations

from lsprotocol import types

from poa_lint.finding import Finding, Severity
from poa_lint.formatters._shared import is_replacement  # noqa: F401  (used by the server)
from poa_lint.links import rule_url
from poa_lint.positions import LineIndex

SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_UNIT = {"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}
_WIDTH = {"utf-8": 1, "utf-16": 2, "utf-32": 4}


def _units(chunk: str, encoding: str) -> int:
    """Length of `chunk` in the code units of the negotiated encoding."""
    if chunk.isascii():
        return len(chunk)
    return len(chunk.encode(_UNIT[encoding], "surrogatepass")) // _WIDTH[encoding]


class Positions:
    """Converts between code-point offsets into one text and LSP line/character positions."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding if encoding in _UNIT else "utf-16"
        self.lines = LineIndex(text)

    def position(self, offset: int) -> types.Position:
        line, column = self.lines.position(offset)
        start = self.lines.line_start(line)
        return types.Position(line=line - 1, character=_units(self.text[start:start + column - 1],
                                                              self.encoding))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (clamped to its line)."""
        if position.line >= self.lines.line_count:
            return len(self.text)
        start = self.lines.line_start(position.line + 1)
        end = (self.lines.line_start(position.line + 2) if position.line + 1 < self.lines.line_count
               else len(self.text))
        units = 0
        for index in range(start, end):
            if units >= position.character or self.text[index] in "\r\n":
                return index
            units += _units(self.text[index], self.encoding)
        return end

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))


def diagnostic(finding: Finding, positions: Positions, message: str | None = None) -> types.Diagnostic:
    """The LSP diagnostic of one finding (rule id as code, linked to its explanation); `message`
    is the finding's text in the chosen language (default: English)."""
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=message or finding.message,
        severity=SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=rule_url(finding.rule, finding.url)),
        source="poa-lint",
        data={"suggestions": list(finding.suggestions)},
    )

