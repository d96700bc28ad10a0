"""The outbox's tables in the catalogue file: every SQL statement of the outbox (``sync/outbox.py``,
``sync/outbox_plan.py``, ``sync/pending.py``) lives here.

Tables (migration 4 and later): ``outbox_bundles`` (each part made), ``outbox_items`` (each decision a part
carried, and the hub's answer), ``outbox_settled`` (the latest settled decision of each record),
``outbox_hub_view`` (what the hub said it holds), and ``meta`` keys for the watermark and the kept counts.
Two temporary tables live only on the exporting connection: ``outbox_plan`` (the decided entries of records sent
before and the hub's orphans, in the bundle's order; records never sent stream from ``unsent``) and ``outbox_carried`` (what the sealed parts carried, written to ``outbox_items`` in the short
write after sealing, see ``Outbox.export``): a part whose items are all of one record type and one operation is
one row there, its columns packed (``carry``), any other one row per item.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from labnet.catalogue.records import RECORD_TYPES
from labnet.common.sqlite import snapshot

WATERMARK_KEY = "outbox_watermark"
GENERATION_KEY = "outbox_settled_generation"
KEPT_KEY = "outbox_pending_counts"
# Set when the hub answered a tombstone "outdated": it holds a later decision this catalogue may not know of
# (restored from an older backup), so the next online sync takes the hub's list (Outbox.reconcile) first.
RECONCILE_KEY = "outbox_reconcile_due"

# The latest change of each record changed after the watermark, unless settled under this policy (by a
# receipt for a bundle made under it, or withheld by it) at that change's version or later.  Read in change-log
# order along the seq (the primary key), a change being the latest when the (kind, record_id) index holds none
# after it: no GROUP BY over the log and no sort of the rows read (a third of the time of a first sync's query,
# and the record's columns joined to it cost no sort either).
_LATEST_FROM = " FROM changes c LEFT JOIN outbox_settled s ON s.kind = c.kind AND s.record_id = c.record_id"
_IS_LATEST = (" AND NOT EXISTS (SELECT 1 FROM changes n WHERE n.kind = c.kind AND n.record_id = c.record_id"
              " AND n.seq > c.seq) AND (s.seq IS NULL OR s.seq < c.seq OR s.version < c.version"
              " OR s.policy_sha256 IS NOT ?)")
_LATEST_WHERE = " WHERE c.seq > ?" + _IS_LATEST
# Anything sent about the record before, or held by the hub when last asked.
_SENT_BEFORE = ("(EXISTS (SELECT 1 FROM outbox_items i WHERE i.kind = c.kind AND i.record_id = c.record_id)"
                " OR EXISTS (SELECT 1 FROM outbox_hub_view v WHERE v.kind = c.kind AND v.record_id = c.record_id))")
# The latest change of each record after the watermark whose settled row, if any, is below it.
_FULL = ("SELECT l.kind, count(*) FROM (SELECT kind, record_id, max(seq) AS seq FROM changes WHERE seq > ? "
         "GROUP BY kind, record_id) AS l LEFT JOIN outbox_settled s ON s.kind = l.kind AND s.record_id = l.record_id "
         "WHERE s.seq IS NULL OR s.seq < l.seq GROUP BY l.kind")
# For each record changed after the kept seq: counted now (1/0) minus counted at the kept seq (1/0).  NOT INDEXED:
# the changes after the kept seq by their rowid, not the whole (kind, record_id) index for the GROUP BY.
_DELTA = ("SELECT d.kind, sum((s.seq IS NULL OR s.seq < d.now) - (d.before IS NOT NULL AND (s.seq IS NULL OR"
          " s.seq < d.before))) FROM (SELECT n.kind, n.record_id, n.now, (SELECT max(c.seq) FROM changes c"
          " WHERE c.kind = n.kind AND c.record_id = n.record_id AND c.seq <= ?) AS before FROM (SELECT kind,"
          " record_id, max(seq) AS now FROM changes NOT INDEXED WHERE seq > ? GROUP BY kind, record_id) AS n) AS d"
          " LEFT JOIN outbox_settled s ON s.kind = d.kind AND s.record_id = d.record_id GROUP BY d.kind")
_PLAN = "outbox_plan"
_FETCH_TABLE = "CREATE TEMP TABLE IF NOT EXISTS outbox_fetch (id TEXT PRIMARY KEY) WITHOUT ROWID"
_CARRIED = "outbox_carried"
_ITEM_COLUMNS = "bundle_id, kind, record_id, version, seq, op, line_sha256"
# A part's items packed (``carry``): the record ids a JSON array, each version and seq 17 characters ("%017d": an
# integer within ±(2**53 - 1) has at most 16 digits and a sign), each digest its 64 hex digits, read by position
# from BLOB parameters (``substr`` of a BLOB is by byte, of a TEXT by character from the start: quadratic).
_WIDE, _SHA = 17, 64
_MAX = 2**53 - 1
_UNPACK = (f"INSERT OR IGNORE INTO outbox_items ({_ITEM_COLUMNS}) SELECT ?1, ?2, j.value,"
           f" CAST(CAST(substr(?4, {_WIDE} * j.key + 1, {_WIDE}) AS TEXT) AS INTEGER),"
           f" CAST(CAST(substr(?5, {_WIDE} * j.key + 1, {_WIDE}) AS TEXT) AS INTEGER), ?3,"
           f" CAST(substr(?6, {_SHA} * j.key + 1, {_SHA}) AS TEXT) FROM json_each(?7) j ORDER BY j.value")


class OutboxStore:
    """The outbox's reads and writes on one catalogue connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def snapshot(self) -> contextlib.AbstractContextManager:
        """A read transaction: every read inside sees the catalogue as it was at the first one (WAL), while others
        write; only the temporary tables are written.  Inside a transaction already: that one."""
        return snapshot(self.conn)

    # -- reading what is pending ------------------------------------------------------------------
    def last_change_seq(self) -> int:
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]

    def watermark(self, policy_digest: str) -> int:
        """Every record whose latest change is at or below this seq is settled (under this policy)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
        if row is None:
            return 0
        seq, _, digest = row[0].partition(" ")
        return int(seq) if digest == policy_digest else 0

    def pending_changes(self, watermark: int, policy_digest: str) -> sqlite3.Cursor:
        """The latest pending change of each record sent before (or held by the hub), in change-log order, as rows
        of (kind, record_id, seq, version, op)."""
        # Whether anything was sent asked first: a first sync's empty tables answer at once (a third of the time).
        return self.conn.execute(f"SELECT c.kind, c.record_id, c.seq, c.version, c.op{_LATEST_FROM} WHERE c.seq > ?"
                                 f" AND {_SENT_BEFORE}{_IS_LATEST} ORDER BY c.seq", (watermark, policy_digest))

    def unsent(self, kind: str, columns: list[str], watermark: int, policy_digest: str) -> Iterator[tuple]:
        """The latest pending change of each record of ``kind`` never sent (nor held by the hub), in change-log
        order, with the record's current version and these columns as stored (NULL when it is gone): rows of
        (seq, record_id, change version, op, record version, *columns), read through a cursor of their own."""
        table = RECORD_TYPES[kind].table
        cursor = self.conn.cursor()
        cursor.row_factory = None
        # +c.kind: the kind is a filter on the rows read along the seq, not a reason to read the kind's index and
        # then sort by seq.
        cursor.execute(f"SELECT c.seq, c.record_id, c.version, c.op, t.version{''.join(', t.' + n for n in columns)}"
                       f"{_LATEST_FROM} LEFT JOIN {table} t ON t.id = c.record_id{_LATEST_WHERE} AND +c.kind = ?"
                       f" AND NOT {_SENT_BEFORE} ORDER BY c.seq", (watermark, policy_digest, kind))
        try:
            while rows := cursor.fetchmany(500):
                yield from rows
        finally:
            cursor.close()

    def records(self, kind: str, ids: list[str], columns: list[str]) -> dict[str, dict[str, Any]]:
        """The current version of these records, only these fields (decoded).

        One join with a temporary table of the ids, read as plain tuples: per-id lookups
        and sqlite3.Row objects cost several times more on a 100,000-record first sync."""
        rt = RECORD_TYPES[kind]
        names = ["id", "version", *columns]
        decoders = [(i, rt.field(n).from_sql) for i, n in enumerate(names)
                    if i > 1 and rt.field(n).type.converts]
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(_FETCH_TABLE)
        cursor.execute("DELETE FROM temp.outbox_fetch")
        cursor.executemany("INSERT OR IGNORE INTO temp.outbox_fetch (id) VALUES (?)", ((i,) for i in ids))
        out = {}
        for row in cursor.execute(f"SELECT {', '.join('t.' + n for n in names)} FROM temp.outbox_fetch f"
                                  f" JOIN {rt.table} t ON t.id = f.id"):
            if decoders:
                row = list(row)
                for i, decode in decoders:
                    if row[i] is not None:
                        row[i] = decode(row[i])
            out[row[0]] = dict(zip(names, row))
        cursor.execute("DELETE FROM temp.outbox_fetch")
        return out

    def sent(self, kind: str, ids: list[str]) -> Iterator[tuple]:
        """(record_id, version, seq, op, line_sha256, result) of every decision sent about these records, and
        of what the hub said it held when last asked (as an applied decision): one query per 500 ids."""
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.conn.execute(
                f"SELECT record_id, version, seq, op, line_sha256, result FROM outbox_items WHERE kind = ? AND "
                f"record_id IN ({marks}) UNION ALL SELECT record_id, version, seq, op, line_sha256, 'accepted'"
                f" FROM outbox_hub_view WHERE kind = ? AND record_id IN ({marks})", (kind, *chunk, kind, *chunk))

    def orphans(self) -> list[tuple[str, str, int, int]]:
        """Live at the hub when last asked, yet never in this catalogue's change log, nor withdrawn since."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT v.kind, v.record_id, v.version, v.seq FROM outbox_hub_view v WHERE v.op = 'upsert'"
            " AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.kind = v.kind AND c.record_id = v.record_id)"
            " AND NOT EXISTS (SELECT 1 FROM outbox_items i WHERE i.kind = v.kind AND i.record_id = v.record_id"
            " AND i.op = 'delete' AND i.result IN ('accepted', 'duplicate')"
            " AND (i.version, i.seq) >= (v.version, v.seq))"
            " ORDER BY v.kind, v.record_id")]

    # -- the plan: decided entries parked in the bundle's order (sync/outbox_plan.py) -----------------
    def plan_start(self) -> None:
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_PLAN} (seq INTEGER NOT NULL, orphan INTEGER NOT NULL,"
                          " kind_rank INTEGER NOT NULL, change_seq INTEGER NOT NULL, position INTEGER NOT NULL,"
                          " entry BLOB NOT NULL, kind TEXT NOT NULL)")
        # Made now, before any query of the plan runs: a table made while a query reads along the log (no sort
        # holds its rows) aborts that query ("abort due to ROLLBACK").
        self.conn.execute(_FETCH_TABLE)
        self.conn.execute(f"DELETE FROM temp.{_PLAN}")

    def plan_park(self, rows: list[tuple]) -> None:
        """Rows of (seq, orphan, kind rank, change seq, position, entry marshalled, kind)."""
        self.conn.executemany(f"INSERT INTO temp.{_PLAN} (seq, orphan, kind_rank, change_seq, position, entry, kind)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def plan_rank(self, ranks: dict[str, int]) -> None:
        """The record types' ranks in the bundle's order, known once every pending change was seen (orphans: 0)."""
        self.conn.executemany(f"UPDATE temp.{_PLAN} SET kind_rank = ? WHERE kind = ? AND orphan = 0",
                              [(rank, kind) for kind, rank in ranks.items()])

    def plan_entries(self) -> Iterator[tuple]:
        """The parked entries, in the bundle's order, as (seq, orphan, kind rank, change seq, position, entry
        marshalled), through a cursor of their own."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute(f"SELECT seq, orphan, kind_rank, change_seq, position, entry FROM temp.{_PLAN}"
                       " ORDER BY seq, orphan, kind_rank, change_seq, position")
        try:
            yield from cursor
        finally:
            cursor.close()

    def plan_forget(self) -> None:
        self.conn.execute(f"DELETE FROM temp.{_PLAN}")

    # -- what the sealed parts carried, kept until the short write -------------------------------------
    def carried_start(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_CARRIED}")   # an older connection's form of it
        self.conn.execute(f"CREATE TEMP TABLE {_CARRIED} (bundle_id TEXT NOT NULL, kind TEXT NOT NULL,"
                          " record_id TEXT, version INTEGER, seq INTEGER, op TEXT, line_sha256 TEXT,"
                          " versions BLOB, seqs BLOB, digests BLOB)")

    def carry(self, bundle_id: str, items: Sequence[tuple], digests: Sequence[str]) -> None:
        """A sealed part's items (kind, record id, version, seq, op) and their lines' digests, kept until the
        short write.  The items of one record type and one operation (a first sync's part) are one row, packed: no
        Python tuple nor SQL row per item (about a third of the items' bookkeeping); any other part, or one whose
        values are not plainly so (an id not ASCII, a number not a whole one within ±(2**53 - 1), a digest not 64
        characters), is kept an item a row."""
        packed = _packed(items, digests)
        if packed is not None:
            self.conn.execute(f"INSERT INTO temp.{_CARRIED} (bundle_id, kind, op, record_id, versions, seqs, digests)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)", (bundle_id, *packed))
            return
        self.conn.executemany(f"INSERT INTO temp.{_CARRIED} ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                              ((bundle_id, *item, digest) for item, digest in zip(items, digests)))

    def carried_forget(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_CARRIED}")

    # -- the short write after sealing -------------------------------------------------------------
    @contextlib.contextmanager
    def page_cache(self, mib: int) -> Iterator[None]:
        """SQLite's page cache on this connection raised to ``mib`` MiB (at most, as used) inside, then restored."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-int(mib) * 1024}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")

    @contextlib.contextmanager
    def checkpoint_deferred(self) -> Iterator[None]:
        """No automatic checkpoint at the commits inside (``wal_autocheckpoint`` 0 on this connection), then the
        connection's setting restored: the short write's ~30 MB of WAL is not copied into the main file inside the
        export's commit (0.1-0.15 s of wall, 0.03 s of CPU), but by SQLite's own automatic checkpoint at the next
        commit on the catalogue (in a sync, the receipt's, after the upload; in the desktop that, or a save, on one
        of the catalogue's worker threads) or when the catalogue is closed.  Durability does not depend on it: with
        ``synchronous=FULL`` a commit is on disk once the WAL is fsynced, and a WAL left at a power cut is
        recovered when the catalogue is next opened."""
        before = int(self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {before}")

    def record_export(self, parts: list[tuple[Any, int]], withheld: list[tuple], confirmed: list[tuple],
                      policy_digest: str, now: str, user: str) -> None:
        """What an export made: its parts (header, size in bytes), the items they carried (parked by ``carry``),
        the records the policy withheld and those the hub already holds as this policy shares them."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO outbox_settled (kind, record_id, seq, version, status, policy_sha256,"
            " settled_at) VALUES (?, ?, ?, ?, 'withheld', ?, ?)",
            [(k, rid, seq, version, policy_digest, now) for k, rid, seq, version in withheld])
        self.conn.executemany(
            "INSERT INTO outbox_settled (kind, record_id, seq, version, status, policy_sha256, settled_at)"
            " VALUES (?, ?, ?, ?, 'accepted', ?, ?) ON CONFLICT (kind, record_id) DO UPDATE SET"
            " policy_sha256 = excluded.policy_sha256",
            [(k, rid, seq, version, policy_digest, now) for k, rid, seq, version in confirmed])
        self.conn.executemany(
            "INSERT OR IGNORE INTO outbox_bundles (bundle_id, batch_id, part_index, part_count, hub_key_id,"
            " seq_from, seq_to, records, payload_sha256, size, created_at, created_by, policy_sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(h.bundle_id, h.batch_id, h.part_index, h.part_count, h.hub_key_id, h.seq_from, h.seq_to, h.records,
              h.payload_sha256, size, now, user, policy_digest) for h, size in parts])
        self.conn.execute(f"INSERT OR IGNORE INTO outbox_items ({_ITEM_COLUMNS}) SELECT {_ITEM_COLUMNS}"
                          f" FROM temp.{_CARRIED} WHERE versions IS NULL ORDER BY rowid")
        # The packed parts one at a time (their columns as parameters: a column read in the statement would be read
        # whole again for each item), in record-id order: the items' two B-trees filled in order.
        for (rowid,) in self.conn.execute(f"SELECT rowid FROM temp.{_CARRIED} WHERE versions IS NOT NULL"
                                          " ORDER BY rowid").fetchall():
            bundle_id, kind, op, versions, seqs, digests, ids = self.conn.execute(
                f"SELECT bundle_id, kind, op, versions, seqs, digests, record_id FROM temp.{_CARRIED}"
                " WHERE rowid = ?", (rowid,)).fetchone()
            self.conn.execute(_UNPACK, (bundle_id, kind, op, versions, seqs, digests, ids))
        # A record these parts carry is no longer settled as before (withheld, or accepted under another policy):
        # the hub may hold what they carry even if their receipt never comes back, so its next decision must be
        # made again from what was sent (sync/outbox_plan.decide), not skipped on the old settled row nor below
        # the watermark, which promised that every change up to it was settled (tests/test_sync_delivery.py:
        # withheld, then sent under another policy with the receipt lost, then the first policy again).  What a
        # part carried is its items in outbox_items (a part's id is its payload's: one made before carried the
        # same items).
        bundles = [h.bundle_id for h, _ in parts]
        carried = (f"EXISTS (SELECT 1 FROM outbox_items i WHERE i.kind = outbox_settled.kind AND i.record_id ="
                   f" outbox_settled.record_id AND i.bundle_id IN ({', '.join('?' * len(bundles))}))")
        lowest = self.conn.execute(f"SELECT min(seq) FROM outbox_settled WHERE {carried}", bundles).fetchone()[0]
        if lowest is not None:
            self.conn.execute(f"DELETE FROM outbox_settled WHERE {carried}", bundles)
            self._lower_watermark(lowest - 1)

    def _lower_watermark(self, seq: int) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
        if row is not None:
            kept, _, digest = row[0].partition(" ")
            if int(kept) > seq:
                self.set_meta(WATERMARK_KEY, f"{max(seq, 0)} {digest}")

    def advance_watermark(self, policy_digest: str) -> None:
        """Move the watermark to just below the oldest change still unsettled (none: the last change)."""
        watermark = self.watermark(policy_digest)
        oldest = self.conn.execute(f"SELECT c.seq{_LATEST_FROM}{_LATEST_WHERE} ORDER BY c.seq LIMIT 1",
                                   (watermark, policy_digest)).fetchone()
        new = oldest[0] - 1 if oldest is not None else self.last_change_seq()
        self.set_meta(WATERMARK_KEY, f"{new} {policy_digest}")

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def has_meta(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None

    # -- reconciling with what the hub holds --------------------------------------------------------
    def replace_hub_view(self, rows: list[tuple]) -> None:
        """The hub's list in place of every decision sent before (see ``Outbox.reconcile``)."""
        self.conn.execute("DELETE FROM outbox_hub_view")
        self.conn.executemany("INSERT OR REPLACE INTO outbox_hub_view (kind, record_id, version, seq, op,"
                              " line_sha256) VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.conn.execute("UPDATE outbox_items SET result = CASE WHEN result IS NULL THEN 'unconfirmed'"
                          " ELSE 'superseded' END")
        self.conn.execute("DELETE FROM outbox_settled")
        self.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (WATERMARK_KEY, RECONCILE_KEY))

    # -- receipts -------------------------------------------------------------------------------------
    def bundle(self, bundle_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT receipt_at, receipt_status, payload_sha256, policy_sha256"
                                 " FROM outbox_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()

    def items(self, bundle_id: str) -> dict[tuple[str, str], sqlite3.Row]:
        return {(r["kind"], r["record_id"]): r for r in self.conn.execute(
            "SELECT kind, record_id, version, seq, op FROM outbox_items WHERE bundle_id = ?", (bundle_id,))}

    def items_reported(self, bundle_id: str) -> list[sqlite3.Row]:
        """A bundle's records with the hub's answer to each, in report order (the delivery report)."""
        return self.conn.execute("SELECT kind, record_id, version, op, result FROM outbox_items WHERE bundle_id = ?"
                                 " ORDER BY kind, record_id", (bundle_id,)).fetchall()

    def settle(self, bundle_id: str, settled: list[tuple], answers: list[tuple[str, str, str]]) -> None:
        """Settled rows (kind, record_id, seq, version, status, reason, bundle_id, settled_at, policy_sha256),
        never below a later one, and each item's exact answer (kind, record_id, result)."""
        self.conn.executemany(
            "INSERT INTO outbox_settled (kind, record_id, seq, version, status, reason, bundle_id, settled_at,"
            " policy_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, record_id) DO UPDATE SET"
            " seq = excluded.seq, version = excluded.version, status = excluded.status,"
            " reason = excluded.reason, bundle_id = excluded.bundle_id, settled_at = excluded.settled_at,"
            " policy_sha256 = excluded.policy_sha256"
            " WHERE (excluded.version, excluded.seq) >= (outbox_settled.version, outbox_settled.seq)", settled)
        self.conn.executemany("UPDATE outbox_items SET result = ? WHERE bundle_id = ? AND kind = ? AND"
                              " record_id = ?", [(result, bundle_id, kind, rid) for kind, rid, result in answers])

    def refuse(self, bundle_id: str) -> None:
        self.conn.execute("UPDATE outbox_items SET result = 'refused' WHERE bundle_id = ?", (bundle_id,))

    def receipted(self, bundle_id: str, at: str, status: str, raw: str) -> None:
        self.conn.execute("UPDATE outbox_bundles SET receipt_at = ?, receipt_status = ?, receipt = ?"
                          " WHERE bundle_id = ?", (at, status, raw, bundle_id))

    # -- status -----------------------------------------------------------------------------------------
    def bundles(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT bundle_id, batch_id, part_index, part_count, records, size, created_at,"
                                 " receipt_at, receipt_status, receipt FROM outbox_bundles"
                                 " ORDER BY created_at, part_index").fetchall()

    def settled_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT status, count(*) FROM outbox_settled GROUP BY status")}

    # -- the pending counts, kept (sync/pending.py) ----------------------------------------------------
    def counted_in_full(self) -> dict[str, int]:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
        watermark = int(row[0].partition(" ")[0]) if row else 0
        return {kind: n for kind, n in self.conn.execute(_FULL, (watermark,)) if n}

    def counts_delta(self, kept_seq: int) -> Iterator[tuple[str, int]]:
        yield from self.conn.execute(_DELTA, (kept_seq, kept_seq))

    def kept_counts(self) -> tuple[str | None, str | None]:
        """The settled records' generation number and the kept counts (JSON), as stored."""
        meta = dict(self.conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (GENERATION_KEY, KEPT_KEY)))
        return meta.get(GENERATION_KEY), meta.get(KEPT_KEY)


def _packed(items: Sequence[tuple], digests: Sequence[str]) -> tuple | None:
    """(kind, op, record ids as a JSON array, versions, seqs, digests) of a part's items packed for ``_UNPACK``, or
    None when they are not of one record type and one operation, or not plainly packable (tested in C)."""
    if not items or len(digests) != len(items):
        return None
    kinds, ids, versions, seqs, ops = zip(*items)
    if len(set(kinds)) != 1 or len(set(ops)) != 1 or type(kinds[0]) is not str or type(ops[0]) is not str \
            or set(map(type, ids)) != {str} or not "".join(ids).isascii() \
            or set(map(type, versions)) != {int} or set(map(type, seqs)) != {int} \
            or min(*versions, *seqs) < -_MAX or max(*versions, *seqs) > _MAX:
        return None
    sha = "".join(digests)
    if len(sha) != _SHA * len(items) or not sha.isascii():
        return None
    wide = f"{{:0{_WIDE}d}}".format
    return (kinds[0], ops[0], json.dumps(ids), "".join(map(wide, versions)).encode(),
            "".join(map(wide, seqs)).encode(), sha.encode())
