"""--format sarif (validated against the official SARIF 2.1.0 schema) and --format github."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.cli import main

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ONLY = ["--select", "placeholder,structure"]
LINE = "Our supplier — 深圳 😀 “Trading” sent [Store Name] the goods."


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)])


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text(f"Dear Seller Performance Team,\n\n{LINE}\n", encoding="utf-8")
    (tmp_path / "a,b.txt").write_text((FIXTURES / "placeholder.unfilled" / "bad.txt").read_text(
        encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_sarif_validates_and_describes_every_reported_rule(drafts: Path, monkeypatch):
    monkeypatch.chdir(drafts)
    result = run("--format", "sarif", "one.txt", "a,b.txt", "missing.txt", *ONLY)
    assert result.exit_code == 2          # the missing file
    sarif = json.loads(result.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    [run_] = sarif["runs"]
    assert sarif["version"] == "2.1.0" and run_["columnKind"] == "utf16CodeUnits"
    rules = run_["tool"]["driver"]["rules"]
    reported = {r["ruleId"] for r in run_["results"]}
    assert reported == {r["id"] for r in rules} and "placeholder.unfilled" in reported
    for result_ in run_["results"]:
        assert rules[result_["ruleIndex"]]["id"] == result_["ruleId"]
    placeholder = next(r for r in rules if r["id"] == "placeholder.unfilled")
    assert placeholder["help"]["text"]
    assert "helpUri" not in placeholder and "file:" not in result.stdout   # no docs-url: help embedded
    assert "template" in placeholder["fullDescription"]["text"].lower()
    assert "Sources:" in placeholder["help"]["text"] and "Chris McCabe" in placeholder["help"]["text"]
    assert placeholder["defaultConfiguration"]["level"] == "error"
    [note] = [n for n in run_["invocations"][0]["toolExecutionNotifications"] if n["level"] == "error"]
    assert "missing.txt" in note["message"]["text"]
    assert run_["invocations"][0]["executionSuccessful"] is False
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]}
    assert uris == {"one.txt", "a%2Cb.txt"}


def test_sarif_columns_are_utf16_code_units(drafts: Path, monkeypatch):
    monkeypatch.chdir(drafts)
    sarif = json.loads(run("--format", "sarif", "one.txt", "--select", "placeholder").stdout)
    [result] = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    before = LINE[:LINE.index("[Store Name]")]
    assert region["startLine"] == 3
    assert region["startColumn"] == len(before.encode("utf-16-le")) // 2 + 1 == len(before) + 2
    assert region["endColumn"] - region["startColumn"] == len("[Store Name]")
    assert region["snippet"]["text"] == "[Store Name]"
    assert result["level"] == "error" and result["partialFingerprints"]


def test_github_annotations(drafts: Path, monkeypatch):
    monkeypatch.chdir(drafts)
    result = run("--format", "github", "a,b.txt", *ONLY)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    first = lines[0]
    assert first.startswith("::error file=a%2Cb.txt,line=3,col=54,endColumn=66,"
                            "title=poa-lint placeholder.unfilled::Unfilled placeholder")
    notices = [ln for ln in lines if ln.startswith("::notice ")]
    assert all("title=poa-lint structure." in ln for ln in notices)   # info -> ::notice
    assert lines[-1].startswith("poa-lint: 6 errors")


def test_github_respects_the_per_step_cap(tmp_path: Path):
    body = "\n".join(f"Order {i}: we sent [Store Name] the item." for i in range(14))
    draft = tmp_path / "many.txt"
    draft.write_text(f"Dear team,\n\n{body}\n", encoding="utf-8")
    lines = run("--format", "github", draft, "--select", "placeholder").stdout.splitlines()
    assert sum(ln.startswith("::error ") for ln in lines) == 10
    assert any("4 more findings" in ln for ln in lines)
    assert sum(f"{draft}:" in ln and "placeholder.unfilled" in ln for ln in lines) == 4


def test_sarif_and_github_for_a_word_document(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("Root cause", style="Heading 1")
    document.add_paragraph("Our store “Sunrise” 😀 [Store Name] shipped late.", style="List Bullet")
    document.save(tmp_path / "draft.docx")
    sarif = json.loads(run("--format", "sarif", tmp_path / "draft.docx", "--select", "placeholder").stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    [result] = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2 and result["properties"] == {"positions": "paragraph"}
    assert region["startColumn"] == len("Our store “Sunrise” 😀 ".encode("utf-16-le")) // 2 + 1
    github = run("--format", "github", tmp_path / "draft.docx", "--select", "placeholder").stdout
    assert ",line=2,col=23," in github and "(paragraph:column in the Word document)" in github
