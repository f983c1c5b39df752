"""A matrix of bad inputs through the CLI.

Each bad input gets exactly one one-line error on stderr naming the file, the exit code is 2, the
good draft given next to it is still checked, and no input file is modified (checksums before and
after). Drafts in other encodings (GB18030, UTF-16 without a BOM) are not errors: they are decoded.

The per-case runs use click's CliRunner in-process with the session's spaCy pipeline (fast); one
run of the installed command in a subprocess takes every case at once, FIFO included (a FIFO
without a writer used to hang the reader forever).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import poa_lint.factory
from poa_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOOD_LETTER = (ROOT / "fixtures" / "corpus" / "07-odr-angry-bad.txt").read_text(encoding="utf-8")
CHINESE_LETTER = ("尊敬的卖家绩效团队：\n\nDear Seller Performance Team,\n\n"
                  "Our company 深圳市优品贸易有限公司 was suspended because of late shipment。 "
                  "We are sorry and we take full responsibility，the root cause was our warehouse "
                  "staff did not confirm the shipment on time。\n\n"
                  "ROOT CAUSE\nWe did not check the orders every day。\n\n"
                  "CORRECTIVE ACTIONS\n1. We confirmed all 37 open orders on 3 March 2026。\n\n"
                  "Thank you，\n王伟\n")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


def _tree_checksums(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[str(p)] = "link->" + os.readlink(p)
        elif p.is_fifo():
            out[str(p)] = "fifo"
        elif p.is_file():
            out[str(p)] = _sha(p) + f":{p.stat().st_mtime_ns}"
    return out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """Every bad input, each named after its case, plus one good draft."""
    root = tmp_path_factory.mktemp("bad-inputs")
    rnd = random.Random(6)
    good = root / "good.txt"
    good.write_text(GOOD_LETTER, encoding="utf-8")
    cases: dict[str, Path] = {"good": good}

    def case(name: str, data: bytes | None = None, filename: str | None = None) -> Path:
        path = root / (filename or f"{name}.txt")
        if data is not None:
            path.write_bytes(data)
        cases[name] = path
        return path

    case("empty", b"")
    case("blank", b" \n\r\n\t \n")
    case("binary", b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(4096)))
    case("elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64 + GOOD_LETTER.encode()[:500])
    with open(case("huge"), "wb") as handle:  # 20 MB of text
        block = (GOOD_LETTER.encode("utf-8") + b"\n") * 16
        while handle.tell() < 20_000_000:
            handle.write(block)
    case("invalid-utf8", GOOD_LETTER.encode("utf-8")[:600] + b" \xff\xfe \xc3\x28 caf\xc3\xa9 \xe2\x80\x99s "
         + b"\xe2\x80 " + GOOD_LETTER.encode("utf-8")[600:1200])
    case("gb18030", CHINESE_LETTER.encode("gb18030"))
    case("utf16-no-bom", GOOD_LETTER.encode("utf-16-le"))
    case("utf16be-no-bom", GOOD_LETTER.encode("utf-16-be"))
    case("nonexistent", filename="does-not-exist.txt")
    broken = case("broken-symlink", filename="broken-link.txt")
    broken.symlink_to(root / "gone" / "draft.txt")
    if Path("/proc/self/mem").exists():  # reading it at offset 0 fails with EIO, even for root
        case("unreadable", filename="unreadable.txt").symlink_to("/proc/self/mem")
    if hasattr(os, "mkfifo"):
        fifo = case("fifo", filename="pipe.txt")
        os.mkfifo(fifo)
    case("directory-named-txt", filename="folder.txt").mkdir()

    mixed = root / "mixed"
    (mixed / "sub").mkdir(parents=True)
    (mixed / "a.txt").write_text(GOOD_LETTER, encoding="utf-8")
    (mixed / "b.md").write_text("# Plan of action\n\n" + GOOD_LETTER, encoding="utf-8")
    (mixed / "sub" / "c.txt").write_text(GOOD_LETTER.replace("\n", "\r\n"), encoding="utf-8")
    (mixed / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(2048)))
    (mixed / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(rnd.randrange(256) for _ in range(2048)))
    (mixed / "zero.txt").write_bytes(b"\x00" * 100)
    (mixed / "empty.md").write_bytes(b"")
    (mixed / "dead.txt").symlink_to(mixed / "nowhere.txt")
    cases["mixed"] = mixed

    config_dir = root / "bad-config"
    config_dir.mkdir()
    (config_dir / "poa-lint.toml").write_text('select = ["blame"\nfail-on = \n', encoding="utf-8")
    case("malformed-config", GOOD_LETTER.encode(), filename="bad-config/letter.txt")
    unknown_dir = root / "unknown-key-config"
    unknown_dir.mkdir()
    (unknown_dir / "poa-lint.toml").write_text('selekt = ["blame"]\n', encoding="utf-8")
    case("unknown-config-key", GOOD_LETTER.encode(), filename="unknown-key-config/letter.txt")

    pack_dir = root / "bad-pack"
    (pack_dir / "packs").mkdir(parents=True)
    (pack_dir / "packs" / "agency.yml").write_text(
        "pack: agency\nrules:\n  - id: agency.x\n    kind: phrases\n    phrases: [a, [b]\n",
        encoding="utf-8")
    (pack_dir / "poa-lint.toml").write_text('rule-packs = ["packs"]\n', encoding="utf-8")
    case("malformed-pack", GOOD_LETTER.encode(), filename="bad-pack/letter.txt")
    return cases


@pytest.fixture()
def cli(pipeline, monkeypatch):
    """Run the CLI in-process with the session pipeline; returns (exit code, stdout JSON, stderr)."""
    monkeypatch.setattr(poa_lint.factory, "load_pipeline", lambda *a, **k: pipeline)

    def run(*args: str) -> tuple[int, dict, str]:
        result = CliRunner().invoke(main, ["--format", "json", *args], catch_exceptions=False)
        return result.exit_code, json.loads(result.stdout), result.stderr

    return run


ERRORS = {
    "empty": "empty file",
    "blank": "empty file",
    "binary": "binary file",
    "elf": "binary file",
    "huge": "too large",
    "invalid-utf8": "invalid UTF-8",
    "nonexistent": "no such file",
    "broken-symlink": "broken symbolic link",
    "unreadable": "cannot read",
    "malformed-config": "poa-lint.toml",
    "unknown-config-key": "selekt",
    "malformed-pack": "agency.yml",
}


def _files(report: dict) -> dict[str, dict]:
    return {f["path"]: f for f in report["files"]}


def _assert_good_checked(report: dict, good: Path) -> None:
    file = _files(report)[str(good)]
    assert file["error"] is None
    assert file["findings"], "the good draft next to the bad input was not checked"


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_bad_input_is_one_line_error_and_exit_2(inputs, cli, name):
    if name not in inputs:
        pytest.skip(f"{name}: not available on this platform")
    bad, good = inputs[name], inputs["good"]
    before = _tree_checksums(bad.parent)
    code, report, stderr = cli(str(bad), str(good))
    assert code == 2
    lines = [line for line in stderr.splitlines() if str(bad) in line]
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"poa-lint: {bad}: ")
    assert ERRORS[name].lower() in lines[0].lower(), lines[0]
    assert _files(report)[str(bad)]["error"]
    _assert_good_checked(report, good)
    assert _tree_checksums(bad.parent) == before


@pytest.mark.parametrize("name, encoding", [("gb18030", "gb18030"), ("utf16-no-bom", "utf-16"),
                                            ("utf16be-no-bom", "utf-16")])
def test_other_encodings_are_decoded_not_refused(inputs, cli, name, encoding):
    before = _sha(inputs[name])
    code, report, stderr = cli(str(inputs[name]))
    assert code in (0, 1), stderr
    file = _files(report)[str(inputs[name])]
    assert file["error"] is None and file["encoding"] == encoding
    assert file["words"] > 20
    assert _sha(inputs[name]) == before


def test_mixed_directory(inputs, cli):
    mixed = inputs["mixed"]
    before = _tree_checksums(mixed)
    code, report, stderr = cli(str(mixed))
    assert code == 2
    files = _files(report)
    checked = {p for p, f in files.items() if f["error"] is None}
    assert checked == {str(mixed / "a.txt"), str(mixed / "b.md"), str(mixed / "sub" / "c.txt")}
    failed = {p for p, f in files.items() if f["error"]}
    assert failed == {str(mixed / "zero.txt"), str(mixed / "empty.md"), str(mixed / "dead.txt")}
    for path in failed:
        assert len([line for line in stderr.splitlines() if path in line]) == 1
    assert "scan.pdf" not in stderr and "photo.jpg" not in stderr  # not drafts: not even listed
    a, c = files[str(mixed / "a.txt")], files[str(mixed / "sub" / "c.txt")]
    assert [(f["rule"], f["line"], f["column"]) for f in a["findings"]] == \
           [(f["rule"], f["line"], f["column"]) for f in c["findings"]]  # CRLF: same positions
    assert _tree_checksums(mixed) == before


def test_directory_named_like_a_draft_is_walked_not_read(inputs, cli):
    code, report, _ = cli(str(inputs["directory-named-txt"]), str(inputs["good"]))
    assert code == 1  # the empty folder holds no drafts; the good draft has findings
    _assert_good_checked(report, inputs["good"])


def test_everything_at_once_through_the_installed_command(inputs):
    """One subprocess run of `poa-lint` on every input: no hang (FIFO), one line per bad file."""
    exe = Path(sys.executable).with_name("poa-lint")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "poa_lint"]
    root = inputs["good"].parent
    before = _tree_checksums(root)
    bad = [n for n in ERRORS if n in inputs] + (["fifo"] if "fifo" in inputs else [])
    args = [str(inputs[n]) for n in bad] + [str(inputs["mixed"]), str(inputs["good"])]
    done = subprocess.run([*command, "--format", "json", *args], capture_output=True, text=True,
                          timeout=300, cwd=root, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, done.stderr[-2000:]
    report = json.loads(done.stdout)
    for name in bad:
        lines = [line for line in done.stderr.splitlines() if line.startswith(f"poa-lint: {inputs[name]}: ")]
        assert len(lines) == 1, (name, done.stderr)
    _assert_good_checked(report, inputs["good"])
    assert sum(1 for f in report["files"] if f["error"] is None) == 4  # good + three in mixed/
    assert "Traceback" not in done.stderr
    assert _tree_checksums(root) == before
