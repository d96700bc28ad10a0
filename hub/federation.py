"""Hub-to-hub federation, peering (issue 20): invitations, replies, the online code, pinned peers, revocation.

A peer is pinned by its identity document (checked, self-signed) under a name this hub gives it; its signing key
id is what every later message is checked against.  A hub already pinned that comes again with other keys is
accepted only if its pinned current key endorsed them (``labnet.protocol.keys.check_rotation``, as for a
laboratory).  A revoked peer is refused (``peer-revoked``) until it is peered again.

What a peering says and checks is ``labnet.protocol.federation``; the searches are ``labnet.hub.federation_search``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from typing import Any

import requests

from labnet.protocol.federation import (
    MethodKey,
    PeerCode,
    make_invite,
    make_reply,
    method_fingerprint,
    read_invite,
    read_reply,
)
from labnet.protocol.federation_seal import FederationError
from labnet.protocol.keys import PublicIdentity, check_rotation, utc_stamp

from . import admins, keylife
from . import store_federation as fed_store
from .errors import Conflict, Forbidden, HubError, NotFound, Unauthenticated
from .federation_policy import check_name
from .service import Hub

INVITE_HOURS = 14 * 24
TIMEOUT = 30   # seconds for a request to a peer


def store(hub: Hub) -> fed_store.FederationStore:
    return fed_store.of(hub.store)


def audit(hub: Hub, conn, actor: str, action: str, target: str, **detail: object) -> None:
    """One entry of the hub's audit trail, inside the transaction that did what it says."""
    hub.store.admins.record(conn, actor, action, target, detail)


def methods_held(hub: Hub) -> list[MethodKey]:
    """The harmonised methods this hub published, as peers compare them."""
    out = []
    for row in hub.store.links.methods_oldest_first():
        definition = json.loads(row["definition"])
        out.append(MethodKey(definition["name"], int(definition["method_version"]), method_fingerprint(definition)))
    return out


def common_methods(hub: Hub, peer: dict[str, Any]) -> list[MethodKey]:
    """The methods both hubs hold: same name, version and fingerprint (targets, statistics, metric, threshold)."""
    theirs = {(m["name"], m["method_version"], m["fingerprint"]) for m in json.loads(peer["methods"])}
    return [m for m in methods_held(hub) if (m.name, m.version, m.fingerprint) in theirs]


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(hub: Hub, name: str, actor: str) -> tuple[bytes, str, str]:
    """A one-time invitation for the peer to be called ``name``: the signed file, the peering code, its expiry."""
    check_name(name)
    token = secrets.token_urlsafe(24)
    now = hub.store.clock()
    expires = utc_stamp(now + dt.timedelta(hours=INVITE_HOURS))
    store(hub).add_invite(_token_digest(token), name, utc_stamp(now), expires)
    document = make_invite(hub.identity, url=hub.settings.public_url, token=token, name=name, expires_at=expires,
                           methods=methods_held(hub))
    admins.record(hub.store, actor, "peer.invite", name, expires_at=expires)
    return document, PeerCode(hub.settings.public_url, token, hub.key_id).text(), expires


def _pin(hub: Hub, conn, name: str, identity: PublicIdentity, url: str, methods: list[MethodKey], via: str) -> None:
    """Inside a transaction: pin ``identity`` as peer ``name`` (a known hub's new keys must be endorsed)."""
    if identity.role != "hub":
        raise HubError("the peer's identity is not a hub's", code="peer-invalid")
    if identity.identity_id == hub.identity.identity_id:
        raise HubError("a hub cannot peer with itself", code="peer-invalid")
    fed = store(hub)
    held = fed.peer_by_hub(identity.identity_id)
    if held is not None and held["name"] != name:
        raise Conflict(f"this hub is pinned already as peer “{held['name']}”", code="peer-exists")
    if held is not None:
        try:
            identity = check_rotation(PublicIdentity.from_json(held["identity"]), identity)
        except Exception as exc:   # noqa: BLE001 - an unendorsed key change is refused whatever its form
            raise Forbidden(getattr(exc, "user_message", str(exc)), code="peer-invalid") from None
    named = fed.peer(name)
    if named is not None and named["hub_id"] != identity.identity_id:
        raise Conflict(f"peer “{name}” is another hub already", code="peer-exists")
    fed.add_peer(conn, name=name, hub_id=identity.identity_id, signing_key_id=identity.signing_key_id, url=url,
                 identity=identity.to_json().decode(), methods=[m.to_json() for m in methods],
                 at=utc_stamp(hub.store.clock()), via=via)
    fed.set_announced(conn, name, own_state(hub))   # our keys and methods, as the invitation or reply told them


def own_state(hub: Hub) -> str:
    """A digest of what a peer knows of this hub: its signing key, its methods and the older keys it revoked (a
    change is announced: ``labnet-hub revoke-key`` is told to every peer at once, not at the next rotation).
    Without a revocation the digest is what it was before revocations counted, so nothing is announced again."""
    state: dict[str, Any] = {"key": hub.key_id, "methods": sorted(
        json.dumps(m.to_json(), sort_keys=True) for m in methods_held(hub))}
    revoked = sorted(e.signing_key_id for e in keylife.key_events(hub.store) if e.status == "revoked")
    if revoked:
        state["revoked"] = revoked
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()


def default_name(identity: PublicIdentity) -> str:
    """A peer's name when none is given: its hub's name, in the letters a name allows."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", identity.name).strip("-.")[:64] or "peer"


def accept(hub: Hub, data: bytes, actor: str, name: str | None = None) -> tuple[bytes, str]:
    """Hub B accepts A's invitation file: A is pinned (as ``name``); returns the reply for A and A's name here."""
    try:
        offer = read_invite(data)
    except FederationError as exc:
        raise HubError(exc.user_message, code="peer-invalid") from None
    if offer.expires_at < utc_stamp(hub.store.clock()):
        raise Unauthenticated("the invitation has expired; ask the other hub for a new one", code="peer-code-invalid")
    name = check_name(name or default_name(offer.hub))
    store(hub)   # its tables made (if need be) before the transaction: a migration cannot run inside one
    with hub.store.transaction() as conn:
        _pin(hub, conn, name, offer.hub, offer.url, list(offer.methods), "file")
    admins.record(hub.store, actor, "peer.accept", name, hub_id=offer.hub.identity_id,
                  key_id=offer.hub.signing_key_id)
    reply = make_reply(hub.identity, url=hub.settings.public_url, token=offer.token,
                       for_key_id=offer.hub.signing_key_id, methods=methods_held(hub))
    return reply, name


def register_reply(hub: Hub, data: bytes, actor: str, via: str) -> dict[str, Any]:
    """Hub A reads B's reply (from a file or posted online): checks it answers this hub's unused invitation and
    pins B under the invitation's name."""
    try:
        reply = read_reply(data)
    except FederationError as exc:
        raise HubError(exc.user_message, code="peer-invalid") from None
    if reply.for_key_id != hub.key_id:
        raise Unauthenticated("the reply answers another hub's invitation", code="peer-code-invalid")
    fed = store(hub)
    now = utc_stamp(hub.store.clock())
    with hub.store.transaction() as conn:
        held = fed.invite(conn, _token_digest(reply.token))
        if held is None:
            raise Unauthenticated("this hub never issued that invitation", code="peer-code-invalid")
        if held["used_at"] is not None:
            raise Unauthenticated("that invitation was used already; make a new one", code="peer-code-invalid")
        if held["expires_at"] < now:
            raise Unauthenticated("that invitation has expired; make a new one", code="peer-code-invalid")
        _pin(hub, conn, held["name"], reply.hub, reply.url, list(reply.methods), via)
        fed.use_invite(conn, _token_digest(reply.token), now)
    admins.record(hub.store, actor, "peer.import", held["name"], hub_id=reply.hub.identity_id,
                  key_id=reply.hub.signing_key_id, via=via)
    return {"name": held["name"], "hub_identity": json.loads(hub.identity.public.to_json()),
            "url": hub.settings.public_url, "methods": [m.to_json() for m in methods_held(hub)]}


def add_online(hub: Hub, code_text: str, actor: str, name: str | None = None) -> str:
    """Hub B peers with A from A's peering code: A's identity fetched and checked against the code, B's reply
    posted to A, A pinned. Returns A's name here."""
    try:
        code = PeerCode.parse(code_text)
    except FederationError as exc:
        raise HubError(exc.user_message, code="peer-code-invalid") from None
    base = code.hub_url.rstrip("/")
    try:
        identity = PublicIdentity.from_json(requests.get(f"{base}/v1/hub", timeout=TIMEOUT).content)
    except requests.RequestException as exc:
        raise HubError(f"the hub at {base} cannot be reached: {exc}", code="peer-unreachable") from None
    except Exception as exc:   # noqa: BLE001 - anything but a valid identity is refused
        raise HubError(f"the hub at {base} did not answer with a hub identity: {exc}", code="peer-invalid") from None
    if identity.signing_key_id != code.hub_key_id:
        raise Unauthenticated(f"the hub at {base} answers with key {identity.signing_key_id[:16]}…, not the key "
                              f"{code.hub_key_id[:16]}… the code names; nothing was pinned", code="peer-invalid")
    reply = make_reply(hub.identity, url=hub.settings.public_url, token=code.token, for_key_id=identity.signing_key_id,
                       methods=methods_held(hub))
    try:
        answer = requests.post(f"{base}/v1/federation/peers", data=reply, timeout=TIMEOUT,
                               headers={"Content-Type": "application/json"})
    except requests.RequestException as exc:
        raise HubError(f"the hub at {base} cannot be reached: {exc}", code="peer-unreachable") from None
    if answer.status_code != 200:
        raise HubError(f"the hub at {base} refused the peering: {problem_text(answer)}", code="peer-refused")
    body = answer.json()
    name = check_name(name or default_name(identity))
    methods = [MethodKey.from_json(m) for m in body.get("methods", [])]
    store(hub)   # its tables made (if need be) before the transaction
    with hub.store.transaction() as conn:
        _pin(hub, conn, name, identity, base, methods, "code")
    admins.record(hub.store, actor, "peer.add", name, hub_id=identity.identity_id, key_id=identity.signing_key_id)
    return name


def problem_text(response: requests.Response) -> str:
    try:
        body = response.json()
        return f"{body.get('code')}: {body.get('detail')}"
    except ValueError:
        return f"HTTP {response.status_code}"


def revoke(hub: Hub, name: str, reason: str, actor: str) -> None:
    if store(hub).peer(name) is None:
        raise NotFound(f"no peer is called “{name}”", code="peer-not-found")
    if not store(hub).revoke_peer(name, reason, utc_stamp(hub.store.clock())):
        raise Conflict(f"peer “{name}” is revoked already", code="peer-revoked")
    admins.record(hub.store, actor, "peer.revoke", name, reason=reason)


def peer_from(hub: Hub, hub_id: str) -> tuple[dict[str, Any], PublicIdentity]:
    """The pinned peer that ``hub_id`` is, refused when unknown or revoked."""
    peer = store(hub).peer_by_hub(hub_id)
    if peer is None:
        raise Unauthenticated("this hub is not a peer of ours", code="peer-unknown")
    if peer["revoked_at"] is not None:
        raise Forbidden(f"this hub's peering was revoked ({peer['revoked_reason'] or 'no reason given'})",
                        code="peer-revoked")
    from .federation_peer_keys import pinned  # that module reads the store through this one
    return peer, pinned(hub, peer)   # with its older keys still trusted (made before their rotation)


def describe(hub: Hub) -> list[dict[str, Any]]:
    """Every peer: state, last contact, methods in common, messages waiting to be delivered, and of those the
    last attempt, its error and when the delivery loop tries next."""
    fed = store(hub)
    waiting: dict[str, int] = {}
    tried: dict[str, dict[str, Any]] = {}
    for row in fed.waiting():
        waiting[row["peer"]] = waiting.get(row["peer"], 0) + 1
        last = tried.setdefault(row["peer"], {"last_attempt": None, "last_error": None, "next_attempt": None})
        if row["last_attempt"] and (last["last_attempt"] is None or row["last_attempt"] >= last["last_attempt"]):
            last.update(last_attempt=row["last_attempt"], last_error=row["last_error"])
        if row["next_attempt"] and (last["next_attempt"] is None or row["next_attempt"] < last["next_attempt"]):
            last["next_attempt"] = row["next_attempt"]
    none = {"last_attempt": None, "last_error": None, "next_attempt": None}
    return [{"name": p["name"], "hub_id": p["hub_id"], "key_id": p["signing_key_id"], "url": p["url"],
             "hub": PublicIdentity.from_json(p["identity"]).name, "added_at": p["added_at"], "via": p["via"],
             "state": "revoked" if p["revoked_at"] else "active", "revoked_reason": p["revoked_reason"],
             "last_contact": p["last_contact"], "common_methods": [m.label for m in common_methods(hub, p)],
             "waiting": waiting.get(p["name"], 0), **tried.get(p["name"], none)} for p in fed.peers()]
