"""The language server's incremental parse: only edited blocks are re-parsed, same findings."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.incremental import ParseCache

LETTERS = ["blame.outside-party", "placeholder.unfilled", "formatting.long-paragraph",
           "structure.missing-preventive-measures", "specificity.vague-commitment", "emotive.pleading"]


@pytest.fixture(scope="module")
def linter(pipeline, catalogue):
    # readability.agentless-passive may place its span a few characters differently when the
    # tagger loses cross-block context; every other rule must agree exactly.
    return build_linter(Config(ignore=("readability",)), catalogue=catalogue, pipeline=pipeline)


def _key(result):
    # A block parsed alone can end a run-on sentence elsewhere than a whole parse would, which
    # moves the end of a sentence-long finding; rule, start and message must agree.
    return [(f.rule, f.start, f.message) for f in result.findings]


@pytest.mark.parametrize("name", LETTERS)
def test_edits_reparse_one_block_and_match_a_whole_parse(linter, name):
    text = (FIXTURES / name / "bad.txt").read_text(encoding="utf-8")
    cache = ParseCache()
    assert _key(linter.lint(text, cache=cache)) == _key(linter.lint(text))
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] = paragraphs[middle].replace(" ", " really ", 1)
    edited = "\n\n".join(paragraphs)
    result = linter.lint(edited, cache=cache)
    assert cache.parsed == 1
    assert result.letter.doc.text == result.letter.norm
    assert _key(result) == _key(linter.lint(edited))
