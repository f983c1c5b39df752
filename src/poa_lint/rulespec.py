"""A rule as declared in a pack (RuleSpec), the error a bad pack raises, and the checks every
kind's validation shares (texts, regular expressions, message templates)."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from poa_lint.finding import Severity
from poa_lint.resources import rules_dir

_EMPTY: Mapping[str, object] = MappingProxyType({})


class PackError(Exception):
    """A malformed rule pack; str() names file, rule and field."""


@dataclass(frozen=True)
class RuleSpec:
    """One rule as declared in a pack (data only; kinds compile it)."""

    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    why: str
    scope: str = "sentence"
    needs: tuple[str, ...] = ()
    modes: Mapping[str, Mapping[str, object]] = field(default_factory=lambda: _EMPTY)
    options: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    url: str | None = None
    enabled: bool = True
    params: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    source: Path | None = None
    sources: tuple[str, ...] = ()                # public guidance behind `why`, by publisher and title
    messages: Mapping[str, str] = field(default_factory=lambda: _EMPTY)   # variant -> message template

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def scope_kinds(self) -> tuple[str, ...]:
        return tuple(self.scope.split(":", 1)[1].split("|")) if self.scope.startswith("section:") else ()


@dataclass(frozen=True)
class Where:
    """The pack file and rule being validated: every error names both."""

    path: Path | None
    rule: str | None = None

    def fail(self, problem: str) -> PackError:
        return PackError(f"{self.path}: rule {self.rule}: {problem}" if self.rule else f"{self.path}: {problem}")

    @property
    def builtin(self) -> bool:
        """A pack shipped with poa-lint (its regexes are checked by the test suite instead, which
        keeps `rules` and `explain` instant)."""
        return self.path is not None and self.path.parent == rules_dir()


def texts(value: object, where: Where, name: str) -> tuple[str, ...]:
    """A list of strings, or a PackError naming the first entry that is not text."""
    if not isinstance(value, list):
        raise where.fail(f"field {name} must be a list")
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise where.fail(f"field {name} #{i} is not text (quote it): {item!r}")
    return tuple(value)


def regexes(values: tuple[str, ...], where: Where, name: str, flags: int) -> tuple[str, ...]:
    """The same regexes, each compiled and refused when it has the catastrophic-backtracking shape
    (packs we did not write only; see `regexsafety`)."""
    if where.builtin:
        return values
    import regex

    from poa_lint.regexsafety import mark_untrusted, nested_repetition, probe

    for i, rx in enumerate(values, 1):
        try:
            re.compile(rx, flags)
            regex.compile(rx)   # the engine untrusted patterns run on must take it too
        except (re.error, regex.error) as exc:
            raise where.fail(f"field {name} #{i} is not a valid regular expression ({exc})") from None
        except RecursionError:
            raise where.fail(f"field {name} #{i} is nested too deeply to compile") from None
        if nested_repetition(rx, flags):
            raise where.fail(f"field {name} #{i} repeats a group of repetitions, like (a+)+ or "
                             f"(\\w+\\s?){{1,100}}, which can take minutes on one letter; rewrite "
                             f"it so each pass must match something fixed, e.g. (\\w+\\s+)+")
        if probe(rx, flags):
            raise where.fail(f"field {name} #{i} backtracks for too long on unusual text (it took "
                             f"over a quarter of a second on a test line); simplify it, e.g. "
                             f"avoid alternatives that overlap under a repetition like (a|aa)+")
        mark_untrusted(rx, flags)
    return values


def message_fields(message: str, where: Where, allowed: frozenset[str] | None) -> None:
    """A message template that renders for any hit: plain {name} placeholders (no attribute,
    index or format spec) and, when the kind knows its fields, only those."""
    try:
        parts = list(string.Formatter().parse(message))
    except ValueError as exc:
        raise where.fail(f"field message is not a valid template ({exc}); write {{{{ and }}}} "
                         f"for literal braces") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion not in (None, "r", "s", "a"):
            raise where.fail(f"field message: placeholder {{{name}{'!' + conversion if conversion else ''}"
                             f"{':' + spec if spec else ''}}} must be a plain {{name}}")
        if allowed is not None and name not in allowed:
            raise where.fail(f"field message uses unknown placeholder {{{name}}}")
