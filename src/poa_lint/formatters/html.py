"""A self-contained HTML report: each letter as written, findings highlighted, a list beside it."""

from __future__ import annotations

import json
from collections import Counter
from html import escape

from poa_lint.finding import Finding, Severity
from poa_lint.formatters._html_assets import CSS, JS
from poa_lint.formatters._shared import rule_help
from poa_lint.i18n import HTML_LANG, Texts, texts_for
from poa_lint.report import FileReport, Report

ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
KEYS = {Severity.ERROR: "table-errors", Severity.WARNING: "table-warnings", Severity.INFO: "table-info"}


def _shown(text: str) -> str:
    """Letter text for a <pre>: line breaks as \\n (browsers drop the \\r of \\r\\n anyway)."""
    return escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=False)


def _title(finding: Finding, message: str, why: str, texts: Texts) -> str:
    return escape(f"{finding.rule} ({finding.severity.value}): {message}\n\n{texts.label('why')} {why}", quote=True)


def highlighted(text: str, findings: list[tuple[str, Finding]], titles: dict[str, str]) -> str:
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
                       f'title="{titles[fid]}"></mark>')
        if b is None or a >= b:
            continue
        over = [(fid, f) for fid, f, s, e in spans if s <= a and b <= e and s < e]
        chunk = _shown(text[a:b])
        if not over:
            out.append(chunk)
            continue
        top = max(over, key=lambda x: x[1].severity.rank)
        ids = " ".join(fid for fid, _ in over)
        title = "\n\n".join(titles[fid] for fid, _ in over)
        out.append(f'<mark class="sev-{top[1].severity.value}" data-f="{ids}" title="{title}">{chunk}</mark>')
    return "".join(out)


def _both(texts: Texts, method: str, *args: object, **kwargs: object) -> str:
    """Escaped text in each chosen language; the Chinese one (under the English) marked lang=zh-CN."""
    parts = texts.each(method, *args, **kwargs)
    shown = [escape(parts[0])] + [f'<span class="zh" lang="zh-CN">{escape(p)}</span>' for p in parts[1:]]
    return "<br>".join(shown)


def _category_table(report: Report, texts: Texts) -> str:
    counts: Counter[tuple[str, Severity]] = Counter((f.category, f.severity) for f in report.findings)
    categories = sorted({c for c, _ in counts}, key=lambda c: (-sum(counts[c, s] * s.rank for s in ORDER), c))
    rows = "".join(f'<tr><td>{_both(texts, "value", "category", c)}</td>' +
                   "".join(f"<td>{counts[c, s]}</td>" for s in ORDER) + "</tr>" for c in categories)
    head = "<tr>" + "".join(f"<th>{_both(texts, 'ui', k)}</th>" for k in
                            ("html-category", "table-errors", "table-warnings", "table-info")) + "</tr>"
    none = f"<tr><td>{_both(texts, 'ui', 'html-none')}</td></tr>"
    return f'<table class="sum" id="categories">{head}{rows or none}</table>'


def _position(file: FileReport, f: Finding) -> str:
    return f"¶{f.line}:{f.column}" if file.positions == "paragraph" else f"{f.line}:{f.column}"


def _sources(sources: tuple[str, ...], texts: Texts) -> str:
    if not sources:
        return ""
    return (f'<div class="sources">{escape(texts.label("sources"))}<ul>' +
            "".join(f"<li>{escape(s)}</li>" for s in sources) + "</ul></div>")


def _file(index: int, file: FileReport, report: Report, data: dict[str, dict], texts: Texts) -> str:
    title = f'<h2>{escape(file.path)}</h2>'
    if file.error:
        return f'<section class="file" data-path="{escape(file.path)}">{title}' \
               f'<p class="error-line">{_both(texts, "ui", "html-not-checked", error=file.error)}</p></section>'
    items, ids, titles = [], [], {}
    for n, f in enumerate(file.findings):
        fid = f"f{index}-{n}"
        _, why, sources = rule_help(f.rule, report.rules, f, texts)
        messages = texts.each("message", f)
        titles[fid] = _title(f, "\n".join(messages), why, texts)
        ids.append((fid, f))
        suggestions = [" / ".join(dict.fromkeys(texts.suggestion(f.rule, s, lang) for lang in texts.langs))
                       for s in f.suggestions]
        data[fid] = {"rule": f.rule, "severity": f.severity.value, "messages": messages, "why": why,
                     "sources": list(sources), "suggestions": suggestions, "url": f.url,
                     "start": f.start, "end": f.end, "text": f.text}
        items.append(f'<li class="sev-{f.severity.value}" data-id="{fid}"><span class="badge '
                     f'sev-{f.severity.value}">{escape(texts.label(f.severity.value))}</span> '
                     f'<code>{escape(f.rule)}</code> <span class="mute">{_position(file, f)}</span><br>'
                     f'{_both(texts, "message", f)}<div class="why">{escape(why).replace(chr(10), "<br>")}'
                     f'{_sources(sources, texts)}</div></li>')
    counted = []
    for lang in texts.langs:
        counts = ", ".join(f"{n} {s.value}{'s' if n != 1 and s is not Severity.INFO else ''}"
                           for s in ORDER for n in [file.count(s)]) if lang == "en" else \
            "、".join(f"{file.count(s)} {texts.ui(KEYS[s], lang)}" for s in ORDER)
        where = " " + texts.ui("html-word-positions", lang) if file.positions == "paragraph" else ""
        counted.append(escape(texts.ui("html-words", lang, words=file.words, counts=counts) + where))
    letter = highlighted(file.text or "", ids, titles)
    listing = (f'<ol class="findings">{"".join(items)}</ol>' if items
               else f"<p>{_both(texts, 'ui', 'html-no-findings')}</p>")
    return (f'<section class="file" data-path="{escape(file.path)}">{title}'
            f'<p class="mute">{"<br>".join(dict.fromkeys(counted))}</p>'
            f'<div class="cols"><pre class="letter" id="letter-{index}">{letter}</pre><div>{listing}</div>'
            f'</div></section>')


def render(report: Report, color: bool = False) -> str:
    texts = texts_for(report)
    data: dict[str, dict] = {}
    files = "".join(_file(i, f, report, data, texts) for i, f in enumerate(report.files))
    s = report.summary
    notices = "".join(f'<p class="mute">{escape(n)}</p>' for n in report.notices)
    labels = {k: texts.label(k) for k in ("html-suggestion", "html-about-rule", "sources")}
    blob = json.dumps({"findings": data, "labels": labels}, ensure_ascii=False)
    blob = blob.replace("<", "\\u003c").replace(">", "\\u003e")
    summary = _both(texts, "ui", "html-summary", files=s["files"], errors=s["errors"], warnings=s["warnings"],
                    info=s["info"])
    return f"""<!DOCTYPE html>
<html lang="{HTML_LANG.get(report.lang, 'en')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(texts.label("html-title"))}</title><style>{CSS}</style></head>
<body><header><h1>{_both(texts, "ui", "html-title")}</h1>
<p class="mute">{summary}<br>poa-lint {escape(report.version)}.</p>
{notices}{_category_table(report, texts)}</header>
{files}<div id="pop"></div>
<script type="application/json" id="poa-data">{blob}</script>
<script>{JS}</script></body></html>
"""
