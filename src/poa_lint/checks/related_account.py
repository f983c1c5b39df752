"""The related account the notice names is named in the draft."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._coverage import first_line, notice_of
from poa_lint.checks._names import names
from poa_lint.finding import Hit


def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
    """One letter-level hit when the notice's related account never appears in the draft."""
    notice = notice_of(letter)
    account = notice.related_account if notice else None
    if not account or names(letter.norm, account):
        return
    start, end = first_line(letter)
    yield Hit(start, end, fields={"subject": account, "account": account, "variant": "named"})
