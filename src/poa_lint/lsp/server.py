"""pygls handlers: lint on open, save and (debounced) change; hover shows why; fixes apply.

Linting runs on one worker thread, never on the protocol thread, under a time budget per
document version (`LINT_SECONDS`); a newer version of a document cancels the older one's work
(checked between blocks and rules), so `shutdown`, hovers and other documents are answered while
a slow document is linted. After `shutdown` every request gets an error reply; `exit` ends the
process at once (0 after `shutdown`, 1 without), even if a lint is still running."""

from __future__ import annotations

import asyncio
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidRequest
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from poa_lint import __version__
from poa_lint.finding import Finding
from poa_lint.i18n import Texts
from poa_lint.links import rule_url
from poa_lint.lsp.convert import Positions, diagnostic, is_replacement

if TYPE_CHECKING:
    from poa_lint.engine import Linter
    from poa_lint.incremental import ParseCache
    from poa_lint.nlp import Pipeline

DEBOUNCE_SECONDS = 0.05   # coalesces a burst of keystrokes; an edit re-parses only its block
LINT_SECONDS = 20.0       # one document version's time budget: others wait at most this long


def _stderr(message: str) -> None:
    """Grammar engines' progress lines: stdout carries the protocol, so they go to stderr."""
    print(f"poa-lint: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Checked:
    """One document's last lint: the text it was run on and what it found."""

    version: int | None
    positions: Positions
    findings: tuple[Finding, ...]
    specs: dict[str, Any]          # rule id -> RuleSpec of the rules that ran
    texts: Texts                   # the language of this document's config, else the client's locale


class PoaProtocol(LanguageServerProtocol):
    """pygls' protocol, except that a request after `shutdown` gets an error reply (pygls drops
    it, and a client waiting for the answer hangs)."""

    def handle_message(self, message: object) -> None:
        method = getattr(message, "method", "")
        if self._shutdown and method and method != types.EXIT and getattr(message, "id", None) is not None:
            self._send_response(message.id, error=JsonRpcInvalidRequest(  # type: ignore[attr-defined]
                f"the server is shutting down; {method} was not run"))
            return
        super().handle_message(message)


class PoaServer(LanguageServer):
    """Keeps one spaCy pipeline per model and one Linter per config file for its whole life."""

    def __init__(self) -> None:
        super().__init__("poa-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full,
                         protocol_cls=PoaProtocol)
        self.cancels: dict[str, threading.Event] = {}   # per document: set when a newer version comes
        self.exit_code: int | None = None
        self.pipelines: dict[str | None, Pipeline] = {}
        self.linters: dict[Path | None, Linter] = {}
        self.checked: dict[str, Checked] = {}
        self.parses: dict[str, ParseCache] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.notes: list[str] = []          # written by the worker thread, logged by the event loop
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="poa-lint")
        self.client_lang = "en"             # from the client's `locale` in initialize (zh-CN -> zh)

    def linter_for(self, uri: str) -> Linter:
        from poa_lint.config import find_config, load_config
        from poa_lint.factory import build_linter

        path = to_fs_path(uri) if uri.startswith("file:") else None
        where = find_config(Path(path).parent) if path and Path(path).parent.exists() else None
        if where not in self.linters:
            config = load_config(where)
            loaded = set(self.pipelines)
            self.linters[where] = build_linter(config, pipelines=self.pipelines, notify=_stderr)
            if config.model not in loaded:
                self.notes.append(f"poa-lint: loaded spaCy pipeline {self.pipelines[config.model].name}")
        return self.linters[where]

    def lint_now(self, uri: str, cancelled: threading.Event | None = None) -> Checked:
        from poa_lint.budget import BudgetExceeded, letter_budget

        document = self.workspace.get_text_document(uri)
        text = document.source
        linter = self.linter_for(uri)
        from poa_lint.incremental import ParseCache

        cache = self.parses.setdefault(uri, ParseCache())
        path = to_fs_path(uri) if uri.startswith("file:") else None
        from poa_lint.exclude import left_out

        skipped = path is not None and left_out(path, linter.config) is not None   # the notice, `exclude`
        try:
            with letter_budget(LINT_SECONDS, cancelled):
                findings = linter.lint(text, path=to_fs_path(uri) or uri, cache=cache).findings \
                    if text.strip() and not skipped else ()
        except BudgetExceeded as exc:
            if cancelled is not None and cancelled.is_set():   # superseded: a line in the log
                self.notes.append(f"poa-lint: {uri} version {document.version}: stopped, {exc}")
            raise
        specs = {r.spec.id: r.spec for r in linter.rules}
        texts = Texts(linter.config.lang or self.client_lang, linter.config.rule_packs)
        negotiated = self.workspace.position_encoding
        encoding = str(getattr(negotiated, "value", negotiated) or "utf-16")
        return Checked(document.version, Positions(text, encoding), findings, specs, texts)

    async def lint_and_publish(self, uri: str, delay: float = 0.0) -> None:
        if delay:
            await asyncio.sleep(delay)
        from poa_lint.budget import BudgetExceeded

        loop = asyncio.get_running_loop()
        cancelled = self.cancels.setdefault(uri, threading.Event())
        try:
            checked = await loop.run_in_executor(self.worker, self.lint_now, uri, cancelled)
        except BudgetExceeded as exc:
            if not cancelled.is_set():   # over the time budget: the user is told
                self.window_show_message(types.ShowMessageParams(
                    type=types.MessageType.Warning, message=f"poa-lint: {uri}: {exc}"))
            return
        except Exception as exc:  # a config or model problem: tell the user, keep serving
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error, message=f"poa-lint: {exc}"))
            return
        finally:
            while self.notes:
                self.window_log_message(types.LogMessageParams(type=types.MessageType.Info,
                                                               message=self.notes.pop(0)))
        self.checked[uri] = checked
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=checked.version,
            diagnostics=[diagnostic(f, checked.positions, checked.texts.joined("message", f))
                         for f in checked.findings]))

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.cancel(uri)
        self.pending[uri] = asyncio.ensure_future(self.lint_and_publish(uri, delay))

    def cancel(self, uri: str | None = None) -> None:
        """Stop the lint of one document (None: of every document) at its next check."""
        for key in [uri] if uri is not None else list(self.cancels):
            event = self.cancels.pop(key, None)
            if event is not None:
                event.set()


def _at(checked: Checked, position: types.Position) -> list[Finding]:
    offset = checked.positions.offset(position)
    return [f for f in checked.findings if f.start <= offset <= max(f.end, f.start + 1)]


def _overlapping(checked: Checked, rng: types.Range) -> list[Finding]:
    start, end = checked.positions.offset(rng.start), checked.positions.offset(rng.end)
    return [f for f in checked.findings if f.start <= end and start <= f.end]


def client_language(locale: str | None) -> str:
    """The poa-lint language for an LSP client locale: zh for any Chinese locale, else en."""
    return "zh" if (locale or "").lower().replace("_", "-").split("-")[0] == "zh" else "en"


def hover_text(finding: Finding, checked: Checked) -> str:
    """Markdown for one finding: message and reason in the chosen languages, sources, link."""
    texts, spec = checked.texts, checked.specs.get(finding.rule)
    parts = [f"**{finding.rule}** ({texts.label(finding.severity.value)}): " +
             "\n\n".join(texts.each("message", finding))]
    if spec is not None:
        parts += texts.each("why", spec)
        if spec.sources:
            parts.append(f"*{texts.label('sources')}*\n\n" + "\n".join(f"* {s}" for s in spec.sources))
    parts.append(f"[{texts.label('hover-explanation')}]({rule_url(finding.rule, finding.url)})")
    return "\n\n".join(parts)


def build_server() -> PoaServer:
    server = PoaServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: PoaServer, params: types.InitializeParams) -> None:
        ls.client_lang = client_language(params.locale)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PoaServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PoaServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: PoaServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PoaServer, params: object) -> None:
        ls.cancel()   # running work stops at its next check; pygls answers on this thread

    @server.feature(types.EXIT)
    def exit_(ls: PoaServer, params: object) -> None:
        ls.cancel()
        ls.exit_code = 0 if ls.protocol._shutdown else 1

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PoaServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        if (task := ls.pending.pop(uri, None)) is not None:
            task.cancel()
        ls.checked.pop(uri, None)
        ls.parses.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PoaServer, params: types.HoverParams) -> types.Hover | None:
        checked = ls.checked.get(params.text_document.uri)
        found = _at(checked, params.position) if checked else []
        if not found:
            return None
        parts = [hover_text(f, checked) for f in found]
        first = found[0]
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value="\n\n---\n\n".join(parts)),
                           range=checked.positions.range(first.start, first.end))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: PoaServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        checked = ls.checked.get(uri)
        if checked is None:
            return []
        actions = []
        for f in _overlapping(checked, params.range):
            for suggestion in [s for s in f.suggestions if is_replacement(s)][:3]:
                edit = types.TextEdit(range=checked.positions.range(f.start, f.end), new_text=suggestion)
                actions.append(types.CodeAction(
                    title=checked.texts.label("lsp-replace", old=f.text, new=suggestion, rule=f.rule),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic(f, checked.positions, checked.texts.joined("message", f))],
                    edit=types.WorkspaceEdit(changes={uri: [edit]})))
        return actions

    return server
