"""Precision and recall per category on the labelled corpus: `python -m lab.eval fixtures/corpus`."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from poa_lint import yamlsafe

from lab.score import Score, markdown_table

CATEGORIES = ("blame", "innocence", "emotive", "unrelated", "template", "specificity",
              "structure", "formatting")


@dataclass
class Label:
    category: str
    start: int = -1
    end: int = -1
    document: bool = False


@dataclass
class Report:
    scores: dict[str, Score]
    letters: int = 0
    good_letters: int = 0
    good_false_positives: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def fp_per_good_letter(self) -> float:
        return self.good_false_positives / self.good_letters if self.good_letters else 0.0


def read_labels(text: str, data: dict, where: str) -> list[Label]:
    """The labels of one letter, with character spans resolved from `text` (+ `nth`)."""
    labels = []
    for raw in data.get("labels") or ():
        if raw.get("document"):
            labels.append(Label(raw["category"], document=True))
            continue
        needle, nth, pos = raw["text"], int(raw.get("nth", 1)), -1
        for _ in range(nth):
            pos = text.find(needle, pos + 1)
            if pos == -1:
                raise ValueError(f"{where}: label text not found (occurrence {nth}): {needle!r}")
        labels.append(Label(raw["category"], pos, pos + len(needle)))
    return labels


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < max(b1, b0 + 1) and b0 < max(a1, a0 + 1)


def score_letter(report: Report, name: str, labels: list[Label], findings: Iterable, doc_rules: set[str],
                 good: bool, text: str = "") -> None:
    """Add one letter's matches to the report (letter-level findings match `document` labels)."""
    findings = [f for f in findings if f.category in report.scores]
    for cat, score in report.scores.items():
        spans = [lb for lb in labels if lb.category == cat and not lb.document]
        docs = [lb for lb in labels if lb.category == cat and lb.document]
        preds = [f for f in findings if f.category == cat and f.rule not in doc_rules]
        doc_preds = [f for f in findings if f.category == cat and f.rule in doc_rules]
        score.labels += len(spans) + len(docs)
        score.predicted += len(preds) + len(doc_preds)
        for lb in spans:
            if any(_overlaps(f.start, f.end, lb.start, lb.end) for f in preds):
                score.found += 1
            else:
                report.misses.append(f"{name}: {cat}: {text[lb.start:lb.end][:90]!r}")
        score.found += min(len(docs), len(doc_preds))
        if len(docs) > len(doc_preds):
            report.misses.append(f"{name}: {cat}: {len(docs) - len(doc_preds)} letter-level label(s)")
        wrong = [f for f in preds if not any(_overlaps(f.start, f.end, lb.start, lb.end) for lb in spans)]
        wrong += doc_preds[len(docs):]
        score.correct += len(preds) + len(doc_preds) - len(wrong)
        for f in wrong:
            report.false_positives.append(f"{name}:{f.line}:{f.column}: {f.rule}: {f.text[:70]!r}")
        if good:
            report.good_false_positives += len(wrong)


def evaluate(corpus: Path, categories: Sequence[str] = CATEGORIES, linter=None) -> Report:
    """Lint every `NN-*.txt` of the corpus and score the findings against its `.yaml` labels."""
    from poa_lint.factory import build_linter

    linter = linter or build_linter()
    doc_rules = {r.spec.id for r in linter.rules if r.spec.scope == "document"}
    report = Report({c: Score() for c in categories})
    letters = sorted(p for p in Path(corpus).glob("*.txt") if p.with_suffix(".yaml").exists())
    items = [(p.name, p.read_text(encoding="utf-8")) for p in letters]
    for path, result in zip(letters, linter.lint_many(items)):
        data = yamlsafe.load(path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        text = path.read_text(encoding="utf-8")
        labels = read_labels(text, data, path.name)
        good = data.get("quality") == "good"
        report.letters += 1
        report.good_letters += good
        score_letter(report, path.name, labels, result.findings, doc_rules, good, text)
    return report


def format_table(report: Report) -> str:
    """The Markdown table printed by the command and pasted into the README."""
    rows = [(cat, s.labels, s.predicted, f"{s.precision:.2f}", f"{s.recall:.2f}")
            for cat, s in report.scores.items()]
    table = markdown_table(("category", "labels", "predicted", "precision", "recall"), rows, "lrrrr")
    return (f"{table}\n\n{report.letters} letters, {report.good_letters} good; false positives per "
            f"good letter: {report.fp_per_good_letter:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; `-v` also lists misses and false positives, `--select` limits the rules."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lab.eval", description=__doc__)
    parser.add_argument("corpus", nargs="?", default="fixtures/corpus")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--select", default="", help="comma-separated rule ids or pack prefixes")
    args = parser.parse_args(argv)
    linter = None
    if args.select:
        from poa_lint.config import Config
        from poa_lint.factory import build_linter

        linter = build_linter(Config(select=tuple(x.strip() for x in args.select.split(",") if x.strip())))
    report = evaluate(Path(args.corpus), linter=linter)
    print(format_table(report))
    if args.verbose:
        print("\nMissed labels:", *report.misses, sep="\n  ")
        print("\nFalse positives:", *report.false_positives, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
