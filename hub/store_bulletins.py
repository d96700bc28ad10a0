"""The hub's bulletins as stored: numbered, addressed, kept as the exact signed bytes sent (the ``bulletins`` table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labnet.protocol.bulletin import EVERYONE

from .db import Connection

if TYPE_CHECKING:
    from .store import HubStore


class BulletinStore:
    def __init__(self, db: HubStore):
        self.db = db

    def next_seq(self, conn: Connection) -> int:
        """Inside a transaction: the number the next bulletin gets (numbers only grow)."""
        return conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM bulletins").fetchone()[0]

    def add(self, conn: Connection, *, seq: int, to: str, kind: str, created_at: str,
            document: bytes) -> None:
        """Inside the transaction that took ``seq``: keep the signed bulletin."""
        conn.execute("INSERT INTO bulletins (seq, to_lab, kind, created_at, document) VALUES (?, ?, ?, ?, ?)",
                     (seq, to, kind, created_at, document))

    def since(self, lab_id: str, seq: int, limit: int) -> list[bytes]:
        """The signed bulletins for ``lab_id`` or everyone after ``seq``, oldest first, at most ``limit``."""
        rows = self.db.query("SELECT document FROM bulletins WHERE seq > ? AND to_lab IN (?, ?) ORDER BY seq LIMIT ?",
                             (seq, lab_id, EVERYONE, limit))
        return [bytes(r["document"]) for r in rows]
