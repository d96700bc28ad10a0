"""What the sealed parts carried is recorded the same whether a part's items are packed into one row (one record
type, one operation: a first sync's part) or kept an item a row (issue 18: the items' bookkeeping without a Python
tuple nor an SQL row per item)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factories import profile, sample, training
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import RecordResult, make_receipt, verify_receipt
from labnet.sync import outbox_store
from labnet.sync.outbox import Outbox
from labnet.sync.outbox_store import OutboxStore
from labnet.sync.policy import default_policy, parse_policy
from test_sync_support import every_treatment_policy, hub, lab, lookup  # noqa: F401 (fixtures)

POLICY = default_policy()
ITEMS = "SELECT bundle_id, kind, record_id, version, typeof(version), seq, typeof(seq), op, line_sha256, " \
        "typeof(line_sha256), result FROM outbox_items ORDER BY bundle_id, kind, record_id"
SETTLED = "SELECT kind, record_id, seq, version, status, policy_sha256 FROM outbox_settled ORDER BY kind, record_id"


def _state(cat) -> tuple:
    meta = cat.conn.execute("SELECT value FROM meta WHERE key = 'outbox_watermark'").fetchone()
    return ([tuple(r) for r in cat.conn.execute(ITEMS)], [tuple(r) for r in cat.conn.execute(SETTLED)],
            meta[0] if meta else None)


def _forget_exports(cat) -> None:
    with cat.transaction():
        for table in ("outbox_items", "outbox_bundles", "outbox_settled"):
            cat.conn.execute(f"DELETE FROM {table}")
        cat.conn.execute("DELETE FROM meta WHERE key = 'outbox_watermark'")


@pytest.fixture
def packed_calls(monkeypatch):
    """Each part ``carry`` was given, and whether it was packed."""
    calls: list[bool] = []
    real = outbox_store._packed

    def spy(items, digests):
        out = real(items, digests)
        calls.append(out is not None)
        return out
    monkeypatch.setattr(outbox_store, "_packed", spy)
    return calls


def _export_both_ways(cat, lab, hub, policy, packed_calls, monkeypatch, max_part_bytes=8 * 1024 * 1024):
    outbox = Outbox(cat)
    outbox.export(lab, hub.public, policy, max_part_bytes=max_part_bytes)
    packed = _state(cat)
    ways = list(packed_calls)
    _forget_exports(cat)
    monkeypatch.setattr(outbox_store, "_packed", lambda items, digests: None)
    outbox.export(lab, hub.public, policy, max_part_bytes=max_part_bytes)
    return packed, _state(cat), ways


def test_a_first_sync_packed_records_the_same_items(cat, lab, hub, packed_calls, monkeypatch):
    for i in range(40):
        cat.add("profiling_result", profile(lab_sample_number=f"P-{i}", shareable=i % 5 != 0))
    packed, rows, ways = _export_both_ways(cat, lab, hub, POLICY, packed_calls, monkeypatch)
    assert ways == [True]
    assert packed == rows and len(packed[0]) == 32 and len(packed[1]) == 8   # 8 withheld
    assert {r[4] for r in packed[0]} == {r[6] for r in packed[0]} == {"integer"} and {r[9] for r in packed[0]} \
        == {"text"}


def test_parts_of_several_record_types_and_several_parts(cat, lab, hub, packed_calls, monkeypatch):
    """Parts cut small (several per export), records of three types mixed: a part of one type is packed, a part
    of several is kept an item a row; the same items either way."""
    policy = parse_policy(every_treatment_policy())
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"P-{i}", shareable=True))
    for i in range(6):
        cat.add("reference_sample", sample(inventory_code=f"RS-{i}", shareable=True))
        cat.add("training_record", training(shareable=True, started_on=f"2026-02-0{i + 1}"))
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"Q-{i}", shareable=True))
    packed, rows, ways = _export_both_ways(cat, lab, hub, policy, packed_calls, monkeypatch,
                                           max_part_bytes=6_000)
    assert True in ways and False in ways
    assert packed == rows and len(packed[0]) == 72


def test_withdrawals_and_updates_after_a_receipt(cat, lab, hub, packed_calls, monkeypatch):
    """Records sent, receipted, then changed and withdrawn: the next export's items (tombstones and upserts in
    one part, kept an item a row) and settled rows are the same either way, as is the one after it."""
    records = [cat.add("profiling_result", profile(lab_sample_number=f"P-{i}", shareable=True)) for i in range(12)]
    outbox = Outbox(cat)
    for _header, data in outbox.export(lab, hub.public, POLICY).parts:
        opened = open_bundle(data, hub, lookup(lab))
        outbox.apply_receipt(verify_receipt(make_receipt(hub, opened.header, [
            RecordResult(e["kind"], e["id"], e["version"], "accepted") for e in opened.entries]),
            hub.public, lab.identity_id), POLICY)
    for record in records[:4]:
        cat.update("profiling_result", record["id"], {"shareable": False})
    for record in records[4:8]:
        cat.update("profiling_result", record["id"], {"purity": 12.5})
    before = _state(cat)
    packed_calls.clear()
    outbox.export(lab, hub.public, POLICY)
    packed = _state(cat)
    ways = list(packed_calls)
    with cat.transaction():   # back to the state after the receipt, then the same export row by row
        cat.conn.execute("DELETE FROM outbox_items WHERE result IS NULL")
        cat.conn.execute("DELETE FROM outbox_bundles WHERE receipt_at IS NULL")
        cat.conn.execute("DELETE FROM outbox_settled")
        cat.conn.executemany("INSERT INTO outbox_settled (kind, record_id, seq, version, status, policy_sha256,"
                             " settled_at) VALUES (?, ?, ?, ?, ?, ?, 'x')", before[1])
        cat.conn.execute("UPDATE meta SET value = ? WHERE key = 'outbox_watermark'", (before[2],))
    assert _state(cat) == before
    monkeypatch.setattr(outbox_store, "_packed", lambda items, digests: None)
    outbox.export(lab, hub.public, POLICY)
    assert ways == [False]   # tombstones and upserts together
    assert packed == _state(cat) and len(packed[0]) == 12 + 8


def _headers(*ids):
    return [(SimpleNamespace(bundle_id=b, batch_id="batch", part_index=n + 1, part_count=len(ids), hub_key_id="k",
                             seq_from=1, seq_to=2**53 - 1, records=1, payload_sha256="0" * 64), 100)
            for n, b in enumerate(ids)]


def test_values_at_the_edges_and_values_not_packed(cat):
    """Seqs and versions up to 2**53 - 1 packed exactly; a part with an id not ASCII, a number beyond the format's
    range or a digest not 64 characters is kept an item a row, with the same values."""
    store = OutboxStore(cat.conn)
    big = 2**53 - 1
    sha = ["a" * 64, "b" * 64, "c" * 64]
    parts = {
        "p1": ([("profiling_result", "id-2", 1, big, "upsert"), ("profiling_result", "id-1", big, 7, "upsert"),
                ("profiling_result", "id-3", 10, 12345678901234, "upsert")], sha),
        "p2": ([("profiling_result", "idé", 1, 1, "upsert")], sha[:1]),
        "p3": ([("profiling_result", "id-4", 1, big + 1, "upsert")], sha[:1]),
        "p4": ([("profiling_result", "id-5", 1, 2, "upsert")], ["d" * 63]),
        "p5": ([("profiling_result", "id-6", 1, 3, "delete"), ("reference_sample", "id-7", 2, 4, "upsert")], sha[:2]),
    }
    with store.snapshot():
        store.carried_start()
        packed = [outbox_store._packed(items, digests) is not None for items, digests in parts.values()]
        for bundle_id, (items, digests) in parts.items():
            store.carry(bundle_id, items, digests)
    assert packed == [True, False, False, False, False]
    with cat.transaction():
        store.record_export(_headers(*parts), [], [], "f" * 64, "2026-12-05T00:00:00Z", "amina")
    store.carried_forget()
    expected = sorted((bundle_id, kind, record_id, version, "integer", seq, "integer", op, digest, "text", None)
                      for bundle_id, (items, digests) in parts.items()
                      for (kind, record_id, version, seq, op), digest in zip(items, digests))
    assert [tuple(r) for r in cat.conn.execute(ITEMS)] == expected
