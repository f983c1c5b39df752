"""Per-sentence recall and precision of `grammar` findings on the real-letter corpus.

    python -m lab.grammar_real [--split train|test] [--kinds] [--rules] [-v]

A sentence counts as flagged when a grammar finding of the system overlaps it; it is a hit when
its labels include `grammar`. Systems: the built-in pack alone, Harper alone (every lint kind,
with the same domain-word and placeholder protection as in a run), LanguageTool alone (when a local
install or a server is available), and the defaults (what `poa-lint draft.txt` reports).
`--kinds` adds Harper per lint kind, which is how the default kinds were chosen (on `train`).
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lab.score import markdown_table, ratio

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "real" / "letters"
_SPLIT = re.compile(r"^split:\s*(\w+)", re.M)


@dataclass
class Sentence:
    letter: str
    text: str
    start: int
    end: int
    grammar: bool


@dataclass
class Score:
    """Sentences flagged and labelled (tp), flagged only (fp), labelled only (fn), per system.

    Unlike lab.score.Score (labels found, predictions correct), a sentence here is one item:
    it is flagged or not, labelled or not."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    false: list[str] = field(default_factory=list)
    by_rule: list[tuple[str, bool]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def split_of(meta: Path) -> str | None:
    """The split of a letter, read from its metadata header only."""
    m = _SPLIT.search(meta.read_text(encoding="utf-8"))
    return m.group(1) if m else None


def letters(split: str, folder: Path = CORPUS) -> list[tuple[str, str, list[Sentence]]]:
    """(id, text, sentences) of every letter of one split; other splits are never parsed."""
    out = []
    for meta in sorted(folder.glob("*.yml")):
        if split_of(meta) != split:
            continue
        data = yaml.safe_load(meta.read_text(encoding="utf-8"))
        text = meta.with_suffix(".txt").read_text(encoding="utf-8")
        cursor, sentences = 0, []
        for entry in data.get("sentences") or ():
            at = text.find(entry["text"], cursor)
            if at < 0:
                raise ValueError(f"{meta.name}: sentence not in the letter: {entry['text'][:60]!r}")
            cursor = at + len(entry["text"])
            sentences.append(Sentence(data["id"], entry["text"], at, cursor,
                                      "grammar" in (entry.get("labels") or ())))
        out.append((data["id"], text, sentences))
    return out


def _flags(findings: Any, sentences: list[Sentence], rule_filter: Any = None) -> list[set[str]]:
    """For each sentence, the grammar rules whose findings overlap it."""
    flags: list[set[str]] = [set() for _ in sentences]
    for f in findings:
        if f.category != "grammar" or (rule_filter and not rule_filter(f.rule)):
            continue
        for i, s in enumerate(sentences):
            if f.start < s.end and s.start < max(f.end, f.start + 1):
                flags[i].add(f.rule)
    return flags


def score(corpus: list, flagged: list[list[set[str]]]) -> Score:
    result = Score()
    for (_, _, sentences), flags in zip(corpus, flagged):
        for s, rules in zip(sentences, flags):
            result.by_rule += [(rule, s.grammar) for rule in rules]
            if rules and s.grammar:
                result.tp += 1
            elif rules:
                result.fp += 1
                result.false.append(f"{s.letter} {sorted(rules)}: {s.text}")
            elif s.grammar:
                result.fn += 1
                result.missed.append(f"{s.letter}: {s.text}")
    return result


def evaluate(split: str, *, kinds: bool = False, folder: Path = CORPUS,
             pipeline: Any = None) -> dict[str, Score]:
    """Scores per system (and per Harper kind with kinds=True) on one split."""
    from poa_lint.catalogue import load_catalogue
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.grammar.base import protected_for
    from poa_lint.grammar.harper import ALL_KINDS, HarperEngine
    from poa_lint.grammar.run import GrammarEngines, stamp_engine_hit
    from poa_lint.nlp import load_pipeline

    corpus = letters(split, folder)
    pipeline = pipeline or load_pipeline()
    catalogue = load_catalogue()
    pack = build_linter(Config(select=("grammar", "placeholder"), grammar="none"),
                        catalogue=catalogue, pipeline=pipeline)
    started = time.perf_counter()
    results = list(pack.lint_many([(cid, text) for cid, text, _ in corpus]))
    pack_time = time.perf_counter() - started
    scores: dict[str, Score] = {}
    scores["pack"] = score(corpus, [_flags(r.findings, s) for r, (_, _, s) in zip(results, corpus)])
    scores["pack"].seconds = pack_time

    harper = HarperEngine(kinds=ALL_KINDS)
    started = time.perf_counter()
    harper_findings = []
    for r in results:
        gaps = [(f.start, f.end) for f in r.findings if f.category == "placeholder"]
        protected = protected_for(r.letter.text, r.letter.doc, placeholders=gaps)
        harper_findings.append([stamp_engine_hit(h, r.letter, r.path)
                                for h in harper.check(r.letter.text, protected)])
    harper_time = time.perf_counter() - started
    scores["harper (all kinds)"] = score(corpus, [_flags(f, s) for f, (_, _, s)
                                                  in zip(harper_findings, corpus)])
    scores["harper (all kinds)"].seconds = harper_time
    if kinds:
        names = sorted({f.rule for fs in harper_findings for f in fs})
        for name in names:
            scores[name] = score(corpus, [_flags(f, s, lambda r, n=name: r == n)
                                          for f, (_, _, s) in zip(harper_findings, corpus)])

    lt = GrammarEngines(Config(grammar="languagetool"))
    if lt.engines:
        started = time.perf_counter()
        flagged = [_flags(lt.apply(tuple(f for f in r.findings if f.category == "placeholder"),
                                   r.letter, r.path), s) for r, (_, _, s) in zip(results, corpus)]
        scores["languagetool"] = score(corpus, flagged)
        scores["languagetool"].seconds = time.perf_counter() - started

    default = build_linter(Config(select=("grammar", "placeholder")), catalogue=catalogue,
                           pipeline=pipeline)
    started = time.perf_counter()
    flagged = [_flags(r.findings, s) for r, (_, _, s) in
               zip(default.lint_many([(cid, text) for cid, text, _ in corpus]), corpus)]
    scores["defaults"] = score(corpus, flagged)
    scores["defaults"].seconds = time.perf_counter() - started
    return scores


def rule_table(s: Score) -> str:
    """Per rule: sentences it flagged that are labelled grammar, and that are not."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule, hit in s.by_rule:
        counts[rule][0 if hit else 1] += 1
    rows = sorted(counts.items(), key=lambda kv: -sum(kv[1]))
    return markdown_table(["rule", "labelled", "not labelled"], [(r, tp, fp) for r, (tp, fp) in rows], "lrr")


def table(scores: dict[str, Score]) -> str:
    return markdown_table(["system", "recall", "precision", "sentences flagged"],
                          [(name, ratio(s.recall), ratio(s.precision), s.tp + s.fp)
                           for name, s in scores.items()], "lrrr")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    split = args[args.index("--split") + 1] if "--split" in args else "train"
    folder = Path(args[args.index("--corpus") + 1]) if "--corpus" in args else CORPUS
    scores = evaluate(split, kinds="--kinds" in args, folder=folder)
    sentences = next(iter(scores.values()))
    print(f"split {split}: {len(letters(split, folder))} letters, {sentences.tp + sentences.fn} "
          f"sentences labelled grammar")
    print(table(scores))
    if "--rules" in args:
        print(rule_table(scores["defaults"]))
    if "-v" in args:
        for name in ("defaults",):
            for line in scores[name].false:
                print(f"[{name}] FP  {line}")
            for line in scores[name].missed:
                print(f"[{name}] FN  {line}")
    print(f"\nseconds: pack {scores['pack'].seconds:.1f}, Harper {scores['harper (all kinds)'].seconds:.1f}, "
          f"defaults {scores['defaults'].seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
