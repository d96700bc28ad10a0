"""A bundle is sealed from a snapshot, outside the catalogue's write lock (issue 18): a record saved meanwhile
by another connection is saved at once, is not marked as sent, stays pending and goes in the next bundle."""

from __future__ import annotations

from pathlib import Path

from factories import profile
from labnet.catalogue.store import Catalogue
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import RecordResult, make_receipt, verify_receipt
from labnet.sync.outbox import Outbox
from labnet.sync.pending import pending_counts
from labnet.sync.policy import default_policy
from test_sync_support import hub, lab, lookup  # noqa: F401 (fixtures)

POLICY = default_policy()


def _receipt_for_all(outbox, hub, lab, header, data):
    opened = open_bundle(data, hub, lookup(lab))
    outbox.apply_receipt(verify_receipt(make_receipt(hub, opened.header, [
        RecordResult(e["kind"], e["id"], e["version"], "accepted") for e in opened.entries]),
        hub.public, lab.identity_id), POLICY)
    return opened.entries


def _export_while(cat, lab, hub, tmp_path, meanwhile):
    """Export every pending change; while each part is being sealed, ``meanwhile(other)`` writes through another
    connection to the same catalogue, which gives up after 0.2 s if the write lock is held."""
    written = []
    with Catalogue.open(cat.path, user="other") as other:
        other.conn.execute("PRAGMA busy_timeout = 200")

        def write(header, data) -> Path:
            meanwhile(other)    # raises "database is locked" if the export held the write lock here
            path = tmp_path / f"{header.bundle_id}.lnb"
            path.write_bytes(data)
            written.append((header, data))
            return path
        result = Outbox(cat).export(lab, hub.public, POLICY, write=write)
    assert result.parts == [] and [h for h, _ in result.files] == [h for h, _ in written]
    assert all(path.read_bytes() == data for (_, path), (_, data) in zip(result.files, written))
    return written


def test_a_record_saved_while_a_bundle_is_sealed_stays_pending_and_goes_in_the_next(cat, lab, hub, tmp_path):
    ids = [cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))["id"]
           for i in range(5)]
    saved = {}

    def meanwhile(other):
        if not saved:
            saved["edited"] = other.update("profiling_result", ids[0], {"purity": 12.5})
            saved["added"] = other.add("profiling_result", profile(lab_sample_number="LS-new", shareable=True))
            other.delete("profiling_result", ids[1], reason="duplicate entry")
    [(header, data)] = _export_while(cat, lab, hub, tmp_path, meanwhile)
    assert saved["edited"]["version"] == 2

    outbox = Outbox(cat)
    # The part carries the records as they were when sealing began: the edit, the addition and the deletion
    # came after its snapshot.
    sent = {e["id"]: e for e in _receipt_for_all(outbox, hub, lab, header, data)}
    assert set(sent) == set(ids) and sent[ids[0]]["version"] == 1 and sent[ids[1]]["op"] == "upsert"
    items = cat.conn.execute("SELECT record_id, version FROM outbox_items").fetchall()
    assert sorted(tuple(r) for r in items) == sorted((i, 1) for i in ids)   # only what was sealed is marked sent
    # Receipted, the three untouched records are settled; the three saved meanwhile are still pending.
    assert pending_counts(cat) == {"profiling_result": 3}
    [(header2, data2)] = outbox.export(lab, hub.public, POLICY).parts
    entries = {e["id"]: e for e in _receipt_for_all(outbox, hub, lab, header2, data2)}
    assert set(entries) == {ids[0], ids[1], saved["added"]["id"]}
    assert entries[ids[0]]["version"] == 2 and entries[ids[0]]["record"]["purity"] == 12.5
    assert entries[ids[1]]["op"] == "delete"
    assert pending_counts(cat) == {} and outbox.export(lab, hub.public, POLICY).parts == []


def test_a_withheld_record_made_shareable_while_sealing_goes_in_the_next_bundle(cat, lab, hub, tmp_path):
    shared = cat.add("profiling_result", profile(lab_sample_number="LS-shared", shareable=True))["id"]
    kept = cat.add("profiling_result", profile(lab_sample_number="LS-kept", shareable=False))["id"]

    def meanwhile(other):
        other.update("profiling_result", kept, {"shareable": True})
    [(header, data)] = _export_while(cat, lab, hub, tmp_path, meanwhile)
    outbox = Outbox(cat)
    assert [e["id"] for e in _receipt_for_all(outbox, hub, lab, header, data)] == [shared]
    # Withheld as it was in the snapshot; the change after it is above that, and above the watermark.
    [(header2, data2)] = outbox.export(lab, hub.public, POLICY).parts
    [entry] = _receipt_for_all(outbox, hub, lab, header2, data2)
    assert (entry["id"], entry["version"], entry["op"]) == (kept, 2, "upsert")
    assert outbox.export(lab, hub.public, POLICY).parts == []
