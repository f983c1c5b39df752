"""The rights owner named in an IP notice is named in the draft."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._coverage import first_line, notice_of
from poa_lint.checks._names import names
from poa_lint.finding import Hit


def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
    """One letter-level hit when the notice's rights owner never appears in the draft."""
    notice = notice_of(letter)
    owner = notice.rights_owner if notice else None
    if owner is None or not (owner.name or owner.email):
        return
    if names(letter.norm, owner.name or "", owner.email):
        return
    who = owner.name or owner.email
    start, end = first_line(letter)
    yield Hit(start, end, fields={"subject": who, "owner": who, "variant": "named"})
