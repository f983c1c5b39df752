"""Grammar engines (Harper, LanguageTool) behind one interface, and how to build them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from poa_lint.grammar.base import Engine, EngineHit, EngineUnavailable, Protected, protected_for

NAMES = ("harper", "languagetool")

__all__ = ["NAMES", "Engine", "EngineHit", "EngineUnavailable", "Protected", "default_names",
           "make_engine", "protected_for"]


def default_names(languagetool: str | None = None) -> tuple[str, ...]:
    """The engines used when none are chosen: LanguageTool when a server or install is
    configured, or when a local LanguageTool install (and Java) is found on this machine.

    Harper is opt-in (`--grammar harper`): measured per lint kind on the real-letter corpus, no
    kind reaches the precision a default needs (README, "Grammar engines"), and it adds about
    100 ms per letter and 165 MB. The public LanguageTool API is never a default.
    """
    if languagetool:
        return ("languagetool",)
    from poa_lint.grammar.languagetool import find_local

    return ("languagetool",) if find_local() is not None else ()


def parse_names(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """'harper,languagetool' / ['harper'] / 'none' -> a tuple of engine names; None = default."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    names = tuple(n.strip().lower() for n in items if n.strip())
    if names in ((), ("none",), ("off",)):
        return ()
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        raise ValueError(f"unknown grammar engine {unknown[0]!r} (choose from harper, languagetool)")
    return names


def make_engine(name: str, *, languagetool: str | None = None, timeout: float = 30.0,
                notify: Callable[[str], None] = lambda message: None) -> Engine:
    """Build one engine; raises EngineUnavailable with a one-line reason."""
    if name == "harper":
        from poa_lint.grammar.harper import HarperEngine
        return HarperEngine()
    if name == "languagetool":
        from poa_lint.grammar.languagetool import LanguageToolEngine, find_local
        if not languagetool:
            found = find_local()
            if found is None:
                raise EngineUnavailable("languagetool: no server chosen and no local install found; "
                                        "give --languagetool http://host:port, a LanguageTool folder, "
                                        "'local' (Java) or 'public'")
            languagetool = str(found)
        return LanguageToolEngine(languagetool, timeout=timeout, notify=notify)
    raise EngineUnavailable(f"unknown grammar engine {name!r}")
