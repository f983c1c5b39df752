"""Reports whole sentences that match any of a rule's regexes (unrelated content and the like)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import AnyOf, compile_any
from poa_lint.document import Letter
from poa_lint.finding import Hit


def _patterns(letter: Letter, options: Mapping[str, object]) -> AnyOf | None:
    pats = tuple(options.get("patterns", ()))
    if options.get("list"):
        pats += letter.data.lists[str(options["list"])]
    return compile_any(pats) if pats else None


_WRITER = re.compile(r"\b(we|i)\b", re.I)


def _in_part(sent, parts: set) -> bool:
    """True for an item inside a part a heading announces ("Documents attached:"), not one merely
    guessed; a sentence where the writer speaks again ("we sent these twice") is not an item."""
    section = sent.section
    return (section is not None and section.source == "heading" and bool(parts & set(section.kinds))
            and not _WRITER.search(sent.text))


def sentence_match(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one hit per non-heading sentence that matches; `exceptions` regexes veto a sentence, and
    `skip_parts` leaves out the parts headings name (an evidence list describes documents)."""
    rx = _patterns(letter, options)
    if rx is None:
        return
    exc = tuple(options.get("exceptions", ()))
    veto = compile_any(exc) if exc else None
    skip_parts = set(options.get("skip_parts", ()))
    for sent in letter.sentences:
        if sent.is_heading or skip_parts and _in_part(sent, skip_parts):
            continue
        text = letter.norm[sent.start:sent.end]
        match = rx.search(text)
        if match is None or (veto is not None and veto.search(text)):
            continue
        end = sent.end
        while end > sent.start and letter.text[end - 1].isspace():
            end -= 1
        yield Hit(sent.start, end, fields={"phrase": match.group(0)})
