"""The offline Harper engine (harper-py): one Linter per process, domain words filtered."""

from __future__ import annotations

import threading

from poa_lint.engines.base import EngineHit, EngineUnavailable, Protected, kebab, keep
from poa_lint.finding import Hit

# Lint kinds worth showing on an appeal letter. Style, Enhancement, Readability and
# Formatting lints (Oxford comma, "very good" -> "excellent") are taste, not errors.
KINDS = frozenset({
    "Spelling", "Typo", "Grammar", "Agreement", "Usage", "WordChoice", "Eggcorn",
    "Malapropism", "Nonstandard", "Repetition", "Capitalization", "BoundaryError",
    "Punctuation",
})
# Individual Harper rules that fire on correct appeal prose (checked on our fixtures).
DISABLED = ("OxfordComma", "SentenceCapitalization", "LongSentences", "SpelledNumbers",
            "ExpandTimeShorthands", "Dashes", "EllipsisLength", "UseTitleCase",
            "AvoidCurses", "BoringWords", "Excellent", "CompoundNouns", "AdjectiveDoubleDegree")

_LOCK = threading.Lock()
_LINTER: object | None = None


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


class HarperEngine:
    """Runs Harper on plain text and maps its lints to grammar.harper-<kind> hits."""

    name = "harper"

    def __init__(self, kinds: frozenset[str] = KINDS) -> None:
        self.kinds = kinds
        self.linter = shared_linter()

    def check(self, text: str, protected: Protected) -> list[EngineHit]:
        """Lint text; spans are code points, like ours."""
        with _LOCK:
            lints = self.linter.lint(text, language="plaintext")
        out: list[EngineHit] = []
        for lint in lints:
            if lint.lint_kind not in self.kinds or lint.span.start >= lint.span.end:
                continue
            suggestions = tuple(dict.fromkeys(
                s.replacement_text for s in lint.suggestions if s.replacement_text))[:3]
            hit = Hit(lint.span.start, lint.span.end, suggestions=suggestions,
                      message=f"{lint.message} (Harper)")
            eh = EngineHit(f"grammar.harper-{kebab(lint.lint_kind)}", hit,
                           spelling=lint.lint_kind in ("Spelling", "Typo"))
            if keep(eh, text, protected):
                out.append(eh)
        return out
