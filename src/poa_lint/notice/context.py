"""The lint context a notice and a reason give the checks: {"notice": Notice, "reason": str}."""

from __future__ import annotations

from typing import Any

from poa_lint.notice.model import Notice


def notice_context(config: Any) -> dict[str, Any]:
    """Read and parse `config.notice`, resolve `config.reason`; raises ConfigError on bad input."""
    from poa_lint.config import ConfigError
    from poa_lint.notice.parse import parse_notice
    from poa_lint.notice.reasons import canonical, load_table
    from poa_lint.reader import InputError, read_source

    context: dict[str, Any] = {}
    if getattr(config, "notice", None):
        try:
            context["notice"] = parse_notice(read_source(str(config.notice)).text)
        except InputError as exc:
            raise ConfigError(f"notice: {exc}") from None
    given = getattr(config, "reason", None)
    if given:
        reason = canonical(given)
        if reason is None:
            known = ", ".join(load_table().reasons)
            raise ConfigError(f"reason: unknown suspension reason {given!r} (one of: {known})")
        context["reason"], context["reason_source"] = reason, "given"
    elif context.get("notice") is not None and context["notice"].reason:
        context["reason"], context["reason_source"] = context["notice"].reason, "notice"
    return context


def summary(context: Any, detected: str | None = None) -> dict[str, Any] | None:
    """The per-file `notice` record of reports: reason (and where it came from) and deadline."""
    notice: Notice | None = context.get("notice")
    reason = context.get("reason") or detected
    if notice is None and reason is None:
        return None
    return {
        "reason": reason,
        "reason_source": context.get("reason_source") or ("draft" if reason else None),
        "deadline": notice.summary()["deadline"] if notice is not None else None,
    }


def report_extra(letter: Any) -> dict[str, Any]:
    """The fields a file's report gains: {"notice": summary or None}."""
    from poa_lint.notice.reasons import detect_in_draft

    context = getattr(letter, "context", {})
    detected = None if context.get("reason") else detect_in_draft(letter.norm)
    return {"notice": summary(context, detected)}


def header(record: Any, texts: Any = None) -> list[str]:
    """The line for the top of a text report (one per chosen language), when a notice or a
    reason was given; none otherwise."""
    if not record or record.get("reason_source") not in ("notice", "given") and not record.get("deadline"):
        return []
    from poa_lint.i18n import Texts
    from poa_lint.notice.reasons import label

    texts = texts or Texts()
    lines = []
    for lang in texts.langs:
        parts = []
        if record.get("reason"):
            where = {"notice": "from-notice", "given": "given", "draft": "from-draft"}
            parts.append(texts.ui("notice-reason", lang, reason=texts.value("reason", label(record["reason"]), lang),
                                  where=texts.ui(where.get(record["reason_source"], "given"), lang)))
        deadline = record.get("deadline")
        if deadline:
            due = ", " + texts.ui("notice-due", lang, due=deadline["due"]) if deadline.get("due") else ""
            parts.append(texts.ui("notice-deadline", lang, deadline=deadline["text"]) + due)
        if parts and "; ".join(parts) not in lines:
            lines.append("; ".join(parts))
    return lines
