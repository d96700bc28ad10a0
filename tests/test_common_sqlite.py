"""labnet.common.sqlite: the pragmas, write transactions and savepoints, read snapshots, the online backup."""

import sqlite3

import pytest

from labnet.common import sqlite as common_sqlite


@pytest.fixture
def conn(tmp_path):
    conn = common_sqlite.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (x INTEGER)")
    yield conn
    conn.close()


def test_every_connection_has_the_pragmas(conn):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 15000
    assert conn.isolation_level is None


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database, only text long enough to have a header" * 20)
    with pytest.raises(sqlite3.DatabaseError):
        common_sqlite.connect(bad)


def test_a_write_transaction_lands_whole_or_not_at_all_and_nests_as_savepoints(conn):
    with pytest.raises(RuntimeError):
        with common_sqlite.transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("stop")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with common_sqlite.transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError):
            with common_sqlite.transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError("the inner part only")
        conn.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not conn.in_transaction


def test_an_operational_error_is_given_in_the_callers_words_after_the_rollback(conn):
    class Worded(Exception):
        pass

    with pytest.raises(Worded):
        with common_sqlite.transaction(conn, lambda exc: Worded(str(exc))):
            conn.execute("INSERT INTO t VALUES (1)")
            conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0 and not conn.in_transaction


def test_a_snapshot_sees_one_moment_while_another_connection_writes(conn, tmp_path):
    other = common_sqlite.connect(tmp_path / "x.db")
    with common_sqlite.snapshot(conn):
        before = conn.execute("SELECT count(*) FROM t").fetchone()[0]
        with common_sqlite.transaction(other):
            other.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == before == 0
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    other.close()


def test_the_online_backup_is_one_file_and_a_cancelled_one_leaves_nothing(conn, tmp_path):
    with common_sqlite.transaction(conn):
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(20_000)])
    copy = common_sqlite.backup(conn, tmp_path / "copies" / "a.db")
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM t").fetchone()[0] == 20_000
    assert not (tmp_path / "copies" / "a.db-wal").exists()

    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        common_sqlite.backup(conn, tmp_path / "copies" / "b.db", progress=cancel)
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == ["a.db"]


def test_a_step_another_connection_applied_meanwhile_is_skipped_not_failed(tmp_path):
    room = common_sqlite.Room("r", (common_sqlite.Migration(1, "a table", "CREATE TABLE a (x);"),
                                    common_sqlite.Migration(2, "another", "CREATE TABLE b (x);")))
    first, second = common_sqlite.connect(tmp_path / "y.db"), common_sqlite.connect(tmp_path / "y.db")
    seen_by_second = common_sqlite.room_versions(second)   # read before the first migrates: nothing there yet
    common_sqlite.migrate(first, [room])
    # The second goes on with what it read: every step is found applied under the write lock.
    steps = [("", common_sqlite.Migration(0, "a version per room", common_sqlite.ROOM_VERSIONS),
              common_sqlite._nothing), *common_sqlite._room_steps(second, [room], seen_by_second)]
    common_sqlite._run(second, steps, None, None)
    assert common_sqlite.room_versions(second) == {"r": 2}
    first.close()
    second.close()
