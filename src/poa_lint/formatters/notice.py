"""The notice in reports: the per-file `notice` record (JSON) and the line atop a text report."""

from __future__ import annotations

from typing import Any

from poa_lint.notice.context import NoticeContext


def record(context: NoticeContext, detected: str | None) -> dict[str, Any] | None:
    """The per-file `notice` record: reason (and where it came from) and deadline; with no reason
    given, the one the draft's own words point to (`detected`)."""
    reason = context.reason or detected
    if context.notice is None and reason is None:
        return None
    return {
        "reason": reason,
        "reason_source": context.reason_source or ("draft" if reason else None),
        "deadline": context.notice.summary()["deadline"] if context.notice is not None else None,
    }


def header(record: Any) -> str | None:
    """One line for the top of a text report, when a notice or a reason was given."""
    if not record or record.get("reason_source") not in ("notice", "given") and not record.get("deadline"):
        return None
    from poa_lint.notice.reasons import label

    parts = []
    if record.get("reason"):
        where = {"notice": "from the notice", "given": "given", "draft": "guessed from the draft"}
        parts.append(f"reason: {label(record['reason'])} ({where.get(record['reason_source'], '')})")
    deadline = record.get("deadline")
    if deadline:
        due = f", due {deadline['due']}" if deadline.get("due") else ""
        parts.append(f"deadline: {deadline['text']}{due}")
    return "; ".join(parts) or None
