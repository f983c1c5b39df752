"""`--statistics`: how many findings each rule produced over the whole run (as ruff's)."""

from __future__ import annotations

import json
from collections import Counter

from poa_lint.formatters import wording
from poa_lint.report import Report


def counts(report: Report) -> list[tuple[int, str, str]]:
    """(count, rule, severity), most frequent first (then by rule id)."""
    tally = Counter((f.rule, f.severity.value) for f in report.findings)
    return sorted(((n, rule, sev) for (rule, sev), n in tally.items()), key=lambda r: (-r[0], r[1]))


def render(report: Report, color: bool = False) -> str:
    rows = [tuple(wording.STATISTICS_HEADER)] + [(str(n), rule, sev) for n, rule, sev in counts(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{r[0].rjust(widths[0])}  {r[1].ljust(widths[1])}  {r[2]}".rstrip() for r in rows]
    from poa_lint.formatters.text import summary_line

    return "\n".join(lines) + "\n" + summary_line(report) + "\n"


def render_json(report: Report, color: bool = False) -> str:
    data = [{"rule": rule, "severity": sev, "count": n} for n, rule, sev in counts(report)]
    return json.dumps({"statistics": data, "summary": report.summary}, indent=2) + "\n"
