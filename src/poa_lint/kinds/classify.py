"""Kind `classify`: sentences the learned classifier gives `label` with at least `threshold`.

Keys: `label` (a category the shipped model knows) and `threshold` (0-1; default: the threshold
calibrated for that label on the training split, stored in the model's metadata). Headings are
never flagged. Without a shipped model the rule finds nothing. When another rule of the same
category already flags a sentence, the engine keeps that (more specific) finding instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.finding import Hit

KEYS = {"label", "threshold"}
FIELDS = {"match", "score"}


def validate(raw: Mapping[str, Any], fail) -> dict[str, Any]:
    """The kind's parameters from a pack entry; `fail(problem)` builds the PackError to raise."""
    from poa_lint.classifier import CATEGORY_LABELS

    label = raw.get("label")
    if label not in CATEGORY_LABELS:
        raise fail(f"field label: {label!r} is not one of {', '.join(CATEGORY_LABELS)}")
    params: dict[str, Any] = {"label": label}
    if "threshold" in raw:
        value = raw["threshold"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise fail("field threshold must be a number between 0 and 1")
        params["threshold"] = float(value)
    return params


def compile(spec: Any, pipeline: Any):  # noqa: A001 - the kinds' shared entry point
    label = spec.params["label"]
    fixed = spec.params.get("threshold")

    def run(letter: Any, options: Mapping[str, Any]) -> Iterator[Hit]:
        from poa_lint.classifier import load_model, sentence_scores

        model = load_model()
        if model is None:
            return
        threshold = fixed if fixed is not None else model.threshold(label)
        for sentence, scores in zip(letter.sentences, sentence_scores(letter)):
            score = scores.get(label, 0.0)
            if not sentence.is_heading and score >= threshold:
                yield Hit(sentence.start, sentence.end, {"score": f"{score:.2f}"})

    return run
