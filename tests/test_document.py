"""The letter model: headings, lists, sentences and parts recognised from content."""

from __future__ import annotations

from poa_lint.config import Config
from poa_lint.factory import build_linter

WITH_HEADINGS = """Dear Seller Performance Team,

1) Root Cause:
Our packer did not check the seal on returned units.

**Corrective actions taken**
- On May 4 we refunded all 31 buyers.
• We hired a second packer.
a) We removed 14 opened units.

## PREVENTIVE MEASURES
1. Our QC lead inspects every return within 24 hours.
2. Returns are never relisted as New.

Sincerely,
Jane Doe
"""

NO_HEADINGS = """Dear Seller Performance Team,

Our account was deactivated because buyers received used units. We found the root cause: returned units went back into stock because nobody checked them, and we had no rule for opened boxes.

We have removed all 14 opened units from stock on 5 June and refunded both buyers. We also inspected the other 230 units.

To prevent this from happening again, our QC lead inspects every return and we will review the returns log every Friday.

Please reinstate our account.
"""


MISSING = ("structure.missing-root-cause", "structure.missing-corrective-actions",
           "structure.missing-preventive-measures")


def _letter(pipeline, catalogue, text):
    return build_linter(Config(select=MISSING), catalogue=catalogue, pipeline=pipeline).lint(text)


def test_headings_lists_and_sections(pipeline, catalogue):
    result = _letter(pipeline, catalogue, WITH_HEADINGS)
    letter = result.letter
    kinds = [s.kinds for s in letter.sections]
    assert ("root-cause",) in kinds and ("corrective",) in kinds and ("preventive",) in kinds
    lists = [p for p in letter.paragraphs if p.kind == "list"]
    assert [i.marker for i in lists[0].items] == ["-", "•", "a)"]
    assert [i.marker for i in lists[1].items] == ["1.", "2."]
    item_texts = [s.text for s in lists[0].sentences]
    assert item_texts[0] == "On May 4 we refunded all 31 buyers."
    assert not result.findings
    headings = [s.text for s in letter.sentences if s.is_heading]
    assert headings == ["1) Root Cause:", "**Corrective actions taken**", "## PREVENTIVE MEASURES"]
    sign_off = letter.sections[-1]
    assert sign_off.kinds == ("closing",)


def test_no_headings_but_all_three_parts(pipeline, catalogue):
    result = _letter(pipeline, catalogue, NO_HEADINGS)
    letter = result.letter
    assert not letter.has_headings()
    assert all(letter.has_part(k) for k in ("root-cause", "corrective", "preventive"))
    assert not [f for f in result.findings if f.rule.startswith("structure.missing")]
    kinds = [p.kinds for p in letter.paragraphs]
    assert kinds[1][0] == "root-cause" and kinds[2][0] == "corrective" and kinds[3][0] == "preventive"


def test_inline_label_starts_a_section(pipeline, catalogue):
    text = ("Root cause: our supplier changed the box and we did not check it.\n\n"
            "Actions taken: we removed the listing on 3 May.\n\n"
            "Going forward: every new box design is approved by our QC lead.\n")
    letter = _letter(pipeline, catalogue, text).letter
    assert [s.kinds for s in letter.sections] == [("root-cause",), ("corrective",), ("preventive",)]
    assert letter.sentences[0].text == "Root cause:" and letter.sentences[0].is_heading
    assert letter.sentences[1].text.startswith("our supplier")


def test_crlf_offsets_and_positions(pipeline, catalogue):
    text = "Dear team,\r\n\r\nRoot cause:\r\nWe shipped late.\r\n"
    letter = _letter(pipeline, catalogue, text).letter
    sentence = next(s for s in letter.sentences if s.text == "We shipped late.")
    assert text[sentence.start:sentence.end] == "We shipped late."
    assert letter.lines.position(sentence.start) == (4, 1)
