"""Where partial uploads live on the hub: files on disk, their state in a database.

An upload is a file ``<root>/<id>.part`` that only ever grows by appending,
and a row holding its declared length and the offset the hub has made
durable (column ``received``).  The offset is written only after the bytes
up to it are fsynced, so after a crash the hub never claims bytes it lost:
the file may be longer than the offset (a torn append), and the next append
starts by truncating it back to the offset.

No HTTP here: ``labnet.hub.tus`` speaks the protocol, this module keeps the
bytes (a chunk is written by ``labnet.hub.upload_chunks.ChunkWriter``; what an upload is and the ways one is
refused are ``labnet.hub.upload_types``).  Several hub processes share the store (``labnet-hub serve
--workers N``, and several ``serve`` on one folder): everything they must agree on is in the database,
none in a process's memory.  A chunk being written holds the upload with a lease
(``writer``, ``writer_until``), so a second writer is refused whichever process it
reached, and an upload whose writer died is free again when the lease runs out.  The
transaction that completes an upload also queues it for ingest (``hub/store_queue.py``,
room ``queue`` beside room ``uploads``).

Which database: with the hub's store on PostgreSQL, that same database (rooms ``uploads`` and ``queue`` beside
the hub's; every process of every machine reaches it), the writes here taking row locks only, never the hub's
writers' lock that an ingest holds.  With the SQLite store, a file of its own, ``<root>/uploads.db``: an
ingest holds ``hub.db``'s one writer lock for seconds, and a chunk's commit must not wait for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from labnet.common import clock
from labnet.common import sqlite as common_sqlite
from labnet.common.clock import file_stamp

from . import db, store_queue
from .db_ddl import postgres_ddl
from .upload_chunks import WRITER_LEASE_SECONDS, ChunkWriter
from .upload_types import (
    AlreadyComplete,
    OffsetMismatch,
    TooLarge,
    TooManyOpen,
    Upload,
    UploadError,
    UploadGone,
    UploadInvalid,
    UploadNotFound,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    length INTEGER NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    completed_at TEXT,
    sha256 TEXT
);
"""
# PostgreSQL cannot name a column offset (a reserved word): step 1 quotes it there, so both stores run the same
# steps, and step 3 renames it to ``received`` on both (no reserved word left for later SQL to trip on).
SCHEMA_POSTGRESQL = postgres_ddl(SCHEMA.replace("    offset INTEGER", '    "offset" INTEGER'))
# Who writes a chunk now (a process and request of its own naming), until when: held in the file, not in one
# process's memory, so a second writer is refused whichever hub process it reached.
WRITER_COLUMNS = """
ALTER TABLE uploads ADD COLUMN writer TEXT;
ALTER TABLE uploads ADD COLUMN writer_until REAL;
"""
RENAME_OFFSET = 'ALTER TABLE uploads RENAME COLUMN "offset" TO received;'
# An ingested upload keeps its row (not its bytes: the bundle is kept under its digest) until it expires, so a
# laboratory whose last chunk's answer was lost, asking where the upload stands (HEAD) after the worker has
# ingested it, hears "complete" instead of 404 ("upload gone"), and does not send the bundle again.
INGESTED_COLUMN = "ALTER TABLE uploads ADD COLUMN ingested_at TEXT;"
ROOM = common_sqlite.Room("uploads", (
    common_sqlite.Migration(1, "partial and completed uploads", db.Dialects(SCHEMA, SCHEMA_POSTGRESQL)),
    common_sqlite.Migration(2, "the writer of a chunk, shared by the hub's processes", WRITER_COLUMNS),
    common_sqlite.Migration(3, "the durable offset's column renamed received (offset is reserved in PostgreSQL)",
                            RENAME_OFFSET),
    common_sqlite.Migration(4, "an ingested upload answers as complete until it expires", INGESTED_COLUMN)))
ROOMS = (ROOM, store_queue.ROOM)   # the shared state, in the PostgreSQL store with the hub's own rooms
COLUMNS = "id, owner, length, received, metadata, created_at, expires_at, completed_at, sha256, ingested_at"
# A key of PostgreSQL's two-number advisory locks (the second: the owner's hash), for create's count of open uploads.
CREATE_LOCK = 0x4C4E5550


def _now() -> dt.datetime:
    return clock.now().replace(microsecond=0)   # stored to the second, as before


class UploadStore:
    """Partial and completed uploads under ``root``.

    ``max_size`` caps one upload; an upload not completed within ``lifetime``
    of its creation expires and its bytes are removed by ``expire()``.  An
    owner may have at most ``max_open`` unfinished uploads (each reserves up
    to ``max_size`` of disk until it expires).
    """

    TABLE = "uploads"   # the peer hubs' uploads are the same rows in fed_uploads (hub/federation_uploads.py)

    def __init__(self, root: str | Path, *, max_size: int = 64 * 1024 * 1024,
                 lifetime: dt.timedelta = dt.timedelta(days=7),
                 clock: Callable[[], dt.datetime] = _now, max_open: int | None = None,
                 database: db.Database | None = None, have_backup: bool = False):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.max_size = max_size
        self.max_open = max_open
        self.lifetime = lifetime
        self._clock = clock
        # Through the hub's database layer (hub/db.py): its transactions queue this process's threads on SQLite's
        # one connection, and the SQL here and in hub/store_queue.py is written once for SQLite and PostgreSQL.
        self._owned = database is None or database.dialect != db.POSTGRESQL
        self._db: db.Database
        if not self._owned:
            assert database is not None
            self._db = database   # the hub's PostgreSQL store: its owner closes it
            # Nothing to do when the hub's store migrated these rooms with its own (hub/service.py); a store
            # given alone is brought forward here, its pg_dump beside the uploads' folder.
            self._db.migrate(ROOMS, history=None, have_backup=have_backup, backup_to=lambda step: self.root.parent / (
                f"hub.before-schema-{step}.{file_stamp()}.pgdump"))
            store_queue.adopt_sqlite_file(self._db, self.root / "uploads.db")   # a hub of before: kept there
        else:
            self._db = db.SqliteDatabase(self.root / "uploads.db", busy_timeout=15)
            try:   # a file from before rooms has the table already (CREATE … IF NOT EXISTS), then its version
                self._db.migrate(ROOMS, history=None, backup_to=lambda step: self.root / (
                    f"uploads.before-schema-{step}.{file_stamp()}.db"))
            except BaseException:
                self._db.close()
                raise
        self.queue = store_queue.QueueStore(self._db)
        self._process = store_queue.holder_name()

    @property
    def database(self) -> db.Database:
        """Where the uploads' state and the queue room are (the hub's PostgreSQL store, or uploads.db)."""
        return self._db

    def close(self) -> None:
        if self._owned:
            self._db.close()

    def _transaction(self) -> contextlib.AbstractContextManager[Any]:
        """A write of this room's rows: on PostgreSQL with row locks only (``exclusive=False``), not behind the
        hub's writers' lock an ingest or a link job holds for seconds; on SQLite uploads.db's own lock."""
        return self._db.transaction(exclusive=False)

    # -- state -----------------------------------------------------------------------
    def create(self, owner: str, length: int, metadata: dict[str, str] | None = None) -> Upload:
        if length < 0:
            raise UploadInvalid("the upload length cannot be negative")
        if length > self.max_size:
            raise TooLarge(f"the upload is {length:,} bytes; this hub accepts at most {self.max_size:,}")
        upload_id = secrets.token_hex(16)
        now = self._clock()
        described = json.dumps(metadata or {}, sort_keys=True)
        # Two hub processes creating for one laboratory at once count its open uploads one after the other: in
        # one BEGIN IMMEDIATE transaction on SQLite, under a lock of the laboratory's on PostgreSQL.
        with self._transaction() as conn:
            if self._db.dialect == db.POSTGRESQL:
                conn.execute("SELECT pg_advisory_xact_lock(CAST(? AS INTEGER), hashtext(?))", (CREATE_LOCK, owner))
            if (metadata or {}).get("sha256"):
                # A creation sent again because its answer was lost on the way names the same bytes (same
                # digest and length): it gets the upload already begun, not a second one left to expire.
                row = conn.execute(
                    f"SELECT {COLUMNS} FROM {self.TABLE} WHERE owner = ? AND length = ? AND metadata = ? AND completed_at IS NULL "
                    "AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
                    (owner, length, described, now.isoformat())).fetchone()
                if row is not None:
                    return _from_row(row)
            if self.max_open is not None and length > 0:
                (open_now,) = conn.execute(
                    f"SELECT count(*) FROM {self.TABLE} WHERE owner = ? AND completed_at IS NULL AND expires_at > ?",
                    (owner, now.isoformat())).fetchone()
                if open_now >= self.max_open:
                    raise TooManyOpen(f"this laboratory already has {open_now} unfinished uploads, the most the hub "
                                      "allows at once; finish or end one (DELETE) first, or wait for it to expire")
            self._path(upload_id).touch()
            conn.execute(
                f"INSERT INTO {self.TABLE} (id, owner, length, metadata, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                (upload_id, owner, length, described, now.isoformat(), (now + self.lifetime).isoformat()))
        if length == 0:
            self._complete(upload_id, owner, 0, None)
        return self.get(upload_id, owner)

    def get(self, upload_id: str, owner: str) -> Upload:
        """The upload, if ``owner`` made it and it has not expired (else UploadNotFound / UploadGone)."""
        if not _valid_id(upload_id):
            raise UploadNotFound("there is no such upload")
        rows = self._db.query(f"SELECT {COLUMNS} FROM {self.TABLE} WHERE id = ?", (upload_id,))
        row = rows[0] if rows else None
        if row is None:
            raise UploadNotFound("there is no such upload")
        upload = _from_row(row)
        if upload.owner != owner:
            # Another laboratory's upload is reported exactly like a missing one.
            raise UploadNotFound("there is no such upload")
        if not upload.complete and upload.expires_at <= self._clock():
            raise UploadGone("the upload expired before it was completed; start a new one")
        return upload

    def completed(self) -> list[Upload]:
        """Every completed upload, oldest first."""
        rows = self._db.query(f"SELECT {COLUMNS} FROM {self.TABLE} WHERE completed_at IS NOT NULL AND ingested_at IS NULL "
                              "ORDER BY completed_at, id")
        return [_from_row(row) for row in rows]

    def ids(self) -> set[str]:
        """The id of every upload this store has a row of (finished, unfinished or ingested)."""
        return {row[0] for row in self._db.query(f"SELECT id FROM {self.TABLE}")}

    def path(self, upload: Upload) -> Path:
        return self._path(upload.id)

    def _path(self, upload_id: str) -> Path:
        return self.root / f"{upload_id}.part"

    # -- writing ---------------------------------------------------------------------
    def open_chunk(self, upload_id: str, owner: str, offset: int,
                   checksum: tuple[str, bytes] | None = None) -> ChunkWriter:
        """Start writing a chunk at ``offset``; see ``ChunkWriter``.

        Only one chunk is written to an upload at a time, whichever hub process
        the requests reach: a second request while one is streaming is refused
        rather than interleaved.
        """
        writer = f"{self._process}:{secrets.token_hex(4)}"
        if not self._hold(upload_id, writer) and not self._take_from_dead(upload_id, writer):
            self.get(upload_id, owner)   # no such upload (or not this owner's) says so first
            raise UploadError("another request is already writing to this upload; retry in a moment")
        try:
            upload = self.get(upload_id, owner)
            if upload.complete and upload.length > 0:   # (its bytes may be gone: ingested)
                raise AlreadyComplete(upload.length)
            if offset != upload.offset:
                raise OffsetMismatch(upload.offset, offset)
            return ChunkWriter(self, upload, checksum, writer)
        except BaseException:
            self._release(upload_id, writer)
            raise

    def append(self, upload_id: str, owner: str, offset: int, body: Iterable[bytes],
               checksum: tuple[str, bytes] | None = None) -> Upload:
        """Write the chunk ``body`` yields at ``offset`` (a broken source keeps what arrived)."""
        writer = self.open_chunk(upload_id, owner, offset, checksum)
        try:
            for block in body:
                writer.write(block)
        except ConnectionError:
            writer.abort(keep_received=True)
            raise
        except BaseException:
            writer.abort(keep_received=False)
            raise
        return writer.finish()

    def _hold(self, upload_id: str, writer: str) -> bool:
        """Take (or renew) the upload's writer lease; False if another live writer holds it."""
        now = time.time()
        with self._transaction() as conn:
            cursor = conn.execute(
                f"UPDATE {self.TABLE} SET writer = ?, writer_until = ? WHERE id = ? "
                "AND (writer IS NULL OR writer = ? OR writer_until < ?)",
                (writer, now + WRITER_LEASE_SECONDS, upload_id, writer, now))
        return cursor.rowcount == 1

    def _take_from_dead(self, upload_id: str, writer: str) -> bool:
        """The upload's writer was a process of this machine that died mid-chunk (a hub killed and restarted):
        its lease need not run out before the laboratory resumes."""
        with self._transaction() as conn:
            row = conn.execute(f"SELECT writer FROM {self.TABLE} WHERE id = ?", (upload_id,)).fetchone()
            if row is None or not store_queue.holder_is_dead(row["writer"]):
                return False
            cursor = conn.execute(f"UPDATE {self.TABLE} SET writer = ?, writer_until = ? WHERE id = ? AND writer = ?",
                                        (writer, time.time() + WRITER_LEASE_SECONDS, upload_id, row["writer"]))
        return cursor.rowcount == 1

    def _release(self, upload_id: str, writer: str) -> None:
        with self._transaction() as conn:
            conn.execute(f"UPDATE {self.TABLE} SET writer = NULL, writer_until = NULL WHERE id = ? AND writer = ?",
                               (upload_id, writer))

    def _commit(self, out: BinaryIO, upload: Upload, offset: int, writer: str) -> None:
        """The bytes up to ``offset`` are durable: say so and free the upload, in one statement (a client that
        reads the new offset and resumes at once, on any hub process, finds the upload free); complete
        and queue it for ingest in the same transaction when that was its last byte."""
        out.flush()
        os.fsync(out.fileno())
        if offset == upload.length:
            self._complete(upload.id, upload.owner, offset, writer)
            return
        with self._transaction() as conn:
            conn.execute(f"UPDATE {self.TABLE} SET received = ?, writer = NULL, writer_until = NULL "
                               "WHERE id = ? AND writer = ?", (offset, upload.id, writer))

    def _complete(self, upload_id: str, owner: str, offset: int, writer: str | None) -> None:
        sha = hashlib.sha256()
        with self._path(upload_id).open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                sha.update(block)
        now = self._clock().isoformat()
        with self._transaction() as conn:
            conn.execute(f"UPDATE {self.TABLE} SET received = ?, completed_at = ?, sha256 = ?, writer = NULL, "
                         "writer_until = NULL WHERE id = ?", (offset, now, sha.hexdigest(), upload_id))
            self.queue.enqueue(conn, upload_id, owner, now)

    def ingested(self, upload_id: str, owner: str) -> None:
        """The worker ingested the completed upload: it leaves the queue and its bytes go, but its row stays
        (answering HEAD as complete) until it expires, then ``expire()`` removes it.  The worker can ingest
        an upload in the milliseconds between its last chunk's commit and that chunk's answer reaching the
        laboratory; an answer lost then made the laboratory's HEAD find nothing ("upload gone", issue 19)."""
        upload = self.get(upload_id, owner)
        now = self._clock().isoformat()
        with self._transaction() as conn:
            conn.execute(f"UPDATE {self.TABLE} SET ingested_at = ? WHERE id = ?", (now, upload.id))
            self.queue.done(upload.id, conn)
            # The rows of those ingested before and expired since (their bytes went when they were ingested):
            # the table holds a lifetime's uploads, not every upload ever.
            conn.execute(f"DELETE FROM {self.TABLE} WHERE ingested_at IS NOT NULL AND expires_at <= ?", (now,))
        self._path(upload.id).unlink(missing_ok=True)

    def terminate(self, upload_id: str, owner: str) -> None:
        upload = self.get(upload_id, owner)
        with self._transaction() as conn:
            conn.execute(f"DELETE FROM {self.TABLE} WHERE id = ?", (upload.id,))
            self.queue.done(upload.id, conn)   # a completed upload ended before it was ingested leaves the queue
        self._path(upload.id).unlink(missing_ok=True)

    def expire(self) -> int:
        """Remove incomplete uploads past their expiry, and ingested ones (their row only is left); returns how
        many."""
        with self._transaction() as conn:
            rows = conn.execute(f"SELECT id FROM {self.TABLE} WHERE (completed_at IS NULL OR ingested_at IS NOT NULL) "
                                "AND expires_at <= ?", (self._clock().isoformat(),)).fetchall()
            for (upload_id,) in rows:
                conn.execute(f"DELETE FROM {self.TABLE} WHERE id = ?", (upload_id,))
                self._path(upload_id).unlink(missing_ok=True)
        return len(rows)


def _valid_id(upload_id: str) -> bool:
    # Ids are 32 lowercase hex digits: nothing else can name a file.
    return len(upload_id) == 32 and all(c in "0123456789abcdef" for c in upload_id)


def _from_row(row: tuple) -> Upload:
    upload_id, owner, length, offset, metadata, created, expires, completed, sha, ingested = row
    return Upload(upload_id, owner, length, offset, json.loads(metadata), dt.datetime.fromisoformat(created),
                  dt.datetime.fromisoformat(expires), dt.datetime.fromisoformat(completed) if completed else None,
                  sha, dt.datetime.fromisoformat(ingested) if ingested else None)
