"""One module per output format; each exposes render(report, color=False) -> str."""

from __future__ import annotations

from collections.abc import Callable

from poa_lint.formatters import github, html, json, sarif, text
from poa_lint.report import Report

FORMATTERS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "concise": text.render_concise,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
    "html": html.render,
}


def errors_only(report: Report) -> Report:
    """The report with only error findings (for --quiet)."""
    from dataclasses import replace

    from poa_lint.finding import Severity

    files = tuple(replace(f, findings=tuple(x for x in f.findings if x.severity is Severity.ERROR))
                  for f in report.files)
    return replace(report, files=files, notices=())


__all__ = ["FORMATTERS", "Report", "errors_only"]
