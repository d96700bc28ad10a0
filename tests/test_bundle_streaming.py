"""Bundles built in bounded memory: the same bytes as the whole-list build, entries read once, in runs."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from factories import profile, sample, training
from labnet.protocol import canonical, payload
from labnet.protocol.bundle import make_bundles
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import RecordResult, make_receipt, verify_receipt
from labnet.sync import outbox_plan
from labnet.sync.outbox import Outbox
from labnet.sync.policy import parse_policy
from test_sync_support import every_treatment_policy, hub, lab, lookup  # noqa: F401 (fixtures)

STAMP = "2026-12-04T00:00:00Z"


def in_memory(identity, hub_keys, manifest, entries, *, max_part_bytes, max_payload_bytes, **header):
    """The build before issue 23, written out: every line made at once, cut into runs, halved until each fits;
    returns (payload_sha256, payload_size, records) per part and the batch digest."""
    manifest_line = canonical.dumps(manifest) + b"\n"
    lines = canonical.dumps_lines(entries).splitlines(keepends=True)
    overhead = 86 + 2048 + hub_keys.suite.enc_length + 16
    runs, run, size = [], [], 0
    for line in lines:
        if run and size + len(line) > max_payload_bytes - len(manifest_line):
            runs.append(run)
            run, size = [], 0
        run.append(line)
        size += len(line)
    runs += [run] if run else []
    parts = []
    while runs:
        run = runs.pop(0)
        data = manifest_line + b"".join(run)
        if len(payload.compress(data)) + overhead > max_part_bytes:
            runs[:0] = [run[:len(run) // 2], run[len(run) // 2:]]
            continue
        parts.append((hashlib.sha256(data).hexdigest(), len(data), len(run)))
    return parts


@pytest.fixture
def busy(cat, lab, hub):
    """Three record types interleaved, edits, deletions, a delivered batch, then more work."""
    policy = parse_policy(every_treatment_policy())
    for i in range(40):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True,
                                            seizure_place="Tema harbour"))
        if i % 7 == 0:
            cat.add("reference_sample", sample(inventory_code=f"RS-{i}"))
        if i % 11 == 0:
            cat.add("training_record", training(competence_area=f"Area {i}"))
    outbox = Outbox(cat)
    for _header, data in outbox.export(lab, hub.public, policy).parts:
        opened = open_bundle(data, hub, lookup(lab))
        outbox.apply_receipt(verify_receipt(make_receipt(hub, opened.header, [
            RecordResult(e["kind"], e["id"], e["version"], "accepted") for e in opened.entries]),
            hub.public, lab.identity_id), policy)
    ids = [r["id"] for r in itertools.islice(cat.iter_records("profiling_result"), 12)]
    for record_id in ids[:6]:
        cat.update("profiling_result", record_id, {"purity": 40.0})
    for record_id in ids[6:9]:
        cat.delete("profiling_result", record_id, reason="duplicate entry")
    for i in range(40, 70):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))
    return cat, policy


@pytest.mark.parametrize("max_part_bytes", [8 * 1024 * 1024, 4600])
def test_the_streamed_export_makes_the_parts_the_whole_list_made(busy, lab, hub, monkeypatch, max_part_bytes):
    cat, policy = busy
    pending = Outbox(cat).pending(policy, lab.pseudonym_secret)
    assert [e["seq"] for e in pending.entries] == sorted(e["seq"] for e in pending.entries)
    budget = min(64 * 1024 * 1024, 4 * max_part_bytes)
    expected = in_memory(lab, hub.public.keys, pending.manifest, pending.entries, max_part_bytes=max_part_bytes,
                         max_payload_bytes=budget)
    monkeypatch.setattr(outbox_plan, "BLOCK", 7)     # decided seven records at a time: the same bytes
    result = Outbox(cat).export(lab, hub.public, policy, max_part_bytes=max_part_bytes)
    headers = [h for h, _ in result.parts]
    assert [(h.payload_sha256, h.payload_size, h.records) for h in headers] == expected
    assert len(headers) == len(expected) > (1 if max_part_bytes < 10_000 else 0)
    assert result.pending.entries == [] and result.pending.shared == len(pending.entries)
    opened = [e for _, data in result.parts for e in open_bundle(data, hub, lookup(lab)).entries]
    assert opened == pending.entries
    # What the outbox recorded of each entry: the digest of the very line that travelled.
    items = {(r["bundle_id"], r["record_id"]): r["line_sha256"] for r in cat.conn.execute(
        "SELECT bundle_id, record_id, line_sha256 FROM outbox_items WHERE result IS NULL")}
    for header, data in result.parts:
        for entry in open_bundle(data, hub, lookup(lab)).entries:
            assert items[(header.bundle_id, entry["id"])] == payload.entry_sha256(entry)


def test_the_builder_reads_its_entries_once_and_a_run_at_a_time(cat, lab, hub, monkeypatch):
    from labnet.protocol import bundle
    monkeypatch.setattr(bundle, "LINE_BATCH", 5)
    policy = parse_policy(every_treatment_policy())
    for i in range(60):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))
    entries = Outbox(cat).pending(policy, lab.pseudonym_secret).entries
    pulled = []

    def one_shot():   # an iterator, not a list: no len(), no second pass
        for entry in entries:
            pulled.append(entry["id"])
            yield entry

    seen_at_each_part = []
    parts = make_bundles(lab, hub.public.keys, Outbox(cat).pending(policy, lab.pseudonym_secret).manifest,
                         one_shot(), seq_from=1, seq_to=60, policy_sha256=policy.digest, max_part_bytes=8 << 20,
                         max_payload_bytes=6000, created_at=STAMP,
                         carried=lambda bundle_id, run, lines: seen_at_each_part.append((len(pulled), len(run))))
    assert len(parts) == len(seen_at_each_part) > 3
    assert pulled == [e["id"] for e in entries]                   # each entry read once, in order
    # When a part is made, only its run and the batch of lines being made were read: never the whole list.
    first_pulled, first_run = seen_at_each_part[0]
    assert first_run <= first_pulled <= first_run + 5 < len(entries)
    assert sum(run for _, run in seen_at_each_part) == len(entries)
    # And a list gives the same parts as the iterator.
    again = make_bundles(lab, hub.public.keys, Outbox(cat).pending(policy, lab.pseudonym_secret).manifest,
                         entries, seq_from=1, seq_to=60, policy_sha256=policy.digest, max_part_bytes=8 << 20,
                         max_payload_bytes=6000, created_at=STAMP)
    assert [h for h, _ in again] == [h for h, _ in parts]


def test_the_plan_holds_no_entry_in_memory_after_deciding(cat, lab, hub):
    policy = parse_policy(every_treatment_policy())
    for i in range(25):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))
    outbox = Outbox(cat)
    # Records never sent stream from the catalogue as the bundle is made: none is parked, none held.
    plan = outbox_plan.decide(outbox, policy, lab.pseudonym_secret)
    assert plan.parked == 0 and plan.shared == 0 and not hasattr(plan, "entries")
    assert cat.conn.execute("SELECT count(*) FROM temp.outbox_plan").fetchone()[0] == 0
    assert len(list(outbox_plan.entries(plan))) == plan.shared == 25
    outbox_plan.forget(cat.conn)
    # Records sent before (no receipt yet) are decided first, against what was sent, and parked.
    outbox.export(lab, hub.public, policy)
    plan = outbox_plan.decide(outbox, policy, lab.pseudonym_secret)
    assert plan.shared == plan.parked == 25 and not hasattr(plan, "entries")
    assert cat.conn.execute("SELECT count(*) FROM temp.outbox_plan").fetchone()[0] == 25
    assert len(list(outbox_plan.entries(plan))) == 25
    outbox_plan.forget(cat.conn)


def test_records_sent_before_are_decided_a_block_at_a_time_while_the_log_is_read(cat, lab, hub, monkeypatch):
    """The query of records sent before reads along the change log (no sort holds its rows): nothing it waits on
    may change the connection's tables meanwhile (a temporary table made then aborted it, "abort due to
    ROLLBACK", on the second sync of more than 2,000 records)."""
    policy = parse_policy(every_treatment_policy())
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))
    monkeypatch.setattr(outbox_plan, "BLOCK", 7)
    outbox = Outbox(cat)
    first = outbox.export(lab, hub.public, policy)    # never sent: streamed
    again = outbox.export(lab, hub.public, policy)    # sent, no receipt yet: decided seven at a time, the same bundle
    assert [h.bundle_id for h, _ in again.parts] == [h.bundle_id for h, _ in first.parts]
    assert again.pending.shared == first.pending.shared == 30
