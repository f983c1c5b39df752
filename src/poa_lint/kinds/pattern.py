"""Kind `pattern`: spaCy Matcher token patterns, written in the pack exactly as spaCy takes them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.kinds.common import keep_longest, shared_params
from poa_lint.nlp import Pipeline
from poa_lint.rulespec import RuleSpec, Where, regexes

KEYS = frozenset({"patterns", "exceptions", "suggestion"})
FIELDS: frozenset[str] | None = frozenset({"match"})


def validate(raw: Mapping[str, object], where: Where) -> dict[str, object]:
    """The shape only: spaCy checks the patterns themselves when they compile (`validate-rules`
    compiles them against a blank pipeline, `catalogue.validate_packs`)."""
    params = shared_params(raw, where)
    patterns = raw.get("patterns")
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, list) for p in patterns):
        raise where.fail("field patterns must be a list of token-pattern lists")
    found = tuple(rx for pattern in patterns for token in pattern if isinstance(token, dict)
                  for rx in _regex_values(token))
    if found:   # checked like a regex rule's (the Matcher runs them with re.search on a token)
        regexes(found, where, "patterns (REGEX)", 0)
    params["patterns"] = patterns
    return params


def _regex_values(token: Mapping[str, object]) -> list[str]:
    """The REGEX values of one token pattern (top-level attributes and `_` extensions)."""
    out = []
    for key, value in token.items():
        if key == "_" and isinstance(value, dict):
            out += _regex_values(value)
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            out.append(value["REGEX"])
    return out


def _attribute(token: object, attr: str) -> str:
    name = "text" if attr.upper() in ("TEXT", "ORTH") else attr.lower()
    value = getattr(token, name + "_", None)
    return str(value if value is not None else getattr(token, name, ""))


def _safe_regex(token_pattern: dict, builtin: bool) -> dict:
    """A token pattern whose REGEX predicates (spaCy runs them on Python's re, with no time
    limit) become extension attributes matched by `regexsafety.SafePattern` under the letter's
    budget. Patterns of poa-lint's own packs are kept as they are."""
    import hashlib

    from spacy.tokens import Token

    from poa_lint.regexsafety import SafePattern, is_untrusted

    out: dict = {}
    extensions = dict(token_pattern.get("_", {})) if isinstance(token_pattern.get("_"), dict) else {}
    for key, value in token_pattern.items():
        if key == "_" or not (isinstance(value, dict) and isinstance(value.get("REGEX"), str)) or \
                builtin or not is_untrusted(value["REGEX"]):
            if key != "_":
                out[key] = value
            continue
        rest = {k: v for k, v in value.items() if k != "REGEX"}
        if rest:
            out[key] = rest
        rx = SafePattern(value["REGEX"])
        name = "poa_rx_" + hashlib.sha1(f"{key}\0{value['REGEX']}".encode()).hexdigest()[:16]
        Token.set_extension(name, getter=lambda t, rx=rx, attr=key: rx.search(_attribute(t, attr)) is not None,
                            force=True)
        extensions[name] = True
    if extensions:
        out["_"] = extensions
    return out


def compile(spec: RuleSpec, pipeline: Pipeline):  # noqa: A001
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline.nlp.vocab, validate=True)
    builtin = Where(spec.source).builtin
    patterns = [[_safe_regex(t, builtin) if isinstance(t, dict) else t for t in pattern]
                for pattern in spec.params["patterns"]]
    try:
        matcher.add(spec.id, patterns)
    except Exception as exc:  # spaCy raises MatchPatternError/ValueError with a long report
        raise Where(spec.source, spec.id).fail(
            f"field patterns is not a valid spaCy Matcher pattern ({' '.join(str(exc).split())[:200]})") from None
    suggestion = spec.params.get("suggestion")

    def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
        doc = letter.doc
        spans = keep_longest([(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in matcher(doc)])
        for start, end in spans:
            yield Hit(start, end, {"match": letter.text[start:end]}, (suggestion,) if suggestion else ())

    return run
