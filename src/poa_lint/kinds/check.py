"""Kind `check`: a named Python check from poa_lint.checks.CHECKS.

A check's options are checked as the registry declares them (`checks.OPTION_TYPES`, `REGEX_OPTIONS`,
`LIST_OPTIONS`), in the pack and in a config's `options`: their types, regexes validated like a
`regex` rule's, list names naming a list of rules/lists/."""

from __future__ import annotations

import re
from collections.abc import Mapping

from poa_lint.nlp import Pipeline
from poa_lint.resources import rules_dir
from poa_lint.rulespec import RuleSpec, Where, regexes, texts

KEYS = frozenset({"check"})
FIELDS: frozenset[str] | None = None     # each check fills its own fields


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    from poa_lint.checks import CHECKS

    name = raw.get("check")
    if name not in CHECKS:
        raise where.fail(f"field check: unknown check {name!r}")
    options = raw.get("options", {})
    if isinstance(options, dict):
        validate_options(str(name), options, where)
    return {"check": name}


def validate_options(name: str, options: Mapping[str, object], where: Where) -> None:
    """The options a check reads: of the types it can use; regexes compiled and checked; list
    names naming a list of poa-lint. Wherever they are given (pack or config)."""
    from poa_lint.checks import LIST_OPTIONS, OPTION_TYPES, REGEX_OPTIONS

    for key, types in OPTION_TYPES.get(name, {}).items():
        if key in options and not isinstance(options[key], types):
            wanted = " or ".join("nothing (null)" if t is type(None) else t.__name__ for t in types)
            raise where.fail(f"field options.{key} must be {wanted}, got {options[key]!r}")
    for key in REGEX_OPTIONS.get(name, ()):
        if key in options:
            regexes(texts(options[key], where, f"options.{key}"), where, f"options.{key}", re.I)
    for key in LIST_OPTIONS.get(name, ()):
        value = options.get(key)
        if value is not None and not (isinstance(value, str) and (rules_dir() / "lists" / value).is_file()):
            known = ", ".join(sorted(p.name for p in (rules_dir() / "lists").glob("*.txt")))
            raise where.fail(f"field options.{key}: {value!r} is not a list of poa-lint ({known})")


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001
    from poa_lint.checks import CHECKS

    return CHECKS[str(spec.params["check"])]
