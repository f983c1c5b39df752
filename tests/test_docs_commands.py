"""Issue 12, item 7: every command example in the README (its ```sh blocks) and in `poa-lint --help`
runs, in a folder laid out as the examples assume, with the real installed `poa-lint`; every config
block of the README loads. The README's two set-up commands are run word for word by .ci/run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from poa_lint.cli import main
from poa_lint.config import load_config

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
# Commands the suite cannot run, and why (they stay listed here only while the README shows them).
NOT_RUN = {
    "poa-lint draft.txt --languagetool local": "downloads LanguageTool (about 250 MB) and needs Java 17",
    "poa-lint draft.txt --languagetool public": "sends the letter to api.languagetool.org",
    "poa-lint serve --open": "opens a web browser (`poa-lint serve` itself is run below)",
    "python -m lab.train_sentences": "retrains and overwrites the shipped model in poa_lint/models "
                                     "(tests/test_learned.py checks that model against the corpus)",
    "python -m lab.train_grammar": "retrains and overwrites the shipped detector in poa_lint/models/grammar "
                                   "(tests/test_grammar_learned.py checks it against the corpus)",
}
# Servers: started, checked for the line the README promises, then stopped.
SERVERS = {"poa-lint serve": "http://127.0.0.1:"}
SET_UP = "## Set-up on a fresh machine"


def _sh_blocks(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"```sh\n(.*?)```", text, re.S)]


def _commands(block: str) -> list[str]:
    block = re.sub(r"\\\n\s*", "", block)                    # continuation lines: one command
    lines = (re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def readme_commands() -> list[str]:
    usage = README.split(SET_UP, 1)[1].split("\n## ", 1)[1]     # everything after the set-up section
    return [c for block in _sh_blocks(usage) for c in _commands(block)]


def help_commands() -> list[str]:
    return [line.strip() for line in (main.help or "").splitlines() if line.strip().startswith("poa-lint ")]


def _strip_comment(line: str) -> str:
    return re.sub(r"\s{2,}.*$", "", line.strip())


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """draft.txt, notice.txt, drafts/, clients/, my-packs/, fixtures/ and lab/, as the examples assume."""
    root = tmp_path_factory.mktemp("docs")
    example = FIXTURES / "examples" / "draft-odr.txt"
    shutil.copy(example, root / "draft.txt")
    shutil.copy(FIXTURES / "notices" / "01-inauthentic-clean" / "notice.txt", root / "notice.txt")
    for folder in ("drafts", "clients"):
        (root / folder).mkdir()
        shutil.copy(example, root / folder / "a.txt")
        shutil.copy(FIXTURES / "placeholder.unfilled" / "bad.txt", root / folder / "b.md")
    (root / "my-packs").mkdir()
    (root / "my-packs" / "agency.yml").write_text(
        "pack: agency\nrules:\n  - id: agency.no-sorry\n    kind: phrases\n    category: template\n"
        "    severity: info\n    message: Avoid \"{match}\".\n    why: Our agency's house style, tested here.\n"
        "    phrases: [so sorry]\n", encoding="utf-8")
    (root / "fixtures").symlink_to(FIXTURES)
    (root / "lab").symlink_to(ROOT / "lab")       # the measurement harnesses run from a checkout
    return root


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    command = re.sub(r"^python ", f"{sys.executable} ", command)
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", "NO_COLOR": "1"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, env=env,
                          timeout=600)


def _serve(command: str, promised: str, cwd: Path, client: str | None = None) -> None:
    """Start a server command, wait for the line the README promises, run `client` against it
    (with $TOKEN from that line), stop it."""
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", "NO_COLOR": "1"}
    process = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=cwd, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            line = process.stdout.readline()
            seen.append(line)
            if promised in line:
                break
        else:
            raise AssertionError(f"{command}: never printed {promised!r}:\n{''.join(seen)[-2000:]}")
        if client:
            token = re.search(r"token=([\w-]+)", seen[-1])
            assert token, seen[-1]
            done = subprocess.run(["bash", "-c", client], cwd=cwd, capture_output=True, text=True,
                                  env={**env, "TOKEN": token.group(1)}, timeout=300)
            assert done.returncode == 0, done.stderr
            assert '"files"' in done.stdout and '"findings"' in done.stdout, done.stdout[:2000]
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_the_lists_are_current():
    commands = readme_commands()
    assert len(commands) >= 15
    assert set(NOT_RUN) | set(SERVERS) <= set(commands), "a command listed here is no longer in the README"
    assert help_commands() and all(not c.startswith("poa-lint explain blame.buyer") for c in help_commands())


@pytest.mark.parametrize("command", [c for c in readme_commands() if c not in NOT_RUN])
def test_readme_command_runs(command, workspace):
    if command in SERVERS:
        _serve(command, SERVERS[command], workspace)
        return
    if command.startswith("curl ") and "127.0.0.1:8765" in command:   # the README's API example
        if shutil.which("curl") is None:
            pytest.skip("curl is not installed")
        _serve("poa-lint serve", SERVERS["poa-lint serve"], workspace, client=command)
        return
    result = _run(command, workspace)
    assert result.returncode in (0, 1), f"{command}: exit {result.returncode}\n{result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert "no such file" not in result.stderr and "Usage:" not in result.stderr, result.stderr


@pytest.mark.parametrize("command", help_commands())
def test_help_example_runs(command, workspace):
    result = _run(_strip_comment(command), workspace)
    assert result.returncode in (0, 1), f"{command}: exit {result.returncode}\n{result.stderr}"
    assert result.stdout.strip() and "unknown rule" not in result.stderr


def test_set_up_is_two_commands_that_ci_runs_word_for_word():
    section = README.split(SET_UP, 1)[1].split("\n## ", 1)[0]
    blocks = [_commands(b) for b in _sh_blocks(section)]
    assert [len(b) for b in blocks] == [1, 1]
    assert "poa-lint fixtures/examples/draft-odr.txt" in blocks[0][0] and "pytest" in blocks[1][0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_command 1" in ci and "readme_command 2" in ci


@pytest.mark.parametrize("index", range(len(re.findall(r"```toml\n", README))))
def test_readme_config_blocks_load(index, tmp_path):
    block = re.findall(r"```toml\n(.*?)```", README, re.S)[index]
    names = ["poa-lint.toml", ".poa-lint.toml"] + (["pyproject.toml"] if "[tool.poa-lint]" in block else [])
    for name in names:
        path = tmp_path / name
        path.write_text(block, encoding="utf-8")
        load_config(path)
        path.unlink()
