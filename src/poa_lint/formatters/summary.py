"""The per-file summary table of a batch run: file, errors, warnings, info, words."""

from __future__ import annotations

import unicodedata

from poa_lint.finding import Severity
from poa_lint.i18n import Texts, texts_for
from poa_lint.report import FileReport, Report

HEADER = ("table-file", "table-errors", "table-warnings", "table-info", "table-words")


def _row(file: FileReport, texts: Texts) -> tuple[str, ...]:
    if file.error:
        return (file.path, "-", "-", "-", texts.label("not-checked"))
    return (file.path, str(file.count(Severity.ERROR)), str(file.count(Severity.WARNING)),
            str(file.count(Severity.INFO)), str(file.words))


def _width(text: str) -> int:
    """Columns a text takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render(report: Report, color: bool = False) -> str:
    texts = texts_for(report)
    s = report.summary
    rows = [tuple(texts.label(k) for k in HEADER), *(_row(f, texts) for f in report.files),
            (texts.label("table-total"), str(s["errors"]), str(s["warnings"]), str(s["info"]),
             str(sum(f.words for f in report.files)))]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(HEADER))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join([row[0] + " " * (widths[0] - _width(row[0]))] +
                         [" " * (w - _width(c)) + c for c, w in zip(row[1:], widths[1:])])

    rule = "  ".join("-" * w for w in widths)
    out = [line(rows[0]), rule, *(line(r) for r in rows[1:-1]), rule, line(rows[-1])]
    return "\n".join(out) + "\n"
