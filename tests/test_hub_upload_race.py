"""An upload the hub completed and ingested while the laboratory was still waiting for its last chunk's answer
(issue 19): at 500 laboratories at once, one or two uploads ended in "upload gone" although the hub had
receipted them. The last PATCH was committed (upload complete, queued), its answer was lost on the way, the
worker ingested the upload and removed it, and the laboratory's HEAD — asking where the upload stands — got
404. Now an ingested upload answers "complete" until it expires."""

from __future__ import annotations

import datetime as dt
import time

import requests

from factories import profile
from http_proxy import ReverseProxy
from hub_server import RunningHub, enrol
from labnet.catalogue.store import Catalogue
from labnet.hub.upload_types import OffsetMismatch, UploadNotFound
from labnet.hub.uploads import UploadStore
from labnet.protocol.receipt import verify_receipt
from labnet.sync.client import HubClient
from labnet.sync.outbox import Outbox
from test_hub_ingest import POLICY

TUS = {"Tus-Resumable": "1.0.0"}


def wait_until(predicate, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "the hub's worker did not ingest the upload"
        time.sleep(0.02)


def ingested_and_removed(running: RunningHub, upload_id: str) -> bool:
    return (running.hub.store.received.ingested_upload(upload_id) is not None
            and not (running.hub.uploads.root / f"{upload_id}.part").exists())


def bundle(tmp_path, running: RunningHub):
    lab = enrol(running.hub, "Lab Accra")
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        for i in range(5):
            cat.add("profiling_result", profile(lab_sample_number=f"AC-{i:03d}", shareable=True))
        [(header, data)] = Outbox(cat).export(lab, running.hub.identity.public, POLICY).parts
    return lab, header, data


def test_a_last_chunk_answer_lost_after_the_hub_ingested_the_upload_is_complete_not_gone(tmp_path):
    running = RunningHub(tmp_path / "hub")
    cut: dict[str, str] = {}

    def fault(method: str, path: str):
        if method == "PATCH" and not cut:
            cut["path"] = path
            return "drop"      # the hub commits the chunk (the upload is complete); its answer is lost
        if method == "HEAD" and path == cut.get("path"):
            # The laboratory asks where the upload stands only once the worker has ingested and removed it:
            # the order the race took at 500 laboratories, made certain here.
            wait_until(lambda: ingested_and_removed(running, path.rsplit("/", 1)[1]))
        return None

    proxy = ReverseProxy(running.port, fault=fault)
    try:
        lab, header, data = bundle(tmp_path, running)
        client = HubClient(proxy.url, timeout=30)
        client.sign_in(lab, running.hub.key_id)
        url, _ = client.upload(data, resume_url=None, remember=lambda u: None)   # was: UploadGone
        assert [(m, s) for m, p, s in proxy.seen if p == cut["path"]] == [("PATCH", None), ("HEAD", 200)]
        assert proxy.statuses("POST").count(201) == 1          # not sent again
        got = verify_receipt(client.receipt(header.bundle_id, wait=60), running.hub.identity.public,
                             lab.identity_id)
        assert got.counts["accepted"] == 5
        # A PATCH sent again at its first offset after the ingest: refused as complete (409), and HEAD says so.
        auth = {**TUS, "Authorization": f"Bearer {client.token}"}
        again = requests.patch(url, data=data, timeout=30, headers={
            **auth, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert again.status_code == 409 and "complete" in again.text
        head = requests.head(url, timeout=30, headers=auth)
        assert head.status_code == 200 and head.headers["Upload-Offset"] == head.headers["Upload-Length"] == str(len(data))
        assert running.hub.store.query("SELECT count(*) FROM bundles")[0][0] == 1
    finally:
        proxy.close()
        running.stop()


def test_an_ingested_upload_keeps_its_row_not_its_bytes_until_it_expires(tmp_path):
    now = [dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)]
    store = UploadStore(tmp_path / "uploads", clock=lambda: now[0], lifetime=dt.timedelta(days=1))
    try:
        first = store.create("lab-a", 4, {"sha256": "x"})
        store.append(first.id, "lab-a", 0, [b"abcd"])
        assert [u.id for u in store.completed()] == [first.id]
        store.ingested(first.id, "lab-a")
        kept = store.get(first.id, "lab-a")
        assert kept.complete and kept.ingested_at is not None and not store.path(kept).exists()
        assert store.completed() == []                        # nothing left to ingest
        try:
            store.open_chunk(first.id, "lab-a", 4)
            raise AssertionError("a chunk was opened on an ingested upload")
        except OffsetMismatch as exc:
            assert "complete" in str(exc)
        # Past its expiry the row goes: by expire(), or when a later upload is ingested.
        second = store.create("lab-a", 2)
        now[0] += dt.timedelta(days=1, seconds=1)
        third = store.create("lab-a", 2)
        store.append(third.id, "lab-a", 0, [b"zz"])
        store.ingested(third.id, "lab-a")
        for gone in (first.id,):
            try:
                store.get(gone, "lab-a")
                raise AssertionError("an expired ingested upload is still answered")
            except UploadNotFound:
                pass
        assert store.get(third.id, "lab-a").complete
        assert store.expire() == 1                            # the unfinished second one
        del second
    finally:
        store.close()
