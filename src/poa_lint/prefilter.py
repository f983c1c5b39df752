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


_BREAKS = ("\n", "\r")
_EDGE_SENSITIVE = ("AT_BEGINNING_STRING", "AT_END_STRING")   # \A, \Z (and $ without re.M)


def stays_on_a_line(pattern: str, flags: int = 0) -> bool:
    """Whether no match of `pattern`, lookarounds included, can contain or look past a line
    break, nor depend on where the text ends. Such a regex finds the same matches in a block of
    lines searched alone (`pattern.finditer(text, start, end)`, `start` just after a line break)
    as in the whole text: a language server can keep a block's matches while the block is unchanged."""
    parsed = _parser.parse(pattern, flags)
    return not _may_cross(list(parsed), bool(parsed.state.flags & _constants.SRE_FLAG_MULTILINE))


def _class_has_break(items: list[Any]) -> bool:
    negate = any(op == _constants.NEGATE for op, _ in items)
    for char in _BREAKS:
        inside = False
        for op, av in items:
            if op == _constants.LITERAL:
                inside |= av == ord(char)
            elif op == _constants.RANGE:
                inside |= av[0] <= ord(char) <= av[1]
            elif op == _constants.CATEGORY:
                inside |= _category_has_break(av)
            elif op != _constants.NEGATE:
                return True                 # something this analysis does not know: assume so
        if inside != negate:
            return True
    return False


def _category_has_break(category: Any) -> bool:
    name = str(category)
    return (("SPACE" in name and "NOT_SPACE" not in name) or "NOT_DIGIT" in name or "NOT_WORD" in name
            or ("LINEBREAK" in name and "NOT_LINEBREAK" not in name))


def _may_cross(items: list[Any], multiline: bool) -> bool:
    c = _constants
    for op, av in items:
        if op == c.LITERAL:
            if chr(av) in _BREAKS:
                return True
        elif op == c.AT:
            if str(av) in _EDGE_SENSITIVE or (str(av) == "AT_END" and not multiline):
                return True
        elif op == c.IN:
            if _class_has_break(list(av)):
                return True
        elif op == c.CATEGORY:
            if _category_has_break(av):
                return True
        elif op == c.SUBPATTERN:
            add, remove = (av[1], av[2]) if len(av) == 4 else (0, 0)
            inner = (multiline or bool(add & c.SRE_FLAG_MULTILINE)) and not remove & c.SRE_FLAG_MULTILINE
            if _may_cross(list(av[-1]), inner):
                return True
        elif op == c.BRANCH:
            if any(_may_cross(list(branch), multiline) for branch in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            if _may_cross(list(av[2]), multiline):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _may_cross(list(av[1]), multiline):
                return True
        elif op == getattr(c, "ATOMIC_GROUP", None):
            if _may_cross(list(av), multiline):
                return True
        elif op == c.GROUPREF_EXISTS:
            if any(branch is not None and _may_cross(list(branch), multiline) for branch in av[1:]):
                return True
        elif op != c.GROUPREF:          # a back-reference repeats a group checked above
            return True                 # NOT_LITERAL, ANY (`.` matches \r) and anything unknown
    return False
