"""Issue 12, item 6: formatting.no-headings-or-lists agrees with the letter model, and numbered items
written without a space ("1.Check", "1)Check", "1、Check": common in Chinese drafts) are list items."""

from __future__ import annotations

import pytest

from poa_lint.blocks import segment
from poa_lint.sections import load_section_spec

BODY = ["Dear team,",
        "{h1}Our packer reused returned boxes, so 14 buyers received opened items on 3 May.",
        "{h2}We removed all 38 returned units from stock on 5 May and refunded the 14 buyers.",
        "{h3}Since 8 May our warehouse lead grades every return before restocking it.",
        "Thank you."]
RULES = ("formatting.no-headings-or-lists", "structure.missing-root-cause",
         "structure.missing-corrective-actions", "structure.missing-preventive-measures")


def _kinds(text: str) -> list[str]:
    return [b.kind for b in segment(text, load_section_spec())]


@pytest.mark.parametrize("marker", ["1.", "1)", "1、", "(1)", "1. ", "1) "])
def test_numbered_items_without_a_space(marker):
    second = marker.replace("1", "2")
    text = f"We did the following:\n{marker}Checked all 120 orders.\n{second}Refunded 18 buyers.\n"
    blocks = segment(text, load_section_spec())
    assert [b.kind for b in blocks] == ["prose", "list"]
    items = blocks[1].items
    assert [text[i.content_start:i.end] for i in items] == ["Checked all 120 orders.", "Refunded 18 buyers."]


@pytest.mark.parametrize("line", ["1.5 kg of rice per box.", "2.0 version of the listing.", "3)4 is a typo."])
def test_numbers_are_not_list_markers(line):
    assert _kinds(f"Intro line.\n{line}\n") == ["prose"]


@pytest.mark.parametrize("labels", [
    ("Root cause - ", "Corrective actions - ", "Preventive measures - "),
    ("Root cause：", "Corrective actions：", "Preventive measures："),
    ("Root cause:", "Corrective actions:", "Preventive measures:"),
    ("1.Root cause\n", "2.Corrective actions\n", "3.Preventive measures\n"),
], ids=["dash", "full-width-colon", "colon-no-space", "numbered-no-space"])
def test_labelled_parts_are_parts_and_not_a_wall_of_text(labels, lint_only):
    text = "\n\n".join(BODY).format(h1=labels[0], h2=labels[1], h3=labels[2])
    assert [f.rule for f in lint_only(text, *RULES)] == []


def test_numbered_list_without_spaces_is_a_list(lint_only):
    text = "\n\n".join(BODY).format(h1="", h2="", h3="").replace(
        "We removed", "1.We removed").replace(" and refunded", ".\n2.We refunded")
    assert "formatting.no-headings-or-lists" not in [f.rule for f in lint_only(text, *RULES)]


def test_plain_prose_still_fires(lint_only):
    text = "\n\n".join(BODY).format(h1="", h2="", h3="")
    assert "formatting.no-headings-or-lists" in [f.rule for f in lint_only(text, *RULES)]


def test_rule_fires_only_when_the_letter_model_found_no_marked_part(pipeline, catalogue):
    """On every corpus letter: the rule fires exactly when the letter model found no heading, label,
    list or part-naming list intro."""
    from conftest import FIXTURES
    from poa_lint.config import Config
    from poa_lint.factory import build_linter

    linter = build_linter(Config(select=("formatting.no-headings-or-lists",)), catalogue=catalogue, pipeline=pipeline)
    letters = sorted((FIXTURES / "corpus").rglob("*.txt"))
    assert len(letters) > 20
    for path, result in zip(letters, linter.lint_many((str(p), p.read_text(encoding="utf-8")) for p in letters)):
        fired = bool(result.findings)
        marked = any(s.source == "heading" and s.kinds for s in result.letter.sections) or any(
            p.kind in ("heading", "list") for p in result.letter.paragraphs)
        assert fired == (not marked), path.name
