"""The laboratory's sync state in the catalogue's tables (labnet.sync.state_store, sync 4): what it knows of its
hub and the bulletins it kept travel in the catalogue file, so one backup carries them with the outbox; the files
they were kept in before (network.json, bulletins.jsonl) are imported once by the upgrade and renamed, never
deleted, and an older backup that carries them restores to the same state."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from labnet.catalogue import backup, backup_archive, database, migrations
from labnet.catalogue.store import Catalogue
from labnet.common import sqlite as common_sqlite
from labnet.common.labfolder import LabFolder
from labnet.protocol.bulletin import make_bulletin
from labnet.protocol.keyfile import KdfParams, Passphrase, save_identity
from labnet.protocol.keys import create_identity
from labnet.protocol.pinning import pin_hub
from labnet.sync.inbox import keep_bulletins, stored_bulletins
from labnet.sync.state import load_state, save_state
from labnet.sync.transport import NetworkError

STATE = {"hub_url": "https://hub.example.org", "hub_key_id": "ab" * 32, "enrolled_at": "2026-11-30T09:00:00+00:00",
         "uploads": {"0f" * 16: "https://hub.example.org/v1/uploads/1"}, "bulletin_seq": 2,
         "unconfirmed": {}, "last_sync": "2026-12-01T10:00:00+00:00"}


@pytest.fixture
def lab(tmp_path):
    """A laboratory folder with its keys and a pinned hub; returns (folder, hub identity, lab identity)."""
    folder = tmp_path / "lab"
    hub, me = create_identity("hub", "East Africa hub", "KE"), create_identity("lab", "Tema", "GH")
    save_identity(folder, me, Passphrase("long enough passphrase", KdfParams(1, 1, 8 * 1024)))
    pin_hub(folder, hub.public.to_json())
    return folder, hub, me


def bulletin(hub, seq: int, text: str) -> bytes:
    return make_bulletin(hub, seq=seq, to="*", kind="notice", created_at=f"2026-11-2{seq}T12:00:00Z",
                         content={"text": text})


def old_catalogue(folder, monkeypatch) -> None:
    """A catalogue as the LabNet before sync 4 left it (the sync room at 3)."""
    rooms = tuple(r if r.name != "sync" else common_sqlite.Room("sync", r.migrations[:3])
                  for r in migrations.file_rooms())
    with monkeypatch.context() as m:
        m.setattr(database, "file_rooms", lambda: rooms)
        Catalogue.open(LabFolder(folder).catalogue).close()
    conn = sqlite3.connect(LabFolder(folder).catalogue)
    try:
        assert common_sqlite.room_versions(conn)["sync"] == 3
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_state'").fetchone()
    finally:
        conn.close()


def write_old_files(folder, hub) -> tuple[bytes, bytes]:
    network = json.dumps(STATE, indent=2, sort_keys=True).encode()
    lines = bulletin(hub, 1, "one") + b"\n" + bulletin(hub, 2, "two") + b"\n"
    LabFolder(folder).network.write_bytes(network)
    LabFolder(folder).bulletins.write_bytes(lines)
    return network, lines


def test_the_state_and_bulletins_are_kept_in_the_catalogue_not_in_files(lab):
    folder, hub, _ = lab
    Catalogue.open(folder).close()
    assert load_state(folder) == {}
    save_state(folder, STATE)
    assert load_state(folder) == STATE
    assert keep_bulletins(folder, [_read(hub, folder, bulletin(hub, 1, "one"))]) == 1
    assert keep_bulletins(folder, [_read(hub, folder, bulletin(hub, 1, "one")),
                                   _read(hub, folder, bulletin(hub, 2, "two"))]) == 1   # kept once
    assert [b.content["text"] for b in stored_bulletins(folder)] == ["one", "two"]
    assert not LabFolder(folder).network.exists() and not LabFolder(folder).bulletins.exists()
    conn = sqlite3.connect(LabFolder(folder).catalogue)
    try:
        assert json.loads(conn.execute("SELECT value FROM sync_state WHERE key = 'hub_url'").fetchone()[0]) == \
            STATE["hub_url"]
        assert conn.execute("SELECT count(*) FROM sync_bulletins").fetchone()[0] == 2
    finally:
        conn.close()
    save_state(folder, {"hub_url": "https://other.example.org"})   # replaced whole, as the file was
    assert load_state(folder) == {"hub_url": "https://other.example.org"}


def _read(hub, folder, line: bytes):
    from labnet.protocol.bulletin import verify_bulletin
    from labnet.protocol.keyfile import load_public_identity

    return verify_bulletin(line, hub.public, load_public_identity(folder).identity_id)


def test_the_upgrade_imports_the_files_once_and_renames_them(lab, monkeypatch):
    folder, hub, _ = lab
    old_catalogue(folder, monkeypatch)
    network, lines = write_old_files(folder, hub)
    Catalogue.open(folder).close()                 # the upgrade: sync 4
    assert load_state(folder) == STATE
    assert [(b.seq, b.content["text"]) for b in stored_bulletins(folder)] == [(1, "one"), (2, "two")]
    kept = LabFolder(folder)
    assert not kept.network.exists() and not kept.bulletins.exists()
    assert (folder / "network.json.migrated").read_bytes() == network        # renamed, never deleted
    assert (folder / "bulletins.jsonl.migrated").read_bytes() == lines
    # Once: a file put back later is not read again (the catalogue's tables are the state).
    kept.network.write_text(json.dumps({"hub_url": "https://stale.example.org"}), encoding="utf-8")
    Catalogue.open(folder).close()
    assert load_state(folder) == STATE
    assert (folder / "network.json.migrated.1").exists() and not kept.network.exists()


def test_a_folder_enrolled_before_it_had_a_catalogue_keeps_its_enrolment(lab):
    folder, hub, _ = lab
    write_old_files(folder, hub)
    assert not LabFolder(folder).catalogue.exists()
    assert load_state(folder) == STATE           # the catalogue is made, which imports the files
    assert LabFolder(folder).catalogue.exists() and (folder / "network.json.migrated").exists()
    assert len(stored_bulletins(folder)) == 2


def test_a_damaged_network_file_is_said_as_before_and_replaced_by_a_new_enrolment(lab, monkeypatch):
    folder, hub, _ = lab
    old_catalogue(folder, monkeypatch)
    LabFolder(folder).network.write_text("{not json", encoding="utf-8")
    Catalogue.open(folder).close()
    assert LabFolder(folder).network.exists()     # not imported, not renamed: nothing of it was kept
    with pytest.raises(NetworkError, match="is damaged; enrol again"):
        load_state(folder)
    save_state(folder, {"hub_url": "https://hub.example.org"})
    assert load_state(folder) == {"hub_url": "https://hub.example.org"}
    assert (folder / "network.json.migrated").read_text(encoding="utf-8") == "{not json"


def test_a_file_left_by_a_stop_between_the_import_and_its_renaming_is_renamed_later(lab, monkeypatch):
    folder, hub, _ = lab
    old_catalogue(folder, monkeypatch)
    write_old_files(folder, hub)
    real = common_sqlite.Migration
    rooms = tuple(r if r.name != "sync" else common_sqlite.Room("sync", (
        *r.migrations[:3], real(4, r.migrations[3].description, r.migrations[3].step)))   # no renaming: the stop
        for r in migrations.file_rooms())
    with monkeypatch.context() as m:
        m.setattr(database, "file_rooms", lambda: rooms)
        Catalogue.open(folder).close()
    assert LabFolder(folder).network.exists()
    assert load_state(folder) == STATE           # the table's, and the file is renamed now
    assert not LabFolder(folder).network.exists() and (folder / "network.json.migrated").exists()


def test_an_older_backup_carrying_the_files_restores_to_its_state(lab, monkeypatch, tmp_path):
    folder, hub, _ = lab
    old_catalogue(folder, monkeypatch)
    network, lines = write_old_files(folder, hub)
    # The backup an older LabNet wrote: its catalogue at sync 3, network.json and bulletins.jsonl beside it.
    archive = tmp_path / "old.labnet-backup"
    with monkeypatch.context() as m:
        rooms = tuple(r if r.name != "sync" else common_sqlite.Room("sync", r.migrations[:3])
                      for r in migrations.file_rooms())
        m.setattr(database, "file_rooms", lambda: rooms)
        cat = Catalogue.open(folder)
        snapshot = tmp_path / "snapshot.db"
        database.backup_file(cat.conn, snapshot)
        catalogue_id = cat.catalogue_id
        cat.close()
    backup_archive.write_archive(archive, catalogue_id, snapshot, [
        (backup_archive.NETWORK_FILE, LabFolder(folder).network),
        (backup_archive.BULLETINS_FILE, LabFolder(folder).bulletins)])
    # Meanwhile the laboratory was upgraded and its state changed.
    Catalogue.open(folder).close()
    save_state(folder, {**STATE, "hub_url": "https://moved.example.org", "bulletin_seq": 3})
    keep_bulletins(folder, [_read(hub, folder, bulletin(hub, 3, "three"))])
    assert len(stored_bulletins(folder)) == 3
    backup.restore(folder, archive, backup.as_user(None))
    assert load_state(folder) == STATE                   # the backup's, imported by the restore's upgrade
    assert [b.content["text"] for b in stored_bulletins(folder)] == ["one", "two"]
    assert not LabFolder(folder).network.exists()
    assert (folder / "network.json.migrated.1").read_bytes() == network   # beside the first import's, kept
    assert (folder / "bulletins.jsonl.migrated.1").read_bytes() == lines


def test_a_backup_carries_the_state_in_its_catalogue_and_restores_it(lab, tmp_path):
    folder, hub, _ = lab
    Catalogue.open(folder).close()
    save_state(folder, STATE)
    keep_bulletins(folder, [_read(hub, folder, bulletin(hub, 1, "one"))])
    with Catalogue.open(folder) as cat:
        made = backup.backup(cat, tmp_path / "b.labnet-backup")
    assert "sync state" in made.carries
    with zipfile.ZipFile(tmp_path / "b.labnet-backup") as zf:
        members = zf.namelist()
    assert backup_archive.NETWORK_FILE not in members and backup_archive.BULLETINS_FILE not in members
    save_state(folder, {"hub_url": "https://moved.example.org"})
    keep_bulletins(folder, [_read(hub, folder, bulletin(hub, 2, "two"))])
    backup.restore(folder, tmp_path / "b.labnet-backup", backup.as_user(None))
    assert load_state(folder) == STATE
    assert [b.content["text"] for b in stored_bulletins(folder)] == ["one"]
