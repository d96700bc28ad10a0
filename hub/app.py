"""The hub's HTTP API (FastAPI): enrolment, sessions, uploads, receipts, bulletins, administration.

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
import datetime as dt
import json
import logging
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from labnet import __version__
from labnet.protocol.enrolment import EnrolmentCode
from labnet.protocol.held import HeldPage, HeldRecord

from . import admins, auth, enrolment, exchange_routes, federation_routes, holdings, keylife, pt_routes, refusals
from . import bulletins as hub_bulletins
from . import operations as hub_operations
from .ingest import Ingestor, IngestWorker
from .limits import RateLimiter, RequestLimits, json_object, parse_json, whole_number
from .linking import NetworkLinker, network_links
from .openapi import complete as complete_openapi
from .service import Hub
from .store import HubError, Unauthenticated
from .tus import tus_router

log = logging.getLogger("labnet.hub")
UPLOADS = "/v1/uploads"   # where the tus routes are


class BodyTooLarge(HubError):
    code = "payload-too-large"


def _body(schema: dict) -> dict:
    """OpenAPI request body for an endpoint that reads its JSON itself (to cap its size before parsing)."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


_TEXT = {"type": "string"}
_SESSION = {"type": "object", "required": ["hub_key_id", "lab_id", "key_id", "time", "nonce", "signature"],
            "properties": {k: _TEXT for k in ("hub_key_id", "lab_id", "key_id", "time", "nonce", "signature")}}
_REGISTRATION = {"type": "object", "required": ["format", "version", "hub_key_id", "token", "identity", "proof"],
                 "properties": {"format": {"const": "labnet-registration"}, "version": {"const": 1},
                                "hub_key_id": _TEXT, "token": _TEXT, "identity": {"type": "object"}, "proof": _TEXT}}
_IDENTITY = {"type": "object", "description": "a LabNet identity document (docs/bundle-format.md)"}
_CODE_REQUEST = {"type": "object", "required": ["lab", "country"],
                 "properties": {"lab": _TEXT, "country": {"type": "string", "pattern": "^[A-Za-z]{2}$"}}}
_NOTICE = {"type": "object", "required": ["text"], "properties": {"text": _TEXT, "to": _TEXT}}
_REVOKE = {"type": "object", "properties": {"reason": _TEXT}}
_SIGN_IN = {"type": "object", "required": ["name", "password"], "properties": {"name": _TEXT, "password": _TEXT}}
_FIRST_PASSWORD = {"type": "object", "required": ["token", "password"], "properties": {"token": _TEXT,
                                                                                       "password": _TEXT}}
_METHOD = {"type": "object", "required": ["format", "name", "method_version", "drug_type", "targets", "pretreatment",
                                          "metric", "threshold", "reference"],
           "properties": {"format": {"type": "string", "enum": ["labnet-comparison-method"]}, "name": _TEXT,
                          "method_version": {"type": "integer", "minimum": 1}, "drug_type": _TEXT,
                          "targets": {"type": "array", "items": _TEXT}, "pretreatment": _TEXT, "metric": _TEXT,
                          "threshold": {"type": "number"}, "reference": {"type": "object"}}}


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

    @app.post("/v1/enrol", tags=["enrolment"], openapi_extra=_body(_REGISTRATION))
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

    @app.post("/v1/identity", tags=["enrolment"], openapi_extra=_body(_IDENTITY))
    async def new_identity(request: Request) -> dict:
        """A laboratory's rotated keys: its new identity document, endorsed by its current signing key."""
        await anonymous(request)
        document = json_object(await read_json(request), "an identity document")
        result = await run_in_threadpool(enrolment.rotate_lab_keys, hub.store, document)
        log.info("laboratory %s rotated its keys (signing key %s)", result["lab_id"], result["signing_key_id"][:16])
        return result

    @app.post("/v1/session", tags=["sessions"], openapi_extra=_body(_SESSION))
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

    def text_fields(body: object, *names: str) -> list[str]:
        if not isinstance(body, dict) or not all(isinstance(body.get(n), str) for n in names):
            raise HubError("this request is {" + ", ".join(f'"{n}": …' for n in names) + "}")
        return [body[n] for n in names]

    @app.post("/v1/admin/session", tags=["administration"], openapi_extra=_body(_SIGN_IN))
    async def admin_session(request: Request) -> dict:
        """Sign in as a named administrator: ``{"token", "expires_at", "name", "role"}``, the token valid for an
        hour (``Authorization: Bearer`` on the other administration routes)."""
        await anonymous(request)
        name, password = text_fields(await read_json(request), "name", "password")
        return await run_in_threadpool(admins.sign_in, hub.store, name, password, client_key(request))

    @app.post("/v1/admin/first-password", tags=["administration"], openapi_extra=_body(_FIRST_PASSWORD))
    async def first_password(request: Request) -> dict:
        """Set the first password of the account a one-time administrator token names (a new hub's, or the
        shared token of a hub made before named administrators); answers as a sign-in does. The token then
        no longer works."""
        await anonymous(request)
        token, password = text_fields(await read_json(request), "token", "password")
        return await run_in_threadpool(admins.set_first_password, hub.store, token, password, client_key(request))

    @app.get("/v1/admin/accounts", tags=["administration"])
    def admin_accounts(request: Request) -> list[dict]:
        """The hub's administrators: name, role, when made, whether disabled, whether a password is set."""
        admin(request)
        return [account.public() for account in hub.store.admins.accounts()]

    @app.get("/v1/admin/audit", tags=["administration"])
    def audit_trail(request: Request, since: Annotated[str | None, Query(max_length=40)] = None,
                          limit: Annotated[int, Query(ge=1, le=100_000)] = 1000) -> dict:
        """The hub's audit trail (who did what, when), oldest first from ``since`` (an ISO time), with each
        entry's chain hash and the trail's head (labnet.hub.audit)."""
        admin(request)
        return {"entries": hub.store.admins.entries(admins.utc_text(since) if since else None, limit),
                "head": hub.store.admins.head()}

    @app.get("/v1/admin/labs", tags=["administration"])
    def labs(request: Request) -> list[dict]:
        """Every enrolled laboratory with its state and last contact."""
        admin(request)
        return [{"lab_id": lab.lab_id, "name": lab.name, "country": lab.country, "enrolled_at": lab.enrolled_at,
                 "last_contact": lab.last_contact, "revoked_at": lab.revoked_at, "revoked_reason": lab.revoked_reason,
                 "signing_key_id": lab.signing_key_id} for lab in hub.store.labs()]

    @app.post("/v1/admin/labs/{lab_id}/revoke", tags=["administration"], openapi_extra=_body(_REVOKE))
    async def revoke(lab_id: str, request: Request) -> dict:
        """Revoke a laboratory: its sessions end at once and it can no longer sign in or upload."""
        who = await run_in_threadpool(admin, request)
        body = await read_json(request) if request.headers.get("Content-Length", "0") != "0" else {}
        reason = str(body.get("reason", "")) if isinstance(body, dict) else ""

        def revoked() -> Any:
            lab = hub.store.revoke(lab_id, reason)
            admins.record(hub.store, who, "lab.revoke", lab.lab_id, reason=lab.revoked_reason)
            return lab

        lab = await run_in_threadpool(revoked)
        log.warning("revoked laboratory %s (%s): %s", lab.lab_id, lab.name, lab.revoked_reason)
        return {"lab_id": lab.lab_id, "revoked_at": lab.revoked_at, "revoked_reason": lab.revoked_reason}

    @app.post("/v1/admin/enrolment-codes", tags=["administration"], openapi_extra=_body(_CODE_REQUEST))
    async def new_code(request: Request) -> dict:
        """A one-time enrolment code for a laboratory (``{"lab": NAME, "country": CC}``)."""
        who = await run_in_threadpool(admin, request)
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("lab"), str) or not isinstance(body.get("country"), str):
            raise HubError('an enrolment code request is {"lab": NAME, "country": CC}')
        issued = await run_in_threadpool(issue_code, hub, body["lab"], body["country"])
        await run_in_threadpool(lambda: admins.record(hub.store, who, "lab.enrolment-code", issued["lab"],
                                                      country=issued["country"]))
        return issued

    @app.get("/v1/admin/enrolment-codes", tags=["administration"])
    def codes(request: Request) -> list[dict]:
        """Enrolment codes issued, used or not (the codes themselves are never kept)."""
        admin(request)
        return hub.store.enrolment_codes()

    @app.post("/v1/admin/notices", tags=["administration"], openapi_extra=_body(_NOTICE))
    async def post_notice(request: Request) -> dict:
        """Send a notice to one laboratory or to all (``{"text": …, "to": LAB_ID or "*"}``)."""
        who = await run_in_threadpool(admin, request)
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise HubError('a notice is {"text": …, "to": LAB_ID or "*"}')
        seq = await run_in_threadpool(hub_bulletins.notice, hub, body["text"], str(body.get("to", "*")))
        await run_in_threadpool(lambda: admins.record(hub.store, who, "notice", str(body.get("to", "*")),
                                                      bulletin=seq))
        return {"seq": seq}

    @app.get("/v1/admin/bundles", tags=["administration"])
    def bundles(request: Request, limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> dict:
        """Received bundles with their import reports, newest first, and files refused unread."""
        admin(request)
        return {"bundles": hub.store.received.bundles_newest_first(limit),
                "refused": hub.store.received.refused_newest_first(limit)}

    @app.get("/v1/admin/stats", tags=["administration"])
    def stats(request: Request) -> dict:
        """Network statistics: records per lab and type, last sync, and records received per day."""
        admin(request)
        return network_statistics(hub)

    @app.get("/v1/admin/records", tags=["administration"])
    def records(request: Request, kind: str | None = None, lab: str | None = None,
                      limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                      offset: Annotated[int, Query(ge=0, le=2**62)] = 0, include_deleted: bool = False) -> dict:
        """The network catalogue: the latest shared version of each record, as the laboratory's policy let it leave."""
        admin(request)
        total, rows = hub.store.received.records_page(kind=kind, lab=lab, include_deleted=include_deleted,
                                                      limit=limit, offset=offset)
        return {"total": total, "records": [{**{k: r[k] for k in ("lab_id", "kind", "record_id", "version",
                                                                  "received_at")},
                                             "deleted": bool(r["deleted"]),
                                             "record": json.loads(r["record"]) if r["record"] else None}
                                            for r in rows]}

    @app.post("/v1/admin/import", tags=["administration"], openapi_extra={"requestBody": {
        "required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def import_file(request: Request) -> dict:
        """Import a bundle that came on a USB stick (the body is the file); returns the report and receipt."""
        who = await run_in_threadpool(admin, request)
        data = await read_body(request, settings.max_upload_bytes)
        result = await run_in_threadpool(ingestor.ingest, data, source="file")
        await run_in_threadpool(lambda: admins.record(hub.store, who, "bundle.import", result.bundle_id or "",
                                                      status=result.status, lab_id=result.lab_id))
        worker.link_soon()
        return describe(result)

    @app.post("/v1/admin/methods", tags=["administration"], openapi_extra=_body(_METHOD))
    async def publish_method(request: Request) -> dict:
        """Publish a harmonised comparison method (the JSON of ``labnet profiles export-method``): every
        laboratory gets it in a bulletin, and the network's profiles of its drug type are linked with it."""
        who = await run_in_threadpool(admin, request)
        body = await read_json(request)
        published = await run_in_threadpool(linker.publish_method, body)
        await run_in_threadpool(lambda: admins.record(hub.store, who, "method.publish",
                                                      f"{published['name']} v{published['version']}",
                                                      drug_type=published["drug_type"]))
        worker.link_soon()
        return published

    @app.get("/v1/admin/methods", tags=["administration"])
    def methods(request: Request) -> list[dict]:
        """The published methods, newest first, the one in use for each drug type marked."""
        admin(request)
        return linker.methods()

    @app.get("/v1/admin/links", tags=["administration"])
    def links(request: Request, lab: str | None = None,
                    limit: Annotated[int, Query(ge=1, le=100_000)] = 1000) -> dict:
        """Links found between profiles of different laboratories, newest first."""
        admin(request)
        return {"pending_jobs": linker.pending(), "failed_jobs": linker.failed(),
                "links": network_links(hub, lab=lab, limit=limit)}

    return app


def network_statistics(hub: Hub) -> dict:
    labs = hub.store.labs()
    counts = hub.store.received.record_counts()
    per_day = hub.store.received.accepted_per_day()
    last = hub.store.received.last_bundle_per_lab()
    bundles = hub.store.received.bundles_per_status()
    refused = hub.store.received.refused_count()
    names = {lab.lab_id: lab.name for lab in labs}
    return {
        "labs": {"enrolled": len(labs), "active": sum(lab.active for lab in labs)},
        "records": [{"lab_id": r["lab_id"], "lab": names.get(r["lab_id"], "?"), "kind": r["kind"],
                     "records": r["records"], "deleted": r["deleted"]} for r in counts],
        "last_sync": [{"lab_id": lab.lab_id, "lab": lab.name, "last_bundle": last.get(lab.lab_id),
                       "last_contact": lab.last_contact} for lab in labs],
        "received_per_day": per_day,
        "bundles": {"processed": bundles.get("processed", 0), "rejected": bundles.get("rejected", 0),
                    "refused_files": refused},
    }


def describe(result) -> dict:
    """An ingest result as JSON: status, bundle, counts, reason, and the receipt document if one was signed."""
    return {"status": result.status, "bundle_id": result.bundle_id, "lab_id": result.lab_id, "reason": result.reason,
            "counts": result.counts, "receipt": json.loads(result.receipt) if result.receipt else None}


def issue_code(hub: Hub, lab_name: str, country: str) -> dict:
    """A new enrolment code for ``lab_name``: the text to hand over, and when it expires."""
    lifetime = dt.timedelta(hours=hub.settings.enrolment_code_hours)
    token = hub.store.new_enrolment_code(lab_name, country, lifetime)
    code = EnrolmentCode(hub.settings.public_url, token, hub.key_id)
    expires = hub.store.clock() + lifetime
    return {"code": code.text(), "token": token, "lab": lab_name.strip(), "country": country.strip().upper(),
            "expires_at": expires.isoformat(), "hub_key_id": hub.key_id}
