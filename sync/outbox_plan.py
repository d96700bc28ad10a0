"""What the next bundle carries, decided in bounded memory (``Outbox.pending`` and ``Outbox.export``).

The decisions are those described in ``sync/outbox.py``; this module only
changes how much is held at once.  Holding every entry (each record after the
policy, as a dict) cost ~5 KB a record: 1.05 GB for a first sync of 100,000
records, 3 GB for 300,000.  So the pending changes are read in blocks of
``BLOCK`` records, in change-log order; each block's records are fetched,
treated by the policy and decided, and its entries are parked in a temporary
table (marshalled: JSON values only, so they come back equal), with what their
order depends on.  The entries are then read back one at a time, in the order
the bundle needs.

That order is exactly the one of a list of every entry sorted by its seq (a
stable sort): entries grouped by record type in order of first appearance, by
change within a type, then the withdrawals of records only the hub knows of —
hence the ORDER BY on (seq, orphan, kind rank, change seq, position), and the
same bundle bytes, digests and ids as before.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .delivery import Sent, decision_seq, hub_may_hold
from .outbox_store import OutboxStore

BLOCK = 2000   # records decided at a time: a few MB of dicts, whatever the count


@dataclass
class Plan:
    withheld: list[tuple[str, str, int, int]]
    confirmed: list[tuple[str, str, int, int]]
    counts: dict[str, dict[str, int]]
    seq_from: int
    seq_to: int
    shared: int     # entries in the plan


def decide(outbox: Any, policy: Any, secret: bytes) -> Plan:
    """Decide every pending change into the temporary plan table (replacing the last plan)."""
    store = outbox.store
    watermark = store.watermark(policy.digest)
    last_seq = store.last_change_seq()
    store.plan_start()
    cursor = store.pending_changes(watermark, policy.digest)
    plan = Plan([], [], {}, watermark + 1, 0, 0)
    ranks: dict[str, int] = {}
    top = 0
    transformers: dict[str, Any] = {}
    while rows := cursor.fetchmany(BLOCK):
        by_kind: dict[str, list] = {}
        for row in rows:
            by_kind.setdefault(row["kind"], []).append(row)
            ranks.setdefault(row["kind"], len(ranks))
        parked = []
        for kind, changes in by_kind.items():
            if kind not in transformers:
                transformers[kind] = policy.transformer(kind, secret)
            transform = transformers[kind]
            records = store.records(kind, [c["record_id"] for c in changes if c["op"] != "delete"],
                                    policy.columns(kind))
            history: dict[str, list[Sent]] = {}
            for record_id, *sent in store.sent(kind, [c["record_id"] for c in changes if c["sent_before"]]):
                history.setdefault(record_id, []).append(Sent(*sent))
            for change in changes:
                record_id = change["record_id"]
                record = records.get(record_id) if change["op"] != "delete" else None
                shared = transform(record) if record is not None else None
                sent = history.get(record_id, [])
                if shared is not None and record is not None:   # a shared form is made of a record
                    entry = {"kind": kind, "id": record_id, "op": "upsert", "record": shared,
                             "version": record["version"]}
                elif hub_may_hold(sent):
                    # A tombstone withdraws every version the hub may hold, so it goes at or above the highest
                    # known: after this catalogue was restored from an older backup the hub may hold a later
                    # version than this one (its list says so; a tombstone below it would be "outdated").
                    entry = {"kind": kind, "id": record_id, "op": "delete",
                             "version": max([change["version"], *(s.version for s in sent)])}
                else:
                    plan.withheld.append((kind, record_id, change["seq"], change["version"]))
                    continue
                seq = decision_seq(entry, change["seq"], sent, last_seq)
                if seq is None:
                    held = max(sent, key=lambda s: s.latest_first)
                    plan.confirmed.append((kind, record_id, held.seq, held.version))
                    continue
                entry["seq"] = seq
                top = max(top, seq)
                parked.append((seq, 0, ranks[kind], change["seq"], 0, marshal.dumps(entry)))
                plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})[entry["op"]] += 1
        store.plan_park(parked)
        plan.shared += len(parked)
    orphans = []
    for position, (kind, record_id, version, seq) in enumerate(store.orphans()):
        # The hub holds a record this catalogue has no trace of (restored from an older backup): withdrawn.
        entry = {"kind": kind, "id": record_id, "op": "delete", "version": version, "seq": max(last_seq, seq + 1)}
        top = max(top, entry["seq"])
        orphans.append((entry["seq"], 1, 0, 0, position, marshal.dumps(entry)))
        plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})["delete"] += 1
    store.plan_park(orphans)
    plan.shared += len(orphans)
    plan.seq_to = max(last_seq, watermark + 1, top)
    return plan


def entries(conn: Any) -> Iterator[dict[str, Any]]:
    """The plan's entries, one at a time, in the bundle's order (read through a cursor of their own)."""
    for blob in OutboxStore(conn).plan_entries():
        yield marshal.loads(blob)


def forget(conn: Any) -> None:
    OutboxStore(conn).plan_forget()
