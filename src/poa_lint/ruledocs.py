"""Rule documentation from the catalogue and fixtures: the `rules` table and `explain` pages."""

from __future__ import annotations

import json
import re
import textwrap

from poa_lint.catalogue import Catalogue, RuleSpec
from poa_lint.resources import fixtures_dir


def _readable(message: str, markdown: bool = False) -> str:
    """A message template with its placeholders shown as <name> (as code in Markdown)."""
    return re.sub(r"\{(\w+)[^}]*\}", r"`<\1>`" if markdown else r"<\1>", message)


def render_rules(catalogue: Catalogue, fmt: str = "text") -> str:
    rules = catalogue.rules
    if fmt == "json":
        return json.dumps([{"id": r.id, "category": r.category, "severity": r.severity.value,
                            "kind": r.kind, "message": r.message, "why": r.why, "enabled": r.enabled}
                           for r in rules], indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        out = ["# poa-lint rules", "", "| id | category | severity | what it flags |", "|---|---|---|---|"]
        out += [f"| `{r.id}` | {r.category} | {r.severity.value} | {_readable(r.message, markdown=True).replace('|', '/')} |" for r in rules]
        for r in rules:
            out += ["", f"## {r.id}", "", f"*{r.category}, {r.severity.value}*", "", r.why]
        return "\n".join(out) + "\n"
    width = max((len(r.id) for r in rules), default=10)
    lines = [f"{'id'.ljust(width)}  {'category'.ljust(11)}  {'severity'.ljust(8)}  message"]
    for r in rules:
        off = " (off by default)" if not r.enabled else ""
        lines.append(f"{r.id.ljust(width)}  {r.category.ljust(11)}  {r.severity.value.ljust(8)}  "
                     f"{_readable(r.message)}{off}")
    lines.append(f"{len(rules)} rules.")
    return "\n".join(lines) + "\n"


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


def _learned_line(rule: RuleSpec) -> str:
    from poa_lint.classifier import model_meta

    meta = model_meta() or {}
    threshold = rule.params.get("threshold", meta.get("thresholds", {}).get(rule.params["label"]))
    shown = f"{threshold:.2f}" if isinstance(threshold, float) else "not calibrated (no model shipped)"
    return (f"Learned: flags sentences the shipped sentence classifier labels "
            f"'{rule.params['label']}' with probability >= {shown}.")


def explain_rule(rule: RuleSpec) -> str:
    out = [f"{rule.id}  ({rule.category}, {rule.severity.value}{'' if rule.enabled else ', off by default'})",
           "", "What it flags:", textwrap.indent(textwrap.fill(_readable(rule.message), 92), "  "),
           "", "Why it matters:", textwrap.indent(textwrap.fill(rule.why, 92), "  ")]
    if rule.options:
        out += ["", "Options:"] + [f"  {k} = {v!r}" for k, v in rule.options.items()]
    if rule.modes:
        out += ["", "Per appeal path:"] + [
            f"  --path {m}: {'not checked' if s.get('enabled') is False else s.get('severity')}"
            for m, s in rule.modes.items()]
    if rule.kind == "classify":
        out += ["", _learned_line(rule)]
    if rule.needs:
        out += ["", f"Needs a trained model ({', '.join(rule.needs)}); skipped on a blank pipeline."]
    bad = _excerpt(rule, "bad.txt", _expected_lines(rule))
    if bad:
        out += ["", f"Example that triggers it (fixtures/{rule.id}/bad.txt):", bad]
    good = _excerpt(rule, "good.txt", [])
    if good:
        out += ["", f"Better (fixtures/{rule.id}/good.txt):", good]
    return "\n".join(out) + "\n"
