"""Each numbered "How do I reactivate" ask of the notice is answered somewhere in the draft."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

ALTERNATIVES = ({"invoices", "loa"},)  # "invoices, receipts or letters of authorization"
CONDITIONAL = re.compile(r"^\s*if\b", re.I)
TRAILING_OR = re.compile(r"[,;]?\s+or\s*$", re.I)


def missing_needs(ask: Any, text: str) -> list[str]:
    """What the draft lacks to answer one ask (empty when answered or not checkable)."""
    from poa_lint.notice.asks import by_key

    kinds = [by_key(k) for k in ask.kinds]
    kinds = [k for k in kinds if k is not None]
    answered = {k.key for k in kinds if k.answer.search(text)}
    missing = []
    for kind in kinds:
        if kind.key in answered:
            continue
        group = next((g for g in ALTERNATIVES if kind.key in g and g <= set(ask.kinds)), None)
        if group and group & answered:
            continue
        missing.append(kind.need)
    return missing


def alternatives(asks: tuple[Any, ...]) -> list[list[Any]]:
    """Asks that are alternatives: the "If you ..." ones, and runs joined by a trailing "or"."""
    groups: list[list[Any]] = []
    conditional = [a for a in asks if CONDITIONAL.match(a.text)]
    if len(conditional) > 1:
        groups.append(conditional)
    run: list[Any] = []
    for ask in asks:
        if ask in conditional:
            continue
        run.append(ask)
        if not TRAILING_OR.search(ask.text):
            if len(run) > 1:
                groups.append(run)
            run = []
    if len(run) > 1:
        groups.append(run)
    return groups


def items(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per unanswered ask; a group of alternatives counts as answered when one of it is."""
    notice = letter.notice.notice
    if notice is None:
        return
    start, end = letter.first_line()
    grouped = alternatives(notice.asks)
    for group in grouped:
        checkable = [a for a in group if missing_needs(a, "")]
        if checkable and len(checkable) == len(group) and all(missing_needs(a, letter.norm) for a in group):
            needs = " or ".join(n for a in group for n in missing_needs(a, letter.norm))
            yield _hit(start, end, checkable[0].text, needs)
    in_groups = {id(a) for group in grouped for a in group}
    for ask in notice.asks:
        if id(ask) in in_groups:
            continue
        needs = missing_needs(ask, letter.norm)
        if needs:
            yield _hit(start, end, ask.text, " and ".join(needs))


def _hit(start: int, end: int, ask: str, needs: str) -> Hit:
    short = ask if len(ask) <= 90 else ask[:87].rsplit(" ", 1)[0] + "..."
    return Hit(start, end, fields={"subject": ask, "ask": ask, "needs": needs}, whole_letter=True,
               message=f'"{short}" (the draft never mentions {needs})')


def run(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """The unanswered asks, listed in one finding."""
    hits = list(items(letter, options))
    if not hits:
        return
    listed = "; ".join(h.message or "" for h in hits)
    yield Hit(hits[0].start, hits[0].end, whole_letter=True,
              fields={"subject": " | ".join(str(h.fields["ask"]) for h in hits), "asks": listed,
                      "count": len(hits), "variant": "one" if len(hits) == 1 else "many"})
