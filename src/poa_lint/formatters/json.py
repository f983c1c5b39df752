"""JSON output: the documented shape (poa_lint_version, files[], summary) plus added fields."""

from __future__ import annotations

import json as _json

from poa_lint.report import Report


def render(report: Report, color: bool = False) -> str:
    files = []
    for file in report.files:
        record = {
            "path": file.path,
            "encoding": file.encoding,
            "words": file.words,
            "error": file.error,
            "findings": [f.to_dict() for f in file.findings],
        }
        if file.positions != "line":
            record["positions"] = file.positions       # Word documents: line = paragraph number
        record.update({k: v for k, v in file.extra.items() if k not in record})
        files.append(record)
    data = {"poa_lint_version": report.version, "files": files, "summary": report.summary}
    if report.notices:
        data["notices"] = list(report.notices)
    return _json.dumps(data, ensure_ascii=False, indent=2) + "\n"
