"""Entry point for `python -m poa_lint`."""

import sys

# `python -m` puts the current folder first on sys.path: a draft folder holding a module named
# like one poa-lint or spaCy imports (a model package, say) would then run. Nothing is imported
# from the current folder.
if sys.path and sys.path[0] in ("", ".") or sys.path and sys.path[0] == __import__("os").getcwd():
    del sys.path[0]

from poa_lint.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
