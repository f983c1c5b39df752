"""The walls of docs/architecture.md, checked on the code as it is.

* The checking core never imports the CLI, the language server or a formatter.
* Formatters never import spaCy or the engine (they lay out a Report, nothing else).
* Checks do no I/O: no file, process, network or console modules, no open/print/input. (Kinds
  read pack files while a pack loads, e.g. `phrases_file`; what they compile runs without I/O,
  which the last test checks by running every rule with file access refused.)

Each wall is checked twice: statically over every import statement (function-level imports
included, which a run may not reach) and by running the code in a fresh interpreter and reading
`sys.modules`.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

PACKAGE = ROOT / "src" / "poa_lint"
EDGES = ("poa_lint.cli", "poa_lint.__main__", "poa_lint.lsp", "poa_lint.serve", "poa_lint.formatters")
# Outside the checking core: the edges above and the layers between them and the core (the
# `check` command's runner and batches, reports and their per-file extras, rule docs and links).
NOT_CORE = EDGES + ("poa_lint.runner", "poa_lint.batch", "poa_lint.progressbar", "poa_lint.report",
                    "poa_lint.extras", "poa_lint.ruledocs", "poa_lint.links")
ENGINE = ("spacy", "poa_lint.engine", "poa_lint.factory", "poa_lint.nlp", "poa_lint.kinds",
          "poa_lint.checks", "poa_lint.grammar", "poa_lint.document", "poa_lint.catalogue")
IO_MODULES = ("os", "sys", "io", "pathlib", "shutil", "tempfile", "subprocess", "socket", "urllib",
              "http", "requests", "logging", "click", "poa_lint.reader", "poa_lint.resources",
              "poa_lint.ruledata", "poa_lint.factory")
IO_CALLS = {"open", "print", "input", "exec", "eval", "__import__"}


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module an import statement in the file names, at any depth of the code."""
    found: set[str] = set()
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + [base]).strip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
CORE = sorted(m for m in MODULES if not _within(m, NOT_CORE))
FORMATTERS = sorted(m for m in MODULES if _within(m, ("poa_lint.formatters",)))
PURE = sorted(m for m in MODULES if _within(m, ("poa_lint.checks",)))


def test_the_layers_are_what_the_walls_speak_of():
    assert "poa_lint.engine" in CORE and "poa_lint.checks.blame" in CORE and "poa_lint.cli" not in CORE
    assert "poa_lint.formatters.text" in FORMATTERS and len(PURE) > 40 and "poa_lint.kinds.regex" in CORE


@pytest.mark.parametrize("module", CORE)
def test_the_core_never_imports_an_edge(module):
    crossing = sorted(i for i in _imports(MODULES[module]) if _within(i, EDGES))
    assert not crossing, f"{module} imports {crossing}: the checking core must not know its callers"


@pytest.mark.parametrize("module", FORMATTERS)
def test_formatters_never_import_spacy_or_the_engine(module):
    crossing = sorted(i for i in _imports(MODULES[module]) if _within(i, ENGINE))
    assert not crossing, f"{module} imports {crossing}: formatters only lay out a Report"


@pytest.mark.parametrize("module", PURE)
def test_checks_do_no_io(module):
    source = MODULES[module].read_text(encoding="utf-8")
    io = sorted(i for i in _imports(MODULES[module]) if _within(i, IO_MODULES))
    calls = sorted({n.func.id for n in ast.walk(ast.parse(source))
                    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in IO_CALLS})
    assert not io and not calls, f"{module}: {io or calls}: what a check needs comes with the letter"


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_linting_loads_no_edge_module():
    """A whole lint through the public API, every rule: no CLI, server or formatter in memory."""
    loaded = _run(f"""
import json, sys
import poa_lint
text = open({str(FIXTURES / "examples" / "draft-odr.txt")!r}, encoding="utf-8").read()
assert poa_lint.lint(text)
print(json.dumps(sorted(sys.modules)))
""")
    assert not [m for m in loaded if _within(m, EDGES)]


def test_rendering_loads_neither_spacy_nor_the_engine():
    loaded = _run("""
import json, sys
from poa_lint.finding import Finding, Severity
from poa_lint.formatters import FORMATTERS
from poa_lint.report import FileReport, Report
text = "We are sorry.\\nThe buyer lied.\\n"
finding = Finding("a.txt", 14, 29, "blame.outside-party", 2, 1, 2, 16, "blame", Severity.ERROR,
                  "Blames the buyer.", "The buyer lied.", (), None, None)
report = Report((FileReport("a.txt", "utf-8", 6, None, (finding,), text),), (), "0")
for render in FORMATTERS.values():
    assert render(report)
print(json.dumps(sorted(sys.modules)))
""")
    assert not [m for m in loaded if _within(m, ENGINE)]


def test_checks_open_no_file_and_print_nothing(pipeline, catalogue, monkeypatch, capfd):
    """Every rule on a real letter (and a notice), with every way of opening a file refused."""
    import builtins
    import io
    import os

    from poa_lint.config import Config
    from poa_lint.factory import build_linter

    case = FIXTURES / "notices" / "02-inauthentic-missing-asin"
    linter = build_linter(Config(notice=case / "notice.txt"), catalogue=catalogue, pipeline=pipeline)
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in (case / "draft.txt",
                                                              FIXTURES / "examples" / "draft-odr.txt")]
    expected = [r.findings for r in linter.lint_many(texts)]   # lazy imports and caches warmed up
    capfd.readouterr()

    def refused(*args, **kwargs):
        raise AssertionError(f"a check opened a file: {args[:1]}")
    for owner, name in ((builtins, "open"), (io, "open"), (os, "open"), (Path, "read_text"),
                        (Path, "read_bytes"), (Path, "open")):
        monkeypatch.setattr(owner, name, refused)
    again = [r.findings for r in linter.lint_many(texts)]
    monkeypatch.undo()
    assert again == expected and any(expected)
    assert capfd.readouterr() == ("", "")
