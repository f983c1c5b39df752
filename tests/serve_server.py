"""A real `poa-lint serve` process on a free loopback port, for the serve tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest


@dataclass
class Server:
    process: subprocess.Popen
    url: str                      # the first line it printed: http://127.0.0.1:PORT/?token=...
    stderr: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        parts = urlparse(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def token(self) -> str:
        return parse_qs(urlparse(self.url).query)["token"][0]

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def stop(self, sig: int = signal.SIGINT, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=timeout)


def start(*args: str, cwd: Path | None = None) -> Server:
    process = subprocess.Popen([sys.executable, "-m", "poa_lint", "serve", "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    first = process.stdout.readline().strip()
    if not first.startswith("http://"):
        process.kill()
        raise RuntimeError(f"serve printed {first!r}; stderr: {process.stderr.read()}")
    server = Server(process, first)

    def drain(stream, into):
        for line in stream:
            into.append(line)
    threading.Thread(target=drain, args=(process.stderr, server.stderr), daemon=True).start()
    threading.Thread(target=drain, args=(process.stdout, server.stderr), daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server():
    """A server for one test module, stopped with Ctrl-C at its end."""
    srv = start()
    yield srv
    srv.stop()
