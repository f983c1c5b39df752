"""Length-preserving text clean-up before parsing (offsets stay valid)."""

from __future__ import annotations

_TABLE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2010": "-", "\u2011": "-",
    "\ufeff": " ", "\u200b": " ",
    "\t": " ",
})


def normalize(text: str) -> str:
    """Swap typographic quotes, odd spaces and hyphens one-for-one; length never changes."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out
