"""The hub's answers to every refusal: RFC 9457 problem details with a code from ``labnet.protocol.problems``.

One handler per kind of refusal, installed on the app: the routes' own (``HubError``, whose class or raise
names the code), FastAPI's parameter validation, Starlette's unknown path or method, a client gone in the
middle of its request, and any fault of the hub (500, details in the log only).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from . import problems
from .limits import BodyTooSlow
from .store import HubError
from .tus import TUS_VERSION


def install(app: FastAPI, log: logging.Logger, *, tus_prefix: str) -> None:
    """Answer every refusal of ``app`` with problem details (tus routes under ``tus_prefix`` add their header)."""

    @app.exception_handler(HubError)
    async def refused(request: Request, exc: HubError) -> Response:
        log.info("refused %s %s: %s (%s)", request.method, request.url.path, exc.user_message, exc.code)
        retry_after = getattr(exc, "retry_after", None)   # a rate limit says when to come back
        extra = {"Retry-After": str(retry_after)} if retry_after is not None else None
        if isinstance(exc, BodyTooSlow):
            extra = {"Connection": "close"}  # the rest of the body is not read: the connection cannot carry on
        if request.url.path.startswith(tus_prefix):   # a tus route (its sign-in refused): every tus answer says so
            extra = {**(extra or {}), "Tus-Resumable": TUS_VERSION}
        return problems.response(exc.code, exc.user_message, instance=request.url.path, headers=extra)

    @app.exception_handler(ClientDisconnect)
    async def gone(request: Request, exc: ClientDisconnect) -> Response:
        # An everyday event on a poor link, not a fault of the hub: one line, no traceback; nobody reads the answer.
        log.info("the client went away during %s %s", request.method, request.url.path)
        return problems.response("client-disconnected", "the connection broke while the request was read",
                                 instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors(), exclude={"input", "url", "ctx"})
        first = errors[0] if errors else {}
        where = " ".join(str(part) for part in first.get("loc", ()))
        return problems.response("invalid-parameter", f"{where}: {first.get('msg', 'invalid')}",
                                 instance=request.url.path, errors=errors)

    @app.exception_handler(HTTPException)
    async def routing(request: Request, exc: HTTPException) -> Response:
        # Starlette's own refusals (no route at this path, or not with this method): 404, 405.
        code = {404: "not-found", 405: "method-not-allowed", 413: "payload-too-large"}.get(exc.status_code,
                                                                                           "invalid-request")
        detail = (f"nothing is served at {request.url.path}" if code == "not-found" else
                  f"{request.url.path} does not take {request.method}" if code == "method-not-allowed" else
                  str(exc.detail))
        return problems.response(code, detail, instance=request.url.path,
                                 headers=None if exc.headers is None else dict(exc.headers))

    @app.exception_handler(Exception)
    async def fault(request: Request, exc: Exception) -> Response:
        log.error("fault during %s %s", request.method, request.url.path, exc_info=exc)
        return problems.response("internal-error", "the hub failed to answer this request; its log says why",
                                 instance=request.url.path)
