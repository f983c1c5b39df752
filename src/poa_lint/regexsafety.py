"""Patterns from rule packs and configs we did not write: refused when they have the
catastrophic-backtracking shape, probed on adversarial text, and always run under a time limit.

Python's `re` has no time limit, so a pack regex such as `(\\w+\\s?)+$` can take minutes on one
letter. Two layers:

* When a pack or config is loaded (`validate-rules` and linting alike), every regex from outside
  poa-lint's own packs is refused when a group repeated many times (unbounded, or more than
  `MANY` times) has a body made only of repetitions, at least one of them also unbounded and at
  most one of them required (`(a+)+`, `(\\w+\\s?){1,1000}`, `((\\w+\\s?){1,50}){1,50}`), and
  when it runs past `PROBE_SECONDS` on adversarial text (`probe`).
* The shape check is not exhaustive, so such patterns never run on Python's `re`: they are
  compiled with the `regex` package (`compile_pattern` -> `SafePattern`), which matches with a
  timeout (the letter's remaining time budget, `budget`) and releases the GIL while it matches.
  Running out of time raises `budget.BudgetExceeded`: that letter gets an error, the batch goes on.

Built-in packs run on `re` (their speed is measured) and are exercised against adversarial input
by tests/test_untrusted_packs.py.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

MANY = 3                # a group repeated more times than this counts as "many" in the shape check
PROBE_SECONDS = 0.25    # the time a pattern may take on each adversarial probe text
NO_BUDGET_SECONDS = 10.0   # the limit of one match when no letter budget is set (the Python API)
_untrusted: set[str] = set()
_lock = threading.Lock()


def _ops() -> tuple[Any, Any, Any, Any, Any, Any]:
    from re import _constants as c  # type: ignore[attr-defined]

    return c.MAX_REPEAT, c.MIN_REPEAT, c.SUBPATTERN, c.BRANCH, c.MAXREPEAT, (c.ASSERT, c.ASSERT_NOT)


def _unwrap(items: list) -> list:
    """Items of a body with plain groups around it removed: ((a+)) -> [a+]."""
    _, _, subpattern, _, _, _ = _ops()
    while len(items) == 1 and items[0][0] == subpattern:
        items = list(items[0][1][-1])
    return items


def _only_repeats(items: list) -> bool:
    max_repeat, min_repeat, subpattern, _, unbounded, _ = _ops()
    items = _unwrap(list(items))
    if not items:
        return False
    any_unbounded, mandatory = False, 0
    for op, av in items:
        if op == subpattern:
            if not _only_repeats(list(av[-1])):
                return False
            any_unbounded, mandatory = True, mandatory + 1  # an inner group of repetitions
        elif op in (max_repeat, min_repeat):
            any_unbounded = any_unbounded or av[1] == unbounded or av[1] > MANY
            mandatory += av[0] > 0
        else:
            return False
    # (\w+\s?)+ splits one run of letters many ways; (\w+\s+)+ cannot (every pass needs a space).
    return any_unbounded and mandatory <= 1


def nested_repetition(pattern: str, flags: int = 0) -> bool:
    """True when `pattern` has the (X+)+ shape described above (it must compile)."""
    from re import _parser  # type: ignore[attr-defined]

    max_repeat, min_repeat, subpattern, branch, unbounded, asserts = _ops()

    def walk(items: Any) -> bool:
        for op, av in items:
            if op in (max_repeat, min_repeat):
                low, high, body = av
                if (high == unbounded or high > MANY) and _only_repeats(list(body)):
                    return True
                if walk(body):
                    return True
            elif op == subpattern:
                if walk(av[-1]):
                    return True
            elif op == branch:
                if any(walk(b) for b in av[1]):
                    return True
            elif op in asserts:
                if walk(av[1]):
                    return True
        return False

    return walk(_parser.parse(pattern, flags))


def mark_untrusted(pattern: str, flags: int) -> None:
    """Record that `pattern` came from a pack or config we did not write: `compile_pattern`
    then runs it under a time limit."""
    with _lock:
        _untrusted.add(pattern)


def is_untrusted(pattern: str) -> bool:
    return pattern in _untrusted


_REGEX_FLAGS = (("I", "IGNORECASE"), ("M", "MULTILINE"), ("S", "DOTALL"), ("X", "VERBOSE"),
                ("A", "ASCII"))


def _regex_flags(flags: int) -> int:
    import regex

    out = 0
    for short, _ in _REGEX_FLAGS:
        if flags & getattr(re, short):
            out |= getattr(regex, short)
    return out


class SafePattern:
    """A pattern compiled with the `regex` package: matching stops at the letter's time budget
    (`BudgetExceeded`). Used like re.Pattern (search, match, fullmatch, finditer, findall, sub)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        import regex

        self.source = pattern
        self._rx = regex.compile(pattern, _regex_flags(flags))
        self.pattern = pattern
        self.groupindex = self._rx.groupindex

    def _timeout(self) -> float:
        from poa_lint.budget import check, remaining

        check()
        left = remaining()
        return NO_BUDGET_SECONDS if left is None else max(left, 0.001)

    def _run(self, call: Any) -> Any:
        from poa_lint.budget import BudgetExceeded

        try:
            return call(self._timeout())
        except TimeoutError:
            raise BudgetExceeded(f"the pattern {self.source!r} from a rule pack or config ran past "
                                 f"the time limit; the letter was not checked") from None

    def search(self, text: str, *args: int) -> Any:
        return self._run(lambda t: self._rx.search(text, *args, concurrent=True, timeout=t))

    def match(self, text: str, *args: int) -> Any:
        return self._run(lambda t: self._rx.match(text, *args, concurrent=True, timeout=t))

    def fullmatch(self, text: str, *args: int) -> Any:
        return self._run(lambda t: self._rx.fullmatch(text, *args, concurrent=True, timeout=t))

    def finditer(self, text: str, *args: int) -> Any:
        def every(t: float) -> list[Any]:
            from poa_lint.budget import check

            found = []
            for m in self._rx.finditer(text, *args, concurrent=True, timeout=t):
                found.append(m)
                if len(found) % 256 == 0:
                    check()
            return found
        return iter(self._run(every))

    def findall(self, text: str, *args: int) -> list[Any]:
        return self._run(lambda t: self._rx.findall(text, *args, concurrent=True, timeout=t))

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._run(lambda t: self._rx.sub(repl, text, count, concurrent=True, timeout=t))


def compile_pattern(pattern: str, flags: int = 0) -> Any:
    """re.compile for poa-lint's own patterns; a time-limited SafePattern for untrusted ones."""
    return SafePattern(pattern, flags) if is_untrusted(pattern) else re.compile(pattern, flags)


_PROBES = ("a" * 3000 + "!", "a " * 1500 + "!", "aaaa " * 600 + "\n!", "1" * 3000 + "x",
           "ab" * 1500 + "!", ". " * 1500 + "a", ("Aa1 _-.,:;'\"()[]" * 200) + "\u00e9")


def _own_probes(pattern: str) -> list[str]:
    """Runs of the pattern's own letters and digits (`(x+x+)+y` backtracks on xxxx...x!)."""
    chars = sorted({c for c in pattern if c.isalnum()})[:12]
    return [text for c in chars for text in (c * 3000 + "\x00", (c + " ") * 1500 + "\x00")]


def probe(pattern: str, flags: int = 0) -> bool:
    """True when the pattern runs past PROBE_SECONDS on one of a few adversarial texts (generic
    ones and runs of the pattern's own characters)."""
    import regex

    rx = regex.compile(pattern, _regex_flags(flags))
    for text in (*_PROBES, *_own_probes(pattern)):
        started = time.monotonic()
        try:
            for _ in rx.finditer(text, timeout=PROBE_SECONDS):
                if time.monotonic() - started > PROBE_SECONDS:
                    return True
        except TimeoutError:
            return True
    return False
