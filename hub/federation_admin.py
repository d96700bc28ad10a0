"""The hub console's federation routes (issue 20, "In the application"): an administrator reads the network's
cross-network hits and follow-ups, and reads, previews and changes each peer's federation policy.

- ``GET /v1/admin/federation/hits`` and ``GET /v1/admin/federation/followups`` (any administrator): every hit on
  both sides, every follow-up with its state;
- ``GET /v1/admin/peers/{name}/policy`` (any administrator): the policy's text (none: nothing leaves) and its
  preview;
- ``POST /v1/admin/peers/{name}/policy/preview`` (a network administrator, as it edits): the preview of a text not
  saved yet;
- ``PUT /v1/admin/peers/{name}/policy`` (a network administrator): the text saved as ``federation/NAME.toml``, once
  it reads as a policy (the same checks as ``labnet.hub.federation_policy.parse``), in the audit trail.

A preview says what a search to the peer sends (per method in common: whether the policy lets it be searched,
and how many profiles of how many laboratories would go, as method, references and values only) and what a hit
releases: the fields the policy lets answer a hit, applied to one profiling result the network holds of a
laboratory that allows its results beyond the network (or to none when there is none).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from labnet.protocol.keyfile import write_file_atomically

from . import admins, federation, federation_policy
from .errors import HubError, NotFound
from .federation_search import _method, network_profiles
from .service import Hub

_POLICY = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}}}}}


def _peer(hub: Hub, name: str) -> dict[str, Any]:
    peer = federation.store(hub).peer(federation_policy.check_name(name))
    if peer is None:
        raise NotFound(f"no peer is called “{name}”", code="peer-not-found")
    return peer


def preview(hub: Hub, name: str, policy: federation_policy.FederationPolicy) -> dict[str, Any]:
    """What a search to peer ``name`` sends under ``policy``, and what a hit releases to it."""
    peer = _peer(hub, name)
    methods, example_key = [], None
    for key in federation.common_methods(hub, peer):
        method = _method(hub, key)
        allowed = method is not None and policy.allows(key.label)
        profiles = labs = 0
        if allowed and method is not None:
            held = network_profiles(hub, method, key.fingerprint)
            profiles, labs = len(held.keys), len({lab for lab, _ in held.keys})
            example_key = example_key or (held.keys[-1] if held.keys else None)
        methods.append({"method": key.label, "searched": allowed, "profiles": profiles, "labs": labs})
    record: dict[str, Any] = {}
    if example_key is not None:
        record = json.loads(hub.store.received.profile_records([example_key]).get(example_key, "{}"))
    released = policy.releaser(hub.identity.pseudonym_secret, name)(record) if record else {}
    return {"methods": methods, "fields": dict(sorted(policy.fields.items())), "example": released,
            "example_held": bool(record)}


def field_choices() -> dict[str, list[str]]:
    """Each field of a profiling result and the treatments a policy may give it (as ``parse`` allows them)."""
    from labnet.protocol.rules import RECORD_TYPES
    from labnet.protocol.valueforms import PLACE_GENERALISATION

    kind = federation_policy.KIND
    out = {}
    for name in RECORD_TYPES[kind].field_names:
        allowed = set(RECORD_TYPES[kind].field(name).type.treatments) | (
            {"generalise"} if (kind, name) in PLACE_GENERALISATION else set())
        choices = [t for t in federation_policy.TREATMENTS if t in allowed or t == "drop"]
        if len(choices) > 1:   # a field that can only stay here is not offered
            out[name] = choices
    return out


def policy_text(hub: Hub, name: str) -> dict[str, Any]:
    """The saved text, what it reads as, each field's choices and the preview."""
    _peer(hub, name)
    path = federation_policy.policy_path(hub.folder, name)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    policy = federation_policy.parse(text, path) if text else federation_policy.NOTHING
    return {"peer": name, "text": text, "exists": path.exists(), "methods": list(policy.methods),
            "fields": dict(sorted(policy.fields.items())), "choices": field_choices(),
            "preview": preview(hub, name, policy)}


def save_policy(hub: Hub, name: str, text: str, actor: str) -> dict[str, Any]:
    _peer(hub, name)
    policy = federation_policy.parse(text, f"the policy for {name}")   # refused whole, the file untouched
    path = federation_policy.policy_path(hub.folder, name)
    path.parent.mkdir(exist_ok=True)
    write_file_atomically(path, text.encode("utf-8"))
    admins.record(hub.store, actor, "peer.policy", name, digest=federation_policy.digest(policy),
                  methods=list(policy.methods), fields=policy.fields)
    return policy_text(hub, name)


def _text(body: object) -> str:
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise HubError('a federation policy is sent as {"text": "…TOML…"}')
    return body["text"]


def install(app: FastAPI, hub: Hub, *, admin: Callable[[Request], str], read_json: Callable[..., Any]) -> None:
    @app.get("/v1/admin/federation/hits", tags=["administration"])
    async def all_hits(request: Request) -> dict:
        """Every cross-network hit, both sides: ``asked`` (our queries found in a peer's network) and
        ``answered`` (a peer's queries found our laboratories' profiles)."""
        await run_in_threadpool(admin, request)
        rows = await run_in_threadpool(federation.store(hub).hits)
        return {"hits": [{**{k: r[k] for k in ("side", "search_id", "query_ref", "hit_ref", "peer", "lab_id",
                                                "record_id", "method", "score", "likelihood_ratio", "found_at")},
                          "fields": json.loads(r["fields"])} for r in rows]}

    @app.get("/v1/admin/federation/followups", tags=["administration"])
    async def all_followups(request: Request) -> dict:
        """Every follow-up, asked by our laboratories or of them, with its state."""
        await run_in_threadpool(admin, request)
        rows = await run_in_threadpool(federation.store(hub).followups)
        return {"followups": [{**{k: r[k] for k in ("request_id", "side", "peer", "hit_ref", "lab_id", "record_id",
                                                     "question", "state", "note", "asked_at", "decided_at")},
                               "released": json.loads(r["released"]) if r["released"] else None} for r in rows]}

    @app.get("/v1/admin/peers/{name}/policy", tags=["administration"])
    async def get_policy(name: str, request: Request) -> dict:
        """The federation policy for peer ``name`` (no text: nothing leaves) and what it sends and releases."""
        await run_in_threadpool(admin, request)
        return await run_in_threadpool(policy_text, hub, name)

    @app.post("/v1/admin/peers/{name}/policy/preview", tags=["administration"], openapi_extra=_POLICY)
    async def preview_policy(name: str, request: Request) -> dict:
        """What a policy not saved yet would send in a search and release with a hit (refused if it does not
        read as a policy)."""
        await run_in_threadpool(admin, request)
        text = _text(await read_json(request))
        policy = federation_policy.parse(text, f"the policy for {name}") if text.strip() else federation_policy.NOTHING
        return await run_in_threadpool(preview, hub, name, policy)

    @app.put("/v1/admin/peers/{name}/policy", tags=["administration"], openapi_extra=_POLICY)
    async def put_policy(name: str, request: Request) -> dict:
        """Save the federation policy for peer ``name`` (a network administrator; in the audit trail)."""
        actor = await run_in_threadpool(admin, request)
        text = _text(await read_json(request))
        return await run_in_threadpool(save_policy, hub, name, text, actor)
