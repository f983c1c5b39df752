"""`poa-lint notice FILE`: what poa-lint understood from a notice, as text or JSON."""

from __future__ import annotations

import json

from poa_lint.notice.model import Notice
from poa_lint.notice.reasons import label


def render_json(notice: Notice, path: str) -> str:
    """The whole parsed notice as JSON."""
    return json.dumps({"path": path, **notice.to_dict()}, ensure_ascii=False, indent=2) + "\n"


def render_text(notice: Notice, path: str) -> str:
    """A short human summary, one field a line; "not found" for what the notice did not say."""
    none = "not found"
    lines = [f"{path}: Amazon notice"]
    reason = f"{label(notice.reason)} ({notice.reason})" if notice.reason else none
    if len(notice.reasons) > 1:
        reason += "; also: " + ", ".join(notice.reasons[1:])
    lines.append(f"  reason:          {reason}")
    if notice.policies:
        lines.append(f"  policies:        {'; '.join(notice.policies)}")
    lines.append(f"  notice date:     {notice.received.isoformat() if notice.received else none}")
    if notice.deadline:
        due = f" (due {notice.deadline.due.isoformat()})" if notice.deadline.due else ""
        lines.append(f"  deadline:        {notice.deadline.text}{due}")
    else:
        lines.append(f"  deadline:        {none}")
    window = f"documents issued in the last {notice.window_days} days" if notice.window_days else none
    lines.append(f"  document window: {window}")
    lines.append(f"  ASINs ({len(notice.asins)}):")
    for item in notice.asins:
        extra = ", ".join(x for x in (item.complaint_type, f"complaint {item.complaint_id}"
                                      if item.complaint_id else None) if x)
        lines.append(f"    {item.asin}  {item.title or ''}{f'  [{extra}]' if extra else ''}".rstrip())
    if notice.order_ids:
        lines.append(f"  order IDs:       {', '.join(notice.order_ids)}")
    if notice.complaint_ids:
        lines.append(f"  complaint IDs:   {', '.join(notice.complaint_ids)}")
    for metric in notice.metrics:
        target = f" (target {metric.target:g}%)" if metric.target is not None else ""
        lines.append(f"  metric:          {metric.name} {metric.value:g}%{target}")
    if notice.rights_owner:
        owner = notice.rights_owner
        lines.append(f"  rights owner:    {' '.join(x for x in (owner.name, owner.email and f'<{owner.email}>') if x)}")
    if notice.related_account:
        lines.append(f"  related account: {notice.related_account}")
    lines.append(f"  asks ({len(notice.asks)}):")
    for number, ask in enumerate(notice.asks, 1):
        kinds = ", ".join(ask.kinds) if ask.kinds else "not checked"
        lines.append(f"    {number}. {ask.text}  [{kinds}]")
    if notice.is_empty():
        lines.append("  (nothing recognised: is this the text of an Amazon notice?)")
    return "\n".join(lines) + "\n"
