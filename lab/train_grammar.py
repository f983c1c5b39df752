"""Train the grammatical-error detector shipped in poa_lint/models/grammar (one command, fixed seed):

    python -m lab.train_grammar [--cv-only] [--dump-oof FILE]

Data: the sentences of the training split of corpus/real (labelled `grammar` or not), the good
letters of fixtures/ and the fluent sentences of lab/grammar_fluent.txt as correct sentences, and
copies of every correct sentence with one non-native error put in by program (see `inject`): a
dropped article, a wrong verb form after a modal, "to" or an auxiliary, "be" with a base verb,
subject-verb agreement, singular/plural after a determiner, an adjective for an adverb, a wrong
preposition, a wrong derivation, a missing function word, two sentences joined by a comma.

The model learns positions: where an error was put in, the skeleton position(s) that changed
(found by comparing the skeletons before and after) are errors; every position of a correct
sentence is not. A real sentence labelled `grammar` does not say where its error is; after a first
pass its most suspicious position is taken as the error (one round of multiple-instance learning).

The threshold is calibrated by 5-fold cross-validation grouped by letter inside the training split
(a held-out letter's sentences, and the errors made from them, are never trained on in its fold)
for precision >= PRECISION_TARGET on the real sentences only. The final model is trained on all of
it and written with training.json: corpus digest, seed, threshold and the cross-validated figures.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lab.real_corpus import CORPUS, ROOT, corpus_digest, files_digest, load_corpus
from lab.train_sentences import _calibrate, _ranking

SEED = 20261130
FOLDS = 5
EPOCHS = 6
LEARNING_RATE = 0.2
DECAY = 1e-5
L2 = 1e-4
PRECISION_TARGET = 0.85
FLUENT = Path(__file__).resolve().parent / "grammar_fluent.txt"
FIXTURES = ROOT / "fixtures"
OWN_FIXTURES = "grammar.learned"


@dataclass(frozen=True)
class Example:
    words: tuple[str, ...]      # the skeleton the model reads
    error: bool
    group: str                  # the training letter it comes from ("" for fixtures and fluent sentences)
    real: bool                  # a sentence of a real letter, as labelled (the ones scored in CV)
    source: str = ""            # the sentence's words (for reading the cross-validation)
    spots: tuple[int, ...] = ()  # where a made error is (positions of `words`)
    kind: str = ""              # which error was made (a key of INJECTORS, or "comma-splice")


# --- putting errors into correct sentences -------------------------------------------------------

PREPOSITIONS = ("in", "on", "at", "for", "to", "with", "of", "about", "from", "by")
SINGULAR_DETS = {"a", "an", "this", "that", "each", "every", "one", "another"}
PLURAL_DETS = {"these", "those", "many", "several", "all", "both", "few", "two", "three", "some"}
AGREE = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has",
         "does": "do", "do": "does"}
DERIVED = (("dissatisf", "unsatisf"), ("inaccura", "unaccura"), ("improper", "unproper"),
           ("responsib", "responsibl"), ("ment", "tion"), ("ence", "ency"), ("ness", "ity"),
           ("ation", "ement"), ("ive", "ful"))


def _join(tokens, replaced: dict[int, str], dropped: frozenset[int] | set[int] = frozenset()) -> str:
    """The sentence with some words replaced and some left out."""
    out = []
    for t in tokens:
        if t.i in dropped:
            continue
        word = replaced.get(t.i, t.text)
        out.append(word + t.whitespace_)
    return "".join(out).strip()


def _case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def drop_article(doc, lex, rng):
    # "a/an" always marks a countable noun; "the" often goes before a noun English uses bare
    spots = [t for t in doc if t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.tag_ == "NN" and t.i > 0]
    if not spots or rng.random() < 0.3:
        spots = [t for t in doc if t.lower_ == "the" and t.dep_ == "det" and t.head.tag_ == "NN" and t.i > 0]
    return _join(doc, {}, {rng.choice(spots).i}) if spots else None


def verb_after_modal(doc, lex, rng):
    spots = [t for t in doc if t.tag_ == "VB" and t.i > 0 and doc[t.i - 1].tag_ in ("MD", "TO")
             and t.lemma_ != "be" and t.text.isalpha()]
    if not spots:
        return None
    t = rng.choice(spots)
    return _join(doc, {t.i: lex.inflect(t.lemma_, rng.choice(("VBD", "VBZ", "VBG")))})


def base_after_be(doc, lex, rng):
    spots = [t for t in doc if t.tag_ in ("VBN", "VBG") and t.text.isalpha()
             and any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in t.children)]
    if not spots:
        return None
    t = rng.choice(spots)
    return _join(doc, {t.i: _case(t.lemma_.lower(), t.text)})


def base_after_have(doc, lex, rng):
    spots = [t for t in doc if t.tag_ == "VBN" and t.text.isalpha() and t.lemma_ != "be"
             and any(c.lemma_ == "have" and c.dep_ == "aux" for c in t.children)]
    if not spots:
        return None
    t = rng.choice(spots)
    return _join(doc, {t.i: _case(t.lemma_.lower(), t.text)})


def agreement(doc, lex, rng):
    spots = [t for t in doc if t.lower_ in AGREE and t.tag_ in ("VBZ", "VBP", "VBD")]
    verbs = [t for t in doc if t.tag_ in ("VBZ", "VBP") and t.lemma_ not in ("be", "have", "do")
             and t.text.isalpha() and any(c.dep_ == "nsubj" and c.lower_ not in ("i", "you") for c in t.children)]
    if spots and (not verbs or rng.random() < 0.6):
        t = rng.choice(spots)
        return _join(doc, {t.i: _case(AGREE[t.lower_], t.text)})
    if verbs:
        t = rng.choice(verbs)
        form = t.lemma_.lower() if t.tag_ == "VBZ" else lex.inflect(t.lemma_, "VBZ")
        return _join(doc, {t.i: form})
    return None


def noun_number(doc, lex, rng):
    spots = []
    for t in doc:
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "amod")}
        if t.tag_ == "NNS" and (dets & PLURAL_DETS or any(c.like_num and c.lower_ not in ("1", "one")
                                                          for c in t.children)):
            base = t.lemma_.lower()
            if base != t.lower_:
                spots.append((t, base))
        elif t.tag_ == "NN" and dets & SINGULAR_DETS and t.text.isalpha():
            spots.append((t, lex.inflect(t.lemma_, "VBZ")))     # the -s spelling rules fit nouns too
    if not spots:
        return None
    t, word = rng.choice(spots)
    return _join(doc, {t.i: word})


def adjective_for_adverb(doc, lex, rng):
    spots = []
    for t in doc:
        low = t.lower_
        if t.tag_ == "RB" and low.endswith("ly") and len(low) > 5:
            stem = low[:-3] + "y" if low.endswith("ily") else low[:-2]
            stem = stem[:-1] + "e" if stem.endswith("bl") else stem
            if lex.known(stem) and "adj" in lex.classes(stem):
                spots.append((t, stem))
    if not spots:
        return None
    t, word = rng.choice(spots)
    return _join(doc, {t.i: _case(word, t.text)})


def wrong_preposition(doc, lex, rng):
    spots = [t for t in doc if t.tag_ == "IN" and t.lower_ in PREPOSITIONS and t.dep_ in ("prep", "dative")
             and t.head.pos_ in ("VERB", "NOUN", "ADJ")]
    if not spots:
        return None
    t = rng.choice(spots)
    return _join(doc, {t.i: _case(rng.choice([p for p in PREPOSITIONS if p != t.lower_]), t.text)})


def wrong_derivation(doc, lex, rng):
    spots = []
    for t in doc:
        low = t.lower_
        if t.pos_ not in ("NOUN", "ADJ") or not t.text.isalpha():
            continue
        for right, wrong in DERIVED:
            if right in low and not lex.known(low.replace(right, wrong, 1)):
                spots.append((t, low.replace(right, wrong, 1)))
        if t.pos_ == "NOUN" and t.tag_ == "NN" and low.endswith(("ment", "tion", "ance", "ence")):
            verb = low[:-4] if low.endswith(("ment", "ance", "ence")) else low[:-3] + "e"
            if "verb" in lex.classes(verb):
                spots.append((t, verb))       # "the improve of", "our inspect"
    if not spots:
        return None
    t, word = rng.choice(spots)
    return _join(doc, {t.i: _case(word, t.text)})


def missing_word(doc, lex, rng):
    spots = [t.i for t in doc if t.lower_ == "to" and t.tag_ == "TO"]
    spots += [t.i for t in doc if t.lemma_ == "be" and t.dep_ in ("aux", "auxpass", "ROOT", "cop")]
    spots += [t.i for t in doc if t.lower_ == "of" and t.i > 0]
    spots = [i for i in spots if i > 0]   # not a subject: list items leave it out on purpose
    return _join(doc, {}, {rng.choice(spots)}) if spots else None


def gerund_after_preposition(doc, lex, rng):
    spots = [t for t in doc if t.tag_ == "VBG" and t.i > 0 and doc[t.i - 1].tag_ == "IN"]
    spots += [t for t in doc if t.tag_ == "VB" and t.i > 1 and doc[t.i - 1].tag_ == "TO"
              and doc[t.i - 2].lemma_ in ("help", "allow", "ask", "remind", "require", "train", "want")]
    if not spots:
        return None
    t = rng.choice(spots)
    if t.tag_ == "VBG":
        return _join(doc, {t.i: t.lemma_.lower()})                          # "from have", "before ship"
    return _join(doc, {}, {t.i - 1})                                      # "allow me complete"


INJECTORS: dict[str, Callable] = {
    "article": drop_article, "modal": verb_after_modal, "be-base": base_after_be, "have-base": base_after_have,
    "agreement": agreement, "number": noun_number, "adverb": adjective_for_adverb,
    "preposition": wrong_preposition, "derivation": wrong_derivation, "missing": missing_word,
    "gerund": gerund_after_preposition,
}


def inject(doc, lex, rng: random.Random, kinds: int = 2) -> list[tuple[str, str]]:
    """Up to `kinds` erroneous copies of a correct sentence, each with one error of a different kind."""
    names = sorted(INJECTORS)
    rng.shuffle(names)
    out = []
    for name in names:
        text = INJECTORS[name](doc, lex, rng)
        if text and text != doc.text.strip():
            out.append((name, text))
        if len(out) == kinds:
            break
    return out


def comma_splices(sentences: Sequence[str], rng: random.Random) -> list[tuple[str, str, str]]:
    """Neighbouring correct sentences joined by a comma ("We checked, we found the error.")."""
    out = []
    for a, b in zip(sentences, sentences[1:]):
        if a.endswith(".") and b[:1].isupper() and 4 <= len(a.split()) <= 18 and 3 <= len(b.split()) <= 14 \
                and rng.random() < 0.3:
            first = b.split()[0]
            head = first if first == "I" or (len(first) > 1 and first[1:2].isupper()) else first.lower()
            out.append((a, b, a[:-1] + ", " + head + b[len(first):]))
    return out


# --- data --------------------------------------------------------------------------------------

def _fixture_sentences(linter) -> list[str]:
    out: list[str] = []
    for good in _fixture_letters():               # not the rule's own examples: they test it
        letter = linter.lint(good.read_text(encoding="utf-8")).letter
        out += [s.text for s in letter.sentences if not s.is_heading]
    return sorted(set(out))


def _fixture_letters() -> list[Path]:
    return [good for good in sorted(FIXTURES.glob("*/good.txt")) if good.parent.name != OWN_FIXTURES]


def fluent_digest() -> str:
    """sha256 over the correct-sentence inputs besides the corpus (the fixtures' good letters and
    grammar_fluent.txt): a changed good letter changes the training data, so the model must be
    retrained to stay reproducible."""
    return files_digest([*_fixture_letters(), FLUENT], ROOT)


def _fluent() -> list[str]:
    return [line.strip() for line in FLUENT.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def changed(before: Sequence[str], after: Sequence[str]) -> tuple[int, ...]:
    """Positions of `after` that differ from `before` (for a deletion, the words either side)."""
    from difflib import SequenceMatcher

    out: set[int] = set()
    for op, _, _, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op in ("replace", "insert"):
            out.update(range(j1, j2))
        elif op == "delete":
            out.update(j for j in (j1 - 1, j1) if 0 <= j < len(after))
    return tuple(sorted(out))


def build_examples(letters, pipeline) -> list[Example]:
    from poa_lint.checks._lexicon import Lexicon
    from poa_lint.config import Config
    from poa_lint.factory import build_linter
    from poa_lint.grammar_model import skeleton

    nlp = pipeline.nlp
    lookups = nlp.vocab.lookups
    verb_forms = tuple(line for line in (ROOT / "rules" / "lists" / "verb_forms.txt").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#"))
    lex = Lexicon(lookups.get_table("lemma_index"), lookups.get_table("lemma_exc"), verb_forms)
    linter = build_linter(Config(select=("placeholder.unfilled",)), pipeline=pipeline)
    rng = random.Random(SEED)
    examples: list[Example] = []
    correct: list[tuple[str, str]] = []              # (group, sentence) to put errors into
    splices: list[tuple[str, str, str, str]] = []    # (group, first, second, joined)
    for letter in letters:
        doc = linter.lint(letter.text).letter.doc
        clean = []
        for s in letter.sentences:
            words = tuple(skeleton(t for t in doc if s.start <= t.idx < s.end))
            if not words:
                continue
            error = "grammar" in s.labels
            examples.append(Example(words, error, letter.id, True, s.text))
            if not error and len(s.text.split()) >= 5 and s.text.rstrip()[-1:] in ".!?":
                clean.append(s.text)
        correct += [(letter.id, t) for t in clean]
        splices += [(letter.id, *pair) for pair in comma_splices(clean, rng)]
    correct += [("", t) for t in _fixture_sentences(linter) + _fluent()]
    made: list[tuple[str, tuple[str, ...], str, str]] = []    # (group, skeleton before, sentence after, kind)
    for (group, text), doc in zip(correct, nlp.pipe([t for _, t in correct], batch_size=256)):
        before = tuple(skeleton(doc))
        if not group:
            examples.append(Example(before, False, group, False, text))
        made += [(group, before, wrong, kind) for kind, wrong in inject(doc, lex, rng)]
    for group, first, second, joined in splices:
        made.append((group, tuple(skeleton(nlp(first))) + tuple(skeleton(nlp(second))), joined, "comma-splice"))
    for (group, before, text, kind), doc in zip(made, nlp.pipe([t for _, _, t, _ in made], batch_size=256)):
        words = tuple(skeleton(doc))
        spots = changed(before, words)
        if spots:
            examples.append(Example(words, True, group, False, text, spots, kind))
    return examples


# --- training and calibration --------------------------------------------------------------------

def _positions(examples: Sequence[Example], extra: dict[int, int] | None = None) -> list[tuple[list[int], int]]:
    """(features, 1 for an error) for each position the model learns from: every position of a
    correct sentence, the changed positions of a made error, and for real sentences labelled
    `grammar`, the position `extra` names (their most suspicious one)."""
    from poa_lint.grammar_model import features

    out = []
    for n, e in enumerate(examples):
        if e.real and e.error:
            if extra and n in extra:
                out.append((features(e.words, extra[n]), 1))
            continue
        if e.error:
            out += [(features(e.words, i), 1) for i in e.spots]
        else:
            out += [(features(e.words, i), 0) for i in range(len(e.words))]
    return out


def _fit(data: list[tuple[list[int], int]], seed: int):
    """Logistic regression by plain SGD with L2, in a fixed order: the same data and seed give the
    same weights, bit for bit."""
    import numpy

    from poa_lint.grammar_model import DIMENSIONS

    w = numpy.zeros(DIMENSIONS, dtype=numpy.float64)
    order = list(range(len(data)))
    rng = random.Random(seed)
    step = 0
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            feats, y = data[k]
            z = float(w[feats].sum())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            rate = LEARNING_RATE / (1.0 + step * DECAY)
            w[feats] -= rate * ((p - y) + L2 * w[feats])
            step += 1
    return w.astype(numpy.float32)


def train(examples: Sequence[Example], seed: int):
    """Two passes: positions of correct and made sentences, then also the most suspicious
    position of each real sentence labelled `grammar` (as the first pass sees it)."""
    from poa_lint.grammar_model import GrammarDetector, LABEL

    first = GrammarDetector(_fit(_positions(examples), seed), {"thresholds": {LABEL: 1.0}})
    extra = {}
    for n, e in enumerate(examples):
        if e.real and e.error and e.words:
            scores = first.positions(e.words)
            extra[n] = max(range(len(scores)), key=scores.__getitem__)
    return GrammarDetector(_fit(_positions(examples, extra), seed), {"thresholds": {LABEL: 1.0}})


def _most_precise(pairs: list[tuple[float, bool]], min_hits: int = 10) -> tuple[float, dict]:
    """The threshold of the highest precision with at least `min_hits` correct flags (the most
    recall among equals), and its precision and recall."""
    ranked = sorted(pairs, key=lambda p: -p[0])
    positives = sum(y for _, y in ranked)
    hits, best = 0, ((0.0, 0.0), 1.0, {})
    for n, (score, y) in enumerate(ranked, 1):
        hits += y
        if n < len(ranked) and ranked[n][0] == score or hits < min_hits:
            continue
        key = (hits / n, hits / positives)
        if key > best[0]:
            best = (key, round(score - 1e-6, 6), {"precision": round(key[0], 3), "recall": round(key[1], 3)})
    return best[1], best[2]


def folds(letters) -> list[set[str]]:
    ids = sorted(letter.id for letter in letters)
    random.Random(SEED).shuffle(ids)
    return [set(ids[i::FOLDS]) for i in range(FOLDS)]


def cross_validate(letters, examples: Sequence[Example]) -> tuple[dict, list[dict]]:
    oof: dict[int, float] = {}
    real = [i for i, e in enumerate(examples) if e.real]
    for k, held in enumerate(folds(letters)):
        model = train([e for e in examples if e.group not in held], SEED + k)
        for i in (i for i in real if examples[i].group in held):
            oof[i] = model.score(examples[i].words)
        print(f"  fold {k + 1}/{FOLDS} done", file=sys.stderr)
    pairs = [(oof[i], examples[i].error) for i in real]
    threshold, figures = _calibrate(pairs, PRECISION_TARGET)
    figures["meets_target"] = threshold < 1.0
    if threshold >= 1.0:        # never reached: the most precise point, for those who opt in
        threshold, best = _most_precise(pairs)
        figures.update(best)
    figures.update(_ranking(pairs))
    dump = [{"letter": examples[i].group, "text": examples[i].source, "grammar": examples[i].error,
             "score": round(oof[i], 4), "skeleton": " ".join(examples[i].words)} for i in real]
    return {"threshold": threshold, "cv": figures}, dump


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import shutil

    from poa_lint.grammar_model import LABEL, MODEL_DIR
    from poa_lint.nlp import load_pipeline

    parser = argparse.ArgumentParser(prog="python -m lab.train_grammar", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation, write nothing")
    parser.add_argument("--dump-oof", type=Path, help="write the cross-validated scores to this JSON file")
    args = parser.parse_args(argv)
    pipeline = load_pipeline()
    letters = load_corpus(args.corpus, "train")
    examples = build_examples(letters, pipeline)
    real = [e for e in examples if e.real]
    print(f"{len(letters)} training letters, {len(real)} real sentences ({sum(e.error for e in real)} grammar), "
          f"{len(examples) - len(real)} others ({sum(e.error for e in examples if not e.real)} with an error made in)",
          file=sys.stderr)
    calibration, dump = cross_validate(letters, examples)
    if args.dump_oof:
        args.dump_oof.write_text(json.dumps(dump, indent=0), encoding="utf-8")
    print(json.dumps(calibration, indent=1))
    if args.cv_only:
        return 0
    import numpy

    model = train(examples, SEED)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    numpy.save(args.out / "weights.npy", model.weights)
    meta = {"labels": [LABEL], "seed": SEED, "epochs": EPOCHS,
            "corpus_digest": corpus_digest(args.corpus), "fluent_digest": fluent_digest(),
            "training_letters": len(letters),
            "real_sentences": len(real), "real_grammar_sentences": sum(e.error for e in real),
            "made_sentences": len(examples) - len(real), "precision_target": PRECISION_TARGET,
            "thresholds": {LABEL: calibration["threshold"]}, "cv": calibration["cv"],
            "command": "python -m lab.train_grammar"}
    (args.out / "training.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
