"""The offline Harper engine (harper-py): one Linter per process, domain words filtered."""

from __future__ import annotations

import threading

from poa_lint.grammar.base import (ID_PATTERN, ID_RE, EngineHit, EngineUnavailable, Protected,
                                   kebab, keep)
from poa_lint.finding import Hit

# Lint kinds worth showing on an appeal letter. Style, Enhancement, Readability and
# Formatting lints (Oxford comma, "very good" -> "excellent") are taste, not errors.
KINDS = frozenset({
    "Spelling", "Typo", "Grammar", "Agreement", "Usage", "WordChoice", "Eggcorn",
    "Malapropism", "Nonstandard", "Repetition", "BoundaryError",
})
ALL_KINDS = None   # HarperEngine(kinds=ALL_KINDS) keeps every kind (used to measure them)
# Individual Harper rules that fire on correct appeal prose (checked on our fixtures).
DISABLED = ("OxfordComma", "SentenceCapitalization", "LongSentences", "SpelledNumbers",
            "ExpandTimeShorthands", "Dashes", "EllipsisLength", "UseTitleCase",
            "AvoidCurses", "BoringWords", "Excellent", "CompoundNouns", "AdjectiveDoubleDegree",
            # fired on correct sentences of our corpus: "thanks for your kind notification",
            # "change a rating", "1,000 pcs", "Sam" (the pack covers uncountables itself)
            "YourPredicateAdjective", "MassNouns", "OrthographicConsistency")

_LOCK = threading.Lock()
_LINTER: object | None = None
_BRITISH: object | None = None


def available() -> bool:
    """Whether harper-py can be imported here."""
    try:
        import harper  # noqa: F401
    except ImportError:
        return False
    return True


def shared_linter() -> object:
    """The process-wide harper.Linter (building one takes about a second)."""
    global _LINTER
    with _LOCK:
        if _LINTER is None:
            try:
                import harper
            except ImportError as exc:
                raise EngineUnavailable("harper: harper-py is not installed "
                                        "(pip install harper-py)") from exc
            linter = harper.Linter(harper.Dialect.AMERICAN)
            config = dict(linter.get_lint_config())
            for name in DISABLED:
                if name in config:
                    config[name] = False
            linter.set_lint_config(config)
            _LINTER = linter
        return _LINTER


def british_spelling(word: str) -> bool:
    """Whether Harper's British dictionary accepts a word its American one rejects (colour)."""
    global _BRITISH
    import harper

    if _BRITISH is None:
        _BRITISH = harper.Linter(harper.Dialect.BRITISH)
    lints = _BRITISH.lint(f"the {word.lower()}", language="plaintext")
    return not any(lint.lint_kind in ("Spelling", "Typo") for lint in lints)


def prewarm() -> None:
    """Build the shared Linter in a background thread (Harper releases the GIL while building),
    so that it overlaps with loading the spaCy model instead of adding a second to every run."""
    if _LINTER is None and available():
        threading.Thread(target=_quiet_build, name="harper-prewarm", daemon=True).start()


def _quiet_build() -> None:
    try:
        shared_linter()
    except Exception:  # noqa: BLE001  (the real build reports the problem later)
        pass


class HarperEngine:
    """Runs Harper on plain text and maps its lints to grammar.harper-<kind> hits."""

    name = "harper"

    def __init__(self, kinds: frozenset[str] | None = KINDS) -> None:
        self.kinds = kinds
        self.linter = shared_linter()
        self._dialect_cache: dict[str, bool] = {}

    def _british(self, word: str) -> bool:
        if word not in self._dialect_cache:
            with _LOCK:
                self._dialect_cache[word] = british_spelling(word)
        return self._dialect_cache[word]

    def check(self, text: str, protected: Protected) -> list[EngineHit]:
        """Lint text; spans are code points, like ours."""
        with _LOCK:  # masking IDs also skips Harper's ~2 s first search for suggestions to "B0C4K7Q2ZD"
            lints = self.linter.lint(text, language="plaintext", regex_mask=ID_PATTERN)
        masked = [m.span() for m in ID_RE.finditer(text)]
        out: list[EngineHit] = []
        for lint in lints:
            if (self.kinds is not None and lint.lint_kind not in self.kinds) \
                    or not lint.problem_text.strip():
                continue
            start, end = lint.span.start, lint.span.end
            if any(s <= end + 2 and start - 2 <= e for s, e in masked):
                continue  # Harper read the text with the ID cut out ("in [2015] in" looks repeated)
            if "\n" in text[lint.span.start:lint.span.end]:
                continue  # a "repetition" across lines is a signature ("Rachel Moore / Moore & Co")
            suggestions = tuple(dict.fromkeys(
                s.replacement_text for s in lint.suggestions if s.replacement_text))[:3]
            hit = Hit(lint.span.start, lint.span.end, suggestions=suggestions,
                      message=f"{lint.message} (Harper)")
            eh = EngineHit(f"grammar.harper-{kebab(lint.lint_kind)}", hit,
                           spelling=lint.lint_kind in ("Spelling", "Typo"))
            if eh.spelling and self._british(lint.problem_text):
                continue  # both spellings are English; sellers often learnt British English
            if keep(eh, text, protected):
                out.append(eh)
        return out
