"""Precision and recall of poa-lint on the real-letter corpus, by category, role and part.

    python -m lab.real_eval                 # the frozen test split (the figures we report)
    python -m lab.real_eval --split train   # the training split (for development)
    python -m lab.real_eval -v              # also list misses and false flags (train only)

A finding counts as correct when it overlaps (by characters) a labelled sentence of its category;
a labelled sentence counts as found when some finding of its category overlaps it. Roles compare
the role poa-lint reads for each of its sentences with the labelled role of the sentences it
overlaps. Parts compare `structure.missing-*` with each letter's `missing` field.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lab.real_corpus import CATEGORIES, CORPUS, PARTS, ROLES, RealLetter, load_corpus
from lab.score import Score, markdown_table, ratio

MISSING_RULES = {"structure.missing-root-cause": "root-cause",
                 "structure.missing-corrective-actions": "corrective",
                 "structure.missing-preventive-measures": "preventive"}


@dataclass
class RealReport:
    split: str
    letters: int = 0
    categories: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    roles: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in ROLES})
    parts: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in PARTS})
    good_letters: int = 0
    good_errors: list[str] = field(default_factory=list)         # every error-severity finding
    good_false_errors: list[str] = field(default_factory=list)   # ... that no label supports
    errors: dict[str, Score] = field(default_factory=dict)   # per error-severity rule: flags, correct
    complete_letters: int = 0
    complete_told_missing: int = 0
    misses: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < max(b1, b0 + 1) and b0 < max(a1, a0 + 1)


def _letter_level(finding, letter) -> bool:
    return (finding.start, finding.end) == letter.first_line() and finding.category in (
        "structure", "specificity", "coverage", "formatting", "readability")


def _roles(letter) -> tuple[str, ...]:
    try:
        from poa_lint.roles import sentence_roles
    except ImportError:  # a poa-lint from before the role-based letter model: the headings' parts
        return tuple(next((k for k in s.kinds if k in ROLES), "other") if not s.is_heading else "other"
                     for s in letter.sentences)
    return sentence_roles(letter)


def score_letter(report: RealReport, real: RealLetter, result) -> None:
    letter, findings = result.letter, result.findings
    report.letters += 1
    spans = [f for f in findings if not _letter_level(f, letter)]
    for cat, score in report.categories.items():
        labelled = [s for s in real.sentences if cat in s.labels]
        flags = [f for f in spans if f.category == cat]
        score.labels += len(labelled)
        score.predicted += len(flags)
        for s in labelled:
            if any(_overlap(f.start, f.end, s.start, s.end) for f in flags):
                score.found += 1
            else:
                report.misses.append(f"{real.id}: {cat}: {s.text[:100]!r}")
        for f in flags:
            right = any(_overlap(f.start, f.end, s.start, s.end) for s in labelled)
            if f.severity.value == "error":
                rule = report.errors.setdefault(f.rule, Score())
                rule.predicted += 1
                rule.correct += right
            if right:
                score.correct += 1
            else:
                report.false_flags.append(f"{real.id}:{f.line}: {f.rule}: {f.text[:90]!r}")
    roles = _roles(letter)
    for role, score in report.roles.items():
        labelled = [s for s in real.sentences if s.role == role]
        mine = [s for s, r in zip(letter.sentences, roles) if r == role]
        score.labels += len(labelled)
        score.predicted += len(mine)
        score.found += sum(any(_overlap(m.start, m.end, s.start, s.end) for m in mine) for s in labelled)
        score.correct += sum(any(_overlap(m.start, m.end, s.start, s.end) for s in labelled) for m in mine)
    told = {MISSING_RULES[f.rule] for f in findings if f.rule in MISSING_RULES}
    if real.path != "error":
        for part, score in report.parts.items():
            score.labels += part in real.missing
            score.predicted += part in told
            score.found += part in real.missing and part in told
            score.correct += part in real.missing and part in told
            if part in told and part not in real.missing:
                report.false_flags.append(f"{real.id}: structure: told {part} is missing")
            if part in real.missing and part not in told:
                report.misses.append(f"{real.id}: structure: {part} missing, not told")
        if not real.missing:
            report.complete_letters += 1
            report.complete_told_missing += bool(told)
    if real.quality == "good":
        report.good_letters += 1
        for f in findings:
            if f.severity.value != "error":
                continue
            report.good_errors.append(f"{real.id}:{f.line}: {f.rule}")
            right = (MISSING_RULES[f.rule] in real.missing if f.rule in MISSING_RULES else any(
                f.category in s.labels and _overlap(f.start, f.end, s.start, s.end) for s in real.sentences))
            if not right:
                report.good_false_errors.append(f"{real.id}:{f.line}: {f.rule}")


def evaluate(split: str = "test", root: Path = CORPUS, linter_for=None) -> RealReport:
    """Lint every letter of `split` (with its appeal path and notice) and score it."""
    from poa_lint.catalogue import load_catalogue
    from poa_lint.config import Config
    from poa_lint.engine import Linter
    from poa_lint.factory import build_linter
    from poa_lint.nlp import load_pipeline

    letters = load_corpus(root, split)
    linters: dict[tuple, Linter] = {}
    pipeline, catalogue = None, None

    def build(path: str, notice: Path | None) -> Linter:
        nonlocal pipeline, catalogue
        if linter_for is not None:
            return linter_for(path, notice)
        if (path, notice) not in linters:
            pipeline = pipeline or load_pipeline()
            catalogue = catalogue or load_catalogue()
            config = Config(path="error" if path == "error" else "acknowledge", notice=notice)
            linters[(path, notice)] = build_linter(config, catalogue=catalogue, pipeline=pipeline)
        return linters[(path, notice)]

    report = RealReport(split)
    for real in letters:
        result = build(real.path, real.notice).lint(real.text, f"{real.id}.txt")
        score_letter(report, real, result)
    return report


def _rows(scores: dict[str, Score]) -> list[tuple]:
    return [(name, s.labels, s.found, ratio(s.recall), s.predicted, s.correct, ratio(s.precision))
            for name, s in scores.items()]


def format_table(report: RealReport) -> str:
    """The Markdown tables printed by the command and pasted into the README."""
    cols = ("labelled", "found", "recall", "flags", "correct", "precision")
    out = [f"{report.letters} letters ({report.split} split)", "",
           markdown_table(("category", *cols), _rows(report.categories), "lrrrrrr"), "",
           markdown_table(("role", *cols), _rows(report.roles), "lrrrrrr"), "",
           markdown_table(("part missing", "letters missing it", "found", "recall", "told missing", "correct",
                           "precision"), _rows(report.parts), "lrrrrrr"), "",
           markdown_table(("error-severity rule", "flags", "correct", "precision"),
                          [(rule, sc.predicted, sc.correct, ratio(sc.precision))
                           for rule, sc in sorted(report.errors.items())], "lrrr"), "",
           f"complete letters told a part is missing: {report.complete_told_missing} of "
           f"{report.complete_letters}",
           f"error-severity findings on good letters: {len(report.good_errors)} "
           f"({report.good_letters} good letters), of which unsupported by the labels: "
           f"{len(report.good_false_errors)}" + (": " + ", ".join(report.good_false_errors[:12])
                                                  if report.good_false_errors else "")]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lab.real_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=("train", "test"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false flags (train split)")
    args = parser.parse_args(argv)
    report = evaluate(args.split, args.corpus)
    print(format_table(report))
    if args.verbose:
        if args.split == "test":
            print("\n(-v lists train-split errors only: the test split is for the reported figures)")
        else:
            print("\nMissed:", *report.misses, sep="\n  ")
            print("\nFalse flags:", *report.false_flags, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
