"""The test vectors of docs/bundle-format.md, checked with the primitives directly (not only through sync)."""

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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync import canonical
from sync.keys import PublicIdentity
from sync.opening import lab_keys_from, open_bundle
from sync.keys import Identity, KeySet, SUITES
from sync.receipt import verify_receipt

VECTORS = json.loads((Path(__file__).parent / "vectors" / "bundle-v1.json").read_text(encoding="utf-8"))
SUITE_IDS = {"mlkem768-x25519": (hpke.KEM.MLKEM768_X25519, 1120), "x25519": (hpke.KEM.X25519, 32)}


def test_lab_keys_identity_and_pseudonym():
    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTORS["lab_signing_private_key_hex"]))
    public = private.public_key().public_bytes_raw()
    assert public.hex() == VECTORS["lab_signing_public_key_hex"]
    assert hashlib.sha256(b"ed25519\x00" + public).hexdigest() == VECTORS["lab_signing_key_id"]
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
    assert canonical.is_canonical(header)
    (sealed_length,) = struct.unpack(">Q", data[14 + len(header):22 + len(header)])
    assert sealed_length == v["sealed_length"] and len(data) == 22 + len(header) + sealed_length + 64
    # signature: Ed25519 over the context and everything before it
    lab_public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(VECTORS["lab_signing_public_key_hex"]))
    lab_public.verify(data[-64:], b"LabNet bundle v1 signature\x00" + data[:-64])
    lab_private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(VECTORS["lab_signing_private_key_hex"]))
    assert lab_private.sign(b"LabNet bundle v1 signature\x00" + data[:-64]).hex() == v["signature_hex"]
    # seal: HPKE base mode, info = context || SHA-256(header)
    info = b"LabNet bundle v1 seal\x00" + hashlib.sha256(header).digest()
    assert info.hex() == v["seal_info_hex"] and len(info) == 54
    raw = bytes.fromhex(v["hub_encryption_private_key_hex"])
    kem, enc_length = SUITE_IDS[code]
    if code == "x25519":
        private = x25519.X25519PrivateKey.from_private_bytes(raw)
    else:
        private = hpke.MLKEM768X25519PrivateKey(mlkem.MLKEM768PrivateKey.from_seed_bytes(raw[:64]),
                                                x25519.X25519PrivateKey.from_private_bytes(raw[64:]))
    sealed = data[22 + len(header):-64]
    assert len(sealed) > enc_length
    compressed = hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM).decrypt(sealed, private, info=info)
    assert compressed.hex() == VECTORS["compressed_payload_hex"]
    plain = zstandard.ZstdDecompressor().decompressobj().decompress(compressed)
    assert plain.decode() == VECTORS["payload_text"]
    fields = json.loads(header)
    assert hashlib.sha256(plain).hexdigest() == fields["payload_sha256"] == VECTORS["payload_sha256"]
    assert fields["payload_size"] == len(plain) and fields["records"] == len(plain.splitlines()) - 1


@pytest.mark.parametrize("code", ["mlkem768-x25519", "x25519"])
def test_the_sealed_examples_open_and_their_receipts_verify(code):
    v = VECTORS["suites"][code]
    hub_public = PublicIdentity.from_json(v["hub_identity_document"].encode())
    keys = KeySet(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(v["hub_signing_private_key_hex"])),
                  bytes.fromhex(v["hub_encryption_private_key_hex"]), SUITES[code], "2026-01-01T00:00:00Z")
    assert keys.public == hub_public.keys
    hub = Identity(hub_public, [keys], b"")
    lab = PublicIdentity.from_json(VECTORS["lab_identity_document"].encode())
    opened = open_bundle(bytes.fromhex(v["bundle_hex"]), hub, lab_keys_from([lab]))
    assert [e["op"] for e in opened.entries] == ["upsert", "delete"]
    receipt = verify_receipt(v["receipt"].encode(), hub_public, lab.identity_id)
    assert receipt.counts == {"accepted": 1, "duplicate": 1, "rejected": 0}
    body = json.loads(v["receipt"])
    hub_public.keys.verifier().verify(base64.b64decode(body["signature"]),
                                      b"LabNet receipt v1\x00" + canonical.dumps(body["receipt"]))
