"""Run the configured grammar engines on a letter, stamp their hits and merge them with the pack."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from poa_lint import accepted
from poa_lint.engines import default_names, make_engine, parse_names
from poa_lint.engines.base import EngineHit, EngineUnavailable, protected_for
from poa_lint.engines.languagetool import PUBLIC_WARNING
from poa_lint.engines.merge import merge
from poa_lint.finding import Finding, Severity


def _stderr(message: str) -> None:
    print(f"poa-lint: {message}", file=sys.stderr, flush=True)


# Progress lines (a LanguageTool download or start-up) go here; the CLI keeps the default.
NOTIFY: Callable[[str], None] = _stderr
ENGINE_PREFIXES = ("grammar.harper-", "grammar.languagetool-")


def _matches(rule_id: str, selector: str) -> bool:
    selector = selector.rstrip(".")
    return rule_id == selector or rule_id.startswith(selector + ".") or (
        selector.endswith("-") and rule_id.startswith(selector))


def _score(rule_id: str, selectors: tuple[str, ...]) -> int:
    return max((len(s) for s in selectors if _matches(rule_id, s)), default=-1)


def selected(rule_id: str, config: Any) -> bool:
    """select/ignore applied to an engine rule id (pack prefixes such as 'grammar' included)."""
    wanted = _score(rule_id, config.select) if config.select else 0
    return wanted >= 0 and wanted > _score(rule_id, config.ignore)


def chosen_names(config: Any) -> tuple[str, ...]:
    """The engines for a config: `grammar` if set (a LanguageTool server, when given, is added
    unless grammar is "none"), else the defaults."""
    names = parse_names(config.grammar)
    if names is None:
        names = default_names(config.languagetool)
    elif names and config.languagetool and "languagetool" not in names:
        names = (*names, "languagetool")
    probes = {"harper": "grammar.harper-x", "languagetool": "grammar.languagetool-x"}
    return tuple(n for n in names if selected(probes[n], config))


def prewarm(configs: list[Any]) -> None:
    """Start building Harper early when any of these configs will use it."""
    try:
        if any("harper" in chosen_names(c) for c in configs):
            from poa_lint.engines.harper import prewarm as start

            start()
    except ValueError:
        pass


class GrammarEngines:
    """The engines one Linter uses, built once; unavailable ones become notices, never crashes."""

    def __init__(self, config: Any, timeout: float = 30.0) -> None:
        self.config = config
        self.engines: list[Any] = []
        self.notices: list[str] = []
        try:
            names = chosen_names(config)
        except ValueError as exc:
            self.notices.append(f"grammar: {exc}")
            names = ()
        if "languagetool" in names and config.languagetool == "public":
            NOTIFY(PUBLIC_WARNING)  # before anything is sent
        for name in names:
            try:
                self.engines.append(make_engine(name, languagetool=config.languagetool,
                                                timeout=timeout, notify=lambda m: NOTIFY(m)))
            except EngineUnavailable as exc:
                self.notices.append(f"{exc}; the other rules still ran")
        if any(e.name == "languagetool" for e in self.engines) and config.languagetool == "public":
            self.notices.append(PUBLIC_WARNING)

    def apply(self, findings: tuple[Finding, ...], letter: Any, path: str) -> tuple[Finding, ...]:
        """The pack's findings plus every engine's, merged where they cover the same span."""
        if not self.engines:
            return findings
        protected = protected_for(letter.text, letter.doc, extra=self.config.words)
        listed = accepted.spans(letter.text, self.config.words)
        extra: list[Finding] = []
        for engine in list(self.engines):
            try:
                hits = engine.check(letter.text, protected)
            except EngineUnavailable as exc:
                self.notices.append(f"{exc}; the other rules still ran")
                self.engines.remove(engine)
                continue
            extra += [stamp(h, letter, path) for h in hits if selected(h.rule, self.config)
                      and not accepted.overlaps(listed, h.hit.start, h.hit.end)]
        return tuple(merge(list(findings) + extra))


def stamp(engine_hit: EngineHit, letter: Any, path: str) -> Finding:
    """An engine hit as a Finding (category grammar, severity warning; info for spelling)."""
    hit = engine_hit.hit
    start = max(0, min(hit.start, len(letter.text)))
    end = max(start, min(hit.end, len(letter.text)))
    line, column = letter.lines.position(start)
    end_line, end_column = letter.lines.position(end)
    kinds = letter.kinds_at(start)
    severity = Severity.INFO if engine_hit.spelling else Severity.WARNING
    return Finding(path, start, end, engine_hit.rule, line, column, end_line, end_column, "grammar",
                   severity, " ".join((hit.message or "").split()), letter.text[start:end],
                   tuple(hit.suggestions), kinds[0] if kinds else None, None)

