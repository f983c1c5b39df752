"""Offsets to 1-based line/column positions (line breaks: \\n, \\r\\n, lone \\r)."""

from __future__ import annotations

import bisect
import re

_BREAK = re.compile(r"\r\n|\n|\r")


class LineIndex:
    """Maps character offsets of one text to (line, column), both 1-based."""

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        self._length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self._length))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset where 1-based `line` starts."""
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (exclusive, before the break) of the line holding `offset`."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i != -1]
    return start, (min(ends) if ends else len(text))
