"""X-Wing private keys in the draft's 32-byte seed form, key files read from their documented layout,
and key files written before seeds (version 1, X-Wing keys expanded to 96 bytes) still opening.

The draft's test vector (tests/keyfiles/xwing-draft-08-vector.json) checks the seed expansion and the
combiner; an HPKE key schedule written here from RFC 9180 checks that what LabNet seals to an X-Wing key
is standard HPKE over that KEM (KEM id 0x647A), so another X-Wing library opens it with the seed alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from labnet.protocol import canonical
from labnet.protocol.errors import IdentityError
from labnet.protocol.keyfile import KdfParams, Passphrase, key_paths, load_identity, save_identity
from labnet.protocol.keys import SUITES, KeySet, create_identity, rotate

HERE = Path(__file__).parent / "keyfiles"
VECTOR = json.loads((HERE / "xwing-draft-08-vector.json").read_text())
LEGACY_PASSPHRASE = "a legacy passphrase, long enough"
PASSPHRASE = "correct horse battery staple"
FAST = KdfParams(1, 1, 8 * 1024)
LABEL = bytes.fromhex("5c2e2f2f5e5c")   # the draft's XWingLabel, "\.//^\"


def xwing_from_draft(seed: bytes) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey, bytes]:
    """The draft's expandDecapsulationKey, written from the draft and not from labnet.protocol.keys."""
    expanded = hashlib.shake_256(seed).digest(96)
    m = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
    x = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
    return m, x, m.public_key().public_bytes_raw() + x.public_key().public_bytes_raw()


def xwing_decapsulate(seed: bytes, ct: bytes) -> bytes:
    m, x, pk = xwing_from_draft(seed)
    ss_m = m.decapsulate(ct[:1088])
    ss_x = x.exchange(x25519.X25519PublicKey.from_public_bytes(ct[1088:]))
    return hashlib.sha3_256(ss_m + ss_x + ct[1088:] + pk[1184:] + LABEL).digest()


def hpke_open_base(shared_secret: bytes, info: bytes, ciphertext: bytes) -> bytes:
    """RFC 9180 §5.1 key schedule, mode_base, HKDF-SHA256 / AES-256-GCM, KEM 0x647A; first message."""
    suite_id = b"HPKE" + (0x647A).to_bytes(2, "big") + (1).to_bytes(2, "big") + (2).to_bytes(2, "big")

    def extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
        return hmac.new(salt or bytes(32), b"HPKE-v1" + suite_id + label + ikm, "sha256").digest()

    def expand(prk: bytes, label: bytes, context: bytes, length: int) -> bytes:
        info_bytes = length.to_bytes(2, "big") + b"HPKE-v1" + suite_id + label + context
        out, block, counter = b"", b"", 1
        while len(out) < length:
            block = hmac.new(prk, block + info_bytes + bytes([counter]), "sha256").digest()
            out, counter = out + block, counter + 1
        return out[:length]

    context = b"\x00" + extract(b"", b"psk_id_hash", b"") + extract(b"", b"info_hash", info)
    secret = extract(shared_secret, b"secret", b"")
    key, nonce = expand(secret, b"key", context, 32), expand(secret, b"base_nonce", context, 12)
    return AESGCM(key).decrypt(nonce, ciphertext, b"")


def open_key_file(folder: Path, passphrase: str) -> tuple[dict, dict]:
    """The envelope and the plaintext of a key file, decrypted as docs/bundle-format.md says."""
    envelope = canonical.loads(key_paths(folder)[0].read_bytes())
    nonce, ciphertext = base64.b64decode(envelope.pop("nonce")), base64.b64decode(envelope.pop("ciphertext"))
    p = envelope["protection"]
    assert p["method"] == "passphrase" and p["kdf"] == "argon2id"
    wrapping = Argon2id(salt=base64.b64decode(p["salt"]), length=32, iterations=p["iterations"], lanes=p["lanes"],
                        memory_cost=p["memory_kib"]).derive(passphrase.encode("utf-8"))
    plain = AESGCM(wrapping).decrypt(nonce, ciphertext, canonical.dumps(envelope))
    return envelope, canonical.loads(plain)


def test_the_draft_vector_seed_gives_its_public_key_and_shared_secret():
    seed, pk, ct = (bytes.fromhex(VECTOR[k]) for k in ("seed", "pk", "ct"))
    spec = SUITES["mlkem768-x25519"]
    assert spec.public_of(seed) == pk == xwing_from_draft(seed)[2]
    assert xwing_decapsulate(seed, ct).hex() == VECTOR["ss"]
    # the combiner's label last: the order of draft -00's combiner gives another secret
    m, x, _ = xwing_from_draft(seed)
    label_first = hashlib.sha3_256(LABEL + m.decapsulate(ct[:1088]) + x.exchange(
        x25519.X25519PublicKey.from_public_bytes(ct[1088:])) + ct[1088:] + pk[1184:]).digest()
    assert label_first.hex() != VECTOR["ss"]


def test_what_labnet_seals_to_a_seed_opens_with_the_draft_and_rfc_9180_alone():
    seed = bytes.fromhex(VECTOR["seed"])
    spec = SUITES["mlkem768-x25519"]
    keys = KeySet(create_identity("hub", "Hub", "KE").current.signing, seed, spec, "2026-01-01T00:00:00Z")
    sealed = spec.hpke().encrypt(b"a bundle payload", keys.public.hpke_public(), info=b"some info")
    shared = xwing_decapsulate(seed, sealed[:spec.enc_length])
    assert hpke_open_base(shared, b"some info", sealed[spec.enc_length:]) == b"a bundle payload"
    assert spec.hpke().decrypt(sealed, keys.hpke_private(), info=b"some info") == b"a bundle payload"


def test_a_new_key_file_holds_the_32_byte_seed_and_round_trips(tmp_path):
    identity = create_identity("lab", "Accra FSL", "GH")
    assert len(identity.current.encryption) == 32 and identity.current.encryption_form == "seed"
    save_identity(tmp_path, identity, Passphrase(PASSPHRASE, FAST))
    envelope, secret = open_key_file(tmp_path, PASSPHRASE)
    assert envelope["version"] == 2 and envelope["cipher"] == "AES-256-GCM"
    assert envelope["identity"] == canonical.loads(identity.public.to_json())
    [stored] = secret["key_sets"]
    seed = base64.b64decode(stored["encryption"])
    assert stored["encryption_form"] == "seed" and stored["suite"] == "mlkem768-x25519" and len(seed) == 32
    assert xwing_from_draft(seed)[2] == identity.public.keys.encryption   # the draft's derivation
    loaded = load_identity(tmp_path, PASSPHRASE)
    assert loaded.current.encryption == seed and loaded.public == identity.public


def test_a_key_file_written_before_seeds_opens_and_migrates_at_its_next_save(tmp_path):
    folder = tmp_path / "lab"
    shutil.copytree(HERE / "v1-expanded", folder)
    envelope, secret = open_key_file(folder, LEGACY_PASSPHRASE)
    assert envelope["version"] == 1 and len(base64.b64decode(secret["key_sets"][0]["encryption"])) == 96
    old = load_identity(folder, LEGACY_PASSPHRASE)
    assert old.current.encryption_form == "expanded"
    assert old.public.keys == old.current.public          # its public key and key id are unchanged
    sealed = (folder / "sealed.bin").read_bytes()
    info = b"labnet legacy key test"
    assert old.current.suite.hpke().decrypt(sealed, old.current.hpke_private(), info=info) == \
        b"sealed by LabNet before X-Wing seeds"
    # The next save (here a rotation) writes version 2: the old key stays expanded, the new one is a seed.
    save_identity(folder, rotate(old), Passphrase(LEGACY_PASSPHRASE, FAST), replace_existing=True)
    envelope, secret = open_key_file(folder, LEGACY_PASSPHRASE)
    assert envelope["version"] == 2
    assert [k["encryption_form"] for k in secret["key_sets"]] == ["seed", "expanded"]
    again = load_identity(folder, LEGACY_PASSPHRASE)
    assert [k.encryption_form for k in again.key_sets] == ["seed", "expanded"]
    old_keys = again.key_set_for_encryption(old.public.encryption_key_id)
    assert old_keys.suite.hpke().decrypt(sealed, old_keys.hpke_private(), info=info) == \
        b"sealed by LabNet before X-Wing seeds"


def test_a_version_1_file_holding_version_2_keys_is_refused_and_the_file_is_private(tmp_path):
    save_identity(tmp_path, create_identity("lab", "Accra FSL", "GH"), Passphrase(PASSPHRASE, FAST))
    path = key_paths(tmp_path)[0]
    assert path.stat().st_mode & 0o777 == 0o600
    envelope, secret = open_key_file(tmp_path, PASSPHRASE)
    envelope["version"] = 1    # re-encrypted properly, so that only the version's rule can refuse it
    p = envelope["protection"]
    wrapping = Argon2id(salt=base64.b64decode(p["salt"]), length=32, iterations=p["iterations"], lanes=p["lanes"],
                        memory_cost=p["memory_kib"]).derive(PASSPHRASE.encode("utf-8"))
    nonce = bytes(12)
    ciphertext = AESGCM(wrapping).encrypt(nonce, canonical.dumps(secret), canonical.dumps(envelope))
    path.write_bytes(canonical.dumps({**envelope, "nonce": base64.b64encode(nonce).decode(),
                                      "ciphertext": base64.b64encode(ciphertext).decode()}))
    with pytest.raises(IdentityError, match="version 1 but holds version 2 keys"):
        load_identity(tmp_path, PASSPHRASE)


def test_a_key_set_whose_stated_form_is_not_its_bytes_is_refused():
    keys = create_identity("lab", "Accra FSL", "GH").current
    stored = keys.to_json()
    assert KeySet.from_json(stored).encryption == keys.encryption
    with pytest.raises(IdentityError, match="stored as “expanded”"):
        KeySet.from_json({**stored, "encryption_form": "expanded"})
    with pytest.raises(IdentityError, match="no form"):
        KeySet.from_json({**stored, "encryption": base64.b64encode(bytes(40)).decode()}).hpke_private()
