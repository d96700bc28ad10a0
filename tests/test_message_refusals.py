"""What docs/bundle-format.md §12 (identity documents) and §13 (bulletins) say a reader must refuse.

Each case changes one thing in a test vector and signs it again with the vector's real keys, so that the
signature is valid and only the stated rule can catch it.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from labnet.protocol import canonical
from labnet.protocol.bulletin import BulletinError, read_bulletin_file, verify_bulletin
from labnet.protocol.errors import IdentityError
from labnet.protocol.keys import PublicIdentity, check_rotation

HERE = Path(__file__).parent / "vectors"
IDENTITIES = json.loads((HERE / "identity-v1.json").read_text(encoding="utf-8"))
BULLETINS = json.loads((HERE / "bulletin-v1.json").read_text(encoding="utf-8"))
HUB_ENTRY = IDENTITIES["hubs"]["mlkem768-x25519"]
HUB = PublicIdentity.from_json(BULLETINS["hub_identity_document"].encode())
LAB_ID = BULLETINS["lab_id"]


def _key(private_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# -- bulletins ---------------------------------------------------------------------------------------

def _bulletin(change, *, key_hex: str = HUB_ENTRY["signing_private_key_hex"]) -> bytes:
    """The vector's link bulletin with ``change`` applied to its body, signed again with ``key_hex``."""
    body = json.loads(BULLETINS["bulletins"][1]["document"])["bulletin"]
    change(body)
    signature = _key(key_hex).sign(b"LabNet bulletin v1\x00" + canonical.dumps(body))
    return canonical.dumps({"bulletin": body, "signature": _b64(signature)})


def test_the_vector_bulletin_signed_again_is_accepted():
    assert verify_bulletin(_bulletin(lambda body: None), HUB, LAB_ID).seq == 2


@pytest.mark.parametrize("change", [
    lambda b: b.update(seq="2"),            # was read as 2
    lambda b: b.update(seq=2.0),            # was read as 2
    lambda b: b.update(seq=True),
    lambda b: b.update(seq=0),
    lambda b: b.update(content=[]),         # was read as {}
    lambda b: b.update(content="text"),
    lambda b: b.update(created_at=20260103),
    lambda b: b.update(kind=["link"]),
    lambda b: b.pop("created_at"),
    lambda b: b.update(to="00000000-0000-4000-8000-000000000009"),   # another laboratory
    lambda b: b.update(kind="alert"),
    lambda b: b.update(version=2),
    lambda b: b.update(hub_id="00000000-0000-4000-8000-000000000009"),
    lambda b: b.update(hub_key_id="0" * 64),
], ids=["seq-text", "seq-float", "seq-bool", "seq-zero", "content-list", "content-text", "created-at-number",
        "kind-list", "no-created-at", "to-another-lab", "unknown-kind", "version-2", "another-hub", "unknown-key"])
def test_a_bulletin_breaking_a_rule_of_section_13_is_refused(change):
    with pytest.raises(BulletinError):
        verify_bulletin(_bulletin(change), HUB, LAB_ID)


def test_a_bulletin_signed_by_another_key_or_wrapped_otherwise_is_refused():
    forged = _bulletin(lambda body: None, key_hex=IDENTITIES["lab"]["signing_private_key_hex"])
    good = json.loads(_bulletin(lambda body: None))
    for data in (forged,
                 canonical.dumps({**good, "note": "x"}),
                 json.dumps(good).encode()[:-1] + b', "signature": "AAAA"}',      # a duplicate key
                 _bulletin(lambda body: body["content"].update(padding="x" * (1024 * 1024)))):
        with pytest.raises(BulletinError):
            verify_bulletin(data, HUB, LAB_ID)


def test_one_bad_line_refuses_the_whole_bulletin_file():
    good = BULLETINS["bulletin_file"].encode()
    assert len(read_bulletin_file(good + b"\n\n", HUB, LAB_ID)) == 2          # blank lines are skipped
    with pytest.raises(BulletinError, match="Line 3"):
        read_bulletin_file(good + _bulletin(lambda b: b.update(seq="3")) + b"\n", HUB, LAB_ID)


# -- identity documents -------------------------------------------------------------------------------

def _identity(change, entry=IDENTITIES["lab"]) -> bytes:
    """The vector's document with ``change`` applied, signed again by its own key."""
    doc = json.loads(entry["document"])
    doc.pop("signature")
    change(doc)
    unsigned = {k: v for k, v in doc.items() if k != "signature"}
    signature = _key(entry["signing_private_key_hex"]).sign(b"LabNet identity v1\x00" + canonical.dumps(unsigned))
    return canonical.dumps({**doc, "signature": _b64(signature)})


def test_the_vector_identity_signed_again_is_accepted():
    assert PublicIdentity.from_json(_identity(lambda doc: None)).identity_id == json.loads(
        IDENTITIES["lab"]["document"])["id"]


@pytest.mark.parametrize("change", [
    lambda d: d.update(role="admin"),
    lambda d: d.update(version=2),
    lambda d: d.update(format="labnet-lab"),
    lambda d: d.update(website="https://example.org"),                  # a field §12 does not list
    lambda d: d.pop("country"),
    lambda d: d.update(id=1),
    lambda d: d["signing_key"].update(algorithm="ed448"),
    lambda d: d["signing_key"].update(key_id="0" * 64),
    lambda d: d["signing_key"].update(comment="x"),
    lambda d: d["encryption_key"].update(suite="DHKEM-X25519-HKDF-SHA256/HKDF-SHA256/AES-256-GCM"),
    lambda d: d["encryption_key"].update(algorithm="x448"),
    lambda d: d["encryption_key"].update(public_key=_b64(bytes(32))),
    lambda d: d.update(endorsement={}),
    lambda d: d.update(endorsement={"previous_signing_key_id": "0" * 64, "signature": _b64(bytes(64)),
                                    "note": "x"}),                      # was accepted
    lambda d: d.update(endorsement={"previous_signing_key_id": 7, "signature": _b64(bytes(64))}),
], ids=["role", "version", "format", "unknown-field", "no-country", "id-number", "signing-algorithm",
        "signing-key-id", "signing-key-extra", "suite", "encryption-algorithm", "encryption-key-length",
        "empty-endorsement", "endorsement-extra-field", "endorsement-number"])
def test_an_identity_document_breaking_a_rule_of_section_12_is_refused(change):
    with pytest.raises(IdentityError):
        PublicIdentity.from_json(_identity(change))


def test_an_identity_document_with_a_bad_self_signature_or_a_duplicate_key_is_refused():
    doc = json.loads(IDENTITIES["lab"]["document"])
    other = json.loads(IDENTITIES["hubs"]["x25519"]["document"])
    for data in (canonical.dumps({**doc, "signature": other["signature"]}),
                 canonical.dumps({**doc, "name": "Another Laboratory"}),
                 IDENTITIES["lab"]["document"].encode()[:-1] + b',"name":"x"}'):
        with pytest.raises(IdentityError):
            PublicIdentity.from_json(data)


def test_a_rotation_is_followed_only_from_a_key_the_reader_trusts():
    rotation = IDENTITIES["rotation"]
    pinned = PublicIdentity.from_json(rotation["previous_document"].encode())
    assert check_rotation(pinned, PublicIdentity.from_json(rotation["document"].encode()))
    # the same new keys, endorsed by a key the reader never pinned (the hub's): refused
    rotated = json.loads(rotation["document"])
    endorsed = {k: v for k, v in rotated.items() if k not in ("signature", "endorsement")}
    stranger = IDENTITIES["hubs"]["x25519"]
    forged = _key(stranger["signing_private_key_hex"]).sign(b"LabNet key rotation v1\x00" + canonical.dumps(endorsed))
    for endorsement in ({"previous_signing_key_id": stranger["signing_key_id"], "signature": _b64(forged)},
                        {"previous_signing_key_id": IDENTITIES["lab"]["signing_key_id"], "signature": _b64(forged)}):
        document = _identity(lambda d, e=endorsement: d.update(endorsement=e), rotation)
        with pytest.raises(IdentityError):
            check_rotation(pinned, PublicIdentity.from_json(document))
    # another identity's document is never a rotation of this one
    with pytest.raises(IdentityError):
        check_rotation(pinned, PublicIdentity.from_json(IDENTITIES["hubs"]["x25519"]["document"].encode()))


def test_an_integer_beyond_the_canonical_range_is_a_refusal_not_a_crash():
    from labnet.protocol.errors import ReceiptError
    from labnet.protocol.receipt import verify_receipt

    bundle = json.loads((HERE / "bundle-v1.json").read_text(encoding="utf-8"))
    receipt = bundle["suites"]["mlkem768-x25519"]["receipt"]
    hub = PublicIdentity.from_json(bundle["suites"]["mlkem768-x25519"]["hub_identity_document"].encode())
    with pytest.raises(ReceiptError):
        verify_receipt(receipt.replace('"part_index":1', '"part_index":9007199254740993').encode(), hub)
    with pytest.raises(BulletinError):
        verify_bulletin(BULLETINS["bulletins"][0]["document"].replace('"seq":1', '"seq":9007199254740993').encode(),
                        HUB, LAB_ID)
    doc = json.loads(IDENTITIES["lab"]["document"])
    with pytest.raises(IdentityError):                     # a document handed over already parsed (a request)
        PublicIdentity.from_json({**doc, "name": 2**60})
