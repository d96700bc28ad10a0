"""Sync's tables in the catalogue file, and their numbered migrations (the ``sync`` room).

Append a migration; never edit a released one (``labnet.catalogue.migrations`` ran
migrations 1, 2 and 3 as its steps 4, 5 and 7 before files had a version per
room).  ``labnet.sync.outbox_store`` and ``labnet.sync.state_store`` are the modules
that read and write these tables (step 4 imports the files it replaces here, in
its own transaction).  This module imports only ``labnet.common``: the catalogue
reads it as data when it migrates its file (``labnet.catalogue.migrations.file_rooms``).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from labnet.common.labfolder import LabFolder
from labnet.common.sqlite import Migration, Room

# The sync outbox lives in the catalogue file, not beside it: what was sent
# must move with the change log it refers to (a restored backup brings both
# back to the same moment, so no change is skipped or mistaken for
# delivered), and sealing a bundle records it in the same transaction that
# read the changes.
OUTBOX = """
-- Each sealed bundle file made for the hub, and the receipt that answered it.
CREATE TABLE outbox_bundles (
    bundle_id TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL,
    part_index INTEGER NOT NULL,
    part_count INTEGER NOT NULL,
    hub_key_id TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    records INTEGER NOT NULL,
    payload_sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    receipt_at TEXT,
    receipt_status TEXT,
    receipt TEXT
);
-- Which version of which record each bundle carried.
CREATE TABLE outbox_items (
    bundle_id TEXT NOT NULL REFERENCES outbox_bundles (bundle_id),
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    PRIMARY KEY (bundle_id, kind, record_id)
) WITHOUT ROWID;
CREATE INDEX outbox_items_record ON outbox_items (kind, record_id);
-- Per record, the latest change that needs no more sending: confirmed by a
-- verified receipt (accepted, duplicate, rejected) or withheld by the policy.
CREATE TABLE outbox_settled (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'duplicate', 'rejected', 'withheld')),
    reason TEXT,
    policy_sha256 TEXT,
    bundle_id TEXT,
    settled_at TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
"""

# Delivery is what the hub receipted, never what was sent (a tombstone sent in a
# bundle that never arrived withdrew nothing): each item keeps the hub's answer
# for it and the digest of the line it went as, each bundle the sharing policy
# it was made under, so a policy change reconsiders records already delivered.
# Rows settled before this migration were sent under the policy of the last
# export (the watermark's).
OUTBOX_CONFIRMED = """
ALTER TABLE outbox_items ADD COLUMN result TEXT;
ALTER TABLE outbox_items ADD COLUMN line_sha256 TEXT;
ALTER TABLE outbox_bundles ADD COLUMN policy_sha256 TEXT;
UPDATE outbox_items SET result = (SELECT s.status FROM outbox_settled s WHERE s.kind = outbox_items.kind
    AND s.record_id = outbox_items.record_id AND s.bundle_id = outbox_items.bundle_id);
UPDATE outbox_items SET result = 'refused' WHERE result IS NULL AND bundle_id IN
    (SELECT bundle_id FROM outbox_bundles WHERE receipt_status IS NOT NULL AND receipt_status != 'processed');
UPDATE outbox_settled SET policy_sha256 = (SELECT substr(value, instr(value, ' ') + 1) FROM meta
    WHERE key = 'outbox_watermark') WHERE policy_sha256 IS NULL;
-- What the hub said it holds of this laboratory's records when last asked (labnet sync --reconcile):
-- each as the decision it would have come from, so the outbox reasons about it like a receipted item.
CREATE TABLE outbox_hub_view (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    line_sha256 TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
"""

# The pending counts (sync.outbox.pending_counts) are kept as of a change-log
# seq and this generation number, in ``meta``: the change log only grows, so
# counts for a later seq follow from the changes since; any change to the
# settled records (receipts, withheld records, a reconciliation) bumps the
# generation, and the counts are taken again in full.  One row per settled
# record written: a receipt for 100,000 records bumps it 100,000 times (cheap).
OUTBOX_SETTLED_GENERATION = """
INSERT OR REPLACE INTO meta (key, value) VALUES ('outbox_settled_generation', '0');
CREATE TRIGGER outbox_settled_inserted AFTER INSERT ON outbox_settled BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'outbox_settled_generation'; END;
CREATE TRIGGER outbox_settled_updated AFTER UPDATE ON outbox_settled BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'outbox_settled_generation'; END;
CREATE TRIGGER outbox_settled_deleted AFTER DELETE ON outbox_settled BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'outbox_settled_generation'; END;
"""

# What the laboratory knows of its hub, and the hub's bulletins it kept: files beside the catalogue until this
# step (network.json, bulletins.jsonl), so a backup copied them apart from the outbox they must agree with.
# sync_state holds network.json's facts, one row each, the value as JSON: the hub's address and key id, when the
# laboratory enrolled, the uploads under way (bundle id -> upload address), the superseded bundles whose receipt
# is still asked for, the last bulletin kept, the last sync.  sync_bulletins keeps each signed bulletin as
# received, in the order kept (each is verified again against the pinned hub whenever it is read).
SYNC_STATE = (
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE sync_bulletins (n INTEGER PRIMARY KEY, bulletin BLOB NOT NULL)",
)
MIGRATED = ".migrated"   # the suffix an imported file is renamed with (kept, not deleted)


def legacy_files(catalogue: Path | None) -> tuple[Path, Path] | None:
    """``network.json`` and ``bulletins.jsonl`` beside a data folder's catalogue (None for another file)."""
    if catalogue is None or Path(catalogue).name != LabFolder.CATALOGUE:
        return None
    folder = LabFolder(Path(catalogue).parent)
    return folder.network, folder.bulletins


def read_network_file(path: Path) -> dict | None:
    """network.json's facts ({} when it holds no object, as it was read before); None when damaged."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    except OSError as exc:
        raise sqlite3.OperationalError(f"{path} cannot be read ({exc.strerror})") from None  # internal: worded by the room
    return state if isinstance(state, dict) else {}


def _import_files(conn: sqlite3.Connection, path: Path | None) -> None:
    """The tables, and what the data folder's files held: imported once, in the step's transaction."""
    for statement in SYNC_STATE:
        conn.execute(statement)
    files = legacy_files(path)
    if files is None:
        return
    network, bulletins = files
    state = read_network_file(network) if network.is_file() else {}
    if state:   # a damaged file (None) stays where it is, and labnet.sync.state says so when it is read
        conn.executemany("INSERT INTO sync_state (key, value) VALUES (?, ?)",
                         [(key, json.dumps(value, sort_keys=True)) for key, value in state.items()])
    if bulletins.is_file():
        try:
            data = bulletins.read_bytes()
        except OSError as exc:
            raise sqlite3.OperationalError(f"{bulletins} cannot be read ({exc.strerror})") from None  # internal: worded by the room
        conn.executemany("INSERT INTO sync_bulletins (bulletin) VALUES (?)",
                         [(line,) for line in data.splitlines() if line.strip()])


def retire_files(path: Path | None, *, damaged_too: bool = False) -> None:
    """After the import committed: each imported file renamed ``<name>.migrated`` (a free name), never deleted.
    A damaged network.json is left as it is unless ``damaged_too`` (the state was saved anew).  A file that
    cannot be renamed stays (it is read no more)."""
    files = legacy_files(path)
    if files is None:
        return
    for file in files:
        if not file.is_file() or (file == files[0] and not damaged_too and read_network_file(file) is None):
            continue
        target, n = file.with_name(file.name + MIGRATED), 1
        while target.exists():
            target, n = file.with_name(f"{file.name}{MIGRATED}.{n}"), n + 1
        try:
            file.rename(target)
        except OSError:
            pass


ROOM = Room("sync", (
    Migration(1, "sync outbox: bundles sent, records they carried, receipts", OUTBOX),
    Migration(2, "sync outbox: what the hub confirmed of each record sent, and under which sharing policy",
              OUTBOX_CONFIRMED),
    Migration(3, "sync outbox: a generation number of the settled records, so pending counts are kept, "
                 "not recounted", OUTBOX_SETTLED_GENERATION),
    Migration(4, "sync state: what the laboratory knows of its hub and the hub's bulletins, in tables (imported "
                 "from network.json and bulletins.jsonl)", _import_files, then=retire_files),
))
