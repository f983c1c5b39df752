"""What the appeal for the detected or given suspension reason must mention (domain brief §1.3)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from poa_lint.checks._coverage import PART_KINDS, part_anchor, reason_of
from poa_lint.document import Letter
from poa_lint.finding import Hit


def items(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per requirement of the reason the letter does not mention."""
    from poa_lint.notice import reasons

    reason = reason_of(letter, options)
    if reason is None:
        return
    notice = letter.notice.notice
    asked = {kind for ask in notice.asks for kind in ask.kinds} if notice is not None else set()
    label = reasons.label(reason, letter.data.reasons)
    for requirement in reasons.missing_requirements(reason, letter.norm, letter.data.reasons):
        if requirement.ask and requirement.ask in asked:
            continue  # the notice asks for it: coverage.ask-unanswered reports it
        kind = PART_KINDS.get(requirement.part)
        start, end, whole = part_anchor(letter, kind if kind and letter.has_part(kind) else None)
        yield Hit(start, end, whole_letter=whole, fields={"subject": requirement.what, "reason": label,
                                      "part": requirement.part, "what": requirement.what},
                  message=f"{requirement.what}")


def run(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Missing requirements grouped by the part they belong in."""
    groups: dict[tuple[int, int], list[Hit]] = {}
    for hit in items(letter, options):
        groups.setdefault((hit.start, hit.end), []).append(hit)
    for (start, end), hits in groups.items():
        reason = hits[0].fields["reason"]
        parts = sorted({str(h.fields["part"]) for h in hits})
        wanted = "; ".join(h.message or "" for h in hits)
        yield Hit(start, end, fields={"subject": wanted, "reason": reason, "parts": " / ".join(parts),
                                      "wanted": wanted, "variant": "missing"}, whole_letter=hits[0].whole_letter)
