"""The item block of a notice: ASINs with titles, complaint types and complaint IDs."""

from __future__ import annotations

import re

from poa_lint.notice.model import NoticeAsin

ASIN = re.compile(r"\bB0[0-9A-Z]{8}\b")
BOOK_ASIN = re.compile(r"\bASIN\s*[:#]?\s*(\d{9}[\dX])\b")
_FIELD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<key>title|product(?: name| title)?|item(?: name)?|complaint type|"
    r"infringement type|infringement|violation(?: type)?|complaint id|complaint reference|"
    r"reference id|asin)\s*[:\-–]\s*(?P<value>.*?)\s*$", re.I)
_PREFIX = re.compile(r"\s*(?:[-*•]+\s*|\d+[.)]\s*)?(?:ASIN\s*(?:\d+\s*)?[:#]?\s*)?", re.I)
_COLUMNS = re.compile(r"\t+|\s{2,}|\s+\|\s+")
_TITLE_SPLIT = re.compile(r"^\s*[\t|:,\-–]+\s*|^\s*\(|\)\s*$")


def _field_key(key: str) -> str:
    key = key.lower()
    if key.startswith(("title", "product", "item")):
        return "title"
    if key in ("complaint id", "complaint reference", "reference id"):
        return "complaint_id"
    if key == "asin":
        return "asin"
    return "complaint_type"


def _header_columns(lines: list[str], index: int) -> list[str] | None:
    """Column names of a pasted table whose header sits above line `index`."""
    for back in range(index - 1, max(index - 4, -1), -1):
        line = lines[back].strip()
        if not line:
            continue
        if re.search(r"\bASIN\b", line) and not ASIN.search(line):
            cols = [c.strip().lower() for c in _COLUMNS.split(line) if c.strip()]
            return cols if len(cols) >= 2 else None
        if not ASIN.search(line):
            return None
    return None


def _from_table(line: str, columns: list[str]) -> dict[str, str]:
    cells = [c.strip() for c in _COLUMNS.split(line.strip()) if c.strip()]
    values: dict[str, str] = {}
    for name, cell in zip(columns, cells):
        if "asin" in name:
            continue
        if "title" in name or "product" in name or name == "item":
            values["title"] = cell
        elif "id" in name.split() or "reference" in name:
            values["complaint_id"] = cell
        elif "type" in name or "infringement" in name or "violation" in name or "reason" in name:
            values["complaint_type"] = cell
    return values


def _inline_title(rest: str) -> str | None:
    rest = _TITLE_SPLIT.sub("", rest).strip(" \t-–|:,")
    if not rest or _FIELD.match(rest) or len(rest) < 3:
        return None
    return rest


def parse_items(text: str) -> tuple[NoticeAsin, ...]:
    """Every ASIN in the notice, in order, with whatever the item block says about it."""
    lines = text.split("\n")
    found: dict[str, dict[str, str]] = {}
    for index, line in enumerate(lines):
        ids = [m.group(0) for m in ASIN.finditer(line)] or [m.group(1) for m in BOOK_ASIN.finditer(line)]
        if not ids:
            continue
        for asin in ids:
            found.setdefault(asin, {})
        if len(ids) > 1:
            continue  # a list of ASINs on one line carries no per-item details
        values = found[ids[0]]
        columns = _header_columns(lines, index)
        if columns:
            values.update({k: v for k, v in _from_table(line, columns).items() if k not in values})
            continue
        pos = line.find(ids[0])
        rest = line[pos + len(ids[0]):]
        title = _inline_title(rest) if _PREFIX.fullmatch(line[:pos]) else None
        if title:
            cells = [c.strip() for c in re.split(r"\s+\|\s+|\t+", title) if c.strip()]
            values.setdefault("title", cells[0])
            if len(cells) > 1:
                values.setdefault("complaint_type", cells[1])
        for follow in lines[index + 1:index + 6]:
            if ASIN.search(follow) or BOOK_ASIN.search(follow):
                break
            match = _FIELD.match(follow)
            if not match:
                if follow.strip():
                    break
                continue
            key = _field_key(match.group("key"))
            if key != "asin" and match.group("value") and key not in values:
                values[key] = match.group("value")
    return tuple(
        NoticeAsin(asin, v.get("title"), v.get("complaint_type"), v.get("complaint_id"))
        for asin, v in found.items()
    )
