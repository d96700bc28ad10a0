"""The test vectors of docs/bundle-format.md §11, checked with the primitives directly.

Each message type is checked from its documented byte layout with ``cryptography``, ``hashlib``,
``zstandard`` and the §2 canonicaliser written from the document (tests/test_canonical_spec.py), and
then LabNet's own reader is asked to accept it too. The generator is checked to rewrite every file byte
for byte the same.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
from pathlib import Path

import pytest
import zstandard
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from labnet.protocol.bulletin import read_bulletin_file
from labnet.protocol.keyfile import load_identity
from labnet.protocol.keys import SUITES, Identity, KeySet, PublicIdentity, check_rotation
from labnet.protocol.opening import lab_keys_from, open_bundle
from labnet.protocol.receipt import verify_receipt
from test_canonical_spec import spec_dumps

HERE = Path(__file__).parent / "vectors"


def _load(name: str) -> dict:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


VECTORS = _load("bundle-v1.json")
IDENTITIES = _load("identity-v1.json")
BULLETINS = _load("bulletin-v1.json")
SESSION = _load("session-v1.json")
KEYFILE = _load("keyfile.json")
ENROLMENT = _load("enrolment-v1.json")
HUB_KEYS = _load("hub-keys-v1.json")
SUITE_IDS = {"mlkem768-x25519": (hpke.KEM.MLKEM768_X25519, 1120), "x25519": (hpke.KEM.X25519, 32)}


def _ed25519_public(private_hex: str) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).public_key().public_bytes_raw()


def _hpke_private(code: str, raw: bytes, form: str):
    """The HPKE private key from the documented forms: an X25519 scalar, or an X-Wing 32-byte seed
    (SHAKE256(seed, 96) = ML-KEM-768 d || z, then the X25519 scalar), or a pre-seed 96-byte expanded key."""
    if code == "x25519":
        return x25519.X25519PrivateKey.from_private_bytes(raw)
    expanded = hashlib.shake_256(raw).digest(96) if form == "seed" else raw
    assert len(raw) == {"seed": 32, "expanded": 96}[form]
    return hpke.MLKEM768X25519PrivateKey(mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
                                         x25519.X25519PrivateKey.from_private_bytes(expanded[64:]))


def _encryption_public(code: str, raw: bytes, form: str) -> bytes:
    private = _hpke_private(code, raw, form)
    if code == "x25519":
        return private.public_key().public_bytes_raw()
    expanded = hashlib.shake_256(raw).digest(96) if form == "seed" else raw
    return (mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]).public_key().public_bytes_raw()
            + x25519.X25519PrivateKey.from_private_bytes(expanded[64:]).public_key().public_bytes_raw())


def _key_id(algorithm: str, public: bytes) -> str:
    return hashlib.sha256(algorithm.encode("ascii") + b"\x00" + public).hexdigest()


def _check_identity_entry(entry: dict) -> dict:
    """An identity document against its keys, key ids and self-signature, from §1 alone."""
    doc = json.loads(entry["document"])
    assert spec_dumps(doc) == entry["document"].encode()          # canonical
    signing_public = _ed25519_public(entry["signing_private_key_hex"])
    code, form = entry["encryption_algorithm"], entry["encryption_private_key_form"]
    encryption_public = _encryption_public(code, bytes.fromhex(entry["encryption_private_key_hex"]), form)
    assert doc["signing_key"] == {"algorithm": "ed25519", "key_id": _key_id("ed25519", signing_public),
                                  "public_key": base64.b64encode(signing_public).decode()}
    assert doc["encryption_key"]["key_id"] == _key_id(code, encryption_public) == entry["encryption_key_id"]
    assert base64.b64decode(doc["encryption_key"]["public_key"]) == encryption_public
    assert doc["encryption_key"]["suite"] == SUITES[code].name and doc["encryption_key"]["algorithm"] == code
    unsigned = {k: v for k, v in doc.items() if k != "signature"}
    signing_input = b"LabNet identity v1\x00" + spec_dumps(unsigned)
    assert signing_input.hex() == entry["signing_input_hex"]
    Ed25519PublicKey.from_public_bytes(signing_public).verify(base64.b64decode(doc["signature"]), signing_input)
    return doc


def test_lab_keys_identity_and_pseudonym():
    public = _ed25519_public(VECTORS["lab_signing_private_key_hex"])
    assert public.hex() == VECTORS["lab_signing_public_key_hex"]
    assert _key_id("ed25519", public) == VECTORS["lab_signing_key_id"]
    document = PublicIdentity.from_json(VECTORS["lab_identity_document"].encode())
    assert document.signing_key_id == VECTORS["lab_signing_key_id"]
    p = VECTORS["pseudonym"]
    mac = hmac.new(bytes.fromhex(p["secret_hex"]), p["field"].encode() + b"\x00" + p["value"].encode(),
                   hashlib.sha256).hexdigest()
    assert "ps:" + mac[:32] == p["expected"]


@pytest.mark.parametrize("code", ["mlkem768-x25519", "x25519"])
def test_bundle_layout_signature_seal_and_payload(code):
    v = VECTORS["suites"][code]
    data = bytes.fromhex(v["bundle_hex"])
    header = v["header_json"].encode()
    # layout
    assert data[:8] == b"\x89LNB\r\n\x1a\n"
    version, header_length = struct.unpack(">HI", data[8:14])
    assert (version, header_length) == (1, len(header)) and data[14:14 + len(header)] == header
    assert data[:14 + len(header)].hex() == v["prefix_hex"]
    assert spec_dumps(json.loads(header)) == header
    (sealed_length,) = struct.unpack(">Q", data[14 + len(header):22 + len(header)])
    assert sealed_length == v["sealed_length"] and len(data) == 22 + len(header) + sealed_length + 64
    # the header names the lab's signing key and the hub's encryption key (§1's table)
    fields = json.loads(header)
    assert fields["lab_key_id"] == VECTORS["lab_signing_key_id"]
    assert fields["hub_key_id"] == v["hub_encryption_key_id"] != v["hub_signing_key_id"]
    # bundle id: UUID v8 from SHA-256("labnet-bundle-id" 0 lab_id 0 hub encryption key id 0 payload digest)
    raw_id = bytearray(hashlib.sha256(b"\x00".join([b"labnet-bundle-id", fields["lab_id"].encode(),
                                                     fields["hub_key_id"].encode(),
                                                     fields["payload_sha256"].encode()])).digest()[:16])
    raw_id[6], raw_id[8] = (raw_id[6] & 0x0F) | 0x80, (raw_id[8] & 0x3F) | 0x80
    hexid = raw_id.hex()
    assert fields["bundle_id"] == f"{hexid[:8]}-{hexid[8:12]}-{hexid[12:16]}-{hexid[16:20]}-{hexid[20:]}"
    # signature: Ed25519 over the context and everything before it
    lab_public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(VECTORS["lab_signing_public_key_hex"]))
    lab_public.verify(data[-64:], b"LabNet bundle v1 signature\x00" + data[:-64])
    lab_private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTORS["lab_signing_private_key_hex"]))
    assert lab_private.sign(b"LabNet bundle v1 signature\x00" + data[:-64]).hex() == v["signature_hex"]
    # seal: HPKE base mode, info = context || SHA-256(header)
    info = b"LabNet bundle v1 seal\x00" + hashlib.sha256(header).digest()
    assert info.hex() == v["seal_info_hex"] and len(info) == 54
    private = _hpke_private(code, bytes.fromhex(v["hub_encryption_private_key_hex"]),
                            v["hub_encryption_private_key_form"])
    kem, enc_length = SUITE_IDS[code]
    sealed = data[22 + len(header):-64]
    assert len(sealed) > enc_length
    compressed = hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM).decrypt(sealed, private, info=info)
    assert compressed.hex() == VECTORS["compressed_payload_hex"]
    plain = zstandard.ZstdDecompressor().decompressobj().decompress(compressed)
    assert plain.decode() == VECTORS["payload_text"]
    assert hashlib.sha256(plain).hexdigest() == fields["payload_sha256"] == VECTORS["payload_sha256"]
    assert fields["payload_size"] == len(plain) and fields["records"] == len(plain.splitlines()) - 1
    assert all(spec_dumps(json.loads(line)) == line for line in plain.splitlines())


@pytest.mark.parametrize("code", ["mlkem768-x25519", "x25519"])
def test_receipts_are_signed_by_the_hub_signing_key(code):
    v = VECTORS["suites"][code]
    hub_signing = _ed25519_public(v["hub_signing_private_key_hex"])
    assert _key_id("ed25519", hub_signing) == v["hub_signing_key_id"]
    header = json.loads(v["header_json"])
    for text, status in ((v["receipt"], "processed"), (v["rejected_receipt"], "rejected"),
                         (v["outdated_receipt"], "processed")):
        doc = json.loads(text)
        assert spec_dumps(doc) == text.encode() and set(doc) == {"receipt", "signature"}
        body = doc["receipt"]
        # in a receipt, hub_key_id names the hub's *signing* key (in the header, its encryption key)
        assert body["hub_key_id"] == v["hub_signing_key_id"] and body["status"] == status
        assert (body["bundle_id"], body["payload_sha256"]) == (header["bundle_id"], header["payload_sha256"])
        signing_input = b"LabNet receipt v1\x00" + spec_dumps(body)
        Ed25519PublicKey.from_public_bytes(hub_signing).verify(base64.b64decode(doc["signature"]), signing_input)
    assert (b"LabNet receipt v1\x00" + spec_dumps(json.loads(v["receipt"])["receipt"])).hex() \
        == v["receipt_signing_input_hex"]
    assert json.loads(v["receipt"])["receipt"]["counts"] == {"accepted": 1, "duplicate": 1, "rejected": 0}
    # "outdated" is counted only when a record is (§10), and its key sorts among the others
    assert json.loads(v["outdated_receipt"])["receipt"]["counts"] == {"accepted": 1, "duplicate": 0,
                                                                      "outdated": 1, "rejected": 0}


@pytest.mark.parametrize("code", ["mlkem768-x25519", "x25519"])
def test_the_sealed_examples_open_and_their_receipts_verify_in_labnet(code):
    v = VECTORS["suites"][code]
    hub_public = PublicIdentity.from_json(v["hub_identity_document"].encode())
    keys = KeySet(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(v["hub_signing_private_key_hex"])),
                  bytes.fromhex(v["hub_encryption_private_key_hex"]), SUITES[code], "2026-01-01T00:00:00Z")
    assert keys.public == hub_public.keys
    hub = Identity(hub_public, [keys], b"")
    lab = PublicIdentity.from_json(VECTORS["lab_identity_document"].encode())
    opened = open_bundle(bytes.fromhex(v["bundle_hex"]), hub, lab_keys_from([lab]))
    assert [e["op"] for e in opened.entries] == ["upsert", "delete"]
    assert verify_receipt(v["receipt"].encode(), hub_public, lab.identity_id).counts == \
        {"accepted": 1, "duplicate": 1, "rejected": 0}
    assert verify_receipt(v["rejected_receipt"].encode(), hub_public, lab.identity_id).status == "rejected"
    outdated = verify_receipt(v["outdated_receipt"].encode(), hub_public, lab.identity_id)
    assert [r.result for r in outdated.records] == ["accepted", "outdated"] and outdated.counts["outdated"] == 1


def test_identity_documents():
    for entry in (IDENTITIES["lab"], *IDENTITIES["hubs"].values()):
        doc = _check_identity_entry(entry)
        assert "endorsement" not in doc
        assert PublicIdentity.from_json(entry["document"].encode()).identity_id == doc["id"]
    assert IDENTITIES["lab"]["document"] == VECTORS["lab_identity_document"]
    for code, hub in IDENTITIES["hubs"].items():
        assert hub["document"] == VECTORS["suites"][code]["hub_identity_document"]
        assert json.loads(hub["document"])["role"] == "hub"


def test_a_rotation_is_endorsed_by_the_previous_signing_key():
    rotation = IDENTITIES["rotation"]
    previous, doc = json.loads(rotation["previous_document"]), _check_identity_entry(rotation)
    assert (doc["id"], doc["role"]) == (previous["id"], previous["role"])
    assert doc["signing_key"]["key_id"] != previous["signing_key"]["key_id"]
    endorsement = doc["endorsement"]
    assert endorsement["previous_signing_key_id"] == previous["signing_key"]["key_id"]
    endorsed = {k: v for k, v in doc.items() if k not in ("signature", "endorsement")}
    endorsement_input = b"LabNet key rotation v1\x00" + spec_dumps(endorsed)
    assert endorsement_input.hex() == rotation["endorsement_input_hex"]
    Ed25519PublicKey.from_public_bytes(base64.b64decode(previous["signing_key"]["public_key"])).verify(
        base64.b64decode(endorsement["signature"]), endorsement_input)
    # and LabNet follows it from the pinned document
    pinned = PublicIdentity.from_json(rotation["previous_document"].encode())
    followed = check_rotation(pinned, PublicIdentity.from_json(rotation["document"].encode()))
    assert followed.signing_key(previous["signing_key"]["key_id"]) is not None


def test_bulletins():
    hub = json.loads(BULLETINS["hub_identity_document"])
    hub_signing = Ed25519PublicKey.from_public_bytes(base64.b64decode(hub["signing_key"]["public_key"]))
    for item in BULLETINS["bulletins"]:
        doc = json.loads(item["document"])
        assert spec_dumps(doc) == item["document"].encode() and set(doc) == {"bulletin", "signature"}
        body = doc["bulletin"]
        assert (body["format"], body["version"], body["hub_id"]) == ("labnet-bulletin", 1, hub["id"])
        assert body["hub_key_id"] == hub["signing_key"]["key_id"]
        assert body["to"] in ("*", BULLETINS["lab_id"]) and body["kind"] in ("link", "method", "notice")
        signing_input = b"LabNet bulletin v1\x00" + spec_dumps(body)
        assert signing_input.hex() == item["signing_input_hex"]
        hub_signing.verify(base64.b64decode(doc["signature"]), signing_input)
    assert BULLETINS["bulletin_file"] == "".join(b["document"] + "\n" for b in BULLETINS["bulletins"])
    read = read_bulletin_file(BULLETINS["bulletin_file"].encode(),
                              PublicIdentity.from_json(BULLETINS["hub_identity_document"].encode()),
                              BULLETINS["lab_id"])
    assert [(b.seq, b.kind) for b in read] == [(1, "notice"), (2, "link")]


def test_session_sign_in_request():
    request = SESSION["request"]
    fields = [request[k] for k in ("hub_key_id", "lab_id", "key_id", "time", "nonce")]
    statement = b"labnet-hub-session-v1\n" + "\n".join(fields).encode("utf-8")
    assert statement.hex() == SESSION["statement_hex"]
    public = _ed25519_public(SESSION["lab_signing_private_key_hex"])
    assert request["key_id"] == _key_id("ed25519", public) == IDENTITIES["lab"]["signing_key_id"]
    # the request names the hub's *signing* key
    assert request["hub_key_id"] == IDENTITIES["hubs"]["mlkem768-x25519"]["signing_key_id"]
    Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(request["signature"]), statement)


def test_key_file(tmp_path):
    k = KEYFILE
    envelope = json.loads(k["key_file"])
    assert spec_dumps(envelope) == k["key_file"].encode()
    protection = envelope["protection"]
    assert (protection["method"], protection["kdf"]) == ("passphrase", "argon2id")
    assert (protection["iterations"], protection["lanes"], protection["memory_kib"]) == \
        (k["kdf"]["iterations"], k["kdf"]["lanes"], k["kdf"]["memory_kib"])
    assert base64.b64decode(protection["salt"]).hex() == k["salt_hex"]
    assert base64.b64decode(envelope["nonce"]).hex() == k["nonce_hex"]
    wrapping_key = Argon2id(salt=bytes.fromhex(k["salt_hex"]), length=32, iterations=k["kdf"]["iterations"],
                            lanes=k["kdf"]["lanes"], memory_cost=k["kdf"]["memory_kib"]).derive(
        k["passphrase"].encode("utf-8"))
    aad = spec_dumps({key: value for key, value in envelope.items() if key not in ("nonce", "ciphertext")})
    assert aad.hex() == k["aad_hex"]
    plain = AESGCM(wrapping_key).decrypt(bytes.fromhex(k["nonce_hex"]), base64.b64decode(envelope["ciphertext"]), aad)
    assert plain.decode() == k["plaintext"]
    secret = json.loads(plain)
    [current] = secret["key_sets"]
    lab = IDENTITIES["lab"]
    assert base64.b64decode(current["signing"]).hex() == lab["signing_private_key_hex"]
    assert base64.b64decode(current["encryption"]).hex() == lab["encryption_private_key_hex"]
    assert current["encryption_form"] == lab["encryption_private_key_form"] == "seed"
    assert spec_dumps(envelope["identity"]).decode() == lab["document"]
    # LabNet opens it with the passphrase
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "identity.key").write_text(k["key_file"], encoding="utf-8")
    (tmp_path / "keys" / "identity.json").write_text(lab["document"], encoding="utf-8")
    opened = load_identity(tmp_path, k["passphrase"])
    assert opened.public.signing_key_id == lab["signing_key_id"]


def test_enrolment_code_registration_and_file():
    from labnet.protocol.enrolment import EnrolmentCode, read_enrolment_file

    hub, lab = IDENTITIES["hubs"]["mlkem768-x25519"], IDENTITIES["lab"]
    # the code: "LN1-" and the canonical JSON of {hub, hub_key_id, token, v} in unpadded base64url
    text = ENROLMENT["code"][len("LN1-"):]
    assert ENROLMENT["code"].startswith("LN1-") and "=" not in text
    code = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    assert spec_dumps(code) == base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    assert set(code) == {"hub", "hub_key_id", "token", "v"} and code["v"] == 1
    assert code["hub_key_id"] == hub["signing_key_id"]          # the hub *signing* key id
    assert EnrolmentCode.parse(ENROLMENT["code"]).token == code["token"]
    # the registration: the lab's identity and its proof over the hub signing key id and the token
    registration = ENROLMENT["registration"]
    assert (registration["format"], registration["version"]) == ("labnet-registration", 1)
    assert spec_dumps(registration["identity"]).decode() == lab["document"]
    proof_input = b"LabNet enrolment v1\x00" + f"{code['hub_key_id']}\n{code['token']}".encode()
    assert proof_input.hex() == ENROLMENT["proof_input_hex"]
    Ed25519PublicKey.from_public_bytes(_ed25519_public(lab["signing_private_key_hex"])).verify(
        base64.b64decode(registration["proof"]), proof_input)
    # the enrolment file (for a laboratory with no network): signed by the hub it names
    stick = json.loads(ENROLMENT["enrolment_file"])
    assert spec_dumps(stick) == ENROLMENT["enrolment_file"].encode()
    assert spec_dumps(stick["hub_identity"]).decode() == hub["document"]
    signing_input = b"LabNet enrolment file v1\x00" + spec_dumps({k: v for k, v in stick.items() if k != "signature"})
    assert signing_input.hex() == ENROLMENT["enrolment_file_signing_input_hex"]
    Ed25519PublicKey.from_public_bytes(_ed25519_public(hub["signing_private_key_hex"])).verify(
        base64.b64decode(stick["signature"]), signing_input)
    assert read_enrolment_file(ENROLMENT["enrolment_file"].encode()).token == stick["token"] == code["token"]


def test_hub_key_document_after_two_rotations():
    from labnet.protocol.keystatus import read_hub_keys

    first, second, third = (json.loads(d) for d in HUB_KEYS["identity_documents"])
    assert HUB_KEYS["identity_documents"][0] == IDENTITIES["hubs"]["mlkem768-x25519"]["document"]
    for before, after in ((first, second), (second, third)):     # each rotation endorsed by the key before
        endorsed = {k: v for k, v in after.items() if k not in ("signature", "endorsement")}
        assert after["endorsement"]["previous_signing_key_id"] == before["signing_key"]["key_id"]
        Ed25519PublicKey.from_public_bytes(base64.b64decode(before["signing_key"]["public_key"])).verify(
            base64.b64decode(after["endorsement"]["signature"]), b"LabNet key rotation v1\x00" + spec_dumps(endorsed))
    doc = json.loads(HUB_KEYS["document"])
    assert spec_dumps(doc) == HUB_KEYS["document"].encode()
    assert (doc["format"], doc["version"], doc["identity"]) == ("labnet-hub-keys", 1, third)
    signing_input = b"LabNet hub keys v1\x00" + spec_dumps({k: v for k, v in doc.items() if k != "signature"})
    assert signing_input.hex() == HUB_KEYS["signing_input_hex"]
    assert _ed25519_public(HUB_KEYS["signing_private_key_hex"]) == base64.b64decode(third["signing_key"]["public_key"])
    Ed25519PublicKey.from_public_bytes(base64.b64decode(third["signing_key"]["public_key"])).verify(
        base64.b64decode(doc["signature"]), signing_input)
    assert [(e["status"], e["signing_key_id"], e["encryption_key_id"]) for e in doc["keys"]] == [
        ("revoked", first["signing_key"]["key_id"], first["encryption_key"]["key_id"]),
        ("retired", second["signing_key"]["key_id"], second["encryption_key"]["key_id"])]
    identity, events = read_hub_keys(HUB_KEYS["document"].encode())
    assert identity.signing_key_id == third["signing_key"]["key_id"] and len(events) == 2


def test_the_generator_rewrites_every_file_byte_for_byte():
    import sys

    sys.path.insert(0, str(HERE))
    try:
        import generate
    finally:
        sys.path.remove(str(HERE))
    built = generate.build()
    assert sorted(built) == sorted(p.name for p in HERE.glob("*.json") if p.parent == HERE)
    for name, data in built.items():
        assert (HERE / name).read_bytes() == data, \
            f"{name} is not what tests/vectors/generate.py makes now: run it, and review the diff"
    assert generate.build() == built
