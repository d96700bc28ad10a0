"""A bundle's id is its content's: no laboratory can take another's id, and a refusal reserves none.

Found by a second implementation of the format: laboratory B sent its own data
under laboratory A's next bundle id; A's genuine bundle was then answered with
B's receipt and nothing of A's was applied.  And a damaged copy, refused after
its signature check, reserved the id of the sound file, which was then answered
as a replay of the refusal.
"""

from __future__ import annotations

import pytest

from factories import profile
from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub.ingest import Ingestor
from labnet.hub.service import Hub
from labnet.protocol import payload
from labnet.protocol.bundle import BundleHeader, bundle_id_for, write_part
from labnet.protocol.errors import BundleIdError
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import verify_receipt
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy

POLICY = default_policy()


def signed_as(lab, hub: Hub, header: BundleHeader, compressed: bytes) -> bytes:
    return write_part(lab, hub.identity.public.keys, header, compressed)


def live(hub: Hub, lab) -> set[str]:
    return {r["record_id"] for r in hub.store.query("SELECT record_id FROM network_records WHERE lab_id = ? AND "
                                                    "deleted = 0", (lab.identity_id,))}


def test_a_laboratory_cannot_send_its_data_under_another_laboratorys_bundle_id(cat, hub):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    records = [cat.add("profiling_result", profile(lab_sample_number=f"A-{i}", shareable=True)) for i in range(3)]
    [(genuine_header, genuine)] = Outbox(cat).export(a, hub.identity.public, POLICY).parts
    # B reads A's next bundle id (headers and file names show it) and sends its own payload under it.
    plain = b""  # an empty payload will do: it must never be read
    squat = BundleHeader(**{**genuine_header.__dict__, "lab_id": b.identity_id,
                            "lab_key_id": b.public.signing_key_id, "records": 0})
    data = signed_as(b, hub, squat, payload.compress(plain))
    with pytest.raises(BundleIdError, match="does not carry the id"):
        open_bundle(data, hub.identity, Ingestor(hub)._signing_key)
    result = Ingestor(hub).ingest(data, source="file", uploader=b.identity_id)
    assert result.status == "refused" and result.receipt is None
    assert not hub.store.query("SELECT 1 FROM bundles WHERE bundle_id = ?", (genuine_header.bundle_id,))
    # A's genuine bundle is applied and answered with A's own receipt.
    answer = Ingestor(hub).ingest(genuine, source="file", uploader=a.identity_id)
    assert answer.status == "processed" and answer.counts["accepted"] == 3
    receipt = verify_receipt(answer.receipt, hub.identity.public, a.identity_id)
    assert receipt.bundle_id == genuine_header.bundle_id
    assert live(hub, a) == {r["id"] for r in records} and live(hub, b) == set()


def test_a_damaged_copy_refused_after_its_signature_check_reserves_no_id(cat, hub):
    a = enrol(hub, "Lab A")
    for i in range(2):
        cat.add("profiling_result", profile(lab_sample_number=f"A-{i}", shareable=True))
    outbox = Outbox(cat)
    [(header, genuine)] = outbox.export(a, hub.identity.public, POLICY).parts
    # The same header (same id, signed by the lab) around a payload that does not match its digest.
    damaged = signed_as(a, hub, header, payload.compress(b"not the payload\n"))
    refused = Ingestor(hub).ingest(damaged, source="file")
    assert refused.status == "rejected"
    outbox.apply_receipt(verify_receipt(refused.receipt, hub.identity.public, a.identity_id), POLICY)
    assert len(outbox.pending(POLICY, a.pseudonym_secret).entries) == 2      # nothing settled by a refusal
    [(again, sound)] = outbox.export(a, hub.identity.public, POLICY).parts
    assert again.bundle_id == header.bundle_id                                # the same content, the same id
    applied = Ingestor(hub).ingest(sound, source="file")
    assert applied.status == "processed" and applied.counts["accepted"] == 2   # not a replay of the refusal
    outcome = outbox.apply_receipt(verify_receipt(applied.receipt, hub.identity.public, a.identity_id), POLICY)
    assert not outcome.already_applied and outbox.pending(POLICY, a.pseudonym_secret).entries == []
    assert Ingestor(hub).ingest(sound, source="file").status == "duplicate"     # and now it is one


def test_every_bundle_the_laboratory_makes_carries_its_derived_id(cat, hub):
    a = enrol(hub, "Lab A")
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"A-{i}", shareable=True))
    for header, _ in Outbox(cat).export(a, hub.identity.public, POLICY, max_part_bytes=6000).parts:
        assert header.bundle_id == bundle_id_for(header.lab_id, header.hub_key_id, header.payload_sha256)


@pytest.mark.parametrize("bundles, says", [
    ([{"status": "processed", "counts": {"accepted": 3, "rejected": 0}}], None),
    ([{"status": "processed", "counts": {"accepted": 2, "rejected": 1}}], "refused 1 record "),
    ([{"status": "rejected", "counts": {"rejected": 115}}], "refused 1 bundle whole"),
])
def test_a_sync_whose_records_the_hub_refused_is_not_reported_as_a_success(bundles, says):
    from labnet.cli.network_commands import _refused
    from labnet.sync.client import SyncReport

    said = _refused(SyncReport(bundles=bundles))
    assert said is None if says is None else says in said
