"""What the catalogue says of its writes: the change log (what sync reads), the change marks views
refresh on, the tombstones of deleted records, and the audit trail."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from . import audit, change_notices
from .change_notices import ChangeMark
from .records import record_type
from .store_rows import Record


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    record_id: str
    version: int
    op: str
    at: str
    user: str


class TrailReads:
    """``Catalogue``'s reads of the change log and the audit trail (a mixin over the catalogue's connection)."""

    conn: sqlite3.Connection

    def changes_since(self, seq: int = 0, limit: int | None = None) -> list[Change]:
        sql = "SELECT seq, kind, record_id, version, op, at, user FROM changes WHERE seq > ? ORDER BY seq"
        params: list[Any] = [seq]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [Change(*row) for row in self.conn.execute(sql, params)]

    def last_change_seq(self) -> int:
        row = self.conn.execute("SELECT max(seq) FROM changes").fetchone()
        return row[0] or 0

    def last_change(self) -> ChangeMark:
        """Where the catalogue's writes stand, for views that refresh on change (``labnet.catalogue.change_notices``)."""
        return change_notices.last_change(self.conn)

    def changed_kinds(self, since: ChangeMark, now: ChangeMark) -> frozenset[str]:
        """The record kinds and areas written between two marks read on this connection."""
        return change_notices.kinds_between(self.conn, since, now)

    def tombstones(self, kind: str | None = None) -> list[Record]:
        sql, params = "SELECT * FROM tombstones", []
        if kind:
            sql, params = sql + " WHERE kind = ?", [record_type(kind).kind]
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY deleted_at", params)]

    def verify_chain(self) -> audit.AuditReport:
        """The audit chain alone: no entry altered, removed or added.  Says nothing of the records or the
        accounts; to know whether the catalogue is intact, use ``verify``."""
        return audit.verify(self.conn)

    def audit_entries(self, kind: str | None = None, record_id: str | None = None) -> list[Record]:
        sql = "SELECT * FROM audit_log WHERE 1 = 1"
        params: list[Any] = []
        if kind:
            sql, params = sql + " AND kind = ?", params + [kind]
        if record_id:
            sql, params = sql + " AND record_id = ?", params + [record_id]
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in self.conn.execute(sql + " ORDER BY seq", params)]
