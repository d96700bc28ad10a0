"""Make tests/vectors/bundle-v1.json: fixed keys, a payload, the expected header,
seal info, signature, a sealed bundle per suite, a receipt and an identity document.

Run once (``python tests/vectors/generate.py``); the file is committed.  Every
value but the sealed bundles is deterministic (Ed25519 signatures are); HPKE
encryption is randomised, so the sealed examples are fixed here and must keep
opening with the hub keys below.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from sync import canonical, payload  # noqa: E402
from sync.bundle import BundleHeader, bundle_id_for, seal_info, write_part  # noqa: E402
from sync.keys import Identity, KeySet, PublicIdentity, SUITES, sign_document  # noqa: E402
from sync.policy import pseudonym  # noqa: E402
from sync.receipt import RecordResult, make_receipt  # noqa: E402

OUT = Path(__file__).with_name("bundle-v1.json")


def seed(label: str, n: int = 32) -> bytes:
    return hashlib.shake_256(f"labnet test vector {label}".encode()).digest(n)


def identity(role: str, name: str, suite_code: str, label: str) -> Identity:
    spec = SUITES[suite_code]
    encryption = seed(f"{label} encryption", spec.private_length)
    keys = KeySet(Ed25519PrivateKey.from_private_bytes(seed(f"{label} signing")), encryption, spec,
                  "2026-01-01T00:00:00Z")
    public = PublicIdentity(role, f"00000000-0000-4000-8000-00000000000{1 if role == 'lab' else 2}", name,
                            "GH" if role == "lab" else "SN", "2026-01-01T00:00:00Z", keys.public)
    return Identity(sign_document(keys, public), [keys], seed(f"{label} pseudonym secret"))


def main() -> None:
    lab = identity("lab", "Vector Laboratory", "mlkem768-x25519", "lab")
    manifest = payload.manifest("0" * 64, {"profiling_result": {"drug_type": "keep", "purity": "keep",
                                                                "seizure_date": "month",
                                                                "seizure_reference": "pseudonym"}})
    entries = [
        {"kind": "profiling_result", "id": "0192f000-0000-7000-8000-000000000001", "op": "upsert", "seq": 7,
         "version": 2, "record": {"drug_type": "cocaine", "purity": 71.25, "seizure_date": "2025-11",
                                  "seizure_reference": pseudonym(lab.pseudonym_secret, "seizure_reference", "SZ-1")}},
        {"kind": "profiling_result", "id": "0192f000-0000-7000-8000-000000000002", "op": "delete", "seq": 9,
         "version": 4},
    ]
    plain = canonical.dumps(manifest) + b"\n" + canonical.dumps_lines(entries)
    compressed = payload.compress(plain)
    suites = {}
    for code in ("mlkem768-x25519", "x25519"):
        hub = identity("hub", f"Vector Hub ({code})", code, f"hub {code}")
        digest = hashlib.sha256(plain).hexdigest()
        header = BundleHeader(
            bundle_id=bundle_id_for(lab.identity_id, hub.public.encryption_key_id, digest),
            batch_id=bundle_id_for(lab.identity_id, hub.public.encryption_key_id, hashlib.sha256(
                digest.encode()).hexdigest()),
            part_index=1, part_count=1, lab_id=lab.identity_id, lab_key_id=lab.public.signing_key_id,
            hub_key_id=hub.public.encryption_key_id, suite=hub.public.keys.suite.name, seq_from=5, seq_to=9,
            created_at="2026-01-02T03:04:05Z", records=len(entries), compression="zstd", payload_size=len(plain),
            payload_sha256=digest, policy_sha256="0" * 64)
        data = write_part(lab, hub.public.keys, header, compressed)
        header_bytes = header.to_bytes()
        receipt = make_receipt(hub, header, [RecordResult("profiling_result", entries[0]["id"], 2, "accepted"),
                                             RecordResult("profiling_result", entries[1]["id"], 4, "duplicate")],
                               received_at="2026-01-02T04:00:00Z")
        suites[code] = {
            "hub_identity_document": hub.public.to_json().decode(),
            "hub_encryption_private_key_hex": hub.current.encryption.hex(),
            "hub_encryption_public_key_hex": hub.public.keys.encryption.hex(),
            "hub_encryption_key_id": hub.public.encryption_key_id,
            "hub_signing_private_key_hex": hub.current.signing.private_bytes_raw().hex(),
            "header_json": header_bytes.decode(),
            "prefix_hex": data[:14 + len(header_bytes)].hex(),
            "seal_info_hex": seal_info(header_bytes).hex(),
            "sealed_length": len(data) - 14 - len(header_bytes) - 8 - 64,
            "signature_hex": data[-64:].hex(),
            "bundle_hex": data.hex(),
            "receipt": receipt.decode(),
        }
    vectors = {
        "description": "LabNet bundle format v1 test vectors; see docs/bundle-format.md §9.",
        "lab_identity_document": lab.public.to_json().decode(),
        "lab_signing_private_key_hex": lab.current.signing.private_bytes_raw().hex(),
        "lab_signing_public_key_hex": lab.public.keys.signing.hex(),
        "lab_signing_key_id": lab.public.signing_key_id,
        "pseudonym": {"secret_hex": lab.pseudonym_secret.hex(), "field": "seizure_reference", "value": "SZ-1",
                      "expected": pseudonym(lab.pseudonym_secret, "seizure_reference", "SZ-1")},
        "payload_text": plain.decode(),
        "payload_sha256": hashlib.sha256(plain).hexdigest(),
        "compressed_payload_hex": compressed.hex(),
        "suites": suites,
    }
    OUT.write_text(json.dumps(vectors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
