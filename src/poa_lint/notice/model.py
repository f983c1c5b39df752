"""What poa-lint understood from Amazon's notice: frozen records, no logic beyond to_dict()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class NoticeAsin:
    """One product from the item block at the bottom of the notice."""

    asin: str
    title: str | None = None
    complaint_type: str | None = None
    complaint_id: str | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    """A performance metric quoted in the notice: value against target, in percent."""

    key: str  # odr | late-shipment | cancellation | valid-tracking | on-time-delivery
    name: str  # as written in the notice
    value: float
    target: float | None = None
    unit: str = "%"


@dataclass(frozen=True, slots=True)
class Deadline:
    """How long the seller has to answer ("within 17 days"), or a fixed date."""

    text: str
    value: int | None = None
    unit: str | None = None  # days | hours | None when only a date is given
    due: date | None = None  # notice date + value, or the date written in the notice


@dataclass(frozen=True, slots=True)
class RightsOwner:
    """The IP complainant named in the notice."""

    name: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Ask:
    """One numbered or dashed item under "How do I reactivate ...", with its kinds of evidence."""

    text: str
    kinds: tuple[str, ...] = ()  # e.g. ("invoices", "loa"); empty when poa-lint cannot check it


@dataclass(frozen=True, slots=True)
class Notice:
    """A parsed notice; every field may be empty when the notice does not say."""

    reason: str | None = None
    reasons: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()
    received: date | None = None
    asins: tuple[NoticeAsin, ...] = ()
    order_ids: tuple[str, ...] = ()
    complaint_ids: tuple[str, ...] = ()
    metrics: tuple[Metric, ...] = ()
    window_days: int | None = None
    deadline: Deadline | None = None
    rights_owner: RightsOwner | None = None
    related_account: str | None = None
    asks: tuple[Ask, ...] = ()

    @property
    def asin_ids(self) -> tuple[str, ...]:
        return tuple(a.asin for a in self.asins)

    def is_empty(self) -> bool:
        """True when nothing at all was recognised (probably not a notice)."""
        return not (self.reason or self.asins or self.order_ids or self.metrics or self.asks
                    or self.deadline or self.window_days)

    def summary(self) -> dict[str, object]:
        """The short per-file record added to JSON reports: reason and deadline."""
        return {"reason": self.reason, "deadline": _deadline_dict(self.deadline)}

    def to_dict(self) -> dict[str, object]:
        """Everything understood, JSON-ready (used by `poa-lint notice --format json`)."""
        return {
            "reason": self.reason,
            "reasons": list(self.reasons),
            "policies": list(self.policies),
            "received": self.received.isoformat() if self.received else None,
            "deadline": _deadline_dict(self.deadline),
            "window_days": self.window_days,
            "asins": [
                {"asin": a.asin, "title": a.title, "complaint_type": a.complaint_type,
                 "complaint_id": a.complaint_id}
                for a in self.asins
            ],
            "order_ids": list(self.order_ids),
            "complaint_ids": list(self.complaint_ids),
            "metrics": [
                {"key": m.key, "name": m.name, "value": m.value, "target": m.target, "unit": m.unit}
                for m in self.metrics
            ],
            "rights_owner": (
                {"name": self.rights_owner.name, "email": self.rights_owner.email}
                if self.rights_owner else None
            ),
            "related_account": self.related_account,
            "asks": [{"text": a.text, "kinds": list(a.kinds)} for a in self.asks],
        }


def _deadline_dict(deadline: Deadline | None) -> dict[str, object] | None:
    if deadline is None:
        return None
    return {
        "text": deadline.text,
        "value": deadline.value,
        "unit": deadline.unit,
        "due": deadline.due.isoformat() if deadline.due else None,
    }
