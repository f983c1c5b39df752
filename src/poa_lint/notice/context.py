"""What a linter knows besides the draft: Amazon's notice and the suspension reason."""

from __future__ import annotations

from dataclasses import dataclass

from poa_lint.notice.model import Notice


@dataclass(frozen=True, slots=True)
class NoticeContext:
    """The parsed notice (or None), the canonical suspension reason (or None) and where the
    reason came from: "given" (`--reason` / config) or "notice"."""

    notice: Notice | None = None
    reason: str | None = None
    reason_source: str | None = None


NO_NOTICE = NoticeContext()


class UnknownReason(ValueError):
    """A suspension reason that is not in rules/reasons.yml; str() lists the known ones."""


def notice_context(notice_text: str | None, reason: str | None) -> NoticeContext:
    """Parse the notice's text and resolve the given reason (which wins over the notice's)."""
    from poa_lint.notice.parse import parse_notice
    from poa_lint.notice.reasons import canonical, load_table

    notice = parse_notice(notice_text) if notice_text is not None else None
    if reason:
        key = canonical(reason)
        if key is None:
            known = ", ".join(load_table().reasons)
            raise UnknownReason(f"reason: unknown suspension reason {reason!r} (one of: {known})")
        return NoticeContext(notice, key, "given")
    if notice is not None and notice.reason:
        return NoticeContext(notice, notice.reason, "notice")
    return NoticeContext(notice)
