"""The language server reads the notice from config (`notice = "..."`) and reports coverage."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import FIXTURES

CASE = FIXTURES / "notices" / "02-inauthentic-missing-asin"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lsp-notice")
    shutil.copy(CASE / "notice.txt", root / "notice-from-amazon.txt")
    (root / "poa-lint.toml").write_text('select = ["coverage"]\nnotice = "notice-from-amazon.txt"\n',
                                        encoding="utf-8")
    return root


@pytest.mark.asyncio(loop_scope="module")
async def test_notice_in_config_gives_coverage_diagnostics(client: LanguageClient, workdir: Path):
    path = workdir / "draft.txt"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id="plaintext", version=1,
        text=(CASE / "draft.txt").read_text(encoding="utf-8"))))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 120)
    diagnostics = client.diagnostics[path.as_uri()]
    codes = sorted(d.code for d in diagnostics)
    assert codes == ["coverage.ask-unanswered", "coverage.notice-asin-missing"]
    [asin] = [d for d in diagnostics if d.code == "coverage.notice-asin-missing"]
    assert "B08C4VZ1RN" in asin.message
    assert asin.severity == types.DiagnosticSeverity.Error


@pytest.mark.asyncio(loop_scope="module")
async def test_the_notice_itself_is_not_linted_as_a_draft(client: LanguageClient, workdir: Path):
    """Issue 12: opening the configured notice in the editor gives no diagnostics."""
    path = workdir / "notice-from-amazon.txt"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id="plaintext", version=1, text=path.read_text(encoding="utf-8"))))
    for _ in range(10):
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 120)
        if path.as_uri() in client.diagnostics:
            break
    assert list(client.diagnostics[path.as_uri()]) == []
