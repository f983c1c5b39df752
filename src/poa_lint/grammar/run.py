"""Run the configured grammar engines on a letter, stamp their hits and merge them with the pack."""

from __future__ import annotations

from collections.abc import Callable

from poa_lint.config import Config
from poa_lint.document import Letter
from poa_lint.finding import Finding, Severity
from poa_lint.grammar import Engine, default_names, make_engine, parse_names
from poa_lint.grammar.base import DOMAIN_WORDS, EngineHit, EngineUnavailable, domain_words, protected_for
from poa_lint.grammar.languagetool import PUBLIC_WARNING, describe, is_path
from poa_lint.grammar.merge import merge
from poa_lint.selection import engine_rule_selected
from poa_lint.stamp import stamp

Notify = Callable[[str], None]


def _quiet(message: str) -> None:
    """The default progress sink: nothing (the caller that wants progress lines passes one)."""


def chosen_names(config: Config) -> tuple[str, ...]:
    """The engines for a config: `grammar` if set (a LanguageTool server, when given, is added
    unless grammar is "none"), else the defaults."""
    names = parse_names(config.grammar)
    if names is None:
        names = default_names(config.languagetool)
    elif names and config.languagetool and "languagetool" not in names:
        names = (*names, "languagetool")
    probes = {"harper": "grammar.harper-x", "languagetool": "grammar.languagetool-x"}
    return tuple(n for n in names if engine_rule_selected(probes[n], config))


def prewarm(configs: list[Config]) -> None:
    """Start building Harper early when any of these configs will use it."""
    try:
        if any("harper" in chosen_names(c) for c in configs):
            from poa_lint.grammar.harper import prewarm as start

            start()
    except ValueError:
        pass


ALLOW_REMOTE_ENV = "POA_LINT_ALLOW_REMOTE"


def refused_destination(config: Config) -> str | None:
    """Why a LanguageTool setting from a config file is not used, or None when it may be.

    Text leaves this machine only when the user asked on the command line (`--languagetool`,
    `--allow-remote`) or in the environment (POA_LINT_ALLOW_REMOTE=1): a config file found in a
    parent folder of the draft may belong to someone else. A local server (`local`, localhost) is
    accepted from a config file the current user owns, and so is the folder of a local install."""
    import os

    setting = config.languagetool
    if not setting or config.remote_ok or os.environ.get(ALLOW_REMOTE_ENV) == "1":
        return None
    owned = True
    if config.source is not None and hasattr(os, "getuid"):
        try:
            owned = config.source.stat().st_uid == os.getuid()
        except OSError:
            owned = False
    if (setting == "local" or is_path(setting) or is_loopback(setting)) and owned:
        return None
    whose = "" if owned else " (a file you do not own)"
    return (f"languagetool: {config.source}{whose} asks to send letters to {describe(setting)}; "
            f"nothing was sent. To allow it, pass --allow-remote or set {ALLOW_REMOTE_ENV}=1")


def is_loopback(setting: str) -> bool:
    """A server URL on this machine (localhost, 127.x, ::1)."""
    from urllib.parse import urlsplit

    if not setting.startswith(("http://", "https://")):
        return False
    try:
        host = (urlsplit(setting).hostname or "").lower()
    except ValueError:
        return False
    return host in ("localhost", "::1") or host.startswith("127.")


def sending_line(setting: str) -> str:
    """The stderr line printed before any text is sent: where it goes."""
    if setting == "public":
        return PUBLIC_WARNING
    where = "this machine" if setting == "local" or is_path(setting) or is_loopback(setting) \
        else "another machine"
    return f"languagetool: the letter text is sent to {describe(setting)} ({where})"


class GrammarEngines:
    """The engines one Linter uses, built once; unavailable ones become notices, never crashes.

    `notify` receives progress lines (a LanguageTool download or start-up, the warning before
    anything is sent to the public server); by default they are dropped."""

    def __init__(self, config: Config, timeout: float = 30.0, notify: Notify = _quiet) -> None:
        self.config = config
        self.engines: list[Engine] = []
        self.notices: list[str] = []
        try:
            names = chosen_names(config)
        except ValueError as exc:
            self.notices.append(f"grammar: {exc}")
            names = ()
        if "languagetool" in names:
            refused = refused_destination(config)
            if refused:
                self.notices.append(refused)
                names = tuple(n for n in names if n != "languagetool")
            elif config.languagetool:
                notify(sending_line(config.languagetool))  # before anything is sent
        for name in names:
            try:
                self.engines.append(make_engine(name, languagetool=config.languagetool,
                                                timeout=timeout, notify=notify))
            except EngineUnavailable as exc:
                self.notices.append(f"{exc}; the other rules still ran")
        if any(e.name == "languagetool" for e in self.engines) and config.languagetool == "public":
            self.notices.append(PUBLIC_WARNING)

    def apply(self, findings: tuple[Finding, ...], letter: Letter, path: str) -> tuple[Finding, ...]:
        """The pack's findings plus every engine's, merged where they cover the same span."""
        if not self.engines:
            return findings
        placeholders = [(f.start, f.end) for f in findings if f.category == "placeholder"]
        protected = protected_for(letter.text, letter.doc,
                                  domain=domain_words(letter.data.lists.get(DOMAIN_WORDS, ())),
                                  placeholders=placeholders)
        extra: list[Finding] = []
        for engine in list(self.engines):
            try:
                hits = engine.check(letter.text, protected)
            except EngineUnavailable as exc:
                self.notices.append(f"{exc}; the other rules still ran")
                self.engines.remove(engine)
                continue
            extra += [stamp_engine_hit(h, letter, path) for h in hits
                      if engine_rule_selected(h.rule, self.config)]
        return tuple(merge(list(findings) + extra))


def stamp_engine_hit(engine_hit: EngineHit, letter: Letter, path: str) -> Finding:
    """An engine hit as a Finding (category grammar, severity warning; info for spelling)."""
    severity = Severity.INFO if engine_hit.spelling else Severity.WARNING
    return stamp(engine_hit.hit, letter, path, rule=engine_hit.rule, category="grammar",
                 severity=severity, message=engine_hit.hit.message or "")
