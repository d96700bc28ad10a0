"""Ingest at the hub: a lab's sealed bundles become the network's records and signed receipts, exactly once."""

from __future__ import annotations

import json
import time

import pytest
import requests

from factories import profile
from hub_server import PASSPHRASE, RunningHub, enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub.ingest import Ingestor
from labnet.hub.service import Hub
from labnet.protocol import canonical
from labnet.protocol.errors import ReceiptError
from labnet.protocol.keys import b64, create_identity
from labnet.protocol.receipt import RECEIPT_CONTEXT, RecordResult, already_held, make_receipt, verify_receipt
from labnet.protocol.session import sign_session_request
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy

POLICY = default_policy()


def export(cat, lab, hub):
    return Outbox(cat).export(lab, hub.identity.public, POLICY).parts


def network(hub: Hub, lab) -> dict[str, tuple[int, int]]:
    rows = hub.store.query("SELECT record_id, version, deleted FROM network_records WHERE lab_id = ?",
                           (lab.identity_id,))
    return {r["record_id"]: (r["version"], r["deleted"]) for r in rows}


def test_a_bundle_is_applied_and_answered_with_a_receipt_the_lab_accepts(cat, hub):
    lab = enrol(hub)
    records = [cat.add("profiling_result", profile(lab_sample_number=f"S-{i}", shareable=True)) for i in range(5)]
    [(header, data)] = export(cat, lab, hub)
    result = Ingestor(hub).ingest(data, source="file")
    assert result.status == "processed" and result.counts == {"accepted": 5, "duplicate": 0, "rejected": 0}
    assert network(hub, lab) == {r["id"]: (1, 0) for r in records}
    receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
    outcome = Outbox(cat).apply_receipt(receipt, POLICY)
    assert outcome.counts["accepted"] == 5
    assert Outbox(cat).pending(POLICY, lab.pseudonym_secret).entries == []
    # The sealed file is kept, content-addressed.
    assert (hub.bundles_dir / result.file_sha256[:2] / f"{result.file_sha256}.lnb").read_bytes() == data


def test_the_same_bundle_twice_is_applied_once_and_answered_with_the_same_receipt(cat, hub):
    lab = enrol(hub)
    cat.add("profiling_result", profile(shareable=True))
    [(_, data)] = export(cat, lab, hub)
    ingestor = Ingestor(hub)
    first = ingestor.ingest(data, source="file")
    again = ingestor.ingest(data, source="file")
    assert again.status == "duplicate" and again.receipt == first.receipt
    assert hub.store.query("SELECT count(*) FROM bundles")[0][0] == 1


def test_newer_versions_win_and_older_ones_are_answered_outdated_not_duplicate(cat, hub, tmp_path):
    """§10: duplicate is "that decision was already held"; an older version is "outdated" (it was "duplicate")."""
    lab = enrol(hub)
    rec = cat.add("profiling_result", profile(shareable=True))
    [(_, v1)] = export(cat, lab, hub)
    cat.update("profiling_result", rec["id"], {"purity": 44.0})
    [(_, v2)] = export(cat, lab, hub)
    ingestor = Ingestor(hub)
    assert ingestor.ingest(v2, source="file").counts["accepted"] == 1
    late = ingestor.ingest(v1, source="file")  # the older bundle arrives last (a stick found in a drawer)
    assert late.status == "processed"
    assert late.counts == {"accepted": 0, "duplicate": 0, "rejected": 0, "outdated": 1}
    receipt = verify_receipt(late.receipt, hub.identity.public)
    assert [(r.result, r.version) for r in receipt.records] == [("outdated", 1)] and "older" in receipt.records[0].reason
    assert receipt.counts == late.counts and already_held(receipt.counts) == 1   # "already at the hub" (desktop)
    assert json.loads(late.receipt)["receipt"]["counts"] == {"accepted": 0, "duplicate": 0, "outdated": 1,
                                                             "rejected": 0}
    assert network(hub, lab)[rec["id"]] == (2, 0)
    row = hub.store.query("SELECT duplicate, outdated FROM bundles WHERE bundle_id = ?", (receipt.bundle_id,))[0]
    assert (row["duplicate"], row["outdated"]) == (0, 1)
    assert ingestor.ingest(v1, source="file").counts == late.counts   # the stored answer, counted the same


def test_the_very_decision_held_already_is_a_duplicate_without_outdated_in_the_counts(cat, hub):
    lab = enrol(hub)
    first = cat.add("profiling_result", profile(lab_sample_number="D-1", shareable=True))
    [(_, alone)] = export(cat, lab, hub)        # no receipt applied: the next export carries it again
    second = cat.add("profiling_result", profile(lab_sample_number="D-2", shareable=True))
    [(_, both)] = export(cat, lab, hub)
    ingestor = Ingestor(hub)
    ingestor.ingest(alone, source="file")
    result = ingestor.ingest(both, source="file")
    receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
    assert {r.record_id: (r.result, r.reason) for r in receipt.records} == {
        first["id"]: ("duplicate", None), second["id"]: ("accepted", None)}
    assert json.loads(result.receipt)["receipt"]["counts"] == {"accepted": 1, "duplicate": 1, "rejected": 0}


def test_a_receipt_counts_outdated_exactly_when_it_has_one(hub):
    """Receipts from before "outdated" verify as before; a count that does not add up is refused."""
    lab = enrol(hub)
    header = type("Header", (), {"bundle_id": "b", "batch_id": "b", "part_index": 0, "lab_id": lab.identity_id,
                                 "payload_sha256": "0" * 64})()
    made = make_receipt(hub.identity, header, [RecordResult("profiling_result", "r1", 1, "outdated", "older"),
                                               RecordResult("profiling_result", "r2", 2, "accepted")])
    body = json.loads(made)["receipt"]
    assert body["counts"] == {"accepted": 1, "duplicate": 0, "outdated": 1, "rejected": 0}
    assert verify_receipt(made, hub.identity.public).counts["outdated"] == 1

    def signed(changed: dict) -> bytes:
        return canonical.dumps({"receipt": changed, "signature": b64(hub.identity.sign(
            RECEIPT_CONTEXT + canonical.dumps(changed)))})

    for counts in ({"accepted": 1, "duplicate": 0, "rejected": 0},                    # outdated left out
                   {"accepted": 1, "duplicate": 1, "rejected": 0},                    # counted as a duplicate
                   {"accepted": 1, "duplicate": 0, "outdated": 1, "rejected": 0, "lost": 0}):
        with pytest.raises(ReceiptError):
            verify_receipt(signed({**body, "counts": counts}), hub.identity.public)
    plain = {**body, "records": [body["records"][1]], "counts": {"accepted": 1, "duplicate": 0, "rejected": 0}}
    assert verify_receipt(signed(plain), hub.identity.public).counts == {"accepted": 1, "duplicate": 0,
                                                                         "rejected": 0}
    with pytest.raises(ReceiptError):   # no "outdated": 0 where there is none
        verify_receipt(signed({**plain, "counts": {**plain["counts"], "outdated": 0}}), hub.identity.public)


def test_a_delete_arrives_as_a_tombstone(cat, hub):
    lab = enrol(hub)
    rec = cat.add("profiling_result", profile(shareable=True))
    [(_, data)] = export(cat, lab, hub)
    receipt = Ingestor(hub).ingest(data, source="file").receipt
    Outbox(cat).apply_receipt(verify_receipt(receipt, hub.identity.public), POLICY)
    cat.delete("profiling_result", rec["id"], reason="duplicate entry")
    [(_, data)] = export(cat, lab, hub)
    assert Ingestor(hub).ingest(data, source="file").counts["accepted"] == 1
    assert network(hub, lab)[rec["id"]][1] == 1


def test_forged_or_damaged_files_are_refused_without_a_receipt(cat, hub):
    lab = enrol(hub)
    stranger = create_identity("lab", "Not enrolled", "GH")
    cat.add("profiling_result", profile(shareable=True))
    [(_, data)] = export(cat, lab, hub)
    [(_, foreign)] = Outbox(cat).export(stranger, hub.identity.public, POLICY).parts
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 1
    ingestor = Ingestor(hub)
    for bad, words in ((foreign, "not registered"), (bytes(flipped), "signature"), (b"hello", "LabNet bundle"),
                       (data[:100], "")):
        result = ingestor.ingest(bad, source="file")
        assert result.status == "refused" and result.receipt is None and words in result.reason
    assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 0
    assert hub.store.query("SELECT count(*) FROM refused_files")[0][0] == 4
    # The genuine bundle still goes in afterwards.
    assert ingestor.ingest(data, source="file").status == "processed"


def test_a_revoked_lab_cannot_deliver_by_stick_either(cat, hub):
    lab = enrol(hub)
    cat.add("profiling_result", profile(shareable=True))
    [(_, data)] = export(cat, lab, hub)
    hub.store.revoke(lab.identity_id, "left the network")
    result = Ingestor(hub).ingest(data, source="file")
    assert result.status == "refused"


def test_a_bundle_sealed_to_another_hub_is_rejected_by_a_signed_receipt(cat, hub, tmp_path):
    lab = enrol(hub)
    other, _ = Hub.create(tmp_path / "other", name="Other hub", country="FR", passphrase=PASSPHRASE)
    cat.add("profiling_result", profile(shareable=True))
    [(_, data)] = Outbox(cat).export(lab, other.identity.public, POLICY).parts
    other.close()
    result = Ingestor(hub).ingest(data, source="file")
    assert result.status == "rejected" and "another hub key" in result.reason
    receipt = verify_receipt(result.receipt, hub.identity.public)
    assert receipt.status == "rejected"


def test_an_upload_over_http_is_ingested_and_its_receipt_fetched(cat, tmp_path):
    running = RunningHub(tmp_path / "hub")
    try:
        lab = enrol(running.hub)
        cat.add("profiling_result", profile(shareable=True))
        [(header, data)] = export(cat, lab, running.hub)
        body = sign_session_request(lab.current.signing, hub_key_id=running.hub.key_id, lab_id=lab.identity_id,
                                    key_id=lab.public.signing_key_id)
        auth = {"Authorization": "Bearer " + requests.post(f"{running.url}/v1/session", json=body, timeout=10).json()["token"]}
        tus = {"Tus-Resumable": "1.0.0", **auth}
        location = running.url + requests.post(f"{running.url}/v1/uploads", timeout=10,
                                               headers={**tus, "Upload-Length": str(len(data))}).headers["Location"]
        r = requests.patch(location, data=data, timeout=10,
                           headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 204
        deadline = time.monotonic() + 30
        while (r := requests.get(f"{running.url}/v1/receipts/{header.bundle_id}", headers=auth, timeout=10)).status_code == 404:
            assert time.monotonic() < deadline, r.text
            time.sleep(0.05)
        receipt = verify_receipt(r.content, running.hub.identity.public, lab.identity_id)
        assert receipt.counts["accepted"] == 1
        listing = requests.get(f"{running.url}/v1/admin/bundles", headers=running.admin, timeout=10).json()
        assert [b["bundle_id"] for b in listing["bundles"]] == [header.bundle_id]
        # Another lab cannot read this lab's receipt.
        other = enrol(running.hub, "Lab B")
        body = sign_session_request(other.current.signing, hub_key_id=running.hub.key_id, lab_id=other.identity_id,
                                    key_id=other.public.signing_key_id)
        token = requests.post(f"{running.url}/v1/session", json=body, timeout=10).json()["token"]
        r = requests.get(f"{running.url}/v1/receipts/{header.bundle_id}",
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert r.status_code == 404
    finally:
        running.stop()


def test_an_upload_completed_before_a_crash_is_ingested_at_the_next_start(cat, tmp_path):
    running = RunningHub(tmp_path / "hub")
    lab = enrol(running.hub)
    cat.add("profiling_result", profile(shareable=True))
    [(header, data)] = export(cat, lab, running.hub)
    running.stop()
    # The upload completed, but the hub stopped before ingesting it.
    hub = Hub.open(tmp_path / "hub", PASSPHRASE)
    upload = hub.uploads.create(lab.identity_id, len(data))
    hub.uploads.append(upload.id, lab.identity_id, 0, [data])
    ingestor = Ingestor(hub)
    assert [u.id for u in ingestor.pending_uploads()] == [upload.id]
    from labnet.hub.ingest import IngestWorker
    worker = IngestWorker(ingestor)
    worker.start()
    worker.wait_idle()
    worker.stop()
    assert ingestor.pending_uploads() == []
    assert verify_receipt(ingestor.receipt(header.bundle_id, lab.identity_id), hub.identity.public).counts["accepted"] == 1
    hub.close()


def test_admin_sees_statistics_and_the_network_catalogue(cat, tmp_path):
    running = RunningHub(tmp_path / "hub")
    try:
        lab = enrol(running.hub)
        for i in range(3):
            cat.add("profiling_result", profile(lab_sample_number=f"S-{i}", shareable=True))
        [(_, data)] = export(cat, lab, running.hub)
        r = requests.post(f"{running.url}/v1/admin/import", data=data, headers=running.admin, timeout=30)
        assert r.status_code == 200 and r.json()["status"] == "processed"
        assert verify_receipt(json.dumps(r.json()["receipt"], separators=(",", ":"), sort_keys=True,
                                         ensure_ascii=False).encode(), running.hub.identity.public)
        stats = requests.get(f"{running.url}/v1/admin/stats", headers=running.admin, timeout=10).json()
        assert stats["labs"] == {"enrolled": 1, "active": 1}
        assert stats["records"] == [{"lab_id": lab.identity_id, "lab": "Forensic Lab A", "kind": "profiling_result",
                                     "records": 3, "deleted": 0}]
        assert stats["received_per_day"][0]["accepted"] == 3 and stats["bundles"]["processed"] == 1
        page = requests.get(f"{running.url}/v1/admin/records", params={"kind": "profiling_result", "limit": 2},
                            headers=running.admin, timeout=10).json()
        assert page["total"] == 3 and len(page["records"]) == 2
        shared = page["records"][0]["record"]
        assert "case_number" not in shared and "analyst" not in shared  # the default policy kept them home
        r = requests.post(f"{running.url}/v1/admin/import", data=b"not a bundle", headers=running.admin, timeout=30)
        assert r.json()["status"] == "refused" and r.json()["receipt"] is None
        assert requests.get(f"{running.url}/v1/admin/stats", timeout=10).status_code == 401
    finally:
        running.stop()
