"""Make the test vectors of docs/bundle-format.md (§11), one file per message type, from fixed seeds.

    python tests/vectors/generate.py

writes, next to this script:

- ``bundle-v1.json``: keys, a payload, the expected header, seal info, signature, a sealed bundle per
  suite and the receipt the hub signs for it;
- ``identity-v1.json``: identity documents of a laboratory and of two hubs, and a laboratory's key
  rotation with its endorsement, each with the exact bytes signed;
- ``bulletin-v1.json``: signed bulletins (a notice to every laboratory, links to one) and a bulletin file;
- ``session-v1.json``: a laboratory's signed sign-in request to the hub (``POST /v1/session``);
- ``keyfile.json``: a private key file from a given passphrase, KDF parameters, salt and nonce;
- ``enrolment-v1.json``: an enrolment code, the laboratory's registration and a hub's enrolment file;
- ``hub-keys-v1.json``: a hub key document retiring one older key set and revoking another.

Every value is a function of the seeds below (Ed25519 signatures are deterministic) except the sealed
bundles: HPKE encryption is randomised, so a sealed bundle already in ``bundle-v1.json`` is kept as long
as its header is unchanged and it still opens to the payload — running the script again rewrites every
file byte for byte the same (tests/test_sync_vectors.py checks that).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from labnet.protocol import canonical, keyfile, payload
from labnet.protocol.bulletin import BULLETIN_CONTEXT, make_bulletin
from labnet.protocol.bundle import (
    SIGNATURE_CONTEXT,
    BundleHeader,
    bundle_id_for,
    seal_info,
    write_part,
)
from labnet.protocol.enrolment import FILE_CONTEXT, PROOF_CONTEXT, EnrolmentCode, enrolment_file, enrolment_request
from labnet.protocol.keys import (
    ROTATION_CONTEXT,
    SUITES,
    Identity,
    KeySet,
    PublicIdentity,
    b64,
    sign_document,
)
from labnet.protocol.keys import SIGNATURE_CONTEXT as IDENTITY_CONTEXT
from labnet.protocol.keystatus import KEYS_CONTEXT, KeyEvent, hub_keys_document
from labnet.protocol.receipt import RECEIPT_CONTEXT, RecordResult, make_receipt
from labnet.protocol.session import session_statement
from labnet.sync.policy import pseudonym

HERE = Path(__file__).resolve().parent
OUT = HERE / "bundle-v1.json"
CREATED = "2026-01-01T00:00:00Z"
LAB_ID = "00000000-0000-4000-8000-000000000001"
HUB_ID = "00000000-0000-4000-8000-000000000002"
KEYFILE_PASSPHRASE = "vector passphrase, long enough"
KEYFILE_KDF = keyfile.KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)   # cheap, so the check is quick


def seed(label: str, n: int = 32) -> bytes:
    return hashlib.shake_256(f"labnet test vector {label}".encode()).digest(n)


def key_set(suite_code: str, label: str) -> KeySet:
    spec = SUITES[suite_code]
    return KeySet(Ed25519PrivateKey.from_private_bytes(seed(f"{label} signing")),
                  seed(f"{label} encryption", spec.private_length), spec, CREATED)


def identity(role: str, name: str, suite_code: str, label: str) -> Identity:
    keys = key_set(suite_code, label)
    public = PublicIdentity(role, LAB_ID if role == "lab" else HUB_ID, name, "GH" if role == "lab" else "SN",
                            CREATED, keys.public)
    return Identity(sign_document(keys, public), [keys], seed(f"{label} pseudonym secret"))


def rotated(old: Identity, label: str) -> Identity:
    """``labnet.protocol.keys.rotate`` with the new keys from a seed instead of the random generator."""
    new = key_set(old.current.suite.code, label)
    public = replace(old.public, keys=new.public, endorsement=None, signature=b"",
                     previous=(old.current.public, *old.public.previous))
    endorsement = old.current.signing.sign(ROTATION_CONTEXT + canonical.dumps(public.body()))
    public = replace(public, endorsement={"previous_signing_key_id": old.current.public.signing_key_id,
                                          "signature": b64(endorsement)})
    return Identity(sign_document(new, public), [new, *old.key_sets], old.pseudonym_secret)


def keys_of(who: Identity) -> dict[str, Any]:
    keys = who.current
    return {"signing_private_key_hex": keys.signing.private_bytes_raw().hex(),
            "signing_public_key_hex": keys.public.signing.hex(),
            "signing_key_id": keys.public.signing_key_id,
            "encryption_algorithm": keys.suite.code,
            "encryption_private_key_hex": keys.encryption.hex(),
            "encryption_private_key_form": keys.encryption_form,
            "encryption_public_key_hex": keys.public.encryption.hex(),
            "encryption_key_id": keys.public.encryption_key_id}


def identity_entry(who: Identity) -> dict[str, Any]:
    return {"document": who.public.to_json().decode(), **keys_of(who),
            "signing_input_hex": (IDENTITY_CONTEXT + canonical.dumps(who.public.unsigned())).hex()}


def _previous_bundles(previous: Path | None) -> dict[str, bytes]:
    path = (previous or HERE) / OUT.name
    if not path.exists():
        return {}
    old = json.loads(path.read_text(encoding="utf-8"))
    return {code: bytes.fromhex(v["bundle_hex"]) for code, v in old.get("suites", {}).items()}


def _sealed(lab: Identity, hub: Identity, header: BundleHeader, compressed: bytes, old: bytes | None) -> bytes:
    """The sealed bundle: the one made before if it has this header and opens to ``compressed``, else a new one."""
    header_bytes = header.to_bytes()
    prefix_length = 14 + len(header_bytes)
    if old is not None and len(old) > prefix_length + 72:
        fresh_prefix = write_part(lab, hub.public.keys, header, compressed)[:prefix_length]
        sealed = old[prefix_length + 8:-64]
        with contextlib.suppress(Exception):
            opened = hub.current.suite.hpke().decrypt(sealed, hub.current.hpke_private(), info=seal_info(header_bytes))
            signed = lab.sign(SIGNATURE_CONTEXT + old[:-64])
            if old[:prefix_length] == fresh_prefix and opened == compressed and signed == old[-64:]:
                return old
    return write_part(lab, hub.public.keys, header, compressed)


def bundle_vectors(lab: Identity, hubs: dict[str, Identity], previous: Path | None) -> dict[str, Any]:
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
    digest = hashlib.sha256(plain).hexdigest()
    old_bundles = _previous_bundles(previous)
    suites = {}
    for code, hub in hubs.items():
        hub_encryption_key_id = hub.public.encryption_key_id
        header = BundleHeader(
            bundle_id=bundle_id_for(lab.identity_id, hub_encryption_key_id, digest),
            batch_id=bundle_id_for(lab.identity_id, hub_encryption_key_id, hashlib.sha256(digest.encode()).hexdigest()),
            part_index=1, part_count=1, lab_id=lab.identity_id, lab_key_id=lab.public.signing_key_id,
            hub_key_id=hub_encryption_key_id, suite=hub.public.keys.suite.name, seq_from=5, seq_to=9,
            created_at="2026-01-02T03:04:05Z", records=len(entries), compression="zstd", payload_size=len(plain),
            payload_sha256=digest, policy_sha256="0" * 64)
        data = _sealed(lab, hub, header, compressed, old_bundles.get(code))
        header_bytes = header.to_bytes()
        receipt = make_receipt(hub, header, [RecordResult("profiling_result", entries[0]["id"], 2, "accepted"),
                                             RecordResult("profiling_result", entries[1]["id"], 4, "duplicate")],
                               received_at="2026-01-02T04:00:00Z")
        rejected = make_receipt(hub, header, [], rejected_reason="the bundle's signature is not valid",
                                received_at="2026-01-02T04:00:01Z")
        # The same bundle arriving after a later decision about its second record (§10: outdated, counted).
        outdated = make_receipt(hub, header, [
            RecordResult("profiling_result", entries[0]["id"], 2, "accepted"),
            RecordResult("profiling_result", entries[1]["id"], 4, "outdated",
                         "version 5 is already here; version 4 is older")], received_at="2026-01-02T04:00:02Z")
        suites[code] = {
            "hub_identity_document": hub.public.to_json().decode(),
            "hub_encryption_private_key_hex": hub.current.encryption.hex(),
            "hub_encryption_private_key_form": hub.current.encryption_form,
            "hub_encryption_public_key_hex": hub.public.keys.encryption.hex(),
            "hub_encryption_key_id": hub_encryption_key_id,
            "hub_signing_private_key_hex": hub.current.signing.private_bytes_raw().hex(),
            "hub_signing_key_id": hub.public.signing_key_id,
            "header_json": header_bytes.decode(),
            "prefix_hex": data[:14 + len(header_bytes)].hex(),
            "seal_info_hex": seal_info(header_bytes).hex(),
            "sealed_length": len(data) - 14 - len(header_bytes) - 8 - 64,
            "signature_hex": data[-64:].hex(),
            "bundle_hex": data.hex(),
            "receipt": receipt.decode(),
            "receipt_signing_input_hex": _signing_input(receipt, "receipt", RECEIPT_CONTEXT).hex(),
            "rejected_receipt": rejected.decode(),
            "outdated_receipt": outdated.decode(),
        }
    return {
        "description": "LabNet bundle format v1 test vectors; see docs/bundle-format.md §11.",
        "lab_identity_document": lab.public.to_json().decode(),
        "lab_signing_private_key_hex": lab.current.signing.private_bytes_raw().hex(),
        "lab_signing_public_key_hex": lab.public.keys.signing.hex(),
        "lab_signing_key_id": lab.public.signing_key_id,
        "pseudonym": {"secret_hex": lab.pseudonym_secret.hex(), "field": "seizure_reference", "value": "SZ-1",
                      "expected": pseudonym(lab.pseudonym_secret, "seizure_reference", "SZ-1")},
        "payload_text": plain.decode(),
        "payload_sha256": digest,
        "compressed_payload_hex": compressed.hex(),
        "suites": suites,
    }


def _signing_input(document: bytes, envelope_key: str, context: bytes) -> bytes:
    return context + canonical.dumps(canonical.loads(document)[envelope_key])


def identity_vectors(lab: Identity, hubs: dict[str, Identity]) -> dict[str, Any]:
    after = rotated(lab, "lab rotated")
    return {
        "description": "LabNet identity documents v1; see docs/bundle-format.md, Identity documents.",
        "lab": identity_entry(lab),
        "hubs": {code: identity_entry(hub) for code, hub in hubs.items()},
        "rotation": {
            "previous_document": lab.public.to_json().decode(),
            **identity_entry(after),
            "endorsement_input_hex": (ROTATION_CONTEXT + canonical.dumps(after.public.body())).hex(),
        },
    }


def bulletin_vectors(lab: Identity, hub: Identity) -> dict[str, Any]:
    notice = make_bulletin(hub, seq=1, to="*", kind="notice", created_at="2026-01-03T08:00:00Z",
                           content={"text": "Maintenance on Saturday 10:00–12:00 UTC; uploads resume after."})
    link = make_bulletin(hub, seq=2, to=lab.identity_id, kind="link", created_at="2026-01-03T09:00:00Z", content={
        "method": {"name": "cocaine-impurities", "version": 1, "drug_type": "cocaine", "metric": "pearson",
                   "threshold": 0.95, "higher_is_similar": True},
        "links": [{"record_id": "0192f000-0000-7000-8000-000000000001",
                   "other_lab_id": "00000000-0000-4000-8000-000000000003", "other_lab": "Other Laboratory",
                   "other_lab_country": "PE", "score": 0.987654, "likelihood_ratio": None,
                   "other_seizure_date": "2025-10"}]})
    bulletins = [notice, link]
    return {
        "description": "LabNet bulletins v1, signed by the hub of identity-v1.json hubs.mlkem768-x25519; see "
                       "docs/bundle-format.md, Bulletins.",
        "hub_identity_document": hub.public.to_json().decode(),
        "lab_id": lab.identity_id,
        "bulletins": [{"document": b.decode(), "signing_input_hex": _signing_input(b, "bulletin",
                                                                                     BULLETIN_CONTEXT).hex()}
                      for b in bulletins],
        "bulletin_file": b"".join(b + b"\n" for b in bulletins).decode(),
    }


def session_vectors(lab: Identity, hub: Identity) -> dict[str, Any]:
    fields = {"hub_key_id": hub.public.signing_key_id, "lab_id": lab.identity_id,
              "key_id": lab.public.signing_key_id, "time": "2026-01-02T03:04:05+00:00",
              "nonce": "dmVjdG9yLW5vbmNlLTEyMzQ1"}
    statement = session_statement(fields["hub_key_id"], fields["lab_id"], fields["key_id"], fields["time"],
                                  fields["nonce"])
    signature = lab.sign(statement)
    return {
        "description": "A laboratory's sign-in request (POST /v1/session), signed by the laboratory of "
                       "identity-v1.json for the hub identity-v1.json hubs.mlkem768-x25519.",
        "lab_signing_private_key_hex": lab.current.signing.private_bytes_raw().hex(),
        "statement_hex": statement.hex(),
        "request": {**fields, "signature": b64(signature)},
    }


def keyfile_vectors(lab: Identity) -> dict[str, Any]:
    salt, nonce = seed("key file salt", 16), seed("key file nonce", 12)
    randomness = {16: salt, 12: nonce}
    with tempfile.TemporaryDirectory() as folder, \
            mock.patch.object(keyfile.os, "urandom", side_effect=lambda n: randomness[n]):
        path = keyfile.save_identity(Path(folder), lab, keyfile.Passphrase(KEYFILE_PASSPHRASE, KEYFILE_KDF))
        data = path.read_bytes()
    envelope = canonical.loads(data)
    aad = {k: v for k, v in envelope.items() if k not in ("nonce", "ciphertext")}
    secret = {"key_sets": [k.to_json() for k in lab.key_sets], "pseudonym_secret": b64(lab.pseudonym_secret)}
    return {
        "description": "A private key file (keys/identity.key) of the laboratory of identity-v1.json; see "
                       "docs/bundle-format.md, Key files.",
        "passphrase": KEYFILE_PASSPHRASE,
        "kdf": {"algorithm": "argon2id", "iterations": KEYFILE_KDF.iterations, "lanes": KEYFILE_KDF.lanes,
                "memory_kib": KEYFILE_KDF.memory_kib, "length": 32},
        "salt_hex": salt.hex(),
        "nonce_hex": nonce.hex(),
        "aad_hex": canonical.dumps(aad).hex(),
        "plaintext": canonical.dumps(secret).decode(),
        "key_file": data.decode(),
    }


def enrolment_vectors(lab: Identity, hub: Identity) -> dict[str, Any]:
    hub_signing_key_id, token = hub.public.signing_key_id, "vector-enrolment-token-0123456789"
    code = EnrolmentCode("https://hub.example.org", token, hub_signing_key_id).text()
    request = enrolment_request(lab, hub_signing_key_id, token)
    stick = enrolment_file(hub, "https://hub.example.org", token, "Vector Laboratory", "GH",
                           dt.datetime(2026, 1, 15, tzinfo=dt.UTC))
    return {
        "description": "Enrolling the laboratory of identity-v1.json with the hub identity-v1.json "
                       "hubs.mlkem768-x25519; see docs/bundle-format.md §17.",
        "code": code,
        "registration": request,
        "proof_input_hex": (PROOF_CONTEXT + f"{hub_signing_key_id}\n{token}".encode()).hex(),
        "enrolment_file": stick.decode(),
        "enrolment_file_signing_input_hex": _signing_input_without(stick, "signature", FILE_CONTEXT).hex(),
    }


def hub_keys_vectors(hub: Identity) -> dict[str, Any]:
    """A hub rotated twice: its first key set revoked, its second retired, in a signed hub key document."""
    second = rotated(hub, "hub rotated once")
    third = rotated(second, "hub rotated twice")
    first_keys, second_keys = hub.current.public, second.current.public
    events = [KeyEvent(first_keys.signing_key_id, first_keys.encryption_key_id, "revoked", "2026-02-01T00:00:00Z",
                       "a copy of the key file was on a stolen laptop"),
              KeyEvent(second_keys.signing_key_id, second_keys.encryption_key_id, "retired", "2026-03-01T00:00:00Z")]
    document = hub_keys_document(third, events, issued_at="2026-02-15T00:00:00Z")
    return {
        "description": "A hub key document (docs/bundle-format.md §16) of the hub identity-v1.json "
                       "hubs.mlkem768-x25519 after two rotations: the identity documents in order, then the "
                       "document retiring the second key set and revoking the first.",
        "identity_documents": [who.public.to_json().decode() for who in (hub, second, third)],
        "signing_private_key_hex": third.current.signing.private_bytes_raw().hex(),
        "document": document.decode(),
        "signing_input_hex": _signing_input_without(document, "signature", KEYS_CONTEXT).hex(),
    }


def _signing_input_without(document: bytes, field: str, context: bytes) -> bytes:
    return context + canonical.dumps({k: v for k, v in canonical.loads(document).items() if k != field})


def build(previous: Path | None = None) -> dict[str, bytes]:
    """Every vector file's name and bytes; ``previous`` is the folder whose sealed bundles may be kept."""
    lab = identity("lab", "Vector Laboratory", "mlkem768-x25519", "lab")
    hubs = {code: identity("hub", f"Vector Hub ({code})", code, f"hub {code}")
            for code in ("mlkem768-x25519", "x25519")}
    hub = hubs["mlkem768-x25519"]
    files = {
        OUT.name: bundle_vectors(lab, hubs, previous),
        "identity-v1.json": identity_vectors(lab, hubs),
        "bulletin-v1.json": bulletin_vectors(lab, hub),
        "session-v1.json": session_vectors(lab, hub),
        "keyfile.json": keyfile_vectors(lab),
        "enrolment-v1.json": enrolment_vectors(lab, hub),
        "hub-keys-v1.json": hub_keys_vectors(hub),
    }
    return {name: (json.dumps(value, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
            for name, value in files.items()}


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
