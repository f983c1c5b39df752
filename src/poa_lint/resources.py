"""Where the bundled rule packs and fixtures live (inside the wheel, or in a source checkout)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


def _bundled(name: str, checkout_name: str) -> Path:
    packaged = Path(str(files("poa_lint"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / checkout_name


@cache
def rules_dir() -> Path:
    """The built-in rule packs (`rules/` of the source tree, `poa_lint/_rules` when installed)."""
    return _bundled("_rules", "rules")


@cache
def fixtures_dir() -> Path:
    """The example letters (`fixtures/`), used by `explain`."""
    return _bundled("_fixtures", "fixtures")


@cache
def docs_dir() -> Path:
    """The generated documentation (`docs/`), shipped as `poa_lint/_docs`."""
    return _bundled("_docs", "docs")


def docs_file(name: str) -> Path:
    return docs_dir() / name
