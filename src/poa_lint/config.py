"""Configuration: [tool.poa-lint] in pyproject.toml, or poa-lint.toml / .poa-lint.toml."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from poa_lint.finding import Severity
from poa_lint.i18n import LANGS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("poa-lint.toml", ".poa-lint.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
PATHS = ("acknowledge", "error")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


class ConfigError(Exception):
    """A configuration file or option that cannot be used; str() is the one-line reason."""


@dataclass(frozen=True)
class Config:
    """Settings for one run, already validated; rules see only their own options."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: _EMPTY)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: _EMPTY)
    rule_packs: tuple[Path, ...] = ()
    model: str | None = None
    fail_on: str = "warning"
    path: str = "acknowledge"
    notice: Path | None = None
    reason: str | None = None
    grammar: tuple[str, ...] | None = None
    languagetool: str | None = None
    docs_url: str | None = None
    lang: str | None = None                       # en, zh or both; None: the caller's default (en)
    source: Path | None = None
    remote_ok: bool = False   # the user confirmed (command line or environment) sending text off this machine

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given (non-None) command-line values applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a pyproject.toml only with [tool.poa-lint])."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_table(candidate):
                    return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "poa-lint" in _read_toml(path).get("tool", {})
    except ConfigError:
        return False


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_config(path: Path | None) -> Config:
    """Load and validate a config file; None gives the defaults."""
    if path is None:
        return Config()
    data = _read_toml(path)
    table = data.get("tool", {}).get("poa-lint", {}) if path.name == "pyproject.toml" else data
    return parse_table(table, path)


def _list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _text(value: Any, key: str, where: str, choices: tuple[str, ...] | None = None) -> str:
    if not isinstance(value, str) or (choices and value not in choices):
        allowed = f" (one of: {', '.join(choices)})" if choices else ""
        raise ConfigError(f"{where}: '{key}' must be a string{allowed}, got {value!r}")
    return value


def parse_table(table: Mapping[str, Any], path: Path) -> Config:
    """Validate the poa-lint table of a config file into a Config."""
    where = str(path)
    base = path.parent
    values: dict[str, Any] = {"source": path}
    for key, value in table.items():
        if key in ("select", "ignore"):
            values[key] = _list(value, key, where)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'severity' must be a table of rule = level")
            try:
                values["severity"] = MappingProxyType({k: Severity(v) for k, v in value.items()})
            except ValueError:
                raise ConfigError(f"{where}: 'severity' levels must be error, warning or info") from None
        elif key == "options":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where}: 'options' must be a table of rule = {{option = value}}")
            values["options"] = MappingProxyType({k: MappingProxyType(v) for k, v in value.items()})
        elif key == "rule-packs":
            values["rule_packs"] = tuple(base / p for p in _list(value, key, where))
        elif key in ("model", "reason", "languagetool", "docs-url"):
            values[key.replace("-", "_")] = _text(value, key, where)
        elif key == "fail-on":
            values["fail_on"] = _text(value, key, where, FAIL_ON)
        elif key == "lang":
            values["lang"] = _text(value, key, where, LANGS)
        elif key == "path":
            values["path"] = _text(value, key, where, PATHS)
        elif key == "notice":
            values["notice"] = base / _text(value, key, where)
        elif key == "grammar":
            values["grammar"] = _list(value, key, where)
        else:
            raise ConfigError(f"{where}: unknown key '{key}'")
    return Config(**values)
