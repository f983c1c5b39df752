"""One root cause per distinct issue of the notice (each metric, each complaint type)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from poa_lint.checks._coverage import part_anchor, part_text
from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.notice.model import Notice
from poa_lint.notice.reasons import ReasonTable

METRIC_WORDS = {
    "odr": r"order defect|\bODR\b|negative feedback|A-to-z|chargebacks?|defect",
    "late-shipment": r"late (shipment|dispatch|delivery)|(shipped|dispatched|sent) late|\bL[SD]R\b|"
                     r"handling time|dispatch",
    "cancellation": r"cancel",
    "valid-tracking": r"tracking",
    "on-time-delivery": r"on-time|delivery (date|time|estimate)|(arrived|delivered) late|transit",
}
TYPE_WORDS = {
    "inauthentic": r"inauthentic|counterfeit|authentic|fake|unauthori[sz]ed|not authori[sz]ed",
    "condition": r"\bused\b|sold as new|condition|opened|returned|refurbished|damaged",
    "ip": r"trademark|copyright|patent|infring|brand name|rights owner|images?|photos?",
}


def issues(notice: Notice, table: ReasonTable) -> list[tuple[str, str]]:
    """Distinct issues of the notice as (label, regex of words that explain it)."""
    from poa_lint.notice import reasons

    found: dict[str, tuple[str, str]] = {}
    for metric in notice.metrics:
        found.setdefault(metric.key, (metric.name, METRIC_WORDS[metric.key]))
    for item in notice.asins:
        if not item.complaint_type:
            continue
        kind = reasons.ranked(reasons.scores(item.complaint_type, table=table))
        key = kind[0] if kind and kind[0] in TYPE_WORDS else None
        if key:
            found.setdefault(key, (item.complaint_type, TYPE_WORDS[key]))
    return list(found.values())


def items(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per issue the root cause never mentions, when the notice cites two or more."""
    notice = letter.notice.notice
    if notice is None:
        return
    listed = issues(notice, letter.data.reasons)
    text = part_text(letter, "root-cause")
    if len(listed) < 2 or not text.strip():
        return
    start, end, whole = part_anchor(letter, "root-cause")
    names = ", ".join(label for label, _ in listed)
    for label, words in listed:
        if not re.search(words, text, re.I):
            yield Hit(start, end, whole_letter=whole, fields={"subject": label, "issue": label, "issues": names},
                      message=label)


def run(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """The unexplained issues, listed in one finding at the root-cause part."""
    hits = list(items(letter, options))
    if hits:
        missing = ", ".join(h.message or "" for h in hits)
        yield Hit(hits[0].start, hits[0].end, whole_letter=hits[0].whole_letter, fields={
            "subject": missing, "missing": missing, "variant": "missing",
            "count": len(issues(letter.notice.notice, letter.data.reasons)), "issues": hits[0].fields["issues"]})
