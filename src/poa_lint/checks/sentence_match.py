"""Reports whole sentences that match any of a rule's regexes (unrelated content and the like)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._lists import compile_any, load_list
from poa_lint.finding import Hit


def _patterns(options: Mapping[str, Any]) -> re.Pattern[str] | None:
    pats = tuple(options.get("patterns", ()))
    if options.get("list"):
        pats += load_list(str(options["list"]))
    return compile_any(pats) if pats else None


def sentence_match(letter: Any, options: Mapping[str, Any]) -> Iterable[Hit]:
    """Yield one hit per non-heading sentence that matches; `exceptions` regexes veto a sentence."""
    rx = _patterns(options)
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
