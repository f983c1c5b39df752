"""Kind `check`: a named Python check from poa_lint.checks.CHECKS."""

from __future__ import annotations

from typing import Any


def compile(spec: Any, pipeline: Any):  # noqa: A001
    from poa_lint.checks import CHECKS

    return CHECKS[spec.params["check"]]
