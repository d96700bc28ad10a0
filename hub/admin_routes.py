"""The hub's administration routes (``/v1/admin/…``): administrators sign in, then list and revoke
laboratories, issue enrolment codes, send notices, read bundles, statistics and the network catalogue, import
a bundle from a USB stick and publish comparison methods.  ``create_app`` (``labnet.hub.app``) installs them
with its request helpers; a reviewer may read (GET) but change nothing (``labnet.hub.admins``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from starlette.concurrency import run_in_threadpool

from labnet.protocol.enrolment import EnrolmentCode

from . import admins
from . import bulletins as hub_bulletins
from .ingest import Ingestor, IngestWorker
from .linking import NetworkLinker, network_links
from .openapi import json_body
from .service import Hub
from .store import HubError

log = logging.getLogger("labnet.hub")
_TEXT = {"type": "string"}
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


def text_fields(body: object, *names: str) -> list[str]:
    if not isinstance(body, dict) or not all(isinstance(body.get(n), str) for n in names):
        raise HubError("this request is {" + ", ".join(f'"{n}": …' for n in names) + "}")
    return [body[n] for n in names]


def install(app: FastAPI, hub: Hub, ingestor: Ingestor, worker: IngestWorker, linker: NetworkLinker, *,
            admin: Callable[[Request], str], anonymous: Callable[[Request], Awaitable[None]],
            client_key: Callable[[Request], str], read_body: Callable[[Request, int], Awaitable[bytes]],
            read_json: Callable[[Request], Awaitable[object]]) -> None:
    """The administration routes, in the order the OpenAPI document lists them: accounts and laboratories, then
    the network's bundles, records, methods and links."""
    _accounts_and_labs(app, hub, admin=admin, anonymous=anonymous, client_key=client_key, read_json=read_json)
    _network(app, hub, ingestor, worker, linker, admin=admin, read_body=read_body, read_json=read_json)


def _accounts_and_labs(app: FastAPI, hub: Hub, *, admin: Callable[[Request], str],
                       anonymous: Callable[[Request], Awaitable[None]], client_key: Callable[[Request], str],
                       read_json: Callable[[Request], Awaitable[object]]) -> None:
    @app.post("/v1/admin/session", tags=["administration"], openapi_extra=json_body(_SIGN_IN))
    async def admin_session(request: Request) -> dict:
        """Sign in as a named administrator: ``{"token", "expires_at", "name", "role"}``, the token valid for an
        hour (``Authorization: Bearer`` on the other administration routes)."""
        await anonymous(request)
        name, password = text_fields(await read_json(request), "name", "password")
        return await run_in_threadpool(admins.sign_in, hub.store, name, password, client_key(request))

    @app.post("/v1/admin/first-password", tags=["administration"], openapi_extra=json_body(_FIRST_PASSWORD))
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

    @app.post("/v1/admin/labs/{lab_id}/revoke", tags=["administration"], openapi_extra=json_body(_REVOKE))
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

    @app.post("/v1/admin/enrolment-codes", tags=["administration"], openapi_extra=json_body(_CODE_REQUEST))
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

    @app.post("/v1/admin/notices", tags=["administration"], openapi_extra=json_body(_NOTICE))
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



def _network(app: FastAPI, hub: Hub, ingestor: Ingestor, worker: IngestWorker, linker: NetworkLinker, *,
             admin: Callable[[Request], str], read_body: Callable[[Request, int], Awaitable[bytes]],
             read_json: Callable[[Request], Awaitable[object]]) -> None:
    settings = hub.settings

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

    @app.post("/v1/admin/methods", tags=["administration"], openapi_extra=json_body(_METHOD))
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
