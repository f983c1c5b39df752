"""The explicit registry of Python checks (`kind: check` rules name one of these keys).

A check is `run(letter, options) -> Iterable[Hit]`: pure, no config access, no ids or severities.
Check modules must not import spaCy at module level (`rules`/`explain` stay instant).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from poa_lint.checks import long_paragraph

CHECKS: dict[str, Callable[[Any, Mapping[str, Any]], Iterable[Any]]] = {
    "long_paragraph": long_paragraph.run,
}
