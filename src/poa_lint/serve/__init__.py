"""`poa-lint serve`: a page on the seller's own machine where a letter is checked as it is typed.

The only I/O edge of the package: it binds the socket, prints the address (with the per-start
token) as the first line of standard output, and runs the server until Ctrl-C.
"""

from __future__ import annotations

import secrets
import socket
import sys
from pathlib import Path

from poa_lint.serve.guard import LOOPBACK


def exposure_warning(host: str, port: int) -> str | None:
    """What listening on a non-loopback address exposes (None on loopback)."""
    if host in (*LOOPBACK, "::1"):
        return None
    return (f"poa-lint serve: listening on {host}:{port}, not only on this machine: anyone who can "
            "reach that address and knows the token can send letters to this server and read the "
            "findings. Use the default (127.0.0.1) unless you need this.")


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one. Raises OSError with the system's reason."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def run(host: str, port: int, open_browser: bool, config_path: Path | None, model: str | None) -> int:
    """Serve until interrupted; returns the exit code."""
    import uvicorn

    from poa_lint.catalogue import PackError
    from poa_lint.config import ConfigError
    from poa_lint.nlp import ModelError
    from poa_lint.serve.app import build_app
    from poa_lint.serve.guard import Policy
    from poa_lint.serve.service import LintService

    try:
        sock = bind(host, port)
    except OSError as exc:
        print(f"poa-lint serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    try:
        service = LintService(config_path, model)
        service.warm()
    except (ConfigError, PackError, ModelError) as exc:
        print(f"poa-lint serve: {exc}", file=sys.stderr)
        sock.close()
        return 2
    token = secrets.token_urlsafe(24)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/?token={token}"
    print(url, flush=True)
    for line in filter(None, (exposure_warning(host, port), *service.notices)):
        print(line, file=sys.stderr, flush=True)
    print("poa-lint serve: press Ctrl-C to stop. Letters stay on this machine and are not saved.",
          file=sys.stderr, flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    app = build_app(service, Policy.for_address(host, port, token))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:        # uvicorn shut down gracefully, then re-raised the Ctrl-C
        pass
    finally:
        service.close()
        sock.close()
    print("poa-lint serve: stopped.", file=sys.stderr, flush=True)
    return 0
