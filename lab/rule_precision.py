"""Precision of each rule on the real-letter TRAINING split, and what each rule alone finds.

    python -m lab.rule_precision                          # every rule that flags a sentence
    python -m lab.rule_precision specificity -v           # rules under a prefix, with their false
                                                          # flags and the sentences only they find

The letters are linted and scored by `lab.real_eval` (same linter, same overlap rule, same
letter-level exclusions); this module only splits its category figures by rule. A flag is correct
when it overlaps a sentence labelled with the rule's category; a rule "finds" a labelled sentence
of its category when one of its flags overlaps it, and finds it "alone" when no other rule of the
category does (what recall the category loses without the rule).

Learned rules (kind `classify`) were trained on these very letters, so their figures here say
nothing about real precision: they are printed but marked as not measurable. The test split is
never read: there is no option for it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lab import real_eval
from lab.real_corpus import CATEGORIES, CORPUS, RealLetter
from lab.score import markdown_table, ratio

SPLIT = "train"


@dataclass
class RuleScore:
    rule: str
    category: str
    learned: bool
    flags: int = 0
    correct: int = 0
    found: set[tuple[str, int]] = field(default_factory=set)   # (letter id, sentence index)
    roles: dict[str, int] = field(default_factory=dict)   # labelled role of each flagged sentence
    alone: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.correct / self.flags if self.flags else None


def lint_training_split(root: Path = CORPUS) -> tuple[real_eval.RealReport, list[tuple[RealLetter, object]]]:
    """`lab.real_eval.evaluate` on the training split, keeping each letter's lint result."""
    kept: list[tuple[RealLetter, object]] = []
    report = real_eval.evaluate(SPLIT, root, kept=kept)
    return report, kept


def learned_rules() -> frozenset[str]:
    """Rules trained on the training split (kind `classify`)."""
    from poa_lint.catalogue import load_catalogue
    return frozenset(r.id for r in load_catalogue().rules if r.kind == "classify")


def score_rules(kept: Sequence[tuple[RealLetter, object]], learned: frozenset[str]) -> dict[str, RuleScore]:
    """Per rule: flags, correct flags, labelled sentences found, found alone, false flags."""
    rules: dict[str, RuleScore] = {}
    for real, result in kept:
        finders: dict[tuple[str, int], set[str]] = defaultdict(set)   # (category, sentence) -> rules
        for f in result.findings:
            if real_eval._letter_level(f, result.letter):
                continue
            score = rules.setdefault(f.rule, RuleScore(f.rule, f.category, f.rule in learned))
            score.flags += 1
            for s in real.sentences:
                if real_eval._overlap(f.start, f.end, s.start, s.end):
                    score.roles[s.role] = score.roles.get(s.role, 0) + 1
            if f.category not in CATEGORIES:
                score.false_flags.append(f"{real.id}:{f.line}: {f.text[:100]!r}")
                continue
            hit = [i for i, s in enumerate(real.sentences)
                   if f.category in s.labels and real_eval._overlap(f.start, f.end, s.start, s.end)]
            score.correct += bool(hit)
            for i in hit:
                finders[f.category, i].add(f.rule)
                score.found.add((real.id, i))
            if not hit:
                score.false_flags.append(f"{real.id}:{f.line}: {f.text[:100]!r}")
        for (_, i), rule_ids in finders.items():
            if len(rule_ids) == 1:
                rules[next(iter(rule_ids))].alone.append(f"{real.id}: {real.sentences[i].text[:100]!r}")
    return rules


def format_rules(rules: dict[str, RuleScore], report: real_eval.RealReport, prefixes: Sequence[str] = (),
                 verbose: bool = False) -> str:
    picked = sorted((r for r in rules.values() if not prefixes or r.rule.startswith(tuple(prefixes))),
                    key=lambda r: (r.category, r.rule))
    chosen = [r for r in picked if r.category in CATEGORIES]
    others = [r for r in picked if r.category not in CATEGORIES]
    rows = [(r.rule, r.flags, r.correct,
             "trained here" if r.learned else ratio(r.precision),
             len(r.found), len(r.alone), report.categories[r.category].labels) for r in chosen]
    out = [f"{report.letters} letters ({SPLIT} split); learned rules were trained on them: "
           "their figures are not a measurement", "",
           markdown_table(("rule", "flags", "correct", "precision", "labelled found", "found alone",
                           "category labelled"), rows, "lrrrrrr"), ""]
    categories = sorted({r.category for r in chosen})
    out.append(markdown_table(
        ("category", "labelled", "found", "recall", "flags", "correct", "precision"),
        [(c, s.labels, s.found, ratio(s.recall), s.predicted, s.correct, ratio(s.precision))
         for c, s in report.categories.items() if c in categories], "lrrrrrr"))
    if others:
        out += ["", "Rules of categories the labels do not cover, by the labelled role of the sentences "
                "they flag:", "", markdown_table(("rule", "category", "flags", "roles flagged"), [
                    (r.rule, r.category, r.flags, ", ".join(f"{k} {v}" for k, v in sorted(r.roles.items())))
                    for r in others], "llrl")]
    if verbose:
        for r in chosen:
            out += ["", f"## {r.rule}", "False flags:", *(f"  {x}" for x in r.false_flags),
                    "Found by this rule alone:", *(f"  {x}" for x in r.alone)]
        for r in others:
            out += ["", f"## {r.rule} (category {r.category}: no sentence labels)", "Flags:",
                    *(f"  {x}" for x in r.false_flags)]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lab.rule_precision", description=__doc__.split("\n")[0])
    parser.add_argument("prefixes", nargs="*", help="rule ids or prefixes (default: every rule)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each rule's false flags and the sentences it alone finds")
    args = parser.parse_args(argv)
    report, kept = lint_training_split(args.corpus)
    print(format_rules(score_rules(kept, learned_rules()), report, args.prefixes, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
