"""A letter with no data at all: no figures, dates, ASINs or order IDs (§3.2 TPL-NO-SPECIFICS)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

DATA = re.compile(r"\d|\bB0[A-Z0-9]{8}\b", re.I)
LIST_MARKER = re.compile(r"^[ \t]*\(?\d{1,2}[.)、]", re.M)


def no_data(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one document hit when the letter names no figure, date, ASIN or order ID."""
    if not letter.text.strip() or DATA.search(LIST_MARKER.sub(" ", letter.norm)):
        return
    start, end = letter.first_line()
    yield Hit(start, end)
