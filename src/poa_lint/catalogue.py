"""Loading rule packs: the YAML, the keys every rule has, one dispatch to the rule's kind
(`kinds/<kind>.py` validates its own keys), unique ids. No spaCy needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from poa_lint.finding import Severity
from poa_lint.kinds import KINDS
from poa_lint.resources import rules_dir
from poa_lint.rulespec import PackError, RuleSpec, Where, message_fields, texts
from poa_lint.yamlsafe import MappingNode, SequenceNode, YAMLError, compose
from poa_lint.yamlsafe import load as load_yaml

__all__ = ["CATEGORIES", "Catalogue", "PackError", "RuleSpec", "load_catalogue", "load_pack",
           "validate_packs"]


CATEGORIES = ("structure", "blame", "innocence", "emotive", "unrelated", "formatting",
              "readability", "grammar", "template", "placeholder", "specificity", "coverage")
NEEDS = ("tagger", "pos", "lemma", "parser", "ner")
DATA_FILES = {"sections.yml", "reasons.yml"}
COMMON_KEYS = {"id", "kind", "category", "severity", "scope", "message", "why", "needs", "modes",
               "options", "url", "enabled", "sources", "messages"}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_SCOPE = re.compile(r"^(document|sentence|paragraph|section:[a-z-]+(\|[a-z-]+)*)$")


@dataclass(frozen=True)
class Catalogue:
    rules: tuple[RuleSpec, ...]

    def get(self, rule_id: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


def _common(raw: dict, where: Where) -> tuple[Severity, str, tuple[str, ...], dict, dict]:
    """The keys every rule has: message, why, category, severity, scope, needs, options, modes."""
    for key in ("message", "why"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise where.fail(f"field {key} is missing or empty")
    if raw.get("category") not in CATEGORIES:
        raise where.fail(f"field category: {raw.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    try:
        severity = Severity(raw.get("severity"))
    except ValueError:
        raise where.fail("field severity must be error, warning or info") from None
    scope = raw.get("scope", "sentence")
    if not isinstance(scope, str) or not _SCOPE.match(scope):
        raise where.fail(f"field scope: {scope!r} (document, sentence, paragraph or section:<part>)")
    needs = texts(raw.get("needs", []), where, "needs")
    if set(needs) - set(NEEDS):
        raise where.fail(f"field needs: unknown {sorted(set(needs) - set(NEEDS))[0]!r}")
    options = raw.get("options", {})
    modes = raw.get("modes", {})
    if not isinstance(options, dict) or not isinstance(modes, dict):
        raise where.fail("fields options and modes must be mappings")
    for mode, setting in modes.items():
        if not isinstance(setting, dict) or set(setting) - {"severity", "enabled"}:
            raise where.fail(f"field modes.{mode} may only set severity and enabled")
        if not isinstance(setting.get("enabled", True), bool):
            raise where.fail(f"field modes.{mode}.enabled must be true or false")
        try:
            Severity(setting.get("severity", "info"))
        except ValueError:
            raise where.fail(f"field modes.{mode}.severity must be error, warning or info") from None
    return severity, scope, needs, options, modes


def parse_rule(raw: Any, path: Path, pack: str) -> RuleSpec:
    """Validate one rule entry of a pack: the common keys here, the kind's own keys by its kind."""
    if not isinstance(raw, dict):
        raise Where(path).fail(f"each rule must be a mapping, got {raw!r}")
    rid = raw.get("id")
    where = Where(path, str(rid))
    if not isinstance(rid, str) or not _ID.match(rid):
        raise where.fail("field id must look like pack.kebab-name")
    if not rid.startswith(pack + "."):
        raise where.fail(f"field id must start with the pack name '{pack}.'")
    kind = KINDS.get(raw.get("kind"))  # type: ignore[arg-type]
    if kind is None:
        raise where.fail(f"field kind: unknown kind {raw.get('kind')!r} (one of: {', '.join(KINDS)})")
    unknown = set(raw) - COMMON_KEYS - kind.KEYS
    if unknown:
        raise where.fail(f"unknown field {sorted(unknown)[0]!r} for kind {raw['kind']}")
    severity, scope, needs, options, modes = _common(raw, where)
    params = kind.validate(raw, where)
    message_fields(raw["message"], where, kind.FIELDS)
    sources, messages = _sources_and_variants(raw, where)
    return RuleSpec(rid, raw["kind"], raw["category"], severity, raw["message"].strip(),
                    " ".join(raw["why"].split()), scope, needs, MappingProxyType(modes),
                    MappingProxyType(options), raw.get("url"), bool(raw.get("enabled", True)),
                    MappingProxyType(params), path, sources, MappingProxyType(messages))


def _sources_and_variants(raw: dict, where: Where) -> tuple[tuple[str, ...], dict[str, str]]:
    """`sources` (public guidance by publisher and title) and `messages` (named variants of the
    message a check chooses with fields["variant"]), both optional."""
    sources = tuple(" ".join(s.split()) for s in texts(raw.get("sources", []), where, "sources"))
    messages = raw.get("messages", {})
    if not isinstance(messages, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                 for k, v in messages.items()):
        raise where.fail("field messages must be a mapping of variant: message text")
    for variant, text in messages.items():
        message_fields(text, Where(where.path, f"{where.rule} (messages.{variant})"), None)
    return sources, {k: " ".join(v.split()) for k, v in messages.items()}


MAX_PACK_BYTES = 2_000_000     # a pack of a few hundred rules is well under 200 KB
MAX_PACK_NODES = 200_000       # YAML values after aliases are expanded ("billion laughs" stop here)


def _expanded_size(node: Any, sizes: dict[int, int]) -> int:
    """How many YAML nodes `node` becomes once every alias is expanded (memoised per node, so a
    document of 30 nested aliases is measured in 30 steps, not 2^30)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = MAX_PACK_NODES + 1   # a node that contains itself counts as too big
    if isinstance(node, MappingNode):
        size = 1 + sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    elif isinstance(node, SequenceNode):
        size = 1 + sum(_expanded_size(v, sizes) for v in node.value)
    else:
        size = 1
    sizes[id(node)] = min(size, MAX_PACK_NODES + 1)
    return sizes[id(node)]


def _read_pack(path: Path) -> Any:
    """The pack's YAML, refused when the file or its alias expansion is too large."""
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise Where(path).fail(f"too large ({path.stat().st_size / 1e6:.1f} MB; the limit is "
                                   f"{MAX_PACK_BYTES / 1e6:.0f} MB)")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Where(path).fail(f"cannot read ({exc})") from None
    if "*" in text and path.parent != rules_dir():   # aliases: measure what they expand to first
        try:
            node = compose(text)
        except YAMLError as exc:
            raise Where(path).fail(f"invalid YAML ({' '.join(str(exc).split())})") from None
        if node is not None and _expanded_size(node, {}) > MAX_PACK_NODES:
            raise Where(path).fail(f"YAML aliases expand to more than {MAX_PACK_NODES:,} values "
                                   f"(a pack that refers to itself over and over); write the "
                                   f"values out instead")
    return load_yaml(text)


def load_pack(path: Path) -> tuple[RuleSpec, ...]:
    try:
        data = _read_pack(path)
    except YAMLError as exc:
        raise Where(path).fail(f"invalid YAML ({' '.join(str(exc).split())})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise Where(path).fail(f"cannot read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("pack"), str):
        raise Where(path).fail("not a rule pack (needs a top-level 'pack' name and a 'rules' list)")
    if set(data) - {"pack", "rules", "description"}:
        raise Where(path).fail(f"unknown top-level key {sorted(set(data) - {'pack', 'rules', 'description'})[0]!r}")
    if not isinstance(data.get("rules"), list):
        raise Where(path).fail("field rules must be a list")
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
                    raise Where(path, rule.id).fail(f"duplicate id (already defined in {seen[rule.id]})")
                seen[rule.id] = path
                rules.append(rule)
    return Catalogue(tuple(sorted(rules, key=lambda r: r.id)))


def validate_packs(directories: tuple[Path, ...]) -> tuple[RuleSpec, ...]:
    """What `validate-rules` checks: the packs load together with the built-in ones, and the
    rules of these directories whose check needs spaCy (token patterns) compile against a blank
    English pipeline; returns their rules. Raises PackError naming file, rule and field."""
    from poa_lint.nlp import load_pipeline

    catalogue = load_catalogue(directories)
    dirs = [Path(d).resolve() for d in directories]
    ours = tuple(r for r in catalogue.rules
                 if r.source is not None and any(d in r.source.resolve().parents for d in dirs))
    if ours:   # every kind compiles as linting compiles it (a blank pipeline: no model needed)
        blank = load_pipeline("blank")
        for rule in ours:
            KINDS[rule.kind].compile(rule, blank)
    return ours
