"""ASINs in the draft that the notice does not list (a typo, or a second issue to explain)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from poa_lint.checks.notice_asins import DRAFT_ASIN
from poa_lint.document import Letter
from poa_lint.finding import Hit


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit at the first mention of each ASIN the notice does not list."""
    notice = letter.notice.notice
    if notice is None or not notice.asins:
        return
    listed = set(notice.asin_ids)
    seen: set[str] = set()
    for match in DRAFT_ASIN.finditer(letter.norm):
        asin = match.group(0).upper()
        if asin not in listed and asin not in seen:
            seen.add(asin)
            yield Hit(match.start(), match.end(), fields={"subject": asin, "asin": asin})
