"""Which rules run, at what severity and with which options, given a Config."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from poa_lint.catalogue import Catalogue, RuleSpec
from poa_lint.config import Config, ConfigError
from poa_lint.finding import Severity


# Grammar engine rules have open-ended ids (grammar.harper-<kind>); a selector may name them by
# these prefixes, or by any prefix that ends in "-".
ENGINE_PREFIXES = ("grammar.harper-", "grammar.languagetool-")


def matches(rule_id: str, selector: str, *, open_ended: bool = False) -> bool:
    """Whether a select/ignore entry (an id or a pack prefix) names this rule; with `open_ended`
    (engine rules), a selector ending in "-" also names every id it starts."""
    selector = selector.rstrip(".")
    return rule_id == selector or rule_id.startswith(selector + ".") or (
        open_ended and selector.endswith("-") and rule_id.startswith(selector))


def _score(rule_id: str, selectors: tuple[str, ...], open_ended: bool = False) -> int:
    return max((len(s) for s in selectors if matches(rule_id, s, open_ended=open_ended)), default=-1)


def engine_rule_selected(rule_id: str, config: Config) -> bool:
    """select/ignore applied to a grammar engine's rule id (pack prefixes such as 'grammar' included)."""
    wanted = _score(rule_id, config.select, True) if config.select else 0
    return wanted >= 0 and wanted > _score(rule_id, config.ignore, True)


def _where(config: Config) -> str:
    return str(config.source) if config.source else "command line"


def active_rules(catalogue: Catalogue, config: Config) -> tuple[RuleSpec, ...]:
    """Rules enabled by select/ignore; the most specific selector wins, ignore wins ties."""
    for key, selectors in (("select", config.select), ("ignore", config.ignore)):
        for selector in selectors:
            if not any(matches(rid, selector) for rid in catalogue.ids) and not selector.startswith(
                    ENGINE_PREFIXES):
                raise ConfigError(f"{_where(config)}: unknown rule or pack '{selector}' in {key}")
    for key, table in (("severity", config.severity), ("options", config.options)):
        for rid in table:
            if catalogue.get(rid) is None:
                raise ConfigError(f"{_where(config)}: unknown rule '{rid}' in {key}")
    out = []
    for rule in catalogue.rules:
        if config.select:
            selected = _score(rule.id, config.select)
            if not rule.enabled and rule.id not in config.select:
                selected = -1
        else:
            selected = 0 if rule.enabled else -1
        if selected >= 0 and selected > _score(rule.id, config.ignore) and _on_path(rule, config):
            out.append(rule)
    return tuple(out)


def _on_path(rule: RuleSpec, config: Config) -> bool:
    """Whether the rule applies to the appeal path (`modes.<path>.enabled: false` turns it off)."""
    return bool(rule.modes.get(config.path, {}).get("enabled", True))


def severity_of(rule: RuleSpec, config: Config) -> Severity:
    if rule.id in config.severity:
        return config.severity[rule.id]
    mode = rule.modes.get(config.path)
    return Severity(mode["severity"]) if mode and "severity" in mode else rule.severity


def options_of(rule: RuleSpec, config: Config) -> Mapping[str, Any]:
    """The rule's declared options with the config's values merged in (unknown keys rejected)."""
    given = config.options.get(rule.id, {})
    unknown = set(given) - set(rule.options)
    if unknown:
        known = ", ".join(sorted(rule.options)) or "none"
        raise ConfigError(f"{_where(config)}: rule {rule.id} has no option '{sorted(unknown)[0]}' "
                          f"(options: {known})")
    for key, value in given.items():
        default = rule.options[key]
        if default is not None and not isinstance(value, type(default)) and not (
                isinstance(default, float) and isinstance(value, int)):
            raise ConfigError(f"{_where(config)}: option {rule.id}.{key} must be "
                              f"{type(default).__name__}, got {value!r}")
    merged = MappingProxyType({**rule.options, **given})
    if given and rule.kind == "check":
        from poa_lint.kinds.check import validate_options
        from poa_lint.rulespec import PackError, Where

        try:
            validate_options(str(rule.params["check"]), given, Where(config.source or Path("command line"), rule.id))
        except PackError as exc:
            raise ConfigError(str(exc)) from None
    return merged
