"""The laboratory acts on the hub's problem codes, never on its wording: run against a hub whose every title and
detail is replaced by other words, it behaves exactly as against the real one (issue 16: the client used to find
a rotated key by matching "current signing key" in the hub's English sentence)."""

from __future__ import annotations

import json
import uuid

import pytest
import requests

import hub_server
from factories import add_shared_profiles
from hub_server import LAB_PASSPHRASE, RunningHub
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.hub.app import create_app
from labnet.protocol.keyfile import load_identity
from labnet.protocol.pinning import load_pinned_hub
from labnet.protocol.problems import MEDIA_TYPE
from labnet.sync.client import HubClient, HubUnreachable, RefusedByHub
from labnet.sync.hub_admin import HubAdmin, HubAdminError
from labnet.sync.outbox import Outbox
from labnet.sync.policy import load_policy
from labnet.sync.state import load_state

OTHER_WORDS = "Zyxw vutsr qpon"


class OtherWords:
    """ASGI wrapper: every problem details answer leaves with its title, detail and error in other words."""

    def __init__(self, app):
        self.app = app
        self.garbled = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, body = None, bytearray()

        async def rewrite(message):
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(MEDIA_TYPE.encode()):
                    assert b"content-encoding" not in headers   # problems are small: never compressed
                    start = message
                    return
            if message["type"] == "http.response.body" and start is not None:
                body.extend(message.get("body", b""))
                if message.get("more_body"):
                    return
                document = json.loads(bytes(body))
                n = self.garbled = self.garbled + 1
                document.update(title=f"{OTHER_WORDS} {n}", detail=f"{OTHER_WORDS} {n}!", error=f"{OTHER_WORDS}.")
                new = json.dumps(document).encode()
                headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                await send({**start, "headers": [*headers, (b"content-length", str(len(new)).encode())]})
                await send({"type": "http.response.body", "body": new})
                return
            await send(message)

        await self.app(scope, receive, rewrite)


@pytest.fixture
def running(tmp_path, monkeypatch):
    wrappers = []

    def garbled_app(hub):
        wrappers.append(OtherWords(create_app(hub)))
        return wrappers[-1]

    monkeypatch.setattr(hub_server, "create_app", garbled_app)
    hub = RunningHub(tmp_path / "hub", requests_per_minute=10_000)
    hub.wrapper = wrappers[0]
    yield hub
    hub.stop()


@pytest.fixture
def lab_dir(tmp_path, running, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Tema port lab", "--country", "GH"]) == 0
    code = requests.post(f"{running.url}/v1/admin/enrolment-codes", json={"lab": "Tema", "country": "GH"},
                         headers=running.admin, timeout=10).json()["code"]
    assert cli.main(["--data-dir", str(folder), "enrol", code]) == 0
    capsys.readouterr()
    return folder


def add_profiles(folder, n: int, start: int = 0) -> None:
    add_shared_profiles(folder, n, start, prefix="TM")


def signed_in(folder) -> HubClient:
    client = HubClient(load_state(folder)["hub_url"])
    client.sign_in(load_identity(folder, LAB_PASSPHRASE), load_pinned_hub(folder).signing_key_id)
    return client


def test_the_hub_in_other_words_says_nothing_the_client_could_match(running):
    r = requests.get(f"{running.url}/v1/receipts/x", timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "sign-in-required"
    assert r.json()["detail"].startswith(OTHER_WORDS) and "sign in" not in r.text and running.wrapper.garbled == 1


def test_a_rotated_laboratory_signs_in_by_the_code_alone(running, lab_dir, capsys):
    """Before: 'current signing key' was looked for in the hub's sentence; in other words the sync failed."""
    add_profiles(lab_dir, 3)
    assert cli.main(["--data-dir", str(lab_dir), "identity", "rotate"]) == 0
    before = running.wrapper.garbled
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 0, capsys.readouterr()
    assert running.wrapper.garbled > before   # the refusal (key-not-current) came, in other words
    lab = load_identity(lab_dir, LAB_PASSPHRASE)
    assert running.hub.store.lab(lab.identity_id).signing_key_id == lab.public.signing_key_id
    held = running.hub.store.query("SELECT count(*) FROM network_records WHERE lab_id = ?", (lab.identity_id,))
    assert held[0][0] == 3


def test_receipts_pending_refused_and_an_expired_session_by_the_code_alone(running, lab_dir):
    client = signed_in(lab_dir)
    # Not there yet: "later" (exit 3), not a refusal.
    with pytest.raises(HubUnreachable):
        client.receipt(str(uuid.uuid4()), wait=0)
    # A file refused unread (its signature broken on the way): the bundle is to be sealed and sent again.
    add_profiles(lab_dir, 2)
    identity = load_identity(lab_dir, LAB_PASSPHRASE)
    with Catalogue.open(lab_dir, user="amina") as cat:
        [(header, data)] = Outbox(cat).export(identity, load_pinned_hub(lab_dir), load_policy(lab_dir)).parts
    damaged = data[:-1] + bytes([data[-1] ^ 1])
    client.upload(damaged, resume_url=None, remember=lambda url: None)
    with pytest.raises(RefusedByHub):
        client.receipt(header.bundle_id, wait=30)
    # An ended session: signed in again, and the request answered.
    client.token = "an-expired-token"
    client.upload(data, resume_url=None, remember=lambda url: None)
    assert json.loads(client.receipt(header.bundle_id, wait=30))["receipt"]["counts"]["accepted"] == 2


def test_the_administrator_is_told_the_token_is_wrong_by_the_code_alone(running):
    with pytest.raises(HubAdminError) as refused:
        HubAdmin(running.url, "not the token").labs()
    assert "administrator session" in str(refused.value.user_message)
    assert OTHER_WORDS in str(refused.value.user_message)   # the hub's words are shown, not matched
