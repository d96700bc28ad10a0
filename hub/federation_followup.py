"""Follow-ups of a cross-network hit (issue 20): the querying laboratory asks, the owning laboratory decides.

A → B → the owning laboratory, and back: a laboratory of hub A names one of its hits (``POST
/v1/federation/followups``); A seals a ``follow-up`` message to B (queued and delivered like a search); B checks
that the hit is one it answered to A, keeps the request and tells the owning laboratory in a
``federation-follow-up`` bulletin; that laboratory approves (choosing which fields of its record to release)
or declines (``POST /v1/federation/followups/{id}/decision``); B seals the decision to A (``follow-up-answer``,
queued and delivered); A tells the asking laboratory in a ``federation-follow-up-answer`` bulletin.  Each step
is an entry in the audit trail of the hub where it happens, and each laboratory keeps the bulletins (its
catalogue's ``sync_bulletins``).  A request or decision delivered twice changes nothing the second time.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from labnet.protocol.federation_seal import seal
from labnet.protocol.keys import PublicIdentity, utc_stamp

from .bulletins import publish_in
from .errors import Conflict, Forbidden, HubError, NotFound
from .federation import audit, store
from .service import Hub
from .store_federation import Raced

MAX_QUESTION = 4000


def ask(hub: Hub, lab_id: str, hit_ref: str, query_ref: str, question: str) -> dict[str, Any]:
    """Hub A, for its laboratory ``lab_id``: queue a follow-up of one of that laboratory's hits."""
    fed = store(hub)
    hit = fed.hit("asked", hit_ref, query_ref or None)
    if hit is None or hit["lab_id"] != lab_id:
        raise NotFound("no hit of this laboratory has that reference", code="federation-hit-unknown")
    if len(question) > MAX_QUESTION:
        raise HubError(f"a follow-up question is at most {MAX_QUESTION:,} characters")
    peer = fed.peer(hit["peer"])
    if peer is None or peer["revoked_at"]:
        raise Forbidden(f"peer “{hit['peer']}” is revoked", code="peer-revoked")
    request_id = secrets.token_hex(16)
    now = utc_stamp(hub.store.clock())
    identity = PublicIdentity.from_json(peer["identity"])
    content = {"request_id": request_id, "search_id": hit["search_id"], "query_ref": hit["query_ref"],
               "hit_ref": hit_ref, "question": question}
    document = seal(hub.identity, identity.keys, identity.identity_id, kind="follow-up", message_id=request_id,
                    created_at=now, content=content)
    with hub.store.transaction() as conn:
        fed.queue(conn, request_id, peer["name"], "follow-up", now, document)
        fed.add_followup(conn, request_id=request_id, side="asked", peer=peer["name"], search_id=hit["search_id"],
                         query_ref=hit["query_ref"], hit_ref=hit_ref, lab_id=lab_id, record_id=hit["record_id"],
                         question=question, state="asked", asked_at=now)
        audit(hub, conn, f"lab:{lab_id}", "federation.follow-up-asked", peer["name"],
                                request=request_id, hit=hit_ref)
    return {"request_id": request_id, "peer": peer["name"], "state": "asked"}


def receive_request(hub: Hub, peer: dict[str, Any], header: dict[str, Any], content: Any, actor: str) -> bytes:
    """Hub B: a follow-up from ``peer`` about a hit B answered it; kept, the owning laboratory told; the answer
    (an acknowledgement, sealed and signed) is kept under the request's id (a second copy gets the same)."""
    if not isinstance(content, dict) or not all(isinstance(content.get(k), str) for k in
                                                ("request_id", "search_id", "query_ref", "hit_ref", "question")) \
            or content["request_id"] != header["message_id"]:
        raise HubError("the follow-up is not of the form LabNet gives it", code="federation-message-invalid")
    fed = store(hub)
    hit = fed.hit("answered", content["hit_ref"], content["query_ref"])
    if hit is None or hit["peer"] != peer["name"] or hit["search_id"] != content["search_id"]:
        raise NotFound("this network answered no such hit to you", code="federation-hit-unknown")
    now = utc_stamp(hub.store.clock())
    identity = PublicIdentity.from_json(peer["identity"])
    ack = seal(hub.identity, identity.keys, identity.identity_id, kind="follow-up-answer",
               message_id=content["request_id"], created_at=now,
               content={"request_id": content["request_id"], "state": "asked", "released": None, "note": ""})
    try:
        _keep_request(hub, peer, content, hit, identity, ack, now, actor)
    except Raced:   # a copy of this request taken meanwhile: its acknowledgement, the laboratory told once
        return bytes((fed.answered(content["request_id"]) or {})["answer"])
    return ack


def _keep_request(hub: Hub, peer: dict[str, Any], content: dict[str, Any], hit: dict[str, Any],
                  identity: PublicIdentity, ack: bytes, now: str, actor: str) -> None:
    fed = store(hub)
    with hub.store.transaction() as conn:
        fed.keep_answer(conn, content["request_id"], peer["name"], "follow-up", now, ack)
        fed.add_followup(conn, request_id=content["request_id"], side="answered", peer=peer["name"],
                         search_id=hit["search_id"], query_ref=hit["query_ref"], hit_ref=hit["hit_ref"],
                         lab_id=hit["lab_id"], record_id=hit["record_id"], question=content["question"],
                         state="asked", asked_at=now)
        fed.touch_peer(conn, peer["name"], now)
        publish_in(conn, hub, to=hit["lab_id"], kind="federation-follow-up", content={
            "request_id": content["request_id"], "peer": peer["name"], "peer_hub": identity.name,
            "peer_country": identity.country, "record_id": hit["record_id"], "hit_ref": hit["hit_ref"],
            "score": hit["score"], "likelihood_ratio": hit["likelihood_ratio"], "question": content["question"]})
        audit(hub, conn, actor, "federation.follow-up-received", peer["name"],
                                request=content["request_id"], lab_id=hit["lab_id"])


def decide(hub: Hub, lab_id: str, request_id: str, approve: bool, release: list[str], note: str) -> dict[str, Any]:
    """Hub B, for the owning laboratory: approve (releasing the named fields of its record, as the network holds
    it) or decline; the decision is queued for the asking hub."""
    fed = store(hub)
    request = fed.followup(request_id)
    if request is None or request["side"] != "answered" or request["lab_id"] != lab_id:
        raise NotFound("no follow-up to this laboratory has that id", code="federation-follow-up-unknown")
    released: dict[str, Any] | None = None
    if approve:
        held = hub.store.received.profile_records([(lab_id, request["record_id"])])
        record = json.loads(held.get((lab_id, request["record_id"]), "{}"))
        missing = [f for f in release if f not in record]
        if missing:
            raise HubError("the network holds no " + ", ".join(missing) + " of this record")
        released = {f: record[f] for f in release}
    peer = fed.peer(request["peer"])
    if peer is None or peer["revoked_at"]:
        raise Forbidden(f"peer “{request['peer']}” is revoked", code="peer-revoked")
    state = "approved" if approve else "declined"
    now = utc_stamp(hub.store.clock())
    identity = PublicIdentity.from_json(peer["identity"])
    message_id = f"d-{request_id}"
    document = seal(hub.identity, identity.keys, identity.identity_id, kind="follow-up-answer", message_id=message_id,
                    created_at=now, content={"request_id": request_id, "state": state, "released": released,
                                             "note": note})
    with hub.store.transaction() as conn:
        if not fed.decide_followup(conn, request_id, state, released, note, now):
            raise Conflict("this follow-up was decided already", code="federation-follow-up-decided")
        fed.queue(conn, message_id, peer["name"], "follow-up-answer", now, document)
        audit(hub, conn, f"lab:{lab_id}", f"federation.follow-up-{state}", peer["name"],
                                request=request_id, released=sorted(released or {}))
    return {"request_id": request_id, "state": state, "released": released}


def apply_decision(hub: Hub, peer: dict[str, Any], header: dict[str, Any], content: Any, actor: str) -> dict[str, Any]:
    """Hub A: the owner's decision (or B's acknowledgement that the request arrived), applied once."""
    if not isinstance(content, dict) or not isinstance(content.get("request_id"), str) \
            or content.get("state") not in ("asked", "approved", "declined") \
            or not (content.get("released") is None or isinstance(content["released"], dict)):
        raise HubError("the follow-up's answer is not of the form LabNet gives it", code="federation-message-invalid")
    fed = store(hub)
    request = fed.followup(content["request_id"])
    if request is None or request["side"] != "asked" or request["peer"] != peer["name"]:
        raise NotFound("no follow-up of ours to that peer has this id", code="federation-follow-up-unknown")
    now = utc_stamp(hub.store.clock())
    with hub.store.transaction() as conn:
        if content["state"] == "asked":   # B has it: our request is delivered
            fed.mark_answered(conn, content["request_id"], now)
            fed.touch_peer(conn, peer["name"], now)
            return {"request_id": content["request_id"], "state": "asked"}
        if not fed.decide_followup(conn, content["request_id"], content["state"], content["released"],
                                   str(content.get("note") or ""), now):
            return {"request_id": content["request_id"], "state": request["state"], "already": True}
        fed.touch_peer(conn, peer["name"], now)
        publish_in(conn, hub, to=request["lab_id"], kind="federation-follow-up-answer", content={
            "request_id": content["request_id"], "peer": peer["name"], "record_id": request["record_id"],
            "hit_ref": request["hit_ref"], "state": content["state"], "released": content["released"],
            "note": str(content.get("note") or "")})
        audit(hub, conn, actor, f"federation.follow-up-{content['state']}-received", peer["name"],
                                request=content["request_id"], lab_id=request["lab_id"])
    return {"request_id": content["request_id"], "state": content["state"]}


def mark_delivered(hub: Hub, message_id: str) -> None:
    """A decision the peer took (it answers with no content): delivered."""
    with hub.store.transaction() as conn:
        store(hub).mark_answered(conn, message_id, utc_stamp(hub.store.clock()))
