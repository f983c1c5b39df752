"""The language server (`poa-lint lsp`): diagnostics, hover and quick fixes over stdio."""

from __future__ import annotations


def serve() -> None:
    """Run the server on stdin/stdout until the client exits."""
    import os
    import sys

    from poa_lint.lsp.server import build_server

    server = build_server()
    server.start_io()
    # pygls swallows the SystemExit of `exit`: the code is ours to give (0 after shutdown, 1
    # without, also when the client went away), and a lint still running must not keep the process.
    code = server.exit_code if server.exit_code is not None else (0 if server.protocol._shutdown else 1)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # closed by pygls with the connection
            pass
    os._exit(code)
