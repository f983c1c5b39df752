"""Measure the coverage rules on labelled notice + draft pairs: `python -m lab.notices DIR`."""

from __future__ import annotations

import inspect
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from poa_lint import yamlsafe

from lab.score import Score, markdown_table


@dataclass
class Result:
    """Scores per rule, the cases, the mistakes, and unmentioned notice ASINs that were missed."""

    rules: dict[str, Score] = field(default_factory=dict)
    splits: dict[str, Score] = field(default_factory=dict)
    split_cases: dict[str, int] = field(default_factory=dict)
    cases: int = 0
    mistakes: list[str] = field(default_factory=list)
    unmentioned_asins: int = 0
    missed_asins: list[str] = field(default_factory=list)

    @property
    def total(self) -> Score:
        return sum(self.rules.values(), Score())


def predicted_items(linter: Any, letter: Any) -> list[tuple[str, str]]:
    """(rule, subject text) for every item each coverage check reports, before merging."""
    from poa_lint.checks import CHECKS

    out = []
    for rule in linter.rules:
        check = CHECKS[rule.spec.params["check"]]
        per_item = getattr(inspect.getmodule(check), "items", check)
        for hit in per_item(letter, rule.options):
            out.append((rule.spec.id, f"{hit.fields.get('subject', '')} | {hit.message or ''}"))
    return out


def evaluate(root: Path, pipeline: Any = None) -> Result:
    """Lint every case below `root` with only the coverage rules, and score against expected.yaml."""
    from poa_lint.catalogue import load_catalogue
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.nlp import load_pipeline

    pipeline = pipeline or load_pipeline()
    catalogue = load_catalogue()
    result = Result()
    for case in sorted(p for p in root.iterdir() if (p / "expected.yaml").is_file()):
        expected = yamlsafe.load((case / "expected.yaml").read_text(encoding="utf-8")) or {}
        config = Config(select=("coverage",), notice=case / "notice.txt", reason=expected.get("reason"))
        linter = build_linter(config, catalogue=catalogue, pipeline=pipeline)
        draft = (case / "draft.txt").read_bytes().decode("utf-8")
        lint = linter.lint(draft, str(case / "draft.txt"))
        predicted = predicted_items(linter, lint.letter)
        labels = [(d["rule"], str(d["subject"])) for d in expected.get("findings") or []]
        split = str(expected.get("split", "dev"))
        _score(case.name, labels, predicted, result, result.splits.setdefault(split, Score()))
        result.split_cases[split] = result.split_cases.get(split, 0) + 1
        _asin_guarantee(case.name, linter.notice.notice, draft, predicted, result)
        result.cases += 1
    return result


def _score(name: str, labels: list, predicted: list, result: Result, split: Score) -> None:
    left = list(predicted)
    for rule, subject in labels:
        score = result.rules.setdefault(rule, Score())
        hit = next((p for p in left if p[0] == rule and subject.lower() in p[1].lower()), None)
        if hit:
            score.matched()
            split.matched()
            left.remove(hit)
        else:
            score.labels += 1
            split.labels += 1
            result.mistakes.append(f"{name}: missed {rule} [{subject}]")
    for rule, text in left:
        result.rules.setdefault(rule, Score()).predicted += 1
        split.predicted += 1
        result.mistakes.append(f"{name}: unexpected {rule} [{text}]")


def _asin_guarantee(name: str, notice: Any, draft: str, predicted: list, result: Result) -> None:
    for asin in notice.asin_ids:
        if re.search(asin, draft, re.I):
            continue
        result.unmentioned_asins += 1
        said_all = any(p[0] == "coverage.notice-asin-missing" and asin in p[1] for p in predicted)
        if not said_all and not _covers_all(draft, len(notice.asins)):
            result.missed_asins.append(f"{name}: {asin}")


def _covers_all(draft: str, count: int) -> bool:
    from poa_lint.checks.notice_asins import stated_counts

    return count in stated_counts(draft)


def table(result: Result) -> str:
    """The precision/recall table in Markdown."""
    rows: list[tuple[object, ...]] = [(rule, *_counts(s)) for rule, s in sorted(result.rules.items())]
    t = result.total
    rows.append(("**coverage (all)**", t.tp, t.fp, t.fn, f"**{t.precision:.2f}**", f"**{t.recall:.2f}**"))
    rows += [(f"{name} pairs only ({result.split_cases[name]})", *_counts(s))
             for name, s in sorted(result.splits.items())]
    return (markdown_table(("rule", "TP", "FP", "FN", "precision", "recall"), rows, "lrrrrr")
            + f"\n\n{result.cases} notice + draft pairs; notice ASINs the draft never mentions: "
              f"{result.unmentioned_asins}, missed: {len(result.missed_asins)}.")


def _counts(s: Score) -> tuple[object, ...]:
    return s.tp, s.fp, s.fn, f"{s.precision:.2f}", f"{s.recall:.2f}"


def main(argv: list[str] | None = None) -> int:
    """Print the table (and every mistake) for the cases in the given directory."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0] if args else "fixtures/notices")
    result = evaluate(root)
    print(table(result))
    for mistake in result.mistakes + [f"missed ASIN {m}" for m in result.missed_asins]:
        print("  " + mistake)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
