"""Writing planned rows (``Catalogue.plan_upsert``) a chunk at a time, in one transaction (issue 23).

``UpsertWriter`` opens the write transaction; each ``write(plans)`` inserts
that chunk's new records (SQL tuples, record digests and change-log rows made
in one pass over the chunk, the search index filled for the chunk in one
statement); ``finish()`` writes the updates, the audit entries and commits;
an exception (or ``abort()``) rolls everything back.  The catalogue it leaves
is the one ``apply_upsert`` of all the rows at once would: the inserts' change-log
rows first, in plan order and numbered consecutively, then each update's;
one "import" entry for all inserts (the change-log range and the digest of
those rows, hashed chunk by chunk), then one entry per update.  Only the
updates are kept until the end (a re-import's changed rows; each needs its
own entry after the inserts').
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import operator
import os
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from . import audit, digests
from .errors import ConflictError, Message, ValidationError
from .records import RecordType

# SQLite's page cache while an import writes: 32 MiB keeps the indexes' pages that are hit and the
# import's memory bounded (the cache held 135 MB of a 100,000-row import at 256 MiB).  64 MiB had the
# same CPU time as 256 MiB; 32 MiB spills more of the dirty pages to the WAL while the other process
# reads, so the commit at the end, which nothing overlaps, has fewer to write: 0.35-0.43 s CPU
# instead of 0.41-0.50 s (six alternated runs each, benchmarks/import_phases.py --cache-mib).
IMPORT_CACHE_MIB = 32


class UpsertWriter:
    def __init__(self, cat: Any, rt: RecordType, *, source: dict | None = None, expected_rows: int = 0,
                 cache_mib: int | None = None) -> None:
        from .store import ApplyResult, utc_now  # store imports this module

        cat.actor.require("edit_records")
        self.cat, self.rt, self.source = cat, rt, source
        self.now, self.user = utc_now(), cat.actor.username
        self.result = ApplyResult()
        self._encode = row_encoder(rt, rt.field_names)
        self._digest = digests.digester(rt)
        self._first: int | None = None
        self._change_hash = hashlib.sha256()
        self._one_sha: str | None = None
        self._updates: list[Any] = []
        self._stack = contextlib.ExitStack()
        self._stack.enter_context(cat.transaction())
        self._stack.enter_context(cat._large_cache(expected_rows))
        if cache_mib is not None and expected_rows >= 10_000:
            cat.conn.execute(f"PRAGMA cache_size = -{int(cache_mib) * 1024}")  # restored by _large_cache
        self._open = True

    def __enter__(self) -> UpsertWriter:
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if not self._open:
            return False
        if kind is None:
            self.finish()
            return False
        self._open = False
        return bool(self._stack.__exit__(kind, exc, tb))

    def abort(self) -> None:
        """Roll back everything written so far."""
        if self._open:
            self._open = False
            with contextlib.suppress(_Abort):
                self._stack.__exit__(_Abort, _Abort(), None)

    def write(self, plans: Iterable[Any], stored: Sequence[tuple] | None = None) -> None:
        """Insert this chunk's new records now; keep its updates for ``finish``.  ``stored``: each plan's
        values in SQL form (``row_encoder`` of the fields), when already made (``import_worker``)."""
        plans = list(plans)
        bad = [p for p in plans if p.problems]
        if bad:
            raise ValidationError([pr for p in bad for pr in p.problems])
        rt, now, user, encode, digest = self.rt, self.now, self.user, self._encode, self._digest
        next_id = _id_source(len(plans))
        inserts: list[tuple] = []
        items: list[tuple] = []
        for p, values in zip(plans, stored if stored is not None else itertools.repeat(None)):
            action = p.action
            if action == "insert":
                # The SQL tuple and its digest in the same pass (the digest covers the stored row).
                row = (next_id(), 1, now, user, now, user, *(encode(p.values) if values is None else values))
                inserts.append(row)
                items.append((row[0], 1, "insert", *digest(row)))
            elif action == "update":
                self._updates.append(p)
            else:
                self.result.unchanged += 1
        if not inserts:
            return
        self.cat._insert_rows(rt, inserts)
        del inserts
        first = log_inserts(self.cat, rt, items, now)
        if self._first is None:
            self._first = first
        elif first != self._first + self.result.inserted:
            raise RuntimeError("the inserts' change-log rows are not consecutive")  # internal: one transaction
        kind = rt.kind
        self._change_hash.update("".join(itertools.starmap(audit.change_text, (
            (first + i, kind, *item) for i, item in enumerate(items)))).encode("ascii"))
        self.result.inserted += len(items)
        self._one_sha = items[0][4] if self.result.inserted == 1 else None

    def finish(self) -> Any:
        """Write the updates and the audit entries, and commit; returns the ``ApplyResult``."""
        from .store_rows import _change_item, _stored_row, describe_key  # store_rows imports this module

        rt, cat, now, user, conn = self.rt, self.cat, self.now, self.user, self.cat.conn
        try:
            updates, events, update_items = [], [], []
            for p in self._updates:
                cur = p.existing
                diff = {n: [cur[n], p.values.get(n)] for n in rt.field_names if cur[n] != p.values.get(n)}
                updates.append({**cur, **p.values, "version": cur["version"] + 1, "updated_at": now,
                                "updated_by": user})
                update_items.append(_change_item(rt, _stored_row(rt, updates[-1]), "update"))
                events.append(audit.AuditEvent(now, user, "update", rt.kind, cur["id"],
                                               {"version": cur["version"] + 1, "changes": diff,
                                                "source": self.source}))
            # Re-check versions inside the transaction: someone may have saved since the plan was made.
            for rec in updates:
                stored = conn.execute(f"SELECT version FROM {rt.table} WHERE id = ?", (rec["id"],)).fetchone()
                if stored is None or stored[0] != rec["version"] - 1:
                    raise ConflictError(Message("{thing} {key} changed while the import was being "
                                                "prepared; run the import again.", thing=rt.label,
                                                key=describe_key(rt, rec)))
            cat._update(rt, updates)
            inserted = self.result.inserted
            first_update = cat._log_changes(rt, update_items, now)
            if first_update is not None and self._first is not None and first_update != self._first + inserted:
                raise RuntimeError("the updates' change-log rows do not follow the inserts'")  # internal
            first = self._first if self._first is not None else first_update
            # Each update entry vouches for its own change-log row (after the inserts').
            for i, (event, item) in enumerate(zip(events, update_items)):
                event.detail.update(cat._span(rt, first_update + i, [item]))
            if inserted:
                # One entry for all inserted rows (the source file's digest and the change-log range
                # naming each record, with the digest of those rows) rather than a copy of a hundred
                # thousand records in the audit trail.
                span: dict[str, Any] = {"change_log": [first, first + inserted - 1],
                                        "change_log_sha256": self._change_hash.hexdigest()}
                if self._one_sha is not None:
                    span["record_sha256"] = self._one_sha
                events.insert(0, audit.AuditEvent(now, user, "import", rt.kind, None, {
                    "inserted": inserted, "source": self.source, "changes": [first, first + inserted - 1],
                    **span}))
            audit.append(conn, events)
        except BaseException as exc:
            self._open = False
            if not self._stack.__exit__(type(exc), exc, exc.__traceback__):
                raise
            return self.result  # pragma: no cover - the transaction never swallows an exception
        self._open = False
        self._stack.close()
        self.result.updated = len(updates)
        if first is not None:
            self.result.first_seq, self.result.last_seq = first, first + inserted + len(updates) - 1
        return self.result


# SQLite's ->> (3.38): the change-log rows of a chunk's inserts in one statement over json_each.
_JSON_ROWS = sqlite3.sqlite_version_info >= (3, 38)
_ITEMS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def log_inserts(cat: Any, rt: RecordType, items: list[tuple[str, int, str, str, str]], now: str) -> int:
    """``Catalogue._log_changes`` of a chunk's new records, the same rows, in one statement: the items
    (id, version, op, natural key, digest: text and whole numbers, which JSON carries exactly) as one
    JSON array read by ``json_each`` in order, instead of eight values bound per row (0.35-0.43 s
    instead of 0.49-0.58 s of CPU per 100,000 rows).  A text holding NUL goes the usual way."""
    if not items:
        raise RuntimeError("no change-log rows to write")  # internal: a chunk with inserts only
    text = _ITEMS.encode(items) if _JSON_ROWS else ""
    if not text or "\\u0000" in text:
        return int(cat._log_changes(rt, items, now))
    conn = cat.conn
    # AUTOINCREMENT numbers from the larger of the table's and the counter's highest (as _log_changes).
    before = conn.execute("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0),"
                          " coalesce((SELECT max(seq) FROM changes), 0))").fetchone()[0]
    conn.execute("INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256)"
                 " SELECT ?, j.value ->> 0, j.value ->> 1, j.value ->> 2, ?, ?, j.value ->> 3, j.value ->> 4"
                 " FROM json_each(?) AS j ORDER BY j.key", (rt.kind, now, cat.actor.username, text))
    last = conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
    if last - before != len(items):
        raise RuntimeError("the change log did not number the rows consecutively")  # internal: cannot happen
    return before + 1


class StoredRecord(Mapping):
    """A record seen through its values in SQL form (``row_encoder`` of the fields, made in
    ``import_worker``'s process): a field stored as it is is read straight from the tuple, the others
    (JSON, booleans) are decoded when asked for, as ``store.from_row`` decodes them — an import plans
    a hundred thousand new rows by their natural keys without decoding their peak tables."""

    __slots__ = ("row", "_index", "_decoders")

    def __init__(self, row: tuple, index: dict[str, int], decoders: dict[str, Callable[[Any], Any]]) -> None:
        self.row, self._index, self._decoders = row, index, decoders

    def __getitem__(self, name: str) -> Any:
        value = self.row[self._index[name]]
        decode = self._decoders.get(name)
        return value if decode is None else decode(value)

    def get(self, name: str, default: Any = None) -> Any:
        # Mapping.get's meaning without its try/except around __getitem__: the store asks each new
        # row's natural key twice while planning (0.1-0.2 s of a 100,000-row import).
        i = self._index.get(name)
        if i is None:
            return default
        decode = self._decoders.get(name)
        return self.row[i] if decode is None else decode(self.row[i])

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def stored_records(rt: RecordType) -> Callable[[tuple], StoredRecord]:
    """``StoredRecord`` of each row of ``rt``'s fields in SQL form."""
    from .store_rows import _decoders  # store_rows imports this module

    index = {name: i for i, name in enumerate(rt.field_names)}
    decoders = dict(_decoders(rt))
    return lambda row: StoredRecord(row, index, decoders)


def row_encoder(rt: RecordType, cols: Sequence[str],
                later: Collection[int] = ()) -> Callable[[Mapping[str, Any]], tuple]:
    """Record -> SQL row, fast enough for bulk writes: the values are read in C
    (itemgetter) and only JSON and boolean fields are converted.  (Here rather than in ``store``,
    whose imports would lengthen the start of the import's reading process.)  ``later``: positions
    left as they are, for ``later_encoder`` to convert in another process."""
    get = operator.itemgetter(*cols)
    special = [(i, rt.field(c).to_sql) for i, c in enumerate(cols)
               if rt.has_field(c) and rt.field(c).type.converts and i not in later]

    def encode(record: Mapping[str, Any]) -> tuple:
        try:
            values = list(get(record))
        except KeyError:   # a row that leaves fields out (the importer's rows are complete): blanks
            values = [record.get(c) for c in cols]
        for i, convert in special:
            values[i] = convert(values[i])
        return tuple(values)
    return encode


def later_encoder(rt: RecordType, cols: Sequence[str],
                  later: Sequence[int]) -> Callable[[Sequence[tuple]], list[tuple]]:
    """Rows made by ``row_encoder(rt, cols, later)`` -> the rows ``row_encoder(rt, cols)`` makes: the
    values at ``later`` converted here (``import_worker`` leaves the peak tables' JSON to the importing
    process when that process waits for the reading one)."""
    converts = [(i, rt.field(cols[i]).to_sql) for i in later]

    def encode(rows: Sequence[tuple]) -> list[tuple]:
        out = []
        for row in rows:
            values = list(row)
            for i, convert in converts:
                values[i] = convert(values[i])
            out.append(tuple(values))
        return out
    return encode


def new_ids(count: int) -> list[str]:
    """``count`` ids as ``store.new_id`` makes them (UUID version 7: the time in milliseconds, then 74
    random bits), with one clock reading and one ``os.urandom`` for all: 0.05 s per 100,000 instead of
    0.17 s one at a time."""
    ms = f"{time.time_ns() // 1_000_000 & 0xFFFFFFFFFFFF:012x}"
    head = f"{ms[:8]}-{ms[8:12]}-7"
    rand = os.urandom(10 * count).hex()
    return [f"{head}{r[:3]}-{_VARIANT[r[3]]}{r[4:7]}-{r[7:19]}"
            for r in (rand[i:i + 20] for i in range(0, 20 * count, 20))]


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # RFC 9562's variant bits, as new_id sets them


def _id_source(count: int) -> Callable[[], str]:
    """Where a chunk's ids come from: ``new_ids`` for up to ``count`` of them, or ``store.new_id`` one at
    a time when it is not the store's own (a test fixes the ids to compare catalogues value for value)."""
    from . import store  # store imports this module

    new_id = store.new_id
    if getattr(new_id, "__module__", None) == store.__name__ and getattr(new_id, "__qualname__", None) == "new_id":
        return iter(new_ids(count)).__next__
    return new_id


class _Abort(Exception):
    """Raised into the transaction to roll it back (``UpsertWriter.abort``)."""


__all__ = ["UpsertWriter", "StoredRecord", "stored_records", "new_ids", "row_encoder", "later_encoder", "log_inserts"]
