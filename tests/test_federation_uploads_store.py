"""The peers' upload bookkeeping in the hub's own database (issue 20), on both stores: a peer's completed upload is
not queued for ingest, the rows are the hub's (another process opening the folder sees them), and a folder from
before (federation-uploads/uploads.db) loses that file and its parts but not a part another process began."""

from __future__ import annotations

import io

from hub_server import PASSPHRASE
from hub_server import hub_in_process as hub  # noqa: F401
from labnet.hub import federation_uploads
from labnet.hub.federation_uploads import FOLDER, peer_uploads
from labnet.hub.service import Hub
from labnet.hub.uploads import UploadStore


def test_a_peers_upload_is_in_the_hubs_database_and_never_queued_for_ingest(hub):
    uploads = peer_uploads(hub)
    assert uploads.database is hub.store.database
    upload = uploads.create("peer:west", 5)
    assert uploads.append(upload.id, "peer:west", 0, io.BytesIO(b"hello")).complete
    assert hub.uploads.queue.depth() == 0 and hub.uploads.completed() == []   # not a laboratory's bundle
    other = Hub.open(hub.folder, PASSPHRASE)   # as another process of the hub opens it: the same row
    try:
        assert [r["owner"] for r in other.store.query("SELECT owner FROM fed_uploads")] == ["peer:west"]
    finally:
        other.close()
    federation_uploads.close(hub)


def test_the_folder_of_before_loses_its_file_and_parts_not_a_new_part(hub):
    folder = hub.folder / FOLDER
    old = UploadStore(folder)   # the peers' uploads as they were kept before: a SQLite file of their own
    before = old.create("peer:west", 10)
    old.append(before.id, "peer:west", 0, io.BytesIO(b"half"))
    old.close()
    begun = "ab" * 16   # a part another process of the hub began, named by a row of fed_uploads
    with hub.store.database.transaction() as conn:
        conn.execute("INSERT INTO fed_uploads (id, owner, length, metadata, created_at, expires_at) "
                     "VALUES (?, 'peer:west', 10, '{}', '2026-12-05T00:00:00+00:00', '2099-01-01T00:00:00+00:00')",
                     (begun,))
    (folder / f"{begun}.part").write_bytes(b"new")
    peer_uploads(hub)
    assert sorted(p.name for p in folder.iterdir()) == [f"{begun}.part"]
    federation_uploads.close(hub)
