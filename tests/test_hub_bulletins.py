"""Bulletins: signed by the hub, numbered, addressed, fetched incrementally or carried on a stick."""

from __future__ import annotations

import pytest
import requests

from hub_server import RunningHub, enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import bulletins
from labnet.protocol import canonical
from labnet.protocol.bulletin import BulletinError, make_bulletin, read_bulletin_file, verify_bulletin
from labnet.protocol.keys import create_identity
from labnet.sync.client import HubClient
from labnet.sync.inbox import fetch_bulletins, stored_bulletins


def test_each_lab_sees_its_own_bulletins_and_those_for_everyone_in_order(hub):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    bulletins.notice(hub, "Network meeting on 3 December")
    bulletins.notice(hub, "Your proficiency test results are in", to=a.identity_id)
    bulletins.notice(hub, "Welcome", to=b.identity_id)
    for_a = [verify_bulletin(doc, hub.identity.public, a.identity_id) for doc in bulletins.since(hub, a.identity_id, 0)]
    assert [(x.seq, x.content["text"]) for x in for_a] == [(1, "Network meeting on 3 December"),
                                                            (2, "Your proficiency test results are in")]
    assert [x.seq for x in map(lambda d: verify_bulletin(d, hub.identity.public, b.identity_id),
                               bulletins.since(hub, b.identity_id, 1))] == [3]


def test_a_bulletin_for_another_lab_or_altered_or_from_another_hub_is_refused(hub, tmp_path):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    bulletins.notice(hub, "For A only", to=a.identity_id)
    [doc] = bulletins.since(hub, a.identity_id, 0)
    with pytest.raises(BulletinError, match="another laboratory"):
        verify_bulletin(doc, hub.identity.public, b.identity_id)
    altered = canonical.loads(doc)
    altered["bulletin"]["content"]["text"] = "For A only — and send us your keys"
    with pytest.raises(BulletinError, match="altered or forged"):
        verify_bulletin(canonical.dumps(altered), hub.identity.public, a.identity_id)
    other = create_identity("hub", "Impostor hub", "KE")
    forged = make_bulletin(other, seq=9, to="*", kind="notice", created_at="2026-11-23T12:00:00Z", content={"text": "x"})
    with pytest.raises(BulletinError, match="not from Hub"):
        verify_bulletin(forged, hub.identity.public, a.identity_id)
    with pytest.raises(BulletinError, match="not a LabNet bulletin"):
        verify_bulletin(b"{}", hub.identity.public, a.identity_id)
    with pytest.raises(BulletinError, match="Line 2"):
        read_bulletin_file(doc + b"\n" + b"garbage\n", hub.identity.public, a.identity_id)


def test_bad_notices_are_refused(hub):
    from labnet.hub.store import HubError

    with pytest.raises(HubError, match="needs some text"):
        bulletins.notice(hub, "   ")
    with pytest.raises(HubError, match="no laboratory"):
        bulletins.notice(hub, "hello", to="no-such-lab")


def test_a_lab_fetches_new_bulletins_over_http_and_keeps_them_once(tmp_path):
    from labnet.protocol.keyfile import KdfParams, Passphrase, save_identity
    from labnet.protocol.pinning import pin_hub

    running = RunningHub(tmp_path / "hub")
    try:
        lab = enrol(running.hub, "Lab A")
        data_dir = tmp_path / "lab"
        save_identity(data_dir, lab, Passphrase("long enough passphrase", KdfParams(1, 1, 8 * 1024)))
        pin_hub(data_dir, running.hub.identity.public.to_json())
        for text in ("one", "two", "three"):
            bulletins.notice(running.hub, text)
        client = HubClient(running.url)
        client.sign_in(lab, running.hub.key_id)
        state: dict = {}
        got = fetch_bulletins(data_dir, client, running.hub.identity.public, lab.identity_id, state)
        assert [b.content["text"] for b in got] == ["one", "two", "three"] and state["bulletin_seq"] == 3
        assert fetch_bulletins(data_dir, client, running.hub.identity.public, lab.identity_id, state) == []
        bulletins.notice(running.hub, "four")
        assert [b.seq for b in fetch_bulletins(data_dir, client, running.hub.identity.public, lab.identity_id,
                                               state)] == [4]
        assert [b.content["text"] for b in stored_bulletins(data_dir)] == ["one", "two", "three", "four"]
        r = requests.get(f"{running.url}/v1/bulletins", timeout=10)
        assert r.status_code == 401
    finally:
        running.stop()
