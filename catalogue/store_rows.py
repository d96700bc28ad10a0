"""A record's stored row: how a table's row reads back as a record (``from_row``), its natural key, and
the SQL form and change-log item a write makes of it (``labnet.catalogue.store`` writes through these)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from . import digests
from .records import SYSTEM_FIELDS, RecordType
from .upsert_write import row_encoder as _row_encoder

Record = dict[str, Any]


def _stored_row(rt: RecordType, record: Record) -> tuple:
    """A record in SQL form, SYSTEM_FIELDS then the fields (the order its digest covers)."""
    return _row_encoder(rt, (*SYSTEM_FIELDS, *rt.field_names))(record)


def _change_item(rt: RecordType, row: Sequence, op: str) -> tuple[str, int, str, str, str]:
    """(id, version, op, natural key, digest) of a row in SQL form, for the change log."""
    return (row[0], row[1], op, *digests.digester(rt)(row))


def from_row(rt: RecordType, row: sqlite3.Row) -> Record:
    out = dict(zip(row.keys(), row))
    out.pop("pk", None)
    for name, convert in _decoders(rt):
        if name in out:
            out[name] = convert(out[name])
    return out


def _decoders(rt: RecordType) -> list:
    """The fields whose stored form differs from their value (JSON, booleans)."""
    cached = rt.__dict__.get("_decoders")
    if cached is None:
        cached = [(f.name, f.from_sql) for f in rt.fields if f.type.converts]
        object.__setattr__(rt, "_decoders", cached)
    return cached


def natural_key(rt: RecordType, record: Record) -> tuple:
    return tuple(record.get(k) for k in rt.natural_key)


def describe_key(rt: RecordType, record: Record) -> str:
    return ", ".join(f"{rt.field(k).label.lower()} {record.get(k)}" for k in rt.natural_key)
