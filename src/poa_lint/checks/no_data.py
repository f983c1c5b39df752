"""A letter with no data at all: no figures, dates, ASINs or order IDs (§3.2 TPL-NO-SPECIFICS)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.finding import Hit

DATA = re.compile(r"\d|\bB0[A-Z0-9]{8}\b", re.I)
LIST_MARKER = re.compile(r"^[ \t]*\(?\d{1,2}[.)、]", re.M)


def first_line(letter: Any) -> tuple[int, int]:
    """The span of the first non-blank line (where document-level hits point)."""
    text = letter.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return start, max(start, len(text[:end].rstrip()))


def no_data(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one document hit when the letter names no figure, date, ASIN or order ID."""
    if not letter.text.strip() or DATA.search(LIST_MARKER.sub(" ", letter.norm)):
        return
    start, end = first_line(letter)
    yield Hit(start, end, whole_letter=True)
