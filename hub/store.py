"""The hub's own store: its migrations, and the store classes that hold its SQL.

The store is an SQLite file beside the hub's keys (WAL, ``synchronous=FULL``; the default, for a small network
and the demo) or a PostgreSQL database (production), through the layer in ``hub/db.py``.  Its tables are the
``hub`` room's (and those of ``OTHER_ROOMS``), moved forward by numbered migrations, each in one transaction
with its version bump that a failure rolls back, after a copy (``hub.before-schema-hub-8.<time>.db``, or a
``pg_dump`` into the hub's folder: ``hub/db_postgres.py``).

The SQL that reads and writes those tables is in the store classes, one module per group of tables:
``store_labs`` (laboratories, keys, enrolment codes, sessions), ``store_bulletins``, ``store_links``
(harmonised methods, link jobs, cross-laboratory links), ``store_received`` (bundles, refused files, the
network's records), ``store_admins`` (named administrators, their sessions, the hub's audit trail) and
``store_pt`` (proficiency-test rounds); the hub's
other modules call their methods (tests/test_sql_rooms.py holds them to it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from labnet.common import clock
from labnet.common import sqlite as common_sqlite

from . import db, store_exchange, store_federation, store_peaks
from .errors import Conflict, Forbidden, HubError, NotFound, Unauthenticated
from .store_admins import MIGRATION, AdminStore
from .store_bulletins import BulletinStore
from .store_labs import Lab, LabRegistry, digest
from .store_links import LinkStore
from .store_pt import MIGRATION_SQL as PT_MIGRATION_SQL
from .store_pt import ProficiencyStore
from .store_received import ReceivedStore

# Where the hub's modules have always imported them from.
__all__ = ["HISTORY", "HUB_DB", "MIGRATIONS", "Conflict", "Forbidden", "HubError", "HubStore", "Lab", "NotFound",
           "Unauthenticated", "digest", "utc_now"]

HUB_DB = "hub.db"

# In the portable subset of hub/db.py (a step that cannot be is a db.Dialects): the same steps on both stores.
MIGRATIONS: list[tuple[int, str, Any]] = [
    (1, "laboratories, enrolment codes, sessions", """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labs (
    lab_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    identity TEXT NOT NULL,
    signing_key_id TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_reason TEXT,
    last_contact TEXT
);
CREATE TABLE lab_keys (
    key_id TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    purpose TEXT NOT NULL CHECK (purpose IN ('signing', 'encryption')),
    public_key BLOB NOT NULL,
    added_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE INDEX lab_keys_lab ON lab_keys (lab_id);
CREATE TABLE enrolment_codes (
    token_sha256 TEXT PRIMARY KEY,
    lab_name TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    lab_id TEXT REFERENCES labs (lab_id)
);
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    expires_at TEXT NOT NULL
);
CREATE TABLE seen_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
);
"""),
    (2, "received bundles, receipts and the network's records", """
CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    batch_id TEXT NOT NULL,
    part_index INTEGER NOT NULL,
    part_count INTEGER NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    file_sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('processed', 'rejected')),
    reason TEXT,
    accepted INTEGER NOT NULL,
    duplicate INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    receipt BLOB NOT NULL
);
CREATE INDEX bundles_lab ON bundles (lab_id, received_at);
-- Files that could not be tied to an authentic bundle (bad format, signature…):
-- kept for the administrator, never answered with a signed receipt.
CREATE TABLE refused_files (
    file_sha256 TEXT NOT NULL,
    uploader TEXT,
    claimed_bundle_id TEXT,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    error TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX refused_files_claim ON refused_files (uploader, claimed_bundle_id);
-- A completed upload is ingested exactly once: marked here in the transaction that applies it.
CREATE TABLE ingested_uploads (
    upload_id TEXT PRIMARY KEY,
    file_sha256 TEXT NOT NULL,
    bundle_id TEXT,
    ingested_at TEXT NOT NULL
);
CREATE TABLE network_records (
    lab_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    bundle_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    record TEXT,
    PRIMARY KEY (lab_id, kind, record_id)
) WITHOUT ROWID;
CREATE INDEX network_records_kind ON network_records (kind, lab_id);
"""),
    (3, "bulletins", """
CREATE TABLE bulletins (
    seq INTEGER PRIMARY KEY,
    to_lab TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document BLOB NOT NULL
);
CREATE INDEX bulletins_to ON bulletins (to_lab, seq);
"""),
    (4, "harmonised methods and cross-laboratory links", """
-- Comparison methods the network adopted; the latest published for a drug type is the one in use.
CREATE TABLE hub_methods (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    drug_type TEXT NOT NULL,
    definition TEXT NOT NULL,
    published_at TEXT NOT NULL,
    bulletin_seq INTEGER NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE INDEX hub_methods_drug ON hub_methods (drug_type, published_at);
-- Work for the linker, written in the transaction that changed the profiles: a crash loses none.
CREATE TABLE link_jobs (
    job_id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('bundle', 'method')),
    ref TEXT NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX link_jobs_pending ON link_jobs (done_at, job_id);
-- Links between profiles of two different laboratories, a < b in (lab, record) order.
CREATE TABLE network_links (
    method_name TEXT NOT NULL,
    method_version INTEGER NOT NULL,
    lab_a TEXT NOT NULL,
    record_a TEXT NOT NULL,
    lab_b TEXT NOT NULL,
    record_b TEXT NOT NULL,
    score REAL NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (method_name, method_version, lab_a, record_a, lab_b, record_b)
) WITHOUT ROWID;
CREATE INDEX network_links_b ON network_links (method_name, method_version, lab_b, record_b);
"""),
    # A laboratory's decisions about one record are ordered by (version, seq): a sharing-policy change
    # withdraws or re-sends a record without a new version, under a higher seq.
    (5, "the order of a laboratory's decisions about one record version", """
ALTER TABLE network_records ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
"""),
    # Records whose decision was older than the one held were counted as duplicates before (bundle-format §10).
    (6, "records a bundle carried older than the decision held (outdated)", """
ALTER TABLE bundles ADD COLUMN outdated INTEGER NOT NULL DEFAULT 0;
"""),
    # A link job the engine refuses (a method too loose for the network: too many links) is done, with
    # its reason, instead of staying first in the queue and blocking every later job.
    (7, "link jobs refused by the linkage engine, with their reason", """
ALTER TABLE link_jobs ADD COLUMN error TEXT;
"""),
    # Issue 19: named administrators with roles, their sessions, the hub's audit trail; the shared
    # administrator token becomes the account "admin" whose one-time token it is (hub/store_admins.py).
    (8, "named administrators, their sessions and the hub's audit trail", MIGRATION),
    # Issue 21: proficiency-test rounds, their items, participants (anonymous codes) and results (hub/store_pt.py).
    (9, "proficiency-test rounds, their items, participants and results", PT_MIGRATION_SQL),
    # Issue 20: each profile's peaks packed beside its JSON, for a peer's search to read a million without
    # parsing them (hub/store_peaks.py); the profiles held are packed by the step.
    (10, "the network's profiles packed beside their JSON", store_peaks.migrate),
]

# Before rooms: the first seven migrations, counted in PRAGMA user_version; step 8 records them as the hub room's.
# Frozen: a later migration goes to MIGRATIONS (the room) only.
HISTORY = common_sqlite.History((
    *(common_sqlite.Migration(n, d, s) for n, d, s in MIGRATIONS[:7]),
    common_sqlite.Migration(8, "a version per room", lambda conn, path: common_sqlite.stamp_rooms(conn, {"hub": 7})),
))


PAGE_SIZE = 16384   # of a new hub file (an existing one keeps its own)


def utc_now() -> dt.datetime:
    """The hub's clock: ``labnet.common.clock.now`` to the second (its stored times have no fractions)."""
    return clock.now().replace(microsecond=0)


def rooms(migrations: Sequence[tuple[int, str, Any]] | None = None) -> list[common_sqlite.Room]:
    """The rooms whose tables are in the hub's store: the hub's own, then each in ``OTHER_ROOMS``."""
    hub = common_sqlite.Room("hub", tuple(common_sqlite.Migration(n, d, s) for n, d, s in (migrations or MIGRATIONS)))
    return [hub, *OTHER_ROOMS]


# Rooms of other parts of the hub that keep tables in its store (their migrations in the portable subset of
# hub/db.py, or Dialects steps), migrated with the hub's room on both stores when the store is opened: once, before
# any worker starts (serve opens the hub first), never by an app or an ingestor being made afterwards.
OTHER_ROOMS: list[common_sqlite.Room] = [store_exchange.ROOM, store_federation.room()]

MIGRATION_WAIT_SECONDS = 600   # how long an opener waits for another process's migration to finish


def is_current(database: db.Database, wanted: Sequence[common_sqlite.Room]) -> bool:
    """Whether every room of ``wanted`` is at its latest version (read only: nothing is written).  A room newer
    than this program knows is not current: the migration refuses it (``SchemaTooNew``) without writing."""
    versions = database.room_versions()
    return all(versions.get(room.name, 0) == room.latest for room in wanted)


@contextlib.contextmanager
def migration_lock(path: Path | None) -> Iterator[None]:
    """Across processes, one migration of an SQLite file at a time (``labnet-hub serve``'s workers, a
    ``labnet-hub worker`` started with it): an exclusive lock on an empty SQLite file beside it
    (``hub.db.migrating``; SQLite's own file locking, released by the system when a process dies), held while
    the versions are read again and the steps run, so the second process finds nothing to do — no second copy
    of the file, no DDL.  The lock cannot be the file's own ``BEGIN IMMEDIATE``: each step takes that in turn.
    PostgreSQL serialises its migrations itself (an advisory lock, ``hub/db_postgres.py``)."""
    if path is None:
        yield
        return
    lock = sqlite3.connect(str(path.with_name(path.name + ".migrating")), isolation_level=None,
                           timeout=MIGRATION_WAIT_SECONDS)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        lock.close()   # ends the transaction: the lock is released


def migrate_file(database: db.Database, wanted: Sequence[common_sqlite.Room], *,
                 history: common_sqlite.History | None, backup_to: Callable[[str], Path],
                 have_backup: bool = False) -> Path | None:
    """Bring ``wanted`` to its latest versions, once across processes; the copy taken first, if any.  A store
    already current is only read."""
    if is_current(database, wanted) and (history is None or database.dialect != db.SQLITE
                                          or _legacy_done(database, history)):
        return None
    with migration_lock(getattr(database, "path", None) if database.dialect == db.SQLITE else None):
        return database.migrate(wanted, history=history, backup_to=backup_to, have_backup=have_backup)


def _legacy_done(database: db.Database, history: common_sqlite.History) -> bool:
    row = database.query("PRAGMA user_version")
    return bool(row) and row[0][0] >= history.mark


class HubStore(LabRegistry):
    """The hub's database, SQLite or PostgreSQL (``hub/db.py``); safe to share between the server's threads.

    Its SQL is in its store classes, one per group of tables: the laboratories' register (``store_labs``, part
    of this class), and ``bulletins``, ``links`` (harmonised methods, link jobs, cross-laboratory links) and
    ``received`` (bundles, refused files, the network's records), each given this store's connection.

    ``database``: the SQLite file (a path or ``sqlite:`` URL) or a ``postgresql://`` URL.  ``backup_dir``: where
    a PostgreSQL store's ``pg_dump`` goes before a migration (an SQLite file's copy goes beside it);
    ``have_backup``: the administrator took one (``--i-have-a-backup``), needed only without ``pg_dump``."""

    def __init__(self, database: str | Path, *, clock: Callable[[], dt.datetime] = utc_now,
                 migrations: list[tuple[int, str, Any]] | None = None, backup_dir: Path | None = None,
                 have_backup: bool = False, pool_size: int = 8, postgres_rooms: Sequence[common_sqlite.Room] = ()):
        self.clock = clock
        # Rooms this store keeps only on PostgreSQL (the uploads' shared state, hub/uploads.py: on SQLite a file
        # of its own), migrated with the hub's in one pass: one pg_dump at most, none for a new store.
        self.postgres_rooms = tuple(postgres_rooms)
        # 16 KiB pages in a new file: a network record is ~900 bytes of JSON, four to a 4 KiB page, and the apply's
        # upsert and commit took 0.27 CPU s per 18,022 records with 4 KiB pages, 0.12 s with 16 KiB (issue 18).
        self.target = database
        self.database = db.open_database(database, page_size=PAGE_SIZE, pool_size=pool_size)
        self.dialect = self.database.dialect
        self.path: Path | None = getattr(self.database, "path", None)
        self.backup_dir = backup_dir if backup_dir is not None else (self.path.parent if self.path else None)
        try:
            self.migrate(migrations or MIGRATIONS, have_backup=have_backup)
        except BaseException:
            self.database.close()
            raise
        self.have_backup = have_backup
        if isinstance(self.database, db.SqliteDatabase):   # what hub/store_exchange.py and store_federation.py
            self._conn, self._lock = self.database._conn, self.database._lock   # reach for, until migrate_room
        self.bulletins = BulletinStore(self)
        self.links = LinkStore(self)
        self.received = ReceivedStore(self)
        self.admins = AdminStore(self)
        self.pt = ProficiencyStore(self)
        self.peaks = store_peaks.PeakStore(self)

    def close(self) -> None:
        self.database.close()

    def migrate(self, migrations: list[tuple[int, str, Any]], *, have_backup: bool = False) -> Path | None:
        """Bring the store to every room's latest migration; the copy taken first, if any.

        Before rooms an SQLite hub counted its migrations in ``PRAGMA user_version`` alone: such a file is the
        hub room at that version (the history is the same steps, then one that writes ``room_versions``).  A
        PostgreSQL store began with rooms."""
        extra = list(self.postgres_rooms) if self.database.dialect == db.POSTGRESQL else []
        return migrate_file(self.database, [*rooms(migrations), *extra], history=HISTORY,
                            backup_to=self._backup_name, have_backup=have_backup)

    def migrate_room(self, room: common_sqlite.Room) -> Path | None:
        """Another part of the hub keeping its tables in this store (its own room, e.g. ``federation``): checked
        at its latest version (the store's opening migrated it, ``OTHER_ROOMS``; nothing is written then), else
        brought there once across processes, with the same copy first when the store held a schema."""
        return migrate_file(self.database, [room], history=None, backup_to=self._backup_name,
                            have_backup=self.have_backup)

    def _backup_name(self, step: str) -> Path:
        if self.path is not None:
            return self.path.with_name(f"{self.path.stem}.before-schema-{step}.{clock.file_stamp()}.db")
        folder = self.backup_dir if self.backup_dir is not None else Path.cwd()
        return folder / f"hub.before-schema-{step}.{clock.file_stamp()}.pgdump"

    def transaction(self, exclusive: bool = True) -> contextlib.AbstractContextManager[db.Connection]:
        """One write transaction: all of it lands, or none (writers queue: ``hub/db.py``)."""
        return self.database.transaction(exclusive)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[db.Row]:
        return self.database.query(sql, params)

    def now(self) -> str:
        return self.clock().isoformat()

    # -- meta --------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                         (key, value, value))
