"""SARIF 2.1.0 output for code scanning: one run, every reported rule described with help and URL."""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePath
from urllib.parse import quote

from poa_lint.finding import Finding, Severity
from poa_lint.formatters._shared import help_text, is_replacement, rule_help, utf16_column
from poa_lint.i18n import Texts, texts_for
from poa_lint.links import PROJECT_URL
from poa_lint.report import FileReport, Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI for relative paths (GitHub resolves it against the checkout), else file://."""
    if path == "<stdin>":
        return "stdin"
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri() if hasattr(pure, "as_uri") else "file://" + quote(pure.as_posix())
    return quote(pure.as_posix().removeprefix("./"))


def _region(file: FileReport, finding: Finding) -> dict:
    text = file.text
    region = {"startLine": finding.line, "endLine": finding.end_line,
              "startColumn": utf16_column(text, finding.start, finding.column),
              "endColumn": utf16_column(text, finding.end, finding.end_column)}
    if finding.text:
        region["snippet"] = {"text": finding.text}
    return region


def _rule(rule_id: str, report: Report, finding: Finding, texts: Texts) -> dict:
    """The rule's description with its reason and sources embedded as help; a helpUri only when
    the finding has a public url (`docs-url`): no local path leaves the machine."""
    short, why, sources = rule_help(rule_id, report.rules, finding, texts)
    spec = report.rules.get(rule_id)
    level = LEVEL[spec.severity] if spec is not None else LEVEL[finding.severity]
    text = help_text(why, sources, texts)
    markdown = why.replace("\n", "\n\n") + ("\n\n**" + texts.label("sources") + "**\n\n" +
                                            "\n".join(f"* {s}" for s in sources) if sources else "")
    rule = {"id": rule_id, "name": rule_id, "shortDescription": {"text": short},
            "fullDescription": {"text": why}, "help": {"text": text, "markdown": markdown},
            "defaultConfiguration": {"level": level},
            "properties": {"tags": [finding.category], "precision": "medium"}}
    if finding.url:
        rule["helpUri"] = finding.url
        rule["help"]["text"] += f"\n\n{texts.label('sarif-more')} {finding.url}"
        rule["help"]["markdown"] += f"\n\n[{rule_id}]({finding.url})"
    return rule


def _fingerprint(finding: Finding, seen: dict[str, int]) -> str:
    key = f"{finding.rule}\0{finding.path}\0{' '.join(finding.text.split()).lower()}"
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]


def _result(file: FileReport, finding: Finding, index: int, seen: dict[str, int], texts: Texts) -> dict:
    uri = artifact_uri(file.path)
    result = {"ruleId": finding.rule, "ruleIndex": index, "level": LEVEL[finding.severity],
              "message": {"text": texts.joined("message", finding)},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                  "region": _region(file, finding)}}],
              "partialFingerprints": {"poaLint/v1": _fingerprint(finding, seen)}}
    if file.positions != "line":
        result["properties"] = {"positions": file.positions}
    fixes = [s for s in finding.suggestions if is_replacement(s)][:3]
    if fixes and file.positions == "line":
        region = {k: v for k, v in _region(file, finding).items() if k != "snippet"}
        result["fixes"] = [{"description": {"text": texts.label("sarif-replace", text=s)},
                            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [
                                {"deletedRegion": region, "insertedContent": {"text": s}}]}]}
                           for s in fixes]
    return result


def render(report: Report, color: bool = False) -> str:
    texts = texts_for(report)
    rules: list[dict] = []
    index: dict[str, int] = {}
    results: list[dict] = []
    for file in report.files:
        seen: dict[str, int] = {}
        for finding in file.findings:
            if finding.rule not in index:
                index[finding.rule] = len(rules)
                rules.append(_rule(finding.rule, report, finding, texts))
            results.append(_result(file, finding, index[finding.rule], seen, texts))
    notes = [{"level": "error", "message": {"text": f"{f.path}: {f.error}"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(f.path)}}}]}
             for f in report.files if f.error]
    notes += [{"level": "warning", "message": {"text": n}} for n in report.notices]
    run = {"tool": {"driver": {"name": "poa-lint", "version": report.version or "0",
                               "semanticVersion": report.version or "0.0.0",
                               "informationUri": PROJECT_URL, "rules": rules}},
           "columnKind": "utf16CodeUnits",
           "invocations": [{"executionSuccessful": not any(f.error for f in report.files),
                            "toolExecutionNotifications": notes}],
           "results": results}
    if report.lang == "zh":
        run["language"] = "zh-CN"          # SARIF's default is en-US
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
