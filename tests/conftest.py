"""Shared test fixtures: the real spaCy pipeline and catalogue, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa_lint.catalogue import load_catalogue
from poa_lint.config import Config
from poa_lint.engine import Linter
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
            cache[key] = Linter(catalogue, Config(select=rule_ids, **settings), pipeline)
        return cache[key].lint(text).findings

    return run
