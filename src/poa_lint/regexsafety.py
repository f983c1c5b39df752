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

from poa_lint.regextree import Branch, Group, Node, Repeat, parse


def _unwrap(items: tuple[Node, ...]) -> tuple[Node, ...]:
    """Items of a body with plain groups around it removed: ((a+)) -> [a+]."""
    while len(items) == 1 and isinstance(items[0], Group) and items[0].kind == "plain":
        items = items[0].items
    return items


def _only_repeats(items: tuple[Node, ...]) -> bool:
    items = _unwrap(items)
    if not items:
        return False
    any_unbounded, mandatory = False, 0
    for node in items:
        if isinstance(node, Group) and node.kind == "plain":
            if not _only_repeats(node.items):
                return False
            any_unbounded, mandatory = True, mandatory + 1  # an inner group of repetitions
        elif isinstance(node, Repeat):
            any_unbounded = any_unbounded or node.high is None
            mandatory += node.low > 0
        else:
            return False
    # (\w+\s?)+ splits one run of letters many ways; (\w+\s+)+ cannot (every pass needs a space).
    return any_unbounded and mandatory <= 1


def _walk(items: tuple[Node, ...]) -> bool:
    for node in items:
        if isinstance(node, Repeat):
            if node.high is None and _only_repeats(node.items):
                return True
            if _walk(node.items):
                return True
        elif isinstance(node, Group):
            if _walk(node.items):
                return True
        elif isinstance(node, Branch):
            if any(_walk(b) for b in node.alternatives):
                return True
    return False


def nested_repetition(pattern: str, flags: int = 0) -> bool:
    """True when `pattern` has the (X+)+ shape described above (it must compile)."""
    return _walk(parse(pattern, flags))
