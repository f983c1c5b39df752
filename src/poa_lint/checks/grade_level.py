"""Reading grade (Flesch-Kincaid) of each prose paragraph or of the whole letter."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit


def grade(sentences: list[str]) -> float:
    """The Flesch-Kincaid grade of some sentences."""
    from poa_lint.readability import measure

    return float(measure(sentences)["grade"])


def prose(letter: Letter) -> list[Any]:
    """Prose paragraphs and list items' sentences, headings left out."""
    return [p for p in letter.paragraphs if p.kind != "heading" and p.sentences]


def _text(letter: Letter, paragraph: Any) -> list[str]:
    return [s.text for s in paragraph.sentences if not s.is_heading]


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """level=paragraph: each prose paragraph of min_words+; level=letter: one letter-level hit."""
    level = str(options.get("level", "paragraph"))
    max_grade = float(options.get("max_grade", 14.0))
    min_words = int(options.get("min_words", 40))
    paragraphs = prose(letter)
    if level == "letter":
        text = [t for p in paragraphs for t in _text(letter, p)]
        if letter.words >= min_words and paragraphs:
            value = grade(text)
            if value > max_grade:
                start, end = letter.first_line()
                yield Hit(start, end, {"grade": f"{value:.1f}", "max_grade": f"{max_grade:g}"})
        return
    for paragraph in paragraphs:
        if paragraph.kind != "prose" or paragraph.words < min_words:
            continue
        value = grade(_text(letter, paragraph))
        if value > max_grade:
            first = next(s for s in paragraph.sentences if not s.is_heading)
            yield Hit(first.start, first.end, {"grade": f"{value:.1f}", "max_grade": f"{max_grade:g}"})
