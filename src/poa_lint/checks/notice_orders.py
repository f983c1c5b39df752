"""Every order ID of the notice is addressed in the draft."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

DRAFT_ORDER = re.compile(r"\b\d{3}\D?\d{7}\D?\d{7}\b")


def items(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per notice order ID the draft never mentions, at the first line."""
    notice = letter.notice.notice
    if notice is None or not notice.order_ids:
        return
    present = {re.sub(r"\D", "", m.group(0)) for m in DRAFT_ORDER.finditer(letter.norm)}
    start, end = letter.first_line()
    for order in notice.order_ids:
        if re.sub(r"\D", "", order) not in present:
            yield Hit(start, end, fields={"subject": order}, message=order, whole_letter=True)


def run(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """The missing order IDs, listed in one finding."""
    hits = list(items(letter, options))
    if hits:
        ids = ", ".join(h.message or "" for h in hits)
        yield Hit(hits[0].start, hits[0].end, fields={"subject": ids, "orders": ids, "count": len(hits),
                                                      "variant": "one" if len(hits) == 1 else "many"},
                  whole_letter=True)
