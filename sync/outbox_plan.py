"""What the next bundle carries, decided in bounded memory (``Outbox.pending`` and ``Outbox.export``).

The decisions are those described in ``sync/outbox.py``; this module only
changes how much is held at once and how often each record is read.  Holding
every entry (each record after the policy, as a dict) cost ~5 KB a record:
1.05 GB for a first sync of 100,000 records, 3 GB for 300,000.

A record never sent (nor held by the hub) is decided alone: its entry, if any,
goes under its change's seq, and a record the policy keeps here is withheld.
Those records stream, one query per record type reading each change with the
record's columns in change-log order, straight into the bundle: nothing is
parked.  A record sent before needs what was sent about it (``sync/delivery.py``),
and its entry may go under another seq: those records are decided first, in
blocks of ``BLOCK``, and their entries parked in a temporary table (marshalled:
JSON values only, so they come back equal), with what their order depends on;
so are the withdrawals of records only the hub knows of.  The two are merged.

The order is exactly the one of a list of every entry sorted by its seq (a
stable sort): entries grouped by record type in order of first appearance, by
change within a type, then the withdrawals of records only the hub knows of —
hence the order on (seq, orphan, kind rank, change seq, position), and the same
bundle bytes, digests and ids as before.  Only the parked entries need the
record types' ranks: a streamed entry's seq is its change's, which no other
change has.

An export streams lines rather than entries for the records never sent: the
policy's values of each row go straight into that record type's line writer
(``protocol/bundle_lines.py``, which checks them as it writes), and a stored
canonical peak table goes in unparsed; an entry is made only where no line
could be (issue 18).
"""

from __future__ import annotations

import heapq
import itertools
import json
import marshal
import operator
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from labnet.catalogue.field_types import PEAK_TABLE, TEXT_LIST
from labnet.catalogue.records import RECORD_TYPES
from labnet.protocol.bundle_lines import Canonical

from .delivery import Sent, decision_seq, hub_may_hold
from .outbox_store import OutboxStore
from .policy_rows import column_transformer, row_transformer

BLOCK = 2000   # records sent before decided at a time: a few MB of dicts, whatever the count
LINES_AT_ONCE = 500   # rows whose lines are written together (UpsertLines.lines): values column by column


@dataclass
class Plan:
    withheld: list[tuple[str, str, int, int]]
    confirmed: list[tuple[str, str, int, int]]
    counts: dict[str, dict[str, int]]
    seq_from: int
    seq_to: int
    shared: int     # entries decided so far: the parked ones, then each streamed one as it is made
    # What ``entries`` reads: the store, each record type's stream of records never sent, the types' ranks
    store: Any = field(default=None, repr=False)
    unsent: list[tuple[str, Generator[tuple, None, None]]] = field(default_factory=list, repr=False)
    ranks: dict[str, int] = field(default_factory=dict)
    parked: int = 0
    transformers: dict[str, Any] = field(default_factory=dict, repr=False)
    policy: Any = field(default=None, repr=False)
    # Set by an export: each record type's writer of checked upsert lines (protocol/bundle_lines.py); the
    # streamed entries are then lines, an entry only where a line could not be made
    makers: dict[str, Any] = field(default_factory=dict, repr=False)
    secret: bytes = field(default=b"", repr=False)


def decide(outbox: Any, policy: Any, secret: bytes) -> Plan:
    """Decide the records sent before (and the withdrawals of the hub's orphans) into the temporary plan table
    (replacing the last plan), and open the streams of the others, which ``entries`` decides as it reads them."""
    store = outbox.store
    watermark = store.watermark(policy.digest)
    last_seq = store.last_change_seq()
    store.plan_start()
    plan = Plan([], [], {}, watermark + 1, 0, 0, store=store, policy=policy, secret=secret)
    plan.transformers = {kind: policy.transformer(kind, secret) for kind in RECORD_TYPES}
    first_seen: dict[str, int] = {}   # each record type's first pending change
    top = 0
    cursor = store.pending_changes(watermark, policy.digest)
    while rows := cursor.fetchmany(BLOCK):
        by_kind: dict[str, list] = {}
        for row in rows:
            by_kind.setdefault(row["kind"], []).append(row)
            first_seen.setdefault(row["kind"], row["seq"])
        parked = []
        for kind, changes in by_kind.items():
            transform = plan.transformers[kind]
            records = store.records(kind, [c["record_id"] for c in changes if c["op"] != "delete"],
                                    policy.columns(kind))
            history: dict[str, list[Sent]] = {}
            for record_id, *sent in store.sent(kind, [c["record_id"] for c in changes]):
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
                parked.append((seq, 0, -1, change["seq"], 0, marshal.dumps(entry), kind))
                plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})[entry["op"]] += 1
        store.plan_park(parked)
        plan.parked += len(parked)
    orphans = []
    for position, (kind, record_id, version, seq) in enumerate(store.orphans()):
        # The hub holds a record this catalogue has no trace of (restored from an older backup): withdrawn.
        entry = {"kind": kind, "id": record_id, "op": "delete", "version": version, "seq": max(last_seq, seq + 1)}
        top = max(top, entry["seq"])
        orphans.append((entry["seq"], 1, 0, 0, position, marshal.dumps(entry), kind))
        plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})["delete"] += 1
    store.plan_park(orphans)
    plan.parked += len(orphans)
    plan.shared = plan.parked
    # The records never sent, one stream per record type; the first change of each, read now, ranks the types.
    for kind in RECORD_TYPES:
        rows = store.unsent(kind, policy.columns(kind), watermark, policy.digest)
        first = next(rows, None)
        if first is None:
            continue
        plan.unsent.append((kind, _again(first, rows)))
        first_seen[kind] = min(first[0], first_seen.get(kind, first[0]))
    plan.ranks = {kind: rank for rank, kind in enumerate(sorted(first_seen, key=first_seen.__getitem__))}
    store.plan_rank(plan.ranks)
    # No record never sent makes a tombstone (the hub cannot hold it) nor goes above its own change's seq, so
    # the manifest's record types and the seq range are known before any of them is read.
    plan.seq_to = max(last_seq, watermark + 1, top)
    return plan


def entries(plan: Plan) -> Generator[dict[str, Any], None, None]:
    """The plan's entries, one at a time, in the bundle's order (the streams of records never sent are decided as
    they are read, their withheld records added to ``plan.withheld``).  Read it to the end or close it."""
    streams: list[Generator[tuple[tuple, dict[str, Any]], None, None]] = [
        _streamed(plan, kind, rows) for kind, rows in plan.unsent]
    if plan.parked:
        streams.append((tuple(row[:5]), marshal.loads(row[5])) for row in plan.store.plan_entries())
    try:
        if len(streams) == 1:
            yield from map(itemgetter(1), streams[0])
        else:
            yield from map(itemgetter(1), heapq.merge(*streams, key=itemgetter(0)))
    finally:
        for stream in streams:
            stream.close()
        close(plan)


def close(plan: Plan) -> None:
    """Close the streams of records never sent (and their cursors), read or not."""
    for _, rows in plan.unsent:
        rows.close()


def _streamed(plan: Plan, kind: str, rows: Iterator[tuple]) -> Generator[tuple[tuple, Any], None, None]:
    """(order, entry) of each record of ``kind`` never sent that the policy shares; the others are withheld.
    With the record type's line writer (an export), each entry is its line (``Made``) where one could be made,
    from the policy's values of the row (``policy_rows``: no dict per record).

    A peak table the policy keeps whose stored text is canonical (``PeakTable.to_sql``: the text of a non-empty
    table without ``": ``) is not parsed: it goes into the line as stored (``Canonical``), and is parsed only for
    an entry whose line could not be made."""
    rt = RECORD_TYPES[kind]
    names = ["version", *plan.policy.columns(kind)]
    maker = plan.makers.get(kind)
    shared_names, row_transform = row_transformer(plan.policy, kind, plan.secret, names)
    layout = maker.layout(shared_names) if maker is not None else None
    kept = plan.policy.kinds[kind].fields if kind in plan.policy.kinds else {}
    as_stored = frozenset(i for i, n in enumerate(names) if i and layout is not None
                          and rt.field(n).type is PEAK_TABLE and n in kept and kept[n].treatment == "keep")
    decoders = [(i, _decoder(rt.field(n).type), i in as_stored) for i, n in enumerate(names)
                if i and rt.field(n).type.converts]
    transform = plan.transformers[kind]
    rank = plan.ranks[kind]
    columnar = column_transformer(plan.policy, kind, plan.secret, names) if layout is not None else None
    if columnar is not None:
        yield from _streamed_columns(plan, kind, rows, decoders, columnar[1], maker, layout, shared_names)
        return
    counts = None   # made with the first entry: a record type with none has no count (nor a place in the manifest)
    withheld = plan.withheld.append
    batch: list[tuple] = []   # the rows whose lines are made together (UpsertLines.lines), in order
    for seq, record_id, change_version, op, *values in rows:
        shared = None
        if op != "delete" and values[0] is not None:   # the record is there (version NOT NULL)
            for i, decode, stored in decoders:
                value = values[i]
                if value is not None:
                    if stored and type(value) is str and value[:2] == '{"' and '": ' not in value:
                        values[i] = Canonical(value)
                    else:
                        values[i] = decode(value)
            shared = row_transform(values) if layout is not None else transform(dict(zip(names, values)))
        if shared is None:   # never sent: the hub cannot hold it, so nothing is withdrawn
            withheld((kind, record_id, seq, change_version))
            continue
        if counts is None:
            counts = plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})
        counts["upsert"] += 1
        plan.shared += 1
        if layout is not None:
            batch.append((record_id, seq, values[0], shared))
            if len(batch) >= LINES_AT_ONCE:
                yield from _made(kind, rank, shared_names, batch, maker.lines(layout, batch))  # type: ignore[union-attr]
                batch = []
            continue
        yield (seq, 0, rank, seq, 0), {"kind": kind, "id": record_id, "op": "upsert", "record": shared,
                                       "version": values[0], "seq": seq}
    if batch:
        yield from _made(kind, rank, shared_names, batch, maker.lines(layout, batch))  # type: ignore[union-attr]


def _streamed_columns(plan: Plan, kind: str, rows: Iterator[tuple], decoders: list[tuple[int, Any, bool]],
                      transform: Any, maker: Any, layout: Any, names: tuple[str, ...]
                      ) -> Generator[tuple[tuple, Any], None, None]:
    """``_streamed`` a batch of rows at a time, column by column (``policy_rows.column_transformer``,
    ``UpsertLines.columns``): the same lines, entries, withheld records and counts, in the same order."""
    rank = plan.ranks[kind]
    counts = None
    while batch := list(itertools.islice(rows, LINES_AT_ONCE)):
        seqs, ids, change_versions, ops, *values = zip(*batch)   # values[0]: the record's version, NULL when gone
        there = [op != "delete" and version is not None for op, version in zip(ops, values[0])]
        every = all(there)
        cols = [list(col) if every else list(itertools.compress(col, there)) for col in values]
        for i, decode, stored in decoders:
            cols[i] = [None if value is None else Canonical(value) if stored and type(value) is str
                       and value[:2] == '{"' and '": ' not in value else decode(value) for value in cols[i]]
        leaves, shared = transform(cols)
        out_ids: Sequence[Any] = ids
        out_seqs: Sequence[Any] = seqs
        versions: Sequence[Any] = values[0]
        if leaves is not None or not every:   # some records stay here: withheld, in order
            it = iter(leaves) if leaves is not None else itertools.repeat(True)
            go = [bool(present and next(it)) for present in there]
            plan.withheld.extend(itertools.compress(zip(itertools.repeat(kind), ids, seqs, change_versions),
                                                    map(operator.not_, go)))
            out_ids, out_seqs, versions = (list(itertools.compress(col, go)) for col in (ids, seqs, versions))
        if not out_ids:
            continue
        if counts is None:
            counts = plan.counts.setdefault(kind, {"upsert": 0, "delete": 0})
        counts["upsert"] += len(out_ids)
        plan.shared += len(out_ids)
        made = maker.columns(layout, out_ids, out_seqs, versions, shared)
        if None in made:
            rows_shared: Any = zip(*shared) if shared else itertools.repeat(())
        else:
            rows_shared = itertools.repeat(())
        yield from _made(kind, rank, names, list(zip(out_ids, out_seqs, versions, rows_shared)), made)


def _made(kind: str, rank: int, names: tuple[str, ...], batch: list[tuple], made: list[Any]
          ) -> Iterator[tuple[tuple, Any]]:
    """(order, line) of each row of a batch, or (order, entry) where no line could be made: that entry is written
    and checked in full, as any other (and a stored peak table parsed)."""
    for (record_id, seq, version, shared), line in zip(batch, made):
        if line is None:
            line = {"kind": kind, "id": record_id, "op": "upsert", "version": version, "seq": seq,
                    "record": {name: json.loads(value.text) if type(value) is Canonical else value
                               for name, value in zip(names, shared) if value is not None}}
        yield (seq, 0, rank, seq, 0), line


_SCAN = json.JSONDecoder().scan_once   # type: ignore[attr-defined]  # set in JSONDecoder.__init__
_JSON_TEXT = (TEXT_LIST, PEAK_TABLE)   # stored as JSON text: their from_sql is json.loads


def _decoder(field_type: Any) -> Any:
    """How a stored value of this type is read back: ``from_sql``, or for JSON text its value by json's C scanner
    alone (json.loads' wrappers cost as much as the scan on a peak table); anything but one whole JSON value goes
    to ``from_sql``, which reads it (or refuses it) as ever."""
    if field_type not in _JSON_TEXT:
        return field_type.from_sql

    def scan(text: str) -> Any:
        try:
            value, end = _SCAN(text, 0)
        except (StopIteration, ValueError):
            return field_type.from_sql(text)
        return value if end == len(text) else field_type.from_sql(text)
    return scan


def _again(first: tuple, rows: Iterator[tuple]) -> Generator[tuple, None, None]:
    """``first`` then ``rows`` (closing it closes ``rows``, and so their cursor)."""
    yield first
    yield from rows


def forget(conn: Any) -> None:
    OutboxStore(conn).plan_forget()
