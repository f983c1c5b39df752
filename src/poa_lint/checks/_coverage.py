"""Shared helpers of the coverage checks: the notice and reason from the lint context, anchors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PART_KINDS = {"root cause": "root-cause", "corrective actions": "corrective",
              "preventive measures": "preventive", "evidence": "evidence"}


def notice_of(letter: Any) -> Any:
    """The parsed notice given to the linter (`--notice` / config `notice`), or None."""
    return getattr(letter, "context", {}).get("notice")


def reason_of(letter: Any, options: Mapping[str, Any]) -> str | None:
    """The suspension reason: the rule option, `--reason`/config, the notice, else the draft's words."""
    from poa_lint.notice import reasons

    context = getattr(letter, "context", {})
    given = options.get("reason") or context.get("reason")
    if given:
        return reasons.canonical(str(given))
    notice = context.get("notice")
    if notice is not None and notice.reason:
        return notice.reason
    return reasons.detect_in_draft(letter.norm)


def first_line(letter: Any) -> tuple[int, int]:
    """Where letter-level hits point when nothing better exists."""
    return letter.first_line()


def part_anchor(letter: Any, kind: str | None) -> tuple[int, int, bool]:
    """The heading line of the letter's `kind` part (or its first sentence), else the first line;
    the flag says the anchor is the whole letter (no such part)."""
    if kind:
        for section in letter.sections:
            if kind in section.kinds and section.heading is not None:
                heading = section.heading
                return heading.start, _line_end(letter.text, heading.start, heading.end), False
        for sentence in letter.sentences:
            if kind in sentence.kinds and not sentence.is_heading:
                return sentence.start, _line_end(letter.text, sentence.start, sentence.end), False
    return (*first_line(letter), True)


def _line_end(text: str, start: int, end: int) -> int:
    cut = min(i for i in (text.find("\n", start), text.find("\r", start), end) if i != -1)
    return max(start, len(text[:cut].rstrip()))


def part_text(letter: Any, kind: str) -> str:
    """The normalised text of every non-heading sentence of the letter's `kind` part."""
    return "\n".join(letter.norm[s.start:s.end] for s in letter.sentences_in(kind))
