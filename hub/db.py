"""The hub's database layer: one API over SQLite (the embedded default) and PostgreSQL (the production store).

``open_database(target)`` takes a path or ``sqlite:///PATH`` (an SQLite file) or ``postgresql://…`` (a libpq
URL: ``postgresql://hub@db.example.org/labnet_hub``, ``postgresql:///labnet_hub?host=/run/postgresql``).  The
store classes (``hub/store*.py``) see one API, whatever the store:

- ``db.transaction()``: a context manager giving a connection; everything written in it lands, or none.  Writers
  queue, one at a time (SQLite's ``BEGIN IMMEDIATE``; on PostgreSQL a transaction-scoped advisory lock, so the
  hub's ``max(seq) + 1`` numbering and its audit chain stay as serial as on SQLite, across workers too).  A
  transaction opened inside another on the same thread is a savepoint of it.  ``transaction(exclusive=False)``
  (PostgreSQL) skips the writers' lock, for work that takes its own row locks (``FOR UPDATE SKIP LOCKED``).
- ``conn.execute(sql, params)`` / ``conn.executemany(sql, rows)``: parameters are ``?`` in every dialect (turned
  into ``%s`` for psycopg once per statement text); the cursor has ``fetchone``, ``fetchall``, ``rowcount`` and
  iterates.  Rows are tuples that are also read by column name (``row["lab_id"]``, ``dict(row)``, ``keys()``).
- ``db.query(sql, params)``: all rows of one statement (inside the thread's open transaction, if any: it sees
  what that transaction wrote, as on SQLite's one connection).
- ``db.dialect`` (``"sqlite"`` or ``"postgresql"``) is the one flag; ``json_text`` / ``json_value`` give the two
  SQL expressions that differ (a JSON field of a TEXT column).

**The portable subset** — write a room's migrations and its SQL in it and they run on both stores, the DDL
translated for PostgreSQL by ``hub/db_postgres.py`` (a statement outside it is refused there, loudly):

- types ``TEXT``, ``INTEGER`` (64-bit: BIGINT), ``REAL`` (double precision), ``BLOB`` (BYTEA: give ``bytes``);
  ``INTEGER PRIMARY KEY [AUTOINCREMENT]`` (an identity column: give it a value always, or never);
- ``CREATE TABLE`` / ``CREATE [UNIQUE] INDEX`` / ``ALTER TABLE … ADD COLUMN`` / ``DROP``, ``PRIMARY KEY``,
  ``UNIQUE``, ``CHECK``, ``REFERENCES``, ``DEFAULT`` constants, ``WITHOUT ROWID`` (dropped for PostgreSQL);
  a table without a primary key gets a ``rowid`` column on PostgreSQL, so ``ORDER BY rowid`` keeps insertion
  order on both (no other use of ``rowid``);
- ``INSERT … ON CONFLICT (…) DO NOTHING | DO UPDATE SET c = excluded.c`` (never ``INSERT OR IGNORE/REPLACE``),
  ``RETURNING``, row values ``(a, b) > (?, ?)``, ``coalesce``, ``substr``, ``count``; ``sum`` of integers
  as ``CAST(sum(…) AS BIGINT)`` (PostgreSQL sums a BIGINT column to NUMERIC); booleans stored as 0/1;
- no triggers, ``PRAGMA``, ``strftime``, ``json_*`` or ``datetime()`` in shared SQL: a step that needs them is
  ``Dialects(sqlite=…, postgresql=…)``, each written for its store (times are ISO text made in Python);
- no column named after a PostgreSQL reserved word (``offset``, ``user``, ``order``, ``limit``…).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from labnet.common import sqlite as common_sqlite

SQLITE, POSTGRESQL = "sqlite", "postgresql"
DATABASE_ENV = "LABNET_HUB_DATABASE"

Row = Any   # sqlite3.Row, or db_postgres.Row: both index by number and by column name


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


@dataclass(frozen=True)
class Dialects:
    """A migration step written once per store; as a step of ``labnet.common.sqlite`` it is the SQLite one."""

    sqlite: str
    postgresql: str

    def __call__(self, conn: sqlite3.Connection, path: Any) -> None:
        common_sqlite.run_step(conn, common_sqlite.Migration(0, "", self.sqlite), path)


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.split(":", 1)[0] in ("postgresql", "postgres")


def sqlite_path(target: str | Path) -> Path:
    """The file an SQLite target names (``sqlite:///abs/path``, ``sqlite:relative``, or a plain path)."""
    if isinstance(target, str) and target.startswith("sqlite:"):
        rest = target[len("sqlite:"):]
        return Path(urllib.parse.unquote(rest[2:] if rest.startswith("//") else rest))
    return Path(target)


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


@functools.lru_cache(maxsize=2048)
def pyformat(sql: str) -> str:
    """``?`` parameters as psycopg's ``%s`` (outside quoted text), and ``%`` doubled (psycopg reads it)."""
    out, quote = [], ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


class Database:
    """What the store classes use; ``SqliteDatabase`` or ``db_postgres.PostgresDatabase``."""

    dialect: str
    location: str   # for people: the file, or the URL without its password

    @property
    def described(self) -> str:
        """The store's kind and place, for people: ``SQLite /srv/hub/hub.db``, ``PostgreSQL postgresql://…``."""
        return f"{'PostgreSQL' if self.dialect == POSTGRESQL else 'SQLite'} {self.location}"

    def transaction(self, exclusive: bool = True) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def migrate(self, rooms: Sequence[common_sqlite.Room], *, history: common_sqlite.History | None,
                backup_to: Callable[[str], Path], have_backup: bool = False) -> Path | None:
        """Bring every room to its latest step; the copy taken first, if any (``SchemaTooNew``, ``MigrationFailed``)."""
        raise NotImplementedError

    def room_versions(self) -> dict[str, int]:
        raise NotImplementedError

    def upsert_many(self, conn: Any, table: str, columns: Sequence[str], key: Sequence[str], where: str,
                    rows: Sequence[Sequence[Any]], *, unheld: int = 0) -> None:
        """In the caller's transaction: insert ``rows`` (values of ``columns``) into ``table``; a row whose
        ``key`` is held replaces every other column when ``where`` (SQL over ``excluded.*`` and the table's
        row) holds.  The rows' keys must differ.  One ``executemany`` on SQLite; on PostgreSQL a ``COPY`` into
        a temporary table and one ``INSERT … SELECT … ON CONFLICT`` (row-by-row statements were 4x slower).

        ``unheld``: the first that many rows have keys the caller found not held (a hint: PostgreSQL copies
        them straight into the table, and if one is held after all, upserts them with the rest)."""
        raise NotImplementedError

    def among(self, column: str, values: Sequence[Any]) -> list[tuple[str, tuple[Any, ...]]]:
        """``column`` among ``values`` as few conditions as the store takes, each with its parameters:
        ``column IN (?, …)`` per 900 values on SQLite (its limit on parameters)."""
        return [(f"{column} IN ({','.join('?' * len(values[i:i + 900]))})", tuple(values[i:i + 900]))
                for i in range(0, len(values), 900)]

    def json_text(self, column: str, key: str) -> str:
        """SQL for the text of the scalar ``key`` in the JSON object held in TEXT ``column``."""
        raise NotImplementedError

    def json_value(self, column: str, key: str) -> str:
        """SQL for the JSON value ``key`` in ``column`` (JSON text on SQLite, parsed on PostgreSQL)."""
        raise NotImplementedError


class SqliteDatabase(Database):
    """One file (WAL, ``synchronous=FULL``), one connection shared by the process's threads under a lock."""

    dialect = SQLITE

    def __init__(self, path: Path, *, busy_timeout: float = 10, page_size: int | None = None):
        self.path = Path(path)
        self.location = str(self.path)
        self._conn = common_sqlite.connect(self.path, busy_timeout=busy_timeout, page_size=page_size)
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def transaction(self, exclusive: bool = True) -> Iterator[sqlite3.Connection]:
        with self._lock, common_sqlite.transaction(self._conn) as conn:
            yield conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def migrate(self, rooms: Sequence[common_sqlite.Room], *, history: common_sqlite.History | None,
                backup_to: Callable[[str], Path], have_backup: bool = False) -> Path | None:
        with self._lock:
            return common_sqlite.migrate(self._conn, rooms, history=history, path=self.path, backup_to=backup_to)

    def room_versions(self) -> dict[str, int]:
        with self._lock:
            return common_sqlite.room_versions(self._conn)

    def backup(self, dest: Path) -> Path:
        with self._lock:
            return common_sqlite.backup(self._conn, dest)

    def upsert_many(self, conn: Any, table: str, columns: Sequence[str], key: Sequence[str], where: str,
                    rows: Sequence[Sequence[Any]], *, unheld: int = 0) -> None:
        conn.executemany(f"{insert_sql(table, columns)} VALUES ({', '.join('?' * len(columns))}) "
                         f"{on_conflict_sql(columns, key, where)}", rows)

    def json_text(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"

    def json_value(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)})"


def on_conflict_sql(columns: Sequence[str], key: Sequence[str], where: str) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates} WHERE {where}"


def open_database(target: str | Path, *, page_size: int | None = None, pool_size: int = 8) -> Database:
    """The database ``target`` names (a path or ``sqlite:`` URL, or ``postgresql://``), opened, not migrated."""
    if is_postgres(target):
        from .db_postgres import PostgresDatabase  # psycopg only where PostgreSQL is used (the [hub] extra)

        return PostgresDatabase(str(target), pool_size=pool_size)
    return SqliteDatabase(sqlite_path(target), page_size=page_size)
