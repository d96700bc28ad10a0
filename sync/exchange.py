"""The laboratory's side of reference-sample exchange and sample submission (issue 21).

Every step is a signed message (``labnet.protocol.exchange``) sent in the laboratory's signed-in session, checked
first against the allowed steps as the hub last described the exchange, and written into the catalogue's audit
trail with what it changed here; the hub's refusal comes back as ``RefusedExchange`` with its problem code.

- ``offer_standard``: a reference standard made available: what leaves is what the sharing policy lets leave
  of it (by default substance, form, purity, the month of its dates, its quantity as a range; never its lot
  or storage location), with the amount the laboratory can spare; ``offer_profiling``: profiling of a drug type;
- ``request_standard`` / ``submit_sample``: a new exchange, which the hub routes to the laboratories offering it;
- ``step``: accept, decline, cancel, lost, refuse (a delivery), and ``dispatch`` / ``receive`` / ``report``
  with what they carry (``labnet.sync.exchange_apply``);
- ``refresh``: the exchanges as the hub describes them, with the other side's custody entries and, for a
  submitted sample, its profiling result made a record of the catalogue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labnet.catalogue import audit, vocab
from labnet.catalogue.custody import normalise_unit
from labnet.catalogue.errors import CatalogueError, Message, message_of
from labnet.catalogue.fields import parse_number
from labnet.catalogue.store import Catalogue, utc_now
from labnet.common import clock
from labnet.protocol.exchange import ExchangeError, make_message, next_state
from labnet.protocol.keys import Identity

from . import exchange_apply as apply
from . import exchange_store as store
from .client import HubClient, RefusedByHub, signed_in
from .transport import NetworkError


class RefusedExchange(RefusedByHub):
    """The hub (or this laboratory's own check of the allowed steps) refused; ``code`` is the problem code."""

    def __init__(self, message: Message, code: str | None):
        super().__init__(message)
        self.code = code


@dataclass
class Session:
    """A signed-in session with the laboratory's hub, for the exchange's messages."""

    identity: Identity
    client: HubClient
    hub_id: str

    @classmethod
    def open(cls, data_dir: Path, identity: Identity, client: HubClient | None = None) -> Session:
        _, client, hub = signed_in(data_dir, identity, client)
        return cls(identity, client, hub.identity_id)

    @property
    def lab_id(self) -> str:
        return self.identity.identity_id

    def get(self, path: str) -> Any:
        response = self.client.request("GET", path, auth=True)
        if response.status_code != 200:
            raise RefusedExchange(Message("the hub refused: {reason}", reason=self.client.refusal(response)),
                                  self.client.code(response))
        try:
            return response.json()
        except ValueError:
            raise NetworkError(Message("the hub's answer arrived incomplete; ask again")) from None

    def send(self, action: str, exchange_id: str | None, content: dict[str, Any]) -> dict[str, Any]:
        """Sign and send one message; the hub's answer (the exchange or offer as it is now)."""
        try:
            document = make_message(self.identity, hub_id=self.hub_id, created_at=clock.stamp(), action=action,
                                    exchange_id=exchange_id, content=content)
        except ExchangeError as exc:
            raise RefusedExchange(Message("{reason}", reason=message_of(exc)), exc.code) from None
        response = self.client.request("POST", "/v1/exchange/messages", auth=True, retry=False, data=document,
                                       headers={"Content-Type": "application/json"})
        if response.status_code != 200:
            raise RefusedExchange(Message("the hub refused the {action}: {reason}", action=action,
                                          reason=self.client.refusal(response)), self.client.code(response))
        try:
            answer = response.json()
        except ValueError:
            raise NetworkError(Message("the hub's answer arrived incomplete; look at the exchange again")) from None
        if not isinstance(answer, dict):
            raise NetworkError(Message("the hub's answer arrived incomplete; look at the exchange again"))
        return answer


def _audit(cat: Catalogue, action: str, detail: dict[str, Any], kind: str | None = None,
           record_id: str | None = None) -> None:
    """Inside the caller's transaction: one entry of the catalogue's audit trail."""
    audit.append(cat.conn, [audit.AuditEvent(utc_now(), cat.actor.username, f"exchange-{action}", kind, record_id,
                                             detail)])


def _ready(cat: Catalogue) -> None:
    cat.actor.require("edit_records")
    store.ensure(cat.conn, cat.path)


# -- offers -----------------------------------------------------------------------------------------------------
def _amount(amount: Any, unit: str | None) -> tuple[float | None, str | None]:
    if amount is None:
        return None, (normalise_unit(unit) if unit else None)
    try:
        value = parse_number(amount)
    except ValueError as exc:
        raise CatalogueError(Message("The amount: {reason}.", reason=message_of(exc))) from None
    if value <= 0:
        raise CatalogueError(Message("The amount must be more than zero."))
    if not unit:
        raise CatalogueError(Message("Give the amount's unit."))
    return value, normalise_unit(unit)


def offer_standard(cat: Catalogue, data_dir: Path, identity: Identity, inventory_code: str, *,
                   amount: Any = None, unit: str | None = None, session: Session | None = None) -> dict[str, Any]:
    """Offer the reference standard ``inventory_code`` to the network; the hub's offer."""
    _ready(cat)
    sample = apply.standard(cat, inventory_code)
    apply.check_usable(sample)
    value, unit = _amount(amount, unit)
    if value is not None:
        apply.check_enough(sample, value, unit or "")
    shared = apply.shared_record(data_dir, identity, sample)
    if shared is None:
        raise CatalogueError(Message("{code} does not leave the laboratory under its sharing policy: mark it "
                                     "shareable with the network (or change the policy) first.",
                                     code=inventory_code))
    session = session or Session.open(data_dir, identity)
    # The record's id, which the laboratory's bundles carry: the hub withdraws the offer when a bundle withdraws it.
    try:
        answer = session.send("offer", None, {"kind": "reference", "substance": sample["substance"],
                                              "amount": value, "unit": unit, "record": shared,
                                              "record_id": sample["id"]})
    except RefusedExchange as exc:
        if exc.code != "exchange-offer-withdrawn":
            raise
        # Withdrawn means withdrawn: the hub still holds the record as the last sync withdrew it.
        raise RefusedExchange(Message("The hub holds {code} withdrawn from the network (deleted, or no longer "
                                      "shared) as of this laboratory's last sync: it cannot be offered. Sync the "
                                      "standard shared again first, then offer it.", code=inventory_code),
                              exc.code) from None
    with cat.transaction():
        store.add_offer(cat.conn, {"offer_id": answer["offer"], "kind": "reference", "sample_id": sample["id"],
                                   "substance": sample["substance"], "amount": value, "unit": unit,
                                   "offered_at": answer["offered_at"]})
        _audit(cat, "offer", {"offer": answer["offer"], "amount": value, "unit": unit, "fields": sorted(shared)},
               "reference_sample", sample["id"])
    return answer


def offer_profiling(cat: Catalogue, data_dir: Path, identity: Identity, drug_type: str, *,
                    session: Session | None = None) -> dict[str, Any]:
    """Offer to profile seizure samples of ``drug_type`` for the network's laboratories."""
    _ready(cat)
    if drug_type not in vocab.DRUG_TYPES:
        raise CatalogueError(Message("“{drug}” is not a drug type LabNet knows; use one of: {known}.",
                                     drug=drug_type, known=", ".join(vocab.DRUG_TYPES)))
    session = session or Session.open(data_dir, identity)
    answer = session.send("offer", None, {"kind": "profiling", "substance": drug_type})
    with cat.transaction():
        store.add_offer(cat.conn, {"offer_id": answer["offer"], "kind": "profiling", "sample_id": None,
                                   "substance": drug_type, "amount": None, "unit": None,
                                   "offered_at": answer["offered_at"]})
        _audit(cat, "offer", {"offer": answer["offer"], "profiling": drug_type})
    return answer


def withdraw_offer(cat: Catalogue, data_dir: Path, identity: Identity, offer_id: str, *,
                   session: Session | None = None) -> None:
    _ready(cat)
    session = session or Session.open(data_dir, identity)
    session.send("withdraw", None, {"offer": offer_id})
    with cat.transaction():
        store.withdraw_offer(cat.conn, offer_id, utc_now())
        mine = store.offer(cat.conn, offer_id)
        _audit(cat, "withdraw", {"offer": offer_id}, "reference_sample" if mine and mine["sample_id"] else None,
               mine["sample_id"] if mine else None)


def offers_withdrawn_at_hub(cat: Catalogue, session: Session) -> int:
    """This laboratory's offers that are open here but no longer at the hub (the hub withdrew them with their
    record: a bundle withdrew the standard, or the sharing policy no longer lets it leave) marked withdrawn here
    too, each with an entry of the audit trail; how many.  Once: an offer withdrawn here is not looked at again."""
    store.ensure(cat.conn, cat.path)
    mine = [o for o in store.offers(cat.conn) if o["withdrawn_at"] is None]
    if not mine:
        return 0
    open_at_hub = {o["offer"] for o in session.get("/v1/exchange/offers") if o.get("lab") == session.lab_id}
    gone = [o for o in mine if o["offer_id"] not in open_at_hub]
    with cat.transaction():
        for o in gone:
            store.withdraw_offer(cat.conn, o["offer_id"], utc_now())
            _audit(cat, "withdraw", {"offer": o["offer_id"], "by": "hub", "reason": "record-withdrawn"},
                   "reference_sample" if o["sample_id"] else None, o["sample_id"])
    return len(gone)


def network_offers(data_dir: Path, identity: Identity, *, session: Session | None = None) -> list[dict[str, Any]]:
    """The network's open offers (this laboratory's among them)."""
    session = session or Session.open(data_dir, identity)
    return list(session.get("/v1/exchange/offers"))


def my_offers(cat: Catalogue) -> list[dict[str, Any]]:
    store.ensure(cat.conn, cat.path)
    return store.offers(cat.conn)


# -- requests -----------------------------------------------------------------------------------------------------
def _date(text: str | None, what: str) -> str | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise CatalogueError(Message("{what}: “{text}” is not a date (YYYY-MM-DD).", what=what, text=text)) from None


def request_standard(cat: Catalogue, data_dir: Path, identity: Identity, substance: str, *, amount: Any = None,
                     unit: str | None = None, purpose: str | None = None, needed_by: str | None = None,
                     session: Session | None = None) -> dict[str, Any]:
    """Ask the network for a reference standard; the new exchange (routed to the laboratories offering it)."""
    _ready(cat)
    if not substance.strip():
        raise CatalogueError(Message("Name the substance asked for."))
    value, unit = _amount(amount, unit)
    content = {"kind": "reference", "substance": substance.strip(), "amount": value, "unit": unit,
               "purpose": purpose or None, "needed_by": _date(needed_by, "Needed by")}
    session = session or Session.open(data_dir, identity)
    answer = session.send("request", None, {k: v for k, v in content.items() if v is not None})
    with cat.transaction():
        store.put_exchange(cat.conn, answer)
        _audit(cat, "request", {"exchange": answer["exchange"], **{k: v for k, v in content.items() if v}})
    return answer


def submit_sample(cat: Catalogue, data_dir: Path, identity: Identity, sample_number: str, *,
                  drug_type: str | None = None, to: str | None = None, purpose: str | None = None,
                  needed_by: str | None = None, session: Session | None = None) -> dict[str, Any]:
    """Ask a laboratory that offers profiling to profile the seizure sample ``sample_number``: the sample
    number stays here (the result will be recorded under it), the drug type and form leave."""
    _ready(cat)
    if not sample_number.strip():
        raise CatalogueError(Message("Give the sample's number in this laboratory."))
    known = cat.find("profiling_result", {"lab_sample_number": sample_number.strip()})
    drug = drug_type or (known or {}).get("drug_type")
    if drug not in vocab.DRUG_TYPES:
        raise CatalogueError(Message("Give the sample's drug type (one of: {known}).",
                                     known=", ".join(vocab.DRUG_TYPES)))
    sample = {"form": known["form"]} if known and known.get("form") else None
    content = {"kind": "profiling", "substance": drug, "sample": sample, "to": to or None,
               "purpose": purpose or None, "needed_by": _date(needed_by, "Needed by")}
    session = session or Session.open(data_dir, identity)
    answer = session.send("request", None, {k: v for k, v in content.items() if v is not None})
    with cat.transaction():
        store.put_exchange(cat.conn, answer)
        store.set_local(cat.conn, answer["exchange"], local={"sample_number": sample_number.strip()},
                        record_id=known["id"] if known else None)
        _audit(cat, "request", {"exchange": answer["exchange"], "profiling": drug, "sample_number":
                                sample_number.strip()}, "profiling_result" if known else None,
               known["id"] if known else None)
    return answer


# -- steps ------------------------------------------------------------------------------------------------------
def _custody(cat: Catalogue, by: str | None, condition: str | None, courier: str | None) -> dict[str, Any]:
    entry = {"by": (by or cat.actor.username).strip(), "at": clock.stamp(), "condition": condition or None,
             "courier_reference": courier or None}
    return {k: v for k, v in entry.items() if v is not None}


def step(cat: Catalogue, data_dir: Path, identity: Identity, exchange_id: str, action: str, *,
         note: str | None = None, by: str | None = None, condition: str | None = None,
         courier_reference: str | None = None, sample: str | None = None, amount: Any = None,
         unit: str | None = None, inventory_code: str | None = None, profile: str | None = None,
         session: Session | None = None) -> dict[str, Any]:
    """Take one step of an exchange (``labnet.protocol.exchange.TRANSITIONS``); the exchange as it is now.

    dispatch of a standard: ``sample`` (its inventory code here), ``amount``/``unit`` (by default what was asked);
    receive of a standard: ``inventory_code`` of the standard it becomes here; report: ``profile``, the sample
    number of the profiling result here whose analysis goes back."""
    _ready(cat)
    session = session or Session.open(data_dir, identity)
    seen = session.get(f"/v1/exchange/{exchange_id}")
    others = 0 if action != "decline" else 1   # the hub counts the others: here only whether the step is allowed
    try:
        next_state(seen["kind"], seen["state"], action, seen.get("role"), others_left=others)
    except ExchangeError as exc:
        raise RefusedExchange(Message("{reason}", reason=message_of(exc)), exc.code) from None
    content: dict[str, Any] = {"note": note} if note and action in ("accept", "decline", "cancel") else {}
    prepared: Any = None
    if action in ("dispatch", "receive", "refuse", "lost"):
        content["custody"] = _custody(cat, by, condition, courier_reference)
    if action == "dispatch" and seen["kind"] == "reference":
        if amount is not None:
            amount, unit = _amount(amount, unit)
        prepared = apply.prepare_dispatch(cat, data_dir, identity, seen, sample, amount, unit)
        content.update(prepared.content)
    if action == "receive" and seen["kind"] == "reference":
        prepared = apply.shipment(seen)
        apply.receivable(cat, exchange_id, prepared, inventory_code)   # before the hub hears of the receipt
    if action == "report":
        prepared = apply.prepare_report(cat, profile)
        content["result"] = prepared["result"]
    answer = session.send(action, exchange_id, content)
    detail = session.get(f"/v1/exchange/{exchange_id}")   # with the other side's custody entries
    with cat.transaction():
        here = store.exchange(cat.conn, exchange_id)
        store.put_exchange(cat.conn, answer)
        record_kind, record_id = None, None
        if action == "dispatch" and seen["kind"] == "reference":
            record_kind, record_id = "reference_sample", apply.dispatched(cat, exchange_id, prepared)
        elif action == "receive" and seen["kind"] == "reference":
            record_kind, record_id = "reference_sample", apply.received(cat, answer, prepared, inventory_code,
                                                                         content["custody"])
        elif action == "report":
            record_kind, record_id = "profiling_result", prepared["id"]
        if "custody" in content:
            store.add_custody(cat.conn, exchange_id, int(answer["step"]), action, session.lab_id, content["custody"])
        _audit(cat, action, {"exchange": exchange_id, "state": answer["state"],
                             **{k: v for k, v in content.items() if k not in ("record", "certificate", "result")}},
               record_kind, record_id)
        _learn(cat, detail, {**here, "state": answer["state"]} if here else None)
    return answer


# -- what the hub says -------------------------------------------------------------------------------------------
def exchanges(cat: Catalogue) -> list[dict[str, Any]]:
    """The exchanges as last refreshed, newest first, each with its custody entries."""
    store.ensure(cat.conn, cat.path)
    out = store.exchanges(cat.conn)
    entries = store.custody(cat.conn)
    for ex in out:
        ex["custody"] = [e for e in entries if e["exchange_id"] == ex["exchange_id"]]
    return out


def refresh(cat: Catalogue, data_dir: Path, identity: Identity, *, session: Session | None = None) -> int:
    """Bring the exchanges up to what the hub says: their states, the other side's custody entries, and a
    submitted sample's profiling result into the catalogue, and this laboratory's offers the hub withdrew with
    their record; returns how many exchanges and offers changed."""
    _ready(cat)
    session = session or Session.open(data_dir, identity)
    changed = offers_withdrawn_at_hub(cat, session)
    for seen in session.get("/v1/exchange"):
        here = store.exchange(cat.conn, seen["exchange"])
        if here is not None and here["hub_updated_at"] == seen["updated_at"] and here["state"] == seen["state"]:
            continue
        detail = session.get(f"/v1/exchange/{seen['exchange']}")
        with cat.transaction():
            _learn(cat, detail, here)
        changed += 1
    return changed


def _learn(cat: Catalogue, detail: dict[str, Any], here: dict[str, Any] | None) -> None:
    """Inside a transaction: the exchange as the hub describes it with its steps: the custody entries not yet
    here, the change of state, a submitted sample's result; each in the audit trail."""
    store.put_exchange(cat.conn, detail)
    for s in detail.get("steps", []):
        entry = (s.get("content") or {}).get("custody")
        if entry and store.add_custody(cat.conn, detail["exchange"], s["step"], s["action"], s["lab"], entry):
            _audit(cat, "custody", {"exchange": detail["exchange"], "step": s["step"], "action": s["action"],
                                    "lab": s["lab"], **entry})
    if here is not None and here["state"] != detail["state"]:
        _audit(cat, "state", {"exchange": detail["exchange"], "state": detail["state"], "before": here["state"]})
    elif here is None:
        _audit(cat, "state", {"exchange": detail["exchange"], "state": detail["state"], "before": None})
    if detail["state"] == "reported" and detail.get("role") == "requester":
        apply.result_arrived(cat, detail, store.exchange(cat.conn, detail["exchange"]))
    if detail["state"] == "received" and detail["kind"] == "reference" and detail.get("role") == "requester":
        apply.received_later(cat, detail, store.exchange(cat.conn, detail["exchange"]))

