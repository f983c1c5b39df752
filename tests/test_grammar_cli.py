"""Grammar engines, readability and statistics from the command line (offline by default)."""

from __future__ import annotations

import json
import socket

import pytest
import urllib3  # noqa: F401  (imported early: it probes IPv6 support with a socket at import time)
from click.testing import CliRunner
from pytest_socket import disable_socket, enable_socket
from werkzeug import Request, Response

from conftest import FIXTURES
from poa_lint.cli import main

LETTER = FIXTURES / "grammar.subject-verb-agreement" / "bad.txt"
TYPO = "We recieved the return on May 2."


def run(*args, input=None):
    return CliRunner().invoke(main, [*map(str, args)], input=input)


def test_default_run_is_offline_with_harper_and_stats(tmp_path, monkeypatch):
    draft = tmp_path / "draft.txt"
    draft.write_text(LETTER.read_text(encoding="utf-8") + "\n" + TYPO + "\n", encoding="utf-8")
    monkeypatch.setenv("PATH", str(tmp_path))          # no java anywhere
    disable_socket(allow_unix_socket=True)
    try:
        result = run(draft, "--format", "json", "--select", "grammar,readability", "--grammar", "harper")
    finally:
        enable_socket()
    data = json.loads(result.stdout)
    rules = {f["rule"] for f in data["files"][0]["findings"]}
    assert "grammar.subject-verb-agreement" in rules and "grammar.harper-spelling" in rules
    stats = data["files"][0]["stats"]
    assert set(stats) >= {"words", "sentences", "flesch_reading_ease", "grade"}
    assert stats["sentences"] > 10 and 0 < stats["grade"] < 12
    assert "notices" not in data


def test_stats_text_view_and_grammar_none():
    result = run(LETTER, "--select", "grammar", "--stats")            # default: no engine
    assert "harper" not in result.stdout and "languagetool" not in result.stdout
    assert "harper" not in run(LETTER, "--grammar", "none").stdout
    assert "Flesch reading ease" in result.stdout and "words per sentence" in result.stdout
    assert run(LETTER, "--grammar", "bogus").exit_code == 2


def _lt_check(request: Request) -> Response:
    text = request.form["text"]
    matches = []
    if "recieved" in text:
        at = text.index("recieved")
        matches.append({"message": "Possible spelling mistake found.", "offset": at, "length": 8,
                        "replacements": [{"value": "received"}], "context": {"text": text, "offset": at,
                        "length": 8}, "sentence": text, "type": {"typeName": "Other"},
                        "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Spelling",
                                 "issueType": "misspelling", "category": {"id": "TYPOS", "name": "Typos"}}})
    return Response(json.dumps({"software": {"name": "LanguageTool", "version": "6.8"},
                                "language": {"code": "en-US"}, "matches": matches}),
                    content_type="application/json")


def test_languagetool_server_findings_merge_with_harper(httpserver, tmp_path):
    httpserver.expect_request("/v2/languages").respond_with_json([{"name": "English (US)", "code": "en",
                                                                   "longCode": "en-US"}])
    httpserver.expect_request("/v2/check", method="POST").respond_with_handler(_lt_check)
    draft = tmp_path / "draft.txt"
    draft.write_text(TYPO + "\n", encoding="utf-8")
    result = run(draft, "--format", "json", "--grammar", "harper,languagetool",
                 "--languagetool", httpserver.url_for("/"))
    findings = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["text"] == "recieved"]
    assert [f["rule"] for f in findings] == ["grammar.languagetool-morfologik-rule-en-us"]
    assert findings[0]["suggestions"][0] == "received"


def test_unreachable_languagetool_is_a_notice_and_other_rules_still_run(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run(LETTER, "--select", "grammar", "--languagetool", f"http://127.0.0.1:{port}")
    assert "connection refused; the other rules still ran" in result.stderr
    assert "grammar.subject-verb-agreement" in result.stdout
    assert result.exit_code == 0 or result.exit_code == 1


def test_local_languagetool_that_cannot_download_says_so(tmp_path):
    import os
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/"
    env = {**os.environ, "LTP_PATH": str(tmp_path / "ltp"), "LTP_DOWNLOAD_HOST_NEW_RELEASES": dead,
           "LTP_DOWNLOAD_HOST_RELEASE": dead, "LTP_DOWNLOAD_HOST_ARCHIVE": dead}
    proc = subprocess.run([sys.executable, "-m", "poa_lint", str(LETTER), "--select", "grammar",
                           "--languagetool", "local"], capture_output=True, text=True, env=env,
                          timeout=300)
    assert "starting a local LanguageTool server" in proc.stderr
    assert ("could not download or start LanguageTool" in proc.stderr
            or "Java is not installed" in proc.stderr)
    assert "the other rules still ran" in proc.stderr
    assert "grammar.subject-verb-agreement" in proc.stdout


def test_config_keys_choose_the_engines(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(TYPO + "\n", encoding="utf-8")
    (tmp_path / "poa-lint.toml").write_text('grammar = ["harper"]\n', encoding="utf-8")
    assert "grammar.harper-spelling" in run(draft).stdout
    (tmp_path / "poa-lint.toml").write_text('grammar = "none"\nlanguagetool = "http://127.0.0.1:9"\n',
                                            encoding="utf-8")
    result = run(draft)
    assert "harper" not in result.stdout and "languagetool" not in result.stderr


@pytest.mark.filterwarnings("ignore:A test tried to use socket")          # the blocked attempt
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # LT's own __del__
def test_public_api_only_when_chosen_and_warned_first(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(TYPO + "\n", encoding="utf-8")
    disable_socket(allow_unix_socket=True)       # the test itself must not reach languagetool.org
    try:
        quiet = run(draft, "--select", "grammar")
        public = run(draft, "--select", "grammar", "--languagetool", "public")
    finally:
        enable_socket()
    assert "languagetool" not in quiet.stderr
    lines = public.stderr.splitlines()
    assert "leaves this machine" in lines[0]
    assert any("cannot use the public LanguageTool API" in ln for ln in lines[1:])
