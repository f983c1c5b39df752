"""Human output: `path:line:col: severity rule-id message`, the line, a caret underline, a summary."""

from __future__ import annotations

import click

from poa_lint.finding import Finding, Severity
from poa_lint.formatters.notice import header
from poa_lint.positions import line_bounds
from poa_lint.report import FileReport, Report

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
MAX_EXCERPT = 160


# Control characters (ESC, BEL, C1 codes) would be swallowed or obeyed by the terminal while the
# caret line still counted them: each is shown as one visible U+FFFD, so the underline lines up.
_CONTROLS = {c: "\ufffd" for c in (*range(0, 9), *range(10, 32), *range(0x7f, 0xa0))}
_CONTROLS[9] = " "


def _excerpt(text: str, finding: Finding) -> list[str]:
    start, end = line_bounds(text, finding.start)
    line = text[start:end].translate(_CONTROLS)
    col = finding.start - start
    width = max(1, min(finding.end, end) - finding.start)
    if len(line) > MAX_EXCERPT:  # keep the span in view on very long lines
        left = max(0, col - 40)
        line = ("…" if left else "") + line[left:left + MAX_EXCERPT] + "…"
        col = col - left + (1 if left else 0)
    width = min(width, len(line) - col)
    return ["    " + line, "    " + " " * col + "^" * max(1, width)]


def _file(file: FileReport, color: bool) -> list[str]:
    out = []
    if file.error:
        return [click.style(f"{file.path}: error: {file.error}", fg="red", bold=True) if color
                else f"{file.path}: error: {file.error}"]
    head = header(file.extra.get("notice"))
    if head:
        out.append(f"{file.path}: {head}")
    if file.positions == "paragraph" and file.findings:
        out.append(f"{file.path}: Word document: positions below are paragraph:column "
                   "(paragraphs counted from the top, empty ones skipped)")
    for f in file.findings:
        sev = click.style(f.severity.value, fg=COLORS[f.severity], bold=True) if color else f.severity.value
        rule = click.style(f.rule, dim=True) if color else f.rule
        out.append(f"{f.path}:{f.line}:{f.column}: {sev} {rule} {f.message}")
        if file.text is not None and f.end >= f.start:
            out.extend(_excerpt(file.text, f))
        if f.suggestions:
            out.append("    suggestion: " + " | ".join(f.suggestions[:3]))
    return out


def summary_line(report: Report) -> str:
    s = report.summary
    if not (s["errors"] or s["warnings"] or s["info"]):
        checked = s["files"] - sum(1 for f in report.files if f.error)
        return f"No problems found in {checked} file{'s' if checked != 1 else ''}."
    parts = [f"{s['errors']} error{'s' if s['errors'] != 1 else ''}",
             f"{s['warnings']} warning{'s' if s['warnings'] != 1 else ''}",
             f"{s['info']} info"]
    return f"Found {', '.join(parts)} in {s['files']} file{'s' if s['files'] != 1 else ''}."


def render(report: Report, color: bool = False) -> str:
    lines: list[str] = []
    for file in report.files:
        lines.extend(_file(file, color))
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
