"""One prefiltered alternation for the regex lists checks share (the lists come with the letter:
`letter.data.lists`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any



@cache
def compile_any(patterns: tuple[str, ...], flags: int = re.I) -> AnyOf:
    """One alternation of the given regexes (each wrapped in a non-capturing group).

    Python's re tries every branch at every position, so a 65-branch list applied to each
    sentence cost ~40 ms per 2,000-word letter; when every branch has a fixed word (`thank`,
    ` are writing `), a text holding none of them is answered without running the regex."""
    from poa_lint.regexsafety import SafePattern, is_untrusted

    needles = [_needles(p, flags) for p in patterns]
    joined = "|".join(f"(?:{p})" for p in patterns)
    # A pattern from a pack or config we did not write runs under the letter's time limit.
    compiled = SafePattern(joined, flags) if any(map(is_untrusted, patterns)) else re.compile(joined, flags)
    return AnyOf(compiled,
                 None if not needles or None in needles
                 else tuple(sorted({n for group in needles for n in group})))


def _fold(text: str) -> str:
    return text.casefold().replace("\u0307", "")  # İ folds to i + U+0307; re.I matches it as i


def _needles(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Words (3+ characters, folded) one of which every match of `pattern` contains, or None."""
    from re import _parser  # type: ignore[attr-defined]

    return _required(list(_parser.parse(pattern, flags)))


def _required(items: list[Any]) -> tuple[str, ...] | None:
    from re import _constants  # type: ignore[attr-defined]

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
    return tuple(_fold(n) for n in max(candidates, key=lambda c: min(map(len, c))))


class AnyOf:
    """A compiled alternation with a word prefilter; used like re.Pattern (search, match,
    fullmatch, finditer, findall, sub; anything else goes straight to the pattern)."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...] | None) -> None:
        self.pattern = pattern
        self.needles = needles

    def possible(self, text: str) -> bool:
        if self.needles is None:
            return True
        folded = _fold(text)
        return any(n in folded for n in self.needles)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.pattern.findall(text, *args) if self.possible(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.possible(text) else text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)
