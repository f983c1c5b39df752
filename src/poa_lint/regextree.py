"""A small reader of Python regular-expression syntax into a tree, for questions about a pattern.

Two places ask what a pattern can match before running it: the word prefilter of long phrase
lists (`checks/_lists.py`: which fixed words every match contains) and the check of agencies'
packs for catastrophic backtracking (`regexsafety.py`: a repetition of repetitions). The standard
library's parser is private (`re._parser`, only from Python 3.11; `sre_parse` is deprecated), so
this module reads the syntax itself. It only has to tell literals, groups, alternatives,
repetitions and lookarounds apart; every other atom (classes, `.`, `\\w`, back-references,
anchors) is an `Other`. The pattern must already compile with `re`.

Nodes:
    Lit(char)                     one literal character
    Other()                       any other single atom or zero-width item
    Group(items, kind)            kind: "plain" (capturing or not), "assert" (lookaround), "cond"
    Branch(alternatives)          a|b|c, each alternative a list of items
    Repeat(low, high, items)      high None = unbounded
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Lit:
    char: str


@dataclass(frozen=True)
class Other:
    pass


@dataclass(frozen=True)
class Group:
    items: tuple[Node, ...]
    kind: str = "plain"


@dataclass(frozen=True)
class Branch:
    alternatives: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True)
class Repeat:
    low: int
    high: int | None
    items: tuple[Node, ...]


Node = Union[Lit, Other, Group, Branch, Repeat]

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")
_INLINE_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]*))?([:)])")


class _Reader:
    def __init__(self, pattern: str, verbose: bool) -> None:
        self.p = pattern
        self.i = 0
        self.verbose = verbose

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def sequence(self, closing: bool) -> tuple[Node, ...]:
        """Items up to the end (or a `)` when `closing`), alternatives folded into one Branch."""
        alternatives: list[tuple[Node, ...]] = []
        items: list[Node] = []
        while self.i < len(self.p):
            c = self.p[self.i]
            if c == ")" and closing:
                break
            if c == "|":
                self.i += 1
                alternatives.append(tuple(items))
                items = []
                continue
            if self.verbose and c.isspace():
                self.i += 1
                continue
            if self.verbose and c == "#":
                end = self.p.find("\n", self.i)
                self.i = len(self.p) if end < 0 else end + 1
                continue
            if c in "*+?" or (c == "{" and _QUANTIFIER.match(self.p, self.i)):
                self._quantify(items)
                continue
            atom = self._atom()
            if atom is not None:
                items.append(atom)
        if alternatives:
            alternatives.append(tuple(items))
            return (Branch(tuple(alternatives)),)
        return tuple(items)

    def _quantify(self, items: list[Node]) -> None:
        c = self.p[self.i]
        if c == "{":
            m = _QUANTIFIER.match(self.p, self.i)
            assert m is not None
            low = int(m.group(1) or 0)
            high: int | None = low if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
            self.i = m.end()
        else:
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            self.i += 1
        if self.peek() in ("?", "+"):   # lazy or possessive: the same shape
            self.i += 1
        if items:
            items[-1] = Repeat(low, high, (items[-1],))

    def _atom(self) -> Node | None:
        c = self.p[self.i]
        if c == "\\":
            return self._escape()
        if c == "[":
            self._skip_class()
            return Other()
        if c == "(":
            return self._group()
        self.i += 1
        if c in ".^$":
            return Other()
        return Lit(c)

    def _escape(self) -> Node:
        nxt = self.p[self.i + 1] if self.i + 1 < len(self.p) else ""
        self.i += 2
        if nxt in _SIMPLE_ESCAPES:
            return Lit(_SIMPLE_ESCAPES[nxt])
        if nxt in ("x", "u", "U"):
            size = {"x": 2, "u": 4, "U": 8}[nxt]
            digits = self.p[self.i:self.i + size]
            self.i += size
            return Lit(chr(int(digits, 16)))
        if nxt == "N" and self.peek() == "{":
            self.i = self.p.index("}", self.i) + 1
            return Other()
        if nxt.isdigit():   # back-reference or octal escape
            while self.peek().isdigit():
                self.i += 1
            return Other()
        if nxt.isalnum() or nxt == "_":
            return Other()  # \w \d \s \b \A \Z ...
        return Lit(nxt)

    def _skip_class(self) -> None:
        self.i += 1
        if self.peek() == "^":
            self.i += 1
        if self.peek() == "]":
            self.i += 1
        while self.i < len(self.p) and self.p[self.i] != "]":
            self.i += 2 if self.p[self.i] == "\\" else 1
        self.i += 1

    def _close(self) -> None:
        if self.peek() == ")":
            self.i += 1

    def _group(self) -> Node | None:
        p, i = self.p, self.i
        if not p.startswith("(?", i):
            self.i += 1
            inner = self.sequence(closing=True)
            self._close()
            return Group(inner)
        if p.startswith("(?#", i):
            self.i = p.index(")", i) + 1
            return None
        for prefix, kind in (("(?:", "plain"), ("(?>", "plain"), ("(?=", "assert"), ("(?!", "assert"),
                             ("(?<=", "assert"), ("(?<!", "assert")):
            if p.startswith(prefix, i):
                self.i += len(prefix)
                inner = self.sequence(closing=True)
                self._close()
                return Group(inner, kind)
        if p.startswith("(?P<", i):
            self.i = p.index(">", i) + 1
            inner = self.sequence(closing=True)
            self._close()
            return Group(inner)
        if p.startswith("(?P=", i):
            self.i = p.index(")", i) + 1
            return Other()
        if p.startswith("(?(", i):
            self.i = p.index(")", i + 3) + 1
            inner = self.sequence(closing=True)
            self._close()
            return Group(inner, "cond")
        m = _INLINE_FLAGS.match(p, i)
        if m is None:
            raise ValueError(f"unsupported group syntax at {i} in {p!r}")
        if "x" in m.group(1) and m.group(3) == ")":
            self.verbose = True
        self.i = m.end()
        if m.group(3) == ")":
            return None   # global flags: (?i)
        saved = self.verbose
        self.verbose = saved or "x" in m.group(1)
        inner = self.sequence(closing=True)
        self.verbose = saved
        self._close()
        return Group(inner)


def parse(pattern: str, flags: int = 0) -> tuple[Node, ...]:
    """The tree of a pattern that compiles with `re` (with `flags`, for re.VERBOSE)."""
    reader = _Reader(pattern, bool(flags & re.VERBOSE))
    items: list[Node] = []
    while True:
        items.extend(reader.sequence(closing=False))
        if reader.i >= len(pattern):
            return tuple(items)
        reader.i += 1   # an unbalanced `)` cannot compile; be lenient anyway
