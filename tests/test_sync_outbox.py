"""The outbox and receipts: coalescing, determinism, tombstones, only verified receipts settle."""

from __future__ import annotations

import json

import pytest

from factories import profile
from labnet.protocol import canonical
from labnet.protocol.errors import OutboxError, ReceiptError
from labnet.protocol.keys import create_identity, rotate
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import RecordResult, make_receipt, verify_receipt
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy
from test_sync_support import hub, lab, lookup  # noqa: F401 (fixtures)

POLICY = default_policy()


def _pending(cat, lab):
    return Outbox(cat).pending(POLICY, lab.pseudonym_secret)


def _deliver(cat, lab, hub, results=None):
    """Export, open at the hub, answer with a receipt, apply it; returns the entries delivered."""
    outbox = Outbox(cat)
    delivered = []
    for _header, data in outbox.export(lab, hub.public, POLICY).parts:
        opened = open_bundle(data, hub, lookup(lab))
        receipt = make_receipt(hub, opened.header, [RecordResult(e["kind"], e["id"], e["version"],
                                                                 (results or {}).get(e["id"], "accepted"))
                                                    for e in opened.entries])
        outbox.apply_receipt(verify_receipt(receipt, hub.public, lab.identity_id), POLICY)
        delivered += opened.entries
    return delivered


def test_changes_are_coalesced_to_the_latest_version(cat, lab):
    rec = cat.add("profiling_result", profile(shareable=True))
    cat.update("profiling_result", rec["id"], {"purity": 30.0})
    cat.update("profiling_result", rec["id"], {"purity": 31.0})
    [entry] = _pending(cat, lab).entries
    assert entry["version"] == 3 and entry["record"]["purity"] == 31.0 and entry["seq"] == 3


def test_a_delete_after_an_update_sends_only_the_tombstone(cat, lab, hub):
    rec = cat.add("profiling_result", profile(shareable=True))
    assert len(_deliver(cat, lab, hub)) == 1
    cat.update("profiling_result", rec["id"], {"purity": 30.0})
    cat.delete("profiling_result", rec["id"], reason="duplicate entry")
    [entry] = _pending(cat, lab).entries
    assert entry == {"kind": "profiling_result", "id": rec["id"], "op": "delete", "seq": 3, "version": 3}
    assert _deliver(cat, lab, hub)[0]["op"] == "delete"
    assert _pending(cat, lab).entries == []


def test_a_record_the_hub_never_had_leaves_no_tombstone(cat, lab):
    rec = cat.add("profiling_result", profile(shareable=True))
    cat.delete("profiling_result", rec["id"])
    pending = _pending(cat, lab)
    assert pending.entries == [] and len(pending.withheld) == 1


def test_remaking_an_unconfirmed_bundle_gives_the_same_payload_and_id(cat, lab, hub):
    for i in range(5):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True))
    outbox = Outbox(cat)
    first = outbox.export(lab, hub.public, POLICY).parts
    second = outbox.export(lab, hub.public, POLICY).parts
    assert [h.payload_sha256 for h, _ in first] == [h.payload_sha256 for h, _ in second]
    assert [h.bundle_id for h, _ in first] == [h.bundle_id for h, _ in second]
    assert first[0][1] != second[0][1]  # HPKE is randomised; the content is not
    one, two = (open_bundle(d, hub, lookup(lab)).entries for (_, d) in (first[0], second[0]))
    assert canonical.dumps_lines(one) == canonical.dumps_lines(two)


def test_confirmed_changes_are_never_sent_again(cat, lab, hub):
    a = cat.add("profiling_result", profile(lab_sample_number="LS-A", shareable=True))
    _deliver(cat, lab, hub)
    assert _pending(cat, lab).entries == []
    assert Outbox(cat).export(lab, hub.public, POLICY).parts == []
    b = cat.add("profiling_result", profile(lab_sample_number="LS-B", shareable=True))
    assert [e["id"] for e in _pending(cat, lab).entries] == [b["id"]]
    cat.update("profiling_result", a["id"], {"purity": 12.0})
    assert {e["id"] for e in _pending(cat, lab).entries} == {a["id"], b["id"]}


def test_unsharing_a_delivered_record_withdraws_it(cat, lab, hub):
    rec = cat.add("profiling_result", profile(shareable=True))
    _deliver(cat, lab, hub)
    cat.update("profiling_result", rec["id"], {"shareable": False})
    [entry] = _pending(cat, lab).entries
    assert entry["op"] == "delete"
    _deliver(cat, lab, hub)
    cat.update("profiling_result", rec["id"], {"purity": 3.0})  # still not shareable: nothing more to say
    assert _pending(cat, lab).entries == []


def test_withheld_records_are_reconsidered_when_the_policy_changes(cat, lab, hub):
    cat.add("profiling_result", profile(shareable=False))
    assert Outbox(cat).export(lab, hub.public, POLICY).parts == []
    assert _pending(cat, lab).entries == []
    from labnet.sync.policy import parse_policy
    everything = parse_policy("[profiling_result]\nshare = true\nonly_shareable = false\n"
                              "[profiling_result.fields]\ndrug_type = 'keep'")
    assert len(Outbox(cat).pending(everything, lab.pseudonym_secret).entries) == 1


def test_rejected_records_are_settled_with_their_reason(cat, lab, hub):
    rec = cat.add("profiling_result", profile(shareable=True))
    _deliver(cat, lab, hub, results={rec["id"]: "rejected"})
    assert Outbox(cat).settled_counts() == {"rejected": 1}


def test_a_receipt_rejecting_the_bundle_whole_settles_nothing(cat, lab, hub):
    cat.add("profiling_result", profile(shareable=True))
    outbox = Outbox(cat)
    [(header, _)] = outbox.export(lab, hub.public, POLICY).parts
    receipt = verify_receipt(make_receipt(hub, header, [], rejected_reason="unknown laboratory"), hub.public)
    outcome = outbox.apply_receipt(receipt, POLICY)
    assert outcome.status == "rejected" and len(_pending(cat, lab).entries) == 1


def test_only_a_verified_receipt_for_a_sent_bundle_settles_anything(cat, lab, hub):
    cat.add("profiling_result", profile(shareable=True))
    outbox = Outbox(cat)
    [(header, data)] = outbox.export(lab, hub.public, POLICY).parts
    entries = open_bundle(data, hub, lookup(lab)).entries
    good = make_receipt(hub, header, [RecordResult(e["kind"], e["id"], e["version"], "accepted") for e in entries])
    forged = json.loads(good)
    forged["receipt"]["counts"]["accepted"] = 0
    forged["receipt"]["records"] = []
    with pytest.raises(ReceiptError, match="not the hub's"):
        verify_receipt(canonical.dumps(forged), hub.public)
    impostor = create_identity("hub", "Hub", "SN", identity_id=hub.identity_id)
    with pytest.raises(ReceiptError, match="not the hub's"):
        verify_receipt(make_receipt(impostor, header, []), hub.public)
    with pytest.raises(ReceiptError, match="not from the hub pinned"):
        verify_receipt(make_receipt(create_identity("hub", "Other", "KE"), header, []), hub.public)
    with pytest.raises(ReceiptError, match="not for this one"):
        verify_receipt(good, hub.public, lab_id="another-lab")
    with pytest.raises(ReceiptError, match="not a LabNet receipt"):
        verify_receipt(b"<html>502 Bad Gateway</html>", hub.public)
    assert len(_pending(cat, lab).entries) == 1  # nothing settled by any of those
    other_header = header.__class__(**{**header.__dict__, "bundle_id": "never-sent"})
    with pytest.raises(OutboxError, match="never made"):
        outbox.apply_receipt(verify_receipt(make_receipt(hub, other_header, []), hub.public), POLICY)
    wrong_version = make_receipt(hub, header, [RecordResult(e["kind"], e["id"], 9, "accepted") for e in entries])
    with pytest.raises(OutboxError, match="did not carry"):
        outbox.apply_receipt(verify_receipt(wrong_version, hub.public), POLICY)
    first = outbox.apply_receipt(verify_receipt(good, hub.public), POLICY)
    again = outbox.apply_receipt(verify_receipt(good, hub.public), POLICY)
    assert not first.already_applied and again.already_applied
    assert _pending(cat, lab).entries == []


def test_receipts_signed_before_a_hub_key_rotation_still_verify(cat, lab, hub):
    cat.add("profiling_result", profile(shareable=True))
    [(header, _)] = Outbox(cat).export(lab, hub.public, POLICY).parts
    old_receipt = make_receipt(hub, header, [])
    from labnet.protocol.keys import check_rotation
    followed = check_rotation(hub.public, rotate(hub).public)
    assert verify_receipt(old_receipt, followed).bundle_id == header.bundle_id
