"""The LanguageTool engine (language-tool-python): a server URL, `local` (Java) or explicit `public`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from poa_lint.grammar.base import EngineHit, EngineUnavailable, Protected, kebab, keep
from poa_lint.finding import Hit

PUBLIC_WARNING = ("languagetool: 'public' sends the letter to api.languagetool.org "
                  "(it leaves this machine; 20 KB and 20 requests per minute at most)")
# Categories and rules that fire on correct appeal letters (headings, bullets, our own pack).
DISABLED_CATEGORIES = ("TYPOGRAPHY", "STYLE", "REDUNDANCY", "CASING")
DISABLED_RULES = ("WHITESPACE_RULE", "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END",
                  "UPPERCASE_SENTENCE_START", "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE",
                  "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "PLUS_MINUS", "EN_UNPAIRED_BRACKETS")
SPELLING_CATEGORIES = frozenset({"TYPOS"})


# Where a LanguageTool install is looked for when none is named: language-tool-python's own
# download folder and the usual system places. Only a folder holding languagetool-server.jar counts.
SEARCH = ("~/.cache/language_tool_python", "/usr/share/languagetool", "/usr/local/share/languagetool",
          "/opt/languagetool", "/opt/LanguageTool")
JAR = "languagetool-server.jar"


def _jar_dir(folder: Path) -> Path | None:
    if (folder / JAR).is_file():
        return folder
    found = sorted(p.parent for p in folder.glob(f"LanguageTool*/{JAR}") if p.is_file())
    return found[-1] if found else None


def find_local(named: str | None = None) -> Path | None:
    """The folder of a LanguageTool install on this machine (named, or found), when Java is
    here too; None otherwise. Nothing is downloaded."""
    if shutil.which("java") is None:
        return None
    if named:
        folder = Path(named).expanduser()
        return _jar_dir(folder) if folder.is_dir() else None
    places = [os.environ.get("LTP_JAR_DIR_PATH"), os.environ.get("LTP_PATH"), *SEARCH]
    for place in places:
        if place and Path(place).expanduser().is_dir():
            found = _jar_dir(Path(place).expanduser())
            if found is not None:
                return found
    return None


def is_path(setting: str | None) -> bool:
    """Whether a `languagetool` setting names a folder (a local install) rather than a URL."""
    return bool(setting) and setting not in ("local", "public") and not setting.startswith(
        ("http://", "https://"))


@contextmanager
def _jar_env(folder: Path | None) -> Iterator[None]:
    """Point language-tool-python at an install (so it starts it and never downloads)."""
    if folder is None:
        yield
        return
    old = os.environ.get("LTP_JAR_DIR_PATH")
    os.environ["LTP_JAR_DIR_PATH"] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("LTP_JAR_DIR_PATH", None)
        else:
            os.environ["LTP_JAR_DIR_PATH"] = old


def describe(setting: str) -> str:
    """A one-line description of where the letter goes for a setting."""
    if setting == "public":
        return "the public LanguageTool API (api.languagetool.org)"
    if setting == "local" or is_path(setting):
        return "a LanguageTool server started on this machine (Java)"
    return f"the LanguageTool server at {setting}"


def _tool(setting: str, language: str, timeout: float, notify: Callable[[str], None]) -> object:
    """Create a language_tool_python.LanguageTool for the setting, with our timeout."""
    try:
        import language_tool_python as ltp
    except ImportError as exc:
        raise EngineUnavailable("languagetool: language-tool-python is not installed") from exc
    base = ltp.LanguageToolPublicAPI if setting == "public" else ltp.LanguageTool
    cls = type("PoaLanguageTool", (base,), {"_TIMEOUT": timeout})
    try:
        if setting == "public":
            return cls(language)
        if is_path(setting) and not Path(setting).expanduser().is_dir():
            raise EngineUnavailable(f"languagetool: {setting!r} is not a URL, a LanguageTool "
                                    "folder, 'local' or 'public'")
        if is_path(setting) or (setting == "local" and find_local() is not None):
            folder = find_local(setting if is_path(setting) else None)
            if folder is None:
                raise EngineUnavailable(f"languagetool: no LanguageTool install ({JAR}) in "
                                        f"{setting!r}, or Java is not installed")
            notify(f"languagetool: starting the local LanguageTool in {folder}...")
            with _jar_env(folder):
                return cls(language)
        if setting == "local":
            if shutil.which("java") is None:
                raise EngineUnavailable("languagetool local: Java is not installed (LanguageTool "
                                        "needs Java 17+); use --languagetool http://host:port "
                                        "or --grammar harper")
            notify("languagetool: starting a local LanguageTool server "
                   "(the first run downloads about 250 MB)...")
            return cls(language)
        return cls(language, remote_server=setting)
    except EngineUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001  (any failure: a one-line notice, the rest still runs)
        if setting == "local" or is_path(setting):
            raise EngineUnavailable("languagetool local: could not download or start LanguageTool "
                                    f"(needs Java 17+ and a one-time download): {_reason(exc)}") from exc
        raise EngineUnavailable(f"languagetool: cannot use {describe(setting)}: "
                                f"{_reason(exc)}") from exc


def _reason(exc: BaseException) -> str:
    """A short reason from a wrapped requests/LanguageTool error."""
    text = " ".join(str(e) for e in (exc, exc.__cause__) if e)
    if "timed out" in text.lower() or "timeout" in text.lower():
        return "the server did not answer in time"
    if "refused" in text.lower() or "failed to establish" in text.lower():
        return "connection refused"
    return text.splitlines()[0][:200] if text else type(exc).__name__


class LanguageToolEngine:
    """Checks text with LanguageTool and maps matches to grammar.languagetool-<rule> hits."""

    name = "languagetool"

    def __init__(self, setting: str, *, language: str = "en-US", timeout: float = 30.0,
                 notify: Callable[[str], None] = lambda message: None) -> None:
        self.setting = setting
        self.tool = _tool(setting, language, timeout, notify)
        self.tool.disabled_categories = set(DISABLED_CATEGORIES)
        self.tool.disabled_rules = set(DISABLED_RULES)

    def check(self, text: str, protected: Protected) -> list[EngineHit]:
        """Send text to the server; raise EngineUnavailable when it cannot answer."""
        from language_tool_python.exceptions import LanguageToolError
        try:
            matches = self.tool.check(text)
        except (LanguageToolError, OSError) as exc:
            raise EngineUnavailable(f"languagetool: {describe(self.setting)} failed: "
                                    f"{_reason(exc)}") from exc
        out: list[EngineHit] = []
        for m in matches:
            start, end = m.offset, m.offset + m.error_length
            if not 0 <= start < end <= len(text):
                continue
            hit = Hit(start, end, suggestions=tuple(m.replacements[:3]),
                      message=f"{m.message} (LanguageTool)")
            spelling = m.category in SPELLING_CATEGORIES or m.rule_issue_type == "misspelling"
            eh = EngineHit(f"grammar.languagetool-{kebab(m.rule_id)}", hit, spelling=spelling)
            if keep(eh, text, protected):
                out.append(eh)
        return out

    def close(self) -> None:
        """Stop a local server if this engine started one."""
        close = getattr(self.tool, "close", None)
        if close is not None:
            close()
