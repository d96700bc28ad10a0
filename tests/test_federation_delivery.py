"""The hub's federation delivery loop (issue 20) on one hub's store, no peer process: one process of the hub at a
time delivers (the lease ``federation-delivery``), a failed attempt puts the next off, doubling and bounded."""

from __future__ import annotations

import threading

from hub_server import free_port, hub_in_process  # noqa: F401 - the fixture
from labnet.hub import federation_delivery
from labnet.hub.federation import describe
from labnet.hub.federation_delivery import DeliveryLoop, retry_after
from labnet.hub.store_federation import of as federation_store
from labnet.protocol.federation_seal import seal
from labnet.protocol.keys import create_identity, utc_stamp

hub = hub_in_process   # noqa: F811 - the fixture under the name the tests use


def waiting_search(hub) -> str:
    """A peer at an address where nothing listens, and a search to it waiting to be sent now."""
    peer = create_identity("hub", "East", "KE")
    fed = federation_store(hub.store)
    now = utc_stamp(hub.store.clock())
    document = seal(hub.identity, peer.public.keys, peer.identity_id, kind="search", message_id="s1",
                    created_at=now, content={"x": 1})
    with hub.store.transaction() as conn:
        fed.add_peer(conn, name="east", hub_id=peer.identity_id, signing_key_id=peer.public.signing_key_id,
                     url=f"http://127.0.0.1:{free_port()}", identity=peer.public.to_json().decode(), methods=[],
                     at=now, via="file")
        fed.set_announced(conn, "east", federation_delivery.own_state(hub))   # nothing to announce
        fed.queue(conn, "s1", "east", "search", now, document, next_attempt=now)
    return "s1"


def test_one_process_of_the_hub_delivers_under_the_lease(hub):
    waiting_search(hub)
    queue = hub.uploads.queue
    stop = threading.Event()
    first, second = (DeliveryLoop(hub, queue, name, stop) for name in ("process-1", "process-2"))
    assert first.step() == 0                          # tried (nothing listens there), not delivered
    [row] = federation_store(hub.store).waiting()
    assert row["attempts"] == 1 and row["last_error"].startswith("unreachable")
    with hub.store.transaction() as conn:             # due again at once
        conn.execute("UPDATE fed_sent SET next_attempt = ?", (row["last_attempt"],))
    assert second.step() == 0                         # the lease is the first process's: it does not send
    assert federation_store(hub.store).waiting()[0]["attempts"] == 1
    assert queue.lease_holder(federation_delivery.LEASE, 0) == "process-1"
    first.step()                                      # the holder goes on
    assert federation_store(hub.store).waiting()[0]["attempts"] == 2


def test_a_failed_attempt_puts_the_next_off_doubling_and_bounded(hub, monkeypatch):
    monkeypatch.setattr(federation_delivery, "FIRST_RETRY", 3600.0)   # an hour: surely not due in this test
    waiting_search(hub)
    federation_delivery.deliver_due(hub)
    [row] = federation_store(hub.store).waiting()
    assert row["next_attempt"] > row["last_attempt"]
    assert federation_delivery.deliver_due(hub) == 0   # not due yet: not tried
    assert federation_store(hub.store).waiting()[0]["attempts"] == 1
    [east] = describe(hub)   # what labnet-hub peers shows
    assert (east["waiting"], east["last_attempt"], east["next_attempt"]) == (1, row["last_attempt"],
                                                                               row["next_attempt"])
    assert east["last_error"].startswith("unreachable")
    monkeypatch.undo()
    assert [retry_after(n) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 16.0]
    assert retry_after(30) == federation_delivery.MAX_RETRY
