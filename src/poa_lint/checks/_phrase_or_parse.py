"""One finding per sentence from a check that has both fixed phrases (its `patterns` option) and a
parse test: the phrase wins where both match (innocence.denial, innocence.ignorance)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks._lists import compile_any
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span

Find = Callable[["Span"], "tuple[int, int] | None"]
Veto = Callable[["Span", int], bool]


def phrase_or_parse(letter: Letter, options: Mapping[str, object], find: Find,
                    veto: Veto | None = None) -> Iterable[Hit]:
    """Yield, once per non-heading sentence, the first `patterns` match, else what `find` returns
    (the (start, end) it found on the parse of the sentence, or None). `veto(sentence, start)`
    drops a phrase match that the parse shows is not what the phrase says."""
    pats = tuple(options.get("patterns", ()))
    rx = compile_any(pats) if pats else None
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        match = rx.search(letter.norm, sent.start, sent.end) if rx is not None else None
        if match is not None and veto is not None and "parser" in letter.capabilities \
                and veto(sent.span, match.start()):
            match = None
        found = (match.start(), match.end()) if match is not None else find(sent.span)
        if found is not None:
            start, end = found
            yield Hit(start, end, fields={"phrase": letter.text[start:end]})
