"""Refusing the textbook catastrophic-backtracking regex shape in rule packs we did not write.

Python's `re` has no time limit, so a pack regex such as `(\\w+\\s?)+$` can take minutes on one
letter. Packs from other directories (an agency's `rule-packs`) are checked when loaded: a group
repeated without an upper bound whose body is made only of repetitions, at least one of them also
unbounded and at most one of them required (`(a+)+`, `(\\w+\\s*)*`, `(?:\\d*)+`), is refused with
the rule and pattern named.

The limit (also in benchmarks/README.md): this is the common exponential
shape, not all of them; overlapping alternatives under a repetition (`(a|aa)+`) are not detected.
Built-in packs are exercised against adversarial input by tests/test_untrusted_packs.py.
"""

from __future__ import annotations

from typing import Any

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
            any_unbounded = any_unbounded or av[1] == unbounded
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
                if high == unbounded and _only_repeats(list(body)):
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
