"""The hub's HTTP API on a real server: enrolment, sessions, uploads as a lab, administration, limits."""

from __future__ import annotations

import base64
import json

import pytest
import requests

from hub_server import RunningHub
from labnet.protocol import canonical
from labnet.protocol.enrolment import (
    EnrolmentCode,
    EnrolmentError,
    enrolment_file,
    enrolment_request,
    read_enrolment_file,
)
from labnet.protocol.keys import PublicIdentity, create_identity
from labnet.protocol.session import sign_session_request


@pytest.fixture(scope="module")
def running(tmp_path_factory, hub_store):   # hub_store: a hub made again on each store (conftest.py)
    hub = RunningHub(tmp_path_factory.mktemp("hub") / "hub", requests_per_minute=10_000, max_request_bytes=64 * 1024)
    yield hub
    hub.stop()


def new_code(running: RunningHub, lab: str = "Forensic Lab", country: str = "ke") -> EnrolmentCode:
    r = requests.post(f"{running.url}/v1/admin/enrolment-codes", json={"lab": lab, "country": country},
                      headers=running.admin, timeout=10)
    assert r.status_code == 200, r.text
    return EnrolmentCode.parse(r.json()["code"])


def enrol(running: RunningHub, name: str = "Forensic Lab"):
    lab = create_identity("lab", name, "KE")
    code = new_code(running, name)
    hub_doc = requests.get(f"{code.hub_url}/v1/hub", timeout=10).content
    hub = PublicIdentity.from_json(hub_doc)
    assert hub.signing_key_id == code.hub_key_id  # what a lab checks before trusting the address
    r = requests.post(f"{code.hub_url}/v1/enrol", json=enrolment_request(lab, code.hub_key_id, code.token), timeout=10)
    assert r.status_code == 200, r.text
    assert r.json()["lab_id"] == lab.identity_id
    return lab, code


def session(running: RunningHub, lab) -> dict[str, str]:
    body = sign_session_request(lab.current.signing, hub_key_id=running.hub.key_id, lab_id=lab.identity_id,
                                key_id=lab.public.signing_key_id)
    r = requests.post(f"{running.url}/v1/session", json=body, timeout=10)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_health_and_the_hubs_identity_need_no_sign_in(running):
    r = requests.get(f"{running.url}/health", timeout=10)
    assert r.json()["status"] == "ok" and r.json()["hub_key_id"] == running.hub.key_id
    identity = PublicIdentity.from_json(requests.get(f"{running.url}/v1/hub", timeout=10).content)
    assert identity.role == "hub" and identity.name == "East Africa hub"


def test_a_lab_enrols_with_a_code_signs_in_and_uploads(running):
    lab, _ = enrol(running)
    auth = session(running, lab)
    tus = {"Tus-Resumable": "1.0.0", **auth}
    r = requests.post(f"{running.url}/v1/uploads", headers={**tus, "Upload-Length": "5"}, timeout=10)
    assert r.status_code == 201, r.text
    assert r.headers["Location"].startswith("/v1/uploads/")   # a path: the lab keeps the address it uses
    r = requests.patch(running.url + r.headers["Location"], data=b"hello", timeout=10,
                       headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 204 and r.headers["Upload-Offset"] == "5"
    labs = requests.get(f"{running.url}/v1/admin/labs", headers=running.admin, timeout=10).json()
    assert any(entry["lab_id"] == lab.identity_id and entry["country"] == "KE" for entry in labs)


def test_an_enrolment_code_works_once(running):
    lab, code = enrol(running, "Lab Once")
    again = create_identity("lab", "Lab Twice", "KE")
    r = requests.post(f"{running.url}/v1/enrol", json=enrolment_request(again, code.hub_key_id, code.token), timeout=10)
    assert r.status_code == 401 and "already used" in r.json()["error"]


def test_enrolment_with_a_proof_from_another_key_is_refused(running):
    code = new_code(running, "Lab Forged")
    lab, thief = create_identity("lab", "Lab Forged", "KE"), create_identity("lab", "Thief", "KE")
    body = enrolment_request(lab, code.hub_key_id, code.token)
    body["proof"] = enrolment_request(thief, code.hub_key_id, code.token)["proof"]
    r = requests.post(f"{running.url}/v1/enrol", json=body, timeout=10)
    assert r.status_code == 401 and "proof" in r.json()["error"]
    # The code was not used up by the failed attempt.
    r = requests.post(f"{running.url}/v1/enrol", json=enrolment_request(lab, code.hub_key_id, code.token), timeout=10)
    assert r.status_code == 200


def test_a_revoked_lab_is_refused_at_once(running):
    lab, _ = enrol(running, "Lab Revoked")
    auth = session(running, lab)
    r = requests.post(f"{running.url}/v1/admin/labs/{lab.identity_id}/revoke", json={"reason": "left the network"},
                      headers=running.admin, timeout=10)
    assert r.status_code == 200
    tus = {"Tus-Resumable": "1.0.0", **auth, "Upload-Length": "5"}
    assert requests.post(f"{running.url}/v1/uploads", headers=tus, timeout=10).status_code in (401, 403)
    body = sign_session_request(lab.current.signing, hub_key_id=running.hub.key_id, lab_id=lab.identity_id,
                                key_id=lab.public.signing_key_id)
    r = requests.post(f"{running.url}/v1/session", json=body, timeout=10)
    assert r.status_code == 403 and "left the network" in r.json()["error"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}])
def test_admin_endpoints_need_the_admin_token(running, headers):
    r = requests.get(f"{running.url}/v1/admin/labs", headers=headers, timeout=10)
    assert r.status_code == 401 and "administrator" in r.json()["error"]


def test_uploads_need_a_session(running):
    r = requests.post(f"{running.url}/v1/uploads", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "5"}, timeout=10)
    assert r.status_code == 401 and "sign in" in r.json()["error"]


def test_bad_and_oversized_bodies_are_refused_with_a_reason(running):
    r = requests.post(f"{running.url}/v1/session", data=b"not json", timeout=10)
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    r = requests.post(f"{running.url}/v1/session", data=b"[" * 70_000, timeout=10)
    assert r.status_code == 413
    r = requests.post(f"{running.url}/v1/enrol", json={"format": "something else"}, timeout=10)
    assert r.status_code == 400 and "registration" in r.json()["error"]
    r = requests.post(f"{running.url}/v1/admin/enrolment-codes", json={"lab": "X", "country": "Kenya"},
                      headers=running.admin, timeout=10)
    assert r.status_code == 400 and "country code" in r.json()["error"]


def test_the_enrolment_code_survives_copying_and_rejects_damage():
    code = EnrolmentCode("https://hub.example.org", "tok", "ab" * 32)
    text = code.text()
    assert EnrolmentCode.parse(text[:20] + "\n  " + text[20:]) == code
    for bad in ("", "LN2-abc", text[:-10], "LN1-" + base64.urlsafe_b64encode(b'{"hub":"ftp://x"}').decode()):
        with pytest.raises(EnrolmentError):
            EnrolmentCode.parse(bad)


def test_an_enrolment_file_is_signed_by_the_hub(running):
    import datetime as dt

    data = enrolment_file(running.hub.identity, running.url, "token-123", "Lab Offline", "KE",
                          dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    read = read_enrolment_file(data)
    assert read.hub.signing_key_id == running.hub.key_id and read.token == "token-123"
    doc = canonical.loads(data)
    doc["token"] = "token-456"
    with pytest.raises(EnrolmentError, match="altered"):
        read_enrolment_file(canonical.dumps(doc))
    with pytest.raises(EnrolmentError, match="not JSON"):
        read_enrolment_file(b"\x89PNG")
    with pytest.raises(EnrolmentError, match="not a LabNet enrolment file"):
        read_enrolment_file(json.dumps({"format": "x"}).encode())
