"""The learned sentence classifier shipped in the wheel (models/sentences/): problem categories
and roles per sentence. Loaded lazily, once per process; spaCy is imported only when it loads.

The model is one small spaCy pipeline with two `textcat_multilabel` members (a bag of words and
word pairs, and a CNN ensemble over word shapes and affixes) whose probabilities are averaged, trained by
`python -m lab.train_sentences` on the training split of corpus/real; its training.json names the
corpus digest, the seed and the thresholds calibrated by cross-validation inside the training split.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).resolve().parent / "models" / "sentences"
CATEGORY_LABELS = ("blame", "innocence", "emotive", "unrelated", "template", "placeholder", "specificity")
ROLE_LABELS = ("root-cause", "corrective", "preventive", "evidence")
LABELS = CATEGORY_LABELS + ROLE_LABELS
_MARKS = (("zzshout", re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b|\b[A-Z]{5,}\b")),
          ("zzexclaim", re.compile(r"!")),
          ("zzdigits", re.compile(r"\d")))
_MARKER = re.compile(r"^\s*(?:[-*•·▪◦>]+|\(?\d{1,2}[.):]|\(?[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)])\s*")


def model_text(text: str, context: str = "") -> str:
    """What the model reads of a sentence: its words in lower case, without a list marker, spaces
    collapsed, after the context words (see `context_words`) and marks for capitals, exclamation
    and figures. The training command and the linter both go through here."""
    words = " ".join(_MARKER.sub("", text, count=1).split())
    if not words:
        return ""
    marks = [name for name, pattern in _MARKS if pattern.search(words)]
    return " ".join([context, *marks, words.lower()]).strip()


def context_words(kinds: Sequence[str], heading: bool, in_list: bool, index: int, count: int,
                  cues: Sequence[str] = ()) -> str:
    """Pseudo-words telling the model where a sentence stands: the part its heading (or the
    letter model's cues) give it, whether it is a heading or a list item, near the start or end,
    and which parts the wording cues of rules/sections.yml suggest for the sentence itself."""
    out = ["zzpart" + k.replace("-", "") for k in kinds[:2]]
    out += ["zzcue" + k.replace("-", "") for k in cues]
    if heading:
        out.append("zzheading")
    if in_list:
        out.append("zzlistitem")
    if index < 2:
        out.append("zzopening")
    if count - index <= 3:
        out.append("zzending")
    return " ".join(out)


_CUED = ("root-cause", "corrective", "preventive")


def sentence_context(letter: Any, index: int) -> str:
    sentence = letter.sentences[index]
    scores = letter.spec.content_scores(sentence.text)
    return context_words(sentence.kinds, sentence.is_heading, sentence.in_list, index, len(letter.sentences),
                         [k for k in _CUED if scores.get(k, 0) >= 1])


_TOKENS = re.compile(r"\w+|[^\w\s]")


class WordTokenizer:
    """Words and single punctuation marks. The model reads lower-cased words only, so this is all
    the tokenizing it needs, and it spares loading an English tokenizer's special cases."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        return Doc(self.vocab, words=_TOKENS.findall(text) or ["."])

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def to_disk(self, path: Any, **_: Any) -> None:
        pass

    def from_disk(self, path: Any, **_: Any) -> WordTokenizer:
        return self

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **_: Any) -> WordTokenizer:
        return self


@cache
def register_tokenizer() -> None:
    """Make the tokenizer known to spaCy's registry (for loading and for training)."""
    import spacy

    @spacy.registry.tokenizers("poa_lint.words.v1")
    def create_tokenizer():  # noqa: ANN202 - spaCy's registry signature
        return lambda nlp: WordTokenizer(nlp.vocab)


@dataclass(frozen=True)
class SentenceModel:
    """One spaCy pipeline whose `textcat_multilabel` members' probabilities are averaged, and the
    training metadata."""

    nlp: Any
    meta: dict[str, Any]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.meta["labels"])

    def threshold(self, label: str) -> float:
        """The threshold calibrated for `label` on the training split (1.0: never fires)."""
        return float(self.meta.get("thresholds", {}).get(label, 1.0))

    def score(self, texts: Sequence[str], contexts: Sequence[str] | None = None) -> list[dict[str, float]]:
        """Probabilities per label; a text with no words (a bare list marker) scores 0 everywhere."""
        contexts = contexts if contexts is not None else [""] * len(texts)
        return self.score_prepared([model_text(t, c) for t, c in zip(texts, contexts)])

    def score_prepared(self, words: Sequence[str]) -> list[dict[str, float]]:
        """Probabilities for texts already put through `model_text`."""
        present = [w for w in words if w]
        docs = [self.nlp.make_doc(w) for w in present]
        runs = []
        for name in self.meta["members"]:
            pipe = self.nlp.get_pipe(name)
            found = pipe.model.ops.to_numpy(pipe.predict(docs)) if docs else []
            runs.append([dict(zip(pipe.labels, map(float, row))) for row in found])
        averaged = iter([{k: sum(run[i][k] for run in runs) / len(runs) for k in self.labels}
                         for i in range(len(present))])
        return [next(averaged) if w else dict.fromkeys(self.labels, 0.0) for w in words]


def load_model(path: Path | None = None) -> SentenceModel | None:
    """The model in folder `path` (None: the shipped one), loaded once per folder; None when it is
    not there (a source checkout before training)."""
    return _load_model(Path(path or MODEL_DIR).resolve())


@cache
def _load_model(path: Path) -> SentenceModel | None:
    meta = model_meta(path)
    if meta is None:
        return None
    import spacy

    register_tokenizer()
    return SentenceModel(spacy.load(path), meta)


def model_meta(path: Path = MODEL_DIR) -> dict[str, Any] | None:
    """The shipped model's metadata without loading the model (for `rules` and tests)."""
    meta = path / "training.json"
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else None


_SCORES: weakref.WeakKeyDictionary[Any, dict[int, tuple[dict[str, float], ...]]] = weakref.WeakKeyDictionary()


def sentence_scores(letter: Any, model: SentenceModel | None) -> tuple[dict[str, float], ...]:
    """Label probabilities for each of `letter.sentences`, computed once per letter and model (no
    file is read here: the caller loaded the model when its rule was compiled)."""
    by_model = _SCORES.setdefault(letter, {})
    cached = by_model.get(id(model))
    if cached is not None:
        return cached
    if model is None or not letter.sentences:
        scores: tuple[dict[str, float], ...] = tuple({} for _ in letter.sentences)
    else:
        scores = tuple(model.score([s.text for s in letter.sentences],
                                   [sentence_context(letter, i) for i in range(len(letter.sentences))]))
    by_model[id(model)] = scores
    return scores
