"""How right the grammar-based role cues (poa_lint.role_cues) are on their own, per role, and how
often a root-cause sentence is read as vague, on the real letters of one split:

    python -m lab.role_cues --split train [--corpus DIR] [-v]

A cue counts as right when the poa-lint sentence it is read from overlaps a labelled sentence of
that role; a labelled sentence counts as found when some cue of its role overlaps it. No sentence
model is involved, so the training split's figures are not inflated by training.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from lab.real_corpus import CORPUS, load_corpus
from lab.score import Score, markdown_table, ratio

CUED = ("corrective", "preventive", "evidence")


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def measure(letters, verbose: bool = False) -> tuple[dict[str, Score], list[str]]:
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.role_cues import cue_role, vague_cause

    linter = build_linter(Config(select=("placeholder.unfilled",)))
    scores = {r: Score() for r in CUED}
    vague = {"missing": Score(), "present": Score()}   # labelled root causes read as vague
    notes = []
    for real in letters:
        letter = linter.lint(real.text).letter
        cues = [(s, None if s.is_heading else cue_role(s.span)) for s in letter.sentences]
        for role, score in scores.items():
            labelled = [s for s in real.sentences if s.role == role]
            mine = [s for s, r in cues if r == role]
            score.labels += len(labelled)
            score.predicted += len(mine)
            for s in labelled:
                hit = any(_overlap(m.start, m.end, s.start, s.end) for m in mine)
                score.found += hit
                if verbose and not hit:
                    notes.append(f"{real.id}: missed {role}: {s.text[:110]!r}")
            for m in mine:
                right = [s.role for s in real.sentences if _overlap(m.start, m.end, s.start, s.end)]
                score.correct += role in right
                if verbose and role not in right:
                    notes.append(f"{real.id}: cue {role}, labelled {'/'.join(right) or '-'}: {m.text[:110]!r}")
        causes = [s for s in letter.sentences if any(
            l.role == "root-cause" and _overlap(s.start, s.end, l.start, l.end) for l in real.sentences)]
        if real.path != "error" and causes:
            key = "missing" if "root-cause" in real.missing else "present"
            vague[key].labels += 1
            vague[key].found += all(vague_cause(s.span) for s in causes)
            if verbose and key == "missing":
                notes.append(f"{real.id}: root cause labelled missing; vague: "
                             + "; ".join(f"{vague_cause(s.span)} {s.text[:80]!r}" for s in causes))
    notes.append("letters whose every root-cause-labelled sentence reads vague: "
                 f"labelled missing {vague['missing'].found}/{vague['missing'].labels}, "
                 f"labelled present {vague['present'].found}/{vague['present'].labels}")
    return scores, notes


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lab.role_cues", description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train",), default="train")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    scores, notes = measure(load_corpus(args.corpus, args.split), args.verbose)
    print(markdown_table(("cue", "labelled", "found", "recall", "cues", "correct", "precision"),
                         [(r, s.labels, s.found, ratio(s.recall), s.predicted, s.correct, ratio(s.precision))
                          for r, s in scores.items()], "lrrrrrr"))
    print(*notes, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
