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

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import Message
from labnet.catalogue.store import Catalogue, utc_now
from labnet.common.memory import collector_paused
from labnet.protocol import bundle_lines
from labnet.protocol.bundle import BundleHeader, make_bundles
from labnet.protocol.bundle_runs import Lines
from labnet.protocol.errors import OutboxError
from labnet.protocol.keys import Identity, PublicIdentity
from labnet.protocol.opening import Limits
from labnet.protocol.payload import manifest as payload_manifest
from labnet.protocol.receipt import Receipt

from . import outbox_plan
from .delivery import OUTDATED
from .outbox_store import RECONCILE_KEY, OutboxStore
from .pending import WATERMARK_KEY, pending_counts  # noqa: F401  (counts kept, not recounted: sync/pending.py)
from .policy import SharingPolicy


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
        return payload_manifest(self.policy.digest, dict(sorted(fields.items())),
                                getattr(self.policy, "beyond_network", list)())   # issue 20


@dataclass(frozen=True)
class ExportResult:
    parts: list[tuple[BundleHeader, bytes]]
    pending: Pending
    files: list[tuple[BundleHeader, Path]] = field(default_factory=list)   # export(write=...): where each went


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
        self.store = OutboxStore(cat.conn)

    # -- what is pending ------------------------------------------------------------
    def pending(self, policy: SharingPolicy, secret: bytes) -> Pending:
        """Coalesced changes not yet settled, after the policy (read-only), every entry in a list: for a look
        at what would leave (``export`` streams them instead, see sync/outbox_plan.py)."""
        with self.store.snapshot():
            plan: outbox_plan.Plan | None = None
            try:
                plan = outbox_plan.decide(self, policy, secret)
                entries = list(outbox_plan.entries(plan))
            finally:
                if plan is not None:
                    outbox_plan.close(plan)
                outbox_plan.forget(self.conn)
        return Pending(entries, plan.withheld, plan.seq_from, plan.seq_to, policy, plan.counts, plan.confirmed)

    # -- reconciling with what the hub holds ----------------------------------------------
    def reconcile(self, held: Iterable[dict[str, Any]]) -> int:
        """Take the hub's word for what it holds of this laboratory's records, and reconsider every record.

        ``held`` is the hub's list (kind, id, version, seq, op, line_sha256), each record as the decision it
        came from.  Every decision sent before is superseded by it.  The next export then sends exactly what
        differs from what the policy shares: records missing or stale at the hub, withdrawals of what it
        should not hold (or may yet receive, from a stick still on its way).  The hub's list can only make
        the laboratory send more, never anything its policy does not share.  Returns how many records the
        hub holds."""
        rows = [(h["kind"], h["id"], int(h["version"]), int(h["seq"]), h["op"], h["line_sha256"]) for h in held]
        with self.cat.transaction():
            # Every earlier decision, answered or not, gives way to the hub's list: one it received and then
            # lost (a hub restored from a backup) cannot go again under the same bundle id, which it would take
            # for a replay, so what differs goes under fresh seqs (a stick still on its way arrives as older).
            self.store.replace_hub_view(rows)
        return len(rows)

    def reconcile_due(self) -> bool:
        """Whether a tombstone was answered ``outdated`` since the last reconciliation (see RECONCILE_KEY)."""
        return self.store.has_meta(RECONCILE_KEY)

    # -- making bundles ---------------------------------------------------------------
    def export(self, identity: Identity, hub: PublicIdentity, policy: SharingPolicy, *,
               max_part_bytes: int = 8 * 1024 * 1024, limits: Limits = Limits(),
               write: Callable[[BundleHeader, bytes], Path] | None = None) -> ExportResult:
        """Seal every pending entry into bundle parts, then record them as sent.

        The entries are decided and sealed from one snapshot of the catalogue (a read transaction: others
        write meanwhile); the write lock is taken only for the short write after (the parts, the items they
        carried, the records withheld, the watermark), not for the seconds a large bundle takes (issue 18).  A
        change saved meanwhile comes after the snapshot: sending settles nothing, the items record the versions
        sealed, and the watermark is moved by what is pending at the write, so its record stays pending and
        goes in the next bundle.  ``write(header, data)`` is handed each sealed part and returns where it
        put it (``ExportResult.files``); without it the parts are returned in memory (``parts``)."""
        if max_part_bytes > limits.max_part_bytes:
            raise OutboxError(Message("Parts of {size:,} bytes are larger than a hub accepts ({limit:,}).",
                                      size=max_part_bytes, limit=limits.max_part_bytes))
        store = self.store
        with collector_paused():
            try:
                with store.snapshot():
                    store.carried_start()
                    # The entries stream from the plan into the parts: no list of them all, nor of their lines.
                    plan = outbox_plan.decide(self, policy, identity.pseudonym_secret)
                    pending = Pending([], plan.withheld, plan.seq_from, plan.seq_to, policy, plan.counts,
                                      plan.confirmed, shared=plan.shared)
                    # The records never sent leave as lines written and checked from their fields (issue 18).
                    plan.makers = bundle_lines.makers(pending.manifest, plan.seq_from, plan.seq_to)
                    entries = outbox_plan.entries(plan)

                    def carried(bundle_id: str, items: list[tuple], lines: Lines) -> None:
                        store.carry(bundle_id, items, lines.sha256())
                    sizes: list[tuple[BundleHeader, int]] = []

                    def sealed(header: BundleHeader, data: bytes) -> Any:
                        sizes.append((header, len(data)))
                        return data if write is None else write(header, data)   # written as made, not kept
                    try:
                        made = make_bundles(identity, hub.keys, pending.manifest, entries,
                                            seq_from=pending.seq_from, seq_to=pending.seq_to,
                                            policy_sha256=policy.digest, max_part_bytes=max_part_bytes,
                                            max_payload_bytes=min(limits.max_payload_bytes, 4 * max_part_bytes),
                                            carried=carried, sealed=sealed)
                    except OSError as exc:   # the spool of sealed runs, or a part written as made (disk full…)
                        raise OutboxError(Message("A file could not be written while sealing the bundle ({reason}): "
                                                  "nothing was marked as sent. Free some disk space and try again.",
                                                  reason=exc.strerror or exc)) from exc
                    finally:
                        entries.close()
                        outbox_plan.close(plan)   # also when the build stopped before reading an entry
                        outbox_plan.forget(self.conn)
                    pending.shared = plan.shared   # the streamed entries counted as they were made
                    parts, files = (made, []) if write is None else ([], made)
                # A larger page cache for the items written: with SQLite's 2 MiB the two B-trees of 90,000 items
                # spill mid-write (0.39 -> 0.29 s of CPU for them with the import's 256 MiB, which held 41 MB more
                # at 300,000 records: 32 MiB, the pages of about 100,000 items).
                # The WAL it writes is checkpointed at the catalogue's next commit, not inside this one (see
                # OutboxStore.checkpoint_deferred): the commit itself is as durable as before.
                with store.page_cache(32), store.checkpoint_deferred(), self.cat.transaction():
                    store.record_export(sizes, pending.withheld, pending.confirmed, policy.digest, utc_now(),
                                        self.cat.actor.username)
                    if pending.withheld or pending.confirmed:
                        store.advance_watermark(policy.digest)
            finally:
                try:
                    store.carried_forget()
                except sqlite3.Error:   # a failing disk: the temporary table goes with the connection anyway,
                    pass                # and the error under way is the one to report
        return ExportResult(parts, pending, files)

    # -- receipts ---------------------------------------------------------------------
    def apply_receipt(self, receipt: Receipt, policy: SharingPolicy) -> ReceiptOutcome:
        """Settle the records a verified receipt confirms (idempotent; one transaction)."""
        rejected = [(r.kind, r.record_id, r.reason or "") for r in receipt.records if r.result == "rejected"]
        store = self.store
        with self.cat.transaction():
            bundle = store.bundle(receipt.bundle_id)
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
            items = store.items(receipt.bundle_id)
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
                store.settle(receipt.bundle_id,
                             [(*r[:4], "duplicate" if r[4] == OUTDATED else r[4], *r[5:]) for r in rows],
                             [(r[0], r[1], r[4]) for r in rows])
                if any(r[4] == OUTDATED and items[(r[0], r[1])]["op"] == "delete" for r in rows):
                    # The withdrawal did not take: the hub holds something later, maybe live, maybe a version
                    # this catalogue never made. Only its list says which, and lets a tombstone go above it.
                    store.set_meta(RECONCILE_KEY, receipt.bundle_id)
            else:   # refused whole: nothing in it was applied
                store.refuse(receipt.bundle_id)
            store.receipted(receipt.bundle_id, utc_now(), receipt.status, receipt.raw.decode("utf-8"))
            store.advance_watermark(policy.digest)
        return ReceiptOutcome(receipt.bundle_id, False, receipt.status, receipt.reason, receipt.counts, rejected)

    # -- status -------------------------------------------------------------------------
    def sent_bundles(self) -> list[dict[str, Any]]:
        """Bundles made, oldest first, with what their receipt said: counts, the reason a bundle was
        refused whole, and the reason of each record refused (from the stored, verified receipt).

        A receipt lists every record of its part (3.4 MB for 33,000): one ``json.loads`` of it held Python's lock
        25-30 ms, several in a row while the window refreshed its status during a sync, and the window froze
        (issue 23). ``_each_object`` is a Python call at every object parsed, where another thread may take the
        lock; it returns the object unchanged, so the values are json.loads' own."""
        import json

        out = []
        for row in self.store.bundles():
            bundle = dict(row)
            body = (json.loads(bundle.pop("receipt"), object_hook=_each_object) or {}).get("receipt", {}) \
                if row["receipt"] else {}
            bundle["counts"] = body.get("counts")
            bundle["reason"] = body.get("reason")
            bundle["rejected"] = [(r.get("kind"), r.get("id"), r.get("reason")) for r in body.get("records", [])
                                  if r.get("result") == "rejected"]
            out.append(bundle)
        return out

    def settled_counts(self) -> dict[str, int]:
        return self.store.settled_counts()


def _each_object(obj: dict[str, Any]) -> dict[str, Any]:
    """json.loads' object_hook in ``sent_bundles``: the object as parsed. Being Python, its call lets another
    thread take Python's lock mid-parse (the C parser otherwise holds it for the whole document)."""
    return obj
