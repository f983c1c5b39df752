"""Helpers several formatters share: UTF-16 columns, replacement suggestions, rule help text."""

from __future__ import annotations

from typing import Any

from poa_lint.finding import Finding
from poa_lint.i18n import Texts


def utf16_column(text: str | None, offset: int, column: int) -> int:
    """The 1-based code-point `column` of `offset`, recounted in UTF-16 code units (as SARIF counts).

    The line (or Word paragraph) starts `column - 1` code points before `offset`."""
    if text is None:
        return column
    start = max(0, offset - column + 1)
    return len(text[start:offset].encode("utf-16-le", "surrogatepass")) // 2 + 1


def is_replacement(suggestion: str) -> bool:
    """Whether a suggestion is text to put in place of the match, not advice in a sentence."""
    return bool(suggestion.strip()) and not (suggestion.rstrip().endswith((".", '"', "”", "…")) and
                                             len(suggestion.split()) >= 4)


def rule_help(rule_id: str, specs: Any, finding: Finding | None = None,
              texts: Texts | None = None) -> tuple[str, str, tuple[str, ...]]:
    """(short description, why, sources) of a rule in the chosen languages (both: Chinese under
    English), from the run's catalogue entries."""
    texts = texts or Texts()
    spec = specs.get(rule_id) if specs else None
    if spec is None:
        message = texts.joined("message", finding) if finding else rule_id
        return message, message, ()
    return texts.joined("short", spec), texts.joined("why", spec), tuple(spec.sources)


def help_text(why: str, sources: tuple[str, ...], texts: Texts) -> str:
    """The rule's reason followed by its sources, as plain text (SARIF help, HTML titles)."""
    if not sources:
        return why
    return why + "\n\n" + texts.label("sources") + "\n" + "\n".join(f"- {s}" for s in sources)
