"""Human output. `full` (the default): per file a short header (notice, the letter-level findings),
then `path:line:col: severity rule-id message` with the line fitted to the terminal and the span
underlined, repeats collapsed; `concise`: one line per finding. The wording is in `wording`."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import click

from poa_lint.finding import Finding, Severity
from poa_lint.formatters import wording
from poa_lint.formatters.notice import header
from poa_lint.i18n import Texts, texts_for
from poa_lint.positions import line_bounds
from poa_lint.report import FileReport, Report

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
SORTS = ("severity", "part", "line")
DEFAULT_WIDTH = 100
INDENT = "    "
_PART_ORDER = (*wording.PART_TITLES, None)


# Control characters (ESC, BEL, C1 codes) would be swallowed or obeyed by the terminal while the
# caret line still counted them: each is shown as one visible U+FFFD, so the underline lines up.
_CONTROLS = {c: "\ufffd" for c in (*range(0, 9), *range(10, 32), *range(0x7f, 0xa0))}
_CONTROLS[9] = " "



class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def severity(self, severity: Severity) -> str:
        return click.style(severity.value, fg=COLORS[severity], bold=True) if self.color else severity.value

    def dim(self, text: str) -> str:
        return click.style(text, dim=True) if self.color else text

    def bold(self, text: str) -> str:
        return click.style(text, bold=True) if self.color else text


# --- fitting a line to the terminal ------------------------------------------------------------

def _cells(ch: str) -> int:
    """Terminal columns a character takes (Chinese characters and full-width punctuation: 2)."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def fit(line: str, start: int, end: int, width: int) -> tuple[str, str]:
    """The line cut to `width` columns around line[start:end], and the caret underline below it."""
    cells = [_cells(c) for c in line]
    start = min(start, len(line))
    end = max(start, min(end, len(line)))
    if sum(cells) <= width:
        left, right = 0, len(line)
    else:
        budget = max(10, width - 2)                    # room for an ellipsis at each end
        context = max(0, min(30, (budget - sum(cells[start:end])) // 2))
        left, used = start, 0
        while left > 0 and used + cells[left - 1] <= context:
            left -= 1
            used += cells[left]
        right, used = left, 0
        while right < len(line) and used + cells[right] <= budget:
            used += cells[right]
            right += 1
    shown = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    pad = (1 if left else 0) + sum(cells[left:start])
    carets = sum(cells[start:min(end, right)]) + (1 if end > right else 0)
    return shown, " " * pad + "^" * max(1, carets)


def _excerpt(text: str, finding: Finding, width: int) -> list[str]:
    start, end = line_bounds(text, finding.start)
    line = text[start:end].translate(_CONTROLS)
    shown, underline = fit(line, finding.start - start, finding.end - start, width - len(INDENT))
    return [INDENT + shown, INDENT + underline]


# --- ordering and collapsing -------------------------------------------------------------------

def _key(finding: Finding) -> tuple[str, str, str]:
    return finding.rule, " ".join(finding.text.split()).casefold(), finding.message.casefold()


def collapse(findings: Iterable[Finding]) -> list[list[Finding]]:
    """Findings with the same rule, text and message as one entry (in first-seen order)."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault(_key(finding), []).append(finding)
    return list(groups.values())


def _by_severity(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity.rank, f.start, f.rule))


def ordered(findings: Iterable[Finding], sort: str) -> list[tuple[str | None, list[Finding]]]:
    """(part or None, findings) groups in the order `sort` asks for."""
    items = list(findings)
    if sort == "part":
        rank = {p: i for i, p in enumerate(_PART_ORDER)}
        parts = sorted({f.section if f.section in rank else None for f in items}, key=lambda p: rank[p])
        return [(p, sorted((f for f in items if (f.section if f.section in rank else None) == p),
                           key=lambda f: (f.start, -f.severity.rank, f.rule))) for p in parts]
    if sort == "line":
        return [(None, sorted(items, key=lambda f: (f.start, -f.severity.rank, f.rule)))]
    return [(None, _by_severity(items))]


# --- the full report ---------------------------------------------------------------------------

def _places(group: list[Finding]) -> list[str]:
    lines = []
    for f in group:
        if str(f.line) not in lines:
            lines.append(str(f.line))
    return lines


def _header(file: FileReport, style: _Style, texts: Texts) -> list[str]:
    out = [f"{file.path}: {head}" for head in header(file.extra.get("notice"), texts)]
    if file.positions == "paragraph" and file.findings:
        out += [f"{file.path}: {line}" for line in wording.each(texts, "WORD_POSITIONS")]
    whole = [f for f in file.findings if f.whole_letter]
    if whole:
        out.append(f"{file.path}: {' / '.join(wording.each(texts, 'WHOLE_LETTER'))}")
        for group in collapse(_by_severity(whole)):
            f = group[0]
            first, *more = texts.each("message", f)
            out.append(f"{INDENT}{style.severity(f.severity)} {style.dim(f.rule)} {first}")
            out += [INDENT * 2 + m for m in more]                   # --lang both: Chinese under English
    return out


def _entry(file: FileReport, group: list[Finding], style: _Style, width: int, texts: Texts) -> list[str]:
    f = group[0]
    unit = "paragraph" if file.positions == "paragraph" else "line"
    more = wording.repeats(len(group), _places(group), unit, texts.langs[0]) if len(group) > 1 else ""
    first, *others = texts.each("message", f)
    out = [f"{style.bold(f'{f.path}:{f.line}:{f.column}:')} {style.severity(f.severity)} "
           f"{style.dim(f.rule)} {first}{more}"]
    out += [INDENT + m for m in others]                            # --lang both: Chinese under English
    if file.text is not None and f.end >= f.start:
        out.extend(_excerpt(file.text, f, width))
    if f.suggestions:
        shown = [" | ".join(dict.fromkeys(texts.suggestion(f.rule, s, lang) for s in f.suggestions[:3]))
                 for lang in texts.langs]
        out.append(f"{INDENT}{' / '.join(wording.each(texts, 'SUGGESTION'))} " + " / ".join(dict.fromkeys(shown)))
    return out


def _file(file: FileReport, style: _Style, sort: str, width: int, texts: Texts) -> list[str]:
    if file.error:
        return []   # the command line prints the one-line error on stderr
    blocks: list[list[str]] = []
    head = _header(file, style, texts)
    if head:
        blocks.append(head)
    for part, findings in ordered([f for f in file.findings if not f.whole_letter], sort):
        title = [f"{file.path}: {style.bold(' / '.join(wording.part_titles(texts, part)))}"] \
            if sort == "part" else []
        for i, group in enumerate(collapse(findings)):
            blocks.append((title if i == 0 else []) + _entry(file, group, style, width, texts))
    return [line for block in blocks for line in ("", *block)][1:] if blocks else []


def summary_line(report: Report, texts: Texts | None = None) -> str:
    """The last line (one per chosen language: Chinese under English)."""
    texts = texts or texts_for(report)
    s = report.summary
    unreadable = sum(1 for f in report.files if f.error)
    return "\n".join(wording.summary(s["errors"], s["warnings"], s["info"], s["files"] - unreadable, unreadable,
                                     lang, texts) for lang in texts.langs)


def render(report: Report, color: bool = False, sort: str = "severity", width: int | None = None,
           table: bool = False) -> str:
    """The full report; `table` adds the per-file table of a batch run before the summary line."""
    style = _Style(color)
    texts = texts_for(report)
    lines: list[str] = []
    for file in report.files:
        body = _file(file, style, sort, width or DEFAULT_WIDTH, texts)
        if body:
            lines.extend([*body, ""])
    if table:
        from poa_lint.formatters import summary

        lines.extend([*summary.render(report).splitlines(), ""])
    lines.append(summary_line(report, texts))
    return "\n".join(lines) + "\n"


# --- concise: one line per finding (as ruff's --output-format concise) -------------------------

def render_concise(report: Report, color: bool = False, sort: str = "line", width: int | None = None) -> str:
    style = _Style(color)
    texts = texts_for(report)
    lines = []
    for file in report.files:
        if file.error:
            continue
        for _, findings in ordered(file.findings, sort):
            for f in findings:
                where = f"{f.path}:" if f.whole_letter else f"{f.path}:{f.line}:{f.column}:"
                message = texts.joined("message", f, sep=" / ")
                lines.append(f"{style.bold(where)} {style.severity(f.severity)} {style.dim(f.rule)} {message}")
    lines.append(summary_line(report, texts))
    return "\n".join(lines) + "\n"
