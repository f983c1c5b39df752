"""The routes of `poa-lint serve`: the page and its assets, and the JSON API under it."""

from __future__ import annotations

import json
from importlib.resources import files

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from poa_lint.serve.guard import Guard, Policy
from poa_lint.serve.service import LintRequest, LintService, RequestError

ASSETS = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}


def _asset(name: str) -> bytes:
    return (files("poa_lint.serve") / "static" / name).read_bytes()


def build_app(service: LintService, policy: Policy) -> Guard:
    """The ASGI application, wrapped in its guard."""
    page = _asset("index.html")
    assets = {name: _asset(name) for name in ASSETS}

    async def index(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8")

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in assets:
            return JSONResponse({"error": "not found"}, status_code=404)
        return Response(assets[name], media_type=ASSETS[name])

    async def meta(request: Request) -> Response:
        return await _answer(lambda: service.call(service.meta), JSONResponse)

    async def lint(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"error": "the body is not valid JSON"}, status_code=400)
        try:
            parsed = LintRequest.from_json(body)
        except RequestError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)

        def respond(outcome: tuple[str, str]) -> Response:
            media, text = outcome
            headers = {}
            if parsed.fmt == "html":
                headers["content-disposition"] = 'attachment; filename="poa-lint-report.html"'
            return Response(text, media_type=media, headers=headers)
        return await _answer(lambda: service.call(service.lint, parsed), respond)

    async def docx(request: Request) -> Response:
        data = await request.body()
        return await _answer(lambda: service.call(service.docx_text, data),
                             lambda text: JSONResponse({"text": text}))

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/static/{name}", asset, methods=["GET"]),
        Route("/api/meta", meta, methods=["GET"]),
        Route("/api/lint", lint, methods=["POST"]),
        Route("/api/docx", docx, methods=["POST"]),
    ]
    return Guard(Starlette(routes=routes), policy)


async def _answer(work, respond) -> Response:
    """Run the work; a bad request is a 400, anything else that fails a 500 without a traceback."""
    from poa_lint.engine import RuleCrash

    try:
        outcome = await work()
    except RequestError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    except RuleCrash as exc:
        return JSONResponse({"error": str(exc).split(": ", 1)[-1]}, status_code=500)
    except Exception as exc:  # a bug: say what kind, keep serving, never show a traceback
        return JSONResponse({"error": f"internal error ({type(exc).__name__})"}, status_code=500)
    return respond(outcome)
