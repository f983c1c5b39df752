"""Find calendar dates written in notices and drafts (ISO, US, European and month-name forms)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>(?:19|20)\d\d)\b"),
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date found in text, with its character offsets."""

    start: int
    end: int
    value: date


def _build(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups.get("y"):
            return date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups.get("mon"):
            month = MONTHS[groups["mon"].lower()[:3]]
            return date(int(groups["year"]), month, int(groups["day"]))
        first, second = int(groups["a"]), int(groups["b"])
        # US order (month/day) unless the first number cannot be a month.
        month, day = (second, first) if first > 12 else (first, second)
        return date(int(groups["yy"]), month, day)
    except (ValueError, KeyError):
        return None


def find_dates(text: str) -> Iterator[DateSpan]:
    """Every date in `text`, in order of position, without overlaps."""
    found: list[DateSpan] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < d.end and d.start < match.end() for d in found):
                continue
            value = _build(match)
            if value is not None:
                found.append(DateSpan(match.start(), match.end(), value))
    yield from sorted(found, key=lambda d: d.start)


def first_date(text: str) -> date | None:
    """The first date in `text`, or None."""
    return next((d.value for d in find_dates(text)), None)
