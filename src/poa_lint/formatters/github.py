"""GitHub Actions workflow commands (::error/::warning/::notice), within GitHub's annotation caps."""

from __future__ import annotations

from poa_lint.finding import Finding, Severity
from poa_lint.i18n import texts_for
from poa_lint.report import Report

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PER_KIND = 10   # GitHub shows at most 10 annotations of each kind per step (50 per job)


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, positions: str = "line", message: str | None = None) -> str:
    props = [f"file={_prop(finding.path)}", f"line={finding.line}"]
    if finding.end_line != finding.line:
        props.append(f"endLine={finding.end_line}")
    else:
        props += [f"col={finding.column}", f"endColumn={max(finding.column, finding.end_column)}"]
    props.append(f"title={_prop(f'poa-lint {finding.rule}')}")
    where = " (paragraph:column in the Word document)" if positions == "paragraph" else ""
    return f"::{COMMAND[finding.severity]} {','.join(props)}::{_data((message or finding.message) + where)}"


def _plain(finding: Finding, message: str) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.severity.value} {finding.rule} {message}"


def render(report: Report, color: bool = False) -> str:
    """Most severe findings first as annotations, up to the cap per kind; the rest as plain lines."""
    texts = texts_for(report)
    used = {kind: 0 for kind in COMMAND.values()}
    lines: list[str] = []
    for file in report.files:
        if file.error:
            used["error"] += 1
            lines.append(f"::error file={_prop(file.path)},title=poa-lint::{_data(file.error)}")
    ranked = sorted(((f, file.positions) for file in report.files for f in file.findings),
                    key=lambda item: (-item[0].severity.rank, item[0].path, item[0].start))
    overflow: list[Finding] = []
    for finding, positions in ranked:
        kind = COMMAND[finding.severity]
        if used[kind] < PER_KIND:
            used[kind] += 1
            lines.append(annotation(finding, positions, texts.joined("message", finding)))
        else:
            overflow.append(finding)
    if overflow:
        lines.append(f"poa-lint: GitHub shows {PER_KIND} annotations of each kind per step; "
                     f"{len(overflow)} more finding{'s' if len(overflow) != 1 else ''} (listed below) "
                     "are in the log only. Upload --format sarif for code scanning to see them all.")
        lines.extend(_plain(f, texts.joined("message", f, sep=" ")) for f in overflow)
    s = report.summary
    lines.append(f"poa-lint: {s['errors']} errors, {s['warnings']} warnings, {s['info']} info "
                 f"in {s['files']} file{'s' if s['files'] != 1 else ''}.")
    if texts.lang != "en":
        from poa_lint.formatters import wording

        lines.append("poa-lint: " + wording.summary(s["errors"], s["warnings"], s["info"], s["files"], 0,
                                                    texts.langs[-1], texts))
    return "\n".join(lines) + "\n"
