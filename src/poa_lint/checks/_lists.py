"""One prefiltered alternation for the regex lists checks share (the lists come with the letter:
`letter.data.lists`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from poa_lint.prefilter import any_required, fold, possible


@cache
def compile_any(patterns: tuple[str, ...], flags: int = re.I) -> AnyOf:
    """One alternation of the given regexes (each wrapped in a non-capturing group).

    Python's re tries every branch at every position, so a 65-branch list applied to each
    sentence cost ~40 ms per 2,000-word letter; when every branch has a fixed word (`thank`,
    ` are writing `), a text holding none of them is answered without running the regex."""
    from poa_lint.regexsafety import SafePattern, is_untrusted

    joined = "|".join(f"(?:{p})" for p in patterns)
    # A pattern from a pack or config we did not write runs under the letter's time limit.
    compiled = SafePattern(joined, flags) if any(map(is_untrusted, patterns)) else re.compile(joined, flags)
    return AnyOf(compiled, any_required(patterns, flags))


class AnyOf:
    """A compiled alternation with a word prefilter; used like re.Pattern (search, match,
    fullmatch, finditer, findall, sub; anything else goes straight to the pattern). With
    `pos`/`endpos`, only the slice searched is folded."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...] | None) -> None:
        self.pattern = pattern
        self.needles = needles

    def possible(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if self.needles is None:
            return True
        return possible(self.needles, fold(text[pos:endpos] if pos or endpos is not None else text))

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self.possible(text, *args) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.match(text, *args) if self.possible(text, *args) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, *args) if self.possible(text, *args) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self.possible(text, *args) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.pattern.findall(text, *args) if self.possible(text, *args) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.possible(text) else text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)
