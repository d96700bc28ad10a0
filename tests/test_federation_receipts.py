"""A peer's receipt checked against its endorsed chain of keys (issue 20): a receipt the peer signed with its
earlier key before it rotated, checked after this hub learnt the rotation (delivered late, or checked again from
``fed_sent``), is taken; one signed by a key the peer had already replaced when it signed, or by a key it revoked
since, or from a peer whose peering was revoked, is refused with a reason saying so.  Two hub processes on
loopback; east's answer held on the way (a proxy) while east rotates its keys and announces them."""

from __future__ import annotations

import base64
import json
import threading

import pytest

from http_proxy import ReverseProxy
from labnet.hub.errors import HubError
from labnet.hub.federation_delivery import RECEIPT_HEADER, check_kept_receipt
from labnet.hub.store_federation import of as federation_store
from labnet.protocol.federation_seal import FederationError, make_receipt
from labnet.protocol.keys import utc_stamp
from labnet.protocol.keystatus import KeyEvent, hub_keys_document
from test_federation import Opened, cli, network, peer_by_file, policies, wait_for  # noqa: F401  (network: a fixture)
from test_federation_rotations import announce

pytestmark = pytest.mark.slow


def searches(hub) -> list[dict]:
    return sorted((federation_store(hub.store).sent(r["message_id"]) for r in hub.store.query(
        "SELECT message_id FROM fed_sent WHERE kind = 'search'")), key=lambda r: r["created_at"])


def point_at(hub, url: str) -> None:
    """West's address for east (as a peering made through a reverse proxy would have pinned it)."""
    with hub.store.transaction() as conn:
        conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (url,))


def test_a_receipt_signed_before_the_peers_rotation_is_taken_after_it(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    with Opened(east) as hub:
        first = hub.identity   # east's keys when west pinned them
    held, release = threading.Event(), threading.Event()

    def hold(body, given, data):   # east's answer, receipted by its first key, kept until east has rotated
        held.set()
        assert release.wait(300)
        return given, data

    proxy = ReverseProxy(east.port, fault=lambda method, path: hold if path == "/v1/federation/messages" else None)
    try:
        with Opened(west) as hub:
            point_at(hub, proxy.url)
        said: list[str] = []
        searching = threading.Thread(target=lambda: said.append(cli(west, "peer", "search", "east").stdout))
        searching.start()
        assert held.wait(120), "the search did not reach east"

        # East rotates its keys meanwhile; its serving process announces them to west, which pins them.
        east.stop()
        cli(east, "rotate-keys")
        east.start()
        with Opened(east) as hub:
            second = hub.identity
        with Opened(west) as hub:
            wait_for(lambda: federation_store(hub.store).peer("east")["signing_key_id"] == second.public.signing_key_id,
                     "east's new key pinned at west")
        release.set()   # the answer arrives: its receipt signed by east's first key, before west learnt the second
        searching.join(300)
        assert "1 answered, 0 waiting" in said[0].replace("search(es)", ""), said   # refused before: key unknown
        with Opened(west) as hub:
            [row] = searches(hub)
            assert row["answered_at"] and row["last_error"] is None and row["attempts"] == 1
            assert json.loads(row["receipt"])["from_key_id"] == first.public.signing_key_id
            assert len(federation_store(hub.store).hits("asked")) == 1
            # Checked again later from what west keeps (an audit of fed_sent): still east's word.
            assert check_kept_receipt(hub, row["message_id"])["message_id"] == row["message_id"]
    finally:
        release.set()
        proxy.close()

    # A receipt signed by east's first key after west learnt it was replaced (a key in other hands): refused with
    # the reason; the search waits, and goes once east's true receipt comes.
    def superseded(body, given, data):
        forged = base64.b64encode(make_receipt(first, body, utc_stamp())).decode()
        return [(k, v) for k, v in given if k.lower() != RECEIPT_HEADER.lower()] + [(RECEIPT_HEADER, forged)], data

    proxy = ReverseProxy(east.port, fault=lambda method, path: superseded if path == "/v1/federation/messages"
                         else None)
    try:
        with Opened(west) as hub:
            point_at(hub, proxy.url)
            assert "0 answered, 1 waiting" in cli(west, "peer", "search", "east").stdout.replace("search(es)", "")
            row = searches(hub)[1]
            assert row["answered_at"] is None and row["receipt"] is None
            assert row["last_error"].startswith("federation-receipt-invalid") and "which it had replaced" in \
                row["last_error"] and first.public.signing_key_id[:16] in row["last_error"], row["last_error"]
            point_at(hub, east.url)
            wait_for(lambda: searches(hub)[1]["answered_at"] is not None, "the search delivered with a true receipt")
            assert json.loads(searches(hub)[1]["receipt"])["from_key_id"] == second.public.signing_key_id
    finally:
        proxy.close()

    # East says its first key was revoked: a receipt signed with it is no proof any longer, even an old one.
    revoked = KeyEvent(first.public.signing_key_id, first.public.encryption_key_id, "revoked", utc_stamp(),
                       "server stolen")
    assert announce(second, west, west.identity.public,
                    hub_keys_document(second, [revoked], chain=[])).status_code == 200
    with Opened(west) as hub:
        kept = [r["message_id"] for r in searches(hub)]
        with pytest.raises(FederationError):
            check_kept_receipt(hub, kept[0])
        assert check_kept_receipt(hub, kept[1])   # the second key's: still east's
    # A peering revoked: none of its receipts is taken.
    cli(west, "peer", "revoke", "east", "--reason", "left the federation")
    with Opened(west) as hub:
        with pytest.raises(HubError) as refused:
            check_kept_receipt(hub, kept[1])
        assert refused.value.code == "peer-revoked"
