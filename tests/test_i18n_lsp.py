"""The language server speaks the client's language: `locale` from initialize (zh-CN -> Chinese
diagnostics and hover), unless the draft's config sets `lang`."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from poa_lint.lsp.server import client_language

LETTER = ("Dear Seller Performance Team,\n\nWe are very devastated by this decision.\n\n"
          "Please reinstate [Store Name].\n")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lsp-zh")
    (root / "zh").mkdir()
    (root / "zh" / "poa-lint.toml").write_text('select = ["emotive", "placeholder"]\n', encoding="utf-8")
    (root / "en").mkdir()
    (root / "en" / "poa-lint.toml").write_text('select = ["emotive", "placeholder"]\nlang = "en"\n',
                                               encoding="utf-8")
    return root


@pytest_lsp.fixture(scope="module", loop_scope="module",
                    config=ClientServerConfig(server_command=[sys.executable, "-m", "poa_lint", "lsp"]))
async def client(lsp_client: LanguageClient, workdir: Path):
    """A real client whose user interface is in Simplified Chinese."""
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"), root_uri=workdir.as_uri(),
        locale="zh-CN"))
    yield
    await lsp_client.shutdown_session()


async def open_and_wait(client: LanguageClient, path: Path, text: str):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id="plaintext", version=1, text=text)))
    for _ in range(10):
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 120)
        if path.as_uri() in client.diagnostics:
            return client.diagnostics[path.as_uri()]
    raise AssertionError("no diagnostics")


def test_client_language():
    assert [client_language(x) for x in ("zh-CN", "zh_TW", "zh-Hans", "ZH", "en-US", "de", None)] == \
        ["zh", "zh", "zh", "zh", "en", "en", "en"]


@pytest.mark.asyncio(loop_scope="module")
async def test_diagnostics_and_hover_follow_the_client_locale(client: LanguageClient, workdir: Path):
    path = workdir / "zh" / "draft.txt"
    diagnostics = await open_and_wait(client, path, LETTER)
    emotive = next(d for d in diagnostics if d.code == "emotive.emotional-words")
    assert emotive.message == '情绪化用语（"devastated"）。亚马逊要求申诉避免情绪化语言：请陈述事实和你做出的改变。'
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(path.as_uri()), position=emotive.range.start))
    assert hover is not None
    value = hover.contents.value
    assert "emotive.emotional-words" in value and "(警告)" in value
    assert "亚马逊要求申诉避免情绪化语言" in value and "*来源：*" in value
    assert "Amazon Seller Central Help: Create a plan of action" in value
    assert "Emotive wording" not in value


@pytest.mark.asyncio(loop_scope="module")
async def test_config_lang_wins_over_the_client_locale(client: LanguageClient, workdir: Path):
    diagnostics = await open_and_wait(client, workdir / "en" / "draft.txt", LETTER)
    emotive = next(d for d in diagnostics if d.code == "emotive.emotional-words")
    assert emotive.message.startswith("Emotive wording")
