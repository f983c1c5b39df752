"""Invoices cited in the draft are dated inside the notice's document window ("last 365 days")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import timedelta

from poa_lint.document import Letter
from poa_lint.finding import Hit

DOCUMENT = re.compile(r"\b(invoices?|receipts?|purchase orders?|bills? of sale)\b", re.I)


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit at each invoice date older than the notice date minus the window."""
    from poa_lint.notice.dates import find_dates

    notice = letter.notice.notice
    received = options.get("received") or (notice.received if notice else None)
    if notice is None or not notice.window_days or received is None:
        return
    if isinstance(received, str):
        from poa_lint.notice.dates import first_date
        received = first_date(received)
        if received is None:
            return
    oldest = received - timedelta(days=notice.window_days)
    for sentence in letter.sentences:
        if not DOCUMENT.search(sentence.text):
            continue
        for found in find_dates(letter.norm[sentence.start:sentence.end]):
            if found.value < oldest:
                start, end = sentence.start + found.start, sentence.start + found.end
                yield Hit(start, end, fields={"subject": letter.text[start:end], "variant": "dated",
                                              "date": found.value.isoformat(),
                                              "days": notice.window_days, "oldest": oldest.isoformat()})
