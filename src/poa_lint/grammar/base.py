"""The small interface every grammar engine implements, and the words they must not flag."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from poa_lint.finding import Hit

DOMAIN_WORDS = "domain_words.txt"

# Identifiers and other tokens that are never words: ASINs, order IDs, codes with digits, URLs.
_ID_RE = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+"
    r"|\b\d{3}-\d{7}-\d{7}\b"                   # Amazon order ID
    r"|\b[A-Za-z0-9-]*\d[A-Za-z0-9-]*\b"        # anything with a digit (B0C4K7Q2ZD, SKU-12A)
    r"|\b[A-Z]{2,}s?\b"                          # acronyms (FBA, ODR, ASINs)
    r"|\b[A-Z][a-z]+[A-Z]\w*\b"                 # CamelCase brand names (TechNova)
)
ID_RE = _ID_RE
ID_PATTERN = _ID_RE.pattern          # also valid for Harper's (Rust) regex_mask
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_SENT_START = re.compile(r"(?:^|(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?:]\s+"
                         r"|\n\s*(?:[-*•]|\d+[.)])?\s*)$")
_HYPHENED = re.compile(r"\b[A-Z][a-z]*-[A-Za-z][a-z]*\b")          # Wi-Fi, A-to-z
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|"
                     r"iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)){1,3}")
# Template gaps an engine must not read as prose: [Your Name], <date>, XXXX, ****, ( ).
_PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{0,80}\]|<[^<>\n]{1,80}>|\b[Xx]{3,}\b|\*{3,}|\(\s*\)")
_ENTITY_LABELS = {"ORG", "PRODUCT", "PERSON", "GPE", "FAC", "NORP", "LOC", "WORK_OF_ART"}


class EngineUnavailable(RuntimeError):
    """Raised when an engine cannot run here (missing package, server down, no Java)."""


@dataclass(frozen=True, slots=True)
class EngineHit:
    """One engine finding: a rule id (grammar.<engine>-<kind>), a hit, and whether it is spelling."""

    rule: str
    hit: Hit
    spelling: bool = False


@dataclass(frozen=True)
class Protected:
    """Spans and words a spelling engine must never report (domain words, IDs, names)."""

    spans: tuple[tuple[int, int], ...] = ()
    words: frozenset[str] = field(default_factory=frozenset)
    placeholders: tuple[tuple[int, int], ...] = ()

    def in_placeholder(self, start: int, end: int) -> bool:
        """Whether text[start:end] touches a template gap (no engine finding belongs there)."""
        return any(s < max(end, start + 1) and start < e for s, e in self.placeholders)

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a protected word or lies inside a protected span."""
        raw = text[start:end].strip(" .,;:'’\"")
        word = re.sub(r"['’]s$", "", raw)
        if word.lower() in self.words or (word != raw and word[:1].isupper()):
            return True  # a protected word, or a capitalised possessive: a name ("Lumadent's")
        if word[:1].isupper() and _PINYIN.fullmatch(word.lower()):
            return True  # a Chinese name or place in pinyin (Xu, Zhou, Lanzhou)
        return any(s <= start and end <= e for s, e in self.spans)


class Engine(Protocol):
    """A grammar engine: text plus protected words in, EngineHits out (no printing)."""

    name: str

    def check(self, text: str, protected: Protected) -> list[EngineHit]: ...


def kebab(name: str) -> str:
    """'WordChoice' or 'TYPOS' or 'EN_A_VS_AN' -> 'word-choice' / 'typos' / 'en-a-vs-an'."""
    if name.isupper() or "_" in name:
        return name.lower().replace("_", "-")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower().replace(" ", "-")


def domain_words(entries: Iterable[str] | None = None) -> frozenset[str]:
    """The lower-cased domain words (rules/lists/domain_words.txt, loaded with the rule data)."""
    if entries is None:
        from poa_lint.ruledata import load_rule_data

        entries = load_rule_data().lists.get(DOMAIN_WORDS, ())
    return frozenset(w.lower() for w in entries)


def protected_for(text: str, doc: object | None = None, extra: Iterable[str] = (),
                  domain: frozenset[str] | None = None,
                  placeholders: Iterable[tuple[int, int]] = ()) -> Protected:
    """The protected spans and words of a letter: IDs, acronyms, names, entities, the domain
    words (`domain`, default: the built-in list) and the template gaps (`placeholders`, e.g.
    the letter's placeholder findings, and any found by shape)."""
    domain = domain_words() if domain is None else domain
    spans = [m.span() for m in _ID_RE.finditer(text)] + [m.span() for m in _HYPHENED.finditer(text)]
    names: set[str] = set()
    for m in _CAP_WORD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        initial = _SENT_START.search(text[line_start:m.start()]) is not None
        if not initial or len(line.split()) < 6:
            names.add(m.group().lower())       # a name, a heading word or a signature line
    for ent in getattr(doc, "ents", ()) or ():
        if ent.label_ in _ENTITY_LABELS:
            spans.append((ent.start_char, ent.end_char))
    for phrase in domain:
        if " " in phrase:
            spans += [m.span() for m in re.finditer(re.escape(phrase), text, re.I)]
    words = domain | names | {w.lower() for w in extra}
    gaps = sorted({*placeholders, *(m.span() for m in _PLACEHOLDER_RE.finditer(text))})
    return Protected(tuple(sorted(spans)), frozenset(words), tuple(gaps))


def keep(hit: EngineHit, text: str, protected: Protected) -> bool:
    """Drop spelling hits on protected words, any hit touching a template gap and any hit lying
    wholly inside an identifier."""
    if hit.spelling and protected.covers(text, hit.hit.start, hit.hit.end):
        return False
    if protected.in_placeholder(hit.hit.start, hit.hit.end):
        return False
    span = text[hit.hit.start:hit.hit.end]
    return not (_ID_RE.fullmatch(span.strip()) and span.strip())
