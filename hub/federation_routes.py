"""The federation routes (issue 20): what a peer hub, a laboratory and an administrator ask about federation.

- ``POST /v1/federation/peers`` (a peer hub, no session: the reply is signed and names our one-time invitation):
  the online peering (``labnet-hub peer add CODE`` at the other hub);
- ``POST /v1/federation/messages`` (a peer hub: the message is signed by its pinned key): a sealed search,
  follow-up or follow-up decision; a search is answered with the sealed answer (the same answer every time);
- ``/v1/federation/uploads`` (tus 1.0.0, a peer hub by its signed upload credential) and
  ``POST /v1/federation/uploads/{id}/message``: a large message sent as a resumable upload, then taken as
  ``/v1/federation/messages`` takes one (``labnet.hub.federation_uploads``);
- ``GET /v1/federation/hits``, ``GET``/``POST /v1/federation/followups`` and
  ``POST /v1/federation/followups/{id}/decision`` (a laboratory's session): its cross-network hits, its
  follow-ups, asking one and deciding one;
- ``GET /v1/admin/peers`` (any administrator): the peers with their state, last contact, methods in common and
  messages waiting.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from labnet.protocol.federation_seal import make_receipt
from labnet.protocol.keys import utc_stamp

from . import federation, federation_followup, federation_search, federation_uploads
from .errors import HubError
from .federation_delivery import RECEIPT_HEADER
from .service import Hub
from .tus import tus_router

log = logging.getLogger("labnet.hub.federation")
_REPLY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "description": "A signed peering reply (labnet-peer-reply): docs/federation.md"}}}}}
_MESSAGE = {"requestBody": {"required": True, "content": {federation_search.MEDIA_TYPE: {"schema": {
    "type": "string", "format": "binary", "description": "A sealed, signed federation message: docs/federation.md"}}}}}
_ASK = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["hit_ref"], "properties": {"hit_ref": {"type": "string"},
                                                              "query_ref": {"type": "string"},
                                                              "question": {"type": "string"}}}}}}}
_DECISION = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["approve"], "properties": {"approve": {"type": "boolean"},
                                                              "release": {"type": "array", "items": {"type": "string"}},
                                                              "note": {"type": "string"}}}}}}}


def _deliver_quietly(hub: Hub, peer: str) -> None:
    """Try the peer at once; an unreachable peer keeps the message for the hub's delivery loop."""
    federation_search.deliver(hub, peer)


def _warm(hub: Hub) -> None:
    try:
        federation_search.warm(hub)
    except Exception:   # noqa: BLE001 - a warm-up that fails only leaves the first search to do the work
        log.exception("reading the network's profiles for the peers' searches failed; the first search will")


def install(app: FastAPI, hub: Hub, *, lab_of: Callable[[Request], Awaitable[str]], admin: Callable[[Request], str],
            anonymous: Callable[[Request], None], read_body: Callable[[Request, int], Awaitable[bytes]],
            read_json: Callable[[Request], Awaitable[object]]) -> None:
    # The network's profiles under the peers' methods, read while the hub starts (seconds per million profiles)
    # rather than by the first search, which a peer would wait for.
    threading.Thread(target=_warm, args=(hub,), name="federation-warm-up", daemon=True).start()

    @app.post("/v1/federation/peers", tags=["federation"], openapi_extra=_REPLY)
    async def peer_reply(request: Request) -> dict:
        """A peer hub's signed reply to one of our invitations (the online path of peering): the peer is pinned
        and our identity, address and methods are the answer."""
        await run_in_threadpool(anonymous, request)
        body = await read_body(request, hub.settings.max_request_bytes)
        return await run_in_threadpool(federation.register_reply, hub, body, "peer", "code")

    @app.post("/v1/federation/messages", tags=["federation"], openapi_extra=_MESSAGE)
    async def message(request: Request) -> Response:
        """A sealed message signed by a peer hub: a search (answered with the sealed answer, the same each time),
        a follow-up (answered with a sealed acknowledgement), a follow-up's decision or an announcement of the peer's
        keys and methods (answered with the receipt alone); every answer carries our signed receipt for the message
        in the header LabNet-Federation-Receipt.
        Refused: peer-unknown, peer-revoked, federation-message-invalid."""
        await run_in_threadpool(anonymous, request)
        return await take(await read_body(request, hub.settings.max_upload_bytes))

    async def take(body: bytes) -> Response:
        answer = await run_in_threadpool(federation_search.receive, hub, body, "peer")
        # Taken: our signed receipt for its bytes, on every answer (a decision's answer is the receipt alone).
        receipt = make_receipt(hub.identity, body, utc_stamp(hub.store.clock()))
        headers = {RECEIPT_HEADER: base64.b64encode(receipt).decode("ascii")}
        if not answer:
            return Response(receipt, media_type="application/json", headers=headers)
        return Response(answer, media_type=federation_search.MEDIA_TYPE, headers=headers)

    async def uploader(request: Request) -> str:
        await run_in_threadpool(anonymous, request)
        return await run_in_threadpool(federation_uploads.uploader, hub, request.headers.get("Authorization"))

    # A large message arrives as a resumable upload (tus, as the laboratories' bundles do), then is taken.
    app.include_router(tus_router(federation_uploads.peer_uploads(hub), uploader, prefix=federation_uploads.UPLOADS,
                                  public_path=urlsplit(hub.settings.public_url).path.rstrip("/")))

    @app.post(federation_uploads.UPLOADS + "/{upload_id}/message", tags=["federation"])
    async def uploaded(upload_id: str, request: Request) -> Response:
        """Take a peer hub's completed upload as a sealed message (the peer's signed upload credential as its
        bearer token): answered as ``POST /v1/federation/messages`` is, then the upload is removed.
        Refused: peer-unknown, peer-revoked, upload-not-found, conflict (not complete),
        federation-message-invalid."""
        owner = await uploader(request)
        upload, body = await run_in_threadpool(federation_uploads.completed, hub, upload_id, owner)
        answer = await take(body)
        await run_in_threadpool(federation_uploads.taken, hub, upload)
        return answer

    @app.get("/v1/federation/hits", tags=["federation"])
    async def hits(request: Request) -> dict:
        """This laboratory's cross-network hits: ``asked`` (its profiles found in a peer's network) and
        ``answered`` (a peer's query found its profiles); a tablet's ``physical`` agreement with what the peer
        released (agrees, disagrees, unknown; null for a record that is not a tablet)."""
        lab_id = await lab_of(request)
        rows = await run_in_threadpool(lambda: federation.store(hub).hits(lab_id=lab_id))
        return {"hits": [{**{k: r[k] for k in ("side", "search_id", "query_ref", "hit_ref", "peer", "record_id",
                                                "method", "score", "likelihood_ratio", "found_at")},
                          "fields": json.loads(r["fields"]),
                          "physical": json.loads(r["physical"]) if r.get("physical") else None} for r in rows]}

    @app.get("/v1/federation/followups", tags=["federation"])
    async def followups(request: Request) -> dict:
        """This laboratory's follow-ups: those it asked and those asked of it, with their state."""
        lab_id = await lab_of(request)
        rows = await run_in_threadpool(federation.store(hub).followups, lab_id)
        return {"followups": [_followup(r) for r in rows]}

    @app.post("/v1/federation/followups", tags=["federation"], openapi_extra=_ASK)
    async def ask(request: Request) -> dict:
        """Ask the peer network for the details of one of this laboratory's hits; sent at once, or kept until
        the peer can be reached."""
        lab_id = await lab_of(request)
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("hit_ref"), str):
            raise HubError('a follow-up is {"hit_ref": …, "query_ref": …, "question": …}')
        asked = await run_in_threadpool(federation_followup.ask, hub, lab_id, body["hit_ref"],
                                        str(body.get("query_ref") or ""), str(body.get("question") or ""))
        await run_in_threadpool(_deliver_quietly, hub, asked["peer"])
        return asked

    @app.post("/v1/federation/followups/{request_id}/decision", tags=["federation"], openapi_extra=_DECISION)
    async def decide(request_id: str, request: Request) -> dict:
        """The owning laboratory approves a follow-up (releasing the fields it names) or declines it; the
        decision goes back to the asking network."""
        lab_id = await lab_of(request)
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("approve"), bool) \
                or not isinstance(body.get("release", []), list) \
                or not all(isinstance(f, str) for f in body.get("release", [])):
            raise HubError('a decision is {"approve": true|false, "release": [FIELD, …], "note": …}')
        decided = await run_in_threadpool(federation_followup.decide, hub, lab_id, request_id, body["approve"],
                                          list(body.get("release", [])), str(body.get("note") or ""))
        await run_in_threadpool(lambda: _deliver_quietly(hub, (federation.store(hub).followup(request_id) or {})["peer"]))
        return decided

    @app.get("/v1/admin/peers", tags=["administration"])
    async def peers(request: Request) -> list[dict]:
        """The peer hubs: state, last contact, methods in common, messages waiting to be delivered."""
        await run_in_threadpool(admin, request)
        return await run_in_threadpool(federation.describe, hub)


def _followup(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in ("request_id", "side", "peer", "hit_ref", "record_id", "question", "state", "note",
                               "asked_at", "decided_at")}
    out["released"] = json.loads(row["released"]) if row["released"] else None
    return out
