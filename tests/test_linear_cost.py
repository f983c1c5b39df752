"""A rule's work grows with the letter, not with its square (issue 13).

Work is counted, not timed: the Python lines a rule executes (sys.settrace) and the characters it
case-folds for the regex prefilters (`prefilter.fold`, the C-level scan a per-sentence prefilter
used to repeat over the whole letter). A letter of 4N paragraphs may cost about 4x a letter of N
paragraphs; a rule that re-reads the whole letter per sentence or per paragraph costs ~16x."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from poa_lint import prefilter
from poa_lint.checks import _lists
from poa_lint.config import Config
from poa_lint.factory import build_linter

BASE = FIXTURES / "corpus" / "05-odr-kettle-lid-defect.txt"   # headings, lists, a corrective part
SMALL, BIG = 2, 8                                            # copies of the letter's paragraphs
GROWTH = 6.0        # linear is 4x (BIG / SMALL); quadratic is 16x
SLACK = 300         # fixed per-letter work (a rule's set-up, a letter-level finding)


def letter_of(copies: int) -> str:
    """The base letter with its body repeated: its opening, `copies` bodies, its closing."""
    paragraphs = [p for p in BASE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    head, body, tail = paragraphs[:2], paragraphs[2:-2], paragraphs[-2:]
    return "\n\n".join(head + body * copies + tail) + "\n"


class Work:
    """Lines executed and characters folded while it is active."""

    def __init__(self) -> None:
        self.lines = 0
        self.folded = 0

    def _trace(self, frame, event, arg):
        if event == "line":
            self.lines += 1
        return self._trace

    def count(self, run) -> None:
        fold = prefilter.fold

        def counting_fold(text: str) -> str:
            self.folded += len(text)
            return fold(text)

        prefilter.fold, _lists.fold = counting_fold, counting_fold
        sys.settrace(self._trace)
        try:
            run()
        finally:
            sys.settrace(None)
            prefilter.fold, _lists.fold = fold, fold


@pytest.fixture(scope="module")
def work_per_rule(pipeline, catalogue):
    linter = build_linter(Config(grammar=("none",)), catalogue=catalogue, pipeline=pipeline)
    letters = {n: linter.lint(letter_of(n)).letter for n in (SMALL, BIG)}
    for letter in letters.values():          # shared analyses and first-use compiles: not counted
        for rule in linter.rules:
            list(rule.run(letter, rule.options))
    out = {}
    for rule in linter.rules:
        counted = {}
        for n, letter in letters.items():
            letter._derived.pop("prefilter.folded", None)   # folded once per lint: count it
            work = Work()
            work.count(lambda: list(rule.run(letter, rule.options)))
            counted[n] = work
        out[rule.spec.id] = counted
    return out, letters


def test_the_letters_grow_as_intended(work_per_rule):
    _, letters = work_per_rule
    small, big = letters[SMALL], letters[BIG]
    assert len(big.paragraphs) > 3 * len(small.paragraphs)
    assert len(big.sentences) > 3 * len(small.sentences)


def test_no_rule_does_quadratic_work(work_per_rule):
    work, _ = work_per_rule
    slow = []
    for rule, counted in sorted(work.items()):
        small, big = counted[SMALL], counted[BIG]
        if big.lines > GROWTH * small.lines + SLACK:
            slow.append(f"{rule}: {small.lines} -> {big.lines} lines executed")
        if big.folded > GROWTH * small.folded + SLACK:
            slow.append(f"{rule}: {small.folded} -> {big.folded} characters folded")
    assert not slow, "work grows faster than the letter:\n" + "\n".join(slow)


def test_the_count_sees_a_quadratic_prefilter(work_per_rule):
    """The measure itself: a prefilter that folds the whole letter per sentence (the bug this
    guards against) is caught by the character count."""
    _, letters = work_per_rule
    skip = _lists.compile_any(("thank you for",))
    counted = {}
    for n, letter in letters.items():
        work = Work()
        work.count(lambda: [skip.possible(letter.norm) for _ in letter.sentences])
        counted[n] = work.folded
    assert counted[BIG] > GROWTH * counted[SMALL] + SLACK
