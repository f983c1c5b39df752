"""The language server (`poa-lint lsp`): diagnostics, hover and quick fixes over stdio."""

from __future__ import annotations


def serve() -> None:
    """Run the server on stdin/stdout until the client exits."""
    from poa_lint.lsp.server import build_server

    build_server().start_io()
