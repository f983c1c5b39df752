"""Reports whole sentences that match any of a rule's regexes (unrelated content and the like)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import AnyOf, compile_any
from poa_lint.document import Letter
from poa_lint.finding import Hit


def _patterns(letter: Letter, options: Mapping[str, object]) -> AnyOf | None:
    pats = tuple(options.get("patterns", ()))
    if options.get("list"):
        pats += letter.data.lists[str(options["list"])]
    return compile_any(pats) if pats else None


def sentence_match(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield one hit per non-heading sentence that matches; `exceptions` regexes veto a sentence."""
    rx = _patterns(letter, options)
    if rx is None:
        return
    exc = tuple(options.get("exceptions", ()))
    veto = compile_any(exc) if exc else None
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        text = letter.norm[sent.start:sent.end]
        match = rx.search(text)
        if match is None or (veto is not None and veto.search(text)):
            continue
        end = sent.end
        while end > sent.start and letter.text[end - 1].isspace():
            end -= 1
        yield Hit(sent.start, end, fields={"phrase": match.group(0)})
