"""Measure the grammar pack, Harper and both merged on the probe sentences (per-tier P/R)."""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from poa_lint import yamlsafe

from lab.score import Score, markdown_table, ratio

SYSTEMS = ("pack", "harper", "merged")


@dataclass
class Tiers:
    """One system's scores per tier: findings by the tier of their rule ("engine" for engine
    rules), labelled errors by the tier of the error."""

    tiers: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def found(self) -> dict[str, int]:
        """Labelled errors found, per tier."""
        return defaultdict(int, {t: s.found for t, s in self.tiers.items()})

    def precision(self, tier: str | None = None) -> float | None:
        """Precision of the findings of one tier (or of all); None when there were none."""
        total = self.tiers[tier] if tier else sum(self.tiers.values(), Score())
        return total.precision if total.predicted else None


def load(path: Path) -> list[dict[str, Any]]:
    """The probe entries, checked: the error text must occur in the sentence."""
    entries = yamlsafe.load(path.read_text(encoding="utf-8"))
    for i, entry in enumerate(entries, 1):
        error = entry.get("error")
        if error and error["text"] not in entry["text"]:
            raise ValueError(f"{path}: entry {i}: {error['text']!r} is not in the sentence")
    return entries


def label_span(text: str, label: str) -> tuple[int, int]:
    """Where the labelled error is: as a whole word when it occurs as one ("he", not in "The")."""
    m = re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)
    start = m.start() if m else text.index(label)
    return start, start + len(label)


def _tier_of(finding: Any, tiers: dict[str, str]) -> str:
    return tiers.get(finding.rule, "engine")


def evaluate(entries: list[dict[str, Any]], pipeline: Any = None) -> tuple[dict[str, Tiers], dict]:
    """Lint every sentence with the grammar pack and with Harper; score each system."""
    from poa_lint.catalogue import load_catalogue
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.grammar.merge import merge
    from poa_lint.grammar.run import GrammarEngines
    from poa_lint.nlp import load_pipeline

    pipeline = pipeline or load_pipeline()
    catalogue = load_catalogue()
    tiers = {r.id: ("A" if r.severity.value == "warning" else "B")
             for r in catalogue.rules if r.id.startswith("grammar.")}
    pack = build_linter(Config(select=("grammar",), grammar=()), catalogue=catalogue, pipeline=pipeline)
    harper = GrammarEngines(Config(grammar=("harper",)))
    if not harper.engines:
        raise SystemExit("; ".join(harper.notices))
    texts = [(f"probe:{i}", e["text"]) for i, e in enumerate(entries, 1)]
    started = time.perf_counter()
    results = list(pack.lint_many(texts))
    by_system = {"pack": [r.findings for r in results]}
    pack_time = time.perf_counter() - started
    started = time.perf_counter()
    by_system["harper"] = [harper.apply((), r.letter, r.path) for r in results]
    harper_time = time.perf_counter() - started
    by_system["merged"] = [tuple(merge(a + b)) for a, b in zip(by_system["pack"], by_system["harper"])]
    scores = {name: Tiers() for name in SYSTEMS}
    for name, results in by_system.items():
        score = scores[name]
        for entry, findings in zip(entries, results):
            error = entry.get("error")
            span = None
            if error:
                span = label_span(entry["text"], error["text"])
            hit = False
            for f in findings:
                tier = _tier_of(f, tiers)
                score.tiers[tier].predicted += 1
                if span and f.start < span[1] and span[0] < f.end:
                    score.tiers[tier].correct += 1
                    hit = True
                else:
                    score.false.append(f"{f.rule}: {f.text!r} in {entry['text']!r}")
            if error:
                score.tiers[error["tier"]].labels += 1
            if error and hit:
                score.tiers[error["tier"]].found += 1
            elif error:
                score.missed.append(f"{error['rule']}: {error['text']!r} in {entry['text']!r}")
    totals = {t: sum(1 for e in entries if e.get("error") and e["error"]["tier"] == t) for t in "AB"}
    timing = {"sentences": len(entries), "pack_s": pack_time, "harper_s": harper_time, "totals": totals}
    return scores, timing


def table(scores: dict[str, Tiers], timing: dict) -> str:
    """A Markdown table: precision and recall per tier and overall for each system."""
    totals = timing["totals"]
    rows = []
    for name in SYSTEMS:
        s = scores[name]
        recall = {t: s.found[t] / totals[t] if totals[t] else None for t in "AB"}
        found_all = sum(s.found.values()) / max(1, sum(totals.values()))
        pa = s.precision("A") if name != "harper" else None
        pb = s.precision("B") if name != "harper" else None
        count = sum(t.predicted for t in s.tiers.values())
        rows.append((name, ratio(pa), ratio(recall["A"]), ratio(pb), ratio(recall["B"]),
                     ratio(s.precision()), ratio(found_all), count))
    return markdown_table(("system", "tier A precision", "tier A recall", "tier B precision",
                           "tier B recall", "all precision", "all recall", "findings"), rows)


def main(argv: list[str] | None = None) -> int:
    """python -m lab.probe [sentences.yaml] [-v]: print the table (and misses with -v)."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    path = Path(args[0]) if args else Path("fixtures/probe/sentences.yaml")
    entries = load(path)
    scores, timing = evaluate(entries)
    errors = sum(timing["totals"].values())
    print(f"{len(entries)} sentences, {errors} with one error (tier A {timing['totals']['A']}, "
          f"tier B {timing['totals']['B']}), {len(entries) - errors} correct")
    print(table(scores, timing))
    per = 1000 * timing["harper_s"] / max(1, len(entries))
    print(f"\nHarper time: {timing['harper_s']:.2f} s for {len(entries)} sentences ({per:.1f} ms each)")
    if verbose:
        for name in SYSTEMS:
            for line in scores[name].missed:
                print(f"[{name}] missed  {line}")
            for line in scores[name].false:
                print(f"[{name}] extra   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
