"""A large message between two hubs travels as a resumable upload (issue 20): a link cut mid-upload, the next
attempt sends only what the peer does not hold yet (bytes counted on the wire), and the message is taken once.

East is a real hub process; west's attempts are ``labnet-hub peer deliver`` processes (west's server is stopped, so
its own delivery loop does not race them)."""

from __future__ import annotations

import secrets
import socket

import numpy as np
import pytest
import requests

from benchmarks.netproxy import LossyLink
from labnet.hub.federation_search import network_profiles
from labnet.hub.federation_uploads import FOLDER, RESUMABLE_BYTES
from labnet.hub.store_federation import of as federation_store
from labnet.profiling.method import ComparisonMethod
from labnet.protocol.federation import MethodKey, Search, method_fingerprint
from labnet.protocol.federation_seal import seal
from labnet.protocol.federation_upload import make_credential
from labnet.protocol.keys import PublicIdentity, create_identity, utc_stamp
from test_federation import (  # noqa: F401
    METHOD,
    Opened,
    bulletins,
    cli,
    network,
    peer_by_file,
    policies,
    wait_for,
)

pytestmark = pytest.mark.slow
PADDING = 20_000   # query profiles beside the real ones: a search of ~3 MB sealed


class LinkDown(LossyLink):
    """A link that carries ``after`` bytes towards the peer, then is down: the connection in flight is cut and
    every later one closed at once."""

    def __init__(self, port: int, after: int):
        super().__init__(port)
        self.after, self.down = after, False

    def _pump(self, source: socket.socket, sink: socket.socket, state: dict, upstream: bool) -> None:
        if self.down:
            state["closed"] = True
            for s in (source, sink):
                s.close()
            return
        super()._pump(source, sink, state, upstream)

    def _send(self, sink: socket.socket, data: bytes, upstream: bool) -> None:
        if upstream and (self.down or self.upstream_bytes + len(data) > self.after):
            self.down = True
            raise OSError("the link is down")
        super()._send(sink, data, upstream)


def large_search(hub, labs) -> tuple[str, bytes]:
    """West's search of its profiles (as ``labnet-hub peer search`` builds it), padded with PADDING copies of
    Accra's second profile (noise in the last digits: it compresses as real data does), queued for east."""
    definition = METHOD.to_json()
    key = MethodKey(METHOD.name, METHOD.version, method_fingerprint(definition))
    profiles = network_profiles(hub, ComparisonMethod.from_json(definition), key.fingerprint)
    other = profiles.keys.index((labs["accra"].identity_id, labs["accra_ids"][1]))
    noise = np.random.default_rng(7).normal(0.0, 1e-9, (PADDING, profiles.treated.shape[1]))
    values = np.vstack([profiles.treated, profiles.treated[other] + noise])
    keys = [*profiles.keys, *[profiles.keys[other]] * PADDING]
    refs = [f"q:{secrets.token_hex(16)}" for _ in keys]
    fed = federation_store(hub.store)
    peer = PublicIdentity.from_json(fed.peer("east")["identity"])
    search_id, now = secrets.token_hex(16), utc_stamp(hub.store.clock())
    document = seal(hub.identity, peer.keys, peer.identity_id, kind="search", message_id=search_id,
                    created_at=now, content=Search(search_id, key, tuple(refs), values).to_json())
    with hub.store.transaction() as conn:
        fed.queue(conn, search_id, "east", "search", now, document)
        fed.add_queries(conn, search_id, [(ref, lab, record) for ref, (lab, record) in zip(refs, keys)])
    return search_id, document


def east_uploads(east) -> list[tuple[int, int]]:
    """East's peers' uploads: in its own database (SQLite or PostgreSQL), as every process of east sees them."""
    with Opened(east) as hub:
        return [(r["received"], r["length"]) for r in hub.store.query("SELECT received, length FROM fed_uploads")]


def east_parts(east) -> list[str]:
    return sorted(p.name for p in (east.folder / FOLDER).glob("*.part"))


def cut_halfway(west, east, labs) -> tuple[str, bytes, LinkDown]:
    """West's large search queued for east, and a first attempt whose link goes down halfway through."""
    west.stop()
    with Opened(west) as hub:
        search_id, document = large_search(hub, labs)
    assert len(document) > 4 * RESUMABLE_BYTES
    link = LinkDown(east.port, len(document) // 2)
    with Opened(west) as hub, hub.store.transaction() as conn:
        conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (link.url,))
    assert "0 answered, 1 still waiting" in cli(west, "peer", "deliver", check=False).stdout
    return search_id, document, link


def test_a_cut_upload_resumes_with_only_the_rest_and_the_search_is_taken_once(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    search_id, document, first = cut_halfway(west, east, labs)
    cut_after = len(document) // 2
    with Opened(west) as hub:
        row = federation_store(hub.store).sent(search_id)
    assert row["last_error"].startswith("unreachable") and row["upload"].startswith("/v1/federation/uploads/")
    [(held, length)] = east_uploads(east)   # what east made durable before the cut: whole chunks only
    assert length == len(document) and cut_after - 2 * 64 * 1024 <= held <= cut_after

    second = LossyLink(east.port)   # the link is back (another path to east)
    with Opened(west) as hub, hub.store.transaction() as conn:
        conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (second.url,))
    assert "1 answered, 0 still waiting" in cli(west, "peer", "deliver").stdout
    # Only the rest crossed the link, with the requests' headers (under 1 KiB a chunk: offset, checksum, the
    # credential; and a HEAD, the take): not the whole message again.
    rest = len(document) - held
    assert rest <= second.upstream_bytes <= rest + (rest // (64 * 1024) + 4) * 1024, (second.upstream_bytes, rest)
    assert second.upstream_bytes < len(document) - 1024 * 1024
    first.close()
    second.close()

    with Opened(west) as hub:
        hits = federation_store(hub.store).hits("asked")
        assert [h["record_id"] for h in hits] == [labs["accra_ids"][0]]   # the padding found nothing
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1
        assert federation_store(hub.store).sent(search_id)["receipt"] is not None
    with Opened(east) as hub:
        assert federation_store(hub.store).answered_count("search") == 1
        assert len(federation_store(hub.store).hits("answered")) == 1
    assert east_uploads(east) == [] and east_parts(east) == []   # taken, then removed


def test_an_expired_half_sent_upload_is_removed_and_the_sender_starts_afresh(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    search_id, document, first = cut_halfway(west, east, labs)
    first.close()
    with Opened(west) as hub:
        begun = federation_store(hub.store).sent(search_id)["upload"]
    [(held, _)] = east_uploads(east)
    assert 0 < held < len(document) and east_parts(east) == [f"{begun.rsplit('/', 1)[1]}.part"]

    # A day later, as east sees it (its row's expiry moved back; nothing else): east's delivery loop removes the
    # upload, bytes and row, at its first look (a restarted process looks at once).
    with Opened(east) as hub, hub.store.transaction() as conn:
        conn.execute("UPDATE fed_uploads SET expires_at = ?", ("2000-01-01T00:00:00+00:00",))
    east.stop()
    east.start()
    wait_for(lambda: not east_uploads(east), "east's delivery loop removing the expired upload")
    assert east_parts(east) == []

    second = LossyLink(east.port)
    with Opened(west) as hub, hub.store.transaction() as conn:
        conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (second.url,))
    assert "1 answered, 0 still waiting" in cli(west, "peer", "deliver").stdout
    assert second.upstream_bytes >= len(document)   # a new upload: the whole message, not the rest of the old one
    second.close()
    with Opened(west) as hub:
        row = federation_store(hub.store).sent(search_id)
        assert row["receipt"] is not None and row["upload"] != begun
        assert [h["record_id"] for h in federation_store(hub.store).hits("asked")] == [labs["accra_ids"][0]]
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1
    with Opened(east) as hub:
        assert federation_store(hub.store).answered_count("search") == 1   # delivered once
    assert east_uploads(east) == [] and east_parts(east) == []


def test_the_federation_uploads_take_a_pinned_peers_credential_only(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    with Opened(east) as hub:
        east_id = hub.identity.identity_id
    with Opened(west) as hub:
        now = hub.store.clock()
        good = make_credential(hub.identity, east_id, now)
        stranger = make_credential(create_identity("hub", "Elsewhere", "NG"), east_id, now)
    tus = {"Tus-Resumable": "1.0.0", "Upload-Length": "10"}
    base = f"{east.url}/v1/federation/uploads"
    assert requests.post(base, headers=tus, timeout=30).status_code == 401
    refused = requests.post(base, headers={**tus, "Authorization": f"Bearer {stranger}"}, timeout=30)
    assert refused.status_code == 401 and refused.json()["code"] == "peer-unknown"
    created = requests.post(base, headers={**tus, "Authorization": f"Bearer {good}"}, timeout=30)
    assert created.status_code == 201
    # Not whole yet: not taken.
    taken = requests.post(f"{east.url}{created.headers['Location']}/message",
                          headers={"Authorization": f"Bearer {good}"}, timeout=30)
    assert taken.status_code == 409
    # A laboratory's uploads are elsewhere: the peer's upload is not among them.
    assert requests.head(f"{east.url}/v1/uploads/{created.headers['Location'].rsplit('/', 1)[1]}",
                         headers={"Tus-Resumable": "1.0.0", "Authorization": f"Bearer {good}"},
                         timeout=30).status_code in (401, 404)
    cli(east, "peer", "revoke", "west", "--reason", "test")
    revoked = requests.head(f"{east.url}{created.headers['Location']}",
                            headers={"Tus-Resumable": "1.0.0", "Authorization": f"Bearer {good}"}, timeout=30)
    assert revoked.status_code == 403
