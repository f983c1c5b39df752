"""Recognising the parts of a letter: heading aliases and content cues from rules/sections.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path


from poa_lint import yamlsafe
from poa_lint.resources import rules_dir

PARTS = ("issue", "investigation", "root-cause", "corrective", "preventive", "evidence", "closing")
_NUMBERING = re.compile(
    r"^(?:(?:step|part|section|point)\s+)?(?:\(?\d{1,2}[.):]|\(?[ivx]{1,4}[.)]|\(?[a-h][.)]|\d{1,2}\s*[-–—])\s*",
    re.I)
_MARKS = re.compile(r"^[#>\s*_\-•·▪◦=]+|[\s*_:：\-–—=.?？]+$")


@dataclass(frozen=True)
class SectionSpec:
    """Heading aliases and content cues per canonical part."""

    aliases: tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]   # (kind, label, patterns)
    cues: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    threshold: int
    closing: tuple[re.Pattern[str], ...] = ()
    closing_max_words: int = 70
    # parts a heading may hold without naming them: per named part ("Problem:" holds the cause),
    # and for headings over the whole plan ("Plan of action:"), which name no single part
    holds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    mixed: tuple[tuple[re.Pattern[str], ...], tuple[str, ...]] = ((), ())

    def label(self, kind: str) -> str:
        return next((label for k, label, _ in self.aliases if k == kind), kind)

    def heading_kinds(self, heading: str) -> tuple[str, ...]:
        """Parts named by a heading's text (numbering and markup already stripped)."""
        text = " ".join(heading.lower().split())
        return tuple(kind for kind, _, pats in self.aliases if any(p.search(text) for p in pats))

    def is_mixed(self, heading: str) -> bool:
        """Whether a heading's text (numbering and markup stripped) announces several parts at once
        without naming one ("Plan of action", "Action plan")."""
        text = " ".join(heading.lower().split())
        return any(p.search(text) for p in self.mixed[0])

    def held_parts(self, heading: str) -> frozenset[str]:
        """The parts whose sentences may sit under a heading: those it names, those the parts it
        names hold ("Problem:" holds the cause), and under a heading over the whole plan, the
        parts that plan holds."""
        named = self.heading_kinds(heading)
        held = set(named) | {h for kind, parts in self.holds if kind in named for h in parts}
        if self.is_mixed(heading):
            held |= set(self.mixed[1])
        return frozenset(held)

    def content_scores(self, text: str) -> dict[str, int]:
        """How strongly a paragraph's wording suggests each part (cue matches, at most 2 per cue)."""
        return {kind: sum(min(len(p.findall(text)), 2) for p in pats) for kind, pats in self.cues}

    def content_kinds(self, scores: dict[str, int], strong: bool = False) -> tuple[str, ...]:
        """Parts whose score reaches the threshold (`strong`: two more), strongest first."""
        bar = self.threshold + (2 if strong else 0)
        ranked = sorted(((v, k) for k, v in scores.items() if v >= bar), key=lambda s: -s[0])
        return tuple(kind for _, kind in ranked)


def strip_heading(line: str) -> str:
    """A heading line without markdown marks, numbering and trailing colon."""
    text = _MARKS.sub("", line.strip())
    text = _NUMBERING.sub("", text)
    return _MARKS.sub("", text).strip()


@cache
def load_section_spec(path: Path | None = None) -> SectionSpec:
    """Load rules/sections.yml (or another file of the same shape)."""
    path = path or rules_dir() / "sections.yml"
    data = yamlsafe.load(path.read_text(encoding="utf-8"))
    aliases = tuple(
        (kind, str(entry.get("label", kind)),
         tuple(re.compile(a, re.I) for a in entry["aliases"]))
        for kind, entry in data["sections"].items())
    content = data.get("content", {})
    cues = tuple((kind, tuple(re.compile(c, re.I) for c in content[kind]))
                 for kind in PARTS if kind in content)
    closing = data.get("closing", {})
    holds = tuple((kind, tuple(entry["holds"])) for kind, entry in data["sections"].items() if entry.get("holds"))
    mixed = data.get("mixed", {})
    return SectionSpec(aliases, cues, int(content.get("threshold", 2)),
                       tuple(re.compile(c, re.I) for c in closing.get("cues", ())),
                       int(closing.get("max_words", 70)), holds,
                       (tuple(re.compile(a, re.I) for a in mixed.get("aliases", ())), tuple(mixed.get("holds", ()))))


def is_sign_off(spec: SectionSpec, text: str, words: int) -> bool:
    """Whether a short paragraph reads as the letter's closing request or sign-off."""
    signature = words <= 8 and not text.rstrip().endswith((".", ":", "?", "!"))
    return signature or (words <= spec.closing_max_words and any(p.search(text) for p in spec.closing))
