"""Opening the SQLite file: pragmas, transactions and migrations.

One connection per thread of work.  WAL lets the desktop read while a writer
works; ``synchronous=FULL`` because laboratories lose power, and a committed
withdrawal must survive that.  Transactions are ``BEGIN IMMEDIATE`` so that
two writers queue for the lock instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

from .errors import CatalogueError, Message, SchemaTooNew, storage_error
from .migrations import LATEST, MIGRATIONS


def connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA user_version").fetchone()
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
    if conn.in_transaction:
        name = f"sp_{id(object())}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _plain(conn, exc) from None
    try:
        yield conn
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        plain = _plain(conn, exc)
        if plain is exc:
            raise
        raise plain from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _plain(conn, exc) from None


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_file(conn: sqlite3.Connection, dest: Path,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write).

    ``progress(done_pages, total_pages)`` is called as the copy advances; an
    exception raised by it (the user cancelled) stops the copy, and nothing is
    left at ``dest``.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    target = sqlite3.connect(str(tmp))
    report = None
    if progress is not None:
        def report(status: int, remaining: int, total: int) -> None:
            progress(total - remaining, total)
    try:
        conn.backup(target, pages=4096 if progress else -1, progress=report)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)
        raise
    target.close()
    tmp.replace(dest)
    return dest


def migrate(conn: sqlite3.Connection, path: Path, upto: int = LATEST) -> Path | None:
    """Bring the file to schema ``upto``; returns the backup made first, if any."""
    current = schema_version(conn)
    if current > LATEST:
        raise SchemaTooNew(Message(
            "{path} was last used by a newer version of LabNet (schema {schema}; this version "
            "knows up to {latest}). Install the newer version to open it; nothing was changed.",
            path=path, schema=current, latest=LATEST))
    pending = [m for m in MIGRATIONS if current < m[0] <= upto]
    if not pending:
        return None
    backup = None
    if current > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_file(conn, path.with_name(f"{path.stem}.before-schema-{pending[0][0]}.{stamp}.db"))
    for number, description, script in pending:
        try:
            if callable(script):  # a step in Python: the same one transaction with the version bump
                conn.execute("BEGIN IMMEDIATE")
                script(conn, path)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            else:
                # executescript would commit an open transaction first, so the
                # script carries its own BEGIN/COMMIT with the version bump inside.
                conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not isinstance(exc, sqlite3.Error):
                raise
            if backup:
                raise CatalogueError(Message(
                    "Updating the catalogue to schema {schema} ({description}) failed: {detail}. "
                    "The catalogue was left as it was. A copy of the catalogue from before the update is at "
                    "{backup}.", schema=number, description=description, detail=str(exc),
                    backup=backup)) from exc
            raise CatalogueError(Message(
                "Updating the catalogue to schema {schema} ({description}) failed: {detail}. "
                "The catalogue was left as it was.", schema=number, description=description,
                detail=str(exc))) from exc
    return backup
