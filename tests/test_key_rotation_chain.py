"""A laboratory follows several hub key rotations at once: the hub's key document carries the chain of its
endorsed identity documents, and the laboratory walks it from its pinned key, by sync and by stick; a forged
link, or a link endorsed by a revoked key, ends the walk and nothing is changed."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from hub_server import LAB_PASSPHRASE, PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.hub import cli as hub_cli
from labnet.protocol import canonical
from labnet.protocol.errors import IdentityError
from labnet.protocol.keychain import follow_chain
from labnet.protocol.keyfile import load_identity
from labnet.protocol.keys import (
    ROTATION_CONTEXT,
    Identity,
    KeySet,
    PublicIdentity,
    b64,
    create_identity,
    rotate,
    sign_document,
)
from labnet.protocol.keystatus import KeyEvent, hub_keys_document, read_hub_key_document
from labnet.protocol.pinning import load_pinned_hub, pin_hub


def _public(identity: Identity) -> PublicIdentity:
    return PublicIdentity.from_json(identity.public.to_json())


def _rotations(n: int) -> list[Identity]:
    hubs = [create_identity("hub", "Accra hub", "GH")]
    for _ in range(n):
        hubs.append(rotate(hubs[-1]))
    return hubs


def test_a_lab_walks_three_rotations_and_trusts_every_key_on_the_way():
    first, second, third, fourth = _rotations(3)
    links = [_public(second), _public(third)]
    followed = follow_chain(_public(first), _public(fourth), links)
    assert followed.keys == fourth.public.keys
    assert [k.signing_key_id for k in followed.previous] == [h.public.signing_key_id for h in (third, second, first)]
    # A lab pinned in the middle skips the links before its pin.
    assert follow_chain(_public(second), _public(fourth), links).keys == fourth.public.keys
    # Without the chain a lab two rotations behind is refused, as before.
    with pytest.raises(IdentityError, match="not endorsed"):
        follow_chain(_public(first), _public(fourth), [])


def test_a_forged_link_is_refused_naming_where_the_chain_broke():
    first, second, third, fourth = _rotations(3)
    # A link claiming the second key's endorsement, signed by another key.
    stranger = KeySet.generate()
    body = replace(_public(third), signature=b"")
    forged_sig = stranger.signing.sign(ROTATION_CONTEXT + canonical.dumps(body.body()))
    forged = sign_document(third.current, replace(body, endorsement={
        "previous_signing_key_id": second.public.signing_key_id, "signature": b64(forged_sig)}))
    with pytest.raises(IdentityError, match=r"link 2 of 3 .*signature of key .* is not valid"):
        follow_chain(_public(first), _public(fourth), [_public(second), PublicIdentity.from_json(forged.to_json())])
    # A link endorsed by a key that is not its predecessor's (a thief's keys slipped in the middle).
    thief = rotate(Identity(_public(first), [first.current], b""))
    with pytest.raises(IdentityError, match=r"not endorsed by the keys pinned here: the chain .* breaks at link 2 of 3"):
        follow_chain(_public(first), _public(fourth), [_public(second), _public(thief)])
    # Another identity's document in the chain.
    other = _rotations(1)[1]
    with pytest.raises(IdentityError, match="another identity's document"):
        follow_chain(_public(first), _public(fourth), [_public(second), _public(other)])


def test_a_revoked_key_in_the_chain_ends_the_walk(tmp_path):
    first, second, third, fourth = _rotations(3)
    revoked = KeyEvent(second.public.signing_key_id, second.public.encryption_key_id, "revoked",
                       "2026-11-01T00:00:00Z", "server stolen")
    pin_hub(tmp_path, first.public.to_json())
    document = hub_keys_document(fourth, [revoked], chain=[_public(second), _public(third)])
    with pytest.raises(IdentityError, match=r"link 2 of 3 .*revoked on 2026-11-01T00:00:00Z \(server stolen\)"):
        pin_hub(tmp_path, document)
    assert load_pinned_hub(tmp_path).keys == first.public.keys
    # The pinned key itself revoked after it endorsed its successor: followed, as with one rotation.
    pinned_revoked = KeyEvent(first.public.signing_key_id, first.public.encryption_key_id, "revoked",
                              "2026-11-01T00:00:00Z", "laptop lost")
    accepted, what = pin_hub(tmp_path, hub_keys_document(fourth, [pinned_revoked],
                                                         chain=[_public(second), _public(third)]))
    assert what == "rotated" and accepted.keys == fourth.public.keys
    assert accepted.signing_key(first.public.signing_key_id) is None


def test_a_thief_holding_a_revoked_older_key_cannot_lead_a_lab_down_its_own_chain(tmp_path):
    first, second, third = _rotations(2)
    revoked = KeyEvent(first.public.signing_key_id, first.public.encryption_key_id, "revoked",
                       "2026-11-01T00:00:00Z", "laptop stolen")
    pin_hub(tmp_path, first.public.to_json())
    pin_hub(tmp_path, hub_keys_document(second, [revoked]))      # the lab follows and learns the revocation
    stolen = rotate(Identity(_public(first), [first.current], b""))
    onward = rotate(stolen)
    document = hub_keys_document(onward, [], chain=[_public(stolen)])
    with pytest.raises(IdentityError, match=r"link 1 of 2 .*revoked on 2026-11-01T00:00:00Z \(laptop stolen\)"):
        pin_hub(tmp_path, document)
    assert load_pinned_hub(tmp_path).keys == second.public.keys


@pytest.fixture
def labs(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    folders = [tmp_path / "online", tmp_path / "stick"]
    for folder, name in zip(folders, ("Kumasi lab", "Tamale lab"), strict=True):
        assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
    capsys.readouterr()
    return folders


@pytest.mark.slow
def test_a_hub_rotating_three_times_is_followed_by_sync_and_by_stick(hub, labs, tmp_path, capsys):
    online, offline = labs
    for folder, name in zip(labs, ("Kumasi lab", "Tamale lab"), strict=True):
        assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name)]) == 0
    first = load_pinned_hub(online)
    hub.stop()
    folder = str(hub.folder)
    document = tmp_path / "hub-keys.json"
    for rotation in range(3):
        assert hub_cli.main(["rotate-keys", "--data-dir", folder]) == 0
        if rotation == 0:   # one rotation: the document is written as before chains (no "chain" field)
            assert hub_cli.main(["keys", "--data-dir", folder, "--out", str(document)]) == 0
            assert "chain" not in json.loads(document.read_bytes())
    current = load_identity(hub.folder, PASSPHRASE)
    assert hub_cli.main(["keys", "--data-dir", folder, "--out", str(document)]) == 0
    identity, _, chain = read_hub_key_document(document.read_bytes())
    assert identity.keys == current.public.keys
    assert [link.keys for link in chain] == [k.public for k in reversed(current.key_sets[1:3])]
    hub.start()
    capsys.readouterr()
    # Online: the next sync walks first → second → third → fourth.
    assert cli.main(["--data-dir", str(online), "sync", "--json"]) == 0
    pinned = load_pinned_hub(online)
    assert pinned.keys == current.public.keys
    assert {k.signing_key_id for k in pinned.all_keys()} == {k.public.signing_key_id for k in current.key_sets}
    assert pinned.signing_key(first.signing_key_id) is not None
    # Offline: the hub key document on a stick.
    assert cli.main(["--data-dir", str(offline), "hub-key", "import", str(document)]) == 0
    assert "Followed the key rotation" in capsys.readouterr().out
    assert load_pinned_hub(offline).keys == current.public.keys


@pytest.mark.slow
def test_a_lab_behind_a_revoked_middle_key_is_refused_by_sync_and_must_enrol_again(hub, labs, capsys):
    online = labs[0]
    assert cli.main(["--data-dir", str(online), "enrol", hub.enrolment_code("Kumasi lab")]) == 0
    first = load_pinned_hub(online)
    hub.stop()
    folder = str(hub.folder)
    assert hub_cli.main(["rotate-keys", "--data-dir", folder]) == 0
    second = load_identity(hub.folder, PASSPHRASE).current.public
    assert hub_cli.main(["rotate-keys", "--data-dir", folder]) == 0
    assert hub_cli.main(["revoke-key", "--data-dir", folder, second.signing_key_id, "--reason", "disk stolen"]) == 0
    hub.start()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(online), "sync", "--json"]) == 2
    err = capsys.readouterr().err
    assert "link 2 of 2" in err and second.signing_key_id[:16] in err and "disk stolen" in err
    assert load_pinned_hub(online).keys == first.keys
    # Nothing half-written: the pinned file still reads as the first keys only.
    assert json.loads((online / "keys" / "hub.json").read_bytes())["previous_keys"] == []
