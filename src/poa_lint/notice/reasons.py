"""Suspension reasons: detection from notice or draft text, and per-reason requirement tables."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any


from poa_lint import yamlsafe
from poa_lint.resources import rules_dir

REASONS_FILE = "reasons.yml"
ALIASES = {
    "metrics": "performance", "odr": "performance", "counterfeit": "inauthentic",
    "intellectual-property": "ip", "trademark": "ip", "copyright": "ip", "patent": "ip",
    "used-sold-as-new": "condition", "related": "related-accounts", "related-account": "related-accounts",
    "reviews": "review-manipulation", "restricted": "restricted-products",
}


@dataclass(frozen=True, slots=True)
class Requirement:
    """Something an appeal for one reason must mention, and the regexes that show it does."""

    id: str
    part: str
    what: str
    any: tuple[re.Pattern[str], ...]
    all: tuple[tuple[re.Pattern[str], ...], ...] = ()
    ask: str | None = None  # the notice ask kind that covers the same ground, if any

    def met_by(self, text: str) -> bool:
        """True when `text` mentions this requirement."""
        if self.any and not any(p.search(text) for p in self.any):
            return False
        return all(any(p.search(text) for p in group) for group in self.all)


@dataclass(frozen=True, slots=True)
class Reason:
    """One suspension reason: its label, detection weights and requirements."""

    key: str
    label: str
    detect: tuple[tuple[re.Pattern[str], int], ...]
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True, slots=True)
class ReasonTable:
    """All reasons, plus the minimum score a draft needs to be attributed a reason."""

    reasons: Mapping[str, Reason]
    draft_min: int


def _compile(items: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in items)


def parse_table(data: Mapping[str, Any]) -> ReasonTable:
    """Build the table from the loaded YAML mapping (validated lightly: KeyError on a bad shape)."""
    reasons = {}
    for key, body in data["reasons"].items():
        reqs = tuple(
            Requirement(r["id"], r["part"], r["what"], _compile(r.get("any", [])),
                        tuple(_compile(group) for group in r.get("all", [])), r.get("ask"))
            for r in body.get("requirements", [])
        )
        detect = tuple((re.compile(d["re"], re.I), int(d["weight"])) for d in body["detect"])
        reasons[key] = Reason(key, body["label"], detect, reqs)
    return ReasonTable(reasons, int(data.get("draft_min", 4)))


@cache
def load_table(path: Path | None = None) -> ReasonTable:
    """The reason table from rules/reasons.yml (cached)."""
    source = path or rules_dir() / REASONS_FILE
    with open(source, encoding="utf-8") as handle:
        return parse_table(yamlsafe.load(handle))


def canonical(name: str | None, table: ReasonTable | None = None) -> str | None:
    """A reason key for a user-given name ("IP", "used sold as new"), or None when unknown."""
    if not name:
        return None
    key = re.sub(r"[\s_]+", "-", name.strip().lower())
    key = ALIASES.get(key, key)
    return key if key in (table or load_table()).reasons else None


def scores(text: str, emphasis: str = "", table: ReasonTable | None = None) -> dict[str, int]:
    """Weighted keyword score per reason; matches inside `emphasis` count three times more."""
    table = table or load_table()
    result = {}
    for key, reason in table.reasons.items():
        total = 0
        for pattern, weight in reason.detect:
            total += weight * min(len(pattern.findall(text)), 3)
            total += 2 * weight * min(len(pattern.findall(emphasis)), 3)
        if total:
            result[key] = total
    return result


def ranked(score: Mapping[str, int], minimum: int = 1) -> tuple[str, ...]:
    """Reasons by falling score, those at or above `minimum` only."""
    return tuple(k for k, v in sorted(score.items(), key=lambda kv: -kv[1]) if v >= minimum)


def detect_in_draft(text: str, table: ReasonTable | None = None) -> str | None:
    """The reason a draft is about, only when one reason clearly leads (else None)."""
    table = table or load_table()
    score = scores(text, table=table)
    order = ranked(score, table.draft_min)
    if not order:
        return None
    runner_up = score.get(order[1], 0) if len(order) > 1 else 0
    return order[0] if score[order[0]] >= 2 * runner_up else None


def missing_requirements(reason: str, text: str, table: ReasonTable | None = None) -> list[Requirement]:
    """The requirements of `reason` that `text` does not mention."""
    table = table or load_table()
    entry = table.reasons.get(reason)
    return [] if entry is None else [r for r in entry.requirements if not r.met_by(text)]


def label(reason: str | None, table: ReasonTable | None = None) -> str | None:
    """The human label of a reason key."""
    if reason is None:
        return None
    entry = (table or load_table()).reasons.get(reason)
    return entry.label if entry else reason
