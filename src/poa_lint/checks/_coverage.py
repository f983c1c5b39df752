"""Shared helpers of the coverage checks: the suspension reason, where a part's finding points."""

from __future__ import annotations

from collections.abc import Mapping

from poa_lint.document import Letter

PART_KINDS = {"root cause": "root-cause", "corrective actions": "corrective",
              "preventive measures": "preventive", "evidence": "evidence"}


def reason_of(letter: Letter, options: Mapping[str, object]) -> str | None:
    """The suspension reason: the rule option, `--reason`/config, the notice, else the draft's words."""
    from poa_lint.notice import reasons

    given = options.get("reason") or letter.notice.reason
    if given:
        return reasons.canonical(str(given), letter.data.reasons)
    return draft_reason(letter)


def draft_reason(letter: Letter) -> str | None:
    """The reason the draft's own words point to (None unless one clearly leads), computed once
    per letter: two checks and the report's notice record ask."""
    from poa_lint.notice import reasons

    return letter.derived("reason.detected", lambda it: reasons.detect_in_draft(it.norm, it.data.reasons))


def part_anchor(letter: Letter, kind: str | None) -> tuple[int, int]:
    """The heading line of the letter's `kind` part (or its first sentence), else the first line."""
    if kind:
        for section in letter.sections:
            if kind in section.kinds and section.heading is not None:
                heading = section.heading
                return heading.start, _line_end(letter.text, heading.start, heading.end)
        for sentence in letter.sentences:
            if kind in sentence.kinds and not sentence.is_heading:
                return sentence.start, _line_end(letter.text, sentence.start, sentence.end)
    return letter.first_line()


def _line_end(text: str, start: int, end: int) -> int:
    cut = min(i for i in (text.find("\n", start), text.find("\r", start), end) if i != -1)
    return max(start, len(text[:cut].rstrip()))


def part_text(letter: Letter, kind: str) -> str:
    """The normalised text of every non-heading sentence of the letter's `kind` part."""
    return "\n".join(letter.norm[s.start:s.end] for s in letter.sentences_in(kind))
