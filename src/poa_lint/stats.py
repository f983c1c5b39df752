"""Per-letter reading statistics (words, sentences, Flesch reading ease, grade)."""

from __future__ import annotations

from typing import Any

from poa_lint.checks.long_sentence import word_count


def letter_stats(letter: Any, long_sentence: int = 35) -> dict[str, Any]:
    """The `stats` record of a file: counts over the prose (headings left out)."""
    from poa_lint.readability import measure

    sentences = [s for s in letter.sentences if not s.is_heading]
    scores = measure(s.text for s in sentences)
    counts = [word_count(s.text) for s in sentences]
    words = sum(counts)
    has_text = words > 0
    return {
        "words": letter.words,
        "sentences": len(sentences),
        "paragraphs": sum(1 for p in letter.paragraphs if p.kind != "heading"),
        "words_per_sentence": round(words / len(sentences), 1) if sentences else 0.0,
        "long_sentences": sum(1 for c in counts if c > long_sentence),
        "flesch_reading_ease": round(scores["ease"], 1) if has_text else None,
        "grade": round(scores["grade"], 1) if has_text else None,
    }
