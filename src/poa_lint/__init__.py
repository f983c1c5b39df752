"""poa-lint: a quality linter for Amazon Plan of Action appeal letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.finding import Finding, Hit, Severity

__version__ = "0.1.0"
__all__ = ["Finding", "Hit", "Severity", "__version__", "lint"]

if TYPE_CHECKING:
    from poa_lint.config import Config
    from poa_lint.nlp import Pipeline


_LINTERS: dict[tuple[int, int], tuple[object, object, object]] = {}


def lint(text: str, *, config: Config | None = None, pipeline: Pipeline | None = None,
         path: str = "<string>") -> list[Finding]:
    """Lint one letter given as text and return its findings, sorted.

    The default pipeline and each (config, pipeline) pair's compiled rules are built once and
    reused by later calls.
    """
    from poa_lint.factory import build_linter

    key = (id(config), id(pipeline))
    if key not in _LINTERS:
        _LINTERS[key] = (config, pipeline, build_linter(config=config, pipeline=pipeline))
    linter = _LINTERS[key][2]
    return list(linter.lint(text, path=path).findings)  # type: ignore[attr-defined]
