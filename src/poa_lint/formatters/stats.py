"""The `--stats` text view: one block of reading statistics per file."""

from __future__ import annotations

from poa_lint.i18n import texts_for
from poa_lint.report import Report

KEYS = ("words", "sentences", "paragraphs", "words_per_sentence", "long_sentences", "flesch_reading_ease",
        "grade")


def render(report: Report, color: bool = False) -> str:
    """Statistics for every checked file (files that could not be read are skipped)."""
    texts = texts_for(report)
    lines: list[str] = []
    for file in report.files:
        stats = file.extra.get("stats") if file.extra else None
        if file.error or not stats:
            continue
        lines.append(f"{file.path}: {texts.label('stats')}")
        for key in KEYS:
            value = stats.get(key)
            lines.append(f"    {texts.label('stats-' + key.replace('_', '-'))}: {'-' if value is None else value}")
    return "\n".join(lines) + ("\n" if lines else "")
