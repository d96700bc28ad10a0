"""A laboratory's upload left half-sent expires (issue 19): its row and its .part bytes are removed by the hub's
periodic maintenance (at start, then at most once a minute, beside the peers' uploads: hub/federation_uploads.py
``expire``), and the laboratory's next sync starts a new upload; the bundle is receipted once."""

from __future__ import annotations

import time

import pytest

from factories import profile
from hub_server import PASSPHRASE, HubProcess
from labnet.catalogue.store import Catalogue
from labnet.hub.service import Hub
from labnet.hub.uploads import UploadStore
from labnet.protocol.receipt import verify_receipt
from labnet.sync.client import HubClient
from labnet.sync.outbox import Outbox
from test_hub_ingest import POLICY


class Stopped(Exception):
    """The laboratory's sync stopped after its first chunk (the link went, the laptop was closed)."""


def wait_until(predicate, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def rows(hub: HubProcess, upload_id: str) -> int:
    opened = Hub.open(hub.folder, PASSPHRASE)
    try:
        return opened.uploads._db.query(f"SELECT count(*) FROM {UploadStore.TABLE} WHERE id = ?", (upload_id,))[0][0]
    finally:
        opened.close()


@pytest.mark.slow
def test_a_half_sent_lab_upload_expires_and_the_next_sync_sends_it_afresh(tmp_path, hub_store):
    hub = HubProcess(tmp_path / "hub")
    try:
        opened = Hub.open(hub.folder, PASSPHRASE)
        try:
            from hub_server import enrol

            lab = enrol(opened, "Lab Tamale")
        finally:
            opened.close()
        with Catalogue.open(tmp_path / "lab", user="amina") as cat:
            for i in range(40):
                cat.add("profiling_result", profile(lab_sample_number=f"TA-{i:03d}", shareable=True))
            [(header, data)] = Outbox(cat).export(lab, hub.identity.public, POLICY).parts
        client = HubClient(hub.url, timeout=30)
        client.sign_in(lab, hub.key_id)
        kept: list[str] = []

        def stop_after_first_chunk(stage: str, done: int, total: int) -> None:
            if stage == "upload" and 0 < done < total:
                raise Stopped()

        try:
            client.upload(data, resume_url=None, remember=kept.append, progress=stop_after_first_chunk,
                          chunk_bytes=len(data) // 2)
            raise AssertionError("the upload was not stopped half-way")
        except Stopped:
            pass
        [saved] = kept
        upload_id = saved.rstrip("/").rsplit("/", 1)[1]
        part = hub.folder / "uploads" / f"{upload_id}.part"
        assert rows(hub, upload_id) == 1 and 0 < part.stat().st_size < len(data)

        # A week later (the hub's upload_lifetime_hours): its expiry set in the past while the hub is down.
        hub.stop()
        opened = Hub.open(hub.folder, PASSPHRASE)
        try:
            with opened.uploads._db.transaction() as conn:
                conn.execute(f"UPDATE {UploadStore.TABLE} SET expires_at = ? WHERE id = ?",
                             ("2000-01-01T00:00:00+00:00", upload_id))
        finally:
            opened.close()
        hub.start()   # the maintenance runs at start: the row and its bytes go
        wait_until(lambda: rows(hub, upload_id) == 0, "the expired upload's row was not removed")
        assert not part.exists()
        assert "1 unfinished upload(s) of laboratories expired" in (hub.folder / "serve.log").read_text()

        # The laboratory's next sync: its kept upload is gone, so it starts a new one and the hub receipts it.
        client = HubClient(hub.url, timeout=30)
        client.sign_in(lab, hub.key_id)
        again: list[str] = []
        url, sent = client.upload(data, resume_url=saved, remember=again.append)
        [new] = again
        assert url.endswith(new) and new.rsplit("/", 1)[1] != upload_id and sent == len(data)
        got = verify_receipt(client.receipt(header.bundle_id, wait=60), hub.identity.public, lab.identity_id)
        assert got.counts["accepted"] == 40
        opened = Hub.open(hub.folder, PASSPHRASE)
        try:
            assert opened.store.query("SELECT count(*) FROM bundles WHERE bundle_id = ?",
                                      (header.bundle_id,))[0][0] == 1
        finally:
            opened.close()
    finally:
        hub.stop()
