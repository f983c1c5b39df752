"""Precision and recall of poa-lint on the real-letter corpus, by category, role and part.

    python -m lab.real_eval                 # the frozen test split (the figures we report)
    python -m lab.real_eval --split train   # the training split (for development)
    python -m lab.real_eval -v              # also list misses and false flags (train only)
    python -m lab.real_eval --cv [-v] [--jobs 2]
        # the training split, each fold checked with a sentence model trained without it: the
        # honest whole-system figures to tune with (--split train alone scores the shipped model
        # on the letters it was trained on, so learned rules look near perfect there)

With --cv, each of the five folds of `python -m lab.train_sentences` (grouped by letter) is checked
by a linter whose sentence model the training command's own calibration and training produced
from the other four folds; the tables sum the folds. The fold models are kept in the temp folder
(or --cv-cache DIR) under the digest of their training inputs: the first run trains them (a few
minutes per fold), later runs reuse them until what the model learns from changes.

A finding counts as correct when it overlaps (by characters) a labelled sentence of its category;
a labelled sentence counts as found when some finding of its category overlaps it. Roles compare
the role poa-lint reads for each of its sentences with the labelled role of the sentences it
overlaps. Parts compare `structure.missing-*` with each letter's `missing` field.
"""

from __future__ import annotations

import json
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
    cross_validated: bool = False    # each letter checked with a sentence model trained without it
    letters: int = 0
    categories: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    roles: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in ROLES})
    parts: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in PARTS})
    good_letters: int = 0
    good_errors: list[str] = field(default_factory=list)         # every error-severity finding
    good_false_errors: list[str] = field(default_factory=list)   # ... that no label supports
    errors: dict[str, Score] = field(default_factory=dict)   # per error-severity rule: flags, correct
    rules: dict[str, Score] = field(default_factory=dict)    # per rule of a scored category: flags, correct
    folds: list[str] = field(default_factory=list)           # with --cv: each fold model's thresholds
    complete_letters: int = 0
    complete_told_missing: int = 0
    misses: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < max(b1, b0 + 1) and b0 < max(a1, a0 + 1)


def _letter_level(finding, letter) -> bool:
    return (finding.start, finding.end) == letter.first_line() and finding.category in (
        "structure", "specificity", "coverage", "formatting", "readability")


def _roles(letter, sentence_model: Path | None = None) -> tuple[str, ...]:
    try:
        from poa_lint.roles import sentence_roles
    except ImportError:  # a poa-lint from before the role-based letter model: the headings' parts
        return tuple(next((k for k in s.kinds if k in ROLES), "other") if not s.is_heading else "other"
                     for s in letter.sentences)
    if sentence_model is None:
        return sentence_roles(letter)
    from poa_lint.classifier import load_model

    return sentence_roles(letter, load_model(sentence_model))


def score_letter(report: RealReport, real: RealLetter, result, sentence_model: Path | None = None) -> None:
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
            per_rule = report.rules.setdefault(f.rule, Score())
            per_rule.predicted += 1
            per_rule.correct += right
            if f.severity.value == "error":
                rule = report.errors.setdefault(f.rule, Score())
                rule.predicted += 1
                rule.correct += right
            if right:
                score.correct += 1
            else:
                report.false_flags.append(f"{real.id}:{f.line}: {f.rule}: {f.text[:90]!r}")
    roles = _roles(letter, sentence_model)
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


def evaluate(split: str = "test", root: Path = CORPUS, linter_for=None, kept: list | None = None) -> RealReport:
    """Lint every letter of `split` (with its appeal path and notice) and score it; `kept`, when
    given, receives each (letter, lint result)."""
    report = RealReport(split)
    score_letters(report, load_corpus(root, split), linter_for=linter_for, kept=kept)
    return report


def score_letters(report: RealReport, letters: Sequence[RealLetter], sentence_model: Path | None = None,
                  linter_for=None, kept: list | None = None) -> None:
    """Lint `letters` (each with its appeal path and notice) with the sentence model in folder
    `sentence_model` (None: the shipped one) and add their scores to `report`; `kept`, when given,
    receives each (letter, lint result)."""
    from poa_lint.catalogue import load_catalogue
    from poa_lint.config import Config
    from poa_lint.engine import Linter
    from poa_lint.factory import build_linter
    from poa_lint.nlp import load_pipeline

    linters: dict[tuple, Linter] = {}
    pipeline, catalogue = None, None

    def build(path: str, notice: Path | None) -> Linter:
        nonlocal pipeline, catalogue
        if linter_for is not None:
            return linter_for(path, notice)
        if (path, notice) not in linters:
            pipeline = pipeline or load_pipeline()
            catalogue = catalogue or load_catalogue()
            config = Config(path="error" if path == "error" else "acknowledge", notice=notice,
                            sentence_model=sentence_model)
            linters[(path, notice)] = build_linter(config, catalogue=catalogue, pipeline=pipeline)
        return linters[(path, notice)]

    for real in letters:
        result = build(real.path, real.notice).lint(real.text, f"{real.id}.txt")
        score_letter(report, real, result, sentence_model)
        if kept is not None:
            kept.append((real, result))


def cross_validated(root: Path = CORPUS, cache: Path | None = None, jobs: int = 1) -> RealReport:
    """The training split scored as unseen letters: for each fold of lab.train_sentences (grouped
    by letter), the training command's own calibration and training run on the other folds, and
    the linter with that model checks the fold's letters; the report sums the folds. Fold models
    are kept in `cache` (default: the system's temp folder) under the digest of their training
    inputs, so a rerun trains again only when what the model learns from has changed."""
    import tempfile

    from lab.train_sentences import ARCHITECTURE, examples_of, folds, inputs_digest

    letters = load_corpus(root, "train")
    headed: dict[str, set[str]] = {}
    examples = examples_of(letters, root, headed)
    cache = cache or Path(tempfile.gettempdir()) / "poa-lint-cv"
    plans = []
    for held in folds(letters):
        rest = [l for l in letters if l.id not in held]
        subset = [e for e in examples if e.letter not in held]
        folder = cache / inputs_digest(rest, subset, headed, ARCHITECTURE)
        plans.append((held, rest, subset, folder))
    todo = [(rest, subset, folder) for _, rest, subset, folder in plans if not (folder / "training.json").is_file()]
    print(f"cross-validation: {len(plans)} folds, {len(todo)} to train (models in {cache})", file=sys.stderr)
    if todo:
        if jobs > 1 and len(todo) > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=multiprocessing.get_context("fork")) as pool:
                list(pool.map(_fit_fold, todo, [headed] * len(todo)))
        else:
            for item in todo:
                _fit_fold(item, headed)
    report = RealReport("train", cross_validated=True)
    for k, (held, _, _, folder) in enumerate(plans, 1):
        score_letters(report, [l for l in letters if l.id in held], sentence_model=folder)
        thresholds = json.loads((folder / "training.json").read_text(encoding="utf-8"))["thresholds"]
        report.folds.append(f"fold {k} ({len(held)} letters): " + ", ".join(
            f"{label} {value:.2f}" for label, value in thresholds.items() if value < 1.0) + "; never: " + ", ".join(
            label for label, value in thresholds.items() if value >= 1.0))
    return report


def _fit_fold(item, headed) -> None:
    """Train one fold's model into a fresh folder and move it into place (parallel runs and
    interrupted ones never leave a half-written model under the digest)."""
    import os
    import shutil

    from lab.train_sentences import fit

    rest, subset, folder = item
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    fit(rest, subset, headed, work)
    if folder.exists():
        shutil.rmtree(work)
    else:
        work.rename(folder)


def _rows(scores: dict[str, Score]) -> list[tuple]:
    return [(name, s.labels, s.found, ratio(s.recall), s.predicted, s.correct, ratio(s.precision))
            for name, s in scores.items()]


def format_table(report: RealReport) -> str:
    """The Markdown tables printed by the command and pasted into the README."""
    cols = ("labelled", "found", "recall", "flags", "correct", "precision")
    how = ", cross-validated: each fold checked with a sentence model trained on the others" \
        if report.cross_validated else ""
    out = [f"{report.letters} letters ({report.split} split{how})", "",
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
    parser.add_argument("--split", choices=("train", "test"), help="default: test (train with --cv)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false flags (train split)")
    parser.add_argument("--cv", action="store_true",
                        help="the training split, each fold checked with a sentence model trained without it")
    parser.add_argument("--cv-cache", type=Path, help="where fold models are kept (default: the temp folder)")
    parser.add_argument("--jobs", type=int, default=1, help="folds trained in parallel (with --cv)")
    args = parser.parse_args(argv)
    if args.cv and args.split == "test":
        parser.error("--cv measures the training split only")
    report = (cross_validated(args.corpus, args.cv_cache, args.jobs) if args.cv
              else evaluate(args.split or "test", args.corpus))
    print(format_table(report))
    if report.folds:
        print("\nThresholds of each fold's model (labels that fire):", *report.folds, sep="\n  ")
    if args.verbose:
        if report.split == "test":
            print("\n(-v lists train-split errors only: the test split is for the reported figures)")
        else:
            print("\n" + markdown_table(("rule", "flags", "correct", "precision"),
                                        [(rule, sc.predicted, sc.correct, ratio(sc.precision))
                                         for rule, sc in sorted(report.rules.items())], "lrrr"))
            print("\nMissed:", *report.misses, sep="\n  ")
            print("\nFalse flags:", *report.false_flags, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
