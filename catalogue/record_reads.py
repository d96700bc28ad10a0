"""Reads of the catalogue room's tables that the other rooms ask for, so their SQL stays in the catalogue.

Profiling reads the profiles' peaks and the fields its views show; the desktop
the audit trail's latest entries and a record's natural key; the command line
the length of the chains of custody.  Each is one query here, under the name
of what it answers (``tests/test_sql_rooms.py`` keeps SQL out of the other
rooms' modules).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

_CHUNK = 500   # ids per IN (…): below SQLite's limit on bound values


class RecordReads:
    """Queries on one open catalogue (``cat``: a ``labnet.catalogue.store.Catalogue``)."""

    def __init__(self, cat: Any):
        self.conn = cat.conn

    # -- profiling results ------------------------------------------------------------------------------
    def peaks(self, drug_type: str, ids: Sequence[str] | None = None) -> list[tuple[str, Any]]:
        """(record id, peaks as stored, decoded) of the drug type's profiling results (only ``ids``, if given)."""
        sql = "SELECT id, peaks FROM profiling_results WHERE drug_type = ?"
        if ids is None:
            return [(r[0], json.loads(r[1]) if r[1] else None) for r in self.conn.execute(sql, (drug_type,))]
        rows: list[tuple[str, Any]] = []
        for chunk in _chunks(ids):
            rows += [(r[0], json.loads(r[1]) if r[1] else None) for r in self.conn.execute(
                f"{sql} AND id IN ({','.join('?' * len(chunk))})", (drug_type, *chunk))]
        return rows

    def profiling_fields(self, ids: Sequence[str], columns: Sequence[str]) -> Iterator[tuple]:
        """Rows of ``columns`` (the first is ``id``) of these profiling results; columns are the schema's names."""
        for chunk in _chunks(ids):
            yield from self.conn.execute(f"SELECT {', '.join(columns)} FROM profiling_results WHERE id IN "
                                         f"({','.join('?' * len(chunk))})", chunk)

    def drug_type_counts(self) -> list[tuple[str, int]]:
        """(drug type, profiling results of it), the most first; results without a drug type left out."""
        rows = self.conn.execute("SELECT drug_type, count(*) FROM profiling_results GROUP BY drug_type "
                                 "ORDER BY count(*) DESC").fetchall()
        return [(r[0], r[1]) for r in rows if r[0]]

    def profiles_starting_with(self, text: str, limit: int) -> list[dict[str, Any]]:
        """Profiling results whose lab sample number or seizure reference starts with ``text`` (taken literally)."""
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.conn.execute(
            "SELECT id, lab_sample_number, seizure_reference, drug_type FROM profiling_results "
            "WHERE lab_sample_number LIKE ? ESCAPE '\\' OR seizure_reference LIKE ? ESCAPE '\\' "
            "ORDER BY lab_sample_number LIMIT ?", (pattern, pattern, limit)).fetchall()
        return [{"id": r[0], "lab_sample_number": r[1], "seizure_reference": r[2], "drug_type": r[3]} for r in rows]

    # -- records, accounts, trails ----------------------------------------------------------------------
    def natural_key(self, table: str, columns: Sequence[str], record_id: str) -> dict[str, Any]:
        """The record's natural-key fields (``table`` and ``columns`` from its record type), or {} if it is gone."""
        row = self.conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return dict(zip(columns, row)) if row else {}

    def has_active_account(self) -> bool:
        return self.conn.execute("SELECT 1 FROM users WHERE active = 1 LIMIT 1").fetchone() is not None

    def latest_audit_entries(self, limit: int) -> list[tuple]:
        """(at, user, action, kind, record_id, detail) of the audit trail's last ``limit`` entries, newest first."""
        return self.conn.execute("SELECT at, user, action, kind, record_id, detail FROM audit_log"
                                 " ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()

    def withdrawals(self) -> int:
        """Entries in all the chains of custody."""
        return self.conn.execute("SELECT count(*) FROM usage_log").fetchone()[0]


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]
