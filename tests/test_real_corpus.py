"""The real-letter corpus stays well formed, and its test split stays frozen.

`corpus/real/test-split.sha256` lists the sha256 of every test-split letter's two files, written
when the letter was written. A changed test letter, a letter moved between splits, or a new test
letter whose hash was not recorded would let tuning reach the test split unnoticed."""

from __future__ import annotations

import hashlib
import importlib.util

import yaml

from conftest import ROOT

CORPUS = ROOT / "corpus" / "real"


def _frozen() -> dict[str, str]:
    lines = (CORPUS / "test-split.sha256").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(None, 1) for line in lines if line.strip())}


def _test_letters() -> set[str]:
    return {yml.stem for yml in (CORPUS / "letters").glob("*.yml")
            if yaml.safe_load(yml.read_text(encoding="utf-8")).get("split") == "test"}


def test_the_corpus_checker_finds_no_problem(capsys):
    spec = importlib.util.spec_from_file_location("corpus_check", CORPUS / "check.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    assert check.main([]) == 0, capsys.readouterr().out


def test_every_frozen_file_is_unchanged():
    changed = [name for name, digest in _frozen().items()
               if hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() != digest]
    assert not changed, f"test-split files changed after they were frozen: {changed}"


def test_the_frozen_files_are_exactly_the_test_split():
    frozen = _frozen()
    listed = {name.split("/", 1)[1].rsplit(".", 1)[0] for name in frozen}
    assert listed == _test_letters()
    assert all(f"letters/{stem}.{ext}" in frozen for stem in listed for ext in ("txt", "yml"))
