"""Rule documentation from the catalogue and fixtures: the `rules` table and `explain` pages."""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata

from poa_lint.catalogue import Catalogue, RuleSpec
from poa_lint.i18n import Texts
from poa_lint.resources import fixtures_dir


def _readable(message: str, markdown: bool = False) -> str:
    """A message template with its placeholders shown as <name> (as code in Markdown)."""
    return re.sub(r"\{(\w+)[^}]*\}", r"`<\1>`" if markdown else r"<\1>", message)


def render_rules(catalogue: Catalogue, fmt: str = "text", texts: Texts | None = None) -> str:
    rules = catalogue.rules
    texts = texts or Texts()
    if fmt == "json":
        out = []
        for r in rules:
            record = {"id": r.id, "category": r.category, "severity": r.severity.value, "kind": r.kind,
                      "message": r.message, "why": r.why, "sources": list(r.sources), "enabled": r.enabled}
            if texts.lang != "en":
                record["translations"] = {lang: {"message": texts.short(r, lang), "why": texts.why(r, lang)}
                                          for lang in texts.langs if lang != "en"}
            out.append(record)
        return json.dumps(out, indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        out = ["# poa-lint rules", "", "| id | category | severity | what it flags |", "|---|---|---|---|"]
        out += [f"| `{r.id}` | {r.category} | {r.severity.value} | "
                f"{'<br>'.join(_readable(m, markdown=True) for m in _messages(r, texts)).replace('|', '/')} |"
                for r in rules]
        for r in rules:
            out += ["", f"## {r.id}", "", f"*{r.category}, {r.severity.value}*", ""]
            out += [p for why in texts.each("why", r) for p in (why, "")]
            if r.sources:
                out += [texts.label("explain-sources"), ""] + [f"* {s}" for s in r.sources]
            while out[-1] == "":
                out.pop()
        return "\n".join(out) + "\n"
    width = max((len(r.id) for r in rules), default=10)
    lines = [f"{'id'.ljust(width)}  {'category'.ljust(11)}  {'severity'.ljust(8)}  message"]
    for r in rules:
        off = f" ({texts.label('off-by-default')})" if not r.enabled else ""
        shown = _messages(r, texts)
        lines.append(f"{r.id.ljust(width)}  {r.category.ljust(11)}  {r.severity.value.ljust(8)}  "
                     f"{_readable(shown[0])}{off}")
        lines += [" " * (width + 25) + _readable(m) for m in shown[1:]]
    lines.append(f"{len(rules)} rules.")
    return "\n".join(lines) + "\n"


def _messages(rule: RuleSpec, texts: Texts) -> list[str]:
    """The rule's message template in each chosen language (English as written in the pack)."""
    return [rule.message if lang == "en" else texts.short(rule, lang) for lang in texts.langs]


def _expected_lines(rule: RuleSpec) -> list[int]:
    path = fixtures_dir() / rule.id / "expected.txt"
    if not path.is_file():
        return []
    return [int(ln.split(":", 1)[0]) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _excerpt(rule: RuleSpec, name: str, lines_wanted: list[int]) -> str | None:
    path = fixtures_dir() / rule.id / name
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines_wanted:
        picked = sorted({n for ln in lines_wanted[:3] for n in (ln,) if 0 < n <= len(lines)})
        return "\n".join(f"  {n:>3} | {lines[n - 1]}" for n in picked)
    body = [ln for ln in lines if ln.strip()][:8]
    return "\n".join(f"      | {ln}" for ln in body) + ("\n      | …" if len(lines) > 8 else "")


def _wrapped(text: str, width: int = 92) -> str:
    """A paragraph indented by two; text with Chinese (few spaces to break at) is wrapped by
    terminal columns (a Chinese character takes two), never inside an English word."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return textwrap.indent(textwrap.fill(text, width), "  ")
    lines, line, used = [], "", 0
    for token in re.findall(r"[A-Za-z0-9'’.,:;!?%/<>()\-]+|\s+|.", text):
        size = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in token)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0
            if token.isspace():
                continue
        line, used = line + token, used + size
    lines.append(line.rstrip())
    return textwrap.indent("\n".join(lines), "  ")


def _learned_line(rule: RuleSpec) -> str:
    from poa_lint.classifier import model_meta
    from poa_lint.grammar_model import detector_meta

    grammar = rule.params.get("model") == "grammar"
    meta = (detector_meta() if grammar else model_meta()) or {}
    threshold = rule.params.get("threshold", meta.get("thresholds", {}).get(rule.params["label"]))
    shown = f"{threshold:.2f}" if isinstance(threshold, float) else "not calibrated (no model shipped)"
    model = "grammatical-error detector" if grammar else "sentence classifier"
    return (f"Learned: flags sentences the shipped {model} labels "
            f"'{rule.params['label']}' with probability >= {shown}.")


def explain_rule(rule: RuleSpec, texts: Texts | None = None) -> str:
    texts = texts or Texts()
    off = "" if rule.enabled else ", " + texts.label("off-by-default")
    category = " / ".join(dict.fromkeys(texts.value("category", rule.category, lang) for lang in texts.langs))
    severity = " / ".join(dict.fromkeys(texts.ui(rule.severity.value, lang) for lang in texts.langs))
    out = [f"{rule.id}  ({category}, {severity}{off})", "", texts.label("explain-flags")]
    out += [_wrapped(_readable(m)) for m in _messages(rule, texts)]
    for variant in rule.messages:                  # the wordings a check chooses between
        out += [_wrapped("- " + _readable(t)) for t in texts.each("variant", rule, variant)]
    out += ["", texts.label("explain-why")] + [_wrapped(w) for w in texts.each("why", rule)]
    if rule.sources:
        out += ["", texts.label("explain-sources")] + [f"  - {s}" for s in rule.sources]
    if rule.options:
        out += ["", texts.label("explain-options")] + [f"  {k} = {v!r}" for k, v in rule.options.items()]
    if rule.modes:
        out += ["", texts.label("explain-modes")] + [
            f"  --path {m}: {'not checked' if s.get('enabled') is False else s.get('severity')}"
            for m, s in rule.modes.items()]
    if rule.kind == "classify":
        out += ["", _learned_line(rule)]
    if rule.needs:
        out += ["", *texts.each("ui", "explain-needs", needs=", ".join(rule.needs))]
    bad = _excerpt(rule, "bad.txt", _expected_lines(rule))
    if bad:
        out += ["", f"{texts.label('explain-bad')} (fixtures/{rule.id}/bad.txt):", bad]
    good = _excerpt(rule, "good.txt", [])
    if good:
        out += ["", f"{texts.label('explain-good')} (fixtures/{rule.id}/good.txt):", good]
    return "\n".join(out) + "\n"
