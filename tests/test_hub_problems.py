"""Every hub refusal is RFC 9457 problem details with a registered code (labnet.protocol.problems), and the list of codes
in docs/hub-api.md is the registry."""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
import requests

from hub_server import RunningHub
from labnet import hub
from labnet.hub.store import HubError
from labnet.protocol import problems
from labnet.protocol.problems import MEDIA_TYPE, PROBLEMS
from test_hub_api import enrol, session

ROOT = Path(__file__).resolve().parents[1]
HUB_DIR = ROOT / "hub"
TUS = {"Tus-Resumable": "1.0.0"}


@pytest.fixture(scope="module")
def running(tmp_path_factory, hub_store):   # hub_store: a hub made again on each store (conftest.py)
    hub = RunningHub(tmp_path_factory.mktemp("hub") / "hub", requests_per_minute=10_000, max_request_bytes=4096,
                     max_upload_bytes=100_000)
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def lab(running):
    identity, _ = enrol(running, "Problem Lab")
    return identity, session(running, identity)


def assert_problem(response: requests.Response, code: str) -> dict:
    """A problem details answer with ``code``, the registry's type, title and status, and a sentence."""
    assert response.headers["Content-Type"].split(";")[0] == MEDIA_TYPE, (response.status_code, response.text)
    body = response.json()
    registered = PROBLEMS[code]
    assert body["code"] == code, body
    assert (response.status_code, body["status"], body["type"], body["title"]) == (
        registered.status, registered.status, registered.type, registered.title)
    assert isinstance(body["detail"], str) and body["detail"] and body["error"] == body["detail"]
    return body


def test_the_registry_is_one_list_of_distinct_codes_with_their_status():
    assert len(PROBLEMS) == len(problems._ALL)
    for p in PROBLEMS.values():
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", p.code) and 400 <= p.status <= 599 and p.title and p.meaning
    assert problems.REFUSED_UNREAD <= set(PROBLEMS)


def test_every_code_the_hub_names_is_registered_and_every_refusal_class_has_one():
    """A code not in the registry would fail at the moment of refusing (a 500 in place of the refusal)."""
    named = set()
    for path in HUB_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "code" and isinstance(node.value, ast.Constant):
                named.add((path.name, node.value.value))
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "code" for t in node.targets) \
                    and isinstance(node.value, ast.Constant):
                named.add((path.name, node.value.value))
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in (
                    "refuse", "response", "refusal") and node.args and isinstance(node.args[0], ast.Constant):
                named.add((path.name, node.args[0].value))
    assert len(named) > 40
    assert {(where, code) for where, code in named if code not in PROBLEMS} == set()
    for module in pkgutil.iter_modules(hub.__path__):
        importlib.import_module(f"hub.{module.name}")
    classes, todo = [], [HubError]
    while todo:
        cls = todo.pop()
        classes.append(cls)
        todo += cls.__subclasses__()
    assert len(classes) > 8
    for cls in classes:
        assert cls.code in PROBLEMS, cls
        declared = next(c.__dict__["status"] for c in cls.__mro__ if "status" in c.__dict__)
        assert isinstance(declared, property) or declared == PROBLEMS[cls.code].status, cls   # one status per code


def test_the_documented_list_of_codes_is_the_registry():
    doc = (ROOT / "docs" / "hub-api.md").read_text(encoding="utf-8")
    assert problems.markdown_table() in doc, "docs/hub-api.md: paste `python -m labnet.protocol.problems` into it"


def test_fastapi_and_starlette_refusals_are_problems_too(running, lab):
    url, (_, auth) = running.url, lab
    assert_problem(requests.get(f"{url}/v1/nothing-here", timeout=10), "not-found")
    r = requests.delete(f"{url}/v1/hub", timeout=10)
    assert_problem(r, "method-not-allowed") and "GET" in r.headers["Allow"]
    body = assert_problem(requests.get(f"{url}/v1/bulletins", params={"limit": 0}, headers=auth, timeout=10),
                          "invalid-parameter")
    assert body["errors"][0]["loc"] == ["query", "limit"]
    assert_problem(requests.post(f"{url}/v1/session", data=b"{not json", timeout=10), "invalid-json")
    assert_problem(requests.post(f"{url}/v1/session", data=b"x" * 5000, timeout=10), "payload-too-large")
    assert_problem(requests.post(f"{url}/v1/session", json={"lab_id": "x"}, timeout=10), "session-request-invalid")
    assert_problem(requests.get(f"{url}/v1/receipts/abc", timeout=10), "sign-in-required")
    assert_problem(requests.get(f"{url}/v1/receipts/abc", headers={"Authorization": "Bearer nope"}, timeout=10),
                   "session-expired")
    assert_problem(requests.get(f"{url}/v1/receipts/abc", headers=auth, timeout=10), "receipt-pending")
    assert_problem(requests.get(f"{url}/v1/admin/labs", headers=auth, timeout=10), "admin-token-required")
    assert_problem(requests.post(f"{url}/v1/admin/labs/nobody/revoke", headers=running.admin, timeout=10),
                   "unknown-lab")


def test_tus_refusals_are_problems_with_the_tus_headers(running, lab):
    url, (_, auth) = running.url, lab
    r = requests.post(f"{url}/v1/uploads", headers={**auth, "Upload-Length": "5"}, timeout=10)
    assert_problem(r, "tus-version-unsupported") and r.headers["Tus-Version"] == "1.0.0"
    assert_problem(requests.post(f"{url}/v1/uploads", headers={**TUS, **auth}, timeout=10), "upload-length-required")
    r = requests.post(f"{url}/v1/uploads", headers={**TUS, "Upload-Length": "5"}, timeout=10)
    assert_problem(r, "sign-in-required") and r.headers["Tus-Resumable"] == "1.0.0"   # tus: on every answer
    r = requests.post(f"{url}/v1/uploads", headers={**TUS, **auth, "Upload-Length": "999999"}, timeout=10)
    assert_problem(r, "payload-too-large") and r.headers["Tus-Resumable"] == "1.0.0"
    assert_problem(requests.post(f"{url}/v1/uploads", headers={**TUS, **auth, "Upload-Length": "5",
                                                               "Upload-Metadata": "k %%%"}, timeout=10),
                   "upload-metadata-invalid")
    assert_problem(requests.get(f"{url}/v1/uploads/{'0' * 32}", headers={**TUS, **auth}, timeout=10),
                   "method-not-allowed")
    r = requests.post(f"{url}/v1/uploads", headers={**TUS, **auth, "Upload-Length": "5"}, timeout=10)
    location = url + r.headers["Location"]
    chunk = {**TUS, **auth, "Content-Type": "application/offset+octet-stream"}
    wrong = "sha256 " + base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    assert_problem(requests.patch(location, data=b"hello", headers={**chunk, "Upload-Offset": "0",
                                                                    "Upload-Checksum": wrong}, timeout=10),
                   "checksum-mismatch")
    assert_problem(requests.patch(location, data=b"hello", headers={**chunk, "Upload-Offset": "0",
                                                                    "Upload-Checksum": "md5 AAAA"}, timeout=10),
                   "upload-checksum-invalid")
    assert_problem(requests.patch(location, data=b"lo", headers={**chunk, "Upload-Offset": "3"}, timeout=10),
                   "offset-mismatch")
    assert_problem(requests.patch(location, data=b"hello", headers={**chunk, "Upload-Offset": "0",
                                                                    "Content-Type": "text/plain"}, timeout=10),
                   "unsupported-media-type")
    assert_problem(requests.patch(location, data=b"hello", headers={**TUS, **auth,
                                                                    "Content-Type": "application/offset+octet-stream"},
                                  timeout=10), "upload-offset-required")
    assert_problem(requests.patch(location, data=b"hello!", headers={**chunk, "Upload-Offset": "0"}, timeout=10),
                   "payload-too-large")
    assert_problem(requests.patch(f"{url}/v1/uploads/{'0' * 32}", data=b"x", headers={**chunk, "Upload-Offset": "0"},
                                  timeout=10), "upload-not-found")


def test_each_sign_in_refusal_has_its_code_in_the_order_the_hub_checks(running):
    """docs/hub-api.md, Sign-in: fields, hub key id, laboratory, current key, time, signature, nonce."""
    import datetime as dt

    from labnet.protocol.keys import create_identity
    from labnet.protocol.session import sign_session_request

    lab, _ = enrol(running, "Sign-in Lab")
    hub_key = running.hub.key_id

    def ask(body: dict) -> requests.Response:
        return requests.post(f"{running.url}/v1/session", json=body, timeout=10)

    def signed(**changes) -> dict:
        when = changes.pop("when", None)
        body = sign_session_request(changes.pop("key", lab.current.signing), hub_key_id=hub_key,
                                    lab_id=lab.identity_id, key_id=lab.public.signing_key_id, when=when)
        return {**body, **changes}

    stranger = create_identity("lab", "Not enrolled", "KE")
    late = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    assert_problem(ask(signed(signature="%% not base64")), "session-request-invalid")
    assert_problem(ask(signed(hub_key_id="0" * 64, signature="AAAA")), "wrong-hub")   # before the signature
    assert_problem(ask(signed(lab_id=stranger.identity_id)), "lab-not-enrolled")
    assert_problem(ask(signed(key_id=stranger.public.signing_key_id)), "key-not-current")
    assert_problem(ask(signed(when=late)), "clock-skew")
    assert_problem(ask(signed(key=stranger.current.signing)), "session-signature-invalid")
    body = signed()
    assert ask(body).status_code == 200
    assert_problem(ask(body), "request-replayed")
    requests.post(f"{running.url}/v1/admin/labs/{lab.identity_id}/revoke", json={"reason": "test"},
                  headers=running.admin, timeout=10).raise_for_status()
    assert_problem(ask(signed()), "lab-revoked")


def test_a_connection_too_many_is_refused_with_a_problem_before_it_is_read():
    from labnet.hub.serving import refusal

    raw = refusal("too-many-connections", "this address already has 2 connections open")
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 429 Too Many Requests\r\n") and b"Content-Type: application/problem+json" in head
    assert b"\r\nRetry-After: 5\r\n" in head
    assert problems.code_of(body) == "too-many-connections" and str(len(body)).encode() in head
