"""One rule set for bundles and records (issue 16): a hub applies nothing of a file that breaks a rule of the
format, rejects alone a record that breaks a rule of the catalogue, and a laboratory does not seal a bundle the
hub would refuse.

Found by a second implementation of the format: a validly signed bundle whose entries were out of seq order,
outside the header's range, not canonical, under another policy than its header's, in zstd frames without
checksum or size or with a skippable frame, with record ids the catalogue never makes, or with a purity of
150 % — every record was applied.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub.ingest import Ingestor
from labnet.protocol import canonical, payload
from labnet.protocol.bundle import make_bundles
from labnet.protocol.errors import (
    BundleBuildError,
    BundleCompressionError,
    BundleNotCanonical,
    BundleSchemaError,
    BundleSequenceError,
    ManifestPolicyMismatch,
)
from labnet.protocol.keys import create_identity
from labnet.protocol.receipt import verify_receipt

sys.path.insert(0, str(Path(__file__).parent / "vectors"))

import make_refuse

# Refused before the signature is known good, or under an id the content does not derive: no receipt.
UNREAD = {"BundleTruncated", "BundleSignatureError", "UnknownSigner", "BundleIdError"}


def held(hub, lab) -> dict[str, int]:
    return {r["record_id"]: r["deleted"] for r in hub.store.query(
        "SELECT record_id, deleted FROM network_records WHERE lab_id = ?", (lab.identity_id,))}


def test_a_real_hub_refuses_each_broken_file_whole_and_rejects_a_record_alone(hub):
    lab = enrol(hub, "Lab A")
    other, stranger = create_identity("hub", "Another hub", "KE"), create_identity("lab", "Lab Z", "GH")
    cases = make_refuse.cases(lab, hub.identity.public.keys, other.public.keys, stranger)
    ingestor = Ingestor(hub)
    for case in [c for c in cases if c.error]:
        result = ingestor.ingest(case.data, source="file")
        assert held(hub, lab) == {}, case.name                  # nothing of a refused file is applied
        if case.error in UNREAD:
            assert result.status == "refused" and result.receipt is None, case.name
            [row] = hub.store.query("SELECT error FROM refused_files WHERE file_sha256 = ?", (result.file_sha256,))
            assert row["error"] == case.error
            continue
        assert result.status == "rejected", (case.name, result.status, result.reason)
        receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
        assert receipt.status == "rejected" and not receipt.records and receipt.reason == result.reason
        [row] = hub.store.query("SELECT status FROM bundles WHERE bundle_id = ?", (receipt.bundle_id,))
        assert row["status"] == "rejected"                      # refused whole: the id stays free
        if case.rule:
            assert f"(rule {case.rule})" in result.reason, case.name
        if case.line and case.line > 1:
            assert f"line {case.line} (profiling_result " in result.reason, case.name
    [purity] = [c for c in cases if c.name == "purity-150"]
    result = ingestor.ingest(purity.data, source="file")
    assert result.status == "processed" and result.counts == {"accepted": 3, "duplicate": 0, "rejected": 1}
    receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
    [refused] = [r for r in receipt.records if r.result == "rejected"]
    assert refused.record_id == make_refuse.ids(2) and refused.version == 1
    assert refused.reason.startswith("line 3 (profiling_result ")
    assert "a purity of 150 % is impossible" in refused.reason
    assert held(hub, lab) == {make_refuse.ids(1): 0, make_refuse.ids(3): 0, make_refuse.ids(4): 1}
    [sound] = [c for c in cases if c.name == "sound"]
    result = ingestor.ingest(sound.data, source="file")
    assert result.status == "processed" and result.counts == {"accepted": 1, "duplicate": 3, "rejected": 0}
    assert make_refuse.ids(2) in held(hub, lab)


def test_a_record_is_judged_only_on_the_fields_the_policy_kept(hub):
    """A rule that reads a field the policy pseudonymised or dropped cannot be judged; one whose fields are all
    kept is.  The same bundle: the first record breaks nothing it can be judged on, the second breaks a rule on
    kept fields only, the third misses a required field the manifest declares."""
    lab = enrol(hub, "Lab A")
    fields = {"reference_sample": {"inventory_code": "pseudonym", "substance": "keep", "received_on": "keep",
                                   "opened_on": "keep", "expiry_on": "keep", "status": "keep", "quantity": "keep",
                                   "remaining_quantity": "keep"}}
    base = {"inventory_code": "ps:" + "0" * 32, "substance": "cocaine", "received_on": "2025-01-02",
            "status": "in_use"}
    records = [
        {**base, "quantity": 5.0},                        # the unit is not shared: "a quantity needs its unit"
                                                          # cannot be judged
        {**base, "opened_on": "2024-12-01"},              # opened before received: every date is kept
        {k: v for k, v in base.items() if k != "substance"},   # substance is required and declared
    ]
    entries = [{"kind": "reference_sample", "id": make_refuse.ids(i + 1), "op": "upsert", "seq": i + 5,
                "version": 1, "record": r} for i, r in enumerate(records)]
    plain = make_refuse.plain_of([canonical.dumps(e) for e in entries], payload.manifest(make_refuse.POLICY, fields))
    result = Ingestor(hub).ingest(make_refuse.seal(lab, hub.identity.public.keys, plain), source="file")
    assert result.status == "processed" and result.counts == {"accepted": 1, "duplicate": 0, "rejected": 2}
    receipt = verify_receipt(result.receipt, hub.identity.public, lab.identity_id)
    reasons = {r.record_id: r.reason for r in receipt.records if r.result == "rejected"}
    assert set(reasons) == {make_refuse.ids(2), make_refuse.ids(3)}
    assert "opened_on: the date opened (2024-12-01) is before the date received" in reasons[make_refuse.ids(2)]
    assert "substance: Substance is required" in reasons[make_refuse.ids(3)]


# -- the laboratory's builder ---------------------------------------------------------------------
LAB = create_identity("lab", "Lab B", "GH", suite_code="x25519")
HUB = create_identity("hub", "Hub", "SN", suite_code="x25519")
MANIFEST = payload.manifest(make_refuse.POLICY, make_refuse.FIELDS)


def build(entries, *, manifest=MANIFEST, lines=None, seq_from=make_refuse.SEQ_FROM, seq_to=make_refuse.SEQ_TO):
    return make_bundles(LAB, HUB.public.keys, manifest, entries, seq_from=seq_from, seq_to=seq_to,
                        policy_sha256=make_refuse.POLICY, max_part_bytes=1 << 20, max_payload_bytes=1 << 20,
                        lines=lines)


@pytest.mark.parametrize("name, error", [("seq-out-of-order", BundleSequenceError),
                                         ("seq-outside-range", BundleSequenceError),
                                         ("noncanonical", BundleNotCanonical),
                                         ("manifest-policy", ManifestPolicyMismatch),
                                         ("bad-record-id", BundleSchemaError), ("unknown-kind", BundleSchemaError)])
def test_the_laboratory_does_not_seal_a_bundle_the_hub_would_refuse(name, error):
    good = make_refuse.entries(LAB)
    assert len(build(good)) == 1
    entries, manifest, lines, seq_to = good, MANIFEST, None, make_refuse.SEQ_TO
    if name == "seq-out-of-order":
        entries = [good[1], good[0], *good[2:]]
    elif name == "seq-outside-range":
        seq_to = make_refuse.SEQ_TO - 1
    elif name == "noncanonical":
        lines = [json_line.replace(b",", b", ", 1) for json_line in canonical.dumps_lines(good).splitlines(True)]
    elif name == "manifest-policy":
        manifest = payload.manifest("1" * 64, make_refuse.FIELDS)
    elif name == "bad-record-id":
        entries = [{**good[0], "id": "sample-17"}, *good[1:]]
    elif name == "unknown-kind":
        manifest = payload.manifest(make_refuse.POLICY, {**make_refuse.FIELDS, "seizure_report": {}})
    with pytest.raises(BundleBuildError, match="did not seal a bundle the hub would refuse") as caught:
        build(entries, manifest=manifest, lines=lines, seq_to=seq_to)
    assert type(caught.value.error) is error


def test_the_laboratory_does_not_seal_frames_the_hub_would_refuse(monkeypatch):
    import zstandard

    monkeypatch.setattr(payload, "compress", zstandard.ZstdCompressor(write_checksum=False).compress)  # a broken build
    with pytest.raises(BundleBuildError) as caught:
        build(make_refuse.entries(LAB))
    assert type(caught.value.error) is BundleCompressionError and "has no checksum" in caught.value.user_message


def test_a_record_that_breaks_a_record_rule_is_sealed_for_the_hub_to_reject_alone():
    """Not a fault of the build: the laboratory's own record, which its receipt will say was rejected."""
    good = make_refuse.entries(LAB)
    entries = [{**good[1], "record": {**good[1]["record"], "purity": 150.0}} if i == 1 else e
               for i, e in enumerate(good)]
    [(_, data)] = build(entries)
    from labnet.protocol.opening import lab_keys_from, open_bundle

    opened = open_bundle(data, HUB, lab_keys_from([LAB.public]))
    assert list(opened.rejected) == [1] and "a purity of 150 % is impossible" in opened.rejected[1]


def test_zstd_frames_are_read_from_their_header_bytes():
    """Several frames, each with its checksum and size, are a payload; a dictionary, stray bytes after the last
    frame, or sizes that do not add up to the header's are not (RFC 8878 §3.1.1, bundle-format §9 step 6)."""
    from labnet.protocol.opening import lab_keys_from, open_bundle

    lab = make_refuse.keys()[0]
    plain = make_refuse.plain_of([canonical.dumps(e) for e in make_refuse.entries(lab)])
    half = plain.index(b"\n", len(plain) // 2) + 1
    two = payload.compress(plain[:half]) + payload.compress(plain[half:])
    opened = open_bundle(make_refuse.seal(lab, HUB.public.keys, plain, compressed=two), HUB,
                         lab_keys_from([lab.public]))
    assert len(opened.entries) == 4
    frame = payload.compress(plain)
    assert frame[4] & 0x20 and not frame[4] & 0x03        # single segment (no window byte), no dictionary id
    with_dictionary = frame[:4] + bytes([frame[4] | 0x01, 7]) + frame[5:]   # Dictionary_ID 7, one byte
    for compressed, says in ((with_dictionary, "needs a dictionary"), (two + b"\x00\x01", "stray bytes"),
                             (payload.compress(plain[:half]), "not the")):
        with pytest.raises(BundleCompressionError, match=says):
            open_bundle(make_refuse.seal(lab, HUB.public.keys, plain, compressed=compressed), HUB,
                        lab_keys_from([lab.public]))


def test_decisions_taken_together_go_under_one_seq_and_the_hub_applies_them(hub, tmp_path):
    """Why seq is non-decreasing, not strictly increasing (bundle-format §7): a sharing-policy change decides
    again about several records under one seq, and the laboratory's bundle must open at the hub."""
    from test_sync_delivery import NO_PURITY, Laboratory, shared_record

    laboratory = Laboratory(hub, tmp_path / "lab")
    try:
        for number in ("LS-1", "LS-2", "LS-3"):
            shared_record(laboratory, number)
        laboratory.policy = NO_PURITY
        seqs = [e["seq"] for e in laboratory.pending()]
        assert len(set(seqs)) < len(seqs) and seqs == sorted(seqs)
        laboratory.clean_sync()
        laboratory.check()
    finally:
        laboratory.cat.close()


def test_a_text_that_passed_one_field_is_judged_again_in_another_and_only_text_is_remembered():
    """The rules remember the text values each field passed (most repeat), per field and only as text: the same
    word refused in a field where it is no value, a 1 refused where True passed, in one payload or across the
    batches of a build."""
    from types import SimpleNamespace

    from labnet.protocol import rules

    forms = {"drug_type": "keep", "method": "keep", "shareable": "keep"}
    manifest_line = canonical.dumps({"fields": {"profiling_result": forms}, "payload": 1,
                                     "policy_sha256": "ab" * 32}) + b"\n"

    def entry(n, record):
        return {"id": f"01a2448f-ed70-70ee-9af0-{n:012d}", "kind": "profiling_result", "op": "upsert",
                "record": record, "seq": n, "version": 1}
    good = [entry(1, {"method": "cocaine", "drug_type": "cocaine", "shareable": True}),
            entry(2, {"method": "Cocaine", "drug_type": "cocaine", "shareable": True})]
    for bad, field in ((entry(3, {"method": "Cocaine", "drug_type": "Cocaine"}), "drug_type"),
                       (entry(3, {"drug_type": "cocaine", "shareable": 1}), "shareable")):
        entries = [*good, bad]
        data = manifest_line + canonical.dumps_lines(entries)
        header = SimpleNamespace(records=3, seq_from=1, seq_to=9, payload_size=len(data), policy_sha256="ab" * 32)
        with pytest.raises(BundleSchemaError, match=f"line 4 .*profiling_result.{field}"):
            rules.check_payload(data, header)
        kept: dict = {}   # a build's batches: the good ones first, then the bad one, with the rules kept
        lines = canonical.dumps_lines(entries).splitlines(keepends=True)
        rules.check_built(manifest_line, lines[:2], good, SimpleNamespace(**{**vars(header), "records": 2}),
                          encoded_here=True, kept=kept)
        assert kept["kinds"]["profiling_result"].passed["drug_type"] == {"cocaine"}
        with pytest.raises(BundleSchemaError, match=f"line 4 .*profiling_result.{field}"):
            rules.check_built(manifest_line, lines[2:], [bad], SimpleNamespace(**{**vars(header), "records": 1}),
                              first_line=4, encoded_here=True, kept=kept)
