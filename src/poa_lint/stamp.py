"""Hit -> Finding: clamp the span to the text, place it (line, column, part) and name its rule."""

from __future__ import annotations

from collections.abc import Mapping

from poa_lint.document import Letter
from poa_lint.finding import Finding, Hit, Severity


def clamp(hit: Hit, text: str) -> tuple[int, int]:
    """The hit's span cut to the text (a check may point one past the end)."""
    start = max(0, min(hit.start, len(text)))
    return start, max(start, min(hit.end, len(text)))


def stamp(hit: Hit, letter: Letter, path: str, *, rule: str, category: str, severity: Severity,
          message: str, url: str | None = None, fields: Mapping[str, object] | None = None) -> Finding:
    """The finding a rule's (or an engine's) hit becomes; `message` is already rendered from
    `fields` (kept on the finding so the message catalogue can render it in another language)."""
    start, end = clamp(hit, letter.text)
    line, column = letter.lines.position(start)
    end_line, end_column = letter.lines.position(end)
    kinds = letter.kinds_at(start)
    return Finding(path, start, end, rule, line, column, end_line, end_column, category, severity,
                   " ".join(message.split()), letter.text[start:end], tuple(hit.suggestions),
                   kinds[0] if kinds else None, url, hit.whole_letter, dict(fields or {}))
