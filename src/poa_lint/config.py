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
ACCEPT_FILE = "accept.txt"   # a personal word list beside the config file (as Vale's accept.txt)
KEYS = ("select", "ignore", "severity", "options", "rule-packs", "model", "fail-on", "path", "notice",
        "reason", "grammar", "languagetool", "docs-url", "exclude", "words")
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
    sentence_model: Path | None = None   # the sentence classifier's folder; None: the shipped one (not a file key)
    fail_on: str = "warning"
    path: str = "acknowledge"
    notice: Path | None = None
    reason: str | None = None
    grammar: tuple[str, ...] | None = None
    languagetool: str | None = None
    docs_url: str | None = None
    lang: str | None = None                       # en, zh or both; None: the caller's default (en)
    exclude: tuple[str, ...] = ()      # globs, relative to the config file's folder
    words: tuple[str, ...] = ()        # never flagged by the grammar engines or emotive.shouting
    source: Path | None = None
    remote_ok: bool = False   # the user confirmed (command line or environment) sending text off this machine

    @property
    def base(self) -> Path:
        """The folder that relative paths and `exclude` globs in the config start from."""
        return self.source.parent if self.source else Path.cwd()

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
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("poa-lint", {})
    elif "tool" in data:
        table = _tool_table(data, path)
    else:
        table = data
    config = parse_table(table, path)
    accept = path.parent / ACCEPT_FILE
    if accept.is_file():
        config = replace(config, words=config.words + read_word_list(accept))
    return config


def _tool_table(data: dict[str, Any], path: Path) -> Mapping[str, Any]:
    """The [tool.poa-lint] table of a poa-lint.toml (the form pyproject.toml uses), if that is
    all the file holds; anything else is an error that shows both accepted forms."""
    tool = data["tool"]
    others = [k for k in data if k != "tool"]
    if not isinstance(tool, dict) or set(tool) != {"poa-lint"} or others:
        raise ConfigError(f"{path}: unknown key 'tool': write the settings at the top level of "
                          f"{path.name} (fail-on = \"error\"), or all of them under [tool.poa-lint]")
    return tool["poa-lint"]


def read_word_list(path: Path) -> tuple[str, ...]:
    """Words of an accept.txt: one a line, blank lines and `#` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the word list ({exc})") from None
    return tuple(w for w in (line.split("#", 1)[0].strip() for line in lines) if w)


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
        elif key in ("grammar", "exclude", "words"):
            values[key] = _list(value, key, where)
        else:
            raise ConfigError(f"{where}: unknown key '{key}' (known keys: {', '.join(KEYS)})")
    return Config(**values)
