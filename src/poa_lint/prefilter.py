"""Skipping a regex where it cannot match: the words every match must contain.

A regex such as `\\bkindly\\s+(request|ask)` can only match a text that holds "kindly". The
words are read from the regex's own parse (`required_words`), and a text is case-folded once
(`fold`; a letter once per lint, `folded`) so that each regex costs a substring test where its
words are absent. The answers never change: a regex is run wherever it could match."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

try:                                    # Python 3.11+
    from re import _constants, _parser  # type: ignore[attr-defined]
except ImportError:                     # Python 3.10
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

if TYPE_CHECKING:
    from poa_lint.document import Letter


def fold(text: str) -> str:
    """Case-folded text the required words are looked for in (İ folds to i + U+0307; re.I
    matches it as i, so the dot is dropped)."""
    return text.casefold().replace("\u0307", "")


def folded(letter: Letter) -> str:
    """The letter's normalised text, folded once per letter however many regexes ask."""
    return letter.derived("prefilter.folded", lambda it: fold(it.norm))


def possible(words: tuple[str, ...] | None, folded_text: str) -> bool:
    """Whether a regex with these required words (None: none known) could match the text."""
    return words is None or any(w in folded_text for w in words)


@cache
def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words (3+ characters, folded) one of which every match of `pattern` contains, or None."""
    return _required(list(_parser.parse(pattern, flags)))


def any_required(patterns: tuple[str, ...], flags: int) -> tuple[str, ...] | None:
    """The required words of an alternation of `patterns`: one of each branch's, or None."""
    words = [required_words(p, flags) for p in patterns]
    if not words or None in words:
        return None
    return tuple(sorted({w for group in words for w in group}))  # type: ignore[union-attr]


def _required(items: list[Any]) -> tuple[str, ...] | None:
    candidates: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op == _constants.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append((run,))
            run = ""
        if op == _constants.SUBPATTERN:
            inner = _required(list(av[-1]))
            if inner:
                candidates.append(inner)
        elif op == _constants.BRANCH:
            alternatives = [_required(list(branch)) for branch in av[1]]
            if all(alternatives):
                candidates.append(tuple(n for alt in alternatives for n in alt))  # type: ignore[union-attr]
    if run:
        candidates.append((run,))
    candidates = [c for c in candidates if min(map(len, c)) >= 3]
    if not candidates:
        return None
    return tuple(fold(n) for n in max(candidates, key=lambda c: min(map(len, c))))
