"""Kind `classify`: sentences a learned model gives `label` with at least `threshold`.

Keys: `model` ("sentences", the default: the sentence classifier of poa_lint.classifier, which
reads words; "grammar": the grammatical-error detector of poa_lint.grammar_model, which reads the
parse), `label` (a label that model knows) and `threshold` (0-1; default: the threshold
calibrated for that label on the training split, stored in the model's metadata). Headings are
never flagged. Without a shipped model the rule finds nothing. When another rule of the same
category already flags a sentence, the engine keeps that (more specific) finding instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.nlp import Pipeline
from poa_lint.rulespec import RuleSpec, Where

KEYS = frozenset({"model", "label", "threshold"})
READS_SENTENCE_MODEL = True
MODELS = ("sentences", "grammar")
FIELDS: frozenset[str] | None = frozenset({"match", "score"})


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    from poa_lint.classifier import CATEGORY_LABELS
    from poa_lint.grammar_model import LABEL

    model = raw.get("model", "sentences")
    if model not in MODELS:
        raise where.fail(f"field model: {model!r} is not one of {', '.join(MODELS)}")
    labels = CATEGORY_LABELS if model == "sentences" else (LABEL,)
    label = raw.get("label")
    if label not in labels:
        raise where.fail(f"field label: {label!r} is not one of {', '.join(labels)}")
    params: dict[str, object] = {"label": label, "model": model}
    if "threshold" in raw:
        value = raw["threshold"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise where.fail("field threshold must be a number between 0 and 1")
        params["threshold"] = float(value)
    return params


def compile(spec: RuleSpec, pipeline: Pipeline, sentence_model: Path | None = None):  # noqa: A001
    """`sentence_model`: the sentence classifier's folder (None: the shipped model)."""
    from poa_lint.classifier import load_model, sentence_scores
    from poa_lint.grammar_model import detector_scores, load_detector

    label = str(spec.params["label"])
    fixed = spec.params.get("threshold")
    # once per process; None in a checkout without a trained model
    if spec.params.get("model") == "grammar":
        model, scored = load_detector(), detector_scores
    else:
        model, scored = load_model(sentence_model), sentence_scores

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        if model is None:
            return
        threshold = float(fixed) if isinstance(fixed, float) else model.threshold(label)
        for sentence, scores in zip(letter.sentences, scored(letter, model)):
            score = scores.get(label, 0.0)
            if not sentence.is_heading and score >= threshold:
                yield Hit(sentence.start, sentence.end, {"score": f"{score:.2f}"})

    return run
