"""The per-file summary table of a batch run: file, errors, warnings, info, words."""

from __future__ import annotations

from poa_lint.finding import Severity
from poa_lint.report import FileReport, Report

HEADER = ("file", "errors", "warnings", "info", "words")


def _row(file: FileReport) -> tuple[str, ...]:
    if file.error:
        return (file.path, "-", "-", "-", "not checked")
    return (file.path, str(file.count(Severity.ERROR)), str(file.count(Severity.WARNING)),
            str(file.count(Severity.INFO)), str(file.words))


def render(report: Report, color: bool = False) -> str:
    s = report.summary
    rows = [HEADER, *(_row(f) for f in report.files),
            ("total", str(s["errors"]), str(s["warnings"]), str(s["info"]),
             str(sum(f.words for f in report.files)))]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])])

    rule = "  ".join("-" * w for w in widths)
    out = [line(rows[0]), rule, *(line(r) for r in rows[1:-1]), rule, line(rows[-1])]
    return "\n".join(out) + "\n"
