"""What an exchange's steps carry out of the catalogue and into it (``labnet.sync.exchange`` sends them).

- out: a standard's shared record (what the sharing policy lets leave of it, the same transformation as a
  bundle's), its certificate when the policy shares the certificate, the amount dispatched (withdrawn from the
  stock, in the usage log, when the hub has recorded the dispatch); a profiling result's analysis (composition,
  chemical profile, tablet, method; never the analyst, the case number, the place or the sample's number);
- in: on receipt, a new reference standard (quarantined, until released as any new standard) made from the
  sender's shared record, with the certificate attached; on a report, the profiling result recorded under the
  sample number submitted, naming the performing laboratory.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labnet.catalogue import attachments, custody
from labnet.catalogue.errors import CatalogueError, Message, message_of
from labnet.catalogue.records import REFERENCE_SAMPLE
from labnet.catalogue.store import Catalogue, Record
from labnet.protocol.exchange import MAX_CERTIFICATE_BYTES
from labnet.protocol.keys import Identity

from . import exchange_store as store
from .policy import load_policy

# The fields of a shared standard that become the received standard's own (when they left as they are: a
# pseudonymised code or a generalised date or quantity says nothing exact); the rest is this laboratory's.
RECEIVED_FIELDS = ("substance", "cas_number", "salt_form", "schedule", "provider", "purity", "purity_uncertainty",
                   "purity_unit", "storage_conditions")
# A profiling result's analysis, what goes back to the laboratory that submitted the sample.
RESULT_FIELDS = ("drug_type", "form", "main_substance", "purity", "adulterants", "diluents", "peaks", "method",
                 "instrument", "internal_standard", "logo", "colour", "diameter_mm", "thickness_mm", "weight_mg",
                 "score_line", "shape", "packaging", "analysed_on")


def standard(cat: Catalogue, inventory_code: str | None) -> Record:
    if not inventory_code:
        raise CatalogueError(Message("Give the inventory code of the reference standard."))
    found = cat.find("reference_sample", {"inventory_code": inventory_code})
    if found is None:
        raise CatalogueError(Message("There is no reference standard {code} in the catalogue.", code=inventory_code))
    return found


def check_usable(sample: Record) -> None:
    if sample["status"] not in REFERENCE_SAMPLE.shelf_statuses:
        raise CatalogueError(Message("{code} is not on the shelf (its status is {status}); only a standard "
                                     "quarantined or in use can leave.", code=sample["inventory_code"],
                                     status=sample["status"]))
    if sample.get("expiry_on") and sample["expiry_on"] < dt.date.today().isoformat():
        raise CatalogueError(Message("{code} expired on {date}; it cannot be offered or sent.",
                                     code=sample["inventory_code"], date=sample["expiry_on"]))


def check_enough(sample: Record, amount: float, unit: str) -> float:
    """``amount`` in the standard's unit; refused when more than remains."""
    if sample.get("remaining_quantity") is None or not sample.get("unit"):
        raise CatalogueError(Message("{code} has no remaining quantity recorded; enter the stock first.",
                                     code=sample["inventory_code"]))
    in_unit = custody.convert(amount, unit, sample["unit"])
    if in_unit > sample["remaining_quantity"] * (1 + 1e-9):
        raise CatalogueError(Message("Only {left:g} {unit} of {code} remain; {amount:g} {amount_unit} cannot "
                                     "leave.", left=sample["remaining_quantity"], unit=sample["unit"],
                                     code=sample["inventory_code"], amount=amount, amount_unit=unit))
    return in_unit


def shared_record(data_dir: Path, identity: Identity, sample: Record) -> dict[str, Any] | None:
    """What the sharing policy lets leave of the standard (None when it does not leave at all)."""
    policy = load_policy(data_dir)
    return policy.transformer("reference_sample", identity.pseudonym_secret)(sample)


@dataclass(frozen=True)
class Dispatch:
    sample_id: str
    amount: float
    unit: str
    content: dict[str, Any]


def prepare_dispatch(cat: Catalogue, data_dir: Path, identity: Identity, seen: dict[str, Any],
                     inventory_code: str | None, amount: Any, unit: str | None) -> Dispatch:
    """The standard to send, checked (on the shelf, not expired, enough of it), and what leaves with it."""
    sample = standard(cat, inventory_code)
    check_usable(sample)
    if sample["substance"].casefold() != str(seen["substance"]).casefold():
        raise CatalogueError(Message("{code} is {substance}; the exchange asks for {asked}.",
                                     code=sample["inventory_code"], substance=sample["substance"],
                                     asked=seen["substance"]))
    if amount is None:
        amount, unit = (seen["amount"], seen["unit"]) if seen.get("amount") else (sample["remaining_quantity"],
                                                                                 sample["unit"])
    if amount is None or not unit:
        raise CatalogueError(Message("Give the amount sent and its unit."))
    value, unit = float(amount), custody.normalise_unit(unit)   # a given amount was read by the caller
    check_enough(sample, value, unit)
    shared = shared_record(data_dir, identity, sample)
    if shared is None:
        raise CatalogueError(Message("{code} does not leave the laboratory under its sharing policy: mark it "
                                     "shareable with the network (or change the policy) first.",
                                     code=sample["inventory_code"]))
    content: dict[str, Any] = {"amount": value, "unit": unit, "record": shared}
    if shared.get("certificate"):   # the policy shares the certificate: the file goes with the standard
        path = attachments.open_attachment(cat, shared["certificate"])
        if path.stat().st_size > MAX_CERTIFICATE_BYTES:
            raise CatalogueError(Message("The certificate of {code} is larger than {limit} kB, too large to go "
                                         "through the hub; send it with the standard.", code=sample["inventory_code"],
                                         limit=MAX_CERTIFICATE_BYTES // 1024))
        described = attachments.describe(cat, shared["certificate"]) or {}
        content["certificate"] = {"name": described.get("filename") or "certificate.pdf",
                                  "sha256": shared["certificate"],
                                  "data": base64.b64encode(path.read_bytes()).decode("ascii")}
    return Dispatch(sample["id"], value, unit, content)


def dispatched(cat: Catalogue, exchange_id: str, sent: Dispatch) -> str:
    """Inside the transaction that records the dispatch: the amount withdrawn from the stock (usage log)."""
    custody.withdraw(cat, sent.sample_id, sent.amount, sent.unit, purpose=f"dispatched in exchange {exchange_id}")
    store.set_local(cat.conn, exchange_id, sample_id=sent.sample_id)
    return sent.sample_id


def shipment(seen: dict[str, Any]) -> dict[str, Any]:
    """The dispatch step's content (the shared record, the amount, the certificate) of an exchange's detail."""
    for s in reversed(seen.get("steps", [])):
        if s["action"] == "dispatch" and isinstance(s.get("content"), dict):
            return s["content"]
    raise CatalogueError(Message("The hub's record of exchange {exchange} has no dispatch.",
                                 exchange=seen["exchange"]))


def receivable(cat: Catalogue, exchange_id: str, sent: dict[str, Any], inventory_code: str | None
               ) -> tuple[str, bytes | None]:
    """The inventory code the received standard gets here (free) and its certificate's bytes (the ones the
    sender's record names), checked before the receipt is sent to the hub; a ``CatalogueError`` otherwise."""
    code = inventory_code or f"EX-{exchange_id.split('-')[-1][:8].upper()}"
    if cat.find("reference_sample", {"inventory_code": code}) is not None:
        raise CatalogueError(Message("A reference standard {code} exists already; give the received one another "
                                     "inventory code.", code=code))
    certificate = sent.get("certificate")
    if not certificate:
        return code, None
    try:
        data = base64.b64decode(certificate["data"], validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if hashlib.sha256(data).hexdigest() != certificate["sha256"]:
        raise CatalogueError(Message("The certificate that came with exchange {exchange} is not the one the "
                                     "sender's record names; ask the sender.", exchange=exchange_id))
    return code, data


def received(cat: Catalogue, ex: dict[str, Any], sent: dict[str, Any], inventory_code: str | None,
             entry: dict[str, Any]) -> str:
    """Inside the transaction that records the receipt: the standard made a record of this catalogue, from the
    sender's shared record, quarantined, linked to the exchange; its certificate attached when it came."""
    code, certificate = receivable(cat, ex["exchange"], sent, inventory_code)
    shared = sent.get("record") or {}
    values: dict[str, Any] = {k: shared[k] for k in RECEIVED_FIELDS if shared.get(k) is not None}
    values["substance"] = values.get("substance") or ex["substance"]
    today = dt.date.today().isoformat()
    values.update(inventory_code=code, received_on=today, status="quarantined", quantity=sent.get("amount"),
                  remaining_quantity=sent.get("amount"), unit=sent.get("unit"), shareable=False,
                  notes=f"Received from {ex.get('provider_name') or ex.get('provider')} ({ex.get('provider')}) through "
                        f"the network, exchange {ex['exchange']}; condition on arrival: "
                        f"{entry.get('condition') or 'not stated'}"
                        + (f"; as shared, expiry {shared['expiry_on']}" if shared.get("expiry_on") else ""))
    made = cat.add("reference_sample", {k: v for k, v in values.items() if v is not None})
    if certificate is not None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / Path(sent["certificate"]["name"]).name
            path.write_bytes(certificate)
            attachments.attach_certificate(cat, "reference_sample", made["id"], path)
    store.set_local(cat.conn, ex["exchange"], sample_id=made["id"])
    return made["id"]


def received_later(cat: Catalogue, ex: dict[str, Any], here: dict[str, Any] | None) -> None:
    """Inside the refresh's transaction: a standard whose receipt the hub holds but that is not a record here
    yet (the program stopped between the two) made one now, under its default code; once."""
    if here is None or here.get("sample_id") or (here.get("local") or {}).get("problem"):
        return
    receipt = next((s for s in reversed(ex.get("steps", [])) if s["action"] == "receive"), None)
    entry = (receipt or {}).get("content", {}).get("custody") or {}
    try:
        received(cat, ex, shipment(ex), None, entry)
    except CatalogueError as exc:   # kept to show, not half-applied
        store.set_local(cat.conn, ex["exchange"], local={**(here.get("local") or {}), "problem": str(message_of(exc))})


def prepare_report(cat: Catalogue, sample_number: str | None) -> dict[str, Any]:
    """The analysis of the profiling result ``sample_number`` here, as it goes back to the requester."""
    if not sample_number:
        raise CatalogueError(Message("Give the sample number of the profiling result to report."))
    found = cat.find("profiling_result", {"lab_sample_number": sample_number})
    if found is None:
        raise CatalogueError(Message("There is no profiling result {number} in the catalogue.", number=sample_number))
    result = {k: found[k] for k in RESULT_FIELDS if found.get(k) not in (None, "", [], {})}
    return {"id": found["id"], "result": result}


def result_arrived(cat: Catalogue, ex: dict[str, Any], here: dict[str, Any] | None) -> None:
    """Inside the refresh's transaction: a reported result recorded under the sample number submitted (the
    record updated when it exists, made when not), naming the performing laboratory; once."""
    if here is None or (here["local"] or {}).get("result_recorded"):
        return
    number = (here["local"] or {}).get("sample_number")
    report = next((s.get("content") for s in reversed(ex.get("steps", [])) if s["action"] == "report"), None)
    if not number or not isinstance(report, dict):
        return
    result = {k: v for k, v in (report.get("result") or {}).items() if k in RESULT_FIELDS}
    named = (f"Profiled by {ex.get('provider_name') or ex.get('provider')} ({ex.get('provider')}) through the "
             f"network, exchange {ex['exchange']}")
    local = dict(here["local"])
    try:
        existing = cat.find("profiling_result", {"lab_sample_number": number})
        if existing is None:
            made = cat.add("profiling_result", {"lab_sample_number": number, **result, "notes": named})
        else:
            notes = f"{existing['notes']}\n{named}" if existing.get("notes") else named
            made = cat.update("profiling_result", existing["id"], {**result, "notes": notes})
    except CatalogueError as exc:   # e.g. a value this catalogue refuses: kept to show, not half-applied
        local.update(problem=str(message_of(exc)))
        store.set_local(cat.conn, ex["exchange"], local=local)
        return
    local.update(result_recorded=True, problem=None)
    store.set_local(cat.conn, ex["exchange"], record_id=made["id"], local=local)

