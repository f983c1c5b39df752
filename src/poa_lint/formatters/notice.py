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


def header(record: Any, texts: Any = None) -> list[str]:
    """The line for the top of a text report (one per chosen language), when a notice or a
    reason was given; none otherwise."""
    if not record or record.get("reason_source") not in ("notice", "given") and not record.get("deadline"):
        return []
    from poa_lint.i18n import Texts
    from poa_lint.notice.reasons import label

    texts = texts or Texts()
    where = {"notice": "from-notice", "given": "given", "draft": "from-draft"}
    lines = []
    for lang in texts.langs:
        parts = []
        if record.get("reason"):
            parts.append(texts.ui("notice-reason", lang, reason=texts.value("reason", label(record["reason"]), lang),
                                  where=texts.ui(where.get(record["reason_source"], "given"), lang)))
        deadline = record.get("deadline")
        if deadline:
            due = ", " + texts.ui("notice-due", lang, due=deadline["due"]) if deadline.get("due") else ""
            parts.append(texts.ui("notice-deadline", lang, deadline=deadline["text"]) + due)
        if parts and "; ".join(parts) not in lines:
            lines.append("; ".join(parts))
    return lines
