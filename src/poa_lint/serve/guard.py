"""What keeps the local page local: the Host and Origin allow-lists, the per-start token, body
size limits and the security headers on every answer. A plain ASGI middleware."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
MAX_JSON_BYTES = 4_500_000        # a 1,000,000-character letter in UTF-8 plus a notice
MAX_DOCX_BYTES = 10_000_000
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


@dataclass(frozen=True)
class Policy:
    hosts: frozenset[str]          # acceptable Host headers, lower case, with the port
    token: str

    @classmethod
    def for_address(cls, host: str, port: int, token: str) -> Policy:
        names = set(LOOPBACK)
        if host not in ("127.0.0.1", "localhost", "::1"):
            names.add(f"[{host}]" if ":" in host else host)
        return cls(frozenset(f"{name}:{port}".lower() for name in names), token)

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.hosts)

    def body_limit(self, path: str) -> int:
        return MAX_DOCX_BYTES if path == "/api/docx" else MAX_JSON_BYTES


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


class Guard:
    """Refuses foreign Hosts and Origins, API calls without the token, and oversized bodies;
    adds the security headers to every response."""

    def __init__(self, app: Callable[..., Awaitable[None]], policy: Policy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self.check(scope)
        if problem:
            await refuse(send, *problem)
            return
        limit = self.policy.body_limit(scope["path"])
        seen = 0

        async def limited() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
            return message

        async def secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", ()), *HEADERS]}
            await send(message)

        try:
            await self.app(scope, limited, secured)
        except BodyTooLarge:
            await refuse(send, 413, f"request body over the limit of {limit:,} bytes")

    def check(self, scope: Scope) -> tuple[int, str] | None:
        """(status, message) when the request must be refused before it reaches the page or API."""
        host = (_header(scope, b"host") or "").lower()
        if host not in self.policy.hosts:
            return 421, "unexpected Host header: open the address poa-lint serve printed"
        origin = _header(scope, b"origin")
        if origin is not None and origin.lower() not in self.policy.origins:
            return 403, "requests from other sites are refused"
        if scope["path"].startswith("/api/"):
            given = _header(scope, b"authorization") or ""
            scheme, _, token = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(),
                                                                     self.policy.token.encode()):
                return 401, "missing or wrong token: use the token printed by poa-lint serve"
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > self.policy.body_limit(scope["path"]):
            return 413, f"request body over the limit of {self.policy.body_limit(scope['path']):,} bytes"
        return None

