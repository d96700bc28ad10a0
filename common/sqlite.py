"""One way to use SQLite, for the laboratory's catalogue and for the hub.

- ``connect``: one connection per thread of work (or shared under a lock), in
  autocommit mode (transactions are explicit), WAL so readers do not wait for
  a writer, ``synchronous=FULL`` because laboratories lose power and a committed
  write must survive that, foreign keys on, a busy timeout so writers queue.
- ``transaction``: ``BEGIN IMMEDIATE`` (two writers queue for the lock instead of
  failing half-way); nested use becomes a savepoint.  ``snapshot``: one read
  transaction, so several queries see the same moment.
- ``backup``: a consistent copy through SQLite's online backup API, safe while
  others write.
- ``migrate``: numbered migrations, **a version per room**: each part of the
  program that owns tables in a file (the catalogue, profiling, sync; the hub)
  numbers its own migrations, and ``room_versions`` says how far each room's
  tables are.  Each migration runs in one transaction with its version bump (a
  failure rolls it back: the file is wholly before or wholly after it), after a
  backup copy of a file that already held a schema.

This module says nothing to people: it raises ``MigrationFailed`` and
``SchemaTooNew`` with the facts, and each room words them (catalogue, hub).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# SQL, or Python given the connection and the file's path (None when the caller gave none).
Step = str | Callable[[sqlite3.Connection, Any], None]


def connect(path: str | Path, *, busy_timeout: float = 15.0, page_size: int | None = None) -> sqlite3.Connection:
    """A connection in autocommit mode with the pragmas every LabNet database uses; rows as ``sqlite3.Row``.

    ``page_size``: the page size of a file created by this connection (set before WAL, which fixes it); an
    existing file keeps its own."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=busy_timeout)
    try:
        conn.row_factory = sqlite3.Row
        if page_size is not None:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA user_version").fetchone()   # reads the header: a file that is not SQLite fails here
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection,
                plain: Callable[[sqlite3.OperationalError], BaseException] | None = None
                ) -> Iterator[sqlite3.Connection]:
    """A write transaction (``BEGIN IMMEDIATE``): all of it lands, or none; nested use becomes a savepoint.

    ``plain(exc)`` may give another exception for SQLite's operational errors
    (the disk full, the file locked), raised in its place after the rollback.
    """
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

    def worded(exc: sqlite3.OperationalError) -> BaseException:
        return plain(exc) if plain is not None else exc

    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise worded(exc) from None
    try:
        yield conn
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        other = worded(exc)
        if other is exc:
            raise
        raise other from None
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
            raise worded(exc) from None


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction: every query inside sees the same moment (WAL keeps it while writers go on).

    Inside a transaction already open, that transaction is the snapshot."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def backup(conn: sqlite3.Connection, dest: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of ``conn``'s main database at ``dest`` (one self-contained file, no WAL).

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


# -- migrations ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Migration:
    """One numbered step of a room: an SQL script, or a function run inside the step's transaction.

    ``then``, given the file's path, runs after the step's transaction has committed (and only if this
    connection ran the step): what must not happen unless the step is in the file for good, such as renaming
    the files a step imported.  A crash between the two leaves the step done and ``then`` not."""

    number: int
    description: str
    step: Step
    then: Callable[[Any], None] | None = None


@dataclass(frozen=True)
class Room:
    """A part of the program that owns tables in a file, and the numbered migrations that shape them."""

    name: str
    migrations: tuple[Migration, ...]

    def __post_init__(self) -> None:
        if [m.number for m in self.migrations] != list(range(1, len(self.migrations) + 1)):
            raise ValueError(f"the migrations of room {self.name} are not numbered 1, 2, 3…")  # internal: a programming error

    @property
    def latest(self) -> int:
        return len(self.migrations)


@dataclass(frozen=True)
class History:
    """How a file was migrated before it had a version per room: one ``PRAGMA user_version`` for all its tables.

    Its migrations are frozen (numbered in ``user_version``), and the last one
    (``mark``) creates ``room_versions`` with the versions its rooms are at
    (``stamp_rooms``).  A new file is built by the rooms' own migrations and
    then given ``user_version = mark`` too, so both end alike — and a program
    from before rooms, which knows the history up to ``mark - 1``, refuses a
    file it would not understand instead of writing into it.
    """

    migrations: tuple[Migration, ...]

    @property
    def mark(self) -> int:
        return self.migrations[-1].number


class SchemaTooNew(Exception):
    """The file was shaped by a newer program (``room``'s version ``found`` is past ``known``); nothing was changed."""

    def __init__(self, room: str, found: int, known: int):
        super().__init__(room, found, known)
        self.room, self.found, self.known = room, found, known

    def __str__(self) -> str:   # for logs; the rooms word it for people
        return f"the database was shaped by a newer program ({self.room} {self.found}; this one knows {self.known})"


class MigrationFailed(Exception):
    """``room``'s migration ``number`` failed and was rolled back; ``backup`` is the copy taken before, if any."""

    def __init__(self, room: str, number: int, description: str, detail: str, backup: Path | None):
        super().__init__(room, number, description, detail, backup)
        self.room, self.number, self.description = room, number, description
        self.detail, self.backup = detail, backup

    def __str__(self) -> str:   # for logs; the rooms word it for people
        copy = f"; a copy from before is at {self.backup}" if self.backup else ""
        return (f"migration {self.room} {self.number} ({self.description}) failed and was rolled back: "
                f"{self.detail}{copy}")


ROOM_VERSIONS = """
CREATE TABLE room_versions (
    room TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
"""

LEGACY = "(history)"   # the room name ``MigrationFailed`` and ``SchemaTooNew`` give for a step of the history


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _has_room_versions(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'room_versions'").fetchone() \
        is not None


def room_versions(conn: sqlite3.Connection) -> dict[str, int]:
    """Each room's version in this file (empty for a file from before rooms, or a new one)."""
    if not _has_room_versions(conn):
        return {}
    return {room: version for room, version in conn.execute("SELECT room, version FROM room_versions")}


def stamp_rooms(conn: sqlite3.Connection, versions: dict[str, int]) -> None:
    """Inside a migration's transaction: create ``room_versions`` holding ``versions`` (a history's last step)."""
    conn.execute(ROOM_VERSIONS)
    conn.executemany("INSERT INTO room_versions (room, version) VALUES (?, ?)", sorted(versions.items()))


def _has_schema(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def migrate(conn: sqlite3.Connection, rooms: Sequence[Room], *, history: History | None = None,
            upto: int | None = None, path: Path | None = None,
            backup_to: Callable[[str], Path] | None = None) -> Path | None:
    """Bring the file to the latest migration of every room; returns the backup copy taken first, if any.

    A file from before rooms (``user_version`` below ``history.mark``) is
    first brought through the frozen ``history``; ``upto`` stops there early
    (the tests build old files so, a new file too).  A file that already held a
    schema is copied first, to ``backup_to(first step)``.  Each step runs in its
    own transaction with its version bump; a failure rolls that step back and
    raises ``MigrationFailed`` (the steps before it stay: each left a whole
    file).  A room or history newer than this program knows raises
    ``SchemaTooNew`` before anything is changed.
    """
    if len({room.name for room in rooms}) != len(rooms):
        raise ValueError("a room is named twice")   # internal: a programming error
    current = user_version(conn)
    if history is not None and current > history.mark:
        raise SchemaTooNew(LEGACY, current, history.mark)
    versions = room_versions(conn)
    for room in rooms:
        if versions.get(room.name, 0) > room.latest:
            raise SchemaTooNew(room.name, versions[room.name], room.latest)
    fresh = not _has_schema(conn)
    copy_to = None if fresh else backup_to
    if history is not None and (upto is not None or (current < history.mark and not fresh)):
        last = history.mark if upto is None else min(upto, history.mark)
        steps = [(LEGACY, m, _set_user_version) for m in history.migrations if current < m.number <= last]
        if last < history.mark:
            return _run(conn, steps, copy_to, path)
        copy = _run(conn, steps, copy_to, path)
        more = _room_steps(conn, rooms, room_versions(conn))
        return _run(conn, more, None if steps else copy_to, path) or copy
    steps = []
    if not _has_room_versions(conn):   # a new file, or one whose tables came before versions (hub uploads)
        steps.append(("", Migration(0, "a version per room", ROOM_VERSIONS), _nothing))
    steps += _room_steps(conn, rooms, versions)
    if fresh and history is not None:
        steps.append(("", Migration(history.mark, "the file as the history leaves it", ""), _set_user_version))
    return _run(conn, steps, copy_to, path)


def _room_steps(conn: sqlite3.Connection, rooms: Sequence[Room], versions: dict[str, int]) -> list:
    return [(room.name, m, _bump(room.name)) for room in rooms for m in room.migrations[versions.get(room.name, 0):]]


def _set_user_version(conn: sqlite3.Connection, m: Migration) -> None:
    conn.execute(f"PRAGMA user_version = {int(m.number)}")


def _nothing(conn: sqlite3.Connection, m: Migration) -> None:
    return None


def _bump(room: str) -> Callable[[sqlite3.Connection, Migration], None]:
    def bump(conn: sqlite3.Connection, m: Migration) -> None:
        conn.execute("INSERT INTO room_versions (room, version) VALUES (?, ?) ON CONFLICT (room) "
                     "DO UPDATE SET version = excluded.version", (room, m.number))
    return bump


def _run(conn: sqlite3.Connection, steps: list, backup_to: Callable[[str], Path] | None,
         path: Path | None) -> Path | None:
    if not steps:
        return None
    copy = None
    if backup_to is not None:
        room, first, _ = steps[0]
        copy = backup(conn, backup_to(f"{room}-{first.number}" if room and room != LEGACY else str(first.number)))
    for room, m, bump in steps:
        ran = False
        try:
            conn.execute("BEGIN IMMEDIATE")
            if not _applied(conn, room, m):
                run_step(conn, m, path)
                bump(conn, m)
                ran = True
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not isinstance(exc, sqlite3.Error):
                raise
            raise MigrationFailed(room, m.number, m.description, str(exc), copy) from exc
        if ran and m.then is not None:
            m.then(path)
    return copy


def _applied(conn: sqlite3.Connection, room: str, m: Migration) -> bool:
    """Whether another connection applied this step since the versions were read (two programs opening one old
    file at once): read again under the write lock, so the second skips it instead of failing on its tables."""
    if room == LEGACY or (room == "" and m.number > 0):
        return user_version(conn) >= m.number
    if room == "":
        return _has_room_versions(conn)
    return room_versions(conn).get(room, 0) >= m.number


def run_step(conn: sqlite3.Connection, m: Migration, path: Path | None) -> None:
    """Inside the open transaction: the migration's SQL, or its function."""
    if callable(m.step):
        m.step(conn, path)
    elif m.step:
        _script(conn, m.step)


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Run an SQL script inside the open transaction (``executescript`` would commit it first).

    ``sqlite3.complete_statement`` finds where each statement ends, so a
    trigger's ``BEGIN … END;`` with semicolons inside stays one statement."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                conn.execute(pending)
            pending = ""
    if any(line.strip() and not line.strip().startswith("--") for line in pending.splitlines()):
        conn.execute(pending)   # a last statement without its semicolon
