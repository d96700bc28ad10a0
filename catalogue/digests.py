"""What a write records of a record's state, for ``labnet.catalogue.integrity`` to check.

- every write of a record adds a change-log row carrying the SHA-256 of the
  record's stored state after the write (for a deletion: of its tombstone),
  ``audit.row_sha256``, and its natural key (the lab sample number, inventory
  code … that names it to a person);
- the audit entry made by the same write holds ``change_log`` (the range of
  those rows) and ``change_log_sha256``, the SHA-256 of the rows
  (``audit.change_text``), so the digests are covered by the entry hash;
- a catalogue that existed before schema 6 is sealed once by the migration
  (``seal``): ``sealed_records`` holds the digest of every record and
  tombstone as it was then (not verified before), and one "seal" entry holds
  the digest of that table.

The formats are in docs/catalogue.md ("Every record under the chain").
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import audit
from .errors import Message
from .records import RECORD_TYPES, SYSTEM_FIELDS, RecordType

# The stored form of a tombstone, in this column order, is what a deletion's digest covers.
TOMBSTONE_COLUMNS = ("kind", "record_id", "version", "natural_key", "deleted_at", "deleted_by", "reason")
SEAL_STATEMENT = "sealed at migration: records as they were then, not verified before"
FIRST_SCHEMA = 6  # the schema that put records under the chain


# -- what writers record ---------------------------------------------------------------
class RowDigester:
    """For one record type: (natural key, digest) of a row in SQL form,
    ``SYSTEM_FIELDS`` then the fields — the digest SQLite's stored values will
    have (a REAL column keeps 5 as 5.0 and -0.0 as 0.0)."""

    def __init__(self, rt: RecordType):
        columns = (*SYSTEM_FIELDS, *rt.field_names)
        self.real = tuple(i for i, c in enumerate(columns) if rt.has_field(c) and rt.field(c).sql_type == "REAL")
        self.key = tuple(columns.index(k) for k in rt.natural_key)
        self.single = self.key[0] if len(self.key) == 1 else None

    def __call__(self, row: Sequence) -> tuple[str, str]:
        for i in self.real:
            value = row[i]
            if value is not None and (type(value) is not float or value == 0):  # an int, a bool, a -0.0: rare
                row = list(row)
                for j in self.real:
                    if row[j] is not None and not isinstance(row[j], str):
                        row[j] = float(row[j]) + 0.0   # + 0.0: -0.0 becomes 0.0, as SQLite stores it
                break
        if self.single is not None:
            value = row[self.single]
            key = value if type(value) is str else "" if value is None else str(value)
        else:
            key = key_text(row[i] for i in self.key)
        return key, audit.row_sha256(row)


_DIGESTERS: dict[str, RowDigester] = {}


def digester(rt: RecordType) -> RowDigester:
    found = _DIGESTERS.get(rt.kind)
    if found is None:
        found = _DIGESTERS[rt.kind] = RowDigester(rt)
    return found


def key_text(values: Iterable) -> str:
    """A natural key as a person reads it ("LS-2024-001"; parts of a composite key joined by " / ")."""
    return " / ".join("" if v is None else str(v) for v in values)


def named(rt: RecordType, record_id: str, key: str | None) -> Message:
    """A record as a finding names it: "reference sample RS-2 (id …)", or by its id alone."""
    if key:
        return Message("{thing} {key} (id {id})", thing=rt.label.lower(), key=key, id=record_id)
    return Message("{thing} with id {id}", thing=rt.label.lower(), id=record_id)


def stored_key_text(stored: str | None) -> str | None:
    """A tombstone's natural key (stored as a JSON object) as ``key_text`` says it."""
    if stored is None:
        return None
    try:
        return key_text(json.loads(stored).values())
    except (TypeError, ValueError, AttributeError):   # not a key as stored by LabNet: said as it is
        return stored


def tombstone_sha256(row: Sequence) -> str:
    return audit.row_sha256(row)


def change_log_sha256(rows: Iterable[Sequence]) -> str:
    """The digest an entry holds of its change-log rows (seq, kind, record_id, version, op, natural_key, sha256)."""
    return hashlib.sha256("".join(itertools.starmap(audit.change_text, rows)).encode("ascii")).hexdigest()


def seal_line(kind: str, record_id: str, state: str, natural_key: str | None, sha256: str) -> bytes:
    return (audit.row_json([kind, record_id, state, natural_key, sha256]) + "\n").encode("ascii")


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "pk"]



def sealed(conn: sqlite3.Connection) -> bool:
    """Whether this catalogue's records are under the chain (schema 6 or later)."""
    return "sha256" in table_columns(conn, "changes")



# -- the seal (migration 6) ----------------------------------------------------------------
def seal(conn: sqlite3.Connection, attachments_dir: Path | None, at: str, user: str) -> None:
    """Record the digest of every record and tombstone as it is now, and one audit entry saying so.
    Runs inside the migration's transaction; streams, so a million records need no memory."""
    counts = {"record": 0, "deleted": 0}

    def sealed_rows():
        for rt in RECORD_TYPES.values():
            columns = table_columns(conn, rt.table)
            keys, id_at = [columns.index(k) for k in rt.natural_key], columns.index("id")
            cursor = conn.cursor()
            cursor.row_factory = None
            cursor.execute(f"SELECT {', '.join(columns)} FROM {rt.table}")
            for r in cursor:
                counts["record"] += 1
                yield rt.kind, r[id_at], "record", key_text(r[i] for i in keys), audit.row_sha256(r)
        cursor = conn.cursor()
        cursor.row_factory = None
        cursor.execute(f"SELECT {', '.join(TOMBSTONE_COLUMNS)} FROM tombstones")
        for r in cursor:
            counts["deleted"] += 1
            yield r[0], r[1], "deleted", stored_key_text(r[3]), tombstone_sha256(r)

    conn.executemany("INSERT INTO sealed_records (kind, record_id, state, natural_key, sha256)"
                     " VALUES (?, ?, ?, ?, ?)", sealed_rows())
    h = hashlib.sha256()
    for row in conn.execute("SELECT kind, record_id, state, natural_key, sha256 FROM sealed_records"
                            " ORDER BY kind, record_id"):
        h.update(seal_line(*row))
    files = [r[0] for r in conn.execute("SELECT sha256 FROM attachments ORDER BY sha256")]
    present = [sha for sha in files if attachments_dir is not None and (attachments_dir / sha[:2] / sha).is_file()]
    audit.append(conn, [audit.AuditEvent(at, user, "seal", None, None, {
        "sealed": SEAL_STATEMENT, "schema": FIRST_SCHEMA, "records": counts["record"],
        "deleted": counts["deleted"], "sealed_sha256": h.hexdigest(), "attachments": present,
        "attachments_missing": [sha for sha in files if sha not in present]})])
