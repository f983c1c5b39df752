"""The rule kinds a pack entry can choose with `kind:`; each compiles a spec into a matcher."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from poa_lint.kinds import check, classify, pattern, phrases, regex, require, swap

Matcher = Callable[[Any, Mapping[str, Any]], Iterable[Any]]

KINDS: dict[str, Callable[..., Matcher]] = {
    "phrases": phrases.compile,
    "swap": swap.compile,
    "pattern": pattern.compile,
    "regex": regex.compile,
    "require": require.compile,
    "check": check.compile,
    "classify": classify.compile,
}
