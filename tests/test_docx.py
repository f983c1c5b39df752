"""Word drafts: real .docx files built with python-docx, read back as letters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from poa_lint.cli import main
from poa_lint.reader import InputError, read_source
from poa_lint.docx import paragraph_position

LETTER = [
    ("Title", "Plan of Action – Store “Sunrise” 深圳"),
    ("Normal", "Dear Seller Performance Team,"),
    ("Heading 1", "Root cause"),
    ("Normal", "We shipped late because our supplier [Store Name] missed the pick-up."),
    ("Heading 2", "Corrective actions"),
    ("List Number", "We refunded every affected buyer on 3 May."),
    ("List Number", "We moved the stock to a second warehouse."),
    ("Normal", ""),
    ("Heading 2", "Preventive measures"),
    ("List Bullet", "A daily check of handling time by our operations manager."),
    ("List Bullet", "Weekly review of late shipments."),
    ("Normal", "Thank you."),
]


def make_docx(path: Path, paragraphs=LETTER) -> Path:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(path)
    return path


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)])


def test_headings_lists_and_paragraphs(tmp_path: Path):
    source = read_source(str(make_docx(tmp_path / "draft.docx")))
    lines = source.text.split("\n")
    assert lines[0] == "# Plan of Action – Store “Sunrise” 深圳"
    assert "# Root cause" in lines and "# Corrective actions" in lines
    assert "1. We refunded every affected buyer on 3 May." in lines
    assert "2. We moved the stock to a second warehouse." in lines
    assert "- A daily check of handling time by our operations manager." in lines
    assert source.encoding == "docx" and len(source.layout) == 11   # the empty paragraph is skipped
    offset = source.text.index("[Store Name]")
    assert paragraph_position(source.layout, offset) == (4, len("We shipped late because our supplier ") + 1)


def test_letter_model_sees_word_structure(tmp_path: Path, pipeline, catalogue):
    from poa_lint.config import Config
    from poa_lint.factory import build_linter

    source = read_source(str(make_docx(tmp_path / "draft.docx")))
    linter = build_linter(Config(select=("placeholder",)), catalogue=catalogue, pipeline=pipeline)
    letter = linter.lint(source.text).letter
    kinds = [p.kind for p in letter.paragraphs]
    assert kinds.count("heading") == 4 and kinds.count("list") == 2
    assert letter.has_part("root-cause") and letter.has_part("corrective") and letter.has_part("preventive")
    assert [len(p.items) for p in letter.paragraphs if p.kind == "list"] == [2, 2]


def test_cli_reports_paragraph_and_column(tmp_path: Path):
    draft = make_docx(tmp_path / "draft.docx")
    result = run(draft, "--select", "placeholder")
    assert result.exit_code == 1
    assert "Word document: positions below are paragraph:column" in result.stdout
    col = len("We shipped late because our supplier ") + 1
    assert f"{draft}:4:{col}: error placeholder.unfilled" in result.stdout
    data = json.loads(run(draft, "--select", "placeholder", "--format", "json").stdout)
    [file] = data["files"]
    assert file["positions"] == "paragraph" and file["encoding"] == "docx"
    [finding] = file["findings"]
    assert (finding["line"], finding["column"], finding["text"]) == (4, col, "[Store Name]")


def test_folder_includes_docx(tmp_path: Path):
    make_docx(tmp_path / "a.docx")
    (tmp_path / "b.txt").write_text("Dear team,\n\nWe are sorry.\n", encoding="utf-8")
    data = json.loads(run(tmp_path, "--select", "placeholder", "--format", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.docx", "b.txt"]


def test_corrupt_docx_is_a_one_line_error(tmp_path: Path):
    good = make_docx(tmp_path / "good.docx").read_bytes()
    (tmp_path / "truncated.docx").write_bytes(good[: len(good) // 2])
    (tmp_path / "renamed.docx").write_bytes(b"%PDF-1.7 not a word file")
    for name in ("truncated.docx", "renamed.docx"):
        result = run(tmp_path / name)
        assert result.exit_code == 2, result.output
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"poa-lint: {tmp_path / name}: ") and "Traceback" not in result.output
    with pytest.raises(InputError, match="corrupt Word document"):
        read_source(str(tmp_path / "truncated.docx"))


def test_password_protected_docx_is_a_clean_error(tmp_path: Path):
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml", reason="msoffcrypto-tool encrypts the test file")
    plain = make_docx(tmp_path / "plain.docx")
    with plain.open("rb") as src, (tmp_path / "locked.docx").open("wb") as out:
        ooxml.OOXMLFile(src).encrypt("secret", out)
    result = run(tmp_path / "locked.docx")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "password-protected" in line


def test_empty_docx(tmp_path: Path):
    result = run(make_docx(tmp_path / "empty.docx", [("Normal", "  ")]))
    assert result.exit_code == 2 and "empty Word document" in result.stderr


def test_direct_word_numbering_counts_as_a_list(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Corrective actions", style="Heading 1")
    numbering = document.part.numbering_part.element
    formats = {}
    for num in numbering.num_lst:
        p = document.add_paragraph(f"Step with numbering {num.numId}.")
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId
        formats[num.numId] = p
    document.save(tmp_path / "numbered.docx")
    text = read_source(str(tmp_path / "numbered.docx")).text
    items = [ln for ln in text.splitlines() if "Step with numbering" in ln]
    assert len(items) == len(formats) and all(re.match(r"(- |\d+\. )Step", ln) for ln in items)
    assert any(ln.startswith("- ") for ln in items) and any(ln[0].isdigit() for ln in items)
