"""A self-contained HTML report: each letter as written, findings highlighted, a list beside it."""

from __future__ import annotations

import json
from collections import Counter
from html import escape

from poa_lint.finding import Finding, Severity
from poa_lint.formatters._html_assets import CSS, JS
from poa_lint.formatters._shared import rule_help
from poa_lint.links import rule_url
from poa_lint.report import FileReport, Report

ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _shown(text: str) -> str:
    """Letter text for a <pre>: line breaks as \\n (browsers drop the \\r of \\r\\n anyway)."""
    return escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=False)


def _title(finding: Finding, why: str) -> str:
    return escape(f"{finding.rule} ({finding.severity.value}): {finding.message}\n\nWhy: {why}", quote=True)


def highlighted(text: str, findings: list[tuple[str, Finding]], whys: dict[str, str]) -> str:
    """The letter with every finding wrapped in <mark>s (split where findings overlap)."""
    spans = [(fid, f, max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))) for fid, f in findings]
    cuts = sorted({0, len(text), *(s for _, _, s, _ in spans), *(e for _, _, _, e in spans)})
    pins: dict[int, list[tuple[str, Finding]]] = {}
    for fid, f, s, e in spans:
        if s == e:
            pins.setdefault(s, []).append((fid, f))
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for fid, f in pins.get(a, []):
            out.append(f'<mark class="pin sev-{f.severity.value}" data-f="{fid}" '
                       f'title="{_title(f, whys[fid])}"></mark>')
        if b is None or a >= b:
            continue
        over = [(fid, f) for fid, f, s, e in spans if s <= a and b <= e and s < e]
        chunk = _shown(text[a:b])
        if not over:
            out.append(chunk)
            continue
        top = max(over, key=lambda x: x[1].severity.rank)
        ids = " ".join(fid for fid, _ in over)
        title = "\n\n".join(_title(f, whys[fid]) for fid, f in over)
        out.append(f'<mark class="sev-{top[1].severity.value}" data-f="{ids}" title="{title}">{chunk}</mark>')
    return "".join(out)


def _category_table(report: Report) -> str:
    counts: Counter[tuple[str, Severity]] = Counter((f.category, f.severity) for f in report.findings)
    categories = sorted({c for c, _ in counts}, key=lambda c: (-sum(counts[c, s] * s.rank for s in ORDER), c))
    rows = "".join(f"<tr><td>{escape(c)}</td>" + "".join(f"<td>{counts[c, s]}</td>" for s in ORDER) + "</tr>"
                   for c in categories)
    head = "<tr><th>category</th><th>errors</th><th>warnings</th><th>info</th></tr>"
    return f'<table class="sum" id="categories">{head}{rows or "<tr><td>none</td></tr>"}</table>'


def _position(file: FileReport, f: Finding) -> str:
    return f"¶{f.line}:{f.column}" if file.positions == "paragraph" else f"{f.line}:{f.column}"


def _file(index: int, file: FileReport, report: Report, data: dict[str, dict]) -> str:
    title = f'<h2>{escape(file.path)}</h2>'
    if file.error:
        return f'<section class="file" data-path="{escape(file.path)}">{title}' \
               f'<p class="error-line">Not checked: {escape(file.error)}</p></section>'
    items, ids, whys = [], [], {}
    for n, f in enumerate(file.findings):
        fid = f"f{index}-{n}"
        short, why = rule_help(f.rule, report.rules, f)
        whys[fid] = why
        ids.append((fid, f))
        data[fid] = {"rule": f.rule, "severity": f.severity.value, "message": f.message, "why": why,
                     "suggestions": list(f.suggestions), "url": rule_url(f.rule, f.url),
                     "start": f.start, "end": f.end, "text": f.text}
        items.append(f'<li class="sev-{f.severity.value}" data-id="{fid}"><span class="badge '
                     f'sev-{f.severity.value}">{f.severity.value}</span> <code>{escape(f.rule)}</code> '
                     f'<span class="mute">{_position(file, f)}</span><br>{escape(f.message)}'
                     f'<div class="why">{escape(why)}</div></li>')
    counts = ", ".join(f"{n} {s.value}{'s' if n != 1 and s is not Severity.INFO else ''}"
                       for s in ORDER for n in [file.count(s)])
    where = " Positions are paragraph:column (Word document)." if file.positions == "paragraph" else ""
    letter = highlighted(file.text or "", ids, whys)
    listing = f'<ol class="findings">{"".join(items)}</ol>' if items else "<p>No findings.</p>"
    return (f'<section class="file" data-path="{escape(file.path)}">{title}'
            f'<p class="mute">{file.words} words; {counts}.{where}</p><div class="cols">'
            f'<pre class="letter" id="letter-{index}">{letter}</pre><div>{listing}</div></div></section>')


def render(report: Report, color: bool = False) -> str:
    data: dict[str, dict] = {}
    files = "".join(_file(i, f, report, data) for i, f in enumerate(report.files))
    s = report.summary
    notices = "".join(f'<p class="mute">{escape(n)}</p>' for n in report.notices)
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>poa-lint report</title><style>{CSS}</style></head>
<body><header><h1>poa-lint report</h1>
<p class="mute">{s['files']} letter{'s' if s['files'] != 1 else ''}: {s['errors']} errors, {s['warnings']} warnings,
{s['info']} info. Click a highlight or a finding for the reason behind it. poa-lint {escape(report.version)}.</p>
{notices}{_category_table(report)}</header>
{files}<div id="pop"></div>
<script type="application/json" id="poa-data">{blob}</script>
<script>{JS}</script></body></html>
"""
