"""A default run sends nothing anywhere.

The whole test suite runs with pytest-socket (pyproject.toml addopts: --disable-socket
--allow-hosts=127.0.0.1,::1,localhost): only local test servers (pytest-httpserver for the
LanguageTool tests) can be reached, and the language server tests talk over stdio pipes.

These tests go further: they record every attempt to resolve a name or open a connection, local
ones included, while poa-lint lints letters with its defaults, in this process (the public
`lint`, the CLI) and in a fresh `poa-lint` process, and they require that there is none.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import poa_lint
import poa_lint.factory
from poa_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
LETTERS = sorted((ROOT / "fixtures" / "corpus").glob("*.txt"))[:8]


@contextlib.contextmanager
def recorded_network():
    """Record (and refuse) every name lookup and connection attempted inside the block."""
    attempts: list[str] = []
    saved = {name: getattr(socket, name) for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex",
                                                       "create_connection")}
    saved_methods = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto")}

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network use refused by the test: {what}")
        return blocked

    for name in saved:
        setattr(socket, name, refuse(name))
    for name in saved_methods:
        setattr(socket.socket, name, refuse(f"socket.{name}"))
    try:
        yield attempts
    finally:
        for name, value in saved.items():
            setattr(socket, name, value)
        for name, value in saved_methods.items():
            setattr(socket.socket, name, value)


GUARD = r"""
import socket, sys
def refuse(what):
    def blocked(*args, **kwargs):
        sys.stderr.write("NETWORK-ATTEMPT %s %r\n" % (what, args[:2]))
        raise OSError("network use refused by the test")
    return blocked
for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
    setattr(socket, name, refuse(name))
for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, refuse("socket." + name))
from poa_lint.cli import main
sys.argv = ["poa-lint", *sys.argv[1:]]
main()
"""


def test_suite_blocks_remote_hosts_but_allows_local_servers():
    """The pytest-socket settings are active: a remote address is refused, 127.0.0.1 is not."""
    from pytest_socket import SocketBlockedError, SocketConnectBlockedError

    with pytest.warns(UserWarning), pytest.raises((SocketBlockedError, SocketConnectBlockedError)):
        socket.create_connection(("198.51.100.7", 80), timeout=1)  # TEST-NET-2: never routed
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass


def test_the_recorder_sees_an_http_request():
    import urllib.request

    with recorded_network() as attempts, pytest.raises(OSError):
        urllib.request.urlopen("http://raw.githubusercontent.com/nltk/nltk_data/gh-pages/index.xml", timeout=2)
    assert attempts and "githubusercontent" in attempts[0]


def test_public_lint_makes_no_network_attempt(pipeline):
    with recorded_network() as attempts:
        for path in LETTERS:
            poa_lint.lint(path.read_text(encoding="utf-8"), pipeline=pipeline)
    assert attempts == []


def test_default_cli_run_makes_no_network_attempt(pipeline, monkeypatch, tmp_path):
    monkeypatch.setattr(poa_lint.factory, "load_pipeline", lambda *a, **k: pipeline)
    monkeypatch.chdir(tmp_path)  # no config file: every default applies
    with recorded_network() as attempts:
        for fmt in ("text", "json"):
            result = CliRunner().invoke(main, ["--format", fmt, *map(str, LETTERS)])
            assert result.exit_code in (0, 1), result.output
        for args in (["rules"], ["explain", "placeholder.unfilled"]):
            assert CliRunner().invoke(main, args).exit_code == 0
    assert attempts == []


def test_default_run_in_a_fresh_process_makes_no_network_attempt(tmp_path):
    """The real thing: a new process (model loading, engines, every lazy import) with no config."""
    letters = [str(p) for p in LETTERS[:3]]
    done = subprocess.run([sys.executable, "-c", GUARD, "--format", "json", *letters],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          stdin=subprocess.DEVNULL)
    assert "NETWORK-ATTEMPT" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert all(f["error"] is None for f in report["files"])


def test_languagetool_is_never_chosen_by_default():
    """LanguageTool (the only engine that talks HTTP) runs only when a server is configured."""
    from poa_lint.config import Config
    from poa_lint.grammar.run import chosen_names

    assert "languagetool" not in chosen_names(Config())
