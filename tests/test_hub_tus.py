"""The hub's tus 1.0.0 endpoints, served by uvicorn on loopback and driven by a standard tus client."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import socket
import threading
import time
from urllib.parse import urljoin, urlsplit

import pytest
import requests
import uvicorn
from fastapi import FastAPI, HTTPException, Request

from labnet.hub.tus import tus_router
from labnet.hub.uploads import UploadStore

TUS = {"Tus-Resumable": "1.0.0"}


class LoopbackHub:
    """A FastAPI app with the tus router on a real uvicorn server in a thread."""

    def __init__(self, store: UploadStore, idle_timeout: float = 60.0, **options: str):
        self.store = store
        self.completed: list[str] = []

        async def authenticate(request: Request) -> str:
            # The hub's real lab authentication is its own module; here a lab is named by a header.
            lab = request.headers.get("X-Test-Lab")
            if not lab:
                raise HTTPException(401, "who are you?")
            return lab

        app = FastAPI()
        app.include_router(tus_router(store, authenticate, lambda u: self.completed.append(u.id),
                                      idle_timeout=idle_timeout, **options))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the test hub did not start"
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}/files"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def hub(tmp_path):
    store = UploadStore(tmp_path / "uploads", max_size=1_000_000)
    server = LoopbackHub(store)
    yield server
    server.stop()
    store.close()


def lab(name: str = "lab-a", **extra: str) -> dict[str, str]:
    return {**TUS, "X-Test-Lab": name, **extra}


def create(hub: LoopbackHub, length: int, **extra: str) -> str:
    r = requests.post(hub.url, headers=lab(**{"Upload-Length": str(length), **extra}), timeout=10)
    assert r.status_code == 201, r.text
    return urljoin(hub.url, r.headers["Location"])


def patch(url: str, offset: int, body: bytes, who: str = "lab-a", **extra: str) -> requests.Response:
    headers = lab(who, **{"Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream", **extra})
    return requests.patch(url, data=body, headers=headers, timeout=10)


def test_a_standard_tus_client_uploads_in_checksummed_chunks(hub, tmp_path):
    from tusclient import client as tus_client

    payload = bytes(range(256)) * 40 + b"end"
    source = tmp_path / "bundle.lnb"
    source.write_bytes(payload)
    client = tus_client.TusClient(hub.url, headers={"X-Test-Lab": "lab-a"})
    uploader = client.uploader(str(source), chunk_size=1000, metadata={"filename": "bundle.lnb"},
                               upload_checksum=True)
    uploader.upload()

    upload_id = uploader.url.rsplit("/", 1)[1]
    upload = hub.store.get(upload_id, "lab-a")
    assert upload.complete and upload.metadata == {"filename": "bundle.lnb"}
    assert hub.store.path(upload).read_bytes() == payload
    assert upload.sha256 == hashlib.sha256(payload).hexdigest()
    assert hub.completed == [upload_id]


def test_options_advertise_the_version_extensions_and_limits(hub):
    r = requests.options(hub.url, timeout=10)
    assert r.status_code == 204
    assert r.headers["Tus-Version"] == "1.0.0"
    assert set(r.headers["Tus-Extension"].split(",")) == {"creation", "expiration", "checksum", "termination"}
    assert r.headers["Tus-Max-Size"] == "1000000"
    assert set(r.headers["Tus-Checksum-Algorithm"].split(",")) == {"sha1", "sha256"}


def test_head_reports_offset_length_metadata_and_expiry(hub):
    url = create(hub, 10, **{"Upload-Metadata": "filename " + base64.b64encode("é.lnb".encode()).decode()})
    assert patch(url, 0, b"abcd").status_code == 204
    r = requests.head(url, headers=lab(), timeout=10)
    assert r.status_code == 200
    assert (r.headers["Upload-Offset"], r.headers["Upload-Length"]) == ("4", "10")
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Upload-Metadata"] == "filename " + base64.b64encode("é.lnb".encode()).decode()
    assert r.headers["Upload-Expires"].endswith("GMT")


def test_a_connection_broken_mid_chunk_keeps_what_arrived_and_resumes_from_there(hub):
    payload = b"x" * 50_000
    url = create(hub, len(payload))
    path = url.split(str(hub.port), 1)[1]
    # Send the headers of a 50,000-byte chunk, 20,000 bytes of it, then drop the connection.
    with socket.create_connection(("127.0.0.1", hub.port)) as s:
        s.sendall((f"PATCH {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nX-Test-Lab: lab-a\r\n"
                   f"Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                   f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload[:20_000])
        time.sleep(0.3)
    offset = _offset_when_settled(url)
    assert offset == 20_000
    assert patch(url, offset, payload[offset:]).status_code == 204
    upload = hub.store.get(url.rsplit("/", 1)[1], "lab-a")
    assert upload.complete and hub.store.path(upload).read_bytes() == payload


def _offset_when_settled(url: str) -> int:
    deadline = time.monotonic() + 10
    while True:  # the server notices the broken connection asynchronously
        r = requests.head(url, headers=lab(), timeout=10)
        if r.headers["Upload-Offset"] != "0" or time.monotonic() > deadline:
            return int(r.headers["Upload-Offset"])
        time.sleep(0.05)


def test_a_checksummed_chunk_that_does_not_match_is_dropped_whole(hub):
    url = create(hub, 8)
    wrong = "sha256 " + base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    r = patch(url, 0, b"abcd", **{"Upload-Checksum": wrong})
    assert r.status_code == 460 and "checksum" in r.text
    assert requests.head(url, headers=lab(), timeout=10).headers["Upload-Offset"] == "0"
    right = "sha1 " + base64.b64encode(hashlib.sha1(b"abcd").digest()).decode()
    r = patch(url, 0, b"abcd", **{"Upload-Checksum": right})
    assert r.status_code == 204 and r.headers["Upload-Offset"] == "4"


@pytest.mark.parametrize("headers, status, words", [
    ({"Tus-Resumable": "0.2.2"}, 412, "1.0.0"),
    ({"Content-Type": "application/octet-stream"}, 415, "offset+octet-stream"),
    ({"Upload-Offset": "3"}, 409, "not 3"),
    ({"Upload-Offset": "-1"}, 400, "Upload-Offset"),
    ({"Upload-Checksum": "md5 AAAA"}, 400, "sha1, sha256"),
    ({"Upload-Checksum": "sha256 not*base64"}, 400, "base64"),
])
def test_bad_chunks_are_refused_with_a_reason_and_change_nothing(hub, headers, status, words):
    url = create(hub, 8)
    r = patch(url, 0, b"abcd", **headers)
    assert r.status_code == status and words in r.text
    assert r.headers["Tus-Resumable"] == "1.0.0"
    assert requests.head(url, headers=lab(), timeout=10).headers["Upload-Offset"] == "0"


def test_sizes_are_capped_at_creation_and_at_the_declared_length(hub):
    r = requests.post(hub.url, headers=lab(**{"Upload-Length": "1000001"}), timeout=10)
    assert r.status_code == 413 and "1,000,000" in r.text
    r = requests.post(hub.url, headers=lab(**{"Upload-Defer-Length": "1"}), timeout=10)
    assert r.status_code == 400
    r = requests.post(hub.url, headers=lab(**{"Upload-Length": "4", "Upload-Metadata": "filename %%%"}), timeout=10)
    assert r.status_code == 400 and "base64" in r.text
    url = create(hub, 4)
    r = patch(url, 0, b"abcdef")
    assert r.status_code == 413
    assert requests.head(url, headers=lab(), timeout=10).headers["Upload-Offset"] == "0"


def test_an_upload_is_invisible_to_other_labs_and_to_path_tricks(hub):
    url = create(hub, 4)
    assert requests.head(url, headers=lab("lab-b"), timeout=10).status_code == 404
    assert patch(url, 0, b"abcd", who="lab-b").status_code == 404
    assert requests.delete(url, headers=lab("lab-b"), timeout=10).status_code == 404
    for name in ("..%2Fuploads.db", "..", "0" * 31 + "G"):
        assert requests.head(f"{hub.url}/{name}", headers=lab(), timeout=10).status_code in (404, 405)
    assert requests.post(hub.url, headers={**TUS, "Upload-Length": "4"}, timeout=10).status_code == 401
    assert requests.head(url, headers=lab(), timeout=10).headers["Upload-Offset"] == "0"


def test_termination_removes_the_upload_and_its_bytes(hub):
    url = create(hub, 8)
    assert patch(url, 0, b"abcd").status_code == 204
    upload = hub.store.get(url.rsplit("/", 1)[1], "lab-a")
    assert requests.delete(url, headers=lab(), timeout=10).status_code == 204
    assert requests.head(url, headers=lab(), timeout=10).status_code == 404
    assert not hub.store.path(upload).exists()


def test_an_expired_upload_is_gone_and_expire_removes_it(tmp_path):
    now = [dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)]
    store = UploadStore(tmp_path / "uploads", lifetime=dt.timedelta(hours=1), clock=lambda: now[0])
    hub = LoopbackHub(store)
    try:
        url = create(hub, 8)
        assert patch(url, 0, b"ab").status_code == 204
        now[0] += dt.timedelta(hours=1)
        r = requests.head(url, headers=lab(), timeout=10)
        assert r.status_code == 410
        r = patch(url, 2, b"cd")
        assert r.status_code == 410 and "expired" in r.text
        assert store.expire() == 1
        assert requests.head(url, headers=lab(), timeout=10).status_code == 404
    finally:
        hub.stop()
        store.close()


def test_a_torn_append_after_a_crash_is_cut_back_to_the_durable_offset(tmp_path):
    store = UploadStore(tmp_path / "uploads")
    upload = store.create("lab-a", 10)
    store.append(upload.id, "lab-a", 0, [b"abc"])
    with store.path(upload).open("ab") as f:  # bytes written but never committed, as if the hub died
        f.write(b"garbage")
    store.close()
    store = UploadStore(tmp_path / "uploads")
    assert store.get(upload.id, "lab-a").offset == 3
    done = store.append(upload.id, "lab-a", 3, [b"defghij"])
    assert done.complete and store.path(done).read_bytes() == b"abcdefghij"
    store.close()


def test_a_chunk_that_stops_arriving_is_ended_and_what_arrived_is_kept(tmp_path):
    store = UploadStore(tmp_path / "uploads")
    hub = LoopbackHub(store, idle_timeout=0.5)
    try:
        url = create(hub, 100)
        path = url.split(str(hub.port), 1)[1]
        with socket.create_connection(("127.0.0.1", hub.port)) as s:
            s.sendall((f"PATCH {path} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\nX-Test-Lab: lab-a\r\n"
                       "Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                       "Content-Length: 100\r\n\r\n").encode() + b"y" * 30)
            s.settimeout(10)
            answer = s.recv(4096).decode()  # the hub gives up on the silent client
        assert " 408 " in answer.splitlines()[0]
        assert requests.head(url, headers=lab(), timeout=10).headers["Upload-Offset"] == "30"
    finally:
        hub.stop()
        store.close()


@pytest.mark.parametrize("ending", ["finish", "abort"])
def test_a_resume_sent_the_moment_the_new_offset_is_visible_is_not_refused_as_busy(tmp_path, ending):
    # A client that reads the new offset (HEAD) and resumes at once used to meet
    # "another request is writing" because the chunk's release came just after its commit.
    store = UploadStore(tmp_path / "uploads")
    upload = store.create("lab-a", 10)
    outcome: list[object] = []
    commit = store._commit

    def resume_in_between(out, upload, offset, writer):
        commit(out, upload, offset, writer)
        assert store.get(upload.id, "lab-a").offset == 4   # the new offset is visible to a HEAD now
        resumer = threading.Thread(target=lambda: outcome.append(_try_open(store, upload.id, 4)))
        resumer.start()
        resumer.join(timeout=0.3)  # with the old ordering the resume was refused within this time
        outcome.append(resumer)

    store._commit = resume_in_between
    writer = store.open_chunk(upload.id, "lab-a", 0)
    writer.write(b"abcd")
    writer.finish() if ending == "finish" else writer.abort(keep_received=True)
    resumer = next(o for o in outcome if isinstance(o, threading.Thread))
    resumer.join(timeout=10)
    opened = next(o for o in outcome if not isinstance(o, threading.Thread))
    assert opened == "opened"
    store.close()


def _try_open(store: UploadStore, upload_id: str, offset: int) -> str:
    try:
        store.open_chunk(upload_id, "lab-a", offset).abort(keep_received=False)
        return "opened"
    except Exception as exc:  # noqa: BLE001 - the refusal is what the test reports
        return f"refused: {exc}"


def test_the_location_is_a_path_under_the_public_path_never_the_requests_host(tmp_path):
    # Behind a reverse proxy the Host the hub sees is the backend's name: a Location built from it
    # sent every chunk to an address the laboratory cannot reach.
    store = UploadStore(tmp_path / "uploads")
    hub = LoopbackHub(store, public_path="/labnet")
    try:
        r = requests.post(hub.url, headers=lab(**{"Upload-Length": "4", "Host": "backend.internal:8765"}), timeout=10)
        assert r.status_code == 201
        assert r.headers["Location"].startswith("/labnet/files/") and "backend" not in r.headers["Location"]
    finally:
        hub.stop()
        store.close()


def test_a_creation_sent_again_for_the_same_bytes_gets_the_same_upload(hub):
    # A lost 201 makes the client create again: one upload for the bundle, not a second left to expire.
    digest = "sha256 " + base64.b64encode(b"ab" * 32).decode()
    first = create(hub, 8, **{"Upload-Metadata": digest})
    assert patch(first, 0, b"1234").status_code == 204
    again = requests.post(hub.url, headers=lab(**{"Upload-Length": "8", "Upload-Metadata": digest}), timeout=10)
    assert urljoin(hub.url, again.headers["Location"]) == first and again.headers["Upload-Offset"] == "4"
    assert create(hub, 8, **{"Upload-Metadata": digest}) == first
    # Other bytes, another lab, no digest to go by, or the upload already complete: a new upload.
    assert create(hub, 9, **{"Upload-Metadata": digest}) != first
    other = requests.post(hub.url, headers=lab("lab-b", **{"Upload-Length": "8", "Upload-Metadata": digest}),
                          timeout=10)
    assert urljoin(hub.url, other.headers["Location"]) != first
    assert create(hub, 8) != create(hub, 8)
    assert patch(first, 4, b"5678").status_code == 204
    assert create(hub, 8, **{"Upload-Metadata": digest}) != first


def test_a_busy_upload_says_when_to_come_back(tmp_path):
    store = UploadStore(tmp_path / "uploads")
    hub = LoopbackHub(store, idle_timeout=5)
    try:
        url = create(hub, 100)
        with socket.create_connection(("127.0.0.1", hub.port)) as s:
            s.sendall((f"PATCH {urlsplit(url).path} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
                       "X-Test-Lab: lab-a\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                       "Content-Length: 100\r\n\r\n").encode() + b"y" * 30)
            time.sleep(0.3)
            r = patch(url, 0, b"z")
        assert r.status_code == 423 and int(r.headers["Retry-After"]) >= 1
    finally:
        hub.stop()
        store.close()
