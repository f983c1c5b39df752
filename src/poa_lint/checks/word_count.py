"""Letter length outside the bounds a reviewer reads (domain brief §1.5)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit


def word_count(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one document hit when the word count is above `above` or below `below` (options)."""
    words = int(letter.words)
    above, below = options.get("above"), options.get("below")
    upto = options.get("upto")
    hit = (above is not None and words > int(above) and (upto is None or words <= int(upto))) or (
        below is not None and words < int(below) and words > 0
    )
    if hit:
        start, end = letter.first_line()
        yield Hit(start, end, fields={"words": words})
