"""Schema migrations: from an older file, in a transaction, after a backup."""

import sqlite3

import pytest

from labnet.catalogue import database
from labnet.catalogue.errors import CatalogueError, SchemaTooNew
from labnet.catalogue.migrations import LATEST, MIGRATIONS
from labnet.catalogue.records import RECORD_TYPES, SYSTEM_FIELDS
from labnet.catalogue.store import Catalogue


def make_schema_1(path):
    """A catalogue as the first release wrote it, with a record in it."""
    conn = database.connect(path)
    database.migrate(conn, path, upto=1)
    assert database.schema_version(conn) == 1
    conn.execute("INSERT INTO reference_samples (id, version, created_at, created_by, updated_at, updated_by,"
                 " inventory_code, substance, received_on, status) VALUES ('r1', 1, '2024-01-01T00:00:00Z',"
                 " 'old', '2024-01-01T00:00:00Z', 'old', 'RS-OLD-1', 'Heroin base', '2024-01-01', 'in_use')")
    conn.close()


def test_the_schema_matches_the_record_definitions(tmp_path):
    with Catalogue.open(tmp_path) as cat:
        for rt in RECORD_TYPES.values():
            columns = cat.db[rt.table].columns
            assert [c.name for c in columns] == ["pk", *SYSTEM_FIELDS, *rt.field_names], rt.table
            types = {c.name: c.type for c in columns}
            assert all(types[f.name] == f.sql_type for f in rt.fields)
            fts = [r[1] for r in cat.conn.execute(f"PRAGMA table_info({rt.table}_fts)")]
            assert fts == list(rt.search_fields)


def test_migrating_an_older_catalogue_keeps_its_data_and_makes_a_backup_first(tmp_path):
    path = tmp_path / "catalogue.db"
    make_schema_1(path)
    with Catalogue.open(path) as cat:
        assert database.schema_version(cat.conn) == LATEST
        rec = cat.get("reference_sample", "r1")
        assert rec["substance"] == "Heroin base"
        from labnet.catalogue import queries
        assert queries.count(cat, queries.Query("reference_sample", search="heroin")) == 1
    backups = list(tmp_path.glob("catalogue.before-schema-2.*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT inventory_code FROM reference_samples").fetchall() == [("RS-OLD-1",)]


def test_a_new_catalogue_needs_no_backup(tmp_path):
    Catalogue.open(tmp_path).close()
    assert list(tmp_path.glob("*.before-schema-*")) == []


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "catalogue.db"
    make_schema_1(path)
    broken = MIGRATIONS[:1] + [(2, "broken", "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);")]
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    with pytest.raises(CatalogueError, match="schema 2 \\(broken\\) failed.*left as it was.*A copy"):
        Catalogue.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_a_catalogue_from_a_newer_version_is_not_touched(tmp_path):
    path = tmp_path / "catalogue.db"
    Catalogue.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of LabNet"):
        Catalogue.open(path)
    assert path.read_bytes() == before


def test_migrations_are_numbered_in_order():
    assert [m[0] for m in MIGRATIONS] == list(range(1, LATEST + 1))
