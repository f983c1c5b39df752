"""The rule kinds a pack entry can choose with `kind:`.

Each kind is one module that owns everything about it:
  KEYS      the pack keys it takes besides the common ones (id, kind, category, ...)
  FIELDS    the {placeholders} its hits fill in a message (None: any, the check decides)
  validate(raw, where) -> params   checks its keys when the pack loads (raises PackError)
  compile(spec, pipeline) -> run   builds the matcher: run(letter, options) -> Iterable[Hit]
  READS_SENTENCE_MODEL   (optional, True) compile also takes `sentence_model=`, the folder of the
            sentence classifier the linter was configured with (`Config.sentence_model`; None:
            the shipped model)
`catalogue.py` only dispatches to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from poa_lint.kinds import check, classify, pattern, phrases, regex, require, swap

if TYPE_CHECKING:
    from poa_lint.document import Letter
    from poa_lint.finding import Hit
    from poa_lint.nlp import Pipeline
    from poa_lint.rulespec import RuleSpec, Where

Matcher = Callable[["Letter", Mapping[str, object]], Iterable["Hit"]]


class Kind(Protocol):
    KEYS: frozenset[str]
    FIELDS: frozenset[str] | None

    def validate(self, raw: Mapping[str, object], where: Where) -> dict[str, object]: ...

    def compile(self, spec: RuleSpec, pipeline: Pipeline) -> Matcher: ...


KINDS: dict[str, Kind] = {
    "phrases": phrases,
    "swap": swap,
    "pattern": pattern,
    "regex": regex,
    "require": require,
    "check": check,
    "classify": classify,
}
