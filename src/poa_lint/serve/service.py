"""The warm linter behind `poa-lint serve`: one pipeline, one worker thread, reports as JSON or HTML.

Nothing here touches the disk after start-up: letters, notices and Word files arrive as request
bodies and leave as reports; nothing about them is logged or kept.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from poa_lint import __version__
from poa_lint.i18n import LANGS, Texts

MAX_TEXT_CHARS = 1_000_000        # the reader's limit for a draft file, in characters here
MAX_NOTICE_CHARS = 200_000
MAX_SESSIONS = 16                 # pages whose last parse is kept (the oldest is dropped first)
FORMATS = ("json", "html")
PARTS = {"root-cause": "structure.missing-root-cause",
         "corrective": "structure.missing-corrective-actions",
         "preventive": "structure.missing-preventive-measures"}

T = TypeVar("T")


class RequestError(ValueError):
    """A request the service cannot answer (bad field, unknown reason): a 4xx with this message."""


@dataclass(frozen=True)
class LintRequest:
    text: str
    notice: str = ""
    reason: str = ""
    lang: str = "en"
    fmt: str = "json"
    path: str = "<letter>"
    checklist: bool = False
    session: str = ""             # the page's id: its letter is re-parsed block by block, as in an editor

    @classmethod
    def from_json(cls, body: Any) -> LintRequest:
        """Validate a decoded JSON body; raises RequestError naming the first bad field."""
        if not isinstance(body, Mapping):
            raise RequestError("the body must be a JSON object")
        unknown = sorted(set(body) - {"text", "notice", "reason", "lang", "format", "path", "checklist",
                                      "session"})
        if unknown:
            raise RequestError(f"unknown field {unknown[0]!r}")
        text = _string(body, "text", required=True)
        if len(text) > MAX_TEXT_CHARS:
            raise RequestError(f"text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
        notice = _string(body, "notice")
        if len(notice) > MAX_NOTICE_CHARS:
            raise RequestError(f"notice is too long ({len(notice):,} characters; the limit is "
                               f"{MAX_NOTICE_CHARS:,})")
        lang = _string(body, "lang") or "en"
        if lang not in LANGS:
            raise RequestError(f"lang must be one of {', '.join(LANGS)}")
        fmt = _string(body, "format") or "json"
        if fmt not in FORMATS:
            raise RequestError(f"format must be one of {', '.join(FORMATS)}")
        checklist = body.get("checklist", False)
        if not isinstance(checklist, bool):
            raise RequestError("checklist must be true or false")
        session = _string(body, "session")
        if len(session) > 64:
            raise RequestError("session must be at most 64 characters")
        return cls(text, notice, _string(body, "reason"), lang, fmt,
                   _string(body, "path") or "<letter>", checklist, session)


def _string(body: Mapping[str, Any], key: str, required: bool = False) -> str:
    value = body.get(key)
    if value is None:
        if required:
            raise RequestError(f"missing field {key!r}")
        return ""
    if not isinstance(value, str):
        raise RequestError(f"{key} must be a string")
    return value


class LintService:
    """Owns the linter for the server's life; every lint runs on its single worker thread."""

    def __init__(self, config_path: Path | None = None, model: str | None = None) -> None:
        from poa_lint.config import load_config

        config = load_config(config_path)
        # the page gives the notice and the reason with each letter; a configured notice file is not read
        overrides: dict[str, Any] = {"notice": None, "reason": None}
        if model:
            overrides["model"] = model
        self.config = config.merged(**overrides)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="poa-lint-serve")
        self._linter: Any = None
        self._parses: OrderedDict[str, Any] = OrderedDict()   # session -> incremental.ParseCache
        self.notices: tuple[str, ...] = ()

    def warm(self) -> None:
        """Load the pipeline and compile the rules now (on the worker), not on the first letter."""
        self._worker.submit(self._ready).result()

    def _ready(self) -> Any:
        if self._linter is None:
            from poa_lint.factory import build_linter
            from poa_lint.notice.context import NO_NOTICE

            linter = build_linter(self.config, notice=NO_NOTICE)
            self.notices = linter.notices
            self._linter = linter
        return self._linter

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` on the worker thread (one lint at a time: spaCy pipelines are not shared)."""
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)

    def meta(self) -> dict[str, Any]:
        """What the page needs once: reasons to choose from, each rule's explanation, languages."""
        from poa_lint.notice.reasons import load_table

        linter = self._ready()
        texts = {lang: Texts(lang, self.config.rule_packs) for lang in LANGS}
        rules = {r.spec.id: {"category": r.spec.category, "severity": r.severity.value,
                             "why": " ".join(r.spec.why.split()),
                             "whys": {lang: t.joined("why", r.spec) for lang, t in texts.items()}}
                 for r in linter.rules}
        reasons = [{"id": key, "label": entry.label} for key, entry in load_table().reasons.items()]
        return {"poa_lint_version": __version__, "reasons": reasons, "rules": rules, "langs": list(LANGS),
                "notices": list(self.notices)}

    def lint(self, request: LintRequest) -> tuple[str, str]:
        """(media type, body) of the report on one letter, as `--format json` or `--format html`."""
        from poa_lint.extras import file_extra
        from poa_lint.formatters import FORMATTERS
        from poa_lint.notice.context import UnknownReason, notice_context
        from poa_lint.report import FileReport, Report

        linter = self._ready()
        try:
            notice = notice_context(request.notice if request.notice.strip() else None, request.reason or None)
        except UnknownReason as exc:
            raise RequestError(str(exc)) from None
        result = linter.lint(request.text, path=request.path, cache=self._parse_cache(request.session),
                             notice=notice)
        file = FileReport(request.path, "utf-8", result.letter.words, None, result.findings,
                          request.text, extra=file_extra(result.letter))
        specs = MappingProxyType({r.spec.id: r.spec for r in linter.rules})
        report = Report((file,), self.notices, __version__, specs, request.lang)
        if request.fmt == "html":
            return "text/html; charset=utf-8", FORMATTERS["html"](report)
        if not request.checklist:
            return "application/json", FORMATTERS["json"](report)
        import json

        from poa_lint.formatters.json import document

        data = document(report)
        data["checklist"] = checklist(result.findings, notice.notice)
        return "application/json", json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def _parse_cache(self, session: str) -> Any:
        """The session's incremental parse (None without a session: a whole parse, as the CLI does)."""
        if not session:
            return None
        from poa_lint.incremental import ParseCache

        cache = self._parses.pop(session, None) or ParseCache()
        self._parses[session] = cache
        while len(self._parses) > MAX_SESSIONS:
            self._parses.popitem(last=False)
        return cache

    def docx_text(self, data: bytes) -> str:
        """The letter text of a Word document's bytes (read in memory, never saved)."""
        from poa_lint.docx import DocxError, docx_text

        try:
            return docx_text(data)[0]
        except DocxError as exc:
            raise RequestError(str(exc)) from None


def checklist(findings: tuple[Any, ...], notice: Any) -> dict[str, Any]:
    """Which parts of a plan the letter has, and which of the notice's ASINs and orders it answers,
    read off the findings (a part is present unless its `structure.missing-*` rule fired)."""
    fired = {f.rule for f in findings}
    parts = {part: rule not in fired for part, rule in PARTS.items()}
    if notice is None:
        return {"parts": parts, "asins": {}, "orders": {}}
    said = {
        "asins": " ".join(f.message for f in findings if f.rule == "coverage.notice-asin-missing"),
        "orders": " ".join(f.message for f in findings if f.rule == "coverage.notice-order-missing"),
    }
    return {"parts": parts,
            "asins": {a.asin: a.asin not in said["asins"] for a in notice.asins},
            "orders": {o: o not in said["orders"] for o in notice.order_ids}}
