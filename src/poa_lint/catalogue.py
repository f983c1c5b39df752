"""Loading and validating YAML rule packs into RuleSpecs (no spaCy needed)."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from poa_lint.finding import Severity
from poa_lint.resources import rules_dir

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe either way: no !!python tags

CATEGORIES = ("structure", "blame", "innocence", "emotive", "unrelated", "formatting",
              "readability", "grammar", "template", "placeholder", "specificity", "coverage")
NEEDS = ("tagger", "pos", "lemma", "parser", "ner")
DATA_FILES = {"sections.yml", "reasons.yml"}
COMMON_KEYS = {"id", "kind", "category", "severity", "scope", "message", "why", "needs", "modes",
               "options", "url", "enabled", "sources", "messages"}
KIND_KEYS = {
    "phrases": {"phrases", "phrases_file", "attr", "exceptions", "suggestion"},
    "swap": {"swap", "attr", "exceptions"},
    "pattern": {"patterns", "exceptions", "suggestion"},
    "regex": {"regex", "case_sensitive", "exceptions", "suggestion"},
    "require": {"require"},
    "check": {"check"},
}
KIND_FIELDS = {"phrases": {"match"}, "swap": {"match", "replacement"}, "pattern": {"match"},
               "regex": {"match"}, "require": {"part", "label"}}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_SCOPE = re.compile(r"^(document|sentence|paragraph|section:[a-z-]+(\|[a-z-]+)*)$")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


class PackError(Exception):
    """A malformed rule pack; str() names file, rule and field."""


@dataclass(frozen=True)
class RuleSpec:
    """One rule as declared in a pack (data only; kinds compile it)."""

    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    why: str
    scope: str = "sentence"
    needs: tuple[str, ...] = ()
    modes: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: _EMPTY)
    options: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    url: str | None = None
    enabled: bool = True
    params: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    source: Path | None = None
    sources: tuple[str, ...] = ()                # public guidance behind `why`, by publisher and title
    messages: Mapping[str, str] = field(default_factory=lambda: _EMPTY)   # variant -> message template

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def scope_kinds(self) -> tuple[str, ...]:
        return tuple(self.scope.split(":", 1)[1].split("|")) if self.scope.startswith("section:") else ()


@dataclass(frozen=True)
class Catalogue:
    rules: tuple[RuleSpec, ...]

    def get(self, rule_id: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


def _fail(path: Path, rule: str | None, problem: str) -> PackError:
    where = f"{path}: rule {rule}: " if rule else f"{path}: "
    return PackError(where + problem)


def _texts(value: Any, path: Path, rule: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(path, rule, f"field {name} must be a list")
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise _fail(path, rule, f"field {name} #{i} is not text (quote it): {item!r}")
    return tuple(value)


def _read_list(path: Path, rule: str, name: str) -> tuple[str, ...]:
    if not path.is_file():
        raise _fail(path, rule, f"{name} file not found")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (ln.split(" #", 1)[0].strip() for ln in lines) if s and not s.startswith("#"))


def _check_kind(raw: Mapping[str, Any], path: Path, rid: str) -> dict[str, Any]:
    kind = raw["kind"]
    params: dict[str, Any] = {}
    for key in ("exceptions",):
        if key in raw:
            params[key] = _texts(raw[key], path, rid, key)
    if kind == "phrases":
        phrases = _texts(raw.get("phrases", []), path, rid, "phrases")
        if "phrases_file" in raw:
            phrases += _read_list(path.parent / str(raw["phrases_file"]), rid, "phrases_file")
        if not phrases:
            raise _fail(path, rid, "field phrases is empty")
        params["phrases"] = phrases
        params["attr"] = str(raw.get("attr", "LOWER")).upper()
        if params["attr"] not in ("LOWER", "LEMMA", "ORTH"):
            raise _fail(path, rid, "field attr must be LOWER, LEMMA or ORTH")
    elif kind == "swap":
        swap = raw.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise _fail(path, rid, "field swap must be a non-empty mapping of phrase: suggestion")
        for k, v in swap.items():
            if not isinstance(k, str) or not isinstance(v, str):
                raise _fail(path, rid, f"field swap entry {k!r}: {v!r} is not text (quote it)")
        params["swap"] = MappingProxyType(dict(swap))
        params["attr"] = str(raw.get("attr", "LOWER")).upper()
    elif kind == "pattern":
        patterns = raw.get("patterns")
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, list) for p in patterns):
            raise _fail(path, rid, "field patterns must be a list of token-pattern lists")
        params["patterns"] = patterns
    elif kind == "regex":
        regexes = _texts(raw.get("regex", []), path, rid, "regex")
        if not regexes:
            raise _fail(path, rid, "field regex is empty")
        flags = 0 if raw.get("case_sensitive") else re.I
        # Built-in packs are compiled by the test suite; compiling them again at every start-up
        # costs ~0.1 s (`rules` and `explain` must stay instant). Other packs are checked here.
        for i, rx in enumerate(regexes if path.parent != rules_dir() else (), 1):
            try:
                re.compile(rx, flags | re.M)
            except re.error as exc:
                raise _fail(path, rid, f"field regex #{i} is not a valid regular expression ({exc})") from None
            from poa_lint.regexsafety import nested_repetition

            if nested_repetition(rx, flags | re.M):
                raise _fail(path, rid, f"field regex #{i} repeats a group of repetitions, like (a+)+ or "
                                       f"(\\w+\\s?)+, which can take minutes on one letter; rewrite it so "
                                       f"each pass must match something fixed, e.g. (\\w+\\s+)+")
        params["regex"] = regexes
        params["case_sensitive"] = bool(raw.get("case_sensitive", False))
    elif kind == "require":
        req = raw.get("require")
        if not isinstance(req, dict) or not (set(req) <= {"part", "any_phrase"}) or not req:
            raise _fail(path, rid, "field require must be {part: <kind>} or {any_phrase: [...]}")
        if "any_phrase" in req:
            req = {**req, "any_phrase": _texts(req["any_phrase"], path, rid, "require.any_phrase")}
        params["require"] = MappingProxyType(dict(req))
    elif kind == "check":
        from poa_lint.checks import CHECKS

        if raw.get("check") not in CHECKS:
            raise _fail(path, rid, f"field check: unknown check {raw.get('check')!r}")
        params["check"] = raw["check"]
    if "suggestion" in raw:
        if not isinstance(raw["suggestion"], str):
            raise _fail(path, rid, "field suggestion is not text (quote it)")
        params["suggestion"] = raw["suggestion"]
    return params


def parse_rule(raw: Any, path: Path, pack: str) -> RuleSpec:
    """Validate one rule entry of a pack."""
    if not isinstance(raw, dict):
        raise _fail(path, None, f"each rule must be a mapping, got {raw!r}")
    rid = raw.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise _fail(path, str(rid), "field id must look like pack.kebab-name")
    if not rid.startswith(pack + "."):
        raise _fail(path, rid, f"field id must start with the pack name '{pack}.'")
    kind = raw.get("kind")
    if kind not in KIND_KEYS:
        raise _fail(path, rid, f"field kind: unknown kind {kind!r} (one of: {', '.join(KIND_KEYS)})")
    unknown = set(raw) - COMMON_KEYS - KIND_KEYS[kind]
    if unknown:
        raise _fail(path, rid, f"unknown field {sorted(unknown)[0]!r} for kind {kind}")
    for key in ("message", "why"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(path, rid, f"field {key} is missing or empty")
    if raw.get("category") not in CATEGORIES:
        raise _fail(path, rid, f"field category: {raw.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    try:
        severity = Severity(raw.get("severity"))
    except ValueError:
        raise _fail(path, rid, "field severity must be error, warning or info") from None
    scope = raw.get("scope", "sentence")
    if not isinstance(scope, str) or not _SCOPE.match(scope):
        raise _fail(path, rid, f"field scope: {scope!r} (document, sentence, paragraph or section:<part>)")
    needs = _texts(raw.get("needs", []), path, rid, "needs")
    if set(needs) - set(NEEDS):
        raise _fail(path, rid, f"field needs: unknown {sorted(set(needs) - set(NEEDS))[0]!r}")
    options = raw.get("options", {})
    modes = raw.get("modes", {})
    if not isinstance(options, dict) or not isinstance(modes, dict):
        raise _fail(path, rid, "fields options and modes must be mappings")
    for mode, setting in modes.items():
        if not isinstance(setting, dict) or set(setting) - {"severity"}:
            raise _fail(path, rid, f"field modes.{mode} may only set severity")
        try:
            Severity(setting.get("severity", "info"))
        except ValueError:
            raise _fail(path, rid, f"field modes.{mode}.severity must be error, warning or info") from None
    sources = _texts(raw.get("sources", []), path, rid, "sources")
    messages = raw.get("messages", {})
    if not isinstance(messages, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                 for k, v in messages.items()):
        raise _fail(path, rid, "field messages must be a mapping of variant: message text")
    params = _check_kind(raw, path, rid)
    allowed = KIND_FIELDS.get(kind)
    if allowed is not None:
        used = {f for _, f, _, _ in string.Formatter().parse(raw["message"]) if f}
        if used - allowed:
            raise _fail(path, rid, f"field message uses unknown placeholder {{{sorted(used - allowed)[0]}}}")
    return RuleSpec(rid, kind, raw["category"], severity, raw["message"].strip(), " ".join(raw["why"].split()),
                    scope, needs, MappingProxyType(modes), MappingProxyType(options), raw.get("url"),
                    bool(raw.get("enabled", True)), MappingProxyType(params), path,
                    tuple(" ".join(x.split()) for x in sources),
                    MappingProxyType({k: " ".join(v.split()) for k, v in messages.items()}))


def load_pack(path: Path) -> tuple[RuleSpec, ...]:
    try:
        # The C SafeLoader: same safe constructors (no Python tags), ~15x faster than the pure-Python one.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506
    except yaml.YAMLError as exc:
        raise _fail(path, None, f"invalid YAML ({' '.join(str(exc).split())})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, None, f"cannot read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("pack"), str):
        raise _fail(path, None, "not a rule pack (needs a top-level 'pack' name and a 'rules' list)")
    if set(data) - {"pack", "rules", "description"}:
        raise _fail(path, None, f"unknown top-level key {sorted(set(data) - {'pack', 'rules', 'description'})[0]!r}")
    if not isinstance(data.get("rules"), list):
        raise _fail(path, None, "field rules must be a list")
    return tuple(parse_rule(raw, path, data["pack"]) for raw in data["rules"])


def pack_files(directory: Path, builtin: bool = False) -> list[Path]:
    if not directory.is_dir():
        raise PackError(f"{directory}: rule pack directory not found")
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())
    return [p for p in files if not (builtin and p.name in DATA_FILES)]


def load_catalogue(extra_dirs: tuple[Path, ...] = (), *, builtin: bool = True) -> Catalogue:
    """All rules of the built-in packs plus any extra pack directories; ids must be unique."""
    rules: list[RuleSpec] = []
    seen: dict[str, Path] = {}
    dirs = ([(rules_dir(), True)] if builtin else []) + [(Path(d), False) for d in extra_dirs
                                                        if not (builtin and Path(d).resolve() == rules_dir().resolve())]
    for directory, is_builtin in dirs:
        for path in pack_files(directory, is_builtin):
            for rule in load_pack(path):
                if rule.id in seen:
                    raise _fail(path, rule.id, f"duplicate id (already defined in {seen[rule.id]})")
                seen[rule.id] = path
                rules.append(rule)
    return Catalogue(tuple(sorted(rules, key=lambda r: r.id)))
