"""A hub's revocation of one of its older keys is announced to its peers at once (issue 20): ``labnet-hub
revoke-key`` beside a serving hub, and the serving process sends the same signed announcement a rotation sends (its
hub key document, the revocation in it) to every peer, once; the peer marks the key revoked in the chain it pinned
and from then on refuses a receipt signed by it, though no rotation or method change came with it.  Two hub
processes on loopback."""

from __future__ import annotations

import pytest

from labnet.hub.federation_delivery import announce_changes, check_kept_receipt
from labnet.hub.store_federation import of as federation_store
from labnet.protocol.federation_seal import FederationError
from test_federation import Opened, cli, network, peer_by_file, policies, wait_for  # noqa: F401  (network: a fixture)

pytestmark = pytest.mark.slow


def announcements(hub) -> int:
    return sum(e["action"] == "federation.announce" for e in hub.store.admins.entries(None, 10_000))


def revoked_at_west(west, east_id: str, key_id: str) -> str | None:
    with Opened(west) as hub:
        rows = [r for r in federation_store(hub.store).peer_keys(east_id) if r["signing_key_id"] == key_id]
    return rows[0]["revoked_at"] if rows else None


def test_a_revoked_key_is_announced_to_the_peers_without_a_rotation(network, tmp_path):
    west, east, _ = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    # A search answered while east signs with its first key: west keeps east's receipt of it.
    assert "1 answered" in cli(west, "peer", "search", "east").stdout
    with Opened(west) as hub:
        [kept] = [r["message_id"] for r in hub.store.query("SELECT message_id FROM fed_sent WHERE kind = 'search'")]
    with Opened(east) as hub:
        east_id, first = hub.identity.identity_id, hub.key_id

    # East rotates; its serving process announces the new keys and west pins them (what was announced before).
    east.stop()
    cli(east, "rotate-keys")
    east.start()
    with Opened(east) as hub:
        second = hub.key_id
    with Opened(west) as hub:
        wait_for(lambda: federation_store(hub.store).peer("east")["signing_key_id"] == second,
                 "east's new key pinned at west")
        assert check_kept_receipt(hub, kept)   # signed by the first key before it was replaced: east's word
    with Opened(east) as hub:
        wait_for(lambda: announcements(hub) == 1, "east's rotation announced")
    assert revoked_at_west(west, east_id, first) is None

    # East revokes its first key beside its serving process: no rotation, no new method.
    said = cli(east, "revoke-key", first, "--reason", "the old server's disk was lost").stdout
    assert "peer hubs" in said, said
    wait_for(lambda: revoked_at_west(west, east_id, first) is not None, "the revocation learnt at west")
    with Opened(west) as hub:
        assert federation_store(hub.store).peer("east")["signing_key_id"] == second   # the same key pinned
        with pytest.raises(FederationError):   # a receipt signed by the revoked key is no proof any longer
            check_kept_receipt(hub, kept)
    # Announced once: the revocation is what the peer was last told, so nothing more is queued for it.
    with Opened(east) as hub:
        assert announcements(hub) == 2
        assert announce_changes(hub) == 0 and announcements(hub) == 2
