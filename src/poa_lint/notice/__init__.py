"""Amazon's notice: parse it (parse_notice), know the suspension reasons, measure coverage (eval)."""

from __future__ import annotations

from poa_lint.notice.model import Notice
from poa_lint.notice.parse import parse_notice

__all__ = ["Notice", "parse_notice"]
