"""What the hub's processes share besides the records: the ingest queue, leases, and the rate-limit counters.

Room ``queue`` (its own numbered migrations), kept with the uploads' state (``hub/uploads.py``): with the hub's
store on PostgreSQL in that same database, beside the hub's rooms (every process of every machine reaches it);
with the SQLite store in the uploads' file ``uploads/uploads.db`` rather than in ``hub.db``: everything here is
written on a laboratory's request path (a rate-limit count per request, the queue row when an upload
completes), and an ingest holds ``hub.db``'s one writer lock for as long as it applies a large part (seconds
for 32 MB); in the uploads' file those writes never wait for an ingest or a link job.  On PostgreSQL no
statement here takes the hub's writers' lock either (``transaction(exclusive=False)``): row locks only.

- ``ingest_queue``: one row per completed upload to ingest, written in the transaction that completes it.
  A worker **claims** the oldest unclaimed row (or one whose lease ran out: its worker died) with a lease,
  renews the lease while it works, and deletes the row when the upload is ingested.  Ingest itself is
  idempotent (``ingested_uploads`` and the bundle id in the hub's room): a claim that expired mid-ingest and is
  taken again by another worker doubles nothing.
- ``leases``: named leases, e.g. ``linking``: one worker at a time runs the link jobs, in their order.
- ``rate_hits``: requests per (scope, key, minute); one statement per check (see ``hit``).

Through the hub's database layer (``hub/db.py``), in its portable SQL (TEXT/INTEGER/REAL, ``ON CONFLICT``,
``RETURNING``): the same statements run on both stores.  On PostgreSQL the claim's inner SELECT takes ``FOR
UPDATE SKIP LOCKED`` (a row another worker is claiming is passed over, not waited for); on SQLite the claim is
one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labnet.common import sqlite as common_sqlite
from labnet.common.clock import file_stamp

from . import db

MIGRATION_1 = """
CREATE TABLE ingest_queue (
    upload_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    claimed_by TEXT,
    lease_until REAL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ingest_queue_order ON ingest_queue (queued_at, upload_id);
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until REAL NOT NULL
);
CREATE TABLE rate_hits (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    minute INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (scope, key, minute)
);
"""
ROOM = common_sqlite.Room("queue", (
    common_sqlite.Migration(1, "the ingest queue, leases and rate-limit counters shared by the hub's processes",
                            MIGRATION_1),))

_CLAIM = """
UPDATE ingest_queue SET claimed_by = ?, lease_until = ?, attempts = attempts + 1
WHERE upload_id = (SELECT upload_id FROM ingest_queue WHERE lease_until IS NULL OR lease_until < ?
                   ORDER BY queued_at, upload_id LIMIT 1{lock})
RETURNING upload_id, owner, attempts
"""

# The previous minute's hits weighted by how much of it the sliding minute still covers, plus this minute's:
# the request is counted only while that stays under the limit (a refused request is not counted).
_PREVIOUS = "coalesce((SELECT p.hits FROM rate_hits AS p WHERE p.scope = ? AND p.key = ? AND p.minute = ?), 0) * ?"
_HIT = f"""
INSERT INTO rate_hits (scope, key, minute, hits) SELECT ?, ?, ?, 1 WHERE {_PREVIOUS} + 1 <= ?
ON CONFLICT (scope, key, minute) DO UPDATE SET hits = rate_hits.hits + 1
WHERE {_PREVIOUS} + rate_hits.hits + 1 <= ?
RETURNING hits
"""


def holder_name() -> str:
    """A name for a claim or a lease: this machine, this process, and a token of its own (a process id reused
    later is another holder)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def holder_is_dead(holder: str | None) -> bool:
    """Whether ``holder`` was a process of this machine that no longer runs: its claims need not wait for their
    lease to run out (a hub restarted after a crash takes its uploads back at once).  Another machine's, or a
    name of another form, is never judged dead here: its lease decides."""
    host, _, rest = (holder or "").partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:   # running, as another user
        return False
    return False


@dataclass(frozen=True)
class Claim:
    upload_id: str
    owner: str
    attempts: int   # this claim included: more than 1 means a worker took it before and did not finish


class QueueStore:
    """The room's SQL, on a database of ``hub/db.py`` (the hub's PostgreSQL store, or the uploads' SQLite file)."""

    def __init__(self, database: db.Database):
        self.db = database

    def _write(self, sql: str, params: tuple) -> Any:
        """One statement in a transaction of its own, that does not queue behind the store's writers (a
        PostgreSQL advisory lock; on SQLite every transaction is ``BEGIN IMMEDIATE``)."""
        with self.db.transaction(exclusive=False) as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchone() if "RETURNING" in sql else cursor.rowcount

    # -- the ingest queue --------------------------------------------------------------
    def enqueue(self, conn: Any, upload_id: str, owner: str, at: str) -> None:
        """In the caller's transaction (the one that completes the upload); a second time does nothing."""
        conn.execute("INSERT INTO ingest_queue (upload_id, owner, queued_at) VALUES (?, ?, ?) "
                     "ON CONFLICT (upload_id) DO NOTHING", (upload_id, owner, at))

    def enqueue_now(self, upload_id: str, owner: str, at: str) -> None:
        with self.db.transaction(exclusive=False) as conn:
            self.enqueue(conn, upload_id, owner, at)

    def claim(self, worker: str, now: float, lease_seconds: float) -> Claim | None:
        """The oldest upload no live worker holds, now held by ``worker`` until ``now + lease_seconds``."""
        sql = _CLAIM.format(lock=" FOR UPDATE SKIP LOCKED" if self.db.dialect == db.POSTGRESQL else "")
        row = self._write(sql, (worker, now + lease_seconds, now))
        return Claim(row["upload_id"], row["owner"], row["attempts"]) if row is not None else None

    def renew(self, upload_id: str, worker: str, until: float) -> bool:
        """Extend ``worker``'s claim; False if it no longer holds it (it expired and another worker took it)."""
        return self._write("UPDATE ingest_queue SET lease_until = ? WHERE upload_id = ? AND claimed_by = ?",
                           (until, upload_id, worker)) == 1

    def done(self, upload_id: str, conn: Any = None) -> None:
        """The upload is ingested (or gone): its row leaves the queue, whoever holds it (in ``conn``'s
        transaction if given)."""
        sql = "DELETE FROM ingest_queue WHERE upload_id = ?"
        if conn is not None:
            conn.execute(sql, (upload_id,))
        else:
            self._write(sql, (upload_id,))

    def release(self, upload_id: str, worker: str) -> None:
        """Give the claim back unfinished (a worker told to stop), for the next worker to take at once."""
        self._write("UPDATE ingest_queue SET claimed_by = NULL, lease_until = NULL "
                    "WHERE upload_id = ? AND claimed_by = ?", (upload_id, worker))

    def release_dead(self) -> int:
        """Give back the claims of this machine's processes that died (killed mid-ingest): taken at once by the
        next claim instead of after their lease; returns how many."""
        held = [r["claimed_by"] for r in self.db.query(
            "SELECT DISTINCT claimed_by FROM ingest_queue WHERE claimed_by IS NOT NULL")]
        return sum(self._write("UPDATE ingest_queue SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ?",
                               (holder,)) for holder in held if holder_is_dead(holder))

    def depth(self) -> int:
        """Uploads waiting to be ingested, those being ingested included."""
        return int(self.db.query("SELECT count(*) AS n FROM ingest_queue")[0]["n"])

    def queued(self) -> set[str]:
        return {r["upload_id"] for r in self.db.query("SELECT upload_id FROM ingest_queue")}

    def claims(self) -> list[dict]:
        """Every row, for the administrator and the tests: who holds what, until when, after how many tries."""
        return [dict(r) for r in self.db.query(
            "SELECT upload_id, owner, queued_at, claimed_by, lease_until, attempts FROM ingest_queue "
            "ORDER BY queued_at, upload_id")]

    # -- named leases --------------------------------------------------------------------
    def take_lease(self, name: str, holder: str, now: float, lease_seconds: float) -> bool:
        """Hold (or keep holding) the lease ``name`` until ``now + lease_seconds``; False if another holds it."""
        return self._write(
            "INSERT INTO leases (name, holder, lease_until) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until "
            "WHERE leases.holder = excluded.holder OR leases.lease_until < ? RETURNING holder",
            (name, holder, now + lease_seconds, now)) is not None

    def drop_lease(self, name: str, holder: str) -> None:
        self._write("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))

    def lease_holder(self, name: str, now: float) -> str | None:
        rows = self.db.query("SELECT holder FROM leases WHERE name = ? AND lease_until >= ?", (name, now))
        return rows[0]["holder"] if rows else None

    # -- rate limits ---------------------------------------------------------------------
    def hit(self, scope: str, key: str, minute: int, previous_weight: float, limit: int) -> int | None:
        """Count one request of ``key`` in ``minute`` if the sliding minute (``previous_weight`` of the minute
        before, and this one) stays within ``limit``: this minute's count, or None when refused (not counted)."""
        before = (scope, key, minute - 1, previous_weight)
        row = self._write(_HIT, (scope, key, minute, *before, limit, *before, limit))
        return int(row["hits"]) if row is not None else None

    def hits(self, scope: str, key: str, minute: int) -> tuple[int, int]:
        """(the minute before's hits, this minute's) for ``key``."""
        rows = {r["minute"]: r["hits"] for r in self.db.query(
            "SELECT minute, hits FROM rate_hits WHERE scope = ? AND key = ? AND minute IN (?, ?)",
            (scope, key, minute - 1, minute))}
        return rows.get(minute - 1, 0), rows.get(minute, 0)

    def forget_hits(self, before_minute: int) -> None:
        self._write("DELETE FROM rate_hits WHERE minute < ?", (before_minute,))


def adopt_sqlite_file(database: db.Database, path: Path) -> int:
    """The uploads of ``path`` (an ``uploads.db`` a hub on PostgreSQL kept before the shared state moved into its
    store) copied into ``database``, each completed one queued again, then the file renamed so that it is read
    once; returns how many uploads were copied.  Without this a completed upload there would never be ingested
    and an unfinished one never resumed.  Rate-limit counts and leases are a minute's business: not copied."""
    if not path.exists():
        return 0
    old = common_sqlite.connect(path)   # read-write: its write-ahead log is folded in when it closes
    try:
        rows = [dict(r) for r in old.execute("SELECT * FROM uploads")] if old.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'uploads'").fetchone() else []
    finally:
        old.close()
    with database.transaction(exclusive=False) as conn:
        for r in rows:
            conn.execute("INSERT INTO uploads (id, owner, length, received, metadata, created_at, expires_at, "
                         "completed_at, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                         (r["id"], r["owner"], r["length"], r["received"] if "received" in r else r["offset"],
                          r["metadata"], r["created_at"], r["expires_at"], r["completed_at"], r["sha256"]))
            if r["completed_at"] is not None:
                conn.execute("INSERT INTO ingest_queue (upload_id, owner, queued_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (upload_id) DO NOTHING", (r["id"], r["owner"], r["completed_at"]))
    moved = path.with_name(f"{path.name}.moved-to-postgresql-{file_stamp()}")
    for suffix in ("", "-wal", "-shm"):   # a second process adopting at once finds them gone: copied already
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").rename(f"{moved}{suffix}")
    return len(rows)
