"""The command line: exit codes, stdin, folders, encodings, JSON shape, instant commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.cli import main

BAD = FIXTURES / "placeholder.unfilled" / "bad.txt"
GOOD = FIXTURES / "placeholder.unfilled" / "good.txt"
ONLY = ["--select", "placeholder.unfilled,structure.missing-root-cause,structure.missing-corrective-actions,"
                    "structure.missing-preventive-measures"]


def run(*args, input=None):
    return CliRunner().invoke(main, [*map(str, args)], input=input)


def test_findings_give_exit_1_and_text_lines():
    result = run(BAD, *ONLY)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{BAD}:3:54: error placeholder.unfilled Unfilled placeholder")
    excerpt, underline = lines[1], lines[2]       # the line, cut to 100 columns, and the span underlined
    assert len(excerpt) <= 100 and excerpt.startswith("    ")
    assert underline.index("^") == excerpt.index("[Store Name]") and underline.count("^") == len("[Store Name]")
    assert result.output.rstrip().endswith("Found 6 errors, 0 warnings, 0 info in 1 file.")
    assert "\x1b[" not in result.output


def test_clean_letter_exit_0_and_fail_on():
    assert run(GOOD, *ONLY).exit_code == 0
    assert run(BAD, *ONLY, "--fail-on", "never").exit_code == 0
    long_bad = FIXTURES / "formatting.long-paragraph" / "bad.txt"
    assert run(long_bad, "--select", "formatting.long-paragraph", "--fail-on", "error").exit_code == 0
    assert run(long_bad, "--select", "formatting.long-paragraph").exit_code == 1


def test_json_shape_exactly():
    result = run("--format", "json", BAD, *ONLY)
    data = json.loads(result.output)
    assert set(data) >= {"poa_lint_version", "files", "summary"}
    assert data["summary"] == {"files": 1, "errors": 6, "warnings": 0, "info": 0}
    file = data["files"][0]
    assert {"path", "encoding", "words", "error", "findings"} <= set(file)
    assert file["encoding"] == "utf-8" and file["error"] is None and file["words"] > 100
    finding = file["findings"][0]
    assert set(finding) >= {"rule", "category", "severity", "message", "line", "column", "end_line",
                            "end_column", "start", "end", "text", "suggestions", "section", "url"}
    text = BAD.read_text(encoding="utf-8")
    for f in file["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    assert finding["text"] == "[Store Name]" and finding["severity"] == "error"
    assert finding["suggestions"] == ["Replace with the real value, or delete it."]


def test_stdin_and_directory(tmp_path):
    result = run("-", *ONLY, input=BAD.read_text(encoding="utf-8"))
    assert result.exit_code == 1 and result.output.startswith("<stdin>:3:54:")
    (tmp_path / "a.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.md").write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    result = run("--format", "json", tmp_path, *ONLY)
    paths = [f["path"] for f in json.loads(result.output)["files"]]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_encodings_and_crlf_positions(tmp_path, encoding):
    text = BAD.read_text(encoding="utf-8").replace("\n", "\r\n").replace(
        "Our listing staff", "Our listing staff (员工)")
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode(encoding))
    data = json.loads(run("--format", "json", path, *ONLY).output)["files"][0]
    assert data["encoding"] == encoding
    first = data["findings"][0]
    assert (first["line"], first["column"]) == (3, 54)
    assert text[first["start"]:first["end"]] == "[Store Name]"


def test_bad_inputs_exit_2_and_others_still_checked(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = run(empty, binary, BAD, tmp_path / "missing.txt", *ONLY)
    assert result.exit_code == 2
    assert f"poa-lint: {empty}: empty file" in result.output
    assert f"poa-lint: {binary}: binary file" in result.output
    assert "missing.txt: no such file" in result.output
    assert f"{BAD}:3:54: error placeholder.unfilled" in result.output


def test_bad_config_is_exit_2_naming_the_file(tmp_path):
    (tmp_path / "poa-lint.toml").write_text("colour = 'red'\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(draft)
    assert result.exit_code == 2 and "poa-lint.toml: unknown key 'colour'" in result.output


def test_config_from_pyproject_applies(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.poa-lint]\nselect = ['placeholder']\n[tool.poa-lint.severity]\n'placeholder.unfilled' = 'info'\n",
        encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(draft)
    assert result.exit_code == 0 and ": info placeholder.unfilled" in result.output


def test_rules_and_explain_and_validate(tmp_path):
    result = run("rules")
    assert result.exit_code == 0 and "structure.missing-root-cause" in result.output
    result = run("explain", "placeholder.unfilled")
    assert result.exit_code == 0
    assert "Why it matters:" in result.output and "[Store Name]" in result.output
    assert run("explain", "nope.rule").exit_code == 2
    pack = tmp_path / "agency.yml"
    pack.write_text("pack: agency\nrules:\n  - id: agency.no-discount\n    kind: phrases\n"
                    "    category: template\n    severity: info\n    message: x\n    why: y\n"
                    "    phrases: [yes]\n", encoding="utf-8")
    result = run("validate-rules", tmp_path)
    assert result.exit_code == 2 and "phrases #1 is not text (quote it)" in result.output


def _installed_command() -> list[str]:
    exe = shutil.which("poa-lint", path=os.path.dirname(sys.executable)) or shutil.which("poa-lint")
    return [exe] if exe else [sys.executable, "-m", "poa_lint"]


def test_installed_command_runs_in_a_subprocess():
    done = subprocess.run([*_installed_command(), str(BAD), *ONLY], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert "placeholder.unfilled" in done.stdout


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["explain", "placeholder.unfilled"]])
def test_instant_commands_do_not_import_spacy(args):
    code = ("import sys; from poa_lint.cli import main\n"
            "try:\n    main(%r)\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules, 'spacy was imported'\n" % (args,))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_blank_pipeline_skips_parse_rules_with_one_notice(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "agency.yml").write_text(
        "pack: agency\nrules:\n  - id: agency.needs-parse\n    kind: pattern\n    category: template\n"
        "    severity: warning\n    message: x\n    why: a rule that needs the dependency parse to work.\n"
        "    needs: [parser]\n    patterns: [[{DEP: nsubj}]]\n", encoding="utf-8")
    (tmp_path / "poa-lint.toml").write_text("rule-packs = ['packs']\n", encoding="utf-8")
    drafts = []
    for name in ("a.txt", "b.txt"):
        draft = tmp_path / name
        draft.write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
        drafts.append(draft)
    result = run("--model", "blank", "--format", "json", *drafts)
    assert result.exit_code == 1
    assert result.stderr.count("skipped ") == 1 and "agency.needs-parse" in result.stderr
    data = json.loads(result.stdout)
    assert len(data["notices"]) == 1
    rules = {f["rule"] for file in data["files"] for f in file["findings"]}
    assert "placeholder.unfilled" in rules and "agency.needs-parse" not in rules


def test_unknown_model_is_a_clear_error():
    result = run(GOOD, "--model", "no_such_model_xyz", *ONLY)
    assert result.exit_code == 2 and "cannot load spaCy model 'no_such_model_xyz'" in result.stderr
