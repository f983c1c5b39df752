"""Every sentence the text reports print around the findings, in one place (to translate them).

The findings' own messages come from the rule packs; this module words the frame: file headers,
part titles, repeat counts, the summary line and the per-rule statistics table.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


WHOLE_LETTER = "the letter as a whole:"
WORD_POSITIONS = ("Word document: positions below are paragraph:column "
                  "(paragraphs counted from the top, empty ones skipped)")
SUGGESTION = "suggestion:"
OTHER_PART = "Outside the named parts"
PART_TITLES = {
    "issue": "Issue", "investigation": "Investigation", "root-cause": "Root cause",
    "corrective": "Corrective actions", "preventive": "Preventive measures",
    "evidence": "Supporting documents", "closing": "Closing",
}


def repeats(count: int, places: list[str], unit: str) -> str:
    """' (×5: lines 18, 20, 22, 25, 30)' after a finding that occurs several times."""
    shown = ", ".join(places[:12]) + (", …" if len(places) > 12 else "")
    noun = {"line": "lines", "paragraph": "paragraphs"}[unit]
    return f" (×{count}: {noun} {shown})"


def summary(errors: int, warnings: int, info: int, checked: int, unreadable: int) -> str:
    """The last line of a text report: what was found, in how many files, and what was not read."""
    files = plural(checked, "file")
    if errors or warnings or info:
        line = (f"Found {plural(errors, 'error')}, {plural(warnings, 'warning')}, {info} info "
                f"in {files}")
    elif checked or not unreadable:
        line = f"No problems found in {files}"
    else:
        line = "Nothing was checked"
    if unreadable:
        line += f"; {plural(unreadable, 'file')} could not be read (see above)"
    return line + "."


STATISTICS_HEADER = ("count", "rule", "severity")
