"""The hub's HTTP API (FastAPI): enrolment, sessions, uploads, receipts, bulletins, administration.

``create_app`` assembles it: the middleware (compression, body limits, rate limits), the refusals, the
laboratories' routes here, and the route groups of their own modules (administration in
``labnet.hub.admin_routes``, operations, proficiency tests, exchanges, shared profiles, federation).

Every refusal is RFC 9457 problem details (``application/problem+json``) with
a stable ``code`` from ``labnet.protocol.problems`` and that code's status (400 bad
request, 401 who are you, 403 revoked, 404, 409, 413 too large, 429 slow
down): the routes' own refusals, FastAPI's validation errors, unknown paths
and methods, bodies too large or too slow, tus errors and faults of the hub
alike (``labnet.hub.refusals``).  The detail sentence goes to the log with the lab and the path.
Bodies are capped before they are read: JSON requests at
``max_request_bytes``, uploads by the tus layer at ``max_upload_bytes``.
"""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from labnet import __version__
from labnet.protocol.held import HeldPage, HeldRecord

from . import (
    admin_routes,
    admins,
    auth,
    enrolment,
    exchange_routes,
    federation_routes,
    holdings,
    keylife,
    pt_routes,
    refusals,
)
from . import bulletins as hub_bulletins
from . import operations as hub_operations
from .ingest import Ingestor, IngestWorker
from .limits import RateLimiter, RequestLimits, json_object, parse_json, whole_number
from .linking import NetworkLinker
from .openapi import complete as complete_openapi
from .openapi import json_body
from .service import Hub
from .store import HubError, Unauthenticated
from .tus import tus_router

log = logging.getLogger("labnet.hub")
UPLOADS = "/v1/uploads"   # where the tus routes are


class BodyTooLarge(HubError):
    code = "payload-too-large"


_TEXT = {"type": "string"}
_SESSION = {"type": "object", "required": ["hub_key_id", "lab_id", "key_id", "time", "nonce", "signature"],
            "properties": {k: _TEXT for k in ("hub_key_id", "lab_id", "key_id", "time", "nonce", "signature")}}
_REGISTRATION = {"type": "object", "required": ["format", "version", "hub_key_id", "token", "identity", "proof"],
                 "properties": {"format": {"const": "labnet-registration"}, "version": {"const": 1},
                                "hub_key_id": _TEXT, "token": _TEXT, "identity": {"type": "object"}, "proof": _TEXT}}
_IDENTITY = {"type": "object", "description": "a LabNet identity document (docs/bundle-format.md)"}


def create_app(hub: Hub, *, ingest: bool = True, close_hub: bool = False) -> FastAPI:
    """The hub's app; ``ingest``: drain the ingest queue and run the link jobs on a thread of this process (else
    ``labnet-hub worker`` does, hub/ingest.py); ``close_hub``: the app owns ``hub`` and closes it when it stops."""
    ingestor = Ingestor(hub)
    linker = NetworkLinker(hub)
    worker = IngestWorker(ingestor, linker)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        if ingest:
            worker.start()  # also picks up uploads completed before a crash or restart
        yield
        worker.stop()   # finishes the upload in hand
        if close_hub:
            hub.close()

    app = FastAPI(title="LabNet hub", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="The regional network hub: laboratories enrol, sign in, upload sealed bundles "
                              "(tus 1.0.0), fetch signed receipts and bulletins; administrators manage the network.")
    app.state.ingestor, app.state.worker, app.state.linker = ingestor, worker, linker
    derived = app.openapi

    def documented() -> dict[str, Any]:
        """FastAPI's document, completed once with authentication and problem details (labnet.hub.openapi)."""
        schema = derived()   # FastAPI keeps the one it made: app.openapi_schema
        if not getattr(app.state, "documented", False):
            complete_openapi(schema)
            app.state.documented = True
        return schema

    app.openapi = documented  # type: ignore[method-assign]  # FastAPI's documented way to extend the document
    # Receipts and bulletins are repetitive JSON: compressed they cross a poor link several times faster
    # (and a link that drops every few tens of kilobytes can still carry a large receipt).
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    settings = hub.settings
    app.add_middleware(RequestLimits, grace_seconds=settings.body_grace_seconds,
                       min_rate=settings.body_min_bytes_per_second,
                       slow_per_address=settings.slow_requests_per_address)
    # Counted where every hub process sees them (hub/limits.py): N workers do not allow N times as many.
    limiter = RateLimiter(hub.uploads.queue, "lab", settings.requests_per_minute)
    anonymous_limiter = RateLimiter(hub.uploads.queue, "address", settings.requests_per_minute)

    refusals.install(app, log, tus_prefix=UPLOADS)

    async def read_body(request: Request, limit: int) -> bytes:
        declared = request.headers.get("Content-Length")
        if declared is not None and ((size := whole_number(declared)) is None or size > limit):
            raise BodyTooLarge(f"the request body is larger than {limit:,} bytes")
        body = bytearray()
        async for block in request.stream():
            body += block
            if len(body) > limit:
                raise BodyTooLarge(f"the request body is larger than {limit:,} bytes")
        return bytes(body)

    async def read_json(request: Request) -> object:
        return parse_json(await read_body(request, settings.max_request_bytes))

    def client_key(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def credential(request: Request) -> str | None:
        """The one Authorization header; several are ambiguous, so refused whatever they hold."""
        given = request.headers.getlist("Authorization")
        if len(given) > 1:
            raise Unauthenticated("a request carries one Authorization header, not several", code="sign-in-required")
        return given[0] if given else None

    def checked_lab(authorization: str | None) -> str:
        lab_id = auth.lab_for_token(hub.store, authorization)
        limiter.check(lab_id)
        return lab_id

    async def lab_of(request: Request) -> str:
        # A thread of the pool: the session check and the rate-limit upsert (a commit) wait on the database, and a
        # slow commit on the event loop would stall every request of this process (issue 19).
        return await run_in_threadpool(checked_lab, credential(request))

    async def anonymous(request: Request) -> None:
        await run_in_threadpool(anonymous_limiter.check, client_key(request))

    hub_operations.install(app, hub, ingestor, worker, linker)

    @app.get("/v1/hub", tags=["enrolment"])
    async def hub_identity() -> Response:
        """The hub's public identity document (self-signed); labs check its key id against their code."""
        return Response(hub.identity.public.to_json(), media_type="application/json")

    @app.get("/v1/hub/keys", tags=["enrolment"])
    async def hub_keys() -> Response:
        """The hub key document: its identity and its retired and revoked keys, signed by its current key
        (``labnet.protocol.keystatus``); laboratories read it at every sync."""
        return Response(await run_in_threadpool(keylife.document, hub.identity, hub.store), media_type="application/json")

    @app.post("/v1/enrol", tags=["enrolment"], openapi_extra=json_body(_REGISTRATION))
    async def enrol(request: Request) -> dict:
        """Register a laboratory with a one-time enrolment token and a proof of its signing key."""
        await anonymous(request)
        registration = json_object(await read_json(request), "a registration")

        def register() -> dict:
            result = enrolment.register(hub.store, hub.key_id, registration)
            admins.record(hub.store, f"client:{client_key(request)}", "lab.enrol", result["lab_id"],
                          name=result["name"], by="enrolment code")
            return result

        result = await run_in_threadpool(register)
        log.info("enrolled laboratory %s (%s, %s)", result["lab_id"], result["name"], result["country"])
        return {**result, "hub_identity": json.loads(hub.identity.public.to_json())}

    @app.post("/v1/identity", tags=["enrolment"], openapi_extra=json_body(_IDENTITY))
    async def new_identity(request: Request) -> dict:
        """A laboratory's rotated keys: its new identity document, endorsed by its current signing key."""
        await anonymous(request)
        document = json_object(await read_json(request), "an identity document")
        result = await run_in_threadpool(enrolment.rotate_lab_keys, hub.store, document)
        log.info("laboratory %s rotated its keys (signing key %s)", result["lab_id"], result["signing_key_id"][:16])
        return result

    @app.post("/v1/session", tags=["sessions"], openapi_extra=json_body(_SESSION))
    async def session(request: Request) -> dict:
        """Exchange a request signed by the lab's key for a one-hour bearer token."""
        await anonymous(request)
        asked = json_object(await read_json(request), "a session request")
        return await run_in_threadpool(auth.open_session, hub.store, hub.key_id, asked)

    app.include_router(tus_router(hub.uploads, lab_of, app.state.metrics.counting_uploads(worker.submit),
                                  prefix=UPLOADS, public_path=urlsplit(settings.public_url).path.rstrip("/")))

    @app.get("/v1/receipts/{bundle_id}", tags=["receipts"])
    async def receipt(bundle_id: str, request: Request) -> Response:
        """The hub's signed receipt for one of the laboratory's bundles (404 while it is being processed)."""
        lab_id = await lab_of(request)
        return Response(await run_in_threadpool(ingestor.receipt, bundle_id, lab_id), media_type="application/json")

    @app.get("/v1/records/held", tags=["sync"])
    async def held(request: Request, after_kind: Annotated[str, Query(max_length=64)] = "",
                   after_id: Annotated[str, Query(max_length=128)] = "",
                   limit: Annotated[int, Query(ge=1, le=holdings.PAGE)] = holdings.PAGE) -> dict:
        """What the hub holds of this laboratory's records (labnet sync --reconcile), a page at a time in
        (kind, id) order: each as the decision it came from, with the digest of its entry line."""
        lab_id = await lab_of(request)
        records, following = await run_in_threadpool(
            lambda: holdings.held_records(hub.store, lab_id, after=(after_kind, after_id), limit=limit))
        return HeldPage(tuple(HeldRecord(**r) for r in records), following).to_json()

    @app.get("/v1/bulletins", tags=["bulletins"])
    async def bulletins(request: Request, since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                        limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> Response:
        """Signed bulletins for this laboratory after ``since``, as JSON lines (one signed bulletin a line)."""
        lab_id = await lab_of(request)
        lines = await run_in_threadpool(hub_bulletins.since, hub, lab_id, since, limit)
        app.state.metrics.bulletins.inc(len(lines))
        return Response(b"".join(line + b"\n" for line in lines), media_type="application/x-ndjson")

    # -- administration ---------------------------------------------------------------
    def admin(request: Request) -> str:
        """The signed-in administrator's name; a reviewer may read (GET) but change nothing (labnet.hub.admins)."""
        anonymous_limiter.check(client_key(request))
        return admins.admin_for(hub.store, credential(request), change=request.method not in ("GET", "HEAD")).name

    pt_routes.install(app, hub, lab_of=lab_of, admin=admin, read_body=read_body, read_json=read_json)  # issue 21
    exchange_routes.install(app, hub, lab_of=lab_of, read_body=read_body)  # issue 21: reference-sample exchange
    from . import shared_profiles  # issue 22: a link notice's other profile

    shared_profiles.install(app, hub, lab_of=lab_of)
    federation_routes.install(app, hub, lab_of=lab_of, admin=admin, read_body=read_body, read_json=read_json,  # issue 20
                              anonymous=lambda request: anonymous_limiter.check(client_key(request)))
    from . import federation_admin  # issue 20: the console's federation pages

    federation_admin.install(app, hub, admin=admin, read_json=read_json)

    admin_routes.install(app, hub, ingestor, worker, linker, admin=admin, anonymous=anonymous,
                         client_key=client_key, read_body=read_body, read_json=read_json)

    return app


