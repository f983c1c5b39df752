"""The language server driven by a real LSP client (pytest-lsp) over stdio."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from poa_lint.links import rule_url

PACK = """\
pack: lsptest
rules:
  - id: lsptest.revert-back
    kind: swap
    category: grammar
    severity: warning
    message: 'Write "{replacement}" instead of "{match}".'
    why: Reviewers read "revert back" as non-native wording; the test pack says so.
    swap: {"revert back": "reply"}
"""
# A non-ASCII line: em dash, Chinese, an emoji (two UTF-16 units), curly quotes.
LINE = "Our supplier — 深圳 Trading 😀 “promised” to revert back to us about [Store Name] soon."
LETTER = f"Dear Seller Performance Team,\n\n{LINE}\n\nThank you.\n"


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lsp")
    (root / "packs").mkdir()
    (root / "packs" / "lsptest.yml").write_text(PACK, encoding="utf-8")
    (root / "poa-lint.toml").write_text(
        'select = ["lsptest", "placeholder.unfilled"]\nrule-packs = ["packs"]\n', encoding="utf-8")
    return root


async def open_and_wait(client: LanguageClient, path: Path, text: str, language: str = "plaintext"):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id=language, version=1, text=text)))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 120)
    return client.diagnostics[path.as_uri()]


def by_code(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.mark.asyncio(loop_scope="module")
async def test_open_gives_diagnostics_at_utf16_columns(client: LanguageClient, workdir: Path):
    diagnostics = await open_and_wait(client, workdir / "draft.txt", LETTER)
    [revert] = by_code(diagnostics, "lsptest.revert-back")
    [placeholder] = by_code(diagnostics, "placeholder.unfilled")
    col = utf16(LINE[:LINE.index("revert back")])
    assert col == LINE.index("revert back") + 1        # the emoji is two UTF-16 units
    assert revert.range == types.Range(types.Position(2, col), types.Position(2, col + len("revert back")))
    pcol = utf16(LINE[:LINE.index("[Store Name]")])
    assert placeholder.range.start == types.Position(2, pcol)
    assert revert.severity == types.DiagnosticSeverity.Warning
    assert placeholder.severity == types.DiagnosticSeverity.Error
    assert revert.source == "poa-lint"
    assert revert.code_description.href == rule_url("lsptest.revert-back")
    assert placeholder.code_description.href.endswith("#placeholderunfilled")


@pytest.mark.asyncio(loop_scope="module")
async def test_hover_shows_why(client: LanguageClient, workdir: Path):
    uri = (workdir / "draft.txt").as_uri()
    col = utf16(LINE[:LINE.index("revert back")]) + 3
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri), position=types.Position(2, col)))
    assert hover is not None
    assert "non-native wording; the test pack says so" in hover.contents.value
    assert "lsptest.revert-back" in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri), position=types.Position(4, 1)))
    assert nothing is None


@pytest.mark.asyncio(loop_scope="module")
async def test_code_action_applies_the_suggestion(client: LanguageClient, workdir: Path):
    uri = (workdir / "draft.txt").as_uri()
    [revert] = by_code(client.diagnostics[uri], "lsptest.revert-back")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=revert.range,
        context=types.CodeActionContext(diagnostics=[revert])))
    [action] = [a for a in actions if "reply" in a.title]
    assert action.kind == types.CodeActionKind.QuickFix
    [edit] = action.edit.changes[uri]
    assert edit.new_text == "reply" and edit.range == revert.range
    # the placeholder's suggestion is advice, not replacement text: no quick fix for it
    [placeholder] = by_code(client.diagnostics[uri], "placeholder.unfilled")
    advice = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=placeholder.range,
        context=types.CodeActionContext(diagnostics=[placeholder])))
    assert not [a for a in advice if "placeholder.unfilled" in a.title]


@pytest.mark.asyncio(loop_scope="module")
async def test_change_is_debounced_and_save_relints(client: LanguageClient, workdir: Path):
    uri = (workdir / "draft.txt").as_uri()
    for version, text in enumerate(["Dear team,\n\nWe will revert", "Dear team,\n\nWe will revert back."],
                                   start=2):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 60)
    [only] = client.diagnostics[uri]     # one publish for the last version, not one per keystroke
    assert only.code == "lsptest.revert-back" and only.range.start == types.Position(2, 8)
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri)))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 60)
    assert [d.code for d in client.diagnostics[uri]] == ["lsptest.revert-back"]


@pytest.mark.asyncio(loop_scope="module")
async def test_markdown_and_one_pipeline_per_server(client: LanguageClient, workdir: Path):
    text = "# Root cause\n\n- We did not **revert back** to the buyer — 对不起.\n"
    diagnostics = await open_and_wait(client, workdir / "letter.md", text, "markdown")
    [revert] = by_code(diagnostics, "lsptest.revert-back")
    assert revert.range.start == types.Position(2, text.splitlines()[2].index("revert back"))
    loads = [m.message for m in client.log_messages if "loaded spaCy pipeline" in m.message]
    assert len(loads) == 1, loads
