"""The rights owner named in an IP notice is named in the draft."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from poa_lint.checks._names import names
from poa_lint.document import Letter
from poa_lint.finding import Hit


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One letter-level hit when the notice's rights owner never appears in the draft."""
    notice = letter.notice.notice
    owner = notice.rights_owner if notice else None
    if owner is None or not (owner.name or owner.email):
        return
    if names(letter.norm, owner.name or "", owner.email):
        return
    who = owner.name or owner.email
    start, end = letter.first_line()
    yield Hit(start, end, whole_letter=True, fields={"subject": who, "owner": who, "variant": "named"})
