"""A peer's older keys kept through its rotations (issue 20): a message it signed with its previous key and queued
before the rotation is taken after east learnt the rotation; one made after, or signed by a key the peer revoked,
is refused; a revocation learnt from an announcement is kept, so a thief's later announcement that leaves it out
is refused, in words for a peer hub.  Two hub processes; west's messages sealed here as its hub seals them."""

from __future__ import annotations

import datetime as dt
import secrets

import numpy as np
import pytest
import requests

from labnet.hub.federation_search import MEDIA_TYPE
from labnet.hub.store_federation import of as federation_store
from labnet.protocol.federation import MethodKey, Search
from labnet.protocol.federation_seal import seal
from labnet.protocol.keys import Identity, PublicIdentity, rotate, utc_stamp
from labnet.protocol.keystatus import KeyEvent, hub_keys_document
from test_federation import Opened
from test_federation_rotations import announce, peered, pinned_at_east  # noqa: F401

pytestmark = pytest.mark.slow


def search_by(sender: Identity, east: PublicIdentity, made: dt.datetime) -> bytes:
    """A search sealed and signed by ``sender``'s current key, made at ``made`` (a method east lacks: east answers
    it with a refusal, after its signature was taken)."""
    search_id = secrets.token_hex(16)
    content = Search(search_id, MethodKey("absent", 1, "0" * 64), ("q:1",), np.zeros((1, 2))).to_json()
    return seal(sender, east.keys, east.identity_id, kind="search", message_id=search_id, created_at=utc_stamp(made),
                content=content)


def post(east, document: bytes) -> requests.Response:
    return requests.post(f"{east.url}/v1/federation/messages", data=document, headers={"Content-Type": MEDIA_TYPE},
                         timeout=60)


def taken(response: requests.Response) -> bool:
    return response.status_code == 200 and response.headers["Content-Type"] == MEDIA_TYPE


def refused(response: requests.Response) -> bool:
    return response.status_code == 422 and response.json()["code"] == "federation-message-invalid" \
        and "signed with a key this hub does not know" in response.json()["detail"]


def test_a_message_signed_before_a_rotation_is_taken_and_a_revoked_keys_is_not(peered):
    west, east = peered
    with Opened(west) as hub:
        first = hub.identity   # what east pinned at peering
    with Opened(east) as hub:
        east_public = hub.identity.public
    a_minute_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    queued = [search_by(first, east_public, a_minute_ago) for _ in range(3)]   # waiting at west, then it rotates

    second = rotate(first)
    assert announce(second, east, east_public, hub_keys_document(second, [], chain=[])).status_code == 200
    assert pinned_at_east(east) == second.public.signing_key_id
    assert taken(post(east, queued[0]))   # made before the rotation: still west's (refused before: key unknown)
    made_after = search_by(first, east_public, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2))
    assert refused(post(east, made_after))   # the old key, for a message made after east learnt the rotation
    assert taken(post(east, search_by(second, east_public, dt.datetime.now(dt.UTC))))

    # West rotates again and says its first key was revoked (stolen): its messages are refused from now on.
    third = rotate(second)
    stolen = KeyEvent(first.public.signing_key_id, first.public.encryption_key_id, "revoked", utc_stamp(),
                      "laptop stolen")
    assert announce(third, east, east_public,
                    hub_keys_document(third, [stolen], chain=[second.public])).status_code == 200
    assert refused(post(east, queued[1]))
    assert refused(post(east, queued[0]))   # taken before; a copy now is refused, not answered again
    # A message made before the second rotation, signed by the second key (not revoked), is still west's.
    assert taken(post(east, search_by(second, east_public, a_minute_ago)))
    with Opened(east) as hub:
        held = {r["signing_key_id"]: r for r in federation_store(hub.store).peer_keys(first.identity_id)}
    assert held[first.public.signing_key_id]["revoked_at"] and held[second.public.signing_key_id]["public_keys"]

    # The thief's chain from the revoked key, in a key document that leaves the revocation out: refused by the
    # revocation east kept, in a peer's words (not a laboratory's "enrol again"); nothing pinned.
    fourth = rotate(first)
    fifth = rotate(fourth)
    answer = announce(fifth, east, east_public, hub_keys_document(fifth, [], chain=[fourth.public]))
    detail = answer.json()["detail"]
    assert answer.status_code == 422 and "laptop stolen" in detail and "link 1 of 2" in detail
    assert "invite this hub again" in detail and "Enrol this laboratory" not in detail
    assert pinned_at_east(east) == third.public.signing_key_id
    # A later true announcement without the revocation does not bring the key back.
    assert announce(third, east, east_public, hub_keys_document(third, [], chain=[second.public])).status_code == 200
    assert refused(post(east, queued[2]))

    # West retires its second key (from now on, as its key document says): its messages, even made before, end.
    made_before = search_by(second, east_public, a_minute_ago)
    retired = KeyEvent(second.public.signing_key_id, second.public.encryption_key_id, "retired", utc_stamp(), "")
    assert announce(third, east, east_public,
                    hub_keys_document(third, [retired], chain=[second.public])).status_code == 200
    assert refused(post(east, made_before))
