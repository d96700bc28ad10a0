"""Receipts: the hub's signed answer to one bundle file.

A receipt file is canonical JSON ``{"receipt": {...}, "signature": "<base64>"}``
where the signature is Ed25519 by the hub's signing key over
``"LabNet receipt v1\\x00" || canonical(receipt)``.  The receipt names the
bundle (id, batch, part, payload digest), the laboratory and the hub key,
says whether the bundle was processed or rejected whole, and gives each
record's result — ``accepted``, ``duplicate`` (exactly that decision was
already held), ``outdated`` (a later decision about the record, by (version,
seq), was already held: this one changed nothing) or ``rejected``, with a
reason — and their counts.  ``outdated`` is counted only when there is one,
so receipts from before it read (and verify) as they always did.  Only a
receipt that verifies against the pinned hub identity may mark changes
delivered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message

from . import canonical
from .bundle import BundleHeader
from .errors import IdentityError, ReceiptError
from .keys import Identity, PublicIdentity, b64, unb64, utc_stamp

RECEIPT_FORMAT = "labnet-receipt"
RECEIPT_CONTEXT = b"LabNet receipt v1\x00"
RESULTS = ("accepted", "duplicate", "outdated", "rejected")
COUNTED = ("accepted", "duplicate", "rejected")   # always in counts; "outdated" only when there is one
MAX_RECEIPT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RecordResult:
    kind: str
    record_id: str
    version: int
    result: str  # accepted, duplicate, outdated, rejected
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"kind": self.kind, "id": self.record_id, "version": self.version, "result": self.result}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    batch_id: str
    part_index: int
    lab_id: str
    hub_id: str
    hub_key_id: str
    payload_sha256: str
    received_at: str
    status: str             # processed, rejected
    reason: str | None
    counts: dict[str, int]
    records: tuple[RecordResult, ...]
    raw: bytes = b""


def make_receipt(hub: Identity, header: BundleHeader, results: Iterable[RecordResult], *,
                 rejected_reason: str | None = None, received_at: str | None = None) -> bytes:
    """The signed receipt file for one bundle (hub side).

    With ``rejected_reason`` the bundle was refused whole (no record results).
    """
    records = sorted(results, key=lambda r: (r.kind, r.record_id))
    for r in records:
        if r.result not in RESULTS:
            raise ValueError(f"a record result must be one of {RESULTS}, not {r.result!r}")  # internal: a programming error
    if rejected_reason and records:
        raise ValueError("a bundle rejected whole has no per-record results")  # internal: a programming error
    counts = _counts(Counter(r.result for r in records))
    body = {"format": RECEIPT_FORMAT, "version": 1, "bundle_id": header.bundle_id, "batch_id": header.batch_id,
            "part_index": header.part_index, "lab_id": header.lab_id, "hub_id": hub.identity_id,
            "hub_key_id": hub.public.signing_key_id, "payload_sha256": header.payload_sha256,
            "received_at": received_at or utc_stamp(), "status": "rejected" if rejected_reason else "processed",
            "reason": rejected_reason, "counts": counts}
    # The canonical form of the body, its keys in order, with the records (18,000 for a large bundle) written
    # one by one around the rest: a third of the time of canonical.dumps on the whole, the same bytes.
    before = canonical.dumps({k: v for k, v in body.items() if k < "records"})
    after = canonical.dumps({k: v for k, v in body.items() if k > "records"})
    signed = before[:-1] + b',"records":' + _records_json(records) + b"," + after[1:]
    # The canonical form of {"receipt": body, "signature": …} (keys in order) around the bytes just signed:
    # the body is encoded once, not twice.
    return b'{"receipt":' + signed + b',"signature":' + canonical.dumps(b64(hub.sign(RECEIPT_CONTEXT + signed))) + b"}"


_TEXT = canonical._ENCODER.encode   # a str's canonical JSON (json's C string encoder, as canonical.dumps uses)


def _records_json(records: list[RecordResult]) -> bytes:
    """``canonical.dumps([r.to_json() for r in records])``, written directly: keys in order (id, kind, reason,
    result, version), the types that canonical form allows checked first (anything else goes the long way)."""
    if not all(type(r.kind) is str and type(r.record_id) is str and type(r.version) is int
               and -canonical.MAX_INTEGER <= r.version <= canonical.MAX_INTEGER
               and (r.reason is None or isinstance(r.reason, str)) for r in records):
        return canonical.dumps([r.to_json() for r in records])
    def one(r: RecordResult) -> str:
        reason = f'"reason":{_TEXT(r.reason)},' if r.reason else ""
        return f'{{"id":{_TEXT(r.record_id)},"kind":{_TEXT(r.kind)},{reason}"result":"{r.result}","version":{r.version}}}'

    try:
        return ("[" + ",".join([one(r) for r in records]) + "]").encode("utf-8")
    except UnicodeEncodeError:   # a lone surrogate: canonical.dumps says why
        return canonical.dumps([r.to_json() for r in records])


def verify_receipt(data: bytes, hub: PublicIdentity, lab_id: str | None = None) -> Receipt:
    """Check a receipt file against the pinned hub identity (and, if given, that it is for ``lab_id``)."""
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptError(Message("This file is {size:,} bytes, too large to be a LabNet receipt.", size=len(data)))
    try:
        doc = canonical.loads(data)
    except canonical.CanonicalError:
        doc = None
    body = doc.get("receipt") if isinstance(doc, dict) and set(doc) == {"receipt", "signature"} else None
    if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT or body.get("version") != 1:
        raise ReceiptError(Message("This file is not a LabNet receipt (or it is damaged); check that you chose the "
                                   "receipt the hub gave back."))
    try:
        signature = unb64(doc["signature"], "receipt signature")
    except IdentityError:
        raise ReceiptError(Message("The receipt's signature is not readable; the file is damaged.")) from None
    if body.get("hub_id") != hub.identity_id:
        raise ReceiptError(Message("This receipt comes from hub {sender}, not from the hub pinned here ({hub}); it "
                                   "was not applied.", sender=body.get("hub_id"), hub=hub.name))
    keys = hub.signing_key(str(body.get("hub_key_id")))
    if keys is None or not keys.verify(signature, RECEIPT_CONTEXT + canonical.dumps(body)):
        raise ReceiptError(Message("The receipt's signature is not the hub's: it was altered or forged. It was not "
                                   "applied, and nothing is marked delivered."))
    receipt = _receipt_from(body, data)
    if lab_id is not None and receipt.lab_id != lab_id:
        raise ReceiptError(Message("This receipt is for laboratory {lab}, not for this one; it was not applied.",
                                   lab=receipt.lab_id))
    return receipt


def already_held(counts: dict[str, int]) -> int:
    """Records the hub already had, that decision or a later one: ``duplicate`` plus ``outdated`` (what a
    laboratory is told is "already at the hub")."""
    return counts.get("duplicate", 0) + counts.get("outdated", 0)


def _counts(counted: Counter) -> dict[str, int]:
    counts = {k: counted.get(k, 0) for k in COUNTED}
    if counted.get("outdated"):
        counts["outdated"] = counted["outdated"]
    return counts


def _receipt_from(body: dict[str, Any], raw: bytes) -> Receipt:
    try:
        records = tuple(RecordResult(str(r["kind"]), str(r["id"]), int(r["version"]), str(r["result"]),
                                     r.get("reason")) for r in body["records"])
        receipt = Receipt(str(body["bundle_id"]), str(body["batch_id"]), int(body["part_index"]), str(body["lab_id"]),
                          str(body["hub_id"]), str(body["hub_key_id"]), str(body["payload_sha256"]),
                          str(body["received_at"]), str(body["status"]), body.get("reason"),
                          {k: int(v) for k, v in body["counts"].items()}, records, bytes(raw))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ReceiptError(Message("The receipt is signed by the hub but malformed; ask the hub's "
                                   "administrator.")) from None
    if any(r.result not in RESULTS for r in records) or receipt.status not in ("processed", "rejected") \
            or _counts(Counter(r.result for r in records)) != receipt.counts:
        raise ReceiptError(Message("The receipt's results do not add up to its counts; ask the hub's "
                                   "administrator."))
    return receipt
