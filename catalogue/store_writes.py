"""The SQL of a write of records: rows inserted (with their search index) or updated, their change-log
rows numbered, and what an audit entry says of those rows.  ``Catalogue``'s one-record writes and the
import's ``UpsertWriter`` both write through these, inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from . import digests
from .records import SYSTEM_FIELDS, RecordType
from .store_rows import Record
from .upsert_write import row_encoder as _row_encoder

if TYPE_CHECKING:
    from .users import Actor


class RowWrites:
    """``Catalogue``'s writes of rows (a mixin over the catalogue's connection and actor)."""

    conn: sqlite3.Connection
    actor: Actor

    def _insert(self, rt: RecordType, records: list[Record]) -> list[tuple]:
        rows = list(map(_row_encoder(rt, (*SYSTEM_FIELDS, *rt.field_names)), records))
        self._insert_rows(rt, rows)
        return rows

    def _insert_rows(self, rt: RecordType, rows: list[tuple]) -> None:
        """Insert rows already in SQL form, in the order SYSTEM_FIELDS + fields."""
        if not rows:
            return
        cols = (*SYSTEM_FIELDS, *rt.field_names)
        first_pk = self.conn.execute(f"SELECT coalesce(max(pk), 0) FROM {rt.table}").fetchone()[0]
        self.conn.executemany(f"INSERT INTO {rt.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                              rows)
        # Index the new rows for search in one statement (see migrations.SEARCH).
        search = ", ".join(rt.search_fields)
        self.conn.execute(f"INSERT INTO {rt.table}_fts (rowid, {search}) SELECT pk, {search} FROM {rt.table}"
                          " WHERE pk > ?", (first_pk,))

    def _update(self, rt: RecordType, records: list[Record]) -> None:
        if not records:
            return
        cols = (*SYSTEM_FIELDS[1:], *rt.field_names, "id")
        sql = f"UPDATE {rt.table} SET {', '.join(f'{c} = ?' for c in cols[:-1])} WHERE id = ?"
        self.conn.executemany(sql, map(_row_encoder(rt, cols), records))

    def _log_changes(self, rt: RecordType, items: list[tuple[str, int, str, str, str]], now: str) -> int | None:
        """Append ``items`` (id, version, op, natural key, digest) to the change log; returns the first
        sequence number (the others follow it)."""
        if not items:
            return None
        # AUTOINCREMENT numbers from the larger of the table's and the counter's highest.
        before = self.conn.execute("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'),"
                                   " 0), coalesce((SELECT max(seq) FROM changes), 0))").fetchone()[0]
        user = self.actor.username
        self.conn.executemany("INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              ((rt.kind, rid, version, op, now, user, key, sha) for rid, version, op, key, sha in items))
        last = self.conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
        if last - before != len(items):
            raise RuntimeError("the change log did not number the rows consecutively")  # internal: cannot happen
        return before + 1

    @staticmethod
    def _span(rt: RecordType, first: int | None, items: list[tuple[str, int, str, str, str]]) -> dict[str, Any]:
        """What an audit entry holds of the change-log rows it wrote: their range and digest, and for
        one record its digest itself (for a person reading the trail; the range's digest covers it)."""
        if first is None:
            raise RuntimeError("no change-log rows to describe")  # internal: a record's write logs its row
        rows = ((first + i, rt.kind, *item) for i, item in enumerate(items))
        span = {"change_log": [first, first + len(items) - 1], "change_log_sha256": digests.change_log_sha256(rows)}
        if len(items) == 1:
            span["record_sha256"] = items[0][4]
        return span
