"""Identities and keys: creation, protection at rest, wrong passphrase, rotation."""

from __future__ import annotations

import json

import pytest

from labnet.protocol import canonical
from labnet.protocol.errors import IdentityError, IdentityExists, NoIdentity, WrongPassphrase
from labnet.protocol.keyfile import (
    Keyring,
    Passphrase,
    key_paths,
    keyring_available,
    load_identity,
    load_public_identity,
    save_identity,
)
from labnet.protocol.keys import PublicIdentity, check_rotation, create_identity, key_id, rotate
from test_sync_support import FAST_KDF, PASSPHRASE


def _secrets_of(identity) -> list[bytes]:
    out = [identity.pseudonym_secret]
    for keys in identity.key_sets:
        out += [keys.signing.private_bytes_raw(), keys.encryption, keys.encryption[:64], keys.encryption[-32:]]
    return out


@pytest.mark.parametrize("suite", ["mlkem768-x25519", "x25519"])
def test_identity_round_trips_through_its_protected_key_file(tmp_path, suite):
    identity = create_identity("lab", " Accra FSL ", "gh", suite_code=suite)
    save_identity(tmp_path, identity, Passphrase(PASSPHRASE, FAST_KDF))
    loaded = load_identity(tmp_path, PASSPHRASE)
    assert loaded.public == identity.public
    assert loaded.public.name == "Accra FSL" and loaded.public.country == "GH"
    assert loaded.pseudonym_secret == identity.pseudonym_secret
    assert loaded.current.signing.private_bytes_raw() == identity.current.signing.private_bytes_raw()
    assert loaded.current.encryption == identity.current.encryption
    assert load_public_identity(tmp_path) == identity.public
    assert identity.public.signing_key_id == key_id("ed25519", identity.public.keys.signing)


def test_no_private_key_or_secret_is_on_disk_in_clear(tmp_path):
    identity = create_identity("lab", "Accra FSL", "GH")
    save_identity(tmp_path, identity, Passphrase(PASSPHRASE, FAST_KDF))
    rotated = rotate(load_identity(tmp_path, PASSPHRASE))
    save_identity(tmp_path, rotated, Passphrase(PASSPHRASE, FAST_KDF), replace_existing=True)
    import base64
    secrets = _secrets_of(rotated)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
                assert form not in content, f"a private key appears in clear in {path.name}"
    assert PASSPHRASE.encode() not in b"".join(p.read_bytes() for p in files)


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path):
    identity = create_identity("lab", "Accra FSL", "GH")
    save_identity(tmp_path, identity, Passphrase(PASSPHRASE, FAST_KDF))
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        load_identity(tmp_path, "correct horse battery stapler")
    with pytest.raises(WrongPassphrase, match="protected by a passphrase"):
        load_identity(tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_weakening_the_kdf_in_the_key_file_makes_it_fail_to_open(tmp_path):
    save_identity(tmp_path, create_identity("lab", "Accra FSL", "GH"), Passphrase(PASSPHRASE, FAST_KDF))
    path = key_paths(tmp_path)[0]
    doc = json.loads(path.read_bytes())
    doc["protection"]["iterations"] = 2
    path.write_bytes(canonical.dumps(doc))
    with pytest.raises(WrongPassphrase):
        load_identity(tmp_path, PASSPHRASE)


def test_bad_inputs_to_identity_creation_and_storage(tmp_path):
    with pytest.raises(IdentityError, match="two-letter"):
        create_identity("lab", "Accra", "Ghana")
    with pytest.raises(IdentityError, match="needs a name"):
        create_identity("lab", "  ", "GH")
    with pytest.raises(IdentityError, match="not an encryption suite"):
        create_identity("lab", "Accra", "GH", suite_code="rsa")
    with pytest.raises(IdentityError, match="too short"):
        save_identity(tmp_path, create_identity("lab", "Accra", "GH"), Passphrase("short", FAST_KDF))
    assert not key_paths(tmp_path)[0].exists()
    with pytest.raises(NoIdentity, match="labnet init"):
        load_identity(tmp_path, PASSPHRASE)
    save_identity(tmp_path, create_identity("lab", "Accra", "GH"), Passphrase(PASSPHRASE, FAST_KDF))
    with pytest.raises(IdentityExists, match="never overwrites"):
        save_identity(tmp_path, create_identity("lab", "Other", "GH"), Passphrase(PASSPHRASE, FAST_KDF))
    key_paths(tmp_path)[0].write_bytes(b"not json")
    with pytest.raises(IdentityError, match="not a LabNet key file"):
        load_identity(tmp_path, PASSPHRASE)


@pytest.mark.skipif(keyring_available(), reason="a system keyring is installed here")
def test_keyring_protection_without_a_keyring_says_so(tmp_path):
    with pytest.raises(IdentityError, match="keyring"):
        save_identity(tmp_path, create_identity("lab", "Accra", "GH"), Keyring())
    assert not key_paths(tmp_path)[0].exists()


def test_rotation_keeps_old_keys_and_is_endorsed_by_the_old_signing_key(tmp_path):
    identity = create_identity("hub", "Hub", "SN")
    rotated = rotate(identity, suite_code="x25519")
    assert rotated.current.suite.code == "x25519" and len(rotated.key_sets) == 2
    assert rotated.key_sets[1] is identity.current
    document = PublicIdentity.from_json(rotated.public.to_json())
    assert document.endorsement["previous_signing_key_id"] == identity.public.signing_key_id
    followed = check_rotation(identity.public, document)
    assert followed.signing_key(identity.public.signing_key_id) is not None  # old receipts still verify
    stranger = create_identity("hub", "Hub", "SN", identity_id=identity.identity_id)
    with pytest.raises(IdentityError, match="not endorsed"):
        check_rotation(identity.public, PublicIdentity.from_json(stranger.public.to_json()))
    with pytest.raises(IdentityError, match="not for the pinned"):
        check_rotation(identity.public, create_identity("hub", "Other", "SN").public)


def test_only_the_pinned_current_key_may_endorse_new_keys():
    # A key kept only to check old receipts may have been stolen after it was
    # retired: what it endorses must not take the identity over.
    first = create_identity("hub", "Hub", "SN")
    second = rotate(first)
    pinned = check_rotation(first.public, PublicIdentity.from_json(second.public.to_json()))
    assert pinned.signing_key(first.public.signing_key_id) is not None
    thief = rotate(first)  # other new keys, endorsed by the retired first key
    with pytest.raises(IdentityError, match="not endorsed"):
        check_rotation(pinned, PublicIdentity.from_json(thief.public.to_json()))
    third = rotate(second)  # the genuine next rotation is still followed
    assert check_rotation(pinned, PublicIdentity.from_json(third.public.to_json())).keys == third.public.keys


def test_altered_identity_documents_are_refused():
    document = json.loads(create_identity("lab", "Accra", "GH").public.to_json())
    for change in ({"name": "Not Accra"}, {"country": "KE"}, {"extra": 1}):
        with pytest.raises(IdentityError):
            PublicIdentity.from_json(canonical.dumps({**document, **change}))
    swapped = dict(document, signing_key=dict(document["signing_key"], key_id="0" * 64))
    with pytest.raises(IdentityError, match="key ids"):
        PublicIdentity.from_json(canonical.dumps(swapped))
    with pytest.raises(IdentityError, match="not a LabNet identity"):
        PublicIdentity.from_json(b"{]")
