"""Hub-to-hub federation (issue 20) with two real hub processes on loopback: peering by file and online, hit/no-hit
searches with hits and misses, the laboratories' ceiling, revocation, a policy that shares nothing, a peer down
then up, the same exchange by file."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from factories import profile
from hub_server import PASSPHRASE, HubProcess, enrol
from labnet.catalogue.store import Catalogue
from labnet.hub.ingest import Ingestor
from labnet.hub.linking import NetworkLinker
from labnet.hub.service import Hub
from labnet.hub.store_federation import of as federation_store
from labnet.protocol.bulletin import verify_bulletin
from labnet.protocol.federation_seal import make_receipt, open_message, read_header
from labnet.protocol.keys import create_identity
from labnet.sync.outbox import Outbox
from labnet.sync.policy import DEFAULT_POLICY_TOML, parse_policy
from test_hub_linking import BATCH, OTHER, OTHER2, method, near

pytestmark = pytest.mark.slow

BEYOND = parse_policy(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true\n",
                                                  "[profiling_result]\nshare = true\nbeyond_network = true\n"))
HOME = parse_policy(DEFAULT_POLICY_TOML)   # the default: not beyond the network
METHOD = method()   # pearson, in percent: linked at 95 or more
SHARE = f'methods = ["{METHOD.name} v{METHOD.version}"]\n'


def cli(process: HubProcess, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``labnet-hub ARGS --data-dir`` the process's folder, as its administrator runs it beside the server."""
    done = subprocess.run([sys.executable, "-m", "labnet.hub.cli", *args, "--data-dir", str(process.folder)],
                          env={**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE}, capture_output=True, text=True,
                          timeout=120)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


class Opened:
    """The hub's folder opened in this process too (as a second process of the hub would), closed at the end."""

    def __init__(self, process: HubProcess):
        self.process = process

    def __enter__(self) -> Hub:
        self.hub = Hub.open(self.process.folder, PASSPHRASE)
        return self.hub

    def __exit__(self, *exc) -> None:
        self.hub.close()


def share(hub: Hub, lab, folder: Path, policy, *profiles: dict) -> list[str]:
    """A laboratory's catalogue with ``profiles``, sent to ``hub`` in bundles under ``policy``; the record ids."""
    with Catalogue.open(folder, user="analyst") as cat:
        ids = [cat.add("profiling_result", profile(shareable=True, **p))["id"] for p in profiles]
        for _, data in Outbox(cat).export(lab, hub.identity.public, policy).parts:
            assert Ingestor(hub).ingest(data, source="file").status == "processed"
    return ids


def bulletins(hub: Hub, lab, kind: str) -> list:
    rows = hub.store.query("SELECT document FROM bulletins WHERE to_lab = ? AND kind = ? ORDER BY seq",
                           (lab.identity_id, kind))
    return [verify_bulletin(bytes(r["document"]), hub.identity.public, lab.identity_id) for r in rows]


def audit_actions(hub: Hub) -> list[str]:
    return [e["action"] for e in hub.store.admins.entries(None, 10_000)]


@pytest.fixture
def network(tmp_path):
    """Two hub processes (west, east), the same method published on both; west's laboratory with a profile of a
    batch and one of another (and a laboratory whose profile of the batch stays home); east's with a profile of the same batch (beyond the network allowed) and a
    laboratory whose identical profile stays home (its policy does not allow it)."""
    west, east = HubProcess(tmp_path / "west"), HubProcess(tmp_path / "east")
    try:
        labs = {}
        with Opened(west) as hub:
            NetworkLinker(hub).publish_method(METHOD.to_json())
            labs["accra"] = enrol(hub, "Lab Accra")
            labs["accra_ids"] = share(hub, labs["accra"], tmp_path / "accra", BEYOND,
                                      {"lab_sample_number": "ACC-1", "peaks": BATCH},
                                      {"lab_sample_number": "ACC-2", "peaks": OTHER})
            # Lomé's policy keeps its profiles in the network: never a query, though it is the same batch.
            labs["lome"] = enrol(hub, "Lab Lomé", "TG")
            share(hub, labs["lome"], tmp_path / "lome", HOME, {"lab_sample_number": "LOM-1", "peaks": BATCH})
        with Opened(east) as hub:
            NetworkLinker(hub).publish_method(METHOD.to_json())
            labs["nairobi"] = enrol(hub, "Lab Nairobi", "KE")
            labs["nairobi_ids"] = share(hub, labs["nairobi"], tmp_path / "nairobi", BEYOND,
                                        {"lab_sample_number": "NBO-7", "seizure_country": "KE",
                                         "peaks": near(BATCH, 1.1)},
                                        {"lab_sample_number": "NBO-8", "seizure_country": "KE", "peaks": OTHER2})
            labs["kampala"] = enrol(hub, "Lab Kampala", "UG")
            labs["kampala_ids"] = share(hub, labs["kampala"], tmp_path / "kampala", HOME,
                                        {"lab_sample_number": "KLA-1", "seizure_country": "UG", "peaks": BATCH})
        yield west, east, labs
    finally:
        west.stop()
        east.stop()


def peer_by_file(west: HubProcess, east: HubProcess, tmp_path: Path) -> None:
    cli(west, "peer", "invite", "--name", "east", "--out", str(tmp_path / "invite.json"))
    cli(east, "peer", "accept", str(tmp_path / "invite.json"), "--out", str(tmp_path / "reply.json"),
        "--name", "west")
    cli(west, "peer", "import", str(tmp_path / "reply.json"))


def policies(west: HubProcess, east: HubProcess, east_fields: str = "") -> None:
    (west.folder / "federation").mkdir(exist_ok=True)
    (west.folder / "federation" / "east.toml").write_text(SHARE, encoding="utf-8")
    (east.folder / "federation").mkdir(exist_ok=True)
    (east.folder / "federation" / "west.toml").write_text(SHARE + east_fields, encoding="utf-8")


def test_peering_by_file_then_a_search_finds_the_hit_and_misses_the_rest(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east, '[fields]\nseizure_country = "keep"\nlab_sample_number = "pseudonymise"\n')
    [listed] = json.loads(cli(west, "peers", "--json").stdout)
    assert (listed["name"], listed["state"], listed["common_methods"]) == ("east", "active", [METHOD.label])
    with Opened(east) as hub:
        assert federation_store(hub.store).peer("west")["signing_key_id"] == west.key_id   # pinned by key id

    assert "1 answered, 0 waiting" in cli(west, "peer", "search", "east").stdout.replace("search(es)", "")

    accra_batch, accra_other = labs["accra_ids"]
    nairobi_batch, _ = labs["nairobi_ids"]
    with Opened(west) as hub:
        hits = federation_store(hub.store).hits("asked")
        assert [(h["record_id"], h["peer"]) for h in hits] == [(accra_batch, "east")]   # ACC-2: no hit
        [hit] = hits
        fields = json.loads(hit["fields"])
        assert fields["seizure_country"] == "KE" and fields["lab_sample_number"].startswith("ps:")
        assert fields["lab_sample_number"] != "NBO-7" and set(fields) == {"seizure_country", "lab_sample_number"}
        assert 95 <= hit["score"] <= 100
        [told] = bulletins(hub, labs["accra"], "federation-hit")
        assert told.content["peer"] == "east" and told.content["hits"][0]["record_id"] == accra_batch
        assert "federation.search" in audit_actions(hub) and "federation.answer-received" in audit_actions(hub)
        search_id = hit["search_id"]
        sent = federation_store(hub.store).sent(search_id)["document"]
    with Opened(east) as hub:
        answered = federation_store(hub.store).hits("answered")
        # Kampala's identical profile stays home: its policy does not let it be searched beyond the network.
        assert [(h["lab_id"], h["record_id"]) for h in answered] == [(labs["nairobi"].identity_id, nairobi_batch)]
        assert answered[0]["hit_ref"] == hit["hit_ref"]
        [told] = bulletins(hub, labs["nairobi"], "federation-hit")
        assert told.content["hits"][0]["record_id"] == nairobi_batch and told.content["side"] == "answered"
        assert bulletins(hub, labs["kampala"], "federation-hit") == []
        assert "federation.search-answered" in audit_actions(hub)
        first = federation_store(hub.store).answered(search_id)["answer"]

    # The same search again (a retry after a lost answer, or a replay): the same answer, nothing compared twice.
    again = requests.post(f"{east.url}/v1/federation/messages", data=sent, timeout=30)
    assert again.status_code == 200 and again.content == bytes(first)
    with Opened(east) as hub:
        assert len(federation_store(hub.store).hits("answered")) == 1
        assert len(bulletins(hub, labs["nairobi"], "federation-hit")) == 1
    with Opened(west) as hub:
        from labnet.hub.federation_search import receive_reply
        assert receive_reply(hub, again.content, "test")["already"] is True
        assert len(federation_store(hub.store).hits("asked")) == 1
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1


def test_online_peering_with_the_code_and_a_revoked_peer_refused(network):
    west, east, labs = network
    printed = cli(west, "peer", "invite", "--name", "east", "--out", str(west.folder / "unused.json")).stdout
    code = next(word for word in printed.split() if word.startswith("LNP1-"))
    cli(east, "peer", "add", code, "--name", "west")
    with Opened(west) as hub:
        assert federation_store(hub.store).peer("east")["signing_key_id"] == east.key_id
    with Opened(east) as hub:
        assert federation_store(hub.store).peer("west")["signing_key_id"] == west.key_id
    assert cli(east, "peer", "add", code, "--name", "west2", check=False).returncode != 0   # one-time code

    policies(west, east)
    cli(east, "peer", "revoke", "west", "--reason", "agreement ended")
    assert "0 answered, 1 waiting" in cli(west, "peer", "search", "east").stdout.replace("search(es)", "")
    [waiting] = json.loads(cli(west, "peers", "--json").stdout)
    assert waiting["waiting"] == 1
    with Opened(west) as hub:
        [row] = federation_store(hub.store).waiting()
        assert row["last_error"].startswith("peer-revoked")
        document = federation_store(hub.store).sent(row["message_id"])["document"]
    refused = requests.post(f"{east.url}/v1/federation/messages", data=document, timeout=30)
    assert refused.status_code == 403 and refused.json()["code"] == "peer-revoked"
    with Opened(east) as hub:
        assert federation_store(hub.store).hits() == [] and "peer.revoke" in audit_actions(hub)


class Recorder:
    """A peer's address that keeps every body sent to it (and answers 502): what went on the wire."""

    def __init__(self):
        self.bodies: list[bytes] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                recorder.bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                self.send_response(502)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def test_a_policy_that_shares_nothing_sends_no_profile(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    recorder = Recorder()
    with Opened(west) as hub:
        with hub.store.transaction() as conn:
            conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (recorder.url,))
    # No policy file for the peer: nothing leaves (the default), whatever the laboratories allow.
    assert "Nothing to search" in cli(west, "peer", "search", "east").stdout
    cli(west, "peer", "deliver", "east")
    assert recorder.bodies == []
    # The same peer with a policy that lists the method: the bytes sent hold the profiles (the test sees them).
    policies(west, east)
    cli(west, "peer", "search", "east")
    cli(west, "peer", "search", "east")
    # Each search once, whatever the hub's delivery loop sent again meanwhile (the recorder answers 502).
    first, second = {read_header(b)["message_id"]: b for b in recorder.bodies}.values()   # a message's copies are alike
    with Opened(east) as hub:
        identity = federation_store(hub.store).peer("west")["identity"]
        from labnet.protocol.keys import PublicIdentity
        one, two = (open_message(body, hub.identity, PublicIdentity.from_json(identity)).content
                    for body in (first, second))
    # Accra's two profiles, not Lomé's; and nothing but the method, the references and the values.
    assert len(one["refs"]) == 2 and one["targets"] == len(METHOD.targets) and one["values"] == two["values"]
    assert set(one) == {"search_id", "method", "refs", "targets", "values"}
    # The same records under other references in each search: the peer cannot tell them from new ones.
    assert not set(one["refs"]) & set(two["refs"])
    assert not any(record.encode() in first for record in labs["accra_ids"])   # no record id on the wire
    recorder.server.shutdown()


def wait_for(check, what: str, seconds: float = 120.0) -> None:
    """Until ``check()`` holds (the hub's own loop at work); a failure names what never happened."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"{what} did not happen in {seconds} s"
        time.sleep(0.2)


def sent_row(hub: Hub) -> dict:
    [row] = hub.store.query("SELECT attempts, answered_at, last_error, receipt, document FROM fed_sent")
    return dict(row)


def test_a_peer_down_then_up_gets_each_search_once_with_no_command_run(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    east.kill()
    assert "0 answered, 1 waiting" in cli(west, "peer", "search", "east").stdout.replace("search(es)", "")
    with Opened(west) as hub:
        # West's own delivery loop tries again (backing off), with no command run.
        wait_for(lambda: sent_row(hub)["attempts"] >= 2, "a second attempt by the hub itself")
        shown = cli(west, "peers").stdout
        assert "waiting: 1" in shown and "unreachable" in shown and "next attempt 20" in shown
        east.start()
        # Copies of the search crossing each other at east (as a retry crossing a slow first attempt): one answer.
        document = sent_row(hub)["document"]
        answers: list = []
        copies = [threading.Thread(target=lambda: answers.append(requests.post(
            f"{east.url}/v1/federation/messages", data=document, timeout=120))) for _ in range(3)]
        for copy in copies:
            copy.start()
        for copy in copies:
            copy.join()
        assert [a.status_code for a in answers] == [200] * 3 and len({a.content for a in answers}) == 1
        wait_for(lambda: sent_row(hub)["answered_at"] is not None, "the search answered once the peer is up")
        row = sent_row(hub)
        assert row["last_error"] is None
        assert "0 answered, 0 still waiting" in cli(west, "peer", "deliver").stdout
        [sent] = federation_store(hub.store).hits("asked")
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1
        # East's signed receipt for the very bytes sent, kept.
        receipt = json.loads(row["receipt"])
        assert receipt["message_id"] == read_header(row["document"])["message_id"]
        assert receipt["from_hub"] == federation_store(hub.store).peer("east")["hub_id"]
    with Opened(east) as hub:
        assert len(federation_store(hub.store).hits("answered")) == 1
        assert federation_store(hub.store).answered_count("search") == 1


class ForgingProxy:
    """Passes a hub's messages to the peer and its answers back, with the receipt replaced by one another hub
    signed (a peer's answer whose acknowledgement cannot be trusted)."""

    def __init__(self, target: str):
        forger = create_identity("hub", "Forger", "NG")

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                answer = requests.post(target + self.path, data=body, timeout=60,
                                       headers={"Content-Type": self.headers["Content-Type"]})
                self.send_response(answer.status_code)
                self.send_header("Content-Length", str(len(answer.content)))
                self.send_header("LabNet-Federation-Receipt", base64.b64encode(
                    make_receipt(forger, body, "2026-12-05T08:00:00Z")).decode())
                self.end_headers()
                self.wfile.write(answer.content)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def test_a_forged_receipt_is_refused_and_the_message_sent_again_once(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    proxy = ForgingProxy(east.url)
    with Opened(west) as hub:
        with hub.store.transaction() as conn:
            conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (proxy.url,))
        assert "0 answered, 1 waiting" in cli(west, "peer", "search", "east").stdout.replace("search(es)", "")
        row = sent_row(hub)
        assert row["last_error"].startswith("federation-receipt-invalid") and row["receipt"] is None
        assert federation_store(hub.store).hits("asked") == []    # the answer is not used without the receipt
        with hub.store.transaction() as conn:
            conn.execute("UPDATE fed_peers SET url = ? WHERE name = 'east'", (east.url,))
        wait_for(lambda: sent_row(hub)["answered_at"] is not None, "the search delivered with a true receipt")
        assert len(federation_store(hub.store).hits("asked")) == 1
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1
    proxy.server.shutdown()
    with Opened(east) as hub:   # the copies sent again were the same message: compared and answered once
        assert federation_store(hub.store).answered_count("search") == 1
        assert len(federation_store(hub.store).hits("answered")) == 1


def test_a_key_rotation_and_a_new_method_announced_without_peering_again(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    later = method(threshold=90.0, name="amphetamine-later")   # published on both hubs after they peered
    (west.folder / "federation").mkdir(exist_ok=True)
    (west.folder / "federation" / "east.toml").write_text(f'methods = ["{later.name} v1"]\n', encoding="utf-8")
    (east.folder / "federation").mkdir(exist_ok=True)
    (east.folder / "federation" / "west.toml").write_text(f'methods = ["{later.name} v1"]\n', encoding="utf-8")
    with Opened(east) as hub:
        old_key = federation_store(hub.store).peer("west")["signing_key_id"]
    west.stop()
    cli(west, "rotate-keys")
    with Opened(west) as hub:
        NetworkLinker(hub).publish_method(later.to_json())
        new_key = hub.key_id
    assert old_key != new_key
    west.start()
    with Opened(east) as hub:
        NetworkLinker(hub).publish_method(later.to_json())
        # West's serving process announces its new keys (endorsed by the old) and its methods by itself.
        wait_for(lambda: federation_store(hub.store).peer("west")["signing_key_id"] == new_key,
                 "west's new key pinned at east")
        assert "federation.peer-announced" in audit_actions(hub)
    with Opened(west) as hub:   # and east its new method, to west
        wait_for(lambda: f"{later.name} v1" in federation_description(hub, "east"), "east's new method known")
    assert f"methods in common: {METHOD.name} v1, {later.name} v1" in cli(west, "peers").stdout
    # A search under the new method, signed with the new key: east checks it against the key announced.
    assert "1 search(es) for east: 1 answered" in cli(west, "peer", "search", "east").stdout
    with Opened(west) as hub:
        hits = federation_store(hub.store).hits("asked")
        assert {h["method"] for h in hits} == {f"{later.name} v1"}
        assert labs["accra_ids"][0] in {h["record_id"] for h in hits}
    with Opened(east) as hub:
        [entry] = [e for e in hub.store.admins.entries(None, 10_000) if e["action"] == "federation.search-answered"]
        assert json.loads(entry["detail"])["method"] == f"{later.name} v1"


def federation_description(hub: Hub, name: str) -> list[str]:
    from labnet.hub.federation import describe
    return next(p for p in describe(hub) if p["name"] == name)["common_methods"]


def test_the_same_exchange_on_a_stick(network, tmp_path):
    west, east, labs = network
    peer_by_file(west, east, tmp_path)
    policies(west, east)
    east.stop()
    cli(west, "peer", "search", "east")
    cli(west, "peer", "export", "east", "--out-dir", str(tmp_path / "stick"))
    [message] = list((tmp_path / "stick").iterdir())
    cli(east, "peer", "respond", str(message), "--out", str(tmp_path / "answer.lnf"))
    cli(west, "peer", "receive", str(tmp_path / "answer.lnf"))
    cli(west, "peer", "receive", str(tmp_path / "answer.lnf"))   # twice: applied once
    with Opened(west) as hub:
        assert len(federation_store(hub.store).hits("asked")) == 1
        assert federation_store(hub.store).waiting() == []
        assert len(bulletins(hub, labs["accra"], "federation-hit")) == 1
