"""Every ASIN of the notice is addressed in the draft (or "all N ASINs" with the right N)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

DRAFT_ASIN = re.compile(r"\bB0[0-9A-Z]{8}\b", re.I)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
ALL_N = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|our\s+|these\s+)?(?P<n>\d+|" + "|".join(NUMBERS) +
                   r")\s+(?:\w+\s+){0,2}?(?:ASINs|products|listings|items)\b", re.I)


def stated_counts(text: str) -> set[int]:
    """Every N in "all N ASINs/products/listings" the draft states."""
    return {int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()] for m in ALL_N.finditer(text)}


def items(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per notice ASIN the draft never mentions, at the first line."""
    notice = letter.notice.notice
    if notice is None or not notice.asins:
        return
    counts = stated_counts(letter.norm)
    if len(notice.asins) in counts:
        return
    present = {m.group(0).upper() for m in DRAFT_ASIN.finditer(letter.norm)}
    present |= {w for w in re.findall(r"\b\d{9}[\dX]\b", letter.norm)}
    start, end = letter.first_line()
    for item in notice.asins:
        if item.asin not in present:
            label = f"{item.asin} ({item.title})" if item.title else item.asin
            yield Hit(start, end, whole_letter=True, fields={"subject": item.asin, "asin": item.asin,
                                          "title": item.title or "", "counts": sorted(counts)},
                      message=label)


def run(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """The missing ASINs, listed in one finding."""
    hits = list(items(letter, options))
    if not hits:
        return
    notice = letter.notice.notice
    counts = hits[0].fields["counts"]
    names = ", ".join(h.message or "" for h in hits)
    variant = ("one" if len(hits) == 1 else "many") + ("-claimed" if counts else "")
    subject = ", ".join(str(h.fields["asin"]) for h in hits)
    yield Hit(hits[0].start, hits[0].end, fields={
        "subject": subject, "asins": names, "count": len(hits), "claimed": counts[0] if counts else "",
        "listed": len(notice.asins), "variant": variant}, whole_letter=True)
