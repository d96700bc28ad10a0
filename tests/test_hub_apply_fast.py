"""The hub's apply, made faster (issue 18: ≥ 20,000 records/s), stores and signs the same bytes: each record
is cut out of its canonical line as the lab wrote it, and a receipt is the canonical JSON of its document."""

from __future__ import annotations

import json

import pytest

from factories import profile
from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import payload_check
from labnet.hub.applying import EarlyWrite
from labnet.hub.ingest import Ingestor
from labnet.protocol import canonical
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import verify_receipt
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy


@pytest.mark.parametrize("split", [False, True])
def test_each_record_is_stored_exactly_as_its_line_holds_it(cat, hub, monkeypatch, split):
    """Values that look like the line's own keys (a peak named "seq", notes quoting ',"record":{' and
    ',"seq":'), quotes, backslashes and text beyond ASCII: the stored record is the canonical JSON of the
    record the line holds, byte for byte — also with the lines checked in two processes (hub/payload_check.py)."""
    if split:
        monkeypatch.setattr(payload_check, "SPLIT_FROM", 2)
    lab = enrol(hub)
    tricky = [
        profile(lab_sample_number="S-1", shareable=True, peaks={"DPIA": 0.7, "seq": 1.5, "version": 2.0}),
        profile(lab_sample_number="S-2", shareable=True, seizure_region="Côte d’Ivoire — Abidjan",
                seizure_reference='SZ "7" \\ ,"seq":3,"version":4}', case_number=',"record":{"id":"x"}'),
        profile(lab_sample_number="S-3", shareable=True),
    ]
    for values in tricky:
        cat.add("profiling_result", values)
    [(_, data)] = Outbox(cat).export(lab, hub.identity.public, default_policy()).parts
    ingestor = Ingestor(hub)
    opened = open_bundle(data, hub.identity, ingestor._signing_key, limits=ingestor.limits)
    assert any('"seq":1.5' in json.dumps(e["record"], separators=(",", ":")) for e in opened.entries)
    result = ingestor.ingest(data, source="file")
    assert result.status == "processed" and result.counts["accepted"] == 3
    stored = {r["record_id"]: r["record"] for r in hub.store.query("SELECT record_id, record FROM network_records")}
    assert stored == {e["id"]: canonical.dumps(e["record"]).decode("utf-8") for e in opened.entries}


def test_a_receipt_is_the_canonical_json_of_its_document_and_verifies(cat, hub):
    lab = enrol(hub)
    for i in range(3):
        cat.add("profiling_result", profile(lab_sample_number=f"R-{i}", shareable=True))
    [(_, data)] = Outbox(cat).export(lab, hub.identity.public, default_policy()).parts
    result = Ingestor(hub).ingest(data, source="file")
    document = canonical.loads(result.receipt)
    assert canonical.dumps(document) == result.receipt and set(document) == {"receipt", "signature"}
    receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
    assert receipt.counts["accepted"] == 3 and len(receipt.records) == 3


def test_a_receipt_s_records_are_written_as_canonical_json_whatever_their_reasons():
    """make_receipt writes the records one by one around the rest of the body: the same bytes as
    canonical.dumps of the whole document, with reasons holding quotes, backslashes, control characters,
    U+2028 and text beyond ASCII, an empty reason (left out), each result, and a Message as reason."""
    from labnet.common.messages import Message
    from labnet.protocol.keys import create_identity
    from labnet.protocol.receipt import RESULTS, RecordResult, make_receipt

    class Header:
        bundle_id, batch_id, part_index, lab_id, payload_sha256 = "b" * 64, "batch", 0, "lab", "d" * 64

    reasons = [None, "", 'line 3: "x" \\ é \x01\x1f \u2028 ok', Message("line {n}: {why}", n=2, why="a “quote”")]
    results = [RecordResult("profiling_result", f"0192f000-0000-7000-8000-{i:012x}", 1 + i % 3,
                            RESULTS[i % len(RESULTS)], reasons[i % len(reasons)]) for i in range(400, 0, -1)]
    hub = create_identity("hub", "Hub", "KE")
    data = make_receipt(hub, Header, results, received_at="2026-12-05T00:00:00Z")
    document = canonical.loads(data)
    assert canonical.dumps(document) == data
    assert document["receipt"]["records"] == [r.to_json() for r in sorted(results, key=lambda r: r.record_id)]
    assert verify_receipt(data, hub.public, "lab").counts == {"accepted": 100, "duplicate": 100, "outdated": 100,
                                                             "rejected": 100}


def _split_bundle(cat, hub, monkeypatch, count=6):
    """A bundle checked on two cores (the first part's records written while the worker checks the rest)."""
    monkeypatch.setattr(payload_check, "SPLIT_FROM", 2)
    lab = enrol(hub)
    for i in range(count):
        cat.add("profiling_result", profile(lab_sample_number=f"E-{i}", shareable=True))
    [(_, data)] = Outbox(cat).export(lab, hub.identity.public, default_policy()).parts
    return lab, data


def _written_early(monkeypatch):
    """Counts the first parts written before the worker answered."""
    written = []
    original = EarlyWrite.write_first
    monkeypatch.setattr(EarlyWrite, "write_first",
                        lambda self, *a: written.append(len(a[1])) or original(self, *a))
    return written


def test_the_first_part_written_early_lands_with_the_rest(cat, hub, monkeypatch):
    lab, data = _split_bundle(cat, hub, monkeypatch)
    written = _written_early(monkeypatch)
    result = Ingestor(hub).ingest(data, source="file")
    assert result.status == "processed" and result.counts == {"accepted": 6, "duplicate": 0, "rejected": 0}
    assert written and 0 < written[0] < 6   # the first part was written before the rest was checked
    assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 6
    assert len(verify_receipt(result.receipt, hub.identity.public, lab.identity_id).records) == 6


def test_a_bundle_refused_after_the_early_write_leaves_no_record(cat, hub, monkeypatch):
    """The wrong uploader is found once the payload is open, after the first part was written: that write
    rolls back, the file is refused as before, and the right laboratory's upload of it then applies."""
    lab, data = _split_bundle(cat, hub, monkeypatch)
    written = _written_early(monkeypatch)
    other = enrol(hub, "Other lab")
    result = Ingestor(hub).ingest(data, source="upload", uploader=other.identity_id)
    assert result.status == "refused" and result.receipt is None and written
    assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 0
    assert hub.store.query("SELECT count(*) FROM bundles")[0][0] == 0
    assert Ingestor(hub).ingest(data, source="upload", uploader=lab.identity_id).counts["accepted"] == 6


def test_an_error_after_the_early_write_rolls_it_back_and_releases_the_store(cat, hub, monkeypatch):
    _, data = _split_bundle(cat, hub, monkeypatch)
    written = _written_early(monkeypatch)

    def broken(*args, **kwargs):
        raise OSError("signing device gone")

    import labnet.hub.ingest as ingest_module
    monkeypatch.setattr(ingest_module, "make_receipt", broken)
    with pytest.raises(OSError):
        Ingestor(hub).ingest(data, source="file")
    assert written and hub.store.query("SELECT count(*) FROM network_records")[0][0] == 0
    monkeypatch.undo()
    assert Ingestor(hub).ingest(data, source="file").counts["accepted"] == 6   # nothing held: it applies whole


def test_a_worker_that_dies_after_the_early_write_gives_the_whole_apply_once(cat, hub, monkeypatch):
    lab, data = _split_bundle(cat, hub, monkeypatch)
    written = _written_early(monkeypatch)
    monkeypatch.setattr(payload_check, "_worker", lambda: _Dying())
    result = Ingestor(hub).ingest(data, source="file")
    assert written and result.counts == {"accepted": 6, "duplicate": 0, "rejected": 0}
    assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 6


class _Dying:
    """A pool whose worker dies while checking its part (after the first part was written)."""

    def submit(self, *args):
        import concurrent.futures
        from concurrent.futures.process import BrokenProcessPool
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_exception(BrokenProcessPool("the worker died"))
        return future


@pytest.mark.sqlite_only   # SQLite's pages
def test_a_new_hub_file_has_16_kib_pages_and_an_older_file_keeps_its_own(tmp_path):
    """A network record is ~900 bytes of JSON: four to a 4 KiB page.  A new hub file takes 16 KiB pages (the
    apply's upsert and commit cost half as much); a file made before keeps its pages and opens as before."""
    from labnet.common import sqlite as common_sqlite
    from labnet.hub.store import HubStore

    new = HubStore(tmp_path / "new.db")
    assert new.query("PRAGMA page_size")[0][0] == 16384
    new.close()
    common_sqlite.connect(tmp_path / "old.db").close()   # a file whose pages were fixed before (SQLite's 4 KiB)
    old = HubStore(tmp_path / "old.db")
    assert old.query("PRAGMA page_size")[0][0] == 4096 and old.query("PRAGMA journal_mode")[0][0] == "wal"
    assert old.query("SELECT count(*) FROM network_records")[0][0] == 0
    old.close()
    assert HubStore(tmp_path / "new.db").query("PRAGMA page_size")[0][0] == 16384   # and keeps them when reopened


def _stored(hub):
    return {r["record_id"]: (r["version"], r["seq"], r["deleted"], r["bundle_id"], r["record"]) for r in
            hub.store.query("SELECT record_id, version, seq, deleted, bundle_id, record FROM network_records")}


def test_a_bundle_of_new_and_replacing_records_is_stored_as_decided(cat, hub, monkeypatch):
    """New records are written straight in (PostgreSQL's COPY), records replacing held ones are upserted: a
    later bundle editing two of six records, adding three and withdrawing one leaves each record as its latest
    decision, checked on two cores with records on both sides of the cut."""
    lab, data = _split_bundle(cat, hub, monkeypatch)
    ingestor = Ingestor(hub)
    assert ingestor.ingest(data, source="file").counts["accepted"] == 6
    first = _stored(hub)
    ids = [row["id"] for row in cat.iter_records("profiling_result")]
    for record_id in (ids[0], ids[4]):
        cat.update("profiling_result", record_id, {"purity": 12.5})
    cat.delete("profiling_result", ids[2])
    for i in range(3):
        cat.add("profiling_result", profile(lab_sample_number=f"N-{i}", shareable=True))
    [(_, later)] = Outbox(cat).export(lab, hub.identity.public, default_policy()).parts
    opened = open_bundle(later, hub.identity, ingestor._signing_key, limits=ingestor.limits)
    result = ingestor.ingest(later, source="file")
    assert result.status == "processed" and result.counts["accepted"] == 6   # the 3 unchanged: duplicate
    accepted = {r.record_id for r in verify_receipt(result.receipt, hub.identity.public).records
                if r.result == "accepted"}
    stored = _stored(hub)
    assert len(stored) == 9 and len(accepted) == 6
    for entry in opened.entries:
        if entry["id"] in accepted:
            record = None if entry["op"] == "delete" else canonical.dumps(entry["record"]).decode("utf-8")
            assert stored[entry["id"]] == (entry["version"], entry["seq"], int(entry["op"] == "delete"),
                                           result.bundle_id, record)
    assert {ids[0], ids[2], ids[4]} <= accepted and stored[ids[2]][2] == 1 and stored[ids[0]][0] == 2
    untouched = set(first) - accepted
    assert len(untouched) == 3 and all(stored[i] == first[i] for i in untouched)


def test_rows_said_new_that_are_held_after_all_are_upserted_not_doubled_nor_failed(hub):
    """The new-or-replacing split is a hint made when the records were decided: a record written since (by
    another process) is upserted with the rest — the higher (version, seq) kept — never a failed ingest."""
    from labnet.hub.store_received import RecordWrites

    def row(record_id, version, seq, body):
        return ("lab-x", "profiling_result", record_id, version, seq, 0, "bundle-1", "2026-12-05T00:00:00Z", body)

    with hub.store.transaction() as conn:
        hub.store.received.upsert_records(conn, [row("held-newer", 5, 50, '{"v":5}'),
                                                 row("held-older", 1, 10, '{"v":1}')])
    writes = RecordWrites()
    writes += [row("held-newer", 2, 20, '{"v":2}'), row("held-older", 3, 30, '{"v":3}'), row("new", 1, 1, '{}')]
    with hub.store.transaction() as conn:   # none marked as replacing: all three said new
        hub.store.received.upsert_records(conn, writes)
    held = {r["record_id"]: (r["version"], r["seq"], r["record"]) for r in hub.store.query(
        "SELECT record_id, version, seq, record FROM network_records WHERE lab_id = 'lab-x'")}
    assert held == {"held-newer": (5, 50, '{"v":5}'), "held-older": (3, 30, '{"v":3}'), "new": (1, 1, "{}")}


def test_held_versions_are_read_whatever_the_number_of_ids(hub):
    """More ids than one SQLite statement takes (900 each there; one array on PostgreSQL): each held one found."""
    rows = [("lab-y", "profiling_result", f"r-{i:05d}", 1 + i % 3, i, 0, "b", "2026-12-05T00:00:00Z", "{}")
            for i in range(0, 2500, 2)]
    with hub.store.transaction() as conn:
        hub.store.received.upsert_records(conn, rows)
    asked = [f"r-{i:05d}" for i in range(2500)]
    held = hub.store.received.held_versions("lab-y", "profiling_result", asked)
    assert held == {("profiling_result", r[2]): (r[3], r[4]) for r in rows}
    assert hub.store.received.held_versions("lab-y", "profiling_result", []) == {}
