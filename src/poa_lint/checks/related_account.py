"""The related account the notice names is named in the draft."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from poa_lint.checks._names import names
from poa_lint.document import Letter
from poa_lint.finding import Hit


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One letter-level hit when the notice's related account never appears in the draft."""
    notice = letter.notice.notice
    account = notice.related_account if notice else None
    if not account or names(letter.norm, account):
        return
    start, end = letter.first_line()
    yield Hit(start, end, whole_letter=True,
              fields={"subject": account, "account": account, "variant": "named"})
