"""Human output: `path:line:col: severity rule-id message`, the line, a caret underline, a summary."""

from __future__ import annotations

import click

from poa_lint.finding import Finding, Severity
from poa_lint.formatters.notice import header
from poa_lint.i18n import Texts, texts_for
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


def _file(file: FileReport, color: bool, texts: Texts) -> list[str]:
    out = []
    if file.error:
        return [click.style(f"{file.path}: error: {file.error}", fg="red", bold=True) if color
                else f"{file.path}: error: {file.error}"]
    out += [f"{file.path}: {head}" for head in header(file.extra.get("notice"), texts)]
    if file.positions == "paragraph" and file.findings:
        out += [f"{file.path}: {line}" for line in texts.each("ui", "word-positions")]
    for f in file.findings:
        sev = click.style(f.severity.value, fg=COLORS[f.severity], bold=True) if color else f.severity.value
        rule = click.style(f.rule, dim=True) if color else f.rule
        first, *more = texts.each("message", f)
        out.append(f"{f.path}:{f.line}:{f.column}: {sev} {rule} {first}")
        out += ["    " + m for m in more]                       # --lang both: Chinese under English
        if file.text is not None and f.end >= f.start:
            out.extend(_excerpt(file.text, f))
        if f.suggestions:
            shown = [" | ".join(dict.fromkeys(texts.suggestion(f.rule, s, lang) for s in f.suggestions[:3]))
                     for lang in texts.langs]
            out.append(f"    {texts.label('suggestion')}: " + " / ".join(dict.fromkeys(shown)))
    return out


def summary_line(report: Report, texts: Texts | None = None) -> str:
    texts = texts or texts_for(report)
    s = report.summary
    if not (s["errors"] or s["warnings"] or s["info"]):
        checked = s["files"] - sum(1 for f in report.files if f.error)
        return texts.joined("ui", "summary-none", files=checked)
    return texts.joined("ui", "summary-found", errors=s["errors"], warnings=s["warnings"], info=s["info"],
                        files=s["files"])


def render(report: Report, color: bool = False) -> str:
    texts = texts_for(report)
    lines: list[str] = []
    for file in report.files:
        lines.extend(_file(file, color, texts))
    lines.append(summary_line(report, texts))
    return "\n".join(lines) + "\n"
