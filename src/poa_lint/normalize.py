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


SYMBOL_RUN = 64   # the longest run of symbols spaCy's tokenizer sees whole
_RUN = None


def tokenizer_safe(text: str) -> str:
    """The text spaCy tokenizes: every carriage return becomes a line feed, so a letter saved with
    Windows (CRLF) or old Mac (CR) line ends is tagged and parsed as with LF ones (the model reads
    a space token's characters: "\r\n\r\n" beside a word changed its tags and where a sentence
    broke, and with them the learned rules' findings). In a run of more than SYMBOL_RUN symbols
    (no letter, digit or space: `>>>>`, `((((`) the symbols after the first SYMBOL_RUN become
    spaces. spaCy strips prefixes and suffixes one at a time, searching the whole rest of the
    token each time, so a 40,000-character run took minutes (and 40,000 one-symbol tokens still
    take seconds); no real letter has such a run (separator lines are shorter). The length and
    every other character are kept, so offsets stay valid; rules that read the text itself still
    see the carriage returns and the symbols."""
    import re

    text = text.replace("\r", "\n")
    global _RUN
    if _RUN is None:
        _RUN = re.compile(r"[^\w\s]{%d,}" % (SYMBOL_RUN + 1))
    if not _RUN.search(text):
        return text

    return _RUN.sub(lambda m: m.group(0)[:SYMBOL_RUN] + " " * (len(m.group(0)) - SYMBOL_RUN), text)
