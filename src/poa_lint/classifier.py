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

from poa_lint.clauses import SUBJECTS
from poa_lint.clauses import tense as clause_tense

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
    collapsed, after the context words (see `sentence_context`: `context_words` and `parse_words`)
    and marks for capitals, exclamation and figures. The training command and the linter both go
    through here."""
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
    """The context words of `letter.sentences[index]` (`context_words`) and its parse words
    (`parse_words`): what the model reads besides the sentence's own words."""
    sentence = letter.sentences[index]
    scores = letter.spec.content_scores(sentence.text)
    return " ".join(w for w in (context_words(sentence.kinds, sentence.is_heading, sentence.in_list, index,
                                              len(letter.sentences), [k for k in _CUED if scores.get(k, 0) >= 1]),
                                parse_words(sentence.span)) if w)


# Who does or suffers what: the outside parties of checks/_parties.py in a few groups the model
# can learn from few examples ("the courier lost", "our VA changed" read alike).
_PARTY_GROUPS = {"buyer": "buyer", "carrier": "carrier", "amazon": "amazon", "supplier": "supplier",
                 "own-staff": "staff", "staff": "staff", "former-staff": "staff", "agency": "staff",
                 "helper": "staff", "competitor": "others", "rights-owner": "others", "others": "others",
                 "circumstance": "event", "tool": "tool"}
_LEMMATISED = ("VERB",)     # read besides their word forms: "removed" and "remove" alike


def _subject_group(tok: Any) -> str:
    from poa_lint.checks._parties import FIRST_PERSON, party_of

    lower = tok.lower_
    if lower in ("we", "i"):
        return "we"
    if lower in ("he", "she", "they"):
        return "they"
    party = party_of(tok)
    if party:
        return _PARTY_GROUPS.get(party, "others")
    if any(c.lower_ in FIRST_PERSON for c in tok.children if c.dep_ in ("poss", "det")):
        return "we"                                     # "our team", "my warehouse"
    return "thing"


def parse_words(span: Any) -> str:
    """Pseudo-words from the linter's parse of a sentence (nothing without a parse), so that a few
    examples teach the model more than their words: who its clauses' subjects are (we, a buyer, a
    carrier, Amazon, a supplier, staff, ...; passive agents count), whether it is passive, the
    tense or aspect of its main verb, a negation, the specificity signals of checks/_signals.py
    (number, time, role, tool, object, a name, vague wording) and the lemmas of its verbs. The
    linter comes here through `sentence_context`; the training command also for its augmented
    sentences, which it parses as one-sentence letters."""
    if span is None or not len(span) or not span.doc.has_annotation("DEP"):
        return ""
    from poa_lint.checks._signals import VAGUE, has_name, signal_types

    out: list[str] = []
    for tok in span:
        if tok.dep_ in SUBJECTS and tok.pos_ in ("PRON", "NOUN", "PROPN"):
            out.append("zzsubj" + _subject_group(tok))
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            out.append("zzsubj" + _subject_group(tok))
    if any(t.dep_ == "nsubjpass" for t in span):
        out.append("zzpassive")
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        tense = clause_tense(root)
        if tense:
            out.append("zz" + tense)
    if any(t.dep_ == "neg" for t in span):
        out.append("zzneg")
    out += ["zzsig" + name for name in sorted(signal_types(span.text))]
    if has_name(span):
        out.append("zzname")
    if VAGUE.search(span.text):
        out.append("zzvague")
    out += ["zzl" + t.lemma_.lower() for t in span if t.pos_ in _LEMMATISED and t.lemma_.isalpha()]
    return " ".join(dict.fromkeys(out))


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
