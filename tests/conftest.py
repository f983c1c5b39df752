"""Shared test fixtures: the real spaCy pipeline and catalogue, loaded once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from poa_lint.catalogue import load_catalogue
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def pipeline():
    return load_pipeline()


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def lint_only(pipeline, catalogue):
    """lint_only(text, *rule_ids, **config) -> findings, with only the given rules selected."""
    cache: dict = {}

    def run(text: str, *rule_ids: str, **settings):
        key = (rule_ids, tuple(sorted(settings.items())))
        if key not in cache:
            cache[key] = build_linter(Config(select=rule_ids, **settings), catalogue=catalogue,
                                      pipeline=pipeline)
        return cache[key].lint(text).findings

    return run


@pytest_lsp.fixture(scope="module", loop_scope="module",
                    config=ClientServerConfig(server_command=[sys.executable, "-m", "poa_lint", "lsp"]))
async def client(lsp_client: LanguageClient, workdir: Path):
    """A real LSP client talking to `poa-lint lsp` over stdio, rooted at the module's `workdir`."""
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"), root_uri=workdir.as_uri()))
    yield
    await lsp_client.shutdown_session()
