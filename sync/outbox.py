"""The outbox: what the next bundle carries, what was sent, what receipts confirmed.

Pending changes are read from the catalogue's change log and coalesced: the
latest change of each record, so an update then a delete sends only the
tombstone.  A record is pending while its latest change is not *settled*:
confirmed by a verified receipt (accepted, duplicate, outdated or rejected
by the hub), or withheld because the sharing policy keeps it in the laboratory.

Delivery is what the hub *receipted*, never what was sent:

- A record the policy keeps here is withheld, unless the hub may hold a
  version of it: then it leaves as a tombstone (withdrawn).  The hub may hold
  it while any version sent was applied or never answered, and no receipted
  tombstone came after it: a tombstone in a bundle that never arrived (a
  failed sync, a lost stick) withdrew nothing, so the next change still sends
  one.  A decision the hub answered ``outdated`` (it held a later one) is
  settled, never sent again as it is, and counts as the hub possibly holding
  a live version: withdrawing the record still sends a tombstone.
- A deleted record the hub never received is withheld too: there is
  nothing to delete there.
- A record delivered under another sharing policy is reconsidered: withdrawn
  if this policy keeps it here, sent again if this policy shares it
  differently, left alone if the hub already holds exactly what it shares.
- Sending does not settle anything; only a receipt does.  Until then every
  export carries the same entries again, in the same canonical bytes, so the
  same bundle (same id) is made and the hub recognises it.

The rules for what the hub may hold and the seq each decision goes under
(the hub keeps the highest (version, seq) of each record) are in
``sync/delivery.py``; ``Outbox.reconcile`` takes the hub's own list of what
it holds over the receipts (``labnet sync --reconcile``).

The state lives in the catalogue file (migration 4), see
``catalogue/migrations.py`` for why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from catalogue.errors import Message
from catalogue.memory import collector_paused
from catalogue.records import RECORD_TYPES
from catalogue.store import Catalogue, utc_now

from . import outbox_plan
from protocol.bundle import BundleHeader, make_bundles
from .delivery import OUTDATED, Sent, decision_seq, hub_may_hold
from protocol.errors import OutboxError
from protocol.keys import Identity, PublicIdentity
from protocol.opening import Limits
from protocol.payload import line_sha256
from protocol.payload import manifest as payload_manifest
from .pending import WATERMARK_KEY, pending_counts  # noqa: F401  (counts kept, not recounted: sync/pending.py)
from .policy import SharingPolicy
from protocol.receipt import Receipt

# Set when the hub answered a tombstone "outdated": it holds a later decision this catalogue may not know of
# (restored from an older backup), so the next online sync takes the hub's list (Outbox.reconcile) first.
RECONCILE_KEY = "outbox_reconcile_due"
# The latest change of each record changed after the watermark, unless settled under this policy (by a
# receipt for a bundle made under it, or withheld by it) at that change's version or later.
_PENDING = ("SELECT {columns} FROM"
            " (SELECT kind, record_id, max(seq) AS seq FROM changes WHERE seq > ? GROUP BY kind, record_id) AS l"
            " JOIN changes c ON c.seq = l.seq"
            " LEFT JOIN outbox_settled s ON s.kind = l.kind AND s.record_id = l.record_id"
            " WHERE s.seq IS NULL OR s.seq < l.seq OR s.version < c.version OR s.policy_sha256 IS NOT ?")


@dataclass
class Pending:
    """What the next bundle would carry, after the policy."""

    entries: list[dict[str, Any]]
    withheld: list[tuple[str, str, int, int]]  # (kind, record id, seq, version)
    seq_from: int
    seq_to: int
    policy: SharingPolicy
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> {"upsert": n, "delete": n}
    # Records whose hub copy is already what this policy shares (delivered under another policy, or found
    # so by a reconciliation): (kind, record id, seq, version) of that copy
    confirmed: list[tuple[str, str, int, int]] = field(default_factory=list)
    shared: int | None = None   # entries made; None: len(entries) (an export streams them and keeps none)

    def __post_init__(self) -> None:
        if self.shared is None:
            self.shared = len(self.entries)

    @property
    def manifest(self) -> dict[str, Any]:
        # A record type the policy no longer shares is declared with no fields: its tombstones carry none.
        fields = self.policy.manifest()
        for kind in self.counts:
            fields.setdefault(kind, {})
        return payload_manifest(self.policy.digest, dict(sorted(fields.items())))


@dataclass(frozen=True)
class ExportResult:
    parts: list[tuple[BundleHeader, bytes]]
    pending: Pending


@dataclass(frozen=True)
class ReceiptOutcome:
    bundle_id: str
    already_applied: bool
    status: str
    reason: str | None
    counts: dict[str, int]
    rejected: list[tuple[str, str, str]]  # (kind, record id, reason)


class Outbox:
    def __init__(self, cat: Catalogue):
        self.cat = cat
        self.conn = cat.conn

    # -- what is pending ------------------------------------------------------------
    def pending(self, policy: SharingPolicy, secret: bytes) -> Pending:
        """Coalesced changes not yet settled, after the policy (read-only), every entry in a list: for a look
        at what would leave (``export`` streams them instead, see sync/outbox_plan.py)."""
        plan = outbox_plan.decide(self, policy, secret, _PENDING)
        try:
            entries = list(outbox_plan.entries(self.conn))
        finally:
            outbox_plan.forget(self.conn)
        return Pending(entries, plan.withheld, plan.seq_from, plan.seq_to, policy, plan.counts, plan.confirmed)

    def _fetch(self, kind: str, ids: list[str], columns: list[str]) -> dict[str, dict[str, Any]]:
        """The current version of these records, only the fields the policy reads (decoded).

        One join with a temporary table of the ids, read as plain tuples: per-id lookups
        and sqlite3.Row objects cost several times more on a 100,000-record first sync."""
        rt = RECORD_TYPES[kind]
        names = ["id", "version", *columns]
        decoders = [(i, rt.field(n).from_sql) for i, n in enumerate(names)
                    if i > 1 and rt.field(n).type in ("list", "peaks", "bool")]
        cursor = self.conn.cursor()
        cursor.row_factory = None
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS outbox_fetch (id TEXT PRIMARY KEY) WITHOUT ROWID")
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

    def _sent(self, kind: str, ids: list[str]) -> dict[str, list[Sent]]:
        """Every decision sent about these records, with the hub's answers, and what the hub said it held
        when last asked (as an applied decision): one query per 500 ids."""
        out: dict[str, list[Sent]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for record_id, version, seq, op, line_sha256, result in self.conn.execute(
                    f"SELECT record_id, version, seq, op, line_sha256, result FROM outbox_items WHERE kind = ? AND "
                    f"record_id IN ({marks}) UNION ALL SELECT record_id, version, seq, op, line_sha256, 'accepted'"
                    f" FROM outbox_hub_view WHERE kind = ? AND record_id IN ({marks})", (kind, *chunk, kind, *chunk)):
                out.setdefault(record_id, []).append(Sent(version, seq, op, line_sha256, result))
        return out

    def _orphans(self) -> list[tuple[str, str, int, int]]:
        """Live at the hub when last asked, yet never in this catalogue's change log, nor withdrawn since."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT v.kind, v.record_id, v.version, v.seq FROM outbox_hub_view v WHERE v.op = 'upsert'"
            " AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.kind = v.kind AND c.record_id = v.record_id)"
            " AND NOT EXISTS (SELECT 1 FROM outbox_items i WHERE i.kind = v.kind AND i.record_id = v.record_id"
            " AND i.op = 'delete' AND i.result IN ('accepted', 'duplicate')"
            " AND (i.version, i.seq) >= (v.version, v.seq))"
            " ORDER BY v.kind, v.record_id")]

    # -- reconciling with what the hub holds ----------------------------------------------
    def reconcile(self, held: Iterable[dict[str, Any]]) -> int:
        """Take the hub's word for what it holds of this laboratory's records, and reconsider every record.

        ``held`` is the hub's list (kind, id, version, seq, op, line_sha256), each record as the decision it
        came from.  Every decision sent before is superseded by it.  The next export then sends exactly what
        differs from what the policy shares: records missing or stale at the hub, withdrawals of what it
        should not hold (or may yet receive, from a stick still on its way).  The hub's list can only make
        the laboratory send more, never anything its policy does not share.  Returns how many records the
        hub holds."""
        with self.cat.transaction():
            self.conn.execute("DELETE FROM outbox_hub_view")
            rows = [(h["kind"], h["id"], int(h["version"]), int(h["seq"]), h["op"], h["line_sha256"]) for h in held]
            self.conn.executemany("INSERT OR REPLACE INTO outbox_hub_view (kind, record_id, version, seq, op,"
                                  " line_sha256) VALUES (?, ?, ?, ?, ?, ?)", rows)
            # Every earlier decision, answered or not, gives way to the hub's list: one it received and then
            # lost (a hub restored from a backup) cannot go again under the same bundle id, which it would take
            # for a replay, so what differs goes under fresh seqs (a stick still on its way arrives as older).
            self.conn.execute("UPDATE outbox_items SET result = CASE WHEN result IS NULL THEN 'unconfirmed'"
                              " ELSE 'superseded' END")
            self.conn.execute("DELETE FROM outbox_settled")
            self.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (WATERMARK_KEY, RECONCILE_KEY))
        return len(rows)

    def reconcile_due(self) -> bool:
        """Whether a tombstone was answered ``outdated`` since the last reconciliation (see RECONCILE_KEY)."""
        return self.conn.execute("SELECT 1 FROM meta WHERE key = ?", (RECONCILE_KEY,)).fetchone() is not None

    def _watermark(self, policy: SharingPolicy) -> int:
        """Every record whose latest change is at or below this seq is settled (under this policy)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
        if row is None:
            return 0
        seq, _, digest = row[0].partition(" ")
        return int(seq) if digest == policy.digest else 0

    def _advance_watermark(self, policy: SharingPolicy) -> None:
        """Move the watermark to just below the oldest change still unsettled (none: the last change)."""
        watermark = self._watermark(policy)
        oldest = self.conn.execute(_PENDING.format(columns="min(c.seq)"), (watermark, policy.digest)).fetchone()[0]
        new = oldest - 1 if oldest is not None else self.cat.last_change_seq()
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                          (WATERMARK_KEY, f"{new} {policy.digest}"))

    # -- making bundles ---------------------------------------------------------------
    def export(self, identity: Identity, hub: PublicIdentity, policy: SharingPolicy, *,
               max_part_bytes: int = 8 * 1024 * 1024, limits: Limits = Limits()) -> ExportResult:
        """Seal every pending entry into bundle parts and record them as sent (one transaction)."""
        if max_part_bytes > limits.max_part_bytes:
            raise OutboxError(Message("Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).",
                                      size=max_part_bytes, limit=limits.max_part_bytes))
        with self.cat.transaction(), collector_paused():
            # The entries stream from the plan into the parts: no list of them all, nor of their lines.
            plan = outbox_plan.decide(self, policy, identity.pseudonym_secret, _PENDING)
            pending = Pending([], plan.withheld, plan.seq_from, plan.seq_to, policy, plan.counts, plan.confirmed,
                              shared=plan.shared)
            # Each part's items are recorded as its run is made, before the part's row exists (its batch id
            # needs every run): the reference is checked at COMMIT (the pragma ends with the transaction).
            self.conn.execute("PRAGMA defer_foreign_keys = ON")

            def carried(bundle_id: str, items: list[tuple], lines: list[bytes]) -> None:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO outbox_items (bundle_id, kind, record_id, version, seq, op, line_sha256)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(bundle_id, *item, line_sha256(line)) for item, line in zip(items, lines)])
            try:
                parts = make_bundles(identity, hub.keys, pending.manifest, outbox_plan.entries(self.conn),
                                     seq_from=pending.seq_from, seq_to=pending.seq_to, policy_sha256=policy.digest,
                                     max_part_bytes=max_part_bytes,
                                     max_payload_bytes=min(limits.max_payload_bytes, 4 * max_part_bytes),
                                     carried=carried)
            finally:
                outbox_plan.forget(self.conn)
            now, user = utc_now(), self.cat.actor.username
            self.conn.executemany(
                "INSERT OR REPLACE INTO outbox_settled (kind, record_id, seq, version, status, policy_sha256,"
                " settled_at) VALUES (?, ?, ?, ?, 'withheld', ?, ?)",
                [(k, rid, seq, version, policy.digest, now) for k, rid, seq, version in pending.withheld])
            # Already what this policy shares at the hub: nothing to send.
            self.conn.executemany(
                "INSERT INTO outbox_settled (kind, record_id, seq, version, status, policy_sha256, settled_at)"
                " VALUES (?, ?, ?, ?, 'accepted', ?, ?) ON CONFLICT (kind, record_id) DO UPDATE SET"
                " policy_sha256 = excluded.policy_sha256",
                [(k, rid, seq, version, policy.digest, now) for k, rid, seq, version in pending.confirmed])
            for header, data in parts:
                self.conn.execute(
                    "INSERT OR IGNORE INTO outbox_bundles (bundle_id, batch_id, part_index, part_count, hub_key_id,"
                    " seq_from, seq_to, records, payload_sha256, size, created_at, created_by, policy_sha256)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (header.bundle_id, header.batch_id, header.part_index, header.part_count, header.hub_key_id,
                     header.seq_from, header.seq_to, header.records, header.payload_sha256, len(data), now, user,
                     policy.digest))
            if pending.withheld or pending.confirmed:
                self._advance_watermark(policy)
        return ExportResult(parts, pending)

    # -- receipts ---------------------------------------------------------------------
    def apply_receipt(self, receipt: Receipt, policy: SharingPolicy) -> ReceiptOutcome:
        """Settle the records a verified receipt confirms (idempotent; one transaction)."""
        rejected = [(r.kind, r.record_id, r.reason or "") for r in receipt.records if r.result == "rejected"]
        with self.cat.transaction():
            bundle = self.conn.execute("SELECT receipt_at, receipt_status, payload_sha256, policy_sha256"
                                       " FROM outbox_bundles WHERE bundle_id = ?",
                                       (receipt.bundle_id,)).fetchone()
            if bundle is None:
                raise OutboxError(Message("This receipt is for bundle {bundle}, which this laboratory's outbox "
                                          "never made; it was not applied.", bundle=receipt.bundle_id))
            if bundle["payload_sha256"] != receipt.payload_sha256:
                raise OutboxError(Message("This receipt describes a different payload from the bundle this "
                                          "laboratory sent under that id; it was not applied."))
            # Applied once only; but a bundle the hub refused whole (a damaged copy) may be sent again and
            # applied under the same id: its receipt then replaces the refusal.
            if bundle["receipt_at"] is not None and (bundle["receipt_status"] == "processed"
                                                     or receipt.status != "processed"):
                return ReceiptOutcome(receipt.bundle_id, True, receipt.status, receipt.reason, receipt.counts, rejected)
            items = {(r["kind"], r["record_id"]): r for r in self.conn.execute(
                "SELECT kind, record_id, version, seq, op FROM outbox_items WHERE bundle_id = ?",
                (receipt.bundle_id,))}
            if receipt.status == "processed":
                rows = []
                for result in receipt.records:
                    item = items.get((result.kind, result.record_id))
                    if item is None or item["version"] != result.version:
                        raise OutboxError(Message("The receipt names {kind} {record} version {version}, which "
                                                  "that bundle did not carry; it was not applied.",
                                                  kind=result.kind, record=result.record_id,
                                                  version=result.version))
                    rows.append((result.kind, result.record_id, item["seq"], result.version, result.result,
                                 result.reason, receipt.bundle_id, receipt.received_at, bundle["policy_sha256"]))
                # outbox_settled's status (migration 4's CHECK) predates "outdated": settled there as "the hub had
                # it or later"; outbox_items keeps the exact answer, which the delivery rules read.
                settled = [(*r[:4], "duplicate" if r[4] == OUTDATED else r[4], *r[5:]) for r in rows]
                self.conn.executemany(
                    "INSERT INTO outbox_settled (kind, record_id, seq, version, status, reason, bundle_id, settled_at,"
                    " policy_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, record_id) DO UPDATE SET"
                    " seq = excluded.seq, version = excluded.version, status = excluded.status,"
                    " reason = excluded.reason, bundle_id = excluded.bundle_id, settled_at = excluded.settled_at,"
                    " policy_sha256 = excluded.policy_sha256"
                    " WHERE (excluded.version, excluded.seq) >= (outbox_settled.version, outbox_settled.seq)", settled)
                self.conn.executemany("UPDATE outbox_items SET result = ? WHERE bundle_id = ? AND kind = ? AND"
                                      " record_id = ?", [(r[4], receipt.bundle_id, r[0], r[1]) for r in rows])
                if any(r[4] == OUTDATED and items[(r[0], r[1])]["op"] == "delete" for r in rows):
                    # The withdrawal did not take: the hub holds something later, maybe live, maybe a version
                    # this catalogue never made. Only its list says which, and lets a tombstone go above it.
                    self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                      (RECONCILE_KEY, receipt.bundle_id))
            else:   # refused whole: nothing in it was applied
                self.conn.execute("UPDATE outbox_items SET result = 'refused' WHERE bundle_id = ?",
                                  (receipt.bundle_id,))
            self.conn.execute("UPDATE outbox_bundles SET receipt_at = ?, receipt_status = ?, receipt = ?"
                              " WHERE bundle_id = ?", (utc_now(), receipt.status,
                                                       receipt.raw.decode("utf-8"), receipt.bundle_id))
            self._advance_watermark(policy)
        return ReceiptOutcome(receipt.bundle_id, False, receipt.status, receipt.reason, receipt.counts, rejected)

    # -- status -------------------------------------------------------------------------
    def sent_bundles(self) -> list[dict[str, Any]]:
        """Bundles made, oldest first, with what their receipt said: counts, the reason a bundle was
        refused whole, and the reason of each record refused (from the stored, verified receipt)."""
        import json

        rows = self.conn.execute("SELECT bundle_id, batch_id, part_index, part_count, records, size, created_at,"
                                 " receipt_at, receipt_status, receipt FROM outbox_bundles"
                                 " ORDER BY created_at, part_index")
        out = []
        for row in rows:
            bundle = dict(row)
            body = (json.loads(bundle.pop("receipt")) or {}).get("receipt", {}) if row["receipt"] else {}
            bundle["counts"] = body.get("counts")
            bundle["reason"] = body.get("reason")
            bundle["rejected"] = [(r.get("kind"), r.get("id"), r.get("reason")) for r in body.get("records", [])
                                  if r.get("result") == "rejected"]
            out.append(bundle)
        return out

    def settled_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT status, count(*) FROM outbox_settled GROUP BY status")}

