"""Full-width (Chinese IME) punctuation in English text, with the ASCII character to type instead."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

_FULLWIDTH = re.compile(r"[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u3000-\u303F"
                        r"\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+|—{2}")
_CJK = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
_MAP = {"。": ".", "、": ",", "【": "[", "】": "]", "《": '"', "》": '"', "「": '"', "」": '"',
        "『": '"', "』": '"', "〈": "<", "〉": ">", "\u3000": " ", "——": "-", "～": "~", "〜": "~",
        "・": "-", "｡": ".", "､": ","}


def ascii_of(text: str) -> str:
    """The ASCII spelling of a run of full-width characters (NFKC plus a map for CJK marks)."""
    if text in _MAP:
        return _MAP[text]
    return "".join(_MAP.get(ch) or unicodedata.normalize("NFKC", ch) for ch in text)


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per run of full-width characters, skipping lines that also hold Chinese characters."""
    text = letter.text
    for m in _FULLWIDTH.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _CJK.search(text[line_start:line_end if line_end >= 0 else len(text)]):
            continue  # a Chinese name or note: grammar.cjk-leftover covers the whole run
        fixed = ascii_of(m.group())
        if fixed in ",.:;!?)" and m.end() < len(text) and text[m.end()].isalnum():
            fixed += " "  # "listing，and" -> "listing, and"
        yield Hit(m.start(), m.end(), {"match": m.group(), "replacement": fixed.strip() or fixed},
                  (fixed,))
