"""Reading YAML: one safe loader for every file poa-lint reads (packs, sections, reasons).

The C SafeLoader (libyaml) has the same safe constructors as the pure-Python one (no Python tags)
and is ~15x faster; the pure-Python loader is used only when PyYAML was built without libyaml."""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError
MappingNode, SequenceNode = yaml.MappingNode, yaml.SequenceNode


def load(source: Any) -> Any:
    """Parse YAML text (or an open text file) with the safe loader."""
    return yaml.load(source, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def compose(source: Any) -> Any:
    """The YAML node tree (aliases not expanded), with the same loader."""
    return yaml.compose(source, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
