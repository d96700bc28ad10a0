"""The catalogue room's tables and migrations, and the history of the catalogue file.

A catalogue file holds the tables of three rooms: the catalogue's own (records,
custody, change and audit logs, accounts, attachments, meta; here), profiling's
(``labnet.profiling.schema``) and sync's (``labnet.sync.schema``).  Each room numbers its own
migrations; ``room_versions`` in the file says how far each room is
(``labnet.common.sqlite.migrate`` runs them).

Until step 9 one number, ``PRAGMA user_version``, counted the steps of all
rooms together: ``MIGRATIONS`` is that history, frozen, and a file from before
rooms is brought forward by exactly the steps that shaped it, then step 9
records which room each step belonged to.  A new file is built by the rooms'
migrations and ends with the same schema (``tests/test_rooms.py``).

Each migration is frozen once released: its SQL is written out literally (not
generated from ``records.py``); ``tests/test_migrations.py`` checks that the
result matches the record definitions, so the two cannot drift.  Before
migrating a catalogue that already holds a schema, the store makes a backup
copy of the file; every migration runs in one transaction with its version
bump, so a crash leaves the file either wholly before or wholly after it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from labnet.common import clock, sqlite

CORE_TABLES = """
CREATE TABLE reference_samples (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    inventory_code TEXT,
    substance TEXT,
    cas_number TEXT,
    salt_form TEXT,
    schedule TEXT,
    provider TEXT,
    lot TEXT,
    purity REAL,
    purity_uncertainty REAL,
    purity_unit TEXT,
    certificate TEXT,
    received_on TEXT,
    opened_on TEXT,
    expiry_on TEXT,
    quantity REAL,
    remaining_quantity REAL,
    unit TEXT,
    low_stock_level REAL,
    storage_location TEXT,
    storage_conditions TEXT,
    status TEXT,
    shareable INTEGER,
    notes TEXT
);
CREATE UNIQUE INDEX reference_samples_natural_key ON reference_samples (inventory_code);
CREATE TABLE training_records (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    staff_member TEXT,
    competence_area TEXT,
    activity_type TEXT,
    title TEXT,
    provider TEXT,
    started_on TEXT,
    ended_on TEXT,
    hours REAL,
    outcome TEXT,
    score REAL,
    z_score REAL,
    pt_scheme TEXT,
    pt_round TEXT,
    certificate TEXT,
    requalification_due TEXT,
    authorised_by TEXT,
    shareable INTEGER,
    notes TEXT
);
CREATE UNIQUE INDEX training_records_natural_key ON training_records (staff_member, competence_area, activity_type, started_on);
CREATE TABLE profiling_results (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    lab_sample_number TEXT,
    seizure_reference TEXT,
    case_number TEXT,
    seizure_date TEXT,
    seizure_country TEXT,
    seizure_region TEXT,
    seizure_place TEXT,
    drug_type TEXT,
    form TEXT,
    main_substance TEXT,
    purity REAL,
    adulterants TEXT,
    diluents TEXT,
    peaks TEXT,
    method TEXT,
    instrument TEXT,
    internal_standard TEXT,
    logo TEXT,
    colour TEXT,
    diameter_mm REAL,
    thickness_mm REAL,
    weight_mg REAL,
    score_line TEXT,
    shape TEXT,
    packaging TEXT,
    analyst TEXT,
    analysed_on TEXT,
    reference_samples_used TEXT,
    shareable INTEGER,
    notes TEXT
);
CREATE UNIQUE INDEX profiling_results_natural_key ON profiling_results (lab_sample_number);
"""

LOGS_AND_PEOPLE = """
-- Chain of custody: every withdrawal from a reference sample.  Append-only.
CREATE TABLE usage_log (
    id TEXT PRIMARY KEY,
    sample_id TEXT NOT NULL REFERENCES reference_samples (id) ON DELETE RESTRICT,
    entry_number INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL,
    quantity_in_sample_unit REAL NOT NULL,
    remaining_after REAL NOT NULL CHECK (remaining_after >= 0),
    withdrawn_by TEXT NOT NULL,
    case_number TEXT,
    purpose TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (sample_id, entry_number)
);
CREATE TRIGGER usage_log_no_update BEFORE UPDATE ON usage_log
BEGIN SELECT RAISE(ABORT, 'the usage log is append-only'); END;
CREATE TRIGGER usage_log_no_delete BEFORE DELETE ON usage_log
BEGIN SELECT RAISE(ABORT, 'the usage log is append-only'); END;

-- The change log that sync reads: one row per insert, update or delete.
-- AUTOINCREMENT: a sequence number is never reused, even after deletes.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at TEXT NOT NULL,
    user TEXT NOT NULL
);
CREATE INDEX changes_record ON changes (kind, record_id);
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

-- What remains of a deleted record: enough for sync to delete it elsewhere.
CREATE TABLE tombstones (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    natural_key TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (kind, record_id)
);

-- Audit trail: append-only, each entry chained to the previous by SHA-256.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT,
    record_id TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (kind, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('analyst', 'quality_manager', 'administrator')),
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- Certificates and other files, stored by content beside the database.
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Triggers keep the search index in step on UPDATE and DELETE.  New rows are
# indexed by the store itself (Catalogue._insert), in one INSERT … SELECT per
# write: an AFTER INSERT trigger costs ~20 µs a row, which alone would take
# half the time budget of a 100,000-row import.
SEARCH = """
CREATE VIRTUAL TABLE reference_samples_fts USING fts5(inventory_code, substance, provider, lot, storage_location, notes, content='reference_samples', content_rowid='pk', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER reference_samples_fts_delete AFTER DELETE ON reference_samples BEGIN
    INSERT INTO reference_samples_fts (reference_samples_fts, rowid, inventory_code, substance, provider, lot, storage_location, notes) VALUES ('delete', old.pk, old.inventory_code, old.substance, old.provider, old.lot, old.storage_location, old.notes);
END;
CREATE TRIGGER reference_samples_fts_update AFTER UPDATE OF inventory_code, substance, provider, lot, storage_location, notes ON reference_samples BEGIN
    INSERT INTO reference_samples_fts (reference_samples_fts, rowid, inventory_code, substance, provider, lot, storage_location, notes) VALUES ('delete', old.pk, old.inventory_code, old.substance, old.provider, old.lot, old.storage_location, old.notes);
    INSERT INTO reference_samples_fts (rowid, inventory_code, substance, provider, lot, storage_location, notes) VALUES (new.pk, new.inventory_code, new.substance, new.provider, new.lot, new.storage_location, new.notes);
END;
INSERT INTO reference_samples_fts (reference_samples_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE training_records_fts USING fts5(staff_member, competence_area, title, provider, notes, content='training_records', content_rowid='pk', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER training_records_fts_delete AFTER DELETE ON training_records BEGIN
    INSERT INTO training_records_fts (training_records_fts, rowid, staff_member, competence_area, title, provider, notes) VALUES ('delete', old.pk, old.staff_member, old.competence_area, old.title, old.provider, old.notes);
END;
CREATE TRIGGER training_records_fts_update AFTER UPDATE OF staff_member, competence_area, title, provider, notes ON training_records BEGIN
    INSERT INTO training_records_fts (training_records_fts, rowid, staff_member, competence_area, title, provider, notes) VALUES ('delete', old.pk, old.staff_member, old.competence_area, old.title, old.provider, old.notes);
    INSERT INTO training_records_fts (rowid, staff_member, competence_area, title, provider, notes) VALUES (new.pk, new.staff_member, new.competence_area, new.title, new.provider, new.notes);
END;
INSERT INTO training_records_fts (training_records_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE profiling_results_fts USING fts5(lab_sample_number, seizure_reference, case_number, seizure_region, seizure_place, main_substance, adulterants, diluents, logo, packaging, notes, content='profiling_results', content_rowid='pk', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER profiling_results_fts_delete AFTER DELETE ON profiling_results BEGIN
    INSERT INTO profiling_results_fts (profiling_results_fts, rowid, lab_sample_number, seizure_reference, case_number, seizure_region, seizure_place, main_substance, adulterants, diluents, logo, packaging, notes) VALUES ('delete', old.pk, old.lab_sample_number, old.seizure_reference, old.case_number, old.seizure_region, old.seizure_place, old.main_substance, old.adulterants, old.diluents, old.logo, old.packaging, old.notes);
END;
CREATE TRIGGER profiling_results_fts_update AFTER UPDATE OF lab_sample_number, seizure_reference, case_number, seizure_region, seizure_place, main_substance, adulterants, diluents, logo, packaging, notes ON profiling_results BEGIN
    INSERT INTO profiling_results_fts (profiling_results_fts, rowid, lab_sample_number, seizure_reference, case_number, seizure_region, seizure_place, main_substance, adulterants, diluents, logo, packaging, notes) VALUES ('delete', old.pk, old.lab_sample_number, old.seizure_reference, old.case_number, old.seizure_region, old.seizure_place, old.main_substance, old.adulterants, old.diluents, old.logo, old.packaging, old.notes);
    INSERT INTO profiling_results_fts (rowid, lab_sample_number, seizure_reference, case_number, seizure_region, seizure_place, main_substance, adulterants, diluents, logo, packaging, notes) VALUES (new.pk, new.lab_sample_number, new.seizure_reference, new.case_number, new.seizure_region, new.seizure_place, new.main_substance, new.adulterants, new.diluents, new.logo, new.packaging, new.notes);
END;
INSERT INTO profiling_results_fts (profiling_results_fts) VALUES ('rebuild');

-- Indexes behind the everyday filters and the dashboard.
CREATE INDEX reference_samples_status ON reference_samples (status, expiry_on);
CREATE INDEX reference_samples_expiry ON reference_samples (expiry_on);
CREATE INDEX reference_samples_substance ON reference_samples (substance);
CREATE INDEX training_records_staff ON training_records (staff_member, competence_area);
CREATE INDEX training_records_requalification ON training_records (requalification_due);
CREATE INDEX profiling_results_drug_date ON profiling_results (drug_type, seizure_date);
CREATE INDEX profiling_results_date ON profiling_results (seizure_date);
CREATE INDEX profiling_results_country ON profiling_results (seizure_country, seizure_date);
CREATE INDEX profiling_results_drug_country ON profiling_results (drug_type, seizure_country, seizure_date);
CREATE INDEX profiling_results_seizure ON profiling_results (seizure_reference);
"""

# Every record under the audit chain (catalogue.digests, catalogue.integrity): each change-log row
# gets the digest of the record's stored state after the write and its natural
# key (what names it to a person after a deletion); the records and tombstones
# already there are sealed once, as they are, in ``sealed_records`` and one
# "seal" audit entry.  The change log and the seal become append-only.
RECORDS_UNDER_CHAIN = """
ALTER TABLE changes ADD COLUMN natural_key TEXT;
ALTER TABLE changes ADD COLUMN sha256 TEXT;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TABLE sealed_records (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('record', 'deleted')),
    natural_key TEXT,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
CREATE TRIGGER sealed_records_no_update BEFORE UPDATE ON sealed_records
BEGIN SELECT RAISE(ABORT, 'the sealed digests are append-only'); END;
CREATE TRIGGER sealed_records_no_delete BEFORE DELETE ON sealed_records
BEGIN SELECT RAISE(ABORT, 'the sealed digests are append-only'); END;
"""


def _seal_records(conn: sqlite3.Connection, path: Path) -> None:
    """Migration 6: the SQL above, then the seal (skipped in a new, empty catalogue: nothing to seal)."""
    from . import digests

    for statement in RECORDS_UNDER_CHAIN.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    if not conn.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() and not any(
            conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
            for t in ("reference_samples", "training_records", "profiling_results", "tombstones", "attachments")):
        return
    digests.seal(conn, path.parent / "attachments", *_now_and_login())


def _now_and_login() -> tuple[str, str]:
    """When a seal is made, and under which operating-system login (a migration has no account)."""
    import getpass

    try:
        user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        user = "unknown"
    return clock.stamp(), user


def _seal_accounts(conn: sqlite3.Connection, path: Path) -> None:
    """Migration 8: one "seal_account" entry per account as it is now (none in a catalogue without accounts)."""
    from . import account_digests

    if conn.execute("SELECT 1 FROM users LIMIT 1").fetchone():
        account_digests.seal(conn, *_now_and_login())


def _room_step(room: str, number: int) -> Callable[[sqlite3.Connection, Path], None]:
    """A step of the history that was another room's migration (its SQL now lives in that room)."""
    def step(conn: sqlite3.Connection, path: Path) -> None:
        migration = next(r for r in file_rooms() if r.name == room).migrations[number - 1]
        sqlite.run_step(conn, migration, path)
    step.__doc__ = f"the {room} room's migration {number}"
    return step


def _versions_per_room(conn: sqlite3.Connection, path: Path) -> None:
    """Migration 9: from here on, each room numbers its own migrations (``labnet.common.sqlite``)."""
    sqlite.stamp_rooms(conn, ROOMS_AT_9)


# A step is an SQL script, or a function run inside the migration's transaction.
Step = str | Callable[[sqlite3.Connection, Path], None]

# The history: (number, description, step), numbered in PRAGMA user_version.  Frozen: no step is added.
MIGRATIONS: list[tuple[int, str, Step]] = [
    (1, "record tables, chain of custody, change and audit logs, users", CORE_TABLES + LOGS_AND_PEOPLE),
    (2, "full-text search and filter indexes", SEARCH),
    (3, "profile comparison methods and links", _room_step("profiling", 1)),
    (4, "sync outbox: bundles sent, records they carried, receipts", _room_step("sync", 1)),
    (5, "sync outbox: what the hub confirmed of each record sent, and under which sharing policy",
     _room_step("sync", 2)),
    (6, "every record under the audit chain: digests in the change log, existing records sealed", _seal_records),
    (7, "sync outbox: a generation number of the settled records, so pending counts are kept, not recounted",
     _room_step("sync", 3)),
    (8, "every user account under the audit chain: its digest in each account entry, existing accounts sealed",
     _seal_accounts),
    (9, "a version per room: the catalogue, profiling and sync number their own migrations", _versions_per_room),
]

LATEST = MIGRATIONS[-1][0]

# The catalogue room: the records, their logs, the audit chain, accounts, attachments, meta.
CATALOGUE = sqlite.Room("catalogue", (
    sqlite.Migration(1, MIGRATIONS[0][1], CORE_TABLES + LOGS_AND_PEOPLE),
    sqlite.Migration(2, MIGRATIONS[1][1], SEARCH),
    sqlite.Migration(3, MIGRATIONS[5][1], _seal_records),
    sqlite.Migration(4, MIGRATIONS[7][1], _seal_accounts),
))

# Where the history leaves each room (step 9 writes it): every step above but the last is one room's migration.
ROOMS_AT_9 = {"catalogue": 4, "profiling": 1, "sync": 3}


def file_rooms() -> tuple[sqlite.Room, ...]:
    """The rooms whose tables live in a catalogue file, in the order their migrations run (a room may build on the
    rooms before it: sync's triggers count in the catalogue's ``meta``).

    They share the file so that one backup carries the records with the sync state and the comparison methods
    that refer to them."""
    return (CATALOGUE, _room_of("profiling"), _room_of("sync"))


@functools.cache
def _room_of(package: str) -> sqlite.Room:
    """``<package>/schema.py``'s ``ROOM``, read as data.

    Importing ``labnet.sync.schema`` would run ``sync/__init__`` first, which loads the protocol and cryptography:
    +0.1 s of CPU for every command that only opens a catalogue (and sync and profiling import the catalogue).
    The schema modules import only ``labnet.common.sqlite``, so they are run here under a name of their own; an import
    of ``labnet.sync.schema`` elsewhere makes an equal ``ROOM`` (tests/test_rooms.py)."""
    loaded = sys.modules.get(f"labnet.{package}.schema")
    if loaded is not None:
        return loaded.ROOM
    # Finds the folder and runs nothing of the package (only ``labnet``'s own small __init__).  The bare name
    # ``package`` was found only where the repository happened to be the working folder.
    found = importlib.util.find_spec(f"labnet.{package}")
    assert found is not None and found.submodule_search_locations, package   # internal: a programming error
    path = Path(next(iter(found.submodule_search_locations))) / "schema.py"
    if not path.is_file():   # the one-folder application keeps modules in its archive, not as files
        return importlib.import_module(f"labnet.{package}.schema").ROOM
    spec = importlib.util.spec_from_file_location(f"labnet.catalogue.migrations.{package}_schema", path)
    assert spec is not None and spec.loader is not None, path   # internal: a programming error
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ROOM
