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


def _line_rules(linter):
    return [r for r in linter.rules if getattr(r.run, "in_lines", None) is not None]


def test_rules_that_stay_on_a_line_reuse_unchanged_blocks_with_the_same_hits(linter):
    """A regex rule whose matches cannot contain or look past a line break is searched block by
    block in the editor, and only the edited block again; its hits equal a whole-letter search."""
    rules = _line_rules(linter)
    assert rules, "no rule qualifies for block-level reuse"
    letters = sorted((FIXTURES / "corpus").glob("*.txt"))[:12]
    letters += [FIXTURES / r.spec.id / "bad.txt" for r in rules if (FIXTURES / r.spec.id / "bad.txt").exists()]
    for path in letters:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.replace("\n", "\r\n"), text.replace("\n", "\r")):
            cache = ParseCache()
            first = linter.lint(variant, cache=cache)
            blocks = len(first.letter.paragraphs)
            assert cache.searched >= len(rules) * min(blocks, 2)       # first version: every block
            for rule in rules:
                assert cache.block_hits(rule.run, first.letter, rule.run.in_lines) == \
                       list(rule.run(first.letter, {})), (path.name, rule.spec.id)
            paragraphs = variant.split("\n\n") if "\n\n" in variant else [variant]
            paragraphs[len(paragraphs) // 2] = paragraphs[len(paragraphs) // 2].replace(" ", " ,really ", 1)
            edited = "\n\n".join(paragraphs)
            second = linter.lint(edited, cache=cache)
            assert cache.searched <= len(rules) * 2                   # the edited block (a split one: 2)
            whole = linter.lint(edited)
            assert [f for f in second.findings if f.rule in {r.spec.id for r in rules}] == \
                   [f for f in whole.findings if f.rule in {r.spec.id for r in rules}], path.name


def test_only_regexes_that_stay_on_a_line_are_reused():
    import re

    from poa_lint.prefilter import stays_on_a_line

    assert stays_on_a_line(r"(?<=[a-z]{2})(?P<hit>[,;])(?=[a-z]{2,})", re.M | re.I)
    assert stays_on_a_line(r"^[A-Z ]{4,}$", re.M)
    for crossing in (r"\bwe\s+will", r"a.b", r"[^x]+", r"\W", r"(?=\s*x)", r"x$", r"\Ax", r"x\Z", r"x\ny"):
        assert not stays_on_a_line(crossing, re.I), crossing
