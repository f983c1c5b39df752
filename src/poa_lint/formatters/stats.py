"""The `--stats` text view: one block of reading statistics per file."""

from __future__ import annotations

from poa_lint.report import Report

LABELS = (("words", "words"), ("sentences", "sentences"), ("paragraphs", "paragraphs"),
          ("words_per_sentence", "words per sentence"), ("long_sentences", "sentences over 35 words"),
          ("flesch_reading_ease", "Flesch reading ease (higher is easier; 60-70 is plain English)"),
          ("grade", "Flesch-Kincaid grade"))


def render(report: Report, color: bool = False) -> str:
    """Statistics for every checked file (files that could not be read are skipped)."""
    lines: list[str] = []
    for file in report.files:
        stats = file.extra.get("stats") if file.extra else None
        if file.error or not stats:
            continue
        lines.append(f"{file.path}: statistics")
        for key, label in LABELS:
            value = stats.get(key)
            lines.append(f"    {label}: {'-' if value is None else value}")
    return "\n".join(lines) + ("\n" if lines else "")
