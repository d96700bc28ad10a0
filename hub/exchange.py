"""Reference-sample exchanges and sample submissions at the hub (issue 21).

A laboratory's signed message (``labnet.protocol.exchange``) arrives in its session and is checked (form,
signature, that the session's laboratory signed it), then:

- ``offer`` / ``withdraw``: a reference standard (the fields its sharing policy lets leave) or profiling of a
  drug type made available to the network, or no longer; an offer of a standard whose record the hub holds
  withdrawn is refused (``exchange-offer-withdrawn``);
- ``request``: a new exchange, routed to every other active laboratory with an open offer of that kind and
  substance (or to the one named); each gets an ``exchange`` bulletin.  None: ``exchange-no-offer``;
- a step (accept, decline, dispatch, receive, refuse, lost, cancel, report): allowed or not by
  ``labnet.protocol.exchange.next_state`` from the exchange's state and the laboratory's part in it
  (``exchange-not-party``, ``exchange-transition-refused``); the state moves only from the state it was read
  in (two steps at once: the second is refused), the signed message is kept as the step, and the other
  parties get an ``exchange`` bulletin, all in one transaction.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from typing import Any

from labnet.common.messages import message_of
from labnet.protocol.exchange import (
    OFFERER,
    PROVIDER,
    REQUESTER,
    ExchangeError,
    ExchangeMessage,
    allowed_actions,
    next_state,
    verify_message,
)

from .bulletins import publish_in
from .db import Connection
from .errors import Conflict, HubError, NotFound
from .service import Hub
from .store_exchange import Exchange, ExchangeStore, Offer


def _id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8)}"


def receive(hub: Hub, store: ExchangeStore, lab_id: str, document: bytes) -> dict[str, Any]:
    """A signed message from the signed-in laboratory ``lab_id``; the hub's answer."""
    try:
        message = verify_message(document, hub.identity.identity_id,
                                 lambda lab, key: hub.store.signing_key_of_active_lab(key, lab))
    except ExchangeError as exc:
        raise HubError(str(message_of(exc)), code=exc.code) from None
    if message.lab_id != lab_id:
        raise HubError("the message is signed by another laboratory than the one signed in", code="wrong-uploader")
    if message.action == "offer":
        return _offer(hub, store, message, document)
    if message.action == "withdraw":
        return _withdraw(hub, store, message)
    if message.action == "request":
        return _request(hub, store, message, document)
    return _step(hub, store, message, document)


def _offer(hub: Hub, store: ExchangeStore, m: ExchangeMessage, document: bytes) -> dict[str, Any]:
    c = m.content
    offer = Offer(_id("offer"), m.lab_id, c["kind"], c["substance"].strip(), c.get("amount"), c.get("unit"),
                  c.get("record"), hub.store.now(), c.get("record_id"))
    with hub.store.transaction() as conn:
        # Withdrawn means withdrawn: no new offer of a standard whose record the hub holds withdrawn (a record it
        # never held — the laboratory offers before its first sync — is taken, and withdrawn by a later bundle).
        if offer.record_id is not None and hub.store.received.withdrawn_among(
                conn, offer.lab_id, "reference_sample", [offer.record_id]):
            raise Conflict(f"the hub holds the record {offer.record_id} withdrawn from the network (deleted, or no "
                           "longer shared): it cannot be offered", code="exchange-offer-withdrawn")
        store.add_offer(conn, offer)
    return describe_offer(hub, offer)


def _withdraw(hub: Hub, store: ExchangeStore, m: ExchangeMessage) -> dict[str, Any]:
    with hub.store.transaction() as conn:
        if not store.withdraw_offer(conn, m.content["offer"], m.lab_id, hub.store.now()):
            raise NotFound(f"this laboratory has no open offer {m.content['offer']}", code="exchange-unknown")
    return {"offer": m.content["offer"], "withdrawn": True}


def withdraw_with_records(hub: Hub, store: ExchangeStore, conn: Connection, lab_id: str, bundle_id: str,
                          at: str) -> list[str]:
    """Inside the transaction that applies a laboratory's bundle (``labnet.hub.ingest``): "withdrawn means
    withdrawn" — the laboratory's open offers of a standard whose record the hub now holds withdrawn (the bundle
    withdrew it, or its sharing narrowed so the record no longer leaves) are withdrawn with it, each with an entry
    of the hub's audit trail.  Exactly once: an offer withdrawn already, or a bundle applied again (a duplicate
    writes nothing), withdraws nothing.  The withdrawn offer ids."""
    offered = store.offered_records(conn, lab_id)
    if not offered:
        return []
    withdrawn: list[str] = []
    for record_id in sorted(hub.store.received.withdrawn_among(conn, lab_id, "reference_sample", sorted(offered))):
        for offer_id in offered[record_id]:
            if store.withdraw_offer(conn, offer_id, lab_id, at):
                hub.store.admins.record(conn, f"lab:{lab_id}", "exchange.offer-withdrawn", offer_id,
                                        {"record": record_id, "bundle": bundle_id})
                withdrawn.append(offer_id)
    return withdrawn


def _request(hub: Hub, store: ExchangeStore, m: ExchangeMessage, document: bytes) -> dict[str, Any]:
    c = m.content
    kind, substance = c["kind"], c["substance"].strip()
    labs = [lab for lab in dict.fromkeys(o.lab_id for o in store.offers(kind, substance))
            if lab != m.lab_id and (c.get("to") in (None, lab)) and _active(hub, lab)]
    if not labs:
        what = f"profiling of {substance}" if kind == "profiling" else substance
        raise NotFound(f"no other laboratory{' named ' + c['to'] if c.get('to') else ''} offers {what} to the "
                       "network", code="exchange-no-offer")
    now = hub.store.now()
    ex = Exchange(_id("ex"), kind, m.lab_id, None, "requested", substance, c.get("amount"), c.get("unit"),
                  c.get("purpose"), c.get("needed_by"), c.get("sample"), now, now)
    with hub.store.transaction() as conn:
        store.add_exchange(conn, ex, labs)
        store.add_step(conn, ex.exchange_id, "request", m.lab_id, now, ex.state, document)
        for lab in labs:
            publish_in(conn, hub, to=lab, kind="exchange", content=_news(hub, ex, "request", m.lab_id))
    return describe(hub, store, ex, m.lab_id)


def _active(hub: Hub, lab_id: str) -> bool:
    try:
        return hub.store.lab(lab_id).active
    except HubError:
        return False


def role_of(ex: Exchange, routes: dict[str, str | None], lab_id: str) -> str | None:
    """The laboratory's part in the exchange now: requester, provider, an offering laboratory it was routed to
    (while nobody has accepted and it has not declined), or none."""
    if lab_id == ex.requester:
        return REQUESTER
    if ex.provider is not None:
        return PROVIDER if lab_id == ex.provider else None
    if lab_id in routes and routes[lab_id] is None:
        return OFFERER
    return None


def _party(ex: Exchange, routes: dict[str, str | None], lab_id: str) -> bool:
    return lab_id in (ex.requester, ex.provider) or lab_id in routes


def _step(hub: Hub, store: ExchangeStore, m: ExchangeMessage, document: bytes) -> dict[str, Any]:
    assert m.exchange_id is not None   # verify_message: a step names its exchange
    ex = _exchange(store, m.exchange_id)
    routes = store.routes(ex.exchange_id)
    role = role_of(ex, routes, m.lab_id)
    others = sum(1 for lab, declined in routes.items() if declined is None and lab != m.lab_id)
    try:
        target = next_state(ex.kind, ex.state, m.action, role, others_left=others)
    except ExchangeError as exc:
        raise HubError(str(message_of(exc)), code=exc.code) from None
    now = hub.store.now()
    with hub.store.transaction() as conn:
        if m.action == "decline":
            store.decline(conn, ex.exchange_id, m.lab_id, now)
        if target != ex.state and not store.move(conn, ex.exchange_id, ex.state, target, now,
                                                 provider=m.lab_id if m.action == "accept" else None):
            raise Conflict(f"exchange {ex.exchange_id} moved meanwhile; look at it again",
                           code="exchange-transition-refused")
        number = store.add_step(conn, ex.exchange_id, m.action, m.lab_id, now, target, document)
        moved = replace(ex, state=target, updated_at=now,
                        provider=m.lab_id if m.action == "accept" else ex.provider)
        # who hears of it: the requester and the provider, and while nobody had accepted, the offering
        # laboratories still considering it (an acceptance or a cancellation closes it for them)
        told = {ex.requester, moved.provider} | ({lab for lab, d in routes.items() if d is None}
                                                  if ex.state == "requested" and target != "requested" else set())
        for lab in sorted(x for x in told if x and x != m.lab_id):
            publish_in(conn, hub, to=lab, kind="exchange", content=_news(hub, moved, m.action, m.lab_id))
    return {**describe(hub, store, _exchange(store, ex.exchange_id), m.lab_id), "step": number}


def _exchange(store: ExchangeStore, exchange_id: str) -> Exchange:
    ex = store.exchange(exchange_id)
    if ex is None:
        raise NotFound(f"there is no exchange {exchange_id}", code="exchange-unknown")
    return ex


def _name(hub: Hub, lab_id: str | None) -> str | None:
    if lab_id is None:
        return None
    try:
        return hub.store.lab(lab_id).name
    except HubError:
        return None


def _news(hub: Hub, ex: Exchange, action: str, by: str) -> dict[str, Any]:
    """An ``exchange`` bulletin's content: what happened, to which exchange, its state now."""
    return {"exchange": ex.exchange_id, "kind": ex.kind, "action": action, "by": by, "by_name": _name(hub, by),
            "state": ex.state, "substance": ex.substance, "amount": ex.amount, "unit": ex.unit,
            "purpose": ex.purpose, "needed_by": ex.needed_by}


def describe_offer(hub: Hub, o: Offer) -> dict[str, Any]:
    return {"offer": o.offer_id, "lab": o.lab_id, "lab_name": _name(hub, o.lab_id), "kind": o.kind,
            "substance": o.substance, "amount": o.amount, "unit": o.unit, "record": o.record,
            "offered_at": o.offered_at}


def offers(hub: Hub, store: ExchangeStore) -> list[dict[str, Any]]:
    """Every open offer of an active laboratory."""
    return [describe_offer(hub, o) for o in store.offers() if _active(hub, o.lab_id)]


def describe(hub: Hub, store: ExchangeStore, ex: Exchange, lab_id: str, *, steps: bool = False) -> dict[str, Any]:
    """The exchange as ``lab_id`` sees it: its part and the steps it may take; with ``steps``, what each step
    said (its content only for the requester and the provider: custody and records are theirs)."""
    routes = store.routes(ex.exchange_id)
    role = role_of(ex, routes, lab_id)
    out: dict[str, Any] = {
        "exchange": ex.exchange_id, "kind": ex.kind, "state": ex.state, "requester": ex.requester,
        "requester_name": _name(hub, ex.requester), "provider": ex.provider, "provider_name": _name(hub, ex.provider),
        "substance": ex.substance, "amount": ex.amount, "unit": ex.unit, "purpose": ex.purpose,
        "needed_by": ex.needed_by, "sample": ex.sample, "created_at": ex.created_at, "updated_at": ex.updated_at,
        "role": role, "allowed": allowed_actions(ex.kind, ex.state, role)}
    if steps:
        inner = lab_id in (ex.requester, ex.provider)
        out["steps"] = [{"step": s.step, "action": s.action, "lab": s.lab_id, "at": s.at, "state": s.state,
                         **({"content": json.loads(s.document)["message"]["content"]} if inner else {})}
                        for s in store.steps(ex.exchange_id)]
    return out


def exchanges(hub: Hub, store: ExchangeStore, lab_id: str) -> list[dict[str, Any]]:
    return [describe(hub, store, ex, lab_id) for ex in store.exchanges_of(lab_id)]


def exchange(hub: Hub, store: ExchangeStore, lab_id: str, exchange_id: str) -> dict[str, Any]:
    """One exchange with its steps, for a laboratory party to it (``exchange-not-party`` otherwise)."""
    ex = _exchange(store, exchange_id)
    if not _party(ex, store.routes(exchange_id), lab_id):
        raise HubError(f"this laboratory is not party to exchange {exchange_id}", code="exchange-not-party")
    return describe(hub, store, ex, lab_id, steps=True)

