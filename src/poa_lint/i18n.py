"""The message catalogue: every user-facing text in the chosen language (en, zh, or both).

Rule texts in English are the packs themselves; other languages live beside them as data,
`<pack dir>/locales/<lang>/*.yml` keyed by rule id (message, why, messages, suggestions), with the
interface texts in `ui.yml` and, for Chinese, the `glossary.yml` every translation follows.
Formatters, `explain` and the language server ask a `Texts` for what to show; nothing else
translates."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from poa_lint.resources import rules_dir

LANGS = ("en", "zh", "both")
HTML_LANG = {"en": "en", "zh": "zh-CN"}
_FILE_KEYS = {"locale", "rules", "ui", "values", "terms"}
_RULE_KEYS = {"message", "why", "messages", "suggestions"}


class LocaleError(Exception):
    """A malformed locale file; str() names the file and the problem."""


# -- "a" or "an" by sound ------------------------------------------------------------------------

_AN_LETTERS = set("AEFHILMNORSX")          # letters whose spoken name starts with a vowel sound
_WORD_ACRONYMS = {"NASA", "FIFO", "SIM", "LAN", "RAM", "ROM", "SAT", "UFO", "UNESCO"}
_YOU = ("uni", "unanim", "use", "usu", "uti", "ura", "ure", "uro", "uk", "ubiq", "eu", "ewe", "one",
        "once", "ufo")
_NOT_YOU = ("unin", "unim", "unid", "unif", "unit", "unic")   # un- words ("an uninstalled") ...
_YOU_AGAIN = ("unit", "unif", "unic")                            # ... except unit, uniform, unicorn
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def indefinite_article(phrase: str) -> str:
    """'a' or 'an' for the first word of `phrase`, by how it is spoken (an ASIN, a UPC, an hour,
    a unique, an 8-day, an 11, a one-time)."""
    match = re.search(r"[A-Za-z0-9][A-Za-z0-9,]*", phrase)
    if not match:
        return "a"
    word = match.group().rstrip(",")
    if word[0].isdigit():
        digits = re.match(r"[\d,]+", word).group().replace(",", "")
        if digits.startswith("8"):
            return "an"
        groups = len(word.split(",")[0]) if "," in word else (len(digits) - 1) % 3 + 1
        return "an" if groups == 2 and digits[:2] in ("11", "18") else "a"
    letters = re.match(r"[A-Za-z]+", word)
    alpha = letters.group() if letters else word
    if (alpha.isupper() and len(alpha) > 1 and alpha not in _WORD_ACRONYMS) or len(alpha) == 1:
        return "an" if alpha[0].upper() in _AN_LETTERS else "a"
    lower = alpha.lower()
    if lower.startswith(_SILENT_H):
        return "an"
    if lower.startswith(_YOU_AGAIN) or (lower.startswith(_YOU) and not lower.startswith(_NOT_YOU)):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


_ARTICLE = re.compile(r"\b([Aa]n?)((?:/the)?\s+[\"“'(]?)\{(\w+)")


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(template: str) -> set[str]:
    """The {names} a message template uses."""
    try:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return set()


def fill(template: str, fields: Mapping[str, Any], english: bool = True,
         values: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """`template` with its {placeholders} filled; in English "a"/"an" before a placeholder agrees
    with the value put there; `values` translates known values (reason, part, metric names)."""
    data = _Fields({k: _translated(k, v, values) if values else v for k, v in fields.items()})
    if english:
        def article(m: re.Match) -> str:
            value = str(data.get(m.group(3), ""))
            if not value or value.startswith("{"):
                return m.group(0)
            chosen = indefinite_article(value)
            chosen = chosen.capitalize() if m.group(1)[0] == "A" else chosen
            return chosen + m.group(2) + "{" + m.group(3)
        template = _ARTICLE.sub(article, template)
    try:
        text = string.Formatter().vformat(template, (), data)
    except (ValueError, IndexError, KeyError, AttributeError):
        text = template
    return " ".join(text.split())


def _translated(name: str, value: Any, values: Mapping[str, Mapping[str, str]]) -> Any:
    table = values.get(name) or values.get(name + "s") or values.get(name.rstrip("s"))
    if not table or not isinstance(value, str):
        return value
    lowered = {k.lower(): v for k, v in table.items()}
    if value.lower() in lowered:
        return lowered[value.lower()]
    for sep in (" / ", "; ", ", "):                     # joined lists: translate each piece
        if sep in value:
            pieces = value.split(sep)
            if all(p.lower() in lowered for p in pieces):
                return {"; ": "；"}.get(sep, "、").join(lowered[p.lower()] for p in pieces)
    return value


# -- locale data -----------------------------------------------------------------------------------

@dataclass
class Locale:
    """One language's texts merged from the built-in rules and any agency pack folders."""

    lang: str
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    ui: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    terms: list[dict[str, Any]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def locale_dirs(pack_dirs: Iterable[Path] = ()) -> tuple[Path, ...]:
    """The built-in rules folder followed by every extra pack folder (later ones win)."""
    seen: list[Path] = [rules_dir()]
    for directory in pack_dirs:
        if Path(directory) not in seen:
            seen.append(Path(directory))
    return tuple(seen)


def available(pack_dirs: Iterable[Path] = ()) -> tuple[str, ...]:
    """Languages with a locale folder in the built-in rules or the given pack folders."""
    found = {p.name for d in locale_dirs(pack_dirs) if (d / "locales").is_dir()
             for p in (d / "locales").iterdir() if p.is_dir()}
    return tuple(sorted(found))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LocaleError(f"{path}: invalid YAML ({' '.join(str(exc).split())})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LocaleError(f"{path}: cannot read ({exc})") from None
    if not isinstance(data, dict) or set(data) - _FILE_KEYS:
        extra = sorted(set(data) - _FILE_KEYS) if isinstance(data, dict) else ["(not a mapping)"]
        raise LocaleError(f"{path}: not a locale file (unknown key {extra[0]!r}; "
                          f"allowed: {', '.join(sorted(_FILE_KEYS))})")
    for rid, entry in (data.get("rules") or {}).items():
        if not isinstance(entry, dict) or set(entry) - _RULE_KEYS:
            raise LocaleError(f"{path}: rule {rid}: an entry has only {', '.join(sorted(_RULE_KEYS))}")
        for key in ("message", "why"):
            if key in entry and not isinstance(entry[key], str):
                raise LocaleError(f"{path}: rule {rid}: field {key} is not text")
        for key in ("messages", "suggestions"):
            if key in entry and not (isinstance(entry[key], dict) and
                                     all(isinstance(v, str) for v in entry[key].values())):
                raise LocaleError(f"{path}: rule {rid}: field {key} must map text to text")
    return data


def _locale_files(lang: str, pack_dirs: tuple[Path, ...]) -> tuple[tuple[Path, int], ...]:
    files = []
    for directory in locale_dirs(pack_dirs):
        folder = directory / "locales" / lang
        if folder.is_dir():
            files += [(p, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.y*ml"))]
    return tuple(files)


def load_locale(lang: str, pack_dirs: tuple[Path, ...] = ()) -> Locale:
    """The texts of `lang` from rules/locales/<lang>/ and each pack folder's locales/<lang>/
    (read again when a file changes, so a long-running language server sees edits)."""
    return _load(lang, _locale_files(lang, tuple(Path(d) for d in pack_dirs)))


@lru_cache(maxsize=16)
def _load(lang: str, files: tuple[tuple[Path, int], ...]) -> Locale:
    locale = Locale(lang)
    for path, _ in files:
        data = _read(path)
        locale.files.append(path)
        for rid, entry in (data.get("rules") or {}).items():
            locale.rules[str(rid)] = {k: (" ".join(v.split()) if isinstance(v, str) else
                                          {str(a): " ".join(b.split()) for a, b in v.items()})
                                      for k, v in entry.items()}
        locale.ui.update({str(k): str(v) for k, v in (data.get("ui") or {}).items()})
        for name, table in (data.get("values") or {}).items():
            locale.values.setdefault(str(name), {}).update({str(k): str(v) for k, v in table.items()})
        locale.terms.extend(data.get("terms") or [])
    return locale


# -- what formatters call ------------------------------------------------------------------------

class Texts:
    """User-facing texts for one run in `lang` ("en", "zh" or "both": Chinese under English)."""

    def __init__(self, lang: str = "en", pack_dirs: Iterable[Path] = ()) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} (one of: {', '.join(LANGS)})")
        self.lang = lang
        self.langs: tuple[str, ...] = ("en", "zh") if lang == "both" else (lang,)
        self.dirs = tuple(Path(d) for d in pack_dirs)

    def locale(self, lang: str) -> Locale:
        return load_locale(lang, self.dirs)

    # single-language lookups ---------------------------------------------------------------------
    def ui(self, key: str, lang: str | None = None, **fields: Any) -> str:
        lang = lang or self.langs[-1]
        template = self.locale(lang).ui.get(key) or self.locale("en").ui.get(key, key)
        return fill(template, _plurals(fields), english=lang == "en")

    def _entry(self, rule: str, lang: str) -> dict[str, Any]:
        return {} if lang == "en" else self.locale(lang).rules.get(rule, {})

    def message(self, finding: Any, lang: str | None = None) -> str:
        lang = lang or self.langs[-1]
        entry = self._entry(finding.rule, lang)
        fields = dict(getattr(finding, "fields", None) or {})
        variant = fields.get("variant")
        template = entry.get("messages", {}).get(variant) if variant else entry.get("message")
        if lang == "en" or not template:
            return finding.message
        fields.setdefault("match", finding.text)
        return fill(template, fields, english=False, values=self.locale(lang).values)

    def why(self, spec: Any, lang: str | None = None) -> str:
        lang = lang or self.langs[-1]
        return self._entry(spec.id, lang).get("why") or spec.why

    def short(self, spec: Any, lang: str | None = None) -> str:
        """The rule's one-line description (its message template, placeholders as <name>)."""
        lang = lang or self.langs[-1]
        text = self._entry(spec.id, lang).get("message") or spec.message
        return re.sub(r"\{(\w+)[^}]*\}", r"<\1>", " ".join(text.split()))

    def variant(self, spec: Any, name: str, lang: str | None = None) -> str:
        """One of the rule's named message variants (a template, placeholders unfilled)."""
        lang = lang or self.langs[-1]
        return self._entry(spec.id, lang).get("messages", {}).get(name) or spec.messages[name]

    def suggestion(self, rule: str, text: str, lang: str | None = None) -> str:
        """A suggestion as shown: advice is translated; replacement text stays as it is."""
        lang = lang or self.langs[-1]
        return self._entry(rule, lang).get("suggestions", {}).get(" ".join(text.split()), text)

    def value(self, name: str, value: str, lang: str | None = None) -> str:
        lang = lang or self.langs[-1]
        return str(_translated(name, value, self.locale(lang).values)) if lang != "en" else value

    # every chosen language, in display order (English first) -----------------------------------
    def each(self, method: str, *args: Any, **kwargs: Any) -> list[str]:
        """`method` in each chosen language, without repeats (a text left untranslated shows once)."""
        out: list[str] = []
        for lang in self.langs:
            text = getattr(self, method)(*args, lang=lang, **kwargs)
            if text not in out:
                out.append(text)
        return out

    def joined(self, method: str, *args: Any, sep: str = "\n", **kwargs: Any) -> str:
        return sep.join(self.each(method, *args, **kwargs))

    def label(self, key: str, **fields: Any) -> str:
        """A short interface label: "suggestion / 建议" in both languages."""
        return self.joined("ui", key, sep=" / ", **fields)


def _plurals(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Adds `<name>_s` ("" or "s") for every whole-number field, for English plurals."""
    out = dict(fields)
    for key, value in fields.items():
        if isinstance(value, int) and not isinstance(value, bool):
            out.setdefault(f"{key}_s", "" if value == 1 else "s")
    return out


def texts_for(report: Any) -> Texts:
    """The Texts of a report: its language and the pack folders of its rules."""
    dirs = []
    for spec in (getattr(report, "rules", None) or {}).values():
        source = getattr(spec, "source", None)
        if source is not None and source.parent != rules_dir() and source.parent not in dirs:
            dirs.append(source.parent)
    return Texts(getattr(report, "lang", "en") or "en", tuple(dirs))


# -- validate-rules ------------------------------------------------------------------------------

def coverage_problems(catalogue: Any, pack_dirs: Iterable[Path] = ()) -> tuple[list[str], list[str]]:
    """(problems, notes) of every locale against the catalogue: each rule of a folder that ships a
    locale (and every built-in rule) needs a message and a why, each message variant its own text,
    and every translation exactly the English text's placeholders. Rules of a folder without that
    locale are only noted (they show in English)."""
    problems: list[str] = []
    notes: list[str] = []
    dirs = tuple(Path(d) for d in pack_dirs)
    for lang in available(dirs):
        if lang == "en":
            continue
        locale = load_locale(lang, dirs)
        shipping = {d.resolve() for d in locale_dirs(dirs) if (d / "locales" / lang).is_dir()}
        untranslated: dict[Path, list[str]] = {}
        for rule in catalogue.rules:
            home = rule.source.parent.resolve() if rule.source else rules_dir().resolve()
            where = f"{home / 'locales' / lang / (rule.source.name if rule.source else '')}"
            entry = locale.rules.get(rule.id)
            if entry is None:
                if home in shipping:
                    problems.append(f"locale {lang}: rule {rule.id} has no text (add message and why to {where})")
                else:
                    untranslated.setdefault(home, []).append(rule.id)
                continue
            wanted = [("message", rule.message, entry.get("message")), ("why", rule.why, entry.get("why"))]
            wanted += [(f"messages.{k}", v, entry.get("messages", {}).get(k)) for k, v in rule.messages.items()]
            for name, english, text in wanted:
                if not text:
                    problems.append(f"locale {lang}: rule {rule.id}: field {name} is missing ({where})")
                elif placeholders(text) != placeholders(english):
                    theirs = ", ".join(sorted(placeholders(text))) or "none"
                    ours = ", ".join(sorted(placeholders(english))) or "none"
                    problems.append(f"locale {lang}: rule {rule.id}: field {name} has placeholders {{{theirs}}} "
                                    f"but the English text has {{{ours}}} ({where})")
        for home, ids in untranslated.items():
            notes.append(f"locale {lang}: {len(ids)} rule{'s' if len(ids) != 1 else ''} of {home} "
                         f"{'have' if len(ids) != 1 else 'has'} no {lang} text and will show in English "
                         f"(add {home / 'locales' / lang}/*.yml): {', '.join(ids[:5])}"
                         f"{', ...' if len(ids) > 5 else ''}")
        known = set(catalogue.ids)
        stray = sorted(set(locale.rules) - known)
        if stray:
            notes.append(f"locale {lang}: texts for rules that are not loaded: {', '.join(stray[:5])}")
    return problems, notes
