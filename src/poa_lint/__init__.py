"""poa-lint: a quality linter for Amazon Plan of Action appeal letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa_lint.finding import Finding, Hit, Severity

__version__ = "0.1.0"
__all__ = ["Finding", "Hit", "Severity", "__version__", "lint"]

if TYPE_CHECKING:
    from poa_lint.config import Config
    from poa_lint.nlp import Pipeline


def lint(text: str, *, config: Config | None = None, pipeline: Pipeline | None = None,
         path: str = "<string>") -> list[Finding]:
    """Lint one letter given as text and return its findings, sorted (pure; no I/O but model load)."""
    from poa_lint.engine import build_linter

    return list(build_linter(config=config, pipeline=pipeline).lint(text, path=path).findings)
