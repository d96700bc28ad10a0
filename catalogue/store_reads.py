"""Reading records of one kind from the catalogue: by id, by natural key, how many, all of them in batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from .errors import Message, NotFound
from .records import record_type
from .store_rows import Record, from_row


class StoreReads:
    """``Catalogue``'s reads of records (a mixin over the catalogue's connection)."""

    conn: sqlite3.Connection

    def get(self, kind: str, record_id: str) -> Record:
        rt = record_type(kind)
        row = self.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(Message("No {thing} with id {id} exists (it may have been deleted).",
                                   thing=rt.label.lower(), id=record_id))
        return from_row(rt, row)

    def find(self, kind: str, key: dict[str, Any]) -> Record | None:
        """The record with this natural key (e.g. {"inventory_code": "RS-001"}), if any."""
        rt = record_type(kind)
        where = " AND ".join(f"{k} = ?" for k in rt.natural_key)
        row = self.conn.execute(f"SELECT * FROM {rt.table} WHERE {where}",
                                [key[k] for k in rt.natural_key]).fetchone()
        return from_row(rt, row) if row else None

    def count(self, kind: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {record_type(kind).table}").fetchone()[0]

    def iter_records(self, kind: str, batch: int = 2000) -> Iterator[Record]:
        rt = record_type(kind)
        last = 0
        while True:
            rows = self.conn.execute(f"SELECT * FROM {rt.table} WHERE pk > ? ORDER BY pk LIMIT ?",
                                     (last, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield from_row(rt, row)
            last = rows[-1]["pk"]
