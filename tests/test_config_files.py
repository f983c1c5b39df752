"""Issue 12, item 2: `[tool.poa-lint]` in poa-lint.toml, `exclude` globs (config and --exclude), and
the configured notice file never linted as a draft."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from poa_lint.cli import main
from poa_lint.config import ConfigError, load_config
from poa_lint.exclude import matches

BAD = FIXTURES / "placeholder.unfilled" / "bad.txt"
NOTICE = FIXTURES / "notices" / "01-inauthentic-clean" / "notice.txt"


def test_tool_table_in_poa_lint_toml(tmp_path):
    path = tmp_path / "poa-lint.toml"
    path.write_text('[tool.poa-lint]\nfail-on = "error"\nignore = ["formatting"]\n', encoding="utf-8")
    config = load_config(path)
    assert config.fail_on == "error" and config.ignore == ("formatting",)
    path.write_text('fail-on = "error"\n', encoding="utf-8")
    assert load_config(path).fail_on == "error"


@pytest.mark.parametrize("body", ['[tool.black]\nline-length = 3\n',
                                  'fail-on = "error"\n[tool.poa-lint]\nignore = ["formatting"]\n'])
def test_other_tool_tables_or_mixed_forms_show_the_right_form(tmp_path, body):
    path = tmp_path / "poa-lint.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert str(path) in message and "unknown key 'tool'" in message
    assert "top level" in message and "[tool.poa-lint]" in message


def test_unknown_key_lists_the_known_ones(tmp_path):
    path = tmp_path / "poa-lint.toml"
    path.write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key 'colour' \(known keys: select, ignore, .*exclude"):
        load_config(path)


@pytest.mark.parametrize("path, pattern, hit", [
    ("README.md", "README.md", True), ("clients/acme/README.md", "README.md", True),
    ("clients/acme/draft.txt", "clients/acme", True), ("clients/acme/draft.txt", "acme", True),
    ("clients/acme/draft.txt", "clients/*/draft.txt", True), ("clients/acme/old/draft.txt", "**/old", True),
    ("clients/acme/draft.txt", "*-old.txt", False), ("clients/acme/x-old.txt", "*-old.txt", True),
    ("clients/acme/draft.txt", "acme/draft.txt", False), ("notes/a.md", "notes/", True),
])
def test_glob_matching(tmp_path, path, pattern, hit):
    assert bool(matches(tmp_path / path, [pattern], tmp_path)) is hit


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "client"
    (root / "notices").mkdir(parents=True)
    (root / "archive").mkdir()
    (root / ".venv" / "lib").mkdir(parents=True)
    shutil.copy(BAD, root / "draft.txt")
    shutil.copy(BAD, root / "archive" / "old-draft.txt")
    shutil.copy(NOTICE, root / "notices" / "notice.txt")
    shutil.copy(BAD, root / ".venv" / "lib" / "LICENSE.txt")
    (root / "README.md").write_text("# Client drafts\n\nXXX: write the README.\n", encoding="utf-8")
    (root / "poa-lint.toml").write_text(
        '[tool.poa-lint]\nnotice = "notices/notice.txt"\nexclude = ["README.md"]\n'
        'select = ["placeholder.unfilled"]\n', encoding="utf-8")
    return root


def _checked(result) -> list[str]:
    return sorted(os.path.relpath(f["path"], os.getcwd()) for f in json.loads(result.stdout)["files"])


def test_folder_run_skips_notice_excluded_and_tool_folders(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["client", "--format", "json"])
    assert _checked(result) == ["client/archive/old-draft.txt", "client/draft.txt"], result.output
    result = CliRunner().invoke(main, ["client", "--format", "json", "--exclude", "archive,nothing-*"])
    assert _checked(result) == ["client/draft.txt"]
    # a file named on the command line and left out says so (and is not silently dropped)
    result = CliRunner().invoke(main, [str(root / "notices" / "notice.txt"), str(root / "draft.txt")])
    assert "notice.txt: not checked: it is the notice given in the config, not a draft" in result.stderr
    assert "Found 6 errors, 0 warnings, 0 info in 1 file." in result.stdout
