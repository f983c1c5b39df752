"""Batch runs: --jobs worker processes, the progress bar on a terminal, the summary table, --quiet."""

from __future__ import annotations

import json
import re
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.batch import MIN_FILES_PER_JOB, free_cores, parallel_jobs
from poa_lint.cli import main

SELECT = ["--select", "placeholder,structure,blame"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    letters = sorted((FIXTURES / "corpus").glob("*.txt"))[:6]
    for i in range(2 * MIN_FILES_PER_JOB):
        source = letters[i % len(letters)]
        text = source.read_text(encoding="utf-8") + ("\n[Your Name]\n" if i < 2 else "")  # errors to report
        (root / f"{i:02d}-{source.name}").write_text(text, encoding="utf-8")
    return root


def cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "poa_lint", *map(str, args)], capture_output=True,
                          text=True, timeout=600, **kwargs)


def test_parallel_jobs_only_for_big_batches():
    assert parallel_jobs(1, 100) == 1
    assert parallel_jobs(4, MIN_FILES_PER_JOB) == 1
    assert parallel_jobs(2, 2 * MIN_FILES_PER_JOB) == 2
    assert parallel_jobs(8, 3 * MIN_FILES_PER_JOB) == 3


def _machine(monkeypatch, cores: int, load: float) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))


def test_auto_jobs_take_the_free_cores_for_more_than_a_handful_of_files(monkeypatch):
    _machine(monkeypatch, cores=2, load=0.4)
    assert free_cores() == 2
    assert parallel_jobs("auto", 2 * MIN_FILES_PER_JOB) == 2
    assert parallel_jobs("auto", 2 * MIN_FILES_PER_JOB - 1) == 1   # a handful: one process
    _machine(monkeypatch, cores=2, load=1.3)                        # one core taken by others
    assert parallel_jobs("auto", 100) == 1
    _machine(monkeypatch, cores=1, load=0.0)
    assert parallel_jobs("auto", 100) == 1
    _machine(monkeypatch, cores=8, load=5.0)
    assert parallel_jobs("auto", 100) == 3


def test_auto_jobs_is_the_default():
    from poa_lint.cli import check

    jobs = next(p for p in check.params if p.name == "jobs")
    assert jobs.default == "auto"


def test_auto_jobs_give_the_same_findings_as_one_job(folder: Path, pipeline, monkeypatch):
    from poa_lint.runner import run_check

    _machine(monkeypatch, cores=2, load=0.0)     # auto forks two workers whatever the real load
    assert parallel_jobs("auto", 2 * MIN_FILES_PER_JOB) == 2
    overrides = {"select": ("placeholder", "structure", "blame", "grammar", "specificity")}
    one, _, crashed_one = run_check([str(folder)], None, overrides, pipeline=pipeline, jobs=1)
    auto, _, crashed_auto = run_check([str(folder)], None, overrides, pipeline=pipeline, jobs="auto")
    assert not crashed_one and not crashed_auto
    assert len(one.files) == len(auto.files) == 2 * MIN_FILES_PER_JOB
    assert [(f.path, f.findings, f.words, dict(f.extra)) for f in one.files] == \
           [(f.path, f.findings, f.words, dict(f.extra)) for f in auto.files]
    assert sum(len(f.findings) for f in one.files) > 0


def test_jobs_give_the_same_report(folder: Path):
    stable = ["--select", "placeholder,structure"]      # core rules: not edited while this runs
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    serial = cli(folder, *stable, "--format", "json", env=env)
    forked = cli(folder, *stable, "--format", "json", "--jobs", "2", env=env)
    assert serial.returncode == forked.returncode == 1, forked.stderr
    a, b = json.loads(serial.stdout), json.loads(forked.stdout)
    assert a["files"] == b["files"] and a["summary"] == b["summary"]
    assert a["summary"]["files"] == 2 * MIN_FILES_PER_JOB


def test_progress_bar_on_a_terminal_only(folder: Path):
    main_fd, child_fd = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "poa_lint", str(folder), *SELECT],
                              stdout=subprocess.PIPE, stderr=child_fd, timeout=600)
        os.close(child_fd)
        chunks = []
        while True:
            try:
                data = os.read(main_fd, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(main_fd)
    drawn = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1
    assert f"/{2 * MIN_FILES_PER_JOB} letters" in drawn and "poa-lint [#" in drawn
    assert "letters" not in proc.stdout.decode()
    piped = cli(folder, *SELECT)            # stderr is a pipe: no bar
    assert "letters" not in piped.stderr


def test_summary_table_and_quiet(folder: Path):
    result = CliRunner().invoke(main, [str(folder), *SELECT])
    lines = result.stdout.splitlines()
    header = next(i for i, ln in enumerate(lines) if ln.split() == ["file", "errors", "warnings", "info", "words"])
    rows = lines[header + 2: header + 2 + 2 * MIN_FILES_PER_JOB]
    assert all(ln.startswith(str(folder)) for ln in rows)
    total = lines[-3].split()                 # the table ends with a total; then the summary line
    assert lines[-1].startswith("Found ")
    data = json.loads(CliRunner().invoke(main, [str(folder), *SELECT, "--format", "json"]).stdout)
    assert total == ["total", str(data["summary"]["errors"]), str(data["summary"]["warnings"]),
                     str(data["summary"]["info"]), str(sum(f["words"] for f in data["files"]))]
    first = data["files"][0]
    assert rows[0].split()[1:] == [str(sum(f["severity"] == s for f in first["findings"]))
                                   for s in ("error", "warning", "info")] + [str(first["words"])]

    quiet = CliRunner().invoke(main, [str(folder), *SELECT, "--quiet"])
    assert not re.search(r":\d+:\d+: (warning|info) ", quiet.stdout)
    assert "file  " not in quiet.stdout and quiet.stderr == ""
    errors = data["summary"]["errors"]
    assert errors and re.search(r":\d+:\d+: error ", quiet.stdout)
    assert quiet.stdout.rstrip().endswith(f"Found {errors} errors, 0 warnings, 0 info in "
                                          f"{2 * MIN_FILES_PER_JOB} files.")
    assert quiet.exit_code == (1 if errors else 0)


def test_quiet_passes_on_warnings_only(tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Dear team,\n\nWe are sorry. We will revert back soon.\n", encoding="utf-8")
    loud = CliRunner().invoke(main, [str(draft), "--select", "structure"])
    quiet = CliRunner().invoke(main, [str(draft), "--select", "structure", "--quiet"])
    assert loud.exit_code == 1 and quiet.exit_code in (0, 1)
    assert (quiet.exit_code == 1) == (" error " in quiet.stdout)
