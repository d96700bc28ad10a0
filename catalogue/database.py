"""Opening the catalogue file: ``labnet.common.sqlite`` with the catalogue's words for what goes wrong.

One connection per thread of work.  WAL lets the desktop read while a writer
works; ``synchronous=FULL`` because laboratories lose power, and a committed
withdrawal must survive that.  Transactions are ``BEGIN IMMEDIATE`` so that
two writers queue for the lock instead of failing half-way.  The file holds
the tables of three rooms (``migrations.file_rooms``), each migrated by its own
numbered steps.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from labnet.common import clock
from labnet.common import sqlite as common_sqlite

from .errors import CatalogueError, Message, SchemaTooNew, storage_error
from .migrations import LATEST, MIGRATIONS, file_rooms


def connect(path: Path) -> sqlite3.Connection:
    try:
        conn = common_sqlite.connect(path, busy_timeout=15)
    except sqlite3.DatabaseError as exc:
        plain = storage_error(exc, Message("the catalogue {path}", path=path))
        if plain is not None:
            raise plain from None
        raise CatalogueError(Message(
            "{path} is not a LabNet catalogue or is damaged ({detail}). "
            "Choose another file, or restore your last backup with “labnet restore”.", path=path,
            detail=str(exc))) from None
    return conn


def _where(conn: sqlite3.Connection) -> str:
    try:
        return Message("the catalogue {path}", path=conn.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return Message("the catalogue")


def _plain(conn: sqlite3.Connection, exc: sqlite3.OperationalError) -> BaseException:
    """The disk's failures in plain words (the transaction was rolled back); others unchanged."""
    return storage_error(exc, _where(conn)) or exc


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction; nested use becomes a savepoint."""
    with common_sqlite.transaction(conn, lambda exc: _plain(conn, exc)):
        yield conn


def schema_version(conn: sqlite3.Connection) -> int:
    return common_sqlite.user_version(conn)


def backup_file(conn: sqlite3.Connection, dest: Path,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write).

    ``progress(done_pages, total_pages)`` is called as the copy advances; an
    exception raised by it (the user cancelled) stops the copy, and nothing is
    left at ``dest``.
    """
    return common_sqlite.backup(conn, dest, progress)


def _history() -> common_sqlite.History:
    # Read at each call: the tests replace MIGRATIONS with a broken step.
    return common_sqlite.History(tuple(common_sqlite.Migration(n, d, s) for n, d, s in MIGRATIONS))


def up_to_date(conn: sqlite3.Connection) -> bool:
    """Whether every room of the file is at its latest migration (nothing to migrate)."""
    versions = common_sqlite.room_versions(conn)
    return schema_version(conn) == LATEST and all(versions.get(r.name) == r.latest for r in file_rooms())


def too_new(conn: sqlite3.Connection) -> str | None:
    """The room (or ``schema``) a newer LabNet shaped past what this one knows, if any."""
    if schema_version(conn) > LATEST:
        return f"schema {schema_version(conn)}"
    versions = common_sqlite.room_versions(conn)
    return next((f"{r.name} {versions[r.name]}" for r in file_rooms() if versions.get(r.name, 0) > r.latest), None)


def migrate(conn: sqlite3.Connection, path: Path, upto: int | None = None) -> Path | None:
    """Bring the file to the latest migration of every room (``upto``: only the history's steps up to that one,
    as an older LabNet left files); returns the backup made first, if any."""
    history = _history()
    try:
        return common_sqlite.migrate(
            conn, file_rooms(), history=history, upto=upto, path=path,
            backup_to=lambda step: path.with_name(f"{path.stem}.before-schema-{step}.{clock.file_stamp()}.db"))
    except common_sqlite.SchemaTooNew as exc:
        latest = history.mark if exc.room == common_sqlite.LEGACY else f"{exc.room} {exc.known}"
        found = exc.found if exc.room == common_sqlite.LEGACY else f"{exc.room} {exc.found}"
        raise SchemaTooNew(Message(
            "{path} was last used by a newer version of LabNet (schema {schema}; this version "
            "knows up to {latest}). Install the newer version to open it; nothing was changed.",
            path=path, schema=found, latest=latest)) from None
    except common_sqlite.MigrationFailed as exc:
        schema = exc.number if exc.room in (common_sqlite.LEGACY, "") else f"{exc.room} {exc.number}"
        if exc.backup:
            raise CatalogueError(Message(
                "Updating the catalogue to schema {schema} ({description}) failed: {detail}. "
                "The catalogue was left as it was. A copy of the catalogue from before the update is at "
                "{backup}.", schema=schema, description=exc.description, detail=exc.detail,
                backup=exc.backup)) from exc.__cause__
        raise CatalogueError(Message(
            "Updating the catalogue to schema {schema} ({description}) failed: {detail}. "
            "The catalogue was left as it was.", schema=schema, description=exc.description,
            detail=exc.detail)) from exc.__cause__
