"""Which inputs a run leaves out: `exclude` globs (config file and --exclude) and the notice file."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Folders a folder run never descends into: tool and environment folders full of .txt/.md files.
SKIPPED_FOLDERS = frozenset({"node_modules", "venv", "site-packages", "__pycache__"})


def skipped_folder(name: str) -> bool:
    """Hidden folders (.git, .venv) and the SKIPPED_FOLDERS are not searched for drafts."""
    return name.startswith(".") or name in SKIPPED_FOLDERS


def matches(path: Path, patterns: Iterable[str], base: Path) -> str | None:
    """The first glob that `path` matches, or None.

    A glob without `/` matches any file or folder name on the path (`README.md`, `notes`,
    `*-old.txt`); a glob with `/` matches the path relative to `base` or one of its folders
    (`notices/*.txt`, `clients/acme`, `**/drafts/archive`)."""
    resolved = Path(os.path.abspath(path))
    try:
        parts = resolved.relative_to(Path(os.path.abspath(base))).parts
    except ValueError:
        parts = path.parts
    for pattern in patterns:
        glob = pattern.strip().rstrip("/")
        if not glob:
            continue
        if "/" not in glob:
            if any(fnmatch.fnmatchcase(part, glob) for part in parts):
                return pattern
            continue
        while glob.startswith(("**/", "./")):
            glob = glob[3:] if glob.startswith("**/") else glob[2:]
        prefixes = ["/".join(parts[i:j]) for j in range(1, len(parts) + 1)
                    for i in range(0, j if pattern.startswith("**/") else 1)]
        if any(fnmatch.fnmatchcase(prefix, glob) for prefix in prefixes):
            return pattern
    return None


def left_out(path: str, config: Any, cli_patterns: Iterable[str] = ()) -> str | None:
    """Why a draft input is not checked (a matching glob, or it is the notice), else None."""
    if path == "-":
        return None
    p = Path(path)
    if config.notice is not None and os.path.abspath(config.notice) == os.path.abspath(p):
        return "it is the notice given in the config, not a draft"
    hit = matches(p, config.exclude, config.base)
    if hit:
        where = config.source.name if config.source else "the config"
        return f"excluded by '{hit}' in {where}"
    hit = matches(p, cli_patterns, Path.cwd())
    return f"excluded by --exclude '{hit}'" if hit else None
