"""JSON output: the documented shape (poa_lint_version, files[], summary) plus added fields."""

from __future__ import annotations

import json as _json

from poa_lint.finding import Finding
from poa_lint.i18n import Texts, texts_for
from poa_lint.report import Report


def _finding(finding: Finding, texts: Texts) -> dict[str, object]:
    """The documented record; `message` in the chosen language (both: Chinese under English), with
    `message_en` (and `suggestions_en`) added where they differ from the English."""
    record = finding.to_dict()
    if texts.lang == "en":
        return record
    record["message"] = texts.joined("message", finding)
    suggestions = [texts.suggestion(finding.rule, s, texts.langs[-1]) for s in finding.suggestions]
    record["suggestions"] = suggestions
    if record["message"] != finding.message:
        record["message_en"] = finding.message
    if suggestions != list(finding.suggestions):
        record["suggestions_en"] = list(finding.suggestions)
    return record


def render(report: Report, color: bool = False) -> str:
    return _json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"


def document(report: Report) -> dict[str, object]:
    """The report as the JSON document `render` prints (for callers that add fields to it)."""
    texts = texts_for(report)
    files = []
    for file in report.files:
        record = {
            "path": file.path,
            "encoding": file.encoding,
            "words": file.words,
            "error": file.error,
            "findings": [_finding(f, texts) for f in file.findings],
        }
        if file.positions != "line":
            record["positions"] = file.positions       # Word documents: line = paragraph number
        record.update({k: v for k, v in file.extra.items() if k not in record})
        files.append(record)
    data = {"poa_lint_version": report.version, "files": files, "summary": report.summary}
    if report.lang != "en":
        data["lang"] = report.lang
    if report.notices:
        data["notices"] = list(report.notices)
    return data
