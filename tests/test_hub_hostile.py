"""Hostile clients against a real hub on loopback: SQL in every text field, path tricks in every name,
another laboratory's data, slow clients and malformed credentials.

A refusal must be a clean 4xx (JSON from the hub's own routes; tus refusals are text/plain by design),
never a 500, never bytes of ``hub.db`` or ``/etc/passwd``, and never a file outside the hub's folder.
This module's hub has a tus idle timeout of ``IDLE`` seconds instead of ``tus_router``'s hard-coded 60 s
(it is no ``HubSettings`` field), so a stalled chunk can be seen to end within the test.
"""

from __future__ import annotations

import base64
import functools
import http.client
import json
import socket
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

import labnet.hub.app as hub_app
from factories import profile
from hub_server import HubProcess, RunningHub, table_names
from labnet.hub.service import HubSettings
from labnet.hub.tus import tus_router
from labnet.protocol.bulletin import verify_bulletin
from labnet.protocol.enrolment import enrolment_request
from labnet.protocol.keys import create_identity
from labnet.protocol.receipt import verify_receipt
from labnet.protocol.session import sign_session_request
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy
from test_hub_api import enrol, new_code, session

IDLE = 1.5
SQLITE_MAGIC = b"SQLite format 3\x00"
PROBLEM_MEMBERS = {"type", "title", "status", "detail", "code", "instance", "error"}  # RFC 9457, nothing of a receipt
PASSWD = Path("/etc/passwd").read_bytes().splitlines()[0] if Path("/etc/passwd").exists() else b"root:x:0:0:"
TUS = {"Tus-Resumable": "1.0.0"}
TUS_PATCH = [*TUS.items(), ("Content-Type", "application/offset+octet-stream"), ("Upload-Offset", "0")]
@pytest.fixture(scope="module")
def running(tmp_path_factory, hub_store):   # hub_store: a hub made again on each store (conftest.py)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(hub_app, "tus_router", functools.partial(tus_router, idle_timeout=IDLE))
        hub = RunningHub(tmp_path_factory.mktemp("hostile") / "hub", requests_per_minute=100_000)
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def pair(running):  # [(identity, session headers)] of two enrolled laboratories
    labs = [enrol(running, name)[0] for name in ("Hostile Lab A", "Hostile Lab B")]
    return [(lab, session(running, lab)) for lab in labs]


def send(running, method: str, target: str, headers=(), body: bytes = b"") -> tuple[int, str, bytes]:
    """One request whose target goes out byte for byte (no client-side clean-up of ``..``)."""
    conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=10)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)
        for name, value in [*headers, ("Content-Length", str(len(body)))]:
            conn.putheader(name, value)
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def admin(running, method: str, path: str, **kwargs) -> requests.Response:
    return requests.request(method, f"{running.url}{path}", headers=running.admin, timeout=10, **kwargs)


def outside(running) -> set[Path]:
    """Every path beside the hub's folder (in its parent), which no request may add to."""
    folder = running.hub.folder
    return {p for p in folder.parent.rglob("*") if p != folder and folder not in p.parents}


def tables(running) -> set[str]:
    return table_names(running.hub)


def create(running, auth: dict, length: int, **headers: str) -> str:
    r = requests.post(f"{running.url}/v1/uploads", headers={**TUS, **auth, "Upload-Length": str(length), **headers},
                      timeout=10)
    assert r.status_code == 201, r.text
    return running.url + r.headers["Location"]


def upload(running, auth: dict, data: bytes) -> str:
    location = create(running, auth, len(data))
    assert send(running, "PATCH", urlsplit(location).path, [*auth.items(), *TUS_PATCH], data)[0] == 204
    return location


def settled_receipt(running, auth: dict, bundle_id: str) -> requests.Response:
    """The receipt answer once the hub has finished processing the lab's uploads."""
    deadline = time.monotonic() + 20
    while "still processing" in (r := requests.get(f"{running.url}/v1/receipts/{bundle_id}", headers=auth,
                                                   timeout=10)).text and time.monotonic() < deadline:
        time.sleep(0.05)
    return r


# -- 1. SQL metacharacters are stored and returned as data ----------------------------------------------

def test_a_lab_named_with_sql_is_enrolled_and_listed_verbatim_and_no_table_is_dropped(running):
    before, name = tables(running), "Robert'); DROP TABLE labs;--"
    lab, _ = enrol(running, name)
    others = ['x" OR "1"="1', "'; DELETE FROM enrolment_codes; --", "100% \\_ \u00fcn\u00efc\u00f8de"]
    for other in others:
        new_code(running, other)
    labs = admin(running, "GET", "/v1/admin/labs").json()
    assert [entry["name"] for entry in labs if entry["lab_id"] == lab.identity_id] == [name]
    codes = admin(running, "GET", "/v1/admin/enrolment-codes").json()
    assert {c["lab_name"] for c in codes} >= {name, *others}
    assert [c["lab_id"] for c in codes if c["lab_name"] == name] == [lab.identity_id]
    assert tables(running) == before and len(labs) == running.hub.store.query("SELECT count(*) FROM labs")[0][0]


@pytest.mark.parametrize("country", ["K'", "';", "--", "KE'); DROP TABLE labs;--", "K\x00", "' OR '1'='1"])
def test_a_country_code_with_sql_metacharacters_is_refused_and_stores_nothing(running, country):
    count = len(admin(running, "GET", "/v1/admin/enrolment-codes").json())
    r = admin(running, "POST", "/v1/admin/enrolment-codes", json={"lab": "Lab", "country": country})
    assert r.status_code == 400 and "country code" in r.json()["error"]
    assert len(admin(running, "GET", "/v1/admin/enrolment-codes").json()) == count


@pytest.mark.parametrize("country", ["\u00c9\u00dc", "\u0391\u0392", "\u00df"])
def test_a_country_code_is_two_ascii_letters_not_any_unicode_letters(running, country):
    r = admin(running, "POST", "/v1/admin/enrolment-codes", json={"lab": "Lab", "country": country})
    assert r.status_code == 400, r.text


def test_notices_with_sql_reach_labs_verbatim_and_a_sql_address_reaches_no_one(running, pair):
    (lab, auth), _ = pair
    texts = ["' OR 1=1 --", '"; DELETE FROM bulletins; --']
    before = running.hub.store.query("SELECT count(*) FROM bulletins")[0][0]
    seqs = [admin(running, "POST", "/v1/admin/notices", json={"text": t, "to": "*"}).json()["seq"] for t in texts]
    r = admin(running, "POST", "/v1/admin/notices", json={"text": "for no one", "to": "' OR '1'='1"})
    assert r.status_code == 404 and "no laboratory" in r.json()["error"]
    r = requests.get(f"{running.url}/v1/bulletins", params={"since": seqs[0] - 1}, headers=auth, timeout=10)
    got = [verify_bulletin(line, running.hub.identity.public, lab.identity_id) for line in r.content.splitlines()]
    assert [(b.seq, b.content["text"]) for b in got] == list(zip(seqs, texts))
    assert running.hub.store.query("SELECT count(*) FROM bulletins")[0][0] == before + 2


def test_a_revoke_reason_with_quotes_is_kept_verbatim_and_a_sql_lab_id_revokes_nothing(running, pair):
    (_, auth), (bystander, _) = pair
    victim, _ = enrol(running, "Lab to revoke")
    r = admin(running, "POST", "/v1/admin/labs/x'%20OR%20'1'='1/revoke", json={"reason": "all"})
    assert r.status_code == 404 and "no laboratory" in r.json()["error"]
    reason = "it's \"over\"'); UPDATE labs SET revoked_at = NULL; --"
    r = admin(running, "POST", f"/v1/admin/labs/{victim.identity_id}/revoke", json={"reason": reason})
    assert r.status_code == 200 and r.json()["revoked_reason"] == reason
    labs = admin(running, "GET", "/v1/admin/labs").json()
    assert [(e["lab_id"], e["revoked_reason"]) for e in labs if e["revoked_at"]] == [(victim.identity_id, reason)]
    session(running, bystander)  # the others still sign in, and their sessions still work
    assert requests.get(f"{running.url}/v1/bulletins", headers=auth, timeout=10).status_code == 200


def test_admin_record_and_link_filters_with_sql_match_nothing_and_change_nothing(running):
    record = {"note": "'; DROP TABLE network_records; --"}
    with running.hub.store.transaction() as conn:
        conn.execute("INSERT INTO network_records (lab_id, kind, record_id, version, deleted, bundle_id, received_at,"
                     " record) VALUES ('lab-sql', 'profiling_result', 'r1', 1, 0, 'b1', '2026-01-01T00:00:00Z', ?)",
                     (json.dumps(record),))
        conn.execute("INSERT INTO network_links VALUES ('m', 1, 'lab-sql', 'r1', 'lab-z', 'r9', 0.9, '2026-01-01')")
    before = tables(running)
    for params in ({"kind": "' OR '1'='1"}, {"lab": "x' OR 1=1 --"}, {"kind": "profiling_result' --", "lab": "%"},
                   {"lab": "lab-sql' OR '1'='1"}, {"kind": "*"}):
        r = admin(running, "GET", "/v1/admin/records", params=params)
        assert r.status_code == 200 and r.json() == {"total": 0, "records": []}, params
    page = admin(running, "GET", "/v1/admin/records", params={"lab": "lab-sql"}).json()
    assert page["total"] == 1 and page["records"][0]["record"] == record
    for lab in ("' OR '1'='1", "x') OR 1=1 --", "%", "lab-sql' --", "lab-sql"):
        links = admin(running, "GET", "/v1/admin/links", params={"lab": lab}).json()["links"]
        assert [link["record_b"] for link in links] == (["r9"] if lab == "lab-sql" else []), lab
    assert tables(running) == before


# -- 2. Path tricks in every name ------------------------------------------------------------------------

LONG = "a" * 10_000
TARGETS = [("GET", f"/v1/receipts/{name}") for name in (
    "..%2F..%2Fhub.db", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fhub.db", "..%5C..%5Chub.db", "%2Fetc%2Fpasswd",
    "%00", "..%00", LONG)] + [(method, f"/v1/uploads/{name}") for method in ("HEAD", "PATCH", "DELETE") for name in (
    "..", "%2e%2e", "..%2Fuploads.db", "../../hub.db", "%2Fetc%2Fpasswd", "/etc/passwd", "%00", "..%00.part", LONG)]
ADMIN_TARGETS = [("POST", f"/v1/admin/labs/{name}/revoke") for name in (
    "..%2F..%2Fhub.db", "%2e%2e", "..", "%2Fetc%2Fpasswd", "%00", "." * 10_000)]


@pytest.mark.parametrize("method, target", TARGETS + ADMIN_TARGETS, ids=lambda v: v[:40])
def test_a_path_trick_in_a_name_gets_a_clean_refusal_and_touches_no_file(running, pair, method, target):
    revoked = "SELECT count(*) FROM labs WHERE revoked_at IS NOT NULL"
    before, revoked_before = outside(running), running.hub.store.query(revoked)[0][0]
    auth = running.admin if "/admin/" in target else pair[0][1]
    status, content_type, body = send(running, method, target, [*auth.items(), *TUS_PATCH])
    assert 400 <= status < 500 and SQLITE_MAGIC not in body and PASSWD not in body, (status, body[:300])
    if method == "POST" or (body and "json" in content_type):
        doc = json.loads(body)
        assert doc.get("error") or doc.get("detail"), doc
    assert outside(running) == before and running.hub.store.query(revoked)[0][0] == revoked_before


def test_a_raw_nul_byte_in_the_request_line_is_refused_before_any_route(running):
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as s:
        s.sendall(b"PATCH /v1/uploads/\x00../hub.db HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        answer = s.recv(65536)
    assert answer.startswith(b"HTTP/1.1 4") and SQLITE_MAGIC not in answer


def test_an_upload_filename_with_a_path_is_kept_as_text_and_writes_no_file_there(running, pair):
    _, auth = pair[0]
    escape, before = Path(f"/tmp/labnet-hostile-{uuid.uuid4().hex}.lnb"), outside(running)
    for i, name in enumerate(["../../evil.lnb", str(escape), "..\\..\\evil.lnb", "evil\x00.lnb"]):
        encoded = base64.b64encode(name.encode()).decode()
        location = create(running, auth, 14, **{"Upload-Metadata": f"filename {encoded}"})
        r = requests.head(location, headers={**TUS, **auth}, timeout=10)
        assert r.headers["Upload-Metadata"] == f"filename {encoded}"
        assert send(running, "PATCH", urlsplit(location).path, [*auth.items(), *TUS_PATCH],
                    b"not a bundle %d" % i)[0] == 204
        upload_id, deadline = location.rsplit("/", 1)[1], time.monotonic() + 10
        while not running.hub.store.query("SELECT 1 FROM ingested_uploads WHERE upload_id = ?", (upload_id,)):
            assert time.monotonic() < deadline, "the upload was never ingested"
            time.sleep(0.05)
    assert outside(running) == before and not escape.exists()
    assert not [p for p in running.hub.folder.parent.rglob("*") if "evil" in p.name]


# -- 3. Another laboratory's data ------------------------------------------------------------------------

def test_another_lab_gets_neither_a_labs_receipt_nor_its_upload_even_with_a_copy_of_its_bundle(running, pair, cat):
    (a, auth_a), (_, auth_b) = pair
    cat.add("profiling_result", profile(shareable=True))
    [(header, data)] = Outbox(cat).export(a, running.hub.identity.public, default_policy()).parts
    upload(running, auth_b, data)  # B got hold of A's sealed file and sends it as its own
    r = settled_receipt(running, auth_b, header.bundle_id)
    assert r.status_code == 422 and r.json()["code"] == "wrong-uploader"
    location, half = create(running, auth_a, len(data)), len(data) // 2
    target = urlsplit(location).path
    assert send(running, "PATCH", target, [*auth_a.items(), *TUS_PATCH], data[:half])[0] == 204
    for method in ("HEAD", "PATCH", "DELETE"):
        status, _, body = send(running, method, target, [*auth_b.items(), *TUS_PATCH], b"x")
        assert status == 404 and data[:32] not in body
    assert requests.head(location, headers={**TUS, **auth_a}, timeout=10).headers["Upload-Offset"] == str(half)
    patch = [*auth_a.items(), *TUS_PATCH[:2], ("Upload-Offset", str(half))]
    assert send(running, "PATCH", target, patch, data[half:])[0] == 204
    mine = settled_receipt(running, auth_a, header.bundle_id)
    assert verify_receipt(mine.content, running.hub.identity.public, a.identity_id).counts["accepted"] == 1
    theirs = requests.get(f"{running.url}/v1/receipts/{header.bundle_id}", headers=auth_b, timeout=10)
    assert theirs.status_code in (404, 422) and set(theirs.json()) <= PROBLEM_MEMBERS
    assert json.loads(mine.content)["signature"] not in theirs.text


# -- 4. Slow clients -------------------------------------------------------------------------------------

def answers_quickly(running, lab) -> None:
    started = time.monotonic()
    assert requests.get(f"{running.url}/health", timeout=5).status_code == 200
    session(running, lab)
    assert time.monotonic() - started < 3


def test_clients_dribbling_headers_a_byte_every_half_second_do_not_hold_up_other_labs(running, pair):
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: zzzz"
    sockets = [socket.create_connection(("127.0.0.1", running.port), timeout=5) for _ in range(20)]
    try:
        for i in range(5):  # each of the 20 sends a byte, then the other labs are served while they wait
            [s.sendall(request[i:i + 1]) for s in sockets]
            time.sleep(0.5)
            answers_quickly(running, pair[1][0])
    finally:
        [s.close() for s in sockets]


def test_a_chunk_dribbled_then_stalled_past_the_idle_timeout_ends_without_holding_up_other_labs(running, pair):
    (_, auth_a), (lab_b, auth_b) = pair
    location = create(running, auth_a, 100)
    head = "".join(f"{k}: {v}\r\n" for k, v in [*auth_a.items(), *TUS_PATCH, ("Content-Length", "100")])
    with socket.create_connection(("127.0.0.1", running.port), timeout=IDLE + 5) as s:
        s.sendall(f"PATCH {urlsplit(location).path} HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode() + b"y")
        for _ in range(4):  # a byte every half second: each gap is shorter than the idle timeout
            time.sleep(0.5)
            answers_quickly(running, lab_b)
            s.sendall(b"y")
        last = time.monotonic()
        r = requests.patch(location, data=b"z", headers={**auth_a, **dict(TUS_PATCH), "Upload-Offset": "5"}, timeout=5)
        assert r.status_code == 423  # the upload is held by the slow chunk: refused at once, not queued behind it
        upload(running, auth_b, b"hello")
        answer = s.recv(4096).decode()  # then silence: the hub gives up IDLE seconds after the last byte
    assert " 408 " in answer.splitlines()[0] and IDLE - 0.2 <= time.monotonic() - last < IDLE + 3
    assert requests.head(location, headers={**TUS, **auth_a}, timeout=10).headers["Upload-Offset"] == "5"


@pytest.mark.slow   # 25 s under --durations
def test_five_hundred_connections_that_never_finish_their_headers_do_not_lock_out_the_labs(tmp_path):
    hub = HubProcess(tmp_path / "hub")  # ``labnet-hub serve``, with its production server settings
    sockets = []
    try:
        for _ in range(500):
            sockets.append(socket.create_connection(("127.0.0.1", hub.port), timeout=5))
            sockets[-1].sendall(b"GET /health HTTP/1.1\r\nHo")
        # The hub closes a connection whose headers are not complete within its header timeout (10 s).
        deadline = time.monotonic() + HubSettings().header_timeout_seconds + 5
        while (status := requests.get(f"{hub.url}/health", timeout=5).status_code) != 200:
            if time.monotonic() > deadline:
                break
            time.sleep(0.25)
        assert status == 200
    finally:
        [s.close() for s in sockets]
        hub.stop()


# -- 5. Malformed credentials ----------------------------------------------------------------------------

MALFORMED = {
    "a 100 kB bearer token": [("Authorization", "Bearer " + "A" * 100_000)],
    "a non-ASCII token": [("Authorization", "Bearer \u00e9t\u00e9".encode("utf-8") + b"\xff\xfe")],
    "Basic credentials": [("Authorization", "Basic xyz")],
    "a bare scheme": [("Authorization", "Bearer")],
    "a token with spaces and a tab": [("Authorization", "Bearer a b\tc")],
    "two forged tokens": [("Authorization", "Bearer forged-1"), ("Authorization", "Bearer forged-2")],
}


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.parametrize("method, path", [("GET", "/v1/bulletins"), ("GET", "/v1/receipts/x"),
                                          ("POST", "/v1/uploads"), ("GET", "/v1/admin/labs")])
def test_a_malformed_authorization_header_gets_401_with_a_json_reason(running, case, method, path):
    headers = [*MALFORMED[case], *TUS.items(), ("Upload-Length", "5")]
    try:
        status, content_type, body = send(running, method, path, headers)
    except ConnectionResetError:
        # Seen once in a full run (the 100 kB token to /v1/admin/labs, 2026-12-05): the connection reset instead
        # of the answer, not reproduced since (the closing note of that day); the request is sent once more and
        # must then get its 401.
        status, content_type, body = send(running, method, path, headers)
    assert status == 401 and "json" in content_type and json.loads(body)["error"], (status, body[:200])


def test_a_valid_token_followed_by_a_second_authorization_header_is_refused(running, pair):
    for path, auth in (("/v1/bulletins", pair[0][1]), ("/v1/admin/labs", running.admin)):
        headers = [("Authorization", auth["Authorization"]), ("Authorization", "Bearer forged")]
        assert send(running, "GET", path, headers)[0] in (400, 401), path


# -- 6. Numbers and JSON that are not what they seem -------------------------------------------------------

NOT_A_COUNT = ["\u00b2", "\u00b3", "1\u00b9", "+5", "-5", "0x10", "1_0", "5.0", "1e3", " ", "", "9" * 19]


@pytest.mark.parametrize("value", NOT_A_COUNT, ids=repr)
def test_a_byte_count_that_is_not_ascii_digits_is_refused_with_400_not_500(running, pair, value):
    _, auth = pair[0]
    # "²" passes str.isdigit and then int() fails: this was a 500, before any authentication was checked.
    for headers in ([*auth.items(), *TUS.items(), ("Upload-Length", value)],
                    [*TUS.items(), ("Upload-Length", value)]):
        status, _, body = send(running, "POST", "/v1/uploads", headers)
        assert status in (400, 401), (status, body[:200])
    target = urlsplit(create(running, auth, 10)).path
    status, _, body = send(running, "PATCH", target, [*auth.items(), *TUS_PATCH[:2], ("Upload-Offset", value)], b"x")
    assert status == 400 and b"Upload-Offset" in body, (status, body[:200])
    assert send(running, "DELETE", target, [*auth.items(), *TUS.items()])[0] == 204  # not one more open upload


def test_a_content_length_that_is_not_ascii_digits_is_refused_before_any_route(running):
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as s:
        s.sendall(b"POST /v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: \xb2\r\n\r\n{}")
        answer = s.recv(65536)
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]


JSON_ROUTES = ["/v1/session", "/v1/enrol", "/v1/identity", "/v1/admin/notices", "/v1/admin/enrolment-codes",
               "/v1/admin/methods", "/v1/admin/labs/nobody/revoke"]
NOT_AN_OBJECT = [b"[]", b"1", b"null", b"true", b'"text"', b"1e999", b"-1e999", b"NaN", b"Infinity", b"-Infinity",
                 b"1" * 5000, b'"\\ud800"', b'{"text": "\\udfff"}', b"[" * 100_000, b'{"a":' * 50_000,
                 b"[" * 40 + b"]" * 40]


@pytest.mark.parametrize("path", JSON_ROUTES)
def test_a_json_body_that_is_not_the_object_a_route_expects_gets_a_json_400_not_500(running, path):
    # 100,000 nested "[" raised RecursionError; "[]" or 1e999 as an identity document raised TypeError.
    headers = [*running.admin.items()] if "/admin/" in path else []
    for body in NOT_AN_OBJECT:
        status, content_type, answer = send(running, "POST", path, [*headers, ("Content-Type", "application/json")],
                                            body)
        assert 400 <= status < 500 and "json" in content_type, (body[:30], status, answer[:200])
        assert json.loads(answer)["error"], answer[:200]


HOSTILE_VALUES = [None, 1, -1, 1.5, True, [], ["x"], {}, {"a": {"b": []}}, "", "\x00", "\u00e9" * 1000, "\ud800"]


@pytest.mark.slow   # 6 s under --durations
def test_every_field_of_a_session_registration_or_identity_with_a_hostile_type_gets_a_json_4xx(running):
    lab = create_identity("lab", "Typed Lab", "KE")
    identity = json.loads(lab.public.to_json())
    bodies = {
        "/v1/session": sign_session_request(lab.current.signing, hub_key_id=running.hub.key_id,
                                            lab_id=lab.identity_id, key_id=lab.public.signing_key_id),
        "/v1/enrol": enrolment_request(lab, running.hub.key_id, "not-a-token"),
        "/v1/identity": identity,
    }
    failures = []
    for path, valid in bodies.items():
        for key in valid:
            for value in HOSTILE_VALUES:
                body = json.dumps({**valid, key: value}).encode()
                status, content_type, answer = send(running, "POST", path, [("Content-Type", "application/json")],
                                                    body)
                if not (400 <= status < 500 and "json" in content_type):
                    failures.append((path, key, value if not isinstance(value, str) else value[:10], status,
                                     answer[:120]))
        for key, part in (("identity", "signing_key"), ("identity", "encryption_key")):
            if path == "/v1/enrol":
                for value in HOSTILE_VALUES:
                    body = json.dumps({**valid, key: {**valid[key], part: value}}).encode()
                    status, _, answer = send(running, "POST", path, [("Content-Type", "application/json")], body)
                    if not 400 <= status < 500:
                        failures.append((path, f"{key}.{part}", value, status, answer[:120]))
    assert not failures, failures


# -- 7. A laboratory hoarding uploads ----------------------------------------------------------------------

def test_a_lab_may_have_only_a_few_unfinished_uploads_and_is_told_when_to_come_back(running):
    lab, _ = enrol(running, "Hoarding Lab")
    auth = session(running, lab)
    limit = HubSettings().open_uploads_per_lab
    held = [create(running, auth, 1000) for _ in range(limit)]  # 60 of 32 MiB were accepted before
    r = requests.post(f"{running.url}/v1/uploads", headers={**TUS, **auth, "Upload-Length": "1000"}, timeout=10)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0 and "unfinished uploads" in r.text
    one_more = {**TUS, **auth, "Upload-Length": "1000"}
    assert send(running, "PATCH", urlsplit(held[0]).path, [*auth.items(), *TUS_PATCH], b"x" * 1000)[0] == 204
    held[0] = create(running, auth, 1000)   # a finished upload frees its place at once
    assert requests.post(f"{running.url}/v1/uploads", headers=one_more, timeout=10).status_code == 429
    assert requests.delete(held[1], headers={**TUS, **auth}, timeout=10).status_code == 204
    held[1] = create(running, auth, 1000)   # and so does an ended one
    other_lab, _ = enrol(running, "Bystander of the hoarder")   # the limit is the laboratory's, not the hub's
    create(running, session(running, other_lab), 1000)
    for location in held:
        requests.delete(location, headers={**TUS, **auth}, timeout=10)
