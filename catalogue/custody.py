"""Chain of custody of reference standards: withdrawals and the usage log.

A withdrawal is recorded once and never edited (ISO/IEC 17025 §6.4/§6.5: who
took how much of which lot, when, and for which case).  It lowers the remaining
quantity in the same transaction, so the log and the stock can never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import audit, vocab
from .errors import CatalogueError, ConflictError, Message, message_of
from .fields import parse_date, parse_number
from .store import Catalogue, Record, new_id, utc_now

_USABLE = {"in_use"}


def unit_family(unit: str) -> dict[str, float] | None:
    for family in (vocab.MASS_UNITS, vocab.VOLUME_UNITS):
        if unit in family:
            return family
    return None


def convert(quantity: float, from_unit: str, to_unit: str) -> float:
    """``quantity`` in ``from_unit`` expressed in ``to_unit`` (same dimension only)."""
    a, b = unit_family(from_unit), unit_family(to_unit)
    if a is None or a is not b:
        raise CatalogueError(Message("{from_unit} cannot be converted to {to_unit}: one is a mass and the other "
                                     "a volume. Record the withdrawal in the unit of the standard.",
                                     from_unit=from_unit, to_unit=to_unit))
    return quantity * a[from_unit] / a[to_unit]


def normalise_unit(raw: str) -> str:
    text = str(raw).strip()
    text = vocab.UNIT_SYNONYMS.get(text.lower(), text)
    if unit_family(text) is None:
        known = ", ".join([*vocab.MASS_UNITS, *vocab.VOLUME_UNITS])
        raise CatalogueError(Message("“{raw}” is not a unit LabNet knows; use one of: {known}.", raw=raw,
                                     known=known))
    return text


def withdraw(cat: Catalogue, sample_id: str, quantity: Any, unit: str, *, withdrawn_by: str | None = None,
             case_number: str | None = None, purpose: str | None = None, taken_at: str | None = None,
             expected_version: int | None = None, today: dt.date | None = None) -> Record:
    """Record a withdrawal and lower the stock; returns the usage-log entry."""
    cat.actor.require("edit_records")
    try:
        amount = parse_number(quantity)
    except ValueError as exc:
        raise CatalogueError(Message("The quantity withdrawn: {reason}.", reason=message_of(exc))) from None
    if amount <= 0:
        raise CatalogueError(Message("The quantity withdrawn must be more than zero."))
    unit = normalise_unit(unit)
    today = today or dt.date.today()
    with cat.transaction():
        sample = cat.get("reference_sample", sample_id)
        code = sample["inventory_code"]
        if expected_version is not None and sample["version"] != expected_version:
            raise ConflictError(Message("{code} was changed by {user} after you opened it; "
                                        "reopen it and record the withdrawal again.", code=code,
                                        user=sample["updated_by"]))
        if sample["status"] not in _USABLE:
            status = vocab.SAMPLE_STATUSES[sample["status"]].lower()
            raise CatalogueError(Message("{code} is {status}; only a standard in use can be withdrawn from. "
                                         "A quality manager can release it first.", code=code, status=status))
        if sample["expiry_on"] and sample["expiry_on"] < today.isoformat():
            raise CatalogueError(Message("{code} expired on {date}; it may not be used until it has "
                                         "been retested and its expiry date extended.", code=code,
                                         date=sample["expiry_on"]))
        if sample["remaining_quantity"] is None or not sample["unit"]:
            raise CatalogueError(Message("{code} has no remaining quantity recorded; enter the stock before "
                                         "withdrawing.", code=code))
        # Round off binary noise from unit conversion (0.1 g is 100 mg, not 100.00000000000001).
        in_sample_unit = float(f"{convert(amount, unit, sample['unit']):.12g}")
        remaining = float(f"{sample['remaining_quantity'] - in_sample_unit:.12g}")
        if remaining < -1e-9 * max(1.0, sample["remaining_quantity"]):
            raise CatalogueError(Message("Only {left:g} {unit} of {code} remain; "
                                         "{amount:g} {amount_unit} cannot be withdrawn.",
                                         left=sample["remaining_quantity"], unit=sample["unit"], code=code,
                                         amount=amount, amount_unit=unit))
        remaining = max(remaining, 0.0)
        changes: dict[str, Any] = {"remaining_quantity": remaining}
        if remaining == 0:
            changes["status"] = "consumed"
        if not sample["opened_on"]:
            changes["opened_on"] = (parse_date(taken_at) if taken_at else today.isoformat())
        cat.update("reference_sample", sample_id, changes)
        number = cat.conn.execute("SELECT coalesce(max(entry_number), 0) + 1 FROM usage_log WHERE sample_id = ?",
                                  (sample_id,)).fetchone()[0]
        now = utc_now()
        entry = {"id": new_id(), "sample_id": sample_id, "entry_number": number,
                 "taken_at": taken_at or now, "quantity": amount, "unit": unit,
                 "quantity_in_sample_unit": in_sample_unit, "remaining_after": remaining,
                 "withdrawn_by": withdrawn_by or cat.actor.username, "case_number": case_number,
                 "purpose": purpose, "recorded_at": now, "recorded_by": cat.actor.username}
        cat.conn.execute(
            "INSERT INTO usage_log (id, sample_id, entry_number, taken_at, quantity, unit, quantity_in_sample_unit,"
            " remaining_after, withdrawn_by, case_number, purpose, recorded_at, recorded_by) VALUES (:id,"
            " :sample_id, :entry_number, :taken_at, :quantity, :unit, :quantity_in_sample_unit, :remaining_after,"
            " :withdrawn_by, :case_number, :purpose, :recorded_at, :recorded_by)", entry)
        audit.append(cat.conn, [audit.AuditEvent(now, cat.actor.username, "withdraw", "reference_sample", sample_id,
                                                 {k: v for k, v in entry.items() if k not in ("sample_id",)})])
    return entry


def usage_log(cat: Catalogue, sample_id: str) -> list[Record]:
    rows = cat.conn.execute("SELECT * FROM usage_log WHERE sample_id = ? ORDER BY entry_number", (sample_id,))
    return [dict(r) for r in rows]
