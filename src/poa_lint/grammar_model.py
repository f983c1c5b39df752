"""The learned grammatical-error detector shipped in the wheel (models/grammar/): one score per
sentence, the probability that it holds an error a fluent writer would not make.

It reads a sentence as the parse sees it, not as words: function words (articles, pronouns,
prepositions, modals, "to", forms of be/have/do, a few adverbs) stay as they are and every other
word becomes its part-of-speech tag ("we will shipped the item" -> "we will VBN the NN"). Many
errors of non-native writers show in that skeleton (a verb form after a modal, "be" with a base
verb, "these" with a singular noun, a missing article), and a model of it is not tied to the words
of the letters it learned from. Measured on real letters it ranks sentences only a little better
than chance, so its rule is off by default (README, "Learned grammar detector").

The model judges each position of that skeleton from the n-grams around it (a logistic regression
over hashed features, `features`), and a sentence scores the probability of its most suspicious
position (errors are local; a whole-sentence model leaned on length). It is trained by
`python -m lab.train_grammar`; models/grammar/ holds its weights and training.json.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).resolve().parent / "models" / "grammar"
LABEL = "grammar"
# Tags whose words stay words: they carry the grammar the model learns.
_FUNCTION_TAGS = frozenset({"DT", "PDT", "IN", "MD", "TO", "PRP", "PRP$", "CC", "WDT", "WP", "WP$", "WRB",
                            "EX", "RP", "POS"})
_KEPT_LEMMAS = frozenset({"be", "have", "do", "not", "very", "also", "so", "too", "never", "always", "again",
                          "let", "make", "help", "allow", "stop", "ensure", "more", "most", "less", "all",
                          "each", "every", "any", "some", "no", "many", "much", "few", "other", "such"})
_PUNCT = frozenset(",.;:!?()\"'")
# Shorter lines are not judged: no labelled error in the training split is on one.
MIN_WORDS = 3


def skeleton(tokens: Iterable[Any]) -> list[str]:
    """What the detector reads of a sentence: the parsed tokens (spaCy tokens with `tag_`,
    `lemma_`, `lower_`) as function words and tags. The training command and the linter both go
    through here."""
    out = []
    for t in tokens:
        if t.is_space:
            continue
        tag, lower = t.tag_, t.lower_
        if t.like_num or tag == "CD":
            out.append("CD")
        elif t.is_punct or tag in {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"}:
            if lower in _PUNCT:
                out.append(lower)
        elif tag in _FUNCTION_TAGS or t.lemma_.lower() in _KEPT_LEMMAS or lower in _KEPT_LEMMAS:
            out.append(lower.replace("'", "").replace("’", "") or tag)
        elif tag == "RB" and not lower.endswith("ly"):
            out.append(lower)
        else:
            out.append((tag or "X").replace("$", "S"))
    return out


DIMENSIONS = 1 << 18
_PAD = "<s>"


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (DIMENSIONS - 1)


def features(words: Sequence[str], i: int) -> list[int]:
    """Hashed features of position `i` of a skeleton: the word there and the word pairs that cover
    it, each with its offset from `i` (longer n-grams were measured to rank worse: too rare in the
    training data to generalise)."""
    padded = [_PAD, _PAD, *words, _PAD, _PAD]
    c = i + 2
    out = ["bias"]
    for n in (1, 2):
        for start in range(c - n + 1, c + 1):
            out.append(f"{n}:{c - start}:" + " ".join(padded[start:start + n]))
    return [_hash(f) for f in out]


@dataclass(frozen=True)
class GrammarDetector:
    """The weights of the position model and the training metadata."""

    weights: Any            # numpy float32 array of DIMENSIONS
    meta: dict[str, Any]

    def threshold(self, label: str) -> float:
        """The threshold calibrated on the training split (1.0: never fires)."""
        return float(self.meta.get("thresholds", {}).get(label, 1.0))

    def positions(self, words: Sequence[str]) -> list[float]:
        """The probability of an error at each position of a skeleton."""
        w = self.weights
        out = []
        for i in range(len(words)):
            z = float(sum(w[f] for f in features(words, i)))
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    def score(self, words: Sequence[str]) -> float:
        """The probability of the sentence's most suspicious position; 0.0 for a line of fewer than
        MIN_WORDS words (a greeting, a sign-off, a name), which gives the model too little context."""
        if sum(w not in _PUNCT for w in words) < MIN_WORDS:
            return 0.0
        return max(self.positions(words), default=0.0)


@cache
def load_detector(path: Path = MODEL_DIR) -> GrammarDetector | None:
    """The shipped detector, or None when it is not there (a source checkout before training)."""
    meta = detector_meta(path)
    if meta is None:
        return None
    import numpy

    return GrammarDetector(numpy.load(path / "weights.npy"), meta)


def detector_meta(path: Path = MODEL_DIR) -> dict[str, Any] | None:
    """The shipped detector's metadata without loading its weights (for `rules` and tests)."""
    meta = path / "training.json"
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else None


def detector_scores(letter: Any, model: GrammarDetector | None) -> tuple[dict[str, float], ...]:
    """The detector's score for each of `letter.sentences`, computed once per letter from the
    letter's own parse (the caller loaded the model when its rule was compiled)."""
    def compute(it: Any) -> tuple[dict[str, float], ...]:
        if model is None:
            return tuple({} for _ in it.sentences)
        return tuple({LABEL: model.score(skeleton(s.span))} for s in it.sentences)

    return letter.derived("grammar-detector", compute)
