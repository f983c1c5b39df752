"""The lint context a notice and a reason give the checks: {"notice": Notice, "reason": str}."""

from __future__ import annotations

from typing import Any

from poa_lint.notice.model import Notice


def notice_context(config: Any) -> dict[str, Any]:
    """Read and parse `config.notice`, resolve `config.reason`; raises ConfigError on bad input."""
    from poa_lint.config import ConfigError
    from poa_lint.notice.parse import parse_notice
    from poa_lint.reader import InputError, read_source

    notice = None
    if getattr(config, "notice", None):
        try:
            notice = parse_notice(read_source(str(config.notice)).text)
        except InputError as exc:
            raise ConfigError(f"notice: {exc}") from None
    return context_for(notice, getattr(config, "reason", None))


def context_for(notice: Notice | None, given: str | None) -> dict[str, Any]:
    """The context of a parsed notice and a user-given reason name (which wins over the notice's);
    raises ConfigError for an unknown reason name."""
    from poa_lint.config import ConfigError
    from poa_lint.notice.reasons import canonical, load_table

    context: dict[str, Any] = {}
    if notice is not None:
        context["notice"] = notice
    if given:
        reason = canonical(given)
        if reason is None:
            known = ", ".join(load_table().reasons)
            raise ConfigError(f"reason: unknown suspension reason {given!r} (one of: {known})")
        context["reason"], context["reason_source"] = reason, "given"
    elif notice is not None and notice.reason:
        context["reason"], context["reason_source"] = notice.reason, "notice"
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
