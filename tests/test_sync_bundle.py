"""Bundles: policy → bundle → open for every record type, and every way a bundle is refused."""

from __future__ import annotations

import hashlib
import os

import pytest
import zstandard

from factories import profile, sample, training
from labnet.protocol import payload
from labnet.protocol.bundle import BundleHeader, make_bundles, parse_bundle, write_part
from labnet.protocol.errors import (
    BundleCompressionError,
    BundleDecryptionError,
    BundleDigestError,
    BundleError,
    BundleFormatError,
    BundleReplayed,
    BundleSchemaError,
    BundleSignatureError,
    BundleTruncated,
    DecompressionBomb,
    PartTooLarge,
    PayloadTooLarge,
    UnknownSigner,
    WrongRecipient,
)
from labnet.protocol.keys import create_identity
from labnet.protocol.opening import Limits, inspect_bundle, open_bundle
from labnet.sync.outbox import Outbox
from labnet.sync.policy import parse_policy, pseudonym
from test_sync_support import every_treatment_policy, hub, lab, lookup, other_hub  # noqa: F401 (fixtures)


@pytest.fixture
def filled(cat):
    cat.add("reference_sample", sample(storage_location="Safe 2", quantity=120, remaining_quantity=80))
    cat.add("training_record", training())
    cat.add("profiling_result", profile(seizure_place="Tema harbour", case_number="CR/1"))
    return cat


def _export(cat, lab, hub, policy_text=None, **kw):
    policy = parse_policy(policy_text or every_treatment_policy())
    return Outbox(cat).export(lab, hub.public, policy, **kw), policy


def test_every_record_type_and_treatment_round_trips(filled, lab, hub):
    result, policy = _export(filled, lab, hub)
    [(header, data)] = result.parts
    opened = open_bundle(data, hub, lookup(lab))
    assert opened.header == header and header.records == 3
    assert opened.manifest["policy_sha256"] == policy.digest
    by_kind = {e["kind"]: e["record"] for e in opened.entries}
    secret = lab.pseudonym_secret
    stored = {k: next(filled.iter_records(k)) for k in by_kind}
    rs, tr, pr = by_kind["reference_sample"], by_kind["training_record"], by_kind["profiling_result"]
    # keep
    assert rs["substance"] == stored["reference_sample"]["substance"] and pr["peaks"] == stored["profiling_result"]["peaks"]
    # pseudonymise: stable, keyed, lists item by item
    assert rs["inventory_code"] == pseudonym(secret, "inventory_code", "RS-2025-001")
    assert tr["staff_member"].startswith("ps:") and "Adwoa" not in str(opened.entries)
    assert pr["adulterants"] == [pseudonym(secret, "adulterants", "caffeine")]
    assert pseudonym(os.urandom(32), "inventory_code", "RS-2025-001") != rs["inventory_code"]
    # generalise: month, range with and without a step, place -> region
    assert rs["received_on"] == stored["reference_sample"]["received_on"][:7]
    assert rs["quantity"] == [100.0, 150.0] and rs["remaining_quantity"] == [10.0, 100.0]
    assert tr["hours"] == [10.0, 100.0]
    assert pr["purity"] == [20.0, 30.0] and pr["seizure_place"] == "Greater Accra"
    # drop (explicitly or by not being named)
    assert "storage_location" not in rs and "case_number" not in pr and "analyst" not in pr
    assert "CR/1" not in str(opened.entries) and "Tema" not in str(opened.entries)


def test_inspect_checks_the_signature_without_decrypting(filled, lab, hub):
    result, _ = _export(filled, lab, hub)
    data = result.parts[0][1]
    found = inspect_bundle(data, [lab.public])
    assert found.signature_ok is True and found.header.lab_id == lab.identity_id
    assert inspect_bundle(data, []).signature_ok is None
    tampered = bytearray(data)
    tampered[-100] ^= 1
    assert inspect_bundle(bytes(tampered), [lab.public]).signature_ok is False


def test_parts_are_capped_and_each_opens_on_its_own(cat, lab, hub):
    with cat.transaction():
        for i in range(400):
            cat.add("profiling_result", profile(lab_sample_number=f"LS-{i:04d}", shareable=True,
                                                notes=os.urandom(200).hex()))
    policy = every_treatment_policy().replace('case_number = "drop"', 'notes = "keep"')
    result, _ = _export(cat, lab, hub, policy, max_part_bytes=65536)
    assert len(result.parts) > 1
    seen = []
    for header, data in result.parts:
        assert len(data) <= 65536 and header.part_count == len(result.parts)
        seen += open_bundle(data, hub, lookup(lab)).entries
    assert len({e["id"] for e in seen}) == 400


# -- refusals, each with its own error ---------------------------------------------------------
@pytest.fixture
def sealed(filled, lab, hub):
    return _export(filled, lab, hub)[0].parts[0][1]


def test_flipping_any_byte_is_refused(sealed, lab, hub):
    positions = sorted({*range(0, 40), *range(0, len(sealed), max(1, len(sealed) // 300)), *range(len(sealed) - 70, len(sealed))})
    for position in positions:
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        with pytest.raises(BundleError):
            open_bundle(bytes(tampered), hub, lookup(lab))


def test_truncated_file(sealed, lab, hub):
    for cut in (3, 20, len(sealed) // 2, len(sealed) - 1):
        with pytest.raises(BundleTruncated, match="cut short"):
            open_bundle(sealed[:cut], hub, lookup(lab))
    with pytest.raises(BundleFormatError, match="not a LabNet bundle"):
        open_bundle(b"PK\x03\x04 a zip file" + bytes(100), hub, lookup(lab))
    with pytest.raises(BundleFormatError, match="unexpected bytes"):
        open_bundle(sealed + b"\x00", hub, lookup(lab))


def test_wrong_lab_key(sealed, lab, hub):
    impostor = create_identity("lab", "Impostor", "GH", identity_id=lab.identity_id)
    with pytest.raises(BundleSignatureError, match="signature is not that of"):
        open_bundle(sealed, hub, lambda lab_id, key_id: impostor.public.keys.signing)
    with pytest.raises(UnknownSigner, match="not registered"):
        open_bundle(sealed, hub, lambda lab_id, key_id: None)


def test_wrong_hub_key(sealed, lab, other_hub):
    with pytest.raises(WrongRecipient, match="another hub key"):
        open_bundle(sealed, other_hub, lookup(lab))


def test_replayed_bundle_id(sealed, lab, hub):
    header = parse_bundle(sealed).header
    with pytest.raises(BundleReplayed) as caught:
        open_bundle(sealed, hub, lookup(lab), seen={header.bundle_id})
    assert caught.value.bundle_id == header.bundle_id
    with pytest.raises(BundleReplayed):
        open_bundle(sealed, hub, lookup(lab), seen=lambda bundle_id: True)
    assert open_bundle(sealed, hub, lookup(lab), seen=set()).header == header


def test_oversized_part_and_declared_payload(sealed, lab, hub):
    with pytest.raises(PartTooLarge, match="accepts at most"):
        open_bundle(sealed, hub, lookup(lab), limits=Limits(max_part_bytes=len(sealed) - 1))
    with pytest.raises(PayloadTooLarge, match="once decompressed"):
        open_bundle(sealed, hub, lookup(lab), limits=Limits(max_payload_bytes=100))
    with pytest.raises(PayloadTooLarge, match="records"):
        open_bundle(sealed, hub, lookup(lab), limits=Limits(max_records=2))


def _crafted(lab, hub, plain: bytes, *, compressed: bytes | None = None, records: int = 0,
             payload_size: int | None = None, digest: str | None = None, seal_to=None) -> bytes:
    """A correctly signed bundle around any payload, under the id its claims derive: what a buggy or
    hostile lab could send."""
    from labnet.protocol.bundle import bundle_id_for

    claimed = digest or hashlib.sha256(plain).hexdigest()
    header = BundleHeader(
        bundle_id=bundle_id_for(lab.identity_id, hub.public.encryption_key_id, claimed), batch_id="crafted",
        part_index=1, part_count=1, lab_id=lab.identity_id,
        lab_key_id=lab.public.signing_key_id, hub_key_id=hub.public.encryption_key_id, suite=hub.public.keys.suite.name,
        seq_from=1, seq_to=1, created_at="2026-01-01T00:00:00Z", records=records, compression="zstd",
        payload_size=len(plain) if payload_size is None else payload_size,
        payload_sha256=digest or hashlib.sha256(plain).hexdigest(), policy_sha256="0" * 64)
    compressed = compressed if compressed is not None else payload.compress(plain)
    if seal_to is None:
        return write_part(lab, hub.public.keys, header, compressed)
    # Sealed to another key while the header names this hub's: assembled by hand from the spec's layout.
    import struct

    from labnet.protocol.bundle import MAGIC, SIGNATURE_CONTEXT, seal_info
    header_bytes = header.to_bytes()
    keys = seal_to.public.keys
    sealed = keys.suite.hpke().encrypt(compressed, keys.hpke_public(), info=seal_info(header_bytes))
    signed = MAGIC + struct.pack(">HI", 1, len(header_bytes)) + header_bytes + struct.pack(">Q", len(sealed)) + sealed
    return signed + lab.sign(SIGNATURE_CONTEXT + signed)


def _manifest_line() -> bytes:
    from labnet.protocol import canonical
    return canonical.dumps(payload.manifest("0" * 64, {"profiling_result": {"drug_type": "keep"}})) + b"\n"


def test_decryption_failure(lab, hub, other_hub):
    data = _crafted(lab, hub, _manifest_line(), seal_to=other_hub)
    with pytest.raises(BundleDecryptionError, match="does not open"):
        open_bundle(data, hub, lookup(lab))


def test_decompression_bomb_is_stopped_while_streaming(lab, hub):
    bomb = payload.compress(bytes(200 * 1024 * 1024))  # 200 MiB of zeros in a few kilobytes
    assert len(bomb) < 100_000
    # Its frame says 200 MiB, the header 1,000 bytes: refused from the frame header, nothing decompressed.
    data = _crafted(lab, hub, b"", compressed=bomb, payload_size=1000, digest="0" * 64)
    with pytest.raises(BundleCompressionError, match="not the 1,000 the header declares"):
        open_bundle(data, hub, lookup(lab))
    # A frame that lies about its size too is stopped by the decoder within the declared size.
    lying = bytearray(bomb)
    lying[6:10] = (1000).to_bytes(4, "little")   # the 4-byte content size of this frame header
    data = _crafted(lab, hub, b"", compressed=bytes(lying), payload_size=1000, digest="0" * 64)
    with pytest.raises(BundleDigestError, match="cannot be decompressed"):
        open_bundle(data, hub, lookup(lab))
    # And the streaming cap itself, on a frame that does not say its size (which the frame rule refuses first).
    unsized = zstandard.ZstdCompressor(write_content_size=False).compress(bytes(200 * 1024 * 1024))
    with pytest.raises(DecompressionBomb, match="decompression bomb"):
        payload.decompress_capped(unsized, 1000)


def test_payload_digest_mismatch(lab, hub):
    data = _crafted(lab, hub, _manifest_line(), digest="1" * 64)
    with pytest.raises(BundleDigestError, match="digest"):
        open_bundle(data, hub, lookup(lab))
    corrupt = _crafted(lab, hub, _manifest_line(), compressed=b"not zstd at all")
    with pytest.raises(BundleCompressionError, match="not a zstd frame"):
        open_bundle(corrupt, hub, lookup(lab))


@pytest.mark.parametrize("line, message", [
    (b'{"id":"0192f000-0000-7000-8000-000000000001","kind":"profiling_result","op":"upsert","record":{"drug_type":12},"seq":1,"version":1}',
     "is not a value of a choice field"),
    (b'{"id":"0192f000-0000-7000-8000-000000000001","kind":"profiling_result","op":"upsert","record":{"purity":12.5},"seq":1,"version":1}',
     "not declared"),
    (b'{"id":"0192f000-0000-7000-8000-000000000001","kind":"training_record","op":"delete","seq":1,"version":1}', "not declared in the manifest"),
    (b'{"id":"0192f000-0000-7000-8000-000000000001","kind":"profiling_result","op":"upsert","seq":1,"version":1}', "an entry has"),
    (b'{"id":"0192f000-0000-7000-8000-000000000001","kind":"profiling_result","op":"delete","seq":0,"version":1}', "at least 1"),
    (b'not json', "not valid JSON"),
])
def test_record_schema_errors_reject_the_whole_bundle(lab, hub, line, message):
    good = b'{"id":"0192f000-0000-7000-8000-000000000000","kind":"profiling_result","op":"upsert","record":{"drug_type":"heroin"},"seq":1,"version":1}'
    plain = _manifest_line() + good + b"\n" + line + b"\n"
    with pytest.raises(BundleSchemaError, match=message):
        open_bundle(_crafted(lab, hub, plain, records=2), hub, lookup(lab))


def test_make_bundles_refuses_a_record_larger_than_a_part(lab, hub):
    from labnet.protocol.errors import SyncError
    entries = [{"kind": "profiling_result", "id": "a", "op": "upsert", "seq": 1, "version": 1,
                "record": {"notes": os.urandom(90000).hex()}}]
    with pytest.raises(SyncError, match="too large"):
        make_bundles(lab, hub.public.keys, {"payload": 1}, entries, seq_from=1, seq_to=1, policy_sha256="0" * 64,
                     max_part_bytes=65536, max_payload_bytes=10**6)
