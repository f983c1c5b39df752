"""The tables rules read besides their packs, loaded once with the catalogue: the parts of a letter
(rules/sections.yml), the suspension reasons (rules/reasons.yml) and the word lists (rules/lists/).

Checks and kinds receive these through the letter (`letter.data`); they never open a file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from poa_lint.notice.reasons import ReasonTable, load_table
from poa_lint.resources import rules_dir
from poa_lint.sections import SectionSpec, load_section_spec


@dataclass(frozen=True)
class RuleData:
    sections: SectionSpec
    reasons: ReasonTable
    lists: Mapping[str, tuple[str, ...]]      # file name in rules/lists/ -> entries

    def entries(self, name: str) -> tuple[str, ...]:
        """The entries of one list; an unknown name is a pack error caught when packs load."""
        return self.lists[name]


def read_list(path: Path, trailing_comments: bool = False) -> tuple[str, ...]:
    """Entries of a list file, one a line, stripped; blank lines and `#` comment lines dropped.
    With `trailing_comments` (phrase files of packs) a ` #` also ends the entry; regex lists
    keep it, since ` #` can be part of a pattern."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if trailing_comments:
        lines = [ln.split(" #", 1)[0] for ln in lines]
    return tuple(s for s in (ln.strip() for ln in lines) if s and not s.startswith("#"))


@cache
def load_rule_data() -> RuleData:
    """The built-in tables (cached: they are the same for every linter of a process)."""
    folder = rules_dir() / "lists"
    lists = {p.name: read_list(p) for p in sorted(folder.glob("*.txt"))}
    return RuleData(load_section_spec(), load_table(), MappingProxyType(lists))
