"""Issue 12, item 5 (and the colour part of 7): the text report a newcomer reads."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from poa_lint.cli import main
from poa_lint.formatters.text import fit

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LETTER = """Dear Seller Performance Team,

Root cause
Our packer xxx reused returned boxes, so 14 buyers received opened items on 3 May. The buyers were
very angry. xxx

Corrective actions
We removed all 38 returned units from stock on 5 May (ASIN xxx) and refunded the 14 buyers. xxx

Thank you. Please please reinstate us!!
xxx
"""


@pytest.fixture()
def draft(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def run(*args, env=None):
    return CliRunner().invoke(main, [*map(str, args)], env=env)


def test_letter_level_findings_are_a_header_without_position(draft):
    out = run(draft).stdout
    lines = out.splitlines()
    assert lines[0] == f"{draft}: the letter as a whole:"
    header = lines[1:lines.index("")]
    assert all(ln.startswith("    ") for ln in header)
    assert any(ln.startswith("    warning structure.missing-preventive-measures No preventive measures")
               for ln in header)
    assert "structure.missing-preventive-measures" not in out.split("\n\n", 1)[1]   # only in the header
    assert f"{draft}:1:1:" not in out


def test_json_marks_whole_letter_findings(draft):
    findings = json.loads(run(draft, "--format", "json").stdout)["files"][0]["findings"]
    whole = {f["rule"] for f in findings if f["whole_letter"]}
    assert "structure.missing-preventive-measures" in whole and "placeholder.unfilled" not in whole


def test_errors_first_then_warnings_then_info(draft):
    out = run(draft).stdout
    severities = re.findall(r"^\S+:\d+:\d+: (error|warning|info) ", out, re.M)
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert {"error", "warning"} <= set(severities)


def test_repeats_collapse_with_their_lines(draft):
    out = run(draft).stdout
    xxx = [ln for ln in out.splitlines() if 'Unfilled placeholder "xxx"' in ln]
    assert len(xxx) == 1 and xxx[0].endswith("(×5: lines 4, 5, 8, 11)")
    assert "Found 5 errors" in out           # the summary still counts every repeat


def test_sort_by_part(draft):
    out = run(draft, "--sort", "part").stdout
    titles = re.findall(rf"^{re.escape(str(draft))}: (Root cause|Corrective actions|Closing|\S.*)$", out, re.M)
    assert titles[0] == "the letter as a whole:"
    assert titles[1:3] == ["Root cause", "Corrective actions"]
    positions = [int(m) for m in re.findall(r"^\S+:(\d+):\d+: ", out, re.M)]
    assert positions == sorted(positions)


def test_excerpts_fit_the_terminal(draft):
    long = "We removed " + "all the returned units and " * 12 + "the xxx placeholder at the end.\n"
    draft.write_text(LETTER + "\n" + long, encoding="utf-8")
    for columns in (60, 100):
        out = run(draft, "--select", "placeholder", env={"COLUMNS": str(columns)}).stdout
        for excerpt, underline in re.findall(r"^(    .*)\n(    *\^+)$", out, re.M):
            assert len(excerpt) <= columns and len(underline) <= columns
            assert excerpt[underline.index("^"):].lstrip("…").startswith("xxx"), (excerpt, underline)


def test_fit_counts_wide_characters():
    line = "我们的供应商深圳 wrote xxx in the invoice " + "and more words " * 10
    start = line.index("xxx")
    shown, underline = fit(line, start, start + 3, 40)
    assert len(underline) - 3 + 0 <= 40 and underline.endswith("^^^")
    cells = sum(2 if "\u4e00" <= c <= "\u9fff" else 1 for c in shown[:shown.index("xxx")])
    assert underline.index("^") == cells
    shown, underline = fit("短行 xxx", 3, 6, 40)
    assert shown == "短行 xxx" and underline == "     ^^^"


def test_concise_is_one_line_per_finding(draft):
    data = json.loads(run(draft, "--format", "json").stdout)
    out = run(draft, "--format", "concise").stdout.splitlines()
    assert len(out) == len(data["files"][0]["findings"]) + 1
    assert out[-1].startswith("Found ")
    assert any(ln.startswith(f"{draft}: warning structure.missing-preventive-measures No ") for ln in out)
    assert all(re.match(rf"{re.escape(str(draft))}:(\d+:\d+:)? (error|warning|info) \S+ ", ln) for ln in out[:-1])


def test_each_input_error_once_and_a_true_summary(tmp_path, draft):
    missing = tmp_path / "missing.txt"
    result = run(missing)
    assert result.exit_code == 2
    assert result.stderr.count("missing.txt") == 1 and "missing.txt" not in result.stdout
    assert result.stdout.strip() == "Nothing was checked; 1 file could not be read (see above)."
    result = run(missing, draft, "--select", "placeholder")
    assert result.stdout.rstrip().endswith(
        "Found 5 errors, 0 warnings, 0 info in 1 file; 1 file could not be read (see above).")


def test_statistics_count_findings_per_rule(draft):
    out = run(draft, "--statistics").stdout.splitlines()
    assert out[0].split() == ["count", "rule", "severity"]
    assert out[1].split() == ["5", "placeholder.unfilled", "error"]
    data = json.loads(run(draft, "--statistics", "--format", "json").stdout)
    assert {"rule": "placeholder.unfilled", "severity": "error", "count": 5} in data["statistics"]
    assert run(draft, "--statistics", "--format", "sarif").exit_code == 2


@pytest.mark.parametrize("args, env, coloured", [
    (["--color", "always"], {}, True), (["--color", "never"], {}, False), ([], {}, False),
    (["--color", "auto"], {"NO_COLOR": "1"}, False), (["--color", "always"], {"NO_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "1"}, True), (["--no-color"], {"FORCE_COLOR": "1"}, False),
])
def test_color_choices_and_no_color(draft, args, env, coloured):
    """CliRunner's stdout is a pipe: auto never colours it; --color always does (NO_COLOR is only a
    default, as no-color.org says); FORCE_COLOR turns auto on."""
    result = run(draft, *args, env={"NO_COLOR": None, "FORCE_COLOR": None, **env})
    assert bool(ANSI.search(result.stdout)) is coloured
    assert ANSI.sub("", result.stdout) == run(draft, "--color", "never").stdout
