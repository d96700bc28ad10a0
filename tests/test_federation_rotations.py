"""A peer hub that missed several key rotations follows them (issue 20): the announcement carries the hub key
document with the chain of endorsements (labnet.protocol.keychain, as laboratories walk it); a forged link, or one
endorsed by a revoked key, is refused naming where the chain breaks, and nothing is pinned.  Two hub processes."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace

import pytest
import requests

from hub_server import HubProcess
from labnet.hub.federation_search import MEDIA_TYPE
from labnet.hub.store_federation import of as federation_store
from labnet.protocol import canonical
from labnet.protocol.federation_seal import seal
from labnet.protocol.keys import (
    ROTATION_CONTEXT,
    Identity,
    KeySet,
    PublicIdentity,
    b64,
    rotate,
    sign_document,
    utc_stamp,
)
from labnet.protocol.keystatus import KeyEvent, hub_keys_document
from test_federation import Opened, audit_actions, cli, peer_by_file, wait_for

pytestmark = pytest.mark.slow


@pytest.fixture
def peered(tmp_path):
    west, east = HubProcess(tmp_path / "west"), HubProcess(tmp_path / "east")
    try:
        peer_by_file(west, east, tmp_path)
        yield west, east
    finally:
        west.stop()
        east.stop()


def pinned_at_east(east) -> str:
    with Opened(east) as hub:
        return federation_store(hub.store).peer("west")["signing_key_id"]


def test_a_peer_that_missed_two_rotations_follows_the_chain(peered):
    west, east = peered
    first = pinned_at_east(east)
    west.stop()   # two rotations while west tells nobody
    cli(west, "rotate-keys")
    cli(west, "rotate-keys")
    with Opened(west) as hub:
        newest = hub.key_id
        middle = hub.identity.public.previous[0].signing_key_id
    assert len({first, middle, newest}) == 3   # east pinned the first; the middle one it never heard of
    west.start()   # its delivery loop announces its keys: one announcement, the chain inside
    wait_for(lambda: pinned_at_east(east) == newest, "west's newest key pinned at east")
    with Opened(east) as hub:
        peer = federation_store(hub.store).peer("west")
        assert "federation.peer-announced" in audit_actions(hub)
    assert PublicIdentity.from_json(peer["identity"]).signing_key_id == newest


def announce(sender: Identity, east: HubProcess, east_public: PublicIdentity, keys: bytes) -> requests.Response:
    """West's announcement of ``sender``'s keys with the key document ``keys``, sealed as west's delivery loop
    seals it, posted to east."""
    document = seal(sender, east_public.keys, east_public.identity_id, kind="announce",
                    message_id=secrets.token_hex(16), created_at=utc_stamp(),
                    content={"identity": json.loads(sender.public.to_json()), "methods": [],
                             "keys": json.loads(keys)})
    return requests.post(f"{east.url}/v1/federation/messages", data=document, headers={"Content-Type": MEDIA_TYPE},
                         timeout=60)


def test_a_forged_link_or_one_endorsed_by_a_revoked_key_is_refused_naming_where(peered):
    west, east = peered
    first = pinned_at_east(east)
    with Opened(west) as hub:
        pinned = hub.identity   # what east pinned: west's keys at peering
    with Opened(east) as hub:
        east_public = hub.identity.public
    second = rotate(pinned)
    third = rotate(second)

    # The third keys' endorsement claims the second key but is signed by a stranger's.
    body = replace(third.public, signature=b"")
    forged_signature = KeySet.generate().signing.sign(ROTATION_CONTEXT + canonical.dumps(body.body()))
    forged_public = sign_document(third.current, replace(body, endorsement={
        "previous_signing_key_id": second.public.signing_key_id, "signature": b64(forged_signature)}))
    forged = Identity(forged_public, third.key_sets, third.pseudonym_secret)
    refused = announce(forged, east, east_public, hub_keys_document(forged, [], chain=[second.public]))
    assert refused.status_code == 422 and refused.json()["code"] == "federation-message-invalid"
    assert "link 2 of 2" in refused.json()["detail"] and "not valid" in refused.json()["detail"]

    # A true chain, but its second link endorsed by a key the peer itself says was revoked.
    revoked = KeyEvent(second.public.signing_key_id, second.public.encryption_key_id, "revoked",
                       "2026-11-01T00:00:00Z", "server stolen")
    refused = announce(third, east, east_public, hub_keys_document(third, [revoked], chain=[second.public]))
    assert refused.status_code == 422
    assert "link 2 of 2" in refused.json()["detail"] and "server stolen" in refused.json()["detail"]
    assert pinned_at_east(east) == first   # nothing pinned

    # A chain with a link missing (two rotations, only the newest told): not endorsed by the pinned key.
    refused = announce(third, east, east_public, hub_keys_document(third, [], chain=[]))
    assert refused.status_code == 422 and "not endorsed" in refused.json()["detail"]
    # The same chain whole and untouched: followed.
    assert announce(third, east, east_public, hub_keys_document(third, [], chain=[second.public])).status_code == 200
    assert pinned_at_east(east) == third.public.signing_key_id
