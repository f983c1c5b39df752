"""The per-file report fields computed from a letter: reading statistics and the notice record.

Computed where the letter is linted (also in --jobs worker processes); formatters lay them out."""

from __future__ import annotations

from typing import Any

from poa_lint.checks._coverage import draft_reason
from poa_lint.checks.long_sentence import word_count
from poa_lint.document import Letter
from poa_lint.formatters.notice import record


def letter_stats(letter: Letter, long_sentence: int = 35) -> dict[str, Any]:
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


def file_extra(letter: Letter) -> dict[str, Any]:
    """The fields a file's report gains: {"notice": record or None, "stats": {...}}."""
    detected = None if letter.notice.reason else draft_reason(letter)
    return {"notice": record(letter.notice, detected), "stats": letter_stats(letter)}
