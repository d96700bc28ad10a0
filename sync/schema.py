"""Sync's tables in the catalogue file, and their numbered migrations (the ``sync`` room).

Append a migration; never edit a released one (``labnet.catalogue.migrations`` ran
migrations 1, 2 and 3 as its steps 4, 5 and 7 before files had a version per
room).  ``labnet.sync.outbox_store`` is the module that reads and writes these
tables.  This module imports only ``labnet.common.sqlite``: the catalogue reads it
as data when it migrates its file (``labnet.catalogue.migrations.file_rooms``).
"""

from __future__ import annotations

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

ROOM = Room("sync", (
    Migration(1, "sync outbox: bundles sent, records they carried, receipts", OUTBOX),
    Migration(2, "sync outbox: what the hub confirmed of each record sent, and under which sharing policy",
              OUTBOX_CONFIRMED),
    Migration(3, "sync outbox: a generation number of the settled records, so pending counts are kept, "
                 "not recounted", OUTBOX_SETTLED_GENERATION),
))
