"""One score for every measurement (labels found, predictions correct) and one table printer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields


@dataclass
class Score:
    """Labelled items and predictions of one rule, category or tier.

    `found` counts labels that a prediction matched, `correct` predictions that match a label
    (one label may be matched by several predictions, so the two can differ)."""

    labels: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        """Correct / predicted; 1.0 when nothing was predicted."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Found / labels; 1.0 when nothing was labelled."""
        return self.found / self.labels if self.labels else 1.0

    @property
    def tp(self) -> int:
        return self.correct

    @property
    def fp(self) -> int:
        return self.predicted - self.correct

    @property
    def fn(self) -> int:
        return self.labels - self.found

    def matched(self) -> None:
        """A label and the one prediction that matched it."""
        self.labels += 1
        self.found += 1
        self.predicted += 1
        self.correct += 1

    def __add__(self, other: Score) -> Score:
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def ratio(value: float | None) -> str:
    """A precision or recall as printed in the tables; "—" when it is undefined."""
    return "—" if value is None else f"{value:.2f}"


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> str:
    """A Markdown table; `align` has one letter a column, "l" (default) or "r"."""
    align = align.ljust(len(header), "l")
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
