"""The records pass of ``labnet.catalogue.integrity.verify``: each record of one type against its latest digest.

``check`` streams a table in id order beside the latest digest the trail holds for each id (the
change log, else the seal of migration 6), optionally over a range of ids so that two processes
can share a large table (``labnet.catalogue.integrity_changelog``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence

from . import audit
from .digests import key_text, named, table_columns
from .errors import Message
from .records import RecordType

Range = tuple[str | None, str | None]   # ids from (inclusive), before (exclusive); None: no bound


def check(conn: sqlite3.Connection, rt: RecordType, problems: list[Message], progress: Callable[[int], None],
          certificates: dict[str, Message], ids: Range = (None, None)) -> int:
    """Each record against its latest digest, and each digest against a record: the table in id order
    merged with the latest change-log row of each record (one GROUP BY over the change log's index) and
    the seal, all three streamed in the same order.  Only the ids in ``ids`` (from, before: None for
    no bound); the records compared are counted, and ``progress(n)`` told of each n."""
    columns = table_columns(conn, rt.table)
    id_at, keys = columns.index("id"), [columns.index(k) for k in rt.natural_key]
    cert_at = columns.index("certificate") if "certificate" in columns else None
    records = conn.cursor()
    records.row_factory = None  # plain tuples: their values are exactly what the digest covers
    where, bounds = _where("id", ids)
    records.execute(f"SELECT {', '.join(columns)} FROM {rt.table} WHERE 1{where} ORDER BY id", bounds)
    expected = _latest_digests(conn, rt.kind, ids)
    deleted = {r[0] for r in conn.execute("SELECT record_id FROM tombstones WHERE kind = ?", (rt.kind,))}
    digest, compared = audit.row_sha256, 0

    want = next(expected, None)
    want_id = want[0] if want is not None else None
    while batch := records.fetchmany(4096):
        for row in batch:
            record_id = row[id_at]
            if want_id != record_id or want is None:
                while want is not None and want_id < record_id:
                    _gone(rt, deleted, problems, want)
                    want = next(expected, None)
                    want_id = want[0] if want is not None else None
                if want is None or want_id != record_id:
                    _differs(rt, id_at, keys, problems, row, None)
                    continue
            # The common case: the record and its latest digest, side by side.
            if want[1] == "delete" or want[2] != digest(row):
                _differs(rt, id_at, keys, problems, row, want)
            want = next(expected, None)
            want_id = want[0] if want is not None else None
        if cert_at is not None:
            for row in batch:
                if row[cert_at]:
                    certificates.setdefault(row[cert_at], named(rt, row[id_at], key_text(row[i] for i in keys)))
        compared += len(batch)
        progress(len(batch))
    while want is not None:
        _gone(rt, deleted, problems, want)
        want = next(expected, None)
    return compared


def _gone(rt: RecordType, deleted: set[str], problems: list[Message], want: tuple) -> None:
    """The problem of a digest without its record: deleted outside LabNet, or its deletion record removed."""
    record_id, op, _, key = want[:4]
    if op != "delete":
        problems.append(Message("{thing} was deleted outside LabNet: the audit trail records it but it is no "
                                "longer in the catalogue, and no deletion was recorded",
                                thing=named(rt, record_id, key)))
    elif record_id not in deleted:
        problems.append(Message("the deletion record of {thing} was removed outside LabNet",
                                thing=named(rt, record_id, key)))


def _differs(rt: RecordType, id_at: int, keys: list[int], problems: list[Message], row: tuple,
             want: tuple | None) -> None:
    """The problem of a record that is not its latest digest (``want``; None: no digest at all)."""
    thing = named(rt, row[id_at], key_text(row[i] for i in keys))
    if want is None:
        problems.append(Message("{thing} was inserted outside LabNet: no audit entry records it", thing=thing))
    elif want[1] == "delete":
        problems.append(Message("{thing} was deleted through LabNet but is in the catalogue again (put back "
                                "outside LabNet)", thing=thing))
    else:
        problems.append(Message("{thing} was edited outside LabNet: it differs from its last recorded state",
                                thing=thing))


def _where(column: str, ids: Range) -> tuple[str, list[str]]:
    """SQL (" AND …") and its parameters for ``column`` within ``ids``."""
    where, bounds = "", []
    if ids[0] is not None:
        where, bounds = f" AND {column} >= ?", [ids[0]]
    if ids[1] is not None:
        where, bounds = f"{where} AND {column} < ?", [*bounds, ids[1]]
    return where, bounds


def _stream(conn: sqlite3.Connection, sql: str, params: Sequence = ()) -> Iterator[tuple]:
    """The rows of ``sql`` as plain tuples (their values exactly what a digest covers), fetched in batches."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(sql, params)
    while batch := cursor.fetchmany(2000):
        yield from batch


def _latest_digests(conn: sqlite3.Connection, kind: str, ids: Range) -> Iterator[tuple]:
    """(record_id, op, sha256, natural_key) of every record the trail knows of this kind, in id order:
    its newest change-log row with a digest, else its seal ("record" read as an update, "deleted" as
    a delete)."""
    where, bounds = _where("record_id", ids)
    changed = _stream(conn, "SELECT record_id, op, sha256, natural_key, max(seq) FROM changes WHERE kind = ?"
                            f" AND sha256 IS NOT NULL{where} GROUP BY record_id ORDER BY record_id", (kind, *bounds))
    sealed = _stream(conn, "SELECT record_id, CASE state WHEN 'deleted' THEN 'delete' ELSE 'update' END, sha256,"
                           f" natural_key FROM sealed_records WHERE kind = ?{where} ORDER BY record_id",
                     (kind, *bounds))
    a, b = next(changed, None), next(sealed, None)
    if b is None:   # nothing sealed (a catalogue created since schema 6): the change log alone
        if a is not None:
            yield a
            yield from changed
        return
    while a is not None or b is not None:
        if a is not None and (b is None or a[0] <= b[0]):   # a is there when b is not: the loop's condition
            if b is not None and a[0] == b[0]:
                b = next(sealed, None)   # changed since it was sealed: the change log is newer
            yield a
            a = next(changed, None)
        elif b is not None:   # always, when a is not next
            yield b
            b = next(sealed, None)
