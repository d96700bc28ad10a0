"""A version per room: the catalogue file's tables belong to the catalogue, profiling and sync, each migrated by its
own numbered steps (labnet.common.sqlite.migrate); files from before rooms come through the frozen history."""

import sqlite3

import pytest
import sqlite_utils

from labnet.catalogue import database, migrations
from labnet.catalogue.errors import CatalogueError, SchemaTooNew
from labnet.catalogue.store import Catalogue
from labnet.common import sqlite as common_sqlite
from labnet.profiling import schema as profiling_schema
from labnet.sync import schema as sync_schema


def shape(path):
    """Everything that makes the schema: each object's SQL, the tables' columns and indexes, the versions."""
    conn = sqlite3.connect(path)
    try:
        objects = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        db = sqlite_utils.Database(conn)
        tables = {t: ([(c.name, c.type, c.notnull, c.default_value, c.is_pk) for c in db[t].columns],
                      sorted((i.name, tuple(i.columns), i.unique) for i in db[t].indexes))
                  for t in db.table_names()}
        versions = sorted(conn.execute("SELECT room, version FROM room_versions"))
        generation = conn.execute("SELECT value FROM meta WHERE key = 'outbox_settled_generation'").fetchall()
        return objects, tables, conn.execute("PRAGMA user_version").fetchone()[0], versions, generation
    finally:
        conn.close()


def build_by_history(path, upto):
    conn = database.connect(path)
    try:
        database.migrate(conn, path, upto=upto)
        assert database.schema_version(conn) == upto
        assert common_sqlite.room_versions(conn) == {}
    finally:
        conn.close()


@pytest.mark.parametrize("upto", [1, 3, 5, 8])
def test_a_new_catalogue_has_the_schema_of_one_made_by_the_frozen_history_then_upgraded(tmp_path, upto):
    Catalogue.open(tmp_path / "new").close()
    old = tmp_path / "old" / "catalogue.db"
    old.parent.mkdir()
    build_by_history(old, upto)
    Catalogue.open(old).close()
    fresh = shape(tmp_path / "new" / "catalogue.db")
    assert shape(old) == fresh
    assert fresh[2] == migrations.LATEST == 9
    assert dict(fresh[3]) == {"catalogue": migrations.CATALOGUE.latest, "profiling": profiling_schema.ROOM.latest,
                              "sync": sync_schema.ROOM.latest}


def test_the_history_records_which_room_each_of_its_steps_belonged_to(tmp_path):
    path = tmp_path / "catalogue.db"
    build_by_history(path, 8)
    conn = database.connect(path)
    database.migrate(conn, path)
    assert migrations.ROOMS_AT_9 == {"catalogue": 4, "profiling": 1, "sync": 3}   # then each room's later steps
    assert common_sqlite.room_versions(conn) == {r.name: r.latest for r in migrations.file_rooms()}
    assert database.up_to_date(conn)
    conn.close()
    assert len(list(tmp_path.glob("catalogue.before-schema-9.*.db"))) == 1   # the copy before the step, as always


def test_each_room_owns_its_tables(tmp_path):
    rooms = {r.name: r for r in migrations.file_rooms()}
    assert list(rooms) == ["catalogue", "profiling", "sync"]
    made = {}
    for name, room in rooms.items():
        conn = sqlite3.connect(":memory:")
        if name != "catalogue":   # sync's triggers count in the catalogue's meta: rooms build on those before
            common_sqlite.migrate(conn, [rooms["catalogue"]], path=tmp_path / "x.db")
        before = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        common_sqlite.migrate(conn, [rooms["catalogue"]] + ([room] if name != "catalogue" else []),
                              path=tmp_path / "x.db")
        made[name] = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} - before
    assert made["profiling"] == {"comparison_methods", "profile_links"}
    assert made["sync"] == {"outbox_bundles", "outbox_items", "outbox_settled", "outbox_hub_view", "sync_state",
                            "sync_bulletins"}
    assert {"reference_samples", "audit_log", "users", "changes", "meta"} <= made["catalogue"]
    assert not made["catalogue"] & (made["profiling"] | made["sync"])


def _with_room_step(monkeypatch, room_name, step):
    rooms = list(migrations.file_rooms())
    i = next(i for i, r in enumerate(rooms) if r.name == room_name)
    room = rooms[i]
    rooms[i] = common_sqlite.Room(room.name, room.migrations + (
        common_sqlite.Migration(room.latest + 1, "a new step", step),))
    monkeypatch.setattr(database, "file_rooms", lambda: tuple(rooms))
    return room.latest + 1


def test_a_new_room_migration_runs_once_after_a_copy_of_the_file(tmp_path, monkeypatch):
    path = tmp_path / "catalogue.db"
    with Catalogue.open(path) as cat:
        cat.conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    number = _with_room_step(monkeypatch, "sync", "CREATE TABLE sync_later (x INTEGER);")
    with Catalogue.open(path) as cat:
        assert common_sqlite.room_versions(cat.conn)["sync"] == number
        assert cat.conn.execute("SELECT count(*) FROM sync_later").fetchone()[0] == 0
    copies = list(tmp_path.glob(f"catalogue.before-schema-sync-{number}.*.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT version FROM room_versions WHERE room = 'sync'").fetchone()[0] == number - 1
    assert old.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone()[0] == "yes"
    Catalogue.open(path).close()   # nothing left to do: no second copy
    assert len(list(tmp_path.glob("catalogue.before-schema-*"))) == 1


def test_a_failing_room_migration_is_rolled_back_and_says_where_the_copy_is(tmp_path, monkeypatch):
    path = tmp_path / "catalogue.db"
    Catalogue.open(path).close()

    def broken(conn, path):
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'done')")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    number = _with_room_step(monkeypatch, "profiling", broken)
    with pytest.raises(CatalogueError, match=f"schema profiling {number} \\(a new step\\) failed.*A copy .*"
                                             f"before-schema-profiling-{number}"):
        Catalogue.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM room_versions WHERE room = 'profiling'").fetchone()[0] == number - 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0


def test_a_room_from_a_newer_version_is_not_touched(tmp_path):
    path = tmp_path / "catalogue.db"
    Catalogue.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE room_versions SET version = version + 1 WHERE room = 'sync'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    latest = sync_schema.ROOM.latest
    with pytest.raises(SchemaTooNew, match=f"newer version of LabNet \\(schema sync {latest + 1}; this version knows "
                                           f"up to sync {latest}"):
        Catalogue.open(path)
    assert path.read_bytes() == before
    with pytest.raises(CatalogueError, match="needs updating|newer"):
        Catalogue.open(path, migrate=False)


def test_a_program_from_before_rooms_would_refuse_a_file_with_rooms(tmp_path):
    # LabNet before rooms knew the history up to 8 and refused a file past its latest (test_migrations).
    Catalogue.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "catalogue.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9 > 8


def test_rooms_are_numbered_from_one_in_order():
    with pytest.raises(ValueError):
        common_sqlite.Room("x", (common_sqlite.Migration(2, "skips one", ""),))
    for room in migrations.file_rooms():
        assert [m.number for m in room.migrations] == list(range(1, room.latest + 1))


def test_scripts_keep_a_trigger_body_whole_inside_the_step_transaction():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    room = common_sqlite.Room("t", (common_sqlite.Migration(1, "a trigger", """
-- a comment first
CREATE TABLE t (x);
CREATE TRIGGER t_no_update BEFORE UPDATE ON t
BEGIN SELECT RAISE(ABORT, 'no; never'); END;
INSERT INTO t VALUES (1)"""),))
    common_sqlite.migrate(conn, [room])
    assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
    with pytest.raises(sqlite3.IntegrityError, match="no; never"):
        conn.execute("UPDATE t SET x = 2")


def test_a_backup_whose_room_is_newer_is_refused_before_restoring(tmp_path):
    from labnet.catalogue import backup, backup_check

    path = tmp_path / "catalogue.db"
    Catalogue.open(path).close()
    assert backup.catalogue_state(path) == "usable"
    conn = sqlite3.connect(path)
    conn.execute("UPDATE room_versions SET version = version + 1 WHERE room = 'profiling'")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogueError, match="newer version of LabNet \\(schema profiling 2\\)"):
        backup_check.check_catalogue(path, path, tmp_path / "attachments", None)
    assert backup.catalogue_state(path) == "unreadable"


def test_the_rooms_read_as_data_are_the_rooms_their_packages_define(monkeypatch):
    import sys

    monkeypatch.delitem(sys.modules, "labnet.sync.schema")
    monkeypatch.delitem(sys.modules, "labnet.profiling.schema")
    migrations._room_of.cache_clear()
    try:
        read = migrations.file_rooms()[1:]
    finally:
        migrations._room_of.cache_clear()
    assert read[0] is not profiling_schema.ROOM and [_shape(r) for r in read] == [
        _shape(profiling_schema.ROOM), _shape(sync_schema.ROOM)]


def _shape(room):
    """A room as its migrations are written: a step that is a function (read as data, another function object
    than the imported one) by its name."""
    def named(step):
        return step if step is None or isinstance(step, str) else step.__qualname__
    return room.name, [(m.number, m.description, named(m.step), named(m.then)) for m in room.migrations]


def test_opening_a_catalogue_loads_neither_sync_nor_profiling(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from labnet.catalogue.store import Catalogue; Catalogue.open(sys.argv[1]).close(); "
            "Catalogue.open(sys.argv[1]).close(); print(sorted(m for m in sys.modules if m.split('.')[:2] in "
            "(['labnet', 'sync'], ['labnet', 'profiling'], ['labnet', 'protocol'])))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True,
                          cwd=migrations.__file__.rsplit("/catalogue/", 1)[0])
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "catalogue.db").exists()


def test_a_room_whose_schema_is_not_a_file_is_imported(monkeypatch, tmp_path):
    """The one-folder application keeps modules in its archive: no schema.py to read as data (the Linux build's
    self-test failed on exactly this), so the room's schema module is imported the usual way."""
    import importlib.machinery
    import importlib.util
    import sys

    from labnet.catalogue import migrations
    real_find_spec = importlib.util.find_spec

    def archived(name, *args):
        if name != "labnet.profiling":
            return real_find_spec(name, *args)
        spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = [str(tmp_path)]   # a folder without schema.py
        return spec

    monkeypatch.setattr(migrations.importlib.util, "find_spec", archived)
    monkeypatch.delitem(sys.modules, "labnet.profiling.schema", raising=False)
    migrations._room_of.cache_clear()
    try:
        room = migrations._room_of("profiling")
    finally:
        migrations._room_of.cache_clear()
    assert "labnet.profiling.schema" in sys.modules   # imported, not read from a file
    assert room == sys.modules["labnet.profiling.schema"].ROOM
