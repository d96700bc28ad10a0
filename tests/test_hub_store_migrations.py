"""The hub's file through labnet.common.sqlite: a file from before rooms comes forward, a failed migration rolls back."""

import sqlite3

import pytest

from labnet.common import sqlite as common_sqlite
from labnet.hub.store import HISTORY, MIGRATIONS, OTHER_ROOMS, HubStore


def objects(path):
    conn = sqlite3.connect(path)
    try:
        return (sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
                conn.execute("PRAGMA user_version").fetchone()[0],
                dict(conn.execute("SELECT room, version FROM room_versions")))
    finally:
        conn.close()


@pytest.mark.parametrize("upto", [1, 4, 7])
def test_a_hub_file_from_before_rooms_is_upgraded_to_the_schema_of_a_new_one(tmp_path, upto):
    HubStore(tmp_path / "new.db").close()
    old = tmp_path / "hub.db"
    conn = common_sqlite.connect(old)
    common_sqlite.migrate(conn, [], history=HISTORY, upto=upto)   # as the hub before rooms left it
    conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    conn.close()
    store = HubStore(old)
    assert store.get_meta("kept") == "yes"
    store.close()
    assert objects(old) == objects(tmp_path / "new.db")
    assert objects(old)[1:] == (8, {"hub": len(MIGRATIONS), **{room.name: room.latest for room in OTHER_ROOMS}})
    copies = list(tmp_path.glob(f"hub.before-schema-{upto + 1}.*.db"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("PRAGMA user_version").fetchone()[0] == upto


def test_a_failed_hub_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "hub.db"
    HubStore(path).close()
    step = len(MIGRATIONS) + 1
    broken = MIGRATIONS + [(step, "broken", "CREATE TABLE half_done (x);\n"
                                            "INSERT INTO meta (key, value) VALUES ('half', 'done');\n"
                                            "INSERT INTO no_such_table VALUES (1);")]
    with pytest.raises(common_sqlite.MigrationFailed, match=f"hub {step} \\(broken\\) failed and was rolled back.*"
                                                            f"a copy from before is at .*before-schema-hub-{step}"):
        HubStore(path, migrations=broken)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM room_versions WHERE room = 'hub'").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0
    HubStore(path).close()   # and the hub still opens it


def test_a_hub_file_from_a_newer_hub_is_refused_untouched(tmp_path):
    path = tmp_path / "hub.db"
    HubStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE room_versions SET version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(common_sqlite.SchemaTooNew):
        HubStore(path)
    assert path.read_bytes() == before


def test_an_uploads_file_from_before_rooms_keeps_its_uploads(tmp_path):
    from labnet.hub.uploads import SCHEMA, UploadStore

    old = sqlite3.connect(tmp_path / "uploads.db")   # as the hub before rooms made it: the table, no version
    old.executescript(SCHEMA)
    old.execute("INSERT INTO uploads VALUES ('" + "ab" * 16 + "', 'lab-1', 10, 4, '{}', '2026-12-04T12:00:00+00:00', "
                "'2099-12-11T12:00:00+00:00', NULL, NULL)")
    old.commit()
    old.close()
    store = UploadStore(tmp_path)
    kept = store.get("ab" * 16, "lab-1")
    assert (kept.length, kept.offset) == (10, 4)   # the durable offset through step 3's rename (offset → received)
    store.close()
    assert dict(sqlite3.connect(tmp_path / "uploads.db").execute("SELECT room, version FROM room_versions")) == {
        "uploads": 4, "queue": 1}
