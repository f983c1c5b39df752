"""Train the sentence classifier shipped in poa_lint/models/sentences (one command, fixed seed):

    python -m lab.train_sentences

Reads only the training split of corpus/real (and corpus/real/augmented/train-variants.yml),
calibrates each label's threshold for precision by 5-fold cross-validation grouped by letter
inside the training split, repeated over three fold splits whose held-out scores are pooled,
trains the final model on the whole training split and writes it with training.json: the corpus
digest, the digest of the training inputs (tests/test_learned.py recomputes it with today's code),
the seed, the thresholds and the cross-validated figures. `python -m lab.real_eval --cv` runs this
same procedure fold by fold to measure the whole linter on letters its model has not seen.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from lab.real_corpus import CORPUS, PARTS, RealLetter, corpus_digest, load_corpus

SEED = 20261130
FOLDS = 5
EPOCHS = 20
REPEATS = 3           # fold splits whose held-out scores are pooled for calibration
# (precision, correct flags per split) a category's threshold must reach, tried in order: the
# target, then a slightly lower one that needs twice the support; below it the rule never fires
TARGETS = ((0.90, 5), (0.85, 10))
ROLE_TARGETS = ((0.80, 5),)
# every part is calibrated for the precision an error must have, whatever the severity of the rule
# that reports it missing: a complete letter told it lacks a part costs the seller's trust more
# than a missing part not reported (a 0.90 target told 2 of 7 complete test letters that their
# preventive measures were missing, 0.95 told none)
PART_PRECISION_TARGET = 0.95
PART_BAR_FLOOR = 0.05   # the lowest part bar where no heading names the part (a part no sentence plays is missing)
AUGMENTED = "augmented/train-variants.yml"


def _bag_of_words(section: str, ngram_size: int, length: int) -> str:
    return f"""
[{section}]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = false
ngram_size = {ngram_size}
no_output_layer = false
length = {length}
"""


MEMBERS = {
    "bow": """
[components.bow]
factory = "textcat_multilabel"
threshold = 0.5
""" + _bag_of_words("components.bow.model", 2, 131072),
    "ensemble": """
[components.ensemble]
factory = "textcat_multilabel"
threshold = 0.5

[components.ensemble.model]
@architectures = "spacy.TextCatEnsemble.v2"
nO = null
""" + _bag_of_words("components.ensemble.model.linear_model", 1, 65536) + """
[components.ensemble.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ensemble.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
rows = [2000, 1000, 1000, 1000]
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
include_static_vectors = false

[components.ensemble.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
window_size = 1
maxout_pieces = 3
depth = 2
""",
}
ARCHITECTURE = "bow,ensemble"   # members whose probabilities are averaged


def _config(members: Sequence[str]) -> str:
    head = f"""
[nlp]
lang = "en"
pipeline = {json.dumps(list(members))}

[nlp.tokenizer]
@tokenizers = "poa_lint.words.v1"

[components]
"""
    return head + "".join(MEMBERS[m] for m in members)


@dataclass(frozen=True)
class Example:
    text: str
    cats: dict[str, float]
    letter: str
    real: bool
    heading_like: bool


def _cats(labels, role: str) -> dict[str, float]:
    from poa_lint.classifier import CATEGORY_LABELS, ROLE_LABELS

    cats = {c: float(c in labels) for c in CATEGORY_LABELS}
    cats.update({r: float(role == r) for r in ROLE_LABELS})
    return cats


def _contexts(letter: RealLetter, linter, headed: dict[str, dict[str, str]]) -> list[str]:
    """The context words of each labelled sentence, from the poa-lint sentence it overlaps most;
    also notes in `headed` how the letter marks each part (poa_lint.roles.part_state)."""
    from poa_lint.classifier import sentence_context

    parsed = linter.lint(letter.text).letter
    from poa_lint.roles import part_state

    headed[letter.id] = {part: part_state(parsed, part) for part in PARTS}
    out = []
    for s in letter.sentences:
        best, index = 0, None
        for i, mine in enumerate(parsed.sentences):
            shared = min(s.end, mine.end) - max(s.start, mine.start)
            if shared > best:
                best, index = shared, i
        out.append(sentence_context(parsed, index) if index is not None else "")
    return out


def examples_of(letters: Sequence[RealLetter], root: Path,
                headed: dict[str, dict[str, str]] | None = None) -> list[Example]:
    from poa_lint.classifier import model_text
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.roles import restates_notice

    linter = build_linter(Config(select=("placeholder.unfilled",)))
    out = []
    for letter in letters:
        for s, context in zip(letter.sentences, _contexts(letter, linter, headed if headed is not None else {})):
            text = model_text(s.text, context)
            if not model_text(s.text):
                continue
            heading = "zzheading" in context.split() or restates_notice(s.text)
            out.append(Example(text, _cats(s.labels, s.role), letter.id, True, heading))
    path = root / AUGMENTED
    if path.is_file():
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or ():
            out.append(Example(model_text(item["text"], _parse_words(item["text"], linter)),
                               _cats(item.get("labels") or (), item.get("role", "other")),
                               str(item["from"]), False, False))
    return out


def _parse_words(text: str, linter) -> str:
    """The parse words of an augmented sentence, which has no letter: parsed as a one-sentence
    letter, read from its longest sentence (no position or part context: it stands nowhere)."""
    from poa_lint.classifier import parse_words

    sentences = linter.lint(text).letter.sentences
    return parse_words(max(sentences, key=lambda s: s.end - s.start).span) if sentences else ""


def _train(examples: Sequence[Example], seed: int, architecture: str = ARCHITECTURE):
    """One pipeline holding the members of `architecture` ("bow,ensemble"), trained with the seed;
    returned as the SentenceModel the linter uses (so scoring is the same code)."""
    import spacy
    from spacy.training import Example as SpacyExample
    from thinc.api import Config

    from poa_lint.classifier import LABELS, SentenceModel, register_tokenizer

    register_tokenizer()
    members = architecture.split(",")
    spacy.util.fix_random_seed(seed)
    nlp = spacy.util.load_model_from_config(Config().from_str(_config(members)), auto_fill=True, validate=True)
    for name in members:
        for label in LABELS:
            nlp.get_pipe(name).add_label(label)
    data = [SpacyExample.from_dict(nlp.make_doc(e.text), {"cats": e.cats}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for start in range(0, len(data), 32):
            nlp.update(data[start:start + 32], sgd=optimizer, drop=0.2)
    return SentenceModel(nlp, {"labels": list(LABELS), "members": members})


def folds(letters: Sequence[RealLetter], seed: int = SEED) -> list[set[str]]:
    """The letter ids of each of the FOLDS folds (grouped by letter, shuffled with `seed`)."""
    ids = sorted(letter.id for letter in letters)
    random.Random(seed).shuffle(ids)
    return [set(ids[i::FOLDS]) for i in range(FOLDS)]


def _calibrate(pairs: list[tuple[float, bool]], target: float, min_support: int = 5) -> tuple[float, dict]:
    """The lowest threshold whose cross-validated precision reaches `target` with at least
    `min_support` correct flags (1.0, never, when none does). Candidates are the scores themselves."""
    positives = sum(y for _, y in pairs)
    ranked = sorted(pairs, key=lambda p: -p[0])
    hits, chosen = 0, (1.0, {"precision": None, "recall": 0.0, "positives": positives})
    for n, (score, y) in enumerate(ranked, 1):
        hits += y
        last_of_tie = n == len(ranked) or ranked[n][0] < score
        if last_of_tie and y and hits >= min_support and hits / n >= target and score > 0.01:
            chosen = (round(score - 1e-6, 6), {"precision": round(hits / n, 3), "recall": round(hits / positives, 3),
                                               "positives": positives})
    return chosen


def _calibrate_pooled(pairs: list[tuple[float, bool]], targets: Sequence[tuple[float, int]], repeats: int
                      ) -> tuple[float, dict]:
    """The threshold for a label from the pooled (score, labelled) pairs of `repeats` fold splits:
    for the first (precision target, correct flags per split) of `targets` that some threshold
    reaches, the lowest such threshold; 1.0 (never fires) when none does. The figures name the
    target met (None: none)."""
    for target, support in targets:
        threshold, figures = _calibrate(pairs, target, support * repeats)
        if figures["precision"] is not None:
            break
    else:
        target = None
    return threshold, {**figures, "positives": figures["positives"] // repeats, "target": target}


def _ranking(pairs: list[tuple[float, bool]]) -> dict:
    """Average precision and the best F1 point: how well the scores rank, threshold aside."""
    ranked = sorted(pairs, key=lambda p: -p[0])
    positives = sum(y for _, y in ranked)
    if not positives:
        return {}
    hits, ap, best = 0, 0.0, (0.0, 0.0, 0.0, 0.0)
    for n, (p, y) in enumerate(ranked, 1):
        if y:
            hits += 1
            ap += hits / n
        prec, rec = hits / n, hits / positives
        f1 = 2 * prec * rec / (prec + rec) if hits else 0.0
        if f1 > best[0]:
            best = (f1, prec, rec, p)
    return {"ap": round(ap / positives, 3), "best_f1": round(best[0], 3), "at": round(best[3], 3),
            "p": round(best[1], 3), "r": round(best[2], 3)}


def _calibrate_part(letters: list[tuple[float, str, bool]], target: float = PART_PRECISION_TARGET,
                    cap: float = 1.0) -> tuple[dict, dict]:
    """Bars for reading a part as present from (strength, state, missing) per letter, one bar per
    state of the letter model: "named" (a heading or the wording cues name the part), "unnamed" (the
    letter has headings, none for this part), "plain" (no headings at all). A part is present when
    some sentence plays it (its most likely role) with a probability at or above its state's bar.
    Chosen for the highest recall of "missing" at precision >= target; when no choice reaches it,
    for the best F0.5 (precision weighs double). Among equal choices, the bar of "unnamed" letters is
    the highest: a writer who heads the other parts but not this one most likely left it out.
    Where no heading or cue names the part, the bar is never 0: a part that no sentence plays at
    all is missing, whatever the training letters' calibration would prefer. No bar is above `cap`,
    the role's own threshold: a sentence the letter model gives the role makes the part present (the
    linter does not say "this sentence is a preventive measure" and "no preventive measures")."""
    missing = sum(m for _, _, m in letters)
    grid = [t for t in [0.0] + [round(0.05 * i, 2) for i in range(1, 20)] if t <= cap]
    best = None
    for named in grid:
        for unnamed in (t for t in grid if t >= max(named, PART_BAR_FLOOR)):
            for plain in (t for t in grid if t >= max(named, PART_BAR_FLOOR)):
                bars = {"named": named, "unnamed": unnamed, "plain": plain}
                told = [m for s, state, m in letters if s < bars[state]]
                if not told or not missing or not sum(told):
                    continue
                precision, recall = sum(told) / len(told), sum(told) / missing
                f05 = 1.25 * precision * recall / (0.25 * precision + recall)
                good = precision >= target
                # ties (the training letters cannot tell): low bars for named and plain letters, a
                # high bar where a letter names its other parts by headings but not this one
                key = (good, recall if good else f05, precision, -named, unnamed, -plain)
                if best is None or key > best[0]:
                    best = (key, bars, {"precision": round(precision, 3), "recall": round(recall, 3),
                                        "missing": missing})
    if best is None:
        return {"named": 0.0, "unnamed": 0.05, "plain": 0.05}, {"precision": None, "recall": 0.0, "missing": missing}
    return best[1], best[2]


def out_of_fold(letters: Sequence[RealLetter], examples: Sequence[Example], architecture: str = ARCHITECTURE,
                repeats: int = REPEATS) -> list[dict[int, dict[str, float]]]:
    """For each of `repeats` splits of the letters into FOLDS folds (shuffled with SEED, SEED + 1,
    ...), every real example's scores from the model trained without its fold."""
    real = [i for i, e in enumerate(examples) if e.real]
    runs = []
    for r in range(repeats):
        oof: dict[int, dict[str, float]] = {}
        for k, held in enumerate(folds(letters, SEED + r)):
            model = _train([e for e in examples if e.letter not in held], SEED + 100 * r + k, architecture)
            idx = [i for i in real if examples[i].letter in held]
            for i, cats in zip(idx, model.score_prepared([examples[i].text for i in idx])):
                oof[i] = cats
            print(f"  split {r + 1}/{repeats}, fold {k + 1}/{FOLDS}: {len(idx)} held-out sentences", file=sys.stderr)
        runs.append(oof)
    return runs


def cross_validate(letters: Sequence[RealLetter], examples: Sequence[Example], headed: dict[str, dict[str, str]],
                   architecture: str = ARCHITECTURE, repeats: int = REPEATS) -> dict:
    """Thresholds for the categories from the out-of-fold scores of `repeats` fold splits, pooled:
    each threshold is judged on every split's held-out scores together, so one lucky or unlucky
    split of about 50 letters does not decide whether a category's rule exists; so are the bars of
    the parts. Roles are calibrated on the first split, as before."""
    from poa_lint.classifier import CATEGORY_LABELS, ROLE_LABELS

    runs = out_of_fold(letters, examples, architecture, repeats)
    real = [i for i, e in enumerate(examples) if e.real]
    thresholds, figures = {}, {}
    for label in CATEGORY_LABELS:
        pairs = [(oof[i][label], examples[i].cats[label] > 0) for oof in runs for i in real]
        thresholds[label], figures[label] = _calibrate_pooled(pairs, TARGETS, repeats)
        figures[label].update(_ranking(pairs))
    # Roles keep the first split's scores: pooled, they lost recall in
    # `python -m lab.real_eval --cv` (preventive role 0.52 -> 0.30) without gaining precision.
    oof = runs[0]
    for label in ROLE_LABELS:
        pairs = [(oof[i][label], examples[i].cats[label] > 0) for i in real if not examples[i].heading_like]
        thresholds[label], figures[label] = _calibrate_pooled(pairs, ROLE_TARGETS, 1)
        figures[label].update(_ranking(pairs))
    # Parts pool every split's held-out strengths, as the categories do: calibrated on one split,
    # the bars moved with the seed (the root-cause bar of plain letters from 0.05 to 0.85) and told
    # complete letters that they lack a part.
    part_thresholds, part_figures = {}, {}
    for part in PARTS:
        strengths = []
        for run in runs:
            for letter in letters:
                own = [run[i][part] for i in real if examples[i].letter == letter.id and not examples[i].heading_like
                       and max(ROLE_LABELS, key=lambda r: run[i][r]) == part]
                if letter.path != "error":
                    strengths.append((max(own, default=0.0), headed.get(letter.id, {}).get(part, "plain"),
                                      part in letter.missing))
        part_thresholds[part], part_figures[part] = _calibrate_part(strengths, cap=thresholds[part])
        part_figures[part]["missing"] //= repeats
    return {"thresholds": thresholds, "part_thresholds": part_thresholds,
            "cv": {"labels": figures, "parts": part_figures, "splits": repeats},
            "_oof": [{"letter": examples[i].letter, "heading": examples[i].heading_like, "cats": examples[i].cats,
                      "scores": {k: sum(oof[i][k] for oof in runs) / repeats for k in runs[0][i]}} for i in real]}


def inputs_digest(letters: Sequence[RealLetter], examples: Sequence[Example], headed: dict[str, dict[str, str]],
                  architecture: str = ARCHITECTURE) -> str:
    """sha256 over everything training reads, after the contexts are computed: each example's
    model text, labels, letter and kind, each letter's appeal path, missing parts and the parts its
    headings name, and the seed, epochs, folds, calibration targets and pipeline configuration (it
    also keys the fold models `python -m lab.real_eval --cv` keeps). A change of code or rules
    that alters what the model is trained on changes it (tests compare it with training.json)."""
    import hashlib

    payload = {
        "examples": [[e.text, sorted(k for k, v in e.cats.items() if v), e.letter, e.real, e.heading_like]
                     for e in examples],
        "letters": [[l.id, l.path, sorted(l.missing), sorted(headed.get(l.id, {}).items())]
                    for l in sorted(letters, key=lambda l: l.id)],
        "seed": SEED, "epochs": EPOCHS, "folds": FOLDS, "splits": REPEATS,
        "roles": "first split", "parts": "pooled, capped by the role",
        "targets": [TARGETS, ROLE_TARGETS, PART_PRECISION_TARGET, PART_BAR_FLOOR],
        "config": _config(architecture.split(",")),
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def fit(letters: Sequence[RealLetter], examples: Sequence[Example], headed: dict[str, dict[str, str]], out: Path,
        architecture: str = ARCHITECTURE, extra: dict | None = None) -> dict:
    """Calibrate by cross-validation, train on all of `examples` and write the model and its
    training.json to `out` (replaced); returns the calibration (with the out-of-fold scores)."""
    import shutil

    from poa_lint.classifier import LABELS

    calibration = cross_validate(letters, examples, headed, architecture)
    oof = calibration.pop("_oof")
    model = _train(examples, SEED, architecture)
    if out.exists():
        shutil.rmtree(out)
    model.nlp.to_disk(out)
    counts = {label: int(sum(e.cats[label] for e in examples if e.real)) for label in LABELS}
    meta = {"labels": list(LABELS), "seed": SEED, "epochs": EPOCHS,
            "inputs_digest": inputs_digest(letters, examples, headed, architecture),
            "training_letters": len(letters), "real_sentences": sum(e.real for e in examples),
            "augmented_sentences": sum(not e.real for e in examples), "real_examples_per_label": counts,
            "members": architecture.split(","), **(extra or {}), **calibration}
    (out / "training.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return {**calibration, "_oof": oof}


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from poa_lint.classifier import MODEL_DIR

    parser = argparse.ArgumentParser(prog="python -m lab.train_sentences", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--arch", default=ARCHITECTURE,
                        help="comma-separated members: bow, ensemble (experiments; the shipped model uses the default)")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation, write nothing")
    parser.add_argument("--dump-oof", type=Path, help="write the cross-validated scores to this JSON file")
    args = parser.parse_args(argv)
    letters = load_corpus(args.corpus, "train")
    headed: dict[str, dict[str, str]] = {}
    examples = examples_of(letters, args.corpus, headed)
    print(f"{len(letters)} training letters, {sum(e.real for e in examples)} real sentences, "
          f"{sum(not e.real for e in examples)} augmented", file=sys.stderr)
    if args.cv_only:
        calibration = cross_validate(letters, examples, headed, args.arch)
    else:
        calibration = fit(letters, examples, headed, args.out, args.arch,
                          {"corpus_digest": corpus_digest(args.corpus), "command": "python -m lab.train_sentences"})
    oof = calibration.pop("_oof")
    if args.dump_oof:
        args.dump_oof.write_text(json.dumps({"oof": oof, "headed": {k: sorted(v) for k, v in headed.items()},
                                             "letters": {l.id: [l.path, sorted(l.missing)] for l in letters}}))
    print(json.dumps(calibration["cv"] if args.cv_only else calibration, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
