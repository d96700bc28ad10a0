"""The hub's store on PostgreSQL (psycopg 3 and its pool): connections, rows, the portable DDL translated, and the
rooms' migrations with a ``pg_dump`` taken first.

Migrations are the same numbered steps per room as on SQLite (``room_versions``), generic over rooms: a room's
SQL step in the portable subset (``hub/db.py``) is translated here, a ``Dialects`` step gives its PostgreSQL
text, a Python step is given a connection with the layer's API.  Each step runs in one transaction with its
version bump (PostgreSQL's DDL is transactional: a failed step leaves nothing).  Two processes starting at once
queue on an advisory lock, and the second finds the steps done.  A room newer than this program knows is
refused before anything is touched (``SchemaTooNew``).  Before the first step on a database that already holds
tables, ``pg_dump`` (when on PATH) writes a copy (custom format, mode 0600) beside the hub's files; without
``pg_dump`` the migration is refused unless the administrator says a backup exists (``--i-have-a-backup``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
import psycopg_pool
from psycopg.adapt import Dumper
from psycopg.pq import Format

from labnet.common import sqlite as common_sqlite

from .db import POSTGRESQL, Database, Dialects, insert_sql, on_conflict_sql, pyformat, redacted
from .db_ddl import postgres_ddl
from .errors import HubError

# Advisory lock keys (any 64-bit numbers, fixed): the writers' queue, and the migrations'.
WRITER_LOCK = 0x4C61624E65740001
MIGRATION_LOCK = 0x4C61624E65740002

ROOM_VERSIONS = "CREATE TABLE room_versions (room TEXT PRIMARY KEY, version BIGINT NOT NULL)"


class Row(tuple):
    """A row: a tuple that is also read by column name, like ``sqlite3.Row``."""

    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@functools.lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_index": {name: i for i, name in enumerate(names)}})


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], Any]:
    if cursor.description is None:
        return tuple
    return _row_class(tuple(c.name for c in cursor.description))


class _BoolAsInteger(Dumper):
    """Python's True/False as 1/0, as SQLite keeps them (the portable subset has no boolean type)."""

    oid = psycopg.postgres.types["int8"].oid
    format = Format.TEXT

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


def _configure(conn: psycopg.Connection) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInteger)


class PgConnection:
    """A psycopg connection with the layer's API: ``?`` parameters, rows by number and by name."""

    dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        if not parameters:   # no parameters: psycopg reads the text as written (several statements allowed)
            return self.raw.execute(sql.encode())   # bytes: psycopg takes the text as it is
        with _nul_refused():
            return self.raw.execute(pyformat(sql).encode(), parameters)

    def executemany(self, sql: str, parameters: Any) -> Any:
        cursor = self.raw.cursor()
        with _nul_refused():
            cursor.executemany(pyformat(sql).encode(), parameters)
        return cursor


@contextlib.contextmanager
def _nul_refused() -> Iterator[None]:
    """PostgreSQL's text holds no NUL character (SQLite's does): a value with one, which only a hostile request
    brings (a name, an id in a path), is refused as the request's fault instead of failing as the hub's."""
    try:
        yield
    except psycopg.DataError as exc:
        if "NUL (0x00)" not in str(exc):
            raise
        raise HubError("a text in this request holds a NUL character (U+0000), which the hub does not "
                       "store") from None


class BackupNeeded(HubError):
    pass


def step_sql(step: Any) -> str | None:
    """The PostgreSQL text of a migration step (None: a Python step)."""
    if isinstance(step, Dialects):
        return step.postgresql
    if isinstance(step, str):
        return postgres_ddl(step)
    return None


class PostgresDatabase(Database):
    """A pool of connections (autocommit; transactions explicit) to one PostgreSQL database."""

    dialect = POSTGRESQL

    def __init__(self, url: str, *, pool_size: int = 8):
        self.url = url
        self.location = redacted(url)
        try:   # one connection first: its error says why (the pool would only time out)
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise HubError(f"cannot connect to the PostgreSQL database {self.location}: {exc}".strip()) from None
        self.pool = psycopg_pool.ConnectionPool(
            url, min_size=1, max_size=max(1, pool_size), open=True, timeout=60, configure=_configure,
            kwargs={"autocommit": True, "row_factory": _row_factory}, name="labnet-hub")
        self._local = threading.local()

    def _held(self) -> PgConnection | None:
        return getattr(self._local, "conn", None)

    @contextlib.contextmanager
    def transaction(self, exclusive: bool = True) -> Iterator[PgConnection]:
        held = self._held()
        if held is not None:
            with held.raw.transaction():   # a savepoint of the open transaction
                yield held
            return
        with self.pool.connection() as raw:
            conn = PgConnection(raw)
            self._local.conn = conn
            try:
                with raw.transaction():
                    if exclusive:
                        raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
                    yield conn
            finally:
                self._local.conn = None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        held = self._held()
        if held is not None:
            return held.execute(sql, params).fetchall()
        with self.pool.connection() as raw:
            return PgConnection(raw).execute(sql, params).fetchall()

    def close(self) -> None:
        self.pool.close()

    def upsert_many(self, conn: Any, table: str, columns: Sequence[str], key: Sequence[str], where: str,
                    rows: Sequence[Sequence[Any]], *, unheld: int = 0) -> None:
        raw, names = conn.raw, ", ".join(columns)
        rest = rows[unheld:]
        if unheld:
            # Rows the caller found not held are copied straight into the table: 18,022 records took 0.19 s of
            # wall each half instead of 0.25-0.31 through the temporary table (benchmarks/hub.py --postgres).
            # In a savepoint: a key held after all (written by another process since the caller looked) fails
            # the COPY loudly, and those rows are upserted with the rest as if no hint had been given.
            try:
                with raw.transaction():
                    _copy_rows(raw, table, names, rows[:unheld])
            except psycopg.errors.UniqueViolation:
                rest = rows
        if not rest:
            return
        staging = f"upsert_{table}"
        raw.execute(f"CREATE TEMPORARY TABLE {staging} (LIKE {table}) ON COMMIT DROP".encode())
        _copy_rows(raw, staging, names, rest)
        raw.execute(f"{insert_sql(table, columns)} SELECT {names} FROM {staging} "
                    f"{on_conflict_sql(columns, key, where)}".encode())
        raw.execute(f"DROP TABLE {staging}".encode())

    def among(self, column: str, values: Sequence[Any]) -> list[tuple[str, tuple[Any, ...]]]:
        """One ``column = ANY(?)`` with the values as an array: one statement whose text psycopg parses once
        (900 ``?`` per statement cost the hub ~0.09 CPU s per 18,022 records in parsing alone)."""
        return [(f"{column} = ANY(?)", (list(values),))] if values else []

    def json_text(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def json_value(self, column: str, key: str) -> str:
        return f"({column}::json -> '{key}')"

    # -- migrations ------------------------------------------------------------------------------------------
    def room_versions(self) -> dict[str, int]:
        with self.pool.connection() as raw:
            return _versions(raw)

    def migrate(self, rooms: Sequence[common_sqlite.Room], *, history: common_sqlite.History | None,
                backup_to: Callable[[str], Path], have_backup: bool = False) -> Path | None:
        """``history`` (an SQLite file's life before rooms) does not apply: a PostgreSQL store began with rooms."""
        if len({room.name for room in rooms}) != len(rooms):
            raise ValueError("a room is named twice")   # internal: a programming error
        with self.pool.connection() as raw:
            raw.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                return self._migrate(raw, rooms, backup_to, have_backup)
            finally:
                raw.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def _migrate(self, raw: psycopg.Connection, rooms: Sequence[common_sqlite.Room],
                 backup_to: Callable[[str], Path], have_backup: bool) -> Path | None:
        versions = _versions(raw)
        for room in rooms:
            if versions.get(room.name, 0) > room.latest:
                raise common_sqlite.SchemaTooNew(room.name, versions[room.name], room.latest)
        steps = [(r.name, m) for r in rooms for m in r.migrations[versions.get(r.name, 0):]]
        if not steps:
            return None
        copy = None
        if raw.execute("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1").fetchone():
            first_room, first = steps[0]
            copy = self._dump(backup_to(f"{first_room}-{first.number}"), have_backup)
        conn = PgConnection(raw)
        for name, m in steps:
            try:
                with raw.transaction():
                    if not _has_room_versions(raw):
                        raw.execute(ROOM_VERSIONS)
                    sql = step_sql(m.step)
                    if sql is None:
                        python_step: Any = m.step   # given the layer's connection, as on SQLite it is given SQLite's
                        python_step(conn, None)
                    elif sql.strip():
                        raw.execute(sql.encode())   # bytes: the script as written, no placeholders read
                    raw.execute("INSERT INTO room_versions (room, version) VALUES (%s, %s) ON CONFLICT (room) "
                                "DO UPDATE SET version = excluded.version", (name, m.number))
            except psycopg.Error as exc:
                detail = " ".join(str(exc).split())   # one line: psycopg's error quotes the statement over several
                raise common_sqlite.MigrationFailed(name, m.number, m.description, detail, copy) from exc
            if m.then is not None:
                m.then(None)
        return copy

    def _dump(self, dest: Path, have_backup: bool) -> Path | None:
        """``pg_dump`` of the whole database to ``dest`` (0600), or the refusal to migrate without a backup."""
        exe = shutil.which("pg_dump")
        if exe is None:
            if have_backup:
                return None
            raise BackupNeeded(
                f"the hub's PostgreSQL database {self.location} is to be migrated, and pg_dump is not on PATH to "
                "copy it first: take a backup (pg_dump --format=custom --file=hub-before-upgrade.pgdump "
                "DATABASE_URL), then start again with --i-have-a-backup")
        try:
            pg_dump(self.url, dest, exe)
        except HubError as exc:
            if have_backup:
                return None
            raise BackupNeeded(f"{exc} before its migration; nothing was changed: take a backup yourself, then "
                               "start again with --i-have-a-backup") from None
        return dest


def _copy_rows(raw: psycopg.Connection, table: str, names: str, rows: Sequence[Sequence[Any]]) -> None:
    with _nul_refused(), raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN".encode()) as copy:
        for row in rows:
            copy.write_row(row)


def pg_dump(url: str, dest: Path, exe: str | None = None) -> Path:
    """The whole database dumped by ``pg_dump`` (custom format, for ``pg_restore``) to ``dest``, mode 0600,
    written whole or not at all; a ``HubError`` saying why not."""
    exe = exe or shutil.which("pg_dump")
    if exe is None:
        raise HubError("pg_dump is not on PATH (Debian: apt-get install postgresql-client-15)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        done = subprocess.run([exe, "--format=custom", "--no-password", "--dbname", url], stdout=out,
                              stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise HubError(f"pg_dump could not copy {redacted(url)}: {done.stderr.strip()}")
    partial.replace(dest)
    return dest


def _has_room_versions(raw: psycopg.Connection) -> bool:
    row: Any = raw.execute("SELECT to_regclass('room_versions')").fetchone()
    return row[0] is not None


def _versions(raw: psycopg.Connection) -> dict[str, int]:
    if not _has_room_versions(raw):
        return {}
    return {r[0]: r[1] for r in raw.execute("SELECT room, version FROM room_versions")}


def probe_versions(url: str) -> dict[str, int]:
    """Each room's version, read on a connection of its own that waits at most 3 s to connect and 10 s for a
    lock or a statement (for ``/health``, ``check``: a probe that waits on a locked table ends)."""
    with psycopg.connect(url, connect_timeout=3, autocommit=True,
                         options="-c lock_timeout=10000 -c statement_timeout=10000") as raw:
        return _versions(raw)
