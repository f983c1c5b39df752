"""Issue 12, item 4: Word's soft line breaks (Shift+Enter, `<w:br/>`) are line breaks, and tabs and
non-breaking spaces are read as in a text draft. Real .docx files built with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx

from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.reader import read_source

# Each paragraph is a list of lines joined by soft breaks (one Word paragraph each).
PARAGRAPHS = [
    ["Dear Seller Performance Team,"],
    ["Root cause", "Our packing team reused returned boxes for new orders on\u00a03 May, so 14 buyers "
     "received opened items."],
    ["Corrective actions", "We removed\tall 38 returned units from sellable stock on 5 May.",
     "We refunded the 14 buyers on 6 May."],
    ["Preventive measures", "Since 8 May our warehouse lead Li Wei grades every return before it is "
     "restocked, and we check 1 in 10 cartons daily."],
    ["We respectfully ask you to reinstate our account. Our operations manager owns these controls."],
]
RULES = ("structure", "formatting.no-headings-or-lists", "specificity.vague-commitment")


def _docx(path: Path) -> Path:
    document = docx.Document()
    for lines in PARAGRAPHS:
        paragraph = document.add_paragraph()
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            if i < len(lines) - 1:
                run.add_break()          # Shift+Enter: <w:br/>
    document.save(path)
    return path


def _text_draft(path: Path) -> Path:
    path.write_text("\n\n".join("\n".join(lines) for lines in PARAGRAPHS) + "\n", encoding="utf-8")
    return path


def test_soft_breaks_become_line_breaks_and_tabs_stay(tmp_path: Path):
    source = read_source(str(_docx(tmp_path / "draft.docx")))
    assert "Root cause\nOur packing team" in source.text
    assert "We removed\tall 38" in source.text and "on\u00a03 May" in source.text
    assert len(source.layout) == len(PARAGRAPHS)          # still one position per Word paragraph


def test_heading_typed_with_a_soft_break_starts_its_part(tmp_path: Path, pipeline, catalogue):
    source = read_source(str(_docx(tmp_path / "draft.docx")))
    letter = build_linter(Config(select=("placeholder",)), catalogue=catalogue, pipeline=pipeline).lint(source.text).letter
    headings = [letter.text[p.start:p.end] for p in letter.paragraphs if p.kind == "heading"]
    assert headings == ["Root cause", "Corrective actions", "Preventive measures"]
    assert all(letter.has_part(k) for k in ("root-cause", "corrective", "preventive"))


def test_docx_reads_like_the_same_text_draft(tmp_path: Path, pipeline, catalogue):
    linter = build_linter(Config(select=RULES), catalogue=catalogue, pipeline=pipeline)
    word = read_source(str(_docx(tmp_path / "draft.docx")))
    text = read_source(str(_text_draft(tmp_path / "draft.txt")))
    assert word.text == text.text
    assert [(f.rule, f.text) for f in linter.lint(word.text).findings] == \
        [(f.rule, f.text) for f in linter.lint(text.text).findings]
