"""Every sentence the text reports print around the findings, in one place (to translate them).

The findings' own messages come from the rule packs; this module words the frame: file headers,
part titles, repeat counts, the summary line and the per-rule statistics table. The words
themselves are data in `rules/locales/<lang>/ui.yml` (English in `en/ui.yml`), read through the
message catalogue (`poa_lint.i18n`), so `--lang zh` words the frame in Chinese.
"""

from __future__ import annotations

from poa_lint.i18n import Texts

_EN = Texts("en")
_KEYS = {"WHOLE_LETTER": "whole-letter", "WORD_POSITIONS": "word-positions", "SUGGESTION": "suggestion-label"}
PARTS = ("issue", "investigation", "root-cause", "corrective", "preventive", "evidence", "closing")


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


WHOLE_LETTER = _EN.ui("whole-letter")
WORD_POSITIONS = _EN.ui("word-positions")
SUGGESTION = _EN.ui("suggestion-label")
OTHER_PART = _EN.ui("part-other")
PART_TITLES = {kind: _EN.ui(f"part-{kind}") for kind in PARTS}


def each(texts: Texts, name: str) -> list[str]:
    """One of the constants above in every language `texts` shows (English first)."""
    return texts.each("ui", _KEYS[name])


def part_titles(texts: Texts, part: str | None) -> list[str]:
    return texts.each("ui", f"part-{part}" if part in PART_TITLES else "part-other")


def repeats(count: int, places: list[str], unit: str, lang: str = "en", texts: Texts | None = None) -> str:
    """' (×5: lines 18, 20, 22, 25, 30)' after a finding that occurs several times."""
    texts = texts or _EN
    shown = ", ".join(places[:12]) + (", …" if len(places) > 12 else "")
    return texts.ui("repeats", lang, count=count, noun=texts.ui(f"unit-{unit}", lang), places=shown)


def summary(errors: int, warnings: int, info: int, checked: int, unreadable: int, lang: str = "en",
            texts: Texts | None = None) -> str:
    """The last line of a text report: what was found, in how many files, and what was not read."""
    texts = texts or _EN
    if errors or warnings or info:
        line = texts.ui("summary-found", lang, errors=errors, warnings=warnings, info=info, checked=checked)
    elif checked or not unreadable:
        line = texts.ui("summary-none", lang, checked=checked)
    else:
        line = texts.ui("summary-nothing", lang)
    if unreadable:
        line += texts.ui("summary-unreadable", lang, unreadable=unreadable)
    return line + texts.ui("summary-end", lang)


STATISTICS_HEADER = ("count", "rule", "severity")
