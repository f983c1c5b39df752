"""One module per output format; each exposes render(report, color=False) -> str."""

from __future__ import annotations

from collections.abc import Callable

from poa_lint.formatters import json, text
from poa_lint.report import Report

FORMATTERS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json.render,
}

__all__ = ["FORMATTERS", "Report"]
